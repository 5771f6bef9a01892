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
var terminalLinkPatterns_exports = {};
__export(terminalLinkPatterns_exports, {
  findLinks: () => findLinks
});
module.exports = __toCommonJS(terminalLinkPatterns_exports);
const BUILD_LOG = /(?:\/[\w.+@-]+)*\/build\.log|(?<![\w/])build\.log|(?:\/[\w.+@-]+)+\/logs\/[\w.+@-]+\.log/g;
const SOURCE = /((?:\/?[\w.+@-]+\/)*[\w.+@-]+\.(?:ebuild|eclass))(?:,?\s+line\s+(\d+)|:(\d+))?/g;
function findLinks(line) {
  const links = [];
  for (const m of line.matchAll(BUILD_LOG)) {
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: "build-log", file: m[0] });
  }
  for (const m of line.matchAll(SOURCE)) {
    const n = m[2] ?? m[3];
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: "source", file: m[1], line: n ? Number(n) : void 0 });
  }
  return links;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findLinks
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi90ZXJtaW5hbExpbmtQYXR0ZXJucy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXaGF0IGlzIGNsaWNrYWJsZSBpbiBhIGJ1aWxkIHRlcm1pbmFsIGxpbmUgKHB1cmUsIHVuaXQtdGVzdGVkKTogYGJ1aWxkLmxvZ2AgcGF0aHMgYW5kIHRoZSBzYXZlZCBsb2cgcGF0aCwgYW5kXG4gKiBlYnVpbGQvZWNsYXNzIHBhdGhzIHdpdGggYSBsaW5lIChgaGVsbG8tMS4wLmVidWlsZCwgbGluZSAxMjogIENhbGxlZCBkaWVgLCBgZm9vLmVjbGFzczo0MmApLlxuICovXG5cbmV4cG9ydCBpbnRlcmZhY2UgRm91bmRMaW5rIHtcbiAgc3RhcnRJbmRleDogbnVtYmVyO1xuICBsZW5ndGg6IG51bWJlcjtcbiAga2luZDogJ2J1aWxkLWxvZycgfCAnc291cmNlJztcbiAgZmlsZTogc3RyaW5nO1xuICBsaW5lPzogbnVtYmVyO1xufVxuXG4vLyBlbWVyZ2UncyBgXHUyMDI2L3RlbXAvYnVpbGQubG9nYCBhbmQgdGhlIHNhdmVkIGxvZyBwYXRoIHByaW50ZWQgaW4gdGhlIGZvb3RlciAoYFx1MjAyNi9sb2dzLzxhdG9tPi08cHJvZmlsZT4tPHRpbWU+LmxvZ2ApLlxuY29uc3QgQlVJTERfTE9HID0gLyg/OlxcL1tcXHcuK0AtXSspKlxcL2J1aWxkXFwubG9nfCg/PCFbXFx3L10pYnVpbGRcXC5sb2d8KD86XFwvW1xcdy4rQC1dKykrXFwvbG9nc1xcL1tcXHcuK0AtXStcXC5sb2cvZztcbmNvbnN0IFNPVVJDRSA9IC8oKD86XFwvP1tcXHcuK0AtXStcXC8pKltcXHcuK0AtXStcXC4oPzplYnVpbGR8ZWNsYXNzKSkoPzosP1xccytsaW5lXFxzKyhcXGQrKXw6KFxcZCspKT8vZztcblxuLyoqIFB1cmU6IHRoZSBsaW5rcyBpbiBvbmUgdGVybWluYWwgbGluZSAodW5pdC10ZXN0ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmRMaW5rcyhsaW5lOiBzdHJpbmcpOiBGb3VuZExpbmtbXSB7XG4gIGNvbnN0IGxpbmtzOiBGb3VuZExpbmtbXSA9IFtdO1xuICBmb3IgKGNvbnN0IG0gb2YgbGluZS5tYXRjaEFsbChCVUlMRF9MT0cpKSB7XG4gICAgbGlua3MucHVzaCh7IHN0YXJ0SW5kZXg6IG0uaW5kZXggPz8gMCwgbGVuZ3RoOiBtWzBdLmxlbmd0aCwga2luZDogJ2J1aWxkLWxvZycsIGZpbGU6IG1bMF0gfSk7XG4gIH1cbiAgZm9yIChjb25zdCBtIG9mIGxpbmUubWF0Y2hBbGwoU09VUkNFKSkge1xuICAgIGNvbnN0IG4gPSBtWzJdID8/IG1bM107XG4gICAgbGlua3MucHVzaCh7IHN0YXJ0SW5kZXg6IG0uaW5kZXggPz8gMCwgbGVuZ3RoOiBtWzBdLmxlbmd0aCwga2luZDogJ3NvdXJjZScsIGZpbGU6IG1bMV0sIGxpbmU6IG4gPyBOdW1iZXIobikgOiB1bmRlZmluZWQgfSk7XG4gIH1cbiAgcmV0dXJuIGxpbmtzO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQWNBLE1BQU0sWUFBWTtBQUNsQixNQUFNLFNBQVM7QUFHUixTQUFTLFVBQVUsTUFBMkI7QUFDbkQsUUFBTSxRQUFxQixDQUFDO0FBQzVCLGFBQVcsS0FBSyxLQUFLLFNBQVMsU0FBUyxHQUFHO0FBQ3hDLFVBQU0sS0FBSyxFQUFFLFlBQVksRUFBRSxTQUFTLEdBQUcsUUFBUSxFQUFFLENBQUMsRUFBRSxRQUFRLE1BQU0sYUFBYSxNQUFNLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUM3RjtBQUNBLGFBQVcsS0FBSyxLQUFLLFNBQVMsTUFBTSxHQUFHO0FBQ3JDLFVBQU0sSUFBSSxFQUFFLENBQUMsS0FBSyxFQUFFLENBQUM7QUFDckIsVUFBTSxLQUFLLEVBQUUsWUFBWSxFQUFFLFNBQVMsR0FBRyxRQUFRLEVBQUUsQ0FBQyxFQUFFLFFBQVEsTUFBTSxVQUFVLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxJQUFJLE9BQU8sQ0FBQyxJQUFJLE9BQVUsQ0FBQztBQUFBLEVBQzNIO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
