package org.wfa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.wfa.dsl.ide.server.WfaServerModule;

import com.google.inject.Guice;

/**
 * Measures the language server as an editor experiences it (see docs/performance.md, "Language
 * server"): the server runs in-process, configured as {@code wfa lsp} configures it, and this
 * class plays the client. Not a unit test: figures depend on the machine.
 *
 * <pre>
 * LspLatency edits SCRATCH_DIR STEPS EDITS   # one workflow file of STEPS steps: start, edit and completion latency
 * LspLatency memory SCRATCH_DIR FILES STEPS  # FILES workflow files: heap after GC with the workspace open
 * LspLatency churn SCRATCH_DIR STEPS EDITS CYCLES  # heap after GC through EDITS edits, then CYCLES closes and re-opens
 * </pre>
 */
public final class LspLatency {

    /** Diagnostics as published, with the time they arrived. */
    private record Published(String uri, long nanos) {}

    private final BlockingQueue<Published> published = new LinkedBlockingQueue<>();
    private final Set<String> diagnosed = ConcurrentHashMap.newKeySet();
    private final LanguageServerImpl server =
            Guice.createInjector(WfaServerModule.create()).getInstance(LanguageServerImpl.class);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("edits")) {
            new LspLatency().edits(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else if (args[0].equals("churn")) {
            new LspLatency()
                    .churn(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            new LspLatency().memory(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
        System.exit(0);
    }

    private long start(Path dir) throws Exception {
        server.connect(new Client());
        long started = System.nanoTime();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setRootUri(dir.toUri().toString());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "bench")));
        server.initialize(init).get();
        server.initialized(new InitializedParams());
        return started;
    }

    private void edits(Path dir, int steps, int edits) throws Exception {
        Opened opened = openSynthetic(dir, steps);
        String uri = opened.uri();
        String text = opened.text();
        long firstDiagnostics = opened.firstDiagnostics();

        // A one-line edit: the last line (the workflow's closing brace) gets a comment after it.
        int lastLine = (int) text.chars().filter(c -> c == '\n').count() - 1;
        String closing = text.lines().reduce((a, b) -> b).orElseThrow();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            published.clear();
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                    new Range(new Position(lastLine, 0), new Position(lastLine, closing.length())),
                    closing + " // edit " + i);
            long before = System.nanoTime();
            server.getTextDocumentService()
                    .didChange(new DidChangeTextDocumentParams(
                            new VersionedTextDocumentIdentifier(uri, i + 2), List.of(change)));
            latencies.add(waitFor(uri, before) - before);
            closing = closing + " // edit " + i;
        }

        int responsible = text.indexOf("responsible ") + "responsible ".length();
        Position at = position(text, responsible);
        List<Long> completions = new ArrayList<>();
        for (int i = 0; i < Math.max(5, edits / 2); i++) {
            long before = System.nanoTime();
            server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
                    .get();
            completions.add(System.nanoTime() - before);
        }
        System.out.printf(
                "steps=%d edits=%d start-to-first-diagnostics=%d ms edit-to-diagnostics median=%d ms p95=%d ms"
                        + " completion median=%d ms p95=%d ms%n",
                steps,
                edits,
                ms(firstDiagnostics),
                ms(percentile(latencies, 50)),
                ms(percentile(latencies, 95)),
                ms(percentile(completions, 50)),
                ms(percentile(completions, 95)));
    }

    private void memory(Path dir, int files, int steps) throws Exception {
        deleteRecursively(dir);
        SyntheticWorkspace.write(dir, files, steps, 42L);
        long started = start(dir);
        // The workspace is built when every file (the workflows and the organisation) has been diagnosed.
        while (diagnosed.size() < files + 1) {
            if (published.poll(10, TimeUnit.MINUTES) == null) {
                throw new IllegalStateException(
                        "no diagnostics for 10 minutes; " + diagnosed.size() + " files diagnosed");
            }
        }
        long built = System.nanoTime() - started;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "files=%d steps-per-file=%d start-to-all-diagnostics=%d ms heap-after-gc=%d MB%n",
                files, steps, ms(built), used / (1024 * 1024));
    }

    /**
     * Whether the server's memory stays bounded through a long editing session: heap used after a
     * full collection with one large workflow file open, after a tenth, a quarter, half and all of
     * EDITS edits (each waits for its diagnostics), and after CYCLES closes and re-opens of the file.
     * An edit rewrites the last line at a constant length, so the text itself does not grow.
     */
    private void churn(Path dir, int steps, int edits, int cycles) throws Exception {
        Opened opened = openSynthetic(dir, steps);
        String uri = opened.uri();
        String text = opened.text();
        StringBuilder report = new StringBuilder(String.format(
                "churn steps=%d bytes=%d heap-after-gc-MB: open=%d", steps, text.length(), heapAfterGcMb()));
        StringBuilder rss = new StringBuilder(" rss-MB: open=" + rssMb());
        int lastLine = (int) text.chars().filter(c -> c == '\n').count() - 1;
        String closing = text.lines().reduce((a, b) -> b).orElseThrow();
        Set<Integer> checkpoints = Set.of(edits / 10, edits / 4, edits / 2, edits);
        int version = 1;
        for (int i = 1; i <= edits; i++) {
            published.clear();
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                    new Range(new Position(lastLine, 0), new Position(lastLine, closing.length())),
                    String.format("} // edit %06d", i));
            closing = String.format("} // edit %06d", i);
            long before = System.nanoTime();
            server.getTextDocumentService()
                    .didChange(new DidChangeTextDocumentParams(
                            new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
            waitFor(uri, before);
            if (checkpoints.contains(i)) {
                report.append(" edit").append(i).append('=').append(heapAfterGcMb());
                rss.append(" edit").append(i).append('=').append(rssMb());
            }
        }
        for (int c = 1; c <= cycles; c++) {
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            server.getTextDocumentService()
                    .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "wfa", ++version, text)));
            // A read waits for the writes before it: when it is answered, the file has been built again.
            server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .get();
        }
        report.append(" reopened").append(cycles).append('=').append(heapAfterGcMb());
        rss.append(" reopened").append(cycles).append('=').append(rssMb());
        System.out.println(report.append(rss));
    }

    private static long heapAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** The resident set of this process (Linux), or -1 where /proc is not there. */
    private static long rssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1);
    }

    /** Waits for the next diagnostics of the URI and returns when they arrived. */
    /** A synthetic workflow file of the given steps, the server started on it and the file opened. */
    private record Opened(String uri, String text, long firstDiagnostics) {}

    private Opened openSynthetic(Path dir, int steps) throws Exception {
        deleteRecursively(dir);
        SyntheticWorkspace.write(dir, 1, steps, 42L);
        Path file = dir.resolve("area0/flow0.wfa");
        String uri = file.toUri().toString();
        String text = Files.readString(file);
        long started = start(dir);
        long firstDiagnostics = waitFor(uri, started) - started;
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "wfa", 1, text)));
        waitFor(uri, System.nanoTime());
        return new Opened(uri, text, firstDiagnostics);
    }

    private long waitFor(String uri, long since) throws InterruptedException {
        while (true) {
            Published next = published.poll(10, TimeUnit.MINUTES);
            if (next == null) {
                throw new IllegalStateException("no diagnostics for '" + uri + "' within 10 minutes");
            }
            if (next.uri().equals(uri) && next.nanos() >= since) {
                return next.nanos();
            }
        }
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The editor side: records when diagnostics arrive and ignores everything else. */
    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            String uri = diagnostics.getUri();
            diagnosed.add(uri);
            published.add(new Published(uri, System.nanoTime()));
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams message) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
