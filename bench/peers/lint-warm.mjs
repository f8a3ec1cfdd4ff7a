#!/usr/bin/env node
// Warm, in-process throughput of the peer: bpmn-moddle parses and bpmnlint (recommended rules)
// lints every BPMN file under DIR, round after round, in one long-lived process, the way an
// editor integration or a watch-mode build would use it. Prints one line of JSON.
//
//   node lint-warm.mjs DIR [ROUNDS] [WARMUP]
//
// Files are read into memory once, before any timing, so the figures exclude disk I/O
// (like WFA's warm in-process figures). One BpmnModdle serves every file, as in the CLI; each file
// gets a Linter of its own, as in the CLI, because some rules keep state in their instance
// (no-duplicate-sequence-flows remembers every flow it saw: a shared Linter reports flows of one
// file as duplicates of another's). The rule modules themselves load once (require's cache).

import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BpmnModdle } from 'bpmn-moddle';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const bpmnlintVersion = require('bpmnlint/package.json').version;
const moddleVersion = require('bpmn-moddle/package.json').version;

// Enough rounds that a 10,000-stage workspace takes a minute or two on a 2-core machine.
const DEFAULT_ROUNDS = 5;
const DEFAULT_WARMUP = 3;

function fail(message) {
  console.error(`lint-warm: ${message}`);
  process.exit(2);
}

function count(arg, name, fallback) {
  if (arg === undefined) {
    return fallback;
  }
  const value = Number(arg);
  if (!Number.isInteger(value) || value < 0 || (name === 'ROUNDS' && value === 0)) {
    fail(`${name} '${arg}' is not a valid number of rounds (expected a whole number${name === 'ROUNDS' ? ' >= 1' : ' >= 0'})`);
  }
  return value;
}

async function bpmnFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...await bpmnFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.bpmn')) {
      found.push(full);
    }
  }
  return found;
}

