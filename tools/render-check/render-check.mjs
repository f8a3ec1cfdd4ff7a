#!/usr/bin/env node
// render-check: proves that WFA's generated documentation renders in a real browser.
//
//   node render-check.mjs [--screenshots DIR] [--timeout SECONDS] PATH...
//
// Markdown ```mermaid blocks and *.mmd files are rendered by the real Mermaid bundle inside
// headless Chromium; *.html files are opened from file:// with the network cut off; *.bpmn files
// are drawn by bpmn-js, the modelers' renderer (see bpmn-check.mjs). Exit status:
// 0 all good, 1 at least one failure, 2 usage error or the browser could not be started.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BPMN_BUNDLE, BpmnChecker } from './bpmn-check.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MERMAID_BUNDLE = path.join(HERE, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const MERMAID_STAGE = path.join(HERE, 'mermaid-stage.html'); // loads MERMAID_BUNDLE
const CHROMIUM = process.env.RENDER_CHECK_CHROMIUM || '/usr/bin/chromium';

// The background-networking flags matter: without them Chromium keeps trying to reach Google
// services, which on a machine without internet floods the closed network with refused connections.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const DEFAULT_TIMEOUT_S = 20;
const STARTUP_TIMEOUT_MS = 60_000;
const MAX_PAGE_SHOTS = 5;     // index.html + 4 others
const MAX_DIAGRAM_SHOTS = 5;
// Scripts may act a little after the load event (a timer, a deferred handler); give them a moment
// so that an injected script that delays itself is still caught.
const SETTLE_MS = 100;
const USAGE = 'usage: node render-check.mjs [--screenshots DIR] [--timeout SECONDS] PATH...';

class UsageError extends Error {}
class SetupError extends Error {} // this machine cannot run the check: also exit 2, no usage text
class TimeoutError extends Error {}

// ---------------------------------------------------------------------------------------------
// Command line and file discovery

function parseArgs(argv) {
  const opts = { screenshots: null, timeoutMs: DEFAULT_TIMEOUT_S * 1000, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      opts.help = true;
    } else if (arg === '--screenshots' || arg === '--timeout') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--screenshots') opts.screenshots = path.resolve(value);
      else opts.timeoutMs = parseTimeout(value);
    } else if (arg === '--') {
      opts.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      opts.paths.push(arg);
    }
  }
  if (!opts.help && opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}

function parseTimeout(value) {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`bad --timeout ${value}`);
  return seconds * 1000;
}

const CHECKED_EXTENSIONS = new Set(['.md', '.mmd', '.html', '.bpmn']);

// Folders that are never generated output; scanning them would check other people's documents.
function isSkippedDir(name) {
  return name === 'node_modules' || name.startsWith('.');
}

/** Files under one PATH, recursively, in a codepoint-sorted order that is the same on every machine. */
function listFiles(root) {
  const stat = statSync(root);
  if (stat.isFile()) return [path.resolve(root)];
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Symlinked folders are not followed: they could loop, and generated output has none.
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name)) walk(full);
      } else if (CHECKED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && isFile(full)) {
        found.push(path.resolve(full));
      }
    }
  };
  walk(root);
  return found.sort(compareCodepoints);
}

function isFile(p) {
  try { return statSync(p).isFile(); } catch { return false; }
}

function compareCodepoints(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * All files to check, de-duplicated, in argument order, and for each the PATH it was found
 * under; records PATHs that hold nothing checkable.
 */
function collectFiles(paths, failures) {
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`path not found: ${p}`);
  }
  const roots = new Map();
  for (const p of paths) {
    const own = listFiles(p).filter((f) => CHECKED_EXTENSIONS.has(path.extname(f).toLowerCase()));
    if (own.length === 0) {
      // Generation that silently produced nothing must not pass as "0 failures".
      failures.push({ file: path.resolve(p), message: 'no .md, .mmd, .html or .bpmn files found here' });
    }
    for (const f of own) {
      if (!roots.has(f)) roots.set(f, path.resolve(p));
    }
  }
  return { files: [...roots.keys()], roots };
}

