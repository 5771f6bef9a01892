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
var eclassDoc_exports = {};
__export(eclassDoc_exports, {
  eclassMarkdown: () => eclassMarkdown,
  functionMarkdown: () => functionMarkdown,
  parseEclass: () => parseEclass,
  variableMarkdown: () => variableMarkdown
});
module.exports = __toCommonJS(eclassDoc_exports);
const MULTILINE_TAGS = /* @__PURE__ */ new Set(["DESCRIPTION", "RETURN", "EXAMPLE", "MAINTAINER", "AUTHOR", "USAGE", "DEPRECATED", "BLURB"]);
function parseBlock(lines, start, end) {
  const tags = /* @__PURE__ */ new Map();
  let current;
  for (let i = start; i < end; i++) {
    const body = lines[i].replace(/^\s*#\s?/, "");
    const m = /^@([A-Z_-]+):?\s*(.*)$/.exec(body);
    if (m) {
      current = m[1].replace(/-/g, "_");
      tags.set(current, m[2].trim());
      if (!MULTILINE_TAGS.has(current)) current = void 0;
    } else if (current) {
      const prev = tags.get(current) ?? "";
      tags.set(current, prev ? `${prev}
${body}` : body);
    }
  }
  for (const [k, v] of tags) tags.set(k, v.replace(/\n+$/, ""));
  return { tags, line: start };
}
function words(value) {
  return value.split(/\s+/).filter(Boolean);
}
function parseEclass(name, text) {
  const info = {
    name,
    functions: /* @__PURE__ */ new Map(),
    variables: /* @__PURE__ */ new Map(),
    inherits: [],
    iuse: [],
    iuseDynamic: false,
    assigned: /* @__PURE__ */ new Set(),
    referenced: /* @__PURE__ */ new Set(),
    exportedPhases: []
  };
  const lines = text.split("\n");
  const fnDocs = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*#\s?@[A-Z]/.test(line)) {
      let j = i;
      while (j < lines.length && /^\s*#/.test(lines[j])) j++;
      const block = parseBlock(lines, i, j);
      const t = block.tags;
      if (t.has("ECLASS")) {
        info.blurb = t.get("BLURB");
        info.description = t.get("DESCRIPTION");
        info.deprecated = t.get("DEPRECATED");
        if (t.has("SUPPORTED_EAPIS")) info.supportedEapis = words(t.get("SUPPORTED_EAPIS") ?? "");
      } else if (t.has("FUNCTION")) {
        fnDocs.set(t.get("FUNCTION") ?? "", block);
      } else {
        const varName = t.get("ECLASS_VARIABLE") ?? t.get("VARIABLE");
        if (varName) {
          info.variables.set(varName, {
            name: varName,
            line: i,
            description: t.get("DESCRIPTION"),
            defaultUnset: t.has("DEFAULT_UNSET"),
            preInherit: t.has("PRE_INHERIT"),
            userVariable: t.has("USER_VARIABLE"),
            outputVariable: t.has("OUTPUT_VARIABLE"),
            required: t.has("REQUIRED"),
            internal: t.has("INTERNAL")
          });
        }
      }
      i = j - 1;
      continue;
    }
    const def = /^\s*(?:function\s+)?([A-Za-z_][\w\-.:+]*)\s*\(\)\s*(?:\{|\(|$)/.exec(line);
    if (def && !info.functions.has(def[1])) info.functions.set(def[1], { name: def[1], line: i, internal: def[1].startsWith("_"), documented: false });
    const inh = /^\s*inherit\s+([^#;]*)/.exec(line);
    if (inh) info.inherits.push(...words(inh[1]).filter((w) => !w.includes("$")));
    const exp = /^\s*EXPORT_FUNCTIONS\s+([^#;]*)/.exec(line);
    if (exp) info.exportedPhases.push(...words(exp[1]));
    const asg = /^\s*(?:export\s+|readonly\s+)?([A-Z_][A-Z0-9_]*)\+?=/.exec(line);
    if (asg) info.assigned.add(asg[1]);
  }
  for (const m of text.matchAll(/\$\{?!?([A-Z_][A-Z0-9_]*)/g)) info.referenced.add(m[1]);
  for (const m of text.matchAll(/^\s*IUSE\+?=(?:"([^"]*)"|'([^']*)'|(\S+))/gm)) {
    const value = m[1] ?? m[2] ?? m[3] ?? "";
    for (const w of words(value)) {
      if (w.includes("$")) info.iuseDynamic = true;
      else info.iuse.push(w.replace(/^[+-]/, ""));
    }
  }
  for (const [fname, block] of fnDocs) {
    const t = block.tags;
    const existing = info.functions.get(fname);
    info.functions.set(fname, {
      name: fname,
      line: existing?.line ?? block.line,
      usage: t.get("USAGE"),
      description: t.get("DESCRIPTION"),
      returns: t.get("RETURN"),
      internal: t.has("INTERNAL"),
      deprecated: t.get("DEPRECATED"),
      documented: true
    });
  }
  return info;
}
function functionMarkdown(eclass, f) {
  const parts = [`\`\`\`bash
${f.name}${f.usage ? ` ${f.usage}` : ""}
\`\`\``, `*from ${eclass}.eclass*`];
  if (f.deprecated !== void 0) parts.push(`**Deprecated**${f.deprecated ? `: ${f.deprecated}` : ""}`);
  if (f.description) parts.push(f.description);
  if (f.returns) parts.push(`Returns: ${f.returns}`);
  return parts.join("\n\n");
}
function variableMarkdown(eclass, v) {
  const flags = [v.preInherit && "set before inherit", v.userVariable && "user variable", v.outputVariable && "output variable", v.required && "required", v.defaultUnset && "unset by default"].filter(Boolean).join(", ");
  return [`\`${v.name}\` \u2014 *${eclass}.eclass variable*${flags ? ` (${flags})` : ""}`, v.description ?? ""].filter(Boolean).join("\n\n");
}
function eclassMarkdown(e) {
  const parts = [`**${e.name}.eclass**${e.blurb ? ` \u2014 ${e.blurb}` : ""}`];
  if (e.deprecated !== void 0) parts.push(`**Deprecated**${e.deprecated ? `: ${e.deprecated}` : ""}`);
  if (e.supportedEapis) parts.push(`Supported EAPIs: ${e.supportedEapis.join(" ")}`);
  if (e.description) parts.push(e.description);
  return parts.join("\n\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  eclassMarkdown,
  functionMarkdown,
  parseEclass,
  variableMarkdown
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9lY2xhc3NEb2MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUmVhZHMgYW4gZWNsYXNzOiBpdHMgZG9jdW1lbnRhdGlvbiBibG9ja3MgKHRoZSBlY2xhc3MtbWFucGFnZXMgZm9ybWF0OiBgIyBARUNMQVNTOmAsIGAjIEBGVU5DVElPTjpgLFxuICogYCMgQEVDTEFTU19WQVJJQUJMRTpgIHdpdGggYEBVU0FHRWAsIGBAREVTQ1JJUFRJT05gLCBgQFJFVFVSTmAsIFx1MjAyNiksIHdoZXJlIGl0cyBmdW5jdGlvbnMgYXJlIGRlZmluZWQsXG4gKiB3aGF0IGl0IGluaGVyaXRzLCB3aGljaCBJVVNFIGl0IGFkZHMgYW5kIHdoaWNoIHZhcmlhYmxlcyBpdCBhc3NpZ25zLiBMaW5lLWJhc2VkOiBlY2xhc3NlcyBhcmVcbiAqIHJlYWQgaW4gYnVsayBhbmQgbXVzdCBuZXZlciBmYWlsIHRvIGxvYWQsIHdoYXRldmVyIHRoZXkgY29udGFpbi5cbiAqL1xuXG5leHBvcnQgaW50ZXJmYWNlIEZ1bmN0aW9uRG9jIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogMC1iYXNlZCBsaW5lIG9mIHRoZSBkZWZpbml0aW9uIChvciBvZiB0aGUgZG9jIGJsb2NrIHdoZW4gdGhlcmUgaXMgbm8gZGVmaW5pdGlvbikuICovXG4gIGxpbmU6IG51bWJlcjtcbiAgdXNhZ2U/OiBzdHJpbmc7XG4gIGRlc2NyaXB0aW9uPzogc3RyaW5nO1xuICByZXR1cm5zPzogc3RyaW5nO1xuICBpbnRlcm5hbDogYm9vbGVhbjtcbiAgZGVwcmVjYXRlZD86IHN0cmluZztcbiAgZG9jdW1lbnRlZDogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBWYXJpYWJsZURvYyB7XG4gIG5hbWU6IHN0cmluZztcbiAgbGluZTogbnVtYmVyO1xuICBkZXNjcmlwdGlvbj86IHN0cmluZztcbiAgZGVmYXVsdFVuc2V0OiBib29sZWFuO1xuICBwcmVJbmhlcml0OiBib29sZWFuO1xuICB1c2VyVmFyaWFibGU6IGJvb2xlYW47XG4gIG91dHB1dFZhcmlhYmxlOiBib29sZWFuO1xuICByZXF1aXJlZDogYm9vbGVhbjtcbiAgaW50ZXJuYWw6IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRWNsYXNzSW5mbyB7XG4gIG5hbWU6IHN0cmluZztcbiAgYmx1cmI/OiBzdHJpbmc7XG4gIGRlc2NyaXB0aW9uPzogc3RyaW5nO1xuICBzdXBwb3J0ZWRFYXBpcz86IHN0cmluZ1tdO1xuICBkZXByZWNhdGVkPzogc3RyaW5nO1xuICBmdW5jdGlvbnM6IE1hcDxzdHJpbmcsIEZ1bmN0aW9uRG9jPjtcbiAgdmFyaWFibGVzOiBNYXA8c3RyaW5nLCBWYXJpYWJsZURvYz47XG4gIGluaGVyaXRzOiBzdHJpbmdbXTtcbiAgLyoqIEZsYWdzIHRoZSBlY2xhc3MgYWRkcyB0byBJVVNFICh3aXRob3V0ICsvLSBkZWZhdWx0cykuICovXG4gIGl1c2U6IHN0cmluZ1tdO1xuICAvKiogVHJ1ZSB3aGVuIGl0cyBJVVNFIGRlcGVuZHMgb24gZXhwYW5zaW9ucyB3ZSBkbyBub3QgZXZhbHVhdGUuICovXG4gIGl1c2VEeW5hbWljOiBib29sZWFuO1xuICAvKiogVXBwZXItY2FzZSB2YXJpYWJsZXMgaXQgYXNzaWducyBhbnl3aGVyZSAoU0xPVCwgTElDRU5TRSwgXHUyMDI2KS4gKi9cbiAgYXNzaWduZWQ6IFNldDxzdHJpbmc+O1xuICAvKiogVXBwZXItY2FzZSB2YXJpYWJsZXMgaXQgcmVhZHMsIGkuZS4gdGhlIG9uZXMgYW4gZWJ1aWxkIG1heSBzZXQgZm9yIGl0LiAqL1xuICByZWZlcmVuY2VkOiBTZXQ8c3RyaW5nPjtcbiAgZXhwb3J0ZWRQaGFzZXM6IHN0cmluZ1tdO1xufVxuXG50eXBlIEJsb2NrID0geyB0YWdzOiBNYXA8c3RyaW5nLCBzdHJpbmc+OyBsaW5lOiBudW1iZXIgfTtcblxuY29uc3QgTVVMVElMSU5FX1RBR1MgPSBuZXcgU2V0KFsnREVTQ1JJUFRJT04nLCAnUkVUVVJOJywgJ0VYQU1QTEUnLCAnTUFJTlRBSU5FUicsICdBVVRIT1InLCAnVVNBR0UnLCAnREVQUkVDQVRFRCcsICdCTFVSQiddKTtcblxuZnVuY3Rpb24gcGFyc2VCbG9jayhsaW5lczogc3RyaW5nW10sIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogQmxvY2sge1xuICBjb25zdCB0YWdzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgbGV0IGN1cnJlbnQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgZW5kOyBpKyspIHtcbiAgICBjb25zdCBib2R5ID0gbGluZXNbaV0ucmVwbGFjZSgvXlxccyojXFxzPy8sICcnKTtcbiAgICBjb25zdCBtID0gL15AKFtBLVpfLV0rKTo/XFxzKiguKikkLy5leGVjKGJvZHkpO1xuICAgIGlmIChtKSB7XG4gICAgICBjdXJyZW50ID0gbVsxXS5yZXBsYWNlKC8tL2csICdfJyk7XG4gICAgICB0YWdzLnNldChjdXJyZW50LCBtWzJdLnRyaW0oKSk7XG4gICAgICBpZiAoIU1VTFRJTElORV9UQUdTLmhhcyhjdXJyZW50KSkgY3VycmVudCA9IHVuZGVmaW5lZDtcbiAgICB9IGVsc2UgaWYgKGN1cnJlbnQpIHtcbiAgICAgIGNvbnN0IHByZXYgPSB0YWdzLmdldChjdXJyZW50KSA/PyAnJztcbiAgICAgIHRhZ3Muc2V0KGN1cnJlbnQsIHByZXYgPyBgJHtwcmV2fVxcbiR7Ym9keX1gIDogYm9keSk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIHRhZ3MpIHRhZ3Muc2V0KGssIHYucmVwbGFjZSgvXFxuKyQvLCAnJykpO1xuICByZXR1cm4geyB0YWdzLCBsaW5lOiBzdGFydCB9O1xufVxuXG5mdW5jdGlvbiB3b3Jkcyh2YWx1ZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICByZXR1cm4gdmFsdWUuc3BsaXQoL1xccysvKS5maWx0ZXIoQm9vbGVhbik7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUVjbGFzcyhuYW1lOiBzdHJpbmcsIHRleHQ6IHN0cmluZyk6IEVjbGFzc0luZm8ge1xuICBjb25zdCBpbmZvOiBFY2xhc3NJbmZvID0ge1xuICAgIG5hbWUsIGZ1bmN0aW9uczogbmV3IE1hcCgpLCB2YXJpYWJsZXM6IG5ldyBNYXAoKSwgaW5oZXJpdHM6IFtdLCBpdXNlOiBbXSwgaXVzZUR5bmFtaWM6IGZhbHNlLCBhc3NpZ25lZDogbmV3IFNldCgpLCByZWZlcmVuY2VkOiBuZXcgU2V0KCksIGV4cG9ydGVkUGhhc2VzOiBbXSxcbiAgfTtcbiAgY29uc3QgbGluZXMgPSB0ZXh0LnNwbGl0KCdcXG4nKTtcbiAgY29uc3QgZm5Eb2NzID0gbmV3IE1hcDxzdHJpbmcsIEJsb2NrPigpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmVzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW2ldO1xuICAgIGlmICgvXlxccyojXFxzP0BbQS1aXS8udGVzdChsaW5lKSkge1xuICAgICAgbGV0IGogPSBpO1xuICAgICAgd2hpbGUgKGogPCBsaW5lcy5sZW5ndGggJiYgL15cXHMqIy8udGVzdChsaW5lc1tqXSkpIGorKztcbiAgICAgIGNvbnN0IGJsb2NrID0gcGFyc2VCbG9jayhsaW5lcywgaSwgaik7XG4gICAgICBjb25zdCB0ID0gYmxvY2sudGFncztcbiAgICAgIGlmICh0LmhhcygnRUNMQVNTJykpIHtcbiAgICAgICAgaW5mby5ibHVyYiA9IHQuZ2V0KCdCTFVSQicpO1xuICAgICAgICBpbmZvLmRlc2NyaXB0aW9uID0gdC5nZXQoJ0RFU0NSSVBUSU9OJyk7XG4gICAgICAgIGluZm8uZGVwcmVjYXRlZCA9IHQuZ2V0KCdERVBSRUNBVEVEJyk7XG4gICAgICAgIGlmICh0LmhhcygnU1VQUE9SVEVEX0VBUElTJykpIGluZm8uc3VwcG9ydGVkRWFwaXMgPSB3b3Jkcyh0LmdldCgnU1VQUE9SVEVEX0VBUElTJykgPz8gJycpO1xuICAgICAgfSBlbHNlIGlmICh0LmhhcygnRlVOQ1RJT04nKSkge1xuICAgICAgICBmbkRvY3Muc2V0KHQuZ2V0KCdGVU5DVElPTicpID8/ICcnLCBibG9jayk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCB2YXJOYW1lID0gdC5nZXQoJ0VDTEFTU19WQVJJQUJMRScpID8/IHQuZ2V0KCdWQVJJQUJMRScpO1xuICAgICAgICBpZiAodmFyTmFtZSkge1xuICAgICAgICAgIGluZm8udmFyaWFibGVzLnNldCh2YXJOYW1lLCB7XG4gICAgICAgICAgICBuYW1lOiB2YXJOYW1lLCBsaW5lOiBpLCBkZXNjcmlwdGlvbjogdC5nZXQoJ0RFU0NSSVBUSU9OJyksIGRlZmF1bHRVbnNldDogdC5oYXMoJ0RFRkFVTFRfVU5TRVQnKSwgcHJlSW5oZXJpdDogdC5oYXMoJ1BSRV9JTkhFUklUJyksXG4gICAgICAgICAgICB1c2VyVmFyaWFibGU6IHQuaGFzKCdVU0VSX1ZBUklBQkxFJyksIG91dHB1dFZhcmlhYmxlOiB0LmhhcygnT1VUUFVUX1ZBUklBQkxFJyksIHJlcXVpcmVkOiB0LmhhcygnUkVRVUlSRUQnKSwgaW50ZXJuYWw6IHQuaGFzKCdJTlRFUk5BTCcpLFxuICAgICAgICAgIH0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICBpID0gaiAtIDE7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgZGVmID0gL15cXHMqKD86ZnVuY3Rpb25cXHMrKT8oW0EtWmEtel9dW1xcd1xcLS46K10qKVxccypcXChcXClcXHMqKD86XFx7fFxcKHwkKS8uZXhlYyhsaW5lKTtcbiAgICBpZiAoZGVmICYmICFpbmZvLmZ1bmN0aW9ucy5oYXMoZGVmWzFdKSkgaW5mby5mdW5jdGlvbnMuc2V0KGRlZlsxXSwgeyBuYW1lOiBkZWZbMV0sIGxpbmU6IGksIGludGVybmFsOiBkZWZbMV0uc3RhcnRzV2l0aCgnXycpLCBkb2N1bWVudGVkOiBmYWxzZSB9KTtcbiAgICBjb25zdCBpbmggPSAvXlxccyppbmhlcml0XFxzKyhbXiM7XSopLy5leGVjKGxpbmUpO1xuICAgIGlmIChpbmgpIGluZm8uaW5oZXJpdHMucHVzaCguLi53b3JkcyhpbmhbMV0pLmZpbHRlcigodykgPT4gIXcuaW5jbHVkZXMoJyQnKSkpO1xuICAgIGNvbnN0IGV4cCA9IC9eXFxzKkVYUE9SVF9GVU5DVElPTlNcXHMrKFteIztdKikvLmV4ZWMobGluZSk7XG4gICAgaWYgKGV4cCkgaW5mby5leHBvcnRlZFBoYXNlcy5wdXNoKC4uLndvcmRzKGV4cFsxXSkpO1xuICAgIGNvbnN0IGFzZyA9IC9eXFxzKig/OmV4cG9ydFxccyt8cmVhZG9ubHlcXHMrKT8oW0EtWl9dW0EtWjAtOV9dKilcXCs/PS8uZXhlYyhsaW5lKTtcbiAgICBpZiAoYXNnKSBpbmZvLmFzc2lnbmVkLmFkZChhc2dbMV0pO1xuICB9XG4gIGZvciAoY29uc3QgbSBvZiB0ZXh0Lm1hdGNoQWxsKC9cXCRcXHs/IT8oW0EtWl9dW0EtWjAtOV9dKikvZykpIGluZm8ucmVmZXJlbmNlZC5hZGQobVsxXSk7XG4gIGZvciAoY29uc3QgbSBvZiB0ZXh0Lm1hdGNoQWxsKC9eXFxzKklVU0VcXCs/PSg/OlwiKFteXCJdKilcInwnKFteJ10qKSd8KFxcUyspKS9nbSkpIHtcbiAgICBjb25zdCB2YWx1ZSA9IG1bMV0gPz8gbVsyXSA/PyBtWzNdID8/ICcnO1xuICAgIGZvciAoY29uc3QgdyBvZiB3b3Jkcyh2YWx1ZSkpIHtcbiAgICAgIGlmICh3LmluY2x1ZGVzKCckJykpIGluZm8uaXVzZUR5bmFtaWMgPSB0cnVlO1xuICAgICAgZWxzZSBpbmZvLml1c2UucHVzaCh3LnJlcGxhY2UoL15bKy1dLywgJycpKTtcbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCBbZm5hbWUsIGJsb2NrXSBvZiBmbkRvY3MpIHtcbiAgICBjb25zdCB0ID0gYmxvY2sudGFncztcbiAgICBjb25zdCBleGlzdGluZyA9IGluZm8uZnVuY3Rpb25zLmdldChmbmFtZSk7XG4gICAgaW5mby5mdW5jdGlvbnMuc2V0KGZuYW1lLCB7XG4gICAgICBuYW1lOiBmbmFtZSwgbGluZTogZXhpc3Rpbmc/LmxpbmUgPz8gYmxvY2subGluZSwgdXNhZ2U6IHQuZ2V0KCdVU0FHRScpLCBkZXNjcmlwdGlvbjogdC5nZXQoJ0RFU0NSSVBUSU9OJyksIHJldHVybnM6IHQuZ2V0KCdSRVRVUk4nKSxcbiAgICAgIGludGVybmFsOiB0LmhhcygnSU5URVJOQUwnKSwgZGVwcmVjYXRlZDogdC5nZXQoJ0RFUFJFQ0FURUQnKSwgZG9jdW1lbnRlZDogdHJ1ZSxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gaW5mbztcbn1cblxuLyoqIE1hcmtkb3duIGZvciBhIGZ1bmN0aW9uJ3MgZG9jdW1lbnRhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmdW5jdGlvbk1hcmtkb3duKGVjbGFzczogc3RyaW5nLCBmOiBGdW5jdGlvbkRvYyk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzID0gW2BcXGBcXGBcXGBiYXNoXFxuJHtmLm5hbWV9JHtmLnVzYWdlID8gYCAke2YudXNhZ2V9YCA6ICcnfVxcblxcYFxcYFxcYGAsIGAqZnJvbSAke2VjbGFzc30uZWNsYXNzKmBdO1xuICBpZiAoZi5kZXByZWNhdGVkICE9PSB1bmRlZmluZWQpIHBhcnRzLnB1c2goYCoqRGVwcmVjYXRlZCoqJHtmLmRlcHJlY2F0ZWQgPyBgOiAke2YuZGVwcmVjYXRlZH1gIDogJyd9YCk7XG4gIGlmIChmLmRlc2NyaXB0aW9uKSBwYXJ0cy5wdXNoKGYuZGVzY3JpcHRpb24pO1xuICBpZiAoZi5yZXR1cm5zKSBwYXJ0cy5wdXNoKGBSZXR1cm5zOiAke2YucmV0dXJuc31gKTtcbiAgcmV0dXJuIHBhcnRzLmpvaW4oJ1xcblxcbicpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFyaWFibGVNYXJrZG93bihlY2xhc3M6IHN0cmluZywgdjogVmFyaWFibGVEb2MpOiBzdHJpbmcge1xuICBjb25zdCBmbGFncyA9IFt2LnByZUluaGVyaXQgJiYgJ3NldCBiZWZvcmUgaW5oZXJpdCcsIHYudXNlclZhcmlhYmxlICYmICd1c2VyIHZhcmlhYmxlJywgdi5vdXRwdXRWYXJpYWJsZSAmJiAnb3V0cHV0IHZhcmlhYmxlJywgdi5yZXF1aXJlZCAmJiAncmVxdWlyZWQnLCB2LmRlZmF1bHRVbnNldCAmJiAndW5zZXQgYnkgZGVmYXVsdCddXG4gICAgLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpO1xuICByZXR1cm4gW2BcXGAke3YubmFtZX1cXGAgXHUyMDE0ICoke2VjbGFzc30uZWNsYXNzIHZhcmlhYmxlKiR7ZmxhZ3MgPyBgICgke2ZsYWdzfSlgIDogJyd9YCwgdi5kZXNjcmlwdGlvbiA/PyAnJ10uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJ1xcblxcbicpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZWNsYXNzTWFya2Rvd24oZTogRWNsYXNzSW5mbyk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzID0gW2AqKiR7ZS5uYW1lfS5lY2xhc3MqKiR7ZS5ibHVyYiA/IGAgXHUyMDE0ICR7ZS5ibHVyYn1gIDogJyd9YF07XG4gIGlmIChlLmRlcHJlY2F0ZWQgIT09IHVuZGVmaW5lZCkgcGFydHMucHVzaChgKipEZXByZWNhdGVkKioke2UuZGVwcmVjYXRlZCA/IGA6ICR7ZS5kZXByZWNhdGVkfWAgOiAnJ31gKTtcbiAgaWYgKGUuc3VwcG9ydGVkRWFwaXMpIHBhcnRzLnB1c2goYFN1cHBvcnRlZCBFQVBJczogJHtlLnN1cHBvcnRlZEVhcGlzLmpvaW4oJyAnKX1gKTtcbiAgaWYgKGUuZGVzY3JpcHRpb24pIHBhcnRzLnB1c2goZS5kZXNjcmlwdGlvbik7XG4gIHJldHVybiBwYXJ0cy5qb2luKCdcXG5cXG4nKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFxREEsTUFBTSxpQkFBaUIsb0JBQUksSUFBSSxDQUFDLGVBQWUsVUFBVSxXQUFXLGNBQWMsVUFBVSxTQUFTLGNBQWMsT0FBTyxDQUFDO0FBRTNILFNBQVMsV0FBVyxPQUFpQixPQUFlLEtBQW9CO0FBQ3RFLFFBQU0sT0FBTyxvQkFBSSxJQUFvQjtBQUNyQyxNQUFJO0FBQ0osV0FBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLEtBQUs7QUFDaEMsVUFBTSxPQUFPLE1BQU0sQ0FBQyxFQUFFLFFBQVEsWUFBWSxFQUFFO0FBQzVDLFVBQU0sSUFBSSx5QkFBeUIsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRztBQUNMLGdCQUFVLEVBQUUsQ0FBQyxFQUFFLFFBQVEsTUFBTSxHQUFHO0FBQ2hDLFdBQUssSUFBSSxTQUFTLEVBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQztBQUM3QixVQUFJLENBQUMsZUFBZSxJQUFJLE9BQU8sRUFBRyxXQUFVO0FBQUEsSUFDOUMsV0FBVyxTQUFTO0FBQ2xCLFlBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxLQUFLO0FBQ2xDLFdBQUssSUFBSSxTQUFTLE9BQU8sR0FBRyxJQUFJO0FBQUEsRUFBSyxJQUFJLEtBQUssSUFBSTtBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFNLE1BQUssSUFBSSxHQUFHLEVBQUUsUUFBUSxRQUFRLEVBQUUsQ0FBQztBQUM1RCxTQUFPLEVBQUUsTUFBTSxNQUFNLE1BQU07QUFDN0I7QUFFQSxTQUFTLE1BQU0sT0FBeUI7QUFDdEMsU0FBTyxNQUFNLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTztBQUMxQztBQUVPLFNBQVMsWUFBWSxNQUFjLE1BQTBCO0FBQ2xFLFFBQU0sT0FBbUI7QUFBQSxJQUN2QjtBQUFBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsSUFBRyxXQUFXLG9CQUFJLElBQUk7QUFBQSxJQUFHLFVBQVUsQ0FBQztBQUFBLElBQUcsTUFBTSxDQUFDO0FBQUEsSUFBRyxhQUFhO0FBQUEsSUFBTyxVQUFVLG9CQUFJLElBQUk7QUFBQSxJQUFHLFlBQVksb0JBQUksSUFBSTtBQUFBLElBQUcsZ0JBQWdCLENBQUM7QUFBQSxFQUM3SjtBQUNBLFFBQU0sUUFBUSxLQUFLLE1BQU0sSUFBSTtBQUM3QixRQUFNLFNBQVMsb0JBQUksSUFBbUI7QUFDdEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksaUJBQWlCLEtBQUssSUFBSSxHQUFHO0FBQy9CLFVBQUksSUFBSTtBQUNSLGFBQU8sSUFBSSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUc7QUFDbkQsWUFBTSxRQUFRLFdBQVcsT0FBTyxHQUFHLENBQUM7QUFDcEMsWUFBTSxJQUFJLE1BQU07QUFDaEIsVUFBSSxFQUFFLElBQUksUUFBUSxHQUFHO0FBQ25CLGFBQUssUUFBUSxFQUFFLElBQUksT0FBTztBQUMxQixhQUFLLGNBQWMsRUFBRSxJQUFJLGFBQWE7QUFDdEMsYUFBSyxhQUFhLEVBQUUsSUFBSSxZQUFZO0FBQ3BDLFlBQUksRUFBRSxJQUFJLGlCQUFpQixFQUFHLE1BQUssaUJBQWlCLE1BQU0sRUFBRSxJQUFJLGlCQUFpQixLQUFLLEVBQUU7QUFBQSxNQUMxRixXQUFXLEVBQUUsSUFBSSxVQUFVLEdBQUc7QUFDNUIsZUFBTyxJQUFJLEVBQUUsSUFBSSxVQUFVLEtBQUssSUFBSSxLQUFLO0FBQUEsTUFDM0MsT0FBTztBQUNMLGNBQU0sVUFBVSxFQUFFLElBQUksaUJBQWlCLEtBQUssRUFBRSxJQUFJLFVBQVU7QUFDNUQsWUFBSSxTQUFTO0FBQ1gsZUFBSyxVQUFVLElBQUksU0FBUztBQUFBLFlBQzFCLE1BQU07QUFBQSxZQUFTLE1BQU07QUFBQSxZQUFHLGFBQWEsRUFBRSxJQUFJLGFBQWE7QUFBQSxZQUFHLGNBQWMsRUFBRSxJQUFJLGVBQWU7QUFBQSxZQUFHLFlBQVksRUFBRSxJQUFJLGFBQWE7QUFBQSxZQUNoSSxjQUFjLEVBQUUsSUFBSSxlQUFlO0FBQUEsWUFBRyxnQkFBZ0IsRUFBRSxJQUFJLGlCQUFpQjtBQUFBLFlBQUcsVUFBVSxFQUFFLElBQUksVUFBVTtBQUFBLFlBQUcsVUFBVSxFQUFFLElBQUksVUFBVTtBQUFBLFVBQ3pJLENBQUM7QUFBQSxRQUNIO0FBQUEsTUFDRjtBQUNBLFVBQUksSUFBSTtBQUNSO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxpRUFBaUUsS0FBSyxJQUFJO0FBQ3RGLFFBQUksT0FBTyxDQUFDLEtBQUssVUFBVSxJQUFJLElBQUksQ0FBQyxDQUFDLEVBQUcsTUFBSyxVQUFVLElBQUksSUFBSSxDQUFDLEdBQUcsRUFBRSxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sR0FBRyxVQUFVLElBQUksQ0FBQyxFQUFFLFdBQVcsR0FBRyxHQUFHLFlBQVksTUFBTSxDQUFDO0FBQ2pKLFVBQU0sTUFBTSx5QkFBeUIsS0FBSyxJQUFJO0FBQzlDLFFBQUksSUFBSyxNQUFLLFNBQVMsS0FBSyxHQUFHLE1BQU0sSUFBSSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxHQUFHLENBQUMsQ0FBQztBQUM1RSxVQUFNLE1BQU0sa0NBQWtDLEtBQUssSUFBSTtBQUN2RCxRQUFJLElBQUssTUFBSyxlQUFlLEtBQUssR0FBRyxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDbEQsVUFBTSxNQUFNLHVEQUF1RCxLQUFLLElBQUk7QUFDNUUsUUFBSSxJQUFLLE1BQUssU0FBUyxJQUFJLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDbkM7QUFDQSxhQUFXLEtBQUssS0FBSyxTQUFTLDRCQUE0QixFQUFHLE1BQUssV0FBVyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0FBQ3JGLGFBQVcsS0FBSyxLQUFLLFNBQVMsNkNBQTZDLEdBQUc7QUFDNUUsVUFBTSxRQUFRLEVBQUUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxLQUFLO0FBQ3RDLGVBQVcsS0FBSyxNQUFNLEtBQUssR0FBRztBQUM1QixVQUFJLEVBQUUsU0FBUyxHQUFHLEVBQUcsTUFBSyxjQUFjO0FBQUEsVUFDbkMsTUFBSyxLQUFLLEtBQUssRUFBRSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDNUM7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sS0FBSyxLQUFLLFFBQVE7QUFDbkMsVUFBTSxJQUFJLE1BQU07QUFDaEIsVUFBTSxXQUFXLEtBQUssVUFBVSxJQUFJLEtBQUs7QUFDekMsU0FBSyxVQUFVLElBQUksT0FBTztBQUFBLE1BQ3hCLE1BQU07QUFBQSxNQUFPLE1BQU0sVUFBVSxRQUFRLE1BQU07QUFBQSxNQUFNLE9BQU8sRUFBRSxJQUFJLE9BQU87QUFBQSxNQUFHLGFBQWEsRUFBRSxJQUFJLGFBQWE7QUFBQSxNQUFHLFNBQVMsRUFBRSxJQUFJLFFBQVE7QUFBQSxNQUNsSSxVQUFVLEVBQUUsSUFBSSxVQUFVO0FBQUEsTUFBRyxZQUFZLEVBQUUsSUFBSSxZQUFZO0FBQUEsTUFBRyxZQUFZO0FBQUEsSUFDNUUsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGlCQUFpQixRQUFnQixHQUF3QjtBQUN2RSxRQUFNLFFBQVEsQ0FBQztBQUFBLEVBQWUsRUFBRSxJQUFJLEdBQUcsRUFBRSxRQUFRLElBQUksRUFBRSxLQUFLLEtBQUssRUFBRTtBQUFBLFNBQVksU0FBUyxNQUFNLFVBQVU7QUFDeEcsTUFBSSxFQUFFLGVBQWUsT0FBVyxPQUFNLEtBQUssaUJBQWlCLEVBQUUsYUFBYSxLQUFLLEVBQUUsVUFBVSxLQUFLLEVBQUUsRUFBRTtBQUNyRyxNQUFJLEVBQUUsWUFBYSxPQUFNLEtBQUssRUFBRSxXQUFXO0FBQzNDLE1BQUksRUFBRSxRQUFTLE9BQU0sS0FBSyxZQUFZLEVBQUUsT0FBTyxFQUFFO0FBQ2pELFNBQU8sTUFBTSxLQUFLLE1BQU07QUFDMUI7QUFFTyxTQUFTLGlCQUFpQixRQUFnQixHQUF3QjtBQUN2RSxRQUFNLFFBQVEsQ0FBQyxFQUFFLGNBQWMsc0JBQXNCLEVBQUUsZ0JBQWdCLGlCQUFpQixFQUFFLGtCQUFrQixtQkFBbUIsRUFBRSxZQUFZLFlBQVksRUFBRSxnQkFBZ0Isa0JBQWtCLEVBQzFMLE9BQU8sT0FBTyxFQUFFLEtBQUssSUFBSTtBQUM1QixTQUFPLENBQUMsS0FBSyxFQUFFLElBQUksY0FBUyxNQUFNLG9CQUFvQixRQUFRLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssTUFBTTtBQUN0STtBQUVPLFNBQVMsZUFBZSxHQUF1QjtBQUNwRCxRQUFNLFFBQVEsQ0FBQyxLQUFLLEVBQUUsSUFBSSxZQUFZLEVBQUUsUUFBUSxXQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUUsRUFBRTtBQUN0RSxNQUFJLEVBQUUsZUFBZSxPQUFXLE9BQU0sS0FBSyxpQkFBaUIsRUFBRSxhQUFhLEtBQUssRUFBRSxVQUFVLEtBQUssRUFBRSxFQUFFO0FBQ3JHLE1BQUksRUFBRSxlQUFnQixPQUFNLEtBQUssb0JBQW9CLEVBQUUsZUFBZSxLQUFLLEdBQUcsQ0FBQyxFQUFFO0FBQ2pGLE1BQUksRUFBRSxZQUFhLE9BQU0sS0FBSyxFQUFFLFdBQVc7QUFDM0MsU0FBTyxNQUFNLEtBQUssTUFBTTtBQUMxQjsiLAogICJuYW1lcyI6IFtdCn0K
