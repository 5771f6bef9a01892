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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvaGFybmVzcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBTaGFyZWQgZW5kLXRvLWVuZCBoYXJuZXNzOiBhIHJlYWwgVlMgQ29kZSAoY29kZS1zZXJ2ZXIgNC4xMDAuMykgaW4gRGViaWFuJ3MgQ2hyb21pdW0gZHJpdmVuIGJ5IHBsYXl3cmlnaHQtY29yZSxcbiAqIHdpdGggdGhlIHBhY2thZ2VkIC52c2l4IGluc3RhbGxlZC4gRXZlcnkgc2Vzc2lvbiBnZXRzIGZyZXNoIEhPTUUsIHVzZXItZGF0YSBhbmQgc2VydmVyLWRhdGEgZm9sZGVycywgYSBmcmVlXG4gKiBsb29wYmFjayBwb3J0IGFuZCBkZXRlcm1pbmlzdGljIHNldHRpbmdzIChzZWUgL3dvcmsvc2hhcmVkL2RvY3MvZTJlLm1kIGZvciB0aGUgbWVhc3VyZWQgZmFjdHMgYmVoaW5kIHRoZW0pLlxuICpcbiAqICAgY29uc3QgdnNjID0gYXdhaXQgc3RhcnRWc0NvZGUoeyB3b3Jrc3BhY2U6IGF3YWl0IGNvcHlXb3Jrc3BhY2UoJ2V4YW1wbGVzL292ZXJsYXknKSB9KTtcbiAqICAgYXdhaXQgdnNjLm9wZW5FeHBsb3JlclBhdGgoWydhcHAtbWlzYycsICdoZWxsbycsICdoZWxsby0xLjAuZWJ1aWxkJ10sIHsgcmlnaHRDbGljazogdHJ1ZSB9KTtcbiAqICAgYXdhaXQgdnNjLmNsaWNrTWVudUl0ZW0oJ0J1aWxkIGluIFNhYmF5b24gY29udGFpbmVyJyk7XG4gKiAgIGF3YWl0IHZzYy53YWl0Rm9yVGVybWluYWxUZXh0KC9zdWNjZWVkZWQvKTtcbiAqICAgYXdhaXQgdnNjLnNjcmVlbnNob3QoJ2J1aWxkLXN1Y2NlZWRlZCcpO1xuICogICBhd2FpdCB2c2MuY2xvc2UoKTtcbiAqL1xuaW1wb3J0IHsgZXhlY0ZpbGVTeW5jLCBzcGF3biwgdHlwZSBDaGlsZFByb2Nlc3MgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgZXhpc3RzU3luYywgbWtkaXJTeW5jLCBta2R0ZW1wU3luYywgcHJvbWlzZXMgYXMgZnMsIHJlYWRkaXJTeW5jLCBybVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIGh0dHAgZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCAqIGFzIG5ldCBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgKiBhcyBvcyBmcm9tICdub2RlOm9zJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcblxuLyoqIFRoZSByZXBvc2l0b3J5IHJvb3QgKHRlc3RzIHJ1biBmcm9tIG91dC90ZXN0L2UyZS8pLiAqL1xuZXhwb3J0IGNvbnN0IFJPT1QgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4nLCAnLi4nLCAnLi4nKTtcbmV4cG9ydCBjb25zdCBTQ1JFRU5TSE9UUyA9IHBhdGguam9pbihST09ULCAndGVzdC1vdXRwdXQnLCAnc2NyZWVuc2hvdHMnKTtcbmNvbnN0IFNFVFVQID0gcGF0aC5qb2luKFJPT1QsICdzY3JpcHRzJywgJ2UyZS1zZXR1cC5zaCcpO1xuXG4vKiogUGxheXdyaWdodCB0eXBlcywgbG9hZGVkIGZyb20gdGhlIGUyZSBjYWNoZSBhdCBydW4gdGltZSAobm90IGEgZGVwZW5kZW5jeSBvZiB0aGUgZXh0ZW5zaW9uKS4gKi9cbi8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvbm8tZXhwbGljaXQtYW55XG50eXBlIEFueSA9IGFueTtcbmV4cG9ydCB0eXBlIFBhZ2UgPSBBbnk7XG5leHBvcnQgdHlwZSBMb2NhdG9yID0gQW55O1xuXG5sZXQgY2FjaGVEaXI6IHN0cmluZyB8IHVuZGVmaW5lZDtcbi8qKiBJbnN0YWxscyBjb2RlLXNlcnZlciwgcGxheXdyaWdodC1jb3JlIGFuZCBDaHJvbWl1bSBvbmNlIChpZGVtcG90ZW50KSBhbmQgcmV0dXJucyB0aGUgY2FjaGUgZm9sZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGUyZUNhY2hlKCk6IHN0cmluZyB7XG4gIGlmIChjYWNoZURpcikgcmV0dXJuIGNhY2hlRGlyO1xuICBjb25zdCBvdXQgPSBleGVjRmlsZVN5bmMoJ2Jhc2gnLCBbU0VUVVBdLCB7IGVuY29kaW5nOiAndXRmOCcsIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ2luaGVyaXQnXSB9KTtcbiAgY2FjaGVEaXIgPSBvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSE7XG4gIHJldHVybiBjYWNoZURpcjtcbn1cblxuZnVuY3Rpb24gdnNjb2RlRGlyKCk6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLmpvaW4oZTJlQ2FjaGUoKSwgJ25vZGVfbW9kdWxlcycsICdjb2RlLXNlcnZlcicsICdsaWInLCAndnNjb2RlJyk7XG59XG5cbmZ1bmN0aW9uIHBsYXl3cmlnaHQoKTogeyBjaHJvbWl1bTogQW55IH0ge1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICByZXR1cm4gcmVxdWlyZShwYXRoLmpvaW4oZTJlQ2FjaGUoKSwgJ25vZGVfbW9kdWxlcycsICdwbGF5d3JpZ2h0LWNvcmUnKSk7XG59XG5cbmxldCB2c2l4UGF0aDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuLyoqXG4gKiBCdWlsZHMgdGhlIGJ1bmRsZXMgYW5kIHBhY2thZ2VzIHRoZSAudnNpeCBvbmNlIHBlciB0ZXN0IHByb2Nlc3MgKEUyRV9WU0lYIG5hbWVzIGEgcHJlYnVpbHQgb25lIGluc3RlYWQpLlxuICogUGFja2FnaW5nIGlzIHdoYXQgYSB1c2VyIGluc3RhbGxzLCBzbyB0aGUgdGVzdHMgZXhlcmNpc2UgdGhlIG1hbmlmZXN0LCBtZW51cyBhbmQgYWN0aXZhdGlvbiBldmVudHMgdG9vLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFja2FnZVZzaXgoKTogc3RyaW5nIHtcbiAgaWYgKHZzaXhQYXRoKSByZXR1cm4gdnNpeFBhdGg7XG4gIGlmIChwcm9jZXNzLmVudi5FMkVfVlNJWCkgcmV0dXJuICh2c2l4UGF0aCA9IHBhdGgucmVzb2x2ZShwcm9jZXNzLmVudi5FMkVfVlNJWCkpO1xuICBjb25zdCBvdXQgPSBwYXRoLmpvaW4oUk9PVCwgJ3Rlc3Qtb3V0cHV0JywgJ2VidWlsZC1idWlsZGVyLnZzaXgnKTtcbiAgbWtkaXJTeW5jKHBhdGguZGlybmFtZShvdXQpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgZXhlY0ZpbGVTeW5jKHByb2Nlc3MuZXhlY1BhdGgsIFtwYXRoLmpvaW4oUk9PVCwgJ3NjcmlwdHMnLCAnYnVuZGxlLm1qcycpXSwgeyBjd2Q6IFJPT1QsIHN0ZGlvOiAnaW5oZXJpdCcgfSk7XG4gIGV4ZWNGaWxlU3luYyhwcm9jZXNzLmV4ZWNQYXRoLCBbcGF0aC5qb2luKFJPT1QsICdub2RlX21vZHVsZXMnLCAnQHZzY29kZScsICd2c2NlJywgJ3ZzY2UnKSwgJ3BhY2thZ2UnLCAnLS1uby1kZXBlbmRlbmNpZXMnLFxuICAgICctLWFsbG93LW1pc3NpbmctcmVwb3NpdG9yeScsICctLXNraXAtbGljZW5zZScsICctbycsIG91dF0sIHsgY3dkOiBST09ULCBzdGRpbzogWydpZ25vcmUnLCAnaWdub3JlJywgJ2luaGVyaXQnXSB9KTtcbiAgcmV0dXJuICh2c2l4UGF0aCA9IG91dCk7XG59XG5cbi8qKiBDb3BpZXMgYSBmb2xkZXIgKGUuZy4gZXhhbXBsZXMvb3ZlcmxheSkgdG8gYSBmcmVzaCB0ZW1wb3Jhcnkgd29ya3NwYWNlIHNvIGJ1aWxkcyBuZXZlciB0b3VjaCB0aGUgcmVwb3NpdG9yeS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjb3B5V29ya3NwYWNlKHJlbGF0aXZlOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhwYXRoLmpvaW4ob3MudG1wZGlyKCksICdlYmItd3MtJykpO1xuICBjb25zdCB0YXJnZXQgPSBwYXRoLmpvaW4oZGlyLCBwYXRoLmJhc2VuYW1lKHJlbGF0aXZlKSk7XG4gIGF3YWl0IGZzLmNwKHBhdGguam9pbihST09ULCByZWxhdGl2ZSksIHRhcmdldCwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIHJldHVybiB0YXJnZXQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGZyZWVQb3J0KCk6IFByb21pc2U8bnVtYmVyPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgc3J2ID0gbmV0LmNyZWF0ZVNlcnZlcigpO1xuICAgIHNydi5vbmNlKCdlcnJvcicsIHJlamVjdCk7XG4gICAgc3J2Lmxpc3RlbigwLCAnMTI3LjAuMC4xJywgKCkgPT4ge1xuICAgICAgY29uc3QgcG9ydCA9IChzcnYuYWRkcmVzcygpIGFzIG5ldC5BZGRyZXNzSW5mbykucG9ydDtcbiAgICAgIHNydi5jbG9zZSgoKSA9PiByZXNvbHZlKHBvcnQpKTtcbiAgICB9KTtcbiAgfSk7XG59XG5cbi8qKiBQb2xscyBgY2hlY2tgIHVudGlsIGl0IHJldHVybnMgYSB0cnV0aHkgdmFsdWU7IGZhaWxzIG5hbWluZyBgd2hhdGAgYWZ0ZXIgYHRpbWVvdXRNc2AuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd2FpdEZvcjxUPih3aGF0OiBzdHJpbmcsIGNoZWNrOiAoKSA9PiBQcm9taXNlPFQ+IHwgVCwgdGltZW91dE1zID0gMzBfMDAwLCBldmVyeU1zID0gMjUwKTogUHJvbWlzZTxOb25OdWxsYWJsZTxUPj4ge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0TXM7XG4gIGxldCBsYXN0OiB1bmtub3duO1xuICBmb3IgKDs7KSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHYgPSBhd2FpdCBjaGVjaygpO1xuICAgICAgaWYgKHYpIHJldHVybiB2IGFzIE5vbk51bGxhYmxlPFQ+O1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGxhc3QgPSBlO1xuICAgIH1cbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSB0aHJvdyBuZXcgRXJyb3IoYFRpbWVkIG91dCBhZnRlciAke3RpbWVvdXRNc30gbXMgd2FpdGluZyBmb3IgJHt3aGF0fSR7bGFzdCA/IGA6ICR7KGxhc3QgYXMgRXJyb3IpLm1lc3NhZ2V9YCA6ICcnfWApO1xuICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIGV2ZXJ5TXMpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBodHRwT2sodXJsOiBzdHJpbmcpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiB7XG4gICAgY29uc3QgcmVxID0gaHR0cC5nZXQodXJsLCAocmVzKSA9PiB7IHJlcy5yZXN1bWUoKTsgcmVzb2x2ZSgocmVzLnN0YXR1c0NvZGUgPz8gNTAwKSA8IDUwMCk7IH0pO1xuICAgIHJlcS5vbignZXJyb3InLCAoKSA9PiByZXNvbHZlKGZhbHNlKSk7XG4gICAgcmVxLnNldFRpbWVvdXQoMjAwMCwgKCkgPT4geyByZXEuZGVzdHJveSgpOyByZXNvbHZlKGZhbHNlKTsgfSk7XG4gIH0pO1xufVxuXG4vKiogU2V0dGluZ3MgdGhhdCBtYWtlIHRoZSB3b3JrYmVuY2ggZGV0ZXJtaW5pc3RpYyAoZTJlLm1kKSwgcGx1cyB0ZXN0LWZyaWVuZGx5IGRlZmF1bHRzLiAqL1xuZXhwb3J0IGNvbnN0IERFVEVSTUlOSVNUSUNfU0VUVElOR1M6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge1xuICAnd29ya2JlbmNoLnN0YXJ0dXBFZGl0b3InOiAnbm9uZScsXG4gICdleHBsb3Jlci5jb21wYWN0Rm9sZGVycyc6IGZhbHNlLFxuICAnd29ya2JlbmNoLnJlZHVjZU1vdGlvbic6ICdvbicsXG4gICd3b3JrYmVuY2gudGlwcy5lbmFibGVkJzogZmFsc2UsXG4gICd3b3JrYmVuY2guZW5hYmxlRXhwZXJpbWVudHMnOiBmYWxzZSxcbiAgJ3Rlcm1pbmFsLmludGVncmF0ZWQuZW5hYmxlUGVyc2lzdGVudFNlc3Npb25zJzogZmFsc2UsXG4gICd0ZXJtaW5hbC5pbnRlZ3JhdGVkLmdwdUFjY2VsZXJhdGlvbic6ICdvZmYnLFxuICAnZXh0ZW5zaW9ucy5hdXRvQ2hlY2tVcGRhdGVzJzogZmFsc2UsXG4gICdleHRlbnNpb25zLmF1dG9VcGRhdGUnOiBmYWxzZSxcbiAgJ2V4dGVuc2lvbnMuaWdub3JlUmVjb21tZW5kYXRpb25zJzogdHJ1ZSxcbiAgJ3RlbGVtZXRyeS50ZWxlbWV0cnlMZXZlbCc6ICdvZmYnLFxuICAndXBkYXRlLm1vZGUnOiAnbm9uZScsXG4gICd3b3JrYmVuY2guY29sb3JUaGVtZSc6ICdEZWZhdWx0IERhcmsgTW9kZXJuJyxcbiAgJ3dpbmRvdy5jb21tYW5kQ2VudGVyJzogZmFsc2UsXG4gICdjaGF0LmNvbW1hbmRDZW50ZXIuZW5hYmxlZCc6IGZhbHNlLFxuICAnd29ya2JlbmNoLnNlY29uZGFyeVNpZGVCYXIuZGVmYXVsdFZpc2liaWxpdHknOiAnaGlkZGVuJyxcbn07XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3RhcnRPcHRpb25zIHtcbiAgLyoqIEZvbGRlciB0byBvcGVuLiAqL1xuICB3b3Jrc3BhY2U6IHN0cmluZztcbiAgLyoqIEV4dHJhIHVzZXIgc2V0dGluZ3MgKG1lcmdlZCBvdmVyIHRoZSBkZXRlcm1pbmlzdGljIG9uZXMpLiAqL1xuICBzZXR0aW5ncz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAvKiogTGVhdmUgV29ya3NwYWNlIFRydXN0IG9uICh0aGUgdHJ1c3QgdGVzdCBhbnN3ZXJzIHRoZSBtb2RhbCBpdHNlbGYpLiBEZWZhdWx0OiB0cnVzdCBkaXNhYmxlZC4gKi9cbiAgd29ya3NwYWNlVHJ1c3Q/OiBib29sZWFuO1xuICAvKiogSW5zdGFsbCB0aGlzIC52c2l4IChkZWZhdWx0OiB0aGUgcGFja2FnZWQgZXh0ZW5zaW9uKS4gYGZhbHNlYDogaW5zdGFsbCBub3RoaW5nLiAqL1xuICB2c2l4Pzogc3RyaW5nIHwgZmFsc2U7XG4gIHZpZXdwb3J0PzogeyB3aWR0aDogbnVtYmVyOyBoZWlnaHQ6IG51bWJlciB9O1xufVxuXG5leHBvcnQgY2xhc3MgVnNDb2RlU2Vzc2lvbiB7XG4gIHJlYWRvbmx5IHNlcnZlckxvZzogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBwYWdlOiBQYWdlLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYnJvd3NlcjogQW55LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc2VydmVyOiBDaGlsZFByb2Nlc3MsXG4gICAgcmVhZG9ubHkgcG9ydDogbnVtYmVyLFxuICAgIC8qKiBTY3JhdGNoIHJvb3Q6IGhvbWUvLCB1c2VyLWRhdGEvLCBzZXJ2ZXItZGF0YS8uICovXG4gICAgcmVhZG9ubHkgc2NyYXRjaDogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHdvcmtzcGFjZTogc3RyaW5nLFxuICApIHt9XG5cbiAgZ2V0IHVzZXJEYXRhRGlyKCk6IHN0cmluZyB7IHJldHVybiBwYXRoLmpvaW4odGhpcy5zY3JhdGNoLCAndXNlci1kYXRhJyk7IH1cblxuICBzdGF0aWMgYXN5bmMgc3RhcnQob3B0czogU3RhcnRPcHRpb25zKTogUHJvbWlzZTxWc0NvZGVTZXNzaW9uPiB7XG4gICAgY29uc3Qgc2NyYXRjaCA9IG1rZHRlbXBTeW5jKHBhdGguam9pbihvcy50bXBkaXIoKSwgJ2ViYi12c2MtJykpO1xuICAgIGNvbnN0IGhvbWUgPSBwYXRoLmpvaW4oc2NyYXRjaCwgJ2hvbWUnKTtcbiAgICBjb25zdCB1ZCA9IHBhdGguam9pbihzY3JhdGNoLCAndXNlci1kYXRhJyk7XG4gICAgY29uc3Qgc2QgPSBwYXRoLmpvaW4oc2NyYXRjaCwgJ3NlcnZlci1kYXRhJyk7XG4gICAgZm9yIChjb25zdCBkIG9mIFtob21lLCBwYXRoLmpvaW4odWQsICdVc2VyJyksIHNkXSkgbWtkaXJTeW5jKGQsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IHNldHRpbmdzID0geyAuLi5ERVRFUk1JTklTVElDX1NFVFRJTkdTLCAuLi4ob3B0cy53b3Jrc3BhY2VUcnVzdCA/IHt9IDogeyAnc2VjdXJpdHkud29ya3NwYWNlLnRydXN0LmVuYWJsZWQnOiBmYWxzZSB9KSwgLi4ub3B0cy5zZXR0aW5ncyB9O1xuICAgIHdyaXRlRmlsZVN5bmMocGF0aC5qb2luKHVkLCAnVXNlcicsICdzZXR0aW5ncy5qc29uJyksIEpTT04uc3RyaW5naWZ5KHNldHRpbmdzLCBudWxsLCAyKSk7XG4gICAgY29uc3Qgc2VydmVyTWFpbiA9IHBhdGguam9pbih2c2NvZGVEaXIoKSwgJ291dCcsICdzZXJ2ZXItbWFpbi5qcycpO1xuICAgIGNvbnN0IGVudiA9IHsgLi4ucHJvY2Vzcy5lbnYsIEhPTUU6IGhvbWUsIFZTQ09ERV9BR0VOVF9GT0xERVI6IHNkIH07XG4gICAgY29uc3QgYmFzZSA9IFsnLS1zZXJ2ZXItZGF0YS1kaXInLCBzZCwgJy0tdXNlci1kYXRhLWRpcicsIHVkXTtcbiAgICBjb25zdCB2c2l4ID0gb3B0cy52c2l4ID09PSB1bmRlZmluZWQgPyBwYWNrYWdlVnNpeCgpIDogb3B0cy52c2l4O1xuICAgIGlmICh2c2l4KSBleGVjRmlsZVN5bmMocHJvY2Vzcy5leGVjUGF0aCwgW3NlcnZlck1haW4sIC4uLmJhc2UsICctLWluc3RhbGwtZXh0ZW5zaW9uJywgdnNpeCwgJy0tZm9yY2UnXSwgeyBlbnYsIHN0ZGlvOiAnaWdub3JlJyB9KTtcbiAgICBjb25zdCBwb3J0ID0gYXdhaXQgZnJlZVBvcnQoKTtcbiAgICBjb25zdCBzZXJ2ZXIgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBbc2VydmVyTWFpbiwgLi4uYmFzZSwgJy0taG9zdCcsICcxMjcuMC4wLjEnLCAnLS1wb3J0JywgU3RyaW5nKHBvcnQpLFxuICAgICAgJy0td2l0aG91dC1jb25uZWN0aW9uLXRva2VuJywgJy0tYWNjZXB0LXNlcnZlci1saWNlbnNlLXRlcm1zJywgJy0tdGVsZW1ldHJ5LWxldmVsJywgJ29mZicsXG4gICAgICAuLi4ob3B0cy53b3Jrc3BhY2VUcnVzdCA/IFtdIDogWyctLWRpc2FibGUtd29ya3NwYWNlLXRydXN0J10pXSwgeyBlbnYsIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgICBzZXJ2ZXIuc3Rkb3V0Py5vbignZGF0YScsIChkOiBCdWZmZXIpID0+IGxpbmVzLnB1c2goZC50b1N0cmluZygpKSk7XG4gICAgc2VydmVyLnN0ZGVycj8ub24oJ2RhdGEnLCAoZDogQnVmZmVyKSA9PiBsaW5lcy5wdXNoKGQudG9TdHJpbmcoKSkpO1xuICAgIGNvbnN0IHVybCA9IGBodHRwOi8vMTI3LjAuMC4xOiR7cG9ydH0vYDtcbiAgICBhd2FpdCB3YWl0Rm9yKCdjb2RlLXNlcnZlciB0byBsaXN0ZW4nLCAoKSA9PiBzZXJ2ZXIuZXhpdENvZGUgPT09IG51bGwgPyBodHRwT2sodXJsKSA6IFByb21pc2UucmVqZWN0KG5ldyBFcnJvcihgY29kZS1zZXJ2ZXIgZXhpdGVkOiAke2xpbmVzLmpvaW4oJycpfWApKSwgMzBfMDAwKTtcbiAgICBjb25zdCBicm93c2VyID0gYXdhaXQgcGxheXdyaWdodCgpLmNocm9taXVtLmxhdW5jaCh7XG4gICAgICBleGVjdXRhYmxlUGF0aDogJy91c3IvYmluL2Nocm9taXVtJywgYXJnczogWyctLW5vLXNhbmRib3gnLCAnLS1kaXNhYmxlLWdwdScsICctLWRpc2FibGUtZGV2LXNobS11c2FnZSddLCBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIEhPTUU6IGhvbWUgfSxcbiAgICB9KTtcbiAgICBjb25zdCBjb250ZXh0ID0gYXdhaXQgYnJvd3Nlci5uZXdDb250ZXh0KHsgdmlld3BvcnQ6IG9wdHMudmlld3BvcnQgPz8geyB3aWR0aDogMTQ0MCwgaGVpZ2h0OiA5MDAgfSB9KTtcbiAgICBhd2FpdCBjb250ZXh0LmdyYW50UGVybWlzc2lvbnMoWydjbGlwYm9hcmQtcmVhZCcsICdjbGlwYm9hcmQtd3JpdGUnXSwgeyBvcmlnaW46IHVybCB9KTtcbiAgICBjb25zdCBwYWdlID0gYXdhaXQgY29udGV4dC5uZXdQYWdlKCk7XG4gICAgY29uc3Qgc2Vzc2lvbiA9IG5ldyBWc0NvZGVTZXNzaW9uKHBhZ2UsIGJyb3dzZXIsIHNlcnZlciwgcG9ydCwgc2NyYXRjaCwgb3B0cy53b3Jrc3BhY2UpO1xuICAgIHNlc3Npb24uc2VydmVyTG9nLnB1c2goLi4ubGluZXMpO1xuICAgIGF3YWl0IHBhZ2UuZ290byhgJHt1cmx9P2ZvbGRlcj0ke2VuY29kZVVSSUNvbXBvbmVudChvcHRzLndvcmtzcGFjZSl9YCk7XG4gICAgYXdhaXQgcGFnZS5sb2NhdG9yKCcubW9uYWNvLXdvcmtiZW5jaCcpLndhaXRGb3IoeyB0aW1lb3V0OiA2MF8wMDAgfSk7XG4gICAgcmV0dXJuIHNlc3Npb247XG4gIH1cblxuICAvLyAtLS0tIGV4cGxvcmVyIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZXhwbG9yZXJSb3cobmFtZTogc3RyaW5nKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMucGFnZS5sb2NhdG9yKGAuZXhwbG9yZXItZm9sZGVycy12aWV3IC5tb25hY28tbGlzdC1yb3dbYXJpYS1sYWJlbD1cIiR7bmFtZX1cIl1gKTtcbiAgfVxuXG4gIC8qKiBPcGVucyB0aGUgRXhwbG9yZXIgYW5kIGV4cGFuZHMgZWFjaCBmb2xkZXIgb2YgYHNlZ21lbnRzYCAocmVsYXRpdmUgdG8gdGhlIHdvcmtzcGFjZSk7IHJldHVybnMgdGhlIGxhc3Qgcm93LiAqL1xuICBhc3luYyByZXZlYWxJbkV4cGxvcmVyKHNlZ21lbnRzOiBzdHJpbmdbXSk6IFByb21pc2U8TG9jYXRvcj4ge1xuICAgIGF3YWl0IHRoaXMuc2hvd0V4cGxvcmVyKCk7XG4gICAgZm9yIChjb25zdCBbaSwgbmFtZV0gb2Ygc2VnbWVudHMuZW50cmllcygpKSB7XG4gICAgICBjb25zdCByb3cgPSB0aGlzLmV4cGxvcmVyUm93KG5hbWUpLmZpcnN0KCk7XG4gICAgICBhd2FpdCByb3cud2FpdEZvcih7IHRpbWVvdXQ6IDMwXzAwMCB9KTtcbiAgICAgIGlmIChpIDwgc2VnbWVudHMubGVuZ3RoIC0gMSAmJiAoYXdhaXQgcm93LmdldEF0dHJpYnV0ZSgnYXJpYS1leHBhbmRlZCcpKSAhPT0gJ3RydWUnKSB7XG4gICAgICAgIGF3YWl0IHJvdy5jbGljaygpO1xuICAgICAgICBhd2FpdCB3YWl0Rm9yKGAke25hbWV9IHRvIGV4cGFuZGAsIGFzeW5jICgpID0+IChhd2FpdCByb3cuZ2V0QXR0cmlidXRlKCdhcmlhLWV4cGFuZGVkJykpID09PSAndHJ1ZScsIDEwXzAwMCk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmV4cGxvcmVyUm93KHNlZ21lbnRzW3NlZ21lbnRzLmxlbmd0aCAtIDFdKS5maXJzdCgpO1xuICB9XG5cbiAgYXN5bmMgc2hvd0V4cGxvcmVyKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmIChhd2FpdCB0aGlzLnBhZ2UubG9jYXRvcignLmV4cGxvcmVyLWZvbGRlcnMtdmlldycpLmlzVmlzaWJsZSgpLmNhdGNoKCgpID0+IGZhbHNlKSkgcmV0dXJuO1xuICAgIGF3YWl0IHRoaXMucGFnZS5rZXlib2FyZC5wcmVzcygnQ29udHJvbCtTaGlmdCtFJyk7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy5leHBsb3Jlci1mb2xkZXJzLXZpZXcnKS53YWl0Rm9yKHsgdGltZW91dDogMzBfMDAwIH0pO1xuICB9XG5cbiAgLyoqIFJpZ2h0LWNsaWNrcyBhbiBleHBsb3JlciByb3cgYW5kIHJldHVybnMgdGhlIGNvbnRleHQgbWVudS4gKi9cbiAgYXN5bmMgcmlnaHRDbGlja0V4cGxvcmVyKHNlZ21lbnRzOiBzdHJpbmdbXSk6IFByb21pc2U8TG9jYXRvcj4ge1xuICAgIGNvbnN0IHJvdyA9IGF3YWl0IHRoaXMucmV2ZWFsSW5FeHBsb3JlcihzZWdtZW50cyk7XG4gICAgYXdhaXQgcm93LmNsaWNrKHsgYnV0dG9uOiAncmlnaHQnIH0pO1xuICAgIGNvbnN0IG1lbnUgPSB0aGlzLmNvbnRleHRNZW51KCk7XG4gICAgYXdhaXQgbWVudS53YWl0Rm9yKHsgdGltZW91dDogMTBfMDAwIH0pO1xuICAgIHJldHVybiBtZW51O1xuICB9XG5cbiAgY29udGV4dE1lbnUoKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMucGFnZS5sb2NhdG9yKCcuY29udGV4dC12aWV3Lm1vbmFjby1tZW51LWNvbnRhaW5lciBbcm9sZT1tZW51XScpLmZpcnN0KCk7XG4gIH1cblxuICBhc3luYyBjbGlja01lbnVJdGVtKG5hbWU6IHN0cmluZyB8IFJlZ0V4cCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHRoaXMuY29udGV4dE1lbnUoKS5nZXRCeVJvbGUoJ21lbnVpdGVtJywgeyBuYW1lIH0pLmZpcnN0KCkuY2xpY2soKTtcbiAgfVxuXG4gIC8qKiBMYWJlbHMgb2YgdGhlIG9wZW4gY29udGV4dCBtZW51IChhZnRlciBhIHN0YW5kYXJkIGl0ZW0gaGFzIGFwcGVhcmVkLCBzbyBhYnNlbmNlIG1lYW5zIGFic2VudCkuICovXG4gIGFzeW5jIG1lbnVJdGVtcyhzdGFuZGFyZEl0ZW0gPSAnQ29weSBQYXRoJyk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICBjb25zdCBtZW51ID0gdGhpcy5jb250ZXh0TWVudSgpO1xuICAgIGF3YWl0IG1lbnUuZ2V0QnlSb2xlKCdtZW51aXRlbScsIHsgbmFtZTogc3RhbmRhcmRJdGVtIH0pLmZpcnN0KCkud2FpdEZvcih7IHRpbWVvdXQ6IDEwXzAwMCB9KTtcbiAgICByZXR1cm4gKGF3YWl0IG1lbnUuZ2V0QnlSb2xlKCdtZW51aXRlbScpLmFsbElubmVyVGV4dHMoKSkubWFwKCh0OiBzdHJpbmcpID0+IHQuc3BsaXQoJ1xcbicpWzBdLnRyaW0oKSk7XG4gIH1cblxuICBhc3luYyBjbG9zZU1lbnUoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmtleWJvYXJkLnByZXNzKCdFc2NhcGUnKTtcbiAgfVxuXG4gIC8vIC0tLS0gY29tbWFuZHMsIG5vdGlmaWNhdGlvbnMsIHZpZXdzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgLyoqIFJ1bnMgYSBjb21tYW5kIGJ5IGl0cyBwYWxldHRlIGxhYmVsLCBlLmcuIGBFYnVpbGQgQnVpbGRlcjogUmVidWlsZCBsYXN0YC4gKi9cbiAgYXN5bmMgcnVuQ29tbWFuZChsYWJlbDogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5wYWdlLmtleWJvYXJkLnByZXNzKCdGMScpO1xuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5wYWdlLmxvY2F0b3IoJy5xdWljay1pbnB1dC13aWRnZXQgaW5wdXQnKTtcbiAgICBhd2FpdCBpbnB1dC53YWl0Rm9yKHsgdGltZW91dDogMTBfMDAwIH0pO1xuICAgIGF3YWl0IGlucHV0LmZpbGwoYD4ke2xhYmVsfWApO1xuICAgIGNvbnN0IHJvdyA9IHRoaXMucGFnZS5sb2NhdG9yKCcucXVpY2staW5wdXQtd2lkZ2V0IC5tb25hY28tbGlzdC1yb3cuZm9jdXNlZCcpO1xuICAgIGF3YWl0IHdhaXRGb3IoYHBhbGV0dGUgcm93IFwiJHtsYWJlbH1cImAsIGFzeW5jICgpID0+ICgoYXdhaXQgcm93LmZpcnN0KCkuaW5uZXJUZXh0KCkuY2F0Y2goKCkgPT4gJycpKSBhcyBzdHJpbmcpLmluY2x1ZGVzKGxhYmVsKSwgMTVfMDAwKTtcbiAgICBhd2FpdCB0aGlzLnBhZ2Uua2V5Ym9hcmQucHJlc3MoJ0VudGVyJyk7XG4gIH1cblxuICAvKiogV2FpdHMgZm9yIGEgbm90aWZpY2F0aW9uIHRvYXN0IHdob3NlIG1lc3NhZ2UgbWF0Y2hlczsgcmV0dXJucyB0aGUgdG9hc3QuICovXG4gIGFzeW5jIHdhaXRGb3JOb3RpZmljYXRpb24obWVzc2FnZTogUmVnRXhwLCB0aW1lb3V0TXMgPSA2MF8wMDApOiBQcm9taXNlPExvY2F0b3I+IHtcbiAgICBjb25zdCB0b2FzdCA9IHRoaXMucGFnZS5sb2NhdG9yKCcubm90aWZpY2F0aW9ucy10b2FzdHMgLm5vdGlmaWNhdGlvbi10b2FzdCcsIHtcbiAgICAgIGhhczogdGhpcy5wYWdlLmxvY2F0b3IoJy5ub3RpZmljYXRpb24tbGlzdC1pdGVtLW1lc3NhZ2UnLCB7IGhhc1RleHQ6IG1lc3NhZ2UgfSksXG4gICAgfSkuZmlyc3QoKTtcbiAgICBhd2FpdCB0b2FzdC53YWl0Rm9yKHsgdGltZW91dDogdGltZW91dE1zIH0pO1xuICAgIHJldHVybiB0b2FzdDtcbiAgfVxuXG4gIGFzeW5jIG5vdGlmaWNhdGlvblRleHRzKCk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICByZXR1cm4gdGhpcy5wYWdlLmxvY2F0b3IoJy5ub3RpZmljYXRpb25zLXRvYXN0cyAubm90aWZpY2F0aW9uLWxpc3QtaXRlbS1tZXNzYWdlJykuYWxsSW5uZXJUZXh0cygpO1xuICB9XG5cbiAgLyoqIE9wZW5zIGEgdmlldyBjb250YWluZXIgaW4gdGhlIGFjdGl2aXR5IGJhciBieSBpdHMgdGl0bGUsIGUuZy4gYEVidWlsZCBCdWlsZGVyYC4gKi9cbiAgYXN5bmMgb3BlbkFjdGl2aXR5KHRpdGxlOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBpdGVtID0gdGhpcy5wYWdlLmxvY2F0b3IoYC5hY3Rpdml0eWJhciAuYWN0aW9uLWl0ZW0gYS5hY3Rpb24tbGFiZWxbYXJpYS1sYWJlbF49XCIke3RpdGxlfVwiXWApLmZpcnN0KCk7XG4gICAgYXdhaXQgaXRlbS53YWl0Rm9yKHsgdGltZW91dDogMzBfMDAwIH0pO1xuICAgIGNvbnN0IGNoZWNrZWQgPSBhd2FpdCB0aGlzLnBhZ2UubG9jYXRvcignLmFjdGl2aXR5YmFyIC5hY3Rpb24taXRlbS5jaGVja2VkIGEuYWN0aW9uLWxhYmVsJykuZmlyc3QoKS5nZXRBdHRyaWJ1dGUoJ2FyaWEtbGFiZWwnKS5jYXRjaCgoKSA9PiAnJyk7XG4gICAgaWYgKCFTdHJpbmcoY2hlY2tlZCA/PyAnJykuc3RhcnRzV2l0aCh0aXRsZSkpIGF3YWl0IGl0ZW0uY2xpY2soKTtcbiAgfVxuXG4gIC8qKiBBIHRyZWUgdmlldyBwYW5lIGJ5IGl0cyB0aXRsZSAoZS5nLiBgQnVpbGRzYCkgaW4gdGhlIG9wZW4gc2lkZSBiYXIuICovXG4gIHZpZXdQYW5lKHRpdGxlOiBzdHJpbmcpOiBMb2NhdG9yIHtcbiAgICByZXR1cm4gdGhpcy5wYWdlLmxvY2F0b3IoJy5zaWRlYmFyIC5wYW5lJywgeyBoYXM6IHRoaXMucGFnZS5sb2NhdG9yKGAucGFuZS1oZWFkZXJbYXJpYS1sYWJlbF49XCIke3RpdGxlfVwiXWApIH0pLmZpcnN0KCk7XG4gIH1cblxuICAvKiogQSByb3cgb2YgYSB0cmVlIHZpZXcgd2hvc2UgYXJpYS1sYWJlbCBzdGFydHMgd2l0aCBgbGFiZWxgLiAqL1xuICB0cmVlUm93KHZpZXdUaXRsZTogc3RyaW5nLCBsYWJlbDogc3RyaW5nKTogTG9jYXRvciB7XG4gICAgcmV0dXJuIHRoaXMudmlld1BhbmUodmlld1RpdGxlKS5sb2NhdG9yKGAubW9uYWNvLWxpc3Qtcm93W2FyaWEtbGFiZWxePVwiJHtsYWJlbH1cIl1gKS5maXJzdCgpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXJtaW5hbCBhbmQgZWRpdG9ycyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBUaGUgdmlzaWJsZSB0ZXh0IG9mIHRoZSBhY3RpdmUgdGVybWluYWwgKERPTSByZW5kZXJlcjogZ3B1QWNjZWxlcmF0aW9uIG9mZikuICovXG4gIGFzeW5jIHRlcm1pbmFsVGV4dCgpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIGNvbnN0IHJvd3M6IHN0cmluZ1tdID0gYXdhaXQgdGhpcy5wYWdlLmxvY2F0b3IoJy50ZXJtaW5hbC13cmFwcGVyLmFjdGl2ZSAueHRlcm0tcm93cyA+IGRpdicpLmFsbFRleHRDb250ZW50cygpO1xuICAgIHJldHVybiByb3dzLm1hcCgocikgPT4gci5yZXBsYWNlKC9cXHUwMGEwL2csICcgJykpLmpvaW4oJ1xcbicpO1xuICB9XG5cbiAgYXN5bmMgd2FpdEZvclRlcm1pbmFsVGV4dChwYXR0ZXJuOiBSZWdFeHAsIHRpbWVvdXRNcyA9IDEyMF8wMDApOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIHJldHVybiB3YWl0Rm9yKGB0ZXJtaW5hbCB0ZXh0ICR7cGF0dGVybn1gLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB0ID0gYXdhaXQgdGhpcy50ZXJtaW5hbFRleHQoKTtcbiAgICAgIHJldHVybiBwYXR0ZXJuLnRlc3QodCkgPyB0IDogJyc7XG4gICAgfSwgdGltZW91dE1zLCA1MDApO1xuICB9XG5cbiAgLyoqIFRpdGxlcyBvZiB0aGUgb3BlbiBlZGl0b3IgdGFicy4gKi9cbiAgYXN5bmMgZWRpdG9yVGFicygpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgcmV0dXJuIChhd2FpdCB0aGlzLnBhZ2UubG9jYXRvcignLnRhYnMtY29udGFpbmVyIC50YWIgLmxhYmVsLW5hbWUnKS5hbGxJbm5lclRleHRzKCkpLm1hcCgodDogc3RyaW5nKSA9PiB0LnRyaW0oKSk7XG4gIH1cblxuICAvKiogVGhlIHZpc2libGUgdGV4dCBvZiB0aGUgYWN0aXZlIGVkaXRvci4gKi9cbiAgYXN5bmMgZWRpdG9yVGV4dCgpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IGF3YWl0IHRoaXMucGFnZS5sb2NhdG9yKCcuZWRpdG9yLWdyb3VwLWNvbnRhaW5lci5hY3RpdmUgLnZpZXctbGluZXMgLnZpZXctbGluZScpLmFsbFRleHRDb250ZW50cygpO1xuICAgIHJldHVybiBsaW5lcy5tYXAoKGwpID0+IGwucmVwbGFjZSgvXFx1MDBhMC9nLCAnICcpKS5qb2luKCdcXG4nKTtcbiAgfVxuXG4gIC8vIC0tLS0gYXJ0ZWZhY3RzIG9mIHRoZSBydW4gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICAvKiogU2F2ZXMgYHRlc3Qtb3V0cHV0L3NjcmVlbnNob3RzLzxuYW1lPi5wbmdgIChhbmltYXRpb25zIG9mZjogbWVudXMgZmFkZSwgdG9hc3RzIHNsaWRlKS4gKi9cbiAgYXN5bmMgc2NyZWVuc2hvdChuYW1lOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIG1rZGlyU3luYyhTQ1JFRU5TSE9UUywgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgY29uc3QgZmlsZSA9IHBhdGguam9pbihTQ1JFRU5TSE9UUywgYCR7bmFtZX0ucG5nYCk7XG4gICAgYXdhaXQgdGhpcy5wYWdlLnNjcmVlbnNob3QoeyBwYXRoOiBmaWxlLCBhbmltYXRpb25zOiAnZGlzYWJsZWQnIH0pO1xuICAgIHJldHVybiBmaWxlO1xuICB9XG5cbiAgLyoqIFRoZSBsb2cgZm9sZGVyIG9mIHRoaXMgd2luZG93J3MgZXh0ZW5zaW9uIGhvc3QgKGV4dGhvc3QubG9nLCBhbmQgb25lIGZvbGRlciBwZXIgZXh0ZW5zaW9uIG91dHB1dCBjaGFubmVsKS4gKi9cbiAgZXh0aG9zdExvZ0RpcigpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGxvZ3MgPSBwYXRoLmpvaW4odGhpcy51c2VyRGF0YURpciwgJ2xvZ3MnKTtcbiAgICBpZiAoIWV4aXN0c1N5bmMobG9ncykpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgZm9yIChjb25zdCBzZXNzaW9uIG9mIHJlYWRkaXJTeW5jKGxvZ3MpLnNvcnQoKS5yZXZlcnNlKCkpIHtcbiAgICAgIGZvciAoY29uc3QgdyBvZiByZWFkZGlyU3luYyhwYXRoLmpvaW4obG9ncywgc2Vzc2lvbikpLmZpbHRlcigobikgPT4gbi5zdGFydHNXaXRoKCd3aW5kb3cnKSkuc29ydCgpKSB7XG4gICAgICAgIGNvbnN0IGRpciA9IHBhdGguam9pbihsb2dzLCBzZXNzaW9uLCB3LCAnZXh0aG9zdCcpO1xuICAgICAgICBpZiAoZXhpc3RzU3luYyhkaXIpKSByZXR1cm4gZGlyO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG5cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5icm93c2VyLmNsb3NlKCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICBpZiAodGhpcy5zZXJ2ZXIuZXhpdENvZGUgPT09IG51bGwpIHtcbiAgICAgIGNvbnN0IGV4aXRlZCA9IG5ldyBQcm9taXNlKChyKSA9PiB0aGlzLnNlcnZlci5vbmNlKCdleGl0JywgcikpO1xuICAgICAgdGhpcy5zZXJ2ZXIua2lsbCgnU0lHVEVSTScpO1xuICAgICAgYXdhaXQgUHJvbWlzZS5yYWNlKFtleGl0ZWQsIG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIDUwMDApKV0pO1xuICAgICAgaWYgKHRoaXMuc2VydmVyLmV4aXRDb2RlID09PSBudWxsKSB0aGlzLnNlcnZlci5raWxsKCdTSUdLSUxMJyk7XG4gICAgfVxuICAgIGlmICghcHJvY2Vzcy5lbnYuRTJFX0tFRVApIHJtU3luYyh0aGlzLnNjcmF0Y2gsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfVxufVxuXG5leHBvcnQgY29uc3Qgc3RhcnRWc0NvZGUgPSAob3B0czogU3RhcnRPcHRpb25zKTogUHJvbWlzZTxWc0NvZGVTZXNzaW9uPiA9PiBWc0NvZGVTZXNzaW9uLnN0YXJ0KG9wdHMpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBWUEsZ0NBQXVEO0FBQ3ZELHFCQUF1RztBQUN2RyxXQUFzQjtBQUN0QixVQUFxQjtBQUNyQixTQUFvQjtBQUNwQixXQUFzQjtBQUdmLE1BQU0sT0FBTyxLQUFLLFFBQVEsV0FBVyxNQUFNLE1BQU0sSUFBSTtBQUNyRCxNQUFNLGNBQWMsS0FBSyxLQUFLLE1BQU0sZUFBZSxhQUFhO0FBQ3ZFLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLGNBQWM7QUFRdkQsSUFBSTtBQUVHLFNBQVMsV0FBbUI7QUFDakMsTUFBSSxTQUFVLFFBQU87QUFDckIsUUFBTSxVQUFNLHdDQUFhLFFBQVEsQ0FBQyxLQUFLLEdBQUcsRUFBRSxVQUFVLFFBQVEsT0FBTyxDQUFDLFVBQVUsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUNwRyxhQUFXLElBQUksS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUk7QUFDdEMsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFvQjtBQUMzQixTQUFPLEtBQUssS0FBSyxTQUFTLEdBQUcsZ0JBQWdCLGVBQWUsT0FBTyxRQUFRO0FBQzdFO0FBRUEsU0FBUyxhQUFnQztBQUV2QyxTQUFPLFFBQVEsS0FBSyxLQUFLLFNBQVMsR0FBRyxnQkFBZ0IsaUJBQWlCLENBQUM7QUFDekU7QUFFQSxJQUFJO0FBS0csU0FBUyxjQUFzQjtBQUNwQyxNQUFJLFNBQVUsUUFBTztBQUNyQixNQUFJLFFBQVEsSUFBSSxTQUFVLFFBQVEsV0FBVyxLQUFLLFFBQVEsUUFBUSxJQUFJLFFBQVE7QUFDOUUsUUFBTSxNQUFNLEtBQUssS0FBSyxNQUFNLGVBQWUscUJBQXFCO0FBQ2hFLGdDQUFVLEtBQUssUUFBUSxHQUFHLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUNoRCw4Q0FBYSxRQUFRLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTSxXQUFXLFlBQVksQ0FBQyxHQUFHLEVBQUUsS0FBSyxNQUFNLE9BQU8sVUFBVSxDQUFDO0FBQzFHLDhDQUFhLFFBQVEsVUFBVTtBQUFBLElBQUMsS0FBSyxLQUFLLE1BQU0sZ0JBQWdCLFdBQVcsUUFBUSxNQUFNO0FBQUEsSUFBRztBQUFBLElBQVc7QUFBQSxJQUNyRztBQUFBLElBQThCO0FBQUEsSUFBa0I7QUFBQSxJQUFNO0FBQUEsRUFBRyxHQUFHLEVBQUUsS0FBSyxNQUFNLE9BQU8sQ0FBQyxVQUFVLFVBQVUsU0FBUyxFQUFFLENBQUM7QUFDbkgsU0FBUSxXQUFXO0FBQ3JCO0FBR0EsZUFBc0IsY0FBYyxVQUFtQztBQUNyRSxRQUFNLFVBQU0sNEJBQVksS0FBSyxLQUFLLEdBQUcsT0FBTyxHQUFHLFNBQVMsQ0FBQztBQUN6RCxRQUFNLFNBQVMsS0FBSyxLQUFLLEtBQUssS0FBSyxTQUFTLFFBQVEsQ0FBQztBQUNyRCxRQUFNLGVBQUFBLFNBQUcsR0FBRyxLQUFLLEtBQUssTUFBTSxRQUFRLEdBQUcsUUFBUSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ2xFLFNBQU87QUFDVDtBQUVBLGVBQWUsV0FBNEI7QUFDekMsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxNQUFNLElBQUksYUFBYTtBQUM3QixRQUFJLEtBQUssU0FBUyxNQUFNO0FBQ3hCLFFBQUksT0FBTyxHQUFHLGFBQWEsTUFBTTtBQUMvQixZQUFNLE9BQVEsSUFBSSxRQUFRLEVBQXNCO0FBQ2hELFVBQUksTUFBTSxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDL0IsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNIO0FBR0EsZUFBc0IsUUFBVyxNQUFjLE9BQTZCLFlBQVksS0FBUSxVQUFVLEtBQThCO0FBQ3RJLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSTtBQUM5QixNQUFJO0FBQ0osYUFBUztBQUNQLFFBQUk7QUFDRixZQUFNLElBQUksTUFBTSxNQUFNO0FBQ3RCLFVBQUksRUFBRyxRQUFPO0FBQUEsSUFDaEIsU0FBUyxHQUFHO0FBQ1YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSxJQUFJLE1BQU0sbUJBQW1CLFNBQVMsbUJBQW1CLElBQUksR0FBRyxPQUFPLEtBQU0sS0FBZSxPQUFPLEtBQUssRUFBRSxFQUFFO0FBQzdJLFVBQU0sSUFBSSxRQUFRLENBQUMsTUFBTSxXQUFXLEdBQUcsT0FBTyxDQUFDO0FBQUEsRUFDakQ7QUFDRjtBQUVBLFNBQVMsT0FBTyxLQUErQjtBQUM3QyxTQUFPLElBQUksUUFBUSxDQUFDLFlBQVk7QUFDOUIsVUFBTSxNQUFNLEtBQUssSUFBSSxLQUFLLENBQUMsUUFBUTtBQUFFLFVBQUksT0FBTztBQUFHLGVBQVMsSUFBSSxjQUFjLE9BQU8sR0FBRztBQUFBLElBQUcsQ0FBQztBQUM1RixRQUFJLEdBQUcsU0FBUyxNQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3BDLFFBQUksV0FBVyxLQUFNLE1BQU07QUFBRSxVQUFJLFFBQVE7QUFBRyxjQUFRLEtBQUs7QUFBQSxJQUFHLENBQUM7QUFBQSxFQUMvRCxDQUFDO0FBQ0g7QUFHTyxNQUFNLHlCQUFrRDtBQUFBLEVBQzdELDJCQUEyQjtBQUFBLEVBQzNCLDJCQUEyQjtBQUFBLEVBQzNCLDBCQUEwQjtBQUFBLEVBQzFCLDBCQUEwQjtBQUFBLEVBQzFCLCtCQUErQjtBQUFBLEVBQy9CLGdEQUFnRDtBQUFBLEVBQ2hELHVDQUF1QztBQUFBLEVBQ3ZDLCtCQUErQjtBQUFBLEVBQy9CLHlCQUF5QjtBQUFBLEVBQ3pCLG9DQUFvQztBQUFBLEVBQ3BDLDRCQUE0QjtBQUFBLEVBQzVCLGVBQWU7QUFBQSxFQUNmLHdCQUF3QjtBQUFBLEVBQ3hCLHdCQUF3QjtBQUFBLEVBQ3hCLDhCQUE4QjtBQUFBLEVBQzlCLGdEQUFnRDtBQUNsRDtBQWNPLE1BQU0sY0FBYztBQUFBLEVBRWpCLFlBQ0csTUFDUSxTQUNBLFFBQ1IsTUFFQSxTQUNBLFdBQ1Q7QUFQUztBQUNRO0FBQ0E7QUFDUjtBQUVBO0FBQ0E7QUFBQSxFQUNSO0FBQUEsRUFQUTtBQUFBLEVBQ1E7QUFBQSxFQUNBO0FBQUEsRUFDUjtBQUFBLEVBRUE7QUFBQSxFQUNBO0FBQUEsRUFSRixZQUFzQixDQUFDO0FBQUEsRUFXaEMsSUFBSSxjQUFzQjtBQUFFLFdBQU8sS0FBSyxLQUFLLEtBQUssU0FBUyxXQUFXO0FBQUEsRUFBRztBQUFBLEVBRXpFLGFBQWEsTUFBTSxNQUE0QztBQUM3RCxVQUFNLGNBQVUsNEJBQVksS0FBSyxLQUFLLEdBQUcsT0FBTyxHQUFHLFVBQVUsQ0FBQztBQUM5RCxVQUFNLE9BQU8sS0FBSyxLQUFLLFNBQVMsTUFBTTtBQUN0QyxVQUFNLEtBQUssS0FBSyxLQUFLLFNBQVMsV0FBVztBQUN6QyxVQUFNLEtBQUssS0FBSyxLQUFLLFNBQVMsYUFBYTtBQUMzQyxlQUFXLEtBQUssQ0FBQyxNQUFNLEtBQUssS0FBSyxJQUFJLE1BQU0sR0FBRyxFQUFFLEVBQUcsK0JBQVUsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ25GLFVBQU0sV0FBVyxFQUFFLEdBQUcsd0JBQXdCLEdBQUksS0FBSyxpQkFBaUIsQ0FBQyxJQUFJLEVBQUUsb0NBQW9DLE1BQU0sR0FBSSxHQUFHLEtBQUssU0FBUztBQUM5SSxzQ0FBYyxLQUFLLEtBQUssSUFBSSxRQUFRLGVBQWUsR0FBRyxLQUFLLFVBQVUsVUFBVSxNQUFNLENBQUMsQ0FBQztBQUN2RixVQUFNLGFBQWEsS0FBSyxLQUFLLFVBQVUsR0FBRyxPQUFPLGdCQUFnQjtBQUNqRSxVQUFNLE1BQU0sRUFBRSxHQUFHLFFBQVEsS0FBSyxNQUFNLE1BQU0scUJBQXFCLEdBQUc7QUFDbEUsVUFBTSxPQUFPLENBQUMscUJBQXFCLElBQUksbUJBQW1CLEVBQUU7QUFDNUQsVUFBTSxPQUFPLEtBQUssU0FBUyxTQUFZLFlBQVksSUFBSSxLQUFLO0FBQzVELFFBQUksS0FBTSw2Q0FBYSxRQUFRLFVBQVUsQ0FBQyxZQUFZLEdBQUcsTUFBTSx1QkFBdUIsTUFBTSxTQUFTLEdBQUcsRUFBRSxLQUFLLE9BQU8sU0FBUyxDQUFDO0FBQ2hJLFVBQU0sT0FBTyxNQUFNLFNBQVM7QUFDNUIsVUFBTSxhQUFTLGlDQUFNLFFBQVEsVUFBVTtBQUFBLE1BQUM7QUFBQSxNQUFZLEdBQUc7QUFBQSxNQUFNO0FBQUEsTUFBVTtBQUFBLE1BQWE7QUFBQSxNQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3ZHO0FBQUEsTUFBOEI7QUFBQSxNQUFpQztBQUFBLE1BQXFCO0FBQUEsTUFDcEYsR0FBSSxLQUFLLGlCQUFpQixDQUFDLElBQUksQ0FBQywyQkFBMkI7QUFBQSxJQUFFLEdBQUcsRUFBRSxLQUFLLE9BQU8sQ0FBQyxVQUFVLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFDNUcsVUFBTSxRQUFrQixDQUFDO0FBQ3pCLFdBQU8sUUFBUSxHQUFHLFFBQVEsQ0FBQyxNQUFjLE1BQU0sS0FBSyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQ2pFLFdBQU8sUUFBUSxHQUFHLFFBQVEsQ0FBQyxNQUFjLE1BQU0sS0FBSyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQ2pFLFVBQU0sTUFBTSxvQkFBb0IsSUFBSTtBQUNwQyxVQUFNLFFBQVEseUJBQXlCLE1BQU0sT0FBTyxhQUFhLE9BQU8sT0FBTyxHQUFHLElBQUksUUFBUSxPQUFPLElBQUksTUFBTSx1QkFBdUIsTUFBTSxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUMsR0FBRyxHQUFNO0FBQ2hLLFVBQU0sVUFBVSxNQUFNLFdBQVcsRUFBRSxTQUFTLE9BQU87QUFBQSxNQUNqRCxnQkFBZ0I7QUFBQSxNQUFxQixNQUFNLENBQUMsZ0JBQWdCLGlCQUFpQix5QkFBeUI7QUFBQSxNQUFHLEtBQUssRUFBRSxHQUFHLFFBQVEsS0FBSyxNQUFNLEtBQUs7QUFBQSxJQUM3SSxDQUFDO0FBQ0QsVUFBTSxVQUFVLE1BQU0sUUFBUSxXQUFXLEVBQUUsVUFBVSxLQUFLLFlBQVksRUFBRSxPQUFPLE1BQU0sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUNwRyxVQUFNLFFBQVEsaUJBQWlCLENBQUMsa0JBQWtCLGlCQUFpQixHQUFHLEVBQUUsUUFBUSxJQUFJLENBQUM7QUFDckYsVUFBTSxPQUFPLE1BQU0sUUFBUSxRQUFRO0FBQ25DLFVBQU0sVUFBVSxJQUFJLGNBQWMsTUFBTSxTQUFTLFFBQVEsTUFBTSxTQUFTLEtBQUssU0FBUztBQUN0RixZQUFRLFVBQVUsS0FBSyxHQUFHLEtBQUs7QUFDL0IsVUFBTSxLQUFLLEtBQUssR0FBRyxHQUFHLFdBQVcsbUJBQW1CLEtBQUssU0FBUyxDQUFDLEVBQUU7QUFDckUsVUFBTSxLQUFLLFFBQVEsbUJBQW1CLEVBQUUsUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQ25FLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUlBLFlBQVksTUFBdUI7QUFDakMsV0FBTyxLQUFLLEtBQUssUUFBUSx1REFBdUQsSUFBSSxJQUFJO0FBQUEsRUFDMUY7QUFBQTtBQUFBLEVBR0EsTUFBTSxpQkFBaUIsVUFBc0M7QUFDM0QsVUFBTSxLQUFLLGFBQWE7QUFDeEIsZUFBVyxDQUFDLEdBQUcsSUFBSSxLQUFLLFNBQVMsUUFBUSxHQUFHO0FBQzFDLFlBQU0sTUFBTSxLQUFLLFlBQVksSUFBSSxFQUFFLE1BQU07QUFDekMsWUFBTSxJQUFJLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUNyQyxVQUFJLElBQUksU0FBUyxTQUFTLEtBQU0sTUFBTSxJQUFJLGFBQWEsZUFBZSxNQUFPLFFBQVE7QUFDbkYsY0FBTSxJQUFJLE1BQU07QUFDaEIsY0FBTSxRQUFRLEdBQUcsSUFBSSxjQUFjLFlBQWEsTUFBTSxJQUFJLGFBQWEsZUFBZSxNQUFPLFFBQVEsR0FBTTtBQUFBLE1BQzdHO0FBQUEsSUFDRjtBQUNBLFdBQU8sS0FBSyxZQUFZLFNBQVMsU0FBUyxTQUFTLENBQUMsQ0FBQyxFQUFFLE1BQU07QUFBQSxFQUMvRDtBQUFBLEVBRUEsTUFBTSxlQUE4QjtBQUNsQyxRQUFJLE1BQU0sS0FBSyxLQUFLLFFBQVEsd0JBQXdCLEVBQUUsVUFBVSxFQUFFLE1BQU0sTUFBTSxLQUFLLEVBQUc7QUFDdEYsVUFBTSxLQUFLLEtBQUssU0FBUyxNQUFNLGlCQUFpQjtBQUNoRCxVQUFNLEtBQUssS0FBSyxRQUFRLHdCQUF3QixFQUFFLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUFBLEVBQy9FO0FBQUE7QUFBQSxFQUdBLE1BQU0sbUJBQW1CLFVBQXNDO0FBQzdELFVBQU0sTUFBTSxNQUFNLEtBQUssaUJBQWlCLFFBQVE7QUFDaEQsVUFBTSxJQUFJLE1BQU0sRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUNuQyxVQUFNLE9BQU8sS0FBSyxZQUFZO0FBQzlCLFVBQU0sS0FBSyxRQUFRLEVBQUUsU0FBUyxJQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLGNBQXVCO0FBQ3JCLFdBQU8sS0FBSyxLQUFLLFFBQVEsaURBQWlELEVBQUUsTUFBTTtBQUFBLEVBQ3BGO0FBQUEsRUFFQSxNQUFNLGNBQWMsTUFBc0M7QUFDeEQsVUFBTSxLQUFLLFlBQVksRUFBRSxVQUFVLFlBQVksRUFBRSxLQUFLLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3pFO0FBQUE7QUFBQSxFQUdBLE1BQU0sVUFBVSxlQUFlLGFBQWdDO0FBQzdELFVBQU0sT0FBTyxLQUFLLFlBQVk7QUFDOUIsVUFBTSxLQUFLLFVBQVUsWUFBWSxFQUFFLE1BQU0sYUFBYSxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUM1RixZQUFRLE1BQU0sS0FBSyxVQUFVLFVBQVUsRUFBRSxjQUFjLEdBQUcsSUFBSSxDQUFDLE1BQWMsRUFBRSxNQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDdEc7QUFBQSxFQUVBLE1BQU0sWUFBMkI7QUFDL0IsVUFBTSxLQUFLLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN6QztBQUFBO0FBQUE7QUFBQSxFQUtBLE1BQU0sV0FBVyxPQUE4QjtBQUM3QyxVQUFNLEtBQUssS0FBSyxTQUFTLE1BQU0sSUFBSTtBQUNuQyxVQUFNLFFBQVEsS0FBSyxLQUFLLFFBQVEsMkJBQTJCO0FBQzNELFVBQU0sTUFBTSxRQUFRLEVBQUUsU0FBUyxJQUFPLENBQUM7QUFDdkMsVUFBTSxNQUFNLEtBQUssSUFBSSxLQUFLLEVBQUU7QUFDNUIsVUFBTSxNQUFNLEtBQUssS0FBSyxRQUFRLDhDQUE4QztBQUM1RSxVQUFNLFFBQVEsZ0JBQWdCLEtBQUssS0FBSyxhQUFjLE1BQU0sSUFBSSxNQUFNLEVBQUUsVUFBVSxFQUFFLE1BQU0sTUFBTSxFQUFFLEdBQWMsU0FBUyxLQUFLLEdBQUcsSUFBTTtBQUN2SSxVQUFNLEtBQUssS0FBSyxTQUFTLE1BQU0sT0FBTztBQUFBLEVBQ3hDO0FBQUE7QUFBQSxFQUdBLE1BQU0sb0JBQW9CLFNBQWlCLFlBQVksS0FBMEI7QUFDL0UsVUFBTSxRQUFRLEtBQUssS0FBSyxRQUFRLDZDQUE2QztBQUFBLE1BQzNFLEtBQUssS0FBSyxLQUFLLFFBQVEsbUNBQW1DLEVBQUUsU0FBUyxRQUFRLENBQUM7QUFBQSxJQUNoRixDQUFDLEVBQUUsTUFBTTtBQUNULFVBQU0sTUFBTSxRQUFRLEVBQUUsU0FBUyxVQUFVLENBQUM7QUFDMUMsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sb0JBQXVDO0FBQzNDLFdBQU8sS0FBSyxLQUFLLFFBQVEsdURBQXVELEVBQUUsY0FBYztBQUFBLEVBQ2xHO0FBQUE7QUFBQSxFQUdBLE1BQU0sYUFBYSxPQUE4QjtBQUMvQyxVQUFNLE9BQU8sS0FBSyxLQUFLLFFBQVEseURBQXlELEtBQUssSUFBSSxFQUFFLE1BQU07QUFDekcsVUFBTSxLQUFLLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUN0QyxVQUFNLFVBQVUsTUFBTSxLQUFLLEtBQUssUUFBUSxrREFBa0QsRUFBRSxNQUFNLEVBQUUsYUFBYSxZQUFZLEVBQUUsTUFBTSxNQUFNLEVBQUU7QUFDN0ksUUFBSSxDQUFDLE9BQU8sV0FBVyxFQUFFLEVBQUUsV0FBVyxLQUFLLEVBQUcsT0FBTSxLQUFLLE1BQU07QUFBQSxFQUNqRTtBQUFBO0FBQUEsRUFHQSxTQUFTLE9BQXdCO0FBQy9CLFdBQU8sS0FBSyxLQUFLLFFBQVEsa0JBQWtCLEVBQUUsS0FBSyxLQUFLLEtBQUssUUFBUSw2QkFBNkIsS0FBSyxJQUFJLEVBQUUsQ0FBQyxFQUFFLE1BQU07QUFBQSxFQUN2SDtBQUFBO0FBQUEsRUFHQSxRQUFRLFdBQW1CLE9BQXdCO0FBQ2pELFdBQU8sS0FBSyxTQUFTLFNBQVMsRUFBRSxRQUFRLGlDQUFpQyxLQUFLLElBQUksRUFBRSxNQUFNO0FBQUEsRUFDNUY7QUFBQTtBQUFBO0FBQUEsRUFLQSxNQUFNLGVBQWdDO0FBQ3BDLFVBQU0sT0FBaUIsTUFBTSxLQUFLLEtBQUssUUFBUSw0Q0FBNEMsRUFBRSxnQkFBZ0I7QUFDN0csV0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxXQUFXLEdBQUcsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUFBLEVBQzdEO0FBQUEsRUFFQSxNQUFNLG9CQUFvQixTQUFpQixZQUFZLE1BQTBCO0FBQy9FLFdBQU8sUUFBUSxpQkFBaUIsT0FBTyxJQUFJLFlBQVk7QUFDckQsWUFBTSxJQUFJLE1BQU0sS0FBSyxhQUFhO0FBQ2xDLGFBQU8sUUFBUSxLQUFLLENBQUMsSUFBSSxJQUFJO0FBQUEsSUFDL0IsR0FBRyxXQUFXLEdBQUc7QUFBQSxFQUNuQjtBQUFBO0FBQUEsRUFHQSxNQUFNLGFBQWdDO0FBQ3BDLFlBQVEsTUFBTSxLQUFLLEtBQUssUUFBUSxrQ0FBa0MsRUFBRSxjQUFjLEdBQUcsSUFBSSxDQUFDLE1BQWMsRUFBRSxLQUFLLENBQUM7QUFBQSxFQUNsSDtBQUFBO0FBQUEsRUFHQSxNQUFNLGFBQThCO0FBQ2xDLFVBQU0sUUFBa0IsTUFBTSxLQUFLLEtBQUssUUFBUSx1REFBdUQsRUFBRSxnQkFBZ0I7QUFDekgsV0FBTyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxXQUFXLEdBQUcsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUFBLEVBQzlEO0FBQUE7QUFBQTtBQUFBLEVBS0EsTUFBTSxXQUFXLE1BQStCO0FBQzlDLGtDQUFVLGFBQWEsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUMxQyxVQUFNLE9BQU8sS0FBSyxLQUFLLGFBQWEsR0FBRyxJQUFJLE1BQU07QUFDakQsVUFBTSxLQUFLLEtBQUssV0FBVyxFQUFFLE1BQU0sTUFBTSxZQUFZLFdBQVcsQ0FBQztBQUNqRSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxnQkFBb0M7QUFDbEMsVUFBTSxPQUFPLEtBQUssS0FBSyxLQUFLLGFBQWEsTUFBTTtBQUMvQyxRQUFJLEtBQUMsMkJBQVcsSUFBSSxFQUFHLFFBQU87QUFDOUIsZUFBVyxlQUFXLDRCQUFZLElBQUksRUFBRSxLQUFLLEVBQUUsUUFBUSxHQUFHO0FBQ3hELGlCQUFXLFNBQUssNEJBQVksS0FBSyxLQUFLLE1BQU0sT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRztBQUNsRyxjQUFNLE1BQU0sS0FBSyxLQUFLLE1BQU0sU0FBUyxHQUFHLFNBQVM7QUFDakQsZ0JBQUksMkJBQVcsR0FBRyxFQUFHLFFBQU87QUFBQSxNQUM5QjtBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUMzQixVQUFNLEtBQUssUUFBUSxNQUFNLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDaEQsUUFBSSxLQUFLLE9BQU8sYUFBYSxNQUFNO0FBQ2pDLFlBQU0sU0FBUyxJQUFJLFFBQVEsQ0FBQyxNQUFNLEtBQUssT0FBTyxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzdELFdBQUssT0FBTyxLQUFLLFNBQVM7QUFDMUIsWUFBTSxRQUFRLEtBQUssQ0FBQyxRQUFRLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLEdBQUksQ0FBQyxDQUFDLENBQUM7QUFDcEUsVUFBSSxLQUFLLE9BQU8sYUFBYSxLQUFNLE1BQUssT0FBTyxLQUFLLFNBQVM7QUFBQSxJQUMvRDtBQUNBLFFBQUksQ0FBQyxRQUFRLElBQUksU0FBVSw0QkFBTyxLQUFLLFNBQVMsRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNsRjtBQUNGO0FBRU8sTUFBTSxjQUFjLENBQUMsU0FBK0MsY0FBYyxNQUFNLElBQUk7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
