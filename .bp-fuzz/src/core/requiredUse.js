"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
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
var requiredUse_exports = {};
__export(requiredUse_exports, {
  evaluateRequiredUse: () => evaluateRequiredUse,
  parseRequiredUse: () => parseRequiredUse,
  requiredUseFlags: () => requiredUseFlags,
  satisfiesRequiredUse: () => satisfiesRequiredUse
});
module.exports = __toCommonJS(requiredUse_exports);
var import_userError = require("./userError");
const GROUP_KINDS = { "||": "any-of", "^^": "exactly-one-of", "??": "at-most-one-of" };
const FLAG_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;
function syntaxError(text, what) {
  return new import_userError.UserError(`REQUIRED_USE "${text.trim()}" cannot be read: ${what}.`, "Fix REQUIRED_USE in the ebuild (see PMS 8.2.7: flag, !flag, flag? ( \u2026 ), || ( \u2026 ), ^^ ( \u2026 ), ?? ( \u2026 )).", "bad-required-use");
}
function parseRequiredUse(text) {
  const tokens = text.split(/\s+/).filter(Boolean);
  let pos = 0;
  const items = (nested) => {
    const out = [];
    while (pos < tokens.length) {
      const t = tokens[pos];
      if (t === ")") {
        if (!nested) throw syntaxError(text, 'a ")" closes nothing');
        pos++;
        return out;
      }
      pos++;
      const open = () => {
        if (tokens[pos] !== "(") throw syntaxError(text, `"${t}" must be followed by "( \u2026 )"`);
        pos++;
        return items(true);
      };
      if (t === "(") out.push({ kind: "all", children: items(true) });
      else if (t in GROUP_KINDS) out.push({ kind: GROUP_KINDS[t], children: open() });
      else if (t.endsWith("?")) {
        const negated = t.startsWith("!");
        const flag = t.slice(negated ? 1 : 0, -1);
        if (!FLAG_RE.test(flag)) throw syntaxError(text, `"${t}" is not a USE conditional`);
        out.push({ kind: "if", flag, negated, children: open() });
      } else {
        const negated = t.startsWith("!");
        const name = negated ? t.slice(1) : t;
        if (!FLAG_RE.test(name)) throw syntaxError(text, `"${t}" is not a USE flag`);
        out.push({ kind: "flag", name, negated });
      }
    }
    if (nested) throw syntaxError(text, 'a "(" is never closed');
    return out;
  };
  return items(false);
}
function requiredUseFlags(nodes) {
  const seen = /* @__PURE__ */ new Set();
  const walk = (n) => {
    if (n.kind === "flag") seen.add(n.name);
    else {
      if (n.kind === "if") seen.add(n.flag);
      n.children.forEach(walk);
    }
  };
  nodes.forEach(walk);
  return [...seen];
}
function evaluateRequiredUse(nodes, use) {
  return all(nodes, use);
}
function satisfiesRequiredUse(nodes, use) {
  return evaluateRequiredUse(nodes, use) === true;
}
function all(nodes, use) {
  let unknown = false;
  for (const n of nodes) {
    const v = evaluate(n, use);
    if (v === false) return false;
    if (v === void 0) unknown = true;
  }
  return unknown ? void 0 : true;
}
function flagValue(name, negated, use) {
  const v = use.get(name);
  return v === void 0 ? void 0 : v !== negated;
}
function evaluate(n, use) {
  switch (n.kind) {
    case "flag":
      return flagValue(n.name, n.negated, use);
    case "all":
      return all(n.children, use);
    case "if": {
      const cond = flagValue(n.flag, n.negated, use);
      if (cond === false) return true;
      const body = all(n.children, use);
      return cond === true ? body : body === true ? true : void 0;
    }
    default:
      return group(n.kind, n.children, use);
  }
}
function group(kind, children, use) {
  let sure = 0;
  let maybe = 0;
  for (const c of children) {
    if (c.kind === "if") {
      const cond = flagValue(c.flag, c.negated, use);
      if (cond === false) continue;
      const body = all(c.children, use);
      if (cond === true && body === true) sure++;
      else if (body !== false) maybe++;
      continue;
    }
    const v = evaluate(c, use);
    if (v === true) sure++;
    else if (v === void 0) maybe++;
  }
  switch (kind) {
    case "any-of":
      return sure >= 1 ? true : maybe === 0 ? false : void 0;
    case "exactly-one-of":
      return sure >= 2 ? false : maybe === 0 ? sure === 1 : void 0;
    case "at-most-one-of":
      return sure >= 2 ? false : sure + maybe <= 1 ? true : void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  evaluateRequiredUse,
  parseRequiredUse,
  requiredUseFlags,
  satisfiesRequiredUse
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvcmVxdWlyZWRVc2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUkVRVUlSRURfVVNFIChQTVMgOC4yLjcpOiBwYXJzZSB0aGUgd2hvbGUgZ3JhbW1hciAoYHx8YCwgYF5eYCwgYD8/YCwgYGZsYWc/ICggXHUyMDI2IClgLCBgIWZsYWc/ICggXHUyMDI2IClgLFxuICogcGxhaW4gZ3JvdXBzLCBuZXN0aW5nKSBhbmQgZXZhbHVhdGUgaXQgZm9yIGEgZnVsbCBvciBwYXJ0aWFsIFVTRSBhc3NpZ25tZW50IChwYXJ0aWFsOiB0aHJlZS12YWx1ZWQsXG4gKiBmb3IgdGhlIHNlYXJjaCBpbiB1c2VNYXRyaXgudHMpLiBJbnNpZGUgYHx8YC9gXl5gL2A/P2AsIGEgY29uZGl0aW9uYWwgZ3JvdXAgd2hvc2UgY29uZGl0aW9uIGlzIG9mZlxuICogZG9lcyBub3QgY291bnQsIGFzIGluIFBvcnRhZ2UuXG4gKi9cbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4vdXNlckVycm9yJztcblxuZXhwb3J0IHR5cGUgUmVxdWlyZWRVc2VOb2RlID1cbiAgfCB7IGtpbmQ6ICdmbGFnJzsgbmFtZTogc3RyaW5nOyBuZWdhdGVkOiBib29sZWFuIH1cbiAgfCB7IGtpbmQ6ICdhbGwnOyBjaGlsZHJlbjogUmVxdWlyZWRVc2VOb2RlW10gfVxuICB8IHsga2luZDogJ2FueS1vZicgfCAnZXhhY3RseS1vbmUtb2YnIHwgJ2F0LW1vc3Qtb25lLW9mJzsgY2hpbGRyZW46IFJlcXVpcmVkVXNlTm9kZVtdIH1cbiAgfCB7IGtpbmQ6ICdpZic7IGZsYWc6IHN0cmluZzsgbmVnYXRlZDogYm9vbGVhbjsgY2hpbGRyZW46IFJlcXVpcmVkVXNlTm9kZVtdIH07XG5cbmNvbnN0IEdST1VQX0tJTkRTID0geyAnfHwnOiAnYW55LW9mJywgJ15eJzogJ2V4YWN0bHktb25lLW9mJywgJz8/JzogJ2F0LW1vc3Qtb25lLW9mJyB9IGFzIGNvbnN0O1xuY29uc3QgRkxBR19SRSA9IC9eW0EtWmEtejAtOV1bQS1aYS16MC05K19ALV0qJC87XG5cbmZ1bmN0aW9uIHN5bnRheEVycm9yKHRleHQ6IHN0cmluZywgd2hhdDogc3RyaW5nKTogVXNlckVycm9yIHtcbiAgcmV0dXJuIG5ldyBVc2VyRXJyb3IoYFJFUVVJUkVEX1VTRSBcIiR7dGV4dC50cmltKCl9XCIgY2Fubm90IGJlIHJlYWQ6ICR7d2hhdH0uYCwgJ0ZpeCBSRVFVSVJFRF9VU0UgaW4gdGhlIGVidWlsZCAoc2VlIFBNUyA4LjIuNzogZmxhZywgIWZsYWcsIGZsYWc/ICggXHUyMDI2ICksIHx8ICggXHUyMDI2ICksIF5eICggXHUyMDI2ICksID8/ICggXHUyMDI2ICkpLicsICdiYWQtcmVxdWlyZWQtdXNlJyk7XG59XG5cbi8qKiBQYXJzZXMgUkVRVUlSRURfVVNFIGludG8gdGhlIGxpc3Qgb2YgdG9wLWxldmVsIGl0ZW1zIChhbGwgb2Ygd2hpY2ggbXVzdCBob2xkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVJlcXVpcmVkVXNlKHRleHQ6IHN0cmluZyk6IFJlcXVpcmVkVXNlTm9kZVtdIHtcbiAgY29uc3QgdG9rZW5zID0gdGV4dC5zcGxpdCgvXFxzKy8pLmZpbHRlcihCb29sZWFuKTtcbiAgbGV0IHBvcyA9IDA7XG4gIGNvbnN0IGl0ZW1zID0gKG5lc3RlZDogYm9vbGVhbik6IFJlcXVpcmVkVXNlTm9kZVtdID0+IHtcbiAgICBjb25zdCBvdXQ6IFJlcXVpcmVkVXNlTm9kZVtdID0gW107XG4gICAgd2hpbGUgKHBvcyA8IHRva2Vucy5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IHQgPSB0b2tlbnNbcG9zXTtcbiAgICAgIGlmICh0ID09PSAnKScpIHtcbiAgICAgICAgaWYgKCFuZXN0ZWQpIHRocm93IHN5bnRheEVycm9yKHRleHQsICdhIFwiKVwiIGNsb3NlcyBub3RoaW5nJyk7XG4gICAgICAgIHBvcysrO1xuICAgICAgICByZXR1cm4gb3V0O1xuICAgICAgfVxuICAgICAgcG9zKys7XG4gICAgICBjb25zdCBvcGVuID0gKCkgPT4ge1xuICAgICAgICBpZiAodG9rZW5zW3Bvc10gIT09ICcoJykgdGhyb3cgc3ludGF4RXJyb3IodGV4dCwgYFwiJHt0fVwiIG11c3QgYmUgZm9sbG93ZWQgYnkgXCIoIFx1MjAyNiApXCJgKTtcbiAgICAgICAgcG9zKys7XG4gICAgICAgIHJldHVybiBpdGVtcyh0cnVlKTtcbiAgICAgIH07XG4gICAgICBpZiAodCA9PT0gJygnKSBvdXQucHVzaCh7IGtpbmQ6ICdhbGwnLCBjaGlsZHJlbjogaXRlbXModHJ1ZSkgfSk7XG4gICAgICBlbHNlIGlmICh0IGluIEdST1VQX0tJTkRTKSBvdXQucHVzaCh7IGtpbmQ6IEdST1VQX0tJTkRTW3QgYXMga2V5b2YgdHlwZW9mIEdST1VQX0tJTkRTXSwgY2hpbGRyZW46IG9wZW4oKSB9KTtcbiAgICAgIGVsc2UgaWYgKHQuZW5kc1dpdGgoJz8nKSkge1xuICAgICAgICBjb25zdCBuZWdhdGVkID0gdC5zdGFydHNXaXRoKCchJyk7XG4gICAgICAgIGNvbnN0IGZsYWcgPSB0LnNsaWNlKG5lZ2F0ZWQgPyAxIDogMCwgLTEpO1xuICAgICAgICBpZiAoIUZMQUdfUkUudGVzdChmbGFnKSkgdGhyb3cgc3ludGF4RXJyb3IodGV4dCwgYFwiJHt0fVwiIGlzIG5vdCBhIFVTRSBjb25kaXRpb25hbGApO1xuICAgICAgICBvdXQucHVzaCh7IGtpbmQ6ICdpZicsIGZsYWcsIG5lZ2F0ZWQsIGNoaWxkcmVuOiBvcGVuKCkgfSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCBuZWdhdGVkID0gdC5zdGFydHNXaXRoKCchJyk7XG4gICAgICAgIGNvbnN0IG5hbWUgPSBuZWdhdGVkID8gdC5zbGljZSgxKSA6IHQ7XG4gICAgICAgIGlmICghRkxBR19SRS50ZXN0KG5hbWUpKSB0aHJvdyBzeW50YXhFcnJvcih0ZXh0LCBgXCIke3R9XCIgaXMgbm90IGEgVVNFIGZsYWdgKTtcbiAgICAgICAgb3V0LnB1c2goeyBraW5kOiAnZmxhZycsIG5hbWUsIG5lZ2F0ZWQgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChuZXN0ZWQpIHRocm93IHN5bnRheEVycm9yKHRleHQsICdhIFwiKFwiIGlzIG5ldmVyIGNsb3NlZCcpO1xuICAgIHJldHVybiBvdXQ7XG4gIH07XG4gIHJldHVybiBpdGVtcyhmYWxzZSk7XG59XG5cbi8qKiBFdmVyeSBmbGFnIGEgUkVRVUlSRURfVVNFIG1lbnRpb25zLCBpbiBvcmRlciBvZiBmaXJzdCBtZW50aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVpcmVkVXNlRmxhZ3Mobm9kZXM6IFJlcXVpcmVkVXNlTm9kZVtdKTogc3RyaW5nW10ge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHdhbGsgPSAobjogUmVxdWlyZWRVc2VOb2RlKSA9PiB7XG4gICAgaWYgKG4ua2luZCA9PT0gJ2ZsYWcnKSBzZWVuLmFkZChuLm5hbWUpO1xuICAgIGVsc2Uge1xuICAgICAgaWYgKG4ua2luZCA9PT0gJ2lmJykgc2Vlbi5hZGQobi5mbGFnKTtcbiAgICAgIG4uY2hpbGRyZW4uZm9yRWFjaCh3YWxrKTtcbiAgICB9XG4gIH07XG4gIG5vZGVzLmZvckVhY2god2Fsayk7XG4gIHJldHVybiBbLi4uc2Vlbl07XG59XG5cbi8qKiB0cnVlIC8gZmFsc2UsIG9yIHVuZGVmaW5lZCB3aGVuIGEgZmxhZyBpdCBkZXBlbmRzIG9uIGlzIG5vdCBhc3NpZ25lZCB5ZXQuICovXG5leHBvcnQgdHlwZSBUcnV0aCA9IGJvb2xlYW4gfCB1bmRlZmluZWQ7XG5cbi8qKiBFdmFsdWF0ZXMgdGhlIGl0ZW1zIChhbGwgbXVzdCBob2xkKSBmb3IgYHVzZWAgKGZsYWdzIG1pc3NpbmcgZnJvbSBpdCBhcmUgdW5rbm93bikuICovXG5leHBvcnQgZnVuY3Rpb24gZXZhbHVhdGVSZXF1aXJlZFVzZShub2RlczogUmVxdWlyZWRVc2VOb2RlW10sIHVzZTogUmVhZG9ubHlNYXA8c3RyaW5nLCBib29sZWFuPik6IFRydXRoIHtcbiAgcmV0dXJuIGFsbChub2RlcywgdXNlKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNhdGlzZmllc1JlcXVpcmVkVXNlKG5vZGVzOiBSZXF1aXJlZFVzZU5vZGVbXSwgdXNlOiBSZWFkb25seU1hcDxzdHJpbmcsIGJvb2xlYW4+KTogYm9vbGVhbiB7XG4gIHJldHVybiBldmFsdWF0ZVJlcXVpcmVkVXNlKG5vZGVzLCB1c2UpID09PSB0cnVlO1xufVxuXG5mdW5jdGlvbiBhbGwobm9kZXM6IFJlcXVpcmVkVXNlTm9kZVtdLCB1c2U6IFJlYWRvbmx5TWFwPHN0cmluZywgYm9vbGVhbj4pOiBUcnV0aCB7XG4gIGxldCB1bmtub3duID0gZmFsc2U7XG4gIGZvciAoY29uc3QgbiBvZiBub2Rlcykge1xuICAgIGNvbnN0IHYgPSBldmFsdWF0ZShuLCB1c2UpO1xuICAgIGlmICh2ID09PSBmYWxzZSkgcmV0dXJuIGZhbHNlO1xuICAgIGlmICh2ID09PSB1bmRlZmluZWQpIHVua25vd24gPSB0cnVlO1xuICB9XG4gIHJldHVybiB1bmtub3duID8gdW5kZWZpbmVkIDogdHJ1ZTtcbn1cblxuZnVuY3Rpb24gZmxhZ1ZhbHVlKG5hbWU6IHN0cmluZywgbmVnYXRlZDogYm9vbGVhbiwgdXNlOiBSZWFkb25seU1hcDxzdHJpbmcsIGJvb2xlYW4+KTogVHJ1dGgge1xuICBjb25zdCB2ID0gdXNlLmdldChuYW1lKTtcbiAgcmV0dXJuIHYgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHYgIT09IG5lZ2F0ZWQ7XG59XG5cbmZ1bmN0aW9uIGV2YWx1YXRlKG46IFJlcXVpcmVkVXNlTm9kZSwgdXNlOiBSZWFkb25seU1hcDxzdHJpbmcsIGJvb2xlYW4+KTogVHJ1dGgge1xuICBzd2l0Y2ggKG4ua2luZCkge1xuICAgIGNhc2UgJ2ZsYWcnOlxuICAgICAgcmV0dXJuIGZsYWdWYWx1ZShuLm5hbWUsIG4ubmVnYXRlZCwgdXNlKTtcbiAgICBjYXNlICdhbGwnOlxuICAgICAgcmV0dXJuIGFsbChuLmNoaWxkcmVuLCB1c2UpO1xuICAgIGNhc2UgJ2lmJzoge1xuICAgICAgY29uc3QgY29uZCA9IGZsYWdWYWx1ZShuLmZsYWcsIG4ubmVnYXRlZCwgdXNlKTtcbiAgICAgIGlmIChjb25kID09PSBmYWxzZSkgcmV0dXJuIHRydWU7XG4gICAgICBjb25zdCBib2R5ID0gYWxsKG4uY2hpbGRyZW4sIHVzZSk7XG4gICAgICByZXR1cm4gY29uZCA9PT0gdHJ1ZSA/IGJvZHkgOiBib2R5ID09PSB0cnVlID8gdHJ1ZSA6IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBncm91cChuLmtpbmQsIG4uY2hpbGRyZW4sIHVzZSk7XG4gIH1cbn1cblxuLy8gQ291bnRzIGNoaWxkcmVuIHRoYXQgaG9sZCAoc3VyZSksIG1heSBob2xkICh1bmtub3duKTsgY29uZGl0aW9uYWwgY2hpbGRyZW4gd2hvc2UgY29uZGl0aW9uIGlzIG9mZiBhcmUgc2tpcHBlZC5cbmZ1bmN0aW9uIGdyb3VwKGtpbmQ6ICdhbnktb2YnIHwgJ2V4YWN0bHktb25lLW9mJyB8ICdhdC1tb3N0LW9uZS1vZicsIGNoaWxkcmVuOiBSZXF1aXJlZFVzZU5vZGVbXSwgdXNlOiBSZWFkb25seU1hcDxzdHJpbmcsIGJvb2xlYW4+KTogVHJ1dGgge1xuICBsZXQgc3VyZSA9IDA7XG4gIGxldCBtYXliZSA9IDA7XG4gIGZvciAoY29uc3QgYyBvZiBjaGlsZHJlbikge1xuICAgIGlmIChjLmtpbmQgPT09ICdpZicpIHtcbiAgICAgIGNvbnN0IGNvbmQgPSBmbGFnVmFsdWUoYy5mbGFnLCBjLm5lZ2F0ZWQsIHVzZSk7XG4gICAgICBpZiAoY29uZCA9PT0gZmFsc2UpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgYm9keSA9IGFsbChjLmNoaWxkcmVuLCB1c2UpO1xuICAgICAgaWYgKGNvbmQgPT09IHRydWUgJiYgYm9keSA9PT0gdHJ1ZSkgc3VyZSsrO1xuICAgICAgZWxzZSBpZiAoYm9keSAhPT0gZmFsc2UpIG1heWJlKys7IC8vIHNraXBwZWQgb3IgZmFsc2UgbmV2ZXIgY291bnRzIGFzIGhvbGRpbmdcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCB2ID0gZXZhbHVhdGUoYywgdXNlKTtcbiAgICBpZiAodiA9PT0gdHJ1ZSkgc3VyZSsrO1xuICAgIGVsc2UgaWYgKHYgPT09IHVuZGVmaW5lZCkgbWF5YmUrKztcbiAgfVxuICBzd2l0Y2ggKGtpbmQpIHtcbiAgICBjYXNlICdhbnktb2YnOlxuICAgICAgcmV0dXJuIHN1cmUgPj0gMSA/IHRydWUgOiBtYXliZSA9PT0gMCA/IGZhbHNlIDogdW5kZWZpbmVkO1xuICAgIGNhc2UgJ2V4YWN0bHktb25lLW9mJzpcbiAgICAgIHJldHVybiBzdXJlID49IDIgPyBmYWxzZSA6IG1heWJlID09PSAwID8gc3VyZSA9PT0gMSA6IHVuZGVmaW5lZDtcbiAgICBjYXNlICdhdC1tb3N0LW9uZS1vZic6XG4gICAgICByZXR1cm4gc3VyZSA+PSAyID8gZmFsc2UgOiBzdXJlICsgbWF5YmUgPD0gMSA/IHRydWUgOiB1bmRlZmluZWQ7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSx1QkFBMEI7QUFRMUIsTUFBTSxjQUFjLEVBQUUsTUFBTSxVQUFVLE1BQU0sa0JBQWtCLE1BQU0saUJBQWlCO0FBQ3JGLE1BQU0sVUFBVTtBQUVoQixTQUFTLFlBQVksTUFBYyxNQUF5QjtBQUMxRCxTQUFPLElBQUksMkJBQVUsaUJBQWlCLEtBQUssS0FBSyxDQUFDLHFCQUFxQixJQUFJLEtBQUssK0hBQTJHLGtCQUFrQjtBQUM5TTtBQUdPLFNBQVMsaUJBQWlCLE1BQWlDO0FBQ2hFLFFBQU0sU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTztBQUMvQyxNQUFJLE1BQU07QUFDVixRQUFNLFFBQVEsQ0FBQyxXQUF1QztBQUNwRCxVQUFNLE1BQXlCLENBQUM7QUFDaEMsV0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMxQixZQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLFVBQUksTUFBTSxLQUFLO0FBQ2IsWUFBSSxDQUFDLE9BQVEsT0FBTSxZQUFZLE1BQU0sc0JBQXNCO0FBQzNEO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFDQTtBQUNBLFlBQU0sT0FBTyxNQUFNO0FBQ2pCLFlBQUksT0FBTyxHQUFHLE1BQU0sSUFBSyxPQUFNLFlBQVksTUFBTSxJQUFJLENBQUMsb0NBQStCO0FBQ3JGO0FBQ0EsZUFBTyxNQUFNLElBQUk7QUFBQSxNQUNuQjtBQUNBLFVBQUksTUFBTSxJQUFLLEtBQUksS0FBSyxFQUFFLE1BQU0sT0FBTyxVQUFVLE1BQU0sSUFBSSxFQUFFLENBQUM7QUFBQSxlQUNyRCxLQUFLLFlBQWEsS0FBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLENBQTZCLEdBQUcsVUFBVSxLQUFLLEVBQUUsQ0FBQztBQUFBLGVBQ2pHLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDeEIsY0FBTSxVQUFVLEVBQUUsV0FBVyxHQUFHO0FBQ2hDLGNBQU0sT0FBTyxFQUFFLE1BQU0sVUFBVSxJQUFJLEdBQUcsRUFBRTtBQUN4QyxZQUFJLENBQUMsUUFBUSxLQUFLLElBQUksRUFBRyxPQUFNLFlBQVksTUFBTSxJQUFJLENBQUMsNEJBQTRCO0FBQ2xGLFlBQUksS0FBSyxFQUFFLE1BQU0sTUFBTSxNQUFNLFNBQVMsVUFBVSxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQzFELE9BQU87QUFDTCxjQUFNLFVBQVUsRUFBRSxXQUFXLEdBQUc7QUFDaEMsY0FBTSxPQUFPLFVBQVUsRUFBRSxNQUFNLENBQUMsSUFBSTtBQUNwQyxZQUFJLENBQUMsUUFBUSxLQUFLLElBQUksRUFBRyxPQUFNLFlBQVksTUFBTSxJQUFJLENBQUMscUJBQXFCO0FBQzNFLFlBQUksS0FBSyxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsQ0FBQztBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBUSxPQUFNLFlBQVksTUFBTSx1QkFBdUI7QUFDM0QsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE1BQU0sS0FBSztBQUNwQjtBQUdPLFNBQVMsaUJBQWlCLE9BQW9DO0FBQ25FLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxDQUFDLE1BQXVCO0FBQ25DLFFBQUksRUFBRSxTQUFTLE9BQVEsTUFBSyxJQUFJLEVBQUUsSUFBSTtBQUFBLFNBQ2pDO0FBQ0gsVUFBSSxFQUFFLFNBQVMsS0FBTSxNQUFLLElBQUksRUFBRSxJQUFJO0FBQ3BDLFFBQUUsU0FBUyxRQUFRLElBQUk7QUFBQSxJQUN6QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSTtBQUNsQixTQUFPLENBQUMsR0FBRyxJQUFJO0FBQ2pCO0FBTU8sU0FBUyxvQkFBb0IsT0FBMEIsS0FBMEM7QUFDdEcsU0FBTyxJQUFJLE9BQU8sR0FBRztBQUN2QjtBQUVPLFNBQVMscUJBQXFCLE9BQTBCLEtBQTRDO0FBQ3pHLFNBQU8sb0JBQW9CLE9BQU8sR0FBRyxNQUFNO0FBQzdDO0FBRUEsU0FBUyxJQUFJLE9BQTBCLEtBQTBDO0FBQy9FLE1BQUksVUFBVTtBQUNkLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFVBQU0sSUFBSSxTQUFTLEdBQUcsR0FBRztBQUN6QixRQUFJLE1BQU0sTUFBTyxRQUFPO0FBQ3hCLFFBQUksTUFBTSxPQUFXLFdBQVU7QUFBQSxFQUNqQztBQUNBLFNBQU8sVUFBVSxTQUFZO0FBQy9CO0FBRUEsU0FBUyxVQUFVLE1BQWMsU0FBa0IsS0FBMEM7QUFDM0YsUUFBTSxJQUFJLElBQUksSUFBSSxJQUFJO0FBQ3RCLFNBQU8sTUFBTSxTQUFZLFNBQVksTUFBTTtBQUM3QztBQUVBLFNBQVMsU0FBUyxHQUFvQixLQUEwQztBQUM5RSxVQUFRLEVBQUUsTUFBTTtBQUFBLElBQ2QsS0FBSztBQUNILGFBQU8sVUFBVSxFQUFFLE1BQU0sRUFBRSxTQUFTLEdBQUc7QUFBQSxJQUN6QyxLQUFLO0FBQ0gsYUFBTyxJQUFJLEVBQUUsVUFBVSxHQUFHO0FBQUEsSUFDNUIsS0FBSyxNQUFNO0FBQ1QsWUFBTSxPQUFPLFVBQVUsRUFBRSxNQUFNLEVBQUUsU0FBUyxHQUFHO0FBQzdDLFVBQUksU0FBUyxNQUFPLFFBQU87QUFDM0IsWUFBTSxPQUFPLElBQUksRUFBRSxVQUFVLEdBQUc7QUFDaEMsYUFBTyxTQUFTLE9BQU8sT0FBTyxTQUFTLE9BQU8sT0FBTztBQUFBLElBQ3ZEO0FBQUEsSUFDQTtBQUNFLGFBQU8sTUFBTSxFQUFFLE1BQU0sRUFBRSxVQUFVLEdBQUc7QUFBQSxFQUN4QztBQUNGO0FBR0EsU0FBUyxNQUFNLE1BQXNELFVBQTZCLEtBQTBDO0FBQzFJLE1BQUksT0FBTztBQUNYLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxVQUFVO0FBQ3hCLFFBQUksRUFBRSxTQUFTLE1BQU07QUFDbkIsWUFBTSxPQUFPLFVBQVUsRUFBRSxNQUFNLEVBQUUsU0FBUyxHQUFHO0FBQzdDLFVBQUksU0FBUyxNQUFPO0FBQ3BCLFlBQU0sT0FBTyxJQUFJLEVBQUUsVUFBVSxHQUFHO0FBQ2hDLFVBQUksU0FBUyxRQUFRLFNBQVMsS0FBTTtBQUFBLGVBQzNCLFNBQVMsTUFBTztBQUN6QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUksU0FBUyxHQUFHLEdBQUc7QUFDekIsUUFBSSxNQUFNLEtBQU07QUFBQSxhQUNQLE1BQU0sT0FBVztBQUFBLEVBQzVCO0FBQ0EsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsYUFBTyxRQUFRLElBQUksT0FBTyxVQUFVLElBQUksUUFBUTtBQUFBLElBQ2xELEtBQUs7QUFDSCxhQUFPLFFBQVEsSUFBSSxRQUFRLFVBQVUsSUFBSSxTQUFTLElBQUk7QUFBQSxJQUN4RCxLQUFLO0FBQ0gsYUFBTyxRQUFRLElBQUksUUFBUSxPQUFPLFNBQVMsSUFBSSxPQUFPO0FBQUEsRUFDMUQ7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
