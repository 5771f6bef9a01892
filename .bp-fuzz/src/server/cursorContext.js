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
var cursorContext_exports = {};
__export(cursorContext_exports, {
  placeAt: () => placeAt,
  tokenAt: () => tokenAt,
  within: () => within
});
module.exports = __toCommonJS(cursorContext_exports);
function within(span, offset) {
  return span.start <= offset && offset <= span.end;
}
const USE_COMMANDS = /^(use|usev|useq|usex|use_with|use_enable|in_iuse)$/;
function tokenAt(text, offset) {
  const stop = /[\s"'`]/;
  let s = offset;
  let e = offset;
  while (s > 0 && !stop.test(text[s - 1])) s--;
  while (e < text.length && !stop.test(text[e])) e++;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}
function nameAt(text, offset) {
  const ok = /[\w\-.+@]/;
  let s = offset;
  let e = offset;
  while (s > 0 && ok.test(text[s - 1])) s--;
  while (e < text.length && ok.test(text[e])) e++;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}
function openAssignment(text, offset) {
  const before = text.slice(Math.max(0, offset - 2e4), offset);
  const re = /(?:^|\n)[ \t]*([A-Z_][A-Z0-9_]*)\+?=(["'])/g;
  let found;
  for (const m of before.matchAll(re)) {
    const rest = before.slice((m.index ?? 0) + m[0].length);
    found = rest.includes(m[2]) ? void 0 : m[1];
  }
  return found;
}
function placeAt(ctx, offset) {
  const { text, facts } = ctx;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);
  const ref = facts.varRefs.find((r) => within(r.span, offset));
  if (ref) return { kind: "variable-ref", word: { text: ref.name, span: ref.span } };
  if (/\$\{?[A-Za-z_0-9]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    return { kind: "variable-ref", word: w };
  }
  const asg = facts.assignments.find((a) => a.value && within(a.value.span, offset) && !a.fn);
  const variable = asg?.name ?? openAssignment(text, offset);
  if (variable && !/^\s*(inherit|use\w*|in_iuse)\s/.test(linePrefix)) {
    return { kind: "value", variable, token: tokenAt(text, offset), assignment: asg };
  }
  if (/^\s*inherit\s+(?:[\w.-]+\s+)*[\w.-]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    return { kind: "inherit", word: w.text ? w : void 0 };
  }
  const useCmd = /(?:^|[\s;&|(`])(use|usev|useq|usex|use_with|use_enable|in_iuse)\s+!?([\w+@.-]*)$/.exec(linePrefix);
  if (useCmd) {
    const w = nameAt(text, offset);
    return { kind: "use-arg", command: useCmd[1], word: w.text ? w : void 0 };
  }
  const cmd = facts.commands.find((c) => within(c.nameSpan, offset));
  if (cmd) return { kind: "command", word: { text: cmd.name, span: cmd.nameSpan }, command: cmd, fn: cmd.fn };
  for (const c of facts.commands) {
    const arg = c.args.find((a) => within(a.span, offset));
    if (arg) {
      if (c.name === "inherit") return { kind: "inherit", word: nameAt(text, offset) };
      if (USE_COMMANDS.test(c.name) && c.args[0] === arg) return { kind: "use-arg", command: c.name, word: nameAt(text, offset) };
      return { kind: "command-arg", command: c, word: nameAt(text, offset) };
    }
  }
  const fnDef = facts.functions.find((f) => within(f.nameSpan, offset));
  if (fnDef) return { kind: "command", word: { text: fnDef.name, span: fnDef.nameSpan } };
  const asgName = facts.assignments.find((a) => within(a.nameSpan, offset));
  if (asgName) return { kind: "variable-ref", word: { text: asgName.name, span: asgName.nameSpan } };
  if (/(?:^|[;&|({`]|\$\(|&&|\|\||then|do|else)\s*[\w.-]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    const fn = facts.functions.find((f) => f.span.start < offset && offset < f.span.end)?.name;
    return { kind: "command", word: w, fn };
  }
  return { kind: "none" };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  placeAt,
  tokenAt,
  within
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9jdXJzb3JDb250ZXh0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFdoYXQgdGhlIGN1cnNvciBpcyBvbiwgZm9yIGNvbXBsZXRpb24sIGhvdmVyIGFuZCBkZWZpbml0aW9uOiBhIGNvbW1hbmQgbmFtZSBvciBhcmd1bWVudCwgYW5cbiAqIGFzc2lnbm1lbnQgdmFsdWUgKGFuZCB3aGljaCB2YXJpYWJsZSksIGEgdmFyaWFibGUgZXhwYW5zaW9uLCBvciBhbiBgaW5oZXJpdGAgYXJndW1lbnQuXG4gKiBGYWxscyBiYWNrIHRvIHRoZSByYXcgdGV4dCB3aGVyZSB0aGUgdHJlZSBpcyBpbmNvbXBsZXRlICh0aGUgdXNlciBpcyB0eXBpbmcpLlxuICovXG5pbXBvcnQgeyBEb2NDb250ZXh0IH0gZnJvbSAnLi9kb2NDb250ZXh0JztcbmltcG9ydCB7IEFzc2lnbm1lbnRGYWN0LCBDb21tYW5kRmFjdCwgU3BhbiwgV29yZCB9IGZyb20gJy4vcGFyc2UnO1xuXG5leHBvcnQgZnVuY3Rpb24gd2l0aGluKHNwYW46IFNwYW4sIG9mZnNldDogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBzcGFuLnN0YXJ0IDw9IG9mZnNldCAmJiBvZmZzZXQgPD0gc3Bhbi5lbmQ7XG59XG5cbmV4cG9ydCB0eXBlIEN1cnNvclBsYWNlID1cbiAgfCB7IGtpbmQ6ICdpbmhlcml0Jzsgd29yZD86IFdvcmQgfVxuICB8IHsga2luZDogJ3VzZS1hcmcnOyBjb21tYW5kOiBzdHJpbmc7IHdvcmQ/OiBXb3JkIH1cbiAgfCB7IGtpbmQ6ICd2YWx1ZSc7IHZhcmlhYmxlOiBzdHJpbmc7IHRva2VuOiBXb3JkOyBhc3NpZ25tZW50PzogQXNzaWdubWVudEZhY3QgfVxuICB8IHsga2luZDogJ3ZhcmlhYmxlLXJlZic7IHdvcmQ6IFdvcmQgfVxuICB8IHsga2luZDogJ2NvbW1hbmQnOyB3b3JkOiBXb3JkOyBjb21tYW5kPzogQ29tbWFuZEZhY3Q7IGZuPzogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdjb21tYW5kLWFyZyc7IGNvbW1hbmQ6IENvbW1hbmRGYWN0OyB3b3JkOiBXb3JkIH1cbiAgfCB7IGtpbmQ6ICdub25lJyB9O1xuXG5jb25zdCBVU0VfQ09NTUFORFMgPSAvXih1c2V8dXNldnx1c2VxfHVzZXh8dXNlX3dpdGh8dXNlX2VuYWJsZXxpbl9pdXNlKSQvO1xuXG4vKiogVGhlIHdoaXRlc3BhY2UvcXVvdGUtZGVsaW1pdGVkIHRva2VuIGFyb3VuZCAob3IgZW5kaW5nIGF0KSB0aGUgb2Zmc2V0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRva2VuQXQodGV4dDogc3RyaW5nLCBvZmZzZXQ6IG51bWJlcik6IFdvcmQge1xuICBjb25zdCBzdG9wID0gL1tcXHNcIidgXS87XG4gIGxldCBzID0gb2Zmc2V0O1xuICBsZXQgZSA9IG9mZnNldDtcbiAgd2hpbGUgKHMgPiAwICYmICFzdG9wLnRlc3QodGV4dFtzIC0gMV0pKSBzLS07XG4gIHdoaWxlIChlIDwgdGV4dC5sZW5ndGggJiYgIXN0b3AudGVzdCh0ZXh0W2VdKSkgZSsrO1xuICByZXR1cm4geyB0ZXh0OiB0ZXh0LnNsaWNlKHMsIGUpLCBzcGFuOiB7IHN0YXJ0OiBzLCBlbmQ6IGUgfSB9O1xufVxuXG4vKiogQW4gaWRlbnRpZmllci1saWtlIHdvcmQgKGZvciBuYW1lcyBvZiBmdW5jdGlvbnMsIGZsYWdzLCBlY2xhc3NlcykuICovXG5mdW5jdGlvbiBuYW1lQXQodGV4dDogc3RyaW5nLCBvZmZzZXQ6IG51bWJlcik6IFdvcmQge1xuICBjb25zdCBvayA9IC9bXFx3XFwtLitAXS87XG4gIGxldCBzID0gb2Zmc2V0O1xuICBsZXQgZSA9IG9mZnNldDtcbiAgd2hpbGUgKHMgPiAwICYmIG9rLnRlc3QodGV4dFtzIC0gMV0pKSBzLS07XG4gIHdoaWxlIChlIDwgdGV4dC5sZW5ndGggJiYgb2sudGVzdCh0ZXh0W2VdKSkgZSsrO1xuICByZXR1cm4geyB0ZXh0OiB0ZXh0LnNsaWNlKHMsIGUpLCBzcGFuOiB7IHN0YXJ0OiBzLCBlbmQ6IGUgfSB9O1xufVxuXG4vKiogVGhlIHZhcmlhYmxlIHdob3NlIHF1b3RlZCB2YWx1ZSB0aGUgb2Zmc2V0IGlzIGluLCBqdWRnZWQgZnJvbSB0aGUgdGV4dCAod29ya3Mgd2hpbGUgdHlwaW5nKS4gKi9cbmZ1bmN0aW9uIG9wZW5Bc3NpZ25tZW50KHRleHQ6IHN0cmluZywgb2Zmc2V0OiBudW1iZXIpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBiZWZvcmUgPSB0ZXh0LnNsaWNlKE1hdGgubWF4KDAsIG9mZnNldCAtIDIwMDAwKSwgb2Zmc2V0KTtcbiAgY29uc3QgcmUgPSAvKD86XnxcXG4pWyBcXHRdKihbQS1aX11bQS1aMC05X10qKVxcKz89KFtcIiddKS9nO1xuICBsZXQgZm91bmQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBtIG9mIGJlZm9yZS5tYXRjaEFsbChyZSkpIHtcbiAgICBjb25zdCByZXN0ID0gYmVmb3JlLnNsaWNlKChtLmluZGV4ID8/IDApICsgbVswXS5sZW5ndGgpO1xuICAgIGZvdW5kID0gcmVzdC5pbmNsdWRlcyhtWzJdKSA/IHVuZGVmaW5lZCA6IG1bMV07XG4gIH1cbiAgcmV0dXJuIGZvdW5kO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcGxhY2VBdChjdHg6IERvY0NvbnRleHQsIG9mZnNldDogbnVtYmVyKTogQ3Vyc29yUGxhY2Uge1xuICBjb25zdCB7IHRleHQsIGZhY3RzIH0gPSBjdHg7XG4gIGNvbnN0IGxpbmVTdGFydCA9IHRleHQubGFzdEluZGV4T2YoJ1xcbicsIG9mZnNldCAtIDEpICsgMTtcbiAgY29uc3QgbGluZVByZWZpeCA9IHRleHQuc2xpY2UobGluZVN0YXJ0LCBvZmZzZXQpO1xuXG4gIGNvbnN0IHJlZiA9IGZhY3RzLnZhclJlZnMuZmluZCgocikgPT4gd2l0aGluKHIuc3Bhbiwgb2Zmc2V0KSk7XG4gIGlmIChyZWYpIHJldHVybiB7IGtpbmQ6ICd2YXJpYWJsZS1yZWYnLCB3b3JkOiB7IHRleHQ6IHJlZi5uYW1lLCBzcGFuOiByZWYuc3BhbiB9IH07XG4gIGlmICgvXFwkXFx7P1tBLVphLXpfMC05XSokLy50ZXN0KGxpbmVQcmVmaXgpKSB7XG4gICAgY29uc3QgdyA9IG5hbWVBdCh0ZXh0LCBvZmZzZXQpO1xuICAgIHJldHVybiB7IGtpbmQ6ICd2YXJpYWJsZS1yZWYnLCB3b3JkOiB3IH07XG4gIH1cblxuICBjb25zdCBhc2cgPSBmYWN0cy5hc3NpZ25tZW50cy5maW5kKChhKSA9PiBhLnZhbHVlICYmIHdpdGhpbihhLnZhbHVlLnNwYW4sIG9mZnNldCkgJiYgIWEuZm4pO1xuICBjb25zdCB2YXJpYWJsZSA9IGFzZz8ubmFtZSA/PyBvcGVuQXNzaWdubWVudCh0ZXh0LCBvZmZzZXQpO1xuICBpZiAodmFyaWFibGUgJiYgIS9eXFxzKihpbmhlcml0fHVzZVxcdyp8aW5faXVzZSlcXHMvLnRlc3QobGluZVByZWZpeCkpIHtcbiAgICByZXR1cm4geyBraW5kOiAndmFsdWUnLCB2YXJpYWJsZSwgdG9rZW46IHRva2VuQXQodGV4dCwgb2Zmc2V0KSwgYXNzaWdubWVudDogYXNnIH07XG4gIH1cblxuICBpZiAoL15cXHMqaW5oZXJpdFxccysoPzpbXFx3Li1dK1xccyspKltcXHcuLV0qJC8udGVzdChsaW5lUHJlZml4KSkge1xuICAgIGNvbnN0IHcgPSBuYW1lQXQodGV4dCwgb2Zmc2V0KTtcbiAgICByZXR1cm4geyBraW5kOiAnaW5oZXJpdCcsIHdvcmQ6IHcudGV4dCA/IHcgOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCB1c2VDbWQgPSAvKD86XnxbXFxzOyZ8KGBdKSh1c2V8dXNldnx1c2VxfHVzZXh8dXNlX3dpdGh8dXNlX2VuYWJsZXxpbl9pdXNlKVxccyshPyhbXFx3K0AuLV0qKSQvLmV4ZWMobGluZVByZWZpeCk7XG4gIGlmICh1c2VDbWQpIHtcbiAgICBjb25zdCB3ID0gbmFtZUF0KHRleHQsIG9mZnNldCk7XG4gICAgcmV0dXJuIHsga2luZDogJ3VzZS1hcmcnLCBjb21tYW5kOiB1c2VDbWRbMV0sIHdvcmQ6IHcudGV4dCA/IHcgOiB1bmRlZmluZWQgfTtcbiAgfVxuXG4gIGNvbnN0IGNtZCA9IGZhY3RzLmNvbW1hbmRzLmZpbmQoKGMpID0+IHdpdGhpbihjLm5hbWVTcGFuLCBvZmZzZXQpKTtcbiAgaWYgKGNtZCkgcmV0dXJuIHsga2luZDogJ2NvbW1hbmQnLCB3b3JkOiB7IHRleHQ6IGNtZC5uYW1lLCBzcGFuOiBjbWQubmFtZVNwYW4gfSwgY29tbWFuZDogY21kLCBmbjogY21kLmZuIH07XG4gIGZvciAoY29uc3QgYyBvZiBmYWN0cy5jb21tYW5kcykge1xuICAgIGNvbnN0IGFyZyA9IGMuYXJncy5maW5kKChhKSA9PiB3aXRoaW4oYS5zcGFuLCBvZmZzZXQpKTtcbiAgICBpZiAoYXJnKSB7XG4gICAgICBpZiAoYy5uYW1lID09PSAnaW5oZXJpdCcpIHJldHVybiB7IGtpbmQ6ICdpbmhlcml0Jywgd29yZDogbmFtZUF0KHRleHQsIG9mZnNldCkgfTtcbiAgICAgIGlmIChVU0VfQ09NTUFORFMudGVzdChjLm5hbWUpICYmIGMuYXJnc1swXSA9PT0gYXJnKSByZXR1cm4geyBraW5kOiAndXNlLWFyZycsIGNvbW1hbmQ6IGMubmFtZSwgd29yZDogbmFtZUF0KHRleHQsIG9mZnNldCkgfTtcbiAgICAgIHJldHVybiB7IGtpbmQ6ICdjb21tYW5kLWFyZycsIGNvbW1hbmQ6IGMsIHdvcmQ6IG5hbWVBdCh0ZXh0LCBvZmZzZXQpIH07XG4gICAgfVxuICB9XG4gIGNvbnN0IGZuRGVmID0gZmFjdHMuZnVuY3Rpb25zLmZpbmQoKGYpID0+IHdpdGhpbihmLm5hbWVTcGFuLCBvZmZzZXQpKTtcbiAgaWYgKGZuRGVmKSByZXR1cm4geyBraW5kOiAnY29tbWFuZCcsIHdvcmQ6IHsgdGV4dDogZm5EZWYubmFtZSwgc3BhbjogZm5EZWYubmFtZVNwYW4gfSB9O1xuICBjb25zdCBhc2dOYW1lID0gZmFjdHMuYXNzaWdubWVudHMuZmluZCgoYSkgPT4gd2l0aGluKGEubmFtZVNwYW4sIG9mZnNldCkpO1xuICBpZiAoYXNnTmFtZSkgcmV0dXJuIHsga2luZDogJ3ZhcmlhYmxlLXJlZicsIHdvcmQ6IHsgdGV4dDogYXNnTmFtZS5uYW1lLCBzcGFuOiBhc2dOYW1lLm5hbWVTcGFuIH0gfTtcblxuICBpZiAoLyg/Ol58WzsmfCh7YF18XFwkXFwofCYmfFxcfFxcfHx0aGVufGRvfGVsc2UpXFxzKltcXHcuLV0qJC8udGVzdChsaW5lUHJlZml4KSkge1xuICAgIGNvbnN0IHcgPSBuYW1lQXQodGV4dCwgb2Zmc2V0KTtcbiAgICBjb25zdCBmbiA9IGZhY3RzLmZ1bmN0aW9ucy5maW5kKChmKSA9PiBmLnNwYW4uc3RhcnQgPCBvZmZzZXQgJiYgb2Zmc2V0IDwgZi5zcGFuLmVuZCk/Lm5hbWU7XG4gICAgcmV0dXJuIHsga2luZDogJ2NvbW1hbmQnLCB3b3JkOiB3LCBmbiB9O1xuICB9XG4gIHJldHVybiB7IGtpbmQ6ICdub25lJyB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFRTyxTQUFTLE9BQU8sTUFBWSxRQUF5QjtBQUMxRCxTQUFPLEtBQUssU0FBUyxVQUFVLFVBQVUsS0FBSztBQUNoRDtBQVdBLE1BQU0sZUFBZTtBQUdkLFNBQVMsUUFBUSxNQUFjLFFBQXNCO0FBQzFELFFBQU0sT0FBTztBQUNiLE1BQUksSUFBSTtBQUNSLE1BQUksSUFBSTtBQUNSLFNBQU8sSUFBSSxLQUFLLENBQUMsS0FBSyxLQUFLLEtBQUssSUFBSSxDQUFDLENBQUMsRUFBRztBQUN6QyxTQUFPLElBQUksS0FBSyxVQUFVLENBQUMsS0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFDLEVBQUc7QUFDL0MsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEVBQUU7QUFDOUQ7QUFHQSxTQUFTLE9BQU8sTUFBYyxRQUFzQjtBQUNsRCxRQUFNLEtBQUs7QUFDWCxNQUFJLElBQUk7QUFDUixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksS0FBSyxHQUFHLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxFQUFHO0FBQ3RDLFNBQU8sSUFBSSxLQUFLLFVBQVUsR0FBRyxLQUFLLEtBQUssQ0FBQyxDQUFDLEVBQUc7QUFDNUMsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEVBQUU7QUFDOUQ7QUFHQSxTQUFTLGVBQWUsTUFBYyxRQUFvQztBQUN4RSxRQUFNLFNBQVMsS0FBSyxNQUFNLEtBQUssSUFBSSxHQUFHLFNBQVMsR0FBSyxHQUFHLE1BQU07QUFDN0QsUUFBTSxLQUFLO0FBQ1gsTUFBSTtBQUNKLGFBQVcsS0FBSyxPQUFPLFNBQVMsRUFBRSxHQUFHO0FBQ25DLFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxTQUFTLEtBQUssRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUN0RCxZQUFRLEtBQUssU0FBUyxFQUFFLENBQUMsQ0FBQyxJQUFJLFNBQVksRUFBRSxDQUFDO0FBQUEsRUFDL0M7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLFFBQVEsS0FBaUIsUUFBNkI7QUFDcEUsUUFBTSxFQUFFLE1BQU0sTUFBTSxJQUFJO0FBQ3hCLFFBQU0sWUFBWSxLQUFLLFlBQVksTUFBTSxTQUFTLENBQUMsSUFBSTtBQUN2RCxRQUFNLGFBQWEsS0FBSyxNQUFNLFdBQVcsTUFBTTtBQUUvQyxRQUFNLE1BQU0sTUFBTSxRQUFRLEtBQUssQ0FBQyxNQUFNLE9BQU8sRUFBRSxNQUFNLE1BQU0sQ0FBQztBQUM1RCxNQUFJLElBQUssUUFBTyxFQUFFLE1BQU0sZ0JBQWdCLE1BQU0sRUFBRSxNQUFNLElBQUksTUFBTSxNQUFNLElBQUksS0FBSyxFQUFFO0FBQ2pGLE1BQUksc0JBQXNCLEtBQUssVUFBVSxHQUFHO0FBQzFDLFVBQU0sSUFBSSxPQUFPLE1BQU0sTUFBTTtBQUM3QixXQUFPLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxFQUFFO0FBQUEsRUFDekM7QUFFQSxRQUFNLE1BQU0sTUFBTSxZQUFZLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQU0sS0FBSyxDQUFDLEVBQUUsRUFBRTtBQUMxRixRQUFNLFdBQVcsS0FBSyxRQUFRLGVBQWUsTUFBTSxNQUFNO0FBQ3pELE1BQUksWUFBWSxDQUFDLGlDQUFpQyxLQUFLLFVBQVUsR0FBRztBQUNsRSxXQUFPLEVBQUUsTUFBTSxTQUFTLFVBQVUsT0FBTyxRQUFRLE1BQU0sTUFBTSxHQUFHLFlBQVksSUFBSTtBQUFBLEVBQ2xGO0FBRUEsTUFBSSx3Q0FBd0MsS0FBSyxVQUFVLEdBQUc7QUFDNUQsVUFBTSxJQUFJLE9BQU8sTUFBTSxNQUFNO0FBQzdCLFdBQU8sRUFBRSxNQUFNLFdBQVcsTUFBTSxFQUFFLE9BQU8sSUFBSSxPQUFVO0FBQUEsRUFDekQ7QUFDQSxRQUFNLFNBQVMsbUZBQW1GLEtBQUssVUFBVTtBQUNqSCxNQUFJLFFBQVE7QUFDVixVQUFNLElBQUksT0FBTyxNQUFNLE1BQU07QUFDN0IsV0FBTyxFQUFFLE1BQU0sV0FBVyxTQUFTLE9BQU8sQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLElBQUksT0FBVTtBQUFBLEVBQzdFO0FBRUEsUUFBTSxNQUFNLE1BQU0sU0FBUyxLQUFLLENBQUMsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFDakUsTUFBSSxJQUFLLFFBQU8sRUFBRSxNQUFNLFdBQVcsTUFBTSxFQUFFLE1BQU0sSUFBSSxNQUFNLE1BQU0sSUFBSSxTQUFTLEdBQUcsU0FBUyxLQUFLLElBQUksSUFBSSxHQUFHO0FBQzFHLGFBQVcsS0FBSyxNQUFNLFVBQVU7QUFDOUIsVUFBTSxNQUFNLEVBQUUsS0FBSyxLQUFLLENBQUMsTUFBTSxPQUFPLEVBQUUsTUFBTSxNQUFNLENBQUM7QUFDckQsUUFBSSxLQUFLO0FBQ1AsVUFBSSxFQUFFLFNBQVMsVUFBVyxRQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUMvRSxVQUFJLGFBQWEsS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLEtBQUssQ0FBQyxNQUFNLElBQUssUUFBTyxFQUFFLE1BQU0sV0FBVyxTQUFTLEVBQUUsTUFBTSxNQUFNLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFDMUgsYUFBTyxFQUFFLE1BQU0sZUFBZSxTQUFTLEdBQUcsTUFBTSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsSUFDdkU7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLE1BQU0sVUFBVSxLQUFLLENBQUMsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFDcEUsTUFBSSxNQUFPLFFBQU8sRUFBRSxNQUFNLFdBQVcsTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxTQUFTLEVBQUU7QUFDdEYsUUFBTSxVQUFVLE1BQU0sWUFBWSxLQUFLLENBQUMsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFDeEUsTUFBSSxRQUFTLFFBQU8sRUFBRSxNQUFNLGdCQUFnQixNQUFNLEVBQUUsTUFBTSxRQUFRLE1BQU0sTUFBTSxRQUFRLFNBQVMsRUFBRTtBQUVqRyxNQUFJLHNEQUFzRCxLQUFLLFVBQVUsR0FBRztBQUMxRSxVQUFNLElBQUksT0FBTyxNQUFNLE1BQU07QUFDN0IsVUFBTSxLQUFLLE1BQU0sVUFBVSxLQUFLLENBQUMsTUFBTSxFQUFFLEtBQUssUUFBUSxVQUFVLFNBQVMsRUFBRSxLQUFLLEdBQUcsR0FBRztBQUN0RixXQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sR0FBRyxHQUFHO0FBQUEsRUFDeEM7QUFDQSxTQUFPLEVBQUUsTUFBTSxPQUFPO0FBQ3hCOyIsCiAgIm5hbWVzIjogW10KfQo=
