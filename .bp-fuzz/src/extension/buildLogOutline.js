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
var buildLogOutline_exports = {};
__export(buildLogOutline_exports, {
  outlineLog: () => outlineLog,
  plainLogText: () => plainLogText
});
module.exports = __toCommonJS(buildLogOutline_exports);
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
function plainLogText(raw) {
  return raw.replace(ANSI, "").replace(/\r+\n/g, "\n").split("\n").map((line) => {
    const i = line.lastIndexOf("\r");
    return (i >= 0 ? line.slice(i + 1) : line).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "");
  }).join("\n");
}
const PHASES = [
  [/^>>> Unpacking source/, "unpack"],
  [/^>>> Preparing source in/, "prepare"],
  [/^>>> Configuring source in/, "configure"],
  [/^>>> Compiling source in/, "compile"],
  [/^>>> Test phase/, "test"],
  [/^>>> Install (\S+) into/, "install"],
  [/^>>> Completed installing/, "package"],
  [/^>>> Merging /, "merge"],
  [/^>>> Failed to emerge/, "failed"]
];
const EMERGING = /^>>> Emerging (?:binary )?\((\d+) of (\d+)\) (\S+)/;
const PACKAGE_HEADER = /^ \* Package:\s+(\S+)/;
const ERROR = /^ \* ERROR: (\S+) failed(?: \(([\w-]+) phase\))?/;
const QA = /^ \* QA Notice: (.*)$/;
function outlineLog(text) {
  const lines = text.split("\n");
  const top = [];
  let pkg;
  let phase;
  const close = (entry, line) => {
    if (entry) entry.endLine = Math.max(entry.startLine, line);
  };
  const container = () => pkg ? pkg.children : top;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m = EMERGING.exec(line) ?? PACKAGE_HEADER.exec(line);
    if (m) {
      const cpv = m.length > 3 ? `(${m[1]} of ${m[2]}) ${m[3]}` : m[1];
      if (!(pkg && m.length <= 3 && pkg.name.endsWith(m[1]))) {
        close(phase, i - 1);
        close(pkg, i - 1);
        phase = void 0;
        pkg = { kind: "package", name: cpv, startLine: i, endLine: i, children: [] };
        top.push(pkg);
      }
      continue;
    }
    if (m = ERROR.exec(line)) {
      close(phase, i - 1);
      phase = void 0;
      container().push({ kind: "error", name: `ERROR: ${m[1]} failed${m[2] ? ` (${m[2]} phase)` : ""}`, startLine: i, endLine: i, children: [] });
      continue;
    }
    if (m = QA.exec(line)) {
      (phase ? phase.children : container()).push({ kind: "qa", name: `QA Notice: ${m[1]}`, startLine: i, endLine: i, children: [] });
      continue;
    }
    for (const [re, name] of PHASES) {
      if (!re.test(line)) continue;
      close(phase, i - 1);
      phase = { kind: "phase", name, startLine: i, endLine: i, children: [] };
      container().push(phase);
      break;
    }
  }
  const last = Math.max(0, lines.length - 1);
  close(phase, last);
  close(pkg, last);
  return top;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  outlineLog,
  plainLogText
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZExvZ091dGxpbmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIHN0cnVjdHVyZSBvZiBhbiBlbWVyZ2UgbG9nIGFzIHRleHQ6IHBhY2thZ2VzIChgPj4+IEVtZXJnaW5nICgxIG9mIDMpIGNhdC9wa2ctdmVyYCkgYW5kIHRoZWlyIHBoYXNlcyxcbiAqIGZhaWx1cmVzIGFuZCBRQSBub3RpY2VzLCB3aXRoIGxpbmUgbnVtYmVycy4gUHVyZSAobm8gdnNjb2RlKSBzbyBpdCBpcyB1bml0LXRlc3RlZCBvbiByZWFsIFBvcnRhZ2UgbG9nczsgdGhlXG4gKiBsb2cgZG9jdW1lbnQgdHVybnMgaXQgaW50byBkb2N1bWVudCBzeW1ib2xzIGZvciB0aGUgb3V0bGluZSBhbmQgYnJlYWRjcnVtYnMuXG4gKi9cblxuZXhwb3J0IHR5cGUgT3V0bGluZUtpbmQgPSAncGFja2FnZScgfCAncGhhc2UnIHwgJ2Vycm9yJyB8ICdxYSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3V0bGluZUVudHJ5IHtcbiAga2luZDogT3V0bGluZUtpbmQ7XG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIDAtYmFzZWQgZmlyc3QgYW5kIGxhc3QgbGluZS4gKi9cbiAgc3RhcnRMaW5lOiBudW1iZXI7XG4gIGVuZExpbmU6IG51bWJlcjtcbiAgY2hpbGRyZW46IE91dGxpbmVFbnRyeVtdO1xufVxuXG4vLyBDU0kgc2VxdWVuY2VzIChjb2xvdXJzLCBjdXJzb3IpLCBPU0Mgc2VxdWVuY2VzICh0ZXJtaW5hbCB0aXRsZXMpIGVuZGVkIGJ5IEJFTCBvciBTVCwgYW5kIGxvbmUgZXNjYXBlcy5cbmNvbnN0IEFOU0kgPSAvXFx4MWJcXFtbMC0/XSpbIC0vXSpbQC1+XXxcXHgxYlxcXVteXFx4MDdcXHgxYl0qKD86XFx4MDd8XFx4MWJcXFxcKXxcXHgxYltALVpcXFxcLV9dL2c7XG5cbi8qKiBQbGFpbiB0ZXh0IG9mIGEgdGVybWluYWwgdHJhbnNjcmlwdDogbm8gZXNjYXBlcywgYFxcbmAgbGluZSBlbmRzLCBhIHNwaW5uZXIncyBgXFxyYCByZXdyaXRlcyBjb2xsYXBzZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcGxhaW5Mb2dUZXh0KHJhdzogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHJhd1xuICAgIC5yZXBsYWNlKEFOU0ksICcnKVxuICAgIC5yZXBsYWNlKC9cXHIrXFxuL2csICdcXG4nKVxuICAgIC5zcGxpdCgnXFxuJylcbiAgICAubWFwKChsaW5lKSA9PiB7XG4gICAgICBjb25zdCBpID0gbGluZS5sYXN0SW5kZXhPZignXFxyJyk7XG4gICAgICByZXR1cm4gKGkgPj0gMCA/IGxpbmUuc2xpY2UoaSArIDEpIDogbGluZSkucmVwbGFjZSgvW1xceDAwLVxceDA4XFx4MGItXFx4MWZcXHg3Zl0vZywgJycpO1xuICAgIH0pXG4gICAgLmpvaW4oJ1xcbicpO1xufVxuXG5jb25zdCBQSEFTRVM6IFtSZWdFeHAsIHN0cmluZ11bXSA9IFtcbiAgWy9ePj4+IFVucGFja2luZyBzb3VyY2UvLCAndW5wYWNrJ10sXG4gIFsvXj4+PiBQcmVwYXJpbmcgc291cmNlIGluLywgJ3ByZXBhcmUnXSxcbiAgWy9ePj4+IENvbmZpZ3VyaW5nIHNvdXJjZSBpbi8sICdjb25maWd1cmUnXSxcbiAgWy9ePj4+IENvbXBpbGluZyBzb3VyY2UgaW4vLCAnY29tcGlsZSddLFxuICBbL14+Pj4gVGVzdCBwaGFzZS8sICd0ZXN0J10sXG4gIFsvXj4+PiBJbnN0YWxsIChcXFMrKSBpbnRvLywgJ2luc3RhbGwnXSxcbiAgWy9ePj4+IENvbXBsZXRlZCBpbnN0YWxsaW5nLywgJ3BhY2thZ2UnXSxcbiAgWy9ePj4+IE1lcmdpbmcgLywgJ21lcmdlJ10sXG4gIFsvXj4+PiBGYWlsZWQgdG8gZW1lcmdlLywgJ2ZhaWxlZCddLFxuXTtcbmNvbnN0IEVNRVJHSU5HID0gL14+Pj4gRW1lcmdpbmcgKD86YmluYXJ5ICk/XFwoKFxcZCspIG9mIChcXGQrKVxcKSAoXFxTKykvO1xuY29uc3QgUEFDS0FHRV9IRUFERVIgPSAvXiBcXCogUGFja2FnZTpcXHMrKFxcUyspLztcbmNvbnN0IEVSUk9SID0gL14gXFwqIEVSUk9SOiAoXFxTKykgZmFpbGVkKD86IFxcKChbXFx3LV0rKSBwaGFzZVxcKSk/LztcbmNvbnN0IFFBID0gL14gXFwqIFFBIE5vdGljZTogKC4qKSQvO1xuXG4vKiogUGFja2FnZXMgd2l0aCB0aGVpciBwaGFzZXM7IGxpbmVzIGJlZm9yZSB0aGUgZmlyc3QgcGFja2FnZSBiZWNvbWUgYSBgc2V0dXBgIGVudHJ5IHdoZW4gdGhleSBob2xkIHBoYXNlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvdXRsaW5lTG9nKHRleHQ6IHN0cmluZyk6IE91dGxpbmVFbnRyeVtdIHtcbiAgY29uc3QgbGluZXMgPSB0ZXh0LnNwbGl0KCdcXG4nKTtcbiAgY29uc3QgdG9wOiBPdXRsaW5lRW50cnlbXSA9IFtdO1xuICBsZXQgcGtnOiBPdXRsaW5lRW50cnkgfCB1bmRlZmluZWQ7XG4gIGxldCBwaGFzZTogT3V0bGluZUVudHJ5IHwgdW5kZWZpbmVkO1xuICBjb25zdCBjbG9zZSA9IChlbnRyeTogT3V0bGluZUVudHJ5IHwgdW5kZWZpbmVkLCBsaW5lOiBudW1iZXIpID0+IHsgaWYgKGVudHJ5KSBlbnRyeS5lbmRMaW5lID0gTWF0aC5tYXgoZW50cnkuc3RhcnRMaW5lLCBsaW5lKTsgfTtcbiAgY29uc3QgY29udGFpbmVyID0gKCk6IE91dGxpbmVFbnRyeVtdID0+IChwa2cgPyBwa2cuY2hpbGRyZW4gOiB0b3ApO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmVzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW2ldO1xuICAgIGxldCBtID0gRU1FUkdJTkcuZXhlYyhsaW5lKSA/PyBQQUNLQUdFX0hFQURFUi5leGVjKGxpbmUpO1xuICAgIGlmIChtKSB7XG4gICAgICBjb25zdCBjcHYgPSBtLmxlbmd0aCA+IDMgPyBgKCR7bVsxXX0gb2YgJHttWzJdfSkgJHttWzNdfWAgOiBtWzFdO1xuICAgICAgLy8gQSBidWlsZC5sb2cgcmVwZWF0cyBgICogUGFja2FnZTpgIG9uY2U7IGRvIG5vdCBvcGVuIGEgc2Vjb25kIHBhY2thZ2UgZm9yIHRoZSBzYW1lIG9uZS5cbiAgICAgIGlmICghKHBrZyAmJiBtLmxlbmd0aCA8PSAzICYmIHBrZy5uYW1lLmVuZHNXaXRoKG1bMV0pKSkge1xuICAgICAgICBjbG9zZShwaGFzZSwgaSAtIDEpOyBjbG9zZShwa2csIGkgLSAxKTsgcGhhc2UgPSB1bmRlZmluZWQ7XG4gICAgICAgIHBrZyA9IHsga2luZDogJ3BhY2thZ2UnLCBuYW1lOiBjcHYsIHN0YXJ0TGluZTogaSwgZW5kTGluZTogaSwgY2hpbGRyZW46IFtdIH07XG4gICAgICAgIHRvcC5wdXNoKHBrZyk7XG4gICAgICB9XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKChtID0gRVJST1IuZXhlYyhsaW5lKSkpIHtcbiAgICAgIGNsb3NlKHBoYXNlLCBpIC0gMSk7IHBoYXNlID0gdW5kZWZpbmVkO1xuICAgICAgY29udGFpbmVyKCkucHVzaCh7IGtpbmQ6ICdlcnJvcicsIG5hbWU6IGBFUlJPUjogJHttWzFdfSBmYWlsZWQke21bMl0gPyBgICgke21bMl19IHBoYXNlKWAgOiAnJ31gLCBzdGFydExpbmU6IGksIGVuZExpbmU6IGksIGNoaWxkcmVuOiBbXSB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoKG0gPSBRQS5leGVjKGxpbmUpKSkge1xuICAgICAgKHBoYXNlID8gcGhhc2UuY2hpbGRyZW4gOiBjb250YWluZXIoKSkucHVzaCh7IGtpbmQ6ICdxYScsIG5hbWU6IGBRQSBOb3RpY2U6ICR7bVsxXX1gLCBzdGFydExpbmU6IGksIGVuZExpbmU6IGksIGNoaWxkcmVuOiBbXSB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IFtyZSwgbmFtZV0gb2YgUEhBU0VTKSB7XG4gICAgICBpZiAoIXJlLnRlc3QobGluZSkpIGNvbnRpbnVlO1xuICAgICAgY2xvc2UocGhhc2UsIGkgLSAxKTtcbiAgICAgIHBoYXNlID0geyBraW5kOiAncGhhc2UnLCBuYW1lLCBzdGFydExpbmU6IGksIGVuZExpbmU6IGksIGNoaWxkcmVuOiBbXSB9O1xuICAgICAgY29udGFpbmVyKCkucHVzaChwaGFzZSk7XG4gICAgICBicmVhaztcbiAgICB9XG4gIH1cbiAgY29uc3QgbGFzdCA9IE1hdGgubWF4KDAsIGxpbmVzLmxlbmd0aCAtIDEpO1xuICBjbG9zZShwaGFzZSwgbGFzdCk7IGNsb3NlKHBrZywgbGFzdCk7XG4gIHJldHVybiB0b3A7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFrQkEsTUFBTSxPQUFPO0FBR04sU0FBUyxhQUFhLEtBQXFCO0FBQ2hELFNBQU8sSUFDSixRQUFRLE1BQU0sRUFBRSxFQUNoQixRQUFRLFVBQVUsSUFBSSxFQUN0QixNQUFNLElBQUksRUFDVixJQUFJLENBQUMsU0FBUztBQUNiLFVBQU0sSUFBSSxLQUFLLFlBQVksSUFBSTtBQUMvQixZQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sSUFBSSxDQUFDLElBQUksTUFBTSxRQUFRLDZCQUE2QixFQUFFO0FBQUEsRUFDcEYsQ0FBQyxFQUNBLEtBQUssSUFBSTtBQUNkO0FBRUEsTUFBTSxTQUE2QjtBQUFBLEVBQ2pDLENBQUMseUJBQXlCLFFBQVE7QUFBQSxFQUNsQyxDQUFDLDRCQUE0QixTQUFTO0FBQUEsRUFDdEMsQ0FBQyw4QkFBOEIsV0FBVztBQUFBLEVBQzFDLENBQUMsNEJBQTRCLFNBQVM7QUFBQSxFQUN0QyxDQUFDLG1CQUFtQixNQUFNO0FBQUEsRUFDMUIsQ0FBQywyQkFBMkIsU0FBUztBQUFBLEVBQ3JDLENBQUMsNkJBQTZCLFNBQVM7QUFBQSxFQUN2QyxDQUFDLGlCQUFpQixPQUFPO0FBQUEsRUFDekIsQ0FBQyx5QkFBeUIsUUFBUTtBQUNwQztBQUNBLE1BQU0sV0FBVztBQUNqQixNQUFNLGlCQUFpQjtBQUN2QixNQUFNLFFBQVE7QUFDZCxNQUFNLEtBQUs7QUFHSixTQUFTLFdBQVcsTUFBOEI7QUFDdkQsUUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQzdCLFFBQU0sTUFBc0IsQ0FBQztBQUM3QixNQUFJO0FBQ0osTUFBSTtBQUNKLFFBQU0sUUFBUSxDQUFDLE9BQWlDLFNBQWlCO0FBQUUsUUFBSSxNQUFPLE9BQU0sVUFBVSxLQUFLLElBQUksTUFBTSxXQUFXLElBQUk7QUFBQSxFQUFHO0FBQy9ILFFBQU0sWUFBWSxNQUF1QixNQUFNLElBQUksV0FBVztBQUM5RCxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxJQUFJLFNBQVMsS0FBSyxJQUFJLEtBQUssZUFBZSxLQUFLLElBQUk7QUFDdkQsUUFBSSxHQUFHO0FBQ0wsWUFBTSxNQUFNLEVBQUUsU0FBUyxJQUFJLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDO0FBRS9ELFVBQUksRUFBRSxPQUFPLEVBQUUsVUFBVSxLQUFLLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQyxDQUFDLElBQUk7QUFDdEQsY0FBTSxPQUFPLElBQUksQ0FBQztBQUFHLGNBQU0sS0FBSyxJQUFJLENBQUM7QUFBRyxnQkFBUTtBQUNoRCxjQUFNLEVBQUUsTUFBTSxXQUFXLE1BQU0sS0FBSyxXQUFXLEdBQUcsU0FBUyxHQUFHLFVBQVUsQ0FBQyxFQUFFO0FBQzNFLFlBQUksS0FBSyxHQUFHO0FBQUEsTUFDZDtBQUNBO0FBQUEsSUFDRjtBQUNBLFFBQUssSUFBSSxNQUFNLEtBQUssSUFBSSxHQUFJO0FBQzFCLFlBQU0sT0FBTyxJQUFJLENBQUM7QUFBRyxjQUFRO0FBQzdCLGdCQUFVLEVBQUUsS0FBSyxFQUFFLE1BQU0sU0FBUyxNQUFNLFVBQVUsRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQyxDQUFDLFlBQVksRUFBRSxJQUFJLFdBQVcsR0FBRyxTQUFTLEdBQUcsVUFBVSxDQUFDLEVBQUUsQ0FBQztBQUMxSTtBQUFBLElBQ0Y7QUFDQSxRQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBSTtBQUN2QixPQUFDLFFBQVEsTUFBTSxXQUFXLFVBQVUsR0FBRyxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQU0sY0FBYyxFQUFFLENBQUMsQ0FBQyxJQUFJLFdBQVcsR0FBRyxTQUFTLEdBQUcsVUFBVSxDQUFDLEVBQUUsQ0FBQztBQUM5SDtBQUFBLElBQ0Y7QUFDQSxlQUFXLENBQUMsSUFBSSxJQUFJLEtBQUssUUFBUTtBQUMvQixVQUFJLENBQUMsR0FBRyxLQUFLLElBQUksRUFBRztBQUNwQixZQUFNLE9BQU8sSUFBSSxDQUFDO0FBQ2xCLGNBQVEsRUFBRSxNQUFNLFNBQVMsTUFBTSxXQUFXLEdBQUcsU0FBUyxHQUFHLFVBQVUsQ0FBQyxFQUFFO0FBQ3RFLGdCQUFVLEVBQUUsS0FBSyxLQUFLO0FBQ3RCO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sS0FBSyxJQUFJLEdBQUcsTUFBTSxTQUFTLENBQUM7QUFDekMsUUFBTSxPQUFPLElBQUk7QUFBRyxRQUFNLEtBQUssSUFBSTtBQUNuQyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
