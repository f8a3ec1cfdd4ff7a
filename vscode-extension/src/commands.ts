import { spawn } from 'node:child_process';
import path from 'node:path';
import * as vscode from 'vscode';
import { JavaRuntime } from './java';

/** What 'wfa build --target' gets for each generate command. */
export type BuildTarget = 'docs,html' | 'bpmn:operaton';

/**
 * Runs the bundled CLI's 'build' of the workspace folder into '<workspace>/out', with its output
 * in the 'WFA' output channel.
 */
export async function generate(target: BuildTarget, jar: string, java: () => Promise<JavaRuntime>,
  output: vscode.OutputChannel): Promise<boolean> {
  const context = await cliContext('generating', java);
  if (!context) {
    return false;
  }
  const { workspace, runtime } = context;
  const input = workspace.uri.fsPath;
  const out = path.join(workspace.uri.fsPath, 'out');
  output.show(true);
  const { code } = await runCli(runtime, ['-jar', jar, 'build', '--target', target, '--out', out, input],
    workspace.uri.fsPath, output);
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

/**
 * Shows what the working tree changes against the last commit, as 'wfa diff --git HEAD' sees it:
 * the whole workspace folder, because findings and hand-offs depend on the other files. The
 * Markdown report (the one made for pull-request comments) opens in VS Code's Markdown preview.
 */
export async function showSemanticDiff(jar: string, java: () => Promise<JavaRuntime>,
  output: vscode.OutputChannel): Promise<boolean> {
  const context = await cliContext('the semantic diff', java);
  if (!context) {
    return false;
  }
  const { workspace, runtime } = context;
  const { code, stdout, stderr } = await runCli(runtime,
    ['-jar', jar, 'diff', '--git', 'HEAD', '--format', 'markdown', '-C', workspace.uri.fsPath], workspace.uri.fsPath, output);
  if (code !== 0) {
    const reason = stderr.split('\n').find((line) => line.startsWith('wfa: '))?.slice('wfa: '.length)
      ?? `'wfa diff' exited with status ${code}`;
    void vscode.window.showErrorMessage(`WFA: no semantic diff: ${reason}`, 'Show Output')
      .then((choice) => { if (choice) output.show(); });
    return false;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: stdout });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  return true;
}

interface CliContext {
  workspace: vscode.WorkspaceFolder;
  runtime: JavaRuntime;
}

/**
 * The workspace folder of the current .wfa file (else the first workspace folder), not the file's
 * own folder: a workflow refers to the organisation and records declared in other folders, and the
 * CLI, like the language server, links the files it is given as one workspace. Saves all editors
 * first: the CLI reads the files from disk.
 */
async function cliContext(what: string, java: () => Promise<JavaRuntime>): Promise<CliContext | undefined> {
  const editor = vscode.window.activeTextEditor;
  const fileUri = editor?.document.languageId === 'wfa' && editor.document.uri.scheme === 'file' ? editor.document.uri : undefined;
  const workspace = (fileUri && vscode.workspace.getWorkspaceFolder(fileUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    void vscode.window.showErrorMessage(`WFA: ${what} needs an open folder (a workspace) or a saved '.wfa' file in one; none is open.`);
    return undefined;
  }
  let runtime: JavaRuntime;
  try {
    runtime = await java();
  } catch (error) {
    void vscode.window.showErrorMessage(`WFA: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  await vscode.workspace.saveAll(false);
  return { workspace, runtime };
}

/** Runs the bundled CLI; its standard error (and the command line) go to the 'WFA' channel. */
function runCli(runtime: JavaRuntime, args: string[], cwd: string, output: vscode.OutputChannel)
  : Promise<{ code: number; stdout: string; stderr: string }> {
  output.appendLine(`> ${runtime.executable} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const child = spawn(runtime.executable, args, { cwd });
    child.stdout.on('data', (chunk: Buffer) => { stdout.push(chunk.toString()); output.append(chunk.toString()); });
    child.stderr.on('data', (chunk: Buffer) => { stderr.push(chunk.toString()); output.append(chunk.toString()); });
    child.on('error', (error) => { output.appendLine(error.message); resolve({ code: -1, stdout: '', stderr: error.message }); });
    child.on('close', (status) => resolve({ code: status ?? -1, stdout: stdout.join(''), stderr: stderr.join('') }));
  });
}
