// The checks of the end-to-end test, in the order a user would meet the features. Each step
// asserts from the page (DOM, computed colours, the webview's SVG) and returns what it saw.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const EDITOR = '.monaco-editor[data-uri$="FILE"]';

export async function steps({ page, step, workspace, onboarding, machineSettings, oldJdk }) {
  const text = readFileSync(onboarding, 'utf8').split('\n');
  /** 1-based line and column of the first occurrence of a text. */
  const at = (needle, offsetInNeedle = 0) => {
    const index = text.findIndex((l) => l.includes(needle));
    if (index < 0) throw new Error(`the test file has no line with '${needle}'`);
    return { line: index + 1, column: text[index].indexOf(needle) + 1 + offsetInNeedle };
  };
  const editor = (file) => page.locator(`${EDITOR.replace('FILE', file)}`).first();
  const activeTab = () => page.locator('.tabs-container .tab.active').first();

  async function quickOpen(name) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await expectText(activeTab(), name.split('/').pop(), 15000);
  }

  /** Moves the active editor's cursor through Quick Open's ':line:column', which works wherever the focus is. */
  async function gotoLine({ line, column }) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }

  async function command(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
  }

  async function expectText(locator, expected, timeout = 30000) {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = (await locator.textContent({ timeout: 1000 }).catch(() => '')) ?? '';
      if (last.includes(expected)) return last;
      await page.waitForTimeout(250);
    }
    throw new Error(`expected '${expected}' in the text, found '${last.slice(0, 300)}'`);
  }

  const line = (file, contains) => editor(file).locator('.view-lines .view-line', { hasText: contains }).first();

  await step('a .wfa file opens in the WFA language mode', async () => {
    await quickOpen('hr/onboarding.wfa');
    await editor('onboarding.wfa').waitFor();
    return `language mode '${await expectText(page.locator('#status\\.editor\\.mode'), 'WFA', 15000)}'`;
  });

  await step('syntax colouring: a keyword and an identifier have different colours', async () => {
    const packageLine = line('onboarding.wfa', 'package acme.hr');
    await packageLine.waitFor();
    const colourOf = async (word) => {
      const span = packageLine.locator('span > span', { hasText: word }).first();
      return span.evaluate((e) => getComputedStyle(e).color);
    };
    const keyword = await colourOf('package');
    const name = await colourOf('acme');
    if (keyword === name) throw new Error(`'package' and 'acme.hr' are both coloured '${keyword}'`);
    const workflowLine = line('onboarding.wfa', 'workflow EmployeeOnboarding');
    const workflowKeyword = await workflowLine.locator('span > span', { hasText: 'workflow' }).first().evaluate((e) => getComputedStyle(e).color);
    return `'package' ${keyword}, 'acme.hr' ${name}, 'workflow' ${workflowKeyword}`;
  });

  await step("a validator diagnostic appears with its message in the Problems panel", async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await expectText(page.locator('.markers-panel'), "Unknown name 'HR.Recruitr'", 30000);
    const all = await expectText(page.locator('.markers-panel'), "has no 'otherwise'", 30000);
    await gotoLine(at('responsible HR.Recruitr'));
    await editor('onboarding.wfa').locator('.squiggly-error').first().waitFor({ timeout: 10000 });
    return `${await rows.count()} rows and a squiggle under the unknown role, e.g. '${all.match(/Unknown name 'HR\.Recruitr'[^[]*/)?.[0] ?? ''}'`;
  });

  await step('hover over a role shows its description', async () => {
    await gotoLine(at('owner HR.HRBusinessPartner'));
    const ownerLine = line('onboarding.wfa', 'owner HR.HRBusinessPartner');
    const role = ownerLine.locator('span > span', { hasText: 'HRBusinessPartner' }).last();
    await role.waitFor();
    const box = await role.boundingBox();
    await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    let how = 'the mouse';
    if (!(await hover.waitFor({ timeout: 8000 }).then(() => true, () => false))) {
      // Fallback: 'Show Hover' on the cursor, for when the headless pointer gives no hover.
      how = "'Show or Focus Hover' (the mouse gave none)";
      await gotoLine(at('owner HR.HRBusinessPartner', 'owner HR.'.length + 3));
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await hover.waitFor({ timeout: 15000 });
    }
    const shown = await expectText(hover, 'HR Business Partner', 15000);
    await expectText(hover, 'Owns the employee lifecycle', 5000);
    await page.waitForTimeout(700); // the hover fades in: wait before the screenshot
    return `by ${how}: hover text '${shown.replace(/\s+/g, ' ').trim().slice(0, 160)}'`;
  });

  await step('completion offers items in a stage', async () => {
    await page.mouse.move(5, 500);
    await gotoLine(at('        produces EmployeeRecord, EmploymentContract, PositionProfile', 69));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    if (!labels.some((l) => /consulted|responsible|reviewed|notify/.test(l))) {
      throw new Error(`expected clause keywords such as 'consulted' among the completions, found ${JSON.stringify(labels.slice(0, 10))}`);
    }
    return `${labels.length} items shown, e.g. ${labels.slice(0, 5).map((l) => `'${l.split(',')[0]}'`).join(', ')}`;
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');

  await step('go to definition leads from a workflow file into the organisation file', async () => {
    await gotoLine(at('owner HR.HRBusinessPartner', 'owner HR.'.length + 3));
    await page.keyboard.press('F12');
    await expectText(activeTab(), 'organisation.wfa', 20000);
    const current = editor('organisation.wfa').locator('.view-overlays .current-line').first();
    await current.waitFor({ timeout: 5000 }).catch(() => {});
    const target = await line('organisation.wfa', 'role HRBusinessPartner').textContent();
    return `opened 'organisation.wfa' at '${target?.trim()}'`;
  });

  await step("a quick fix adds the missing 'otherwise' to a decision", async () => {
    await quickOpen('hr/onboarding.wfa');
    await gotoLine(at('decision stillJoining', 'decision '.length + 2));
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Add 'otherwise' leading to an end" }).first();
    await fix.waitFor({ timeout: 20000 });
    const offered = await page.locator('.action-widget .monaco-list-row').allTextContents();
    // The menu animates in, so a click may find it unstable: point at the fix, then apply it with Enter.
    await fix.hover({ force: true });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const added = await line('onboarding.wfa', 'otherwise -> ').textContent({ timeout: 10000 });
    // The diagnostic goes away once the server has revalidated the edited text.
    await page.keyboard.press('Control+Shift+M');
    const deadline = Date.now() + 30000;
    while ((await page.locator('.markers-panel').textContent()).includes("has no 'otherwise'")) {
      if (Date.now() > deadline) throw new Error("the diagnostic \"has no 'otherwise'\" is still listed after the fix");
      await page.waitForTimeout(300);
    }
    return `offered ${JSON.stringify(offered)}; inserted '${added?.trim()}'; the error left the Problems panel`;
  });
  await page.keyboard.press('Control+Shift+M');

  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await step('the preview shows the workflow as a diagram', async () => {
    await gotoLine(at('stage createEmployeeRecord'));
    await command('WFA: Show Diagram Preview');
    const svg = preview.locator('#diagram svg');
    await svg.waitFor({ timeout: 30000 });
    const title = await preview.locator('#title').textContent();
    const drawn = await svg.textContent();
    if (title !== 'acme.hr.EmployeeOnboarding') throw new Error(`expected the workflow 'acme.hr.EmployeeOnboarding', the preview shows '${title}'`);
    if (!drawn.includes('Create employee record')) throw new Error(`expected the stage 'Create employee record and contract' in the SVG, found '${drawn.slice(0, 200)}'`);
    const shapes = await svg.locator('rect, path, polygon').count();
    // The diagram's own stylesheet must apply under the webview's policy: filled shapes are not
    // all black (the SVG default when its <style> is blocked).
    const fills = await svg.locator('rect, path, polygon, circle').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    const coloured = fills.filter((f) => f !== 'rgb(0, 0, 0)' && f !== 'none');
    if (coloured.length === 0) throw new Error(`every shape of the diagram is filled black or not at all: its stylesheet did not apply (fills ${JSON.stringify([...new Set(fills)])})`);
    return `workflow '${title}', ${shapes} shapes (fills ${[...new Set(coloured)].slice(0, 4).join(', ')}), SVG text begins '${drawn.replace(/\s+/g, ' ').slice(0, 80)}'`;
  });

  await step("the preview's 'Actual size' shows the diagram unscaled, 'Fit to width' scales it back", async () => {
    const svg = preview.locator('#diagram svg');
    const fitted = (await svg.boundingBox()).width;
    await preview.locator('#zoom').click();
    const actual = (await svg.boundingBox()).width;
    const natural = Number(await svg.getAttribute('width'));
    if (!(actual > fitted && Math.abs(actual - natural) < 2)) throw new Error(`expected the actual size ${natural}px after 'Actual size', the diagram is ${actual}px wide (fitted ${fitted}px)`);
    await preview.locator('#zoom', { hasText: 'Fit to width' }).click();
    const refitted = (await svg.boundingBox()).width;
    if (Math.abs(refitted - fitted) > 2) throw new Error(`expected ${fitted}px after 'Fit to width', found ${refitted}px`);
    return `fitted ${Math.round(fitted)}px, actual ${Math.round(actual)}px`;
  });
  // The clicks gave the webview the keyboard focus: give it back to the editor.
  await page.locator('.tabs-container .tab', { hasText: 'onboarding.wfa' }).first().click();

  await step('the preview follows typing without a save', async () => {
    await gotoLine(at('stage createEmployeeRecord "Create', 'stage createEmployeeRecord "'.length));
    await page.keyboard.type('Zebra ', { delay: 30 });
    const svg = preview.locator('#diagram svg');
    const deadline = Date.now() + 20000;
    let drawn = '';
    while (Date.now() < deadline) {
      drawn = (await svg.textContent().catch(() => '')) ?? '';
      if (drawn.includes('Zebra')) break;
      await page.waitForTimeout(200);
    }
    if (!drawn.includes('Zebra')) throw new Error("the typed title 'Zebra Create employee…' did not reach the diagram within 20 s");
    const dirty = await page.locator('.tabs-container .tab.active.dirty').count();
    return `redrawn with the typed title (editor unsaved: ${dirty === 1})`;
  });

  const toast = (contains) => page.locator('.notifications-toasts .notification-toast .notification-list-item-message', { hasText: contains }).first();
  const dismissToasts = async () => {
    await page.keyboard.press('Escape');
    await command('Notifications: Clear All Notifications').catch(() => {});
    await page.keyboard.press('Escape');
  };

  await step('generating from a model with errors reports them and generates nothing', async () => {
    await command('WFA: Generate BPMN (Operaton)');
    const shown = await toast('was not generated').textContent({ timeout: 60000 });
    if (!shown.includes('the model has errors')) throw new Error(`expected the message to say the model has errors, found '${shown}'`);
    if (existsSync(path.join(workspace, 'out', 'bpmn-operaton'))) throw new Error("'out/bpmn-operaton' exists although the build failed");
    return `message '${shown.replace(/\s+/g, ' ').trim().slice(0, 140)}'`;
  });
  await dismissToasts();

  await step("the quick fix 'Change to' replaces an unknown role with the suggested one", async () => {
    await gotoLine(at('responsible HR.Recruitr', 'responsible HR.'.length + 3));
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Change to 'HR.Recruiter'" }).first();
    await fix.waitFor({ timeout: 20000 });
    await fix.hover({ force: true });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const fixed = await line('onboarding.wfa', 'responsible HR.Recruiter').first().textContent({ timeout: 10000 });
    return `line now '${fixed.trim()}'`;
  });

  const generated = (folder, extension) => {
    const dir = path.join(workspace, 'out', folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(extension));
  };

  await step('Generate Documentation writes Markdown and HTML into the workspace\'s out folder', async () => {
    await command('WFA: Generate Documentation');
    const shown = await toast('Documentation generated').textContent({ timeout: 90000 });
    const markdown = generated('docs', '.md');
    const html = generated('html', '.html');
    if (markdown.length === 0 || html.length === 0) throw new Error(`expected Markdown in 'out/docs' and HTML in 'out/html', found ${markdown.length} and ${html.length} files`);
    const channel = await page.locator('.part.panel .monaco-editor .view-lines').first().textContent().catch(() => '');
    return `message '${shown.replace(/\s+/g, ' ').trim().slice(0, 100)}'; ${markdown.length} Markdown and ${html.length} HTML files; output channel shows '${channel.slice(0, 100)}'`;
  });
  await dismissToasts();

  await step("Generate BPMN writes Operaton BPMN into the workspace's out folder", async () => {
    await command('WFA: Generate BPMN (Operaton)');
    const shown = await toast('BPMN generated').textContent({ timeout: 90000 });
    const bpmn = generated('bpmn-operaton', '.bpmn');
    if (bpmn.length === 0) throw new Error("expected .bpmn files in 'out/bpmn-operaton', found none");
    return `message '${shown.replace(/\s+/g, ' ').trim().slice(0, 100)}'; ${bpmn.length} BPMN files, e.g. '${bpmn[0]}'`;
  });

  // run.mjs commits the examples before breaking onboarding.wfa; the quick fixes above repaired it.
  // A change made on disk, as another tool (or a git checkout) would make it.
  await dismissToasts();
  await step('the semantic diff against the last commit shows a renamed stage title in the Markdown report', async () => {
    const expense = path.join(workspace, 'finance', 'expense-reimbursement.wfa');
    const before = readFileSync(expense, 'utf8');
    const after = before.replace('stage submitClaim "Submit expense claim"', 'stage submitClaim "File the expense claim"');
    if (after === before) throw new Error("'finance/expense-reimbursement.wfa' has no stage submitClaim \"Submit expense claim\" to retitle");
    writeFileSync(expense, after);
    await command('WFA: Show Semantic Diff Against the Last Commit');
    const report = page.locator('.monaco-editor[data-uri^="untitled:"] .view-lines').first();
    const shown = (await expectText(report, 'submitClaim', 90000)).replace(/\s+/g, ' ');
    for (const expected of ['ExpenseReimbursement', 'File the expense claim']) {
      if (!shown.includes(expected)) throw new Error(`expected '${expected}' in the report, found '${shown.slice(0, 300)}'`);
    }
    // VS Code's Markdown preview is a webview among others (the diagram preview is open too):
    // find the frame that renders the report's heading.
    const deadline = Date.now() + 30000;
    let rendered = '';
    while (!rendered && Date.now() < deadline) {
      for (const frame of page.frames()) {
        const heading = await frame.locator('h2', { hasText: 'WFA semantic diff' }).count().catch(() => 0);
        if (heading > 0) {
          rendered = ((await frame.locator('body').textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ');
          break;
        }
      }
      if (!rendered) await page.waitForTimeout(500);
    }
    if (!rendered.includes('File the expense claim')) {
      throw new Error(`expected the Markdown preview to render the report with 'File the expense claim', it shows '${rendered.slice(0, 300)}'`);
    }
    return `report '${shown.trim().slice(0, 120)}'; preview renders '${rendered.trim().slice(0, 120)}'`;
  });

  // run.mjs starts the workbench with 'wfa.trace.server' set to 'verbose'.
  await step("with 'wfa.trace.server' verbose, the server's traffic is traced in the 'WFA Language Server' output channel", async () => {
    await page.keyboard.press('Escape');
    await command('Output: Show Output Channels');
    const channel = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'WFA Language Server' }).first();
    await channel.waitFor({ timeout: 10000 });
    await channel.click();
    const output = page.locator('.part.panel .pane-body.output-view, .part.panel .output-view').first();
    await output.waitFor({ timeout: 10000 });
    const lines = page.locator('.part.panel .monaco-editor .view-lines').first();
    // The channel ends with the latest traffic (long JSON results); the filter keeps the lines
    // of the didOpen sent when onboarding.wfa was opened at the start.
    const filter = page.locator('.part.panel .viewpane-filter-container input').first();
    await filter.waitFor({ timeout: 5000 });
    await filter.fill('textDocument/didOpen');
    // Monaco renders spaces as no-break spaces: compare with the white space normalised.
    const shown = (await expectText(lines, 'textDocument/didOpen', 15000)).replace(/\s+/g, ' ');
    if (!/\[Trace - [^\]]+\] Sending notification 'textDocument\/didOpen'/.test(shown)) {
      throw new Error(`expected a '[Trace - <time>] Sending notification 'textDocument/didOpen'' line, found '${shown.slice(0, 300)}'`);
    }
    const title = await page.locator('.part.panel .monaco-select-box, .part.panel select').first().evaluate((e) => e.value ?? e.textContent).catch(() => '');
    return `channel '${title}' shows '${shown.replace(/\s+/g, ' ').trim().slice(0, 160)}'`;
  });
  await page.locator('.part.panel .viewpane-filter-container input').first().fill('').catch(() => {});

  // The last steps: the server stops for good. 'wfa.java.home' is pointed at a folder whose
  // bin/java reports Java 11, by editing a settings.json as a user would. code-server is a remote
  // window: VS Code ignores machine-scoped settings such as 'wfa.java.home' in the (local) user
  // settings there, and reads them from the remote machine's settings, <user-data>/Machine/settings.json.
  await dismissToasts();
  await step("changing 'wfa.java.home' offers to reload the window", async () => {
    const current = existsSync(machineSettings) ? JSON.parse(readFileSync(machineSettings, 'utf8') || '{}') : {};
    writeFileSync(machineSettings, JSON.stringify({ ...current, 'wfa.java.home': oldJdk }, null, 2));
    const shown = await toast("'wfa.java.home' changed").textContent({ timeout: 30000 });
    return `message '${shown.replace(/\s+/g, ' ').trim()}'`;
  });

  await step("with Java 11 in 'wfa.java.home', reloading shows an actionable error naming the setting and Java 17", async () => {
    const notice = page.locator('.notifications-toasts .notification-toast', { hasText: "'wfa.java.home' changed" }).first();
    await notice.locator('.monaco-button', { hasText: 'Reload Window' }).click();
    // The page reloads: the toast below belongs to the new workbench.
    const error = toast('cannot start');
    const shown = (await error.textContent({ timeout: 90000 })).replace(/\s+/g, ' ').trim();
    for (const expected of ["'wfa.java.home'", 'Java 17', 'is Java 11', oldJdk]) {
      if (!shown.includes(expected)) throw new Error(`expected '${expected}' in the message, found '${shown}'`);
    }
    const buttons = await page.locator('.notifications-toasts .notification-toast', { hasText: 'cannot start' }).first()
      .locator('.monaco-button').allTextContents();
    if (!buttons.includes('Open Settings')) throw new Error(`expected an 'Open Settings' button, found ${JSON.stringify(buttons)}`);
    return `message '${shown.slice(0, 220)}'; buttons ${JSON.stringify(buttons)}`;
  });

  await step("the error's 'Open Settings' opens the 'wfa.java.home' setting where it applies (the remote machine's settings)", async () => {
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'cannot start' }).first()
      .locator('.monaco-button', { hasText: 'Open Settings' }).click();
    const editor = page.locator('.settings-editor').first();
    await editor.waitFor({ timeout: 20000 });
    const item = editor.locator('.settings-body .setting-item-contents', { hasText: 'Java 17+ installation' }).first();
    await item.waitFor({ timeout: 20000 });
    const label = ((await item.locator('.setting-item-title').textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
    const value = await item.locator('input').first().inputValue().catch(() => '');
    const tab = ((await editor.locator('.settings-tabs-widget .checked, .settings-tabs-widget [aria-selected="true"], .settings-tabs-widget [aria-checked="true"]').first().textContent().catch(() => '')) ?? '').trim();
    if (value !== oldJdk) throw new Error(`expected the setting to show the configured '${oldJdk}', it shows '${value}' (tab '${tab}')`);
    if (!tab.startsWith('Remote')) throw new Error(`expected the 'Remote' settings tab, found '${tab}'`);
    await page.waitForTimeout(500);
    return `tab '${tab}', setting '${label}' = '${value}'`;
  });
}
