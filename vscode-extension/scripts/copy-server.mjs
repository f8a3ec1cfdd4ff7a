// Puts the language server (the CLI's shaded jar) into the extension as 'server/wfa.jar'.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { extensionRoot } from './grammar.mjs';

const jar = path.resolve(extensionRoot, '..', 'cli', 'target', 'wfa.jar');
if (!existsSync(jar)) {
  console.error(`copy-server: '${jar}' does not exist; expected the CLI's jar. Build it first: ` +
    `'mvn -q -o package -pl cli -am -DskipTests' in the repository root.`);
  process.exit(1);
}
mkdirSync(path.join(extensionRoot, 'server'), { recursive: true });
copyFileSync(jar, path.join(extensionRoot, 'server', 'wfa.jar'));
