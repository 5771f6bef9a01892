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
var terminal_exports = {};
__export(terminal_exports, {
  cleanTerminalLine: () => cleanTerminalLine
});
module.exports = __toCommonJS(terminal_exports);
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;
function cleanTerminalLine(line) {
  if (!CONTROL.test(line)) return [line];
  const out = [];
  let cells = [];
  let cursor = 0;
  const put = (ch) => {
    if (cursor === cells.length) cells.push(ch);
    else cells[cursor] = ch;
    cursor++;
  };
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 27) {
      i = skipEscape(line, i, () => {
        out.push(cells.join(""));
        cells = [];
        cursor = 0;
      }, () => {
        cells.length = cursor;
      });
      continue;
    }
    if (c === 13) {
      cursor = 0;
    } else if (c === 8) {
      if (cursor > 0) cursor--;
    } else if (c === 9 || c >= 32 && c !== 127 && !(c >= 128 && c <= 159)) {
      put(line[i]);
    }
    i++;
  }
  out.push(cells.join(""));
  return out;
}
function skipEscape(s, i, newline, eraseToEnd) {
  const n = s.length;
  if (i + 1 >= n) return n;
  const k = s[i + 1];
  if (k === "[") {
    let j = i + 2;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c >= 64 && c <= 126) {
        if (s[j] === "K" && (j === i + 2 || s.slice(i + 2, j) === "0")) eraseToEnd();
        return j + 1;
      }
      if (c < 32 || c > 63) return j;
      j++;
    }
    return n;
  }
  if (k === "]" || k === "P" || k === "X" || k === "^" || k === "_") {
    let j = i + 2;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 7) return j + 1;
      if (c === 27) return j + 1 < n && s[j + 1] === "\\" ? j + 2 : j;
      j++;
    }
    return n;
  }
  if (k === "E") {
    newline();
    return i + 2;
  }
  if (k === "(" || k === ")" || k === "*" || k === "+" || k === "#" || k === "%") return Math.min(n, i + 3);
  return i + 2;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cleanTerminalLine
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL3Rlcm1pbmFsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFdoYXQgYSBwdHkgYWRkcyB0byBhIGxpbmUsIHJlbW92ZWQ6IENTSSBzZXF1ZW5jZXMgKFNHUiBjb2xvdXJzLCBnY2MncyBgXFxlWzAxbVxcZVtLYCwgY3Vyc29yIGhpZGUvc2hvdywgZXJhc2UpLFxuICogT1NDIHRpdGxlIGVzY2FwZXMsIGNoYXJzZXQgc2VsZWN0aW9ucywgYmFja3NwYWNlIHNwaW5uZXJzIGFuZCBjYXJyaWFnZS1yZXR1cm4gb3ZlcndyaXRlcy5cbiAqIGBcXGVFYCAoTkVMKSBpcyBhIGxpbmUgYnJlYWs6IFBvcnRhZ2UgcHJpbnRzIGl0IGFmdGVyIGA+Pj4gRW1lcmdpbmcgXHUyMDI2YCBhbmQgdGhlIG5leHQgdGV4dCBmb2xsb3dzIG9uIHRoZSBzYW1lXG4gKiBwaHlzaWNhbCBsaW5lLiBXb3JrcyBvbiBvbmUgY29tcGxldGUgbGluZSAoc3BsaXQgb24gYFxcbmAgYWxyZWFkeSksIHNvIGl0IGlzIGluZGVwZW5kZW50IG9mIGNodW5raW5nLlxuICovXG5cbi8vIEFueXRoaW5nIGEgcGxhaW4gbGluZSB3b3VsZCBub3QgaG9sZDogQzAgY29udHJvbHMgZXhjZXB0IFRBQiwgREVMLCBDMSBjb250cm9scy5cbmNvbnN0IENPTlRST0wgPSAvW1xceDAwLVxceDA4XFx4MGEtXFx4MWZcXHg3Zi1cXHg5Zl0vO1xuXG4vKiogQ2xlYW4gb25lIGxpbmU7IHJldHVybnMgb25lIG9yIG1vcmUgbG9naWNhbCBsaW5lcyAobW9yZSB3aGVuIGl0IGhvbGRzIE5FTCkuICovXG5leHBvcnQgZnVuY3Rpb24gY2xlYW5UZXJtaW5hbExpbmUobGluZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBpZiAoIUNPTlRST0wudGVzdChsaW5lKSkgcmV0dXJuIFtsaW5lXTtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICAvLyBBIHRpbnkgdGVybWluYWw6IGNoYXJhY3RlcnMgYXQgYSBjdXJzb3IsIHNvIGBcXHJgIGFuZCBgXFxiYCBvdmVyd3JpdGUgYXMgb24gc2NyZWVuLlxuICBsZXQgY2VsbHM6IHN0cmluZ1tdID0gW107XG4gIGxldCBjdXJzb3IgPSAwO1xuICBjb25zdCBwdXQgPSAoY2g6IHN0cmluZyk6IHZvaWQgPT4ge1xuICAgIGlmIChjdXJzb3IgPT09IGNlbGxzLmxlbmd0aCkgY2VsbHMucHVzaChjaCk7XG4gICAgZWxzZSBjZWxsc1tjdXJzb3JdID0gY2g7XG4gICAgY3Vyc29yKys7XG4gIH07XG4gIGNvbnN0IG4gPSBsaW5lLmxlbmd0aDtcbiAgbGV0IGkgPSAwO1xuICB3aGlsZSAoaSA8IG4pIHtcbiAgICBjb25zdCBjID0gbGluZS5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjID09PSAweDFiKSB7XG4gICAgICBpID0gc2tpcEVzY2FwZShsaW5lLCBpLCAoKSA9PiB7IG91dC5wdXNoKGNlbGxzLmpvaW4oJycpKTsgY2VsbHMgPSBbXTsgY3Vyc29yID0gMDsgfSwgKCkgPT4geyBjZWxscy5sZW5ndGggPSBjdXJzb3I7IH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChjID09PSAweDBkKSB7XG4gICAgICBjdXJzb3IgPSAwO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gMHgwOCkge1xuICAgICAgaWYgKGN1cnNvciA+IDApIGN1cnNvci0tO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gMHgwOSB8fCAoYyA+PSAweDIwICYmIGMgIT09IDB4N2YgJiYgIShjID49IDB4ODAgJiYgYyA8PSAweDlmKSkpIHtcbiAgICAgIHB1dChsaW5lW2ldKTtcbiAgICB9XG4gICAgaSsrO1xuICB9XG4gIG91dC5wdXNoKGNlbGxzLmpvaW4oJycpKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFNraXBzIHRoZSBlc2NhcGUgc2VxdWVuY2Ugc3RhcnRpbmcgYXQgYGlgIChhbiBFU0MpOyByZXR1cm5zIHRoZSBpbmRleCBhZnRlciBpdC4gKi9cbmZ1bmN0aW9uIHNraXBFc2NhcGUoczogc3RyaW5nLCBpOiBudW1iZXIsIG5ld2xpbmU6ICgpID0+IHZvaWQsIGVyYXNlVG9FbmQ6ICgpID0+IHZvaWQpOiBudW1iZXIge1xuICBjb25zdCBuID0gcy5sZW5ndGg7XG4gIGlmIChpICsgMSA+PSBuKSByZXR1cm4gbjtcbiAgY29uc3QgayA9IHNbaSArIDFdO1xuICBpZiAoayA9PT0gJ1snKSB7XG4gICAgLy8gQ1NJOiBwYXJhbWV0ZXJzIGFuZCBpbnRlcm1lZGlhdGVzLCB0aGVuIG9uZSBmaW5hbCBieXRlLlxuICAgIGxldCBqID0gaSArIDI7XG4gICAgd2hpbGUgKGogPCBuKSB7XG4gICAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGopO1xuICAgICAgaWYgKGMgPj0gMHg0MCAmJiBjIDw9IDB4N2UpIHtcbiAgICAgICAgLy8gYFxcZVtLYCAvIGBcXGVbMEtgOiBlcmFzZSB0byBlbmQgb2YgbGluZSAoYWZ0ZXIgYSBgXFxyYCBvdmVyd3JpdGUgdGhpcyBtYXR0ZXJzKS5cbiAgICAgICAgaWYgKHNbal0gPT09ICdLJyAmJiAoaiA9PT0gaSArIDIgfHwgcy5zbGljZShpICsgMiwgaikgPT09ICcwJykpIGVyYXNlVG9FbmQoKTtcbiAgICAgICAgcmV0dXJuIGogKyAxO1xuICAgICAgfVxuICAgICAgaWYgKGMgPCAweDIwIHx8IGMgPiAweDNmKSByZXR1cm4gajsgLy8gbWFsZm9ybWVkOiBkcm9wIHdoYXQgd2Ugc2F3XG4gICAgICBqKys7XG4gICAgfVxuICAgIHJldHVybiBuO1xuICB9XG4gIGlmIChrID09PSAnXScgfHwgayA9PT0gJ1AnIHx8IGsgPT09ICdYJyB8fCBrID09PSAnXicgfHwgayA9PT0gJ18nKSB7XG4gICAgLy8gT1NDL0RDUy9TT1MvUE0vQVBDOiB1cCB0byBCRUwgb3IgU1QgKGBcXGVcXFxcYCkuXG4gICAgbGV0IGogPSBpICsgMjtcbiAgICB3aGlsZSAoaiA8IG4pIHtcbiAgICAgIGNvbnN0IGMgPSBzLmNoYXJDb2RlQXQoaik7XG4gICAgICBpZiAoYyA9PT0gMHgwNykgcmV0dXJuIGogKyAxO1xuICAgICAgaWYgKGMgPT09IDB4MWIpIHJldHVybiBqICsgMSA8IG4gJiYgc1tqICsgMV0gPT09ICdcXFxcJyA/IGogKyAyIDogajtcbiAgICAgIGorKztcbiAgICB9XG4gICAgcmV0dXJuIG47XG4gIH1cbiAgaWYgKGsgPT09ICdFJykge1xuICAgIG5ld2xpbmUoKTtcbiAgICByZXR1cm4gaSArIDI7XG4gIH1cbiAgaWYgKGsgPT09ICcoJyB8fCBrID09PSAnKScgfHwgayA9PT0gJyonIHx8IGsgPT09ICcrJyB8fCBrID09PSAnIycgfHwgayA9PT0gJyUnKSByZXR1cm4gTWF0aC5taW4obiwgaSArIDMpO1xuICByZXR1cm4gaSArIDI7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsTUFBTSxVQUFVO0FBR1QsU0FBUyxrQkFBa0IsTUFBd0I7QUFDeEQsTUFBSSxDQUFDLFFBQVEsS0FBSyxJQUFJLEVBQUcsUUFBTyxDQUFDLElBQUk7QUFDckMsUUFBTSxNQUFnQixDQUFDO0FBRXZCLE1BQUksUUFBa0IsQ0FBQztBQUN2QixNQUFJLFNBQVM7QUFDYixRQUFNLE1BQU0sQ0FBQyxPQUFxQjtBQUNoQyxRQUFJLFdBQVcsTUFBTSxPQUFRLE9BQU0sS0FBSyxFQUFFO0FBQUEsUUFDckMsT0FBTSxNQUFNLElBQUk7QUFDckI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxJQUFJLEtBQUs7QUFDZixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksR0FBRztBQUNaLFVBQU0sSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUMzQixRQUFJLE1BQU0sSUFBTTtBQUNkLFVBQUksV0FBVyxNQUFNLEdBQUcsTUFBTTtBQUFFLFlBQUksS0FBSyxNQUFNLEtBQUssRUFBRSxDQUFDO0FBQUcsZ0JBQVEsQ0FBQztBQUFHLGlCQUFTO0FBQUEsTUFBRyxHQUFHLE1BQU07QUFBRSxjQUFNLFNBQVM7QUFBQSxNQUFRLENBQUM7QUFDckg7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLElBQU07QUFDZCxlQUFTO0FBQUEsSUFDWCxXQUFXLE1BQU0sR0FBTTtBQUNyQixVQUFJLFNBQVMsRUFBRztBQUFBLElBQ2xCLFdBQVcsTUFBTSxLQUFTLEtBQUssTUFBUSxNQUFNLE9BQVEsRUFBRSxLQUFLLE9BQVEsS0FBSyxNQUFRO0FBQy9FLFVBQUksS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNiO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsTUFBSSxLQUFLLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFDdkIsU0FBTztBQUNUO0FBR0EsU0FBUyxXQUFXLEdBQVcsR0FBVyxTQUFxQixZQUFnQztBQUM3RixRQUFNLElBQUksRUFBRTtBQUNaLE1BQUksSUFBSSxLQUFLLEVBQUcsUUFBTztBQUN2QixRQUFNLElBQUksRUFBRSxJQUFJLENBQUM7QUFDakIsTUFBSSxNQUFNLEtBQUs7QUFFYixRQUFJLElBQUksSUFBSTtBQUNaLFdBQU8sSUFBSSxHQUFHO0FBQ1osWUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFVBQUksS0FBSyxNQUFRLEtBQUssS0FBTTtBQUUxQixZQUFJLEVBQUUsQ0FBQyxNQUFNLFFBQVEsTUFBTSxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksR0FBRyxDQUFDLE1BQU0sS0FBTSxZQUFXO0FBQzNFLGVBQU8sSUFBSTtBQUFBLE1BQ2I7QUFDQSxVQUFJLElBQUksTUFBUSxJQUFJLEdBQU0sUUFBTztBQUNqQztBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksTUFBTSxPQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sS0FBSztBQUVqRSxRQUFJLElBQUksSUFBSTtBQUNaLFdBQU8sSUFBSSxHQUFHO0FBQ1osWUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFVBQUksTUFBTSxFQUFNLFFBQU8sSUFBSTtBQUMzQixVQUFJLE1BQU0sR0FBTSxRQUFPLElBQUksSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLElBQUk7QUFDaEU7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sS0FBSztBQUNiLFlBQVE7QUFDUixXQUFPLElBQUk7QUFBQSxFQUNiO0FBQ0EsTUFBSSxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sSUFBSyxRQUFPLEtBQUssSUFBSSxHQUFHLElBQUksQ0FBQztBQUN4RyxTQUFPLElBQUk7QUFDYjsiLAogICJuYW1lcyI6IFtdCn0K
