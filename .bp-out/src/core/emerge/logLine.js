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
const ELAPSED = /^\d+\.\d{1,6}(?: |$)/;
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2xvZ0xpbmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogT25lIGxvZ2ljYWwgbGluZSBvZiBlbWVyZ2Ugb3V0cHV0IGFmdGVyIHRoZSBwdHkgY2xlYW4tdXAsIHdpdGggd2hhdCBwZW9wbGUncyBsb2dzIGFkZCBpbiBmcm9udCBvZiBpdFxuICogcmVtb3ZlZDogRG9ja2VyL0J1aWxkS2l0IHRpbWVzdGFtcHMsIGVtZXJnZS5sb2cncyB1bml4IHRpbWUsIGA+IGAgcXVvdGluZyAoYW5kIEdpdEh1YidzIGA+ID4gPmAgZm9yIGA+Pj5gKSxcbiAqIEhUTUwtZXNjYXBlZCBgJmd0O2AsIGNvZGUgZmVuY2VzIGFuZCBpbmRlbnRhdGlvbi4gVGhlIFBvcnRhZ2UgYnVsbGV0IChgICogYCwgb3IgYC0gYCBpbiBtYW5nbGVkIHBhc3RlcylcbiAqIGlzIHJlY29nbmlzZWQgYnV0IGtlcHQgaW4gYHRleHRgOyBgYm9keWAgaXMgd2hhdCBmb2xsb3dzIGl0LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIExvZ0xpbmUge1xuICAvKiogMS1iYXNlZCBpbnB1dCBsaW5lIG51bWJlci4gKi9cbiAgbjogbnVtYmVyO1xuICAvKiogUHJlZml4ZXMgc3RyaXBwZWQsIHRyaW1tZWQgYm90aCBlbmRzLiAqL1xuICB0ZXh0OiBzdHJpbmc7XG4gIC8qKiBgKmAgZm9yIGAgKiBcdTIwMjZgIGxpbmVzLCBgLWAgZm9yIGAtIFx1MjAyNmAgbGluZXMsIGVsc2UgZW1wdHkuICovXG4gIGJ1bGxldDogJycgfCAnKicgfCAnLSc7XG4gIC8qKiBUZXh0IGFmdGVyIHRoZSBidWxsZXQsIGxlYWRpbmcgc3BhY2VzIGtlcHQgKGluZGVudGF0aW9uIGluc2lkZSBhIGJsb2NrIG1hdHRlcnMpLCB0cmFpbGluZyB0cmltbWVkLiAqL1xuICBib2R5OiBzdHJpbmc7XG4gIC8qKiBDb2x1bW5zIG9mIGluZGVudGF0aW9uIHJlbW92ZWQgaW4gZnJvbnQgb2YgdGhlIHRleHQgKGFmdGVyIG90aGVyIHByZWZpeGVzKS4gKi9cbiAgaW5kZW50OiBudW1iZXI7XG59XG5cbmNvbnN0IElTT19UUyA9IC9eXFxkezR9LVxcZFxcZC1cXGRcXGRUXFxkXFxkOlxcZFxcZDpcXGRcXGQoPzpbLixdXFxkKyk/KD86WnxbKy1dXFxkXFxkOj9cXGRcXGQpP1xccy87XG5jb25zdCBCVUlMREtJVCA9IC9eI1xcZCsgXFxkKyg/OlxcLlxcZCspPyAvO1xuY29uc3QgRUxBUFNFRCA9IC9eXFxkK1xcLlxcZHsxLDZ9KD86IHwkKS87XG5jb25zdCBFTUVSR0VfTE9HID0gL15cXGR7OSwxMX06IHsxLDJ9LztcblxuLyoqIFN0cmlwcyBsb2cgcHJlZml4ZXM7IHJldHVybnMgdGhlIHRleHQgKGxlZnQtdHJpbW1lZCkgYW5kIHRoZSBpbmRlbnRhdGlvbiByZW1vdmVkIGxhc3QuICovXG5leHBvcnQgZnVuY3Rpb24gc3RyaXBQcmVmaXhlcyhyYXc6IHN0cmluZyk6IHsgdGV4dDogc3RyaW5nOyBpbmRlbnQ6IG51bWJlciB9IHtcbiAgbGV0IHQgPSByYXc7XG4gIGxldCBpbmRlbnQgPSAwO1xuICBmb3IgKGxldCByb3VuZCA9IDA7IHJvdW5kIDwgODsgcm91bmQrKykge1xuICAgIGNvbnN0IGJlZm9yZSA9IHQ7XG4gICAgY29uc3QgYyA9IHQuY2hhckNvZGVBdCgwKTtcbiAgICBpZiAoYyA9PT0gMHgyMCB8fCBjID09PSAweDA5KSB7XG4gICAgICBjb25zdCB0cmltbWVkID0gdC50cmltU3RhcnQoKTtcbiAgICAgIGluZGVudCA9IHQubGVuZ3RoIC0gdHJpbW1lZC5sZW5ndGg7XG4gICAgICB0ID0gdHJpbW1lZDtcbiAgICB9IGVsc2UgaWYgKGMgPj0gMHgzMCAmJiBjIDw9IDB4MzkpIHtcbiAgICAgIGNvbnN0IG0gPSBJU09fVFMuZXhlYyh0KSA/PyBFTUVSR0VfTE9HLmV4ZWModCkgPz8gRUxBUFNFRC5leGVjKHQpO1xuICAgICAgaWYgKG0pIHQgPSB0LnNsaWNlKG1bMF0ubGVuZ3RoKTtcbiAgICB9IGVsc2UgaWYgKGMgPT09IDB4MjMgLyogIyAqLykge1xuICAgICAgY29uc3QgbSA9IEJVSUxES0lULmV4ZWModCk7XG4gICAgICBpZiAobSkgdCA9IHQuc2xpY2UobVswXS5sZW5ndGgpO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gMHgzZSAvKiA+ICovKSB7XG4gICAgICBpZiAodC5zdGFydHNXaXRoKCc+ID4gPicpKSB0ID0gJz4+PicgKyB0LnNsaWNlKDUpO1xuICAgICAgZWxzZSBpZiAodC5zdGFydHNXaXRoKCc+ICcpIHx8IHQgPT09ICc+JykgdCA9IHQuc2xpY2UoMik7XG4gICAgfSBlbHNlIGlmIChjID09PSAweDI2IC8qICYgKi8pIHtcbiAgICAgIGlmICh0LnN0YXJ0c1dpdGgoJyZndDsmZ3Q7Jmd0OycpKSB0ID0gJz4+PicgKyB0LnNsaWNlKDEyKTtcbiAgICB9IGVsc2UgaWYgKGMgPT09IDB4NjAgLyogYCAqLyB8fCBjID09PSAweDI3IC8qICcgKi8pIHtcbiAgICAgIGlmICgvXig/OmBgYHwnJycpXFxTKiQvLnRlc3QodCkpIHQgPSAnJztcbiAgICAgIGVsc2UgaWYgKGMgPT09IDB4NjAgJiYgIXQuc3RhcnRzV2l0aCgnYGAnKSkgdCA9IHQuc2xpY2UoMSk7XG4gICAgfVxuICAgIGlmICh0ID09PSBiZWZvcmUpIGJyZWFrO1xuICB9XG4gIHJldHVybiB7IHRleHQ6IHQsIGluZGVudCB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdG9Mb2dMaW5lKHJhdzogc3RyaW5nLCBuOiBudW1iZXIpOiBMb2dMaW5lIHtcbiAgY29uc3QgeyB0ZXh0OiBzdHJpcHBlZCwgaW5kZW50IH0gPSBzdHJpcFByZWZpeGVzKHJhdyk7XG4gIGNvbnN0IHRleHQgPSBzdHJpcHBlZC50cmltRW5kKCk7XG4gIGxldCBidWxsZXQ6IExvZ0xpbmVbJ2J1bGxldCddID0gJyc7XG4gIGxldCBib2R5ID0gdGV4dDtcbiAgY29uc3QgYyA9IHRleHQuY2hhckNvZGVBdCgwKTtcbiAgaWYgKChjID09PSAweDJhIHx8IGMgPT09IDB4MmQpICYmICh0ZXh0Lmxlbmd0aCA9PT0gMSB8fCB0ZXh0LmNoYXJDb2RlQXQoMSkgPT09IDB4MjApKSB7XG4gICAgYnVsbGV0ID0gYyA9PT0gMHgyYSA/ICcqJyA6ICctJztcbiAgICBib2R5ID0gdGV4dC5zbGljZSgyKTtcbiAgfVxuICByZXR1cm4geyBuLCB0ZXh0LCBidWxsZXQsIGJvZHksIGluZGVudCB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBbUJBLE1BQU0sU0FBUztBQUNmLE1BQU0sV0FBVztBQUNqQixNQUFNLFVBQVU7QUFDaEIsTUFBTSxhQUFhO0FBR1osU0FBUyxjQUFjLEtBQStDO0FBQzNFLE1BQUksSUFBSTtBQUNSLE1BQUksU0FBUztBQUNiLFdBQVMsUUFBUSxHQUFHLFFBQVEsR0FBRyxTQUFTO0FBQ3RDLFVBQU0sU0FBUztBQUNmLFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixRQUFJLE1BQU0sTUFBUSxNQUFNLEdBQU07QUFDNUIsWUFBTSxVQUFVLEVBQUUsVUFBVTtBQUM1QixlQUFTLEVBQUUsU0FBUyxRQUFRO0FBQzVCLFVBQUk7QUFBQSxJQUNOLFdBQVcsS0FBSyxNQUFRLEtBQUssSUFBTTtBQUNqQyxZQUFNLElBQUksT0FBTyxLQUFLLENBQUMsS0FBSyxXQUFXLEtBQUssQ0FBQyxLQUFLLFFBQVEsS0FBSyxDQUFDO0FBQ2hFLFVBQUksRUFBRyxLQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQUEsSUFDaEMsV0FBVyxNQUFNLElBQWM7QUFDN0IsWUFBTSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQ3pCLFVBQUksRUFBRyxLQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQUEsSUFDaEMsV0FBVyxNQUFNLElBQWM7QUFDN0IsVUFBSSxFQUFFLFdBQVcsT0FBTyxFQUFHLEtBQUksUUFBUSxFQUFFLE1BQU0sQ0FBQztBQUFBLGVBQ3ZDLEVBQUUsV0FBVyxJQUFJLEtBQUssTUFBTSxJQUFLLEtBQUksRUFBRSxNQUFNLENBQUM7QUFBQSxJQUN6RCxXQUFXLE1BQU0sSUFBYztBQUM3QixVQUFJLEVBQUUsV0FBVyxjQUFjLEVBQUcsS0FBSSxRQUFRLEVBQUUsTUFBTSxFQUFFO0FBQUEsSUFDMUQsV0FBVyxNQUFNLE1BQWdCLE1BQU0sSUFBYztBQUNuRCxVQUFJLG1CQUFtQixLQUFLLENBQUMsRUFBRyxLQUFJO0FBQUEsZUFDM0IsTUFBTSxNQUFRLENBQUMsRUFBRSxXQUFXLElBQUksRUFBRyxLQUFJLEVBQUUsTUFBTSxDQUFDO0FBQUEsSUFDM0Q7QUFDQSxRQUFJLE1BQU0sT0FBUTtBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLE1BQU0sR0FBRyxPQUFPO0FBQzNCO0FBRU8sU0FBUyxVQUFVLEtBQWEsR0FBb0I7QUFDekQsUUFBTSxFQUFFLE1BQU0sVUFBVSxPQUFPLElBQUksY0FBYyxHQUFHO0FBQ3BELFFBQU0sT0FBTyxTQUFTLFFBQVE7QUFDOUIsTUFBSSxTQUE0QjtBQUNoQyxNQUFJLE9BQU87QUFDWCxRQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsT0FBSyxNQUFNLE1BQVEsTUFBTSxRQUFVLEtBQUssV0FBVyxLQUFLLEtBQUssV0FBVyxDQUFDLE1BQU0sS0FBTztBQUNwRixhQUFTLE1BQU0sS0FBTyxNQUFNO0FBQzVCLFdBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxFQUNyQjtBQUNBLFNBQU8sRUFBRSxHQUFHLE1BQU0sUUFBUSxNQUFNLE9BQU87QUFDekM7IiwKICAibmFtZXMiOiBbXQp9Cg==
