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
var lz4Frame_exports = {};
__export(lz4Frame_exports, {
  lz4FrameStream: () => lz4FrameStream
});
module.exports = __toCommonJS(lz4Frame_exports);
var import_safety = require("./safety");
const MAGIC = 407708164;
const BLOCK_MAX = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 };
const HISTORY = 64 * 1024;
async function* lz4FrameStream(source, file) {
  const it = source[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let pos = 0;
  let ended = false;
  const need = async (n) => {
    while (buf.length - pos < n && !ended) {
      const r = await it.next();
      if (r.done) ended = true;
      else {
        buf = Buffer.concat([buf.subarray(pos), r.value]);
        pos = 0;
      }
    }
    return buf.length - pos >= n;
  };
  const take = async (n, what) => {
    if (!await need(n)) throw new import_safety.BinpkgFormatError(file, `lz4 data ends inside the ${what}`);
    const b = buf.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  let frames = 0;
  while (await need(4)) {
    const magic = (await take(4, "frame magic")).readUInt32LE(0);
    if ((magic & 4294967280) === 407710288) {
      const skip = (await take(4, "skippable frame")).readUInt32LE(0);
      await take(skip, "skippable frame");
      continue;
    }
    if (magic !== MAGIC) {
      if (frames > 0) return;
      throw new import_safety.BinpkgFormatError(file, "not an lz4 frame");
    }
    frames++;
    const [flg, bd] = await take(2, "frame header");
    if (flg >> 6 !== 1) throw new import_safety.BinpkgFormatError(file, "unsupported lz4 frame version");
    const blockMax = BLOCK_MAX[bd >> 4 & 7];
    if (!blockMax) throw new import_safety.BinpkgFormatError(file, "invalid lz4 block size");
    const blockChecksum = (flg & 16) !== 0;
    const contentChecksum = (flg & 4) !== 0;
    const independent = (flg & 32) !== 0;
    await take((flg & 8 ? 8 : 0) + (flg & 1 ? 4 : 0) + 1, "frame header");
    let history = Buffer.alloc(0);
    for (; ; ) {
      const word = (await take(4, "block size")).readUInt32LE(0);
      if (word === 0) break;
      const raw = (word & 2147483648) !== 0;
      const size = word & 2147483647;
      if (size > blockMax) throw new import_safety.BinpkgFormatError(file, `lz4 block of ${size} bytes exceeds the frame's ${blockMax}`);
      const data = await take(size, "block");
      if (blockChecksum) await take(4, "block checksum");
      let block;
      if (raw) block = Buffer.from(data);
      else {
        const dst = Buffer.allocUnsafe(history.length + blockMax);
        history.copy(dst, 0);
        const end = decodeBlock(data, dst, history.length, file);
        block = dst.subarray(history.length, end);
        if (!independent) history = Buffer.from(dst.subarray(Math.max(0, end - HISTORY), end));
      }
      if (raw && !independent) history = Buffer.from(Buffer.concat([history, block]).subarray(-HISTORY));
      if (block.length) yield block;
    }
    if (contentChecksum) await take(4, "content checksum");
  }
  if (frames === 0) throw new import_safety.BinpkgFormatError(file, "empty lz4 stream");
}
function decodeBlock(src, dst, dStart, file) {
  const bad = (why) => new import_safety.BinpkgFormatError(file, `corrupt lz4 block: ${why}`);
  let s = 0;
  let d = dStart;
  const sEnd = src.length;
  const dEnd = dst.length;
  while (s < sEnd) {
    const token = src[s++];
    let lit = token >> 4;
    if (lit === 15) {
      let b;
      do {
        if (s >= sEnd) throw bad("literal length runs past the block");
        b = src[s++];
        lit += b;
      } while (b === 255);
    }
    if (s + lit > sEnd || d + lit > dEnd) throw bad("literals run past the block");
    dst.set(src.subarray(s, s + lit), d);
    s += lit;
    d += lit;
    if (s >= sEnd) break;
    if (s + 2 > sEnd) throw bad("truncated match offset");
    const offset = src[s] | src[s + 1] << 8;
    s += 2;
    if (offset === 0 || offset > d) throw bad("match offset points before the window");
    let len = token & 15;
    if (len === 15) {
      let b;
      do {
        if (s >= sEnd) throw bad("match length runs past the block");
        b = src[s++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (d + len > dEnd) throw bad("match runs past the block size");
    for (let i = d - offset, n = i + len; i < n; ) dst[d++] = dst[i++];
  }
  return d;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  lz4FrameStream
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2x6NEZyYW1lLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFN0cmVhbWluZyBMWjQgZnJhbWUgZGVjb2RlciAod2hhdCBgbHo0IC1jYCB3cml0ZXM7IFBvcnRhZ2UncyBCSU5QS0dfQ09NUFJFU1M9bHo0KS4gVGhlIGJsb2NrXG4gKiBkZWNvZGVyIGlzIGx6NGpzJ3MgYWxnb3JpdGhtIHdpdGggYm91bmRzIGNoZWNrcyBhZGRlZDogbHo0anMgdHJ1c3RzIGl0cyBpbnB1dCwgYW5kIGEgaG9zdGlsZVxuICogbWF0Y2ggbGVuZ3RoIHdvdWxkIG1ha2UgaXQgc3BpbiBmb3IgYmlsbGlvbnMgb2YgaXRlcmF0aW9ucy5cbiAqL1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5cbmNvbnN0IE1BR0lDID0gMHgxODRkMjIwNDtcbmNvbnN0IEJMT0NLX01BWDogUmVjb3JkPG51bWJlciwgbnVtYmVyPiA9IHsgNDogNjQgPDwgMTAsIDU6IDI1NiA8PCAxMCwgNjogMSA8PCAyMCwgNzogNCA8PCAyMCB9O1xuY29uc3QgSElTVE9SWSA9IDY0ICogMTAyNDtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uKiBsejRGcmFtZVN0cmVhbShzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGZpbGU6IHN0cmluZyk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgaXQgPSBzb3VyY2VbU3ltYm9sLmFzeW5jSXRlcmF0b3JdKCk7XG4gIGxldCBidWYgPSBCdWZmZXIuYWxsb2MoMCk7XG4gIGxldCBwb3MgPSAwO1xuICBsZXQgZW5kZWQgPSBmYWxzZTtcbiAgY29uc3QgbmVlZCA9IGFzeW5jIChuOiBudW1iZXIpOiBQcm9taXNlPGJvb2xlYW4+ID0+IHtcbiAgICB3aGlsZSAoYnVmLmxlbmd0aCAtIHBvcyA8IG4gJiYgIWVuZGVkKSB7XG4gICAgICBjb25zdCByID0gYXdhaXQgaXQubmV4dCgpO1xuICAgICAgaWYgKHIuZG9uZSkgZW5kZWQgPSB0cnVlO1xuICAgICAgZWxzZSB7XG4gICAgICAgIGJ1ZiA9IEJ1ZmZlci5jb25jYXQoW2J1Zi5zdWJhcnJheShwb3MpLCByLnZhbHVlXSk7XG4gICAgICAgIHBvcyA9IDA7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBidWYubGVuZ3RoIC0gcG9zID49IG47XG4gIH07XG4gIGNvbnN0IHRha2UgPSBhc3luYyAobjogbnVtYmVyLCB3aGF0OiBzdHJpbmcpOiBQcm9taXNlPEJ1ZmZlcj4gPT4ge1xuICAgIGlmICghKGF3YWl0IG5lZWQobikpKSB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3IoZmlsZSwgYGx6NCBkYXRhIGVuZHMgaW5zaWRlIHRoZSAke3doYXR9YCk7XG4gICAgY29uc3QgYiA9IGJ1Zi5zdWJhcnJheShwb3MsIHBvcyArIG4pO1xuICAgIHBvcyArPSBuO1xuICAgIHJldHVybiBiO1xuICB9O1xuICBsZXQgZnJhbWVzID0gMDtcbiAgd2hpbGUgKGF3YWl0IG5lZWQoNCkpIHtcbiAgICBjb25zdCBtYWdpYyA9IChhd2FpdCB0YWtlKDQsICdmcmFtZSBtYWdpYycpKS5yZWFkVUludDMyTEUoMCk7XG4gICAgaWYgKChtYWdpYyAmIDB4ZmZmZmZmZjApID09PSAweDE4NGQyYTUwKSB7XG4gICAgICBjb25zdCBza2lwID0gKGF3YWl0IHRha2UoNCwgJ3NraXBwYWJsZSBmcmFtZScpKS5yZWFkVUludDMyTEUoMCk7XG4gICAgICBhd2FpdCB0YWtlKHNraXAsICdza2lwcGFibGUgZnJhbWUnKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAobWFnaWMgIT09IE1BR0lDKSB7XG4gICAgICBpZiAoZnJhbWVzID4gMCkgcmV0dXJuOyAvLyB0cmFpbGluZyBnYXJiYWdlIGFmdGVyIGNvbXBsZXRlIGZyYW1lcywgYXMgbHo0IHRvbGVyYXRlc1xuICAgICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGZpbGUsICdub3QgYW4gbHo0IGZyYW1lJyk7XG4gICAgfVxuICAgIGZyYW1lcysrO1xuICAgIGNvbnN0IFtmbGcsIGJkXSA9IGF3YWl0IHRha2UoMiwgJ2ZyYW1lIGhlYWRlcicpO1xuICAgIGlmIChmbGcgPj4gNiAhPT0gMSkgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGZpbGUsICd1bnN1cHBvcnRlZCBsejQgZnJhbWUgdmVyc2lvbicpO1xuICAgIGNvbnN0IGJsb2NrTWF4ID0gQkxPQ0tfTUFYWyhiZCA+PiA0KSAmIDddO1xuICAgIGlmICghYmxvY2tNYXgpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCAnaW52YWxpZCBsejQgYmxvY2sgc2l6ZScpO1xuICAgIGNvbnN0IGJsb2NrQ2hlY2tzdW0gPSAoZmxnICYgMHgxMCkgIT09IDA7XG4gICAgY29uc3QgY29udGVudENoZWNrc3VtID0gKGZsZyAmIDB4MDQpICE9PSAwO1xuICAgIGNvbnN0IGluZGVwZW5kZW50ID0gKGZsZyAmIDB4MjApICE9PSAwO1xuICAgIGF3YWl0IHRha2UoKGZsZyAmIDB4MDggPyA4IDogMCkgKyAoZmxnICYgMHgwMSA/IDQgOiAwKSArIDEsICdmcmFtZSBoZWFkZXInKTtcbiAgICBsZXQgaGlzdG9yeSA9IEJ1ZmZlci5hbGxvYygwKTtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCB3b3JkID0gKGF3YWl0IHRha2UoNCwgJ2Jsb2NrIHNpemUnKSkucmVhZFVJbnQzMkxFKDApO1xuICAgICAgaWYgKHdvcmQgPT09IDApIGJyZWFrO1xuICAgICAgY29uc3QgcmF3ID0gKHdvcmQgJiAweDgwMDAwMDAwKSAhPT0gMDtcbiAgICAgIGNvbnN0IHNpemUgPSB3b3JkICYgMHg3ZmZmZmZmZjtcbiAgICAgIGlmIChzaXplID4gYmxvY2tNYXgpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgbHo0IGJsb2NrIG9mICR7c2l6ZX0gYnl0ZXMgZXhjZWVkcyB0aGUgZnJhbWUncyAke2Jsb2NrTWF4fWApO1xuICAgICAgY29uc3QgZGF0YSA9IGF3YWl0IHRha2Uoc2l6ZSwgJ2Jsb2NrJyk7XG4gICAgICBpZiAoYmxvY2tDaGVja3N1bSkgYXdhaXQgdGFrZSg0LCAnYmxvY2sgY2hlY2tzdW0nKTtcbiAgICAgIGxldCBibG9jazogQnVmZmVyO1xuICAgICAgaWYgKHJhdykgYmxvY2sgPSBCdWZmZXIuZnJvbShkYXRhKTtcbiAgICAgIGVsc2Uge1xuICAgICAgICBjb25zdCBkc3QgPSBCdWZmZXIuYWxsb2NVbnNhZmUoaGlzdG9yeS5sZW5ndGggKyBibG9ja01heCk7XG4gICAgICAgIGhpc3RvcnkuY29weShkc3QsIDApO1xuICAgICAgICBjb25zdCBlbmQgPSBkZWNvZGVCbG9jayhkYXRhLCBkc3QsIGhpc3RvcnkubGVuZ3RoLCBmaWxlKTtcbiAgICAgICAgYmxvY2sgPSBkc3Quc3ViYXJyYXkoaGlzdG9yeS5sZW5ndGgsIGVuZCk7XG4gICAgICAgIGlmICghaW5kZXBlbmRlbnQpIGhpc3RvcnkgPSBCdWZmZXIuZnJvbShkc3Quc3ViYXJyYXkoTWF0aC5tYXgoMCwgZW5kIC0gSElTVE9SWSksIGVuZCkpO1xuICAgICAgfVxuICAgICAgaWYgKHJhdyAmJiAhaW5kZXBlbmRlbnQpIGhpc3RvcnkgPSBCdWZmZXIuZnJvbShCdWZmZXIuY29uY2F0KFtoaXN0b3J5LCBibG9ja10pLnN1YmFycmF5KC1ISVNUT1JZKSk7XG4gICAgICBpZiAoYmxvY2subGVuZ3RoKSB5aWVsZCBibG9jaztcbiAgICB9XG4gICAgaWYgKGNvbnRlbnRDaGVja3N1bSkgYXdhaXQgdGFrZSg0LCAnY29udGVudCBjaGVja3N1bScpO1xuICB9XG4gIGlmIChmcmFtZXMgPT09IDApIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCAnZW1wdHkgbHo0IHN0cmVhbScpO1xufVxuXG4vKiogRGVjb2RlIG9uZSBibG9jayBpbnRvIGRzdCBzdGFydGluZyBhdCBkU3RhcnQgKGRzdFswLi5kU3RhcnQpIGlzIHRoZSBoaXN0b3J5IHdpbmRvdykuICovXG5mdW5jdGlvbiBkZWNvZGVCbG9jayhzcmM6IFVpbnQ4QXJyYXksIGRzdDogVWludDhBcnJheSwgZFN0YXJ0OiBudW1iZXIsIGZpbGU6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGJhZCA9ICh3aHk6IHN0cmluZykgPT4gbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGZpbGUsIGBjb3JydXB0IGx6NCBibG9jazogJHt3aHl9YCk7XG4gIGxldCBzID0gMDtcbiAgbGV0IGQgPSBkU3RhcnQ7XG4gIGNvbnN0IHNFbmQgPSBzcmMubGVuZ3RoO1xuICBjb25zdCBkRW5kID0gZHN0Lmxlbmd0aDtcbiAgd2hpbGUgKHMgPCBzRW5kKSB7XG4gICAgY29uc3QgdG9rZW4gPSBzcmNbcysrXTtcbiAgICBsZXQgbGl0ID0gdG9rZW4gPj4gNDtcbiAgICBpZiAobGl0ID09PSAxNSkge1xuICAgICAgbGV0IGI6IG51bWJlcjtcbiAgICAgIGRvIHtcbiAgICAgICAgaWYgKHMgPj0gc0VuZCkgdGhyb3cgYmFkKCdsaXRlcmFsIGxlbmd0aCBydW5zIHBhc3QgdGhlIGJsb2NrJyk7XG4gICAgICAgIGIgPSBzcmNbcysrXTtcbiAgICAgICAgbGl0ICs9IGI7XG4gICAgICB9IHdoaWxlIChiID09PSAyNTUpO1xuICAgIH1cbiAgICBpZiAocyArIGxpdCA+IHNFbmQgfHwgZCArIGxpdCA+IGRFbmQpIHRocm93IGJhZCgnbGl0ZXJhbHMgcnVuIHBhc3QgdGhlIGJsb2NrJyk7XG4gICAgZHN0LnNldChzcmMuc3ViYXJyYXkocywgcyArIGxpdCksIGQpO1xuICAgIHMgKz0gbGl0O1xuICAgIGQgKz0gbGl0O1xuICAgIGlmIChzID49IHNFbmQpIGJyZWFrO1xuICAgIGlmIChzICsgMiA+IHNFbmQpIHRocm93IGJhZCgndHJ1bmNhdGVkIG1hdGNoIG9mZnNldCcpO1xuICAgIGNvbnN0IG9mZnNldCA9IHNyY1tzXSB8IChzcmNbcyArIDFdIDw8IDgpO1xuICAgIHMgKz0gMjtcbiAgICBpZiAob2Zmc2V0ID09PSAwIHx8IG9mZnNldCA+IGQpIHRocm93IGJhZCgnbWF0Y2ggb2Zmc2V0IHBvaW50cyBiZWZvcmUgdGhlIHdpbmRvdycpO1xuICAgIGxldCBsZW4gPSB0b2tlbiAmIDE1O1xuICAgIGlmIChsZW4gPT09IDE1KSB7XG4gICAgICBsZXQgYjogbnVtYmVyO1xuICAgICAgZG8ge1xuICAgICAgICBpZiAocyA+PSBzRW5kKSB0aHJvdyBiYWQoJ21hdGNoIGxlbmd0aCBydW5zIHBhc3QgdGhlIGJsb2NrJyk7XG4gICAgICAgIGIgPSBzcmNbcysrXTtcbiAgICAgICAgbGVuICs9IGI7XG4gICAgICB9IHdoaWxlIChiID09PSAyNTUpO1xuICAgIH1cbiAgICBsZW4gKz0gNDtcbiAgICBpZiAoZCArIGxlbiA+IGRFbmQpIHRocm93IGJhZCgnbWF0Y2ggcnVucyBwYXN0IHRoZSBibG9jayBzaXplJyk7XG4gICAgZm9yIChsZXQgaSA9IGQgLSBvZmZzZXQsIG4gPSBpICsgbGVuOyBpIDwgbjsgKSBkc3RbZCsrXSA9IGRzdFtpKytdO1xuICB9XG4gIHJldHVybiBkO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLG9CQUFrQztBQUVsQyxNQUFNLFFBQVE7QUFDZCxNQUFNLFlBQW9DLEVBQUUsR0FBRyxNQUFNLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDOUYsTUFBTSxVQUFVLEtBQUs7QUFFckIsZ0JBQXVCLGVBQWUsUUFBbUMsTUFBMEM7QUFDakgsUUFBTSxLQUFLLE9BQU8sT0FBTyxhQUFhLEVBQUU7QUFDeEMsTUFBSSxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3hCLE1BQUksTUFBTTtBQUNWLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxPQUFPLE1BQWdDO0FBQ2xELFdBQU8sSUFBSSxTQUFTLE1BQU0sS0FBSyxDQUFDLE9BQU87QUFDckMsWUFBTSxJQUFJLE1BQU0sR0FBRyxLQUFLO0FBQ3hCLFVBQUksRUFBRSxLQUFNLFNBQVE7QUFBQSxXQUNmO0FBQ0gsY0FBTSxPQUFPLE9BQU8sQ0FBQyxJQUFJLFNBQVMsR0FBRyxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ2hELGNBQU07QUFBQSxNQUNSO0FBQUEsSUFDRjtBQUNBLFdBQU8sSUFBSSxTQUFTLE9BQU87QUFBQSxFQUM3QjtBQUNBLFFBQU0sT0FBTyxPQUFPLEdBQVcsU0FBa0M7QUFDL0QsUUFBSSxDQUFFLE1BQU0sS0FBSyxDQUFDLEVBQUksT0FBTSxJQUFJLGdDQUFrQixNQUFNLDRCQUE0QixJQUFJLEVBQUU7QUFDMUYsVUFBTSxJQUFJLElBQUksU0FBUyxLQUFLLE1BQU0sQ0FBQztBQUNuQyxXQUFPO0FBQ1AsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLFNBQVM7QUFDYixTQUFPLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFDcEIsVUFBTSxTQUFTLE1BQU0sS0FBSyxHQUFHLGFBQWEsR0FBRyxhQUFhLENBQUM7QUFDM0QsU0FBSyxRQUFRLGdCQUFnQixXQUFZO0FBQ3ZDLFlBQU0sUUFBUSxNQUFNLEtBQUssR0FBRyxpQkFBaUIsR0FBRyxhQUFhLENBQUM7QUFDOUQsWUFBTSxLQUFLLE1BQU0saUJBQWlCO0FBQ2xDO0FBQUEsSUFDRjtBQUNBLFFBQUksVUFBVSxPQUFPO0FBQ25CLFVBQUksU0FBUyxFQUFHO0FBQ2hCLFlBQU0sSUFBSSxnQ0FBa0IsTUFBTSxrQkFBa0I7QUFBQSxJQUN0RDtBQUNBO0FBQ0EsVUFBTSxDQUFDLEtBQUssRUFBRSxJQUFJLE1BQU0sS0FBSyxHQUFHLGNBQWM7QUFDOUMsUUFBSSxPQUFPLE1BQU0sRUFBRyxPQUFNLElBQUksZ0NBQWtCLE1BQU0sK0JBQStCO0FBQ3JGLFVBQU0sV0FBVyxVQUFXLE1BQU0sSUFBSyxDQUFDO0FBQ3hDLFFBQUksQ0FBQyxTQUFVLE9BQU0sSUFBSSxnQ0FBa0IsTUFBTSx3QkFBd0I7QUFDekUsVUFBTSxpQkFBaUIsTUFBTSxRQUFVO0FBQ3ZDLFVBQU0sbUJBQW1CLE1BQU0sT0FBVTtBQUN6QyxVQUFNLGVBQWUsTUFBTSxRQUFVO0FBQ3JDLFVBQU0sTUFBTSxNQUFNLElBQU8sSUFBSSxNQUFNLE1BQU0sSUFBTyxJQUFJLEtBQUssR0FBRyxjQUFjO0FBQzFFLFFBQUksVUFBVSxPQUFPLE1BQU0sQ0FBQztBQUM1QixlQUFTO0FBQ1AsWUFBTSxRQUFRLE1BQU0sS0FBSyxHQUFHLFlBQVksR0FBRyxhQUFhLENBQUM7QUFDekQsVUFBSSxTQUFTLEVBQUc7QUFDaEIsWUFBTSxPQUFPLE9BQU8sZ0JBQWdCO0FBQ3BDLFlBQU0sT0FBTyxPQUFPO0FBQ3BCLFVBQUksT0FBTyxTQUFVLE9BQU0sSUFBSSxnQ0FBa0IsTUFBTSxnQkFBZ0IsSUFBSSw4QkFBOEIsUUFBUSxFQUFFO0FBQ25ILFlBQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxPQUFPO0FBQ3JDLFVBQUksY0FBZSxPQUFNLEtBQUssR0FBRyxnQkFBZ0I7QUFDakQsVUFBSTtBQUNKLFVBQUksSUFBSyxTQUFRLE9BQU8sS0FBSyxJQUFJO0FBQUEsV0FDNUI7QUFDSCxjQUFNLE1BQU0sT0FBTyxZQUFZLFFBQVEsU0FBUyxRQUFRO0FBQ3hELGdCQUFRLEtBQUssS0FBSyxDQUFDO0FBQ25CLGNBQU0sTUFBTSxZQUFZLE1BQU0sS0FBSyxRQUFRLFFBQVEsSUFBSTtBQUN2RCxnQkFBUSxJQUFJLFNBQVMsUUFBUSxRQUFRLEdBQUc7QUFDeEMsWUFBSSxDQUFDLFlBQWEsV0FBVSxPQUFPLEtBQUssSUFBSSxTQUFTLEtBQUssSUFBSSxHQUFHLE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQztBQUFBLE1BQ3ZGO0FBQ0EsVUFBSSxPQUFPLENBQUMsWUFBYSxXQUFVLE9BQU8sS0FBSyxPQUFPLE9BQU8sQ0FBQyxTQUFTLEtBQUssQ0FBQyxFQUFFLFNBQVMsQ0FBQyxPQUFPLENBQUM7QUFDakcsVUFBSSxNQUFNLE9BQVEsT0FBTTtBQUFBLElBQzFCO0FBQ0EsUUFBSSxnQkFBaUIsT0FBTSxLQUFLLEdBQUcsa0JBQWtCO0FBQUEsRUFDdkQ7QUFDQSxNQUFJLFdBQVcsRUFBRyxPQUFNLElBQUksZ0NBQWtCLE1BQU0sa0JBQWtCO0FBQ3hFO0FBR0EsU0FBUyxZQUFZLEtBQWlCLEtBQWlCLFFBQWdCLE1BQXNCO0FBQzNGLFFBQU0sTUFBTSxDQUFDLFFBQWdCLElBQUksZ0NBQWtCLE1BQU0sc0JBQXNCLEdBQUcsRUFBRTtBQUNwRixNQUFJLElBQUk7QUFDUixNQUFJLElBQUk7QUFDUixRQUFNLE9BQU8sSUFBSTtBQUNqQixRQUFNLE9BQU8sSUFBSTtBQUNqQixTQUFPLElBQUksTUFBTTtBQUNmLFVBQU0sUUFBUSxJQUFJLEdBQUc7QUFDckIsUUFBSSxNQUFNLFNBQVM7QUFDbkIsUUFBSSxRQUFRLElBQUk7QUFDZCxVQUFJO0FBQ0osU0FBRztBQUNELFlBQUksS0FBSyxLQUFNLE9BQU0sSUFBSSxvQ0FBb0M7QUFDN0QsWUFBSSxJQUFJLEdBQUc7QUFDWCxlQUFPO0FBQUEsTUFDVCxTQUFTLE1BQU07QUFBQSxJQUNqQjtBQUNBLFFBQUksSUFBSSxNQUFNLFFBQVEsSUFBSSxNQUFNLEtBQU0sT0FBTSxJQUFJLDZCQUE2QjtBQUM3RSxRQUFJLElBQUksSUFBSSxTQUFTLEdBQUcsSUFBSSxHQUFHLEdBQUcsQ0FBQztBQUNuQyxTQUFLO0FBQ0wsU0FBSztBQUNMLFFBQUksS0FBSyxLQUFNO0FBQ2YsUUFBSSxJQUFJLElBQUksS0FBTSxPQUFNLElBQUksd0JBQXdCO0FBQ3BELFVBQU0sU0FBUyxJQUFJLENBQUMsSUFBSyxJQUFJLElBQUksQ0FBQyxLQUFLO0FBQ3ZDLFNBQUs7QUFDTCxRQUFJLFdBQVcsS0FBSyxTQUFTLEVBQUcsT0FBTSxJQUFJLHVDQUF1QztBQUNqRixRQUFJLE1BQU0sUUFBUTtBQUNsQixRQUFJLFFBQVEsSUFBSTtBQUNkLFVBQUk7QUFDSixTQUFHO0FBQ0QsWUFBSSxLQUFLLEtBQU0sT0FBTSxJQUFJLGtDQUFrQztBQUMzRCxZQUFJLElBQUksR0FBRztBQUNYLGVBQU87QUFBQSxNQUNULFNBQVMsTUFBTTtBQUFBLElBQ2pCO0FBQ0EsV0FBTztBQUNQLFFBQUksSUFBSSxNQUFNLEtBQU0sT0FBTSxJQUFJLGdDQUFnQztBQUM5RCxhQUFTLElBQUksSUFBSSxRQUFRLElBQUksSUFBSSxLQUFLLElBQUksSUFBSyxLQUFJLEdBQUcsSUFBSSxJQUFJLEdBQUc7QUFBQSxFQUNuRTtBQUNBLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
