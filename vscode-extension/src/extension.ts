import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { createClient, serverJar } from './client';
import { generate, showSemanticDiff } from './commands';
import { findJava, JavaRuntime, javaHomeSettingsCommand } from './java';
import { DiagramPreview } from './preview';

let client: LanguageClient | undefined;

function configuredJavaHome(): string | undefined {
  return vscode.workspace.getConfiguration('wfa').get<string>('java.home');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverOutput = vscode.window.createOutputChannel('WFA Language Server');
  const buildOutput = vscode.window.createOutputChannel('WFA');
  const preview = new DiagramPreview(() => client);
  const java = (): Promise<JavaRuntime> => findJava(configuredJavaHome());
  context.subscriptions.push(serverOutput, buildOutput, preview,
    vscode.commands.registerCommand('wfa.showPreview', () => preview.show(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('wfa.generateDocs', () => generate('docs,html', serverJar(context), java, buildOutput)),
    vscode.commands.registerCommand('wfa.generateBpmn', () => generate('bpmn:operaton', serverJar(context), java, buildOutput)),
    vscode.commands.registerCommand('wfa.showSemanticDiff', () => showSemanticDiff(serverJar(context), java, buildOutput)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('wfa.java.home')) {
        void vscode.window.showInformationMessage("WFA: 'wfa.java.home' changed; reload the window to restart the language server with it.", 'Reload Window')
          .then((choice) => { if (choice) void vscode.commands.executeCommand('workbench.action.reloadWindow'); });
      }
    }),
  );

  let runtime: JavaRuntime;
  try {
    runtime = await java();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    serverOutput.appendLine(message);
    void vscode.window.showErrorMessage(`WFA: the language server cannot start. ${message}`, 'Open Settings')
      .then((choice) => {
        if (!choice) return;
        const { command, args } = javaHomeSettingsCommand(vscode.env.remoteName);
        void vscode.commands.executeCommand(command, ...args);
      });
    return;
  }
  serverOutput.appendLine(`Starting the WFA language server with Java ${runtime.version} ('${runtime.executable}', from ${runtime.source}).`);
  client = createClient(context, runtime, serverOutput);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