function display(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

// ---------------------------------------------------------------------------------------------
// Finding Mermaid diagrams

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * The ```mermaid blocks of a Markdown text, following CommonMark's fence rules closely enough
 * that a mermaid example shown inside a longer ````markdown fence is not mistaken for a diagram.
 */
function extractMermaidBlocks(markdown) {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  let open = null;
  lines.forEach((line, i) => {
    if (!open) {
      const m = FENCE_OPEN.exec(line);
      if (!m) return;
      const [, indent, fence, info] = m;
      if (fence[0] === '`' && info.includes('`')) return; // not a fence: inline code
      open = {
        indent: indent.length, char: fence[0], length: fence.length,
        lang: info.trim().split(/\s+/)[0], line: i + 1, body: [],
      };
    } else if (isClosingFence(line, open)) {
      if (open.lang === 'mermaid') blocks.push({ line: open.line, text: open.body.join('\n') });
      open = null;
    } else if (open.lang === 'mermaid') {
      // Content lines lose up to as many leading spaces as the opening fence had.
      open.body.push(line.replace(new RegExp(`^ {0,${open.indent}}`), ''));
    }
  });
  if (open && open.lang === 'mermaid') {
    blocks.push({ line: open.line, text: open.body.join('\n'), unclosed: true });
  }
  return blocks;
}

function isClosingFence(line, open) {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1][0] === open.char && m[1].length >= open.length;
}

function describe(text) {
  const line = describingLine(text);
  return line ? ` (${line})` : '';
}

/** The line that tells a reader which diagram this is: skips blank lines, %% comments and front matter. */
function describingLine(text) {
  const lines = text.split('\n').map((l) => l.trim());
  let i = 0;
  while (i < lines.length && lines[i] === '') i++;
  if (lines[i] === '---') {
    i++;
    while (i < lines.length && lines[i] !== '---') i++;
    i++;
  }
  for (; i < lines.length; i++) {
    if (lines[i] !== '' && !lines[i].startsWith('%%')) return truncate(lines[i], 60);
  }
  return '';
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Every diagram to render, each with the label a failure is reported under. */
function collectDiagrams(files, failures) {
  const diagrams = [];
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.mmd') {
      diagrams.push({ file, line: 1, label: 'diagram', text: readFileSync(file, 'utf8') });
    } else if (ext === '.md') {
      extractMermaidBlocks(readFileSync(file, 'utf8')).forEach((block, i) => {
        const diagram = { file, line: block.line, label: `mermaid block ${i + 1}`, text: block.text };
        if (block.unclosed) {
          failures.push(diagramFailure(diagram, 'the ```mermaid fence is never closed'));
        } else {
          diagrams.push(diagram);
        }
      });
    }
  }
  return diagrams;
}

