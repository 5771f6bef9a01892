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
var buildProgress_exports = {};
__export(buildProgress_exports, {
  ProgressTracker: () => ProgressTracker,
  describeProgress: () => describeProgress
});
module.exports = __toCommonJS(buildProgress_exports);
function loadParser() {
  try {
    const mod = require("../core/emerge");
    return mod.EmergeParser ?? void 0;
  } catch {
    return void 0;
  }
}
const Parser = loadParser();
class ProgressTracker {
  constructor(sink) {
    this.sink = sink;
    if (!Parser) return;
    try {
      const handle = (e) => this.onEvent(e);
      const parser = new Parser({ onEvent: handle });
      if (typeof parser.on === "function") {
        for (const t of ["package-start", "phase", "build-failure", "event"]) parser.on(t, (e) => handle({ type: t, ...e }));
      }
      this.parser = parser;
    } catch {
      this.parser = void 0;
    }
  }
  sink;
  parser;
  current = {};
  push(data) {
    try {
      this.parser?.push(data);
    } catch {
      this.parser = void 0;
    }
  }
  end() {
    try {
      this.parser?.end?.();
    } catch {
    }
  }
  onEvent(e) {
    const type = String(e.type ?? e.kind ?? "");
    const num = (v) => typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : void 0;
    if (type === "package-start") {
      this.current = { index: num(e.index), total: num(e.total), cpv: String(e.cpv ?? e.atom ?? ""), phase: void 0 };
      this.sink.progress({ ...this.current });
    } else if (type === "phase") {
      this.current = { ...this.current, phase: String(e.phase ?? e.name ?? "") };
      this.sink.progress({ ...this.current });
    } else if (type === "build-failure") {
      const phase = e.phase ? `${String(e.phase)} phase` : "build";
      const reason = e.reason ? `: ${String(e.reason)}` : "";
      this.sink.failure(`${String(e.cpv ?? this.current.cpv ?? "")} failed in the ${phase}${reason}`.trim());
    }
  }
}
function describeProgress(p, fallback) {
  if (!p.cpv) return fallback;
  const count = p.index !== void 0 && p.total !== void 0 ? `(${p.index} of ${p.total}) ` : "";
  return `${count}${p.cpv}${p.phase ? ` \xB7 ${p.phase}` : ""}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ProgressTracker,
  describeProgress
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFByb2dyZXNzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFByb2dyZXNzIG9mIGEgYnVpbGQgZnJvbSB0aGUgZW1lcmdlIHBhcnNlcidzIGV2ZW50czogYCgxIG9mIDMpIGNhdC9wa2ctdmVyYCBhbmQgdGhlIGN1cnJlbnQgcGhhc2UuIFRoZSBwYXJzZXJcbiAqIGxpdmVzIGluIHNyYy9jb3JlL2VtZXJnZTsgaXQgaXMgbG9hZGVkIG9wdGlvbmFsbHkgc28gdGhlIGV4dGVuc2lvbiBzdGlsbCBydW5zICh3aXRoIHN0YXRlLW9ubHkgcHJvZ3Jlc3MpXG4gKiBpbiBhIHRyZWUgd2hlcmUgaXQgaXMgbm90IHRoZXJlIHlldC5cbiAqL1xuaW1wb3J0IHR5cGUgeyBCdWlsZFByb2dyZXNzIH0gZnJvbSAnLi9idWlsZHMnO1xuXG5pbnRlcmZhY2UgUGFyc2VyTGlrZSB7XG4gIHB1c2goY2h1bms6IEJ1ZmZlciB8IHN0cmluZyk6IHZvaWQ7XG4gIGVuZD8oKTogdm9pZDtcbiAgb24/KGV2ZW50OiBzdHJpbmcsIGxpc3RlbmVyOiAoZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pID0+IHZvaWQpOiB1bmtub3duO1xufVxuXG50eXBlIFBhcnNlckN0b3IgPSBuZXcgKC4uLmFyZ3M6IHVua25vd25bXSkgPT4gUGFyc2VyTGlrZTtcblxuZnVuY3Rpb24gbG9hZFBhcnNlcigpOiBQYXJzZXJDdG9yIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICAgIGNvbnN0IG1vZCA9IHJlcXVpcmUoJy4uL2NvcmUvZW1lcmdlJykgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgcmV0dXJuIChtb2QuRW1lcmdlUGFyc2VyIGFzIFBhcnNlckN0b3IgfCB1bmRlZmluZWQpID8/IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5jb25zdCBQYXJzZXIgPSBsb2FkUGFyc2VyKCk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvZ3Jlc3NTaW5rIHtcbiAgcHJvZ3Jlc3MocDogQnVpbGRQcm9ncmVzcyk6IHZvaWQ7XG4gIC8qKiBBIGZhaWx1cmUgdGhlIHBhcnNlciByZWNvZ25pc2VkLCBlLmcuIGBjb21waWxlIHBoYXNlOiBlbWFrZSBmYWlsZWRgLiAqL1xuICBmYWlsdXJlKHN1bW1hcnk6IHN0cmluZyk6IHZvaWQ7XG59XG5cbi8qKiBGZWVkcyBvdXRwdXQgY2h1bmtzIHRvIHRoZSBwYXJzZXIgKHdoZW4gcHJlc2VudCkgYW5kIHJlcG9ydHMgcHJvZ3Jlc3MgY2hhbmdlcy4gKi9cbmV4cG9ydCBjbGFzcyBQcm9ncmVzc1RyYWNrZXIge1xuICBwcml2YXRlIHBhcnNlcj86IFBhcnNlckxpa2U7XG4gIHByaXZhdGUgY3VycmVudDogQnVpbGRQcm9ncmVzcyA9IHt9O1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgc2luazogUHJvZ3Jlc3NTaW5rKSB7XG4gICAgaWYgKCFQYXJzZXIpIHJldHVybjtcbiAgICB0cnkge1xuICAgICAgY29uc3QgaGFuZGxlID0gKGU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KSA9PiB0aGlzLm9uRXZlbnQoZSk7XG4gICAgICBjb25zdCBwYXJzZXIgPSBuZXcgUGFyc2VyKHsgb25FdmVudDogaGFuZGxlIH0pO1xuICAgICAgLy8gVGhlIHBhcnNlciBtYXkgYmUgYW4gRXZlbnRFbWl0dGVyLCBvciB0YWtlIGEgY2FsbGJhY2ssIG9yIGJvdGguXG4gICAgICBpZiAodHlwZW9mIHBhcnNlci5vbiA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICBmb3IgKGNvbnN0IHQgb2YgWydwYWNrYWdlLXN0YXJ0JywgJ3BoYXNlJywgJ2J1aWxkLWZhaWx1cmUnLCAnZXZlbnQnXSkgcGFyc2VyLm9uKHQsIChlKSA9PiBoYW5kbGUoeyB0eXBlOiB0LCAuLi5lIH0pKTtcbiAgICAgIH1cbiAgICAgIHRoaXMucGFyc2VyID0gcGFyc2VyO1xuICAgIH0gY2F0Y2gge1xuICAgICAgdGhpcy5wYXJzZXIgPSB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgcHVzaChkYXRhOiBCdWZmZXIpOiB2b2lkIHtcbiAgICB0cnkge1xuICAgICAgdGhpcy5wYXJzZXI/LnB1c2goZGF0YSk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBBIHBhcnNlciBidWcgbXVzdCBub3QgYnJlYWsgdGhlIGJ1aWxkJ3MgdGVybWluYWw6IHByb2dyZXNzIGp1c3Qgc3RvcHMgdXBkYXRpbmcuXG4gICAgICB0aGlzLnBhcnNlciA9IHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBlbmQoKTogdm9pZCB7XG4gICAgdHJ5IHsgdGhpcy5wYXJzZXI/LmVuZD8uKCk7IH0gY2F0Y2ggeyAvKiBzZWUgcHVzaCAqLyB9XG4gIH1cblxuICBwcml2YXRlIG9uRXZlbnQoZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiB2b2lkIHtcbiAgICBjb25zdCB0eXBlID0gU3RyaW5nKGUudHlwZSA/PyBlLmtpbmQgPz8gJycpO1xuICAgIGNvbnN0IG51bSA9ICh2OiB1bmtub3duKSA9PiAodHlwZW9mIHYgPT09ICdudW1iZXInID8gdiA6IHR5cGVvZiB2ID09PSAnc3RyaW5nJyAmJiAvXlxcZCskLy50ZXN0KHYpID8gTnVtYmVyKHYpIDogdW5kZWZpbmVkKTtcbiAgICBpZiAodHlwZSA9PT0gJ3BhY2thZ2Utc3RhcnQnKSB7XG4gICAgICB0aGlzLmN1cnJlbnQgPSB7IGluZGV4OiBudW0oZS5pbmRleCksIHRvdGFsOiBudW0oZS50b3RhbCksIGNwdjogU3RyaW5nKGUuY3B2ID8/IGUuYXRvbSA/PyAnJyksIHBoYXNlOiB1bmRlZmluZWQgfTtcbiAgICAgIHRoaXMuc2luay5wcm9ncmVzcyh7IC4uLnRoaXMuY3VycmVudCB9KTtcbiAgICB9IGVsc2UgaWYgKHR5cGUgPT09ICdwaGFzZScpIHtcbiAgICAgIHRoaXMuY3VycmVudCA9IHsgLi4udGhpcy5jdXJyZW50LCBwaGFzZTogU3RyaW5nKGUucGhhc2UgPz8gZS5uYW1lID8/ICcnKSB9O1xuICAgICAgdGhpcy5zaW5rLnByb2dyZXNzKHsgLi4udGhpcy5jdXJyZW50IH0pO1xuICAgIH0gZWxzZSBpZiAodHlwZSA9PT0gJ2J1aWxkLWZhaWx1cmUnKSB7XG4gICAgICBjb25zdCBwaGFzZSA9IGUucGhhc2UgPyBgJHtTdHJpbmcoZS5waGFzZSl9IHBoYXNlYCA6ICdidWlsZCc7XG4gICAgICBjb25zdCByZWFzb24gPSBlLnJlYXNvbiA/IGA6ICR7U3RyaW5nKGUucmVhc29uKX1gIDogJyc7XG4gICAgICB0aGlzLnNpbmsuZmFpbHVyZShgJHtTdHJpbmcoZS5jcHYgPz8gdGhpcy5jdXJyZW50LmNwdiA/PyAnJyl9IGZhaWxlZCBpbiB0aGUgJHtwaGFzZX0ke3JlYXNvbn1gLnRyaW0oKSk7XG4gICAgfVxuICB9XG59XG5cbi8qKiBgKDEgb2YgMykgYXBwLW1pc2MvaGVsbG8tMS4wIFx1MDBCNyBjb21waWxlYCwgb3IganVzdCB0aGUgc3RhdGUgd2hlbiBub3RoaW5nIGlzIGtub3duIHlldC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZVByb2dyZXNzKHA6IEJ1aWxkUHJvZ3Jlc3MsIGZhbGxiYWNrOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoIXAuY3B2KSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IGNvdW50ID0gcC5pbmRleCAhPT0gdW5kZWZpbmVkICYmIHAudG90YWwgIT09IHVuZGVmaW5lZCA/IGAoJHtwLmluZGV4fSBvZiAke3AudG90YWx9KSBgIDogJyc7XG4gIHJldHVybiBgJHtjb3VudH0ke3AuY3B2fSR7cC5waGFzZSA/IGAgXHUwMEI3ICR7cC5waGFzZX1gIDogJyd9YDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQWVBLFNBQVMsYUFBcUM7QUFDNUMsTUFBSTtBQUVGLFVBQU0sTUFBTSxRQUFRLGdCQUFnQjtBQUNwQyxXQUFRLElBQUksZ0JBQTJDO0FBQUEsRUFDekQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxNQUFNLFNBQVMsV0FBVztBQVNuQixNQUFNLGdCQUFnQjtBQUFBLEVBSTNCLFlBQTZCLE1BQW9CO0FBQXBCO0FBQzNCLFFBQUksQ0FBQyxPQUFRO0FBQ2IsUUFBSTtBQUNGLFlBQU0sU0FBUyxDQUFDLE1BQStCLEtBQUssUUFBUSxDQUFDO0FBQzdELFlBQU0sU0FBUyxJQUFJLE9BQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQztBQUU3QyxVQUFJLE9BQU8sT0FBTyxPQUFPLFlBQVk7QUFDbkMsbUJBQVcsS0FBSyxDQUFDLGlCQUFpQixTQUFTLGlCQUFpQixPQUFPLEVBQUcsUUFBTyxHQUFHLEdBQUcsQ0FBQyxNQUFNLE9BQU8sRUFBRSxNQUFNLEdBQUcsR0FBRyxFQUFFLENBQUMsQ0FBQztBQUFBLE1BQ3JIO0FBQ0EsV0FBSyxTQUFTO0FBQUEsSUFDaEIsUUFBUTtBQUNOLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUFBLEVBYjZCO0FBQUEsRUFIckI7QUFBQSxFQUNBLFVBQXlCLENBQUM7QUFBQSxFQWlCbEMsS0FBSyxNQUFvQjtBQUN2QixRQUFJO0FBQ0YsV0FBSyxRQUFRLEtBQUssSUFBSTtBQUFBLElBQ3hCLFFBQVE7QUFFTixXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQVk7QUFDVixRQUFJO0FBQUUsV0FBSyxRQUFRLE1BQU07QUFBQSxJQUFHLFFBQVE7QUFBQSxJQUFpQjtBQUFBLEVBQ3ZEO0FBQUEsRUFFUSxRQUFRLEdBQWtDO0FBQ2hELFVBQU0sT0FBTyxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRTtBQUMxQyxVQUFNLE1BQU0sQ0FBQyxNQUFnQixPQUFPLE1BQU0sV0FBVyxJQUFJLE9BQU8sTUFBTSxZQUFZLFFBQVEsS0FBSyxDQUFDLElBQUksT0FBTyxDQUFDLElBQUk7QUFDaEgsUUFBSSxTQUFTLGlCQUFpQjtBQUM1QixXQUFLLFVBQVUsRUFBRSxPQUFPLElBQUksRUFBRSxLQUFLLEdBQUcsT0FBTyxJQUFJLEVBQUUsS0FBSyxHQUFHLEtBQUssT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsR0FBRyxPQUFPLE9BQVU7QUFDaEgsV0FBSyxLQUFLLFNBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDeEMsV0FBVyxTQUFTLFNBQVM7QUFDM0IsV0FBSyxVQUFVLEVBQUUsR0FBRyxLQUFLLFNBQVMsT0FBTyxPQUFPLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxFQUFFO0FBQ3pFLFdBQUssS0FBSyxTQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ3hDLFdBQVcsU0FBUyxpQkFBaUI7QUFDbkMsWUFBTSxRQUFRLEVBQUUsUUFBUSxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsV0FBVztBQUNyRCxZQUFNLFNBQVMsRUFBRSxTQUFTLEtBQUssT0FBTyxFQUFFLE1BQU0sQ0FBQyxLQUFLO0FBQ3BELFdBQUssS0FBSyxRQUFRLEdBQUcsT0FBTyxFQUFFLE9BQU8sS0FBSyxRQUFRLE9BQU8sRUFBRSxDQUFDLGtCQUFrQixLQUFLLEdBQUcsTUFBTSxHQUFHLEtBQUssQ0FBQztBQUFBLElBQ3ZHO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxpQkFBaUIsR0FBa0IsVUFBMEI7QUFDM0UsTUFBSSxDQUFDLEVBQUUsSUFBSyxRQUFPO0FBQ25CLFFBQU0sUUFBUSxFQUFFLFVBQVUsVUFBYSxFQUFFLFVBQVUsU0FBWSxJQUFJLEVBQUUsS0FBSyxPQUFPLEVBQUUsS0FBSyxPQUFPO0FBQy9GLFNBQU8sR0FBRyxLQUFLLEdBQUcsRUFBRSxHQUFHLEdBQUcsRUFBRSxRQUFRLFNBQU0sRUFBRSxLQUFLLEtBQUssRUFBRTtBQUMxRDsiLAogICJuYW1lcyI6IFtdCn0K
