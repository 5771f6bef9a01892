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
var definition_exports = {};
__export(definition_exports, {
  definitionAt: () => definitionAt
});
module.exports = __toCommonJS(definition_exports);
var import_cursorContext = require("./cursorContext");
var import_docContext = require("./docContext");
var import_depString = require("./depString");
var import_pms = require("./pms");
function definitionAt(ctx, offset) {
  const place = (0, import_cursorContext.placeAt)(ctx, offset);
  switch (place.kind) {
    case "inherit": {
      const name = place.word?.text;
      if (!name) return [];
      const e = ctx.chain.find((r) => r.eclass(name));
      return e ? [{ path: e.eclassPath(name), line: 0 }] : [];
    }
    case "command":
    case "command-arg": {
      const name = place.word.text;
      const local = ctx.localFunctions.get(name);
      if (local) return [{ self: true, ...local }];
      const e = (0, import_docContext.eclassFunction)(ctx, name);
      return e ? [{ path: e.repo.eclassPath(e.info.name), line: e.fn.line }] : [];
    }
    case "variable-ref": {
      const a = ctx.globals.get(place.word.text)?.[0];
      if (a) return [{ self: true, ...a.nameSpan }];
      const e = (0, import_docContext.eclassVariable)(ctx, place.word.text);
      return e ? [{ path: e.repo.eclassPath(e.info.name), line: e.variable.line }] : [];
    }
    case "value": {
      if (!import_pms.DEPENDENCY_VARIABLES.has(place.variable)) return [];
      const atom = (0, import_depString.splitAtom)(place.token.text, ctx.eapi);
      if (typeof atom === "string") return [];
      const seen = /* @__PURE__ */ new Set();
      const out = [];
      for (const r of ctx.chain) {
        for (const path of r.ebuilds(atom.category, atom.pn)) {
          if (!seen.has(path)) out.push({ path, line: 0 });
          seen.add(path);
        }
      }
      return out;
    }
    default:
      return [];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  definitionAt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kZWZpbml0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEdvIHRvIGRlZmluaXRpb246IGEgZnVuY3Rpb24gXHUyMTkyIGl0cyBkZWZpbml0aW9uIGluIHRoaXMgZmlsZSBvciBhbiBpbmhlcml0ZWQgZWNsYXNzOyBhbiBgaW5oZXJpdGBcbiAqIGFyZ3VtZW50IFx1MjE5MiB0aGUgZWNsYXNzIGZpbGU7IGFuIGF0b20gaW4gYSBkZXBlbmRlbmN5IHN0cmluZyBcdTIxOTIgdGhlIHBhY2thZ2UncyBlYnVpbGRzOyBhIHZhcmlhYmxlIFx1MjE5MlxuICogaXRzIGFzc2lnbm1lbnQgaGVyZSBvciBpdHMgZWNsYXNzIGRvY3VtZW50YXRpb24uXG4gKi9cbmltcG9ydCB7IHBsYWNlQXQgfSBmcm9tICcuL2N1cnNvckNvbnRleHQnO1xuaW1wb3J0IHsgRG9jQ29udGV4dCwgZWNsYXNzRnVuY3Rpb24sIGVjbGFzc1ZhcmlhYmxlIH0gZnJvbSAnLi9kb2NDb250ZXh0JztcbmltcG9ydCB7IHNwbGl0QXRvbSB9IGZyb20gJy4vZGVwU3RyaW5nJztcbmltcG9ydCB7IERFUEVOREVOQ1lfVkFSSUFCTEVTIH0gZnJvbSAnLi9wbXMnO1xuXG4vKiogQSB0YXJnZXQ6IGEgZmlsZSBhbmQgYSAwLWJhc2VkIGxpbmUsIG9yIGEgc3BhbiBpbiB0aGUgZG9jdW1lbnQgaXRzZWxmLiAqL1xuZXhwb3J0IHR5cGUgVGFyZ2V0ID0geyBwYXRoOiBzdHJpbmc7IGxpbmU6IG51bWJlciB9IHwgeyBzZWxmOiB0cnVlOyBzdGFydDogbnVtYmVyOyBlbmQ6IG51bWJlciB9O1xuXG5leHBvcnQgZnVuY3Rpb24gZGVmaW5pdGlvbkF0KGN0eDogRG9jQ29udGV4dCwgb2Zmc2V0OiBudW1iZXIpOiBUYXJnZXRbXSB7XG4gIGNvbnN0IHBsYWNlID0gcGxhY2VBdChjdHgsIG9mZnNldCk7XG4gIHN3aXRjaCAocGxhY2Uua2luZCkge1xuICAgIGNhc2UgJ2luaGVyaXQnOiB7XG4gICAgICBjb25zdCBuYW1lID0gcGxhY2Uud29yZD8udGV4dDtcbiAgICAgIGlmICghbmFtZSkgcmV0dXJuIFtdO1xuICAgICAgY29uc3QgZSA9IGN0eC5jaGFpbi5maW5kKChyKSA9PiByLmVjbGFzcyhuYW1lKSk7XG4gICAgICByZXR1cm4gZSA/IFt7IHBhdGg6IGUuZWNsYXNzUGF0aChuYW1lKSwgbGluZTogMCB9XSA6IFtdO1xuICAgIH1cbiAgICBjYXNlICdjb21tYW5kJzpcbiAgICBjYXNlICdjb21tYW5kLWFyZyc6IHtcbiAgICAgIGNvbnN0IG5hbWUgPSBwbGFjZS53b3JkLnRleHQ7XG4gICAgICBjb25zdCBsb2NhbCA9IGN0eC5sb2NhbEZ1bmN0aW9ucy5nZXQobmFtZSk7XG4gICAgICBpZiAobG9jYWwpIHJldHVybiBbeyBzZWxmOiB0cnVlLCAuLi5sb2NhbCB9XTtcbiAgICAgIGNvbnN0IGUgPSBlY2xhc3NGdW5jdGlvbihjdHgsIG5hbWUpO1xuICAgICAgcmV0dXJuIGUgPyBbeyBwYXRoOiBlLnJlcG8uZWNsYXNzUGF0aChlLmluZm8ubmFtZSksIGxpbmU6IGUuZm4ubGluZSB9XSA6IFtdO1xuICAgIH1cbiAgICBjYXNlICd2YXJpYWJsZS1yZWYnOiB7XG4gICAgICBjb25zdCBhID0gY3R4Lmdsb2JhbHMuZ2V0KHBsYWNlLndvcmQudGV4dCk/LlswXTtcbiAgICAgIGlmIChhKSByZXR1cm4gW3sgc2VsZjogdHJ1ZSwgLi4uYS5uYW1lU3BhbiB9XTtcbiAgICAgIGNvbnN0IGUgPSBlY2xhc3NWYXJpYWJsZShjdHgsIHBsYWNlLndvcmQudGV4dCk7XG4gICAgICByZXR1cm4gZSA/IFt7IHBhdGg6IGUucmVwby5lY2xhc3NQYXRoKGUuaW5mby5uYW1lKSwgbGluZTogZS52YXJpYWJsZS5saW5lIH1dIDogW107XG4gICAgfVxuICAgIGNhc2UgJ3ZhbHVlJzoge1xuICAgICAgaWYgKCFERVBFTkRFTkNZX1ZBUklBQkxFUy5oYXMocGxhY2UudmFyaWFibGUpKSByZXR1cm4gW107XG4gICAgICBjb25zdCBhdG9tID0gc3BsaXRBdG9tKHBsYWNlLnRva2VuLnRleHQsIGN0eC5lYXBpKTtcbiAgICAgIGlmICh0eXBlb2YgYXRvbSA9PT0gJ3N0cmluZycpIHJldHVybiBbXTtcbiAgICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICAgIGNvbnN0IG91dDogVGFyZ2V0W10gPSBbXTtcbiAgICAgIGZvciAoY29uc3QgciBvZiBjdHguY2hhaW4pIHtcbiAgICAgICAgZm9yIChjb25zdCBwYXRoIG9mIHIuZWJ1aWxkcyhhdG9tLmNhdGVnb3J5LCBhdG9tLnBuKSkge1xuICAgICAgICAgIGlmICghc2Vlbi5oYXMocGF0aCkpIG91dC5wdXNoKHsgcGF0aCwgbGluZTogMCB9KTtcbiAgICAgICAgICBzZWVuLmFkZChwYXRoKTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgcmV0dXJuIG91dDtcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBbXTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLDJCQUF3QjtBQUN4Qix3QkFBMkQ7QUFDM0QsdUJBQTBCO0FBQzFCLGlCQUFxQztBQUs5QixTQUFTLGFBQWEsS0FBaUIsUUFBMEI7QUFDdEUsUUFBTSxZQUFRLDhCQUFRLEtBQUssTUFBTTtBQUNqQyxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUssV0FBVztBQUNkLFlBQU0sT0FBTyxNQUFNLE1BQU07QUFDekIsVUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBQ25CLFlBQU0sSUFBSSxJQUFJLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPLElBQUksQ0FBQztBQUM5QyxhQUFPLElBQUksQ0FBQyxFQUFFLE1BQU0sRUFBRSxXQUFXLElBQUksR0FBRyxNQUFNLEVBQUUsQ0FBQyxJQUFJLENBQUM7QUFBQSxJQUN4RDtBQUFBLElBQ0EsS0FBSztBQUFBLElBQ0wsS0FBSyxlQUFlO0FBQ2xCLFlBQU0sT0FBTyxNQUFNLEtBQUs7QUFDeEIsWUFBTSxRQUFRLElBQUksZUFBZSxJQUFJLElBQUk7QUFDekMsVUFBSSxNQUFPLFFBQU8sQ0FBQyxFQUFFLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQztBQUMzQyxZQUFNLFFBQUksa0NBQWUsS0FBSyxJQUFJO0FBQ2xDLGFBQU8sSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLEtBQUssV0FBVyxFQUFFLEtBQUssSUFBSSxHQUFHLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUM7QUFBQSxJQUM1RTtBQUFBLElBQ0EsS0FBSyxnQkFBZ0I7QUFDbkIsWUFBTSxJQUFJLElBQUksUUFBUSxJQUFJLE1BQU0sS0FBSyxJQUFJLElBQUksQ0FBQztBQUM5QyxVQUFJLEVBQUcsUUFBTyxDQUFDLEVBQUUsTUFBTSxNQUFNLEdBQUcsRUFBRSxTQUFTLENBQUM7QUFDNUMsWUFBTSxRQUFJLGtDQUFlLEtBQUssTUFBTSxLQUFLLElBQUk7QUFDN0MsYUFBTyxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxXQUFXLEVBQUUsS0FBSyxJQUFJLEdBQUcsTUFBTSxFQUFFLFNBQVMsS0FBSyxDQUFDLElBQUksQ0FBQztBQUFBLElBQ2xGO0FBQUEsSUFDQSxLQUFLLFNBQVM7QUFDWixVQUFJLENBQUMsZ0NBQXFCLElBQUksTUFBTSxRQUFRLEVBQUcsUUFBTyxDQUFDO0FBQ3ZELFlBQU0sV0FBTyw0QkFBVSxNQUFNLE1BQU0sTUFBTSxJQUFJLElBQUk7QUFDakQsVUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLENBQUM7QUFDdEMsWUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsWUFBTSxNQUFnQixDQUFDO0FBQ3ZCLGlCQUFXLEtBQUssSUFBSSxPQUFPO0FBQ3pCLG1CQUFXLFFBQVEsRUFBRSxRQUFRLEtBQUssVUFBVSxLQUFLLEVBQUUsR0FBRztBQUNwRCxjQUFJLENBQUMsS0FBSyxJQUFJLElBQUksRUFBRyxLQUFJLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxDQUFDO0FBQy9DLGVBQUssSUFBSSxJQUFJO0FBQUEsUUFDZjtBQUFBLE1BQ0Y7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0E7QUFDRSxhQUFPLENBQUM7QUFBQSxFQUNaO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
