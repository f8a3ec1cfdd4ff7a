#!/usr/bin/env node
// Offline dependency audit: checks the resolved versions of what WFA ships (Maven dependency
// trees written by `mvn dependency:tree`, npm lock files) against a checked-in advisory table.
// A curated table, not a live database: see docs/reliability.md ("Dependencies").
//
//   node audit.mjs [--table advisories.tsv] --maven <tree.txt>... --npm <package-lock.json>...
//   node audit.mjs --self-test
//
// Exit 0: no shipped version is in an affected range. Exit 1: at least one is (each printed with
// the advisory and the first fixed version). Exit 2: bad input (unreadable file, malformed row).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

class InputError extends Error {}

// ---- versions ----------------------------------------------------------------------------------

// Qualifiers that sort before the release they qualify (1.0-rc1 < 1.0), as Maven and semver do.
const PRE_RELEASE = /^(alpha|a|beta|b|milestone|m|rc|cr|preview|pre|snapshot|dev|next|canary)\d*$/i;

function tokens(version) {
  return version.split(/[.\-+_]/).filter(t => t !== '').map(t => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}

/** Negative, zero or positive as a sorts before, with or after b. */
export function compareVersions(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (p === undefined) return -tail(q);
    if (q === undefined) return tail(p);
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    // A number beats a word at the same place: 1.0.1 > 1.0-jre, 1.0.1 > 1.0-rc1.
    if (typeof p === 'number') return 1;
    if (typeof q === 'number') return -1;
    const pp = PRE_RELEASE.test(p);
    const qp = PRE_RELEASE.test(q);
    if (pp !== qp) return pp ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

// How a version compares with its prefix when it has `token` beyond it: 1.0.1 > 1.0, 1.0-rc1 < 1.0,
// 1.0.0 == 1.0, 33.5.0-jre == 33.5.0 (a flavour, not a pre-release).
function tail(token) {
  if (typeof token === 'number') return token > 0 ? 1 : 0;
  return PRE_RELEASE.test(token) ? -1 : 0;
}

// ---- inputs ------------------------------------------------------------------------------------

export function readAdvisories(text, source) {
  const rows = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 7) {
      throw new InputError(`${source}:${index + 1}: expected 7 tab-separated columns (ecosystem, package, introduced, fixed, id, summary, source), found ${cells.length}`);
    }
    const [ecosystem, pkg, introduced, fixed, id, summary, checked] = cells.map(c => c.trim());
    if (!['maven', 'npm'].includes(ecosystem)) {
      throw new InputError(`${source}:${index + 1}: unknown ecosystem '${ecosystem}': expected 'maven' or 'npm'`);
    }
    rows.push({ ecosystem, pkg, introduced, fixed, id, summary, checked, line: index + 1 });
  });
  return rows;
}

// `mvn dependency:tree` text: the root line, then "+- group:artifact:type[:classifier]:version:scope".
export function readMavenTree(text, source) {
  const lines = text.split('\n').filter(l => l.trim() !== '');
  if (lines.length === 0) throw new InputError(`${source}: empty dependency tree`);
  const shippedBy = lines[0].trim().split(':').slice(0, 2).join(':');
  const ownGroup = shippedBy.split(':')[0];
  const found = [];
  for (const line of lines.slice(1)) {
    const coordinates = line.replace(/^[\s|+\\-]*/, '').split(' ')[0];
    const parts = coordinates.split(':');
    if (parts.length < 5) throw new InputError(`${source}: cannot read the dependency '${line.trim()}'`);
    const scope = parts[parts.length - 1];
    if (scope === 'test' || scope === 'provided' || scope === 'system') continue;
    if (parts[0] === ownGroup) continue; // WFA's own modules
    found.push({ ecosystem: 'maven', pkg: `${parts[0]}:${parts[1]}`, version: parts[parts.length - 2], shippedBy });
  }
  return found;
}

