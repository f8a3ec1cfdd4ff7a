// The BPMN part of render-check: every generated .bpmn file is imported by bpmn-js, the renderer
// of the Camunda and bpmn.io modelers, in headless Chromium. A file passes when it imports
// without errors or warnings (unresolved references, elements without a drawing), when every
// pool, lane, flow node and sequence flow of its processes is drawn, and when no two flow
// nodes' shapes overlap (a diagram that opens as a heap is not "laid out").

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BPMN_BUNDLE = path.join(HERE, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
const BPMN_STAGE = path.join(HERE, 'bpmn-stage.html');
const STARTUP_TIMEOUT_MS = 60_000;

// Runs inside the page: imports one file and reports what a person opening it would see.
async function drawInPage(xml) {
  if (!window.viewer) window.viewer = new BpmnJS({ container: '#canvas' });
  const viewer = window.viewer;
  try {
    const { warnings } = await viewer.importXML(xml);
    const registry = viewer.get('elementRegistry');
    const missing = [];
    const nodes = [];
    for (const root of viewer.getDefinitions().rootElements || []) {
      if (root.$type === 'bpmn:Collaboration') {
        for (const p of root.participants || []) if (!registry.get(p.id)) missing.push(p.id);
      }
      if (root.$type !== 'bpmn:Process') continue;
      for (const laneSet of root.laneSets || []) {
        for (const lane of laneSet.lanes || []) if (!registry.get(lane.id)) missing.push(lane.id);
      }
      for (const element of root.flowElements || []) {
        // A data object is the data itself; its reference is what a diagram draws.
        if (element.$type === 'bpmn:DataObject') continue;
        const drawn = registry.get(element.id);
        if (!drawn) {
          missing.push(element.id);
        } else if (element.$type !== 'bpmn:SequenceFlow' && element.$type !== 'bpmn:BoundaryEvent'
          && element.$type !== 'bpmn:DataObjectReference') {
          nodes.push({ id: element.id, x: drawn.x, y: drawn.y, w: drawn.width, h: drawn.height });
        }
      }
    }
    const overlaps = [];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
          overlaps.push(`'${a.id}' and '${b.id}'`);
        }
      }
    }
    viewer.get('canvas').zoom('fit-viewport');
    const box = viewer.get('canvas').viewbox().inner;
    return {
      ok: true, warnings: warnings.map((w) => w.message), missing, overlaps, nodes: nodes.length,
      box: [box.width, box.height], injected: typeof window.__wfaInjected !== 'undefined',
    };
  } catch (e) {
    return { ok: false, error: String((e && e.message) || e), warnings: ((e && e.warnings) || []).map((w) => w.message) };
  }
}

export function judgeDrawing(result) {
  if (!result.ok) return [`bpmn-js could not import it: ${result.error}`, ...result.warnings.map((w) => `import warning: ${w}`)];
  const problems = result.warnings.map((w) => `import warning: ${w}`);
  if (result.injected) problems.push('window.__wfaInjected is set: a script from a name ran (injection)');
  if (result.missing.length > 0) problems.push(`not drawn: ${result.missing.join(', ')}`);
  if (result.overlaps.length > 0) problems.push(`overlapping shapes: ${result.overlaps.join('; ')}`);
  if (result.nodes === 0 || !(result.box[0] > 0 && result.box[1] > 0)) problems.push('nothing drawn');
  return problems;
}

/** One page with bpmn-js loaded once, reused for every file. */
export class BpmnChecker {
  constructor(browser, timeoutMs, guardNetwork, withTimeout) {
    this.browser = browser;
    this.timeoutMs = timeoutMs;
    this.guardNetwork = guardNetwork;
    this.withTimeout = withTimeout;
    this.events = [];
  }

  async start() {
    this.context = await this.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const context = this.context;
    const record = (message) => { if (this.context === context) this.events.push(message); };
    await this.guardNetwork(context, (url) => record(`tried to load ${url} from the network`));
    this.page = await context.newPage();
    this.page.on('pageerror', (err) => record(`uncaught error: ${err.message}`));
    this.page.on('console', (msg) => {
      if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) record(`console error: ${msg.text()}`);
    });
    await this.page.goto(pathToFileURL(BPMN_STAGE).href, { timeout: STARTUP_TIMEOUT_MS });
  }

  /** Draws one file; returns its problems (empty when it opened laid out). */
  async check(file, screenshotPath) {
    this.events = [];
    let result;
    try {
      result = await this.withTimeout(this.page.evaluate(drawInPage, readFileSync(file, 'utf8')), this.timeoutMs, 'drawing');
    } catch (e) {
      await this.close();
      await this.start();
      return [`browser error: ${e.message.split('\n')[0]}`];
    }
    const problems = [...new Set([...judgeDrawing(result), ...this.events])];
    if (screenshotPath && problems.length === 0) {
      await this.page.locator('#canvas').screenshot({ path: screenshotPath, timeout: this.timeoutMs });
    }
    return problems;
  }

  async close() {
    if (this.context) await this.context.close().catch(() => {});
    this.context = null;
  }
}
