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
var ebuildVars_exports = {};
__export(ebuildVars_exports, {
  assignedValues: () => assignedValues,
  variableValue: () => variableValue
});
module.exports = __toCommonJS(ebuildVars_exports);
function assignedValues(text, name) {
  const out = [];
  const re = new RegExp(`(?:^|[\\s;&|(])(?:local\\s+|export\\s+|declare\\s+)?${name}(\\+?)=`, "gm");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const { value, end } = readWord(text, m.index + m[0].length);
    if (!m[1]) out.length = 0;
    out.push(value);
    re.lastIndex = end;
  }
  return out;
}
function variableValue(text, name) {
  return assignedValues(text, name).map((v) => v.replace(new RegExp(`\\$\\{${name}\\}|\\$${name}\\b`, "g"), " ")).join(" ");
}
function readWord(text, i) {
  let value = "";
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) {
          if (text[i + 1] !== "\n") value += text[i + 1];
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close;
      value += text.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === "\\" && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (/[\s;&|()]/.test(c)) break;
    else value += text[i++];
  }
  return { value, end: i };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  assignedValues,
  variableValue
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvZWJ1aWxkVmFycy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBSZWFkcyB0aGUgbGl0ZXJhbCB2YWx1ZXMgYXNzaWduZWQgdG8gYSB2YXJpYWJsZSBpbiBlYnVpbGQgdGV4dCAoYElVU0U9XCJcdTIwMjZcImAsIGBSREVQRU5EKz1cIiBcdTIwMjZcImAsXG4gKiBtdWx0aS1saW5lIHF1b3RlZCB2YWx1ZXMpLCB3aXRob3V0IHJ1bm5pbmcgYmFzaDogZW5vdWdoIGZvciBJVVNFLCBSRVFVSVJFRF9VU0UgYW5kICpERVBFTkQsIHdoaWNoXG4gKiBlYnVpbGRzIHdyaXRlIGFzIHBsYWluIHN0cmluZ3MuIGAke09USEVSfWAgcmVmZXJlbmNlcyBhcmUgbGVmdCBpbiB0aGUgdGV4dCBmb3IgY2FsbGVycyB0byBza2lwIG9yIGV4cGFuZC5cbiAqL1xuXG4vKiogRXZlcnkgdmFsdWUgYXNzaWduZWQgdG8gYG5hbWVgIChpbiBvcmRlciksIGA9YCBhbmQgYCs9YCBhbGlrZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NpZ25lZFZhbHVlcyh0ZXh0OiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCByZSA9IG5ldyBSZWdFeHAoYCg/Ol58W1xcXFxzOyZ8KF0pKD86bG9jYWxcXFxccyt8ZXhwb3J0XFxcXHMrfGRlY2xhcmVcXFxccyspPyR7bmFtZX0oXFxcXCs/KT1gLCAnZ20nKTtcbiAgZm9yIChsZXQgbSA9IHJlLmV4ZWModGV4dCk7IG07IG0gPSByZS5leGVjKHRleHQpKSB7XG4gICAgY29uc3QgeyB2YWx1ZSwgZW5kIH0gPSByZWFkV29yZCh0ZXh0LCBtLmluZGV4ICsgbVswXS5sZW5ndGgpO1xuICAgIGlmICghbVsxXSkgb3V0Lmxlbmd0aCA9IDA7IC8vIGEgcGxhaW4gYD1gIHJlcGxhY2VzIHdoYXQgY2FtZSBiZWZvcmVcbiAgICBvdXQucHVzaCh2YWx1ZSk7XG4gICAgcmUubGFzdEluZGV4ID0gZW5kO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUaGUgd2hvbGUgdmFsdWUgb2YgYG5hbWVgIGFmdGVyIGFsbCBhc3NpZ25tZW50cywgd2l0aCBgJHtuYW1lfWAgc2VsZi1yZWZlcmVuY2VzIGZvbGRlZCBpbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2YXJpYWJsZVZhbHVlKHRleHQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGFzc2lnbmVkVmFsdWVzKHRleHQsIG5hbWUpXG4gICAgLm1hcCgodikgPT4gdi5yZXBsYWNlKG5ldyBSZWdFeHAoYFxcXFwkXFxcXHske25hbWV9XFxcXH18XFxcXCQke25hbWV9XFxcXGJgLCAnZycpLCAnICcpKVxuICAgIC5qb2luKCcgJyk7XG59XG5cbi8vIE9uZSBzaGVsbCB3b3JkIHN0YXJ0aW5nIGF0IGBpYDogcXVvdGVkIHBhcnRzIGFyZSBjb25jYXRlbmF0ZWQsIGEgYmFja3NsYXNoIGVzY2FwZXMgdGhlIG5leHQgY2hhcmFjdGVyLlxuZnVuY3Rpb24gcmVhZFdvcmQodGV4dDogc3RyaW5nLCBpOiBudW1iZXIpOiB7IHZhbHVlOiBzdHJpbmc7IGVuZDogbnVtYmVyIH0ge1xuICBsZXQgdmFsdWUgPSAnJztcbiAgd2hpbGUgKGkgPCB0ZXh0Lmxlbmd0aCkge1xuICAgIGNvbnN0IGMgPSB0ZXh0W2ldO1xuICAgIGlmIChjID09PSAnXCInKSB7XG4gICAgICBpKys7XG4gICAgICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoICYmIHRleHRbaV0gIT09ICdcIicpIHtcbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcXFxcJyAmJiBpICsgMSA8IHRleHQubGVuZ3RoKSB7XG4gICAgICAgICAgaWYgKHRleHRbaSArIDFdICE9PSAnXFxuJykgdmFsdWUgKz0gdGV4dFtpICsgMV07XG4gICAgICAgICAgaSArPSAyO1xuICAgICAgICB9IGVsc2UgdmFsdWUgKz0gdGV4dFtpKytdO1xuICAgICAgfVxuICAgICAgaSsrO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gXCInXCIpIHtcbiAgICAgIGNvbnN0IGNsb3NlID0gdGV4dC5pbmRleE9mKFwiJ1wiLCBpICsgMSk7XG4gICAgICBjb25zdCBzdG9wID0gY2xvc2UgPCAwID8gdGV4dC5sZW5ndGggOiBjbG9zZTtcbiAgICAgIHZhbHVlICs9IHRleHQuc2xpY2UoaSArIDEsIHN0b3ApO1xuICAgICAgaSA9IHN0b3AgKyAxO1xuICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1xcXFwnICYmIGkgKyAxIDwgdGV4dC5sZW5ndGgpIHtcbiAgICAgIHZhbHVlICs9IHRleHRbaSArIDFdO1xuICAgICAgaSArPSAyO1xuICAgIH0gZWxzZSBpZiAoL1tcXHM7JnwoKV0vLnRlc3QoYykpIGJyZWFrO1xuICAgIGVsc2UgdmFsdWUgKz0gdGV4dFtpKytdO1xuICB9XG4gIHJldHVybiB7IHZhbHVlLCBlbmQ6IGkgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU9PLFNBQVMsZUFBZSxNQUFjLE1BQXdCO0FBQ25FLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixRQUFNLEtBQUssSUFBSSxPQUFPLHVEQUF1RCxJQUFJLFdBQVcsSUFBSTtBQUNoRyxXQUFTLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxHQUFHLElBQUksR0FBRyxLQUFLLElBQUksR0FBRztBQUNoRCxVQUFNLEVBQUUsT0FBTyxJQUFJLElBQUksU0FBUyxNQUFNLEVBQUUsUUFBUSxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQzNELFFBQUksQ0FBQyxFQUFFLENBQUMsRUFBRyxLQUFJLFNBQVM7QUFDeEIsUUFBSSxLQUFLLEtBQUs7QUFDZCxPQUFHLFlBQVk7QUFBQSxFQUNqQjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXNCO0FBQ2hFLFNBQU8sZUFBZSxNQUFNLElBQUksRUFDN0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLElBQUksT0FBTyxTQUFTLElBQUksVUFBVSxJQUFJLE9BQU8sR0FBRyxHQUFHLEdBQUcsQ0FBQyxFQUM1RSxLQUFLLEdBQUc7QUFDYjtBQUdBLFNBQVMsU0FBUyxNQUFjLEdBQTJDO0FBQ3pFLE1BQUksUUFBUTtBQUNaLFNBQU8sSUFBSSxLQUFLLFFBQVE7QUFDdEIsVUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixRQUFJLE1BQU0sS0FBSztBQUNiO0FBQ0EsYUFBTyxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsTUFBTSxLQUFLO0FBQ3pDLFlBQUksS0FBSyxDQUFDLE1BQU0sUUFBUSxJQUFJLElBQUksS0FBSyxRQUFRO0FBQzNDLGNBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFNLFVBQVMsS0FBSyxJQUFJLENBQUM7QUFDN0MsZUFBSztBQUFBLFFBQ1AsTUFBTyxVQUFTLEtBQUssR0FBRztBQUFBLE1BQzFCO0FBQ0E7QUFBQSxJQUNGLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLFlBQU0sUUFBUSxLQUFLLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFDckMsWUFBTSxPQUFPLFFBQVEsSUFBSSxLQUFLLFNBQVM7QUFDdkMsZUFBUyxLQUFLLE1BQU0sSUFBSSxHQUFHLElBQUk7QUFDL0IsVUFBSSxPQUFPO0FBQUEsSUFDYixXQUFXLE1BQU0sUUFBUSxJQUFJLElBQUksS0FBSyxRQUFRO0FBQzVDLGVBQVMsS0FBSyxJQUFJLENBQUM7QUFDbkIsV0FBSztBQUFBLElBQ1AsV0FBVyxZQUFZLEtBQUssQ0FBQyxFQUFHO0FBQUEsUUFDM0IsVUFBUyxLQUFLLEdBQUc7QUFBQSxFQUN4QjtBQUNBLFNBQU8sRUFBRSxPQUFPLEtBQUssRUFBRTtBQUN6QjsiLAogICJuYW1lcyI6IFtdCn0K
