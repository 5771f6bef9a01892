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
  atomOfEbuild: () => import_buildText.atomOfEbuild,
  durationOf: () => durationOf,
  engineLabel: () => import_buildText.engineLabel,
  formatDuration: () => import_buildText.formatDuration,
  isFinished: () => isFinished
});
module.exports = __toCommonJS(builds_exports);
var vscode = __toESM(require("vscode"));
var import_buildText = require("./buildText");
const FINISHED = ["succeeded", "failed", "cancelled", "error"];
const isFinished = (b) => FINISHED.includes(b.state);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGJ1aWxkcyBvZiB0aGlzIHdpbmRvdywgcnVubmluZyBhbmQgZmluaXNoZWQsIGFzIHBsYWluIHJlY29yZHMuIFZpZXdzLCB0aGUgc3RhdHVzIGJhciBhbmQgdGhlIHRlcm1pbmFsc1xuICogcmVhZCB0aGVzZSBhbmQgbGlzdGVuIHRvIGBvbkRpZENoYW5nZWA7IG9ubHkgdGhlIGJ1aWxkIHJ1bm5lciB3cml0ZXMgdGhlbS5cbiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBCdWlsZFJlc3VsdCwgQnVpbGRTdGF0ZSB9IGZyb20gJy4uL2NvcmUvYnVpbGRSdW4nO1xuZXhwb3J0IHsgYXRvbU9mRWJ1aWxkLCBlbmdpbmVMYWJlbCwgZm9ybWF0RHVyYXRpb24gfSBmcm9tICcuL2J1aWxkVGV4dCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRQcm9ncmVzcyB7XG4gIGluZGV4PzogbnVtYmVyO1xuICB0b3RhbD86IG51bWJlcjtcbiAgY3B2Pzogc3RyaW5nO1xuICBwaGFzZT86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCdWlsZFJlY29yZCB7XG4gIC8qKiBTdGFibGUgaWQgKHRyZWUgaXRlbSBpZCwgbG9nIGRvY3VtZW50IGlkKS4gKi9cbiAgcmVhZG9ubHkgaWQ6IHN0cmluZztcbiAgLyoqIGBjYXQvcGtnLXZlcmAsIGZyb20gdGhlIGVidWlsZCBwYXRoLiAqL1xuICByZWFkb25seSBhdG9tOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGVidWlsZFBhdGg6IHN0cmluZztcbiAgcmVhZG9ubHkgd29ya3NwYWNlRm9sZGVyPzogc3RyaW5nO1xuICByZWFkb25seSBwcm9maWxlOiBzdHJpbmc7XG4gIC8qKiBUaGUgZW5naW5lOiBhcyB0aGUgdXNlciBuYW1lZCBpdCB1bnRpbCBjb25uZWN0ZWQsIHRoZW4gaXRzIFVSTC4gKi9cbiAgZW5naW5lOiBzdHJpbmc7XG4gIHN0YXRlOiBCdWlsZFN0YXRlO1xuICByZWFkb25seSBzdGFydGVkQXQ6IG51bWJlcjtcbiAgZW5kZWRBdD86IG51bWJlcjtcbiAgcHJvZ3Jlc3M6IEJ1aWxkUHJvZ3Jlc3M7XG4gIGhhbmRsZT86IEJ1aWxkSGFuZGxlO1xuICByZXN1bHQ/OiBCdWlsZFJlc3VsdDtcbiAgLyoqIEltYWdlIGFuZCBhcmd2LCBvbmNlIGtub3duIChmcm9tIHRoZSBoYW5kbGUgb3IgdGhlIHJlc3VsdCkuICovXG4gIGltYWdlPzogc3RyaW5nO1xuICBhcmd2Pzogc3RyaW5nW107XG4gIC8qKiBTZXQgd2hlbiB0aGUgcHJvZmlsZSByZXBsYWNlcyB0aGUgaW1hZ2UncyBFTlRSWVBPSU5ULiAqL1xuICBlbnRyeXBvaW50Pzogc3RyaW5nW107XG4gIC8qKiBUaGUgcHJvZmlsZSdzIG5vdGVzIG9uIHRoZSBjaG9pY2VzIGl0IG1hZGUgKHNob3duIGluIHRoZSB0ZXJtaW5hbCBoZWFkZXIpLiAqL1xuICBub3Rlcz86IHN0cmluZ1tdO1xuICAvKiogV2hlcmUgdGhlIGZ1bGwgbG9nIGlzIGJlaW5nIHdyaXR0ZW4gKGtub3duIG9uY2UgdGhlIGJ1aWxkIGlzIHByZXBhcmVkKS4gKi9cbiAgbG9nUGF0aD86IHN0cmluZztcbiAgLyoqIENhbmNlbCB3YXMgYXNrZWQgYmVmb3JlIHRoZSBlbmdpbmUgaGFuZGVkIGJhY2sgYSBoYW5kbGUuICovXG4gIGNhbmNlbFJlcXVlc3RlZD86IGJvb2xlYW47XG4gIC8qKiBMYXN0IGZhaWx1cmUgZXhwbGFuYXRpb24gKFVzZXJFcnJvciBtZXNzYWdlIG9yIGZhaWxpbmcgcGhhc2UpLiAqL1xuICBtZXNzYWdlPzogc3RyaW5nO1xuICAvKiogVGhlIHdob2xlIG91dHB1dCBhcyByZWNlaXZlZCAod2l0aCBlc2NhcGVzKTogc2VydmVzIHRoZSBsb2cgZG9jdW1lbnQgd2hpbGUgbm8gc2F2ZWQgbG9nIGV4aXN0cy4gKi9cbiAgdHJhbnNjcmlwdDogc3RyaW5nW107XG59XG5cbmV4cG9ydCBjb25zdCBGSU5JU0hFRDogcmVhZG9ubHkgQnVpbGRTdGF0ZVtdID0gWydzdWNjZWVkZWQnLCAnZmFpbGVkJywgJ2NhbmNlbGxlZCcsICdlcnJvciddO1xuZXhwb3J0IGNvbnN0IGlzRmluaXNoZWQgPSAoYjogQnVpbGRSZWNvcmQpOiBib29sZWFuID0+IEZJTklTSEVELmluY2x1ZGVzKGIuc3RhdGUpO1xuXG5leHBvcnQgZnVuY3Rpb24gZHVyYXRpb25PZihiOiBCdWlsZFJlY29yZCwgbm93ID0gRGF0ZS5ub3coKSk6IG51bWJlciB7XG4gIHJldHVybiAoYi5lbmRlZEF0ID8/IG5vdykgLSBiLnN0YXJ0ZWRBdDtcbn1cblxuZXhwb3J0IGNsYXNzIEJ1aWxkTGlzdCBpbXBsZW1lbnRzIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIEJ1aWxkUmVjb3JkPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxCdWlsZFJlY29yZCB8IHVuZGVmaW5lZD4oKTtcbiAgLyoqIEZpcmVzIHdpdGggdGhlIGNoYW5nZWQgcmVjb3JkLCBvciB1bmRlZmluZWQgd2hlbiB0aGUgbGlzdCBpdHNlbGYgY2hhbmdlZC4gKi9cbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2UgPSB0aGlzLmVtaXR0ZXIuZXZlbnQ7XG4gIHByaXZhdGUgY291bnRlciA9IDA7XG5cbiAgY3JlYXRlKGluaXQ6IE9taXQ8QnVpbGRSZWNvcmQsICdpZCcgfCAnc3RhdGUnIHwgJ3N0YXJ0ZWRBdCcgfCAncHJvZ3Jlc3MnIHwgJ3RyYW5zY3JpcHQnPik6IEJ1aWxkUmVjb3JkIHtcbiAgICBjb25zdCBpZCA9IGBidWlsZC0ke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0keysrdGhpcy5jb3VudGVyfWA7XG4gICAgY29uc3QgcmVjb3JkOiBCdWlsZFJlY29yZCA9IHsgLi4uaW5pdCwgaWQsIHN0YXRlOiAncXVldWVkJywgc3RhcnRlZEF0OiBEYXRlLm5vdygpLCBwcm9ncmVzczoge30sIHRyYW5zY3JpcHQ6IFtdIH07XG4gICAgdGhpcy5yZWNvcmRzLnNldChpZCwgcmVjb3JkKTtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgIHJldHVybiByZWNvcmQ7XG4gIH1cblxuICBjaGFuZ2VkKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZShyZWNvcmQpO1xuICB9XG5cbiAgZ2V0KGlkOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucmVjb3Jkcy5nZXQoaWQpO1xuICB9XG5cbiAgLyoqIE5ld2VzdCBmaXJzdC4gKi9cbiAgYWxsKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiBbLi4udGhpcy5yZWNvcmRzLnZhbHVlcygpXS5yZXZlcnNlKCk7XG4gIH1cblxuICBydW5uaW5nKCk6IEJ1aWxkUmVjb3JkW10ge1xuICAgIHJldHVybiB0aGlzLmFsbCgpLmZpbHRlcigoYikgPT4gIWlzRmluaXNoZWQoYikpO1xuICB9XG5cbiAgcnVubmluZ0ZvcihlYnVpbGRQYXRoOiBzdHJpbmcpOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucnVubmluZygpLmZpbmQoKGIpID0+IGIuZWJ1aWxkUGF0aCA9PT0gZWJ1aWxkUGF0aCk7XG4gIH1cblxuICByZW1vdmUoaWQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlY29yZHMuZGVsZXRlKGlkKSkgdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgfVxuXG4gIGNsZWFyRmluaXNoZWQoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBiIG9mIHRoaXMuYWxsKCkpIGlmIChpc0ZpbmlzaGVkKGIpKSB0aGlzLnJlY29yZHMuZGVsZXRlKGIuaWQpO1xuICAgIHRoaXMuZW1pdHRlci5maXJlKHVuZGVmaW5lZCk7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIHRoaXMuZW1pdHRlci5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsYUFBd0I7QUFFeEIsdUJBQTBEO0FBMENuRCxNQUFNLFdBQWtDLENBQUMsYUFBYSxVQUFVLGFBQWEsT0FBTztBQUNwRixNQUFNLGFBQWEsQ0FBQyxNQUE0QixTQUFTLFNBQVMsRUFBRSxLQUFLO0FBRXpFLFNBQVMsV0FBVyxHQUFnQixNQUFNLEtBQUssSUFBSSxHQUFXO0FBQ25FLFVBQVEsRUFBRSxXQUFXLE9BQU8sRUFBRTtBQUNoQztBQUVPLE1BQU0sVUFBdUM7QUFBQSxFQUNqQyxVQUFVLG9CQUFJLElBQXlCO0FBQUEsRUFDdkMsVUFBVSxJQUFJLE9BQU8sYUFBc0M7QUFBQTtBQUFBLEVBRW5FLGNBQWMsS0FBSyxRQUFRO0FBQUEsRUFDNUIsVUFBVTtBQUFBLEVBRWxCLE9BQU8sTUFBZ0c7QUFDckcsVUFBTSxLQUFLLFNBQVMsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxFQUFFLEtBQUssT0FBTztBQUM3RCxVQUFNLFNBQXNCLEVBQUUsR0FBRyxNQUFNLElBQUksT0FBTyxVQUFVLFdBQVcsS0FBSyxJQUFJLEdBQUcsVUFBVSxDQUFDLEdBQUcsWUFBWSxDQUFDLEVBQUU7QUFDaEgsU0FBSyxRQUFRLElBQUksSUFBSSxNQUFNO0FBQzNCLFNBQUssUUFBUSxLQUFLLE1BQVM7QUFDM0IsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFFBQVEsUUFBMkI7QUFDakMsU0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQzFCO0FBQUEsRUFFQSxJQUFJLElBQXFDO0FBQ3ZDLFdBQU8sS0FBSyxRQUFRLElBQUksRUFBRTtBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLE1BQXFCO0FBQ25CLFdBQU8sQ0FBQyxHQUFHLEtBQUssUUFBUSxPQUFPLENBQUMsRUFBRSxRQUFRO0FBQUEsRUFDNUM7QUFBQSxFQUVBLFVBQXlCO0FBQ3ZCLFdBQU8sS0FBSyxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsQ0FBQztBQUFBLEVBQ2hEO0FBQUEsRUFFQSxXQUFXLFlBQTZDO0FBQ3RELFdBQU8sS0FBSyxRQUFRLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxlQUFlLFVBQVU7QUFBQSxFQUMvRDtBQUFBLEVBRUEsT0FBTyxJQUFrQjtBQUN2QixRQUFJLEtBQUssUUFBUSxPQUFPLEVBQUUsRUFBRyxNQUFLLFFBQVEsS0FBSyxNQUFTO0FBQUEsRUFDMUQ7QUFBQSxFQUVBLGdCQUFzQjtBQUNwQixlQUFXLEtBQUssS0FBSyxJQUFJLEVBQUcsS0FBSSxXQUFXLENBQUMsRUFBRyxNQUFLLFFBQVEsT0FBTyxFQUFFLEVBQUU7QUFDdkUsU0FBSyxRQUFRLEtBQUssTUFBUztBQUFBLEVBQzdCO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFNBQUssUUFBUSxRQUFRO0FBQUEsRUFDdkI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
