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
  cleanLine: () => cleanLine,
  cleanTerminalLine: () => cleanTerminalLine
});
module.exports = __toCommonJS(terminal_exports);
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;
function cleanTerminalLine(input) {
  const r = cleanLine(input);
  return typeof r === "string" ? [r] : r;
}
function cleanLine(input) {
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 13) end--;
  const line = end === input.length ? input : input.slice(0, end);
  if (!CONTROL.test(line)) return line;
  if (!OVERWRITE.test(line)) return stripEscapes(line);
  return emulate(line);
}
const OVERWRITE = /[\r\b]/;
function stripEscapes(line) {
  const out = [];
  let cur = "";
  const n = line.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    const control = c < 32 ? c !== 9 : c === 127 || c >= 128 && c <= 159;
    if (!control) {
      i++;
      continue;
    }
    cur += line.slice(from, i);
    if (c === 27) {
      i = skipEscape(line, i, () => {
        out.push(cur);
        cur = "";
      }, () => void 0);
    } else {
      i++;
    }
    from = i;
  }
  out.push(cur + line.slice(from));
  return out;
}
function emulate(line) {
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
  cleanLine,
  cleanTerminalLine
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL3Rlcm1pbmFsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFdoYXQgYSBwdHkgYWRkcyB0byBhIGxpbmUsIHJlbW92ZWQ6IENTSSBzZXF1ZW5jZXMgKFNHUiBjb2xvdXJzLCBnY2MncyBgXFxlWzAxbVxcZVtLYCwgY3Vyc29yIGhpZGUvc2hvdywgZXJhc2UpLFxuICogT1NDIHRpdGxlIGVzY2FwZXMsIGNoYXJzZXQgc2VsZWN0aW9ucywgYmFja3NwYWNlIHNwaW5uZXJzIGFuZCBjYXJyaWFnZS1yZXR1cm4gb3ZlcndyaXRlcy5cbiAqIGBcXGVFYCAoTkVMKSBpcyBhIGxpbmUgYnJlYWs6IFBvcnRhZ2UgcHJpbnRzIGl0IGFmdGVyIGA+Pj4gRW1lcmdpbmcgXHUyMDI2YCBhbmQgdGhlIG5leHQgdGV4dCBmb2xsb3dzIG9uIHRoZSBzYW1lXG4gKiBwaHlzaWNhbCBsaW5lLiBXb3JrcyBvbiBvbmUgY29tcGxldGUgbGluZSAoc3BsaXQgb24gYFxcbmAgYWxyZWFkeSksIHNvIGl0IGlzIGluZGVwZW5kZW50IG9mIGNodW5raW5nLlxuICovXG5cbi8vIEFueXRoaW5nIGEgcGxhaW4gbGluZSB3b3VsZCBub3QgaG9sZDogQzAgY29udHJvbHMgZXhjZXB0IFRBQiwgREVMLCBDMSBjb250cm9scy5cbmNvbnN0IENPTlRST0wgPSAvW1xceDAwLVxceDA4XFx4MGEtXFx4MWZcXHg3Zi1cXHg5Zl0vO1xuXG4vKiogQ2xlYW4gb25lIGxpbmU7IHJldHVybnMgb25lIG9yIG1vcmUgbG9naWNhbCBsaW5lcyAobW9yZSB3aGVuIGl0IGhvbGRzIE5FTCkuICovXG5leHBvcnQgZnVuY3Rpb24gY2xlYW5UZXJtaW5hbExpbmUoaW5wdXQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgciA9IGNsZWFuTGluZShpbnB1dCk7XG4gIHJldHVybiB0eXBlb2YgciA9PT0gJ3N0cmluZycgPyBbcl0gOiByO1xufVxuXG4vKiogQXMgY2xlYW5UZXJtaW5hbExpbmUsIHdpdGhvdXQgYWxsb2NhdGluZyBhbiBhcnJheSBmb3IgdGhlIGNvbW1vbiBzaW5nbGUtbGluZSBjYXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsZWFuTGluZShpbnB1dDogc3RyaW5nKTogc3RyaW5nIHwgc3RyaW5nW10ge1xuICAvLyBGYXN0IHBhdGhzOiBwbGFpbiBsaW5lcywgYW5kIENSTEYgbGluZSBlbmRzIChldmVyeSBsaW5lIG9mIGEgcHR5IGNhcHR1cmUpLlxuICBsZXQgZW5kID0gaW5wdXQubGVuZ3RoO1xuICB3aGlsZSAoZW5kID4gMCAmJiBpbnB1dC5jaGFyQ29kZUF0KGVuZCAtIDEpID09PSAweDBkKSBlbmQtLTtcbiAgY29uc3QgbGluZSA9IGVuZCA9PT0gaW5wdXQubGVuZ3RoID8gaW5wdXQgOiBpbnB1dC5zbGljZSgwLCBlbmQpO1xuICBpZiAoIUNPTlRST0wudGVzdChsaW5lKSkgcmV0dXJuIGxpbmU7XG4gIGlmICghT1ZFUldSSVRFLnRlc3QobGluZSkpIHJldHVybiBzdHJpcEVzY2FwZXMobGluZSk7XG4gIHJldHVybiBlbXVsYXRlKGxpbmUpO1xufVxuXG5jb25zdCBPVkVSV1JJVEUgPSAvW1xcclxcYl0vO1xuXG4vKiogRXNjYXBlcyBhbmQgY29udHJvbCBjaGFyYWN0ZXJzIHJlbW92ZWQsIG5vdGhpbmcgb3ZlcndyaXR0ZW46IGNvcHkgdGhlIHRleHQgYmV0d2VlbiB0aGVtLiAqL1xuZnVuY3Rpb24gc3RyaXBFc2NhcGVzKGxpbmU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgY3VyID0gJyc7XG4gIGNvbnN0IG4gPSBsaW5lLmxlbmd0aDtcbiAgbGV0IGZyb20gPSAwO1xuICBsZXQgaSA9IDA7XG4gIHdoaWxlIChpIDwgbikge1xuICAgIGNvbnN0IGMgPSBsaW5lLmNoYXJDb2RlQXQoaSk7XG4gICAgY29uc3QgY29udHJvbCA9IGMgPCAweDIwID8gYyAhPT0gMHgwOSA6IGMgPT09IDB4N2YgfHwgKGMgPj0gMHg4MCAmJiBjIDw9IDB4OWYpO1xuICAgIGlmICghY29udHJvbCkge1xuICAgICAgaSsrO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGN1ciArPSBsaW5lLnNsaWNlKGZyb20sIGkpO1xuICAgIGlmIChjID09PSAweDFiKSB7XG4gICAgICBpID0gc2tpcEVzY2FwZShsaW5lLCBpLCAoKSA9PiB7IG91dC5wdXNoKGN1cik7IGN1ciA9ICcnOyB9LCAoKSA9PiB1bmRlZmluZWQpO1xuICAgIH0gZWxzZSB7XG4gICAgICBpKys7XG4gICAgfVxuICAgIGZyb20gPSBpO1xuICB9XG4gIG91dC5wdXNoKGN1ciArIGxpbmUuc2xpY2UoZnJvbSkpO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIGdlbmVyYWwgY2FzZTogYSB0aW55IHRlcm1pbmFsIHdpdGggYSBjdXJzb3IsIHNvIGBcXHJgIGFuZCBgXFxiYCBvdmVyd3JpdGUgYXMgb24gc2NyZWVuLiAqL1xuZnVuY3Rpb24gZW11bGF0ZShsaW5lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgLy8gQSB0aW55IHRlcm1pbmFsOiBjaGFyYWN0ZXJzIGF0IGEgY3Vyc29yLCBzbyBgXFxyYCBhbmQgYFxcYmAgb3ZlcndyaXRlIGFzIG9uIHNjcmVlbi5cbiAgbGV0IGNlbGxzOiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgY3Vyc29yID0gMDtcbiAgY29uc3QgcHV0ID0gKGNoOiBzdHJpbmcpOiB2b2lkID0+IHtcbiAgICBpZiAoY3Vyc29yID09PSBjZWxscy5sZW5ndGgpIGNlbGxzLnB1c2goY2gpO1xuICAgIGVsc2UgY2VsbHNbY3Vyc29yXSA9IGNoO1xuICAgIGN1cnNvcisrO1xuICB9O1xuICBjb25zdCBuID0gbGluZS5sZW5ndGg7XG4gIGxldCBpID0gMDtcbiAgd2hpbGUgKGkgPCBuKSB7XG4gICAgY29uc3QgYyA9IGxpbmUuY2hhckNvZGVBdChpKTtcbiAgICBpZiAoYyA9PT0gMHgxYikge1xuICAgICAgaSA9IHNraXBFc2NhcGUobGluZSwgaSwgKCkgPT4geyBvdXQucHVzaChjZWxscy5qb2luKCcnKSk7IGNlbGxzID0gW107IGN1cnNvciA9IDA7IH0sICgpID0+IHsgY2VsbHMubGVuZ3RoID0gY3Vyc29yOyB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoYyA9PT0gMHgwZCkge1xuICAgICAgY3Vyc29yID0gMDtcbiAgICB9IGVsc2UgaWYgKGMgPT09IDB4MDgpIHtcbiAgICAgIGlmIChjdXJzb3IgPiAwKSBjdXJzb3ItLTtcbiAgICB9IGVsc2UgaWYgKGMgPT09IDB4MDkgfHwgKGMgPj0gMHgyMCAmJiBjICE9PSAweDdmICYmICEoYyA+PSAweDgwICYmIGMgPD0gMHg5ZikpKSB7XG4gICAgICBwdXQobGluZVtpXSk7XG4gICAgfVxuICAgIGkrKztcbiAgfVxuICBvdXQucHVzaChjZWxscy5qb2luKCcnKSk7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBTa2lwcyB0aGUgZXNjYXBlIHNlcXVlbmNlIHN0YXJ0aW5nIGF0IGBpYCAoYW4gRVNDKTsgcmV0dXJucyB0aGUgaW5kZXggYWZ0ZXIgaXQuICovXG5mdW5jdGlvbiBza2lwRXNjYXBlKHM6IHN0cmluZywgaTogbnVtYmVyLCBuZXdsaW5lOiAoKSA9PiB2b2lkLCBlcmFzZVRvRW5kOiAoKSA9PiB2b2lkKTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IHMubGVuZ3RoO1xuICBpZiAoaSArIDEgPj0gbikgcmV0dXJuIG47XG4gIGNvbnN0IGsgPSBzW2kgKyAxXTtcbiAgaWYgKGsgPT09ICdbJykge1xuICAgIC8vIENTSTogcGFyYW1ldGVycyBhbmQgaW50ZXJtZWRpYXRlcywgdGhlbiBvbmUgZmluYWwgYnl0ZS5cbiAgICBsZXQgaiA9IGkgKyAyO1xuICAgIHdoaWxlIChqIDwgbikge1xuICAgICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChqKTtcbiAgICAgIGlmIChjID49IDB4NDAgJiYgYyA8PSAweDdlKSB7XG4gICAgICAgIC8vIGBcXGVbS2AgLyBgXFxlWzBLYDogZXJhc2UgdG8gZW5kIG9mIGxpbmUgKGFmdGVyIGEgYFxccmAgb3ZlcndyaXRlIHRoaXMgbWF0dGVycykuXG4gICAgICAgIGlmIChzW2pdID09PSAnSycgJiYgKGogPT09IGkgKyAyIHx8IHMuc2xpY2UoaSArIDIsIGopID09PSAnMCcpKSBlcmFzZVRvRW5kKCk7XG4gICAgICAgIHJldHVybiBqICsgMTtcbiAgICAgIH1cbiAgICAgIGlmIChjIDwgMHgyMCB8fCBjID4gMHgzZikgcmV0dXJuIGo7IC8vIG1hbGZvcm1lZDogZHJvcCB3aGF0IHdlIHNhd1xuICAgICAgaisrO1xuICAgIH1cbiAgICByZXR1cm4gbjtcbiAgfVxuICBpZiAoayA9PT0gJ10nIHx8IGsgPT09ICdQJyB8fCBrID09PSAnWCcgfHwgayA9PT0gJ14nIHx8IGsgPT09ICdfJykge1xuICAgIC8vIE9TQy9EQ1MvU09TL1BNL0FQQzogdXAgdG8gQkVMIG9yIFNUIChgXFxlXFxcXGApLlxuICAgIGxldCBqID0gaSArIDI7XG4gICAgd2hpbGUgKGogPCBuKSB7XG4gICAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGopO1xuICAgICAgaWYgKGMgPT09IDB4MDcpIHJldHVybiBqICsgMTtcbiAgICAgIGlmIChjID09PSAweDFiKSByZXR1cm4gaiArIDEgPCBuICYmIHNbaiArIDFdID09PSAnXFxcXCcgPyBqICsgMiA6IGo7XG4gICAgICBqKys7XG4gICAgfVxuICAgIHJldHVybiBuO1xuICB9XG4gIGlmIChrID09PSAnRScpIHtcbiAgICBuZXdsaW5lKCk7XG4gICAgcmV0dXJuIGkgKyAyO1xuICB9XG4gIGlmIChrID09PSAnKCcgfHwgayA9PT0gJyknIHx8IGsgPT09ICcqJyB8fCBrID09PSAnKycgfHwgayA9PT0gJyMnIHx8IGsgPT09ICclJykgcmV0dXJuIE1hdGgubWluKG4sIGkgKyAzKTtcbiAgcmV0dXJuIGkgKyAyO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsTUFBTSxVQUFVO0FBR1QsU0FBUyxrQkFBa0IsT0FBeUI7QUFDekQsUUFBTSxJQUFJLFVBQVUsS0FBSztBQUN6QixTQUFPLE9BQU8sTUFBTSxXQUFXLENBQUMsQ0FBQyxJQUFJO0FBQ3ZDO0FBR08sU0FBUyxVQUFVLE9BQWtDO0FBRTFELE1BQUksTUFBTSxNQUFNO0FBQ2hCLFNBQU8sTUFBTSxLQUFLLE1BQU0sV0FBVyxNQUFNLENBQUMsTUFBTSxHQUFNO0FBQ3RELFFBQU0sT0FBTyxRQUFRLE1BQU0sU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEdBQUc7QUFDOUQsTUFBSSxDQUFDLFFBQVEsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNoQyxNQUFJLENBQUMsVUFBVSxLQUFLLElBQUksRUFBRyxRQUFPLGFBQWEsSUFBSTtBQUNuRCxTQUFPLFFBQVEsSUFBSTtBQUNyQjtBQUVBLE1BQU0sWUFBWTtBQUdsQixTQUFTLGFBQWEsTUFBd0I7QUFDNUMsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLE1BQUksTUFBTTtBQUNWLFFBQU0sSUFBSSxLQUFLO0FBQ2YsTUFBSSxPQUFPO0FBQ1gsTUFBSSxJQUFJO0FBQ1IsU0FBTyxJQUFJLEdBQUc7QUFDWixVQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsVUFBTSxVQUFVLElBQUksS0FBTyxNQUFNLElBQU8sTUFBTSxPQUFTLEtBQUssT0FBUSxLQUFLO0FBQ3pFLFFBQUksQ0FBQyxTQUFTO0FBQ1o7QUFDQTtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssTUFBTSxNQUFNLENBQUM7QUFDekIsUUFBSSxNQUFNLElBQU07QUFDZCxVQUFJLFdBQVcsTUFBTSxHQUFHLE1BQU07QUFBRSxZQUFJLEtBQUssR0FBRztBQUFHLGNBQU07QUFBQSxNQUFJLEdBQUcsTUFBTSxNQUFTO0FBQUEsSUFDN0UsT0FBTztBQUNMO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxLQUFLLE1BQU0sS0FBSyxNQUFNLElBQUksQ0FBQztBQUMvQixTQUFPO0FBQ1Q7QUFHQSxTQUFTLFFBQVEsTUFBd0I7QUFDdkMsUUFBTSxNQUFnQixDQUFDO0FBRXZCLE1BQUksUUFBa0IsQ0FBQztBQUN2QixNQUFJLFNBQVM7QUFDYixRQUFNLE1BQU0sQ0FBQyxPQUFxQjtBQUNoQyxRQUFJLFdBQVcsTUFBTSxPQUFRLE9BQU0sS0FBSyxFQUFFO0FBQUEsUUFDckMsT0FBTSxNQUFNLElBQUk7QUFDckI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxJQUFJLEtBQUs7QUFDZixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksR0FBRztBQUNaLFVBQU0sSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUMzQixRQUFJLE1BQU0sSUFBTTtBQUNkLFVBQUksV0FBVyxNQUFNLEdBQUcsTUFBTTtBQUFFLFlBQUksS0FBSyxNQUFNLEtBQUssRUFBRSxDQUFDO0FBQUcsZ0JBQVEsQ0FBQztBQUFHLGlCQUFTO0FBQUEsTUFBRyxHQUFHLE1BQU07QUFBRSxjQUFNLFNBQVM7QUFBQSxNQUFRLENBQUM7QUFDckg7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLElBQU07QUFDZCxlQUFTO0FBQUEsSUFDWCxXQUFXLE1BQU0sR0FBTTtBQUNyQixVQUFJLFNBQVMsRUFBRztBQUFBLElBQ2xCLFdBQVcsTUFBTSxLQUFTLEtBQUssTUFBUSxNQUFNLE9BQVEsRUFBRSxLQUFLLE9BQVEsS0FBSyxNQUFRO0FBQy9FLFVBQUksS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNiO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsTUFBSSxLQUFLLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFDdkIsU0FBTztBQUNUO0FBR0EsU0FBUyxXQUFXLEdBQVcsR0FBVyxTQUFxQixZQUFnQztBQUM3RixRQUFNLElBQUksRUFBRTtBQUNaLE1BQUksSUFBSSxLQUFLLEVBQUcsUUFBTztBQUN2QixRQUFNLElBQUksRUFBRSxJQUFJLENBQUM7QUFDakIsTUFBSSxNQUFNLEtBQUs7QUFFYixRQUFJLElBQUksSUFBSTtBQUNaLFdBQU8sSUFBSSxHQUFHO0FBQ1osWUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFVBQUksS0FBSyxNQUFRLEtBQUssS0FBTTtBQUUxQixZQUFJLEVBQUUsQ0FBQyxNQUFNLFFBQVEsTUFBTSxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksR0FBRyxDQUFDLE1BQU0sS0FBTSxZQUFXO0FBQzNFLGVBQU8sSUFBSTtBQUFBLE1BQ2I7QUFDQSxVQUFJLElBQUksTUFBUSxJQUFJLEdBQU0sUUFBTztBQUNqQztBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksTUFBTSxPQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sS0FBSztBQUVqRSxRQUFJLElBQUksSUFBSTtBQUNaLFdBQU8sSUFBSSxHQUFHO0FBQ1osWUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFVBQUksTUFBTSxFQUFNLFFBQU8sSUFBSTtBQUMzQixVQUFJLE1BQU0sR0FBTSxRQUFPLElBQUksSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLElBQUk7QUFDaEU7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sS0FBSztBQUNiLFlBQVE7QUFDUixXQUFPLElBQUk7QUFBQSxFQUNiO0FBQ0EsTUFBSSxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLE1BQU0sSUFBSyxRQUFPLEtBQUssSUFBSSxHQUFHLElBQUksQ0FBQztBQUN4RyxTQUFPLElBQUk7QUFDYjsiLAogICJuYW1lcyI6IFtdCn0K
