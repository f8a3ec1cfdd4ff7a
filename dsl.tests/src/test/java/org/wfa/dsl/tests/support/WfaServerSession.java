package org.wfa.dsl.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.wfa.dsl.ide.server.WfaServerLauncher;

/**
 * The language server as {@code wfa lsp} runs it, on a pair of pipes: the test writes framed
 * JSON-RPC messages and reads the server's framed output.
 */
public final class WfaServerSession implements AutoCloseable {

    private final PipedOutputStream toServer = new PipedOutputStream();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile Exception readFailure;
    private final InputStream fromServer;

    private WfaServerSession() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        fromServer = new PipedInputStream(serverOut, 1 << 20);
        Thread server = new Thread(() -> {
            try {
                WfaServerLauncher.serve(serverIn, serverOut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setDaemon(true);
        server.start();
    }

    public static WfaServerSession start() throws IOException {
        return new WfaServerSession();
    }

    /**
     * Reads the server's messages on one thread for the rest of the session (a piped stream fails
     * once the thread that read it has ended); {@link #next} hands out their bodies in order.
     */
    public WfaServerSession readInBackground() {
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    received.put(body(readFramed()));
                }
            } catch (IOException | InterruptedException e) {
                readFailure = e;
            }
        });
        reader.setDaemon(true);
        reader.start();
        return this;
    }

    /** The body of the next message read in the background, or null if none came in time. */
    public String next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    /** Why background reading stopped, or an empty text while it goes on. */
    public String readFailure() {
        return readFailure == null ? "" : "; reading failed: " + readFailure;
    }

    /** Sends one message with its Content-Length header. */
    public void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    /**
     * The next message the server writes, header and body. A piped stream fails once the thread
     * that read it has ended: read a session from one thread.
     */
    public String readFramed() throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = fromServer.read();
            if (b == -1) {
                throw new IOException("the server closed its output");
            }
            header.write(b);
        }
        String head = header.toString(StandardCharsets.US_ASCII);
        int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return head + new String(fromServer.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** The body of a framed message. */
    public static String body(String framed) {
        return framed.substring(framed.indexOf("\r\n\r\n") + 4);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
