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
var version_exports = {};
__export(version_exports, {
  VERSION_PATTERN: () => VERSION_PATTERN,
  VersionError: () => VersionError,
  compareIntegers: () => compareIntegers,
  compareVersions: () => compareVersions,
  compareVersionsIgnoringRevision: () => compareVersionsIgnoringRevision,
  isValidVersion: () => isValidVersion,
  parseVersion: () => parseVersion,
  versionMatchesGlob: () => versionMatchesGlob,
  withoutRevision: () => withoutRevision
});
module.exports = __toCommonJS(version_exports);
var import_userError = require("./userError");
const VERSION_PATTERN = /^(\d+(?:\.\d+)*)([a-z])?((?:_(?:alpha|beta|pre|rc|p)\d*)*)(?:-r(\d+))?$/;
const SUFFIX_RE = /_(alpha|beta|pre|rc|p)(\d*)/g;
const SUFFIX_ORDER = { alpha: 0, beta: 1, pre: 2, rc: 3, p: 4 };
class VersionError extends import_userError.UserError {
  constructor(text, reason = "it does not follow the PMS version syntax") {
    super(
      `"${text}" is not a valid version: ${reason}.`,
      "Use digits separated by dots, an optional letter, optional _alpha/_beta/_pre/_rc/_p suffixes with numbers, and an optional -rN revision (e.g. 1.2.3b_rc1-r2).",
      "invalid-version"
    );
    this.text = text;
  }
  text;
}
function isValidVersion(text) {
  return VERSION_PATTERN.test(text);
}
function parseVersion(text) {
  const m = VERSION_PATTERN.exec(text);
  if (!m) throw new VersionError(text);
  const suffixes = [];
  for (const s of m[3].matchAll(SUFFIX_RE)) suffixes.push({ type: s[1], number: s[2] });
  return { text, numbers: m[1].split("."), letter: m[2], suffixes, revision: m[4] ?? "" };
}
function compareIntegers(a, b) {
  const x = a.replace(/^0+/, "");
  const y = b.replace(/^0+/, "");
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
function sign(n) {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
function compareLaterComponent(a, b) {
  if (a.startsWith("0") || b.startsWith("0")) {
    const x = a.replace(/0+$/, "");
    const y = b.replace(/0+$/, "");
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareIntegers(a, b);
}
function compareNumbers(a, b) {
  const first = compareIntegers(a[0], b[0]);
  if (first !== 0) return first;
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    const c = compareLaterComponent(a[i], b[i]);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}
function compareSuffix(a, b) {
  if (a.type !== b.type) return sign(SUFFIX_ORDER[a.type] - SUFFIX_ORDER[b.type]);
  return compareIntegers(a.number || "0", b.number || "0");
}
function compareSuffixes(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareSuffix(a[i], b[i]);
    if (c !== 0) return c;
  }
  if (a.length > b.length) return a[b.length].type === "p" ? 1 : -1;
  if (b.length > a.length) return b[a.length].type === "p" ? -1 : 1;
  return 0;
}
function compareVersionsIgnoringRevision(a, b) {
  const n = compareNumbers(a.numbers, b.numbers);
  if (n !== 0) return n;
  const la = a.letter ?? "";
  const lb = b.letter ?? "";
  if (la !== lb) return la < lb ? -1 : 1;
  return compareSuffixes(a.suffixes, b.suffixes);
}
function compareVersions(a, b) {
  const va = typeof a === "string" ? parseVersion(a) : a;
  const vb = typeof b === "string" ? parseVersion(b) : b;
  const c = compareVersionsIgnoringRevision(va, vb);
  if (c !== 0) return c;
  return compareIntegers(va.revision || "0", vb.revision || "0");
}
function parts(v) {
  const out = v.numbers.map((n, i) => ({ kind: "n", i, v: n }));
  if (v.letter) out.push({ kind: "l", v: v.letter });
  for (const s of v.suffixes) out.push({ kind: "s", v: s });
  if (v.revision !== "") out.push({ kind: "r", v: v.revision });
  return out;
}
function samePart(a, b) {
  if (a.kind === "n" && b.kind === "n") return (a.i === 0 ? compareIntegers(a.v, b.v) : compareLaterComponent(a.v, b.v)) === 0;
  if (a.kind === "l" && b.kind === "l") return a.v === b.v;
  if (a.kind === "s" && b.kind === "s") return compareSuffix(a.v, b.v) === 0;
  if (a.kind === "r" && b.kind === "r") return compareIntegers(a.v, b.v) === 0;
  return false;
}
function versionMatchesGlob(pattern, candidate) {
  const p = parts(pattern);
  const c = parts(candidate);
  if (c.length < p.length) return false;
  return p.every((part, i) => {
    const last = i === p.length - 1;
    const other = c[i];
    if (last && part.kind === "s" && part.v.number === "" && other.kind === "s") return part.v.type === other.v.type;
    return samePart(part, other);
  });
}
function withoutRevision(v) {
  return v.text.replace(/-r\d+$/, "");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  VERSION_PATTERN,
  VersionError,
  compareIntegers,
  compareVersions,
  compareVersionsIgnoringRevision,
  isValidVersion,
  parseVersion,
  versionMatchesGlob,
  withoutRevision
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvdmVyc2lvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBQYWNrYWdlIHZlcnNpb25zIGFzIFBNUyBcdTAwQTczLjIgZGVmaW5lcyB0aGVtLCBjb21wYXJlZCB3aXRoIHRoZSBhbGdvcml0aG1zIG9mIFBNUyBcdTAwQTczLjMuXG4gKiBgcGFyc2VWZXJzaW9uYCB0aHJvd3MgYSBgVmVyc2lvbkVycm9yYCAoYSBVc2VyRXJyb3IsIGNvZGUgYGludmFsaWQtdmVyc2lvbmApOyBgaXNWYWxpZFZlcnNpb25gIG5ldmVyIHRocm93cy5cbiAqL1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi91c2VyRXJyb3InO1xuXG5leHBvcnQgdHlwZSBTdWZmaXhUeXBlID0gJ2FscGhhJyB8ICdiZXRhJyB8ICdwcmUnIHwgJ3JjJyB8ICdwJztcblxuZXhwb3J0IGludGVyZmFjZSBWZXJzaW9uU3VmZml4IHtcbiAgdHlwZTogU3VmZml4VHlwZTtcbiAgLyoqIERpZ2l0cyBhcyB3cml0dGVuICgnJyB3aGVuIGFic2VudCwgd2hpY2ggY29tcGFyZXMgYXMgMCkuICovXG4gIG51bWJlcjogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFZlcnNpb24ge1xuICAvKiogVGhlIHRleHQgcGFyc2VkLCBlLmcuIGAxLjIuM2JfcmMxX3AyLXI0YC4gKi9cbiAgdGV4dDogc3RyaW5nO1xuICAvKiogTnVtZXJpYyBjb21wb25lbnRzIGFzIHdyaXR0ZW4gKGxlYWRpbmcgemVyb3MgbWF0dGVyLCBQTVMgMy4zKS4gKi9cbiAgbnVtYmVyczogc3RyaW5nW107XG4gIGxldHRlcj86IHN0cmluZztcbiAgc3VmZml4ZXM6IFZlcnNpb25TdWZmaXhbXTtcbiAgLyoqIFJldmlzaW9uIGRpZ2l0cyBhcyB3cml0dGVuICgnJyB3aGVuIGFic2VudCwgd2hpY2ggbWVhbnMgcjApLiAqL1xuICByZXZpc2lvbjogc3RyaW5nO1xufVxuXG4vKiogUE1TIDMuMiB2ZXJzaW9uIHN5bnRheCwgYW5jaG9yZWQuICovXG5leHBvcnQgY29uc3QgVkVSU0lPTl9QQVRURVJOID0gL14oXFxkKyg/OlxcLlxcZCspKikoW2Etel0pPygoPzpfKD86YWxwaGF8YmV0YXxwcmV8cmN8cClcXGQqKSopKD86LXIoXFxkKykpPyQvO1xuY29uc3QgU1VGRklYX1JFID0gL18oYWxwaGF8YmV0YXxwcmV8cmN8cCkoXFxkKikvZztcbi8qKiBTdWZmaXggb3JkZXIgb2YgUE1TIEFsZ29yaXRobSAzLjY7IGBfcGAgc29ydHMgYWZ0ZXIgXCJubyBzdWZmaXhcIiAoaGFuZGxlZCBpbiBjb21wYXJlU3VmZml4ZXMpLiAqL1xuY29uc3QgU1VGRklYX09SREVSOiBSZWNvcmQ8U3VmZml4VHlwZSwgbnVtYmVyPiA9IHsgYWxwaGE6IDAsIGJldGE6IDEsIHByZTogMiwgcmM6IDMsIHA6IDQgfTtcblxuZXhwb3J0IGNsYXNzIFZlcnNpb25FcnJvciBleHRlbmRzIFVzZXJFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHRleHQ6IHN0cmluZywgcmVhc29uID0gJ2l0IGRvZXMgbm90IGZvbGxvdyB0aGUgUE1TIHZlcnNpb24gc3ludGF4Jykge1xuICAgIHN1cGVyKFxuICAgICAgYFwiJHt0ZXh0fVwiIGlzIG5vdCBhIHZhbGlkIHZlcnNpb246ICR7cmVhc29ufS5gLFxuICAgICAgJ1VzZSBkaWdpdHMgc2VwYXJhdGVkIGJ5IGRvdHMsIGFuIG9wdGlvbmFsIGxldHRlciwgb3B0aW9uYWwgX2FscGhhL19iZXRhL19wcmUvX3JjL19wIHN1ZmZpeGVzIHdpdGggbnVtYmVycywgYW5kIGFuIG9wdGlvbmFsIC1yTiByZXZpc2lvbiAoZS5nLiAxLjIuM2JfcmMxLXIyKS4nLFxuICAgICAgJ2ludmFsaWQtdmVyc2lvbicsXG4gICAgKTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZFZlcnNpb24odGV4dDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBWRVJTSU9OX1BBVFRFUk4udGVzdCh0ZXh0KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVmVyc2lvbih0ZXh0OiBzdHJpbmcpOiBWZXJzaW9uIHtcbiAgY29uc3QgbSA9IFZFUlNJT05fUEFUVEVSTi5leGVjKHRleHQpO1xuICBpZiAoIW0pIHRocm93IG5ldyBWZXJzaW9uRXJyb3IodGV4dCk7XG4gIGNvbnN0IHN1ZmZpeGVzOiBWZXJzaW9uU3VmZml4W10gPSBbXTtcbiAgZm9yIChjb25zdCBzIG9mIG1bM10ubWF0Y2hBbGwoU1VGRklYX1JFKSkgc3VmZml4ZXMucHVzaCh7IHR5cGU6IHNbMV0gYXMgU3VmZml4VHlwZSwgbnVtYmVyOiBzWzJdIH0pO1xuICByZXR1cm4geyB0ZXh0LCBudW1iZXJzOiBtWzFdLnNwbGl0KCcuJyksIGxldHRlcjogbVsyXSwgc3VmZml4ZXMsIHJldmlzaW9uOiBtWzRdID8/ICcnIH07XG59XG5cbi8qKiBDb21wYXJlIHR3byB1bnNpZ25lZCBkZWNpbWFsIHN0cmluZ3MgYXMgaW50ZWdlcnMsIGFueSBsZW5ndGguICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGFyZUludGVnZXJzKGE6IHN0cmluZywgYjogc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgeCA9IGEucmVwbGFjZSgvXjArLywgJycpO1xuICBjb25zdCB5ID0gYi5yZXBsYWNlKC9eMCsvLCAnJyk7XG4gIGlmICh4Lmxlbmd0aCAhPT0geS5sZW5ndGgpIHJldHVybiB4Lmxlbmd0aCA8IHkubGVuZ3RoID8gLTEgOiAxO1xuICByZXR1cm4geCA8IHkgPyAtMSA6IHggPiB5ID8gMSA6IDA7XG59XG5cbmZ1bmN0aW9uIHNpZ24objogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIG4gPCAwID8gLTEgOiBuID4gMCA/IDEgOiAwO1xufVxuXG4vKiogUE1TIEFsZ29yaXRobSAzLjM6IGEgbGF0ZXIgbnVtZXJpYyBjb21wb25lbnQgd2l0aCBhIGxlYWRpbmcgemVybyBjb21wYXJlcyBhcyBhIHN0cmluZywgdHJhaWxpbmcgemVyb3Mgc3RyaXBwZWQuICovXG5mdW5jdGlvbiBjb21wYXJlTGF0ZXJDb21wb25lbnQoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBudW1iZXIge1xuICBpZiAoYS5zdGFydHNXaXRoKCcwJykgfHwgYi5zdGFydHNXaXRoKCcwJykpIHtcbiAgICBjb25zdCB4ID0gYS5yZXBsYWNlKC8wKyQvLCAnJyk7XG4gICAgY29uc3QgeSA9IGIucmVwbGFjZSgvMCskLywgJycpO1xuICAgIHJldHVybiB4IDwgeSA/IC0xIDogeCA+IHkgPyAxIDogMDtcbiAgfVxuICByZXR1cm4gY29tcGFyZUludGVnZXJzKGEsIGIpO1xufVxuXG5mdW5jdGlvbiBjb21wYXJlTnVtYmVycyhhOiBzdHJpbmdbXSwgYjogc3RyaW5nW10pOiBudW1iZXIge1xuICBjb25zdCBmaXJzdCA9IGNvbXBhcmVJbnRlZ2VycyhhWzBdLCBiWzBdKTtcbiAgaWYgKGZpcnN0ICE9PSAwKSByZXR1cm4gZmlyc3Q7XG4gIGZvciAobGV0IGkgPSAxOyBpIDwgTWF0aC5taW4oYS5sZW5ndGgsIGIubGVuZ3RoKTsgaSsrKSB7XG4gICAgY29uc3QgYyA9IGNvbXBhcmVMYXRlckNvbXBvbmVudChhW2ldLCBiW2ldKTtcbiAgICBpZiAoYyAhPT0gMCkgcmV0dXJuIGM7XG4gIH1cbiAgcmV0dXJuIHNpZ24oYS5sZW5ndGggLSBiLmxlbmd0aCk7XG59XG5cbi8qKiBQTVMgQWxnb3JpdGhtIDMuNi4gKi9cbmZ1bmN0aW9uIGNvbXBhcmVTdWZmaXgoYTogVmVyc2lvblN1ZmZpeCwgYjogVmVyc2lvblN1ZmZpeCk6IG51bWJlciB7XG4gIGlmIChhLnR5cGUgIT09IGIudHlwZSkgcmV0dXJuIHNpZ24oU1VGRklYX09SREVSW2EudHlwZV0gLSBTVUZGSVhfT1JERVJbYi50eXBlXSk7XG4gIHJldHVybiBjb21wYXJlSW50ZWdlcnMoYS5udW1iZXIgfHwgJzAnLCBiLm51bWJlciB8fCAnMCcpO1xufVxuXG4vKiogUE1TIEFsZ29yaXRobSAzLjU6IGFuIGV4dHJhIHN1ZmZpeCBtYWtlcyBhIHZlcnNpb24gZ3JlYXRlciBvbmx5IHdoZW4gaXQgaXMgYF9wYC4gKi9cbmZ1bmN0aW9uIGNvbXBhcmVTdWZmaXhlcyhhOiBWZXJzaW9uU3VmZml4W10sIGI6IFZlcnNpb25TdWZmaXhbXSk6IG51bWJlciB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5taW4oYS5sZW5ndGgsIGIubGVuZ3RoKTsgaSsrKSB7XG4gICAgY29uc3QgYyA9IGNvbXBhcmVTdWZmaXgoYVtpXSwgYltpXSk7XG4gICAgaWYgKGMgIT09IDApIHJldHVybiBjO1xuICB9XG4gIGlmIChhLmxlbmd0aCA+IGIubGVuZ3RoKSByZXR1cm4gYVtiLmxlbmd0aF0udHlwZSA9PT0gJ3AnID8gMSA6IC0xO1xuICBpZiAoYi5sZW5ndGggPiBhLmxlbmd0aCkgcmV0dXJuIGJbYS5sZW5ndGhdLnR5cGUgPT09ICdwJyA/IC0xIDogMTtcbiAgcmV0dXJuIDA7XG59XG5cbi8qKiBDb21wYXJlIGlnbm9yaW5nIHRoZSByZXZpc2lvbiAodGhlIGB+YCBvcGVyYXRvcikuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGFyZVZlcnNpb25zSWdub3JpbmdSZXZpc2lvbihhOiBWZXJzaW9uLCBiOiBWZXJzaW9uKTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IGNvbXBhcmVOdW1iZXJzKGEubnVtYmVycywgYi5udW1iZXJzKTtcbiAgaWYgKG4gIT09IDApIHJldHVybiBuO1xuICBjb25zdCBsYSA9IGEubGV0dGVyID8/ICcnO1xuICBjb25zdCBsYiA9IGIubGV0dGVyID8/ICcnO1xuICBpZiAobGEgIT09IGxiKSByZXR1cm4gbGEgPCBsYiA/IC0xIDogMTtcbiAgcmV0dXJuIGNvbXBhcmVTdWZmaXhlcyhhLnN1ZmZpeGVzLCBiLnN1ZmZpeGVzKTtcbn1cblxuLyoqIFBNUyBBbGdvcml0aG0gMy4xOiAtMSwgMCBvciAxLiBBY2NlcHRzIHBhcnNlZCB2ZXJzaW9ucyBvciB2ZXJzaW9uIHN0cmluZ3MgKHdoaWNoIG11c3QgYmUgdmFsaWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBhcmVWZXJzaW9ucyhhOiBWZXJzaW9uIHwgc3RyaW5nLCBiOiBWZXJzaW9uIHwgc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgdmEgPSB0eXBlb2YgYSA9PT0gJ3N0cmluZycgPyBwYXJzZVZlcnNpb24oYSkgOiBhO1xuICBjb25zdCB2YiA9IHR5cGVvZiBiID09PSAnc3RyaW5nJyA/IHBhcnNlVmVyc2lvbihiKSA6IGI7XG4gIGNvbnN0IGMgPSBjb21wYXJlVmVyc2lvbnNJZ25vcmluZ1JldmlzaW9uKHZhLCB2Yik7XG4gIGlmIChjICE9PSAwKSByZXR1cm4gYztcbiAgcmV0dXJuIGNvbXBhcmVJbnRlZ2Vycyh2YS5yZXZpc2lvbiB8fCAnMCcsIHZiLnJldmlzaW9uIHx8ICcwJyk7XG59XG5cbnR5cGUgUGFydCA9IHsga2luZDogJ24nOyBpOiBudW1iZXI7IHY6IHN0cmluZyB9IHwgeyBraW5kOiAnbCc7IHY6IHN0cmluZyB9IHwgeyBraW5kOiAncyc7IHY6IFZlcnNpb25TdWZmaXggfSB8IHsga2luZDogJ3InOyB2OiBzdHJpbmcgfTtcblxuZnVuY3Rpb24gcGFydHModjogVmVyc2lvbik6IFBhcnRbXSB7XG4gIGNvbnN0IG91dDogUGFydFtdID0gdi5udW1iZXJzLm1hcCgobiwgaSkgPT4gKHsga2luZDogJ24nIGFzIGNvbnN0LCBpLCB2OiBuIH0pKTtcbiAgaWYgKHYubGV0dGVyKSBvdXQucHVzaCh7IGtpbmQ6ICdsJywgdjogdi5sZXR0ZXIgfSk7XG4gIGZvciAoY29uc3QgcyBvZiB2LnN1ZmZpeGVzKSBvdXQucHVzaCh7IGtpbmQ6ICdzJywgdjogcyB9KTtcbiAgaWYgKHYucmV2aXNpb24gIT09ICcnKSBvdXQucHVzaCh7IGtpbmQ6ICdyJywgdjogdi5yZXZpc2lvbiB9KTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gc2FtZVBhcnQoYTogUGFydCwgYjogUGFydCk6IGJvb2xlYW4ge1xuICBpZiAoYS5raW5kID09PSAnbicgJiYgYi5raW5kID09PSAnbicpIHJldHVybiAoYS5pID09PSAwID8gY29tcGFyZUludGVnZXJzKGEudiwgYi52KSA6IGNvbXBhcmVMYXRlckNvbXBvbmVudChhLnYsIGIudikpID09PSAwO1xuICBpZiAoYS5raW5kID09PSAnbCcgJiYgYi5raW5kID09PSAnbCcpIHJldHVybiBhLnYgPT09IGIudjtcbiAgaWYgKGEua2luZCA9PT0gJ3MnICYmIGIua2luZCA9PT0gJ3MnKSByZXR1cm4gY29tcGFyZVN1ZmZpeChhLnYsIGIudikgPT09IDA7XG4gIGlmIChhLmtpbmQgPT09ICdyJyAmJiBiLmtpbmQgPT09ICdyJykgcmV0dXJuIGNvbXBhcmVJbnRlZ2VycyhhLnYsIGIudikgPT09IDA7XG4gIHJldHVybiBmYWxzZTtcbn1cblxuLyoqXG4gKiBUaGUgYD12ZXIqYCBvcGVyYXRvciAoUE1TIDguMy4xKTogb25seSB0aGUgY29tcG9uZW50cyB0aGUgcGF0dGVybiBzcGVsbHMgb3V0IGFyZSBjb21wYXJlZCwgc29cbiAqIGAxLjIqYCBtYXRjaGVzIDEuMiwgMS4yLjMsIDEuMmIsIDEuMl9yYzEgYW5kIDEuMi1yMywgYnV0IG5vdCAxLjIwIG9yIDEuMyAoYXMgUG9ydGFnZSBzaW5jZSBidWcgNTYwNDY2KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25NYXRjaGVzR2xvYihwYXR0ZXJuOiBWZXJzaW9uLCBjYW5kaWRhdGU6IFZlcnNpb24pOiBib29sZWFuIHtcbiAgY29uc3QgcCA9IHBhcnRzKHBhdHRlcm4pO1xuICBjb25zdCBjID0gcGFydHMoY2FuZGlkYXRlKTtcbiAgaWYgKGMubGVuZ3RoIDwgcC5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHAuZXZlcnkoKHBhcnQsIGkpID0+IHtcbiAgICAvLyBMaWtlIFBvcnRhZ2UsIGEgdHJhaWxpbmcgc3VmZml4IHdpdGhvdXQgYSBudW1iZXIgaXMgYSBwcmVmaXggdG9vOiBgMS4yX3JjKmAgbWF0Y2hlcyAxLjJfcmMxLlxuICAgIGNvbnN0IGxhc3QgPSBpID09PSBwLmxlbmd0aCAtIDE7XG4gICAgY29uc3Qgb3RoZXIgPSBjW2ldO1xuICAgIGlmIChsYXN0ICYmIHBhcnQua2luZCA9PT0gJ3MnICYmIHBhcnQudi5udW1iZXIgPT09ICcnICYmIG90aGVyLmtpbmQgPT09ICdzJykgcmV0dXJuIHBhcnQudi50eXBlID09PSBvdGhlci52LnR5cGU7XG4gICAgcmV0dXJuIHNhbWVQYXJ0KHBhcnQsIG90aGVyKTtcbiAgfSk7XG59XG5cbi8qKiBgMS4yLjMtcjFgIFx1MjE5MiBgMS4yLjNgIChQViBmcm9tIFBWUikuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aG91dFJldmlzaW9uKHY6IFZlcnNpb24pOiBzdHJpbmcge1xuICByZXR1cm4gdi50ZXh0LnJlcGxhY2UoLy1yXFxkKyQvLCAnJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHVCQUEwQjtBQXNCbkIsTUFBTSxrQkFBa0I7QUFDL0IsTUFBTSxZQUFZO0FBRWxCLE1BQU0sZUFBMkMsRUFBRSxPQUFPLEdBQUcsTUFBTSxHQUFHLEtBQUssR0FBRyxJQUFJLEdBQUcsR0FBRyxFQUFFO0FBRW5GLE1BQU0scUJBQXFCLDJCQUFVO0FBQUEsRUFDMUMsWUFBcUIsTUFBYyxTQUFTLDZDQUE2QztBQUN2RjtBQUFBLE1BQ0UsSUFBSSxJQUFJLDZCQUE2QixNQUFNO0FBQUEsTUFDM0M7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUxtQjtBQUFBLEVBTXJCO0FBQUEsRUFOcUI7QUFPdkI7QUFFTyxTQUFTLGVBQWUsTUFBdUI7QUFDcEQsU0FBTyxnQkFBZ0IsS0FBSyxJQUFJO0FBQ2xDO0FBRU8sU0FBUyxhQUFhLE1BQXVCO0FBQ2xELFFBQU0sSUFBSSxnQkFBZ0IsS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxhQUFhLElBQUk7QUFDbkMsUUFBTSxXQUE0QixDQUFDO0FBQ25DLGFBQVcsS0FBSyxFQUFFLENBQUMsRUFBRSxTQUFTLFNBQVMsRUFBRyxVQUFTLEtBQUssRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFpQixRQUFRLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDbEcsU0FBTyxFQUFFLE1BQU0sU0FBUyxFQUFFLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBRyxRQUFRLEVBQUUsQ0FBQyxHQUFHLFVBQVUsVUFBVSxFQUFFLENBQUMsS0FBSyxHQUFHO0FBQ3hGO0FBR08sU0FBUyxnQkFBZ0IsR0FBVyxHQUFtQjtBQUM1RCxRQUFNLElBQUksRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUM3QixRQUFNLElBQUksRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUM3QixNQUFJLEVBQUUsV0FBVyxFQUFFLE9BQVEsUUFBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLEtBQUs7QUFDN0QsU0FBTyxJQUFJLElBQUksS0FBSyxJQUFJLElBQUksSUFBSTtBQUNsQztBQUVBLFNBQVMsS0FBSyxHQUFtQjtBQUMvQixTQUFPLElBQUksSUFBSSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQ2xDO0FBR0EsU0FBUyxzQkFBc0IsR0FBVyxHQUFtQjtBQUMzRCxNQUFJLEVBQUUsV0FBVyxHQUFHLEtBQUssRUFBRSxXQUFXLEdBQUcsR0FBRztBQUMxQyxVQUFNLElBQUksRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUM3QixVQUFNLElBQUksRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUM3QixXQUFPLElBQUksSUFBSSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQUEsRUFDbEM7QUFDQSxTQUFPLGdCQUFnQixHQUFHLENBQUM7QUFDN0I7QUFFQSxTQUFTLGVBQWUsR0FBYSxHQUFxQjtBQUN4RCxRQUFNLFFBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQ3hDLE1BQUksVUFBVSxFQUFHLFFBQU87QUFDeEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxRQUFRLEVBQUUsTUFBTSxHQUFHLEtBQUs7QUFDckQsVUFBTSxJQUFJLHNCQUFzQixFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztBQUMxQyxRQUFJLE1BQU0sRUFBRyxRQUFPO0FBQUEsRUFDdEI7QUFDQSxTQUFPLEtBQUssRUFBRSxTQUFTLEVBQUUsTUFBTTtBQUNqQztBQUdBLFNBQVMsY0FBYyxHQUFrQixHQUEwQjtBQUNqRSxNQUFJLEVBQUUsU0FBUyxFQUFFLEtBQU0sUUFBTyxLQUFLLGFBQWEsRUFBRSxJQUFJLElBQUksYUFBYSxFQUFFLElBQUksQ0FBQztBQUM5RSxTQUFPLGdCQUFnQixFQUFFLFVBQVUsS0FBSyxFQUFFLFVBQVUsR0FBRztBQUN6RDtBQUdBLFNBQVMsZ0JBQWdCLEdBQW9CLEdBQTRCO0FBQ3ZFLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsUUFBUSxFQUFFLE1BQU0sR0FBRyxLQUFLO0FBQ3JELFVBQU0sSUFBSSxjQUFjLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQ2xDLFFBQUksTUFBTSxFQUFHLFFBQU87QUFBQSxFQUN0QjtBQUNBLE1BQUksRUFBRSxTQUFTLEVBQUUsT0FBUSxRQUFPLEVBQUUsRUFBRSxNQUFNLEVBQUUsU0FBUyxNQUFNLElBQUk7QUFDL0QsTUFBSSxFQUFFLFNBQVMsRUFBRSxPQUFRLFFBQU8sRUFBRSxFQUFFLE1BQU0sRUFBRSxTQUFTLE1BQU0sS0FBSztBQUNoRSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGdDQUFnQyxHQUFZLEdBQW9CO0FBQzlFLFFBQU0sSUFBSSxlQUFlLEVBQUUsU0FBUyxFQUFFLE9BQU87QUFDN0MsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixRQUFNLEtBQUssRUFBRSxVQUFVO0FBQ3ZCLFFBQU0sS0FBSyxFQUFFLFVBQVU7QUFDdkIsTUFBSSxPQUFPLEdBQUksUUFBTyxLQUFLLEtBQUssS0FBSztBQUNyQyxTQUFPLGdCQUFnQixFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQy9DO0FBR08sU0FBUyxnQkFBZ0IsR0FBcUIsR0FBNkI7QUFDaEYsUUFBTSxLQUFLLE9BQU8sTUFBTSxXQUFXLGFBQWEsQ0FBQyxJQUFJO0FBQ3JELFFBQU0sS0FBSyxPQUFPLE1BQU0sV0FBVyxhQUFhLENBQUMsSUFBSTtBQUNyRCxRQUFNLElBQUksZ0NBQWdDLElBQUksRUFBRTtBQUNoRCxNQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLFNBQU8sZ0JBQWdCLEdBQUcsWUFBWSxLQUFLLEdBQUcsWUFBWSxHQUFHO0FBQy9EO0FBSUEsU0FBUyxNQUFNLEdBQW9CO0FBQ2pDLFFBQU0sTUFBYyxFQUFFLFFBQVEsSUFBSSxDQUFDLEdBQUcsT0FBTyxFQUFFLE1BQU0sS0FBYyxHQUFHLEdBQUcsRUFBRSxFQUFFO0FBQzdFLE1BQUksRUFBRSxPQUFRLEtBQUksS0FBSyxFQUFFLE1BQU0sS0FBSyxHQUFHLEVBQUUsT0FBTyxDQUFDO0FBQ2pELGFBQVcsS0FBSyxFQUFFLFNBQVUsS0FBSSxLQUFLLEVBQUUsTUFBTSxLQUFLLEdBQUcsRUFBRSxDQUFDO0FBQ3hELE1BQUksRUFBRSxhQUFhLEdBQUksS0FBSSxLQUFLLEVBQUUsTUFBTSxLQUFLLEdBQUcsRUFBRSxTQUFTLENBQUM7QUFDNUQsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLEdBQVMsR0FBa0I7QUFDM0MsTUFBSSxFQUFFLFNBQVMsT0FBTyxFQUFFLFNBQVMsSUFBSyxTQUFRLEVBQUUsTUFBTSxJQUFJLGdCQUFnQixFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksc0JBQXNCLEVBQUUsR0FBRyxFQUFFLENBQUMsT0FBTztBQUMzSCxNQUFJLEVBQUUsU0FBUyxPQUFPLEVBQUUsU0FBUyxJQUFLLFFBQU8sRUFBRSxNQUFNLEVBQUU7QUFDdkQsTUFBSSxFQUFFLFNBQVMsT0FBTyxFQUFFLFNBQVMsSUFBSyxRQUFPLGNBQWMsRUFBRSxHQUFHLEVBQUUsQ0FBQyxNQUFNO0FBQ3pFLE1BQUksRUFBRSxTQUFTLE9BQU8sRUFBRSxTQUFTLElBQUssUUFBTyxnQkFBZ0IsRUFBRSxHQUFHLEVBQUUsQ0FBQyxNQUFNO0FBQzNFLFNBQU87QUFDVDtBQU1PLFNBQVMsbUJBQW1CLFNBQWtCLFdBQTZCO0FBQ2hGLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sU0FBUztBQUN6QixNQUFJLEVBQUUsU0FBUyxFQUFFLE9BQVEsUUFBTztBQUNoQyxTQUFPLEVBQUUsTUFBTSxDQUFDLE1BQU0sTUFBTTtBQUUxQixVQUFNLE9BQU8sTUFBTSxFQUFFLFNBQVM7QUFDOUIsVUFBTSxRQUFRLEVBQUUsQ0FBQztBQUNqQixRQUFJLFFBQVEsS0FBSyxTQUFTLE9BQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxNQUFNLFNBQVMsSUFBSyxRQUFPLEtBQUssRUFBRSxTQUFTLE1BQU0sRUFBRTtBQUM1RyxXQUFPLFNBQVMsTUFBTSxLQUFLO0FBQUEsRUFDN0IsQ0FBQztBQUNIO0FBR08sU0FBUyxnQkFBZ0IsR0FBb0I7QUFDbEQsU0FBTyxFQUFFLEtBQUssUUFBUSxVQUFVLEVBQUU7QUFDcEM7IiwKICAibmFtZXMiOiBbXQp9Cg==
