/**
 * The ebuild language server as a user meets it in a real VS Code (code-server in Chromium, packaged .vsix):
 * hover over a function of an inherited eclass shows its doc block, completion after `use ` offers the ebuild's
 * IUSE flags (its own and the eclass's), a flag outside IUSE becomes a diagnostic in the Problems panel, and a
 * bare `cd` is marked as information with a quick fix that appends `|| die`.
 * The workspace holds the fixture repositories of test/fixtures/lsp-repo: `gentoo/` (master, with fancybuild.eclass)
 * and `overlay/` (masters = gentoo, with myhelpers.eclass and app-misc/hello).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, startVsCode, VsCodeSession, waitFor, type Locator } from './harness';

const EBUILD = ['overlay', 'app-misc', 'hello', 'hello-1.0.ebuild'];

/** The on-screen box of the first occurrence of `word` in the active editor's visible lines (any span split). */
async function wordBox(vsc: VsCodeSession, word: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  return vsc.page.evaluate((w: string) => {
    // Runs in the browser (this project compiles without the DOM typings).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const document = (globalThis as any).document;
    const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
    const lines = document.querySelectorAll('.editor-group-container.active .view-lines .view-line');
    for (const line of Array.from(lines) as unknown[]) {
      const walker = document.createTreeWalker(line, SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(w);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return undefined;
  }, word);
}

/** The visible editor line whose text contains `text`. */
function editorLine(vsc: VsCodeSession, text: string): Locator {
  return vsc.page.locator('.editor-group-container.active .view-lines .view-line', { hasText: text }).first();
}

describe('ebuild language support in VS Code', { timeout: 420_000 }, () => {
  let vsc: VsCodeSession;

  before(async () => {
    const ws = path.join(mkdtempSync(path.join(os.tmpdir(), 'ebb-ws-')), 'repos');
    await fs.cp(path.join(ROOT, 'test', 'fixtures', 'lsp-repo'), ws, { recursive: true });
    vsc = await startVsCode({
      workspace: ws,
      // Only the workspace's repositories: the machine's /var/db/repos/gentoo (if any) must not change the results.
      settings: { 'ebuildBuilder.languageServer.repositories': [], 'editor.hover.delay': 100, 'editor.quickSuggestions': { other: false, comments: false, strings: false } },
    });
    const row = await vsc.revealInExplorer(EBUILD);
    await row.dblclick();
    await waitFor('the ebuild to open', async () => (await vsc.editorTabs()).includes('hello-1.0.ebuild'));
    await editorLine(vsc, 'my_greet world').waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await vsc?.close();
  });

  it('hovering a function of an inherited eclass shows its documentation', () => vsc.capture('lsp-hover', async () => {
    const hover = vsc.page.locator('.monaco-hover:not(.hidden)').first();
    // The server starts with the extension (activation comes 9–14 s after load): hover again until it answers.
    const text = await waitFor('the eclass documentation in a hover', async () => {
      const box = await wordBox(vsc, 'my_greet');
      if (!box) return '';
      await vsc.page.mouse.move(box.x + box.width + 200, box.y + 200);
      await vsc.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const t: string = await hover.innerText({ timeout: 3_000 }).catch(() => '');
      return /Prints a greeting/.test(t) ? t : '';
    }, 90_000, 500);
    assert.match(text, /my_greet/);
    assert.match(text, /myhelpers/, 'the hover names the eclass the function comes from');
    assert.match(text, /<name>/, 'the @USAGE line is shown');
    await vsc.screenshot('20-lsp-hover-eclass-function');
    await vsc.page.keyboard.press('Escape');
  }));

  it('completion after "use " lists the IUSE flags of the ebuild and of its eclasses, and no others', () => vsc.capture('lsp-completion', async () => {
    // A new line in src_install, just above `default`.
    await editorLine(vsc, 'use ssl && dodoc').click();
    await vsc.page.keyboard.press('End');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type('use ');
    const rows = vsc.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    const labels = await waitFor('the suggestion list', async () => {
      if (!(await rows.count())) {
        await vsc.page.keyboard.press('Control+Space'); // a trigger character the widget missed: ask explicitly
        return undefined;
      }
      const names = (await vsc.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map((t: string) => t.trim());
      return names.includes('ssl') ? names : undefined;
    }, 30_000, 500);
    assert.ok(labels.includes('gtk'), `suggestions: ${labels.join(', ')}`);
    assert.ok(labels.includes('test'), `fancybuild.eclass adds IUSE=test; suggestions: ${labels.join(', ')}`);
    assert.ok(!labels.includes('doc'), `doc is in use.desc but not in IUSE; suggestions: ${labels.join(', ')}`);
    await vsc.screenshot('21-lsp-completion-use-flags');
    await vsc.page.keyboard.press('Escape');
  }));

  it('a USE flag outside IUSE is reported in the Problems panel and underlined', () => vsc.capture('lsp-diagnostic', async () => {
    await vsc.page.keyboard.type('nosuchflag');
    await vsc.page.keyboard.press('Escape');
    // The squiggle first, while the line is in view (the Problems panel takes the lower half of the window).
    await waitFor('the squiggle under the flag', () => vsc.page.locator('.editor-group-container.active .view-overlays [class*="squiggly-error"]').count(), 30_000);
    await vsc.screenshot('22a-lsp-diagnostic-squiggle');
    await vsc.page.keyboard.press('Control+Shift+M');
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: 'USE flag "nosuchflag" is not in IUSE' }).first();
    await problem.waitFor({ timeout: 30_000 });
    const typedLine = readFileSync(path.join(ROOT, 'test', 'fixtures', 'lsp-repo', ...EBUILD), 'utf8').split('\n').findIndex((l) => l.includes('use ssl && dodoc')) + 2;
    const text: string = await problem.innerText();
    assert.match(text, /ebuild\W+flag-not-in-iuse/, 'the source is the ebuild server, with its code');
    assert.match(text, new RegExp(`\\[Ln ${typedLine}, Col 6\\]`), `on the flag of the typed line: ${text}`);
    // The flags that are in IUSE are not reported.
    const rows: string[] = await vsc.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    assert.ok(!rows.some((r) => /"(ssl|gtk|test)" is not in IUSE/.test(r)), rows.join('\n'));
    await vsc.screenshot('22b-lsp-diagnostic-problems-panel');
  }));

  it('a bare cd is marked as information (shellcheck, ebuild profile); its quick fix appends || die', () => vsc.capture('lsp-quickfix', async () => {
    await editorLine(vsc, 'my_greet world').click();
    await vsc.page.keyboard.press('End');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type('cd src');
    await vsc.page.keyboard.press('Escape');
    await waitFor('the information squiggle under the cd', () => vsc.page.locator('.editor-group-container.active .view-overlays [class*="squiggly-info"]').count(), 60_000);
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: "cd ... || die" }).first();
    await problem.waitFor({ timeout: 30_000 });
    assert.match(await problem.innerText(), /shellcheck\W+SC2164/, 'shellcheck\'s code, in the ebuild\'s words (|| die, not exit)');
    await vsc.screenshot('22c-lsp-bare-cd-information');
    await editorLine(vsc, 'cd src').click();
    await vsc.page.keyboard.press('Home');
    const fix = vsc.page.locator('.action-widget .monaco-list-row', { hasText: 'Append || die' }).first();
    await waitFor('the quick fix in the menu', async () => {
      if (await fix.isVisible()) return true;
      await vsc.page.keyboard.press('Escape');
      await vsc.page.keyboard.press('Control+.');
      return fix.waitFor({ timeout: 3_000 }).then(() => true, () => false);
    }, 30_000, 500);
    await vsc.screenshot('22d-lsp-bare-cd-quick-fix');
    // the menu opens with the first fix focused; a click lands on the menu's pointer shield
    assert.match((await fix.getAttribute('class')) ?? '', /focused/, 'the || die fix is the one Enter applies');
    await vsc.page.keyboard.press('Enter');
    await editorLine(vsc, 'cd src || die').waitFor({ timeout: 15_000 });
  }));
});
