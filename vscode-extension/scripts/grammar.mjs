// Loads the extension's TextMate grammar with the same engine VS Code uses (vscode-textmate on
// the Oniguruma regex library), so the build checks what the editor will colour.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const here = path.dirname(fileURLToPath(import.meta.url));
export const extensionRoot = path.resolve(here, '..');

export async function loadWfaGrammar() {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.wfa') return null;
      const file = path.join(extensionRoot, 'syntaxes', 'wfa.tmLanguage.json');
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  return registry.loadGrammar('source.wfa');
}
