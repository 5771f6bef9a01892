"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var harness_exports = {};
__export(harness_exports, {
  DETERMINISTIC_SETTINGS: () => DETERMINISTIC_SETTINGS,
  ROOT: () => ROOT,
  SCREENSHOTS: () => SCREENSHOTS,
  VsCodeSession: () => VsCodeSession,
  copyWorkspace: () => copyWorkspace,
  e2eCache: () => e2eCache,
  packageVsix: () => packageVsix,
  startVsCode: () => startVsCode,
  waitFor: () => waitFor
});
module.exports = __toCommonJS(harness_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var http = __toESM(require("node:http"));
var net = __toESM(require("node:net"));
var os = __toESM(require("node:os"));
var path = __toESM(require("node:path"));
const ROOT = path.resolve(__dirname, "..", "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const SETUP = path.join(ROOT, "scripts", "e2e-setup.sh");
let cacheDir;
function e2eCache() {
  if (cacheDir) return cacheDir;
  const out = (0, import_node_child_process.execFileSync)("bash", [SETUP], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  cacheDir = out.trim().split("\n").pop();
  return cacheDir;
}
function vscodeDir() {
  return path.join(e2eCache(), "node_modules", "code-server", "lib", "vscode");
}
function playwright() {
  return require(path.join(e2eCache(), "node_modules", "playwright-core"));
}
let vsixPath;
function packageVsix() {
  if (vsixPath) return vsixPath;
  if (process.env.E2E_VSIX) return vsixPath = path.resolve(process.env.E2E_VSIX);
  const out = path.join(ROOT, "test-output", "ebuild-builder.vsix");
  (0, import_node_fs.mkdirSync)(path.dirname(out), { recursive: true });
  (0, import_node_child_process.execFileSync)(process.execPath, [path.join(ROOT, "scripts", "bundle.mjs")], { cwd: ROOT, stdio: "inherit" });
  (0, import_node_child_process.execFileSync)(process.execPath, [
    path.join(ROOT, "node_modules", "@vscode", "vsce", "vsce"),
    "package",
    "--no-dependencies",
    "--allow-missing-repository",
    "--skip-license",
    "-o",
    out
  ], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return vsixPath = out;
}
async function copyWorkspace(relative) {
  const dir = (0, import_node_fs.mkdtempSync)(path.join(os.tmpdir(), "ebb-ws-"));
  const target = path.join(dir, path.basename(relative));
  await import_node_fs.promises.cp(path.join(ROOT, relative), target, { recursive: true });
  return target;
}
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  });
}
async function waitFor(what, check, timeoutMs = 3e4, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (; ; ) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ""}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(2e3, () => {
      req.destroy();
      resolve(false);
    });
  });
}
const DETERMINISTIC_SETTINGS = {
  "workbench.startupEditor": "none",
  "explorer.compactFolders": false,
  "workbench.reduceMotion": "on",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "terminal.integrated.enablePersistentSessions": false,
  "terminal.integrated.gpuAcceleration": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "workbench.colorTheme": "Default Dark Modern",
  "window.commandCenter": false,
  "chat.commandCenter.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
};
class VsCodeSession {
  constructor(page, browser, server, port, scratch, workspace) {
    this.page = page;
    this.browser = browser;
    this.server = server;
    this.port = port;
    this.scratch = scratch;
    this.workspace = workspace;
  }
  page;
  browser;
  server;
  port;
  scratch;
  workspace;
  serverLog = [];
  get userDataDir() {
    return path.join(this.scratch, "user-data");
  }
  static async start(opts) {
    const scratch = (0, import_node_fs.mkdtempSync)(path.join(os.tmpdir(), "ebb-vsc-"));
    const home = path.join(scratch, "home");
    const ud = path.join(scratch, "user-data");
    const sd = path.join(scratch, "server-data");
    for (const d of [home, path.join(ud, "User"), sd]) (0, import_node_fs.mkdirSync)(d, { recursive: true });
    const settings = { ...DETERMINISTIC_SETTINGS, ...opts.workspaceTrust ? {} : { "security.workspace.trust.enabled": false }, ...opts.settings };
    (0, import_node_fs.writeFileSync)(path.join(ud, "User", "settings.json"), JSON.stringify(settings, null, 2));
    const serverMain = path.join(vscodeDir(), "out", "server-main.js");
    const env = { ...process.env, HOME: home, VSCODE_AGENT_FOLDER: sd };
    const base = ["--server-data-dir", sd, "--user-data-dir", ud];
    const vsix = opts.vsix === void 0 ? packageVsix() : opts.vsix;
    if (vsix) (0, import_node_child_process.execFileSync)(process.execPath, [serverMain, ...base, "--install-extension", vsix, "--force"], { env, stdio: "ignore" });
    const port = await freePort();
    const server = (0, import_node_child_process.spawn)(process.execPath, [
      serverMain,
      ...base,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--without-connection-token",
      "--accept-server-license-terms",
      "--telemetry-level",
      "off",
      ...opts.workspaceTrust ? [] : ["--disable-workspace-trust"]
    ], { env, stdio: ["ignore", "pipe", "pipe"] });
    const lines = [];
    server.stdout?.on("data", (d) => lines.push(d.toString()));
    server.stderr?.on("data", (d) => lines.push(d.toString()));
    const url = `http://127.0.0.1:${port}/`;
    await waitFor("code-server to listen", () => server.exitCode === null ? httpOk(url) : Promise.reject(new Error(`code-server exited: ${lines.join("")}`)), 3e4);
    const browser = await playwright().chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      env: { ...process.env, HOME: home }
    });
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
    const page = await context.newPage();
    const session = new VsCodeSession(page, browser, server, port, scratch, opts.workspace);
    session.serverLog.push(...lines);
    await page.goto(`${url}?folder=${encodeURIComponent(opts.workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 6e4 });
    return session;
  }
  // ---- explorer --------------------------------------------------------------------------------------------
  explorerRow(name) {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  }
  /** Opens the Explorer and expands each folder of `segments` (relative to the workspace); returns the last row. */
  async revealInExplorer(segments) {
    await this.showExplorer();
    for (const [i, name] of segments.entries()) {
      const row = this.explorerRow(name).first();
      await row.waitFor({ timeout: 3e4 });
      if (i < segments.length - 1 && await row.getAttribute("aria-expanded") !== "true") {
        await row.click();
        await waitFor(`${name} to expand`, async () => await row.getAttribute("aria-expanded") === "true", 1e4);
      }
    }
    return this.explorerRow(segments[segments.length - 1]).first();
  }
  async showExplorer() {
    if (await this.page.locator(".explorer-folders-view").isVisible().catch(() => false)) return;
    await this.page.keyboard.press("Control+Shift+E");
    await this.page.locator(".explorer-folders-view").waitFor({ timeout: 3e4 });
  }
  /** Right-clicks an explorer row and returns the context menu. */
  async rightClickExplorer(segments) {
    const row = await this.revealInExplorer(segments);
    await row.click({ button: "right" });
    const menu = this.contextMenu();
    await menu.waitFor({ timeout: 1e4 });
    return menu;
  }
  contextMenu() {
    return this.page.locator(".context-view.monaco-menu-container [role=menu]").first();
  }
  async clickMenuItem(name) {
    await this.contextMenu().getByRole("menuitem", { name }).first().click();
  }
  /** Labels of the open context menu (after a standard item has appeared, so absence means absent). */
  async menuItems(standardItem = "Copy Path") {
    const menu = this.contextMenu();
    await menu.getByRole("menuitem", { name: standardItem }).first().waitFor({ timeout: 1e4 });
    return (await menu.getByRole("menuitem").allInnerTexts()).map((t) => t.split("\n")[0].trim());
  }
  async closeMenu() {
    await this.page.keyboard.press("Escape");
  }
  // ---- commands, notifications, views -----------------------------------------------------------------
  /** Runs a command by its palette label, e.g. `Ebuild Builder: Rebuild last`. */
  async runCommand(label) {
    await this.page.keyboard.press("F1");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: 1e4 });
    await input.fill(`>${label}`);
    const row = this.page.locator(".quick-input-widget .monaco-list-row.focused");
    await waitFor(`palette row "${label}"`, async () => (await row.first().innerText().catch(() => "")).includes(label), 15e3);
    await this.page.keyboard.press("Enter");
  }
  /** Waits for a notification toast whose message matches; returns the toast. */
  async waitForNotification(message, timeoutMs = 6e4) {
    const toast = this.page.locator(".notifications-toasts .notification-toast", {
      has: this.page.locator(".notification-list-item-message", { hasText: message })
    }).first();
    await toast.waitFor({ timeout: timeoutMs });
    return toast;
  }
  async notificationTexts() {
    return this.page.locator(".notifications-toasts .notification-list-item-message").allInnerTexts();
  }
  /** Opens a view container in the activity bar by its title, e.g. `Ebuild Builder`. */
  async openActivity(title) {
    const item = this.page.locator(`.activitybar .action-item a.action-label[aria-label^="${title}"]`).first();
    await item.waitFor({ timeout: 3e4 });
    const checked = await this.page.locator(".activitybar .action-item.checked a.action-label").first().getAttribute("aria-label").catch(() => "");
    if (!String(checked ?? "").startsWith(title)) await item.click();
  }
  /** A tree view pane by its title (e.g. `Builds`) in the open side bar. */
  viewPane(title) {
    return this.page.locator(".sidebar .pane", { has: this.page.locator(`.pane-header[aria-label^="${title}"]`) }).first();
  }
  /** A row of a tree view whose aria-label starts with `label`. */
  treeRow(viewTitle, label) {
    return this.viewPane(viewTitle).locator(`.monaco-list-row[aria-label^="${label}"]`).first();
  }
  // ---- terminal and editors -----------------------------------------------------------------------------
  /** The visible text of the active terminal (DOM renderer: gpuAcceleration off). */
  async terminalText() {
    const rows = await this.page.locator(".terminal-wrapper.active .xterm-rows > div").allTextContents();
    return rows.map((r) => r.replace(/\u00a0/g, " ")).join("\n");
  }
  /**
   * The whole scrollback of the active terminal: xterm's DOM holds only the visible rows, so scroll to the top and
   * page down, collecting rows (pages overlap by a line or two, which does not matter for matching).
   */
  async terminalBufferText() {
    await this.page.locator(".terminal-wrapper.active .xterm-screen").click();
    await this.page.keyboard.press("Control+Home");
    const pages = [];
    let previous = "";
    for (let i = 0; i < 500; i++) {
      const text = await this.terminalText();
      if (text === previous) break;
      pages.push(text);
      previous = text;
      await this.page.keyboard.press("Shift+PageDown");
    }
    await this.page.keyboard.press("Control+End");
    return pages.join("\n");
  }
  async waitForTerminalText(pattern, timeoutMs = 12e4) {
    return waitFor(`terminal text ${pattern}`, async () => {
      const t = await this.terminalText();
      return pattern.test(t) ? t : "";
    }, timeoutMs, 500);
  }
  /** Titles of the open editor tabs. */
  async editorTabs() {
    return (await this.page.locator(".tabs-container .tab .label-name").allInnerTexts()).map((t) => t.trim());
  }
  /** The visible text of the active editor. */
  async editorText() {
    const lines = await this.page.locator(".editor-group-container.active .view-lines .view-line").allTextContents();
    return lines.map((l) => l.replace(/\u00a0/g, " ")).join("\n");
  }
  // ---- artefacts of the run -----------------------------------------------------------------------------
  /** Saves `test-output/screenshots/<name>.png` (animations off: menus fade, toasts slide). */
  async screenshot(name) {
    (0, import_node_fs.mkdirSync)(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file, animations: "disabled" });
    return file;
  }
  /** The log folder of this window's extension host (exthost.log, and one folder per extension output channel). */
  exthostLogDir() {
    const logs = path.join(this.userDataDir, "logs");
    if (!(0, import_node_fs.existsSync)(logs)) return void 0;
    for (const session of (0, import_node_fs.readdirSync)(logs).sort().reverse()) {
      for (const w of (0, import_node_fs.readdirSync)(path.join(logs, session)).filter((n) => n.startsWith("window")).sort()) {
        const dir = path.join(logs, session, w, "exthost");
        if ((0, import_node_fs.existsSync)(dir)) return dir;
      }
    }
    return void 0;
  }
  async close() {
    await this.browser.close().catch(() => void 0);
    if (this.server.exitCode === null) {
      const exited = new Promise((r) => this.server.once("exit", r));
      this.server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5e3))]);
      if (this.server.exitCode === null) this.server.kill("SIGKILL");
    }
    if (!process.env.E2E_KEEP) (0, import_node_fs.rmSync)(this.scratch, { recursive: true, force: true });
  }
}
const startVsCode = (opts) => VsCodeSession.start(opts);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DETERMINISTIC_SETTINGS,
  ROOT,
  SCREENSHOTS,
  VsCodeSession,
  copyWorkspace,
  e2eCache,
  packageVsix,
  startVsCode,
  waitFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvaGFybmVzcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBTaGFyZWQgZW5kLXRvLWVuZCBoYXJuZXNzOiBhIHJlYWwgVlMgQ29kZSAoY29kZS1zZXJ2ZXIgNC4xMDAuMykgaW4gRGViaWFuJ3MgQ2hyb21pdW0gZHJpdmVuIGJ5IHBsYXl3cmlnaHQtY29yZSxcbiAqIHdpdGggdGhlIHBhY2thZ2VkIC52c2l4IGluc3RhbGxlZC4gRXZlcnkgc2Vzc2lvbiBnZXRzIGZyZXNoIEhPTUUsIHVzZXItZGF0YSBhbmQgc2VydmVyLWRhdGEgZm9sZGVycywgYSBmcmVlXG4gKiBsb29wYmFjayBwb3J0IGFuZCBkZXRlcm1pbmlzdGljIHNldHRpbmdzIChzZWUgL3dvcmsvc2hhcmVkL2RvY3MvZTJlLm1kIGZvciB0aGUgbWVhc3VyZWQgZmFjdHMgYmVoaW5kIHRoZW0pLlxuICpcbiAqICAgY29uc3QgdnNjID0gYXdhaXQgc3RhcnRWc0NvZGUoeyB3b3Jrc3BhY2U6IGF3YWl0IGNvcHlXb3Jrc3BhY2UoJ2V4YW1wbGVzL292ZXJsYXknKSB9KTtcbiAqICAgYXdhaXQgdnNjLm9wZW5FeHBsb3JlclBhdGgoWydhcHAtbWlzYycsICdoZWxsbycsICdoZWxsby0xLjAuZWJ1aWxkJ10sIHsgcmlnaHRDbGljazogdHJ1ZSB9KTtcbiAqICAgYXdhaXQgdnNjLmNsaWNrTWVudUl0ZW0oJ0J1aWxkIGluIFNhYmF5b24gY29udGFpbmVyJyk7XG4gKiAgIGF3YWl0IHZzYy53YWl0Rm9yVGVybWluYWxUZXh0KC9zdWNjZWVkZWQvKTtcbiAqICAgYXdhaXQgdnNjLnNjcmVlbnNob3QoJ2J1aWxkLXN1Y2NlZWRlZCcpO1xuICogICBhd2FpdCB2c2MuY2xvc2UoKTtcbiAqL1xuaW1wb3J0IHsgZXhlY0ZpbGVTeW5jLCBzcGF3biwgdHlwZSBDaGlsZFByb2Nlc3MgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgZXhpc3RzU3luYywgbWtkaXJTeW5jLCBta2R0ZW1wU3luYywgcHJvbWlzZXMgYXMgZnMsIHJlYWRkaXJTeW5jLCBybVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIGh0dHAgZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCAqIGFzIG5ldCBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgKiBhcyBvcyBmcm9tICdub2RlOm9zJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcblxuLyoqIFRoZSByZXBvc2l0b3J5IHJvb3QgKHRlc3RzIHJ1biBmcm9tIG91dC90ZXN0L2UyZS8pLiAqL1xuZXhwb3J0IGNvbnN0IFJPT1QgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4nLCAnLi4nLCAnLi4nKTtcbmV4cG9ydCBjb25zdCBTQ1JFRU5TSE9UUyA9IHBhdGguam9pbihST09ULCAndGVzdC1vdXRwdXQnLCAnc2NyZWVuc2hvdHMnKTtcbmNvbnN0IFNFVFVQID0gcGF0aC5qb2luKFJPT1QsICdzY3JpcHRzJywgJ2UyZS1zZXR1cC5zaCcpO1xuXG4vKiogUGxheXdyaWdodCB0eXBlcywgbG9hZGVkIGZyb20gdGhlIGUyZSBjYWNoZSBhdCBydW4gdGltZSAobm90IGEgZGVwZW5kZW5jeSBvZiB0aGUgZXh0ZW5zaW9uKS4gKi9cbi8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvbm8tZXhwbGljaXQtYW55XG50eXBlIEFueSA9IGFueTtcbmV4cG9ydCB0eXBlIFBhZ2UgPSBBbnk7XG5leHBvcnQgdHlwZSBMb2NhdG9yID0gQW55O1xuXG5sZXQgY2FjaGVEaXI6IHN0cmluZyB8IHVuZGVmaW5lZDtcbi8qKiBJbnN0YWxscyBjb2RlLXNlcnZlciwgcGxheXdyaWdodC1jb3JlIGFuZCBDaHJvbWl1bSBvbmNlIChpZGVtcG90ZW50KSBhbmQgcmV0dXJucyB0aGUgY2FjaGUgZm9sZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGUyZUNhY2hlKCk6IHN0cmluZyB7XG4gIGlmIChjYWNoZURpcikgcmV0dXJuIGNhY2hlRGlyO1xuICBjb25zdCBvdXQgPSBleGVjRmlsZVN5bmMoJ2Jhc2gnLCBbU0VUVVBdLCB7IGVuY29kaW5nOiAndXRmOCcsIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ2luaGVyaXQnXSB9KTtcbiAgY2FjaGVEaXIgPSBvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSE7XG4gIHJldHVybiBjYWNoZURpcjtcbn1cblxuZnVuY3Rpb24gdnNjb2RlRGlyKCk6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLmpvaW4oZTJlQ2FjaGUoKSwgJ25vZGVfbW9kdWxlcycsICdjb2RlLXNlcnZlcicsICdsaWInLCAndnNjb2RlJyk7XG59XG5cbmZ1bmN0aW9uIHBsYXl3cmlnaHQoKTogeyBjaHJvbWl1bTogQW55IH0ge1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICByZXR1cm4gcmVxdWlyZShwYXRoLmpvaW4oZTJlQ2FjaGUoKSwgJ25vZGVfbW9kdWxlcycsICdwbGF5d3JpZ2h0LWNvcmUnKSk7XG59XG5cbmxldCB2c2l4UGF0aDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuLyoqXG4gKiBCdWlsZHMgdGhlIGJ1bmRsZXMgYW5kIHBhY2thZ2VzIHRoZSAudnNpeCBvbmNlIHBlciB0ZXN0IHByb2Nlc3MgKEUyRV9WU0lYIG5hbWVzIGEgcHJlYnVpbHQgb25lIGluc3RlYWQpLlxuICogUGFja2FnaW5nIGlzIHdoYXQgYSB1c2VyIGluc3RhbGxzLCBzbyB0aGUgdGVzdHMgZXhlcmNpc2UgdGhlIG1hbmlmZXN0LCBtZW51cyBhbmQgYWN0aXZhdGlvbiBldmVudHMgdG9vLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFja2FnZVZzaXgoKTogc3RyaW5nIHtcbiAgaWYgKHZzaXhQYXRoKSByZXR1cm4gdnNpeFBhdGg7XG4gIGlmIChwcm9jZXNzLmVudi5FMkVfVlNJWCkgcmV0dXJuICh2c2l4UGF0aCA9IHBhdGgucmVzb2x2ZShwcm9jZXNzLmVudi5FMkVfVlNJWCkpO1xuICBjb25zdCBvdXQgPSBwYXRoLmpvaW4oUk9PVCwgJ3Rlc3Qtb3V0cHV0JywgJ2VidWlsZC1idWlsZGVyLnZzaXgnKTtcbiAgbWtkaXJTeW5jKHBhdGguZGlybmFtZShvdXQpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgZXhlY0ZpbGVTeW5jKHByb2Nlc3MuZXhlY1BhdGgsIFtwYXRoLmpvaW4oUk9PVCwgJ3NjcmlwdHMnLCAnYnVuZGxlLm1qcycpXSwgeyBjd2Q6IFJPT1QsIHN0ZGlvOiAnaW5oZXJpdCcgfSk7XG4gIGV4ZWNGaWxlU3luYyhwcm9jZXNzLmV4ZWNQYXRoLCBbcGF0aC5qb2luKFJPT1QsICdub2RlX21vZHVsZXMnLCAnQHZzY29kZScsICd2c2NlJywgJ3ZzY2UnKSwgJ3BhY2thZ2UnLCAnLS1uby1kZXBlbmRlbmNpZXMnLFxuICAgICctLWFsbG93LW1pc3NpbmctcmVwb3NpdG9yeScsICctLXNraXAtbGljZW5zZScsICctbycsIG91dF0sIHsgY3dkOiBST09ULCBzdGRpbzogWydpZ25vcmUnLCAnaWdub3JlJywgJ2luaGVyaXQnXSB9KTtcbiAgcmV0dXJuICh2c2l4UGF0aCA9IG91dCk7XG59XG5cbi8qKiBDb3BpZXMgYSBmb2xkZXIgKGUuZy4gZXhhbXBsZXMvb3ZlcmxheSkgdG8gYSBmcmVzaCB0ZW1wb3Jhcnkgd29ya3NwYWNlIHNvIGJ1aWxkcyBuZXZlciB0b3VjaCB0aGUgcmVwb3NpdG9yeS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjb3B5V29ya3NwYWNlKHJlbGF0aXZlOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhwYXRoLmpvaW4ob3MudG1wZGlyKCksICdlYmItd3MtJykpO1xuICBjb25zdCB0YXJnZXQgPSBwYXRoLmpvaW4oZGlyLCBwYXRoLmJhc2VuYW1lKHJlbGF0aXZlKSk7XG4gIGF3YWl0IGZzLmNwKHBhdGguam9pbihST09ULCByZWxhdGl2ZSksIHRhcmdldCwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIHJldHVybiB0YXJnZXQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGZyZWVQb3J0KCk6IFByb21pc2U8bnVtYmVyPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgc3J2ID0gbmV0LmNyZWF0ZVNlcnZlcigpO1xuICAgIHNydi5vbmNlKCdlcnJvcicsIHJlamVjdCk7XG4gICAgc3J2Lmxpc3RlbigwLCAnMTI3LjAuMC4xJywgKCkgPT4ge1xuICAgICAgY29uc3QgcG9ydCA9IChzcnYuYWRkcmVzcygpIGFzIG5ldC5BZGRyZXNzSW5mbykucG9ydDtcbiAgICAgIHNydi5jbG9zZSgoKSA9PiByZXNvbHZlKHBvcnQpKTtcbiAgICB9KTtcbiAgfSk7XG59XG5cbi8qKiBQb2xscyBgY2hlY2tgIHVudGlsIGl0IHJldHVybnMgYSB0cnV0aHkgdmFsdWU7IGZhaWxzIG5hbWluZyBgd2hhdGAgYWZ0ZXIgYHRpbWVvdXRNc2AuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd2FpdEZvcjxUPih3aGF0OiBzdHJpbmcsIGNoZWNrOiAoKSA9PiBQcm9taXNlPFQ+IHwgVCwgdGltZW91dE1zID0gMzBfMDAwLCBldmVyeU1zID0gMjUwKTogUHJvbWlzZTxOb25OdWxsYWJsZTxUPj4ge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0TXM7XG4gIGxldCBsYXN0OiB1bmtub3duO1xuICBmb3IgKDs7KSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHYgPSBhd2FpdCBjaGVjaygpO1xuICAgICAgaWYgKHYpIHJldHVybiB2IGFzIE5vbk51bGxhYmxlPFQ+O1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGxhc3QgPSBlO1xuICAgIH1cbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSB0aHJvdyBuZXcgRXJyb3IoYFRpbWVkIG91dCBhZnRlciAke3RpbWVvdXRNc30gbXMgd2FpdGluZyBmb3IgJHt3aGF0fSR7bGFzdCA/IGA6ICR7KGxhc3QgYXMgRXJyb3IpLm1lc3NhZ2V9YCA6ICcnfWApO1xuICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIGV2ZXJ5TXMpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBodHRwT2sodXJsOiBzdHJpbmcpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiB7XG4gICAgY29uc3QgcmVxID0gaHR0cC5nZXQodXJsLCAocmVzKSA9PiB7IHJlcy5yZXN1bWUoKTsgcmVzb2x2ZSgocmVzLnN0YXR1c0NvZGUgPz8gNTAwKSA8IDUwMCk7IH0pO1xuICAgIHJlcS5vbignZXJyb3InLCAoKSA9PiByZXNvbHZlKGZhbHNlKSk7XG4gICAgcmVxLnNldFRpbWVvdXQoMjAwMCwgKCkgPT4geyByZXEuZGVzdHJveSgpOyByZXNvbHZlKGZhbHNlKTsgfSk7XG4gIH0pO1xufVxuXG4vKiogU2V0dGluZ3MgdGhhdCBtYWtlIHRoZSB3b3JrYmVuY2ggZGV0ZXJtaW5pc3RpYyAoZTJlLm1kKSwgcGx1cyB0ZXN0LWZyaWVuZGx5IGRlZmF1bHRzLiAqL1xuZXhwb3J0IGNvbnN0IERFVEVSTUlOSVNUSUNfU0VUVElOR1M6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge1xuICAnd29ya2JlbmNoLnN0YXJ0dXBFZGl0b3InOiAnbm9uZScsXG4gICdleHBsb3Jlci5jb21wYWN0Rm9sZGVycyc6IGZhbHNlLFxuICAnd29ya2JlbmNoLnJlZHVjZU1vdGlvbic6ICdvbicsXG4gICd3b3JrYmVuY2gudGlwcy5lbmFibGVkJzogZmFsc2UsXG4gICd3b3JrYmVuY2guZW5hYmxlRXhwZXJpbWVudHMnOiBmYWxzZSxcbiAgJ3Rlcm1pbmFsLmludGVncmF0ZWQuZW5hYmxlUGVyc2lzdGVudFNlc3Npb25zJzogZmFsc2UsXG4gICd0ZXJtaW5hbC5pbnRlZ3JhdGVkLmdwdUFjY2VsZXJhdGlvbic6ICdvZmYnLFxuICAnZXh0ZW5zaW9ucy5hdXRvQ2hlY2tVcGRhdGVzJzogZmFsc2UsXG4gICdleHRlbnNpb25zLmF1dG9VcGRhdGUnOiBmYWxzZSxcbiAgJ2V4dGVuc2lvbnMuaWdub3JlUmVjb21tZW5kYXRpb25zJzogdHJ1ZSxcbiAgJ3RlbGVtZXRyeS50ZWxlbWV0cnlMZXZlbCc6ICdvZmYnLFxuICAndXBkYXRlLm1vZGUnOiAnbm9uZScsXG4gICd3b3JrYmVuY2guY29sb3JUaGVtZSc6ICdEZWZhdWx0IERhcmsgTW9kZXJuJyxcbiAgJ3dpbmRvdy5jb21tYW5kQ2VudGVyJzogZmFsc2UsXG4gICdjaGF0LmNvbW1hbmRDZW50ZXIuZW5hYmxlZCc6IGZhbHNlLFxuICAnd29ya2JlbmNoLnNlY29uZGFyeVNpZGVCYXIuZGVmYXVsdFZpc2liaWxpdHknOiAnaGlkZGVuJyxcbn07XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3RhcnRPcHRpb25zIHtcbiAgLyoqIEZvbGRlciB0byBvcGVuLiAqL1xuICB3b3Jrc3BhY2U6IHN0cmluZztcbiAgLyoqIEV4dHJhIHVzZXIgc2V0dGluZ3MgKG1lcmdlZCBvdmVyIHRoZSBkZXRlcm1pbmlzdGljIG9uZXMpLiAqL1xuICBzZXR0aW5ncz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAvKiogTGVhdmUgV29ya3NwYWNlIFRydXN0IG9uICh0aGUgdHJ1c3QgdGVzdCBhbnN3ZXJzIHRoZSBtb2RhbCBpdHNlbGYpLiBEZWZhdWx0OiB0cnVzdCBkaXNhYmxlZC4gKi9cbiAgd29ya3NwYWNlVHJ1c3Q/OiBib29sZWFuO1xuICAvKiogSW5zdGFsbCB0aGlzIC52c2l4IChkZWZhdWx0OiB0aGUgcGFja2FnZWQgZXh0ZW5zaW9uKS4gYGZhbHNlYDogaW5zdGFsbCBub3RoaW5nLiAqL1xuICB2c2l4Pzogc3RyaW5nIHwgZmFsc2U7XG4gIHZpZXdwb3J0PzogeyB3aWR0aDogbnVtYmVyOyBoZWlnaHQ6IG51bWJlciB9O1xufVxuXG5leHBvcnQgY2xhc3MgVnNDb2RlU2Vzc2lvbiB7XG4gIHJlYWRvbmx5IHNlcnZlckxvZzogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBwYWdlOiBQYWdlLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYnJvd3NlcjogQW55LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc2VydmVyOiBDaGlsZFByb2Nlc3MsXG4gICAgcmVhZG9ubHkgcG9ydDogbnVtYmVyLFxuICAgIC8qKiBTY3JhdGNoIHJvb3Q6IGhvbWUvLCB1c2VyLWRhdGEvLCBzZXJ2ZXItZGF0YS8uICovXG4gICAgcmVhZG9ubHkgc2NyYXRjaDogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHdvcmtzcGFjZTogc3RyaW5nLFxuICApIHt9XG5cbiAgZ2V0IHVzZXJEYXRhRGlyKCk6IHN0cmluZyB7IHJldHVybiBwYXRoLmpvaW4odGhpcy5zY3JhdGNoLCAndXNlci1kYXRhJyk7IH1cblxuICBzdGF0aWMgYXN5bmMgc3RhcnQob3B0czogU3RhcnRPcHRpb25zKTogUHJvbWlzZTxWc0NvZGVTZXNzaW9uPiB7XG4gICAgY29uc3Qgc2NyYXRjaCA9IG1rZHRlbXBTeW5jKHBhdGguam9pbihvcy50bXBkaXIoKSwgJ2ViYi12c2MtJykpO1xuICAgIGNvbnN0IGhvbWUgPSBwYXRoLmpvaW4oc2NyYXRjaCwgJ2hvbWUnKTtcbiAgICBjb25zdCB1ZCA9IHBhdGguam9pbihzY3JhdGNoLCAndXNlci1kYXRhJyk7XG4gICAgY29uc3Qgc2QgPSBwYXRoLmpvaW4oc2NyYXRjaCwgJ3NlcnZlci1kYXRhJyk7XG4gICAgZm9yIChjb25zdCBkIG9mIFtob21lLCBwYXRoLmpvaW4odWQsICdVc2VyJyksIHNkXSkgbWtkaXJTeW5jKGQsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IHNldHRpbmdzID0geyAuLi5ERVRFUk1JTklTVElDX1NFVFRJTkdTLCAuLi4ob3B0cy53b3Jrc3BhY2VUcnVzdCA/IHt9IDogeyAnc2VjdXJpdHkud29ya3NwYWNlLnRydXN0LmVuYWJsZWQnOiBmYWxzZSB9KSwgLi4ub3B0cy5zZXR0aW5ncyB9O1xuICAgIHdyaXRlRmlsZVN5bmMocGF0aC5qb2luKHVkLCAnVXNlcicsICdzZXR0aW5ncy5qc29uJyksIEpTT04uc3RyaW5naWZ5KHNldHRpbmdzLCBudWxsLCAyKSk7XG4gICAgY29uc3Qgc2VydmVyTWFpbiA9IHBhdGguam9pbih2c2NvZGVEaXIoKSwgJ291dCcsICdzZXJ2ZXItbWFpbi5qcycpO1xuICAgIGNvbnN0IGVudiA9IHsgLi4ucHJvY2Vzcy5lbnYsIEhPTUU6IGhvbWUsIFZTQ09ERV9BR0VOVF9GT0xERVI6IHNkIH07XG4gICAgY29uc3QgYmFzZSA9IFsnLS1zZXJ2ZXItZGF0YS1kaXInLCBzZCwgJy0tdXNlci1kYXRhLWRpcicsIHVkXTtcbiAgICBjb25zdCB2c2l4ID0gb3B0cy52c2l4ID09PSB1bmRlZmluZWQgPyBwYWNrYWdlVnNpeCgpIDogb3B0cy52c2l4O1xuICAgIGlmICh2c2l4KSBleGVjRmlsZVN5bmMocHJvY2Vzcy5leGVjUGF0aCwgW3NlcnZlck1haW4sIC4uLmJhc2UsICctLWluc3RhbGwtZXh0ZW5zaW9uJywgdnNpeCwgJy0tZm9yY2UnXSwgeyBlbnYsIHN0ZGlvOiAnaWdub3JlJyB9KTtcbiAgICBjb25zdCBwb3J0ID0gYXdhaXQgZnJlZVBvcnQoKTtcbiAgICBjb25zdCBzZXJ2ZXIgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBbc2VydmVyTWFpbiwgLi4uYmFzZSwgJy0taG9zdCcsICcxMjcuMC4wLjEnLCAnLS1wb3J0JywgU3RyaW5nKHBvcnQpLFxuICAgICAgJy0td2l0aG91dC1jb25uZWN0aW9uLXRva2VuJywgJy0tYWNjZXB0LXNlcnZlci1saWNlbnNlLXRlcm1zJywgJy0tdGVsZW1ldHJ5LWxldmVsJywgJ29mZicsXG4gICAgICAuLi4ob3B0cy53b3Jrc3BhY2VUcnVzdCA/IFtdIDogWyctLWRpc2FibGUtd29ya3NwYWNlLXRydXN0J10pXSwgeyBlbnYsIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgICBzZXJ2ZXIuc3Rkb3V0Py5vbignZGF0YScsIChkOiBCdWZmZXIpID0+IGxpbmVzLnB1c2goZC50b1N0cmluZygpKSk7XG4gICAgc2VydmVyLnN0ZGVycj8ub24oJ2RhdGEnLCAoZDogQnVmZmVyKSA9PiBsaW5lcy5wdXNoKGQudG9TdHJpbmcoKSkpO1xuICAgIGNvbnN0IHVybCA9IGBodHRwOi8vMTI3LjAuMC4xOiR7cG9ydH0vYDtcbiAgICBhd2FpdCB3YWl0Rm9yKCdjb2RlLXNlcnZlciB0byBsaXN0ZW4nLCAoKSA9PiBzZXJ2ZXIuZXhpdENvZGUgPT09IG51bGwgPyBodHRwT2sodXJsKSA6IFByb21pc2UucmVqZWN0KG5ldyBFcnJvcihgY29kZS1zZXJ2ZXIgZXhpdGVkOiAke2xpbmVzLmpvaW4oJycpfWApKSwgMzBfMDAwKTtcbiAgICBjb25zdCBicm93c2VyID0gYXdhaXQgcGxheXdyaWdodCgpLmNocm9taXVtLmxhdW5jaCh7XG4gICAgICBleGVjdXRhYmxlUGF0aDogJy91c3IvYmluL2Nocm9taXVtJywgYXJnczogWyctLW5vLXNhbmRib3gnLCAnLS1kaXNhYmxlLWdwdScsICctLWRpc2FibGUtZGV2LXNobS11c2FnZSddLCBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIEhPTUU6IGhvbWUgfSxcbiAgICB9KTtcbiAgICBjb25zdCBjb250ZXh0ID0gYXdhaXQgYnJvd3Nlci5uZXdDb250ZXh0KHsgdmlld3BvcnQ6IG9wdHMudmlld3BvcnQgPz8geyB3aWR0aDogMTQ0MCwgaGVpZ2h0OiA5MDAgfSB9KTtcbiAgICBhd2FpdCBjb250ZXh0LmdyYW50UGVybWlzc2lvbnMoWydjbGlwYm9hcmQtcmVhZCcsICdjbGlwYm9hcmQtd3JpdGUnXSwgeyBvcmlnaW46IHVybCB9KTtcbiAgICBjb25zdCBwYWdlID0gYXdhaXQgY29udGV4dC5uZXdQYWdlKCk7XG4gICAgY29uc3Qgc2Vzc2lvbiA9IG5ldyBWc0NvZGVTZXNzaW9uKHBhZ2UsIGJyb3dzZXIsIHNlcnZlciwgcG9ydCwgc2NyYXRjaCwgb3B0cy53b3Jrc3BhY2UpO1xuICAgIHNlc3Npb24uc2VydmVyTG9nLnB1c2goLi4ubGluZXMpO1xuICAgIGF3YWl0IHBhZ2UuZ290byhgJHt1cmx9P2ZvbGRlcj0ke2VuY29kZVVSSUNvbXBvbmVudChvcHRzLndvcmtzcGFjZSl9YCk7XG4gICAgYXdhaXQgcGFnZS5sb2NhdG9yKCcubW9uYWNvLXdvcmtiZW5jaCcpLndhaXRGb3IoeyB0aW1lb3V0OiA2MF8wMDAgfSk7XG4gICAgcmV0dXJuIHNlc3Npb247XG4gIH1cblxuICAvLyAtLS0tIGV4cGxvcmVyIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZXhwbG9yZXJSb3cobmFtZTogc3RyaW5nKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMucGFnZS5sb2NhdG9yKGAuZXhwbG9yZXItZm9sZGVycy12aWV3IC5tb25hY28tbGlzdC1yb3dbYXJpYS1sYWJlbD1cIiR7bmFtZX1cIl1gKTtcbiAgfVxuXG4gIC8qKiBPcGVucyB0aGUgRXhwbG9yZXIgYW5kIGV4cGFuZHMgZWFjaCBmb2xkZXIgb2YgYHNlZ21lbnRzYCAocmVsYXRpdmUgdG8gdGhlIHdvcmtzcGFjZSk7IHJldHVybnMgdGhlIGxhc3Qgcm93LiAqL1xuICBhc3luYyByZXZlYWxJbkV4cGxvcmVyKHNlZ21lbnRzOiBzdHJpbmdbXSk6IFByb21pc2U8TG9jYXRvcj4ge1xuICAgIGF3YWl0IHRoaXMuc2hvd0V4cGxvcmVyKCk7XG4gICAgZm9yIChjb25zdCBbaSwgbmFtZV0gb2Ygc2VnbWVudHMuZW50cmllcygpKSB7XG4gICAgICBjb25zdCByb3cgPSB0aGlzLmV4cGxvcmVyUm93KG5hbWUpLmZpcnN0KCk7XG4gICAgICBhd2FpdCByb3cud2FpdEZvcih7IHRpbWVvdXQ6IDMwXzAwMCB9KTtcbiAgICAgIGlmIChpIDwgc2VnbWVudHMubGVuZ3RoIC0gMSAmJiAoYXdhaXQgcm93LmdldEF0dHJpYnV0ZSgnYXJpYS1leHBhbmRlZCcpKSAhPT0gJ3RydWUnKSB7XG4gICAgICAgIGF3YWl0IHJvdy5jbGljaygpO1xuICAgICAgICBhd2FpdCB3YWl0Rm9yKGAke25hbWV9IHRvIGV4cGFuZGAsIGFzeW5jICgpID0+IChhd2FpdCByb3cuZ2V0QXR0cmlidXRlKCdhcmlhLWV4cGFuZGVkJykpID09PSAndHJ1ZScsIDEwXzAwMCk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmV4cGxvcmVyUm93KHNlZ21lbnRzW3NlZ21lbnRzLmxlbmd0aCAtIDFdKS5maXJzdCgpO1xuICB9XG5cbiAgYXN5bmMgc2hvd0V4cGxvcmVyKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmIChhd2FpdCB0aGlzLnBhZ2UubG9jYXRvcignLmV4cGxvcmVyLWZvbGRlcnMtdmlldycpLmlzVmlzaWJsZSgpLmNhdGNoKCgpID0+IGZhbHNlKSkgcmV0dXJuO1xuICAgIGF3YWl0IHRoaXMucGFnZS5rZXlib2FyZC5wcmVzcygnQ29udHJvbCtTaGlmdCtFJyk7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy5leHBsb3Jlci1mb2xkZXJzLXZpZXcnKS53YWl0Rm9yKHsgdGltZW91dDogMzBfMDAwIH0pO1xuICB9XG5cbiAgLyoqIFJpZ2h0LWNsaWNrcyBhbiBleHBsb3JlciByb3cgYW5kIHJldHVybnMgdGhlIGNvbnRleHQgbWVudS4gKi9cbiAgYXN5bmMgcmlnaHRDbGlja0V4cGxvcmVyKHNlZ21lbnRzOiBzdHJpbmdbXSk6IFByb21pc2U8TG9jYXRvcj4ge1xuICAgIGNvbnN0IHJvdyA9IGF3YWl0IHRoaXMucmV2ZWFsSW5FeHBsb3JlcihzZWdtZW50cyk7XG4gICAgYXdhaXQgcm93LmNsaWNrKHsgYnV0dG9uOiAncmlnaHQnIH0pO1xuICAgIGNvbnN0IG1lbnUgPSB0aGlzLmNvbnRleHRNZW51KCk7XG4gICAgYXdhaXQgbWVudS53YWl0Rm9yKHsgdGltZW91dDogMTBfMDAwIH0pO1xuICAgIHJldHVybiBtZW51O1xuICB9XG5cbiAgY29udGV4dE1lbnUoKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMucGFnZS5sb2NhdG9yKCcuY29udGV4dC12aWV3Lm1vbmFjby1tZW51LWNvbnRhaW5lciBbcm9sZT1tZW51XScpLmZpcnN0KCk7XG4gIH1cblxuICBhc3luYyBjbGlja01lbnVJdGVtKG5hbWU6IHN0cmluZyB8IFJlZ0V4cCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHRoaXMuY29udGV4dE1lbnUoKS5nZXRCeVJvbGUoJ21lbnVpdGVtJywgeyBuYW1lIH0pLmZpcnN0KCkuY2xpY2soKTtcbiAgfVxuXG4gIC8qKiBMYWJlbHMgb2YgdGhlIG9wZW4gY29udGV4dCBtZW51IChhZnRlciBhIHN0YW5kYXJkIGl0ZW0gaGFzIGFwcGVhcmVkLCBzbyBhYnNlbmNlIG1lYW5zIGFic2VudCkuICovXG4gIGFzeW5jIG1lbnVJdGVtcyhzdGFuZGFyZEl0ZW0gPSAnQ29weSBQYXRoJyk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICBjb25zdCBtZW51ID0gdGhpcy5jb250ZXh0TWVudSgpO1xuICAgIGF3YWl0IG1lbnUuZ2V0QnlSb2xlKCdtZW51aXRlbScsIHsgbmFtZTogc3RhbmRhcmRJdGVtIH0pLmZpcnN0KCkud2FpdEZvcih7IHRpbWVvdXQ6IDEwXzAwMCB9KTtcbiAgICByZXR1cm4gKGF3YWl0IG1lbnUuZ2V0QnlSb2xlKCdtZW51aXRlbScpLmFsbElubmVyVGV4dHMoKSkubWFwKCh0OiBzdHJpbmcpID0+IHQuc3BsaXQoJ1xcbicpWzBdLnRyaW0oKSk7XG4gIH1cblxuICBhc3luYyBjbG9zZU1lbnUoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmtleWJvYXJkLnByZXNzKCdFc2NhcGUnKTtcbiAgfVxuXG4gIC8vIC0tLS0gY29tbWFuZHMsIG5vdGlmaWNhdGlvbnMsIHZpZXdzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgLyoqIFJ1bnMgYSBjb21tYW5kIGJ5IGl0cyBwYWxldHRlIGxhYmVsLCBlLmcuIGBFYnVpbGQgQnVpbGRlcjogUmVidWlsZCBsYXN0YC4gKi9cbiAgYXN5bmMgcnVuQ29tbWFuZChsYWJlbDogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmtleWJvYXJkLnByZXNzKCdGMScpO1xuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5wYWdlLmxvY2F0b3IoJy5xdWljay1pbnB1dC13aWRnZXQgaW5wdXQnKTtcbiAgICBhd2FpdCBpbnB1dC53YWl0Rm9yKHsgdGltZW91dDogMTBfMDAwIH0pO1xuICAgIGF3YWl0IGlucHV0LmZpbGwoYD4ke2xhYmVsfWApO1xuICAgIGNvbnN0IHJvdyA9IHRoaXMucGFnZS5sb2NhdG9yKCcucXVpY2staW5wdXQtd2lkZ2V0IC5tb25hY28tbGlzdC1yb3cuZm9jdXNlZCcpO1xuICAgIGF3YWl0IHdhaXRGb3IoYHBhbGV0dGUgcm93IFwiJHtsYWJlbH1cImAsIGFzeW5jICgpID0+ICgoYXdhaXQgcm93LmZpcnN0KCkuaW5uZXJUZXh0KCkuY2F0Y2goKCkgPT4gJycpKSBhcyBzdHJpbmcpLmluY2x1ZGVzKGxhYmVsKSwgMTVfMDAwKTtcbiAgICBhd2FpdCB0aGlzLnBhZ2Uua2V5Ym9hcmQucHJlc3MoJ0VudGVyJyk7XG4gIH1cblxuICAvKiogV2FpdHMgZm9yIGEgbm90aWZpY2F0aW9uIHRvYXN0IHdob3NlIG1lc3NhZ2UgbWF0Y2hlczsgcmV0dXJucyB0aGUgdG9hc3QuICovXG4gIGFzeW5jIHdhaXRGb3JOb3RpZmljYXRpb24obWVzc2FnZTogUmVnRXhwLCB0aW1lb3V0TXMgPSA2MF8wMDApOiBQcm9taXNlPExvY2F0b3I+IHtcbiAgICBjb25zdCB0b2FzdCA9IHRoaXMucGFnZS5sb2NhdG9yKCcubm90aWZpY2F0aW9ucy10b2FzdHMgLm5vdGlmaWNhdGlvbi10b2FzdCcsIHtcbiAgICAgIGhhczogdGhpcy5wYWdlLmxvY2F0b3IoJy5ub3RpZmljYXRpb24tbGlzdC1pdGVtLW1lc3NhZ2UnLCB7IGhhc1RleHQ6IG1lc3NhZ2UgfSksXG4gICAgfSkuZmlyc3QoKTtcbiAgICBhd2FpdCB0b2FzdC53YWl0Rm9yKHsgdGltZW91dDogdGltZW91dE1zIH0pO1xuICAgIHJldHVybiB0b2FzdDtcbiAgfVxuXG4gIGFzeW5jIG5vdGlmaWNhdGlvblRleHRzKCk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICByZXR1cm4gdGhpcy5wYWdlLmxvY2F0b3IoJy5ub3RpZmljYXRpb25zLXRvYXN0cyAubm90aWZpY2F0aW9uLWxpc3QtaXRlbS1tZXNzYWdlJykuYWxsSW5uZXJUZXh0cygpO1xuICB9XG5cbiAgLyoqIE9wZW5zIGEgdmlldyBjb250YWluZXIgaW4gdGhlIGFjdGl2aXR5IGJhciBieSBpdHMgdGl0bGUsIGUuZy4gYEVidWlsZCBCdWlsZGVyYC4gKi9cbiAgYXN5bmMgb3BlbkFjdGl2aXR5KHRpdGxlOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBpdGVtID0gdGhpcy5wYWdlLmxvY2F0b3IoYC5hY3Rpdml0eWJhciAuYWN0aW9uLWl0ZW0gYS5hY3Rpb24tbGFiZWxbYXJpYS1sYWJlbF49XCIke3RpdGxlfVwiXWApLmZpcnN0KCk7XG4gICAgYXdhaXQgaXRlbS53YWl0Rm9yKHsgdGltZW91dDogMzBfMDAwIH0pO1xuICAgIGNvbnN0IGNoZWNrZWQgPSBhd2FpdCB0aGlzLnBhZ2UubG9jYXRvcignLmFjdGl2aXR5YmFyIC5hY3Rpb24taXRlbS5jaGVja2VkIGEuYWN0aW9uLWxhYmVsJykuZmlyc3QoKS5nZXRBdHRyaWJ1dGUoJ2FyaWEtbGFiZWwnKS5jYXRjaCgoKSA9PiAnJyk7XG4gICAgaWYgKCFTdHJpbmcoY2hlY2tlZCA/PyAnJykuc3RhcnRzV2l0aCh0aXRsZSkpIGF3YWl0IGl0ZW0uY2xpY2soKTtcbiAgfVxuXG4gIC8qKiBBIHRyZWUgdmlldyBwYW5lIGJ5IGl0cyB0aXRsZSAoZS5nLiBgQnVpbGRzYCkgaW4gdGhlIG9wZW4gc2lkZSBiYXIuICovXG4gIHZpZXdQYW5lKHRpdGxlOiBzdHJpbmcpOiBMb2NhdG9yIHtcbiAgICByZXR1cm4gdGhpcy5wYWdlLmxvY2F0b3IoJy5zaWRlYmFyIC5wYW5lJywgeyBoYXM6IHRoaXMucGFnZS5sb2NhdG9yKGAucGFuZS1oZWFkZXJbYXJpYS1sYWJlbF49XCIke3RpdGxlfVwiXWApIH0pLmZpcnN0KCk7XG4gIH1cblxuICAvKiogQSByb3cgb2YgYSB0cmVlIHZpZXcgd2hvc2UgYXJpYS1sYWJlbCBzdGFydHMgd2l0aCBgbGFiZWxgLiAqL1xuICB0cmVlUm93KHZpZXdUaXRsZTogc3RyaW5nLCBsYWJlbDogc3RyaW5nKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMudmlld1BhbmUodmlld1RpdGxlKS5sb2NhdG9yKGAubW9uYWNvLWxpc3Qtcm93W2FyaWEtbGFiZWxePVwiJHtsYWJlbH1cIl1gKS5maXJzdCgpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXJtaW5hbCBhbmQgZWRpdG9ycyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBUaGUgdmlzaWJsZSB0ZXh0IG9mIHRoZSBhY3RpdmUgdGVybWluYWwgKERPTSByZW5kZXJlcjogZ3B1QWNjZWxlcmF0aW9uIG9mZikuICovXG4gIGFzeW5jIHRlcm1pbmFsVGV4dCgpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIGNvbnN0IHJvd3M6IHN0cmluZ1tdID0gYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy50ZXJtaW5hbC13cmFwcGVyLmFjdGl2ZSAueHRlcm0tcm93cyA+IGRpdicpLmFsbFRleHRDb250ZW50cygpO1xuICAgIHJldHVybiByb3dzLm1hcCgocikgPT4gci5yZXBsYWNlKC9cXHUwMGEwL2csICcgJykpLmpvaW4oJ1xcbicpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSB3aG9sZSBzY3JvbGxiYWNrIG9mIHRoZSBhY3RpdmUgdGVybWluYWw6IHh0ZXJtJ3MgRE9NIGhvbGRzIG9ubHkgdGhlIHZpc2libGUgcm93cywgc28gc2Nyb2xsIHRvIHRoZSB0b3AgYW5kXG4gICAqIHBhZ2UgZG93biwgY29sbGVjdGluZyByb3dzIChwYWdlcyBvdmVybGFwIGJ5IGEgbGluZSBvciB0d28sIHdoaWNoIGRvZXMgbm90IG1hdHRlciBmb3IgbWF0Y2hpbmcpLlxuICAgKi9cbiAgYXN5bmMgdGVybWluYWxCdWZmZXJUZXh0KCk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy50ZXJtaW5hbC13cmFwcGVyLmFjdGl2ZSAueHRlcm0tc2NyZWVuJykuY2xpY2soKTtcbiAgICBhd2FpdCB0aGlzLnBhZ2Uua2V5Ym9hcmQucHJlc3MoJ0NvbnRyb2wrSG9tZScpO1xuICAgIGNvbnN0IHBhZ2VzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGxldCBwcmV2aW91cyA9ICcnO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgNTAwOyBpKyspIHtcbiAgICAgIGNvbnN0IHRleHQgPSBhd2FpdCB0aGlzLnRlcm1pbmFsVGV4dCgpO1xuICAgICAgaWYgKHRleHQgPT09IHByZXZpb3VzKSBicmVhaztcbiAgICAgIHBhZ2VzLnB1c2godGV4dCk7XG4gICAgICBwcmV2aW91cyA9IHRleHQ7XG4gICAgICBhd2FpdCB0aGlzLnBhZ2Uua2V5Ym9hcmQucHJlc3MoJ1NoaWZ0K1BhZ2VEb3duJyk7XG4gICAgfVxuICAgIGF3YWl0IHRoaXMucGFnZS5rZXlib2FyZC5wcmVzcygnQ29udHJvbCtFbmQnKTtcbiAgICByZXR1cm4gcGFnZXMuam9pbignXFxuJyk7XG4gIH1cblxuICBhc3luYyB3YWl0Rm9yVGVybWluYWxUZXh0KHBhdHRlcm46IFJlZ0V4cCwgdGltZW91dE1zID0gMTIwXzAwMCk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgcmV0dXJuIHdhaXRGb3IoYHRlcm1pbmFsIHRleHQgJHtwYXR0ZXJufWAsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHQgPSBhd2FpdCB0aGlzLnRlcm1pbmFsVGV4dCgpO1xuICAgICAgcmV0dXJuIHBhdHRlcm4udGVzdCh0KSA/IHQgOiAnJztcbiAgICB9LCB0aW1lb3V0TXMsIDUwMCk7XG4gIH1cblxuICAvKiogVGl0bGVzIG9mIHRoZSBvcGVuIGVkaXRvciB0YWJzLiAqL1xuICBhc3luYyBlZGl0b3JUYWJzKCk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICByZXR1cm4gKGF3YWl0IHRoaXMucGFnZS5sb2NhdG9yKCcudGFicy1jb250YWluZXIgLnRhYiAubGFiZWwtbmFtZScpLmFsbElubmVyVGV4dHMoKSkubWFwKCh0OiBzdHJpbmcpID0+IHQudHJpbSgpKTtcbiAgfVxuXG4gIC8qKiBUaGUgdmlzaWJsZSB0ZXh0IG9mIHRoZSBhY3RpdmUgZWRpdG9yLiAqL1xuICBhc3luYyBlZGl0b3JUZXh0KCk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy5lZGl0b3ItZ3JvdXAtY29udGFpbmVyLmFjdGl2ZSAudmlldy1saW5lcyAudmlldy1saW5lJykuYWxsVGV4dENvbnRlbnRzKCk7XG4gICAgcmV0dXJuIGxpbmVzLm1hcCgobCkgPT4gbC5yZXBsYWNlKC9cXHUwMGEwL2csICcgJykpLmpvaW4oJ1xcbicpO1xuICB9XG5cbiAgLy8gLS0tLSBhcnRlZmFjdHMgb2YgdGhlIHJ1biAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBTYXZlcyBgdGVzdC1vdXRwdXQvc2NyZWVuc2hvdHMvPG5hbWU+LnBuZ2AgKGFuaW1hdGlvbnMgb2ZmOiBtZW51cyBmYWRlLCB0b2FzdHMgc2xpZGUpLiAqL1xuICBhc3luYyBzY3JlZW5zaG90KG5hbWU6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgbWtkaXJTeW5jKFNDUkVFTlNIT1RTLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBjb25zdCBmaWxlID0gcGF0aC5qb2luKFNDUkVFTlNIT1RTLCBgJHtuYW1lfS5wbmdgKTtcbiAgICBhd2FpdCB0aGlzLnBhZ2Uuc2NyZWVuc2hvdCh7IHBhdGg6IGZpbGUsIGFuaW1hdGlvbnM6ICdkaXNhYmxlZCcgfSk7XG4gICAgcmV0dXJuIGZpbGU7XG4gIH1cblxuICAvKiogVGhlIGxvZyBmb2xkZXIgb2YgdGhpcyB3aW5kb3cncyBleHRlbnNpb24gaG9zdCAoZXh0aG9zdC5sb2csIGFuZCBvbmUgZm9sZGVyIHBlciBleHRlbnNpb24gb3V0cHV0IGNoYW5uZWwpLiAqL1xuICBleHRob3N0TG9nRGlyKCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgbG9ncyA9IHBhdGguam9pbih0aGlzLnVzZXJEYXRhRGlyLCAnbG9ncycpO1xuICAgIGlmICghZXhpc3RzU3luYyhsb2dzKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBmb3IgKGNvbnN0IHNlc3Npb24gb2YgcmVhZGRpclN5bmMobG9ncykuc29ydCgpLnJldmVyc2UoKSkge1xuICAgICAgZm9yIChjb25zdCB3IG9mIHJlYWRkaXJTeW5jKHBhdGguam9pbihsb2dzLCBzZXNzaW9uKSkuZmlsdGVyKChuKSA9PiBuLnN0YXJ0c1dpdGgoJ3dpbmRvdycpKS5zb3J0KCkpIHtcbiAgICAgICAgY29uc3QgZGlyID0gcGF0aC5qb2luKGxvZ3MsIHNlc3Npb24sIHcsICdleHRob3N0Jyk7XG4gICAgICAgIGlmIChleGlzdHNTeW5jKGRpcikpIHJldHVybiBkaXI7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLmJyb3dzZXIuY2xvc2UoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgIGlmICh0aGlzLnNlcnZlci5leGl0Q29kZSA9PT0gbnVsbCkge1xuICAgICAgY29uc3QgZXhpdGVkID0gbmV3IFByb21pc2UoKHIpID0+IHRoaXMuc2VydmVyLm9uY2UoJ2V4aXQnLCByKSk7XG4gICAgICB0aGlzLnNlcnZlci5raWxsKCdTSUdURVJNJyk7XG4gICAgICBhd2FpdCBQcm9taXNlLnJhY2UoW2V4aXRlZCwgbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgNTAwMCkpXSk7XG4gICAgICBpZiAodGhpcy5zZXJ2ZXIuZXhpdENvZGUgPT09IG51bGwpIHRoaXMuc2VydmVyLmtpbGwoJ1NJR0tJTEwnKTtcbiAgICB9XG4gICAgaWYgKCFwcm9jZXNzLmVudi5FMkVfS0VFUCkgcm1TeW5jKHRoaXMuc2NyYXRjaCwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59XG5cbmV4cG9ydCBjb25zdCBzdGFydFZzQ29kZSA9IChvcHRzOiBTdGFydE9wdGlvbnMpOiBQcm9taXNlPFZzQ29kZVNlc3Npb24+ID0+IFZzQ29kZVNlc3Npb24uc3RhcnQob3B0cyk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFZQSxnQ0FBdUQ7QUFDdkQscUJBQXVHO0FBQ3ZHLFdBQXNCO0FBQ3RCLFVBQXFCO0FBQ3JCLFNBQW9CO0FBQ3BCLFdBQXNCO0FBR2YsTUFBTSxPQUFPLEtBQUssUUFBUSxXQUFXLE1BQU0sTUFBTSxJQUFJO0FBQ3JELE1BQU0sY0FBYyxLQUFLLEtBQUssTUFBTSxlQUFlLGFBQWE7QUFDdkUsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsY0FBYztBQVF2RCxJQUFJO0FBRUcsU0FBUyxXQUFtQjtBQUNqQyxNQUFJLFNBQVUsUUFBTztBQUNyQixRQUFNLFVBQU0sd0NBQWEsUUFBUSxDQUFDLEtBQUssR0FBRyxFQUFFLFVBQVUsUUFBUSxPQUFPLENBQUMsVUFBVSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ3BHLGFBQVcsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsSUFBSTtBQUN0QyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQW9CO0FBQzNCLFNBQU8sS0FBSyxLQUFLLFNBQVMsR0FBRyxnQkFBZ0IsZUFBZSxPQUFPLFFBQVE7QUFDN0U7QUFFQSxTQUFTLGFBQWdDO0FBRXZDLFNBQU8sUUFBUSxLQUFLLEtBQUssU0FBUyxHQUFHLGdCQUFnQixpQkFBaUIsQ0FBQztBQUN6RTtBQUVBLElBQUk7QUFLRyxTQUFTLGNBQXNCO0FBQ3BDLE1BQUksU0FBVSxRQUFPO0FBQ3JCLE1BQUksUUFBUSxJQUFJLFNBQVUsUUFBUSxXQUFXLEtBQUssUUFBUSxRQUFRLElBQUksUUFBUTtBQUM5RSxRQUFNLE1BQU0sS0FBSyxLQUFLLE1BQU0sZUFBZSxxQkFBcUI7QUFDaEUsZ0NBQVUsS0FBSyxRQUFRLEdBQUcsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ2hELDhDQUFhLFFBQVEsVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNLFdBQVcsWUFBWSxDQUFDLEdBQUcsRUFBRSxLQUFLLE1BQU0sT0FBTyxVQUFVLENBQUM7QUFDMUcsOENBQWEsUUFBUSxVQUFVO0FBQUEsSUFBQyxLQUFLLEtBQUssTUFBTSxnQkFBZ0IsV0FBVyxRQUFRLE1BQU07QUFBQSxJQUFHO0FBQUEsSUFBVztBQUFBLElBQ3JHO0FBQUEsSUFBOEI7QUFBQSxJQUFrQjtBQUFBLElBQU07QUFBQSxFQUFHLEdBQUcsRUFBRSxLQUFLLE1BQU0sT0FBTyxDQUFDLFVBQVUsVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUNuSCxTQUFRLFdBQVc7QUFDckI7QUFHQSxlQUFzQixjQUFjLFVBQW1DO0FBQ3JFLFFBQU0sVUFBTSw0QkFBWSxLQUFLLEtBQUssR0FBRyxPQUFPLEdBQUcsU0FBUyxDQUFDO0FBQ3pELFFBQU0sU0FBUyxLQUFLLEtBQUssS0FBSyxLQUFLLFNBQVMsUUFBUSxDQUFDO0FBQ3JELFFBQU0sZUFBQUEsU0FBRyxHQUFHLEtBQUssS0FBSyxNQUFNLFFBQVEsR0FBRyxRQUFRLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDbEUsU0FBTztBQUNUO0FBRUEsZUFBZSxXQUE0QjtBQUN6QyxTQUFPLElBQUksUUFBUSxDQUFDLFNBQVMsV0FBVztBQUN0QyxVQUFNLE1BQU0sSUFBSSxhQUFhO0FBQzdCLFFBQUksS0FBSyxTQUFTLE1BQU07QUFDeEIsUUFBSSxPQUFPLEdBQUcsYUFBYSxNQUFNO0FBQy9CLFlBQU0sT0FBUSxJQUFJLFFBQVEsRUFBc0I7QUFDaEQsVUFBSSxNQUFNLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFBQSxJQUMvQixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0g7QUFHQSxlQUFzQixRQUFXLE1BQWMsT0FBNkIsWUFBWSxLQUFRLFVBQVUsS0FBOEI7QUFDdEksUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJO0FBQzlCLE1BQUk7QUFDSixhQUFTO0FBQ1AsUUFBSTtBQUNGLFlBQU0sSUFBSSxNQUFNLE1BQU07QUFDdEIsVUFBSSxFQUFHLFFBQU87QUFBQSxJQUNoQixTQUFTLEdBQUc7QUFDVixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLElBQUksTUFBTSxtQkFBbUIsU0FBUyxtQkFBbUIsSUFBSSxHQUFHLE9BQU8sS0FBTSxLQUFlLE9BQU8sS0FBSyxFQUFFLEVBQUU7QUFDN0ksVUFBTSxJQUFJLFFBQVEsQ0FBQyxNQUFNLFdBQVcsR0FBRyxPQUFPLENBQUM7QUFBQSxFQUNqRDtBQUNGO0FBRUEsU0FBUyxPQUFPLEtBQStCO0FBQzdDLFNBQU8sSUFBSSxRQUFRLENBQUMsWUFBWTtBQUM5QixVQUFNLE1BQU0sS0FBSyxJQUFJLEtBQUssQ0FBQyxRQUFRO0FBQUUsVUFBSSxPQUFPO0FBQUcsZUFBUyxJQUFJLGNBQWMsT0FBTyxHQUFHO0FBQUEsSUFBRyxDQUFDO0FBQzVGLFFBQUksR0FBRyxTQUFTLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDcEMsUUFBSSxXQUFXLEtBQU0sTUFBTTtBQUFFLFVBQUksUUFBUTtBQUFHLGNBQVEsS0FBSztBQUFBLElBQUcsQ0FBQztBQUFBLEVBQy9ELENBQUM7QUFDSDtBQUdPLE1BQU0seUJBQWtEO0FBQUEsRUFDN0QsMkJBQTJCO0FBQUEsRUFDM0IsMkJBQTJCO0FBQUEsRUFDM0IsMEJBQTBCO0FBQUEsRUFDMUIsMEJBQTBCO0FBQUEsRUFDMUIsK0JBQStCO0FBQUEsRUFDL0IsZ0RBQWdEO0FBQUEsRUFDaEQsdUNBQXVDO0FBQUEsRUFDdkMsK0JBQStCO0FBQUEsRUFDL0IseUJBQXlCO0FBQUEsRUFDekIsb0NBQW9DO0FBQUEsRUFDcEMsNEJBQTRCO0FBQUEsRUFDNUIsZUFBZTtBQUFBLEVBQ2Ysd0JBQXdCO0FBQUEsRUFDeEIsd0JBQXdCO0FBQUEsRUFDeEIsOEJBQThCO0FBQUEsRUFDOUIsZ0RBQWdEO0FBQ2xEO0FBY08sTUFBTSxjQUFjO0FBQUEsRUFFakIsWUFDRyxNQUNRLFNBQ0EsUUFDUixNQUVBLFNBQ0EsV0FDVDtBQVBTO0FBQ1E7QUFDQTtBQUNSO0FBRUE7QUFDQTtBQUFBLEVBQ1I7QUFBQSxFQVBRO0FBQUEsRUFDUTtBQUFBLEVBQ0E7QUFBQSxFQUNSO0FBQUEsRUFFQTtBQUFBLEVBQ0E7QUFBQSxFQVJGLFlBQXNCLENBQUM7QUFBQSxFQVdoQyxJQUFJLGNBQXNCO0FBQUUsV0FBTyxLQUFLLEtBQUssS0FBSyxTQUFTLFdBQVc7QUFBQSxFQUFHO0FBQUEsRUFFekUsYUFBYSxNQUFNLE1BQTRDO0FBQzdELFVBQU0sY0FBVSw0QkFBWSxLQUFLLEtBQUssR0FBRyxPQUFPLEdBQUcsVUFBVSxDQUFDO0FBQzlELFVBQU0sT0FBTyxLQUFLLEtBQUssU0FBUyxNQUFNO0FBQ3RDLFVBQU0sS0FBSyxLQUFLLEtBQUssU0FBUyxXQUFXO0FBQ3pDLFVBQU0sS0FBSyxLQUFLLEtBQUssU0FBUyxhQUFhO0FBQzNDLGVBQVcsS0FBSyxDQUFDLE1BQU0sS0FBSyxLQUFLLElBQUksTUFBTSxHQUFHLEVBQUUsRUFBRywrQkFBVSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDbkYsVUFBTSxXQUFXLEVBQUUsR0FBRyx3QkFBd0IsR0FBSSxLQUFLLGlCQUFpQixDQUFDLElBQUksRUFBRSxvQ0FBb0MsTUFBTSxHQUFJLEdBQUcsS0FBSyxTQUFTO0FBQzlJLHNDQUFjLEtBQUssS0FBSyxJQUFJLFFBQVEsZUFBZSxHQUFHLEtBQUssVUFBVSxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQ3ZGLFVBQU0sYUFBYSxLQUFLLEtBQUssVUFBVSxHQUFHLE9BQU8sZ0JBQWdCO0FBQ2pFLFVBQU0sTUFBTSxFQUFFLEdBQUcsUUFBUSxLQUFLLE1BQU0sTUFBTSxxQkFBcUIsR0FBRztBQUNsRSxVQUFNLE9BQU8sQ0FBQyxxQkFBcUIsSUFBSSxtQkFBbUIsRUFBRTtBQUM1RCxVQUFNLE9BQU8sS0FBSyxTQUFTLFNBQVksWUFBWSxJQUFJLEtBQUs7QUFDNUQsUUFBSSxLQUFNLDZDQUFhLFFBQVEsVUFBVSxDQUFDLFlBQVksR0FBRyxNQUFNLHVCQUF1QixNQUFNLFNBQVMsR0FBRyxFQUFFLEtBQUssT0FBTyxTQUFTLENBQUM7QUFDaEksVUFBTSxPQUFPLE1BQU0sU0FBUztBQUM1QixVQUFNLGFBQVMsaUNBQU0sUUFBUSxVQUFVO0FBQUEsTUFBQztBQUFBLE1BQVksR0FBRztBQUFBLE1BQU07QUFBQSxNQUFVO0FBQUEsTUFBYTtBQUFBLE1BQVUsT0FBTyxJQUFJO0FBQUEsTUFDdkc7QUFBQSxNQUE4QjtBQUFBLE1BQWlDO0FBQUEsTUFBcUI7QUFBQSxNQUNwRixHQUFJLEtBQUssaUJBQWlCLENBQUMsSUFBSSxDQUFDLDJCQUEyQjtBQUFBLElBQUUsR0FBRyxFQUFFLEtBQUssT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUM1RyxVQUFNLFFBQWtCLENBQUM7QUFDekIsV0FBTyxRQUFRLEdBQUcsUUFBUSxDQUFDLE1BQWMsTUFBTSxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDakUsV0FBTyxRQUFRLEdBQUcsUUFBUSxDQUFDLE1BQWMsTUFBTSxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDakUsVUFBTSxNQUFNLG9CQUFvQixJQUFJO0FBQ3BDLFVBQU0sUUFBUSx5QkFBeUIsTUFBTSxPQUFPLGFBQWEsT0FBTyxPQUFPLEdBQUcsSUFBSSxRQUFRLE9BQU8sSUFBSSxNQUFNLHVCQUF1QixNQUFNLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQyxHQUFHLEdBQU07QUFDaEssVUFBTSxVQUFVLE1BQU0sV0FBVyxFQUFFLFNBQVMsT0FBTztBQUFBLE1BQ2pELGdCQUFnQjtBQUFBLE1BQXFCLE1BQU0sQ0FBQyxnQkFBZ0IsaUJBQWlCLHlCQUF5QjtBQUFBLE1BQUcsS0FBSyxFQUFFLEdBQUcsUUFBUSxLQUFLLE1BQU0sS0FBSztBQUFBLElBQzdJLENBQUM7QUFDRCxVQUFNLFVBQVUsTUFBTSxRQUFRLFdBQVcsRUFBRSxVQUFVLEtBQUssWUFBWSxFQUFFLE9BQU8sTUFBTSxRQUFRLElBQUksRUFBRSxDQUFDO0FBQ3BHLFVBQU0sUUFBUSxpQkFBaUIsQ0FBQyxrQkFBa0IsaUJBQWlCLEdBQUcsRUFBRSxRQUFRLElBQUksQ0FBQztBQUNyRixVQUFNLE9BQU8sTUFBTSxRQUFRLFFBQVE7QUFDbkMsVUFBTSxVQUFVLElBQUksY0FBYyxNQUFNLFNBQVMsUUFBUSxNQUFNLFNBQVMsS0FBSyxTQUFTO0FBQ3RGLFlBQVEsVUFBVSxLQUFLLEdBQUcsS0FBSztBQUMvQixVQUFNLEtBQUssS0FBSyxHQUFHLEdBQUcsV0FBVyxtQkFBbUIsS0FBSyxTQUFTLENBQUMsRUFBRTtBQUNyRSxVQUFNLEtBQUssUUFBUSxtQkFBbUIsRUFBRSxRQUFRLEVBQUUsU0FBUyxJQUFPLENBQUM7QUFDbkUsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBSUEsWUFBWSxNQUF1QjtBQUNqQyxXQUFPLEtBQUssS0FBSyxRQUFRLHVEQUF1RCxJQUFJLElBQUk7QUFBQSxFQUMxRjtBQUFBO0FBQUEsRUFHQSxNQUFNLGlCQUFpQixVQUFzQztBQUMzRCxVQUFNLEtBQUssYUFBYTtBQUN4QixlQUFXLENBQUMsR0FBRyxJQUFJLEtBQUssU0FBUyxRQUFRLEdBQUc7QUFDMUMsWUFBTSxNQUFNLEtBQUssWUFBWSxJQUFJLEVBQUUsTUFBTTtBQUN6QyxZQUFNLElBQUksUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQ3JDLFVBQUksSUFBSSxTQUFTLFNBQVMsS0FBTSxNQUFNLElBQUksYUFBYSxlQUFlLE1BQU8sUUFBUTtBQUNuRixjQUFNLElBQUksTUFBTTtBQUNoQixjQUFNLFFBQVEsR0FBRyxJQUFJLGNBQWMsWUFBYSxNQUFNLElBQUksYUFBYSxlQUFlLE1BQU8sUUFBUSxHQUFNO0FBQUEsTUFDN0c7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLFlBQVksU0FBUyxTQUFTLFNBQVMsQ0FBQyxDQUFDLEVBQUUsTUFBTTtBQUFBLEVBQy9EO0FBQUEsRUFFQSxNQUFNLGVBQThCO0FBQ2xDLFFBQUksTUFBTSxLQUFLLEtBQUssUUFBUSx3QkFBd0IsRUFBRSxVQUFVLEVBQUUsTUFBTSxNQUFNLEtBQUssRUFBRztBQUN0RixVQUFNLEtBQUssS0FBSyxTQUFTLE1BQU0saUJBQWlCO0FBQ2hELFVBQU0sS0FBSyxLQUFLLFFBQVEsd0JBQXdCLEVBQUUsUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQUEsRUFDL0U7QUFBQTtBQUFBLEVBR0EsTUFBTSxtQkFBbUIsVUFBc0M7QUFDN0QsVUFBTSxNQUFNLE1BQU0sS0FBSyxpQkFBaUIsUUFBUTtBQUNoRCxVQUFNLElBQUksTUFBTSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQ25DLFVBQU0sT0FBTyxLQUFLLFlBQVk7QUFDOUIsVUFBTSxLQUFLLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsY0FBdUI7QUFDckIsV0FBTyxLQUFLLEtBQUssUUFBUSxpREFBaUQsRUFBRSxNQUFNO0FBQUEsRUFDcEY7QUFBQSxFQUVBLE1BQU0sY0FBYyxNQUFzQztBQUN4RCxVQUFNLEtBQUssWUFBWSxFQUFFLFVBQVUsWUFBWSxFQUFFLEtBQUssQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDekU7QUFBQTtBQUFBLEVBR0EsTUFBTSxVQUFVLGVBQWUsYUFBZ0M7QUFDN0QsVUFBTSxPQUFPLEtBQUssWUFBWTtBQUM5QixVQUFNLEtBQUssVUFBVSxZQUFZLEVBQUUsTUFBTSxhQUFhLENBQUMsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQzVGLFlBQVEsTUFBTSxLQUFLLFVBQVUsVUFBVSxFQUFFLGNBQWMsR0FBRyxJQUFJLENBQUMsTUFBYyxFQUFFLE1BQU0sSUFBSSxFQUFFLENBQUMsRUFBRSxLQUFLLENBQUM7QUFBQSxFQUN0RztBQUFBLEVBRUEsTUFBTSxZQUEyQjtBQUMvQixVQUFNLEtBQUssS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3pDO0FBQUE7QUFBQTtBQUFBLEVBS0EsTUFBTSxXQUFXLE9BQThCO0FBQzdDLFVBQU0sS0FBSyxLQUFLLFNBQVMsTUFBTSxJQUFJO0FBQ25DLFVBQU0sUUFBUSxLQUFLLEtBQUssUUFBUSwyQkFBMkI7QUFDM0QsVUFBTSxNQUFNLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUN2QyxVQUFNLE1BQU0sS0FBSyxJQUFJLEtBQUssRUFBRTtBQUM1QixVQUFNLE1BQU0sS0FBSyxLQUFLLFFBQVEsOENBQThDO0FBQzVFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxLQUFLLGFBQWMsTUFBTSxJQUFJLE1BQU0sRUFBRSxVQUFVLEVBQUUsTUFBTSxNQUFNLEVBQUUsR0FBYyxTQUFTLEtBQUssR0FBRyxJQUFNO0FBQ3ZJLFVBQU0sS0FBSyxLQUFLLFNBQVMsTUFBTSxPQUFPO0FBQUEsRUFDeEM7QUFBQTtBQUFBLEVBR0EsTUFBTSxvQkFBb0IsU0FBaUIsWUFBWSxLQUEwQjtBQUMvRSxVQUFNLFFBQVEsS0FBSyxLQUFLLFFBQVEsNkNBQTZDO0FBQUEsTUFDM0UsS0FBSyxLQUFLLEtBQUssUUFBUSxtQ0FBbUMsRUFBRSxTQUFTLFFBQVEsQ0FBQztBQUFBLElBQ2hGLENBQUMsRUFBRSxNQUFNO0FBQ1QsVUFBTSxNQUFNLFFBQVEsRUFBRSxTQUFTLFVBQVUsQ0FBQztBQUMxQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxvQkFBdUM7QUFDM0MsV0FBTyxLQUFLLEtBQUssUUFBUSx1REFBdUQsRUFBRSxjQUFjO0FBQUEsRUFDbEc7QUFBQTtBQUFBLEVBR0EsTUFBTSxhQUFhLE9BQThCO0FBQy9DLFVBQU0sT0FBTyxLQUFLLEtBQUssUUFBUSx5REFBeUQsS0FBSyxJQUFJLEVBQUUsTUFBTTtBQUN6RyxVQUFNLEtBQUssUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQ3RDLFVBQU0sVUFBVSxNQUFNLEtBQUssS0FBSyxRQUFRLGtEQUFrRCxFQUFFLE1BQU0sRUFBRSxhQUFhLFlBQVksRUFBRSxNQUFNLE1BQU0sRUFBRTtBQUM3SSxRQUFJLENBQUMsT0FBTyxXQUFXLEVBQUUsRUFBRSxXQUFXLEtBQUssRUFBRyxPQUFNLEtBQUssTUFBTTtBQUFBLEVBQ2pFO0FBQUE7QUFBQSxFQUdBLFNBQVMsT0FBd0I7QUFDL0IsV0FBTyxLQUFLLEtBQUssUUFBUSxrQkFBa0IsRUFBRSxLQUFLLEtBQUssS0FBSyxRQUFRLDZCQUE2QixLQUFLLElBQUksRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUFBLEVBQ3ZIO0FBQUE7QUFBQSxFQUdBLFFBQVEsV0FBbUIsT0FBd0I7QUFDakQsV0FBTyxLQUFLLFNBQVMsU0FBUyxFQUFFLFFBQVEsaUNBQWlDLEtBQUssSUFBSSxFQUFFLE1BQU07QUFBQSxFQUM1RjtBQUFBO0FBQUE7QUFBQSxFQUtBLE1BQU0sZUFBZ0M7QUFDcEMsVUFBTSxPQUFpQixNQUFNLEtBQUssS0FBSyxRQUFRLDRDQUE0QyxFQUFFLGdCQUFnQjtBQUM3RyxXQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLFdBQVcsR0FBRyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDN0Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsTUFBTSxxQkFBc0M7QUFDMUMsVUFBTSxLQUFLLEtBQUssUUFBUSx3Q0FBd0MsRUFBRSxNQUFNO0FBQ3hFLFVBQU0sS0FBSyxLQUFLLFNBQVMsTUFBTSxjQUFjO0FBQzdDLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFJLFdBQVc7QUFDZixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssS0FBSztBQUM1QixZQUFNLE9BQU8sTUFBTSxLQUFLLGFBQWE7QUFDckMsVUFBSSxTQUFTLFNBQVU7QUFDdkIsWUFBTSxLQUFLLElBQUk7QUFDZixpQkFBVztBQUNYLFlBQU0sS0FBSyxLQUFLLFNBQVMsTUFBTSxnQkFBZ0I7QUFBQSxJQUNqRDtBQUNBLFVBQU0sS0FBSyxLQUFLLFNBQVMsTUFBTSxhQUFhO0FBQzVDLFdBQU8sTUFBTSxLQUFLLElBQUk7QUFBQSxFQUN4QjtBQUFBLEVBRUEsTUFBTSxvQkFBb0IsU0FBaUIsWUFBWSxNQUEwQjtBQUMvRSxXQUFPLFFBQVEsaUJBQWlCLE9BQU8sSUFBSSxZQUFZO0FBQ3JELFlBQU0sSUFBSSxNQUFNLEtBQUssYUFBYTtBQUNsQyxhQUFPLFFBQVEsS0FBSyxDQUFDLElBQUksSUFBSTtBQUFBLElBQy9CLEdBQUcsV0FBVyxHQUFHO0FBQUEsRUFDbkI7QUFBQTtBQUFBLEVBR0EsTUFBTSxhQUFnQztBQUNwQyxZQUFRLE1BQU0sS0FBSyxLQUFLLFFBQVEsa0NBQWtDLEVBQUUsY0FBYyxHQUFHLElBQUksQ0FBQyxNQUFjLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDbEg7QUFBQTtBQUFBLEVBR0EsTUFBTSxhQUE4QjtBQUNsQyxVQUFNLFFBQWtCLE1BQU0sS0FBSyxLQUFLLFFBQVEsdURBQXVELEVBQUUsZ0JBQWdCO0FBQ3pILFdBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsV0FBVyxHQUFHLENBQUMsRUFBRSxLQUFLLElBQUk7QUFBQSxFQUM5RDtBQUFBO0FBQUE7QUFBQSxFQUtBLE1BQU0sV0FBVyxNQUErQjtBQUM5QyxrQ0FBVSxhQUFhLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDMUMsVUFBTSxPQUFPLEtBQUssS0FBSyxhQUFhLEdBQUcsSUFBSSxNQUFNO0FBQ2pELFVBQU0sS0FBSyxLQUFLLFdBQVcsRUFBRSxNQUFNLE1BQU0sWUFBWSxXQUFXLENBQUM7QUFDakUsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsZ0JBQW9DO0FBQ2xDLFVBQU0sT0FBTyxLQUFLLEtBQUssS0FBSyxhQUFhLE1BQU07QUFDL0MsUUFBSSxLQUFDLDJCQUFXLElBQUksRUFBRyxRQUFPO0FBQzlCLGVBQVcsZUFBVyw0QkFBWSxJQUFJLEVBQUUsS0FBSyxFQUFFLFFBQVEsR0FBRztBQUN4RCxpQkFBVyxTQUFLLDRCQUFZLEtBQUssS0FBSyxNQUFNLE9BQU8sQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUc7QUFDbEcsY0FBTSxNQUFNLEtBQUssS0FBSyxNQUFNLFNBQVMsR0FBRyxTQUFTO0FBQ2pELGdCQUFJLDJCQUFXLEdBQUcsRUFBRyxRQUFPO0FBQUEsTUFDOUI7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsVUFBTSxLQUFLLFFBQVEsTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQ2hELFFBQUksS0FBSyxPQUFPLGFBQWEsTUFBTTtBQUNqQyxZQUFNLFNBQVMsSUFBSSxRQUFRLENBQUMsTUFBTSxLQUFLLE9BQU8sS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM3RCxXQUFLLE9BQU8sS0FBSyxTQUFTO0FBQzFCLFlBQU0sUUFBUSxLQUFLLENBQUMsUUFBUSxJQUFJLFFBQVEsQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3BFLFVBQUksS0FBSyxPQUFPLGFBQWEsS0FBTSxNQUFLLE9BQU8sS0FBSyxTQUFTO0FBQUEsSUFDL0Q7QUFDQSxRQUFJLENBQUMsUUFBUSxJQUFJLFNBQVUsNEJBQU8sS0FBSyxTQUFTLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDbEY7QUFDRjtBQUVPLE1BQU0sY0FBYyxDQUFDLFNBQStDLGNBQWMsTUFBTSxJQUFJOyIsCiAgIm5hbWVzIjogWyJmcyJdCn0K
