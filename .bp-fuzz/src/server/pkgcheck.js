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
var pkgcheck_exports = {};
__export(pkgcheck_exports, {
  parseJsonStream: () => parseJsonStream,
  pkgcheckArgs: () => pkgcheckArgs,
  pkgcheckFindings: () => pkgcheckFindings
});
module.exports = __toCommonJS(pkgcheck_exports);
function pkgcheckArgs(repoPath, category, pkg, extra = []) {
  return ["pkgcheck", "scan", "-R", "JsonStream", "-r", repoPath, ...extra, `${category}/${pkg}`];
}
function parseJsonStream(output) {
  const out = [];
  for (const line of output.split("\n")) {
    const t = line.trim();
    if (!t.startsWith("{")) continue;
    let obj;
    try {
      obj = JSON.parse(t);
    } catch {
      continue;
    }
    const className = obj.__class__;
    if (typeof className !== "string") continue;
    const { __class__: _c, category, package: pkg, version, lineno, lines, ...attrs } = obj;
    const nums = [];
    if (typeof lineno === "number") nums.push(lineno);
    else if (typeof lineno === "string" && /^\d+$/.test(lineno)) nums.push(Number(lineno));
    if (Array.isArray(lines)) {
      for (const l of lines) if (typeof l === "number" || typeof l === "string" && /^\d+$/.test(l)) nums.push(Number(l));
    }
    out.push({ className, category: str(category), package: str(pkg), version: str(version), lines: nums, attrs });
  }
  return out;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function describe(r) {
  const words = r.className.replace(/([a-z])([A-Z])/g, "$1 $2");
  const details = Object.entries(r.attrs).filter(([k]) => k !== "line").map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v)}`);
  const line = typeof r.attrs.line === "string" ? ` \u2014 \`${r.attrs.line.trim()}\`` : "";
  return `${words}${details.length ? ` (${details.join("; ")})` : ""}${line}`;
}
const ERROR_CLASS = /^(Invalid|Nonexistent|Nonsolvable|Missing|Bad|Unknown)|Error$/;
function pkgcheckFindings(results, target, lineStart) {
  const out = [];
  for (const r of results) {
    if (r.category && r.category !== target.category) continue;
    if (r.package && r.package !== target.package) continue;
    if (r.version && r.version !== target.version) continue;
    const lines = r.lines.length ? r.lines : [1];
    for (const l of lines) {
      const start = lineStart(Math.max(0, l - 1));
      const end = Math.max(start, lineStart(l) - 1);
      out.push({ span: { start, end }, severity: ERROR_CLASS.test(r.className) ? "error" : "warning", code: r.className, message: describe(r) });
    }
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseJsonStream,
  pkgcheckArgs,
  pkgcheckFindings
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9wa2djaGVjay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBwa2djaGVjayBvbiBkZW1hbmQ6IHRoZSBhcmd2IHRvIHJ1biBpbiB0aGUgYnVpbGRlciBjb250YWluZXIgYW5kIGEgcGFyc2VyIGZvciBpdHMgSnNvblN0cmVhbVxuICogcmVwb3J0ZXIuIEpzb25TdHJlYW0gd3JpdGVzIG9uZSBKU09OIG9iamVjdCBwZXIgbGluZTogYHtcIl9fY2xhc3NfX1wiOiBcIjxSZXN1bHQ+XCIsIFx1MjAyNmF0dHJpYnV0ZXN9YCxcbiAqIHdpdGggYGNhdGVnb3J5YCwgYHBhY2thZ2VgLCBgdmVyc2lvbmAgYnkgc2NvcGUgYW5kIGBsaW5lbm9gL2BsaW5lYCAob3IgYGxpbmVzYCkgZm9yIGxpbmUgcmVzdWx0cy5cbiAqIFRoZSBtZXNzYWdlIHRleHQgKHBrZ2NoZWNrJ3MgYGRlc2NgKSBpcyBub3Qgc2VyaWFsaXplZCwgc28gd2Ugd29yZCBvbmUgZnJvbSB0aGUgYXR0cmlidXRlcy5cbiAqIFRoZSBydW4gaXRzZWxmIGdvZXMgdGhyb3VnaCB0aGUgRG9ja2VyIGxheWVyOyB0aGlzIG1vZHVsZSBzdGF5cyBwdXJlLlxuICovXG5pbXBvcnQgeyBGaW5kaW5nIH0gZnJvbSAnLi9kaWFnbm9zdGljcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGtnY2hlY2tSZXN1bHQge1xuICBjbGFzc05hbWU6IHN0cmluZztcbiAgY2F0ZWdvcnk/OiBzdHJpbmc7XG4gIHBhY2thZ2U/OiBzdHJpbmc7XG4gIHZlcnNpb24/OiBzdHJpbmc7XG4gIC8qKiAxLWJhc2VkIGxpbmUgbnVtYmVycyB0aGUgcmVzdWx0IHBvaW50cyBhdCAoZW1wdHkgd2hlbiBpdCBoYXMgbm9uZSkuICovXG4gIGxpbmVzOiBudW1iZXJbXTtcbiAgYXR0cnM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xufVxuXG4vKiogYHBrZ2NoZWNrIHNjYW4gLVIgSnNvblN0cmVhbSAtciA8cmVwbz4gPGNhdC9wa2c+YDsgcmVwb1BhdGggaXMgd2hlcmUgdGhlIHJlcG9zaXRvcnkgaXMgaW5zaWRlIHRoZSBjb250YWluZXIuICovXG5leHBvcnQgZnVuY3Rpb24gcGtnY2hlY2tBcmdzKHJlcG9QYXRoOiBzdHJpbmcsIGNhdGVnb3J5OiBzdHJpbmcsIHBrZzogc3RyaW5nLCBleHRyYTogc3RyaW5nW10gPSBbXSk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsncGtnY2hlY2snLCAnc2NhbicsICctUicsICdKc29uU3RyZWFtJywgJy1yJywgcmVwb1BhdGgsIC4uLmV4dHJhLCBgJHtjYXRlZ29yeX0vJHtwa2d9YF07XG59XG5cbi8qKiBQYXJzZXMgSnNvblN0cmVhbSBvdXRwdXQ7IGxpbmVzIHRoYXQgYXJlIG5vdCByZXN1bHQgb2JqZWN0cyAod2FybmluZ3MsIHRyYWNlYmFja3MpIGFyZSBza2lwcGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlSnNvblN0cmVhbShvdXRwdXQ6IHN0cmluZyk6IFBrZ2NoZWNrUmVzdWx0W10ge1xuICBjb25zdCBvdXQ6IFBrZ2NoZWNrUmVzdWx0W10gPSBbXTtcbiAgZm9yIChjb25zdCBsaW5lIG9mIG91dHB1dC5zcGxpdCgnXFxuJykpIHtcbiAgICBjb25zdCB0ID0gbGluZS50cmltKCk7XG4gICAgaWYgKCF0LnN0YXJ0c1dpdGgoJ3snKSkgY29udGludWU7XG4gICAgbGV0IG9iajogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgdHJ5IHtcbiAgICAgIG9iaiA9IEpTT04ucGFyc2UodCkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgfSBjYXRjaCB7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgY2xhc3NOYW1lID0gb2JqLl9fY2xhc3NfXztcbiAgICBpZiAodHlwZW9mIGNsYXNzTmFtZSAhPT0gJ3N0cmluZycpIGNvbnRpbnVlO1xuICAgIGNvbnN0IHsgX19jbGFzc19fOiBfYywgY2F0ZWdvcnksIHBhY2thZ2U6IHBrZywgdmVyc2lvbiwgbGluZW5vLCBsaW5lcywgLi4uYXR0cnMgfSA9IG9iajtcbiAgICBjb25zdCBudW1zOiBudW1iZXJbXSA9IFtdO1xuICAgIGlmICh0eXBlb2YgbGluZW5vID09PSAnbnVtYmVyJykgbnVtcy5wdXNoKGxpbmVubyk7XG4gICAgZWxzZSBpZiAodHlwZW9mIGxpbmVubyA9PT0gJ3N0cmluZycgJiYgL15cXGQrJC8udGVzdChsaW5lbm8pKSBudW1zLnB1c2goTnVtYmVyKGxpbmVubykpO1xuICAgIGlmIChBcnJheS5pc0FycmF5KGxpbmVzKSkgZm9yIChjb25zdCBsIG9mIGxpbmVzKSBpZiAodHlwZW9mIGwgPT09ICdudW1iZXInIHx8ICh0eXBlb2YgbCA9PT0gJ3N0cmluZycgJiYgL15cXGQrJC8udGVzdChsKSkpIG51bXMucHVzaChOdW1iZXIobCkpO1xuICAgIG91dC5wdXNoKHsgY2xhc3NOYW1lLCBjYXRlZ29yeTogc3RyKGNhdGVnb3J5KSwgcGFja2FnZTogc3RyKHBrZyksIHZlcnNpb246IHN0cih2ZXJzaW9uKSwgbGluZXM6IG51bXMsIGF0dHJzIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHN0cih2OiB1bmtub3duKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHR5cGVvZiB2ID09PSAnc3RyaW5nJyA/IHYgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKHI6IFBrZ2NoZWNrUmVzdWx0KTogc3RyaW5nIHtcbiAgY29uc3Qgd29yZHMgPSByLmNsYXNzTmFtZS5yZXBsYWNlKC8oW2Etel0pKFtBLVpdKS9nLCAnJDEgJDInKTtcbiAgY29uc3QgZGV0YWlscyA9IE9iamVjdC5lbnRyaWVzKHIuYXR0cnMpXG4gICAgLmZpbHRlcigoW2tdKSA9PiBrICE9PSAnbGluZScpXG4gICAgLm1hcCgoW2ssIHZdKSA9PiBgJHtrfTogJHtBcnJheS5pc0FycmF5KHYpID8gdi5qb2luKCcsICcpIDogdHlwZW9mIHYgPT09ICdvYmplY3QnID8gSlNPTi5zdHJpbmdpZnkodikgOiBTdHJpbmcodil9YCk7XG4gIGNvbnN0IGxpbmUgPSB0eXBlb2Ygci5hdHRycy5saW5lID09PSAnc3RyaW5nJyA/IGAgXHUyMDE0IFxcYCR7ci5hdHRycy5saW5lLnRyaW0oKX1cXGBgIDogJyc7XG4gIHJldHVybiBgJHt3b3Jkc30ke2RldGFpbHMubGVuZ3RoID8gYCAoJHtkZXRhaWxzLmpvaW4oJzsgJyl9KWAgOiAnJ30ke2xpbmV9YDtcbn1cblxuLyoqIHBrZ2NoZWNrIHJlcG9ydHMgZXJyb3JzIHVuZGVyIG5hbWVzIGxpa2UgdGhlc2U7IGV2ZXJ5dGhpbmcgZWxzZSBpcyBhIHdhcm5pbmcgb3Igc3R5bGUgbm90ZS4gKi9cbmNvbnN0IEVSUk9SX0NMQVNTID0gL14oSW52YWxpZHxOb25leGlzdGVudHxOb25zb2x2YWJsZXxNaXNzaW5nfEJhZHxVbmtub3duKXxFcnJvciQvO1xuXG4vKipcbiAqIEZpbmRpbmdzIGZvciBvbmUgZWJ1aWxkOiByZXN1bHRzIG9mIGl0cyB2ZXJzaW9uLCBhbmQgcGFja2FnZS1sZXZlbCByZXN1bHRzLCBhdCB0aGUgbGluZVxuICogcGtnY2hlY2sgZ2l2ZXMgKGxpbmUgMSB3aGVuIGl0IGdpdmVzIG5vbmUpLiBgbGluZVN0YXJ0YCBtYXBzIGEgMC1iYXNlZCBsaW5lIHRvIGFuIG9mZnNldC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBrZ2NoZWNrRmluZGluZ3MocmVzdWx0czogUGtnY2hlY2tSZXN1bHRbXSwgdGFyZ2V0OiB7IGNhdGVnb3J5OiBzdHJpbmc7IHBhY2thZ2U6IHN0cmluZzsgdmVyc2lvbjogc3RyaW5nIH0sIGxpbmVTdGFydDogKGxpbmU6IG51bWJlcikgPT4gbnVtYmVyKTogRmluZGluZ1tdIHtcbiAgY29uc3Qgb3V0OiBGaW5kaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCByIG9mIHJlc3VsdHMpIHtcbiAgICBpZiAoci5jYXRlZ29yeSAmJiByLmNhdGVnb3J5ICE9PSB0YXJnZXQuY2F0ZWdvcnkpIGNvbnRpbnVlO1xuICAgIGlmIChyLnBhY2thZ2UgJiYgci5wYWNrYWdlICE9PSB0YXJnZXQucGFja2FnZSkgY29udGludWU7XG4gICAgaWYgKHIudmVyc2lvbiAmJiByLnZlcnNpb24gIT09IHRhcmdldC52ZXJzaW9uKSBjb250aW51ZTtcbiAgICBjb25zdCBsaW5lcyA9IHIubGluZXMubGVuZ3RoID8gci5saW5lcyA6IFsxXTtcbiAgICBmb3IgKGNvbnN0IGwgb2YgbGluZXMpIHtcbiAgICAgIGNvbnN0IHN0YXJ0ID0gbGluZVN0YXJ0KE1hdGgubWF4KDAsIGwgLSAxKSk7XG4gICAgICBjb25zdCBlbmQgPSBNYXRoLm1heChzdGFydCwgbGluZVN0YXJ0KGwpIC0gMSk7XG4gICAgICBvdXQucHVzaCh7IHNwYW46IHsgc3RhcnQsIGVuZCB9LCBzZXZlcml0eTogRVJST1JfQ0xBU1MudGVzdChyLmNsYXNzTmFtZSkgPyAnZXJyb3InIDogJ3dhcm5pbmcnLCBjb2RlOiByLmNsYXNzTmFtZSwgbWVzc2FnZTogZGVzY3JpYmUocikgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQW9CTyxTQUFTLGFBQWEsVUFBa0IsVUFBa0IsS0FBYSxRQUFrQixDQUFDLEdBQWE7QUFDNUcsU0FBTyxDQUFDLFlBQVksUUFBUSxNQUFNLGNBQWMsTUFBTSxVQUFVLEdBQUcsT0FBTyxHQUFHLFFBQVEsSUFBSSxHQUFHLEVBQUU7QUFDaEc7QUFHTyxTQUFTLGdCQUFnQixRQUFrQztBQUNoRSxRQUFNLE1BQXdCLENBQUM7QUFDL0IsYUFBVyxRQUFRLE9BQU8sTUFBTSxJQUFJLEdBQUc7QUFDckMsVUFBTSxJQUFJLEtBQUssS0FBSztBQUNwQixRQUFJLENBQUMsRUFBRSxXQUFXLEdBQUcsRUFBRztBQUN4QixRQUFJO0FBQ0osUUFBSTtBQUNGLFlBQU0sS0FBSyxNQUFNLENBQUM7QUFBQSxJQUNwQixRQUFRO0FBQ047QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFZLElBQUk7QUFDdEIsUUFBSSxPQUFPLGNBQWMsU0FBVTtBQUNuQyxVQUFNLEVBQUUsV0FBVyxJQUFJLFVBQVUsU0FBUyxLQUFLLFNBQVMsUUFBUSxPQUFPLEdBQUcsTUFBTSxJQUFJO0FBQ3BGLFVBQU0sT0FBaUIsQ0FBQztBQUN4QixRQUFJLE9BQU8sV0FBVyxTQUFVLE1BQUssS0FBSyxNQUFNO0FBQUEsYUFDdkMsT0FBTyxXQUFXLFlBQVksUUFBUSxLQUFLLE1BQU0sRUFBRyxNQUFLLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDckYsUUFBSSxNQUFNLFFBQVEsS0FBSztBQUFHLGlCQUFXLEtBQUssTUFBTyxLQUFJLE9BQU8sTUFBTSxZQUFhLE9BQU8sTUFBTSxZQUFZLFFBQVEsS0FBSyxDQUFDLEVBQUksTUFBSyxLQUFLLE9BQU8sQ0FBQyxDQUFDO0FBQUE7QUFDN0ksUUFBSSxLQUFLLEVBQUUsV0FBVyxVQUFVLElBQUksUUFBUSxHQUFHLFNBQVMsSUFBSSxHQUFHLEdBQUcsU0FBUyxJQUFJLE9BQU8sR0FBRyxPQUFPLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDL0c7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksR0FBZ0M7QUFDM0MsU0FBTyxPQUFPLE1BQU0sV0FBVyxJQUFJO0FBQ3JDO0FBRUEsU0FBUyxTQUFTLEdBQTJCO0FBQzNDLFFBQU0sUUFBUSxFQUFFLFVBQVUsUUFBUSxtQkFBbUIsT0FBTztBQUM1RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEVBQUUsS0FBSyxFQUNuQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLEVBQzVCLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLE1BQU0sUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLLElBQUksSUFBSSxPQUFPLE1BQU0sV0FBVyxLQUFLLFVBQVUsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDLEVBQUU7QUFDckgsUUFBTSxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsV0FBVyxhQUFRLEVBQUUsTUFBTSxLQUFLLEtBQUssQ0FBQyxPQUFPO0FBQ2xGLFNBQU8sR0FBRyxLQUFLLEdBQUcsUUFBUSxTQUFTLEtBQUssUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsR0FBRyxJQUFJO0FBQzNFO0FBR0EsTUFBTSxjQUFjO0FBTWIsU0FBUyxpQkFBaUIsU0FBMkIsUUFBZ0UsV0FBZ0Q7QUFDMUssUUFBTSxNQUFpQixDQUFDO0FBQ3hCLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFFBQUksRUFBRSxZQUFZLEVBQUUsYUFBYSxPQUFPLFNBQVU7QUFDbEQsUUFBSSxFQUFFLFdBQVcsRUFBRSxZQUFZLE9BQU8sUUFBUztBQUMvQyxRQUFJLEVBQUUsV0FBVyxFQUFFLFlBQVksT0FBTyxRQUFTO0FBQy9DLFVBQU0sUUFBUSxFQUFFLE1BQU0sU0FBUyxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQzNDLGVBQVcsS0FBSyxPQUFPO0FBQ3JCLFlBQU0sUUFBUSxVQUFVLEtBQUssSUFBSSxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQzFDLFlBQU0sTUFBTSxLQUFLLElBQUksT0FBTyxVQUFVLENBQUMsSUFBSSxDQUFDO0FBQzVDLFVBQUksS0FBSyxFQUFFLE1BQU0sRUFBRSxPQUFPLElBQUksR0FBRyxVQUFVLFlBQVksS0FBSyxFQUFFLFNBQVMsSUFBSSxVQUFVLFdBQVcsTUFBTSxFQUFFLFdBQVcsU0FBUyxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDM0k7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
