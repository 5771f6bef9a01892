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
var lineSplitter_exports = {};
__export(lineSplitter_exports, {
  LineSplitter: () => LineSplitter,
  MAX_LINE_BYTES: () => MAX_LINE_BYTES
});
module.exports = __toCommonJS(lineSplitter_exports);
const MAX_LINE_BYTES = 64 * 1024;
const REGION_BYTES = 64 * 1024;
class LineSplitter {
  constructor(onLine, maxLine = MAX_LINE_BYTES) {
    this.onLine = onLine;
    this.maxLine = maxLine;
  }
  onLine;
  maxLine;
  tail = [];
  tailLen = 0;
  lineNo = 0;
  /** Lines completed so far. */
  get lines() {
    return this.lineNo;
  }
  push(chunk) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    if (this.tailLen > 0 || this.tail.length > 0) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.keep(buf, 0, buf.length);
        return;
      }
      this.keep(buf, 0, nl);
      const line = this.tail.length === 1 ? this.tail[0] : Buffer.concat(this.tail, this.tailLen);
      this.tail = [];
      this.tailLen = 0;
      this.emit(line.toString("utf8"));
      start = nl + 1;
    }
    const last = buf.lastIndexOf(10);
    while (start <= last) {
      let e = start + REGION_BYTES >= last ? last : buf.indexOf(10, start + REGION_BYTES);
      if (e < 0 || e > last) e = last;
      this.region(buf, start, e);
      start = e + 1;
    }
    if (start < buf.length) this.keep(buf, start, buf.length);
  }
  /** Flushes an unfinished last line. */
  end() {
    if (this.tail.length > 0) {
      const line = Buffer.concat(this.tail, this.tailLen);
      this.tail = [];
      this.tailLen = 0;
      this.emit(line.toString("utf8"));
    }
  }
  /** Complete lines in buf[s, e) (e is the index of the last `\n`, excluded). */
  region(buf, s, e) {
    const text = buf.toString("utf8", s, e);
    const safeChars = Math.floor(this.maxLine / 3);
    let pos = 0;
    let done = 0;
    for (; ; ) {
      const nl = text.indexOf("\n", pos);
      const end = nl < 0 ? text.length : nl;
      if (end - pos > safeChars) {
        this.regionByBytes(buf, s, e, done);
        return;
      }
      this.emit(pos === 0 && nl < 0 ? text : text.slice(pos, end));
      done++;
      if (nl < 0) return;
      pos = nl + 1;
    }
  }
  /** Slow path for regions holding a long line: cut lines at byte level, from the `skip`-th line on. */
  regionByBytes(buf, s, e, skip) {
    let pos = s;
    for (let k = 0; k < skip; k++) pos = buf.indexOf(10, pos) + 1;
    while (pos <= e) {
      let nl = buf.indexOf(10, pos);
      if (nl < 0 || nl > e) nl = e;
      const end = Math.min(nl, pos + this.maxLine);
      this.emit(buf.toString("utf8", pos, end));
      pos = nl + 1;
    }
  }
  keep(buf, s, e) {
    const room = this.maxLine - this.tailLen;
    if (room <= 0 || e <= s) {
      if (this.tail.length === 0 && e > s) this.tail.push(Buffer.alloc(0));
      return;
    }
    const take = Math.min(room, e - s);
    this.tail.push(Buffer.from(buf.subarray(s, s + take)));
    this.tailLen += take;
  }
  emit(line) {
    this.lineNo++;
    this.onLine(line, this.lineNo);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LineSplitter,
  MAX_LINE_BYTES
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2xpbmVTcGxpdHRlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBTcGxpdHMgYSBieXRlIHN0cmVhbSBpbnRvIGxpbmVzIGF0IGBcXG5gLCB3aGF0ZXZlciB0aGUgY2h1bmtpbmc6IGJ5dGVzIG9mIGFuIHVuZmluaXNoZWQgbGluZSB3YWl0IGZvciB0aGVcbiAqIG5leHQgY2h1bmssIHNvIGEgVVRGLTggc2VxdWVuY2Ugc3BsaXQgYWNyb3NzIGNodW5rcyBkZWNvZGVzIGFzIGlmIGl0IGNhbWUgd2hvbGUuIEEgbGluZSBsb25nZXIgdGhhblxuICogYG1heExpbmVgIGJ5dGVzIGtlZXBzIGl0cyBmaXJzdCBgbWF4TGluZWAgYnl0ZXM7IHRoZSByZXN0IGlzIGRyb3BwZWQgKG1lbW9yeSBzdGF5cyBib3VuZGVkIG9uIGVuZGxlc3NcbiAqIGxpbmVzKSB3aGlsZSBsaW5lIG51bWJlcnMga2VlcCBjb3VudGluZy5cbiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9MSU5FX0JZVEVTID0gNjQgKiAxMDI0O1xuY29uc3QgUkVHSU9OX0JZVEVTID0gNjQgKiAxMDI0O1xuXG5leHBvcnQgY2xhc3MgTGluZVNwbGl0dGVyIHtcbiAgcHJpdmF0ZSB0YWlsOiBCdWZmZXJbXSA9IFtdO1xuICBwcml2YXRlIHRhaWxMZW4gPSAwO1xuICBwcml2YXRlIGxpbmVObyA9IDA7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBvbkxpbmU6IChsaW5lOiBzdHJpbmcsIGxpbmVObzogbnVtYmVyKSA9PiB2b2lkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbWF4TGluZSA9IE1BWF9MSU5FX0JZVEVTLFxuICApIHt9XG5cbiAgLyoqIExpbmVzIGNvbXBsZXRlZCBzbyBmYXIuICovXG4gIGdldCBsaW5lcygpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmxpbmVObztcbiAgfVxuXG4gIHB1c2goY2h1bms6IEJ1ZmZlciB8IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IGJ1ZiA9IHR5cGVvZiBjaHVuayA9PT0gJ3N0cmluZycgPyBCdWZmZXIuZnJvbShjaHVuaywgJ3V0ZjgnKSA6IGNodW5rO1xuICAgIGxldCBzdGFydCA9IDA7XG4gICAgaWYgKHRoaXMudGFpbExlbiA+IDAgfHwgdGhpcy50YWlsLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IG5sID0gYnVmLmluZGV4T2YoMTApO1xuICAgICAgaWYgKG5sIDwgMCkge1xuICAgICAgICB0aGlzLmtlZXAoYnVmLCAwLCBidWYubGVuZ3RoKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgdGhpcy5rZWVwKGJ1ZiwgMCwgbmwpO1xuICAgICAgY29uc3QgbGluZSA9IHRoaXMudGFpbC5sZW5ndGggPT09IDEgPyB0aGlzLnRhaWxbMF0gOiBCdWZmZXIuY29uY2F0KHRoaXMudGFpbCwgdGhpcy50YWlsTGVuKTtcbiAgICAgIHRoaXMudGFpbCA9IFtdO1xuICAgICAgdGhpcy50YWlsTGVuID0gMDtcbiAgICAgIHRoaXMuZW1pdChsaW5lLnRvU3RyaW5nKCd1dGY4JykpO1xuICAgICAgc3RhcnQgPSBubCArIDE7XG4gICAgfVxuICAgIGNvbnN0IGxhc3QgPSBidWYubGFzdEluZGV4T2YoMTApO1xuICAgIC8vIERlY29kZSBpbiBzbGljZXMgb2YgYWJvdXQgNjQgS2lCOiBsaW5lIHN0cmluZ3MgdGhlbiBkbyBub3QgcGluIG9uZSBodWdlIGRlY29kZWQgc3RyaW5nLlxuICAgIHdoaWxlIChzdGFydCA8PSBsYXN0KSB7XG4gICAgICBsZXQgZSA9IHN0YXJ0ICsgUkVHSU9OX0JZVEVTID49IGxhc3QgPyBsYXN0IDogYnVmLmluZGV4T2YoMTAsIHN0YXJ0ICsgUkVHSU9OX0JZVEVTKTtcbiAgICAgIGlmIChlIDwgMCB8fCBlID4gbGFzdCkgZSA9IGxhc3Q7XG4gICAgICB0aGlzLnJlZ2lvbihidWYsIHN0YXJ0LCBlKTtcbiAgICAgIHN0YXJ0ID0gZSArIDE7XG4gICAgfVxuICAgIGlmIChzdGFydCA8IGJ1Zi5sZW5ndGgpIHRoaXMua2VlcChidWYsIHN0YXJ0LCBidWYubGVuZ3RoKTtcbiAgfVxuXG4gIC8qKiBGbHVzaGVzIGFuIHVuZmluaXNoZWQgbGFzdCBsaW5lLiAqL1xuICBlbmQoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMudGFpbC5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBsaW5lID0gQnVmZmVyLmNvbmNhdCh0aGlzLnRhaWwsIHRoaXMudGFpbExlbik7XG4gICAgICB0aGlzLnRhaWwgPSBbXTtcbiAgICAgIHRoaXMudGFpbExlbiA9IDA7XG4gICAgICB0aGlzLmVtaXQobGluZS50b1N0cmluZygndXRmOCcpKTtcbiAgICB9XG4gIH1cblxuICAvKiogQ29tcGxldGUgbGluZXMgaW4gYnVmW3MsIGUpIChlIGlzIHRoZSBpbmRleCBvZiB0aGUgbGFzdCBgXFxuYCwgZXhjbHVkZWQpLiAqL1xuICBwcml2YXRlIHJlZ2lvbihidWY6IEJ1ZmZlciwgczogbnVtYmVyLCBlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCB0ZXh0ID0gYnVmLnRvU3RyaW5nKCd1dGY4JywgcywgZSk7XG4gICAgY29uc3Qgc2FmZUNoYXJzID0gTWF0aC5mbG9vcih0aGlzLm1heExpbmUgLyAzKTsgLy8gYSBsaW5lIHRoaXMgc2hvcnQgaW4gVVRGLTE2IHVuaXRzIGNhbm5vdCBleGNlZWQgbWF4TGluZSBieXRlc1xuICAgIGxldCBwb3MgPSAwO1xuICAgIGxldCBkb25lID0gMDtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBubCA9IHRleHQuaW5kZXhPZignXFxuJywgcG9zKTtcbiAgICAgIGNvbnN0IGVuZCA9IG5sIDwgMCA/IHRleHQubGVuZ3RoIDogbmw7XG4gICAgICBpZiAoZW5kIC0gcG9zID4gc2FmZUNoYXJzKSB7XG4gICAgICAgIHRoaXMucmVnaW9uQnlCeXRlcyhidWYsIHMsIGUsIGRvbmUpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICB0aGlzLmVtaXQocG9zID09PSAwICYmIG5sIDwgMCA/IHRleHQgOiB0ZXh0LnNsaWNlKHBvcywgZW5kKSk7XG4gICAgICBkb25lKys7XG4gICAgICBpZiAobmwgPCAwKSByZXR1cm47XG4gICAgICBwb3MgPSBubCArIDE7XG4gICAgfVxuICB9XG5cbiAgLyoqIFNsb3cgcGF0aCBmb3IgcmVnaW9ucyBob2xkaW5nIGEgbG9uZyBsaW5lOiBjdXQgbGluZXMgYXQgYnl0ZSBsZXZlbCwgZnJvbSB0aGUgYHNraXBgLXRoIGxpbmUgb24uICovXG4gIHByaXZhdGUgcmVnaW9uQnlCeXRlcyhidWY6IEJ1ZmZlciwgczogbnVtYmVyLCBlOiBudW1iZXIsIHNraXA6IG51bWJlcik6IHZvaWQge1xuICAgIGxldCBwb3MgPSBzO1xuICAgIGZvciAobGV0IGsgPSAwOyBrIDwgc2tpcDsgaysrKSBwb3MgPSBidWYuaW5kZXhPZigxMCwgcG9zKSArIDE7XG4gICAgd2hpbGUgKHBvcyA8PSBlKSB7XG4gICAgICBsZXQgbmwgPSBidWYuaW5kZXhPZigxMCwgcG9zKTtcbiAgICAgIGlmIChubCA8IDAgfHwgbmwgPiBlKSBubCA9IGU7XG4gICAgICBjb25zdCBlbmQgPSBNYXRoLm1pbihubCwgcG9zICsgdGhpcy5tYXhMaW5lKTtcbiAgICAgIHRoaXMuZW1pdChidWYudG9TdHJpbmcoJ3V0ZjgnLCBwb3MsIGVuZCkpO1xuICAgICAgcG9zID0gbmwgKyAxO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUga2VlcChidWY6IEJ1ZmZlciwgczogbnVtYmVyLCBlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCByb29tID0gdGhpcy5tYXhMaW5lIC0gdGhpcy50YWlsTGVuO1xuICAgIGlmIChyb29tIDw9IDAgfHwgZSA8PSBzKSB7XG4gICAgICBpZiAodGhpcy50YWlsLmxlbmd0aCA9PT0gMCAmJiBlID4gcykgdGhpcy50YWlsLnB1c2goQnVmZmVyLmFsbG9jKDApKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgdGFrZSA9IE1hdGgubWluKHJvb20sIGUgLSBzKTtcbiAgICAvLyBDb3B5OiB0aGUgY2FsbGVyIG1heSByZXVzZSBpdHMgYnVmZmVyLCBhbmQgYSBzbGljZSB3b3VsZCBwaW4gYSBsYXJnZSBjaHVuay5cbiAgICB0aGlzLnRhaWwucHVzaChCdWZmZXIuZnJvbShidWYuc3ViYXJyYXkocywgcyArIHRha2UpKSk7XG4gICAgdGhpcy50YWlsTGVuICs9IHRha2U7XG4gIH1cblxuICBwcml2YXRlIGVtaXQobGluZTogc3RyaW5nKTogdm9pZCB7XG4gICAgdGhpcy5saW5lTm8rKztcbiAgICB0aGlzLm9uTGluZShsaW5lLCB0aGlzLmxpbmVObyk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1PLE1BQU0saUJBQWlCLEtBQUs7QUFDbkMsTUFBTSxlQUFlLEtBQUs7QUFFbkIsTUFBTSxhQUFhO0FBQUEsRUFLeEIsWUFDbUIsUUFDQSxVQUFVLGdCQUMzQjtBQUZpQjtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUZnQjtBQUFBLEVBQ0E7QUFBQSxFQU5YLE9BQWlCLENBQUM7QUFBQSxFQUNsQixVQUFVO0FBQUEsRUFDVixTQUFTO0FBQUE7QUFBQSxFQVFqQixJQUFJLFFBQWdCO0FBQ2xCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLEtBQUssT0FBOEI7QUFDakMsVUFBTSxNQUFNLE9BQU8sVUFBVSxXQUFXLE9BQU8sS0FBSyxPQUFPLE1BQU0sSUFBSTtBQUNyRSxRQUFJLFFBQVE7QUFDWixRQUFJLEtBQUssVUFBVSxLQUFLLEtBQUssS0FBSyxTQUFTLEdBQUc7QUFDNUMsWUFBTSxLQUFLLElBQUksUUFBUSxFQUFFO0FBQ3pCLFVBQUksS0FBSyxHQUFHO0FBQ1YsYUFBSyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU07QUFDNUI7QUFBQSxNQUNGO0FBQ0EsV0FBSyxLQUFLLEtBQUssR0FBRyxFQUFFO0FBQ3BCLFlBQU0sT0FBTyxLQUFLLEtBQUssV0FBVyxJQUFJLEtBQUssS0FBSyxDQUFDLElBQUksT0FBTyxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU87QUFDMUYsV0FBSyxPQUFPLENBQUM7QUFDYixXQUFLLFVBQVU7QUFDZixXQUFLLEtBQUssS0FBSyxTQUFTLE1BQU0sQ0FBQztBQUMvQixjQUFRLEtBQUs7QUFBQSxJQUNmO0FBQ0EsVUFBTSxPQUFPLElBQUksWUFBWSxFQUFFO0FBRS9CLFdBQU8sU0FBUyxNQUFNO0FBQ3BCLFVBQUksSUFBSSxRQUFRLGdCQUFnQixPQUFPLE9BQU8sSUFBSSxRQUFRLElBQUksUUFBUSxZQUFZO0FBQ2xGLFVBQUksSUFBSSxLQUFLLElBQUksS0FBTSxLQUFJO0FBQzNCLFdBQUssT0FBTyxLQUFLLE9BQU8sQ0FBQztBQUN6QixjQUFRLElBQUk7QUFBQSxJQUNkO0FBQ0EsUUFBSSxRQUFRLElBQUksT0FBUSxNQUFLLEtBQUssS0FBSyxPQUFPLElBQUksTUFBTTtBQUFBLEVBQzFEO0FBQUE7QUFBQSxFQUdBLE1BQVk7QUFDVixRQUFJLEtBQUssS0FBSyxTQUFTLEdBQUc7QUFDeEIsWUFBTSxPQUFPLE9BQU8sT0FBTyxLQUFLLE1BQU0sS0FBSyxPQUFPO0FBQ2xELFdBQUssT0FBTyxDQUFDO0FBQ2IsV0FBSyxVQUFVO0FBQ2YsV0FBSyxLQUFLLEtBQUssU0FBUyxNQUFNLENBQUM7QUFBQSxJQUNqQztBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR1EsT0FBTyxLQUFhLEdBQVcsR0FBaUI7QUFDdEQsVUFBTSxPQUFPLElBQUksU0FBUyxRQUFRLEdBQUcsQ0FBQztBQUN0QyxVQUFNLFlBQVksS0FBSyxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQzdDLFFBQUksTUFBTTtBQUNWLFFBQUksT0FBTztBQUNYLGVBQVM7QUFDUCxZQUFNLEtBQUssS0FBSyxRQUFRLE1BQU0sR0FBRztBQUNqQyxZQUFNLE1BQU0sS0FBSyxJQUFJLEtBQUssU0FBUztBQUNuQyxVQUFJLE1BQU0sTUFBTSxXQUFXO0FBQ3pCLGFBQUssY0FBYyxLQUFLLEdBQUcsR0FBRyxJQUFJO0FBQ2xDO0FBQUEsTUFDRjtBQUNBLFdBQUssS0FBSyxRQUFRLEtBQUssS0FBSyxJQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssR0FBRyxDQUFDO0FBQzNEO0FBQ0EsVUFBSSxLQUFLLEVBQUc7QUFDWixZQUFNLEtBQUs7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHUSxjQUFjLEtBQWEsR0FBVyxHQUFXLE1BQW9CO0FBQzNFLFFBQUksTUFBTTtBQUNWLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxJQUFLLE9BQU0sSUFBSSxRQUFRLElBQUksR0FBRyxJQUFJO0FBQzVELFdBQU8sT0FBTyxHQUFHO0FBQ2YsVUFBSSxLQUFLLElBQUksUUFBUSxJQUFJLEdBQUc7QUFDNUIsVUFBSSxLQUFLLEtBQUssS0FBSyxFQUFHLE1BQUs7QUFDM0IsWUFBTSxNQUFNLEtBQUssSUFBSSxJQUFJLE1BQU0sS0FBSyxPQUFPO0FBQzNDLFdBQUssS0FBSyxJQUFJLFNBQVMsUUFBUSxLQUFLLEdBQUcsQ0FBQztBQUN4QyxZQUFNLEtBQUs7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUFBLEVBRVEsS0FBSyxLQUFhLEdBQVcsR0FBaUI7QUFDcEQsVUFBTSxPQUFPLEtBQUssVUFBVSxLQUFLO0FBQ2pDLFFBQUksUUFBUSxLQUFLLEtBQUssR0FBRztBQUN2QixVQUFJLEtBQUssS0FBSyxXQUFXLEtBQUssSUFBSSxFQUFHLE1BQUssS0FBSyxLQUFLLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDbkU7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksQ0FBQztBQUVqQyxTQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxTQUFTLEdBQUcsSUFBSSxJQUFJLENBQUMsQ0FBQztBQUNyRCxTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUFBLEVBRVEsS0FBSyxNQUFvQjtBQUMvQixTQUFLO0FBQ0wsU0FBSyxPQUFPLE1BQU0sS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
