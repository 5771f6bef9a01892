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
var xpak_exports = {};
__export(xpak_exports, {
  encodeXpak: () => encodeXpak,
  parseXpakSegment: () => parseXpakSegment,
  readXpak: () => readXpak
});
module.exports = __toCommonJS(xpak_exports);
var import_safety = require("./safety");
const PACK = Buffer.from("XPAKPACK");
const STOP = Buffer.from("XPAKSTOP");
async function readXpak(src) {
  if (src.size < 8 + 24) throw new import_safety.BinpkgFormatError(src.name, `too small for an XPAK trailer (${src.size} bytes)`);
  const tail = await src.read(src.size - 8, 8);
  if (tail.toString("latin1", 4, 8) !== "STOP") {
    throw new import_safety.BinpkgFormatError(src.name, 'no XPAK trailer ("STOP" missing at the end): not a Portage binary package, or truncated');
  }
  const len = tail.readUInt32BE(0);
  if (len < 24 || len + 8 > src.size) {
    throw new import_safety.BinpkgFormatError(src.name, `XPAK trailer declares ${len} bytes of metadata, but the file has only ${src.size - 8} before it`);
  }
  if (len > import_safety.LIMITS.xpakBytes) throw new import_safety.BinpkgFormatError(src.name, `XPAK metadata of ${len} bytes is larger than the ${import_safety.LIMITS.xpakBytes}-byte limit`);
  const start = src.size - 8 - len;
  const seg = await src.read(start, len);
  const { names, values } = parseXpakSegment(src.name, seg);
  return { tarballLength: start, names, values };
}
function parseXpakSegment(file, seg) {
  const bad = (d) => {
    throw new import_safety.BinpkgFormatError(file, `corrupt XPAK metadata: ${d}`);
  };
  if (seg.length < 24 || !seg.subarray(0, 8).equals(PACK)) bad('"XPAKPACK" missing where the trailer says the metadata starts');
  if (!seg.subarray(seg.length - 8).equals(STOP)) bad('"XPAKSTOP" missing before the trailer');
  const indexLen = seg.readUInt32BE(8);
  const dataLen = seg.readUInt32BE(12);
  if (16 + indexLen + dataLen + 8 !== seg.length) {
    bad(`index (${indexLen}) and data (${dataLen}) lengths do not add up to the ${seg.length}-byte segment`);
  }
  const index = seg.subarray(16, 16 + indexLen);
  const data = seg.subarray(16 + indexLen, 16 + indexLen + dataLen);
  const names = [];
  const values = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < index.length) {
    if (i + 4 > index.length) bad("index entry header cut short");
    const nameLen = index.readUInt32BE(i);
    if (nameLen === 0 || i + 4 + nameLen + 8 > index.length) bad(`index entry at ${i} has an impossible name length ${nameLen}`);
    const name = index.toString("utf8", i + 4, i + 4 + nameLen);
    const off = index.readUInt32BE(i + 4 + nameLen);
    const len = index.readUInt32BE(i + 8 + nameLen);
    if (off + len > data.length) bad(`entry "${(0, import_safety.displayName)(name)}" points past the data area (${off}+${len} > ${data.length})`);
    if (values.has(name)) bad(`entry "${(0, import_safety.displayName)(name)}" appears twice`);
    names.push(name);
    values.set(name, data.subarray(off, off + len));
    i += 12 + nameLen;
  }
  return { names, values };
}
function encodeXpak(entries) {
  const names = Object.keys(entries).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const idx = [];
  const dat = [];
  let off = 0;
  for (const n of names) {
    const v = Buffer.isBuffer(entries[n]) ? entries[n] : Buffer.from(entries[n]);
    const nb = Buffer.from(n);
    const h = Buffer.alloc(4 + nb.length + 8);
    h.writeUInt32BE(nb.length, 0);
    nb.copy(h, 4);
    h.writeUInt32BE(off, 4 + nb.length);
    h.writeUInt32BE(v.length, 8 + nb.length);
    idx.push(h);
    dat.push(v);
    off += v.length;
  }
  const index = Buffer.concat(idx);
  const data = Buffer.concat(dat);
  const head = Buffer.alloc(16);
  PACK.copy(head);
  head.writeUInt32BE(index.length, 8);
  head.writeUInt32BE(data.length, 12);
  const seg = Buffer.concat([head, index, data, STOP]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32BE(seg.length, 0);
  trailer.write("STOP", 4, "latin1");
  return Buffer.concat([seg, trailer]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  encodeXpak,
  parseXpakSegment,
  readXpak
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL3hwYWsudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogWFBBSyAoYC50YnoyYCwgYC54cGFrYCk6IGBbY29tcHJlc3NlZCB0YXJiYWxsXVtYUEFLUEFDSyB1MzIgaW5kZXhfbGVuIHUzMiBkYXRhX2xlbiBpbmRleCBkYXRhIFhQQUtTVE9QXVt1MzIgbGVuXVtcIlNUT1BcIl1gLFxuICogYWxsIGludGVnZXJzIGJpZy1lbmRpYW4uIFJlYWQgZnJvbSB0aGUgZW5kIG9mIHRoZSBmaWxlIHdpdGggdHdvIHNtYWxsIHJlYWRzOyBldmVyeSBsZW5ndGggaXMgY2hlY2tlZFxuICogYWdhaW5zdCB0aGUgZmlsZSBiZWZvcmUgaXQgaXMgdHJ1c3RlZC5cbiAqL1xuaW1wb3J0IHR5cGUgeyBCeXRlU291cmNlIH0gZnJvbSAnLi9ieXRlU291cmNlJztcbmltcG9ydCB7IEJpbnBrZ0Zvcm1hdEVycm9yLCBMSU1JVFMsIGRpc3BsYXlOYW1lIH0gZnJvbSAnLi9zYWZldHknO1xuXG5leHBvcnQgaW50ZXJmYWNlIFhwYWtEYXRhIHtcbiAgLyoqIEJ5dGVzIFswLCB0YXJiYWxsTGVuZ3RoKSBob2xkIHRoZSBjb21wcmVzc2VkIGltYWdlIHRhcmJhbGwuICovXG4gIHRhcmJhbGxMZW5ndGg6IG51bWJlcjtcbiAgLyoqIEVudHJ5IG5hbWVzIGluIGluZGV4IG9yZGVyLiAqL1xuICBuYW1lczogc3RyaW5nW107XG4gIHZhbHVlczogTWFwPHN0cmluZywgQnVmZmVyPjtcbn1cblxuY29uc3QgUEFDSyA9IEJ1ZmZlci5mcm9tKCdYUEFLUEFDSycpO1xuY29uc3QgU1RPUCA9IEJ1ZmZlci5mcm9tKCdYUEFLU1RPUCcpO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZFhwYWsoc3JjOiBCeXRlU291cmNlKTogUHJvbWlzZTxYcGFrRGF0YT4ge1xuICBpZiAoc3JjLnNpemUgPCA4ICsgMjQpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYHRvbyBzbWFsbCBmb3IgYW4gWFBBSyB0cmFpbGVyICgke3NyYy5zaXplfSBieXRlcylgKTtcbiAgY29uc3QgdGFpbCA9IGF3YWl0IHNyYy5yZWFkKHNyYy5zaXplIC0gOCwgOCk7XG4gIGlmICh0YWlsLnRvU3RyaW5nKCdsYXRpbjEnLCA0LCA4KSAhPT0gJ1NUT1AnKSB7XG4gICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCAnbm8gWFBBSyB0cmFpbGVyIChcIlNUT1BcIiBtaXNzaW5nIGF0IHRoZSBlbmQpOiBub3QgYSBQb3J0YWdlIGJpbmFyeSBwYWNrYWdlLCBvciB0cnVuY2F0ZWQnKTtcbiAgfVxuICBjb25zdCBsZW4gPSB0YWlsLnJlYWRVSW50MzJCRSgwKTtcbiAgaWYgKGxlbiA8IDI0IHx8IGxlbiArIDggPiBzcmMuc2l6ZSkge1xuICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYFhQQUsgdHJhaWxlciBkZWNsYXJlcyAke2xlbn0gYnl0ZXMgb2YgbWV0YWRhdGEsIGJ1dCB0aGUgZmlsZSBoYXMgb25seSAke3NyYy5zaXplIC0gOH0gYmVmb3JlIGl0YCk7XG4gIH1cbiAgaWYgKGxlbiA+IExJTUlUUy54cGFrQnl0ZXMpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYFhQQUsgbWV0YWRhdGEgb2YgJHtsZW59IGJ5dGVzIGlzIGxhcmdlciB0aGFuIHRoZSAke0xJTUlUUy54cGFrQnl0ZXN9LWJ5dGUgbGltaXRgKTtcbiAgY29uc3Qgc3RhcnQgPSBzcmMuc2l6ZSAtIDggLSBsZW47XG4gIGNvbnN0IHNlZyA9IGF3YWl0IHNyYy5yZWFkKHN0YXJ0LCBsZW4pO1xuICBjb25zdCB7IG5hbWVzLCB2YWx1ZXMgfSA9IHBhcnNlWHBha1NlZ21lbnQoc3JjLm5hbWUsIHNlZyk7XG4gIHJldHVybiB7IHRhcmJhbGxMZW5ndGg6IHN0YXJ0LCBuYW1lcywgdmFsdWVzIH07XG59XG5cbi8qKiBQYXJzZSBgWFBBS1BBQ0sgXHUyMDI2IFhQQUtTVE9QYCAocHVyZTsgdXNlZCBieSB0aGUgZnV6emVyIGRpcmVjdGx5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVhwYWtTZWdtZW50KGZpbGU6IHN0cmluZywgc2VnOiBCdWZmZXIpOiB7IG5hbWVzOiBzdHJpbmdbXTsgdmFsdWVzOiBNYXA8c3RyaW5nLCBCdWZmZXI+IH0ge1xuICBjb25zdCBiYWQgPSAoZDogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgY29ycnVwdCBYUEFLIG1ldGFkYXRhOiAke2R9YCk7XG4gIH07XG4gIGlmIChzZWcubGVuZ3RoIDwgMjQgfHwgIXNlZy5zdWJhcnJheSgwLCA4KS5lcXVhbHMoUEFDSykpIGJhZCgnXCJYUEFLUEFDS1wiIG1pc3Npbmcgd2hlcmUgdGhlIHRyYWlsZXIgc2F5cyB0aGUgbWV0YWRhdGEgc3RhcnRzJyk7XG4gIGlmICghc2VnLnN1YmFycmF5KHNlZy5sZW5ndGggLSA4KS5lcXVhbHMoU1RPUCkpIGJhZCgnXCJYUEFLU1RPUFwiIG1pc3NpbmcgYmVmb3JlIHRoZSB0cmFpbGVyJyk7XG4gIGNvbnN0IGluZGV4TGVuID0gc2VnLnJlYWRVSW50MzJCRSg4KTtcbiAgY29uc3QgZGF0YUxlbiA9IHNlZy5yZWFkVUludDMyQkUoMTIpO1xuICBpZiAoMTYgKyBpbmRleExlbiArIGRhdGFMZW4gKyA4ICE9PSBzZWcubGVuZ3RoKSB7XG4gICAgYmFkKGBpbmRleCAoJHtpbmRleExlbn0pIGFuZCBkYXRhICgke2RhdGFMZW59KSBsZW5ndGhzIGRvIG5vdCBhZGQgdXAgdG8gdGhlICR7c2VnLmxlbmd0aH0tYnl0ZSBzZWdtZW50YCk7XG4gIH1cbiAgY29uc3QgaW5kZXggPSBzZWcuc3ViYXJyYXkoMTYsIDE2ICsgaW5kZXhMZW4pO1xuICBjb25zdCBkYXRhID0gc2VnLnN1YmFycmF5KDE2ICsgaW5kZXhMZW4sIDE2ICsgaW5kZXhMZW4gKyBkYXRhTGVuKTtcbiAgY29uc3QgbmFtZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHZhbHVlcyA9IG5ldyBNYXA8c3RyaW5nLCBCdWZmZXI+KCk7XG4gIGxldCBpID0gMDtcbiAgd2hpbGUgKGkgPCBpbmRleC5sZW5ndGgpIHtcbiAgICBpZiAoaSArIDQgPiBpbmRleC5sZW5ndGgpIGJhZCgnaW5kZXggZW50cnkgaGVhZGVyIGN1dCBzaG9ydCcpO1xuICAgIGNvbnN0IG5hbWVMZW4gPSBpbmRleC5yZWFkVUludDMyQkUoaSk7XG4gICAgaWYgKG5hbWVMZW4gPT09IDAgfHwgaSArIDQgKyBuYW1lTGVuICsgOCA+IGluZGV4Lmxlbmd0aCkgYmFkKGBpbmRleCBlbnRyeSBhdCAke2l9IGhhcyBhbiBpbXBvc3NpYmxlIG5hbWUgbGVuZ3RoICR7bmFtZUxlbn1gKTtcbiAgICBjb25zdCBuYW1lID0gaW5kZXgudG9TdHJpbmcoJ3V0ZjgnLCBpICsgNCwgaSArIDQgKyBuYW1lTGVuKTtcbiAgICBjb25zdCBvZmYgPSBpbmRleC5yZWFkVUludDMyQkUoaSArIDQgKyBuYW1lTGVuKTtcbiAgICBjb25zdCBsZW4gPSBpbmRleC5yZWFkVUludDMyQkUoaSArIDggKyBuYW1lTGVuKTtcbiAgICBpZiAob2ZmICsgbGVuID4gZGF0YS5sZW5ndGgpIGJhZChgZW50cnkgXCIke2Rpc3BsYXlOYW1lKG5hbWUpfVwiIHBvaW50cyBwYXN0IHRoZSBkYXRhIGFyZWEgKCR7b2ZmfSske2xlbn0gPiAke2RhdGEubGVuZ3RofSlgKTtcbiAgICBpZiAodmFsdWVzLmhhcyhuYW1lKSkgYmFkKGBlbnRyeSBcIiR7ZGlzcGxheU5hbWUobmFtZSl9XCIgYXBwZWFycyB0d2ljZWApO1xuICAgIG5hbWVzLnB1c2gobmFtZSk7XG4gICAgdmFsdWVzLnNldChuYW1lLCBkYXRhLnN1YmFycmF5KG9mZiwgb2ZmICsgbGVuKSk7XG4gICAgaSArPSAxMiArIG5hbWVMZW47XG4gIH1cbiAgcmV0dXJuIHsgbmFtZXMsIHZhbHVlcyB9O1xufVxuXG4vKiogRW5jb2RlIGVudHJpZXMgYXMgUG9ydGFnZSdzIHhwYWtfbWVtIGRvZXMgKHNvcnRlZCBieSBieXRlIHZhbHVlKS4gVXNlZCB0byBidWlsZCB0ZXN0IHBhY2thZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVhwYWsoZW50cmllczogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgQnVmZmVyPik6IEJ1ZmZlciB7XG4gIGNvbnN0IG5hbWVzID0gT2JqZWN0LmtleXMoZW50cmllcykuc29ydCgoYSwgYikgPT4gQnVmZmVyLmNvbXBhcmUoQnVmZmVyLmZyb20oYSksIEJ1ZmZlci5mcm9tKGIpKSk7XG4gIGNvbnN0IGlkeDogQnVmZmVyW10gPSBbXTtcbiAgY29uc3QgZGF0OiBCdWZmZXJbXSA9IFtdO1xuICBsZXQgb2ZmID0gMDtcbiAgZm9yIChjb25zdCBuIG9mIG5hbWVzKSB7XG4gICAgY29uc3QgdiA9IEJ1ZmZlci5pc0J1ZmZlcihlbnRyaWVzW25dKSA/IChlbnRyaWVzW25dIGFzIEJ1ZmZlcikgOiBCdWZmZXIuZnJvbShlbnRyaWVzW25dIGFzIHN0cmluZyk7XG4gICAgY29uc3QgbmIgPSBCdWZmZXIuZnJvbShuKTtcbiAgICBjb25zdCBoID0gQnVmZmVyLmFsbG9jKDQgKyBuYi5sZW5ndGggKyA4KTtcbiAgICBoLndyaXRlVUludDMyQkUobmIubGVuZ3RoLCAwKTtcbiAgICBuYi5jb3B5KGgsIDQpO1xuICAgIGgud3JpdGVVSW50MzJCRShvZmYsIDQgKyBuYi5sZW5ndGgpO1xuICAgIGgud3JpdGVVSW50MzJCRSh2Lmxlbmd0aCwgOCArIG5iLmxlbmd0aCk7XG4gICAgaWR4LnB1c2goaCk7XG4gICAgZGF0LnB1c2godik7XG4gICAgb2ZmICs9IHYubGVuZ3RoO1xuICB9XG4gIGNvbnN0IGluZGV4ID0gQnVmZmVyLmNvbmNhdChpZHgpO1xuICBjb25zdCBkYXRhID0gQnVmZmVyLmNvbmNhdChkYXQpO1xuICBjb25zdCBoZWFkID0gQnVmZmVyLmFsbG9jKDE2KTtcbiAgUEFDSy5jb3B5KGhlYWQpO1xuICBoZWFkLndyaXRlVUludDMyQkUoaW5kZXgubGVuZ3RoLCA4KTtcbiAgaGVhZC53cml0ZVVJbnQzMkJFKGRhdGEubGVuZ3RoLCAxMik7XG4gIGNvbnN0IHNlZyA9IEJ1ZmZlci5jb25jYXQoW2hlYWQsIGluZGV4LCBkYXRhLCBTVE9QXSk7XG4gIGNvbnN0IHRyYWlsZXIgPSBCdWZmZXIuYWxsb2MoOCk7XG4gIHRyYWlsZXIud3JpdGVVSW50MzJCRShzZWcubGVuZ3RoLCAwKTtcbiAgdHJhaWxlci53cml0ZSgnU1RPUCcsIDQsICdsYXRpbjEnKTtcbiAgcmV0dXJuIEJ1ZmZlci5jb25jYXQoW3NlZywgdHJhaWxlcl0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSxvQkFBdUQ7QUFVdkQsTUFBTSxPQUFPLE9BQU8sS0FBSyxVQUFVO0FBQ25DLE1BQU0sT0FBTyxPQUFPLEtBQUssVUFBVTtBQUVuQyxlQUFzQixTQUFTLEtBQW9DO0FBQ2pFLE1BQUksSUFBSSxPQUFPLElBQUksR0FBSSxPQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxrQ0FBa0MsSUFBSSxJQUFJLFNBQVM7QUFDaEgsUUFBTSxPQUFPLE1BQU0sSUFBSSxLQUFLLElBQUksT0FBTyxHQUFHLENBQUM7QUFDM0MsTUFBSSxLQUFLLFNBQVMsVUFBVSxHQUFHLENBQUMsTUFBTSxRQUFRO0FBQzVDLFVBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLHlGQUF5RjtBQUFBLEVBQ2pJO0FBQ0EsUUFBTSxNQUFNLEtBQUssYUFBYSxDQUFDO0FBQy9CLE1BQUksTUFBTSxNQUFNLE1BQU0sSUFBSSxJQUFJLE1BQU07QUFDbEMsVUFBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0seUJBQXlCLEdBQUcsNkNBQTZDLElBQUksT0FBTyxDQUFDLFlBQVk7QUFBQSxFQUN6STtBQUNBLE1BQUksTUFBTSxxQkFBTyxVQUFXLE9BQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLG9CQUFvQixHQUFHLDZCQUE2QixxQkFBTyxTQUFTLGFBQWE7QUFDbkosUUFBTSxRQUFRLElBQUksT0FBTyxJQUFJO0FBQzdCLFFBQU0sTUFBTSxNQUFNLElBQUksS0FBSyxPQUFPLEdBQUc7QUFDckMsUUFBTSxFQUFFLE9BQU8sT0FBTyxJQUFJLGlCQUFpQixJQUFJLE1BQU0sR0FBRztBQUN4RCxTQUFPLEVBQUUsZUFBZSxPQUFPLE9BQU8sT0FBTztBQUMvQztBQUdPLFNBQVMsaUJBQWlCLE1BQWMsS0FBK0Q7QUFDNUcsUUFBTSxNQUFNLENBQUMsTUFBcUI7QUFDaEMsVUFBTSxJQUFJLGdDQUFrQixNQUFNLDBCQUEwQixDQUFDLEVBQUU7QUFBQSxFQUNqRTtBQUNBLE1BQUksSUFBSSxTQUFTLE1BQU0sQ0FBQyxJQUFJLFNBQVMsR0FBRyxDQUFDLEVBQUUsT0FBTyxJQUFJLEVBQUcsS0FBSSwrREFBK0Q7QUFDNUgsTUFBSSxDQUFDLElBQUksU0FBUyxJQUFJLFNBQVMsQ0FBQyxFQUFFLE9BQU8sSUFBSSxFQUFHLEtBQUksdUNBQXVDO0FBQzNGLFFBQU0sV0FBVyxJQUFJLGFBQWEsQ0FBQztBQUNuQyxRQUFNLFVBQVUsSUFBSSxhQUFhLEVBQUU7QUFDbkMsTUFBSSxLQUFLLFdBQVcsVUFBVSxNQUFNLElBQUksUUFBUTtBQUM5QyxRQUFJLFVBQVUsUUFBUSxlQUFlLE9BQU8sa0NBQWtDLElBQUksTUFBTSxlQUFlO0FBQUEsRUFDekc7QUFDQSxRQUFNLFFBQVEsSUFBSSxTQUFTLElBQUksS0FBSyxRQUFRO0FBQzVDLFFBQU0sT0FBTyxJQUFJLFNBQVMsS0FBSyxVQUFVLEtBQUssV0FBVyxPQUFPO0FBQ2hFLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsTUFBSSxJQUFJO0FBQ1IsU0FBTyxJQUFJLE1BQU0sUUFBUTtBQUN2QixRQUFJLElBQUksSUFBSSxNQUFNLE9BQVEsS0FBSSw4QkFBOEI7QUFDNUQsVUFBTSxVQUFVLE1BQU0sYUFBYSxDQUFDO0FBQ3BDLFFBQUksWUFBWSxLQUFLLElBQUksSUFBSSxVQUFVLElBQUksTUFBTSxPQUFRLEtBQUksa0JBQWtCLENBQUMsa0NBQWtDLE9BQU8sRUFBRTtBQUMzSCxVQUFNLE9BQU8sTUFBTSxTQUFTLFFBQVEsSUFBSSxHQUFHLElBQUksSUFBSSxPQUFPO0FBQzFELFVBQU0sTUFBTSxNQUFNLGFBQWEsSUFBSSxJQUFJLE9BQU87QUFDOUMsVUFBTSxNQUFNLE1BQU0sYUFBYSxJQUFJLElBQUksT0FBTztBQUM5QyxRQUFJLE1BQU0sTUFBTSxLQUFLLE9BQVEsS0FBSSxjQUFVLDJCQUFZLElBQUksQ0FBQyxnQ0FBZ0MsR0FBRyxJQUFJLEdBQUcsTUFBTSxLQUFLLE1BQU0sR0FBRztBQUMxSCxRQUFJLE9BQU8sSUFBSSxJQUFJLEVBQUcsS0FBSSxjQUFVLDJCQUFZLElBQUksQ0FBQyxpQkFBaUI7QUFDdEUsVUFBTSxLQUFLLElBQUk7QUFDZixXQUFPLElBQUksTUFBTSxLQUFLLFNBQVMsS0FBSyxNQUFNLEdBQUcsQ0FBQztBQUM5QyxTQUFLLEtBQUs7QUFBQSxFQUNaO0FBQ0EsU0FBTyxFQUFFLE9BQU8sT0FBTztBQUN6QjtBQUdPLFNBQVMsV0FBVyxTQUFrRDtBQUMzRSxRQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sUUFBUSxPQUFPLEtBQUssQ0FBQyxHQUFHLE9BQU8sS0FBSyxDQUFDLENBQUMsQ0FBQztBQUNoRyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLE1BQUksTUFBTTtBQUNWLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFVBQU0sSUFBSSxPQUFPLFNBQVMsUUFBUSxDQUFDLENBQUMsSUFBSyxRQUFRLENBQUMsSUFBZSxPQUFPLEtBQUssUUFBUSxDQUFDLENBQVc7QUFDakcsVUFBTSxLQUFLLE9BQU8sS0FBSyxDQUFDO0FBQ3hCLFVBQU0sSUFBSSxPQUFPLE1BQU0sSUFBSSxHQUFHLFNBQVMsQ0FBQztBQUN4QyxNQUFFLGNBQWMsR0FBRyxRQUFRLENBQUM7QUFDNUIsT0FBRyxLQUFLLEdBQUcsQ0FBQztBQUNaLE1BQUUsY0FBYyxLQUFLLElBQUksR0FBRyxNQUFNO0FBQ2xDLE1BQUUsY0FBYyxFQUFFLFFBQVEsSUFBSSxHQUFHLE1BQU07QUFDdkMsUUFBSSxLQUFLLENBQUM7QUFDVixRQUFJLEtBQUssQ0FBQztBQUNWLFdBQU8sRUFBRTtBQUFBLEVBQ1g7QUFDQSxRQUFNLFFBQVEsT0FBTyxPQUFPLEdBQUc7QUFDL0IsUUFBTSxPQUFPLE9BQU8sT0FBTyxHQUFHO0FBQzlCLFFBQU0sT0FBTyxPQUFPLE1BQU0sRUFBRTtBQUM1QixPQUFLLEtBQUssSUFBSTtBQUNkLE9BQUssY0FBYyxNQUFNLFFBQVEsQ0FBQztBQUNsQyxPQUFLLGNBQWMsS0FBSyxRQUFRLEVBQUU7QUFDbEMsUUFBTSxNQUFNLE9BQU8sT0FBTyxDQUFDLE1BQU0sT0FBTyxNQUFNLElBQUksQ0FBQztBQUNuRCxRQUFNLFVBQVUsT0FBTyxNQUFNLENBQUM7QUFDOUIsVUFBUSxjQUFjLElBQUksUUFBUSxDQUFDO0FBQ25DLFVBQVEsTUFBTSxRQUFRLEdBQUcsUUFBUTtBQUNqQyxTQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssT0FBTyxDQUFDO0FBQ3JDOyIsCiAgIm5hbWVzIjogW10KfQo=
