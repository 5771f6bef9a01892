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
var qaBlock_exports = {};
__export(qaBlock_exports, {
  qaTypeOf: () => qaTypeOf,
  startQa: () => startQa
});
module.exports = __toCommonJS(qaBlock_exports);
var import_block = require("./block");
const PROSE = new RegExp(
  "^(?:" + [
    "Files with such sections",
    "architectures/operating systems",
    "https?://",
    "For more information",
    "Please include the following list",
    "Note: Bugs should be filed",
    "of the package in question",
    "Please do not file a Gentoo bug",
    "issues directly to the upstream",
    "to the upstream developers",
    "Please file a bug",
    "This is known to break",
    "Please report this",
    "report the above QA",
    "The following files",
    "Packages providing"
  ].join("|") + ")"
);
function startQa(l, cpv) {
  const style = l.bullet;
  const body = style ? l.body.trim() : l.text;
  const m = /^QA Notice: (.*)$/.exec(body);
  if (!m) return null;
  return new QaBlock(l.n, style, m[1], cpv);
}
function qaTypeOf(message) {
  const rules = [
    [/respecting CFLAGS/, "cflags"],
    [/respecting LDFLAGS/, "ldflags"],
    [/writable and executable sections/, "rwx"],
    [/severe warnings/, "severe-warnings"],
    [/Unrecognized configure options/, "unrecognized-configure-options"],
    [/deprecated directories/, "deprecated-directories"],
    [/Pre-stripped files/, "pre-stripped"],
    [/Unresolved soname/, "unresolved-soname"],
    [/text relocations/i, "textrel"],
    [/executable stacks?/, "execstack"],
    [/RUNPATH|RPATH/, "runpath"],
    [/compressed.*man/i, "compressed-man"],
    [/SONAME/, "soname"],
    [/usr\/share\/doc|documentation/i, "doc"]
  ];
  for (const [re, key] of rules) if (re.test(message)) return key;
  return "other";
}
class QaBlock {
  constructor(n, style, headline, cpv) {
    this.n = n;
    this.style = style;
    this.cpv = cpv;
    this.headline = [headline.trim()];
  }
  n;
  style;
  cpv;
  headline;
  entries = [];
  homepage;
  /** After a blank line the notice may go on only with its closing prose (`Please do not file…`). */
  afterBlank = false;
  inHead = true;
  feed(l) {
    if (l.text === "") {
      if (this.afterBlank) return false;
      this.afterBlank = true;
      return true;
    }
    let body;
    if (this.style) {
      if (l.bullet !== this.style) {
        if (!this.afterBlank && (l.text.startsWith("strip:") || l.indent > 0)) return true;
        return false;
      }
      body = l.body.trim();
    } else {
      body = l.text;
    }
    if (body === "") return true;
    if (body.startsWith("QA Notice:")) return false;
    if (this.afterBlank) {
      if (!PROSE.test(body) && !body.startsWith("Homepage:")) return false;
      this.afterBlank = false;
    }
    const hp = /^Homepage:\s*(\S+)/.exec(body);
    if (hp) {
      this.homepage = hp[1];
      return true;
    }
    const last = this.headline[this.headline.length - 1];
    if (this.inHead && /^[a-z]/.test(body) && !/[.:]$/.test(last)) {
      this.headline.push(body);
      return true;
    }
    this.inHead = false;
    if (PROSE.test(body)) return true;
    (0, import_block.capPush)(this.entries, body);
    return true;
  }
  finish() {
    const message = this.headline.join(" ");
    const ev = {
      type: "qa-notice",
      inputLine: this.n,
      qaType: qaTypeOf(message),
      message,
      entries: this.entries
    };
    if (this.homepage) ev.homepage = this.homepage;
    if (this.cpv) ev.cpv = this.cpv;
    return [ev];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  qaTypeOf,
  startQa
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL3FhQmxvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogYCAqIFFBIE5vdGljZTogXHUyMDI2YCBibG9ja3M6IHRoZSBoZWFkbGluZSAod2l0aCBpdHMgaW5kZW50ZWQgY29udGludWF0aW9uKSwgdGhlIGV4cGxhbmF0b3J5IHByb3NlIChza2lwcGVkKSxcbiAqIGFuZCB0aGUgZW50cmllcyAoZmlsZXMsIGZsYWdzLCBvcHRpb25zLCBjb21waWxlciB3YXJuaW5ncykuIFJlYWRzIGJ1bGxldC1sZXNzIG5vdGljZXMgKGVsb2cgc3VtbWFyeSkgdG9vLlxuICovXG5pbXBvcnQgdHlwZSB7IEVtZXJnZUV2ZW50LCBRYU5vdGljZUV2ZW50IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jaywgUGFyc2VDb250ZXh0IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBjYXBQdXNoIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBQUk9TRSA9IG5ldyBSZWdFeHAoXG4gICdeKD86JyArXG4gICAgW1xuICAgICAgJ0ZpbGVzIHdpdGggc3VjaCBzZWN0aW9ucycsICdhcmNoaXRlY3R1cmVzL29wZXJhdGluZyBzeXN0ZW1zJywgJ2h0dHBzPzovLycsICdGb3IgbW9yZSBpbmZvcm1hdGlvbicsXG4gICAgICAnUGxlYXNlIGluY2x1ZGUgdGhlIGZvbGxvd2luZyBsaXN0JywgJ05vdGU6IEJ1Z3Mgc2hvdWxkIGJlIGZpbGVkJywgJ29mIHRoZSBwYWNrYWdlIGluIHF1ZXN0aW9uJyxcbiAgICAgICdQbGVhc2UgZG8gbm90IGZpbGUgYSBHZW50b28gYnVnJywgJ2lzc3VlcyBkaXJlY3RseSB0byB0aGUgdXBzdHJlYW0nLCAndG8gdGhlIHVwc3RyZWFtIGRldmVsb3BlcnMnLFxuICAgICAgJ1BsZWFzZSBmaWxlIGEgYnVnJywgJ1RoaXMgaXMga25vd24gdG8gYnJlYWsnLCAnUGxlYXNlIHJlcG9ydCB0aGlzJywgJ3JlcG9ydCB0aGUgYWJvdmUgUUEnLFxuICAgICAgJ1RoZSBmb2xsb3dpbmcgZmlsZXMnLCAnUGFja2FnZXMgcHJvdmlkaW5nJyxcbiAgICBdLmpvaW4oJ3wnKSArXG4gICAgJyknLFxuKTtcblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXJ0UWEobDogTG9nTGluZSwgY3B2OiBzdHJpbmcgfCB1bmRlZmluZWQpOiBCbG9jayB8IG51bGwge1xuICBjb25zdCBzdHlsZSA9IGwuYnVsbGV0O1xuICBjb25zdCBib2R5ID0gc3R5bGUgPyBsLmJvZHkudHJpbSgpIDogbC50ZXh0O1xuICBjb25zdCBtID0gL15RQSBOb3RpY2U6ICguKikkLy5leGVjKGJvZHkpO1xuICBpZiAoIW0pIHJldHVybiBudWxsO1xuICByZXR1cm4gbmV3IFFhQmxvY2sobC5uLCBzdHlsZSwgbVsxXSwgY3B2KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHFhVHlwZU9mKG1lc3NhZ2U6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHJ1bGVzOiBbUmVnRXhwLCBzdHJpbmddW10gPSBbXG4gICAgWy9yZXNwZWN0aW5nIENGTEFHUy8sICdjZmxhZ3MnXSxcbiAgICBbL3Jlc3BlY3RpbmcgTERGTEFHUy8sICdsZGZsYWdzJ10sXG4gICAgWy93cml0YWJsZSBhbmQgZXhlY3V0YWJsZSBzZWN0aW9ucy8sICdyd3gnXSxcbiAgICBbL3NldmVyZSB3YXJuaW5ncy8sICdzZXZlcmUtd2FybmluZ3MnXSxcbiAgICBbL1VucmVjb2duaXplZCBjb25maWd1cmUgb3B0aW9ucy8sICd1bnJlY29nbml6ZWQtY29uZmlndXJlLW9wdGlvbnMnXSxcbiAgICBbL2RlcHJlY2F0ZWQgZGlyZWN0b3JpZXMvLCAnZGVwcmVjYXRlZC1kaXJlY3RvcmllcyddLFxuICAgIFsvUHJlLXN0cmlwcGVkIGZpbGVzLywgJ3ByZS1zdHJpcHBlZCddLFxuICAgIFsvVW5yZXNvbHZlZCBzb25hbWUvLCAndW5yZXNvbHZlZC1zb25hbWUnXSxcbiAgICBbL3RleHQgcmVsb2NhdGlvbnMvaSwgJ3RleHRyZWwnXSxcbiAgICBbL2V4ZWN1dGFibGUgc3RhY2tzPy8sICdleGVjc3RhY2snXSxcbiAgICBbL1JVTlBBVEh8UlBBVEgvLCAncnVucGF0aCddLFxuICAgIFsvY29tcHJlc3NlZC4qbWFuL2ksICdjb21wcmVzc2VkLW1hbiddLFxuICAgIFsvU09OQU1FLywgJ3NvbmFtZSddLFxuICAgIFsvdXNyXFwvc2hhcmVcXC9kb2N8ZG9jdW1lbnRhdGlvbi9pLCAnZG9jJ10sXG4gIF07XG4gIGZvciAoY29uc3QgW3JlLCBrZXldIG9mIHJ1bGVzKSBpZiAocmUudGVzdChtZXNzYWdlKSkgcmV0dXJuIGtleTtcbiAgcmV0dXJuICdvdGhlcic7XG59XG5cbmNsYXNzIFFhQmxvY2sgaW1wbGVtZW50cyBCbG9jayB7XG4gIHByaXZhdGUgcmVhZG9ubHkgaGVhZGxpbmU6IHN0cmluZ1tdO1xuICBwcml2YXRlIHJlYWRvbmx5IGVudHJpZXM6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgaG9tZXBhZ2U/OiBzdHJpbmc7XG4gIC8qKiBBZnRlciBhIGJsYW5rIGxpbmUgdGhlIG5vdGljZSBtYXkgZ28gb24gb25seSB3aXRoIGl0cyBjbG9zaW5nIHByb3NlIChgUGxlYXNlIGRvIG5vdCBmaWxlXHUyMDI2YCkuICovXG4gIHByaXZhdGUgYWZ0ZXJCbGFuayA9IGZhbHNlO1xuICBwcml2YXRlIGluSGVhZCA9IHRydWU7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBuOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdHlsZTogJycgfCAnKicgfCAnLScsXG4gICAgaGVhZGxpbmU6IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNwdjogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICApIHtcbiAgICB0aGlzLmhlYWRsaW5lID0gW2hlYWRsaW5lLnRyaW0oKV07XG4gIH1cblxuICBmZWVkKGw6IExvZ0xpbmUpOiBib29sZWFuIHtcbiAgICBpZiAobC50ZXh0ID09PSAnJykge1xuICAgICAgaWYgKHRoaXMuYWZ0ZXJCbGFuaykgcmV0dXJuIGZhbHNlO1xuICAgICAgdGhpcy5hZnRlckJsYW5rID0gdHJ1ZTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBsZXQgYm9keTogc3RyaW5nO1xuICAgIGlmICh0aGlzLnN0eWxlKSB7XG4gICAgICBpZiAobC5idWxsZXQgIT09IHRoaXMuc3R5bGUpIHtcbiAgICAgICAgLy8gYHN0cmlwOmAgb3V0cHV0IGFuZCBpdHMgaW5kZW50ZWQgZmlsZSBsaXN0IGludGVybGVhdmUgd2l0aCB0aGUgcHJlLXN0cmlwcGVkIG5vdGljZS5cbiAgICAgICAgaWYgKCF0aGlzLmFmdGVyQmxhbmsgJiYgKGwudGV4dC5zdGFydHNXaXRoKCdzdHJpcDonKSB8fCBsLmluZGVudCA+IDApKSByZXR1cm4gdHJ1ZTtcbiAgICAgICAgcmV0dXJuIGZhbHNlO1xuICAgICAgfVxuICAgICAgYm9keSA9IGwuYm9keS50cmltKCk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGJvZHkgPSBsLnRleHQ7XG4gICAgfVxuICAgIGlmIChib2R5ID09PSAnJykgcmV0dXJuIHRydWU7XG4gICAgaWYgKGJvZHkuc3RhcnRzV2l0aCgnUUEgTm90aWNlOicpKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKHRoaXMuYWZ0ZXJCbGFuaykge1xuICAgICAgaWYgKCFQUk9TRS50ZXN0KGJvZHkpICYmICFib2R5LnN0YXJ0c1dpdGgoJ0hvbWVwYWdlOicpKSByZXR1cm4gZmFsc2U7XG4gICAgICB0aGlzLmFmdGVyQmxhbmsgPSBmYWxzZTtcbiAgICB9XG4gICAgY29uc3QgaHAgPSAvXkhvbWVwYWdlOlxccyooXFxTKykvLmV4ZWMoYm9keSk7XG4gICAgaWYgKGhwKSB7XG4gICAgICB0aGlzLmhvbWVwYWdlID0gaHBbMV07XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgY29uc3QgbGFzdCA9IHRoaXMuaGVhZGxpbmVbdGhpcy5oZWFkbGluZS5sZW5ndGggLSAxXTtcbiAgICBpZiAodGhpcy5pbkhlYWQgJiYgL15bYS16XS8udGVzdChib2R5KSAmJiAhL1suOl0kLy50ZXN0KGxhc3QpKSB7XG4gICAgICB0aGlzLmhlYWRsaW5lLnB1c2goYm9keSk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgdGhpcy5pbkhlYWQgPSBmYWxzZTtcbiAgICBpZiAoUFJPU0UudGVzdChib2R5KSkgcmV0dXJuIHRydWU7XG4gICAgY2FwUHVzaCh0aGlzLmVudHJpZXMsIGJvZHkpO1xuICAgIHJldHVybiB0cnVlO1xuICB9XG5cbiAgZmluaXNoKCk6IEVtZXJnZUV2ZW50W10ge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSB0aGlzLmhlYWRsaW5lLmpvaW4oJyAnKTtcbiAgICBjb25zdCBldjogUWFOb3RpY2VFdmVudCA9IHtcbiAgICAgIHR5cGU6ICdxYS1ub3RpY2UnLFxuICAgICAgaW5wdXRMaW5lOiB0aGlzLm4sXG4gICAgICBxYVR5cGU6IHFhVHlwZU9mKG1lc3NhZ2UpLFxuICAgICAgbWVzc2FnZSxcbiAgICAgIGVudHJpZXM6IHRoaXMuZW50cmllcyxcbiAgICB9O1xuICAgIGlmICh0aGlzLmhvbWVwYWdlKSBldi5ob21lcGFnZSA9IHRoaXMuaG9tZXBhZ2U7XG4gICAgaWYgKHRoaXMuY3B2KSBldi5jcHYgPSB0aGlzLmNwdjtcbiAgICByZXR1cm4gW2V2XTtcbiAgfVxufVxuXG5leHBvcnQgdHlwZSB7IFBhcnNlQ29udGV4dCB9O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEsbUJBQXdCO0FBR3hCLE1BQU0sUUFBUSxJQUFJO0FBQUEsRUFDaEIsU0FDRTtBQUFBLElBQ0U7QUFBQSxJQUE0QjtBQUFBLElBQW1DO0FBQUEsSUFBYTtBQUFBLElBQzVFO0FBQUEsSUFBcUM7QUFBQSxJQUE4QjtBQUFBLElBQ25FO0FBQUEsSUFBbUM7QUFBQSxJQUFtQztBQUFBLElBQ3RFO0FBQUEsSUFBcUI7QUFBQSxJQUEwQjtBQUFBLElBQXNCO0FBQUEsSUFDckU7QUFBQSxJQUF1QjtBQUFBLEVBQ3pCLEVBQUUsS0FBSyxHQUFHLElBQ1Y7QUFDSjtBQUVPLFNBQVMsUUFBUSxHQUFZLEtBQXVDO0FBQ3pFLFFBQU0sUUFBUSxFQUFFO0FBQ2hCLFFBQU0sT0FBTyxRQUFRLEVBQUUsS0FBSyxLQUFLLElBQUksRUFBRTtBQUN2QyxRQUFNLElBQUksb0JBQW9CLEtBQUssSUFBSTtBQUN2QyxNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsU0FBTyxJQUFJLFFBQVEsRUFBRSxHQUFHLE9BQU8sRUFBRSxDQUFDLEdBQUcsR0FBRztBQUMxQztBQUVPLFNBQVMsU0FBUyxTQUF5QjtBQUNoRCxRQUFNLFFBQTRCO0FBQUEsSUFDaEMsQ0FBQyxxQkFBcUIsUUFBUTtBQUFBLElBQzlCLENBQUMsc0JBQXNCLFNBQVM7QUFBQSxJQUNoQyxDQUFDLG9DQUFvQyxLQUFLO0FBQUEsSUFDMUMsQ0FBQyxtQkFBbUIsaUJBQWlCO0FBQUEsSUFDckMsQ0FBQyxrQ0FBa0MsZ0NBQWdDO0FBQUEsSUFDbkUsQ0FBQywwQkFBMEIsd0JBQXdCO0FBQUEsSUFDbkQsQ0FBQyxzQkFBc0IsY0FBYztBQUFBLElBQ3JDLENBQUMscUJBQXFCLG1CQUFtQjtBQUFBLElBQ3pDLENBQUMscUJBQXFCLFNBQVM7QUFBQSxJQUMvQixDQUFDLHNCQUFzQixXQUFXO0FBQUEsSUFDbEMsQ0FBQyxpQkFBaUIsU0FBUztBQUFBLElBQzNCLENBQUMsb0JBQW9CLGdCQUFnQjtBQUFBLElBQ3JDLENBQUMsVUFBVSxRQUFRO0FBQUEsSUFDbkIsQ0FBQyxrQ0FBa0MsS0FBSztBQUFBLEVBQzFDO0FBQ0EsYUFBVyxDQUFDLElBQUksR0FBRyxLQUFLLE1BQU8sS0FBSSxHQUFHLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDNUQsU0FBTztBQUNUO0FBRUEsTUFBTSxRQUF5QjtBQUFBLEVBUTdCLFlBQ21CLEdBQ0EsT0FDakIsVUFDaUIsS0FDakI7QUFKaUI7QUFDQTtBQUVBO0FBRWpCLFNBQUssV0FBVyxDQUFDLFNBQVMsS0FBSyxDQUFDO0FBQUEsRUFDbEM7QUFBQSxFQU5tQjtBQUFBLEVBQ0E7QUFBQSxFQUVBO0FBQUEsRUFYRjtBQUFBLEVBQ0EsVUFBb0IsQ0FBQztBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUVBLGFBQWE7QUFBQSxFQUNiLFNBQVM7QUFBQSxFQVdqQixLQUFLLEdBQXFCO0FBQ3hCLFFBQUksRUFBRSxTQUFTLElBQUk7QUFDakIsVUFBSSxLQUFLLFdBQVksUUFBTztBQUM1QixXQUFLLGFBQWE7QUFDbEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJO0FBQ0osUUFBSSxLQUFLLE9BQU87QUFDZCxVQUFJLEVBQUUsV0FBVyxLQUFLLE9BQU87QUFFM0IsWUFBSSxDQUFDLEtBQUssZUFBZSxFQUFFLEtBQUssV0FBVyxRQUFRLEtBQUssRUFBRSxTQUFTLEdBQUksUUFBTztBQUM5RSxlQUFPO0FBQUEsTUFDVDtBQUNBLGFBQU8sRUFBRSxLQUFLLEtBQUs7QUFBQSxJQUNyQixPQUFPO0FBQ0wsYUFBTyxFQUFFO0FBQUEsSUFDWDtBQUNBLFFBQUksU0FBUyxHQUFJLFFBQU87QUFDeEIsUUFBSSxLQUFLLFdBQVcsWUFBWSxFQUFHLFFBQU87QUFDMUMsUUFBSSxLQUFLLFlBQVk7QUFDbkIsVUFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssQ0FBQyxLQUFLLFdBQVcsV0FBVyxFQUFHLFFBQU87QUFDL0QsV0FBSyxhQUFhO0FBQUEsSUFDcEI7QUFDQSxVQUFNLEtBQUsscUJBQXFCLEtBQUssSUFBSTtBQUN6QyxRQUFJLElBQUk7QUFDTixXQUFLLFdBQVcsR0FBRyxDQUFDO0FBQ3BCLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxPQUFPLEtBQUssU0FBUyxLQUFLLFNBQVMsU0FBUyxDQUFDO0FBQ25ELFFBQUksS0FBSyxVQUFVLFNBQVMsS0FBSyxJQUFJLEtBQUssQ0FBQyxRQUFRLEtBQUssSUFBSSxHQUFHO0FBQzdELFdBQUssU0FBUyxLQUFLLElBQUk7QUFDdkIsYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLFNBQVM7QUFDZCxRQUFJLE1BQU0sS0FBSyxJQUFJLEVBQUcsUUFBTztBQUM3Qiw4QkFBUSxLQUFLLFNBQVMsSUFBSTtBQUMxQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsU0FBd0I7QUFDdEIsVUFBTSxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUc7QUFDdEMsVUFBTSxLQUFvQjtBQUFBLE1BQ3hCLE1BQU07QUFBQSxNQUNOLFdBQVcsS0FBSztBQUFBLE1BQ2hCLFFBQVEsU0FBUyxPQUFPO0FBQUEsTUFDeEI7QUFBQSxNQUNBLFNBQVMsS0FBSztBQUFBLElBQ2hCO0FBQ0EsUUFBSSxLQUFLLFNBQVUsSUFBRyxXQUFXLEtBQUs7QUFDdEMsUUFBSSxLQUFLLElBQUssSUFBRyxNQUFNLEtBQUs7QUFDNUIsV0FBTyxDQUFDLEVBQUU7QUFBQSxFQUNaO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
