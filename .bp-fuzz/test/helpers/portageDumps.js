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
var portageDumps_exports = {};
__export(portageDumps_exports, {
  parseGpkgDump: () => parseGpkgDump,
  parseXpakDump: () => parseXpakDump
});
module.exports = __toCommonJS(portageDumps_exports);
function unrepr(s) {
  return s.replace(/\\(n|t|\\|'|x([0-9a-f]{2}))/g, (_m, c, hex) => hex ? String.fromCharCode(parseInt(hex, 16)) : c === "n" ? "\n" : c === "t" ? "	" : c);
}
function fullValue(raw) {
  if (raw === void 0 || raw.startsWith("<") || raw.endsWith("...")) return void 0;
  return unrepr(raw);
}
function parseXpakDump(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const f = /^file: (\S+)\s+size: (\d+) bytes/.exec(line);
    if (f) {
      out.push({ file: f[1], size: Number(f[2]), entries: [] });
      continue;
    }
    const e = /^\s+entry\s+\d+ @idx\+\s*\d+: namelen=\s*\d+ name='([^']*)'\s+data_off=\s*\d+ data_len=\s*(\d+)\s+value=(.*)$/.exec(line);
    if (e && out.length) out[out.length - 1].entries.push({ name: e[1], length: Number(e[2]), value: fullValue(e[3]) });
  }
  return out;
}
function parseGpkgDump(text) {
  const out = [];
  let cur;
  for (const line of text.split("\n")) {
    const f = /^file: (\S+)\s+size: (\d+) bytes/.exec(line);
    if (f) {
      cur = { file: f[1], size: Number(f[2]), members: [], manifest: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const m = /^\s+outer member '([^']+)': .* size=(\d+) /.exec(line);
    if (m) {
      cur.members.push({ name: m[1].split("/").pop(), size: Number(m[2]), entries: [] });
      continue;
    }
    const magic = /^\s+compressed-magic=([0-9a-f]+)/.exec(line);
    if (magic) {
      cur.members[cur.members.length - 1].compressedMagic = magic[1];
      continue;
    }
    const man = /^\s+Manifest: DATA (\S+) (\d+) (.*)$/.exec(line);
    if (man) {
      cur.manifest.push({ name: man[1], size: Number(man[2]), hashes: [...man[3].matchAll(/([A-Z0-9_]+)=</g)].map((h) => h[1]) });
      continue;
    }
    const e = /^\s{6}(\S+)\s+b'(.)' size=\s*(\d+) mode=0o([0-7]+) (\S+)(?: value=(.*))?$/.exec(line);
    if (e) {
      const member = cur.members[cur.members.length - 1];
      member.entries.push({ name: e[1], type: e[2], size: Number(e[3]), mode: parseInt(e[4], 8), owner: e[5], value: e[6] === void 0 ? void 0 : fullValue(e[6].replace(/^'|'$/g, "")) });
    }
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseGpkgDump,
  parseXpakDump
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9oZWxwZXJzL3BvcnRhZ2VEdW1wcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBQYXJzZXJzIGZvciB0ZXN0L2ZpeHR1cmVzL3BvcnRhZ2UvYmlucGtnLXN0cnVjdHVyZS8qLWR1bXAudHh0LCBzbyB0ZXN0cyBjb21wYXJlIHRoZSByZWFkZXIgd2l0aCB3aGF0XG4gKiB0aGUgY2FwdHVyZSByZWNvcmRlZCBpbnN0ZWFkIG9mIHdpdGggdmFsdWVzIGNvcGllZCBieSBoYW5kLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIER1bXBFbnRyeSB7XG4gIG5hbWU6IHN0cmluZztcbiAgbGVuZ3RoOiBudW1iZXI7XG4gIC8qKiBGdWxsIHZhbHVlIHdoZW4gdGhlIGR1bXAgcHJpbnRlZCBpdCB3aG9sZTsgdW5kZWZpbmVkIHdoZW4gdHJ1bmNhdGVkIG9yIGJpbmFyeS4gKi9cbiAgdmFsdWU/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgWHBha0R1bXBTZWN0aW9uIHtcbiAgZmlsZTogc3RyaW5nO1xuICBzaXplOiBudW1iZXI7XG4gIGVudHJpZXM6IER1bXBFbnRyeVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEdwa2dEdW1wU2VjdGlvbiB7XG4gIGZpbGU6IHN0cmluZztcbiAgc2l6ZTogbnVtYmVyO1xuICBtZW1iZXJzOiB7IG5hbWU6IHN0cmluZzsgc2l6ZTogbnVtYmVyOyBjb21wcmVzc2VkTWFnaWM/OiBzdHJpbmc7IGVudHJpZXM6IHsgbmFtZTogc3RyaW5nOyB0eXBlOiBzdHJpbmc7IHNpemU6IG51bWJlcjsgbW9kZTogbnVtYmVyOyBvd25lcjogc3RyaW5nOyB2YWx1ZT86IHN0cmluZyB9W10gfVtdO1xuICBtYW5pZmVzdDogeyBuYW1lOiBzdHJpbmc7IHNpemU6IG51bWJlcjsgaGFzaGVzOiBzdHJpbmdbXSB9W107XG59XG5cbi8qKiBQeXRob24gcmVwciBib2R5IFx1MjE5MiBzdHJpbmcgKHRoZSBkdW1wcyBlc2NhcGUgXFxuLCBcXHQsIFxcXFwgYW5kIFxcJykuICovXG5mdW5jdGlvbiB1bnJlcHIoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHMucmVwbGFjZSgvXFxcXChufHR8XFxcXHwnfHgoWzAtOWEtZl17Mn0pKS9nLCAoX20sIGM6IHN0cmluZywgaGV4Pzogc3RyaW5nKSA9PiAoaGV4ID8gU3RyaW5nLmZyb21DaGFyQ29kZShwYXJzZUludChoZXgsIDE2KSkgOiBjID09PSAnbicgPyAnXFxuJyA6IGMgPT09ICd0JyA/ICdcXHQnIDogYykpO1xufVxuXG5mdW5jdGlvbiBmdWxsVmFsdWUocmF3OiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAocmF3ID09PSB1bmRlZmluZWQgfHwgcmF3LnN0YXJ0c1dpdGgoJzwnKSB8fCByYXcuZW5kc1dpdGgoJy4uLicpKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gdW5yZXByKHJhdyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVhwYWtEdW1wKHRleHQ6IHN0cmluZyk6IFhwYWtEdW1wU2VjdGlvbltdIHtcbiAgY29uc3Qgb3V0OiBYcGFrRHVtcFNlY3Rpb25bXSA9IFtdO1xuICBmb3IgKGNvbnN0IGxpbmUgb2YgdGV4dC5zcGxpdCgnXFxuJykpIHtcbiAgICBjb25zdCBmID0gL15maWxlOiAoXFxTKylcXHMrc2l6ZTogKFxcZCspIGJ5dGVzLy5leGVjKGxpbmUpO1xuICAgIGlmIChmKSB7XG4gICAgICBvdXQucHVzaCh7IGZpbGU6IGZbMV0sIHNpemU6IE51bWJlcihmWzJdKSwgZW50cmllczogW10gfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgZSA9IC9eXFxzK2VudHJ5XFxzK1xcZCsgQGlkeFxcK1xccypcXGQrOiBuYW1lbGVuPVxccypcXGQrIG5hbWU9JyhbXiddKiknXFxzK2RhdGFfb2ZmPVxccypcXGQrIGRhdGFfbGVuPVxccyooXFxkKylcXHMrdmFsdWU9KC4qKSQvLmV4ZWMobGluZSk7XG4gICAgaWYgKGUgJiYgb3V0Lmxlbmd0aCkgb3V0W291dC5sZW5ndGggLSAxXS5lbnRyaWVzLnB1c2goeyBuYW1lOiBlWzFdLCBsZW5ndGg6IE51bWJlcihlWzJdKSwgdmFsdWU6IGZ1bGxWYWx1ZShlWzNdKSB9KTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VHcGtnRHVtcCh0ZXh0OiBzdHJpbmcpOiBHcGtnRHVtcFNlY3Rpb25bXSB7XG4gIGNvbnN0IG91dDogR3BrZ0R1bXBTZWN0aW9uW10gPSBbXTtcbiAgbGV0IGN1cjogR3BrZ0R1bXBTZWN0aW9uIHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IGxpbmUgb2YgdGV4dC5zcGxpdCgnXFxuJykpIHtcbiAgICBjb25zdCBmID0gL15maWxlOiAoXFxTKylcXHMrc2l6ZTogKFxcZCspIGJ5dGVzLy5leGVjKGxpbmUpO1xuICAgIGlmIChmKSB7XG4gICAgICBjdXIgPSB7IGZpbGU6IGZbMV0sIHNpemU6IE51bWJlcihmWzJdKSwgbWVtYmVyczogW10sIG1hbmlmZXN0OiBbXSB9O1xuICAgICAgb3V0LnB1c2goY3VyKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoIWN1cikgY29udGludWU7XG4gICAgY29uc3QgbSA9IC9eXFxzK291dGVyIG1lbWJlciAnKFteJ10rKSc6IC4qIHNpemU9KFxcZCspIC8uZXhlYyhsaW5lKTtcbiAgICBpZiAobSkge1xuICAgICAgY3VyLm1lbWJlcnMucHVzaCh7IG5hbWU6IG1bMV0uc3BsaXQoJy8nKS5wb3AoKSEsIHNpemU6IE51bWJlcihtWzJdKSwgZW50cmllczogW10gfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgbWFnaWMgPSAvXlxccytjb21wcmVzc2VkLW1hZ2ljPShbMC05YS1mXSspLy5leGVjKGxpbmUpO1xuICAgIGlmIChtYWdpYykge1xuICAgICAgY3VyLm1lbWJlcnNbY3VyLm1lbWJlcnMubGVuZ3RoIC0gMV0uY29tcHJlc3NlZE1hZ2ljID0gbWFnaWNbMV07XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgbWFuID0gL15cXHMrTWFuaWZlc3Q6IERBVEEgKFxcUyspIChcXGQrKSAoLiopJC8uZXhlYyhsaW5lKTtcbiAgICBpZiAobWFuKSB7XG4gICAgICBjdXIubWFuaWZlc3QucHVzaCh7IG5hbWU6IG1hblsxXSwgc2l6ZTogTnVtYmVyKG1hblsyXSksIGhhc2hlczogWy4uLm1hblszXS5tYXRjaEFsbCgvKFtBLVowLTlfXSspPTwvZyldLm1hcCgoaCkgPT4gaFsxXSkgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgZSA9IC9eXFxzezZ9KFxcUyspXFxzK2InKC4pJyBzaXplPVxccyooXFxkKykgbW9kZT0wbyhbMC03XSspIChcXFMrKSg/OiB2YWx1ZT0oLiopKT8kLy5leGVjKGxpbmUpO1xuICAgIGlmIChlKSB7XG4gICAgICBjb25zdCBtZW1iZXIgPSBjdXIubWVtYmVyc1tjdXIubWVtYmVycy5sZW5ndGggLSAxXTtcbiAgICAgIG1lbWJlci5lbnRyaWVzLnB1c2goeyBuYW1lOiBlWzFdLCB0eXBlOiBlWzJdLCBzaXplOiBOdW1iZXIoZVszXSksIG1vZGU6IHBhcnNlSW50KGVbNF0sIDgpLCBvd25lcjogZVs1XSwgdmFsdWU6IGVbNl0gPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGZ1bGxWYWx1ZShlWzZdLnJlcGxhY2UoL14nfCckL2csICcnKSkgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUF5QkEsU0FBUyxPQUFPLEdBQW1CO0FBQ2pDLFNBQU8sRUFBRSxRQUFRLGdDQUFnQyxDQUFDLElBQUksR0FBVyxRQUFrQixNQUFNLE9BQU8sYUFBYSxTQUFTLEtBQUssRUFBRSxDQUFDLElBQUksTUFBTSxNQUFNLE9BQU8sTUFBTSxNQUFNLE1BQU8sQ0FBRTtBQUM1SztBQUVBLFNBQVMsVUFBVSxLQUE2QztBQUM5RCxNQUFJLFFBQVEsVUFBYSxJQUFJLFdBQVcsR0FBRyxLQUFLLElBQUksU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM1RSxTQUFPLE9BQU8sR0FBRztBQUNuQjtBQUVPLFNBQVMsY0FBYyxNQUFpQztBQUM3RCxRQUFNLE1BQXlCLENBQUM7QUFDaEMsYUFBVyxRQUFRLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFDbkMsVUFBTSxJQUFJLG1DQUFtQyxLQUFLLElBQUk7QUFDdEQsUUFBSSxHQUFHO0FBQ0wsVUFBSSxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQ3hEO0FBQUEsSUFDRjtBQUNBLFVBQU0sSUFBSSxnSEFBZ0gsS0FBSyxJQUFJO0FBQ25JLFFBQUksS0FBSyxJQUFJLE9BQVEsS0FBSSxJQUFJLFNBQVMsQ0FBQyxFQUFFLFFBQVEsS0FBSyxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsUUFBUSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsT0FBTyxVQUFVLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3BIO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxjQUFjLE1BQWlDO0FBQzdELFFBQU0sTUFBeUIsQ0FBQztBQUNoQyxNQUFJO0FBQ0osYUFBVyxRQUFRLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFDbkMsVUFBTSxJQUFJLG1DQUFtQyxLQUFLLElBQUk7QUFDdEQsUUFBSSxHQUFHO0FBQ0wsWUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsU0FBUyxDQUFDLEdBQUcsVUFBVSxDQUFDLEVBQUU7QUFDbEUsVUFBSSxLQUFLLEdBQUc7QUFDWjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsSUFBSztBQUNWLFVBQU0sSUFBSSw2Q0FBNkMsS0FBSyxJQUFJO0FBQ2hFLFFBQUksR0FBRztBQUNMLFVBQUksUUFBUSxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxNQUFNLEdBQUcsRUFBRSxJQUFJLEdBQUksTUFBTSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUNsRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsbUNBQW1DLEtBQUssSUFBSTtBQUMxRCxRQUFJLE9BQU87QUFDVCxVQUFJLFFBQVEsSUFBSSxRQUFRLFNBQVMsQ0FBQyxFQUFFLGtCQUFrQixNQUFNLENBQUM7QUFDN0Q7QUFBQSxJQUNGO0FBQ0EsVUFBTSxNQUFNLHVDQUF1QyxLQUFLLElBQUk7QUFDNUQsUUFBSSxLQUFLO0FBQ1AsVUFBSSxTQUFTLEtBQUssRUFBRSxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxHQUFHLElBQUksQ0FBQyxFQUFFLFNBQVMsaUJBQWlCLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDMUg7QUFBQSxJQUNGO0FBQ0EsVUFBTSxJQUFJLDRFQUE0RSxLQUFLLElBQUk7QUFDL0YsUUFBSSxHQUFHO0FBQ0wsWUFBTSxTQUFTLElBQUksUUFBUSxJQUFJLFFBQVEsU0FBUyxDQUFDO0FBQ2pELGFBQU8sUUFBUSxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHLE1BQU0sU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDLEdBQUcsT0FBTyxFQUFFLENBQUMsR0FBRyxPQUFPLEVBQUUsQ0FBQyxNQUFNLFNBQVksU0FBWSxVQUFVLEVBQUUsQ0FBQyxFQUFFLFFBQVEsVUFBVSxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDekw7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