function diagramFailure(diagram, message) {
  return {
    file: diagram.file, line: diagram.line,
    message: `${diagram.label}${describe(diagram.text)}: ${message}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Shared browser plumbing

function withTimeout(promise, ms, what) {
  let timer;
  // The loser of the race may still reject later; that must not crash the process.
  promise.catch(() => {});
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Schemes that never leave the machine. blob: and about: are made by the page itself.
function isOfflineUrl(url) {
  return /^(file|data|blob|about):/i.test(url);
}

/** Aborts every request that would need the network, and remembers it for the report. */
async function guardNetwork(context, onBlocked) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isOfflineUrl(url)) return route.continue();
    onBlocked(url);
    return route.abort('blockedbyclient');
  });
}

async function closeQuietly(closable) {
  try { await withTimeout(closable.close(), 10_000, 'closing'); } catch { /* already gone */ }
}

// ---------------------------------------------------------------------------------------------
// Mermaid rendering

// Runs inside mermaid-stage.html, so it must not use anything from this module's scope.
async function renderInPage({ id, text, keep }) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  try {
    await mermaid.parse(text);
    const { svg, diagramType } = await mermaid.render(id, text, stage);
    stage.innerHTML = svg;
    // Let images in labels finish (or fail) before returning, so that a request they make is
    // reported with this diagram and not with the next one.
    await Promise.all([...stage.querySelectorAll('img')].map((img) => img.complete ? null
      : new Promise((done) => { img.onload = img.onerror = done; setTimeout(done, 2000); })));
    const el = stage.querySelector('svg');
    if (!el) return { ok: false, error: 'Mermaid produced no <svg>' };
    const box = el.getBBox();
    const nodes = [...el.querySelectorAll('g.node')];
    const emptyNodes = nodes.filter((n) => { const b = n.getBBox(); return b.width <= 0 || b.height <= 0; });
    const shapes = el.querySelectorAll('rect,circle,ellipse,path,polygon,polyline,line,text,foreignObject,image');
    const drawn = [...shapes].some((s) => {
      if (s.closest('defs,marker')) return false;
      const b = s.getBBox();
      return b.width > 0 || b.height > 0;
    });
    return {
      ok: true, diagramType, drawn, box: [box.width, box.height],
      // Hostile test labels set this if their script ever runs, despite securityLevel 'strict'.
      injected: typeof window.__wfaInjected !== 'undefined',
      // Diagrams laid out by Mermaid's graph renderer (flowchart, state, class, ER, mindmap...)
      // draw their nodes as g.node inside a g.nodes layer; other kinds (sequence, gantt, pie)
      // have no such layer and are judged by their drawn shapes alone.
      hasNodeLayer: el.querySelector('g.nodes') !== null,
      nodes: nodes.length, emptyNodes: emptyNodes.length,
    };
  } catch (e) {
    return { ok: false, error: String((e && e.message) || e) };
  } finally {
    if (!keep) stage.replaceChildren();
  }
}

function judgeRender(result) {
  if (!result.ok) return [result.error.trim()];
  const problems = [];
  if (result.injected) problems.push('window.__wfaInjected is set: a script from a label ran (injection)');
  if (!(result.box[0] > 0 || result.box[1] > 0) || !result.drawn) {
    problems.push(`rendered an empty ${result.diagramType} diagram (nothing drawn)`);
  } else if (result.hasNodeLayer && result.nodes === 0) {
    problems.push(`rendered a ${result.diagramType} diagram with no nodes`);
  } else if (result.emptyNodes > 0) {
    problems.push(`${result.emptyNodes} of ${result.nodes} nodes have an empty bounding box`);
  }
  return problems;
}

/** One page with Mermaid loaded once, reused for every diagram; rebuilt only after a timeout. */
class MermaidRenderer {
  constructor(browser, timeoutMs) {
    this.browser = browser;
    this.timeoutMs = timeoutMs;
    this.counter = 0;
    this.events = [];
  }

  async start() {
    const context = await this.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    this.context = context;
    // After a restart the old page may still report; only the current one speaks for a diagram.
    const record = (message) => { if (this.context === context) this.events.push(message); };
    await guardNetwork(context, (url) => record(`tried to load ${url} from the network`));
    this.page = await context.newPage();
    this.page.on('pageerror', (err) => record(`uncaught error: ${err.message}`));
    this.page.on('console', (msg) => {
      // A blocked request is already reported by the guard; its console echo would only repeat it.
      if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) {
        record(`console error: ${msg.text()}`);
      }
    });
    // Compiling the 3.5 MB bundle takes seconds on a busy 2-core machine: this is not the
    // per-diagram budget.
    await this.page.goto(pathToFileURL(MERMAID_STAGE).href, { timeout: STARTUP_TIMEOUT_MS });
    await this.page.evaluate(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  }

  /** Renders one diagram; returns the list of problems (empty when it rendered properly). */
  async check(diagram, screenshotPath) {
    if (diagram.text.trim() === '') return ['the diagram is empty'];
    this.events = [];
    const id = `render-check-${++this.counter}`;
    let result;
    try {
      result = await withTimeout(
        this.page.evaluate(renderInPage, { id, text: diagram.text, keep: Boolean(screenshotPath) }),
        this.timeoutMs, 'rendering');
    } catch (e) {
      await this.restart();
      return [e instanceof TimeoutError ? e.message : `browser error: ${e.message}`];
    }
    const problems = [...new Set([...judgeRender(result), ...this.events])];
    if (screenshotPath && problems.length === 0) {
      const failed = await this.screenshot(screenshotPath);
      if (failed) problems.push(failed);
    }
    return problems;
  }

  /** Photographs the diagram left on the stage; returns a problem, or null. */
  async screenshot(file) {
    try {
      await this.page.locator('#stage > svg').screenshot({ path: file, timeout: this.timeoutMs });
      await this.page.evaluate(() => document.getElementById('stage').replaceChildren());
      return null;
    } catch (e) {
      await this.restart();
      return `could not take a screenshot: ${e.message.split('\n')[0]}`;
    }
  }

  // A diagram that hangs Mermaid leaves the page unusable: throw it away and start afresh.
  async restart() {
    await this.close();
    await this.start();
  }

  async close() {
    if (this.context) await closeQuietly(this.context);
    this.context = null;
  }
}

async function checkDiagrams(browser, diagrams, opts, failures) {
  if (diagrams.length === 0) return;
  const renderer = new MermaidRenderer(browser, opts.timeoutMs);
  await renderer.start();
  try {
    let shots = 0;
    for (const diagram of diagrams) {
      const shot = opts.screenshots && shots < MAX_DIAGRAM_SHOTS
        ? path.join(opts.screenshots, `diagram-${String(shots + 1).padStart(2, '0')}-${slug(diagram.file, opts.roots)}-${diagram.line}.png`)
        : null;
      const problems = await renderer.check(diagram, shot);
      if (shot && problems.length === 0) shots++;
      for (const p of problems) failures.push(diagramFailure(diagram, p));
    }
  } finally {
    await renderer.close();
  }
}

/** A file name for a screenshot: the path from the PATH argument it was found under (included). */
function slug(file, roots) {
  const root = roots.get(file);
  const rel = root && root !== file ? path.relative(path.dirname(root), file) : path.basename(file);
  return rel.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '');
}

// ---------------------------------------------------------------------------------------------
// HTML pages

// Runs inside the page, so everything it uses is defined within it. Collects what can only be
// seen in the live DOM: how each <svg> is laid out, the links and the ids links may point at.
function inspectPage() {
  const DEFINITION_ONLY = new Set(['defs', 'symbol', 'style', 'title', 'desc', 'linearGradient',
    'radialGradient', 'pattern', 'clipPath', 'mask', 'filter', 'marker', 'metadata']);

  function svgProblem(svg, i) {
    const name = `<svg${svg.id ? ` id="${svg.id}"` : ''}> #${i + 1}`;
    const children = [...svg.children];
    if (children.length === 0) return `${name} is empty (no child elements)`;
    // A hidden sprite sheet of shared <defs> (arrowheads, icons) draws nothing by design.
    if (children.every((c) => DEFINITION_ONLY.has(c.localName))) return null;
    const rect = svg.getBoundingClientRect();
    if (!(rect.width > 0 && rect.height > 0)) {
      return `${name} has an empty bounding box (${rect.width}x${rect.height}; hidden or zero-sized?)`;
    }
    const box = svg.getBBox();
    if (!(box.width > 0 || box.height > 0)) return `${name} draws nothing (its content has an empty bounding box)`;
    return null;
  }

  // Collapsed <details> hide their content; open them so the diagrams inside can be measured,
  // then close them again so the page is left as a reader sees it.
  const closed = [...document.querySelectorAll('details:not([open])')];
  closed.forEach((d) => { d.open = true; });
  let svgProblems;
  try {
    svgProblems = [...document.querySelectorAll('svg')]
      .map((svg, i) => (svg.parentElement && svg.parentElement.closest('svg') ? null : svgProblem(svg, i)))
      .filter(Boolean); // an <svg> inside another is judged with its outer one
  } finally {
    closed.forEach((d) => { d.open = false; });
  }
  const links = [...document.querySelectorAll('a[href]')].map((a) => ({
    raw: a.getAttribute('href'), resolved: a.href,
  }));
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id)
    .concat([...document.querySelectorAll('a[name]')].map((a) => a.name));
  return { svgProblems, links, ids };
}

