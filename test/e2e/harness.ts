/**
 * Shared end-to-end harness: a real VS Code (code-server 4.100.3) in Debian's Chromium driven by playwright-core,
 * with the packaged .vsix installed. Every session gets fresh HOME, user-data and server-data folders, a free
 * loopback port and deterministic settings (see /work/shared/docs/e2e.md for the measured facts behind them).
 * Builds run on the real dockerd in the builder test images (test/images/README.md): real Portage playing
 * gentoo/stage3 + gentoo/portage and sabayon/builder-amd64; only Entropy's eit is a contract stand-in.
 *
 *   const vsc = await startVsCode({ workspace: await sampleWorkspace(), settings: IMAGE_SETTINGS });
 *   await vsc.explorerCommand(['app-misc', 'hello', 'hello-1.0.ebuild'], 'Build in Sabayon container');
 *   await vsc.waitForTerminalText(/succeeded/);
 *   await vsc.screenshot('build-succeeded');
 *   await vsc.close();
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { useTestStateDir } from '../helpers/testStateDir';

/** The repository root (tests run from out/test/e2e/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const SETUP = path.join(ROOT, 'scripts', 'e2e-setup.sh');

/** Playwright types, loaded from the e2e cache at run time (not a dependency of the extension). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
export type Page = Any;
export type Locator = Any;

let cacheDir: string | undefined;
/** Installs code-server, playwright-core and Chromium once (idempotent) and returns the cache folder. */
export function e2eCache(): string {
  if (cacheDir) return cacheDir;
  const out = execFileSync('bash', [SETUP], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  cacheDir = out.trim().split('\n').pop()!;
  return cacheDir;
}

function vscodeDir(): string {
  return path.join(e2eCache(), 'node_modules', 'code-server', 'lib', 'vscode');
}

function playwright(): { chromium: Any } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(e2eCache(), 'node_modules', 'playwright-core'));
}

let vsixPath: string | undefined;
/**
 * Builds the bundles and packages the .vsix once per test process (E2E_VSIX names a prebuilt one instead).
 * Packaging is what a user installs, so the tests exercise the manifest, menus and activation events too.
 */
export function packageVsix(): string {
  if (vsixPath) return vsixPath;
  if (process.env.E2E_VSIX) return (vsixPath = path.resolve(process.env.E2E_VSIX));
  // One file per test process: several suites may package and install at the same time.
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ebb-vsix-')), 'ebuild-builder.vsix');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'package-vsix.sh'), out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return (vsixPath = out);
}

/** Copies a folder (e.g. examples/overlay) to a fresh temporary workspace so builds never touch the repository. */
export async function copyWorkspace(relative: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ebb-ws-'));
  const target = path.join(dir, path.basename(relative));
  await fs.cp(path.join(ROOT, relative), target, { recursive: true });
  return target;
}

/** The builder test images (scripts/build-test-images.sh; test/images/README.md says what is real in each). */
export const TEST_IMAGES = {
  sabayon: 'ebuild-builder/test-sabayon:test',
  gentoo: 'ebuild-builder/test-gentoo:test',
  tree: 'ebuild-builder/test-gentoo-tree:test',
  eit: 'ebuild-builder/test-eit:test',
};

/** User settings that point the real profiles at the test images: offline, so no network and no Docker Hub. */
export const IMAGE_SETTINGS: Record<string, unknown> = {
  'ebuildBuilder.images': { sabayon: TEST_IMAGES.sabayon, gentoo: TEST_IMAGES.gentoo, eit: TEST_IMAGES.eit },
  'ebuildBuilder.gentooTree': `volume:${TEST_IMAGES.tree}`,
  // No bridge network is needed (a fetch from the network must fail, as offline) and none may exist on a test machine.
  'ebuildBuilder.network': 'none',
};

/** Test packages beyond the sample overlay's: slow (compiles ~60 s, a line a second), qa-issues, fetch-fail, masked, withdep. */
export const BUILD_PACKAGES = path.join(ROOT, 'test', 'fixtures', 'build-packages');

/** A fresh copy of examples/overlay with the test packages of test/fixtures/build-packages (tests edit it freely). */
export async function sampleWorkspace(): Promise<string> {
  const ws = await copyWorkspace('examples/overlay');
  await fs.cp(BUILD_PACKAGES, ws, { recursive: true });
  return ws;
}

