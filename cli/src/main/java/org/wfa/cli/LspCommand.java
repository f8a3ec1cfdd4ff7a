package org.wfa.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;

import org.wfa.dsl.ide.server.WfaServerLauncher;

import picocli.CommandLine.Command;

/** {@code wfa lsp}: the language server for editors, speaking the protocol on standard input and output. */
@Command(
        name = "lsp",
        description = "Runs the WFA language server (Language Server Protocol) on standard input and output.")
final class LspCommand implements Callable<Integer> {

    /** Editors pass it; standard input and output are the only transport. */
    @picocli.CommandLine.Option(
            names = "--stdio",
            description = "Use standard input and output (the default and only transport).")
    private boolean stdio;

    @Override
    public Integer call() throws InterruptedException {
        // The raw descriptors: System.out may already be wrapped by the command line's writer.
        WfaServerLauncher.serve(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
        return WfaMain.OK;
    }
}
