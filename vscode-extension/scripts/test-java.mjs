// Unit test of the Java discovery (src/java.ts, which does not need VS Code): version parsing,
// precedence of 'wfa.java.home' over JAVA_HOME over the PATH, and the messages for a missing or
// too old Java, and which settings page its 'Open Settings' opens (local or remote window). Fake 'java' executables print what real ones print to standard error.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { extensionRoot } from './grammar.mjs';

const out = path.join(extensionRoot, 'out', 'test-java');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({ entryPoints: [path.join(extensionRoot, 'src', 'java.ts')], bundle: true, platform: 'node', format: 'cjs',
  outfile: path.join(out, 'java.cjs'), logLevel: 'warning' });
const { findJava, javaHomeSettingsCommand, parseJavaVersion } = createRequire(import.meta.url)(path.join(out, 'java.cjs'));

function fakeJdk(name, versionLine) {
  const bin = path.join(out, name, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'java'), `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(path.join(bin, 'java'), 0o755);
  return path.join(out, name);
}

const tests = {
  "opens the remote settings at 'wfa.java.home' in a remote window, else the user settings": () => {
    assert.deepEqual(javaHomeSettingsCommand(undefined),
      { command: 'workbench.action.openSettings', args: ['wfa.java.home'] });
    // code-server's remote name is its authority; the remote command takes an options object.
    assert.deepEqual(javaHomeSettingsCommand('127.0.0.1:8080'),
      { command: 'workbench.action.openRemoteSettings', args: [{ query: 'wfa.java.home' }] });
    assert.deepEqual(javaHomeSettingsCommand('ssh-remote'),
      { command: 'workbench.action.openRemoteSettings', args: [{ query: 'wfa.java.home' }] });
  },
  'reads the feature release of modern and legacy version strings': () => {
    assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), 17);
    assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
    assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
    assert.equal(parseJavaVersion('no version here'), undefined);
  },
  'prefers the setting over JAVA_HOME': async () => {
    const setting = fakeJdk('jdk21', 'openjdk version "21.0.1" 2023-10-17');
    const env = { JAVA_HOME: fakeJdk('jdk17', 'openjdk version "17.0.2" 2022-01-18'), PATH: '' };
    const java = await findJava(setting, env);
    assert.equal(java.version, 21);
    assert.equal(java.executable, path.join(setting, 'bin', 'java'));
    assert.match(java.source, /wfa\.java\.home/);
  },
  'uses JAVA_HOME when the setting is empty': async () => {
    const java = await findJava('', { JAVA_HOME: fakeJdk('jdk17', 'openjdk version "17.0.2" 2022-01-18') });
    assert.equal(java.version, 17);
    assert.match(java.source, /JAVA_HOME/);
  },
  'rejects Java 8 and says how to set wfa.java.home': async () => {
    const old = fakeJdk('jdk8', 'java version "1.8.0_392"');
    await assert.rejects(findJava(old, {}), (error) => {
      assert.match(error.message, /needs Java 17 or newer/);
      assert.match(error.message, /is Java 8/);
      assert.match(error.message, /'wfa\.java\.home'/);
      return true;
    });
  },
  'rejects a wfa.java.home without bin/java, quoting the folder': async () => {
    await assert.rejects(findJava(path.join(out, 'nowhere'), {}), (error) => {
      assert.match(error.message, /'wfa\.java\.home' is '.*nowhere'/);
      assert.match(error.message, /expected the folder of a Java 17\+ installation/);
      return true;
    });
  },
};

let failed = 0;
for (const [name, test] of Object.entries(tests)) {
  try {
    await test();
  } catch (error) {
    failed++;
    console.error(`test-java: FAIL ${name}: ${error.message}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`test-java: ${Object.keys(tests).length} tests passed`);
