import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

/** The result of the server's 'wfa/diagram' request (see WfaDiagramExtension in dsl.ide). */
interface DiagramResult {
  workflow: string;
  svg: string;
}

/**
 * The live diagram preview: one webview beside the editor that follows the active .wfa editor
 * and redraws, debounced, as the user types or moves the cursor into another workflow. The
 * server draws from the unsaved document, so the preview needs no save.
 */
export class DiagramPreview implements vscode.Disposable {
  public static readonly viewType = 'wfa.diagramPreview';

  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private position: vscode.Position | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests arriving after newer ones must not overwrite the newer diagram. */
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'wfa') this.follow(editor, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule(this.delay());
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) {
          this.position = event.selections[0]?.active;
          this.schedule(this.delay());
        }
      }),
    );
  }

  show(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'wfa') {
      void vscode.window.showErrorMessage("WFA: 'Show Diagram Preview' needs an active '.wfa' editor; open a .wfa file first.");
      return;
    }
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(DiagramPreview.viewType, 'WFA Diagram',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // Scripts only for the nonce'd one the page carries; no local resources are loaded.
        { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true });
      this.panel.webview.html = this.page();
      this.panel.onDidDispose(() => { this.panel = undefined; }, null, this.subscriptions);
    }
    this.follow(editor, 0);
  }

  private follow(editor: vscode.TextEditor, delay: number): void {
    this.document = editor.document;
    this.position = editor.selection.active;
    this.schedule(delay);
  }

  private delay(): number {
    return vscode.workspace.getConfiguration('wfa').get<number>('preview.delay', 300);
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const generation = ++this.generation;
    if (!client || !client.isRunning()) {
      void panel.webview.postMessage({ type: 'error', message: 'The WFA language server is not running.' });
      return;
    }
    try {
      const params = {
        uri: client.code2ProtocolConverter.asUri(document.uri),
        position: this.position ? { line: this.position.line, character: this.position.character } : undefined,
      };
      const result = await client.sendRequest<DiagramResult | null>('wfa/diagram', params);
      if (generation !== this.generation) return;
      panel.title = result ? `WFA Diagram: ${result.workflow}` : 'WFA Diagram';
      void panel.webview.postMessage(result
        ? { type: 'diagram', workflow: result.workflow, svg: result.svg }
        : { type: 'empty', message: `'${vscode.workspace.asRelativePath(document.uri)}' has no workflow to draw.` });
    } catch (error) {
      if (generation !== this.generation) return;
      const message = error instanceof Error ? error.message : String(error);
      void panel.webview.postMessage({ type: 'error', message: `The diagram could not be drawn: ${message}` });
    }
  }

  /**
   * The page allows no network, no inline handlers and only its own nonce'd script. The SVG
   * comes from the server's renderer, which escapes every text of the model; it is parsed with
   * DOMParser as image/svg+xml (scripts in it never run) and any script or foreignObject
   * elements and event attributes are dropped before it is shown, as a second guard. Its own
   * <style> element gets the nonce, since the policy allows no other styles.
   */
  private page(): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      'img-src data:',
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>WFA Diagram</title>
<style nonce="${nonce}">
  body { margin: 0; padding: 12px; background: #ffffff; color: #1f2328; font-family: var(--vscode-font-family, sans-serif); }
  header { display: flex; align-items: center; gap: 12px; margin: 0 0 8px 0; }
  #title { font-weight: 600; margin: 0; }
  #zoom { font: inherit; font-size: 12px; padding: 2px 8px; cursor: pointer; }
  #diagram.fit svg { max-width: 100%; height: auto; }
  #status { color: #6e7781; margin: 0 0 8px 0; }
  #status.error { color: #cf222e; }

</style>
</head>
<body>
<header><p id="title"></p><button id="zoom" type="button">Actual size</button></header>
<p id="status">Drawing the diagram…</p>
<div id="diagram" class="fit"></div>
<script nonce="${nonce}">
(function () {
  const NONCE = '${nonce}';
  const title = document.getElementById('title');
  const status = document.getElementById('status');
  const diagram = document.getElementById('diagram');
  // Wide workflows are scaled to the pane by default; 'Actual size' shows them at the size the
  // HTML documentation uses, with scrolling.
  const zoom = document.getElementById('zoom');
  zoom.addEventListener('click', function () {
    const fit = diagram.classList.toggle('fit');
    zoom.textContent = fit ? 'Actual size' : 'Fit to width';
  });
  function clean(svg) {
    svg.querySelectorAll('script, foreignObject').forEach(function (e) { e.remove(); });
    svg.querySelectorAll('*').forEach(function (e) {
      Array.from(e.attributes).forEach(function (a) {
        if (/^on/i.test(a.name) || (/href$/i.test(a.name) && !/^#/.test(a.value))) e.removeAttribute(a.name);
      });
    });
    return svg;
  }
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message.type === 'diagram') {
      const parsed = new DOMParser().parseFromString(message.svg, 'image/svg+xml');
      const svg = parsed.documentElement;
      if (svg.nodeName !== 'svg') {
        status.textContent = 'The server sent a diagram that is not SVG.';
        status.className = 'error';
        return;
      }
      // The SVG styles itself with a <style> element: under this page's policy it applies only
      // with the page's nonce.
      svg.querySelectorAll('style').forEach(function (e) { e.setAttribute('nonce', NONCE); });
      diagram.replaceChildren(document.importNode(clean(svg), true));
      title.textContent = message.workflow;
      status.textContent = '';
      status.className = '';
    } else {
      // An error keeps the last good diagram visible under the message.
      status.textContent = message.message;
      status.className = message.type === 'error' ? 'error' : '';
      if (message.type === 'empty') { diagram.replaceChildren(); title.textContent = ''; }
    }
  });
})();
</script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
