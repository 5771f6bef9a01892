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
var logLine_exports = {};
__export(logLine_exports, {
  stripPrefixes: () => stripPrefixes,
  toLogLine: () => toLogLine
});
module.exports = __toCommonJS(logLine_exports);
const ISO_TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s/;
const BUILDKIT = /^#\d+ \d+(?:\.\d+)? /;
const ELAPSED = /^\d+\.\d{1,6} (?=\S)/;
const EMERGE_LOG = /^\d{9,11}: {1,2}/;
function stripPrefixes(raw) {
  let t = raw;
  let indent = 0;
  for (let round = 0; round < 8; round++) {
    const before = t;
    const c = t.charCodeAt(0);
    if (c === 32 || c === 9) {
      const trimmed = t.trimStart();
      indent = t.length - trimmed.length;
      t = trimmed;
    } else if (c >= 48 && c <= 57) {
      const m = ISO_TS.exec(t) ?? EMERGE_LOG.exec(t) ?? ELAPSED.exec(t);
      if (m) t = t.slice(m[0].length);
    } else if (c === 35) {
      const m = BUILDKIT.exec(t);
      if (m) t = t.slice(m[0].length);
    } else if (c === 62) {
      if (t.startsWith("> > >")) t = ">>>" + t.slice(5);
      else if (t.startsWith("> ") || t === ">") t = t.slice(2);
    } else if (c === 38) {
      if (t.startsWith("&gt;&gt;&gt;")) t = ">>>" + t.slice(12);
    } else if (c === 96 || c === 39) {
      if (/^(?:```|''')\S*$/.test(t)) t = "";
      else if (c === 96 && !t.startsWith("``")) t = t.slice(1);
    }
    if (t === before) break;
  }
  return { text: t, indent };
}
function toLogLine(raw, n) {
  const { text: stripped, indent } = stripPrefixes(raw);
  const text = stripped.trimEnd();
  let bullet = "";
  let body = text;
  const c = text.charCodeAt(0);
  if ((c === 42 || c === 45) && (text.length === 1 || text.charCodeAt(1) === 32)) {
    bullet = c === 42 ? "*" : "-";
    body = text.slice(2);
  }
  return { n, text, bullet, body, indent };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  stripPrefixes,
  toLogLine
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2xvZ0xpbmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogT25lIGxvZ2ljYWwgbGluZSBvZiBlbWVyZ2Ugb3V0cHV0IGFmdGVyIHRoZSBwdHkgY2xlYW4tdXAsIHdpdGggd2hhdCBwZW9wbGUncyBsb2dzIGFkZCBpbiBmcm9udCBvZiBpdFxuICogcmVtb3ZlZDogRG9ja2VyL0J1aWxkS2l0IHRpbWVzdGFtcHMsIGVtZXJnZS5sb2cncyB1bml4IHRpbWUsIGA+IGAgcXVvdGluZyAoYW5kIEdpdEh1YidzIGA+ID4gPmAgZm9yIGA+Pj5gKSxcbiAqIEhUTUwtZXNjYXBlZCBgJmd0O2AsIGNvZGUgZmVuY2VzIGFuZCBpbmRlbnRhdGlvbi4gVGhlIFBvcnRhZ2UgYnVsbGV0IChgICogYCwgb3IgYC0gYCBpbiBtYW5nbGVkIHBhc3RlcylcbiAqIGlzIHJlY29nbmlzZWQgYnV0IGtlcHQgaW4gYHRleHRgOyBgYm9keWAgaXMgd2hhdCBmb2xsb3dzIGl0LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIExvZ0xpbmUge1xuICAvKiogMS1iYXNlZCBpbnB1dCBsaW5lIG51bWJlci4gKi9cbiAgbjogbnVtYmVyO1xuICAvKiogUHJlZml4ZXMgc3RyaXBwZWQsIHRyaW1tZWQgYm90aCBlbmRzLiAqL1xuICB0ZXh0OiBzdHJpbmc7XG4gIC8qKiBgKmAgZm9yIGAgKiBcdTIwMjZgIGxpbmVzLCBgLWAgZm9yIGAtIFx1MjAyNmAgbGluZXMsIGVsc2UgZW1wdHkuICovXG4gIGJ1bGxldDogJycgfCAnKicgfCAnLSc7XG4gIC8qKiBUZXh0IGFmdGVyIHRoZSBidWxsZXQsIGxlYWRpbmcgc3BhY2VzIGtlcHQgKGluZGVudGF0aW9uIGluc2lkZSBhIGJsb2NrIG1hdHRlcnMpLCB0cmFpbGluZyB0cmltbWVkLiAqL1xuICBib2R5OiBzdHJpbmc7XG4gIC8qKiBDb2x1bW5zIG9mIGluZGVudGF0aW9uIHJlbW92ZWQgaW4gZnJvbnQgb2YgdGhlIHRleHQgKGFmdGVyIG90aGVyIHByZWZpeGVzKS4gKi9cbiAgaW5kZW50OiBudW1iZXI7XG59XG5cbmNvbnN0IElTT19UUyA9IC9eXFxkezR9LVxcZFxcZC1cXGRcXGRUXFxkXFxkOlxcZFxcZDpcXGRcXGQoPzpbLixdXFxkKyk/KD86WnxbKy1dXFxkXFxkOj9cXGRcXGQpP1xccy87XG5jb25zdCBCVUlMREtJVCA9IC9eI1xcZCsgXFxkKyg/OlxcLlxcZCspPyAvO1xuY29uc3QgRUxBUFNFRCA9IC9eXFxkK1xcLlxcZHsxLDZ9ICg/PVxcUykvO1xuY29uc3QgRU1FUkdFX0xPRyA9IC9eXFxkezksMTF9OiB7MSwyfS87XG5cbi8qKiBTdHJpcHMgbG9nIHByZWZpeGVzOyByZXR1cm5zIHRoZSB0ZXh0IChsZWZ0LXRyaW1tZWQpIGFuZCB0aGUgaW5kZW50YXRpb24gcmVtb3ZlZCBsYXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0cmlwUHJlZml4ZXMocmF3OiBzdHJpbmcpOiB7IHRleHQ6IHN0cmluZzsgaW5kZW50OiBudW1iZXIgfSB7XG4gIGxldCB0ID0gcmF3O1xuICBsZXQgaW5kZW50ID0gMDtcbiAgZm9yIChsZXQgcm91bmQgPSAwOyByb3VuZCA8IDg7IHJvdW5kKyspIHtcbiAgICBjb25zdCBiZWZvcmUgPSB0O1xuICAgIGNvbnN0IGMgPSB0LmNoYXJDb2RlQXQoMCk7XG4gICAgaWYgKGMgPT09IDB4MjAgfHwgYyA9PT0gMHgwOSkge1xuICAgICAgY29uc3QgdHJpbW1lZCA9IHQudHJpbVN0YXJ0KCk7XG4gICAgICBpbmRlbnQgPSB0Lmxlbmd0aCAtIHRyaW1tZWQubGVuZ3RoO1xuICAgICAgdCA9IHRyaW1tZWQ7XG4gICAgfSBlbHNlIGlmIChjID49IDB4MzAgJiYgYyA8PSAweDM5KSB7XG4gICAgICBjb25zdCBtID0gSVNPX1RTLmV4ZWModCkgPz8gRU1FUkdFX0xPRy5leGVjKHQpID8/IEVMQVBTRUQuZXhlYyh0KTtcbiAgICAgIGlmIChtKSB0ID0gdC5zbGljZShtWzBdLmxlbmd0aCk7XG4gICAgfSBlbHNlIGlmIChjID09PSAweDIzIC8qICMgKi8pIHtcbiAgICAgIGNvbnN0IG0gPSBCVUlMREtJVC5leGVjKHQpO1xuICAgICAgaWYgKG0pIHQgPSB0LnNsaWNlKG1bMF0ubGVuZ3RoKTtcbiAgICB9IGVsc2UgaWYgKGMgPT09IDB4M2UgLyogPiAqLykge1xuICAgICAgaWYgKHQuc3RhcnRzV2l0aCgnPiA+ID4nKSkgdCA9ICc+Pj4nICsgdC5zbGljZSg1KTtcbiAgICAgIGVsc2UgaWYgKHQuc3RhcnRzV2l0aCgnPiAnKSB8fCB0ID09PSAnPicpIHQgPSB0LnNsaWNlKDIpO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gMHgyNiAvKiAmICovKSB7XG4gICAgICBpZiAodC5zdGFydHNXaXRoKCcmZ3Q7Jmd0OyZndDsnKSkgdCA9ICc+Pj4nICsgdC5zbGljZSgxMik7XG4gICAgfSBlbHNlIGlmIChjID09PSAweDYwIC8qIGAgKi8gfHwgYyA9PT0gMHgyNyAvKiAnICovKSB7XG4gICAgICBpZiAoL14oPzpgYGB8JycnKVxcUyokLy50ZXN0KHQpKSB0ID0gJyc7XG4gICAgICBlbHNlIGlmIChjID09PSAweDYwICYmICF0LnN0YXJ0c1dpdGgoJ2BgJykpIHQgPSB0LnNsaWNlKDEpO1xuICAgIH1cbiAgICBpZiAodCA9PT0gYmVmb3JlKSBicmVhaztcbiAgfVxuICByZXR1cm4geyB0ZXh0OiB0LCBpbmRlbnQgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRvTG9nTGluZShyYXc6IHN0cmluZywgbjogbnVtYmVyKTogTG9nTGluZSB7XG4gIGNvbnN0IHsgdGV4dDogc3RyaXBwZWQsIGluZGVudCB9ID0gc3RyaXBQcmVmaXhlcyhyYXcpO1xuICBjb25zdCB0ZXh0ID0gc3RyaXBwZWQudHJpbUVuZCgpO1xuICBsZXQgYnVsbGV0OiBMb2dMaW5lWydidWxsZXQnXSA9ICcnO1xuICBsZXQgYm9keSA9IHRleHQ7XG4gIGNvbnN0IGMgPSB0ZXh0LmNoYXJDb2RlQXQoMCk7XG4gIGlmICgoYyA9PT0gMHgyYSB8fCBjID09PSAweDJkKSAmJiAodGV4dC5sZW5ndGggPT09IDEgfHwgdGV4dC5jaGFyQ29kZUF0KDEpID09PSAweDIwKSkge1xuICAgIGJ1bGxldCA9IGMgPT09IDB4MmEgPyAnKicgOiAnLSc7XG4gICAgYm9keSA9IHRleHQuc2xpY2UoMik7XG4gIH1cbiAgcmV0dXJuIHsgbiwgdGV4dCwgYnVsbGV0LCBib2R5LCBpbmRlbnQgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQW1CQSxNQUFNLFNBQVM7QUFDZixNQUFNLFdBQVc7QUFDakIsTUFBTSxVQUFVO0FBQ2hCLE1BQU0sYUFBYTtBQUdaLFNBQVMsY0FBYyxLQUErQztBQUMzRSxNQUFJLElBQUk7QUFDUixNQUFJLFNBQVM7QUFDYixXQUFTLFFBQVEsR0FBRyxRQUFRLEdBQUcsU0FBUztBQUN0QyxVQUFNLFNBQVM7QUFDZixVQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsUUFBSSxNQUFNLE1BQVEsTUFBTSxHQUFNO0FBQzVCLFlBQU0sVUFBVSxFQUFFLFVBQVU7QUFDNUIsZUFBUyxFQUFFLFNBQVMsUUFBUTtBQUM1QixVQUFJO0FBQUEsSUFDTixXQUFXLEtBQUssTUFBUSxLQUFLLElBQU07QUFDakMsWUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLEtBQUssV0FBVyxLQUFLLENBQUMsS0FBSyxRQUFRLEtBQUssQ0FBQztBQUNoRSxVQUFJLEVBQUcsS0FBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUFBLElBQ2hDLFdBQVcsTUFBTSxJQUFjO0FBQzdCLFlBQU0sSUFBSSxTQUFTLEtBQUssQ0FBQztBQUN6QixVQUFJLEVBQUcsS0FBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUFBLElBQ2hDLFdBQVcsTUFBTSxJQUFjO0FBQzdCLFVBQUksRUFBRSxXQUFXLE9BQU8sRUFBRyxLQUFJLFFBQVEsRUFBRSxNQUFNLENBQUM7QUFBQSxlQUN2QyxFQUFFLFdBQVcsSUFBSSxLQUFLLE1BQU0sSUFBSyxLQUFJLEVBQUUsTUFBTSxDQUFDO0FBQUEsSUFDekQsV0FBVyxNQUFNLElBQWM7QUFDN0IsVUFBSSxFQUFFLFdBQVcsY0FBYyxFQUFHLEtBQUksUUFBUSxFQUFFLE1BQU0sRUFBRTtBQUFBLElBQzFELFdBQVcsTUFBTSxNQUFnQixNQUFNLElBQWM7QUFDbkQsVUFBSSxtQkFBbUIsS0FBSyxDQUFDLEVBQUcsS0FBSTtBQUFBLGVBQzNCLE1BQU0sTUFBUSxDQUFDLEVBQUUsV0FBVyxJQUFJLEVBQUcsS0FBSSxFQUFFLE1BQU0sQ0FBQztBQUFBLElBQzNEO0FBQ0EsUUFBSSxNQUFNLE9BQVE7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxNQUFNLEdBQUcsT0FBTztBQUMzQjtBQUVPLFNBQVMsVUFBVSxLQUFhLEdBQW9CO0FBQ3pELFFBQU0sRUFBRSxNQUFNLFVBQVUsT0FBTyxJQUFJLGNBQWMsR0FBRztBQUNwRCxRQUFNLE9BQU8sU0FBUyxRQUFRO0FBQzlCLE1BQUksU0FBNEI7QUFDaEMsTUFBSSxPQUFPO0FBQ1gsUUFBTSxJQUFJLEtBQUssV0FBVyxDQUFDO0FBQzNCLE9BQUssTUFBTSxNQUFRLE1BQU0sUUFBVSxLQUFLLFdBQVcsS0FBSyxLQUFLLFdBQVcsQ0FBQyxNQUFNLEtBQU87QUFDcEYsYUFBUyxNQUFNLEtBQU8sTUFBTTtBQUM1QixXQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsRUFDckI7QUFDQSxTQUFPLEVBQUUsR0FBRyxNQUFNLFFBQVEsTUFBTSxPQUFPO0FBQ3pDOyIsCiAgIm5hbWVzIjogW10KfQo=
