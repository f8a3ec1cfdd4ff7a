import { spawn } from 'node:child_process';
import path from 'node:path';
import * as vscode from 'vscode';
import { JavaRuntime } from './java';

/** What 'wfa build --target' gets for each generate command. */
export type BuildTarget = 'docs,html' | 'bpmn:operaton';

/**
 * Runs the bundled CLI's 'build' into '<workspace>/out', with its output in the 'WFA' output
 * channel. The input is the workspace folder of the current .wfa file (else the first workspace
 * folder), not the file's own folder: a workflow refers to the organisation and records declared
 * in other folders, and the CLI, like the language server, links the files it is given as one
 * workspace; a sub-folder alone fails with unknown names.
 */
export async function generate(target: BuildTarget, jar: string, java: () => Promise<JavaRuntime>,
  output: vscode.OutputChannel): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const fileUri = editor?.document.languageId === 'wfa' && editor.document.uri.scheme === 'file' ? editor.document.uri : undefined;
  const workspace = (fileUri && vscode.workspace.getWorkspaceFolder(fileUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    void vscode.window.showErrorMessage("WFA: generating needs an open folder (a workspace) or a saved '.wfa' file in one; none is open.");
    return false;
  }
  const input = workspace.uri.fsPath;
  const out = path.join(workspace.uri.fsPath, 'out');
  let runtime: JavaRuntime;
  try {
    runtime = await java();
  } catch (error) {
    void vscode.window.showErrorMessage(`WFA: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  // Unsaved edits would be missed by the CLI, which reads the files from disk.
  await vscode.workspace.saveAll(false);
  const args = ['-jar', jar, 'build', '--target', target, '--out', out, input];
  output.appendLine(`> ${runtime.executable} ${args.join(' ')}`);
  output.show(true);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(runtime.executable, args, { cwd: workspace.uri.fsPath });
    child.stdout.on('data', (chunk: Buffer) => output.append(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.append(chunk.toString()));
    child.on('error', (error) => { output.appendLine(error.message); resolve(-1); });
    child.on('close', (status) => resolve(status ?? -1));
  });
  const what = target === 'bpmn:operaton' ? 'BPMN' : 'Documentation';
  if (code === 0) {
    output.appendLine(`${what} generated into '${out}'.`);
    void vscode.window.showInformationMessage(`WFA: ${what} generated into '${vscode.workspace.asRelativePath(out)}'.`);
    return true;
  }
  const reason = code === 1 ? 'the model has errors (see the Problems panel), so nothing was generated'
    : `'wfa build' exited with status ${code}`;
  void vscode.window.showErrorMessage(`WFA: ${what} was not generated: ${reason}. Details are in the 'WFA' output channel.`, 'Show Output')
    .then((choice) => { if (choice) output.show(); });
  return false;
}