function injectedMarker() {
  return typeof window.__wfaInjected !== 'undefined';
}

/**
 * Opens HTML files offline, one after the other, in one reused page: a fresh page per file costs
 * a new renderer process (~0.3 s), while navigating costs ~0.07 s. Each navigation makes a new
 * document and global object, so nothing a page's script does survives into the next file.
 */
class HtmlChecker {
  constructor(browser, timeoutMs) {
    this.browser = browser;
    this.timeoutMs = timeoutMs;
    this.problems = [];
  }

  note(message) {
    if (!this.problems.includes(message)) this.problems.push(message);
  }

  async start() {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    this.context = context;
    // After a restart the old page may still report (aborted loads); it must not speak for the
    // next file.
    const note = (message) => { if (this.context === context) this.note(message); };
    await guardNetwork(context, (url) => note(`network request blocked (the site must work offline): ${url}`));
    this.page = await context.newPage();
    context.on('page', () => note('the page opened another window'));
    this.listen(this.page, note);
  }

  listen(page, note) {
    page.on('websocket', (ws) => note(`opened a WebSocket (the site must work offline): ${ws.url()}`));
    page.on('pageerror', (err) => note(`uncaught error: ${err.message}`));
    page.on('dialog', (dialog) => {
      // A dialog in generated documentation means some text got executed as script.
      note(`a script opened a dialog (${dialog.type()} "${truncate(dialog.message(), 80)}"): injected script?`);
      // Dismissing a beforeunload dialog would cancel the navigation to the next file.
      (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {});
    });
    page.on('requestfailed', (req) => {
      const error = req.failure()?.errorText ?? '';
      // ERR_ABORTED is a load cut short by leaving the page, not a missing file.
      if (req.url().startsWith('file:') && !error.includes('ERR_ABORTED')) {
        note(`local resource failed to load: ${display(fileURLToPath(req.url()))} (${error})`);
      }
    });
    page.on('console', (msg) => {
      // Failed loads are reported above (blocked or missing) with a clearer message.
      if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) {
        const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber + 1})` : '';
        note(`console error: ${msg.text()}${where}`);
      }
    });
  }

  /** Checks one file; returns its problems, and its ids and links for the link check. */
  async check(file, screenshotPath) {
    this.problems = [];
    try {
      const seen = await withTimeout(this.visit(file, screenshotPath), this.timeoutMs, 'loading the page');
      seen.svgProblems.forEach((p) => this.note(p));
      return { problems: this.problems, ids: new Set(seen.ids), links: seen.links };
    } catch (e) {
      this.note(e instanceof TimeoutError ? e.message : `could not check the page: ${e.message.split('\n')[0]}`);
      // A page that hung or crashed leaves the tab unusable: start afresh for the next file.
      await this.close();
      await this.start();
      // ids: null, not empty: links into a page that could not be read are not judged broken.
      return { problems: this.problems, ids: null, links: [] };
    }
  }

  async visit(file, screenshotPath) {
    const page = this.page;
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: this.timeoutMs });
    await page.waitForTimeout(SETTLE_MS);
    for (const frame of page.frames()) {
      if (await frame.evaluate(injectedMarker).catch(() => false)) {
        this.note('window.__wfaInjected is set: a script from the content ran (injection)');
      }
    }
    const seen = await page.evaluate(inspectPage);
    if (screenshotPath) await page.screenshot({ path: screenshotPath, fullPage: true });
    // Leave the document now, so that what it still does (timers, unload handlers) is
    // reported against this file and not the next one.
    await page.goto('about:blank');
    return seen;
  }

  async close() {
    if (this.context) await closeQuietly(this.context);
    this.context = null;
  }
}

/**
 * Relative links must reach a file that exists; a #fragment must name an element, checked
 * when the target is the page itself or another page of this run.
 */
function checkLinks(pages) {
  const failures = [];
  for (const [file, page] of pages) {
    for (const link of page.links) {
      const problem = linkProblem(file, link, pages);
      if (problem) failures.push({ file, message: problem });
    }
  }
  return failures;
}

function linkProblem(file, link, pages) {
  let url;
  try { url = new URL(link.resolved); } catch { return `malformed link href="${link.raw}"`; }
  if (url.protocol === 'javascript:') return `script link href="${truncate(link.raw, 60)}": injected script?`;
  if (url.protocol !== 'file:') return null; // web links are navigated by people, not loaded by the page
  let target = fileURLToPath(new URL(url.pathname, 'file:///'));
  if (!existsSync(target)) return `broken link href="${link.raw}": ${display(target)} does not exist`;
  if (statSync(target).isDirectory()) {
    // Opened from disk, a folder shows a file listing, not its index.html.
    target = path.join(target, 'index.html');
    if (!existsSync(target)) return `broken link href="${link.raw}": a folder without index.html`;
  }
  const fragment = decodeFragment(url.hash);
  if (fragment === '' || fragment === 'top') return null; // both scroll to the top by definition
  const targetPage = pages.get(target);
  if (targetPage && targetPage.ids && !targetPage.ids.has(fragment)) {
    return `broken anchor href="${link.raw}": no element with id "${fragment}" in ${display(target)}`;
  }
  return null;
}

function decodeFragment(hash) {
  const raw = hash.replace(/^#/, '');
  try { return decodeURIComponent(raw); } catch { return raw; }
}

/**
 * The pages to photograph: the shallowest index.html, then one page from each folder in turn
 * (a sample of every kind of page rather than five pages of one kind), in sorted order.
 */
function pickPagesToShoot(htmlFiles) {
  const depth = (f) => f.split(path.sep).length;
  const index = htmlFiles.filter((f) => path.basename(f) === 'index.html')
    .sort((a, b) => depth(a) - depth(b) || compareCodepoints(a, b))[0];
  const byFolder = new Map();
  for (const f of htmlFiles) {
    if (f === index) continue;
    const dir = path.dirname(f);
    if (!byFolder.has(dir)) byFolder.set(dir, []);
    byFolder.get(dir).push(f);
  }
  const queues = [...byFolder.keys()].sort(compareCodepoints).map((dir) => byFolder.get(dir));
  const picked = index ? [index] : [];
  while (picked.length < MAX_PAGE_SHOTS && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      if (q.length > 0 && picked.length < MAX_PAGE_SHOTS) picked.push(q.shift());
    }
  }
  return picked;
}

async function checkHtmlPages(browser, htmlFiles, opts, failures) {
  if (htmlFiles.length === 0) return;
  const toShoot = opts.screenshots ? pickPagesToShoot(htmlFiles) : [];
  const pages = new Map();
  const checker = new HtmlChecker(browser, opts.timeoutMs);
  await checker.start();
  try {
    for (const file of htmlFiles) {
      const n = toShoot.indexOf(file);
      const shot = n >= 0 ? path.join(opts.screenshots, `page-${String(n + 1).padStart(2, '0')}-${slug(file, opts.roots)}.png`) : null;
      const result = await checker.check(file, shot);
      for (const message of result.problems) failures.push({ file, message });
      pages.set(file, result);
    }
  } finally {
    await checker.close();
  }
  failures.push(...checkLinks(pages));
}

// ---------------------------------------------------------------------------------------------
// BPMN files

async function checkBpmnFiles(browser, bpmnFiles, opts, failures) {
  if (bpmnFiles.length === 0) return;
  const checker = new BpmnChecker(browser, opts.timeoutMs, guardNetwork, withTimeout);
  await checker.start();
  try {
    let shots = 0;
    for (const file of bpmnFiles) {
      const shot = opts.screenshots && shots < MAX_DIAGRAM_SHOTS
        ? path.join(opts.screenshots, `bpmn-${String(shots + 1).padStart(2, '0')}-${slug(file, opts.roots)}.png`)
        : null;
      const problems = await checker.check(file, shot);
      if (shot && problems.length === 0) shots++;
      for (const message of problems) failures.push({ file, message });
    }
  } finally {
    await checker.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function launchBrowser() {
  // Imported here, not at the top: loading Playwright takes a second, which usage errors and
  // runs with nothing to render need not pay.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    throw new SetupError(`cannot start Chromium at ${CHROMIUM} (run tools/render-check/setup.sh): ${e.message.split('\n')[0]}`);
  }
}

function report(failures, diagramCount, pageCount, bpmnCount, files) {
  // Failures are listed in the order of the files, whatever order the checks found them in.
  const order = new Map(files.map((f, i) => [f, i]));
  const rank = (f) => (order.has(f.file) ? order.get(f.file) : -1);
  const sorted = failures
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || a.i - b.i);
  for (const f of sorted) {
    const where = f.line ? `${display(f.file)}:${f.line}` : display(f.file);
    console.log(`FAIL ${where}: ${f.message.replace(/\n/g, '\n    ')}`);
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`render-check: ${plural(diagramCount, 'mermaid diagram')}, ${plural(pageCount, 'HTML page')}, ` +
    `${plural(bpmnCount, 'BPMN file')}, ${plural(failures.length, 'failure')}`);
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const failures = [];
  const { files, roots } = collectFiles(opts.paths, failures);
  opts.roots = roots; // names the screenshots
  if (!existsSync(MERMAID_BUNDLE)) throw new SetupError(`${MERMAID_BUNDLE} is missing (run tools/render-check/setup.sh)`);
  if (opts.screenshots) mkdirSync(opts.screenshots, { recursive: true });

  const diagrams = collectDiagrams(files, failures);
  const htmlFiles = files.filter((f) => path.extname(f).toLowerCase() === '.html');
  const bpmnFiles = files.filter((f) => path.extname(f).toLowerCase() === '.bpmn');
  if (bpmnFiles.length > 0 && !existsSync(BPMN_BUNDLE)) throw new SetupError(`${BPMN_BUNDLE} is missing (run tools/render-check/setup.sh)`);
  if (diagrams.length + htmlFiles.length + bpmnFiles.length === 0) {
    report(failures, 0, 0, 0, files);
    return failures.length === 0 ? 0 : 1;
  }
  const browser = await launchBrowser();
  try {
    // Diagrams and pages use separate browser contexts, so they can run side by side; the
    // report sorts failures by file afterwards, so the output stays deterministic.
    await Promise.all([
      checkDiagrams(browser, diagrams, opts, failures),
      checkHtmlPages(browser, htmlFiles, opts, failures),
      checkBpmnFiles(browser, bpmnFiles, opts, failures),
    ]);
  } finally {
    await closeQuietly(browser);
  }
  report(failures, diagrams.length, htmlFiles.length, bpmnFiles.length, files);
  return failures.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    if (e instanceof UsageError || e instanceof SetupError) {
      console.error(`render-check: ${e.message}`);
      if (e instanceof UsageError) console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(`render-check: internal error: ${e.stack || e}`);
      process.exitCode = 1;
    }
  },
);
