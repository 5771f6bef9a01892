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
var tarScan_exports = {};
__export(tarScan_exports, {
  TarScanner: () => TarScanner
});
module.exports = __toCommonJS(tarScan_exports);
var import_safety = require("./safety");
const BLOCK = 512;
const TYPES = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo"
};
class TarScanner {
  constructor(file, opts) {
    this.file = file;
    this.opts = opts;
  }
  file;
  opts;
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  remaining = 0;
  // data bytes of the current entry still to come
  padding = 0;
  collecting;
  pending = {};
  offset = 0;
  zeroBlocks = 0;
  finished = false;
  entries = 0;
  /** Whether the end-of-archive marker has been seen. */
  get done() {
    return this.finished;
  }
  push(chunk) {
    let i = 0;
    const n = chunk.length;
    while (i < n && !this.finished) {
      if (this.remaining > 0) {
        const take2 = Math.min(this.remaining, n - i);
        if (this.collecting) this.collect(chunk.subarray(i, i + take2));
        this.remaining -= take2;
        i += take2;
        this.offset += take2;
        if (this.remaining === 0) this.finishData();
        continue;
      }
      if (this.padding > 0) {
        const take2 = Math.min(this.padding, n - i);
        this.padding -= take2;
        i += take2;
        this.offset += take2;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, n - i);
      this.header.set(chunk.subarray(i, i + take), this.headerFill);
      this.headerFill += take;
      i += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.onHeader();
        this.offset += BLOCK;
      }
    }
  }
  /** The input ended: fails if it stopped inside an entry. */
  end() {
    if (this.finished) return;
    if (this.remaining > 0 || this.headerFill > 0 || this.collecting) {
      throw new import_safety.BinpkgFormatError(this.file, `tar data ends in the middle of an entry (at byte ${this.offset})`);
    }
    this.finished = true;
  }
  fail(detail) {
    throw new import_safety.BinpkgFormatError(this.file, `${detail} (tar header at byte ${this.offset})`);
  }
  onHeader() {
    const h = this.header;
    if (isZero(h)) {
      if (++this.zeroBlocks >= 2) this.finished = true;
      return;
    }
    if (this.zeroBlocks) this.fail("data after an end-of-archive block");
    if (!checksumOk(h)) this.fail("bad tar header checksum");
    const flag = String.fromCharCode(h[156]);
    const size = this.pending.size ?? num(h, 124, 12, () => this.fail("bad size field"));
    if (size > Number.MAX_SAFE_INTEGER) this.fail("entry size too large");
    const padded = (BLOCK - size % BLOCK) % BLOCK;
    if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
      if (size > import_safety.LIMITS.smallMemberBytes) this.fail(`extended header of ${size} bytes`);
      this.startData(size, padded, { parts: [], got: 0, meta: flag });
      return;
    }
    if (++this.entries > import_safety.LIMITS.imageEntries) this.fail(`more than ${import_safety.LIMITS.imageEntries} entries`);
    const ustar = h.toString("latin1", 257, 263) === "ustar\0";
    const prefix = ustar ? cstr(h, 345, 155) : "";
    const rawName = cstr(h, 0, 100);
    const p = this.pending;
    const entry = {
      name: p.path ?? (prefix ? `${prefix}/${rawName}` : rawName),
      type: TYPES[flag] ?? "other",
      size,
      mode: num(h, 100, 8, () => 0) & 4095,
      uid: num(h, 108, 8, () => 0),
      gid: num(h, 116, 8, () => 0),
      uname: p.uname ?? cstr(h, 265, 32),
      gname: p.gname ?? cstr(h, 297, 32),
      mtime: p.mtime ?? num(h, 136, 12, () => 0),
      linkname: p.linkpath ?? cstr(h, 157, 100)
    };
    this.pending = {};
    const dataSize = entry.type === "hardlink" || entry.type === "symlink" || entry.type === "dir" ? 0 : size;
    if (entry.type === "hardlink" || entry.type === "symlink" || entry.type === "dir") entry.size = 0;
    const keep = this.opts.keep?.(entry);
    if (keep !== void 0) {
      if (dataSize > keep) this.fail(`entry "${(0, import_safety.displayName)(entry.name)}" declares ${dataSize} bytes, more than the ${keep} allowed`);
      this.startData(dataSize, (BLOCK - dataSize % BLOCK) % BLOCK, { parts: [], got: 0, entry });
      return;
    }
    this.opts.onEntry(entry);
    this.startData(dataSize, (BLOCK - dataSize % BLOCK) % BLOCK, void 0);
  }
  startData(size, padding, collecting) {
    this.remaining = size;
    this.padding = padding;
    this.collecting = collecting;
    if (size === 0) this.finishData();
  }
  collect(part) {
    const c = this.collecting;
    c.parts.push(Buffer.from(part));
    c.got += part.length;
  }
  finishData() {
    const c = this.collecting;
    if (!c) return;
    this.collecting = void 0;
    const data = Buffer.concat(c.parts, c.got);
    if (c.entry) {
      this.opts.onEntry(c.entry, data);
      return;
    }
    if (c.meta === "L") this.pending.path = cstr(data, 0, data.length);
    else if (c.meta === "K") this.pending.linkpath = cstr(data, 0, data.length);
    else if (c.meta === "x") this.applyPax(data);
  }
  applyPax(data) {
    let i = 0;
    while (i < data.length) {
      const sp = data.indexOf(32, i);
      if (sp < 0) this.fail("malformed pax header");
      const len = Number(data.toString("latin1", i, sp));
      if (!Number.isInteger(len) || len <= sp - i + 1 || i + len > data.length) this.fail("malformed pax record length");
      const rec = data.toString("utf8", sp + 1, i + len - 1);
      const eq = rec.indexOf("=");
      if (eq < 0) this.fail("malformed pax record");
      const key = rec.slice(0, eq);
      const value = rec.slice(eq + 1);
      if (key === "path") this.pending.path = value;
      else if (key === "linkpath") this.pending.linkpath = value;
      else if (key === "uname") this.pending.uname = value;
      else if (key === "gname") this.pending.gname = value;
      else if (key === "mtime") this.pending.mtime = Math.floor(Number(value)) || 0;
      else if (key === "size") {
        const s = Number(value);
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(s)) this.fail("malformed pax size");
        this.pending.size = s;
      }
      i += len;
    }
  }
}
function isZero(b) {
  for (let i = 0; i < BLOCK; i++) if (b[i] !== 0) return false;
  return true;
}
function checksumOk(h) {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 32 : h[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  const want = num(h, 148, 8, () => -1);
  return want === unsigned || want === signed;
}
function cstr(b, off, len) {
  const end = b.indexOf(0, off);
  return b.toString("utf8", off, end < 0 || end > off + len ? off + len : end);
}
function num(b, off, len, bad) {
  if (b[off] & 128) {
    let v2 = b[off] & 127;
    for (let i2 = 1; i2 < len; i2++) v2 = v2 * 256 + b[off + i2];
    return v2;
  }
  let v = 0;
  let i = off;
  const end = off + len;
  while (i < end && b[i] === 32) i++;
  let digits = 0;
  for (; i < end; i++) {
    const c = b[i];
    if (c === 0 || c === 32) break;
    if (c < 48 || c > 55) return bad();
    v = v * 8 + (c - 48);
    digits++;
  }
  return digits ? v : 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TarScanner
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL3RhclNjYW4udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogQSBwdXNoLWRyaXZlbiB0YXIgcmVhZGVyIGZvciB0aGUgbWVtYmVycyBpbnNpZGUgYSBwYWNrYWdlIChpbWFnZS50YXIsIG1ldGFkYXRhLnRhciwgdGhlIFhQQUsgdGFyYmFsbCkuXG4gKiBJdCB3YWxrcyBoZWFkZXJzICh1c3RhciwgR05VIGxvbmcgbmFtZXMsIHBheCkgYW5kIHNraXBzIGZpbGUgZGF0YSB3aXRob3V0IGNvcHlpbmcgaXQsIHNvIGxpc3RpbmcgYVxuICogbGFyZ2UgaW1hZ2UgY29zdHMgbGl0dGxlIG1vcmUgdGhhbiBkZWNvbXByZXNzaW5nIGl0LiBEYXRhIGlzIGtlcHQgb25seSBmb3IgZW50cmllcyB0aGUgY2FsbGVyIGFza3MgZm9yLlxuICovXG5pbXBvcnQgeyBCaW5wa2dGb3JtYXRFcnJvciwgTElNSVRTLCBkaXNwbGF5TmFtZSB9IGZyb20gJy4vc2FmZXR5JztcblxuZXhwb3J0IHR5cGUgVGFyRW50cnlUeXBlID0gJ2ZpbGUnIHwgJ2RpcicgfCAnc3ltbGluaycgfCAnaGFyZGxpbmsnIHwgJ2NoYXInIHwgJ2Jsb2NrJyB8ICdmaWZvJyB8ICdvdGhlcic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVGFyRW50cnkge1xuICBuYW1lOiBzdHJpbmc7XG4gIHR5cGU6IFRhckVudHJ5VHlwZTtcbiAgc2l6ZTogbnVtYmVyO1xuICBtb2RlOiBudW1iZXI7XG4gIHVpZDogbnVtYmVyO1xuICBnaWQ6IG51bWJlcjtcbiAgdW5hbWU6IHN0cmluZztcbiAgZ25hbWU6IHN0cmluZztcbiAgbXRpbWU6IG51bWJlcjtcbiAgbGlua25hbWU6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUYXJTY2FuT3B0aW9ucyB7XG4gIC8qKiBSZXR1cm4gYSBieXRlIGxpbWl0IHRvIHJlY2VpdmUgdGhlIGVudHJ5J3MgZGF0YSBpbiBvbkVudHJ5LCBvciB1bmRlZmluZWQgdG8gc2tpcCBpdC4gKi9cbiAga2VlcD86IChlOiBUYXJFbnRyeSkgPT4gbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBvbkVudHJ5OiAoZTogVGFyRW50cnksIGRhdGE/OiBCdWZmZXIpID0+IHZvaWQ7XG59XG5cbmNvbnN0IEJMT0NLID0gNTEyO1xuY29uc3QgVFlQRVM6IFJlY29yZDxzdHJpbmcsIFRhckVudHJ5VHlwZT4gPSB7XG4gICcwJzogJ2ZpbGUnLCAnXFwwJzogJ2ZpbGUnLCAnNyc6ICdmaWxlJywgJzEnOiAnaGFyZGxpbmsnLCAnMic6ICdzeW1saW5rJywgJzMnOiAnY2hhcicsICc0JzogJ2Jsb2NrJywgJzUnOiAnZGlyJywgJzYnOiAnZmlmbycsXG59O1xuXG5leHBvcnQgY2xhc3MgVGFyU2Nhbm5lciB7XG4gIHByaXZhdGUgaGVhZGVyID0gQnVmZmVyLmFsbG9jKEJMT0NLKTtcbiAgcHJpdmF0ZSBoZWFkZXJGaWxsID0gMDtcbiAgcHJpdmF0ZSByZW1haW5pbmcgPSAwOyAvLyBkYXRhIGJ5dGVzIG9mIHRoZSBjdXJyZW50IGVudHJ5IHN0aWxsIHRvIGNvbWVcbiAgcHJpdmF0ZSBwYWRkaW5nID0gMDtcbiAgcHJpdmF0ZSBjb2xsZWN0aW5nPzogeyBwYXJ0czogQnVmZmVyW107IGdvdDogbnVtYmVyOyBlbnRyeT86IFRhckVudHJ5OyBtZXRhPzogc3RyaW5nIH07XG4gIHByaXZhdGUgcGVuZGluZzogeyBwYXRoPzogc3RyaW5nOyBsaW5rcGF0aD86IHN0cmluZzsgc2l6ZT86IG51bWJlcjsgdW5hbWU/OiBzdHJpbmc7IGduYW1lPzogc3RyaW5nOyBtdGltZT86IG51bWJlciB9ID0ge307XG4gIHByaXZhdGUgb2Zmc2V0ID0gMDtcbiAgcHJpdmF0ZSB6ZXJvQmxvY2tzID0gMDtcbiAgcHJpdmF0ZSBmaW5pc2hlZCA9IGZhbHNlO1xuICBwcml2YXRlIGVudHJpZXMgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgZmlsZTogc3RyaW5nLCBwcml2YXRlIHJlYWRvbmx5IG9wdHM6IFRhclNjYW5PcHRpb25zKSB7fVxuXG4gIC8qKiBXaGV0aGVyIHRoZSBlbmQtb2YtYXJjaGl2ZSBtYXJrZXIgaGFzIGJlZW4gc2Vlbi4gKi9cbiAgZ2V0IGRvbmUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuZmluaXNoZWQ7XG4gIH1cblxuICBwdXNoKGNodW5rOiBVaW50OEFycmF5KTogdm9pZCB7XG4gICAgbGV0IGkgPSAwO1xuICAgIGNvbnN0IG4gPSBjaHVuay5sZW5ndGg7XG4gICAgd2hpbGUgKGkgPCBuICYmICF0aGlzLmZpbmlzaGVkKSB7XG4gICAgICBpZiAodGhpcy5yZW1haW5pbmcgPiAwKSB7XG4gICAgICAgIGNvbnN0IHRha2UgPSBNYXRoLm1pbih0aGlzLnJlbWFpbmluZywgbiAtIGkpO1xuICAgICAgICBpZiAodGhpcy5jb2xsZWN0aW5nKSB0aGlzLmNvbGxlY3QoY2h1bmsuc3ViYXJyYXkoaSwgaSArIHRha2UpKTtcbiAgICAgICAgdGhpcy5yZW1haW5pbmcgLT0gdGFrZTtcbiAgICAgICAgaSArPSB0YWtlO1xuICAgICAgICB0aGlzLm9mZnNldCArPSB0YWtlO1xuICAgICAgICBpZiAodGhpcy5yZW1haW5pbmcgPT09IDApIHRoaXMuZmluaXNoRGF0YSgpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGlmICh0aGlzLnBhZGRpbmcgPiAwKSB7XG4gICAgICAgIGNvbnN0IHRha2UgPSBNYXRoLm1pbih0aGlzLnBhZGRpbmcsIG4gLSBpKTtcbiAgICAgICAgdGhpcy5wYWRkaW5nIC09IHRha2U7XG4gICAgICAgIGkgKz0gdGFrZTtcbiAgICAgICAgdGhpcy5vZmZzZXQgKz0gdGFrZTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBjb25zdCB0YWtlID0gTWF0aC5taW4oQkxPQ0sgLSB0aGlzLmhlYWRlckZpbGwsIG4gLSBpKTtcbiAgICAgIHRoaXMuaGVhZGVyLnNldChjaHVuay5zdWJhcnJheShpLCBpICsgdGFrZSksIHRoaXMuaGVhZGVyRmlsbCk7XG4gICAgICB0aGlzLmhlYWRlckZpbGwgKz0gdGFrZTtcbiAgICAgIGkgKz0gdGFrZTtcbiAgICAgIGlmICh0aGlzLmhlYWRlckZpbGwgPT09IEJMT0NLKSB7XG4gICAgICAgIHRoaXMuaGVhZGVyRmlsbCA9IDA7XG4gICAgICAgIHRoaXMub25IZWFkZXIoKTtcbiAgICAgICAgdGhpcy5vZmZzZXQgKz0gQkxPQ0s7XG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgLyoqIFRoZSBpbnB1dCBlbmRlZDogZmFpbHMgaWYgaXQgc3RvcHBlZCBpbnNpZGUgYW4gZW50cnkuICovXG4gIGVuZCgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5maW5pc2hlZCkgcmV0dXJuO1xuICAgIGlmICh0aGlzLnJlbWFpbmluZyA+IDAgfHwgdGhpcy5oZWFkZXJGaWxsID4gMCB8fCB0aGlzLmNvbGxlY3RpbmcpIHtcbiAgICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcih0aGlzLmZpbGUsIGB0YXIgZGF0YSBlbmRzIGluIHRoZSBtaWRkbGUgb2YgYW4gZW50cnkgKGF0IGJ5dGUgJHt0aGlzLm9mZnNldH0pYCk7XG4gICAgfVxuICAgIHRoaXMuZmluaXNoZWQgPSB0cnVlOyAvLyBHTlUgdGFyIGFsc28gYWNjZXB0cyBhIG1pc3NpbmcgZW5kLW9mLWFyY2hpdmUgbWFya2VyXG4gIH1cblxuICBwcml2YXRlIGZhaWwoZGV0YWlsOiBzdHJpbmcpOiBuZXZlciB7XG4gICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHRoaXMuZmlsZSwgYCR7ZGV0YWlsfSAodGFyIGhlYWRlciBhdCBieXRlICR7dGhpcy5vZmZzZXR9KWApO1xuICB9XG5cbiAgcHJpdmF0ZSBvbkhlYWRlcigpOiB2b2lkIHtcbiAgICBjb25zdCBoID0gdGhpcy5oZWFkZXI7XG4gICAgaWYgKGlzWmVybyhoKSkge1xuICAgICAgaWYgKCsrdGhpcy56ZXJvQmxvY2tzID49IDIpIHRoaXMuZmluaXNoZWQgPSB0cnVlO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAodGhpcy56ZXJvQmxvY2tzKSB0aGlzLmZhaWwoJ2RhdGEgYWZ0ZXIgYW4gZW5kLW9mLWFyY2hpdmUgYmxvY2snKTtcbiAgICBpZiAoIWNoZWNrc3VtT2soaCkpIHRoaXMuZmFpbCgnYmFkIHRhciBoZWFkZXIgY2hlY2tzdW0nKTtcbiAgICBjb25zdCBmbGFnID0gU3RyaW5nLmZyb21DaGFyQ29kZShoWzE1Nl0pO1xuICAgIGNvbnN0IHNpemUgPSB0aGlzLnBlbmRpbmcuc2l6ZSA/PyBudW0oaCwgMTI0LCAxMiwgKCkgPT4gdGhpcy5mYWlsKCdiYWQgc2l6ZSBmaWVsZCcpKTtcbiAgICBpZiAoc2l6ZSA+IE51bWJlci5NQVhfU0FGRV9JTlRFR0VSKSB0aGlzLmZhaWwoJ2VudHJ5IHNpemUgdG9vIGxhcmdlJyk7XG4gICAgY29uc3QgcGFkZGVkID0gKEJMT0NLIC0gKHNpemUgJSBCTE9DSykpICUgQkxPQ0s7XG4gICAgaWYgKGZsYWcgPT09ICd4JyB8fCBmbGFnID09PSAnZycgfHwgZmxhZyA9PT0gJ0wnIHx8IGZsYWcgPT09ICdLJykge1xuICAgICAgaWYgKHNpemUgPiBMSU1JVFMuc21hbGxNZW1iZXJCeXRlcykgdGhpcy5mYWlsKGBleHRlbmRlZCBoZWFkZXIgb2YgJHtzaXplfSBieXRlc2ApO1xuICAgICAgdGhpcy5zdGFydERhdGEoc2l6ZSwgcGFkZGVkLCB7IHBhcnRzOiBbXSwgZ290OiAwLCBtZXRhOiBmbGFnIH0pO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoKyt0aGlzLmVudHJpZXMgPiBMSU1JVFMuaW1hZ2VFbnRyaWVzKSB0aGlzLmZhaWwoYG1vcmUgdGhhbiAke0xJTUlUUy5pbWFnZUVudHJpZXN9IGVudHJpZXNgKTtcbiAgICBjb25zdCB1c3RhciA9IGgudG9TdHJpbmcoJ2xhdGluMScsIDI1NywgMjYzKSA9PT0gJ3VzdGFyXFwwJztcbiAgICBjb25zdCBwcmVmaXggPSB1c3RhciA/IGNzdHIoaCwgMzQ1LCAxNTUpIDogJyc7XG4gICAgY29uc3QgcmF3TmFtZSA9IGNzdHIoaCwgMCwgMTAwKTtcbiAgICBjb25zdCBwID0gdGhpcy5wZW5kaW5nO1xuICAgIGNvbnN0IGVudHJ5OiBUYXJFbnRyeSA9IHtcbiAgICAgIG5hbWU6IHAucGF0aCA/PyAocHJlZml4ID8gYCR7cHJlZml4fS8ke3Jhd05hbWV9YCA6IHJhd05hbWUpLFxuICAgICAgdHlwZTogVFlQRVNbZmxhZ10gPz8gJ290aGVyJyxcbiAgICAgIHNpemUsXG4gICAgICBtb2RlOiBudW0oaCwgMTAwLCA4LCAoKSA9PiAwKSAmIDBvNzc3NyxcbiAgICAgIHVpZDogbnVtKGgsIDEwOCwgOCwgKCkgPT4gMCksXG4gICAgICBnaWQ6IG51bShoLCAxMTYsIDgsICgpID0+IDApLFxuICAgICAgdW5hbWU6IHAudW5hbWUgPz8gY3N0cihoLCAyNjUsIDMyKSxcbiAgICAgIGduYW1lOiBwLmduYW1lID8/IGNzdHIoaCwgMjk3LCAzMiksXG4gICAgICBtdGltZTogcC5tdGltZSA/PyBudW0oaCwgMTM2LCAxMiwgKCkgPT4gMCksXG4gICAgICBsaW5rbmFtZTogcC5saW5rcGF0aCA/PyBjc3RyKGgsIDE1NywgMTAwKSxcbiAgICB9O1xuICAgIHRoaXMucGVuZGluZyA9IHt9O1xuICAgIC8vIEhhcmQgbGlua3MsIGRldmljZXMgYW5kIGRpcmVjdG9yaWVzIGNhcnJ5IG5vIGRhdGEgd2hhdGV2ZXIgc2l6ZSB0aGV5IGNsYWltIChHTlUgdGFyIHNlbWFudGljcykuXG4gICAgY29uc3QgZGF0YVNpemUgPSBlbnRyeS50eXBlID09PSAnaGFyZGxpbmsnIHx8IGVudHJ5LnR5cGUgPT09ICdzeW1saW5rJyB8fCBlbnRyeS50eXBlID09PSAnZGlyJyA/IDAgOiBzaXplO1xuICAgIGlmIChlbnRyeS50eXBlID09PSAnaGFyZGxpbmsnIHx8IGVudHJ5LnR5cGUgPT09ICdzeW1saW5rJyB8fCBlbnRyeS50eXBlID09PSAnZGlyJykgZW50cnkuc2l6ZSA9IDA7XG4gICAgY29uc3Qga2VlcCA9IHRoaXMub3B0cy5rZWVwPy4oZW50cnkpO1xuICAgIGlmIChrZWVwICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmIChkYXRhU2l6ZSA+IGtlZXApIHRoaXMuZmFpbChgZW50cnkgXCIke2Rpc3BsYXlOYW1lKGVudHJ5Lm5hbWUpfVwiIGRlY2xhcmVzICR7ZGF0YVNpemV9IGJ5dGVzLCBtb3JlIHRoYW4gdGhlICR7a2VlcH0gYWxsb3dlZGApO1xuICAgICAgdGhpcy5zdGFydERhdGEoZGF0YVNpemUsIChCTE9DSyAtIChkYXRhU2l6ZSAlIEJMT0NLKSkgJSBCTE9DSywgeyBwYXJ0czogW10sIGdvdDogMCwgZW50cnkgfSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIHRoaXMub3B0cy5vbkVudHJ5KGVudHJ5KTtcbiAgICB0aGlzLnN0YXJ0RGF0YShkYXRhU2l6ZSwgKEJMT0NLIC0gKGRhdGFTaXplICUgQkxPQ0spKSAlIEJMT0NLLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgcHJpdmF0ZSBzdGFydERhdGEoc2l6ZTogbnVtYmVyLCBwYWRkaW5nOiBudW1iZXIsIGNvbGxlY3Rpbmc6IFRhclNjYW5uZXJbJ2NvbGxlY3RpbmcnXSk6IHZvaWQge1xuICAgIHRoaXMucmVtYWluaW5nID0gc2l6ZTtcbiAgICB0aGlzLnBhZGRpbmcgPSBwYWRkaW5nO1xuICAgIHRoaXMuY29sbGVjdGluZyA9IGNvbGxlY3Rpbmc7XG4gICAgaWYgKHNpemUgPT09IDApIHRoaXMuZmluaXNoRGF0YSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBjb2xsZWN0KHBhcnQ6IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICBjb25zdCBjID0gdGhpcy5jb2xsZWN0aW5nITtcbiAgICBjLnBhcnRzLnB1c2goQnVmZmVyLmZyb20ocGFydCkpO1xuICAgIGMuZ290ICs9IHBhcnQubGVuZ3RoO1xuICB9XG5cbiAgcHJpdmF0ZSBmaW5pc2hEYXRhKCk6IHZvaWQge1xuICAgIGNvbnN0IGMgPSB0aGlzLmNvbGxlY3Rpbmc7XG4gICAgaWYgKCFjKSByZXR1cm47XG4gICAgdGhpcy5jb2xsZWN0aW5nID0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGRhdGEgPSBCdWZmZXIuY29uY2F0KGMucGFydHMsIGMuZ290KTtcbiAgICBpZiAoYy5lbnRyeSkge1xuICAgICAgdGhpcy5vcHRzLm9uRW50cnkoYy5lbnRyeSwgZGF0YSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChjLm1ldGEgPT09ICdMJykgdGhpcy5wZW5kaW5nLnBhdGggPSBjc3RyKGRhdGEsIDAsIGRhdGEubGVuZ3RoKTtcbiAgICBlbHNlIGlmIChjLm1ldGEgPT09ICdLJykgdGhpcy5wZW5kaW5nLmxpbmtwYXRoID0gY3N0cihkYXRhLCAwLCBkYXRhLmxlbmd0aCk7XG4gICAgZWxzZSBpZiAoYy5tZXRhID09PSAneCcpIHRoaXMuYXBwbHlQYXgoZGF0YSk7XG4gIH1cblxuICBwcml2YXRlIGFwcGx5UGF4KGRhdGE6IEJ1ZmZlcik6IHZvaWQge1xuICAgIGxldCBpID0gMDtcbiAgICB3aGlsZSAoaSA8IGRhdGEubGVuZ3RoKSB7XG4gICAgICBjb25zdCBzcCA9IGRhdGEuaW5kZXhPZigweDIwLCBpKTtcbiAgICAgIGlmIChzcCA8IDApIHRoaXMuZmFpbCgnbWFsZm9ybWVkIHBheCBoZWFkZXInKTtcbiAgICAgIGNvbnN0IGxlbiA9IE51bWJlcihkYXRhLnRvU3RyaW5nKCdsYXRpbjEnLCBpLCBzcCkpO1xuICAgICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGxlbikgfHwgbGVuIDw9IHNwIC0gaSArIDEgfHwgaSArIGxlbiA+IGRhdGEubGVuZ3RoKSB0aGlzLmZhaWwoJ21hbGZvcm1lZCBwYXggcmVjb3JkIGxlbmd0aCcpO1xuICAgICAgY29uc3QgcmVjID0gZGF0YS50b1N0cmluZygndXRmOCcsIHNwICsgMSwgaSArIGxlbiAtIDEpO1xuICAgICAgY29uc3QgZXEgPSByZWMuaW5kZXhPZignPScpO1xuICAgICAgaWYgKGVxIDwgMCkgdGhpcy5mYWlsKCdtYWxmb3JtZWQgcGF4IHJlY29yZCcpO1xuICAgICAgY29uc3Qga2V5ID0gcmVjLnNsaWNlKDAsIGVxKTtcbiAgICAgIGNvbnN0IHZhbHVlID0gcmVjLnNsaWNlKGVxICsgMSk7XG4gICAgICBpZiAoa2V5ID09PSAncGF0aCcpIHRoaXMucGVuZGluZy5wYXRoID0gdmFsdWU7XG4gICAgICBlbHNlIGlmIChrZXkgPT09ICdsaW5rcGF0aCcpIHRoaXMucGVuZGluZy5saW5rcGF0aCA9IHZhbHVlO1xuICAgICAgZWxzZSBpZiAoa2V5ID09PSAndW5hbWUnKSB0aGlzLnBlbmRpbmcudW5hbWUgPSB2YWx1ZTtcbiAgICAgIGVsc2UgaWYgKGtleSA9PT0gJ2duYW1lJykgdGhpcy5wZW5kaW5nLmduYW1lID0gdmFsdWU7XG4gICAgICBlbHNlIGlmIChrZXkgPT09ICdtdGltZScpIHRoaXMucGVuZGluZy5tdGltZSA9IE1hdGguZmxvb3IoTnVtYmVyKHZhbHVlKSkgfHwgMDtcbiAgICAgIGVsc2UgaWYgKGtleSA9PT0gJ3NpemUnKSB7XG4gICAgICAgIGNvbnN0IHMgPSBOdW1iZXIodmFsdWUpO1xuICAgICAgICBpZiAoIS9eXFxkKyQvLnRlc3QodmFsdWUpIHx8ICFOdW1iZXIuaXNTYWZlSW50ZWdlcihzKSkgdGhpcy5mYWlsKCdtYWxmb3JtZWQgcGF4IHNpemUnKTtcbiAgICAgICAgdGhpcy5wZW5kaW5nLnNpemUgPSBzO1xuICAgICAgfVxuICAgICAgaSArPSBsZW47XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIGlzWmVybyhiOiBCdWZmZXIpOiBib29sZWFuIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBCTE9DSzsgaSsrKSBpZiAoYltpXSAhPT0gMCkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuZnVuY3Rpb24gY2hlY2tzdW1PayhoOiBCdWZmZXIpOiBib29sZWFuIHtcbiAgbGV0IHVuc2lnbmVkID0gMDtcbiAgbGV0IHNpZ25lZCA9IDA7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgQkxPQ0s7IGkrKykge1xuICAgIGNvbnN0IHYgPSBpID49IDE0OCAmJiBpIDwgMTU2ID8gMHgyMCA6IGhbaV07XG4gICAgdW5zaWduZWQgKz0gdjtcbiAgICBzaWduZWQgKz0gdiA+IDEyNyA/IHYgLSAyNTYgOiB2O1xuICB9XG4gIGNvbnN0IHdhbnQgPSBudW0oaCwgMTQ4LCA4LCAoKSA9PiAtMSk7XG4gIHJldHVybiB3YW50ID09PSB1bnNpZ25lZCB8fCB3YW50ID09PSBzaWduZWQ7XG59XG5cbmZ1bmN0aW9uIGNzdHIoYjogQnVmZmVyLCBvZmY6IG51bWJlciwgbGVuOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBlbmQgPSBiLmluZGV4T2YoMCwgb2ZmKTtcbiAgcmV0dXJuIGIudG9TdHJpbmcoJ3V0ZjgnLCBvZmYsIGVuZCA8IDAgfHwgZW5kID4gb2ZmICsgbGVuID8gb2ZmICsgbGVuIDogZW5kKTtcbn1cblxuLyoqIE9jdGFsIHRleHQgKE5VTC9zcGFjZSB0ZXJtaW5hdGVkKSBvciBHTlUgYmFzZS0yNTYuICovXG5mdW5jdGlvbiBudW0oYjogQnVmZmVyLCBvZmY6IG51bWJlciwgbGVuOiBudW1iZXIsIGJhZDogKCkgPT4gbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKGJbb2ZmXSAmIDB4ODApIHtcbiAgICBsZXQgdiA9IGJbb2ZmXSAmIDB4N2Y7XG4gICAgZm9yIChsZXQgaSA9IDE7IGkgPCBsZW47IGkrKykgdiA9IHYgKiAyNTYgKyBiW29mZiArIGldO1xuICAgIHJldHVybiB2O1xuICB9XG4gIGxldCB2ID0gMDtcbiAgbGV0IGkgPSBvZmY7XG4gIGNvbnN0IGVuZCA9IG9mZiArIGxlbjtcbiAgd2hpbGUgKGkgPCBlbmQgJiYgYltpXSA9PT0gMHgyMCkgaSsrO1xuICBsZXQgZGlnaXRzID0gMDtcbiAgZm9yICg7IGkgPCBlbmQ7IGkrKykge1xuICAgIGNvbnN0IGMgPSBiW2ldO1xuICAgIGlmIChjID09PSAwIHx8IGMgPT09IDB4MjApIGJyZWFrO1xuICAgIGlmIChjIDwgMHgzMCB8fCBjID4gMHgzNykgcmV0dXJuIGJhZCgpO1xuICAgIHYgPSB2ICogOCArIChjIC0gMHgzMCk7XG4gICAgZGlnaXRzKys7XG4gIH1cbiAgcmV0dXJuIGRpZ2l0cyA/IHYgOiAwO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLG9CQUF1RDtBQXVCdkQsTUFBTSxRQUFRO0FBQ2QsTUFBTSxRQUFzQztBQUFBLEVBQzFDLEtBQUs7QUFBQSxFQUFRLE1BQU07QUFBQSxFQUFRLEtBQUs7QUFBQSxFQUFRLEtBQUs7QUFBQSxFQUFZLEtBQUs7QUFBQSxFQUFXLEtBQUs7QUFBQSxFQUFRLEtBQUs7QUFBQSxFQUFTLEtBQUs7QUFBQSxFQUFPLEtBQUs7QUFDdkg7QUFFTyxNQUFNLFdBQVc7QUFBQSxFQVl0QixZQUE2QixNQUErQixNQUFzQjtBQUFyRDtBQUErQjtBQUFBLEVBQXVCO0FBQUEsRUFBdEQ7QUFBQSxFQUErQjtBQUFBLEVBWHBELFNBQVMsT0FBTyxNQUFNLEtBQUs7QUFBQSxFQUMzQixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUE7QUFBQSxFQUNaLFVBQVU7QUFBQSxFQUNWO0FBQUEsRUFDQSxVQUErRyxDQUFDO0FBQUEsRUFDaEgsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBO0FBQUEsRUFLbEIsSUFBSSxPQUFnQjtBQUNsQixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxLQUFLLE9BQXlCO0FBQzVCLFFBQUksSUFBSTtBQUNSLFVBQU0sSUFBSSxNQUFNO0FBQ2hCLFdBQU8sSUFBSSxLQUFLLENBQUMsS0FBSyxVQUFVO0FBQzlCLFVBQUksS0FBSyxZQUFZLEdBQUc7QUFDdEIsY0FBTUEsUUFBTyxLQUFLLElBQUksS0FBSyxXQUFXLElBQUksQ0FBQztBQUMzQyxZQUFJLEtBQUssV0FBWSxNQUFLLFFBQVEsTUFBTSxTQUFTLEdBQUcsSUFBSUEsS0FBSSxDQUFDO0FBQzdELGFBQUssYUFBYUE7QUFDbEIsYUFBS0E7QUFDTCxhQUFLLFVBQVVBO0FBQ2YsWUFBSSxLQUFLLGNBQWMsRUFBRyxNQUFLLFdBQVc7QUFDMUM7QUFBQSxNQUNGO0FBQ0EsVUFBSSxLQUFLLFVBQVUsR0FBRztBQUNwQixjQUFNQSxRQUFPLEtBQUssSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQ3pDLGFBQUssV0FBV0E7QUFDaEIsYUFBS0E7QUFDTCxhQUFLLFVBQVVBO0FBQ2Y7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLEtBQUssSUFBSSxRQUFRLEtBQUssWUFBWSxJQUFJLENBQUM7QUFDcEQsV0FBSyxPQUFPLElBQUksTUFBTSxTQUFTLEdBQUcsSUFBSSxJQUFJLEdBQUcsS0FBSyxVQUFVO0FBQzVELFdBQUssY0FBYztBQUNuQixXQUFLO0FBQ0wsVUFBSSxLQUFLLGVBQWUsT0FBTztBQUM3QixhQUFLLGFBQWE7QUFDbEIsYUFBSyxTQUFTO0FBQ2QsYUFBSyxVQUFVO0FBQUEsTUFDakI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxNQUFZO0FBQ1YsUUFBSSxLQUFLLFNBQVU7QUFDbkIsUUFBSSxLQUFLLFlBQVksS0FBSyxLQUFLLGFBQWEsS0FBSyxLQUFLLFlBQVk7QUFDaEUsWUFBTSxJQUFJLGdDQUFrQixLQUFLLE1BQU0sb0RBQW9ELEtBQUssTUFBTSxHQUFHO0FBQUEsSUFDM0c7QUFDQSxTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUFBLEVBRVEsS0FBSyxRQUF1QjtBQUNsQyxVQUFNLElBQUksZ0NBQWtCLEtBQUssTUFBTSxHQUFHLE1BQU0sd0JBQXdCLEtBQUssTUFBTSxHQUFHO0FBQUEsRUFDeEY7QUFBQSxFQUVRLFdBQWlCO0FBQ3ZCLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFVBQUksRUFBRSxLQUFLLGNBQWMsRUFBRyxNQUFLLFdBQVc7QUFDNUM7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLFdBQVksTUFBSyxLQUFLLG9DQUFvQztBQUNuRSxRQUFJLENBQUMsV0FBVyxDQUFDLEVBQUcsTUFBSyxLQUFLLHlCQUF5QjtBQUN2RCxVQUFNLE9BQU8sT0FBTyxhQUFhLEVBQUUsR0FBRyxDQUFDO0FBQ3ZDLFVBQU0sT0FBTyxLQUFLLFFBQVEsUUFBUSxJQUFJLEdBQUcsS0FBSyxJQUFJLE1BQU0sS0FBSyxLQUFLLGdCQUFnQixDQUFDO0FBQ25GLFFBQUksT0FBTyxPQUFPLGlCQUFrQixNQUFLLEtBQUssc0JBQXNCO0FBQ3BFLFVBQU0sVUFBVSxRQUFTLE9BQU8sU0FBVTtBQUMxQyxRQUFJLFNBQVMsT0FBTyxTQUFTLE9BQU8sU0FBUyxPQUFPLFNBQVMsS0FBSztBQUNoRSxVQUFJLE9BQU8scUJBQU8saUJBQWtCLE1BQUssS0FBSyxzQkFBc0IsSUFBSSxRQUFRO0FBQ2hGLFdBQUssVUFBVSxNQUFNLFFBQVEsRUFBRSxPQUFPLENBQUMsR0FBRyxLQUFLLEdBQUcsTUFBTSxLQUFLLENBQUM7QUFDOUQ7QUFBQSxJQUNGO0FBQ0EsUUFBSSxFQUFFLEtBQUssVUFBVSxxQkFBTyxhQUFjLE1BQUssS0FBSyxhQUFhLHFCQUFPLFlBQVksVUFBVTtBQUM5RixVQUFNLFFBQVEsRUFBRSxTQUFTLFVBQVUsS0FBSyxHQUFHLE1BQU07QUFDakQsVUFBTSxTQUFTLFFBQVEsS0FBSyxHQUFHLEtBQUssR0FBRyxJQUFJO0FBQzNDLFVBQU0sVUFBVSxLQUFLLEdBQUcsR0FBRyxHQUFHO0FBQzlCLFVBQU0sSUFBSSxLQUFLO0FBQ2YsVUFBTSxRQUFrQjtBQUFBLE1BQ3RCLE1BQU0sRUFBRSxTQUFTLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLO0FBQUEsTUFDbkQsTUFBTSxNQUFNLElBQUksS0FBSztBQUFBLE1BQ3JCO0FBQUEsTUFDQSxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDLElBQUk7QUFBQSxNQUNoQyxLQUFLLElBQUksR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDO0FBQUEsTUFDM0IsS0FBSyxJQUFJLEdBQUcsS0FBSyxHQUFHLE1BQU0sQ0FBQztBQUFBLE1BQzNCLE9BQU8sRUFBRSxTQUFTLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUNqQyxPQUFPLEVBQUUsU0FBUyxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDakMsT0FBTyxFQUFFLFNBQVMsSUFBSSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUM7QUFBQSxNQUN6QyxVQUFVLEVBQUUsWUFBWSxLQUFLLEdBQUcsS0FBSyxHQUFHO0FBQUEsSUFDMUM7QUFDQSxTQUFLLFVBQVUsQ0FBQztBQUVoQixVQUFNLFdBQVcsTUFBTSxTQUFTLGNBQWMsTUFBTSxTQUFTLGFBQWEsTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUNyRyxRQUFJLE1BQU0sU0FBUyxjQUFjLE1BQU0sU0FBUyxhQUFhLE1BQU0sU0FBUyxNQUFPLE9BQU0sT0FBTztBQUNoRyxVQUFNLE9BQU8sS0FBSyxLQUFLLE9BQU8sS0FBSztBQUNuQyxRQUFJLFNBQVMsUUFBVztBQUN0QixVQUFJLFdBQVcsS0FBTSxNQUFLLEtBQUssY0FBVSwyQkFBWSxNQUFNLElBQUksQ0FBQyxjQUFjLFFBQVEseUJBQXlCLElBQUksVUFBVTtBQUM3SCxXQUFLLFVBQVUsV0FBVyxRQUFTLFdBQVcsU0FBVSxPQUFPLEVBQUUsT0FBTyxDQUFDLEdBQUcsS0FBSyxHQUFHLE1BQU0sQ0FBQztBQUMzRjtBQUFBLElBQ0Y7QUFDQSxTQUFLLEtBQUssUUFBUSxLQUFLO0FBQ3ZCLFNBQUssVUFBVSxXQUFXLFFBQVMsV0FBVyxTQUFVLE9BQU8sTUFBUztBQUFBLEVBQzFFO0FBQUEsRUFFUSxVQUFVLE1BQWMsU0FBaUIsWUFBNEM7QUFDM0YsU0FBSyxZQUFZO0FBQ2pCLFNBQUssVUFBVTtBQUNmLFNBQUssYUFBYTtBQUNsQixRQUFJLFNBQVMsRUFBRyxNQUFLLFdBQVc7QUFBQSxFQUNsQztBQUFBLEVBRVEsUUFBUSxNQUF3QjtBQUN0QyxVQUFNLElBQUksS0FBSztBQUNmLE1BQUUsTUFBTSxLQUFLLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDOUIsTUFBRSxPQUFPLEtBQUs7QUFBQSxFQUNoQjtBQUFBLEVBRVEsYUFBbUI7QUFDekIsVUFBTSxJQUFJLEtBQUs7QUFDZixRQUFJLENBQUMsRUFBRztBQUNSLFNBQUssYUFBYTtBQUNsQixVQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUUsT0FBTyxFQUFFLEdBQUc7QUFDekMsUUFBSSxFQUFFLE9BQU87QUFDWCxXQUFLLEtBQUssUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUMvQjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEVBQUUsU0FBUyxJQUFLLE1BQUssUUFBUSxPQUFPLEtBQUssTUFBTSxHQUFHLEtBQUssTUFBTTtBQUFBLGFBQ3hELEVBQUUsU0FBUyxJQUFLLE1BQUssUUFBUSxXQUFXLEtBQUssTUFBTSxHQUFHLEtBQUssTUFBTTtBQUFBLGFBQ2pFLEVBQUUsU0FBUyxJQUFLLE1BQUssU0FBUyxJQUFJO0FBQUEsRUFDN0M7QUFBQSxFQUVRLFNBQVMsTUFBb0I7QUFDbkMsUUFBSSxJQUFJO0FBQ1IsV0FBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixZQUFNLEtBQUssS0FBSyxRQUFRLElBQU0sQ0FBQztBQUMvQixVQUFJLEtBQUssRUFBRyxNQUFLLEtBQUssc0JBQXNCO0FBQzVDLFlBQU0sTUFBTSxPQUFPLEtBQUssU0FBUyxVQUFVLEdBQUcsRUFBRSxDQUFDO0FBQ2pELFVBQUksQ0FBQyxPQUFPLFVBQVUsR0FBRyxLQUFLLE9BQU8sS0FBSyxJQUFJLEtBQUssSUFBSSxNQUFNLEtBQUssT0FBUSxNQUFLLEtBQUssNkJBQTZCO0FBQ2pILFlBQU0sTUFBTSxLQUFLLFNBQVMsUUFBUSxLQUFLLEdBQUcsSUFBSSxNQUFNLENBQUM7QUFDckQsWUFBTSxLQUFLLElBQUksUUFBUSxHQUFHO0FBQzFCLFVBQUksS0FBSyxFQUFHLE1BQUssS0FBSyxzQkFBc0I7QUFDNUMsWUFBTSxNQUFNLElBQUksTUFBTSxHQUFHLEVBQUU7QUFDM0IsWUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLENBQUM7QUFDOUIsVUFBSSxRQUFRLE9BQVEsTUFBSyxRQUFRLE9BQU87QUFBQSxlQUMvQixRQUFRLFdBQVksTUFBSyxRQUFRLFdBQVc7QUFBQSxlQUM1QyxRQUFRLFFBQVMsTUFBSyxRQUFRLFFBQVE7QUFBQSxlQUN0QyxRQUFRLFFBQVMsTUFBSyxRQUFRLFFBQVE7QUFBQSxlQUN0QyxRQUFRLFFBQVMsTUFBSyxRQUFRLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSyxDQUFDLEtBQUs7QUFBQSxlQUNuRSxRQUFRLFFBQVE7QUFDdkIsY0FBTSxJQUFJLE9BQU8sS0FBSztBQUN0QixZQUFJLENBQUMsUUFBUSxLQUFLLEtBQUssS0FBSyxDQUFDLE9BQU8sY0FBYyxDQUFDLEVBQUcsTUFBSyxLQUFLLG9CQUFvQjtBQUNwRixhQUFLLFFBQVEsT0FBTztBQUFBLE1BQ3RCO0FBQ0EsV0FBSztBQUFBLElBQ1A7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sR0FBb0I7QUFDbEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFHLFFBQU87QUFDdkQsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLEdBQW9CO0FBQ3RDLE1BQUksV0FBVztBQUNmLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxLQUFLO0FBQzlCLFVBQU0sSUFBSSxLQUFLLE9BQU8sSUFBSSxNQUFNLEtBQU8sRUFBRSxDQUFDO0FBQzFDLGdCQUFZO0FBQ1osY0FBVSxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQUEsRUFDaEM7QUFDQSxRQUFNLE9BQU8sSUFBSSxHQUFHLEtBQUssR0FBRyxNQUFNLEVBQUU7QUFDcEMsU0FBTyxTQUFTLFlBQVksU0FBUztBQUN2QztBQUVBLFNBQVMsS0FBSyxHQUFXLEtBQWEsS0FBcUI7QUFDekQsUUFBTSxNQUFNLEVBQUUsUUFBUSxHQUFHLEdBQUc7QUFDNUIsU0FBTyxFQUFFLFNBQVMsUUFBUSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sR0FBRztBQUM3RTtBQUdBLFNBQVMsSUFBSSxHQUFXLEtBQWEsS0FBYSxLQUEyQjtBQUMzRSxNQUFJLEVBQUUsR0FBRyxJQUFJLEtBQU07QUFDakIsUUFBSUMsS0FBSSxFQUFFLEdBQUcsSUFBSTtBQUNqQixhQUFTQyxLQUFJLEdBQUdBLEtBQUksS0FBS0EsS0FBSyxDQUFBRCxLQUFJQSxLQUFJLE1BQU0sRUFBRSxNQUFNQyxFQUFDO0FBQ3JELFdBQU9EO0FBQUEsRUFDVDtBQUNBLE1BQUksSUFBSTtBQUNSLE1BQUksSUFBSTtBQUNSLFFBQU0sTUFBTSxNQUFNO0FBQ2xCLFNBQU8sSUFBSSxPQUFPLEVBQUUsQ0FBQyxNQUFNLEdBQU07QUFDakMsTUFBSSxTQUFTO0FBQ2IsU0FBTyxJQUFJLEtBQUssS0FBSztBQUNuQixVQUFNLElBQUksRUFBRSxDQUFDO0FBQ2IsUUFBSSxNQUFNLEtBQUssTUFBTSxHQUFNO0FBQzNCLFFBQUksSUFBSSxNQUFRLElBQUksR0FBTSxRQUFPLElBQUk7QUFDckMsUUFBSSxJQUFJLEtBQUssSUFBSTtBQUNqQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLFNBQVMsSUFBSTtBQUN0QjsiLAogICJuYW1lcyI6IFsidGFrZSIsICJ2IiwgImkiXQp9Cg==
