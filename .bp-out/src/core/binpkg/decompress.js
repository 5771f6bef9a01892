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
var decompress_exports = {};
__export(decompress_exports, {
  SUFFIX: () => SUFFIX,
  decompressBuffer: () => decompressBuffer,
  decompressStream: () => decompressStream,
  detectCompression: () => detectCompression,
  zstdFrameWindow: () => zstdFrameWindow
});
module.exports = __toCommonJS(decompress_exports);
var import_node_stream = require("node:stream");
var import_node_zlib = require("node:zlib");
var import_fzstd = require("fzstd");
var import_safety = require("./safety");
var import_bzip2Stream = require("./bzip2Stream");
var import_lz4Frame = require("./lz4Frame");
function detectCompression(head) {
  const b = (i) => head[i];
  if (b(0) === 40 && b(1) === 181 && b(2) === 47 && b(3) === 253) return "zstd";
  if (b(0) === 66 && b(1) === 90 && b(2) === 104 && b(3) >= 49 && b(3) <= 57) return "bzip2";
  if (b(0) === 253 && b(1) === 55 && b(2) === 122 && b(3) === 88 && b(4) === 90 && b(5) === 0) return "xz";
  if (b(0) === 31 && b(1) === 139) return "gzip";
  if (b(0) === 4 && b(1) === 34 && b(2) === 77 && b(3) === 24) return "lz4";
  if (head.length >= 262 && Buffer.from(head.subarray(257, 262)).toString("latin1") === "ustar") return "none";
  return void 0;
}
const SUFFIX = { zstd: ".zst", bzip2: ".bz2", xz: ".xz", gzip: ".gz", lz4: ".lz4", none: "" };
function wrap(file, kind, e) {
  if (e instanceof import_safety.BinpkgFormatError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new import_safety.BinpkgFormatError(file, `corrupt ${kind} data: ${msg}`);
}
async function* decompressStream(kind, source, file) {
  try {
    switch (kind) {
      case "none":
        yield* source;
        return;
      case "zstd":
        yield* zstdStream(source);
        return;
      case "bzip2":
        yield* (0, import_bzip2Stream.bunzip2Stream)(source, file);
        return;
      case "lz4":
        yield* (0, import_lz4Frame.lz4FrameStream)(source, file);
        return;
      case "gzip":
        yield* throughNode(source, (0, import_node_zlib.createGunzip)());
        return;
      case "xz":
        yield* xzStream(source);
        return;
    }
  } catch (e) {
    throw wrap(file, kind, e);
  }
}
async function decompressBuffer(kind, data, file, maxBytes) {
  const parts = [];
  let got = 0;
  for await (const c of decompressStream(kind, once(data), file)) {
    got += c.length;
    if (got > maxBytes) throw new import_safety.BinpkgFormatError(file, `decompresses to more than ${maxBytes} bytes`);
    parts.push(c);
  }
  return Buffer.concat(parts, got);
}
async function* once(data) {
  yield data;
}
const ZSTD_MAX_WINDOW = 1 << 27;
function zstdFrameWindow(h, final) {
  if (h.length < 4) return final ? 0 : void 0;
  const magic = (h[0] | h[1] << 8 | h[2] << 16 | h[3] << 24) >>> 0;
  if ((magic & 4294967280) === 407710288) return 0;
  if (magic !== 4247762216) return 0;
  if (h.length < 18 && !final) return void 0;
  const flg = h[4];
  const single = flg >> 5 & 1;
  const fcf = flg >> 6;
  if (!single) {
    const wd = h[5] ?? 0;
    const base = 2 ** (10 + (wd >> 3));
    return base + base / 8 * (wd & 7);
  }
  const dictBytes = [0, 1, 2, 4][flg & 3];
  const sizeBytes = fcf ? 1 << fcf : 1;
  let size = 0;
  for (let i = sizeBytes - 1; i >= 0; i--) size = size * 256 + (h[5 + dictBytes + i] ?? 0);
  return size + (fcf === 1 ? 256 : 0);
}
async function* zstdStream(source) {
  let out = [];
  const d = new import_fzstd.Decompress((chunk) => {
    if (chunk.length) out.push(chunk);
  });
  const push = import_fzstd.Decompress.prototype.push;
  d.push = (chunk, final) => {
    if (typeof d.s !== "object" || d.s === null) {
      const skip = typeof d.s === "number" ? Math.min(d.s, chunk.length) : 0;
      const head = Buffer.concat([...skip ? [] : d.c, chunk.subarray(skip)]).subarray(0, 32);
      const ws = zstdFrameWindow(head, !!final);
      if (ws !== void 0 && ws > ZSTD_MAX_WINDOW) throw new Error(`a frame asks for a ${Math.round(ws / 2 ** 20)} MiB window, above zstd's default 128 MiB limit`);
    }
    push.call(d, chunk, final);
  };
  let any = false;
  for await (const c of source) {
    if (!c.length) continue;
    any = true;
    d.push(c);
    if (out.length) {
      const ready = out;
      out = [];
      yield* ready;
    }
  }
  if (!any) throw new Error("empty stream");
  d.push(new Uint8Array(0), true);
  yield* out;
}
async function* throughNode(source, transform) {
  const input = import_node_stream.Readable.from(source, { objectMode: false });
  let failure;
  (0, import_node_stream.pipeline)(input, transform, (err) => {
    if (err) failure = err;
  });
  for await (const c of transform) yield c;
  if (failure) throw failure;
}
async function* xzStream(source) {
  const { XzReadableStream } = require("xz-decompress");
  const web = import_node_stream.Readable.toWeb(import_node_stream.Readable.from(source, { objectMode: false }));
  const reader = new XzReadableStream(web).getReader();
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value?.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SUFFIX,
  decompressBuffer,
  decompressStream,
  detectCompression,
  zstdFrameWindow
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2RlY29tcHJlc3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU3RyZWFtaW5nIGRlY29tcHJlc3Npb24gb2YgcGFja2FnZSBtZW1iZXJzLCBjaG9zZW4gYnkgbWFnaWMgYnl0ZXMgKGEgYC50YnoyYCB1c3VhbGx5IGhvbGRzIHpzdGQpLlxuICogenN0ZDogZnpzdGQ7IGJ6aXAyOiBzZWVrLWJ6aXAgZHJpdmVuIG9uZSBibG9jayBhdCBhIHRpbWU7IHh6OiB4ei1kZWNvbXByZXNzICh3YXNtKTsgZ3ppcDogbm9kZTp6bGliO1xuICogbHo0OiB0aGUgZnJhbWUgZm9ybWF0IGRlY29kZWQgaGVyZSAoc2VlIGx6NEZyYW1lLnRzKS4gRXZlcnkgZmFpbHVyZSBiZWNvbWVzIGEgQmlucGtnRm9ybWF0RXJyb3IuXG4gKi9cbmltcG9ydCB7IFJlYWRhYmxlLCBwaXBlbGluZSB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCB7IGNyZWF0ZUd1bnppcCB9IGZyb20gJ25vZGU6emxpYic7XG5pbXBvcnQgeyBEZWNvbXByZXNzIGFzIFpzdGREZWNvbXByZXNzIH0gZnJvbSAnZnpzdGQnO1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5pbXBvcnQgeyBidW56aXAyU3RyZWFtIH0gZnJvbSAnLi9iemlwMlN0cmVhbSc7XG5pbXBvcnQgeyBsejRGcmFtZVN0cmVhbSB9IGZyb20gJy4vbHo0RnJhbWUnO1xuXG5leHBvcnQgdHlwZSBDb21wcmVzc2lvbiA9ICd6c3RkJyB8ICdiemlwMicgfCAneHonIHwgJ2d6aXAnIHwgJ2x6NCcgfCAnbm9uZSc7XG5cbi8qKiBUaGUgY29tcHJlc3Npb24gb2YgYSBtZW1iZXIgZnJvbSBpdHMgZmlyc3QgYnl0ZXM7IHVuZGVmaW5lZCB3aGVuIHVua25vd24gKGx6aXAsIGx6b3AsIGJyb3RsaSwgZ2FyYmFnZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZGV0ZWN0Q29tcHJlc3Npb24oaGVhZDogVWludDhBcnJheSk6IENvbXByZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYiA9IChpOiBudW1iZXIpID0+IGhlYWRbaV07XG4gIGlmIChiKDApID09PSAweDI4ICYmIGIoMSkgPT09IDB4YjUgJiYgYigyKSA9PT0gMHgyZiAmJiBiKDMpID09PSAweGZkKSByZXR1cm4gJ3pzdGQnO1xuICBpZiAoYigwKSA9PT0gMHg0MiAmJiBiKDEpID09PSAweDVhICYmIGIoMikgPT09IDB4NjggJiYgYigzKSA+PSAweDMxICYmIGIoMykgPD0gMHgzOSkgcmV0dXJuICdiemlwMic7XG4gIGlmIChiKDApID09PSAweGZkICYmIGIoMSkgPT09IDB4MzcgJiYgYigyKSA9PT0gMHg3YSAmJiBiKDMpID09PSAweDU4ICYmIGIoNCkgPT09IDB4NWEgJiYgYig1KSA9PT0gMCkgcmV0dXJuICd4eic7XG4gIGlmIChiKDApID09PSAweDFmICYmIGIoMSkgPT09IDB4OGIpIHJldHVybiAnZ3ppcCc7XG4gIGlmIChiKDApID09PSAweDA0ICYmIGIoMSkgPT09IDB4MjIgJiYgYigyKSA9PT0gMHg0ZCAmJiBiKDMpID09PSAweDE4KSByZXR1cm4gJ2x6NCc7XG4gIGlmIChoZWFkLmxlbmd0aCA+PSAyNjIgJiYgQnVmZmVyLmZyb20oaGVhZC5zdWJhcnJheSgyNTcsIDI2MikpLnRvU3RyaW5nKCdsYXRpbjEnKSA9PT0gJ3VzdGFyJykgcmV0dXJuICdub25lJztcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFRoZSBuYW1lIFBvcnRhZ2UgZ2l2ZXMgdGhlIG1lbWJlciBzdWZmaXgsIGZvciBtZXNzYWdlczogYGltYWdlLnRhci56c3RgLiAqL1xuZXhwb3J0IGNvbnN0IFNVRkZJWDogUmVjb3JkPENvbXByZXNzaW9uLCBzdHJpbmc+ID0geyB6c3RkOiAnLnpzdCcsIGJ6aXAyOiAnLmJ6MicsIHh6OiAnLnh6JywgZ3ppcDogJy5neicsIGx6NDogJy5sejQnLCBub25lOiAnJyB9O1xuXG5mdW5jdGlvbiB3cmFwKGZpbGU6IHN0cmluZywga2luZDogQ29tcHJlc3Npb24sIGU6IHVua25vd24pOiBCaW5wa2dGb3JtYXRFcnJvciB7XG4gIGlmIChlIGluc3RhbmNlb2YgQmlucGtnRm9ybWF0RXJyb3IpIHJldHVybiBlO1xuICBjb25zdCBtc2cgPSBlIGluc3RhbmNlb2YgRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSk7XG4gIHJldHVybiBuZXcgQmlucGtnRm9ybWF0RXJyb3IoZmlsZSwgYGNvcnJ1cHQgJHtraW5kfSBkYXRhOiAke21zZ31gKTtcbn1cblxuLyoqIERlY29tcHJlc3MgYHNvdXJjZWAgYXMgYGtpbmRgLCB5aWVsZGluZyBjaHVua3MgYXMgdGhleSBjb21lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uKiBkZWNvbXByZXNzU3RyZWFtKGtpbmQ6IENvbXByZXNzaW9uLCBzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGZpbGU6IHN0cmluZyk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgdHJ5IHtcbiAgICBzd2l0Y2ggKGtpbmQpIHtcbiAgICAgIGNhc2UgJ25vbmUnOlxuICAgICAgICB5aWVsZCogc291cmNlO1xuICAgICAgICByZXR1cm47XG4gICAgICBjYXNlICd6c3RkJzpcbiAgICAgICAgeWllbGQqIHpzdGRTdHJlYW0oc291cmNlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAnYnppcDInOlxuICAgICAgICB5aWVsZCogYnVuemlwMlN0cmVhbShzb3VyY2UsIGZpbGUpO1xuICAgICAgICByZXR1cm47XG4gICAgICBjYXNlICdsejQnOlxuICAgICAgICB5aWVsZCogbHo0RnJhbWVTdHJlYW0oc291cmNlLCBmaWxlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAnZ3ppcCc6XG4gICAgICAgIHlpZWxkKiB0aHJvdWdoTm9kZShzb3VyY2UsIGNyZWF0ZUd1bnppcCgpKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAneHonOlxuICAgICAgICB5aWVsZCogeHpTdHJlYW0oc291cmNlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgIH1cbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IHdyYXAoZmlsZSwga2luZCwgZSk7XG4gIH1cbn1cblxuLyoqIFdob2xlLWJ1ZmZlciBjb252ZW5pZW5jZSBmb3Igc21hbGwgbWVtYmVycyAobWV0YWRhdGEsIGVudmlyb25tZW50LmJ6MiksIHdpdGggYW4gb3V0cHV0IGNhcC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZWNvbXByZXNzQnVmZmVyKGtpbmQ6IENvbXByZXNzaW9uLCBkYXRhOiBVaW50OEFycmF5LCBmaWxlOiBzdHJpbmcsIG1heEJ5dGVzOiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBjb25zdCBwYXJ0czogVWludDhBcnJheVtdID0gW107XG4gIGxldCBnb3QgPSAwO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgZGVjb21wcmVzc1N0cmVhbShraW5kLCBvbmNlKGRhdGEpLCBmaWxlKSkge1xuICAgIGdvdCArPSBjLmxlbmd0aDtcbiAgICBpZiAoZ290ID4gbWF4Qnl0ZXMpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgZGVjb21wcmVzc2VzIHRvIG1vcmUgdGhhbiAke21heEJ5dGVzfSBieXRlc2ApO1xuICAgIHBhcnRzLnB1c2goYyk7XG4gIH1cbiAgcmV0dXJuIEJ1ZmZlci5jb25jYXQocGFydHMsIGdvdCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiBvbmNlKGRhdGE6IFVpbnQ4QXJyYXkpOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIHlpZWxkIGRhdGE7XG59XG5cbi8qKiB6c3RkJ3Mgb3duIGRlY29kZXIgcmVmdXNlcyB3aW5kb3dzIGFib3ZlIDJeMjcgd2l0aG91dCAtLW1lbW9yeTsgc28gZG8gd2UgKGZ6c3RkIHdvdWxkIGFsbG9jYXRlIGFuZCBtb3ZlIGl0IHBlciBibG9jaykuICovXG5jb25zdCBaU1REX01BWF9XSU5ET1cgPSAxIDw8IDI3O1xuXG4vKiogV2luZG93IHNpemUgYSB6c3RkIGZyYW1lIGhlYWRlciBhc2tzIGZvcjsgdW5kZWZpbmVkIHVudGlsIGVub3VnaCBieXRlcyBhcmUgdGhlcmUsIDAgZm9yIHNraXBwYWJsZSBmcmFtZXMuICovXG5leHBvcnQgZnVuY3Rpb24genN0ZEZyYW1lV2luZG93KGg6IFVpbnQ4QXJyYXksIGZpbmFsOiBib29sZWFuKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGgubGVuZ3RoIDwgNCkgcmV0dXJuIGZpbmFsID8gMCA6IHVuZGVmaW5lZDtcbiAgY29uc3QgbWFnaWMgPSAoaFswXSB8IChoWzFdIDw8IDgpIHwgKGhbMl0gPDwgMTYpIHwgKGhbM10gPDwgMjQpKSA+Pj4gMDtcbiAgaWYgKChtYWdpYyAmIDB4ZmZmZmZmZjApID09PSAweDE4NGQyYTUwKSByZXR1cm4gMDtcbiAgaWYgKG1hZ2ljICE9PSAweGZkMmZiNTI4KSByZXR1cm4gMDsgLy8gbm90IGEgZnJhbWU6IGZ6c3RkIHJlcG9ydHMgaXRcbiAgaWYgKGgubGVuZ3RoIDwgMTggJiYgIWZpbmFsKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBmbGcgPSBoWzRdO1xuICBjb25zdCBzaW5nbGUgPSAoZmxnID4+IDUpICYgMTtcbiAgY29uc3QgZmNmID0gZmxnID4+IDY7XG4gIGlmICghc2luZ2xlKSB7XG4gICAgY29uc3Qgd2QgPSBoWzVdID8/IDA7XG4gICAgY29uc3QgYmFzZSA9IDIgKiogKDEwICsgKHdkID4+IDMpKTtcbiAgICByZXR1cm4gYmFzZSArIChiYXNlIC8gOCkgKiAod2QgJiA3KTtcbiAgfVxuICBjb25zdCBkaWN0Qnl0ZXMgPSBbMCwgMSwgMiwgNF1bZmxnICYgM107XG4gIGNvbnN0IHNpemVCeXRlcyA9IGZjZiA/IDEgPDwgZmNmIDogMTtcbiAgbGV0IHNpemUgPSAwO1xuICBmb3IgKGxldCBpID0gc2l6ZUJ5dGVzIC0gMTsgaSA+PSAwOyBpLS0pIHNpemUgPSBzaXplICogMjU2ICsgKGhbNSArIGRpY3RCeXRlcyArIGldID8/IDApO1xuICByZXR1cm4gc2l6ZSArIChmY2YgPT09IDEgPyAyNTYgOiAwKTtcbn1cblxuaW50ZXJmYWNlIEZ6c3RkSW50ZXJuYWxzIHtcbiAgcz86IHVua25vd247XG4gIGM6IFVpbnQ4QXJyYXlbXTtcbiAgcHVzaChjaHVuazogVWludDhBcnJheSwgZmluYWw/OiBib29sZWFuKTogdm9pZDtcbn1cblxuYXN5bmMgZnVuY3Rpb24qIHpzdGRTdHJlYW0oc291cmNlOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+KTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBsZXQgb3V0OiBVaW50OEFycmF5W10gPSBbXTtcbiAgLy8gZnpzdGQgaGFuZHMgb3V0IGEgZnJlc2hseSBhbGxvY2F0ZWQgYXJyYXkgcGVyIGJsb2NrIChpdCBjb3BpZXMgaW50byBpdHMgd2luZG93IHNlcGFyYXRlbHkpLlxuICBjb25zdCBkID0gbmV3IFpzdGREZWNvbXByZXNzKChjaHVuaykgPT4ge1xuICAgIGlmIChjaHVuay5sZW5ndGgpIG91dC5wdXNoKGNodW5rKTtcbiAgfSkgYXMgdW5rbm93biBhcyBGenN0ZEludGVybmFscztcbiAgLy8gQ2hlY2sgZWFjaCBmcmFtZSdzIHdpbmRvdyBiZWZvcmUgZnpzdGQgYWxsb2NhdGVzIGl0OiBmenN0ZCByZS1lbnRlcnMgcHVzaCgpIGF0IGV2ZXJ5IGZyYW1lIHN0YXJ0LlxuICBjb25zdCBwdXNoID0gWnN0ZERlY29tcHJlc3MucHJvdG90eXBlLnB1c2ggYXMgRnpzdGRJbnRlcm5hbHNbJ3B1c2gnXTtcbiAgZC5wdXNoID0gKGNodW5rLCBmaW5hbCkgPT4ge1xuICAgIGlmICh0eXBlb2YgZC5zICE9PSAnb2JqZWN0JyB8fCBkLnMgPT09IG51bGwpIHtcbiAgICAgIGNvbnN0IHNraXAgPSB0eXBlb2YgZC5zID09PSAnbnVtYmVyJyA/IE1hdGgubWluKGQucywgY2h1bmsubGVuZ3RoKSA6IDA7XG4gICAgICBjb25zdCBoZWFkID0gQnVmZmVyLmNvbmNhdChbLi4uKHNraXAgPyBbXSA6IGQuYyksIGNodW5rLnN1YmFycmF5KHNraXApXSkuc3ViYXJyYXkoMCwgMzIpO1xuICAgICAgY29uc3Qgd3MgPSB6c3RkRnJhbWVXaW5kb3coaGVhZCwgISFmaW5hbCk7XG4gICAgICBpZiAod3MgIT09IHVuZGVmaW5lZCAmJiB3cyA+IFpTVERfTUFYX1dJTkRPVykgdGhyb3cgbmV3IEVycm9yKGBhIGZyYW1lIGFza3MgZm9yIGEgJHtNYXRoLnJvdW5kKHdzIC8gMiAqKiAyMCl9IE1pQiB3aW5kb3csIGFib3ZlIHpzdGQncyBkZWZhdWx0IDEyOCBNaUIgbGltaXRgKTtcbiAgICB9XG4gICAgcHVzaC5jYWxsKGQsIGNodW5rLCBmaW5hbCk7XG4gIH07XG4gIGxldCBhbnkgPSBmYWxzZTtcbiAgZm9yIGF3YWl0IChjb25zdCBjIG9mIHNvdXJjZSkge1xuICAgIGlmICghYy5sZW5ndGgpIGNvbnRpbnVlO1xuICAgIGFueSA9IHRydWU7XG4gICAgZC5wdXNoKGMpO1xuICAgIGlmIChvdXQubGVuZ3RoKSB7XG4gICAgICBjb25zdCByZWFkeSA9IG91dDtcbiAgICAgIG91dCA9IFtdO1xuICAgICAgeWllbGQqIHJlYWR5O1xuICAgIH1cbiAgfVxuICBpZiAoIWFueSkgdGhyb3cgbmV3IEVycm9yKCdlbXB0eSBzdHJlYW0nKTtcbiAgZC5wdXNoKG5ldyBVaW50OEFycmF5KDApLCB0cnVlKTtcbiAgeWllbGQqIG91dDtcbn1cblxuYXN5bmMgZnVuY3Rpb24qIHRocm91Z2hOb2RlKHNvdXJjZTogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PiwgdHJhbnNmb3JtOiBOb2RlSlMuUmVhZFdyaXRlU3RyZWFtKTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBjb25zdCBpbnB1dCA9IFJlYWRhYmxlLmZyb20oc291cmNlLCB7IG9iamVjdE1vZGU6IGZhbHNlIH0pO1xuICBsZXQgZmFpbHVyZTogdW5rbm93bjtcbiAgcGlwZWxpbmUoaW5wdXQsIHRyYW5zZm9ybSwgKGVycikgPT4ge1xuICAgIGlmIChlcnIpIGZhaWx1cmUgPSBlcnI7XG4gIH0pO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgdHJhbnNmb3JtIGFzIEFzeW5jSXRlcmFibGU8QnVmZmVyPikgeWllbGQgYztcbiAgaWYgKGZhaWx1cmUpIHRocm93IGZhaWx1cmU7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiB4elN0cmVhbShzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4pOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIC8vIExvYWRlZCBvbiBmaXJzdCB1c2U6IGl0IGluc3RhbnRpYXRlcyBhIHdhc20gbW9kdWxlLlxuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICBjb25zdCB7IFh6UmVhZGFibGVTdHJlYW0gfSA9IHJlcXVpcmUoJ3h6LWRlY29tcHJlc3MnKSBhcyB0eXBlb2YgaW1wb3J0KCd4ei1kZWNvbXByZXNzJyk7XG4gIGNvbnN0IHdlYiA9IFJlYWRhYmxlLnRvV2ViKFJlYWRhYmxlLmZyb20oc291cmNlLCB7IG9iamVjdE1vZGU6IGZhbHNlIH0pKSBhcyB1bmtub3duIGFzIFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+O1xuICBjb25zdCByZWFkZXIgPSBuZXcgWHpSZWFkYWJsZVN0cmVhbSh3ZWIpLmdldFJlYWRlcigpO1xuICB0cnkge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IHsgZG9uZSwgdmFsdWUgfSA9IGF3YWl0IHJlYWRlci5yZWFkKCk7XG4gICAgICBpZiAoZG9uZSkgcmV0dXJuO1xuICAgICAgaWYgKHZhbHVlPy5sZW5ndGgpIHlpZWxkIHZhbHVlO1xuICAgIH1cbiAgfSBmaW5hbGx5IHtcbiAgICByZWFkZXIucmVsZWFzZUxvY2soKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EseUJBQW1DO0FBQ25DLHVCQUE2QjtBQUM3QixtQkFBNkM7QUFDN0Msb0JBQWtDO0FBQ2xDLHlCQUE4QjtBQUM5QixzQkFBK0I7QUFLeEIsU0FBUyxrQkFBa0IsTUFBMkM7QUFDM0UsUUFBTSxJQUFJLENBQUMsTUFBYyxLQUFLLENBQUM7QUFDL0IsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLE9BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxJQUFNLFFBQU87QUFDN0UsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLE1BQVEsRUFBRSxDQUFDLE1BQU0sT0FBUSxFQUFFLENBQUMsS0FBSyxNQUFRLEVBQUUsQ0FBQyxLQUFLLEdBQU0sUUFBTztBQUM1RixNQUFJLEVBQUUsQ0FBQyxNQUFNLE9BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxPQUFRLEVBQUUsQ0FBQyxNQUFNLE1BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxFQUFHLFFBQU87QUFDNUcsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLElBQU0sUUFBTztBQUMzQyxNQUFJLEVBQUUsQ0FBQyxNQUFNLEtBQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLEdBQU0sUUFBTztBQUM3RSxNQUFJLEtBQUssVUFBVSxPQUFPLE9BQU8sS0FBSyxLQUFLLFNBQVMsS0FBSyxHQUFHLENBQUMsRUFBRSxTQUFTLFFBQVEsTUFBTSxRQUFTLFFBQU87QUFDdEcsU0FBTztBQUNUO0FBR08sTUFBTSxTQUFzQyxFQUFFLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxPQUFPLE1BQU0sT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHO0FBRWhJLFNBQVMsS0FBSyxNQUFjLE1BQW1CLEdBQStCO0FBQzVFLE1BQUksYUFBYSxnQ0FBbUIsUUFBTztBQUMzQyxRQUFNLE1BQU0sYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDckQsU0FBTyxJQUFJLGdDQUFrQixNQUFNLFdBQVcsSUFBSSxVQUFVLEdBQUcsRUFBRTtBQUNuRTtBQUdBLGdCQUF1QixpQkFBaUIsTUFBbUIsUUFBbUMsTUFBMEM7QUFDdEksTUFBSTtBQUNGLFlBQVEsTUFBTTtBQUFBLE1BQ1osS0FBSztBQUNILGVBQU87QUFDUDtBQUFBLE1BQ0YsS0FBSztBQUNILGVBQU8sV0FBVyxNQUFNO0FBQ3hCO0FBQUEsTUFDRixLQUFLO0FBQ0gsbUJBQU8sa0NBQWMsUUFBUSxJQUFJO0FBQ2pDO0FBQUEsTUFDRixLQUFLO0FBQ0gsbUJBQU8sZ0NBQWUsUUFBUSxJQUFJO0FBQ2xDO0FBQUEsTUFDRixLQUFLO0FBQ0gsZUFBTyxZQUFZLFlBQVEsK0JBQWEsQ0FBQztBQUN6QztBQUFBLE1BQ0YsS0FBSztBQUNILGVBQU8sU0FBUyxNQUFNO0FBQ3RCO0FBQUEsSUFDSjtBQUFBLEVBQ0YsU0FBUyxHQUFHO0FBQ1YsVUFBTSxLQUFLLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDMUI7QUFDRjtBQUdBLGVBQXNCLGlCQUFpQixNQUFtQixNQUFrQixNQUFjLFVBQW1DO0FBQzNILFFBQU0sUUFBc0IsQ0FBQztBQUM3QixNQUFJLE1BQU07QUFDVixtQkFBaUIsS0FBSyxpQkFBaUIsTUFBTSxLQUFLLElBQUksR0FBRyxJQUFJLEdBQUc7QUFDOUQsV0FBTyxFQUFFO0FBQ1QsUUFBSSxNQUFNLFNBQVUsT0FBTSxJQUFJLGdDQUFrQixNQUFNLDZCQUE2QixRQUFRLFFBQVE7QUFDbkcsVUFBTSxLQUFLLENBQUM7QUFBQSxFQUNkO0FBQ0EsU0FBTyxPQUFPLE9BQU8sT0FBTyxHQUFHO0FBQ2pDO0FBRUEsZ0JBQWdCLEtBQUssTUFBOEM7QUFDakUsUUFBTTtBQUNSO0FBR0EsTUFBTSxrQkFBa0IsS0FBSztBQUd0QixTQUFTLGdCQUFnQixHQUFlLE9BQW9DO0FBQ2pGLE1BQUksRUFBRSxTQUFTLEVBQUcsUUFBTyxRQUFRLElBQUk7QUFDckMsUUFBTSxTQUFTLEVBQUUsQ0FBQyxJQUFLLEVBQUUsQ0FBQyxLQUFLLElBQU0sRUFBRSxDQUFDLEtBQUssS0FBTyxFQUFFLENBQUMsS0FBSyxRQUFTO0FBQ3JFLE9BQUssUUFBUSxnQkFBZ0IsVUFBWSxRQUFPO0FBQ2hELE1BQUksVUFBVSxXQUFZLFFBQU87QUFDakMsTUFBSSxFQUFFLFNBQVMsTUFBTSxDQUFDLE1BQU8sUUFBTztBQUNwQyxRQUFNLE1BQU0sRUFBRSxDQUFDO0FBQ2YsUUFBTSxTQUFVLE9BQU8sSUFBSztBQUM1QixRQUFNLE1BQU0sT0FBTztBQUNuQixNQUFJLENBQUMsUUFBUTtBQUNYLFVBQU0sS0FBSyxFQUFFLENBQUMsS0FBSztBQUNuQixVQUFNLE9BQU8sTUFBTSxNQUFNLE1BQU07QUFDL0IsV0FBTyxPQUFRLE9BQU8sS0FBTSxLQUFLO0FBQUEsRUFDbkM7QUFDQSxRQUFNLFlBQVksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLEVBQUUsTUFBTSxDQUFDO0FBQ3RDLFFBQU0sWUFBWSxNQUFNLEtBQUssTUFBTTtBQUNuQyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksWUFBWSxHQUFHLEtBQUssR0FBRyxJQUFLLFFBQU8sT0FBTyxPQUFPLEVBQUUsSUFBSSxZQUFZLENBQUMsS0FBSztBQUN0RixTQUFPLFFBQVEsUUFBUSxJQUFJLE1BQU07QUFDbkM7QUFRQSxnQkFBZ0IsV0FBVyxRQUErRDtBQUN4RixNQUFJLE1BQW9CLENBQUM7QUFFekIsUUFBTSxJQUFJLElBQUksYUFBQUEsV0FBZSxDQUFDLFVBQVU7QUFDdEMsUUFBSSxNQUFNLE9BQVEsS0FBSSxLQUFLLEtBQUs7QUFBQSxFQUNsQyxDQUFDO0FBRUQsUUFBTSxPQUFPLGFBQUFBLFdBQWUsVUFBVTtBQUN0QyxJQUFFLE9BQU8sQ0FBQyxPQUFPLFVBQVU7QUFDekIsUUFBSSxPQUFPLEVBQUUsTUFBTSxZQUFZLEVBQUUsTUFBTSxNQUFNO0FBQzNDLFlBQU0sT0FBTyxPQUFPLEVBQUUsTUFBTSxXQUFXLEtBQUssSUFBSSxFQUFFLEdBQUcsTUFBTSxNQUFNLElBQUk7QUFDckUsWUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxDQUFDLElBQUksRUFBRSxHQUFJLE1BQU0sU0FBUyxJQUFJLENBQUMsQ0FBQyxFQUFFLFNBQVMsR0FBRyxFQUFFO0FBQ3ZGLFlBQU0sS0FBSyxnQkFBZ0IsTUFBTSxDQUFDLENBQUMsS0FBSztBQUN4QyxVQUFJLE9BQU8sVUFBYSxLQUFLLGdCQUFpQixPQUFNLElBQUksTUFBTSxzQkFBc0IsS0FBSyxNQUFNLEtBQUssS0FBSyxFQUFFLENBQUMsaURBQWlEO0FBQUEsSUFDL0o7QUFDQSxTQUFLLEtBQUssR0FBRyxPQUFPLEtBQUs7QUFBQSxFQUMzQjtBQUNBLE1BQUksTUFBTTtBQUNWLG1CQUFpQixLQUFLLFFBQVE7QUFDNUIsUUFBSSxDQUFDLEVBQUUsT0FBUTtBQUNmLFVBQU07QUFDTixNQUFFLEtBQUssQ0FBQztBQUNSLFFBQUksSUFBSSxRQUFRO0FBQ2QsWUFBTSxRQUFRO0FBQ2QsWUFBTSxDQUFDO0FBQ1AsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsTUFBSSxDQUFDLElBQUssT0FBTSxJQUFJLE1BQU0sY0FBYztBQUN4QyxJQUFFLEtBQUssSUFBSSxXQUFXLENBQUMsR0FBRyxJQUFJO0FBQzlCLFNBQU87QUFDVDtBQUVBLGdCQUFnQixZQUFZLFFBQW1DLFdBQStEO0FBQzVILFFBQU0sUUFBUSw0QkFBUyxLQUFLLFFBQVEsRUFBRSxZQUFZLE1BQU0sQ0FBQztBQUN6RCxNQUFJO0FBQ0osbUNBQVMsT0FBTyxXQUFXLENBQUMsUUFBUTtBQUNsQyxRQUFJLElBQUssV0FBVTtBQUFBLEVBQ3JCLENBQUM7QUFDRCxtQkFBaUIsS0FBSyxVQUFvQyxPQUFNO0FBQ2hFLE1BQUksUUFBUyxPQUFNO0FBQ3JCO0FBRUEsZ0JBQWdCLFNBQVMsUUFBK0Q7QUFHdEYsUUFBTSxFQUFFLGlCQUFpQixJQUFJLFFBQVEsZUFBZTtBQUNwRCxRQUFNLE1BQU0sNEJBQVMsTUFBTSw0QkFBUyxLQUFLLFFBQVEsRUFBRSxZQUFZLE1BQU0sQ0FBQyxDQUFDO0FBQ3ZFLFFBQU0sU0FBUyxJQUFJLGlCQUFpQixHQUFHLEVBQUUsVUFBVTtBQUNuRCxNQUFJO0FBQ0YsZUFBUztBQUNQLFlBQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxNQUFNLE9BQU8sS0FBSztBQUMxQyxVQUFJLEtBQU07QUFDVixVQUFJLE9BQU8sT0FBUSxPQUFNO0FBQUEsSUFDM0I7QUFBQSxFQUNGLFVBQUU7QUFDQSxXQUFPLFlBQVk7QUFBQSxFQUNyQjtBQUNGOyIsCiAgIm5hbWVzIjogWyJac3RkRGVjb21wcmVzcyJdCn0K
