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
var autounmaskBlock_exports = {};
__export(autounmaskBlock_exports, {
  startAutounmask: () => startAutounmask
});
module.exports = __toCommonJS(autounmaskBlock_exports);
var import_block = require("./block");
const HEADER = /^The following (USE|keyword|license|mask|unmask) changes are necessary to proceed:?$/;
const ENTRY = /^([<>=~!]*[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.*:@-]+\S*)(?:\s+(.*))?$/;
const KINDS = {
  USE: { kind: "use", overrideKind: "use", file: "package.use" },
  keyword: { kind: "keyword", overrideKind: "accept_keywords", file: "package.accept_keywords" },
  license: { kind: "license", overrideKind: "license", file: "package.license" },
  mask: { kind: "mask", overrideKind: "unmask", file: "package.unmask" },
  unmask: { kind: "unmask", overrideKind: "unmask", file: "package.unmask" }
};
function startAutounmask(l) {
  const m = HEADER.exec(l.text);
  return m ? new AutounmaskBlock(m[1]) : null;
}
class AutounmaskBlock {
  constructor(word) {
    this.word = word;
    this.file = KINDS[word].file;
  }
  word;
  file;
  events = [];
  requiredBy = [];
  comments = [];
  groupStart = 0;
  feed(l) {
    const t = l.text;
    if (t === "") return false;
    let m = /^\(see "([^"]+)" in the portage\(5\) man page/.exec(t);
    if (m) {
      this.file = m[1];
      return true;
    }
    if (t.startsWith("#")) {
      if (!this.groupStart) this.groupStart = l.n;
      (0, import_block.capPush)(this.comments, t);
      m = /^#\s*required by (.*)$/.exec(t);
      if (m) {
        for (const part of m[1].split(/,\s*required by\s+/)) (0, import_block.capPush)(this.requiredBy, (0, import_block.parseRequiredBy)(part));
      }
      return true;
    }
    if (/^\/\S+:$/.test(t)) {
      if (!this.groupStart) this.groupStart = l.n;
      (0, import_block.capPush)(this.comments, t);
      return true;
    }
    m = ENTRY.exec(t);
    if (!m) return false;
    const k = KINDS[this.word];
    const change = (m[2] ?? "").trim();
    (0, import_block.capPush)(this.events, {
      type: "autounmask",
      inputLine: this.groupStart || l.n,
      kind: k.kind,
      overrideKind: k.overrideKind,
      file: this.file,
      atom: m[1],
      change,
      entry: change ? `${m[1]} ${change}` : m[1],
      requiredBy: this.requiredBy,
      comments: this.comments
    });
    this.requiredBy = [];
    this.comments = [];
    this.groupStart = 0;
    return true;
  }
  finish() {
    return this.events;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startAutounmask
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2F1dG91bm1hc2tCbG9jay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBgVGhlIGZvbGxvd2luZyBVU0UgY2hhbmdlcyBhcmUgbmVjZXNzYXJ5IHRvIHByb2NlZWQ6YCAoYWxzbyBrZXl3b3JkLCBsaWNlbnNlLCBtYXNrKTogb25lIGV2ZW50IHBlclxuICogcHJvcG9zZWQgbGluZSwgd2l0aCB0aGUgYCMgcmVxdWlyZWQgYnlgIGNoYWluIGFib3ZlIGl0IChhbmQgdGhlIG9sZCBvbmUtbGluZVxuICogYCNyZXF1aXJlZCBieSBBLCByZXF1aXJlZCBieSBCIChhcmd1bWVudClgIGZvcm0pIGFuZCwgZm9yIG1hc2sgY2hhbmdlcywgdGhlIG1hc2sgZmlsZSBhbmQgY29tbWVudC5cbiAqL1xuaW1wb3J0IHR5cGUgeyBBdXRvdW5tYXNrRXZlbnQsIEVtZXJnZUV2ZW50LCBSZXF1aXJlZEJ5IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jayB9IGZyb20gJy4vYmxvY2snO1xuaW1wb3J0IHsgY2FwUHVzaCwgcGFyc2VSZXF1aXJlZEJ5IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBIRUFERVIgPSAvXlRoZSBmb2xsb3dpbmcgKFVTRXxrZXl3b3JkfGxpY2Vuc2V8bWFza3x1bm1hc2spIGNoYW5nZXMgYXJlIG5lY2Vzc2FyeSB0byBwcm9jZWVkOj8kLztcbmNvbnN0IEVOVFJZID0gL14oWzw+PX4hXSpbQS1aYS16MC05K18uLV0rXFwvW0EtWmEtejAtOStfLio6QC1dK1xcUyopKD86XFxzKyguKikpPyQvO1xuXG5jb25zdCBLSU5EUyA9IHtcbiAgVVNFOiB7IGtpbmQ6ICd1c2UnLCBvdmVycmlkZUtpbmQ6ICd1c2UnLCBmaWxlOiAncGFja2FnZS51c2UnIH0sXG4gIGtleXdvcmQ6IHsga2luZDogJ2tleXdvcmQnLCBvdmVycmlkZUtpbmQ6ICdhY2NlcHRfa2V5d29yZHMnLCBmaWxlOiAncGFja2FnZS5hY2NlcHRfa2V5d29yZHMnIH0sXG4gIGxpY2Vuc2U6IHsga2luZDogJ2xpY2Vuc2UnLCBvdmVycmlkZUtpbmQ6ICdsaWNlbnNlJywgZmlsZTogJ3BhY2thZ2UubGljZW5zZScgfSxcbiAgbWFzazogeyBraW5kOiAnbWFzaycsIG92ZXJyaWRlS2luZDogJ3VubWFzaycsIGZpbGU6ICdwYWNrYWdlLnVubWFzaycgfSxcbiAgdW5tYXNrOiB7IGtpbmQ6ICd1bm1hc2snLCBvdmVycmlkZUtpbmQ6ICd1bm1hc2snLCBmaWxlOiAncGFja2FnZS51bm1hc2snIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gc3RhcnRBdXRvdW5tYXNrKGw6IExvZ0xpbmUpOiBCbG9jayB8IG51bGwge1xuICBjb25zdCBtID0gSEVBREVSLmV4ZWMobC50ZXh0KTtcbiAgcmV0dXJuIG0gPyBuZXcgQXV0b3VubWFza0Jsb2NrKG1bMV0gYXMga2V5b2YgdHlwZW9mIEtJTkRTKSA6IG51bGw7XG59XG5cbmNsYXNzIEF1dG91bm1hc2tCbG9jayBpbXBsZW1lbnRzIEJsb2NrIHtcbiAgcHJpdmF0ZSBmaWxlOiBzdHJpbmc7XG4gIHByaXZhdGUgcmVhZG9ubHkgZXZlbnRzOiBBdXRvdW5tYXNrRXZlbnRbXSA9IFtdO1xuICBwcml2YXRlIHJlcXVpcmVkQnk6IFJlcXVpcmVkQnlbXSA9IFtdO1xuICBwcml2YXRlIGNvbW1lbnRzOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIGdyb3VwU3RhcnQgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgd29yZDoga2V5b2YgdHlwZW9mIEtJTkRTKSB7XG4gICAgdGhpcy5maWxlID0gS0lORFNbd29yZF0uZmlsZTtcbiAgfVxuXG4gIGZlZWQobDogTG9nTGluZSk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IHQgPSBsLnRleHQ7XG4gICAgaWYgKHQgPT09ICcnKSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG0gPSAvXlxcKHNlZSBcIihbXlwiXSspXCIgaW4gdGhlIHBvcnRhZ2VcXCg1XFwpIG1hbiBwYWdlLy5leGVjKHQpO1xuICAgIGlmIChtKSB7XG4gICAgICB0aGlzLmZpbGUgPSBtWzFdO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICh0LnN0YXJ0c1dpdGgoJyMnKSkge1xuICAgICAgaWYgKCF0aGlzLmdyb3VwU3RhcnQpIHRoaXMuZ3JvdXBTdGFydCA9IGwubjtcbiAgICAgIGNhcFB1c2godGhpcy5jb21tZW50cywgdCk7XG4gICAgICBtID0gL14jXFxzKnJlcXVpcmVkIGJ5ICguKikkLy5leGVjKHQpO1xuICAgICAgaWYgKG0pIHtcbiAgICAgICAgLy8gT2xkIFBvcnRhZ2UgcHV0IHRoZSBjaGFpbiBvbiBvbmUgbGluZTogYCNyZXF1aXJlZCBieSBBLCByZXF1aXJlZCBieSBCIChhcmd1bWVudClgLlxuICAgICAgICBmb3IgKGNvbnN0IHBhcnQgb2YgbVsxXS5zcGxpdCgvLFxccypyZXF1aXJlZCBieVxccysvKSkgY2FwUHVzaCh0aGlzLnJlcXVpcmVkQnksIHBhcnNlUmVxdWlyZWRCeShwYXJ0KSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKC9eXFwvXFxTKzokLy50ZXN0KHQpKSB7XG4gICAgICAvLyBNYXNrIGZpbGUgcGF0aCBhYm92ZSBpdHMgY29tbWVudCAobWFzayBjaGFuZ2VzKS5cbiAgICAgIGlmICghdGhpcy5ncm91cFN0YXJ0KSB0aGlzLmdyb3VwU3RhcnQgPSBsLm47XG4gICAgICBjYXBQdXNoKHRoaXMuY29tbWVudHMsIHQpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIG0gPSBFTlRSWS5leGVjKHQpO1xuICAgIGlmICghbSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGsgPSBLSU5EU1t0aGlzLndvcmRdO1xuICAgIGNvbnN0IGNoYW5nZSA9IChtWzJdID8/ICcnKS50cmltKCk7XG4gICAgY2FwUHVzaCh0aGlzLmV2ZW50cywge1xuICAgICAgdHlwZTogJ2F1dG91bm1hc2snLFxuICAgICAgaW5wdXRMaW5lOiB0aGlzLmdyb3VwU3RhcnQgfHwgbC5uLFxuICAgICAga2luZDogay5raW5kLFxuICAgICAgb3ZlcnJpZGVLaW5kOiBrLm92ZXJyaWRlS2luZCxcbiAgICAgIGZpbGU6IHRoaXMuZmlsZSxcbiAgICAgIGF0b206IG1bMV0sXG4gICAgICBjaGFuZ2UsXG4gICAgICBlbnRyeTogY2hhbmdlID8gYCR7bVsxXX0gJHtjaGFuZ2V9YCA6IG1bMV0sXG4gICAgICByZXF1aXJlZEJ5OiB0aGlzLnJlcXVpcmVkQnksXG4gICAgICBjb21tZW50czogdGhpcy5jb21tZW50cyxcbiAgICB9KTtcbiAgICB0aGlzLnJlcXVpcmVkQnkgPSBbXTtcbiAgICB0aGlzLmNvbW1lbnRzID0gW107XG4gICAgdGhpcy5ncm91cFN0YXJ0ID0gMDtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIGZpbmlzaCgpOiBFbWVyZ2VFdmVudFtdIHtcbiAgICByZXR1cm4gdGhpcy5ldmVudHM7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFPQSxtQkFBeUM7QUFHekMsTUFBTSxTQUFTO0FBQ2YsTUFBTSxRQUFRO0FBRWQsTUFBTSxRQUFRO0FBQUEsRUFDWixLQUFLLEVBQUUsTUFBTSxPQUFPLGNBQWMsT0FBTyxNQUFNLGNBQWM7QUFBQSxFQUM3RCxTQUFTLEVBQUUsTUFBTSxXQUFXLGNBQWMsbUJBQW1CLE1BQU0sMEJBQTBCO0FBQUEsRUFDN0YsU0FBUyxFQUFFLE1BQU0sV0FBVyxjQUFjLFdBQVcsTUFBTSxrQkFBa0I7QUFBQSxFQUM3RSxNQUFNLEVBQUUsTUFBTSxRQUFRLGNBQWMsVUFBVSxNQUFNLGlCQUFpQjtBQUFBLEVBQ3JFLFFBQVEsRUFBRSxNQUFNLFVBQVUsY0FBYyxVQUFVLE1BQU0saUJBQWlCO0FBQzNFO0FBRU8sU0FBUyxnQkFBZ0IsR0FBMEI7QUFDeEQsUUFBTSxJQUFJLE9BQU8sS0FBSyxFQUFFLElBQUk7QUFDNUIsU0FBTyxJQUFJLElBQUksZ0JBQWdCLEVBQUUsQ0FBQyxDQUF1QixJQUFJO0FBQy9EO0FBRUEsTUFBTSxnQkFBaUM7QUFBQSxFQU9yQyxZQUE2QixNQUEwQjtBQUExQjtBQUMzQixTQUFLLE9BQU8sTUFBTSxJQUFJLEVBQUU7QUFBQSxFQUMxQjtBQUFBLEVBRjZCO0FBQUEsRUFOckI7QUFBQSxFQUNTLFNBQTRCLENBQUM7QUFBQSxFQUN0QyxhQUEyQixDQUFDO0FBQUEsRUFDNUIsV0FBcUIsQ0FBQztBQUFBLEVBQ3RCLGFBQWE7QUFBQSxFQU1yQixLQUFLLEdBQXFCO0FBQ3hCLFVBQU0sSUFBSSxFQUFFO0FBQ1osUUFBSSxNQUFNLEdBQUksUUFBTztBQUNyQixRQUFJLElBQUksZ0RBQWdELEtBQUssQ0FBQztBQUM5RCxRQUFJLEdBQUc7QUFDTCxXQUFLLE9BQU8sRUFBRSxDQUFDO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDckIsVUFBSSxDQUFDLEtBQUssV0FBWSxNQUFLLGFBQWEsRUFBRTtBQUMxQyxnQ0FBUSxLQUFLLFVBQVUsQ0FBQztBQUN4QixVQUFJLHlCQUF5QixLQUFLLENBQUM7QUFDbkMsVUFBSSxHQUFHO0FBRUwsbUJBQVcsUUFBUSxFQUFFLENBQUMsRUFBRSxNQUFNLG9CQUFvQixFQUFHLDJCQUFRLEtBQUssZ0JBQVksOEJBQWdCLElBQUksQ0FBQztBQUFBLE1BQ3JHO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFdBQVcsS0FBSyxDQUFDLEdBQUc7QUFFdEIsVUFBSSxDQUFDLEtBQUssV0FBWSxNQUFLLGFBQWEsRUFBRTtBQUMxQyxnQ0FBUSxLQUFLLFVBQVUsQ0FBQztBQUN4QixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksTUFBTSxLQUFLLENBQUM7QUFDaEIsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFVBQU0sSUFBSSxNQUFNLEtBQUssSUFBSTtBQUN6QixVQUFNLFVBQVUsRUFBRSxDQUFDLEtBQUssSUFBSSxLQUFLO0FBQ2pDLDhCQUFRLEtBQUssUUFBUTtBQUFBLE1BQ25CLE1BQU07QUFBQSxNQUNOLFdBQVcsS0FBSyxjQUFjLEVBQUU7QUFBQSxNQUNoQyxNQUFNLEVBQUU7QUFBQSxNQUNSLGNBQWMsRUFBRTtBQUFBLE1BQ2hCLE1BQU0sS0FBSztBQUFBLE1BQ1gsTUFBTSxFQUFFLENBQUM7QUFBQSxNQUNUO0FBQUEsTUFDQSxPQUFPLFNBQVMsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFBQSxNQUN6QyxZQUFZLEtBQUs7QUFBQSxNQUNqQixVQUFVLEtBQUs7QUFBQSxJQUNqQixDQUFDO0FBQ0QsU0FBSyxhQUFhLENBQUM7QUFDbkIsU0FBSyxXQUFXLENBQUM7QUFDakIsU0FBSyxhQUFhO0FBQ2xCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxTQUF3QjtBQUN0QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
