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
  formatDuration,
  isFinished
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGJ1aWxkcyBvZiB0aGlzIHdpbmRvdywgcnVubmluZyBhbmQgZmluaXNoZWQsIGFzIHBsYWluIHJlY29yZHMuIFZpZXdzLCB0aGUgc3RhdHVzIGJhciBhbmQgdGhlIHRlcm1pbmFsc1xuICogcmVhZCB0aGVzZSBhbmQgbGlzdGVuIHRvIGBvbkRpZENoYW5nZWA7IG9ubHkgdGhlIGJ1aWxkIHJ1bm5lciB3cml0ZXMgdGhlbS5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBCdWlsZFJlc3VsdCwgQnVpbGRTdGF0ZSB9IGZyb20gJy4uL2NvcmUvYnVpbGRSdW4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIEJ1aWxkUHJvZ3Jlc3Mge1xuICBpbmRleD86IG51bWJlcjtcbiAgdG90YWw/OiBudW1iZXI7XG4gIGNwdj86IHN0cmluZztcbiAgcGhhc2U/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRSZWNvcmQge1xuICAvKiogU3RhYmxlIGlkICh0cmVlIGl0ZW0gaWQsIGxvZyBkb2N1bWVudCBpZCkuICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG4gIC8qKiBgY2F0L3BrZy12ZXJgLCBmcm9tIHRoZSBlYnVpbGQgcGF0aC4gKi9cbiAgcmVhZG9ubHkgYXRvbTogc3RyaW5nO1xuICByZWFkb25seSBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHdvcmtzcGFjZUZvbGRlcj86IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvZmlsZTogc3RyaW5nO1xuICAvKiogVGhlIGVuZ2luZSBhcyB0aGUgdXNlciBuYW1lZCBpdCAoc2V0dGluZyksIG9yIGBkZWZhdWx0IGVuZ2luZWAuICovXG4gIHJlYWRvbmx5IGVuZ2luZTogc3RyaW5nO1xuICBzdGF0ZTogQnVpbGRTdGF0ZTtcbiAgcmVhZG9ubHkgc3RhcnRlZEF0OiBudW1iZXI7XG4gIGVuZGVkQXQ/OiBudW1iZXI7XG4gIHByb2dyZXNzOiBCdWlsZFByb2dyZXNzO1xuICBoYW5kbGU/OiBCdWlsZEhhbmRsZTtcbiAgcmVzdWx0PzogQnVpbGRSZXN1bHQ7XG4gIC8qKiBJbWFnZSBhbmQgYXJndiwgb25jZSBrbm93biAoZnJvbSB0aGUgaGFuZGxlIG9yIHRoZSByZXN1bHQpLiAqL1xuICBpbWFnZT86IHN0cmluZztcbiAgYXJndj86IHN0cmluZ1tdO1xuICAvKiogQ2FuY2VsIHdhcyBhc2tlZCBiZWZvcmUgdGhlIGVuZ2luZSBoYW5kZWQgYmFjayBhIGhhbmRsZS4gKi9cbiAgY2FuY2VsUmVxdWVzdGVkPzogYm9vbGVhbjtcbiAgLyoqIExhc3QgZmFpbHVyZSBleHBsYW5hdGlvbiAoVXNlckVycm9yIG1lc3NhZ2Ugb3IgZmFpbGluZyBwaGFzZSkuICovXG4gIG1lc3NhZ2U/OiBzdHJpbmc7XG4gIC8qKiBUaGUgd2hvbGUgb3V0cHV0IGFzIHJlY2VpdmVkICh3aXRoIGVzY2FwZXMpOiBzZXJ2ZXMgdGhlIGxvZyBkb2N1bWVudCB3aGlsZSBubyBzYXZlZCBsb2cgZXhpc3RzLiAqL1xuICB0cmFuc2NyaXB0OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGNvbnN0IEZJTklTSEVEOiByZWFkb25seSBCdWlsZFN0YXRlW10gPSBbJ3N1Y2NlZWRlZCcsICdmYWlsZWQnLCAnY2FuY2VsbGVkJywgJ2Vycm9yJ107XG5leHBvcnQgY29uc3QgaXNGaW5pc2hlZCA9IChiOiBCdWlsZFJlY29yZCk6IGJvb2xlYW4gPT4gRklOSVNIRUQuaW5jbHVkZXMoYi5zdGF0ZSk7XG5cbi8qKiBgY2F0L3BrZy12ZXJgIGZyb20gYDxvdmVybGF5Pi88Y2F0Pi88cG4+Lzxwbj4tPHZlcj4uZWJ1aWxkYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhdG9tT2ZFYnVpbGQoZWJ1aWxkUGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgZmlsZSA9IHBhdGguYmFzZW5hbWUoZWJ1aWxkUGF0aCkucmVwbGFjZSgvXFwuZWJ1aWxkJC8sICcnKTtcbiAgY29uc3QgY2F0ZWdvcnkgPSBwYXRoLmJhc2VuYW1lKHBhdGguZGlybmFtZShwYXRoLmRpcm5hbWUoZWJ1aWxkUGF0aCkpKTtcbiAgcmV0dXJuIGAke2NhdGVnb3J5fS8ke2ZpbGV9YDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdER1cmF0aW9uKG1zOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBzID0gTWF0aC5tYXgoMCwgTWF0aC5yb3VuZChtcyAvIDEwMDApKTtcbiAgaWYgKHMgPCA2MCkgcmV0dXJuIGAke3N9c2A7XG4gIGNvbnN0IG0gPSBNYXRoLmZsb29yKHMgLyA2MCk7XG4gIHJldHVybiBtIDwgNjAgPyBgJHttfW0gJHtTdHJpbmcocyAlIDYwKS5wYWRTdGFydCgyLCAnMCcpfXNgIDogYCR7TWF0aC5mbG9vcihtIC8gNjApfWggJHtTdHJpbmcobSAlIDYwKS5wYWRTdGFydCgyLCAnMCcpfW1gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZHVyYXRpb25PZihiOiBCdWlsZFJlY29yZCwgbm93ID0gRGF0ZS5ub3coKSk6IG51bWJlciB7XG4gIHJldHVybiAoYi5lbmRlZEF0ID8/IG5vdykgLSBiLnN0YXJ0ZWRBdDtcbn1cblxuZXhwb3J0IGNsYXNzIEJ1aWxkTGlzdCBpbXBsZW1lbnRzIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIEJ1aWxkUmVjb3JkPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxCdWlsZFJlY29yZCB8IHVuZGVmaW5lZD4oKTtcbiAgLyoqIEZpcmVzIHdpdGggdGhlIGNoYW5nZWQgcmVjb3JkLCBvciB1bmRlZmluZWQgd2hlbiB0aGUgbGlzdCBpdHNlbGYgY2hhbmdlZC4gKi9cbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2UgPSB0aGlzLmVtaXR0ZXIuZXZlbnQ7XG4gIHByaXZhdGUgY291bnRlciA9IDA7XG5cbiAgY3JlYXRlKGluaXQ6IE9taXQ8QnVpbGRSZWNvcmQsICdpZCcgfCAnc3RhdGUnIHwgJ3N0YXJ0ZWRBdCcgfCAncHJvZ3Jlc3MnIHwgJ3RyYW5zY3JpcHQnPik6IEJ1aWxkUmVjb3JkIHtcbiAgICBjb25zdCBpZCA9IGBidWlsZC0ke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0keysrdGhpcy5jb3VudGVyfWA7XG4gICAgY29uc3QgcmVjb3JkOiBCdWlsZFJlY29yZCA9IHsgLi4uaW5pdCwgaWQsIHN0YXRlOiAncXVldWVkJywgc3RhcnRlZEF0OiBEYXRlLm5vdygpLCBwcm9ncmVzczoge30sIHRyYW5zY3JpcHQ6IFtdIH07XG4gICAgdGhpcy5yZWNvcmRzLnNldChpZCwgcmVjb3JkKTtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgIHJldHVybiByZWNvcmQ7XG4gIH1cblxuICBjaGFuZ2VkKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZShyZWNvcmQpO1xuICB9XG5cbiAgZ2V0KGlkOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucmVjb3Jkcy5nZXQoaWQpO1xuICB9XG5cbiAgLyoqIE5ld2VzdCBmaXJzdC4gKi9cbiAgYWxsKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiBbLi4udGhpcy5yZWNvcmRzLnZhbHVlcygpXS5yZXZlcnNlKCk7XG4gIH1cblxuICBydW5uaW5nKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiB0aGlzLmFsbCgpLmZpbHRlcigoYikgPT4gIWlzRmluaXNoZWQoYikpO1xuICB9XG5cbiAgcnVubmluZ0ZvcihlYnVpbGRQYXRoOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucnVubmluZygpLmZpbmQoKGIpID0+IGIuZWJ1aWxkUGF0aCA9PT0gZWJ1aWxkUGF0aCk7XG4gIH1cblxuICByZW1vdmUoaWQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlY29yZHMuZGVsZXRlKGlkKSkgdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgfVxuXG4gIGNsZWFyRmluaXNoZWQoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBiIG9mIHRoaXMuYWxsKCkpIGlmIChpc0ZpbmlzaGVkKGIpKSB0aGlzLnJlY29yZHMuZGVsZXRlKGIuaWQpO1xuICAgIHRoaXMuZW1pdHRlci5maXJlKHVuZGVmaW5lZCk7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIHRoaXMuZW1pdHRlci5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLFdBQXNCO0FBQ3RCLGFBQXdCO0FBcUNqQixNQUFNLFdBQWtDLENBQUMsYUFBYSxVQUFVLGFBQWEsT0FBTztBQUNwRixNQUFNLGFBQWEsQ0FBQyxNQUE0QixTQUFTLFNBQVMsRUFBRSxLQUFLO0FBR3pFLFNBQVMsYUFBYSxZQUE0QjtBQUN2RCxRQUFNLE9BQU8sS0FBSyxTQUFTLFVBQVUsRUFBRSxRQUFRLGFBQWEsRUFBRTtBQUM5RCxRQUFNLFdBQVcsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsVUFBVSxDQUFDLENBQUM7QUFDckUsU0FBTyxHQUFHLFFBQVEsSUFBSSxJQUFJO0FBQzVCO0FBRU8sU0FBUyxlQUFlLElBQW9CO0FBQ2pELFFBQU0sSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxHQUFJLENBQUM7QUFDM0MsTUFBSSxJQUFJLEdBQUksUUFBTyxHQUFHLENBQUM7QUFDdkIsUUFBTSxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDM0IsU0FBTyxJQUFJLEtBQUssR0FBRyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLE1BQU0sR0FBRyxLQUFLLE1BQU0sSUFBSSxFQUFFLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDekg7QUFFTyxTQUFTLFdBQVcsR0FBZ0IsTUFBTSxLQUFLLElBQUksR0FBVztBQUNuRSxVQUFRLEVBQUUsV0FBVyxPQUFPLEVBQUU7QUFDaEM7QUFFTyxNQUFNLFVBQXVDO0FBQUEsRUFDakMsVUFBVSxvQkFBSSxJQUF5QjtBQUFBLEVBQ3ZDLFVBQVUsSUFBSSxPQUFPLGFBQXNDO0FBQUE7QUFBQSxFQUVuRSxjQUFjLEtBQUssUUFBUTtBQUFBLEVBQzVCLFVBQVU7QUFBQSxFQUVsQixPQUFPLE1BQWdHO0FBQ3JHLFVBQU0sS0FBSyxTQUFTLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRSxLQUFLLE9BQU87QUFDN0QsVUFBTSxTQUFzQixFQUFFLEdBQUcsTUFBTSxJQUFJLE9BQU8sVUFBVSxXQUFXLEtBQUssSUFBSSxHQUFHLFVBQVUsQ0FBQyxHQUFHLFlBQVksQ0FBQyxFQUFFO0FBQ2hILFNBQUssUUFBUSxJQUFJLElBQUksTUFBTTtBQUMzQixTQUFLLFFBQVEsS0FBSyxNQUFTO0FBQzNCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxRQUFRLFFBQTJCO0FBQ2pDLFNBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMxQjtBQUFBLEVBRUEsSUFBSSxJQUFxQztBQUN2QyxXQUFPLEtBQUssUUFBUSxJQUFJLEVBQUU7QUFBQSxFQUM1QjtBQUFBO0FBQUEsRUFHQSxNQUFxQjtBQUNuQixXQUFPLENBQUMsR0FBRyxLQUFLLFFBQVEsT0FBTyxDQUFDLEVBQUUsUUFBUTtBQUFBLEVBQzVDO0FBQUEsRUFFQSxVQUF5QjtBQUN2QixXQUFPLEtBQUssSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsV0FBVyxDQUFDLENBQUM7QUFBQSxFQUNoRDtBQUFBLEVBRUEsV0FBVyxZQUE2QztBQUN0RCxXQUFPLEtBQUssUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsZUFBZSxVQUFVO0FBQUEsRUFDL0Q7QUFBQSxFQUVBLE9BQU8sSUFBa0I7QUFDdkIsUUFBSSxLQUFLLFFBQVEsT0FBTyxFQUFFLEVBQUcsTUFBSyxRQUFRLEtBQUssTUFBUztBQUFBLEVBQzFEO0FBQUEsRUFFQSxnQkFBc0I7QUFDcEIsZUFBVyxLQUFLLEtBQUssSUFBSSxFQUFHLEtBQUksV0FBVyxDQUFDLEVBQUcsTUFBSyxRQUFRLE9BQU8sRUFBRSxFQUFFO0FBQ3ZFLFNBQUssUUFBUSxLQUFLLE1BQVM7QUFBQSxFQUM3QjtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
