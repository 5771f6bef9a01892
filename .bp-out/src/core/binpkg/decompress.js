"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var decompress_exports = {};
__export(decompress_exports, {
  SUFFIX: () => SUFFIX,
  decompressBuffer: () => decompressBuffer,
  decompressStream: () => decompressStream,
  detectCompression: () => detectCompression
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
async function* zstdStream(source) {
  let out = [];
  const d = new import_fzstd.Decompress((chunk) => {
    if (chunk.length) out.push(chunk.slice());
  });
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
  const { XzReadableStream } = await import("xz-decompress");
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
  detectCompression
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2RlY29tcHJlc3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU3RyZWFtaW5nIGRlY29tcHJlc3Npb24gb2YgcGFja2FnZSBtZW1iZXJzLCBjaG9zZW4gYnkgbWFnaWMgYnl0ZXMgKGEgYC50YnoyYCB1c3VhbGx5IGhvbGRzIHpzdGQpLlxuICogenN0ZDogZnpzdGQ7IGJ6aXAyOiBzZWVrLWJ6aXAgZHJpdmVuIG9uZSBibG9jayBhdCBhIHRpbWU7IHh6OiB4ei1kZWNvbXByZXNzICh3YXNtKTsgZ3ppcDogbm9kZTp6bGliO1xuICogbHo0OiB0aGUgZnJhbWUgZm9ybWF0IGRlY29kZWQgaGVyZSAoc2VlIGx6NEZyYW1lLnRzKS4gRXZlcnkgZmFpbHVyZSBiZWNvbWVzIGEgQmlucGtnRm9ybWF0RXJyb3IuXG4gKi9cbmltcG9ydCB7IFJlYWRhYmxlLCBwaXBlbGluZSB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCB7IGNyZWF0ZUd1bnppcCB9IGZyb20gJ25vZGU6emxpYic7XG5pbXBvcnQgeyBEZWNvbXByZXNzIGFzIFpzdGREZWNvbXByZXNzIH0gZnJvbSAnZnpzdGQnO1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5pbXBvcnQgeyBidW56aXAyU3RyZWFtIH0gZnJvbSAnLi9iemlwMlN0cmVhbSc7XG5pbXBvcnQgeyBsejRGcmFtZVN0cmVhbSB9IGZyb20gJy4vbHo0RnJhbWUnO1xuXG5leHBvcnQgdHlwZSBDb21wcmVzc2lvbiA9ICd6c3RkJyB8ICdiemlwMicgfCAneHonIHwgJ2d6aXAnIHwgJ2x6NCcgfCAnbm9uZSc7XG5cbi8qKiBUaGUgY29tcHJlc3Npb24gb2YgYSBtZW1iZXIgZnJvbSBpdHMgZmlyc3QgYnl0ZXM7IHVuZGVmaW5lZCB3aGVuIHVua25vd24gKGx6aXAsIGx6b3AsIGJyb3RsaSwgZ2FyYmFnZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZGV0ZWN0Q29tcHJlc3Npb24oaGVhZDogVWludDhBcnJheSk6IENvbXByZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYiA9IChpOiBudW1iZXIpID0+IGhlYWRbaV07XG4gIGlmIChiKDApID09PSAweDI4ICYmIGIoMSkgPT09IDB4YjUgJiYgYigyKSA9PT0gMHgyZiAmJiBiKDMpID09PSAweGZkKSByZXR1cm4gJ3pzdGQnO1xuICBpZiAoYigwKSA9PT0gMHg0MiAmJiBiKDEpID09PSAweDVhICYmIGIoMikgPT09IDB4NjggJiYgYigzKSA+PSAweDMxICYmIGIoMykgPD0gMHgzOSkgcmV0dXJuICdiemlwMic7XG4gIGlmIChiKDApID09PSAweGZkICYmIGIoMSkgPT09IDB4MzcgJiYgYigyKSA9PT0gMHg3YSAmJiBiKDMpID09PSAweDU4ICYmIGIoNCkgPT09IDB4NWEgJiYgYig1KSA9PT0gMCkgcmV0dXJuICd4eic7XG4gIGlmIChiKDApID09PSAweDFmICYmIGIoMSkgPT09IDB4OGIpIHJldHVybiAnZ3ppcCc7XG4gIGlmIChiKDApID09PSAweDA0ICYmIGIoMSkgPT09IDB4MjIgJiYgYigyKSA9PT0gMHg0ZCAmJiBiKDMpID09PSAweDE4KSByZXR1cm4gJ2x6NCc7XG4gIGlmIChoZWFkLmxlbmd0aCA+PSAyNjIgJiYgQnVmZmVyLmZyb20oaGVhZC5zdWJhcnJheSgyNTcsIDI2MikpLnRvU3RyaW5nKCdsYXRpbjEnKSA9PT0gJ3VzdGFyJykgcmV0dXJuICdub25lJztcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFRoZSBuYW1lIFBvcnRhZ2UgZ2l2ZXMgdGhlIG1lbWJlciBzdWZmaXgsIGZvciBtZXNzYWdlczogYGltYWdlLnRhci56c3RgLiAqL1xuZXhwb3J0IGNvbnN0IFNVRkZJWDogUmVjb3JkPENvbXByZXNzaW9uLCBzdHJpbmc+ID0geyB6c3RkOiAnLnpzdCcsIGJ6aXAyOiAnLmJ6MicsIHh6OiAnLnh6JywgZ3ppcDogJy5neicsIGx6NDogJy5sejQnLCBub25lOiAnJyB9O1xuXG5mdW5jdGlvbiB3cmFwKGZpbGU6IHN0cmluZywga2luZDogQ29tcHJlc3Npb24sIGU6IHVua25vd24pOiBCaW5wa2dGb3JtYXRFcnJvciB7XG4gIGlmIChlIGluc3RhbmNlb2YgQmlucGtnRm9ybWF0RXJyb3IpIHJldHVybiBlO1xuICBjb25zdCBtc2cgPSBlIGluc3RhbmNlb2YgRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSk7XG4gIHJldHVybiBuZXcgQmlucGtnRm9ybWF0RXJyb3IoZmlsZSwgYGNvcnJ1cHQgJHtraW5kfSBkYXRhOiAke21zZ31gKTtcbn1cblxuLyoqIERlY29tcHJlc3MgYHNvdXJjZWAgYXMgYGtpbmRgLCB5aWVsZGluZyBjaHVua3MgYXMgdGhleSBjb21lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uKiBkZWNvbXByZXNzU3RyZWFtKGtpbmQ6IENvbXByZXNzaW9uLCBzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGZpbGU6IHN0cmluZyk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgdHJ5IHtcbiAgICBzd2l0Y2ggKGtpbmQpIHtcbiAgICAgIGNhc2UgJ25vbmUnOlxuICAgICAgICB5aWVsZCogc291cmNlO1xuICAgICAgICByZXR1cm47XG4gICAgICBjYXNlICd6c3RkJzpcbiAgICAgICAgeWllbGQqIHpzdGRTdHJlYW0oc291cmNlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAnYnppcDInOlxuICAgICAgICB5aWVsZCogYnVuemlwMlN0cmVhbShzb3VyY2UsIGZpbGUpO1xuICAgICAgICByZXR1cm47XG4gICAgICBjYXNlICdsejQnOlxuICAgICAgICB5aWVsZCogbHo0RnJhbWVTdHJlYW0oc291cmNlLCBmaWxlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAnZ3ppcCc6XG4gICAgICAgIHlpZWxkKiB0aHJvdWdoTm9kZShzb3VyY2UsIGNyZWF0ZUd1bnppcCgpKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgY2FzZSAneHonOlxuICAgICAgICB5aWVsZCogeHpTdHJlYW0oc291cmNlKTtcbiAgICAgICAgcmV0dXJuO1xuICAgIH1cbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IHdyYXAoZmlsZSwga2luZCwgZSk7XG4gIH1cbn1cblxuLyoqIFdob2xlLWJ1ZmZlciBjb252ZW5pZW5jZSBmb3Igc21hbGwgbWVtYmVycyAobWV0YWRhdGEsIGVudmlyb25tZW50LmJ6MiksIHdpdGggYW4gb3V0cHV0IGNhcC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZWNvbXByZXNzQnVmZmVyKGtpbmQ6IENvbXByZXNzaW9uLCBkYXRhOiBVaW50OEFycmF5LCBmaWxlOiBzdHJpbmcsIG1heEJ5dGVzOiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBjb25zdCBwYXJ0czogVWludDhBcnJheVtdID0gW107XG4gIGxldCBnb3QgPSAwO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgZGVjb21wcmVzc1N0cmVhbShraW5kLCBvbmNlKGRhdGEpLCBmaWxlKSkge1xuICAgIGdvdCArPSBjLmxlbmd0aDtcbiAgICBpZiAoZ290ID4gbWF4Qnl0ZXMpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgZGVjb21wcmVzc2VzIHRvIG1vcmUgdGhhbiAke21heEJ5dGVzfSBieXRlc2ApO1xuICAgIHBhcnRzLnB1c2goYyk7XG4gIH1cbiAgcmV0dXJuIEJ1ZmZlci5jb25jYXQocGFydHMsIGdvdCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiBvbmNlKGRhdGE6IFVpbnQ4QXJyYXkpOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIHlpZWxkIGRhdGE7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiB6c3RkU3RyZWFtKHNvdXJjZTogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5Pik6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgbGV0IG91dDogVWludDhBcnJheVtdID0gW107XG4gIC8vIGZ6c3RkIHJldXNlcyBpdHMgd2luZG93IGJ1ZmZlciwgc28gY29weSBlYWNoIGJsb2NrIGJlZm9yZSB0aGUgbmV4dCBwdXNoIG92ZXJ3cml0ZXMgaXQuXG4gIGNvbnN0IGQgPSBuZXcgWnN0ZERlY29tcHJlc3MoKGNodW5rKSA9PiB7XG4gICAgaWYgKGNodW5rLmxlbmd0aCkgb3V0LnB1c2goY2h1bmsuc2xpY2UoKSk7XG4gIH0pO1xuICBsZXQgYW55ID0gZmFsc2U7XG4gIGZvciBhd2FpdCAoY29uc3QgYyBvZiBzb3VyY2UpIHtcbiAgICBpZiAoIWMubGVuZ3RoKSBjb250aW51ZTtcbiAgICBhbnkgPSB0cnVlO1xuICAgIGQucHVzaChjKTtcbiAgICBpZiAob3V0Lmxlbmd0aCkge1xuICAgICAgY29uc3QgcmVhZHkgPSBvdXQ7XG4gICAgICBvdXQgPSBbXTtcbiAgICAgIHlpZWxkKiByZWFkeTtcbiAgICB9XG4gIH1cbiAgaWYgKCFhbnkpIHRocm93IG5ldyBFcnJvcignZW1wdHkgc3RyZWFtJyk7XG4gIGQucHVzaChuZXcgVWludDhBcnJheSgwKSwgdHJ1ZSk7XG4gIHlpZWxkKiBvdXQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiB0aHJvdWdoTm9kZShzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIHRyYW5zZm9ybTogTm9kZUpTLlJlYWRXcml0ZVN0cmVhbSk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgaW5wdXQgPSBSZWFkYWJsZS5mcm9tKHNvdXJjZSwgeyBvYmplY3RNb2RlOiBmYWxzZSB9KTtcbiAgbGV0IGZhaWx1cmU6IHVua25vd247XG4gIHBpcGVsaW5lKGlucHV0LCB0cmFuc2Zvcm0sIChlcnIpID0+IHtcbiAgICBpZiAoZXJyKSBmYWlsdXJlID0gZXJyO1xuICB9KTtcbiAgZm9yIGF3YWl0IChjb25zdCBjIG9mIHRyYW5zZm9ybSBhcyBBc3luY0l0ZXJhYmxlPEJ1ZmZlcj4pIHlpZWxkIGM7XG4gIGlmIChmYWlsdXJlKSB0aHJvdyBmYWlsdXJlO1xufVxuXG5hc3luYyBmdW5jdGlvbiogeHpTdHJlYW0oc291cmNlOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+KTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBjb25zdCB7IFh6UmVhZGFibGVTdHJlYW0gfSA9IGF3YWl0IGltcG9ydCgneHotZGVjb21wcmVzcycpO1xuICBjb25zdCB3ZWIgPSBSZWFkYWJsZS50b1dlYihSZWFkYWJsZS5mcm9tKHNvdXJjZSwgeyBvYmplY3RNb2RlOiBmYWxzZSB9KSkgYXMgdW5rbm93biBhcyBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PjtcbiAgY29uc3QgcmVhZGVyID0gbmV3IFh6UmVhZGFibGVTdHJlYW0od2ViKS5nZXRSZWFkZXIoKTtcbiAgdHJ5IHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCB7IGRvbmUsIHZhbHVlIH0gPSBhd2FpdCByZWFkZXIucmVhZCgpO1xuICAgICAgaWYgKGRvbmUpIHJldHVybjtcbiAgICAgIGlmICh2YWx1ZT8ubGVuZ3RoKSB5aWVsZCB2YWx1ZTtcbiAgICB9XG4gIH0gZmluYWxseSB7XG4gICAgcmVhZGVyLnJlbGVhc2VMb2NrKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EseUJBQW1DO0FBQ25DLHVCQUE2QjtBQUM3QixtQkFBNkM7QUFDN0Msb0JBQWtDO0FBQ2xDLHlCQUE4QjtBQUM5QixzQkFBK0I7QUFLeEIsU0FBUyxrQkFBa0IsTUFBMkM7QUFDM0UsUUFBTSxJQUFJLENBQUMsTUFBYyxLQUFLLENBQUM7QUFDL0IsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLE9BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxJQUFNLFFBQU87QUFDN0UsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLE1BQVEsRUFBRSxDQUFDLE1BQU0sT0FBUSxFQUFFLENBQUMsS0FBSyxNQUFRLEVBQUUsQ0FBQyxLQUFLLEdBQU0sUUFBTztBQUM1RixNQUFJLEVBQUUsQ0FBQyxNQUFNLE9BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxPQUFRLEVBQUUsQ0FBQyxNQUFNLE1BQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxFQUFHLFFBQU87QUFDNUcsTUFBSSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLElBQU0sUUFBTztBQUMzQyxNQUFJLEVBQUUsQ0FBQyxNQUFNLEtBQVEsRUFBRSxDQUFDLE1BQU0sTUFBUSxFQUFFLENBQUMsTUFBTSxNQUFRLEVBQUUsQ0FBQyxNQUFNLEdBQU0sUUFBTztBQUM3RSxNQUFJLEtBQUssVUFBVSxPQUFPLE9BQU8sS0FBSyxLQUFLLFNBQVMsS0FBSyxHQUFHLENBQUMsRUFBRSxTQUFTLFFBQVEsTUFBTSxRQUFTLFFBQU87QUFDdEcsU0FBTztBQUNUO0FBR08sTUFBTSxTQUFzQyxFQUFFLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxPQUFPLE1BQU0sT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHO0FBRWhJLFNBQVMsS0FBSyxNQUFjLE1BQW1CLEdBQStCO0FBQzVFLE1BQUksYUFBYSxnQ0FBbUIsUUFBTztBQUMzQyxRQUFNLE1BQU0sYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDckQsU0FBTyxJQUFJLGdDQUFrQixNQUFNLFdBQVcsSUFBSSxVQUFVLEdBQUcsRUFBRTtBQUNuRTtBQUdBLGdCQUF1QixpQkFBaUIsTUFBbUIsUUFBbUMsTUFBMEM7QUFDdEksTUFBSTtBQUNGLFlBQVEsTUFBTTtBQUFBLE1BQ1osS0FBSztBQUNILGVBQU87QUFDUDtBQUFBLE1BQ0YsS0FBSztBQUNILGVBQU8sV0FBVyxNQUFNO0FBQ3hCO0FBQUEsTUFDRixLQUFLO0FBQ0gsbUJBQU8sa0NBQWMsUUFBUSxJQUFJO0FBQ2pDO0FBQUEsTUFDRixLQUFLO0FBQ0gsbUJBQU8sZ0NBQWUsUUFBUSxJQUFJO0FBQ2xDO0FBQUEsTUFDRixLQUFLO0FBQ0gsZUFBTyxZQUFZLFlBQVEsK0JBQWEsQ0FBQztBQUN6QztBQUFBLE1BQ0YsS0FBSztBQUNILGVBQU8sU0FBUyxNQUFNO0FBQ3RCO0FBQUEsSUFDSjtBQUFBLEVBQ0YsU0FBUyxHQUFHO0FBQ1YsVUFBTSxLQUFLLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDMUI7QUFDRjtBQUdBLGVBQXNCLGlCQUFpQixNQUFtQixNQUFrQixNQUFjLFVBQW1DO0FBQzNILFFBQU0sUUFBc0IsQ0FBQztBQUM3QixNQUFJLE1BQU07QUFDVixtQkFBaUIsS0FBSyxpQkFBaUIsTUFBTSxLQUFLLElBQUksR0FBRyxJQUFJLEdBQUc7QUFDOUQsV0FBTyxFQUFFO0FBQ1QsUUFBSSxNQUFNLFNBQVUsT0FBTSxJQUFJLGdDQUFrQixNQUFNLDZCQUE2QixRQUFRLFFBQVE7QUFDbkcsVUFBTSxLQUFLLENBQUM7QUFBQSxFQUNkO0FBQ0EsU0FBTyxPQUFPLE9BQU8sT0FBTyxHQUFHO0FBQ2pDO0FBRUEsZ0JBQWdCLEtBQUssTUFBOEM7QUFDakUsUUFBTTtBQUNSO0FBRUEsZ0JBQWdCLFdBQVcsUUFBK0Q7QUFDeEYsTUFBSSxNQUFvQixDQUFDO0FBRXpCLFFBQU0sSUFBSSxJQUFJLGFBQUFBLFdBQWUsQ0FBQyxVQUFVO0FBQ3RDLFFBQUksTUFBTSxPQUFRLEtBQUksS0FBSyxNQUFNLE1BQU0sQ0FBQztBQUFBLEVBQzFDLENBQUM7QUFDRCxNQUFJLE1BQU07QUFDVixtQkFBaUIsS0FBSyxRQUFRO0FBQzVCLFFBQUksQ0FBQyxFQUFFLE9BQVE7QUFDZixVQUFNO0FBQ04sTUFBRSxLQUFLLENBQUM7QUFDUixRQUFJLElBQUksUUFBUTtBQUNkLFlBQU0sUUFBUTtBQUNkLFlBQU0sQ0FBQztBQUNQLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLE1BQUksQ0FBQyxJQUFLLE9BQU0sSUFBSSxNQUFNLGNBQWM7QUFDeEMsSUFBRSxLQUFLLElBQUksV0FBVyxDQUFDLEdBQUcsSUFBSTtBQUM5QixTQUFPO0FBQ1Q7QUFFQSxnQkFBZ0IsWUFBWSxRQUFtQyxXQUErRDtBQUM1SCxRQUFNLFFBQVEsNEJBQVMsS0FBSyxRQUFRLEVBQUUsWUFBWSxNQUFNLENBQUM7QUFDekQsTUFBSTtBQUNKLG1DQUFTLE9BQU8sV0FBVyxDQUFDLFFBQVE7QUFDbEMsUUFBSSxJQUFLLFdBQVU7QUFBQSxFQUNyQixDQUFDO0FBQ0QsbUJBQWlCLEtBQUssVUFBb0MsT0FBTTtBQUNoRSxNQUFJLFFBQVMsT0FBTTtBQUNyQjtBQUVBLGdCQUFnQixTQUFTLFFBQStEO0FBQ3RGLFFBQU0sRUFBRSxpQkFBaUIsSUFBSSxNQUFNLE9BQU8sZUFBZTtBQUN6RCxRQUFNLE1BQU0sNEJBQVMsTUFBTSw0QkFBUyxLQUFLLFFBQVEsRUFBRSxZQUFZLE1BQU0sQ0FBQyxDQUFDO0FBQ3ZFLFFBQU0sU0FBUyxJQUFJLGlCQUFpQixHQUFHLEVBQUUsVUFBVTtBQUNuRCxNQUFJO0FBQ0YsZUFBUztBQUNQLFlBQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxNQUFNLE9BQU8sS0FBSztBQUMxQyxVQUFJLEtBQU07QUFDVixVQUFJLE9BQU8sT0FBUSxPQUFNO0FBQUEsSUFDM0I7QUFBQSxFQUNGLFVBQUU7QUFDQSxXQUFPLFlBQVk7QUFBQSxFQUNyQjtBQUNGOyIsCiAgIm5hbWVzIjogWyJac3RkRGVjb21wcmVzcyJdCn0K
