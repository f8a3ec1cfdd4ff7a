// Self-test of render-check.mjs: good output must pass and each kind of bad output must fail
// with its own message. Fixtures are written to a temporary folder at run time, so the
// repository holds no deliberately broken documents. Run: node --test (in this folder).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-check.mjs');
const FENCE = '```';

/** A process start -> task -> end in one lane; `shapes` overrides or removes (null) shapes by id. */
function bpmn(shapes = {}, extra = '') {
  const bounds = { start: [100, 40, 36, 36], task: [180, 18, 100, 80], end: [330, 40, 36, 36], ...shapes };
  const di = Object.entries(bounds).filter(([, b]) => b)
    .map(([id, [x, y, w, h]]) => `<bpmndi:BPMNShape id="${id}-di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
  <process id="p" isExecutable="true">
    <startEvent id="start"><outgoing>f1</outgoing></startEvent>
    <userTask id="task" name="&lt;img src=x onerror=window.__wfaInjected=1&gt;"><incoming>f1</incoming><outgoing>f2</outgoing></userTask>
    <endEvent id="end"><incoming>f2</incoming></endEvent>
    <sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
    <sequenceFlow id="f2" sourceRef="task" targetRef="end"/>${extra}
  </process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p">${di}
    <bpmndi:BPMNEdge id="f1-di" bpmnElement="f1"><di:waypoint x="136" y="58"/><di:waypoint x="180" y="58"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f2-di" bpmnElement="f2"><di:waypoint x="280" y="58"/><di:waypoint x="330" y="58"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>`;
}

const GOOD = {
  'process.bpmn': bpmn(),
  'lanes.md': `# Expense reimbursement

${FENCE}mermaid
flowchart LR
    subgraph Staff["Staff lane"]
        submitClaim["Submit expense claim"]
    end
    subgraph Finance["Finance lane"]
        approve{"Approve?"}
        paid(["Claim paid"])
    end
    submitClaim -->|ExpenseClaim| approve
    approve -->|yes| paid
    classDef stage fill:#e8f0fe,stroke:#1a73e8
    classDef terminal fill:#e6f4ea,stroke:#137333
    class submitClaim stage
    class paid terminal
${FENCE}

${FENCE}mermaid
flowchart TD
    a["text with &quot; and #lt;b#gt;"] --> b["array[0] #quot;x#quot;"]
${FENCE}

A diagram shown as source, inside a longer fence, is not rendered:

${FENCE}\`markdown
${FENCE}mermaid
not a diagram {{{
${FENCE}
${FENCE}\`
`,
  'sequence.mmd': 'sequenceDiagram\n    Employee->>Manager: submit claim\n',
  'site/index.html': `<!doctype html><html><head><meta charset="utf-8"><title>Site</title></head><body>
<a href="sub/page.html#stages">stages</a> <a href="#d">here</a> <a href="https://example.org/">web</a>
<svg id="d" width="120" height="40"><rect width="100" height="30" fill="#eef" stroke="#333"/></svg>
<svg style="position:absolute;width:0;height:0"><defs><marker id="arrow"><path d="M0,0 L10,5 L0,10 z"/></marker></defs></svg>
</body></html>`,
  'site/sub/page.html': `<!doctype html><html><head><meta charset="utf-8"><title>Page</title></head><body>
<a href="../index.html">home</a><h2 id="stages">Stages</h2>
<p>&lt;script&gt;window.__wfaInjected=1&lt;/script&gt;</p></body></html>`,
};

// Each bad file and a piece of the message it must produce.
const BAD = {
  'syntax.md': [`${FENCE}mermaid\nflowchart LR\n    b --> (\n${FENCE}\n`, 'syntax.md:1: mermaid block 1 (flowchart LR): Parse error'],
  'empty-flow.mmd': ['flowchart LR\n', 'rendered an empty flowchart-v2 diagram'],
  'cdn.html': ['<!doctype html><script src="https://cdn.example.com/x.js"></script><p>x</p>',
    'network request blocked (the site must work offline): https://cdn.example.com/x.js'],
  'injected.html': ['<!doctype html><h1><script>window.__wfaInjected=1</script></h1>', 'window.__wfaInjected is set'],
  'dialog.html': ['<!doctype html><img src="data:," onerror="alert(1)">', 'a script opened a dialog (alert'],
  'empty-svg.html': ['<!doctype html><svg></svg>', '<svg> #1 is empty'],
  'hidden-svg.html': ['<!doctype html><div style="display:none"><svg><rect width="9" height="9"/></svg></div>',
    '<svg> #1 has an empty bounding box'],
  'links.html': ['<!doctype html><a href="gone.html">x</a><a href="#nowhere">y</a>',
    'broken link href="gone.html"'],
  'errors.html': ['<!doctype html><script>console.error("boom"); null.x;</script>', 'console error: boom'],
  'not-xml.bpmn': ['<definitions', 'bpmn-js could not import it'],
  'undrawn.bpmn': [bpmn({ task: null }), 'not drawn: task'],
  'heap.bpmn': [bpmn({ end: [200, 30, 36, 36] }), "overlapping shapes: 'task' and 'end'"],
  'dangling.bpmn': [bpmn({}, '<sequenceFlow id="f3" sourceRef="task" targetRef="nowhere"/>'),
    'import warning: unresolved reference <nowhere>'],
};

let dir;

function write(root, files) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function run(...args) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'render-check-test-'));
  write(path.join(dir, 'good'), GOOD);
  write(path.join(dir, 'bad'), Object.fromEntries(Object.entries(BAD).map(([n, [text]]) => [n, text])));
  mkdirSync(path.join(dir, 'nothing'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('good output passes, with screenshots', () => {
  const shots = path.join(dir, 'shots');
  const r = run('--screenshots', shots, path.join(dir, 'good'));
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /render-check: 3 mermaid diagrams, 2 HTML pages, 1 BPMN file, 0 failures/);
  assert.deepEqual(readdirSync(shots).sort(), [
    'bpmn-01-good_process.bpmn.png',
    'diagram-01-good_lanes.md-3.png', 'diagram-02-good_lanes.md-20.png', 'diagram-03-good_sequence.mmd-1.png',
    'page-01-good_site_index.html.png', 'page-02-good_site_sub_page.html.png',
  ]);
});

test('each bad file fails with its own message', () => {
  const r = run(path.join(dir, 'bad'));
  assert.equal(r.code, 1, r.out);
  for (const [name, [, message]] of Object.entries(BAD)) {
    const lines = r.out.split('\n').filter((l) => l.includes(name));
    assert.ok(lines.some((l) => l.includes(message)), `${name}: expected "${message}" in:\n${r.out}`);
  }
  assert.match(r.out, /links\.html: broken anchor href="#nowhere"/);
  assert.match(r.out, /errors\.html: uncaught error: Cannot read properties of null/);
});

test('a PATH without documents is a failure', () => {
  const r = run(path.join(dir, 'nothing'));
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /no \.md, \.mmd, \.html or \.bpmn files found here/);
});

test('usage errors exit 2', () => {
  assert.equal(run().code, 2);
  assert.equal(run(path.join(dir, 'does-not-exist')).code, 2);
  assert.equal(run('--bogus', dir).code, 2);
  assert.equal(run('--screenshots').code, 2);
  assert.ok(!existsSync(path.join(dir, 'does-not-exist')));
});
