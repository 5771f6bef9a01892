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
var builds_exports = {};
__export(builds_exports, {
  BuildList: () => BuildList,
  FINISHED: () => FINISHED,
  atomOfEbuild: () => atomOfEbuild,
  durationOf: () => durationOf,
  engineLabel: () => engineLabel,
  formatDuration: () => formatDuration,
  isFinished: () => isFinished
});
module.exports = __toCommonJS(builds_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
const FINISHED = ["succeeded", "failed", "cancelled", "error"];
const isFinished = (b) => FINISHED.includes(b.state);
function atomOfEbuild(ebuildPath) {
  const file = path.basename(ebuildPath).replace(/\.ebuild$/, "");
  const category = path.basename(path.dirname(path.dirname(ebuildPath)));
  return `${category}/${file}`;
}
function engineLabel(url) {
  if (!url || url.startsWith("unix://") || url.startsWith("npipe://")) return "local";
  return url.replace(/^[a-z]+:\/\//, "").replace(/\/$/, "");
}
function formatDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, "0")}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
function durationOf(b, now = Date.now()) {
  return (b.endedAt ?? now) - b.startedAt;
}
class BuildList {
  records = /* @__PURE__ */ new Map();
  emitter = new vscode.EventEmitter();
  /** Fires with the changed record, or undefined when the list itself changed. */
  onDidChange = this.emitter.event;
  counter = 0;
  create(init) {
    const id = `build-${Date.now().toString(36)}-${++this.counter}`;
    const record = { ...init, id, state: "queued", startedAt: Date.now(), progress: {}, transcript: [] };
    this.records.set(id, record);
    this.emitter.fire(void 0);
    return record;
  }
  changed(record) {
    this.emitter.fire(record);
  }
  get(id) {
    return this.records.get(id);
  }
  /** Newest first. */
  all() {
    return [...this.records.values()].reverse();
  }
  running() {
    return this.all().filter((b) => !isFinished(b));
  }
  runningFor(ebuildPath) {
    return this.running().find((b) => b.ebuildPath === ebuildPath);
  }
  remove(id) {
    if (this.records.delete(id)) this.emitter.fire(void 0);
  }
  clearFinished() {
    for (const b of this.all()) if (isFinished(b)) this.records.delete(b.id);
    this.emitter.fire(void 0);
  }
  dispose() {
    this.emitter.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildList,
  FINISHED,
  atomOfEbuild,
  durationOf,
  engineLabel,
  formatDuration,
  isFinished
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGJ1aWxkcyBvZiB0aGlzIHdpbmRvdywgcnVubmluZyBhbmQgZmluaXNoZWQsIGFzIHBsYWluIHJlY29yZHMuIFZpZXdzLCB0aGUgc3RhdHVzIGJhciBhbmQgdGhlIHRlcm1pbmFsc1xuICogcmVhZCB0aGVzZSBhbmQgbGlzdGVuIHRvIGBvbkRpZENoYW5nZWA7IG9ubHkgdGhlIGJ1aWxkIHJ1bm5lciB3cml0ZXMgdGhlbS5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBCdWlsZFJlc3VsdCwgQnVpbGRTdGF0ZSB9IGZyb20gJy4uL2NvcmUvYnVpbGRSdW4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIEJ1aWxkUHJvZ3Jlc3Mge1xuICBpbmRleD86IG51bWJlcjtcbiAgdG90YWw/OiBudW1iZXI7XG4gIGNwdj86IHN0cmluZztcbiAgcGhhc2U/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRSZWNvcmQge1xuICAvKiogU3RhYmxlIGlkICh0cmVlIGl0ZW0gaWQsIGxvZyBkb2N1bWVudCBpZCkuICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG4gIC8qKiBgY2F0L3BrZy12ZXJgLCBmcm9tIHRoZSBlYnVpbGQgcGF0aC4gKi9cbiAgcmVhZG9ubHkgYXRvbTogc3RyaW5nO1xuICByZWFkb25seSBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHdvcmtzcGFjZUZvbGRlcj86IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvZmlsZTogc3RyaW5nO1xuICAvKiogVGhlIGVuZ2luZTogYXMgdGhlIHVzZXIgbmFtZWQgaXQgdW50aWwgY29ubmVjdGVkLCB0aGVuIGl0cyBVUkwuICovXG4gIGVuZ2luZTogc3RyaW5nO1xuICBzdGF0ZTogQnVpbGRTdGF0ZTtcbiAgcmVhZG9ubHkgc3RhcnRlZEF0OiBudW1iZXI7XG4gIGVuZGVkQXQ/OiBudW1iZXI7XG4gIHByb2dyZXNzOiBCdWlsZFByb2dyZXNzO1xuICBoYW5kbGU/OiBCdWlsZEhhbmRsZTtcbiAgcmVzdWx0PzogQnVpbGRSZXN1bHQ7XG4gIC8qKiBJbWFnZSBhbmQgYXJndiwgb25jZSBrbm93biAoZnJvbSB0aGUgaGFuZGxlIG9yIHRoZSByZXN1bHQpLiAqL1xuICBpbWFnZT86IHN0cmluZztcbiAgYXJndj86IHN0cmluZ1tdO1xuICAvKiogU2V0IHdoZW4gdGhlIHByb2ZpbGUgcmVwbGFjZXMgdGhlIGltYWdlJ3MgRU5UUllQT0lOVC4gKi9cbiAgZW50cnlwb2ludD86IHN0cmluZ1tdO1xuICAvKiogVGhlIHByb2ZpbGUncyBub3RlcyBvbiB0aGUgY2hvaWNlcyBpdCBtYWRlIChzaG93biBpbiB0aGUgdGVybWluYWwgaGVhZGVyKS4gKi9cbiAgbm90ZXM/OiBzdHJpbmdbXTtcbiAgLyoqIFdoZXJlIHRoZSBmdWxsIGxvZyBpcyBiZWluZyB3cml0dGVuIChrbm93biBvbmNlIHRoZSBidWlsZCBpcyBwcmVwYXJlZCkuICovXG4gIGxvZ1BhdGg/OiBzdHJpbmc7XG4gIC8qKiBDYW5jZWwgd2FzIGFza2VkIGJlZm9yZSB0aGUgZW5naW5lIGhhbmRlZCBiYWNrIGEgaGFuZGxlLiAqL1xuICBjYW5jZWxSZXF1ZXN0ZWQ/OiBib29sZWFuO1xuICAvKiogTGFzdCBmYWlsdXJlIGV4cGxhbmF0aW9uIChVc2VyRXJyb3IgbWVzc2FnZSBvciBmYWlsaW5nIHBoYXNlKS4gKi9cbiAgbWVzc2FnZT86IHN0cmluZztcbiAgLyoqIFRoZSB3aG9sZSBvdXRwdXQgYXMgcmVjZWl2ZWQgKHdpdGggZXNjYXBlcyk6IHNlcnZlcyB0aGUgbG9nIGRvY3VtZW50IHdoaWxlIG5vIHNhdmVkIGxvZyBleGlzdHMuICovXG4gIHRyYW5zY3JpcHQ6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgY29uc3QgRklOSVNIRUQ6IHJlYWRvbmx5IEJ1aWxkU3RhdGVbXSA9IFsnc3VjY2VlZGVkJywgJ2ZhaWxlZCcsICdjYW5jZWxsZWQnLCAnZXJyb3InXTtcbmV4cG9ydCBjb25zdCBpc0ZpbmlzaGVkID0gKGI6IEJ1aWxkUmVjb3JkKTogYm9vbGVhbiA9PiBGSU5JU0hFRC5pbmNsdWRlcyhiLnN0YXRlKTtcblxuLyoqIGBjYXQvcGtnLXZlcmAgZnJvbSBgPG92ZXJsYXk+LzxjYXQ+Lzxwbj4vPHBuPi08dmVyPi5lYnVpbGRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGF0b21PZkVidWlsZChlYnVpbGRQYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBmaWxlID0gcGF0aC5iYXNlbmFtZShlYnVpbGRQYXRoKS5yZXBsYWNlKC9cXC5lYnVpbGQkLywgJycpO1xuICBjb25zdCBjYXRlZ29yeSA9IHBhdGguYmFzZW5hbWUocGF0aC5kaXJuYW1lKHBhdGguZGlybmFtZShlYnVpbGRQYXRoKSkpO1xuICByZXR1cm4gYCR7Y2F0ZWdvcnl9LyR7ZmlsZX1gO1xufVxuXG4vKiogU2hvcnQgZW5naW5lIG5hbWUgZm9yIGxpc3RzOiBgbG9jYWxgIGZvciBhIHNvY2tldCBvbiB0aGlzIG1hY2hpbmUsIGVsc2UgdGhlIGhvc3QgKGBzc2g6Ly9idWlsZGVyQGJveGAgXHUyMTkyIGBidWlsZGVyQGJveGApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZ2luZUxhYmVsKHVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKCF1cmwgfHwgdXJsLnN0YXJ0c1dpdGgoJ3VuaXg6Ly8nKSB8fCB1cmwuc3RhcnRzV2l0aCgnbnBpcGU6Ly8nKSkgcmV0dXJuICdsb2NhbCc7XG4gIHJldHVybiB1cmwucmVwbGFjZSgvXlthLXpdKzpcXC9cXC8vLCAnJykucmVwbGFjZSgvXFwvJC8sICcnKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdER1cmF0aW9uKG1zOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBzID0gTWF0aC5tYXgoMCwgTWF0aC5yb3VuZChtcyAvIDEwMDApKTtcbiAgaWYgKHMgPCA2MCkgcmV0dXJuIGAke3N9c2A7XG4gIGNvbnN0IG0gPSBNYXRoLmZsb29yKHMgLyA2MCk7XG4gIHJldHVybiBtIDwgNjAgPyBgJHttfW0gJHtTdHJpbmcocyAlIDYwKS5wYWRTdGFydCgyLCAnMCcpfXNgIDogYCR7TWF0aC5mbG9vcihtIC8gNjApfWggJHtTdHJpbmcobSAlIDYwKS5wYWRTdGFydCgyLCAnMCcpfW1gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZHVyYXRpb25PZihiOiBCdWlsZFJlY29yZCwgbm93ID0gRGF0ZS5ub3coKSk6IG51bWJlciB7XG4gIHJldHVybiAoYi5lbmRlZEF0ID8/IG5vdykgLSBiLnN0YXJ0ZWRBdDtcbn1cblxuZXhwb3J0IGNsYXNzIEJ1aWxkTGlzdCBpbXBsZW1lbnRzIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIEJ1aWxkUmVjb3JkPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxCdWlsZFJlY29yZCB8IHVuZGVmaW5lZD4oKTtcbiAgLyoqIEZpcmVzIHdpdGggdGhlIGNoYW5nZWQgcmVjb3JkLCBvciB1bmRlZmluZWQgd2hlbiB0aGUgbGlzdCBpdHNlbGYgY2hhbmdlZC4gKi9cbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2UgPSB0aGlzLmVtaXR0ZXIuZXZlbnQ7XG4gIHByaXZhdGUgY291bnRlciA9IDA7XG5cbiAgY3JlYXRlKGluaXQ6IE9taXQ8QnVpbGRSZWNvcmQsICdpZCcgfCAnc3RhdGUnIHwgJ3N0YXJ0ZWRBdCcgfCAncHJvZ3Jlc3MnIHwgJ3RyYW5zY3JpcHQnPik6IEJ1aWxkUmVjb3JkIHtcbiAgICBjb25zdCBpZCA9IGBidWlsZC0ke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0keysrdGhpcy5jb3VudGVyfWA7XG4gICAgY29uc3QgcmVjb3JkOiBCdWlsZFJlY29yZCA9IHsgLi4uaW5pdCwgaWQsIHN0YXRlOiAncXVldWVkJywgc3RhcnRlZEF0OiBEYXRlLm5vdygpLCBwcm9ncmVzczoge30sIHRyYW5zY3JpcHQ6IFtdIH07XG4gICAgdGhpcy5yZWNvcmRzLnNldChpZCwgcmVjb3JkKTtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgIHJldHVybiByZWNvcmQ7XG4gIH1cblxuICBjaGFuZ2VkKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZShyZWNvcmQpO1xuICB9XG5cbiAgZ2V0KGlkOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucmVjb3Jkcy5nZXQoaWQpO1xuICB9XG5cbiAgLyoqIE5ld2VzdCBmaXJzdC4gKi9cbiAgYWxsKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiBbLi4udGhpcy5yZWNvcmRzLnZhbHVlcygpXS5yZXZlcnNlKCk7XG4gIH1cblxuICBydW5uaW5nKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiB0aGlzLmFsbCgpLmZpbHRlcigoYikgPT4gIWlzRmluaXNoZWQoYikpO1xuICB9XG5cbiAgcnVubmluZ0ZvcihlYnVpbGRQYXRoOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucnVubmluZygpLmZpbmQoKGIpID0+IGIuZWJ1aWxkUGF0aCA9PT0gZWJ1aWxkUGF0aCk7XG4gIH1cblxuICByZW1vdmUoaWQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlY29yZHMuZGVsZXRlKGlkKSkgdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgfVxuXG4gIGNsZWFyRmluaXNoZWQoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBiIG9mIHRoaXMuYWxsKCkpIGlmIChpc0ZpbmlzaGVkKGIpKSB0aGlzLnJlY29yZHMuZGVsZXRlKGIuaWQpO1xuICAgIHRoaXMuZW1pdHRlci5maXJlKHVuZGVmaW5lZCk7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIHRoaXMuZW1pdHRlci5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsV0FBc0I7QUFDdEIsYUFBd0I7QUEyQ2pCLE1BQU0sV0FBa0MsQ0FBQyxhQUFhLFVBQVUsYUFBYSxPQUFPO0FBQ3BGLE1BQU0sYUFBYSxDQUFDLE1BQTRCLFNBQVMsU0FBUyxFQUFFLEtBQUs7QUFHekUsU0FBUyxhQUFhLFlBQTRCO0FBQ3ZELFFBQU0sT0FBTyxLQUFLLFNBQVMsVUFBVSxFQUFFLFFBQVEsYUFBYSxFQUFFO0FBQzlELFFBQU0sV0FBVyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxVQUFVLENBQUMsQ0FBQztBQUNyRSxTQUFPLEdBQUcsUUFBUSxJQUFJLElBQUk7QUFDNUI7QUFHTyxTQUFTLFlBQVksS0FBcUI7QUFDL0MsTUFBSSxDQUFDLE9BQU8sSUFBSSxXQUFXLFNBQVMsS0FBSyxJQUFJLFdBQVcsVUFBVSxFQUFHLFFBQU87QUFDNUUsU0FBTyxJQUFJLFFBQVEsZ0JBQWdCLEVBQUUsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUMxRDtBQUVPLFNBQVMsZUFBZSxJQUFvQjtBQUNqRCxRQUFNLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssR0FBSSxDQUFDO0FBQzNDLE1BQUksSUFBSSxHQUFJLFFBQU8sR0FBRyxDQUFDO0FBQ3ZCLFFBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSSxFQUFFO0FBQzNCLFNBQU8sSUFBSSxLQUFLLEdBQUcsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxNQUFNLEdBQUcsS0FBSyxNQUFNLElBQUksRUFBRSxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3pIO0FBRU8sU0FBUyxXQUFXLEdBQWdCLE1BQU0sS0FBSyxJQUFJLEdBQVc7QUFDbkUsVUFBUSxFQUFFLFdBQVcsT0FBTyxFQUFFO0FBQ2hDO0FBRU8sTUFBTSxVQUF1QztBQUFBLEVBQ2pDLFVBQVUsb0JBQUksSUFBeUI7QUFBQSxFQUN2QyxVQUFVLElBQUksT0FBTyxhQUFzQztBQUFBO0FBQUEsRUFFbkUsY0FBYyxLQUFLLFFBQVE7QUFBQSxFQUM1QixVQUFVO0FBQUEsRUFFbEIsT0FBTyxNQUFnRztBQUNyRyxVQUFNLEtBQUssU0FBUyxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEVBQUUsS0FBSyxPQUFPO0FBQzdELFVBQU0sU0FBc0IsRUFBRSxHQUFHLE1BQU0sSUFBSSxPQUFPLFVBQVUsV0FBVyxLQUFLLElBQUksR0FBRyxVQUFVLENBQUMsR0FBRyxZQUFZLENBQUMsRUFBRTtBQUNoSCxTQUFLLFFBQVEsSUFBSSxJQUFJLE1BQU07QUFDM0IsU0FBSyxRQUFRLEtBQUssTUFBUztBQUMzQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsUUFBUSxRQUEyQjtBQUNqQyxTQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDMUI7QUFBQSxFQUVBLElBQUksSUFBcUM7QUFDdkMsV0FBTyxLQUFLLFFBQVEsSUFBSSxFQUFFO0FBQUEsRUFDNUI7QUFBQTtBQUFBLEVBR0EsTUFBcUI7QUFDbkIsV0FBTyxDQUFDLEdBQUcsS0FBSyxRQUFRLE9BQU8sQ0FBQyxFQUFFLFFBQVE7QUFBQSxFQUM1QztBQUFBLEVBRUEsVUFBeUI7QUFDdkIsV0FBTyxLQUFLLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLFdBQVcsQ0FBQyxDQUFDO0FBQUEsRUFDaEQ7QUFBQSxFQUVBLFdBQVcsWUFBNkM7QUFDdEQsV0FBTyxLQUFLLFFBQVEsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLGVBQWUsVUFBVTtBQUFBLEVBQy9EO0FBQUEsRUFFQSxPQUFPLElBQWtCO0FBQ3ZCLFFBQUksS0FBSyxRQUFRLE9BQU8sRUFBRSxFQUFHLE1BQUssUUFBUSxLQUFLLE1BQVM7QUFBQSxFQUMxRDtBQUFBLEVBRUEsZ0JBQXNCO0FBQ3BCLGVBQVcsS0FBSyxLQUFLLElBQUksRUFBRyxLQUFJLFdBQVcsQ0FBQyxFQUFHLE1BQUssUUFBUSxPQUFPLEVBQUUsRUFBRTtBQUN2RSxTQUFLLFFBQVEsS0FBSyxNQUFTO0FBQUEsRUFDN0I7QUFBQSxFQUVBLFVBQWdCO0FBQ2QsU0FBSyxRQUFRLFFBQVE7QUFBQSxFQUN2QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
