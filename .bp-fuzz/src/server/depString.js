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
var depString_exports = {};
__export(depString_exports, {
  checkAtom: () => checkAtom,
  conditionalUseDepFlags: () => conditionalUseDepFlags,
  splitAtom: () => splitAtom,
  tokenize: () => tokenize,
  useDepFlags: () => useDepFlags
});
module.exports = __toCommonJS(depString_exports);
var import_version = require("../core/version");
function tokenize(raw, base) {
  const out = [];
  const blanked = raw.replace(/["']/g, " ").replace(/\\\n/g, "  ");
  for (const m of blanked.matchAll(/\S+/g)) {
    const text = m[0];
    const span = { start: base + (m.index ?? 0), end: base + (m.index ?? 0) + text.length };
    const word = { text, span };
    if (text.includes("$") || text.includes("`")) out.push({ kind: "dynamic", word });
    else if (text === "(") out.push({ kind: "open", word });
    else if (text === ")") out.push({ kind: "close", word });
    else if (text === "||") out.push({ kind: "any-of", word });
    else if (text === "^^") out.push({ kind: "exactly-one", word });
    else if (text === "??") out.push({ kind: "at-most-one", word });
    else if (text.endsWith("?") && text.length > 1) {
      const negated = text.startsWith("!");
      out.push({ kind: "conditional", flag: text.slice(negated ? 1 : 0, -1), negated, word });
    } else out.push({ kind: "item", word });
  }
  return out;
}
const CATEGORY = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const PACKAGE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const SLOT = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_DEP = /^(?:!?[A-Za-z0-9][A-Za-z0-9+_@-]*(?:\([+-]\))?[=?]|-?[A-Za-z0-9][A-Za-z0-9+_@-]*(?:\([+-]\))?)$/;
function packageNameOk(pn) {
  if (!PACKAGE.test(pn)) return false;
  const dash = pn.lastIndexOf("-");
  return dash < 0 || !(0, import_version.isValidVersion)(pn.slice(dash + 1)) && !/-\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*-r\d+$/.test(pn);
}
function splitAtom(text, eapi) {
  const m = /^(!!?)?(<=|>=|<|>|=|~)?([^/\s]+)\/([^:\[\s]+)(?::([^\[\s]*))?(?:\[([^\]]*)\])?$/.exec(text);
  if (!m) return text.includes("::") ? "repository dependencies (`::repo`) are not allowed in ebuilds" : "not an atom (expected category/package)";
  const [, blocker = "", operator = "", category, rest, slot, use] = m;
  if (blocker === "!!" && eapi < 2) return "strong blockers (!!) need EAPI 2";
  if (!CATEGORY.test(category)) return `"${category}" is not a valid category name`;
  let pn = rest;
  let version;
  if (operator) {
    const vm = /^(.+?)-(\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?)(\*)?$/.exec(rest);
    if (!vm) return `operator "${operator}" needs a version (e.g. ${operator}${category}/${rest}-1.0)`;
    [pn, version] = [vm[1], vm[2]];
    if (vm[3] && operator !== "=") return "a trailing * is only allowed with the = operator";
    if (operator === "~" && /-r\d+$/.test(version)) return "the ~ operator does not take a revision";
  }
  if (!packageNameOk(pn)) {
    return operator ? `"${pn}" is not a valid package name` : `"${rest}" looks like it has a version: add an operator (e.g. >=${category}/${rest}) or remove the version`;
  }
  if (slot !== void 0) {
    if (eapi < 1) return "slot dependencies need EAPI 1";
    const sm = /^(?:(\*|=)|([^/=]+)(?:\/([^=]+))?(=)?)$/.exec(slot);
    if (!sm || sm[2] && !SLOT.test(sm[2]) || sm[3] && !SLOT.test(sm[3])) return `":${slot}" is not a valid slot dependency`;
    if ((sm[1] || sm[4] || sm[3]) && eapi < 5) return "slot operators (:= :*) and sub-slots need EAPI 5";
  }
  if (use !== void 0) {
    if (eapi < 2) return "USE dependencies need EAPI 2";
    const bad = use.split(",").find((u) => !USE_DEP.test(u));
    if (bad !== void 0) return `"${bad}" is not a valid USE dependency`;
    if (/\([+-]\)/.test(use) && eapi < 4) return "USE dependency defaults (+)/(-) need EAPI 4";
  }
  return { blocker, operator, category, pn, version, slot, use };
}
function checkAtom(text, eapi) {
  const r = splitAtom(text, eapi);
  return typeof r === "string" ? r : void 0;
}
function useDepFlags(text) {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return [];
  return m[1].split(",").map((u) => ({ flag: u.replace(/^[!-]/, "").replace(/[=?]$/, "").replace(/\([+-]\)$/, ""), conditional: /[=?]$/.test(u) })).filter((u) => u.flag);
}
function conditionalUseDepFlags(text) {
  return useDepFlags(text).filter((u) => u.conditional).map((u) => u.flag);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkAtom,
  conditionalUseDepFlags,
  splitAtom,
  tokenize,
  useDepFlags
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kZXBTdHJpbmcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVG9rZW5pemVyIGZvciB0aGUgUE1TIDguMiBkZXBlbmRlbmN5LXNwZWNpZmljYXRpb24gZmFtaWx5IChERVBFTkQgJiBjbywgTElDRU5TRSwgUkVRVUlSRURfVVNFKVxuICogYW5kIGEgUE1TIDguMyBhdG9tIGNoZWNrZXIuIFdvcmtzIG9uIHRoZSByYXcgYXNzaWdubWVudCB2YWx1ZSBzbyB0b2tlbnMga2VlcCB0aGVpciBvZmZzZXRzLlxuICogYGNoZWNrQXRvbWAgaXMgbG9jYWwgdW50aWwgc3JjL2NvcmUgaGFzIGFuIGF0b20gcGFyc2VyIGJvdGggY2FuIHNoYXJlLlxuICovXG5pbXBvcnQgeyBpc1ZhbGlkVmVyc2lvbiB9IGZyb20gJy4uL2NvcmUvdmVyc2lvbic7XG5pbXBvcnQgeyBTcGFuLCBXb3JkIH0gZnJvbSAnLi9wYXJzZSc7XG5cbmV4cG9ydCB0eXBlIERlcFRva2VuID1cbiAgfCB7IGtpbmQ6ICdvcGVuJyB8ICdjbG9zZScgfCAnYW55LW9mJyB8ICdleGFjdGx5LW9uZScgfCAnYXQtbW9zdC1vbmUnOyB3b3JkOiBXb3JkIH1cbiAgfCB7IGtpbmQ6ICdjb25kaXRpb25hbCc7IGZsYWc6IHN0cmluZzsgbmVnYXRlZDogYm9vbGVhbjsgd29yZDogV29yZCB9XG4gIHwgeyBraW5kOiAnaXRlbSc7IHdvcmQ6IFdvcmQgfVxuICB8IHsga2luZDogJ2R5bmFtaWMnOyB3b3JkOiBXb3JkIH07XG5cbi8qKiBTcGxpdHMgYW4gYXNzaWdubWVudCB2YWx1ZSAocXVvdGVzIGluY2x1ZGVkKSBpbnRvIHRva2VucyB3aXRoIGFic29sdXRlIHNwYW5zOyBgYmFzZWAgaXMgdGhlIHZhbHVlJ3Mgb2Zmc2V0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRva2VuaXplKHJhdzogc3RyaW5nLCBiYXNlOiBudW1iZXIpOiBEZXBUb2tlbltdIHtcbiAgY29uc3Qgb3V0OiBEZXBUb2tlbltdID0gW107XG4gIGNvbnN0IGJsYW5rZWQgPSByYXcucmVwbGFjZSgvW1wiJ10vZywgJyAnKS5yZXBsYWNlKC9cXFxcXFxuL2csICcgICcpO1xuICBmb3IgKGNvbnN0IG0gb2YgYmxhbmtlZC5tYXRjaEFsbCgvXFxTKy9nKSkge1xuICAgIGNvbnN0IHRleHQgPSBtWzBdO1xuICAgIGNvbnN0IHNwYW46IFNwYW4gPSB7IHN0YXJ0OiBiYXNlICsgKG0uaW5kZXggPz8gMCksIGVuZDogYmFzZSArIChtLmluZGV4ID8/IDApICsgdGV4dC5sZW5ndGggfTtcbiAgICBjb25zdCB3b3JkID0geyB0ZXh0LCBzcGFuIH07XG4gICAgaWYgKHRleHQuaW5jbHVkZXMoJyQnKSB8fCB0ZXh0LmluY2x1ZGVzKCdgJykpIG91dC5wdXNoKHsga2luZDogJ2R5bmFtaWMnLCB3b3JkIH0pO1xuICAgIGVsc2UgaWYgKHRleHQgPT09ICcoJykgb3V0LnB1c2goeyBraW5kOiAnb3BlbicsIHdvcmQgfSk7XG4gICAgZWxzZSBpZiAodGV4dCA9PT0gJyknKSBvdXQucHVzaCh7IGtpbmQ6ICdjbG9zZScsIHdvcmQgfSk7XG4gICAgZWxzZSBpZiAodGV4dCA9PT0gJ3x8Jykgb3V0LnB1c2goeyBraW5kOiAnYW55LW9mJywgd29yZCB9KTtcbiAgICBlbHNlIGlmICh0ZXh0ID09PSAnXl4nKSBvdXQucHVzaCh7IGtpbmQ6ICdleGFjdGx5LW9uZScsIHdvcmQgfSk7XG4gICAgZWxzZSBpZiAodGV4dCA9PT0gJz8/Jykgb3V0LnB1c2goeyBraW5kOiAnYXQtbW9zdC1vbmUnLCB3b3JkIH0pO1xuICAgIGVsc2UgaWYgKHRleHQuZW5kc1dpdGgoJz8nKSAmJiB0ZXh0Lmxlbmd0aCA+IDEpIHtcbiAgICAgIGNvbnN0IG5lZ2F0ZWQgPSB0ZXh0LnN0YXJ0c1dpdGgoJyEnKTtcbiAgICAgIG91dC5wdXNoKHsga2luZDogJ2NvbmRpdGlvbmFsJywgZmxhZzogdGV4dC5zbGljZShuZWdhdGVkID8gMSA6IDAsIC0xKSwgbmVnYXRlZCwgd29yZCB9KTtcbiAgICB9IGVsc2Ugb3V0LnB1c2goeyBraW5kOiAnaXRlbScsIHdvcmQgfSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuY29uc3QgQ0FURUdPUlkgPSAvXltBLVphLXowLTlfXVtBLVphLXowLTkrXy4tXSokLztcbmNvbnN0IFBBQ0tBR0UgPSAvXltBLVphLXowLTlfXVtBLVphLXowLTkrXy1dKiQvO1xuY29uc3QgU0xPVCA9IC9eW0EtWmEtejAtOV9dW0EtWmEtejAtOStfLi1dKiQvO1xuY29uc3QgVVNFX0RFUCA9IC9eKD86IT9bQS1aYS16MC05XVtBLVphLXowLTkrX0AtXSooPzpcXChbKy1dXFwpKT9bPT9dfC0/W0EtWmEtejAtOV1bQS1aYS16MC05K19ALV0qKD86XFwoWystXVxcKSk/KSQvO1xuXG4vKiogQSBwYWNrYWdlIG5hbWUgbXVzdCBub3QgZW5kIGluIGAtPHZhbGlkIHZlcnNpb24+YCAoUE1TIDMuMS4yKS4gKi9cbmZ1bmN0aW9uIHBhY2thZ2VOYW1lT2socG46IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoIVBBQ0tBR0UudGVzdChwbikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZGFzaCA9IHBuLmxhc3RJbmRleE9mKCctJyk7XG4gIHJldHVybiBkYXNoIDwgMCB8fCAhaXNWYWxpZFZlcnNpb24ocG4uc2xpY2UoZGFzaCArIDEpKSAmJiAhLy1cXGQrKD86XFwuXFxkKykqW2Etel0/KD86Xyg/OmFscGhhfGJldGF8cHJlfHJjfHApXFxkKikqLXJcXGQrJC8udGVzdChwbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXRvbVBhcnRzIHsgYmxvY2tlcjogc3RyaW5nOyBvcGVyYXRvcjogc3RyaW5nOyBjYXRlZ29yeTogc3RyaW5nOyBwbjogc3RyaW5nOyB2ZXJzaW9uPzogc3RyaW5nOyBzbG90Pzogc3RyaW5nOyB1c2U/OiBzdHJpbmcgfVxuXG4vKiogU3BsaXRzIGFuIGF0b20gaW50byBpdHMgcGFydHMsIG9yIHJldHVybnMgdGhlIHJlYXNvbiBpdCBpcyBub3Qgb25lIChQTVMgOC4zKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdEF0b20odGV4dDogc3RyaW5nLCBlYXBpOiBudW1iZXIpOiBBdG9tUGFydHMgfCBzdHJpbmcge1xuICBjb25zdCBtID0gL14oISE/KT8oPD18Pj18PHw+fD18fik/KFteL1xcc10rKVxcLyhbXjpcXFtcXHNdKykoPzo6KFteXFxbXFxzXSopKT8oPzpcXFsoW15cXF1dKilcXF0pPyQvLmV4ZWModGV4dCk7XG4gIGlmICghbSkgcmV0dXJuIHRleHQuaW5jbHVkZXMoJzo6JykgPyAncmVwb3NpdG9yeSBkZXBlbmRlbmNpZXMgKGA6OnJlcG9gKSBhcmUgbm90IGFsbG93ZWQgaW4gZWJ1aWxkcycgOiAnbm90IGFuIGF0b20gKGV4cGVjdGVkIGNhdGVnb3J5L3BhY2thZ2UpJztcbiAgY29uc3QgWywgYmxvY2tlciA9ICcnLCBvcGVyYXRvciA9ICcnLCBjYXRlZ29yeSwgcmVzdCwgc2xvdCwgdXNlXSA9IG07XG4gIGlmIChibG9ja2VyID09PSAnISEnICYmIGVhcGkgPCAyKSByZXR1cm4gJ3N0cm9uZyBibG9ja2VycyAoISEpIG5lZWQgRUFQSSAyJztcbiAgaWYgKCFDQVRFR09SWS50ZXN0KGNhdGVnb3J5KSkgcmV0dXJuIGBcIiR7Y2F0ZWdvcnl9XCIgaXMgbm90IGEgdmFsaWQgY2F0ZWdvcnkgbmFtZWA7XG4gIGxldCBwbiA9IHJlc3Q7XG4gIGxldCB2ZXJzaW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGlmIChvcGVyYXRvcikge1xuICAgIGNvbnN0IHZtID0gL14oLis/KS0oXFxkKyg/OlxcLlxcZCspKlthLXpdPyg/Ol8oPzphbHBoYXxiZXRhfHByZXxyY3xwKVxcZCopKig/Oi1yXFxkKyk/KShcXCopPyQvLmV4ZWMocmVzdCk7XG4gICAgaWYgKCF2bSkgcmV0dXJuIGBvcGVyYXRvciBcIiR7b3BlcmF0b3J9XCIgbmVlZHMgYSB2ZXJzaW9uIChlLmcuICR7b3BlcmF0b3J9JHtjYXRlZ29yeX0vJHtyZXN0fS0xLjApYDtcbiAgICBbcG4sIHZlcnNpb25dID0gW3ZtWzFdLCB2bVsyXV07XG4gICAgaWYgKHZtWzNdICYmIG9wZXJhdG9yICE9PSAnPScpIHJldHVybiAnYSB0cmFpbGluZyAqIGlzIG9ubHkgYWxsb3dlZCB3aXRoIHRoZSA9IG9wZXJhdG9yJztcbiAgICBpZiAob3BlcmF0b3IgPT09ICd+JyAmJiAvLXJcXGQrJC8udGVzdCh2ZXJzaW9uKSkgcmV0dXJuICd0aGUgfiBvcGVyYXRvciBkb2VzIG5vdCB0YWtlIGEgcmV2aXNpb24nO1xuICB9XG4gIGlmICghcGFja2FnZU5hbWVPayhwbikpIHtcbiAgICByZXR1cm4gb3BlcmF0b3IgPyBgXCIke3BufVwiIGlzIG5vdCBhIHZhbGlkIHBhY2thZ2UgbmFtZWAgOiBgXCIke3Jlc3R9XCIgbG9va3MgbGlrZSBpdCBoYXMgYSB2ZXJzaW9uOiBhZGQgYW4gb3BlcmF0b3IgKGUuZy4gPj0ke2NhdGVnb3J5fS8ke3Jlc3R9KSBvciByZW1vdmUgdGhlIHZlcnNpb25gO1xuICB9XG4gIGlmIChzbG90ICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoZWFwaSA8IDEpIHJldHVybiAnc2xvdCBkZXBlbmRlbmNpZXMgbmVlZCBFQVBJIDEnO1xuICAgIGNvbnN0IHNtID0gL14oPzooXFwqfD0pfChbXi89XSspKD86XFwvKFtePV0rKSk/KD0pPykkLy5leGVjKHNsb3QpO1xuICAgIGlmICghc20gfHwgKHNtWzJdICYmICFTTE9ULnRlc3Qoc21bMl0pKSB8fCAoc21bM10gJiYgIVNMT1QudGVzdChzbVszXSkpKSByZXR1cm4gYFwiOiR7c2xvdH1cIiBpcyBub3QgYSB2YWxpZCBzbG90IGRlcGVuZGVuY3lgO1xuICAgIGlmICgoc21bMV0gfHwgc21bNF0gfHwgc21bM10pICYmIGVhcGkgPCA1KSByZXR1cm4gJ3Nsb3Qgb3BlcmF0b3JzICg6PSA6KikgYW5kIHN1Yi1zbG90cyBuZWVkIEVBUEkgNSc7XG4gIH1cbiAgaWYgKHVzZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKGVhcGkgPCAyKSByZXR1cm4gJ1VTRSBkZXBlbmRlbmNpZXMgbmVlZCBFQVBJIDInO1xuICAgIGNvbnN0IGJhZCA9IHVzZS5zcGxpdCgnLCcpLmZpbmQoKHUpID0+ICFVU0VfREVQLnRlc3QodSkpO1xuICAgIGlmIChiYWQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGBcIiR7YmFkfVwiIGlzIG5vdCBhIHZhbGlkIFVTRSBkZXBlbmRlbmN5YDtcbiAgICBpZiAoL1xcKFsrLV1cXCkvLnRlc3QodXNlKSAmJiBlYXBpIDwgNCkgcmV0dXJuICdVU0UgZGVwZW5kZW5jeSBkZWZhdWx0cyAoKykvKC0pIG5lZWQgRUFQSSA0JztcbiAgfVxuICByZXR1cm4geyBibG9ja2VyLCBvcGVyYXRvciwgY2F0ZWdvcnksIHBuLCB2ZXJzaW9uLCBzbG90LCB1c2UgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrQXRvbSh0ZXh0OiBzdHJpbmcsIGVhcGk6IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHIgPSBzcGxpdEF0b20odGV4dCwgZWFwaSk7XG4gIHJldHVybiB0eXBlb2YgciA9PT0gJ3N0cmluZycgPyByIDogdW5kZWZpbmVkO1xufVxuXG4vKiogQWxsIFVTRSBmbGFncyBuYW1lZCBpbiB0aGUgVVNFIGRlcGVuZGVuY2llcyBgW2EsLWIsYz9dYCBvZiBhbiBhdG9tIHRva2VuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVzZURlcEZsYWdzKHRleHQ6IHN0cmluZyk6IHsgZmxhZzogc3RyaW5nOyBjb25kaXRpb25hbDogYm9vbGVhbiB9W10ge1xuICBjb25zdCBtID0gL1xcWyhbXlxcXV0qKVxcXS8uZXhlYyh0ZXh0KTtcbiAgaWYgKCFtKSByZXR1cm4gW107XG4gIHJldHVybiBtWzFdLnNwbGl0KCcsJykubWFwKCh1KSA9PiAoeyBmbGFnOiB1LnJlcGxhY2UoL15bIS1dLywgJycpLnJlcGxhY2UoL1s9P10kLywgJycpLnJlcGxhY2UoL1xcKFsrLV1cXCkkLywgJycpLCBjb25kaXRpb25hbDogL1s9P10kLy50ZXN0KHUpIH0pKS5maWx0ZXIoKHUpID0+IHUuZmxhZyk7XG59XG5cbi8qKiBGbGFncyBvZiBjb25kaXRpb25hbCBVU0UgZGVwZW5kZW5jaWVzIChgW2E/XWAsIGBbIWI9XWApOiB0aG9zZSBtdXN0IGJlIGluIHRoZSBlYnVpbGQncyBvd24gSVVTRS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25kaXRpb25hbFVzZURlcEZsYWdzKHRleHQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHVzZURlcEZsYWdzKHRleHQpLmZpbHRlcigodSkgPT4gdS5jb25kaXRpb25hbCkubWFwKCh1KSA9PiB1LmZsYWcpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EscUJBQStCO0FBVXhCLFNBQVMsU0FBUyxLQUFhLE1BQTBCO0FBQzlELFFBQU0sTUFBa0IsQ0FBQztBQUN6QixRQUFNLFVBQVUsSUFBSSxRQUFRLFNBQVMsR0FBRyxFQUFFLFFBQVEsU0FBUyxJQUFJO0FBQy9ELGFBQVcsS0FBSyxRQUFRLFNBQVMsTUFBTSxHQUFHO0FBQ3hDLFVBQU0sT0FBTyxFQUFFLENBQUM7QUFDaEIsVUFBTSxPQUFhLEVBQUUsT0FBTyxRQUFRLEVBQUUsU0FBUyxJQUFJLEtBQUssUUFBUSxFQUFFLFNBQVMsS0FBSyxLQUFLLE9BQU87QUFDNUYsVUFBTSxPQUFPLEVBQUUsTUFBTSxLQUFLO0FBQzFCLFFBQUksS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxFQUFHLEtBQUksS0FBSyxFQUFFLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFBQSxhQUN2RSxTQUFTLElBQUssS0FBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLGFBQzdDLFNBQVMsSUFBSyxLQUFJLEtBQUssRUFBRSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQUEsYUFDOUMsU0FBUyxLQUFNLEtBQUksS0FBSyxFQUFFLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxhQUNoRCxTQUFTLEtBQU0sS0FBSSxLQUFLLEVBQUUsTUFBTSxlQUFlLEtBQUssQ0FBQztBQUFBLGFBQ3JELFNBQVMsS0FBTSxLQUFJLEtBQUssRUFBRSxNQUFNLGVBQWUsS0FBSyxDQUFDO0FBQUEsYUFDckQsS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRztBQUM5QyxZQUFNLFVBQVUsS0FBSyxXQUFXLEdBQUc7QUFDbkMsVUFBSSxLQUFLLEVBQUUsTUFBTSxlQUFlLE1BQU0sS0FBSyxNQUFNLFVBQVUsSUFBSSxHQUFHLEVBQUUsR0FBRyxTQUFTLEtBQUssQ0FBQztBQUFBLElBQ3hGLE1BQU8sS0FBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLEVBQ3hDO0FBQ0EsU0FBTztBQUNUO0FBRUEsTUFBTSxXQUFXO0FBQ2pCLE1BQU0sVUFBVTtBQUNoQixNQUFNLE9BQU87QUFDYixNQUFNLFVBQVU7QUFHaEIsU0FBUyxjQUFjLElBQXFCO0FBQzFDLE1BQUksQ0FBQyxRQUFRLEtBQUssRUFBRSxFQUFHLFFBQU87QUFDOUIsUUFBTSxPQUFPLEdBQUcsWUFBWSxHQUFHO0FBQy9CLFNBQU8sT0FBTyxLQUFLLEtBQUMsK0JBQWUsR0FBRyxNQUFNLE9BQU8sQ0FBQyxDQUFDLEtBQUssQ0FBQyw2REFBNkQsS0FBSyxFQUFFO0FBQ2pJO0FBS08sU0FBUyxVQUFVLE1BQWMsTUFBa0M7QUFDeEUsUUFBTSxJQUFJLGtGQUFrRixLQUFLLElBQUk7QUFDckcsTUFBSSxDQUFDLEVBQUcsUUFBTyxLQUFLLFNBQVMsSUFBSSxJQUFJLGtFQUFrRTtBQUN2RyxRQUFNLENBQUMsRUFBRSxVQUFVLElBQUksV0FBVyxJQUFJLFVBQVUsTUFBTSxNQUFNLEdBQUcsSUFBSTtBQUNuRSxNQUFJLFlBQVksUUFBUSxPQUFPLEVBQUcsUUFBTztBQUN6QyxNQUFJLENBQUMsU0FBUyxLQUFLLFFBQVEsRUFBRyxRQUFPLElBQUksUUFBUTtBQUNqRCxNQUFJLEtBQUs7QUFDVCxNQUFJO0FBQ0osTUFBSSxVQUFVO0FBQ1osVUFBTSxLQUFLLCtFQUErRSxLQUFLLElBQUk7QUFDbkcsUUFBSSxDQUFDLEdBQUksUUFBTyxhQUFhLFFBQVEsMkJBQTJCLFFBQVEsR0FBRyxRQUFRLElBQUksSUFBSTtBQUMzRixLQUFDLElBQUksT0FBTyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDN0IsUUFBSSxHQUFHLENBQUMsS0FBSyxhQUFhLElBQUssUUFBTztBQUN0QyxRQUFJLGFBQWEsT0FBTyxTQUFTLEtBQUssT0FBTyxFQUFHLFFBQU87QUFBQSxFQUN6RDtBQUNBLE1BQUksQ0FBQyxjQUFjLEVBQUUsR0FBRztBQUN0QixXQUFPLFdBQVcsSUFBSSxFQUFFLGtDQUFrQyxJQUFJLElBQUksMERBQTBELFFBQVEsSUFBSSxJQUFJO0FBQUEsRUFDOUk7QUFDQSxNQUFJLFNBQVMsUUFBVztBQUN0QixRQUFJLE9BQU8sRUFBRyxRQUFPO0FBQ3JCLFVBQU0sS0FBSywwQ0FBMEMsS0FBSyxJQUFJO0FBQzlELFFBQUksQ0FBQyxNQUFPLEdBQUcsQ0FBQyxLQUFLLENBQUMsS0FBSyxLQUFLLEdBQUcsQ0FBQyxDQUFDLEtBQU8sR0FBRyxDQUFDLEtBQUssQ0FBQyxLQUFLLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBSSxRQUFPLEtBQUssSUFBSTtBQUN6RixTQUFLLEdBQUcsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxNQUFNLE9BQU8sRUFBRyxRQUFPO0FBQUEsRUFDcEQ7QUFDQSxNQUFJLFFBQVEsUUFBVztBQUNyQixRQUFJLE9BQU8sRUFBRyxRQUFPO0FBQ3JCLFVBQU0sTUFBTSxJQUFJLE1BQU0sR0FBRyxFQUFFLEtBQUssQ0FBQyxNQUFNLENBQUMsUUFBUSxLQUFLLENBQUMsQ0FBQztBQUN2RCxRQUFJLFFBQVEsT0FBVyxRQUFPLElBQUksR0FBRztBQUNyQyxRQUFJLFdBQVcsS0FBSyxHQUFHLEtBQUssT0FBTyxFQUFHLFFBQU87QUFBQSxFQUMvQztBQUNBLFNBQU8sRUFBRSxTQUFTLFVBQVUsVUFBVSxJQUFJLFNBQVMsTUFBTSxJQUFJO0FBQy9EO0FBRU8sU0FBUyxVQUFVLE1BQWMsTUFBa0M7QUFDeEUsUUFBTSxJQUFJLFVBQVUsTUFBTSxJQUFJO0FBQzlCLFNBQU8sT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUNyQztBQUdPLFNBQVMsWUFBWSxNQUF3RDtBQUNsRixRQUFNLElBQUksZUFBZSxLQUFLLElBQUk7QUFDbEMsTUFBSSxDQUFDLEVBQUcsUUFBTyxDQUFDO0FBQ2hCLFNBQU8sRUFBRSxDQUFDLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsYUFBYSxFQUFFLEdBQUcsYUFBYSxRQUFRLEtBQUssQ0FBQyxFQUFFLEVBQUUsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDeEs7QUFHTyxTQUFTLHVCQUF1QixNQUF3QjtBQUM3RCxTQUFPLFlBQVksSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUN6RTsiLAogICJuYW1lcyI6IFtdCn0K
