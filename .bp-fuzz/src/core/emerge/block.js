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
var block_exports = {};
__export(block_exports, {
  ATOM_LIKE: () => ATOM_LIKE,
  ParseContext: () => ParseContext,
  capPush: () => capPush,
  parseRequiredBy: () => parseRequiredBy,
  splitPkgSpec: () => splitPkgSpec,
  unquote: () => unquote
});
module.exports = __toCommonJS(block_exports);
class ParseContext {
  cpv;
  logs = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Set();
  setLog(cpv, log) {
    if (this.logs.size > 4096) this.logs.clear();
    this.logs.set(cpv, log);
  }
  logOf(cpv) {
    return this.logs.get(cpv);
  }
  /** True the first time a key is seen (Portage repeats failure blocks in its elog recap). */
  firstTime(key) {
    if (this.seen.has(key)) return false;
    if (this.seen.size > 4096) this.seen.clear();
    this.seen.add(key);
    return true;
  }
}
function splitPkgSpec(spec) {
  let rest = spec;
  let repo;
  const r = rest.indexOf("::");
  if (r >= 0) {
    repo = rest.slice(r + 2) || void 0;
    rest = rest.slice(0, r);
  }
  let slot;
  const s = rest.indexOf(":");
  if (s >= 0) {
    slot = rest.slice(s + 1) || void 0;
    rest = rest.slice(0, s);
  }
  return { cpv: rest, slot, repo };
}
function parseRequiredBy(text) {
  const m = /^(.*?)\s+\((argument)\)$/.exec(text.trim());
  return m ? { atom: m[1], kind: m[2] } : { atom: text.trim() };
}
function capPush(list, item, max = 1e3) {
  if (list.length < max) list.push(item);
}
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}
const ATOM_LIKE = /^(?:[<>=~!]*[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+\S*|@[A-Za-z0-9+_.-]+)$/;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ATOM_LIKE,
  ParseContext,
  capPush,
  parseRequiredBy,
  splitPkgSpec,
  unquote
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2Jsb2NrLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogV2hhdCB0aGUgbGluZS1sZXZlbCBwYXJzZXJzIHNoYXJlOiB0aGUgYmxvY2sgaW50ZXJmYWNlIGFuZCB0aGUgcGVyLXBhcnNlciBjb250ZXh0LiAqL1xuaW1wb3J0IHR5cGUgeyBFbWVyZ2VFdmVudCwgUmVxdWlyZWRCeSB9IGZyb20gJy4vZXZlbnRzJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbi8qKiBBIG11bHRpLWxpbmUgY29uc3RydWN0IChhbiBFUlJPUiBibG9jaywgYSBRQSBub3RpY2UsIGFuIGF1dG91bm1hc2sgYmxvY2ssIFx1MjAyNikgYmVpbmcgcmVhZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQmxvY2sge1xuICAvKiogVGFrZXMgdGhlIG5leHQgbGluZTsgZmFsc2Ugd2hlbiB0aGUgbGluZSBpcyBub3QgcGFydCBvZiB0aGUgYmxvY2sgKHRoZSBibG9jayB0aGVuIGVuZHMgYW5kIHRoZSBsaW5lIGlzXG4gICAqIHJlYWQgYWdhaW4gYXMgYSBmcmVzaCBsaW5lKS4gKi9cbiAgZmVlZChsaW5lOiBMb2dMaW5lKTogYm9vbGVhbjtcbiAgLyoqIFRoZSBibG9jaydzIGV2ZW50czsgY2FsbGVkIG9uY2UsIHdoZW4gaXQgZW5kcy4gKi9cbiAgZmluaXNoKGN0eDogUGFyc2VDb250ZXh0KTogRW1lcmdlRXZlbnRbXTtcbn1cblxuLyoqIFN0YXRlIHNoYXJlZCBhY3Jvc3Mgc3RyZWFtczogdGhlIHBhY2thZ2UgYmVpbmcgYnVpbHQsIGxvZ3Mgc2VlbiwgYW5kIHdoYXQgd2FzIGFscmVhZHkgcmVwb3J0ZWQuICovXG5leHBvcnQgY2xhc3MgUGFyc2VDb250ZXh0IHtcbiAgY3B2Pzogc3RyaW5nO1xuICBwcml2YXRlIHJlYWRvbmx5IGxvZ3MgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcblxuICBzZXRMb2coY3B2OiBzdHJpbmcsIGxvZzogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMubG9ncy5zaXplID4gNDA5NikgdGhpcy5sb2dzLmNsZWFyKCk7XG4gICAgdGhpcy5sb2dzLnNldChjcHYsIGxvZyk7XG4gIH1cblxuICBsb2dPZihjcHY6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubG9ncy5nZXQoY3B2KTtcbiAgfVxuXG4gIC8qKiBUcnVlIHRoZSBmaXJzdCB0aW1lIGEga2V5IGlzIHNlZW4gKFBvcnRhZ2UgcmVwZWF0cyBmYWlsdXJlIGJsb2NrcyBpbiBpdHMgZWxvZyByZWNhcCkuICovXG4gIGZpcnN0VGltZShrZXk6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIGlmICh0aGlzLnNlZW4uaGFzKGtleSkpIHJldHVybiBmYWxzZTtcbiAgICBpZiAodGhpcy5zZWVuLnNpemUgPiA0MDk2KSB0aGlzLnNlZW4uY2xlYXIoKTtcbiAgICB0aGlzLnNlZW4uYWRkKGtleSk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cbn1cblxuLyoqIGBjYXQvcGtnLTEuMDowLzI6OnJlcG9gIFx1MjE5MiBwYXJ0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFBrZ1NwZWMoc3BlYzogc3RyaW5nKTogeyBjcHY6IHN0cmluZzsgc2xvdD86IHN0cmluZzsgcmVwbz86IHN0cmluZyB9IHtcbiAgbGV0IHJlc3QgPSBzcGVjO1xuICBsZXQgcmVwbzogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBjb25zdCByID0gcmVzdC5pbmRleE9mKCc6OicpO1xuICBpZiAociA+PSAwKSB7XG4gICAgcmVwbyA9IHJlc3Quc2xpY2UociArIDIpIHx8IHVuZGVmaW5lZDtcbiAgICByZXN0ID0gcmVzdC5zbGljZSgwLCByKTtcbiAgfVxuICBsZXQgc2xvdDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBjb25zdCBzID0gcmVzdC5pbmRleE9mKCc6Jyk7XG4gIGlmIChzID49IDApIHtcbiAgICBzbG90ID0gcmVzdC5zbGljZShzICsgMSkgfHwgdW5kZWZpbmVkO1xuICAgIHJlc3QgPSByZXN0LnNsaWNlKDAsIHMpO1xuICB9XG4gIHJldHVybiB7IGNwdjogcmVzdCwgc2xvdCwgcmVwbyB9O1xufVxuXG4vKiogYCMgcmVxdWlyZWQgYnkgWGAgdGV4dCAoYWZ0ZXIgYHJlcXVpcmVkIGJ5IGApOiBgPWFwcC1taXNjL2Zvby0xLjAgKGFyZ3VtZW50KWAgXHUyMTkyIGF0b20gKyBraW5kLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUmVxdWlyZWRCeSh0ZXh0OiBzdHJpbmcpOiBSZXF1aXJlZEJ5IHtcbiAgY29uc3QgbSA9IC9eKC4qPylcXHMrXFwoKGFyZ3VtZW50KVxcKSQvLmV4ZWModGV4dC50cmltKCkpO1xuICByZXR1cm4gbSA/IHsgYXRvbTogbVsxXSwga2luZDogbVsyXSB9IDogeyBhdG9tOiB0ZXh0LnRyaW0oKSB9O1xufVxuXG4vKiogQXBwZW5kcyB3aXRoIGEgY2FwIHNvIG9uZSBwYXRob2xvZ2ljYWwgbGluZSBjYW5ub3QgZ3JvdyBhIGJsb2NrIHdpdGhvdXQgYm91bmQuICovXG5leHBvcnQgZnVuY3Rpb24gY2FwUHVzaDxUPihsaXN0OiBUW10sIGl0ZW06IFQsIG1heCA9IDEwMDApOiB2b2lkIHtcbiAgaWYgKGxpc3QubGVuZ3RoIDwgbWF4KSBsaXN0LnB1c2goaXRlbSk7XG59XG5cbi8qKiBTdHJpcHMgdGhlIHF1b3RlcyBhcm91bmQgYCdwYXRoJ2AuICovXG5leHBvcnQgZnVuY3Rpb24gdW5xdW90ZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCB0ID0gcy50cmltKCk7XG4gIGlmICh0Lmxlbmd0aCA+PSAyICYmICh0WzBdID09PSBcIidcIiB8fCB0WzBdID09PSAnXCInKSAmJiB0W3QubGVuZ3RoIC0gMV0gPT09IHRbMF0pIHJldHVybiB0LnNsaWNlKDEsIC0xKTtcbiAgcmV0dXJuIHQ7XG59XG5cbi8qKiBBIGJhcmUgcGFja2FnZSBhdG9tIG9yIHNldDogbm8gc3BhY2VzLCBoYXMgYSBjYXRlZ29yeSBzbGFzaCBvciBpcyBhIHNldC4gKi9cbmV4cG9ydCBjb25zdCBBVE9NX0xJS0UgPSAvXig/Ols8Pj1+IV0qW0EtWmEtejAtOStfLi1dK1xcL1tBLVphLXowLTkrXy4tXStcXFMqfEBbQS1aYS16MC05K18uLV0rKSQvO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFjTyxNQUFNLGFBQWE7QUFBQSxFQUN4QjtBQUFBLEVBQ2lCLE9BQU8sb0JBQUksSUFBb0I7QUFBQSxFQUMvQixPQUFPLG9CQUFJLElBQVk7QUFBQSxFQUV4QyxPQUFPLEtBQWEsS0FBbUI7QUFDckMsUUFBSSxLQUFLLEtBQUssT0FBTyxLQUFNLE1BQUssS0FBSyxNQUFNO0FBQzNDLFNBQUssS0FBSyxJQUFJLEtBQUssR0FBRztBQUFBLEVBQ3hCO0FBQUEsRUFFQSxNQUFNLEtBQWlDO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLElBQUksR0FBRztBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLFVBQVUsS0FBc0I7QUFDOUIsUUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLEVBQUcsUUFBTztBQUMvQixRQUFJLEtBQUssS0FBSyxPQUFPLEtBQU0sTUFBSyxLQUFLLE1BQU07QUFDM0MsU0FBSyxLQUFLLElBQUksR0FBRztBQUNqQixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxhQUFhLE1BQTZEO0FBQ3hGLE1BQUksT0FBTztBQUNYLE1BQUk7QUFDSixRQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsTUFBSSxLQUFLLEdBQUc7QUFDVixXQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSztBQUM1QixXQUFPLEtBQUssTUFBTSxHQUFHLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUk7QUFDSixRQUFNLElBQUksS0FBSyxRQUFRLEdBQUc7QUFDMUIsTUFBSSxLQUFLLEdBQUc7QUFDVixXQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSztBQUM1QixXQUFPLEtBQUssTUFBTSxHQUFHLENBQUM7QUFBQSxFQUN4QjtBQUNBLFNBQU8sRUFBRSxLQUFLLE1BQU0sTUFBTSxLQUFLO0FBQ2pDO0FBR08sU0FBUyxnQkFBZ0IsTUFBMEI7QUFDeEQsUUFBTSxJQUFJLDJCQUEyQixLQUFLLEtBQUssS0FBSyxDQUFDO0FBQ3JELFNBQU8sSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsTUFBTSxLQUFLLEtBQUssRUFBRTtBQUM5RDtBQUdPLFNBQVMsUUFBVyxNQUFXLE1BQVMsTUFBTSxLQUFZO0FBQy9ELE1BQUksS0FBSyxTQUFTLElBQUssTUFBSyxLQUFLLElBQUk7QUFDdkM7QUFHTyxTQUFTLFFBQVEsR0FBbUI7QUFDekMsUUFBTSxJQUFJLEVBQUUsS0FBSztBQUNqQixNQUFJLEVBQUUsVUFBVSxNQUFNLEVBQUUsQ0FBQyxNQUFNLE9BQU8sRUFBRSxDQUFDLE1BQU0sUUFBUSxFQUFFLEVBQUUsU0FBUyxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUcsUUFBTyxFQUFFLE1BQU0sR0FBRyxFQUFFO0FBQ3JHLFNBQU87QUFDVDtBQUdPLE1BQU0sWUFBWTsiLAogICJuYW1lcyI6IFtdCn0K