// package-lock.json (lockfileVersion 2 or 3): every installed package not marked dev-only.
export function readNpmLock(text, source) {
  let lock;
  try {
    lock = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${source}: not valid JSON: ${e.message}`);
  }
  if (!lock.packages) throw new InputError(`${source}: no 'packages' section: expected lockfileVersion 2 or 3`);
  const shippedBy = `npm:${lock.name ?? source}`;
  const found = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.link) continue;
    const pkg = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    found.push({ ecosystem: 'npm', pkg, version: entry.version, shippedBy });
  }
  return found;
}

// ---- the check ---------------------------------------------------------------------------------

function affects(row, version) {
  if (row.introduced !== '0' && compareVersions(version, row.introduced) < 0) return false;
  return row.fixed === '-' || compareVersions(version, row.fixed) < 0;
}

export function audit(dependencies, advisories) {
  const byKey = new Map();
  for (const d of dependencies) {
    const key = `${d.ecosystem} ${d.pkg} ${d.version}`;
    if (!byKey.has(key)) byKey.set(key, { ...d, shippedBy: new Set() });
    byKey.get(key).shippedBy.add(d.shippedBy);
  }
  const unique = [...byKey.values()].sort((a, b) => `${a.ecosystem} ${a.pkg}`.localeCompare(`${b.ecosystem} ${b.pkg}`) || compareVersions(a.version, b.version));
  const findings = [];
  const assessed = [];
  const unassessed = [];
  for (const d of unique) {
    const rows = advisories.filter(r => r.ecosystem === d.ecosystem && r.pkg === d.pkg);
    (rows.length === 0 ? unassessed : assessed).push(d);
    for (const row of rows) if (affects(row, d.version)) findings.push({ dependency: d, advisory: row });
  }
  return { findings, assessed, unassessed };
}

function name(d) {
  return `${d.ecosystem} ${d.pkg} ${d.version}`;
}

function report(result, out) {
  out(`Assessed (${result.assessed.length}): every advisory in the table for these packages was checked against the version`);
  for (const d of result.assessed) out(`  ${name(d)}  (${[...d.shippedBy].sort().join(', ')})`);
  out(`Not assessed (${result.unassessed.length}): no entry in the table; nothing is known either way`);
  for (const d of result.unassessed) out(`  ${name(d)}  (${[...d.shippedBy].sort().join(', ')})`);
  if (result.findings.length === 0) {
    out('No shipped version is in an affected range of the table.');
    return;
  }
  out(`VULNERABLE (${result.findings.length}):`);
  for (const { dependency: d, advisory: a } of result.findings) {
    const fix = a.fixed === '-' ? 'no fixed version' : `fixed in ${a.fixed}`;
    out(`  ${name(d)} in ${[...d.shippedBy].sort().join(', ')}: ${a.id} (${fix}): ${a.summary}`);
  }
}

// ---- self-test: the check must be able to fail -------------------------------------------------

function selfTest(advisories) {
  const failures = [];
  const expect = (what, ok) => { if (!ok) failures.push(what); };
  const cmp = (a, b) => Math.sign(compareVersions(a, b));
  expect('1.33 < 2.0', cmp('1.33', '2.0') === -1);
  expect('2.0 == 2.0.0', cmp('2.0', '2.0.0') === 0);
  expect('2.8.9 > 2.8.8', cmp('2.8.9', '2.8.8') === 1);
  expect('2.10 > 2.9', cmp('2.10', '2.9') === 1);
  expect('33.5.0-jre >= 32.0.0', cmp('33.5.0-jre', '32.0.0') === 1);
  expect('32.0.0-rc1 < 32.0.0', cmp('32.0.0-rc1', '32.0.0') === -1);
  expect('1.2.26 > 1.2.18.3', cmp('1.2.26', '1.2.18.3') === 1);
  expect('1.2.18.2 < 1.2.18.3', cmp('1.2.18.2', '1.2.18.3') === -1);

  const tree = [
    'org.wfa:wfa-cli:jar:0.1.0-SNAPSHOT',
    '+- org.yaml:snakeyaml:jar:1.33:compile',
    '+- com.google.code.gson:gson:jar:2.8.8:compile',
    '+- com.google.guava:guava:jar:31.1-jre:compile',
    '+- ch.qos.reload4j:reload4j:jar:1.2.18.2:compile',
    '|  \\- log4j:log4j:jar:1.2.17:runtime',
    '+- org.example:never-heard-of:jar:1.0:compile',
    '\\- junit:junit:jar:4.12:test',
  ].join('\n');
  const lock = JSON.stringify({ name: 'fake', lockfileVersion: 3, packages: {
    '': { name: 'fake' },
    'node_modules/vscode-languageclient/node_modules/semver': { version: '7.5.1' },
    'node_modules/minimatch': { version: '5.1.9' },
    'node_modules/typescript': { version: '5.0.0', dev: true },
  } });
  const result = audit([...readMavenTree(tree, 'self-test tree'), ...readNpmLock(lock, 'self-test lock')], advisories);
  const flagged = id => result.findings.some(f => `${f.dependency.pkg} ${f.advisory.id}` === id);
  expect('snakeyaml 1.33 flagged for CVE-2022-1471', flagged('org.yaml:snakeyaml CVE-2022-1471'));
  expect('gson 2.8.8 flagged for CVE-2022-25647', flagged('com.google.code.gson:gson CVE-2022-25647'));
  expect('guava 31.1-jre flagged for CVE-2023-2976', flagged('com.google.guava:guava CVE-2023-2976'));
  expect('reload4j 1.2.18.2 flagged for CVE-2020-9488', flagged('ch.qos.reload4j:reload4j CVE-2020-9488'));
  expect('reload4j 1.2.18.2 not flagged for CVE-2022-23305 (fixed in 1.2.18.2)', !flagged('ch.qos.reload4j:reload4j CVE-2022-23305'));
  expect('semver 7.5.1 (nested in the lock file) flagged for CVE-2022-25883', flagged('semver CVE-2022-25883'));
  expect('log4j 1.2.17 flagged although no fixed version exists', flagged('log4j:log4j CVE-2019-17571'));
  expect('minimatch 5.1.9 not flagged', !result.findings.some(f => f.dependency.pkg === 'minimatch'));
  expect('an unknown package is listed as not assessed', result.unassessed.some(d => d.pkg === 'org.example:never-heard-of'));
  expect('test-scope junit is not audited', ![...result.assessed, ...result.unassessed].some(d => d.pkg === 'junit:junit'));
  expect('dev-only typescript is not audited', ![...result.assessed, ...result.unassessed].some(d => d.pkg === 'typescript'));
  let rejected = false;
  try { readAdvisories('maven\tx:y\t0\n', 'bad.tsv'); } catch (e) { rejected = e instanceof InputError; }
  expect('a malformed table row is rejected', rejected);

  if (failures.length > 0) {
    console.error(`dependency audit self-test: ${failures.length} check(s) failed:`);
    for (const f of failures) console.error(`  ${f}`);
    return 1;
  }
  console.log(`dependency audit self-test: ${result.findings.length} fake vulnerable versions flagged; all checks passed`);
  return 0;
}

// ---- command line ------------------------------------------------------------------------------

function main(argv) {
  let table = join(here, 'advisories.tsv');
  const maven = [];
  const npm = [];
  let self = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new InputError(`option '${arg}' needs a file`);
      return argv[++i];
    };
    if (arg === '--table') table = value();
    else if (arg === '--maven') maven.push(value());
    else if (arg === '--npm') npm.push(value());
    else if (arg === '--self-test') self = true;
    else throw new InputError(`unknown argument '${arg}': expected --table, --maven, --npm or --self-test`);
  }
  const read = file => {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      throw new InputError(`cannot read '${file}': ${e.code ?? e.message}`);
    }
  };
  const advisories = readAdvisories(read(table), table);
  if (self) return selfTest(advisories);
  if (maven.length + npm.length === 0) throw new InputError('nothing to audit: give --maven <tree.txt> and/or --npm <package-lock.json>');
  const dependencies = [
    ...maven.flatMap(f => readMavenTree(read(f), f)),
    ...npm.flatMap(f => readNpmLock(read(f), f)),
  ];
  const tableText = read(table);
  const date = (tableText.match(/^# Table date: (.*)$/m) ?? [])[1] ?? 'undated';
  console.log(`Dependency audit against ${table} (${advisories.length} rows, table date ${date})`);
  const result = audit(dependencies, advisories);
  report(result, line => console.log(line));
  return result.findings.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    console.error(`dependency audit: ${e.message}`);
    process.exitCode = 2;
  }
}
