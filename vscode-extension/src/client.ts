import path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { JavaRuntime } from './java';

/** The server jar shipped inside the extension (copied from 'cli/target/wfa.jar' when packaging). */
export function serverJar(context: vscode.ExtensionContext): string {
  return context.asAbsolutePath(path.join('server', 'wfa.jar'));
}

/**
 * The serial collector: each edit rebuilds the file's model, and G1's young collections of that
 * garbage paused longer (edit-to-diagnostics medians 10-30 % higher, see docs/performance.md).
 */
const JVM_OPTIONS = ['-XX:+UseSerialGC'];

/**
 * Starts the Xtext language server as 'java -jar wfa.jar lsp' over standard input and output.
 * The client appends '--stdio' to the arguments; the CLI's 'lsp' command accepts it.
 */
export function createClient(context: vscode.ExtensionContext, java: JavaRuntime, output: vscode.OutputChannel): LanguageClient {
  const run = { command: java.executable, args: [...JVM_OPTIONS, '-jar', serverJar(context), 'lsp'], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'wfa' }, { scheme: 'untitled', language: 'wfa' }],
    // The server reads the workspace configuration too: its mistakes and severities reach the editor.
    synchronize: {
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.wfa'), vscode.workspace.createFileSystemWatcher('**/wfa.yaml')],
    },
    outputChannel: output,
  };
  // The id 'wfa' makes the client read the 'wfa.trace.server' setting.
  return new LanguageClient('wfa', 'WFA Language Server', serverOptions, clientOptions);
}
