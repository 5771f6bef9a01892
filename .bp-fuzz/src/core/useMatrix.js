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
var useMatrix_exports = {};
__export(useMatrix_exports, {
  matrixInputFromEbuild: () => matrixInputFromEbuild,
  packageUseLine: () => packageUseLine,
  parseIuse: () => parseIuse,
  solve: () => solve,
  useMatrix: () => useMatrix
});
module.exports = __toCommonJS(useMatrix_exports);
var import_ebuildVars = require("./ebuildVars");
var import_requiredUse = require("./requiredUse");
var import_userError = require("./userError");
function parseIuse(value) {
  const seen = /* @__PURE__ */ new Map();
  for (const tok of value.split(/\s+/)) {
    if (!tok || tok.includes("$")) continue;
    const def = tok.startsWith("+");
    const name = tok.replace(/^[+-]/, "");
    seen.set(name, { name, default: def });
  }
  return [...seen.values()];
}
function matrixInputFromEbuild(text) {
  const requiredUseText = (0, import_ebuildVars.variableValue)(text, "REQUIRED_USE").trim();
  const requiredUse = (0, import_requiredUse.parseRequiredUse)(requiredUseText);
  const iuse = parseIuse((0, import_ebuildVars.variableValue)(text, "IUSE"));
  for (const f of (0, import_requiredUse.requiredUseFlags)(requiredUse)) if (!iuse.some((i) => i.name === f)) iuse.push({ name: f, default: false });
  return { iuse, requiredUse, requiredUseText };
}
function packageUseLine(atom, c) {
  const flags = Object.entries(c.use).map(([f, on]) => on ? f : `-${f}`);
  return [atom, ...flags].join(" ");
}
const SEARCH_BUDGET = 2e5;
function solve(nodes, flags, preferred, fixed = /* @__PURE__ */ new Map()) {
  const relevant = new Set((0, import_requiredUse.requiredUseFlags)(nodes));
  const order = flags.filter((f) => relevant.has(f) && !fixed.has(f));
  const use = new Map(fixed);
  for (const f of flags) if (!relevant.has(f) && !fixed.has(f)) use.set(f, preferred.get(f) ?? false);
  let steps = 0;
  const dfs = (i) => {
    if (++steps > SEARCH_BUDGET) return false;
    const v = (0, import_requiredUse.evaluateRequiredUse)(nodes, use);
    if (v === false) return false;
    if (i === order.length) return v === true;
    const f = order[i];
    const first = preferred.get(f) ?? false;
    for (const value of [first, !first]) {
      use.set(f, value);
      if (dfs(i + 1)) return true;
    }
    use.delete(f);
    return false;
  };
  return dfs(0) ? use : void 0;
}
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function useMatrix(input, options = {}) {
  const flags = input.iuse.map((f) => f.name);
  const defaults = new Map(input.iuse.map((f) => [f.name, f.default]));
  const max = options.max ?? Infinity;
  const combinations = [];
  const impossible = [];
  const seen = /* @__PURE__ */ new Set();
  const key = (u) => flags.map((f) => u.get(f) ? "1" : "0").join("");
  const changesOf = (u) => flags.filter((f) => u.get(f) !== defaults.get(f)).map((f) => u.get(f) ? f : `-${f}`);
  const push = (name, kind, u) => {
    if (combinations.length >= max || seen.has(key(u))) return;
    seen.add(key(u));
    combinations.push({ name, kind, use: Object.fromEntries(flags.map((f) => [f, u.get(f) ?? false])), changes: changesOf(u) });
  };
  const base = solve(input.requiredUse, flags, defaults);
  if (!base) {
    throw new import_userError.UserError(
      `No USE combination satisfies REQUIRED_USE "${input.requiredUseText}" (IUSE: ${flags.join(" ") || "none"}).`,
      "Fix REQUIRED_USE in the ebuild: every combination of its flags breaks one of its rules.",
      "required-use-unsatisfiable"
    );
  }
  const baseChanges = changesOf(base);
  push(baseChanges.length ? `defaults (adjusted: ${baseChanges.join(" ")})` : "defaults", "defaults", base);
  for (const f of flags) {
    const want = !defaults.get(f);
    const label = `${want ? "+" : "-"}${f}`;
    const u = solve(input.requiredUse, flags, defaults, /* @__PURE__ */ new Map([[f, want]]));
    if (!u) {
      impossible.push(`${label}: REQUIRED_USE "${input.requiredUseText}" allows no combination with it`);
      continue;
    }
    const extra = changesOf(u).filter((c) => c !== (want ? f : `-${f}`));
    push(extra.length ? `${label} (also ${extra.join(" ")})` : label, "flag", u);
  }
  const rand = random(options.seed ?? 1);
  const samples = options.samples ?? 4;
  for (let made = 0, tries = 0; made < samples && tries < samples * 8; tries++) {
    const pick = new Map(flags.map((f) => [f, rand() < 0.5]));
    const u = solve(input.requiredUse, flags, pick);
    if (!u || seen.has(key(u))) continue;
    made++;
    push(`random ${made}`, "random", u);
  }
  return { flags: input.iuse, combinations, impossible };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  matrixInputFromEbuild,
  packageUseLine,
  parseIuse,
  solve,
  useMatrix
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvdXNlTWF0cml4LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBVU0UgY29tYmluYXRpb25zIHdvcnRoIGJ1aWxkaW5nIGZvciBvbmUgZWJ1aWxkICh3aGF0IHRhdHQgYW5kIGVidWlsZHRlc3RlciB1c2VycyBhc2sgZm9yKTpcbiAqIHRoZSBkZWZhdWx0cyBmcm9tIElVU0UgKGArZmxhZ2ApLCBlYWNoIGZsYWcgZmxpcHBlZCBhZ2FpbnN0IHRoZW0sIGFuZCBhIHNlZWRlZCByYW5kb20gc2FtcGxlLCBldmVyeSBvbmVcbiAqIHZhbGlkIGZvciBSRVFVSVJFRF9VU0UuIEEgZmxpcCB0aGF0IFJFUVVJUkVEX1VTRSBmb3JiaWRzIG9uIGl0cyBvd24gaXMgcmVwYWlyZWQgd2l0aCB0aGUgZmV3ZXN0IG90aGVyXG4gKiBjaGFuZ2VzIHRoZSBzZWFyY2ggZmluZHMgKHNhaWQgaW4gaXRzIG5hbWUpLiBQdXJlOiB0aGUgQ0xJIGFuZCBWUyBDb2RlIGJ1aWxkIHRoZW0uXG4gKi9cbmltcG9ydCB7IHZhcmlhYmxlVmFsdWUgfSBmcm9tICcuL2VidWlsZFZhcnMnO1xuaW1wb3J0IHsgcGFyc2VSZXF1aXJlZFVzZSwgcmVxdWlyZWRVc2VGbGFncywgZXZhbHVhdGVSZXF1aXJlZFVzZSwgdHlwZSBSZXF1aXJlZFVzZU5vZGUgfSBmcm9tICcuL3JlcXVpcmVkVXNlJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4vdXNlckVycm9yJztcblxuZXhwb3J0IGludGVyZmFjZSBJdXNlRmxhZyB7XG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIGArZmxhZ2AgaW4gSVVTRS4gKi9cbiAgZGVmYXVsdDogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBNYXRyaXhJbnB1dCB7XG4gIGl1c2U6IEl1c2VGbGFnW107XG4gIHJlcXVpcmVkVXNlOiBSZXF1aXJlZFVzZU5vZGVbXTtcbiAgLyoqIFJFUVVJUkVEX1VTRSBhcyB3cml0dGVuIChmb3IgbWVzc2FnZXMpLiAqL1xuICByZXF1aXJlZFVzZVRleHQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBVc2VDb21iaW5hdGlvbiB7XG4gIC8qKiBgZGVmYXVsdHNgLCBgK3NzbGAsIGAtZ3RrYCwgYCtzc2wgKGFsc28gLWdudXRscylgLCBgcmFuZG9tIDFgLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIGtpbmQ6ICdkZWZhdWx0cycgfCAnZmxhZycgfCAncmFuZG9tJztcbiAgLyoqIEV2ZXJ5IGZsYWcgb2YgdGhlIG1hdHJpeCwgb24gb3Igb2ZmLCBpbiBtYXRyaXggb3JkZXIuICovXG4gIHVzZTogUmVjb3JkPHN0cmluZywgYm9vbGVhbj47XG4gIC8qKiBGbGFncyB0aGF0IGRpZmZlciBmcm9tIHRoZSBkZWZhdWx0cywgYXMgYGZsYWdgIC8gYC1mbGFnYC4gKi9cbiAgY2hhbmdlczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVXNlTWF0cml4IHtcbiAgZmxhZ3M6IEl1c2VGbGFnW107XG4gIGNvbWJpbmF0aW9uczogVXNlQ29tYmluYXRpb25bXTtcbiAgLyoqIEZsaXBzIHRoYXQgbm8gdmFsaWQgY29tYmluYXRpb24gYWxsb3dzLCBlLmcuIGArc3RhdGljOiBSRVFVSVJFRF9VU0UgZm9yYmlkcyBpdGAuICovXG4gIGltcG9zc2libGU6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFVzZU1hdHJpeE9wdGlvbnMge1xuICAvKiogQXQgbW9zdCB0aGlzIG1hbnkgY29tYmluYXRpb25zIChkZWZhdWx0cyBmaXJzdCwgdGhlbiBmbGlwcywgdGhlbiByYW5kb20pLiAqL1xuICBtYXg/OiBudW1iZXI7XG4gIC8qKiBSYW5kb20gY29tYmluYXRpb25zIHRvIGFkZCAoZGVmYXVsdCA0KS4gKi9cbiAgc2FtcGxlcz86IG51bWJlcjtcbiAgLyoqIFNlZWQgb2YgdGhlIHJhbmRvbSBzYW1wbGU6IHRoZSBzYW1lIHNlZWQgZ2l2ZXMgdGhlIHNhbWUgY29tYmluYXRpb25zLiAqL1xuICBzZWVkPzogbnVtYmVyO1xufVxuXG4vKiogSVVTRSB0b2tlbnMgXHUyMTkyIGZsYWdzIHdpdGggZGVmYXVsdHMgKGArYSAtYiBjYCkuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VJdXNlKHZhbHVlOiBzdHJpbmcpOiBJdXNlRmxhZ1tdIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBNYXA8c3RyaW5nLCBJdXNlRmxhZz4oKTtcbiAgZm9yIChjb25zdCB0b2sgb2YgdmFsdWUuc3BsaXQoL1xccysvKSkge1xuICAgIGlmICghdG9rIHx8IHRvay5pbmNsdWRlcygnJCcpKSBjb250aW51ZTtcbiAgICBjb25zdCBkZWYgPSB0b2suc3RhcnRzV2l0aCgnKycpO1xuICAgIGNvbnN0IG5hbWUgPSB0b2sucmVwbGFjZSgvXlsrLV0vLCAnJyk7XG4gICAgc2Vlbi5zZXQobmFtZSwgeyBuYW1lLCBkZWZhdWx0OiBkZWYgfSk7XG4gIH1cbiAgcmV0dXJuIFsuLi5zZWVuLnZhbHVlcygpXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1hdHJpeElucHV0RnJvbUVidWlsZCh0ZXh0OiBzdHJpbmcpOiBNYXRyaXhJbnB1dCB7XG4gIGNvbnN0IHJlcXVpcmVkVXNlVGV4dCA9IHZhcmlhYmxlVmFsdWUodGV4dCwgJ1JFUVVJUkVEX1VTRScpLnRyaW0oKTtcbiAgY29uc3QgcmVxdWlyZWRVc2UgPSBwYXJzZVJlcXVpcmVkVXNlKHJlcXVpcmVkVXNlVGV4dCk7XG4gIGNvbnN0IGl1c2UgPSBwYXJzZUl1c2UodmFyaWFibGVWYWx1ZSh0ZXh0LCAnSVVTRScpKTtcbiAgLy8gRmxhZ3MgUkVRVUlSRURfVVNFIG5hbWVzIGJ1dCBJVVNFIGRvZXMgbm90IChzZXQgYnkgYW4gZWNsYXNzKTogcGFydCBvZiB0aGUgbWF0cml4LCBvZmYgYnkgZGVmYXVsdC5cbiAgZm9yIChjb25zdCBmIG9mIHJlcXVpcmVkVXNlRmxhZ3MocmVxdWlyZWRVc2UpKSBpZiAoIWl1c2Uuc29tZSgoaSkgPT4gaS5uYW1lID09PSBmKSkgaXVzZS5wdXNoKHsgbmFtZTogZiwgZGVmYXVsdDogZmFsc2UgfSk7XG4gIHJldHVybiB7IGl1c2UsIHJlcXVpcmVkVXNlLCByZXF1aXJlZFVzZVRleHQgfTtcbn1cblxuLyoqIEEgYHBhY2thZ2UudXNlYCBsaW5lIHRoYXQgcGlucyBldmVyeSBmbGFnIG9mIHRoZSBjb21iaW5hdGlvbiBmb3IgYGF0b21gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhY2thZ2VVc2VMaW5lKGF0b206IHN0cmluZywgYzogVXNlQ29tYmluYXRpb24pOiBzdHJpbmcge1xuICBjb25zdCBmbGFncyA9IE9iamVjdC5lbnRyaWVzKGMudXNlKS5tYXAoKFtmLCBvbl0pID0+IChvbiA/IGYgOiBgLSR7Zn1gKSk7XG4gIHJldHVybiBbYXRvbSwgLi4uZmxhZ3NdLmpvaW4oJyAnKTtcbn1cblxuY29uc3QgU0VBUkNIX0JVREdFVCA9IDIwMF8wMDA7XG5cbi8qKlxuICogQSB2YWxpZCBhc3NpZ25tZW50IGFzIGNsb3NlIHRvIGBwcmVmZXJyZWRgIGFzIHRoZSBzZWFyY2ggZmluZHM6IGZsYWdzIGFyZSB0cmllZCBpbiBvcmRlciwgZWFjaCB3aXRoIGl0c1xuICogcHJlZmVycmVkIHZhbHVlIGZpcnN0OyBgZml4ZWRgIGZsYWdzIG5ldmVyIGNoYW5nZS4gdW5kZWZpbmVkIHdoZW4gbm9uZSBleGlzdHMgKG9yIHRoZSBidWRnZXQgcmFuIG91dCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb2x2ZShub2RlczogUmVxdWlyZWRVc2VOb2RlW10sIGZsYWdzOiBzdHJpbmdbXSwgcHJlZmVycmVkOiBNYXA8c3RyaW5nLCBib29sZWFuPiwgZml4ZWQgPSBuZXcgTWFwPHN0cmluZywgYm9vbGVhbj4oKSk6IE1hcDxzdHJpbmcsIGJvb2xlYW4+IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcmVsZXZhbnQgPSBuZXcgU2V0KHJlcXVpcmVkVXNlRmxhZ3Mobm9kZXMpKTtcbiAgY29uc3Qgb3JkZXIgPSBmbGFncy5maWx0ZXIoKGYpID0+IHJlbGV2YW50LmhhcyhmKSAmJiAhZml4ZWQuaGFzKGYpKTtcbiAgY29uc3QgdXNlID0gbmV3IE1hcDxzdHJpbmcsIGJvb2xlYW4+KGZpeGVkKTtcbiAgZm9yIChjb25zdCBmIG9mIGZsYWdzKSBpZiAoIXJlbGV2YW50LmhhcyhmKSAmJiAhZml4ZWQuaGFzKGYpKSB1c2Uuc2V0KGYsIHByZWZlcnJlZC5nZXQoZikgPz8gZmFsc2UpO1xuICBsZXQgc3RlcHMgPSAwO1xuICBjb25zdCBkZnMgPSAoaTogbnVtYmVyKTogYm9vbGVhbiA9PiB7XG4gICAgaWYgKCsrc3RlcHMgPiBTRUFSQ0hfQlVER0VUKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgdiA9IGV2YWx1YXRlUmVxdWlyZWRVc2Uobm9kZXMsIHVzZSk7XG4gICAgaWYgKHYgPT09IGZhbHNlKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKGkgPT09IG9yZGVyLmxlbmd0aCkgcmV0dXJuIHYgPT09IHRydWU7XG4gICAgY29uc3QgZiA9IG9yZGVyW2ldO1xuICAgIGNvbnN0IGZpcnN0ID0gcHJlZmVycmVkLmdldChmKSA/PyBmYWxzZTtcbiAgICBmb3IgKGNvbnN0IHZhbHVlIG9mIFtmaXJzdCwgIWZpcnN0XSkge1xuICAgICAgdXNlLnNldChmLCB2YWx1ZSk7XG4gICAgICBpZiAoZGZzKGkgKyAxKSkgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHVzZS5kZWxldGUoZik7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9O1xuICByZXR1cm4gZGZzKDApID8gdXNlIDogdW5kZWZpbmVkO1xufVxuXG4vLyBtdWxiZXJyeTMyOiB0aW55LCBzZWVkYWJsZSwgZ29vZCBlbm91Z2ggdG8gcGljayBmbGFncy5cbmZ1bmN0aW9uIHJhbmRvbShzZWVkOiBudW1iZXIpOiAoKSA9PiBudW1iZXIge1xuICBsZXQgYSA9IHNlZWQgPj4+IDA7XG4gIHJldHVybiAoKSA9PiB7XG4gICAgYSA9IChhICsgMHg2ZDJiNzlmNSkgPj4+IDA7XG4gICAgbGV0IHQgPSBhO1xuICAgIHQgPSBNYXRoLmltdWwodCBeICh0ID4+PiAxNSksIHQgfCAxKTtcbiAgICB0IF49IHQgKyBNYXRoLmltdWwodCBeICh0ID4+PiA3KSwgdCB8IDYxKTtcbiAgICByZXR1cm4gKCh0IF4gKHQgPj4+IDE0KSkgPj4+IDApIC8gNDI5NDk2NzI5NjtcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHVzZU1hdHJpeChpbnB1dDogTWF0cml4SW5wdXQsIG9wdGlvbnM6IFVzZU1hdHJpeE9wdGlvbnMgPSB7fSk6IFVzZU1hdHJpeCB7XG4gIGNvbnN0IGZsYWdzID0gaW5wdXQuaXVzZS5tYXAoKGYpID0+IGYubmFtZSk7XG4gIGNvbnN0IGRlZmF1bHRzID0gbmV3IE1hcChpbnB1dC5pdXNlLm1hcCgoZikgPT4gW2YubmFtZSwgZi5kZWZhdWx0XSkpO1xuICBjb25zdCBtYXggPSBvcHRpb25zLm1heCA/PyBJbmZpbml0eTtcbiAgY29uc3QgY29tYmluYXRpb25zOiBVc2VDb21iaW5hdGlvbltdID0gW107XG4gIGNvbnN0IGltcG9zc2libGU6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qga2V5ID0gKHU6IE1hcDxzdHJpbmcsIGJvb2xlYW4+KSA9PiBmbGFncy5tYXAoKGYpID0+ICh1LmdldChmKSA/ICcxJyA6ICcwJykpLmpvaW4oJycpO1xuICBjb25zdCBjaGFuZ2VzT2YgPSAodTogTWFwPHN0cmluZywgYm9vbGVhbj4pID0+IGZsYWdzLmZpbHRlcigoZikgPT4gdS5nZXQoZikgIT09IGRlZmF1bHRzLmdldChmKSkubWFwKChmKSA9PiAodS5nZXQoZikgPyBmIDogYC0ke2Z9YCkpO1xuICBjb25zdCBwdXNoID0gKG5hbWU6IHN0cmluZywga2luZDogVXNlQ29tYmluYXRpb25bJ2tpbmQnXSwgdTogTWFwPHN0cmluZywgYm9vbGVhbj4pID0+IHtcbiAgICBpZiAoY29tYmluYXRpb25zLmxlbmd0aCA+PSBtYXggfHwgc2Vlbi5oYXMoa2V5KHUpKSkgcmV0dXJuO1xuICAgIHNlZW4uYWRkKGtleSh1KSk7XG4gICAgY29tYmluYXRpb25zLnB1c2goeyBuYW1lLCBraW5kLCB1c2U6IE9iamVjdC5mcm9tRW50cmllcyhmbGFncy5tYXAoKGYpID0+IFtmLCB1LmdldChmKSA/PyBmYWxzZV0pKSwgY2hhbmdlczogY2hhbmdlc09mKHUpIH0pO1xuICB9O1xuXG4gIGNvbnN0IGJhc2UgPSBzb2x2ZShpbnB1dC5yZXF1aXJlZFVzZSwgZmxhZ3MsIGRlZmF1bHRzKTtcbiAgaWYgKCFiYXNlKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICAgIGBObyBVU0UgY29tYmluYXRpb24gc2F0aXNmaWVzIFJFUVVJUkVEX1VTRSBcIiR7aW5wdXQucmVxdWlyZWRVc2VUZXh0fVwiIChJVVNFOiAke2ZsYWdzLmpvaW4oJyAnKSB8fCAnbm9uZSd9KS5gLFxuICAgICAgJ0ZpeCBSRVFVSVJFRF9VU0UgaW4gdGhlIGVidWlsZDogZXZlcnkgY29tYmluYXRpb24gb2YgaXRzIGZsYWdzIGJyZWFrcyBvbmUgb2YgaXRzIHJ1bGVzLicsXG4gICAgICAncmVxdWlyZWQtdXNlLXVuc2F0aXNmaWFibGUnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgYmFzZUNoYW5nZXMgPSBjaGFuZ2VzT2YoYmFzZSk7XG4gIHB1c2goYmFzZUNoYW5nZXMubGVuZ3RoID8gYGRlZmF1bHRzIChhZGp1c3RlZDogJHtiYXNlQ2hhbmdlcy5qb2luKCcgJyl9KWAgOiAnZGVmYXVsdHMnLCAnZGVmYXVsdHMnLCBiYXNlKTtcblxuICBmb3IgKGNvbnN0IGYgb2YgZmxhZ3MpIHtcbiAgICBjb25zdCB3YW50ID0gIWRlZmF1bHRzLmdldChmKTtcbiAgICBjb25zdCBsYWJlbCA9IGAke3dhbnQgPyAnKycgOiAnLSd9JHtmfWA7XG4gICAgY29uc3QgdSA9IHNvbHZlKGlucHV0LnJlcXVpcmVkVXNlLCBmbGFncywgZGVmYXVsdHMsIG5ldyBNYXAoW1tmLCB3YW50XV0pKTtcbiAgICBpZiAoIXUpIHtcbiAgICAgIGltcG9zc2libGUucHVzaChgJHtsYWJlbH06IFJFUVVJUkVEX1VTRSBcIiR7aW5wdXQucmVxdWlyZWRVc2VUZXh0fVwiIGFsbG93cyBubyBjb21iaW5hdGlvbiB3aXRoIGl0YCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgZXh0cmEgPSBjaGFuZ2VzT2YodSkuZmlsdGVyKChjKSA9PiBjICE9PSAod2FudCA/IGYgOiBgLSR7Zn1gKSk7XG4gICAgcHVzaChleHRyYS5sZW5ndGggPyBgJHtsYWJlbH0gKGFsc28gJHtleHRyYS5qb2luKCcgJyl9KWAgOiBsYWJlbCwgJ2ZsYWcnLCB1KTtcbiAgfVxuXG4gIGNvbnN0IHJhbmQgPSByYW5kb20ob3B0aW9ucy5zZWVkID8/IDEpO1xuICBjb25zdCBzYW1wbGVzID0gb3B0aW9ucy5zYW1wbGVzID8/IDQ7XG4gIC8vIEEgZmV3IHRyaWVzIHBlciBzYW1wbGU6IHJhbmRvbSBwaWNrcyBvZnRlbiBsYW5kIG9uIGEgY29tYmluYXRpb24gYWxyZWFkeSBsaXN0ZWQuXG4gIGZvciAobGV0IG1hZGUgPSAwLCB0cmllcyA9IDA7IG1hZGUgPCBzYW1wbGVzICYmIHRyaWVzIDwgc2FtcGxlcyAqIDg7IHRyaWVzKyspIHtcbiAgICBjb25zdCBwaWNrID0gbmV3IE1hcChmbGFncy5tYXAoKGYpID0+IFtmLCByYW5kKCkgPCAwLjVdIGFzIFtzdHJpbmcsIGJvb2xlYW5dKSk7XG4gICAgY29uc3QgdSA9IHNvbHZlKGlucHV0LnJlcXVpcmVkVXNlLCBmbGFncywgcGljayk7XG4gICAgaWYgKCF1IHx8IHNlZW4uaGFzKGtleSh1KSkpIGNvbnRpbnVlO1xuICAgIG1hZGUrKztcbiAgICBwdXNoKGByYW5kb20gJHttYWRlfWAsICdyYW5kb20nLCB1KTtcbiAgfVxuICByZXR1cm4geyBmbGFnczogaW5wdXQuaXVzZSwgY29tYmluYXRpb25zLCBpbXBvc3NpYmxlIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSx3QkFBOEI7QUFDOUIseUJBQThGO0FBQzlGLHVCQUEwQjtBQTBDbkIsU0FBUyxVQUFVLE9BQTJCO0FBQ25ELFFBQU0sT0FBTyxvQkFBSSxJQUFzQjtBQUN2QyxhQUFXLE9BQU8sTUFBTSxNQUFNLEtBQUssR0FBRztBQUNwQyxRQUFJLENBQUMsT0FBTyxJQUFJLFNBQVMsR0FBRyxFQUFHO0FBQy9CLFVBQU0sTUFBTSxJQUFJLFdBQVcsR0FBRztBQUM5QixVQUFNLE9BQU8sSUFBSSxRQUFRLFNBQVMsRUFBRTtBQUNwQyxTQUFLLElBQUksTUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN2QztBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDO0FBQzFCO0FBRU8sU0FBUyxzQkFBc0IsTUFBMkI7QUFDL0QsUUFBTSxzQkFBa0IsaUNBQWMsTUFBTSxjQUFjLEVBQUUsS0FBSztBQUNqRSxRQUFNLGtCQUFjLHFDQUFpQixlQUFlO0FBQ3BELFFBQU0sT0FBTyxjQUFVLGlDQUFjLE1BQU0sTUFBTSxDQUFDO0FBRWxELGFBQVcsU0FBSyxxQ0FBaUIsV0FBVyxFQUFHLEtBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLFNBQVMsTUFBTSxDQUFDO0FBQ3pILFNBQU8sRUFBRSxNQUFNLGFBQWEsZ0JBQWdCO0FBQzlDO0FBR08sU0FBUyxlQUFlLE1BQWMsR0FBMkI7QUFDdEUsUUFBTSxRQUFRLE9BQU8sUUFBUSxFQUFFLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLEVBQUUsTUFBTyxLQUFLLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDdkUsU0FBTyxDQUFDLE1BQU0sR0FBRyxLQUFLLEVBQUUsS0FBSyxHQUFHO0FBQ2xDO0FBRUEsTUFBTSxnQkFBZ0I7QUFNZixTQUFTLE1BQU0sT0FBMEIsT0FBaUIsV0FBaUMsUUFBUSxvQkFBSSxJQUFxQixHQUFxQztBQUN0SyxRQUFNLFdBQVcsSUFBSSxRQUFJLHFDQUFpQixLQUFLLENBQUM7QUFDaEQsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLE1BQU0sU0FBUyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDbEUsUUFBTSxNQUFNLElBQUksSUFBcUIsS0FBSztBQUMxQyxhQUFXLEtBQUssTUFBTyxLQUFJLENBQUMsU0FBUyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLEVBQUcsS0FBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsS0FBSyxLQUFLO0FBQ2xHLE1BQUksUUFBUTtBQUNaLFFBQU0sTUFBTSxDQUFDLE1BQXVCO0FBQ2xDLFFBQUksRUFBRSxRQUFRLGNBQWUsUUFBTztBQUNwQyxVQUFNLFFBQUksd0NBQW9CLE9BQU8sR0FBRztBQUN4QyxRQUFJLE1BQU0sTUFBTyxRQUFPO0FBQ3hCLFFBQUksTUFBTSxNQUFNLE9BQVEsUUFBTyxNQUFNO0FBQ3JDLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxRQUFRLFVBQVUsSUFBSSxDQUFDLEtBQUs7QUFDbEMsZUFBVyxTQUFTLENBQUMsT0FBTyxDQUFDLEtBQUssR0FBRztBQUNuQyxVQUFJLElBQUksR0FBRyxLQUFLO0FBQ2hCLFVBQUksSUFBSSxJQUFJLENBQUMsRUFBRyxRQUFPO0FBQUEsSUFDekI7QUFDQSxRQUFJLE9BQU8sQ0FBQztBQUNaLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxJQUFJLENBQUMsSUFBSSxNQUFNO0FBQ3hCO0FBR0EsU0FBUyxPQUFPLE1BQTRCO0FBQzFDLE1BQUksSUFBSSxTQUFTO0FBQ2pCLFNBQU8sTUFBTTtBQUNYLFFBQUssSUFBSSxlQUFnQjtBQUN6QixRQUFJLElBQUk7QUFDUixRQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sSUFBSyxJQUFJLENBQUM7QUFDbkMsU0FBSyxJQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sR0FBSSxJQUFJLEVBQUU7QUFDeEMsYUFBUyxJQUFLLE1BQU0sUUFBUyxLQUFLO0FBQUEsRUFDcEM7QUFDRjtBQUVPLFNBQVMsVUFBVSxPQUFvQixVQUE0QixDQUFDLEdBQWM7QUFDdkYsUUFBTSxRQUFRLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDMUMsUUFBTSxXQUFXLElBQUksSUFBSSxNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQztBQUNuRSxRQUFNLE1BQU0sUUFBUSxPQUFPO0FBQzNCLFFBQU0sZUFBaUMsQ0FBQztBQUN4QyxRQUFNLGFBQXVCLENBQUM7QUFDOUIsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxNQUFNLENBQUMsTUFBNEIsTUFBTSxJQUFJLENBQUMsTUFBTyxFQUFFLElBQUksQ0FBQyxJQUFJLE1BQU0sR0FBSSxFQUFFLEtBQUssRUFBRTtBQUN6RixRQUFNLFlBQVksQ0FBQyxNQUE0QixNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFPLEVBQUUsSUFBSSxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsRUFBRztBQUNwSSxRQUFNLE9BQU8sQ0FBQyxNQUFjLE1BQThCLE1BQTRCO0FBQ3BGLFFBQUksYUFBYSxVQUFVLE9BQU8sS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLEVBQUc7QUFDcEQsU0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDO0FBQ2YsaUJBQWEsS0FBSyxFQUFFLE1BQU0sTUFBTSxLQUFLLE9BQU8sWUFBWSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLEdBQUcsU0FBUyxVQUFVLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDNUg7QUFFQSxRQUFNLE9BQU8sTUFBTSxNQUFNLGFBQWEsT0FBTyxRQUFRO0FBQ3JELE1BQUksQ0FBQyxNQUFNO0FBQ1QsVUFBTSxJQUFJO0FBQUEsTUFDUiw4Q0FBOEMsTUFBTSxlQUFlLFlBQVksTUFBTSxLQUFLLEdBQUcsS0FBSyxNQUFNO0FBQUEsTUFDeEc7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGNBQWMsVUFBVSxJQUFJO0FBQ2xDLE9BQUssWUFBWSxTQUFTLHVCQUF1QixZQUFZLEtBQUssR0FBRyxDQUFDLE1BQU0sWUFBWSxZQUFZLElBQUk7QUFFeEcsYUFBVyxLQUFLLE9BQU87QUFDckIsVUFBTSxPQUFPLENBQUMsU0FBUyxJQUFJLENBQUM7QUFDNUIsVUFBTSxRQUFRLEdBQUcsT0FBTyxNQUFNLEdBQUcsR0FBRyxDQUFDO0FBQ3JDLFVBQU0sSUFBSSxNQUFNLE1BQU0sYUFBYSxPQUFPLFVBQVUsb0JBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3hFLFFBQUksQ0FBQyxHQUFHO0FBQ04saUJBQVcsS0FBSyxHQUFHLEtBQUssbUJBQW1CLE1BQU0sZUFBZSxpQ0FBaUM7QUFDakc7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLFVBQVUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE9BQU8sT0FBTyxJQUFJLElBQUksQ0FBQyxHQUFHO0FBQ25FLFNBQUssTUFBTSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU0sS0FBSyxHQUFHLENBQUMsTUFBTSxPQUFPLFFBQVEsQ0FBQztBQUFBLEVBQzdFO0FBRUEsUUFBTSxPQUFPLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFDckMsUUFBTSxVQUFVLFFBQVEsV0FBVztBQUVuQyxXQUFTLE9BQU8sR0FBRyxRQUFRLEdBQUcsT0FBTyxXQUFXLFFBQVEsVUFBVSxHQUFHLFNBQVM7QUFDNUUsVUFBTSxPQUFPLElBQUksSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxLQUFLLElBQUksR0FBRyxDQUFzQixDQUFDO0FBQzdFLFVBQU0sSUFBSSxNQUFNLE1BQU0sYUFBYSxPQUFPLElBQUk7QUFDOUMsUUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLEVBQUc7QUFDNUI7QUFDQSxTQUFLLFVBQVUsSUFBSSxJQUFJLFVBQVUsQ0FBQztBQUFBLEVBQ3BDO0FBQ0EsU0FBTyxFQUFFLE9BQU8sTUFBTSxNQUFNLGNBQWMsV0FBVztBQUN2RDsiLAogICJuYW1lcyI6IFtdCn0K
