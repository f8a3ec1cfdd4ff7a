// Build check: every keyword of the Xtext grammar (its quoted literals that are words) must be
// coloured by the TextMate grammar. A keyword added to Wfa.xtext but forgotten here fails the
// build instead of silently rendering as a plain identifier.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionRoot, loadWfaGrammar } from './grammar.mjs';

const xtextFile = path.resolve(extensionRoot, '..', 'dsl', 'src', 'main', 'java', 'org', 'wfa', 'dsl', 'Wfa.xtext');
const KEYWORD_SCOPES = ['keyword.', 'storage.', 'constant.language.', 'support.type.'];

/** Quoted literals of the grammar that are words ('stage', '@allow'), without comments' text. */
export function xtextKeywords(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const keywords = new Set();
  for (const match of code.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
    if (/^@?[A-Za-z_][A-Za-z_]*$/.test(match[1])) keywords.add(match[1]);
  }
  return [...keywords].sort();
}

const keywords = xtextKeywords(readFileSync(xtextFile, 'utf8'));
if (keywords.length < 50) {
  console.error(`check-keywords: expected the grammar '${xtextFile}' to have dozens of keywords, found ${keywords.length}`);
  process.exit(1);
}
const grammar = await loadWfaGrammar();
const missing = [];
for (const keyword of keywords) {
  const { tokens } = grammar.tokenizeLine(keyword, null);
  const whole = tokens.find((t) => t.startIndex === 0 && t.endIndex >= keyword.length);
  const scope = whole?.scopes.at(-1) ?? '';
  if (!KEYWORD_SCOPES.some((prefix) => scope.startsWith(prefix))) missing.push(`'${keyword}' (scoped '${scope}')`);
}
if (missing.length > 0) {
  console.error(`check-keywords: ${missing.length} keyword(s) of Wfa.xtext are not matched by syntaxes/wfa.tmLanguage.json ` +
    `as one of ${KEYWORD_SCOPES.map((s) => `'${s}*'`).join(', ')}:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-keywords: all ${keywords.length} keywords of Wfa.xtext are coloured`);
