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
var import_atom = require("../core/atom");
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
function splitAtom(text, eapi) {
  const r = (0, import_atom.tryParseAtom)(text, { eapi: String(eapi) });
  if (!r.ok) return r.error.reason;
  if (r.atom.op === "~" && /-r\d+$/.test(r.atom.version ?? "")) return "the ~ operator ignores revisions, so it must not be given one";
  return { category: r.atom.category, pn: r.atom.pn, version: r.atom.version };
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kZXBTdHJpbmcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVG9rZW5pemVyIGZvciB0aGUgUE1TIDguMiBkZXBlbmRlbmN5LXNwZWNpZmljYXRpb24gZmFtaWx5IChERVBFTkQgJiBjbywgTElDRU5TRSwgUkVRVUlSRURfVVNFKVxuICogd2l0aCBhdG9tcyBjaGVja2VkIGJ5IHNyYy9jb3JlL2F0b20uIFdvcmtzIG9uIHRoZSByYXcgYXNzaWdubWVudCB2YWx1ZSBzbyB0b2tlbnMga2VlcCB0aGVpciBvZmZzZXRzLlxuICovXG5pbXBvcnQgeyB0cnlQYXJzZUF0b20gfSBmcm9tICcuLi9jb3JlL2F0b20nO1xuaW1wb3J0IHsgU3BhbiwgV29yZCB9IGZyb20gJy4vcGFyc2UnO1xuXG5leHBvcnQgdHlwZSBEZXBUb2tlbiA9XG4gIHwgeyBraW5kOiAnb3BlbicgfCAnY2xvc2UnIHwgJ2FueS1vZicgfCAnZXhhY3RseS1vbmUnIHwgJ2F0LW1vc3Qtb25lJzsgd29yZDogV29yZCB9XG4gIHwgeyBraW5kOiAnY29uZGl0aW9uYWwnOyBmbGFnOiBzdHJpbmc7IG5lZ2F0ZWQ6IGJvb2xlYW47IHdvcmQ6IFdvcmQgfVxuICB8IHsga2luZDogJ2l0ZW0nOyB3b3JkOiBXb3JkIH1cbiAgfCB7IGtpbmQ6ICdkeW5hbWljJzsgd29yZDogV29yZCB9O1xuXG4vKiogU3BsaXRzIGFuIGFzc2lnbm1lbnQgdmFsdWUgKHF1b3RlcyBpbmNsdWRlZCkgaW50byB0b2tlbnMgd2l0aCBhYnNvbHV0ZSBzcGFuczsgYGJhc2VgIGlzIHRoZSB2YWx1ZSdzIG9mZnNldC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b2tlbml6ZShyYXc6IHN0cmluZywgYmFzZTogbnVtYmVyKTogRGVwVG9rZW5bXSB7XG4gIGNvbnN0IG91dDogRGVwVG9rZW5bXSA9IFtdO1xuICBjb25zdCBibGFua2VkID0gcmF3LnJlcGxhY2UoL1tcIiddL2csICcgJykucmVwbGFjZSgvXFxcXFxcbi9nLCAnICAnKTtcbiAgZm9yIChjb25zdCBtIG9mIGJsYW5rZWQubWF0Y2hBbGwoL1xcUysvZykpIHtcbiAgICBjb25zdCB0ZXh0ID0gbVswXTtcbiAgICBjb25zdCBzcGFuOiBTcGFuID0geyBzdGFydDogYmFzZSArIChtLmluZGV4ID8/IDApLCBlbmQ6IGJhc2UgKyAobS5pbmRleCA/PyAwKSArIHRleHQubGVuZ3RoIH07XG4gICAgY29uc3Qgd29yZCA9IHsgdGV4dCwgc3BhbiB9O1xuICAgIGlmICh0ZXh0LmluY2x1ZGVzKCckJykgfHwgdGV4dC5pbmNsdWRlcygnYCcpKSBvdXQucHVzaCh7IGtpbmQ6ICdkeW5hbWljJywgd29yZCB9KTtcbiAgICBlbHNlIGlmICh0ZXh0ID09PSAnKCcpIG91dC5wdXNoKHsga2luZDogJ29wZW4nLCB3b3JkIH0pO1xuICAgIGVsc2UgaWYgKHRleHQgPT09ICcpJykgb3V0LnB1c2goeyBraW5kOiAnY2xvc2UnLCB3b3JkIH0pO1xuICAgIGVsc2UgaWYgKHRleHQgPT09ICd8fCcpIG91dC5wdXNoKHsga2luZDogJ2FueS1vZicsIHdvcmQgfSk7XG4gICAgZWxzZSBpZiAodGV4dCA9PT0gJ15eJykgb3V0LnB1c2goeyBraW5kOiAnZXhhY3RseS1vbmUnLCB3b3JkIH0pO1xuICAgIGVsc2UgaWYgKHRleHQgPT09ICc/PycpIG91dC5wdXNoKHsga2luZDogJ2F0LW1vc3Qtb25lJywgd29yZCB9KTtcbiAgICBlbHNlIGlmICh0ZXh0LmVuZHNXaXRoKCc/JykgJiYgdGV4dC5sZW5ndGggPiAxKSB7XG4gICAgICBjb25zdCBuZWdhdGVkID0gdGV4dC5zdGFydHNXaXRoKCchJyk7XG4gICAgICBvdXQucHVzaCh7IGtpbmQ6ICdjb25kaXRpb25hbCcsIGZsYWc6IHRleHQuc2xpY2UobmVnYXRlZCA/IDEgOiAwLCAtMSksIG5lZ2F0ZWQsIHdvcmQgfSk7XG4gICAgfSBlbHNlIG91dC5wdXNoKHsga2luZDogJ2l0ZW0nLCB3b3JkIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXRvbVBhcnRzIHsgY2F0ZWdvcnk6IHN0cmluZzsgcG46IHN0cmluZzsgdmVyc2lvbj86IHN0cmluZyB9XG5cbi8qKiBTcGxpdHMgYW4gYXRvbSBpbnRvIGNhdGVnb3J5L3BhY2thZ2UvdmVyc2lvbiwgb3IgcmV0dXJucyB3aHkgaXQgaXMgbm90IG9uZSBpbiB0aGlzIEVBUEkgKFBNUyA4LjMsIHZpYSBzcmMvY29yZS9hdG9tKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdEF0b20odGV4dDogc3RyaW5nLCBlYXBpOiBudW1iZXIpOiBBdG9tUGFydHMgfCBzdHJpbmcge1xuICBjb25zdCByID0gdHJ5UGFyc2VBdG9tKHRleHQsIHsgZWFwaTogU3RyaW5nKGVhcGkpIH0pO1xuICBpZiAoIXIub2spIHJldHVybiByLmVycm9yLnJlYXNvbjtcbiAgLy8gUE1TIDguMy4xOiBcIn5cIiBtYXRjaGVzIGFueSByZXZpc2lvbiwgc28gb25lIHdyaXR0ZW4gYWZ0ZXIgaXQgaXMgbWVhbmluZ2xlc3NcbiAgaWYgKHIuYXRvbS5vcCA9PT0gJ34nICYmIC8tclxcZCskLy50ZXN0KHIuYXRvbS52ZXJzaW9uID8/ICcnKSkgcmV0dXJuICd0aGUgfiBvcGVyYXRvciBpZ25vcmVzIHJldmlzaW9ucywgc28gaXQgbXVzdCBub3QgYmUgZ2l2ZW4gb25lJztcbiAgcmV0dXJuIHsgY2F0ZWdvcnk6IHIuYXRvbS5jYXRlZ29yeSwgcG46IHIuYXRvbS5wbiwgdmVyc2lvbjogci5hdG9tLnZlcnNpb24gfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrQXRvbSh0ZXh0OiBzdHJpbmcsIGVhcGk6IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHIgPSBzcGxpdEF0b20odGV4dCwgZWFwaSk7XG4gIHJldHVybiB0eXBlb2YgciA9PT0gJ3N0cmluZycgPyByIDogdW5kZWZpbmVkO1xufVxuXG4vKiogQWxsIFVTRSBmbGFncyBuYW1lZCBpbiB0aGUgVVNFIGRlcGVuZGVuY2llcyBgW2EsLWIsYz9dYCBvZiBhbiBhdG9tIHRva2VuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVzZURlcEZsYWdzKHRleHQ6IHN0cmluZyk6IHsgZmxhZzogc3RyaW5nOyBjb25kaXRpb25hbDogYm9vbGVhbiB9W10ge1xuICBjb25zdCBtID0gL1xcWyhbXlxcXV0qKVxcXS8uZXhlYyh0ZXh0KTtcbiAgaWYgKCFtKSByZXR1cm4gW107XG4gIHJldHVybiBtWzFdLnNwbGl0KCcsJykubWFwKCh1KSA9PiAoeyBmbGFnOiB1LnJlcGxhY2UoL15bIS1dLywgJycpLnJlcGxhY2UoL1s9P10kLywgJycpLnJlcGxhY2UoL1xcKFsrLV1cXCkkLywgJycpLCBjb25kaXRpb25hbDogL1s9P10kLy50ZXN0KHUpIH0pKS5maWx0ZXIoKHUpID0+IHUuZmxhZyk7XG59XG5cbi8qKiBGbGFncyBvZiBjb25kaXRpb25hbCBVU0UgZGVwZW5kZW5jaWVzIChgW2E/XWAsIGBbIWI9XWApOiB0aG9zZSBtdXN0IGJlIGluIHRoZSBlYnVpbGQncyBvd24gSVVTRS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25kaXRpb25hbFVzZURlcEZsYWdzKHRleHQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHVzZURlcEZsYWdzKHRleHQpLmZpbHRlcigodSkgPT4gdS5jb25kaXRpb25hbCkubWFwKCh1KSA9PiB1LmZsYWcpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsa0JBQTZCO0FBVXRCLFNBQVMsU0FBUyxLQUFhLE1BQTBCO0FBQzlELFFBQU0sTUFBa0IsQ0FBQztBQUN6QixRQUFNLFVBQVUsSUFBSSxRQUFRLFNBQVMsR0FBRyxFQUFFLFFBQVEsU0FBUyxJQUFJO0FBQy9ELGFBQVcsS0FBSyxRQUFRLFNBQVMsTUFBTSxHQUFHO0FBQ3hDLFVBQU0sT0FBTyxFQUFFLENBQUM7QUFDaEIsVUFBTSxPQUFhLEVBQUUsT0FBTyxRQUFRLEVBQUUsU0FBUyxJQUFJLEtBQUssUUFBUSxFQUFFLFNBQVMsS0FBSyxLQUFLLE9BQU87QUFDNUYsVUFBTSxPQUFPLEVBQUUsTUFBTSxLQUFLO0FBQzFCLFFBQUksS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxFQUFHLEtBQUksS0FBSyxFQUFFLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFBQSxhQUN2RSxTQUFTLElBQUssS0FBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLGFBQzdDLFNBQVMsSUFBSyxLQUFJLEtBQUssRUFBRSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQUEsYUFDOUMsU0FBUyxLQUFNLEtBQUksS0FBSyxFQUFFLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxhQUNoRCxTQUFTLEtBQU0sS0FBSSxLQUFLLEVBQUUsTUFBTSxlQUFlLEtBQUssQ0FBQztBQUFBLGFBQ3JELFNBQVMsS0FBTSxLQUFJLEtBQUssRUFBRSxNQUFNLGVBQWUsS0FBSyxDQUFDO0FBQUEsYUFDckQsS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRztBQUM5QyxZQUFNLFVBQVUsS0FBSyxXQUFXLEdBQUc7QUFDbkMsVUFBSSxLQUFLLEVBQUUsTUFBTSxlQUFlLE1BQU0sS0FBSyxNQUFNLFVBQVUsSUFBSSxHQUFHLEVBQUUsR0FBRyxTQUFTLEtBQUssQ0FBQztBQUFBLElBQ3hGLE1BQU8sS0FBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLEVBQ3hDO0FBQ0EsU0FBTztBQUNUO0FBS08sU0FBUyxVQUFVLE1BQWMsTUFBa0M7QUFDeEUsUUFBTSxRQUFJLDBCQUFhLE1BQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxFQUFFLENBQUM7QUFDbkQsTUFBSSxDQUFDLEVBQUUsR0FBSSxRQUFPLEVBQUUsTUFBTTtBQUUxQixNQUFJLEVBQUUsS0FBSyxPQUFPLE9BQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxXQUFXLEVBQUUsRUFBRyxRQUFPO0FBQ3JFLFNBQU8sRUFBRSxVQUFVLEVBQUUsS0FBSyxVQUFVLElBQUksRUFBRSxLQUFLLElBQUksU0FBUyxFQUFFLEtBQUssUUFBUTtBQUM3RTtBQUVPLFNBQVMsVUFBVSxNQUFjLE1BQWtDO0FBQ3hFLFFBQU0sSUFBSSxVQUFVLE1BQU0sSUFBSTtBQUM5QixTQUFPLE9BQU8sTUFBTSxXQUFXLElBQUk7QUFDckM7QUFHTyxTQUFTLFlBQVksTUFBd0Q7QUFDbEYsUUFBTSxJQUFJLGVBQWUsS0FBSyxJQUFJO0FBQ2xDLE1BQUksQ0FBQyxFQUFHLFFBQU8sQ0FBQztBQUNoQixTQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLGFBQWEsRUFBRSxHQUFHLGFBQWEsUUFBUSxLQUFLLENBQUMsRUFBRSxFQUFFLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQ3hLO0FBR08sU0FBUyx1QkFBdUIsTUFBd0I7QUFDN0QsU0FBTyxZQUFZLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDekU7IiwKICAibmFtZXMiOiBbXQp9Cg==
