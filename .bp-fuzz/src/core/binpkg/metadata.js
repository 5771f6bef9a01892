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
var metadata_exports = {};
__export(metadata_exports, {
  DEP_KEYS: () => DEP_KEYS,
  USE_EVALUATED_KEYS: () => USE_EVALUATED_KEYS,
  decodeEnvironment: () => decodeEnvironment,
  decodeMetadata: () => decodeMetadata,
  formatDepTree: () => formatDepTree,
  parseDepString: () => parseDepString,
  reduceDepString: () => reduceDepString,
  splitUse: () => splitUse
});
module.exports = __toCommonJS(metadata_exports);
var import_decompress = require("./decompress");
function decodeMetadata(names, values) {
  const out = { metadata: {}, keys: [...names] };
  for (const name of names) {
    const v = values.get(name);
    if (name === "environment.bz2") out.environmentBz2 = v;
    else if (name.endsWith(".ebuild")) out.ebuild = { name, text: v.toString("utf8") };
    else out.metadata[name] = v.toString("utf8").replace(/\n$/, "");
  }
  return out;
}
async function decodeEnvironment(file, bz2, maxBytes = 256 * 1024 * 1024) {
  return (await (0, import_decompress.decompressBuffer)("bzip2", bz2, `${file} (environment.bz2)`, maxBytes)).toString("utf8");
}
function splitUse(use, iuse) {
  const on = new Set((use ?? "").split(/\s+/).filter(Boolean));
  const state = { enabled: [], disabled: [], defaults: {} };
  for (const raw of (iuse ?? "").split(/\s+/).filter(Boolean)) {
    const sign = raw[0] === "+" || raw[0] === "-" ? raw[0] : void 0;
    const flag = sign ? raw.slice(1) : raw;
    if (sign) state.defaults[flag] = sign;
    (on.has(flag) ? state.enabled : state.disabled).push(flag);
  }
  return state;
}
const OPERATORS = { "||": "any-of", "^^": "exactly-one-of", "??": "at-most-one-of" };
function parseDepString(text) {
  const tokens = text.split(/\s+/).filter(Boolean);
  let i = 0;
  const group = (depth) => {
    const nodes = [];
    while (i < tokens.length) {
      const t = tokens[i++];
      if (t === ")") {
        if (depth > 0) return nodes;
        nodes.push({ kind: "atom", text: t });
        continue;
      }
      const next = tokens[i];
      if (OPERATORS[t] && next === "(") {
        i++;
        nodes.push({ kind: OPERATORS[t], children: group(depth + 1) });
      } else if (t.endsWith("?") && t.length > 1 && next === "(") {
        i++;
        const negated = t.startsWith("!");
        nodes.push({ kind: "use", flag: t.slice(negated ? 1 : 0, -1), negated, children: group(depth + 1) });
      } else if (t === "(") {
        nodes.push({ kind: "all-of", children: group(depth + 1) });
      } else nodes.push({ kind: "atom", text: t });
    }
    return nodes;
  };
  return group(0);
}
function formatDepTree(nodes, indent = "") {
  const lines = [];
  for (const n of nodes) {
    if (n.kind === "atom") lines.push(indent + n.text);
    else {
      const head = n.kind === "use" ? `${n.negated ? "!" : ""}${n.flag}? (` : n.kind === "all-of" ? "(" : `${opText(n.kind)} (`;
      lines.push(indent + head, formatDepTree(n.children, indent + "  "), indent + ")");
    }
  }
  return lines.filter((l) => l !== "").join("\n");
}
function opText(kind) {
  return kind === "any-of" ? "||" : kind === "exactly-one-of" ? "^^" : "??";
}
function reduceDepString(text, enabled) {
  const use = new Set(enabled);
  const reduce = (nodes, inAnyOf) => {
    const out = [];
    for (const n of nodes) {
      if (n.kind === "atom") out.push(n.text);
      else if (n.kind === "use") {
        if (use.has(n.flag) === n.negated) continue;
        const items = reduce(n.children, false);
        if (inAnyOf && items.length > 1) out.push({ items });
        else out.push(...items);
      } else if (n.kind === "all-of") {
        const items = reduce(n.children, false);
        if (inAnyOf && items.length > 1) out.push({ items });
        else out.push(...items);
      } else {
        const items = reduce(n.children, true);
        if (items.length === 0) continue;
        if (items.length === 1) {
          const only = items[0];
          if (typeof only !== "string" && !only.op && !inAnyOf) out.push(...only.items);
          else out.push(only);
        } else out.push({ op: opText(n.kind), items });
      }
    }
    return out;
  };
  const enclose = (items) => items.map((x) => typeof x === "string" ? x : `${x.op ? x.op + " " : ""}( ${enclose(x.items)} )`).join(" ");
  return enclose(reduce(parseDepString(text), false));
}
const DEP_KEYS = ["BDEPEND", "DEPEND", "IDEPEND", "RDEPEND", "PDEPEND"];
const USE_EVALUATED_KEYS = ["BDEPEND", "DEPEND", "IDEPEND", "LICENSE", "RDEPEND", "PDEPEND", "PROPERTIES", "RESTRICT"];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEP_KEYS,
  USE_EVALUATED_KEYS,
  decodeEnvironment,
  decodeMetadata,
  formatDepTree,
  parseDepString,
  reduceDepString,
  splitUse
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL21ldGFkYXRhLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIERlY29kaW5nIGEgcGFja2FnZSdzIG1ldGFkYXRhIGVudHJpZXMgKHRoZSBzYW1lIGtleXMgaW4gWFBBSyBhbmQgaW4gR1BLRydzIG1ldGFkYXRhLnRhcik6IHRleHQgdmFsdWVzLFxuICogdGhlIGVtYmVkZGVkIGA8UEY+LmVidWlsZGAsIGBlbnZpcm9ubWVudC5iejJgIChkZWNvbXByZXNzZWQgb24gZGVtYW5kKSwgVVNFIGFnYWluc3QgSVVTRSwgYW5kXG4gKiBkZXBlbmRlbmN5IHN0cmluZ3MgYXMgYSB0cmVlIGZvciBkaXNwbGF5IGFuZCByZWR1Y2VkIGJ5IFVTRSB0aGUgd2F5IFBvcnRhZ2Ugd3JpdGVzIHRoZW0gaW4gYFBhY2thZ2VzYC5cbiAqL1xuaW1wb3J0IHsgZGVjb21wcmVzc0J1ZmZlciB9IGZyb20gJy4vZGVjb21wcmVzcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGVjb2RlZE1ldGFkYXRhIHtcbiAgLyoqIFRleHQgdmFsdWVzIGJ5IFBvcnRhZ2Uga2V5LCB3aXRob3V0IHRoZSB0cmFpbGluZyBuZXdsaW5lIFBvcnRhZ2Ugc3RvcmVzLiAqL1xuICBtZXRhZGF0YTogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgZWJ1aWxkPzogeyBuYW1lOiBzdHJpbmc7IHRleHQ6IHN0cmluZyB9O1xuICBlbnZpcm9ubWVudEJ6Mj86IEJ1ZmZlcjtcbiAgLyoqIEV2ZXJ5IGVudHJ5IG5hbWUgYXMgc3RvcmVkLCBpbiBzdG9yZWQgb3JkZXIuICovXG4gIGtleXM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlTWV0YWRhdGEobmFtZXM6IHN0cmluZ1tdLCB2YWx1ZXM6IE1hcDxzdHJpbmcsIEJ1ZmZlcj4pOiBEZWNvZGVkTWV0YWRhdGEge1xuICBjb25zdCBvdXQ6IERlY29kZWRNZXRhZGF0YSA9IHsgbWV0YWRhdGE6IHt9LCBrZXlzOiBbLi4ubmFtZXNdIH07XG4gIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykge1xuICAgIGNvbnN0IHYgPSB2YWx1ZXMuZ2V0KG5hbWUpITtcbiAgICBpZiAobmFtZSA9PT0gJ2Vudmlyb25tZW50LmJ6MicpIG91dC5lbnZpcm9ubWVudEJ6MiA9IHY7XG4gICAgZWxzZSBpZiAobmFtZS5lbmRzV2l0aCgnLmVidWlsZCcpKSBvdXQuZWJ1aWxkID0geyBuYW1lLCB0ZXh0OiB2LnRvU3RyaW5nKCd1dGY4JykgfTtcbiAgICBlbHNlIG91dC5tZXRhZGF0YVtuYW1lXSA9IHYudG9TdHJpbmcoJ3V0ZjgnKS5yZXBsYWNlKC9cXG4kLywgJycpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUaGUgc2F2ZWQgZWJ1aWxkIGVudmlyb25tZW50IGFzIHRleHQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZGVjb2RlRW52aXJvbm1lbnQoZmlsZTogc3RyaW5nLCBiejI6IEJ1ZmZlciwgbWF4Qnl0ZXMgPSAyNTYgKiAxMDI0ICogMTAyNCk6IFByb21pc2U8c3RyaW5nPiB7XG4gIHJldHVybiAoYXdhaXQgZGVjb21wcmVzc0J1ZmZlcignYnppcDInLCBiejIsIGAke2ZpbGV9IChlbnZpcm9ubWVudC5iejIpYCwgbWF4Qnl0ZXMpKS50b1N0cmluZygndXRmOCcpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFVzZVN0YXRlIHtcbiAgLyoqIElVU0UgZmxhZ3MgKHdpdGhvdXQgKy8tKSB0aGF0IGFyZSBvbiwgaW4gSVVTRSBvcmRlci4gKi9cbiAgZW5hYmxlZDogc3RyaW5nW107XG4gIGRpc2FibGVkOiBzdHJpbmdbXTtcbiAgLyoqIElVU0UgZGVmYXVsdHM6IGArZG9jYCBcdTIxOTIgeyBkb2M6ICcrJyB9LiAqL1xuICBkZWZhdWx0czogUmVjb3JkPHN0cmluZywgJysnIHwgJy0nPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlKHVzZTogc3RyaW5nIHwgdW5kZWZpbmVkLCBpdXNlOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBVc2VTdGF0ZSB7XG4gIGNvbnN0IG9uID0gbmV3IFNldCgodXNlID8/ICcnKS5zcGxpdCgvXFxzKy8pLmZpbHRlcihCb29sZWFuKSk7XG4gIGNvbnN0IHN0YXRlOiBVc2VTdGF0ZSA9IHsgZW5hYmxlZDogW10sIGRpc2FibGVkOiBbXSwgZGVmYXVsdHM6IHt9IH07XG4gIGZvciAoY29uc3QgcmF3IG9mIChpdXNlID8/ICcnKS5zcGxpdCgvXFxzKy8pLmZpbHRlcihCb29sZWFuKSkge1xuICAgIGNvbnN0IHNpZ24gPSByYXdbMF0gPT09ICcrJyB8fCByYXdbMF0gPT09ICctJyA/IChyYXdbMF0gYXMgJysnIHwgJy0nKSA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCBmbGFnID0gc2lnbiA/IHJhdy5zbGljZSgxKSA6IHJhdztcbiAgICBpZiAoc2lnbikgc3RhdGUuZGVmYXVsdHNbZmxhZ10gPSBzaWduO1xuICAgIChvbi5oYXMoZmxhZykgPyBzdGF0ZS5lbmFibGVkIDogc3RhdGUuZGlzYWJsZWQpLnB1c2goZmxhZyk7XG4gIH1cbiAgcmV0dXJuIHN0YXRlO1xufVxuXG5leHBvcnQgdHlwZSBEZXBOb2RlID1cbiAgfCB7IGtpbmQ6ICdhdG9tJzsgdGV4dDogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdhbGwtb2YnIHwgJ2FueS1vZicgfCAnZXhhY3RseS1vbmUtb2YnIHwgJ2F0LW1vc3Qtb25lLW9mJzsgY2hpbGRyZW46IERlcE5vZGVbXSB9XG4gIHwgeyBraW5kOiAndXNlJzsgZmxhZzogc3RyaW5nOyBuZWdhdGVkOiBib29sZWFuOyBjaGlsZHJlbjogRGVwTm9kZVtdIH07XG5cbmNvbnN0IE9QRVJBVE9SUzogUmVjb3JkPHN0cmluZywgJ2FueS1vZicgfCAnZXhhY3RseS1vbmUtb2YnIHwgJ2F0LW1vc3Qtb25lLW9mJz4gPSB7ICd8fCc6ICdhbnktb2YnLCAnXl4nOiAnZXhhY3RseS1vbmUtb2YnLCAnPz8nOiAnYXQtbW9zdC1vbmUtb2YnIH07XG5cbi8qKiBQYXJzZSBhIGRlcGVuZGVuY3ktbGlrZSBzdHJpbmcgKERFUEVORCwgTElDRU5TRSwgUkVTVFJJQ1RcdTIwMjYpLiBVbmJhbGFuY2VkIGlucHV0IGlzIGtlcHQgYXMgYXRvbXMsIG5ldmVyIHRocm93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZURlcFN0cmluZyh0ZXh0OiBzdHJpbmcpOiBEZXBOb2RlW10ge1xuICBjb25zdCB0b2tlbnMgPSB0ZXh0LnNwbGl0KC9cXHMrLykuZmlsdGVyKEJvb2xlYW4pO1xuICBsZXQgaSA9IDA7XG4gIGNvbnN0IGdyb3VwID0gKGRlcHRoOiBudW1iZXIpOiBEZXBOb2RlW10gPT4ge1xuICAgIGNvbnN0IG5vZGVzOiBEZXBOb2RlW10gPSBbXTtcbiAgICB3aGlsZSAoaSA8IHRva2Vucy5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IHQgPSB0b2tlbnNbaSsrXTtcbiAgICAgIGlmICh0ID09PSAnKScpIHtcbiAgICAgICAgaWYgKGRlcHRoID4gMCkgcmV0dXJuIG5vZGVzO1xuICAgICAgICBub2Rlcy5wdXNoKHsga2luZDogJ2F0b20nLCB0ZXh0OiB0IH0pO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IG5leHQgPSB0b2tlbnNbaV07XG4gICAgICBpZiAoT1BFUkFUT1JTW3RdICYmIG5leHQgPT09ICcoJykge1xuICAgICAgICBpKys7XG4gICAgICAgIG5vZGVzLnB1c2goeyBraW5kOiBPUEVSQVRPUlNbdF0sIGNoaWxkcmVuOiBncm91cChkZXB0aCArIDEpIH0pO1xuICAgICAgfSBlbHNlIGlmICh0LmVuZHNXaXRoKCc/JykgJiYgdC5sZW5ndGggPiAxICYmIG5leHQgPT09ICcoJykge1xuICAgICAgICBpKys7XG4gICAgICAgIGNvbnN0IG5lZ2F0ZWQgPSB0LnN0YXJ0c1dpdGgoJyEnKTtcbiAgICAgICAgbm9kZXMucHVzaCh7IGtpbmQ6ICd1c2UnLCBmbGFnOiB0LnNsaWNlKG5lZ2F0ZWQgPyAxIDogMCwgLTEpLCBuZWdhdGVkLCBjaGlsZHJlbjogZ3JvdXAoZGVwdGggKyAxKSB9KTtcbiAgICAgIH0gZWxzZSBpZiAodCA9PT0gJygnKSB7XG4gICAgICAgIG5vZGVzLnB1c2goeyBraW5kOiAnYWxsLW9mJywgY2hpbGRyZW46IGdyb3VwKGRlcHRoICsgMSkgfSk7XG4gICAgICB9IGVsc2Ugbm9kZXMucHVzaCh7IGtpbmQ6ICdhdG9tJywgdGV4dDogdCB9KTtcbiAgICB9XG4gICAgcmV0dXJuIG5vZGVzO1xuICB9O1xuICByZXR1cm4gZ3JvdXAoMCk7XG59XG5cbi8qKiBJbmRlbnRlZCB0ZXh0IGZvciBhIHRlcm1pbmFsOiBvbmUgYXRvbSBvciBncm91cCBwZXIgbGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXREZXBUcmVlKG5vZGVzOiBEZXBOb2RlW10sIGluZGVudCA9ICcnKTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgbiBvZiBub2Rlcykge1xuICAgIGlmIChuLmtpbmQgPT09ICdhdG9tJykgbGluZXMucHVzaChpbmRlbnQgKyBuLnRleHQpO1xuICAgIGVsc2Uge1xuICAgICAgY29uc3QgaGVhZCA9IG4ua2luZCA9PT0gJ3VzZScgPyBgJHtuLm5lZ2F0ZWQgPyAnIScgOiAnJ30ke24uZmxhZ30/IChgIDogbi5raW5kID09PSAnYWxsLW9mJyA/ICcoJyA6IGAke29wVGV4dChuLmtpbmQpfSAoYDtcbiAgICAgIGxpbmVzLnB1c2goaW5kZW50ICsgaGVhZCwgZm9ybWF0RGVwVHJlZShuLmNoaWxkcmVuLCBpbmRlbnQgKyAnICAnKSwgaW5kZW50ICsgJyknKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGxpbmVzLmZpbHRlcigobCkgPT4gbCAhPT0gJycpLmpvaW4oJ1xcbicpO1xufVxuXG5mdW5jdGlvbiBvcFRleHQoa2luZDogJ2FueS1vZicgfCAnZXhhY3RseS1vbmUtb2YnIHwgJ2F0LW1vc3Qtb25lLW9mJyk6IHN0cmluZyB7XG4gIHJldHVybiBraW5kID09PSAnYW55LW9mJyA/ICd8fCcgOiBraW5kID09PSAnZXhhY3RseS1vbmUtb2YnID8gJ15eJyA6ICc/Pyc7XG59XG5cbnR5cGUgUmVkdWNlZCA9IHN0cmluZyB8IHsgb3A/OiBzdHJpbmc7IGl0ZW1zOiBSZWR1Y2VkW10gfTtcblxuLyoqXG4gKiBFdmFsdWF0ZSBVU0UgY29uZGl0aW9uYWxzIGFzIFBvcnRhZ2UncyB1c2VfcmVkdWNlICsgcGFyZW5fZW5jbG9zZSBkbyBmb3IgdGhlIGBQYWNrYWdlc2AgaW5kZXg6XG4gKiB0cnVlIGNvbmRpdGlvbmFscyBhcmUgaW5saW5lZCwgZmFsc2Ugb25lcyBkcm9wcGVkLCByZWR1bmRhbnQgcGFyZW50aGVzZXMgcmVtb3ZlZCwgYHx8ICggQSApYCBcdTIxOTIgYEFgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVkdWNlRGVwU3RyaW5nKHRleHQ6IHN0cmluZywgZW5hYmxlZDogSXRlcmFibGU8c3RyaW5nPik6IHN0cmluZyB7XG4gIGNvbnN0IHVzZSA9IG5ldyBTZXQoZW5hYmxlZCk7XG4gIGNvbnN0IHJlZHVjZSA9IChub2RlczogRGVwTm9kZVtdLCBpbkFueU9mOiBib29sZWFuKTogUmVkdWNlZFtdID0+IHtcbiAgICBjb25zdCBvdXQ6IFJlZHVjZWRbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgbiBvZiBub2Rlcykge1xuICAgICAgaWYgKG4ua2luZCA9PT0gJ2F0b20nKSBvdXQucHVzaChuLnRleHQpO1xuICAgICAgZWxzZSBpZiAobi5raW5kID09PSAndXNlJykge1xuICAgICAgICBpZiAodXNlLmhhcyhuLmZsYWcpID09PSBuLm5lZ2F0ZWQpIGNvbnRpbnVlO1xuICAgICAgICBjb25zdCBpdGVtcyA9IHJlZHVjZShuLmNoaWxkcmVuLCBmYWxzZSk7XG4gICAgICAgIGlmIChpbkFueU9mICYmIGl0ZW1zLmxlbmd0aCA+IDEpIG91dC5wdXNoKHsgaXRlbXMgfSk7XG4gICAgICAgIGVsc2Ugb3V0LnB1c2goLi4uaXRlbXMpO1xuICAgICAgfSBlbHNlIGlmIChuLmtpbmQgPT09ICdhbGwtb2YnKSB7XG4gICAgICAgIGNvbnN0IGl0ZW1zID0gcmVkdWNlKG4uY2hpbGRyZW4sIGZhbHNlKTtcbiAgICAgICAgaWYgKGluQW55T2YgJiYgaXRlbXMubGVuZ3RoID4gMSkgb3V0LnB1c2goeyBpdGVtcyB9KTtcbiAgICAgICAgZWxzZSBvdXQucHVzaCguLi5pdGVtcyk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCBpdGVtcyA9IHJlZHVjZShuLmNoaWxkcmVuLCB0cnVlKTtcbiAgICAgICAgaWYgKGl0ZW1zLmxlbmd0aCA9PT0gMCkgY29udGludWU7XG4gICAgICAgIGlmIChpdGVtcy5sZW5ndGggPT09IDEpIHtcbiAgICAgICAgICBjb25zdCBvbmx5ID0gaXRlbXNbMF07XG4gICAgICAgICAgaWYgKHR5cGVvZiBvbmx5ICE9PSAnc3RyaW5nJyAmJiAhb25seS5vcCAmJiAhaW5BbnlPZikgb3V0LnB1c2goLi4ub25seS5pdGVtcyk7XG4gICAgICAgICAgZWxzZSBvdXQucHVzaChvbmx5KTtcbiAgICAgICAgfSBlbHNlIG91dC5wdXNoKHsgb3A6IG9wVGV4dChuLmtpbmQpLCBpdGVtcyB9KTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbiAgY29uc3QgZW5jbG9zZSA9IChpdGVtczogUmVkdWNlZFtdKTogc3RyaW5nID0+XG4gICAgaXRlbXMubWFwKCh4KSA9PiAodHlwZW9mIHggPT09ICdzdHJpbmcnID8geCA6IGAke3gub3AgPyB4Lm9wICsgJyAnIDogJyd9KCAke2VuY2xvc2UoeC5pdGVtcyl9IClgKSkuam9pbignICcpO1xuICByZXR1cm4gZW5jbG9zZShyZWR1Y2UocGFyc2VEZXBTdHJpbmcodGV4dCksIGZhbHNlKSk7XG59XG5cbi8qKiBLZXlzIGhvbGRpbmcgZGVwZW5kZW5jeS1saWtlIHN0cmluZ3MsIHNob3duIGFzIHRyZWVzIGFuZCBVU0UtcmVkdWNlZCBpbiB0aGUgaW5kZXguICovXG5leHBvcnQgY29uc3QgREVQX0tFWVMgPSBbJ0JERVBFTkQnLCAnREVQRU5EJywgJ0lERVBFTkQnLCAnUkRFUEVORCcsICdQREVQRU5EJ107XG5leHBvcnQgY29uc3QgVVNFX0VWQUxVQVRFRF9LRVlTID0gWydCREVQRU5EJywgJ0RFUEVORCcsICdJREVQRU5EJywgJ0xJQ0VOU0UnLCAnUkRFUEVORCcsICdQREVQRU5EJywgJ1BST1BFUlRJRVMnLCAnUkVTVFJJQ1QnXTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHdCQUFpQztBQVcxQixTQUFTLGVBQWUsT0FBaUIsUUFBOEM7QUFDNUYsUUFBTSxNQUF1QixFQUFFLFVBQVUsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxHQUFHLEtBQUssRUFBRTtBQUM5RCxhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLElBQUksT0FBTyxJQUFJLElBQUk7QUFDekIsUUFBSSxTQUFTLGtCQUFtQixLQUFJLGlCQUFpQjtBQUFBLGFBQzVDLEtBQUssU0FBUyxTQUFTLEVBQUcsS0FBSSxTQUFTLEVBQUUsTUFBTSxNQUFNLEVBQUUsU0FBUyxNQUFNLEVBQUU7QUFBQSxRQUM1RSxLQUFJLFNBQVMsSUFBSSxJQUFJLEVBQUUsU0FBUyxNQUFNLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFBQSxFQUNoRTtBQUNBLFNBQU87QUFDVDtBQUdBLGVBQXNCLGtCQUFrQixNQUFjLEtBQWEsV0FBVyxNQUFNLE9BQU8sTUFBdUI7QUFDaEgsVUFBUSxVQUFNLG9DQUFpQixTQUFTLEtBQUssR0FBRyxJQUFJLHNCQUFzQixRQUFRLEdBQUcsU0FBUyxNQUFNO0FBQ3RHO0FBVU8sU0FBUyxTQUFTLEtBQXlCLE1BQW9DO0FBQ3BGLFFBQU0sS0FBSyxJQUFJLEtBQUssT0FBTyxJQUFJLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxDQUFDO0FBQzNELFFBQU0sUUFBa0IsRUFBRSxTQUFTLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxVQUFVLENBQUMsRUFBRTtBQUNsRSxhQUFXLFFBQVEsUUFBUSxJQUFJLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxHQUFHO0FBQzNELFVBQU0sT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLE1BQU8sSUFBSSxDQUFDLElBQWtCO0FBQ3hFLFVBQU0sT0FBTyxPQUFPLElBQUksTUFBTSxDQUFDLElBQUk7QUFDbkMsUUFBSSxLQUFNLE9BQU0sU0FBUyxJQUFJLElBQUk7QUFDakMsS0FBQyxHQUFHLElBQUksSUFBSSxJQUFJLE1BQU0sVUFBVSxNQUFNLFVBQVUsS0FBSyxJQUFJO0FBQUEsRUFDM0Q7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxNQUFNLFlBQTRFLEVBQUUsTUFBTSxVQUFVLE1BQU0sa0JBQWtCLE1BQU0saUJBQWlCO0FBRzVJLFNBQVMsZUFBZSxNQUF5QjtBQUN0RCxRQUFNLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLE9BQU87QUFDL0MsTUFBSSxJQUFJO0FBQ1IsUUFBTSxRQUFRLENBQUMsVUFBNkI7QUFDMUMsVUFBTSxRQUFtQixDQUFDO0FBQzFCLFdBQU8sSUFBSSxPQUFPLFFBQVE7QUFDeEIsWUFBTSxJQUFJLE9BQU8sR0FBRztBQUNwQixVQUFJLE1BQU0sS0FBSztBQUNiLFlBQUksUUFBUSxFQUFHLFFBQU87QUFDdEIsY0FBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3BDO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxPQUFPLENBQUM7QUFDckIsVUFBSSxVQUFVLENBQUMsS0FBSyxTQUFTLEtBQUs7QUFDaEM7QUFDQSxjQUFNLEtBQUssRUFBRSxNQUFNLFVBQVUsQ0FBQyxHQUFHLFVBQVUsTUFBTSxRQUFRLENBQUMsRUFBRSxDQUFDO0FBQUEsTUFDL0QsV0FBVyxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsU0FBUyxLQUFLLFNBQVMsS0FBSztBQUMxRDtBQUNBLGNBQU0sVUFBVSxFQUFFLFdBQVcsR0FBRztBQUNoQyxjQUFNLEtBQUssRUFBRSxNQUFNLE9BQU8sTUFBTSxFQUFFLE1BQU0sVUFBVSxJQUFJLEdBQUcsRUFBRSxHQUFHLFNBQVMsVUFBVSxNQUFNLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFBQSxNQUNyRyxXQUFXLE1BQU0sS0FBSztBQUNwQixjQUFNLEtBQUssRUFBRSxNQUFNLFVBQVUsVUFBVSxNQUFNLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFBQSxNQUMzRCxNQUFPLE9BQU0sS0FBSyxFQUFFLE1BQU0sUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzdDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE1BQU0sQ0FBQztBQUNoQjtBQUdPLFNBQVMsY0FBYyxPQUFrQixTQUFTLElBQVk7QUFDbkUsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksRUFBRSxTQUFTLE9BQVEsT0FBTSxLQUFLLFNBQVMsRUFBRSxJQUFJO0FBQUEsU0FDNUM7QUFDSCxZQUFNLE9BQU8sRUFBRSxTQUFTLFFBQVEsR0FBRyxFQUFFLFVBQVUsTUFBTSxFQUFFLEdBQUcsRUFBRSxJQUFJLFFBQVEsRUFBRSxTQUFTLFdBQVcsTUFBTSxHQUFHLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFDckgsWUFBTSxLQUFLLFNBQVMsTUFBTSxjQUFjLEVBQUUsVUFBVSxTQUFTLElBQUksR0FBRyxTQUFTLEdBQUc7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLE1BQU0sT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQ2hEO0FBRUEsU0FBUyxPQUFPLE1BQThEO0FBQzVFLFNBQU8sU0FBUyxXQUFXLE9BQU8sU0FBUyxtQkFBbUIsT0FBTztBQUN2RTtBQVFPLFNBQVMsZ0JBQWdCLE1BQWMsU0FBbUM7QUFDL0UsUUFBTSxNQUFNLElBQUksSUFBSSxPQUFPO0FBQzNCLFFBQU0sU0FBUyxDQUFDLE9BQWtCLFlBQWdDO0FBQ2hFLFVBQU0sTUFBaUIsQ0FBQztBQUN4QixlQUFXLEtBQUssT0FBTztBQUNyQixVQUFJLEVBQUUsU0FBUyxPQUFRLEtBQUksS0FBSyxFQUFFLElBQUk7QUFBQSxlQUM3QixFQUFFLFNBQVMsT0FBTztBQUN6QixZQUFJLElBQUksSUFBSSxFQUFFLElBQUksTUFBTSxFQUFFLFFBQVM7QUFDbkMsY0FBTSxRQUFRLE9BQU8sRUFBRSxVQUFVLEtBQUs7QUFDdEMsWUFBSSxXQUFXLE1BQU0sU0FBUyxFQUFHLEtBQUksS0FBSyxFQUFFLE1BQU0sQ0FBQztBQUFBLFlBQzlDLEtBQUksS0FBSyxHQUFHLEtBQUs7QUFBQSxNQUN4QixXQUFXLEVBQUUsU0FBUyxVQUFVO0FBQzlCLGNBQU0sUUFBUSxPQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3RDLFlBQUksV0FBVyxNQUFNLFNBQVMsRUFBRyxLQUFJLEtBQUssRUFBRSxNQUFNLENBQUM7QUFBQSxZQUM5QyxLQUFJLEtBQUssR0FBRyxLQUFLO0FBQUEsTUFDeEIsT0FBTztBQUNMLGNBQU0sUUFBUSxPQUFPLEVBQUUsVUFBVSxJQUFJO0FBQ3JDLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsWUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixnQkFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixjQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsS0FBSyxNQUFNLENBQUMsUUFBUyxLQUFJLEtBQUssR0FBRyxLQUFLLEtBQUs7QUFBQSxjQUN2RSxLQUFJLEtBQUssSUFBSTtBQUFBLFFBQ3BCLE1BQU8sS0FBSSxLQUFLLEVBQUUsSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUFBLE1BQy9DO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxVQUFVLENBQUMsVUFDZixNQUFNLElBQUksQ0FBQyxNQUFPLE9BQU8sTUFBTSxXQUFXLElBQUksR0FBRyxFQUFFLEtBQUssRUFBRSxLQUFLLE1BQU0sRUFBRSxLQUFLLFFBQVEsRUFBRSxLQUFLLENBQUMsSUFBSyxFQUFFLEtBQUssR0FBRztBQUM3RyxTQUFPLFFBQVEsT0FBTyxlQUFlLElBQUksR0FBRyxLQUFLLENBQUM7QUFDcEQ7QUFHTyxNQUFNLFdBQVcsQ0FBQyxXQUFXLFVBQVUsV0FBVyxXQUFXLFNBQVM7QUFDdEUsTUFBTSxxQkFBcUIsQ0FBQyxXQUFXLFVBQVUsV0FBVyxXQUFXLFdBQVcsV0FBVyxjQUFjLFVBQVU7IiwKICAibmFtZXMiOiBbXQp9Cg==