useTestStateDir('ebb-state-');

/** The docker CLI (the tests look at containers as a user would with `docker ps`). */
export function dockerCli(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8' }).trim();
}

/** IDs of builder containers (label ebuild-builder.build); `running` only those that run. */
export function builderContainerIds(running = false): string[] {
  return dockerCli('ps', '-q', ...(running ? [] : ['-a']), '--filter', 'label=ebuild-builder.build', ...(running ? ['--filter', 'status=running'] : []))
    .split('\n').filter(Boolean);
}

/** Waits for a builder container that was not among `before` to run; returns its ID. */
export function newRunningBuilder(before: Set<string>, timeoutMs = 60_000): Promise<string> {
  return waitFor('the builder container to run', () => builderContainerIds(true).find((id) => !before.has(id)), timeoutMs);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs = 30_000, everyMs = 250): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve((res.statusCode ?? 500) < 500); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

/** Settings that make the workbench deterministic (e2e.md), plus test-friendly defaults. */
export const DETERMINISTIC_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  // A browser VS Code saves after 1 s by default; desktop VS Code does not, and "unsaved" must stay unsaved.
  'files.autoSave': 'off',
  'explorer.compactFolders': false,
  'workbench.reduceMotion': 'on',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'terminal.integrated.enablePersistentSessions': false,
  'terminal.integrated.gpuAcceleration': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export interface StartOptions {
  /** Folder to open. */
  workspace: string;
  /** Extra user settings (merged over the deterministic ones). */
  settings?: Record<string, unknown>;
  /** Leave Workspace Trust on (the trust test answers the modal itself). Default: trust disabled. */
  workspaceTrust?: boolean;
  /** Install this .vsix (default: the packaged extension). `false`: install nothing. */
  vsix?: string | false;
  viewport?: { width: number; height: number };
}

export class VsCodeSession {
  readonly serverLog: string[] = [];
  private constructor(
    readonly page: Page,
    private readonly browser: Any,
    private readonly server: ChildProcess,
    readonly port: number,
    /** Scratch root: home/, user-data/, server-data/. */
    readonly scratch: string,
    readonly workspace: string,
  ) {}

  get userDataDir(): string { return path.join(this.scratch, 'user-data'); }

  static async start(opts: StartOptions): Promise<VsCodeSession> {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ebb-vsc-'));
    const home = path.join(scratch, 'home');
    const ud = path.join(scratch, 'user-data');
    const sd = path.join(scratch, 'server-data');
    for (const d of [home, path.join(ud, 'User'), sd]) mkdirSync(d, { recursive: true });
    const settings = { ...DETERMINISTIC_SETTINGS, ...(opts.workspaceTrust ? {} : { 'security.workspace.trust.enabled': false }), ...opts.settings };
    writeFileSync(path.join(ud, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    const serverMain = path.join(vscodeDir(), 'out', 'server-main.js');
    const env = { ...process.env, HOME: home, VSCODE_AGENT_FOLDER: sd };
    const base = ['--server-data-dir', sd, '--user-data-dir', ud];
    const vsix = opts.vsix === undefined ? packageVsix() : opts.vsix;
    if (vsix) execFileSync(process.execPath, [serverMain, ...base, '--install-extension', vsix, '--force'], { env, stdio: 'ignore' });
    const port = await freePort();
    const server = spawn(process.execPath, [serverMain, ...base, '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms', '--telemetry-level', 'off',
      ...(opts.workspaceTrust ? [] : ['--disable-workspace-trust'])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    server.stdout?.on('data', (d: Buffer) => lines.push(d.toString()));
    server.stderr?.on('data', (d: Buffer) => lines.push(d.toString()));
    const url = `http://127.0.0.1:${port}/`;
    await waitFor('code-server to listen', () => server.exitCode === null ? httpOk(url) : Promise.reject(new Error(`code-server exited: ${lines.join('')}`)), 30_000);
    const browser = await playwright().chromium.launch({
      executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], env: { ...process.env, HOME: home },
    });
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    const page = await context.newPage();
    const session = new VsCodeSession(page, browser, server, port, scratch, opts.workspace);
    session.serverLog.push(...lines);
    await page.goto(`${url}?folder=${encodeURIComponent(opts.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // Menus read context keys (isWorkspaceTrusted among them) that contributions of the Restored phase set some
    // seconds after the workbench shows; the extension host loads after that. Both leave performance marks.
    await waitFor('the workbench to restore and load its extensions', () => page.evaluate(() =>
      ['code/didStartWorkbench', 'code/didLoadExtensions'].every((m) => performance.getEntriesByName(m).length > 0)), 90_000);
    return session;
  }

  // ---- explorer --------------------------------------------------------------------------------------------

  explorerRow(name: string): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  }

  /** Opens the Explorer and expands each folder of `segments` (relative to the workspace); returns the last row. */
  async revealInExplorer(segments: string[]): Promise<Locator> {
    await this.showExplorer();
    for (const [i, name] of segments.entries()) {
      const row = this.explorerRow(name).first();
      await row.waitFor({ timeout: 30_000 });
      // Rows move while builds write into the workspace (artifacts/ appears): a click can land on a neighbour, so
      // click again until this one is expanded.
      if (i < segments.length - 1) {
        await waitFor(`${name} to expand`, async () => {
          if ((await row.getAttribute('aria-expanded')) === 'true') return true;
          await row.click();
          return waitFor(`${name} to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true', 2_000).catch(() => false);
        }, 20_000, 100);
      }
    }
    return this.explorerRow(segments[segments.length - 1]).first();
  }