// The CLI reads .bpmnlintrc from its working directory and resolves 'extends' with a NodeResolver
// scoped there; this does the same, scoped to this folder, so the script runs from anywhere.
async function loadConfig() {
  const file = path.join(here, '.bpmnlintrc');
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    fail(`cannot read '${file}': ${error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`'${file}' is not valid JSON: ${error.message}`);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts the flow nodes of a parsed definitions element, by kind, walking every process and sub-process. */
function countFlowNodes(definitions, totals) {
  const seen = new Set();
  const visit = (element) => {
    if (!element || typeof element !== 'object' || seen.has(element)) {
      return;
    }
    seen.add(element);
    if (element.$instanceOf && element.$instanceOf('bpmn:FlowNode')) {
      totals.flowNodes++;
      if (element.$instanceOf('bpmn:Activity')) {
        totals.activities++;
      } else if (element.$instanceOf('bpmn:Gateway')) {
        totals.gateways++;
      } else if (element.$instanceOf('bpmn:Event')) {
        totals.events++;
      }
    }
    for (const key of ['rootElements', 'flowElements']) {
      for (const child of element[key] || []) {
        visit(child);
      }
    }
  };
  visit(definitions);
}

async function parse(moddle, file) {
  try {
    return await moddle.fromXML(file.xml);
  } catch (error) {
    fail(`'${file.path}': bpmn-moddle cannot parse it: ${error.message.split('\n')[0]}`);
  }
}

/** One pass over every file; returns the time spent parsing and linting, and the reports by rule. */
async function round(moddle, newLinter, files) {
  let parseNs = 0n;
  let lintNs = 0n;
  const reportsByRule = {};
  let importWarnings = 0;
  for (const file of files) {
    const t0 = process.hrtime.bigint();
    const { rootElement, warnings } = await parse(moddle, file);
    const t1 = process.hrtime.bigint();
    const results = await newLinter().lint(rootElement);
    const t2 = process.hrtime.bigint();
    parseNs += t1 - t0;
    lintNs += t2 - t1;
    importWarnings += warnings.length;
    for (const [rule, reports] of Object.entries(results)) {
      reportsByRule[rule] = (reportsByRule[rule] || 0) + reports.length;
    }
  }
  return { parseNs, lintNs, reportsByRule, importWarnings };
}

async function main() {
  const [dir, roundsArg, warmupArg] = process.argv.slice(2);
  if (!dir) {
    fail('usage: node lint-warm.mjs DIR [ROUNDS] [WARMUP]');
  }
  const rounds = count(roundsArg, 'ROUNDS', DEFAULT_ROUNDS);
  const warmup = count(warmupArg, 'WARMUP', DEFAULT_WARMUP);
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    fail(`cannot read directory '${dir}': ${error.code || error.message}`);
  }
  if (!info.isDirectory()) {
    fail(`'${dir}' is not a directory (expected the folder holding the generated .bpmn files)`);
  }
  const paths = (await bpmnFiles(dir)).sort();
  if (paths.length === 0) {
    fail(`no .bpmn files under '${dir}' (expected the output of 'wfa build --target bpmn:...')`);
  }
  const files = [];
  let bytes = 0;
  for (const file of paths) {
    const buffer = await readFile(file);
    bytes += buffer.length;
    files.push({ path: file, xml: buffer.toString('utf8') });
  }

  const config = await loadConfig();
  const moddle = new BpmnModdle();
  const scopedRequire = createRequire(path.join(here, '__placeholder__.js'));
  const newLinter = () => new Linter({ config, resolver: new NodeResolver({ require: scopedRequire }) });

  // Counted outside the timed rounds, on a moddle of its own.
  const counts = { flowNodes: 0, activities: 0, gateways: 0, events: 0 };
  const counter = new BpmnModdle();
  for (const file of files) {
    countFlowNodes((await parse(counter, file)).rootElement, counts);
  }

  for (let i = 0; i < warmup; i++) {
    await round(moddle, newLinter, files);
  }
  const totals = [];
  const parses = [];
  const lints = [];
  let findings;
  for (let i = 0; i < rounds; i++) {
    const result = await round(moddle, newLinter, files);
    parses.push(Number(result.parseNs) / 1e9);
    lints.push(Number(result.lintNs) / 1e9);
    totals.push(Number(result.parseNs + result.lintNs) / 1e9);
    const signature = JSON.stringify(result.reportsByRule);
    if (findings && findings.signature !== signature) {
      fail('bpmnlint reported different findings in different rounds (expected the same reports every round)');
    }
    findings = { signature, reportsByRule: result.reportsByRule, importWarnings: result.importWarnings };
  }
  const perRound = median(totals);
  const reportsByRule = Object.fromEntries(Object.entries(findings.reportsByRule).sort(([a], [b]) => a.localeCompare(b)));
  console.log(JSON.stringify({
    tool: 'bpmnlint',
    bpmnlint: bpmnlintVersion,
    bpmnModdle: moddleVersion,
    node: process.versions.node,
    config: config.extends,
    dir,
    files: files.length,
    bytes,
    flowNodes: counts.flowNodes,
    activities: counts.activities,
    gateways: counts.gateways,
    events: counts.events,
    warmupRounds: warmup,
    rounds,
    medianSecondsPerRound: round6(perRound),
    minSecondsPerRound: round6(Math.min(...totals)),
    maxSecondsPerRound: round6(Math.max(...totals)),
    medianParseSeconds: round6(median(parses)),
    medianLintSeconds: round6(median(lints)),
    filesPerSecond: round1(files.length / perRound),
    flowNodesPerSecond: round1(counts.flowNodes / perRound),
    activitiesPerSecond: round1(counts.activities / perRound),
    bytesPerSecond: Math.round(bytes / perRound),
    reports: Object.values(reportsByRule).reduce((a, b) => a + b, 0),
    importWarnings: findings.importWarnings,
    reportsByRule
  }));
}

function round6(value) {
  return Math.round(value * 1e6) / 1e6;
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

main().catch((error) => {
  console.error(`lint-warm: ${error.message || error}`);
  process.exit(1);
});
