// End-to-end test of the packaged extension in the real VS Code workbench (code-server), driven
// by Playwright in Debian's Chromium. Everything is asserted from what the page shows; each step
// leaves a screenshot in out/screenshots/. Prerequisites: code-server (e2e.sh installs it and passes its path in WFA_CODE_SERVER) and
// 'npm run package'. Exits non-zero when any assertion fails.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `wfa-${version}.vsix`);
// e2e.sh installs code-server in a cache outside the clone and says where.
const codeServer = process.env.WFA_CODE_SERVER || path.join(root, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');
const run = path.join(root, '.e2e', 'run');
const shots = path.join(root, 'out', 'screenshots');
const workspace = path.join(run, 'workspace');
const started = Date.now();

for (const [file, hint] of [[vsix, "run 'npm run package'"], [codeServer, "run './e2e.sh'"], ['/usr/bin/chromium', "install Debian's 'chromium'"]]) {
  if (!existsSync(file)) {
    console.error(`e2e: '${file}' is missing: ${hint} first (or run './e2e.sh', which does everything).`);
    process.exit(2);
  }
}

// A fresh VS Code profile, extensions folder, browser profile and workspace every run.
rmSync(run, { recursive: true, force: true });
rmSync(shots, { recursive: true, force: true });
for (const dir of ['user-data/User', 'extensions', 'browser', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp']) {
  mkdirSync(path.join(run, dir), { recursive: true });
}
mkdirSync(shots, { recursive: true });
cpSync(path.resolve(root, '..', 'examples'), workspace, { recursive: true });
// The examples as the last commit, for the semantic diff: the changes below are the working tree's.
for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'commit', '-q', '-m', 'examples']]) {
  const git = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  if (git.status !== 0) {
    console.error(`e2e: 'git ${args.join(' ')}' failed in the test workspace: ${git.error?.message ?? git.stderr}`);
    process.exit(2);
  }
}
// The broken copy: an unknown role (a validator error with a suggestion) and a decision without
// 'otherwise' (a validator error whose quick fix adds one).
const onboarding = path.join(workspace, 'hr', 'onboarding.wfa');
const original = readFileSync(onboarding, 'utf8');
const broken = original
  .replace('    stage chaseSignature "Chase contract signature" {\n        responsible HR.Recruiter',
    '    stage chaseSignature "Chase contract signature" {\n        responsible HR.Recruitr')
  .replace('        when candidateWithdrew -> offerWithdrawn "withdrew"\n        otherwise -> contractSigned\n',
    '        when candidateWithdrew -> offerWithdrawn "withdrew"\n');
if (broken === original || !broken.includes('HR.Recruitr') || broken.includes('otherwise -> contractSigned')) {
  console.error("e2e: 'examples/hr/onboarding.wfa' changed: expected the lines this test breaks (chaseSignature's 'responsible HR.Recruiter', stillJoining's 'otherwise').");
  process.exit(2);
}
writeFileSync(onboarding, broken);
// A folder whose bin/java reports Java 11, for the last steps' 'wfa.java.home'.
const oldJdk = path.join(run, 'old-jdk');
mkdirSync(path.join(oldJdk, 'bin'), { recursive: true });
writeFileSync(path.join(oldJdk, 'bin', 'java'), "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
chmodSync(path.join(oldJdk, 'bin', 'java'), 0o755);
writeFileSync(path.join(run, 'user-data', 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'wfa.preview.delay': 200,
  'wfa.trace.server': 'verbose',
  // A reload must not wait for a 'leave the page?' dialog.
  'window.confirmBeforeClose': 'never',
  'git.openRepositoryInParentFolders': 'never',
}, null, 2));

const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(run, 'xdg', 'config'),
  XDG_DATA_HOME: path.join(run, 'xdg', 'data'),
  XDG_CACHE_HOME: path.join(run, 'xdg', 'cache'),
  TMPDIR: path.join(run, 'tmp'),
};
const csArgs = ['--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')];

function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}

const install = spawnSync(codeServer, [...csArgs, '--install-extension', vsix], { env, encoding: 'utf8' });
if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
  console.error(`e2e: installing '${vsix}' into code-server failed:\n${install.stdout}\n${install.stderr}`);
  process.exit(1);
}
console.log(`e2e: extension installed (${elapsed()})`);

const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
// Its own process group, so that stopping it also stops the extension host and the Java server.
const server = spawn(codeServer, [...csArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace],
{ env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

function stopServer() {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
}
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopServer(); process.exit(130); });

const results = [];
let context;
try {
  await waitForHealth(port);
  console.log(`e2e: code-server ready on port ${port} (${elapsed()})`);
  context = await chromium.launchPersistentContext(path.join(run, 'browser'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  console.log(`e2e: workbench loaded (${elapsed()})`);
  const { steps } = await import('./steps.mjs');
  await steps({ page, step: makeStep(page), workspace, onboarding, machineSettings: path.join(run, 'user-data', 'Machine', 'settings.json'), oldJdk });
} catch (error) {
  results.push({ name: 'the test ran to the end', ok: false, detail: error instanceof Error ? error.stack : String(error) });
} finally {
  await context?.close().catch(() => {});
  stopServer();
}

function makeStep(page) {
  return async function step(name, body) {
    const t0 = Date.now();
    let ok = true;
    let detail = '';
    try {
      detail = (await body()) ?? '';
    } catch (error) {
      ok = false;
      detail = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
    }
    const shot = path.join(shots, `${String(results.length + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    results.push({ name, ok, detail, seconds: (Date.now() - t0) / 1000 });
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)${detail ? `: ${detail}` : ''}`);
    return ok;
  };
}

async function waitForHealth(p) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${p}/healthz`);
      if (response.status === 200) return;
    } catch { /* not listening yet */ }
    if (server.exitCode !== null) throw new Error(`code-server exited with status ${server.exitCode}:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer '/healthz' within 60 s:\n${serverLog}`);
}

const failed = results.filter((r) => !r.ok);
console.log(`e2e: ${results.length - failed.length} of ${results.length} checks passed in ${elapsed()}; screenshots in '${shots}'`);
for (const f of failed) console.log(`  FAILED: ${f.name}\n    ${f.detail.replace(/\n/g, '\n    ')}`);
process.exitCode = failed.length === 0 && results.length > 0 ? 0 : 1;