  async showExplorer(): Promise<void> {
    if (await this.page.locator('.explorer-folders-view').isVisible().catch(() => false)) return;
    await this.page.keyboard.press('Control+Shift+E');
    await this.page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });
  }

  /** Opens a file with Quick Open: steadier than the explorer, whose rows move while builds write into the workspace. */
  async quickOpen(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.page.locator('.quick-input-widget input').fill(name);
    await this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
    await waitFor(`the ${name} editor`, async () => (await this.editorTabs()).some((t) => t.startsWith(name)));
  }

  /**
   * Right-clicks an explorer row and returns the context menu. With `expectItem`, a menu without that item is
   * taken for a click that landed on a neighbouring row (rows move while the tree expands) and is tried again.
   */
  async rightClickExplorer(segments: string[], expectItem?: string | RegExp): Promise<Locator> {
    return this.rightClick(() => this.revealInExplorer(segments), expectItem, segments.join('/'));
  }

  /** Right-clicks what `target` finds (again on each try) until the context menu offers `expectItem`. */
  async rightClick(target: () => Promise<Locator> | Locator, expectItem?: string | RegExp, what = 'the row'): Promise<Locator> {
    const menu = this.contextMenu();
    for (let attempt = 1; ; attempt++) {
      await (await target()).click({ button: 'right' });
      // A row re-rendered under the pointer (a running build's row updates as its phases go by) loses the click.
      const opened = await menu.waitFor({ timeout: attempt === 4 ? 10_000 : 4_000 }).then(() => true, () => false);
      if (!opened) {
        if (attempt === 4) throw new Error(`no context menu opened on ${what}`);
        continue;
      }
      if (expectItem === undefined) return menu;
      const found = await menu.getByRole('menuitem', { name: expectItem }).first()
        .waitFor({ timeout: 3_000 }).then(() => true, () => false);
      if (found) return menu;
      if (attempt === 4) throw new Error(`the context menu of ${what} never offered "${expectItem}"`);
      await this.closeMenu();
      await menu.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    }
  }

  /** Right-clicks a row (found again on each try) and chooses a context-menu item. */
  async rowCommand(target: () => Promise<Locator> | Locator, item: string | RegExp): Promise<void> {
    await this.rightClick(target, item);
    await this.clickMenuItem(item);
  }

  /** Right-clicks an explorer row and chooses a context-menu item. */
  async explorerCommand(segments: string[], item: string | RegExp): Promise<void> {
    await this.rightClickExplorer(segments, item);
    await this.clickMenuItem(item);
  }

  contextMenu(): Locator {
    return this.page.locator('.context-view.monaco-menu-container [role=menu]').first();
  }

  /** Clicks a context-menu item; menus ignore a click that comes too soon after they open, so retry until it closes. */
  async clickMenuItem(name: string | RegExp): Promise<void> {
    const menu = this.contextMenu();
    const item = menu.getByRole('menuitem', { name }).first();
    await item.waitFor({ timeout: 10_000 });
    await waitFor(`menu item "${name}" to be chosen`, async () => {
      if (!(await menu.isVisible().catch(() => false))) return true;
      await item.hover();
      await item.click({ timeout: 2_000 }).catch(() => undefined);
      return !(await menu.isVisible().catch(() => false));
    }, 15_000, 300);
  }

  /** Labels of the open context menu (after a standard item has appeared, so absence means absent). */
  async menuItems(standardItem = 'Copy Path'): Promise<string[]> {
    const menu = this.contextMenu();
    await menu.getByRole('menuitem', { name: standardItem }).first().waitFor({ timeout: 10_000 });
    return (await menu.getByRole('menuitem').allInnerTexts()).map((t: string) => t.split('\n')[0].trim());
  }

  async closeMenu(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  // ---- commands, notifications, views -----------------------------------------------------------------

  /** Runs a command by its palette label, e.g. `Ebuild Builder: Rebuild last` (the row whose label is exactly that). */
  async runCommand(label: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const open = async () => {
      await this.page.keyboard.press('F1');
      await input.waitFor({ timeout: 10_000 });
      await input.fill(`>${label}`);
    };
    await open();
    const rows = this.page.locator('.quick-input-widget .monaco-list-row');
    let tries = 0;
    const index = await waitFor(`palette row "${label}"`, async () => {
      const texts: string[] = await rows.allInnerTexts();
      const i = texts.findIndex((t) => t.split('\n')[0].trim() === label);
      if (i >= 0) return i + 1;
      // the palette lists what was enabled when it opened (isWorkspaceTrusted may settle later): open it afresh now and then
      if (++tries % 10 === 0) {
        await this.page.keyboard.press('Escape');
        await open();
      }
      return 0;
    }, 45_000);
    await rows.nth(index - 1).click();
  }

  /** Waits for a notification toast whose message matches; returns the toast. */
  async waitForNotification(message: RegExp, timeoutMs = 60_000): Promise<Locator> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', {
      has: this.page.locator('.notification-list-item-message', { hasText: message }),
    }).first();
    await toast.waitFor({ timeout: timeoutMs });
    return toast;
  }

  async notificationTexts(): Promise<string[]> {
    return this.page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
  }

  /** Opens a view container in the activity bar by its title, e.g. `Ebuild Builder`. */
  async openActivity(title: string): Promise<void> {
    const item = this.page.locator(`.activitybar .action-item a.action-label[aria-label^="${title}"]`).first();
    await item.waitFor({ timeout: 30_000 });
    const checked = await this.page.locator('.activitybar .action-item.checked a.action-label').first().getAttribute('aria-label').catch(() => '');
    // A badge (e.g. "builds running") covers the icon: the click still belongs to the icon.
    if (!String(checked ?? '').startsWith(title)) {
      await item.click({ force: true });
      // Off the icon, so its hover label is not in the next screenshot.
      await this.page.mouse.move(900, 300);
    }
  }

  /** A tree view pane by its title (e.g. `Builds`) in the open side bar. */
  viewPane(title: string): Locator {
    return this.page.locator('.sidebar .pane', { has: this.page.locator(`.pane-header[aria-label^="${title}"]`) }).first();
  }

  /** A row of a tree view whose aria-label starts with `label`. */
  treeRow(viewTitle: string, label: string): Locator {
    return this.viewPane(viewTitle).locator(`.monaco-list-row[aria-label^="${label}"]`).first();
  }

  // ---- terminal and editors -----------------------------------------------------------------------------

  /** The visible text of the active terminal (DOM renderer: gpuAcceleration off). */
  async terminalText(): Promise<string> {
    const rows: string[] = await this.page.locator('.terminal-wrapper.active .xterm-rows > div').allTextContents();
    return rows.map((r) => r.replace(/\u00a0/g, ' ')).join('\n');
  }

  /**
   * The whole scrollback of the active terminal: xterm's DOM holds only the visible rows, so scroll to the top and
   * page down, collecting rows (pages overlap by a line or two, which does not matter for matching).
   */
  async terminalBufferText(): Promise<string> {
    const screen = this.page.locator('.terminal-wrapper.active .xterm-screen');
    const box = await screen.boundingBox();
    if (!box) return this.terminalText();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    /** Scrolls by `dy` and returns the new text, or undefined when the view did not move (an end was reached). */
    const scroll = async (dy: number, before: string): Promise<string | undefined> => {
      await this.page.mouse.wheel(0, dy);
      return waitFor('the terminal to scroll', async () => {
        const t = await this.terminalText();
        return t !== before ? t : '';
      }, 400, 40).catch(() => undefined);
    };
    let text = await this.terminalText();
    for (let i = 0; i < 2000; i++) {
      const t = await scroll(-box.height, text);
      if (t === undefined) break;
      text = t;
    }
    const pages = [text];
    for (let i = 0; i < 2000; i++) {
      const t = await scroll(box.height / 2, text);
      if (t === undefined) break;
      pages.push((text = t));
    }
    return pages.join('\n');
  }

  async waitForTerminalText(pattern: RegExp, timeoutMs = 120_000): Promise<string> {
    return waitFor(`terminal text ${pattern}`, async () => {
      const t = await this.terminalText();
      return pattern.test(t) ? t : '';
    }, timeoutMs, 500);
  }

  /** Titles of the open editor tabs. */
  async editorTabs(): Promise<string[]> {
    return (await this.page.locator('.tabs-container .tab .label-name').allInnerTexts()).map((t: string) => t.trim());
  }

  /** Lines pinned at the top of the active editor by sticky scroll (from the document's symbols). */
  async stickyScrollText(): Promise<string> {
    const t: string = await this.page.locator('.editor-group-container.active .sticky-widget-lines').first().textContent().catch(() => '') ?? '';
    return t.replace(/\u00a0/g, ' ');
  }

  /** The visible text of the active editor. */
  async editorText(): Promise<string> {
    const lines: string[] = await this.page.locator('.editor-group-container.active .view-lines .view-line').allTextContents();
    return lines.map((l) => l.replace(/\u00a0/g, ' ')).join('\n');
  }

  // ---- artefacts of the run -----------------------------------------------------------------------------

  /** Saves `test-output/screenshots/<name>.png` (animations off: menus fade, toasts slide). */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }

  /** Runs a test body; on failure saves `FAILED-<name>.png` before rethrowing, so a red run can be looked at. */
  async capture<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (e) {
      await this.screenshot(`FAILED-${name}`).catch(() => undefined);
      // The extension's own log says what it did meanwhile; CI shows only the test output, so it goes there.
      const log = this.extensionLogTail();
      if (log && e instanceof Error) {
        const tail = `\n--- tail of the extension's log ---\n${log}`;
        e.message += tail;
        // The reporter prints the stack, whose first line is the message as it was when the error was made.
        if (e.stack) e.stack += tail;
      }
      throw e;
    }
  }

  /** The file of the extension's log channel ("Ebuild Builder"), once the extension host has a log folder. */
  extensionLogFile(): string | undefined {
    const dir = this.exthostLogDir();
    return dir && path.join(dir, 'ebuild-builder.ebuild-builder', 'Ebuild Builder.log');
  }

  /** The last lines of the extension's log channel, or undefined before it has one. */
  extensionLogTail(lines = 30): string | undefined {
    const file = this.extensionLogFile();
    if (!file || !existsSync(file)) return undefined;
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /**
   * The log folder of the extension host (code-server: `logs/<session>/exthost1/`): `remoteexthost.log` and one
   * folder per extension (its LogOutputChannels, e.g. `ebuild-builder.ebuild-builder/Ebuild Builder.log`).
   */
  exthostLogDir(): string | undefined {
    const logs = path.join(this.userDataDir, 'logs');
    if (!existsSync(logs)) return undefined;
    for (const session of readdirSync(logs).sort().reverse()) {
      const hosts = readdirSync(path.join(logs, session)).filter((n) => /^exthost\d*$/.test(n)).sort();
      if (hosts.length) return path.join(logs, session, hosts[hosts.length - 1]);
    }
    return undefined;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    if (this.server.exitCode === null) {
      const exited = new Promise((r) => this.server.once('exit', r));
      this.server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (this.server.exitCode === null) this.server.kill('SIGKILL');
    }
    if (!process.env.E2E_KEEP) rmSync(this.scratch, { recursive: true, force: true });
  }
}

export const startVsCode = (opts: StartOptions): Promise<VsCodeSession> => VsCodeSession.start(opts);
