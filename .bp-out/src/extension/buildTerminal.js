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
var buildTerminal_exports = {};
__export(buildTerminal_exports, {
  BuildTerminal: () => BuildTerminal
});
module.exports = __toCommonJS(buildTerminal_exports);
var vscode = __toESM(require("vscode"));
var import_builds = require("./builds");
var import_buildText = require("./buildText");
const BOLD = "\x1B[1m", DIM = "\x1B[2m", RESET = "\x1B[0m";
const RED = "\x1B[31m", GREEN = "\x1B[32m", YELLOW = "\x1B[33m", CYAN = "\x1B[36m";
class BuildTerminal {
  constructor(record, cancel, createTerminal = true) {
    this.record = record;
    this.cancel = cancel;
    const name = `Build ${record.atom} (${record.profile})`;
    this.terminal = createTerminal ? vscode.window.createTerminal({ name, pty: this, iconPath: new vscode.ThemeIcon("package"), isTransient: true }) : void 0;
  }
  record;
  cancel;
  writeEmitter = new vscode.EventEmitter();
  closeEmitter = new vscode.EventEmitter();
  onDidWrite = this.writeEmitter.event;
  onDidClose = this.closeEmitter.event;
  terminal;
  opened = false;
  pending = [];
  decoder = new TextDecoder("utf-8");
  lastWasCr = false;
  headerShown = false;
  closed = false;
  open() {
    this.opened = true;
    for (const s of this.pending) this.writeEmitter.fire(s);
    this.pending = [];
  }
  close() {
    this.closed = true;
    const b = this.record;
    if (b.state === "succeeded" || b.state === "failed" || b.state === "cancelled" || b.state === "error") return;
    void vscode.window.showWarningMessage(`The build of ${b.atom} is still running. Cancel it?`, "Cancel Build", "Keep Running").then((choice) => {
      if (choice === "Cancel Build") this.cancel();
    });
  }
  get isClosed() {
    return this.closed;
  }
  write(s) {
    if (this.opened) this.writeEmitter.fire(s);
    else this.pending.push(s);
  }
  /** A line of our own (not container output), always on a fresh line. */
  line(s = "") {
    this.write(`${s}\r
`);
  }
  header() {
    if (this.headerShown) return;
    this.headerShown = true;
    const b = this.record;
    this.line(`${BOLD}${CYAN}Ebuild Builder${RESET}  ${BOLD}${b.atom}${RESET}  ${DIM}profile${RESET} ${b.profile}  ${DIM}engine${RESET} ${b.engine}`);
    this.line(`${DIM}  ebuild ${RESET} ${b.ebuildPath}`);
    if (b.image) this.line(`${DIM}  image  ${RESET} ${b.image}`);
    if (b.argv && b.entrypoint) this.line(`${DIM}  command${RESET} ${(0, import_buildText.quoteArgv)([...b.entrypoint, ...b.argv])}`);
    else if (b.argv) this.line(`${DIM}  command${RESET} ${DIM}<image entrypoint>${RESET} ${(0, import_buildText.quoteArgv)(b.argv)}`);
    for (const note of b.notes ?? []) this.line(`${DIM}  note    ${note}${RESET}`);
    this.line(`${DIM}${"\u2500".repeat(72)}${RESET}`);
  }
  status(text) {
    this.line(`${DIM}\xBB ${text}${RESET}`);
  }
  /** Container output: UTF-8 decoded across chunk boundaries, bare LF turned into CRLF for the terminal. */
  output(data) {
    let text = this.decoder.decode(data, { stream: true });
    if (!text) return;
    text = text.replace(/(\r)?\n/g, (m, cr, offset) => cr || offset === 0 && this.lastWasCr ? m : "\r\n");
    this.lastWasCr = text.endsWith("\r");
    this.write(text);
  }
  footer() {
    const b = this.record;
    const result = b.result;
    this.line();
    this.line(`${DIM}${"\u2500".repeat(72)}${RESET}`);
    const took = (0, import_builds.formatDuration)((0, import_builds.durationOf)(b));
    const colour = b.state === "succeeded" ? GREEN : b.state === "cancelled" ? YELLOW : RED;
    const icon = b.state === "succeeded" ? "\u2714" : b.state === "cancelled" ? "\u25A0" : "\u2716";
    const exit = result?.exitCode !== void 0 ? ` (exit ${result.exitCode})` : "";
    this.line(`${BOLD}${colour}${icon} ${b.state}${RESET}${exit} in ${took}  ${b.atom}`);
    if (b.message) for (const l of b.message.split("\n")) this.line(`  ${l}`);
    if (result?.artifacts.length) {
      this.line(`  ${result.artifacts.length} binary package(s):`);
      for (const a of result.artifacts) this.line(`    ${a}`);
    }
    const log = result?.logPath ?? b.logPath;
    if (log) this.line(`  build log: ${log}`);
    if (!b.image && result?.image) this.line(`${DIM}  image ${result.image}  command ${(0, import_buildText.quoteArgv)(result.argv)}${RESET}`);
  }
  /** Ends a task's terminal with the build's exit status (a plain build terminal stays open to be read). */
  exit(code) {
    this.closeEmitter.fire(code);
  }
  /** Reveal without taking focus from the editor. */
  show() {
    this.terminal?.show(true);
  }
  dispose() {
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildTerminal
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFRlcm1pbmFsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE9uZSB0ZXJtaW5hbCBwZXIgYnVpbGQ6IGEgUHNldWRvdGVybWluYWwgdGhhdCBzaG93cyB0aGUgY29udGFpbmVyJ3Mgb3V0cHV0IHdpdGggaXRzIGNvbG91cnMsIGEgaGVhZGVyIHdpdGggdGhlXG4gKiBleGFjdCBpbWFnZSBhbmQgY29tbWFuZCwgYW5kIGEgZm9vdGVyIHdpdGggdGhlIHJlc3VsdC4gQ2xvc2luZyBpdCB3aGlsZSB0aGUgYnVpbGQgcnVucyBhc2tzIHdoZXRoZXIgdG8gY2FuY2VsLlxuICovXG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgQnVpbGRSZWNvcmQgfSBmcm9tICcuL2J1aWxkcyc7XG5pbXBvcnQgeyBkdXJhdGlvbk9mLCBmb3JtYXREdXJhdGlvbiB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IHF1b3RlQXJndiB9IGZyb20gJy4vYnVpbGRUZXh0JztcblxuY29uc3QgQk9MRCA9ICdcXHgxYlsxbScsIERJTSA9ICdcXHgxYlsybScsIFJFU0VUID0gJ1xceDFiWzBtJztcbmNvbnN0IFJFRCA9ICdcXHgxYlszMW0nLCBHUkVFTiA9ICdcXHgxYlszMm0nLCBZRUxMT1cgPSAnXFx4MWJbMzNtJywgQ1lBTiA9ICdcXHgxYlszNm0nO1xuXG5leHBvcnQgY2xhc3MgQnVpbGRUZXJtaW5hbCBpbXBsZW1lbnRzIHZzY29kZS5Qc2V1ZG90ZXJtaW5hbCwgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IHdyaXRlRW1pdHRlciA9IG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPHN0cmluZz4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBjbG9zZUVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxudW1iZXIgfCB2b2lkPigpO1xuICByZWFkb25seSBvbkRpZFdyaXRlID0gdGhpcy53cml0ZUVtaXR0ZXIuZXZlbnQ7XG4gIHJlYWRvbmx5IG9uRGlkQ2xvc2UgPSB0aGlzLmNsb3NlRW1pdHRlci5ldmVudDtcbiAgcmVhZG9ubHkgdGVybWluYWw6IHZzY29kZS5UZXJtaW5hbDtcbiAgcHJpdmF0ZSBvcGVuZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSBwZW5kaW5nOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04Jyk7XG4gIHByaXZhdGUgbGFzdFdhc0NyID0gZmFsc2U7XG4gIHByaXZhdGUgaGVhZGVyU2hvd24gPSBmYWxzZTtcbiAgcHJpdmF0ZSBjbG9zZWQgPSBmYWxzZTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlY29yZDogQnVpbGRSZWNvcmQsXG4gICAgLyoqIENhbGxlZCB3aGVuIHRoZSB1c2VyIGNsb3NlcyB0aGUgdGVybWluYWwgd2hpbGUgdGhlIGJ1aWxkIHJ1bnMgYW5kIGNob29zZXMgdG8gY2FuY2VsLiAqL1xuICAgIHByaXZhdGUgcmVhZG9ubHkgY2FuY2VsOiAoKSA9PiB2b2lkLFxuICAgIC8qKiBBIHRhc2sncyB0ZXJtaW5hbCBpcyBvd25lZCBieSB0aGUgdGFzayBzeXN0ZW06IGl0IGlzIG5vdCBjcmVhdGVkIGhlcmUuICovXG4gICAgY3JlYXRlVGVybWluYWwgPSB0cnVlLFxuICApIHtcbiAgICBjb25zdCBuYW1lID0gYEJ1aWxkICR7cmVjb3JkLmF0b219ICgke3JlY29yZC5wcm9maWxlfSlgO1xuICAgIHRoaXMudGVybWluYWwgPSBjcmVhdGVUZXJtaW5hbFxuICAgICAgPyB2c2NvZGUud2luZG93LmNyZWF0ZVRlcm1pbmFsKHsgbmFtZSwgcHR5OiB0aGlzLCBpY29uUGF0aDogbmV3IHZzY29kZS5UaGVtZUljb24oJ3BhY2thZ2UnKSwgaXNUcmFuc2llbnQ6IHRydWUgfSlcbiAgICAgIDogKHVuZGVmaW5lZCBhcyB1bmtub3duIGFzIHZzY29kZS5UZXJtaW5hbCk7XG4gIH1cblxuICBvcGVuKCk6IHZvaWQge1xuICAgIHRoaXMub3BlbmVkID0gdHJ1ZTtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5wZW5kaW5nKSB0aGlzLndyaXRlRW1pdHRlci5maXJlKHMpO1xuICAgIHRoaXMucGVuZGluZyA9IFtdO1xuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5jbG9zZWQgPSB0cnVlO1xuICAgIGNvbnN0IGIgPSB0aGlzLnJlY29yZDtcbiAgICBpZiAoYi5zdGF0ZSA9PT0gJ3N1Y2NlZWRlZCcgfHwgYi5zdGF0ZSA9PT0gJ2ZhaWxlZCcgfHwgYi5zdGF0ZSA9PT0gJ2NhbmNlbGxlZCcgfHwgYi5zdGF0ZSA9PT0gJ2Vycm9yJykgcmV0dXJuO1xuICAgIHZvaWQgdnNjb2RlLndpbmRvd1xuICAgICAgLnNob3dXYXJuaW5nTWVzc2FnZShgVGhlIGJ1aWxkIG9mICR7Yi5hdG9tfSBpcyBzdGlsbCBydW5uaW5nLiBDYW5jZWwgaXQ/YCwgJ0NhbmNlbCBCdWlsZCcsICdLZWVwIFJ1bm5pbmcnKVxuICAgICAgLnRoZW4oKGNob2ljZSkgPT4geyBpZiAoY2hvaWNlID09PSAnQ2FuY2VsIEJ1aWxkJykgdGhpcy5jYW5jZWwoKTsgfSk7XG4gIH1cblxuICBnZXQgaXNDbG9zZWQoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY2xvc2VkO1xuICB9XG5cbiAgcHJpdmF0ZSB3cml0ZShzOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5vcGVuZWQpIHRoaXMud3JpdGVFbWl0dGVyLmZpcmUocyk7XG4gICAgZWxzZSB0aGlzLnBlbmRpbmcucHVzaChzKTtcbiAgfVxuXG4gIC8qKiBBIGxpbmUgb2Ygb3VyIG93biAobm90IGNvbnRhaW5lciBvdXRwdXQpLCBhbHdheXMgb24gYSBmcmVzaCBsaW5lLiAqL1xuICBsaW5lKHMgPSAnJyk6IHZvaWQge1xuICAgIHRoaXMud3JpdGUoYCR7c31cXHJcXG5gKTtcbiAgfVxuXG4gIGhlYWRlcigpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5oZWFkZXJTaG93bikgcmV0dXJuO1xuICAgIHRoaXMuaGVhZGVyU2hvd24gPSB0cnVlO1xuICAgIGNvbnN0IGIgPSB0aGlzLnJlY29yZDtcbiAgICB0aGlzLmxpbmUoYCR7Qk9MRH0ke0NZQU59RWJ1aWxkIEJ1aWxkZXIke1JFU0VUfSAgJHtCT0xEfSR7Yi5hdG9tfSR7UkVTRVR9ICAke0RJTX1wcm9maWxlJHtSRVNFVH0gJHtiLnByb2ZpbGV9ICAke0RJTX1lbmdpbmUke1JFU0VUfSAke2IuZW5naW5lfWApO1xuICAgIHRoaXMubGluZShgJHtESU19ICBlYnVpbGQgJHtSRVNFVH0gJHtiLmVidWlsZFBhdGh9YCk7XG4gICAgaWYgKGIuaW1hZ2UpIHRoaXMubGluZShgJHtESU19ICBpbWFnZSAgJHtSRVNFVH0gJHtiLmltYWdlfWApO1xuICAgIGlmIChiLmFyZ3YgJiYgYi5lbnRyeXBvaW50KSB0aGlzLmxpbmUoYCR7RElNfSAgY29tbWFuZCR7UkVTRVR9ICR7cXVvdGVBcmd2KFsuLi5iLmVudHJ5cG9pbnQsIC4uLmIuYXJndl0pfWApO1xuICAgIGVsc2UgaWYgKGIuYXJndikgdGhpcy5saW5lKGAke0RJTX0gIGNvbW1hbmQke1JFU0VUfSAke0RJTX08aW1hZ2UgZW50cnlwb2ludD4ke1JFU0VUfSAke3F1b3RlQXJndihiLmFyZ3YpfWApO1xuICAgIGZvciAoY29uc3Qgbm90ZSBvZiBiLm5vdGVzID8/IFtdKSB0aGlzLmxpbmUoYCR7RElNfSAgbm90ZSAgICAke25vdGV9JHtSRVNFVH1gKTtcbiAgICB0aGlzLmxpbmUoYCR7RElNfSR7J1x1MjUwMCcucmVwZWF0KDcyKX0ke1JFU0VUfWApO1xuICB9XG5cbiAgc3RhdHVzKHRleHQ6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMubGluZShgJHtESU19XHUwMEJCICR7dGV4dH0ke1JFU0VUfWApO1xuICB9XG5cbiAgLyoqIENvbnRhaW5lciBvdXRwdXQ6IFVURi04IGRlY29kZWQgYWNyb3NzIGNodW5rIGJvdW5kYXJpZXMsIGJhcmUgTEYgdHVybmVkIGludG8gQ1JMRiBmb3IgdGhlIHRlcm1pbmFsLiAqL1xuICBvdXRwdXQoZGF0YTogQnVmZmVyKTogdm9pZCB7XG4gICAgbGV0IHRleHQgPSB0aGlzLmRlY29kZXIuZGVjb2RlKGRhdGEsIHsgc3RyZWFtOiB0cnVlIH0pO1xuICAgIGlmICghdGV4dCkgcmV0dXJuO1xuICAgIC8vIEtlZXAgQ1JMRiBhcyBpdCBpcywgdHVybiBMRiBhbG9uZSBpbnRvIENSTEYgKGEgQ1IgZW5kaW5nIHRoZSBwcmV2aW91cyBjaHVuayBjb3VudHMpLlxuICAgIHRleHQgPSB0ZXh0LnJlcGxhY2UoLyhcXHIpP1xcbi9nLCAobSwgY3IsIG9mZnNldDogbnVtYmVyKSA9PiAoY3IgfHwgKG9mZnNldCA9PT0gMCAmJiB0aGlzLmxhc3RXYXNDcikgPyBtIDogJ1xcclxcbicpKTtcbiAgICB0aGlzLmxhc3RXYXNDciA9IHRleHQuZW5kc1dpdGgoJ1xccicpO1xuICAgIHRoaXMud3JpdGUodGV4dCk7XG4gIH1cblxuICBmb290ZXIoKTogdm9pZCB7XG4gICAgY29uc3QgYiA9IHRoaXMucmVjb3JkO1xuICAgIGNvbnN0IHJlc3VsdCA9IGIucmVzdWx0O1xuICAgIHRoaXMubGluZSgpO1xuICAgIHRoaXMubGluZShgJHtESU19JHsnXHUyNTAwJy5yZXBlYXQoNzIpfSR7UkVTRVR9YCk7XG4gICAgY29uc3QgdG9vayA9IGZvcm1hdER1cmF0aW9uKGR1cmF0aW9uT2YoYikpO1xuICAgIGNvbnN0IGNvbG91ciA9IGIuc3RhdGUgPT09ICdzdWNjZWVkZWQnID8gR1JFRU4gOiBiLnN0YXRlID09PSAnY2FuY2VsbGVkJyA/IFlFTExPVyA6IFJFRDtcbiAgICBjb25zdCBpY29uID0gYi5zdGF0ZSA9PT0gJ3N1Y2NlZWRlZCcgPyAnXHUyNzE0JyA6IGIuc3RhdGUgPT09ICdjYW5jZWxsZWQnID8gJ1x1MjVBMCcgOiAnXHUyNzE2JztcbiAgICBjb25zdCBleGl0ID0gcmVzdWx0Py5leGl0Q29kZSAhPT0gdW5kZWZpbmVkID8gYCAoZXhpdCAke3Jlc3VsdC5leGl0Q29kZX0pYCA6ICcnO1xuICAgIHRoaXMubGluZShgJHtCT0xEfSR7Y29sb3VyfSR7aWNvbn0gJHtiLnN0YXRlfSR7UkVTRVR9JHtleGl0fSBpbiAke3Rvb2t9ICAke2IuYXRvbX1gKTtcbiAgICBpZiAoYi5tZXNzYWdlKSBmb3IgKGNvbnN0IGwgb2YgYi5tZXNzYWdlLnNwbGl0KCdcXG4nKSkgdGhpcy5saW5lKGAgICR7bH1gKTtcbiAgICBpZiAocmVzdWx0Py5hcnRpZmFjdHMubGVuZ3RoKSB7XG4gICAgICB0aGlzLmxpbmUoYCAgJHtyZXN1bHQuYXJ0aWZhY3RzLmxlbmd0aH0gYmluYXJ5IHBhY2thZ2Uocyk6YCk7XG4gICAgICBmb3IgKGNvbnN0IGEgb2YgcmVzdWx0LmFydGlmYWN0cykgdGhpcy5saW5lKGAgICAgJHthfWApO1xuICAgIH1cbiAgICBjb25zdCBsb2cgPSByZXN1bHQ/LmxvZ1BhdGggPz8gYi5sb2dQYXRoO1xuICAgIGlmIChsb2cpIHRoaXMubGluZShgICBidWlsZCBsb2c6ICR7bG9nfWApO1xuICAgIGlmICghYi5pbWFnZSAmJiByZXN1bHQ/LmltYWdlKSB0aGlzLmxpbmUoYCR7RElNfSAgaW1hZ2UgJHtyZXN1bHQuaW1hZ2V9ICBjb21tYW5kICR7cXVvdGVBcmd2KHJlc3VsdC5hcmd2KX0ke1JFU0VUfWApO1xuICB9XG5cbiAgLyoqIEVuZHMgYSB0YXNrJ3MgdGVybWluYWwgd2l0aCB0aGUgYnVpbGQncyBleGl0IHN0YXR1cyAoYSBwbGFpbiBidWlsZCB0ZXJtaW5hbCBzdGF5cyBvcGVuIHRvIGJlIHJlYWQpLiAqL1xuICBleGl0KGNvZGU6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMuY2xvc2VFbWl0dGVyLmZpcmUoY29kZSk7XG4gIH1cblxuICAvKiogUmV2ZWFsIHdpdGhvdXQgdGFraW5nIGZvY3VzIGZyb20gdGhlIGVkaXRvci4gKi9cbiAgc2hvdygpOiB2b2lkIHtcbiAgICB0aGlzLnRlcm1pbmFsPy5zaG93KHRydWUpO1xuICB9XG5cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICB0aGlzLndyaXRlRW1pdHRlci5kaXNwb3NlKCk7XG4gICAgdGhpcy5jbG9zZUVtaXR0ZXIuZGlzcG9zZSgpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLGFBQXdCO0FBRXhCLG9CQUEyQztBQUMzQyx1QkFBMEI7QUFFMUIsTUFBTSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVE7QUFDakQsTUFBTSxNQUFNLFlBQVksUUFBUSxZQUFZLFNBQVMsWUFBWSxPQUFPO0FBRWpFLE1BQU0sY0FBa0U7QUFBQSxFQWE3RSxZQUNtQixRQUVBLFFBRWpCLGlCQUFpQixNQUNqQjtBQUxpQjtBQUVBO0FBSWpCLFVBQU0sT0FBTyxTQUFTLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTztBQUNwRCxTQUFLLFdBQVcsaUJBQ1osT0FBTyxPQUFPLGVBQWUsRUFBRSxNQUFNLEtBQUssTUFBTSxVQUFVLElBQUksT0FBTyxVQUFVLFNBQVMsR0FBRyxhQUFhLEtBQUssQ0FBQyxJQUM3RztBQUFBLEVBQ1A7QUFBQSxFQVZtQjtBQUFBLEVBRUE7QUFBQSxFQWZGLGVBQWUsSUFBSSxPQUFPLGFBQXFCO0FBQUEsRUFDL0MsZUFBZSxJQUFJLE9BQU8sYUFBNEI7QUFBQSxFQUM5RCxhQUFhLEtBQUssYUFBYTtBQUFBLEVBQy9CLGFBQWEsS0FBSyxhQUFhO0FBQUEsRUFDL0I7QUFBQSxFQUNELFNBQVM7QUFBQSxFQUNULFVBQW9CLENBQUM7QUFBQSxFQUNyQixVQUFVLElBQUksWUFBWSxPQUFPO0FBQUEsRUFDakMsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsU0FBUztBQUFBLEVBZWpCLE9BQWE7QUFDWCxTQUFLLFNBQVM7QUFDZCxlQUFXLEtBQUssS0FBSyxRQUFTLE1BQUssYUFBYSxLQUFLLENBQUM7QUFDdEQsU0FBSyxVQUFVLENBQUM7QUFBQSxFQUNsQjtBQUFBLEVBRUEsUUFBYztBQUNaLFNBQUssU0FBUztBQUNkLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxFQUFFLFVBQVUsZUFBZSxFQUFFLFVBQVUsWUFBWSxFQUFFLFVBQVUsZUFBZSxFQUFFLFVBQVUsUUFBUztBQUN2RyxTQUFLLE9BQU8sT0FDVCxtQkFBbUIsZ0JBQWdCLEVBQUUsSUFBSSxpQ0FBaUMsZ0JBQWdCLGNBQWMsRUFDeEcsS0FBSyxDQUFDLFdBQVc7QUFBRSxVQUFJLFdBQVcsZUFBZ0IsTUFBSyxPQUFPO0FBQUEsSUFBRyxDQUFDO0FBQUEsRUFDdkU7QUFBQSxFQUVBLElBQUksV0FBb0I7QUFDdEIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRVEsTUFBTSxHQUFpQjtBQUM3QixRQUFJLEtBQUssT0FBUSxNQUFLLGFBQWEsS0FBSyxDQUFDO0FBQUEsUUFDcEMsTUFBSyxRQUFRLEtBQUssQ0FBQztBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLEtBQUssSUFBSSxJQUFVO0FBQ2pCLFNBQUssTUFBTSxHQUFHLENBQUM7QUFBQSxDQUFNO0FBQUEsRUFDdkI7QUFBQSxFQUVBLFNBQWU7QUFDYixRQUFJLEtBQUssWUFBYTtBQUN0QixTQUFLLGNBQWM7QUFDbkIsVUFBTSxJQUFJLEtBQUs7QUFDZixTQUFLLEtBQUssR0FBRyxJQUFJLEdBQUcsSUFBSSxpQkFBaUIsS0FBSyxLQUFLLElBQUksR0FBRyxFQUFFLElBQUksR0FBRyxLQUFLLEtBQUssR0FBRyxVQUFVLEtBQUssSUFBSSxFQUFFLE9BQU8sS0FBSyxHQUFHLFNBQVMsS0FBSyxJQUFJLEVBQUUsTUFBTSxFQUFFO0FBQ2hKLFNBQUssS0FBSyxHQUFHLEdBQUcsWUFBWSxLQUFLLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDbkQsUUFBSSxFQUFFLE1BQU8sTUFBSyxLQUFLLEdBQUcsR0FBRyxZQUFZLEtBQUssSUFBSSxFQUFFLEtBQUssRUFBRTtBQUMzRCxRQUFJLEVBQUUsUUFBUSxFQUFFLFdBQVksTUFBSyxLQUFLLEdBQUcsR0FBRyxZQUFZLEtBQUssUUFBSSw0QkFBVSxDQUFDLEdBQUcsRUFBRSxZQUFZLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFO0FBQUEsYUFDakcsRUFBRSxLQUFNLE1BQUssS0FBSyxHQUFHLEdBQUcsWUFBWSxLQUFLLElBQUksR0FBRyxxQkFBcUIsS0FBSyxRQUFJLDRCQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFDMUcsZUFBVyxRQUFRLEVBQUUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLEdBQUcsR0FBRyxhQUFhLElBQUksR0FBRyxLQUFLLEVBQUU7QUFDN0UsU0FBSyxLQUFLLEdBQUcsR0FBRyxHQUFHLFNBQUksT0FBTyxFQUFFLENBQUMsR0FBRyxLQUFLLEVBQUU7QUFBQSxFQUM3QztBQUFBLEVBRUEsT0FBTyxNQUFvQjtBQUN6QixTQUFLLEtBQUssR0FBRyxHQUFHLFFBQUssSUFBSSxHQUFHLEtBQUssRUFBRTtBQUFBLEVBQ3JDO0FBQUE7QUFBQSxFQUdBLE9BQU8sTUFBb0I7QUFDekIsUUFBSSxPQUFPLEtBQUssUUFBUSxPQUFPLE1BQU0sRUFBRSxRQUFRLEtBQUssQ0FBQztBQUNyRCxRQUFJLENBQUMsS0FBTTtBQUVYLFdBQU8sS0FBSyxRQUFRLFlBQVksQ0FBQyxHQUFHLElBQUksV0FBb0IsTUFBTyxXQUFXLEtBQUssS0FBSyxZQUFhLElBQUksTUFBTztBQUNoSCxTQUFLLFlBQVksS0FBSyxTQUFTLElBQUk7QUFDbkMsU0FBSyxNQUFNLElBQUk7QUFBQSxFQUNqQjtBQUFBLEVBRUEsU0FBZTtBQUNiLFVBQU0sSUFBSSxLQUFLO0FBQ2YsVUFBTSxTQUFTLEVBQUU7QUFDakIsU0FBSyxLQUFLO0FBQ1YsU0FBSyxLQUFLLEdBQUcsR0FBRyxHQUFHLFNBQUksT0FBTyxFQUFFLENBQUMsR0FBRyxLQUFLLEVBQUU7QUFDM0MsVUFBTSxXQUFPLGtDQUFlLDBCQUFXLENBQUMsQ0FBQztBQUN6QyxVQUFNLFNBQVMsRUFBRSxVQUFVLGNBQWMsUUFBUSxFQUFFLFVBQVUsY0FBYyxTQUFTO0FBQ3BGLFVBQU0sT0FBTyxFQUFFLFVBQVUsY0FBYyxXQUFNLEVBQUUsVUFBVSxjQUFjLFdBQU07QUFDN0UsVUFBTSxPQUFPLFFBQVEsYUFBYSxTQUFZLFVBQVUsT0FBTyxRQUFRLE1BQU07QUFDN0UsU0FBSyxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sR0FBRyxJQUFJLElBQUksRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLElBQUksT0FBTyxJQUFJLEtBQUssRUFBRSxJQUFJLEVBQUU7QUFDbkYsUUFBSSxFQUFFLFFBQVMsWUFBVyxLQUFLLEVBQUUsUUFBUSxNQUFNLElBQUksRUFBRyxNQUFLLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDeEUsUUFBSSxRQUFRLFVBQVUsUUFBUTtBQUM1QixXQUFLLEtBQUssS0FBSyxPQUFPLFVBQVUsTUFBTSxxQkFBcUI7QUFDM0QsaUJBQVcsS0FBSyxPQUFPLFVBQVcsTUFBSyxLQUFLLE9BQU8sQ0FBQyxFQUFFO0FBQUEsSUFDeEQ7QUFDQSxVQUFNLE1BQU0sUUFBUSxXQUFXLEVBQUU7QUFDakMsUUFBSSxJQUFLLE1BQUssS0FBSyxnQkFBZ0IsR0FBRyxFQUFFO0FBQ3hDLFFBQUksQ0FBQyxFQUFFLFNBQVMsUUFBUSxNQUFPLE1BQUssS0FBSyxHQUFHLEdBQUcsV0FBVyxPQUFPLEtBQUssaUJBQWEsNEJBQVUsT0FBTyxJQUFJLENBQUMsR0FBRyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUFBO0FBQUEsRUFHQSxLQUFLLE1BQW9CO0FBQ3ZCLFNBQUssYUFBYSxLQUFLLElBQUk7QUFBQSxFQUM3QjtBQUFBO0FBQUEsRUFHQSxPQUFhO0FBQ1gsU0FBSyxVQUFVLEtBQUssSUFBSTtBQUFBLEVBQzFCO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFNBQUssYUFBYSxRQUFRO0FBQzFCLFNBQUssYUFBYSxRQUFRO0FBQUEsRUFDNUI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
