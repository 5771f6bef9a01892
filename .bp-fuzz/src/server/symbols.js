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
var symbols_exports = {};
__export(symbols_exports, {
  documentSymbols: () => documentSymbols,
  foldingRanges: () => foldingRanges
});
module.exports = __toCommonJS(symbols_exports);
var import_pms = require("./pms");
function documentSymbols(ctx) {
  const out = [];
  for (const w of ctx.inherits) out.push({ name: w.text, detail: "inherit", kind: "eclass", span: w.span, nameSpan: w.span });
  for (const [name, list] of ctx.globals) {
    const a = list[0];
    const end = a.value?.span.end ?? a.nameSpan.end;
    out.push({ name, detail: oneLine(a.value?.text ?? ""), kind: "variable", span: { start: a.nameSpan.start, end }, nameSpan: a.nameSpan });
  }
  for (const f of ctx.facts.functions) {
    const phase = import_pms.PHASES.has(f.name);
    out.push({ name: f.name, detail: phase ? "phase" : "function", kind: phase ? "phase" : "function", span: f.span, nameSpan: f.nameSpan });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
function oneLine(s) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
function foldingRanges(ctx, lineOf) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const b of ctx.facts.blocks) {
    const start = lineOf(b.start);
    let end = lineOf(b.end);
    if (ctx.text[b.end - 1] === "\n") end--;
    const key = `${start}:${end}`;
    if (end > start && !seen.has(key)) out.push({ start, end });
    seen.add(key);
  }
  const lines = ctx.text.split("\n");
  let run = -1;
  lines.forEach((l, i) => {
    const isComment = /^\s*#/.test(l);
    if (isComment && run < 0) run = i;
    if (!isComment && run >= 0) {
      if (i - 1 > run) out.push({ start: run, end: i - 1, comment: true });
      run = -1;
    }
  });
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  documentSymbols,
  foldingRanges
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9zeW1ib2xzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIERvY3VtZW50IHN5bWJvbHMgKHBoYXNlIGFuZCBvdGhlciBmdW5jdGlvbnMsIGdsb2JhbCB2YXJpYWJsZXMsIGluaGVyaXRlZCBlY2xhc3NlcykgYW5kIGZvbGRpbmdcbiAqIHJhbmdlcyAobXVsdGktbGluZSBjb25zdHJ1Y3RzIGFuZCBjb21tZW50IGJsb2NrcykuXG4gKi9cbmltcG9ydCB7IERvY0NvbnRleHQgfSBmcm9tICcuL2RvY0NvbnRleHQnO1xuaW1wb3J0IHsgUEhBU0VTIH0gZnJvbSAnLi9wbXMnO1xuaW1wb3J0IHsgU3BhbiB9IGZyb20gJy4vcGFyc2UnO1xuXG5leHBvcnQgdHlwZSBTeW1ib2xGYWN0ID0geyBuYW1lOiBzdHJpbmc7IGRldGFpbDogc3RyaW5nOyBraW5kOiAncGhhc2UnIHwgJ2Z1bmN0aW9uJyB8ICd2YXJpYWJsZScgfCAnZWNsYXNzJzsgc3BhbjogU3BhbjsgbmFtZVNwYW46IFNwYW4gfTtcblxuZXhwb3J0IGZ1bmN0aW9uIGRvY3VtZW50U3ltYm9scyhjdHg6IERvY0NvbnRleHQpOiBTeW1ib2xGYWN0W10ge1xuICBjb25zdCBvdXQ6IFN5bWJvbEZhY3RbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHcgb2YgY3R4LmluaGVyaXRzKSBvdXQucHVzaCh7IG5hbWU6IHcudGV4dCwgZGV0YWlsOiAnaW5oZXJpdCcsIGtpbmQ6ICdlY2xhc3MnLCBzcGFuOiB3LnNwYW4sIG5hbWVTcGFuOiB3LnNwYW4gfSk7XG4gIGZvciAoY29uc3QgW25hbWUsIGxpc3RdIG9mIGN0eC5nbG9iYWxzKSB7XG4gICAgY29uc3QgYSA9IGxpc3RbMF07XG4gICAgY29uc3QgZW5kID0gYS52YWx1ZT8uc3Bhbi5lbmQgPz8gYS5uYW1lU3Bhbi5lbmQ7XG4gICAgb3V0LnB1c2goeyBuYW1lLCBkZXRhaWw6IG9uZUxpbmUoYS52YWx1ZT8udGV4dCA/PyAnJyksIGtpbmQ6ICd2YXJpYWJsZScsIHNwYW46IHsgc3RhcnQ6IGEubmFtZVNwYW4uc3RhcnQsIGVuZCB9LCBuYW1lU3BhbjogYS5uYW1lU3BhbiB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IGYgb2YgY3R4LmZhY3RzLmZ1bmN0aW9ucykge1xuICAgIGNvbnN0IHBoYXNlID0gUEhBU0VTLmhhcyhmLm5hbWUpO1xuICAgIG91dC5wdXNoKHsgbmFtZTogZi5uYW1lLCBkZXRhaWw6IHBoYXNlID8gJ3BoYXNlJyA6ICdmdW5jdGlvbicsIGtpbmQ6IHBoYXNlID8gJ3BoYXNlJyA6ICdmdW5jdGlvbicsIHNwYW46IGYuc3BhbiwgbmFtZVNwYW46IGYubmFtZVNwYW4gfSk7XG4gIH1cbiAgcmV0dXJuIG91dC5zb3J0KChhLCBiKSA9PiBhLnNwYW4uc3RhcnQgLSBiLnNwYW4uc3RhcnQpO1xufVxuXG5mdW5jdGlvbiBvbmVMaW5lKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHQgPSBzLnJlcGxhY2UoL1xccysvZywgJyAnKS50cmltKCk7XG4gIHJldHVybiB0Lmxlbmd0aCA+IDYwID8gYCR7dC5zbGljZSgwLCA1Nyl9Li4uYCA6IHQ7XG59XG5cbi8qKiBGb2xkaW5nIHJhbmdlcyBhcyAwLWJhc2VkIFtzdGFydExpbmUsIGVuZExpbmVdOyBgbGluZU9mYCBtYXBzIGFuIG9mZnNldCB0byBpdHMgbGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb2xkaW5nUmFuZ2VzKGN0eDogRG9jQ29udGV4dCwgbGluZU9mOiAob2Zmc2V0OiBudW1iZXIpID0+IG51bWJlcik6IHsgc3RhcnQ6IG51bWJlcjsgZW5kOiBudW1iZXI7IGNvbW1lbnQ/OiBib29sZWFuIH1bXSB7XG4gIGNvbnN0IG91dDogeyBzdGFydDogbnVtYmVyOyBlbmQ6IG51bWJlcjsgY29tbWVudD86IGJvb2xlYW4gfVtdID0gW107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBiIG9mIGN0eC5mYWN0cy5ibG9ja3MpIHtcbiAgICBjb25zdCBzdGFydCA9IGxpbmVPZihiLnN0YXJ0KTtcbiAgICBsZXQgZW5kID0gbGluZU9mKGIuZW5kKTtcbiAgICBpZiAoY3R4LnRleHRbYi5lbmQgLSAxXSA9PT0gJ1xcbicpIGVuZC0tO1xuICAgIGNvbnN0IGtleSA9IGAke3N0YXJ0fToke2VuZH1gO1xuICAgIGlmIChlbmQgPiBzdGFydCAmJiAhc2Vlbi5oYXMoa2V5KSkgb3V0LnB1c2goeyBzdGFydCwgZW5kIH0pO1xuICAgIHNlZW4uYWRkKGtleSk7XG4gIH1cbiAgY29uc3QgbGluZXMgPSBjdHgudGV4dC5zcGxpdCgnXFxuJyk7XG4gIGxldCBydW4gPSAtMTtcbiAgbGluZXMuZm9yRWFjaCgobCwgaSkgPT4ge1xuICAgIGNvbnN0IGlzQ29tbWVudCA9IC9eXFxzKiMvLnRlc3QobCk7XG4gICAgaWYgKGlzQ29tbWVudCAmJiBydW4gPCAwKSBydW4gPSBpO1xuICAgIGlmICghaXNDb21tZW50ICYmIHJ1biA+PSAwKSB7XG4gICAgICBpZiAoaSAtIDEgPiBydW4pIG91dC5wdXNoKHsgc3RhcnQ6IHJ1biwgZW5kOiBpIC0gMSwgY29tbWVudDogdHJ1ZSB9KTtcbiAgICAgIHJ1biA9IC0xO1xuICAgIH1cbiAgfSk7XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxpQkFBdUI7QUFLaEIsU0FBUyxnQkFBZ0IsS0FBK0I7QUFDN0QsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsS0FBSyxJQUFJLFNBQVUsS0FBSSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sUUFBUSxXQUFXLE1BQU0sVUFBVSxNQUFNLEVBQUUsTUFBTSxVQUFVLEVBQUUsS0FBSyxDQUFDO0FBQzFILGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxJQUFJLFNBQVM7QUFDdEMsVUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFNLE1BQU0sRUFBRSxPQUFPLEtBQUssT0FBTyxFQUFFLFNBQVM7QUFDNUMsUUFBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLFFBQVEsRUFBRSxPQUFPLFFBQVEsRUFBRSxHQUFHLE1BQU0sWUFBWSxNQUFNLEVBQUUsT0FBTyxFQUFFLFNBQVMsT0FBTyxJQUFJLEdBQUcsVUFBVSxFQUFFLFNBQVMsQ0FBQztBQUFBLEVBQ3pJO0FBQ0EsYUFBVyxLQUFLLElBQUksTUFBTSxXQUFXO0FBQ25DLFVBQU0sUUFBUSxrQkFBTyxJQUFJLEVBQUUsSUFBSTtBQUMvQixRQUFJLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxRQUFRLFFBQVEsVUFBVSxZQUFZLE1BQU0sUUFBUSxVQUFVLFlBQVksTUFBTSxFQUFFLE1BQU0sVUFBVSxFQUFFLFNBQVMsQ0FBQztBQUFBLEVBQ3pJO0FBQ0EsU0FBTyxJQUFJLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLFFBQVEsRUFBRSxLQUFLLEtBQUs7QUFDdkQ7QUFFQSxTQUFTLFFBQVEsR0FBbUI7QUFDbEMsUUFBTSxJQUFJLEVBQUUsUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQ3RDLFNBQU8sRUFBRSxTQUFTLEtBQUssR0FBRyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUTtBQUNsRDtBQUdPLFNBQVMsY0FBYyxLQUFpQixRQUF5RjtBQUN0SSxRQUFNLE1BQTJELENBQUM7QUFDbEUsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxLQUFLLElBQUksTUFBTSxRQUFRO0FBQ2hDLFVBQU0sUUFBUSxPQUFPLEVBQUUsS0FBSztBQUM1QixRQUFJLE1BQU0sT0FBTyxFQUFFLEdBQUc7QUFDdEIsUUFBSSxJQUFJLEtBQUssRUFBRSxNQUFNLENBQUMsTUFBTSxLQUFNO0FBQ2xDLFVBQU0sTUFBTSxHQUFHLEtBQUssSUFBSSxHQUFHO0FBQzNCLFFBQUksTUFBTSxTQUFTLENBQUMsS0FBSyxJQUFJLEdBQUcsRUFBRyxLQUFJLEtBQUssRUFBRSxPQUFPLElBQUksQ0FBQztBQUMxRCxTQUFLLElBQUksR0FBRztBQUFBLEVBQ2Q7QUFDQSxRQUFNLFFBQVEsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUNqQyxNQUFJLE1BQU07QUFDVixRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdEIsVUFBTSxZQUFZLFFBQVEsS0FBSyxDQUFDO0FBQ2hDLFFBQUksYUFBYSxNQUFNLEVBQUcsT0FBTTtBQUNoQyxRQUFJLENBQUMsYUFBYSxPQUFPLEdBQUc7QUFDMUIsVUFBSSxJQUFJLElBQUksSUFBSyxLQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssS0FBSyxJQUFJLEdBQUcsU0FBUyxLQUFLLENBQUM7QUFDbkUsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
