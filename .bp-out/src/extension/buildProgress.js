"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var buildProgress_exports = {};
__export(buildProgress_exports, {
  ProgressTracker: () => ProgressTracker,
  describeProgress: () => describeProgress
});
module.exports = __toCommonJS(buildProgress_exports);
var import_emerge = require("../core/emerge");
class ProgressTracker {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  parser = new import_emerge.EmergeParser((e) => this.onEvent(e));
  current = {};
  push(data, stream) {
    this.parser.push(data, stream);
  }
  end() {
    this.parser.end();
  }
  onEvent(e) {
    if (e.type === "package-start") {
      this.current = { index: e.index, total: e.total, cpv: e.cpv, phase: void 0 };
      this.sink.progress({ ...this.current });
    } else if (e.type === "phase" && !e.skipped) {
      this.current = { ...this.current, cpv: this.current.cpv ?? e.cpv, phase: e.phase };
      this.sink.progress({ ...this.current });
    } else if (e.type === "build-failure") {
      const reason = e.reason.split("\n")[0]?.trim();
      this.sink.failure(`${e.cpv} failed in the ${e.phase} phase${reason ? `: ${reason}` : ""}`);
    }
  }
}
function describeProgress(p, fallback) {
  if (!p.cpv) return fallback;
  const count = p.index !== void 0 && p.total !== void 0 ? `(${p.index} of ${p.total}) ` : "";
  return `${count}${p.cpv}${p.phase ? ` \xB7 ${p.phase}` : ""}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ProgressTracker,
  describeProgress
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFByb2dyZXNzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFByb2dyZXNzIG9mIGEgYnVpbGQgZnJvbSB0aGUgZW1lcmdlIHBhcnNlcidzIGV2ZW50czogYCgxIG9mIDMpIGNhdC9wa2ctdmVyYCBhbmQgdGhlIGN1cnJlbnQgcGhhc2UsIHBsdXMgdGhlXG4gKiBmYWlsdXJlIHN1bW1hcnkgZm9yIHRoZSBmb290ZXIgYW5kIHRoZSBub3RpZmljYXRpb24uXG4gKi9cbmltcG9ydCB7IEVtZXJnZVBhcnNlciwgdHlwZSBFbWVyZ2VFdmVudCwgdHlwZSBTdHJlYW0gfSBmcm9tICcuLi9jb3JlL2VtZXJnZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUHJvZ3Jlc3MgfSBmcm9tICcuL2J1aWxkcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvZ3Jlc3NTaW5rIHtcbiAgcHJvZ3Jlc3MocDogQnVpbGRQcm9ncmVzcyk6IHZvaWQ7XG4gIC8qKiBBIGZhaWx1cmUgdGhlIHBhcnNlciByZWNvZ25pc2VkLCBlLmcuIGBhcHAtbWlzYy9icm9rZW4tMS4wIGZhaWxlZCBpbiB0aGUgY29tcGlsZSBwaGFzZTogZW1ha2UgZmFpbGVkYC4gKi9cbiAgZmFpbHVyZShzdW1tYXJ5OiBzdHJpbmcpOiB2b2lkO1xufVxuXG4vKiogRmVlZHMgb3V0cHV0IGNodW5rcyB0byB0aGUgcGFyc2VyIGFuZCByZXBvcnRzIHByb2dyZXNzIGNoYW5nZXMuICovXG5leHBvcnQgY2xhc3MgUHJvZ3Jlc3NUcmFja2VyIHtcbiAgcHJpdmF0ZSByZWFkb25seSBwYXJzZXIgPSBuZXcgRW1lcmdlUGFyc2VyKChlKSA9PiB0aGlzLm9uRXZlbnQoZSkpO1xuICBwcml2YXRlIGN1cnJlbnQ6IEJ1aWxkUHJvZ3Jlc3MgPSB7fTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHNpbms6IFByb2dyZXNzU2luaykge31cblxuICBwdXNoKGRhdGE6IEJ1ZmZlciwgc3RyZWFtOiBTdHJlYW0pOiB2b2lkIHtcbiAgICB0aGlzLnBhcnNlci5wdXNoKGRhdGEsIHN0cmVhbSk7XG4gIH1cblxuICBlbmQoKTogdm9pZCB7XG4gICAgdGhpcy5wYXJzZXIuZW5kKCk7XG4gIH1cblxuICBwcml2YXRlIG9uRXZlbnQoZTogRW1lcmdlRXZlbnQpOiB2b2lkIHtcbiAgICBpZiAoZS50eXBlID09PSAncGFja2FnZS1zdGFydCcpIHtcbiAgICAgIHRoaXMuY3VycmVudCA9IHsgaW5kZXg6IGUuaW5kZXgsIHRvdGFsOiBlLnRvdGFsLCBjcHY6IGUuY3B2LCBwaGFzZTogdW5kZWZpbmVkIH07XG4gICAgICB0aGlzLnNpbmsucHJvZ3Jlc3MoeyAuLi50aGlzLmN1cnJlbnQgfSk7XG4gICAgfSBlbHNlIGlmIChlLnR5cGUgPT09ICdwaGFzZScgJiYgIWUuc2tpcHBlZCkge1xuICAgICAgdGhpcy5jdXJyZW50ID0geyAuLi50aGlzLmN1cnJlbnQsIGNwdjogdGhpcy5jdXJyZW50LmNwdiA/PyBlLmNwdiwgcGhhc2U6IGUucGhhc2UgfTtcbiAgICAgIHRoaXMuc2luay5wcm9ncmVzcyh7IC4uLnRoaXMuY3VycmVudCB9KTtcbiAgICB9IGVsc2UgaWYgKGUudHlwZSA9PT0gJ2J1aWxkLWZhaWx1cmUnKSB7XG4gICAgICBjb25zdCByZWFzb24gPSBlLnJlYXNvbi5zcGxpdCgnXFxuJylbMF0/LnRyaW0oKTtcbiAgICAgIHRoaXMuc2luay5mYWlsdXJlKGAke2UuY3B2fSBmYWlsZWQgaW4gdGhlICR7ZS5waGFzZX0gcGhhc2Uke3JlYXNvbiA/IGA6ICR7cmVhc29ufWAgOiAnJ31gKTtcbiAgICB9XG4gIH1cbn1cblxuLyoqIGAoMSBvZiAzKSBhcHAtbWlzYy9oZWxsby0xLjAgXHUwMEI3IGNvbXBpbGVgLCBvciBgZmFsbGJhY2tgIHdoaWxlIG5vIHBhY2thZ2UgaGFzIHN0YXJ0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVQcm9ncmVzcyhwOiBCdWlsZFByb2dyZXNzLCBmYWxsYmFjazogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKCFwLmNwdikgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBjb3VudCA9IHAuaW5kZXggIT09IHVuZGVmaW5lZCAmJiBwLnRvdGFsICE9PSB1bmRlZmluZWQgPyBgKCR7cC5pbmRleH0gb2YgJHtwLnRvdGFsfSkgYCA6ICcnO1xuICByZXR1cm4gYCR7Y291bnR9JHtwLmNwdn0ke3AucGhhc2UgPyBgIFx1MDBCNyAke3AucGhhc2V9YCA6ICcnfWA7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxvQkFBNEQ7QUFVckQsTUFBTSxnQkFBZ0I7QUFBQSxFQUkzQixZQUE2QixNQUFvQjtBQUFwQjtBQUFBLEVBQXFCO0FBQUEsRUFBckI7QUFBQSxFQUhaLFNBQVMsSUFBSSwyQkFBYSxDQUFDLE1BQU0sS0FBSyxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3pELFVBQXlCLENBQUM7QUFBQSxFQUlsQyxLQUFLLE1BQWMsUUFBc0I7QUFDdkMsU0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNO0FBQUEsRUFDL0I7QUFBQSxFQUVBLE1BQVk7QUFDVixTQUFLLE9BQU8sSUFBSTtBQUFBLEVBQ2xCO0FBQUEsRUFFUSxRQUFRLEdBQXNCO0FBQ3BDLFFBQUksRUFBRSxTQUFTLGlCQUFpQjtBQUM5QixXQUFLLFVBQVUsRUFBRSxPQUFPLEVBQUUsT0FBTyxPQUFPLEVBQUUsT0FBTyxLQUFLLEVBQUUsS0FBSyxPQUFPLE9BQVU7QUFDOUUsV0FBSyxLQUFLLFNBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDeEMsV0FBVyxFQUFFLFNBQVMsV0FBVyxDQUFDLEVBQUUsU0FBUztBQUMzQyxXQUFLLFVBQVUsRUFBRSxHQUFHLEtBQUssU0FBUyxLQUFLLEtBQUssUUFBUSxPQUFPLEVBQUUsS0FBSyxPQUFPLEVBQUUsTUFBTTtBQUNqRixXQUFLLEtBQUssU0FBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN4QyxXQUFXLEVBQUUsU0FBUyxpQkFBaUI7QUFDckMsWUFBTSxTQUFTLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxDQUFDLEdBQUcsS0FBSztBQUM3QyxXQUFLLEtBQUssUUFBUSxHQUFHLEVBQUUsR0FBRyxrQkFBa0IsRUFBRSxLQUFLLFNBQVMsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLEVBQUU7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsaUJBQWlCLEdBQWtCLFVBQTBCO0FBQzNFLE1BQUksQ0FBQyxFQUFFLElBQUssUUFBTztBQUNuQixRQUFNLFFBQVEsRUFBRSxVQUFVLFVBQWEsRUFBRSxVQUFVLFNBQVksSUFBSSxFQUFFLEtBQUssT0FBTyxFQUFFLEtBQUssT0FBTztBQUMvRixTQUFPLEdBQUcsS0FBSyxHQUFHLEVBQUUsR0FBRyxHQUFHLEVBQUUsUUFBUSxTQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUU7QUFDMUQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
