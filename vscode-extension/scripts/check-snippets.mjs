// Build check: every snippet, expanded with its default values, is valid WFA. Each one is put
// into a small harness workflow that declares what its defaults refer to (the role 'Team.Role',
// the case data 'condition', the steps its arrows lead to), and the bundled CLI's 'check' must
// find no error in it (warnings are expected: the harness is not a sensible workflow).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionRoot } from './grammar.mjs';

const jar = path.resolve(extensionRoot, '..', 'cli', 'target', 'wfa.jar');
if (!existsSync(jar)) {
  console.error(`check-snippets: '${jar}' does not exist; expected the CLI's jar. Build it first: ` +
    `'mvn -q package -pl cli -am -DskipTests' in the repository root.`);
  process.exit(1);
}
const snippets = JSON.parse(readFileSync(path.join(extensionRoot, 'snippets', 'wfa.json'), 'utf8'));
const dir = path.join(extensionRoot, 'out', 'snippet-check');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'org.wfa'), 'package org\n\nteam Team {\n    role Role\n    role Other\n}\n');

/** The snippet body with every placeholder, tab stop and choice replaced by its default. */
function expand(body) {
  let text = body.join('\n').replace(/\t/g, '    ');
  let previous;
  do {
    previous = text;
    text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  } while (text !== previous);
  return text.replace(/\$\{?\d+\}?/g, '');
}

const files = [];
for (const [title, snippet] of Object.entries(snippets)) {
  const text = expand(snippet.body);
  const file = `${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.wfa`;
  files.push([title, file]);
  if (text.startsWith('workflow ')) {
    writeFileSync(path.join(dir, file), `package snippets\n\nimport org.*\n\n${text}\n`);
    continue;
  }
  const declared = new Set([...text.matchAll(/^\s*(?:stage|call|decision|approval|fork|join|wait|end)\s+(\w+)/gm)].map((m) => m[1]));
  const referenced = new Set([...text.matchAll(/(?:->|approves)\s+(\w+)/g)].map((m) => m[1]));
  const subjects = new Set([...text.matchAll(/approves\s+(\w+)/g)].map((m) => m[1]));
  const first = [...declared][0];
  const extra = [...referenced].filter((n) => !declared.has(n)).map((n) => subjects.has(n)
    ? `    stage ${n} {\n        responsible Team.Other\n        accountable Team.Other\n        -> ${first}\n    }`
    : `    end ${n}`);
  const indented = text.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  writeFileSync(path.join(dir, file), `package snippets\n\nimport org.*\n\nworkflow Harness {\n    owner Team.Role\n` +
    `    data {\n        condition: boolean\n    }\n    start -> ${first}\n\n${indented}\n\n${extra.join('\n')}\n}\n`);
}

let failed = 0;
for (const [title, file] of files) {
  try {
    execFileSync('java', ['-jar', jar, 'check', path.join(dir, 'org.wfa'), path.join(dir, file)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    failed++;
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter((l) => l.includes('error')).join('\n  ');
    console.error(`check-snippets: the snippet '${title}' expands to invalid WFA ('${path.join(dir, file)}'):\n  ${output}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`check-snippets: all ${files.length} snippets expand to valid WFA`);
