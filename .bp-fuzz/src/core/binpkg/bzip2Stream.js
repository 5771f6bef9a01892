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
var bzip2Stream_exports = {};
__export(bzip2Stream_exports, {
  bunzip2Stream: () => bunzip2Stream
});
module.exports = __toCommonJS(bzip2Stream_exports);
var import_safety = require("./safety");
const Bunzip = require("seek-bzip");
const READ_AHEAD = 4 * 1024 * 1024;
const OUT_CHUNK = 256 * 1024;
async function* bunzip2Stream(source, file) {
  const it = source[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let pos = 0;
  let ended = false;
  let consumedBefore = 0;
  const fill = async (want) => {
    while (!ended && buf.length - pos < want) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      consumedBefore += pos;
      buf = Buffer.concat([buf.subarray(pos), r.value]);
      pos = 0;
    }
  };
  const input = {
    readByte() {
      if (pos < buf.length) return buf[pos++];
      if (ended) throw new import_safety.BinpkgFormatError(file, `bzip2 data ends early (after ${consumedBefore + pos} bytes)`);
      throw new import_safety.BinpkgFormatError(file, "bzip2 block larger than any valid block");
    },
    read(target, off, len) {
      let n = 0;
      while (n < len && pos < buf.length) target[off + n++] = buf[pos++];
      return n === 0 && len > 0 ? -1 : n;
    },
    eof() {
      return ended && pos >= buf.length;
    }
  };
  let out = Buffer.allocUnsafe(OUT_CHUNK);
  let outPos = 0;
  const ready = [];
  const output = {
    writeByte(b) {
      out[outPos++] = b;
      if (outPos === OUT_CHUNK) {
        ready.push(out);
        out = Buffer.allocUnsafe(OUT_CHUNK);
        outPos = 0;
      }
    },
    flush() {
    }
  };
  await fill(READ_AHEAD);
  if (buf.length === 0) throw new import_safety.BinpkgFormatError(file, "empty bzip2 stream");
  let bz;
  try {
    bz = new Bunzip(input, output);
  } catch (e) {
    throw asFormatError(file, e);
  }
  for (; ; ) {
    await fill(READ_AHEAD);
    if (input.eof()) break;
    let more;
    try {
      more = bz._init_block();
      if (more) bz._read_bunzip();
      else {
        const crc = bz.reader.read(32) >>> 0;
        if (crc !== bz.streamCRC) throw new import_safety.BinpkgFormatError(file, "bzip2 stream checksum mismatch");
      }
    } catch (e) {
      throw asFormatError(file, e);
    }
    if (ready.length) yield* ready.splice(0);
    if (!more) {
      await fill(READ_AHEAD);
      if (input.eof()) break;
      try {
        bz._start_bunzip(input, output);
      } catch (e) {
        throw asFormatError(file, e);
      }
    }
  }
  if (outPos) yield out.subarray(0, outPos);
}
function asFormatError(file, e) {
  if (e instanceof import_safety.BinpkgFormatError) return e;
  return new import_safety.BinpkgFormatError(file, `corrupt bzip2 data: ${e instanceof Error ? e.message : String(e)}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bunzip2Stream
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2J6aXAyU3RyZWFtLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFN0cmVhbWluZyBiemlwMiB3aXRoIHNlZWstYnppcC4gc2Vlay1iemlwIGRlY29kZXMgc3luY2hyb25vdXNseSBmcm9tIGEgYnl0ZSBzb3VyY2UsIHNvIHdlIHJlYWQgYWhlYWRcbiAqIGZhciBlbm91Z2ggdGhhdCBvbmUgd2hvbGUgYmxvY2sgKGF0IG1vc3QgfjIuMyBNQiBjb21wcmVzc2VkKSBpcyBidWZmZXJlZCwgdGhlbiBkZWNvZGUgdGhhdCBibG9jay5cbiAqIE1lbW9yeSBzdGF5cyBhdCBhIGZldyBNQiB3aGF0ZXZlciB0aGUgc2l6ZSBvZiB0aGUgaW5wdXQuIEhhbmRsZXMgY29uY2F0ZW5hdGVkIHN0cmVhbXMgKHBiemlwMiwgbGJ6aXAyKS5cbiAqL1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5cbmludGVyZmFjZSBCdW56aXBJbnN0YW5jZSB7XG4gIF9pbml0X2Jsb2NrKCk6IGJvb2xlYW47XG4gIF9yZWFkX2J1bnppcCgpOiBudW1iZXI7XG4gIF9zdGFydF9idW56aXAoaW5wdXQ6IHVua25vd24sIG91dHB1dDogdW5rbm93bik6IHZvaWQ7XG4gIHJlYWRlcjogeyByZWFkKGJpdHM6IG51bWJlcik6IG51bWJlciB9O1xuICBzdHJlYW1DUkM6IG51bWJlcjtcbn1cbnR5cGUgQnVuemlwQ3RvciA9IG5ldyAoaW5wdXQ6IHVua25vd24sIG91dHB1dDogdW5rbm93bikgPT4gQnVuemlwSW5zdGFuY2U7XG4vLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuY29uc3QgQnVuemlwID0gcmVxdWlyZSgnc2Vlay1iemlwJykgYXMgQnVuemlwQ3RvcjtcblxuLyoqIFJlYWQtYWhlYWQgYmVmb3JlIGVhY2ggYmxvY2s6IGxhcmdlciB0aGFuIHRoZSBsYXJnZXN0IHBvc3NpYmxlIGNvbXByZXNzZWQgYnppcDIgYmxvY2suICovXG5jb25zdCBSRUFEX0FIRUFEID0gNCAqIDEwMjQgKiAxMDI0O1xuY29uc3QgT1VUX0NIVU5LID0gMjU2ICogMTAyNDtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uKiBidW56aXAyU3RyZWFtKHNvdXJjZTogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PiwgZmlsZTogc3RyaW5nKTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBjb25zdCBpdCA9IHNvdXJjZVtTeW1ib2wuYXN5bmNJdGVyYXRvcl0oKTtcbiAgbGV0IGJ1ZiA9IEJ1ZmZlci5hbGxvYygwKTtcbiAgbGV0IHBvcyA9IDA7XG4gIGxldCBlbmRlZCA9IGZhbHNlO1xuICBsZXQgY29uc3VtZWRCZWZvcmUgPSAwO1xuICBjb25zdCBmaWxsID0gYXN5bmMgKHdhbnQ6IG51bWJlcikgPT4ge1xuICAgIHdoaWxlICghZW5kZWQgJiYgYnVmLmxlbmd0aCAtIHBvcyA8IHdhbnQpIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBpdC5uZXh0KCk7XG4gICAgICBpZiAoci5kb25lKSB7XG4gICAgICAgIGVuZGVkID0gdHJ1ZTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBjb25zdW1lZEJlZm9yZSArPSBwb3M7XG4gICAgICBidWYgPSBCdWZmZXIuY29uY2F0KFtidWYuc3ViYXJyYXkocG9zKSwgci52YWx1ZV0pO1xuICAgICAgcG9zID0gMDtcbiAgICB9XG4gIH07XG4gIGNvbnN0IGlucHV0ID0ge1xuICAgIHJlYWRCeXRlKCk6IG51bWJlciB7XG4gICAgICBpZiAocG9zIDwgYnVmLmxlbmd0aCkgcmV0dXJuIGJ1Zltwb3MrK107XG4gICAgICBpZiAoZW5kZWQpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgYnppcDIgZGF0YSBlbmRzIGVhcmx5IChhZnRlciAke2NvbnN1bWVkQmVmb3JlICsgcG9zfSBieXRlcylgKTtcbiAgICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCAnYnppcDIgYmxvY2sgbGFyZ2VyIHRoYW4gYW55IHZhbGlkIGJsb2NrJyk7XG4gICAgfSxcbiAgICByZWFkKHRhcmdldDogVWludDhBcnJheSwgb2ZmOiBudW1iZXIsIGxlbjogbnVtYmVyKTogbnVtYmVyIHtcbiAgICAgIGxldCBuID0gMDtcbiAgICAgIHdoaWxlIChuIDwgbGVuICYmIHBvcyA8IGJ1Zi5sZW5ndGgpIHRhcmdldFtvZmYgKyBuKytdID0gYnVmW3BvcysrXTtcbiAgICAgIHJldHVybiBuID09PSAwICYmIGxlbiA+IDAgPyAtMSA6IG47XG4gICAgfSxcbiAgICBlb2YoKTogYm9vbGVhbiB7XG4gICAgICByZXR1cm4gZW5kZWQgJiYgcG9zID49IGJ1Zi5sZW5ndGg7XG4gICAgfSxcbiAgfTtcbiAgbGV0IG91dCA9IEJ1ZmZlci5hbGxvY1Vuc2FmZShPVVRfQ0hVTkspO1xuICBsZXQgb3V0UG9zID0gMDtcbiAgY29uc3QgcmVhZHk6IEJ1ZmZlcltdID0gW107XG4gIGNvbnN0IG91dHB1dCA9IHtcbiAgICB3cml0ZUJ5dGUoYjogbnVtYmVyKTogdm9pZCB7XG4gICAgICBvdXRbb3V0UG9zKytdID0gYjtcbiAgICAgIGlmIChvdXRQb3MgPT09IE9VVF9DSFVOSykge1xuICAgICAgICByZWFkeS5wdXNoKG91dCk7XG4gICAgICAgIG91dCA9IEJ1ZmZlci5hbGxvY1Vuc2FmZShPVVRfQ0hVTkspO1xuICAgICAgICBvdXRQb3MgPSAwO1xuICAgICAgfVxuICAgIH0sXG4gICAgZmx1c2goKTogdm9pZCB7fSxcbiAgfTtcblxuICBhd2FpdCBmaWxsKFJFQURfQUhFQUQpO1xuICBpZiAoYnVmLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGZpbGUsICdlbXB0eSBiemlwMiBzdHJlYW0nKTtcbiAgbGV0IGJ6OiBCdW56aXBJbnN0YW5jZTtcbiAgdHJ5IHtcbiAgICBieiA9IG5ldyBCdW56aXAoaW5wdXQsIG91dHB1dCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBhc0Zvcm1hdEVycm9yKGZpbGUsIGUpO1xuICB9XG4gIGZvciAoOzspIHtcbiAgICBhd2FpdCBmaWxsKFJFQURfQUhFQUQpO1xuICAgIGlmIChpbnB1dC5lb2YoKSkgYnJlYWs7XG4gICAgbGV0IG1vcmU6IGJvb2xlYW47XG4gICAgdHJ5IHtcbiAgICAgIG1vcmUgPSBiei5faW5pdF9ibG9jaygpO1xuICAgICAgaWYgKG1vcmUpIGJ6Ll9yZWFkX2J1bnppcCgpO1xuICAgICAgZWxzZSB7XG4gICAgICAgIGNvbnN0IGNyYyA9IGJ6LnJlYWRlci5yZWFkKDMyKSA+Pj4gMDtcbiAgICAgICAgaWYgKGNyYyAhPT0gYnouc3RyZWFtQ1JDKSB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3IoZmlsZSwgJ2J6aXAyIHN0cmVhbSBjaGVja3N1bSBtaXNtYXRjaCcpO1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IGFzRm9ybWF0RXJyb3IoZmlsZSwgZSk7XG4gICAgfVxuICAgIGlmIChyZWFkeS5sZW5ndGgpIHlpZWxkKiByZWFkeS5zcGxpY2UoMCk7XG4gICAgaWYgKCFtb3JlKSB7XG4gICAgICBhd2FpdCBmaWxsKFJFQURfQUhFQUQpO1xuICAgICAgaWYgKGlucHV0LmVvZigpKSBicmVhaztcbiAgICAgIC8vIEFub3RoZXIgc3RyZWFtIGZvbGxvd3MgKHBiemlwMiBvdXRwdXQpOiBpdCBtdXN0IHN0YXJ0IHdpdGggaXRzIG93biBcIkJaaFwiIGhlYWRlci5cbiAgICAgIHRyeSB7XG4gICAgICAgIGJ6Ll9zdGFydF9idW56aXAoaW5wdXQsIG91dHB1dCk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHRocm93IGFzRm9ybWF0RXJyb3IoZmlsZSwgZSk7XG4gICAgICB9XG4gICAgfVxuICB9XG4gIGlmIChvdXRQb3MpIHlpZWxkIG91dC5zdWJhcnJheSgwLCBvdXRQb3MpO1xufVxuXG5mdW5jdGlvbiBhc0Zvcm1hdEVycm9yKGZpbGU6IHN0cmluZywgZTogdW5rbm93bik6IEJpbnBrZ0Zvcm1hdEVycm9yIHtcbiAgaWYgKGUgaW5zdGFuY2VvZiBCaW5wa2dGb3JtYXRFcnJvcikgcmV0dXJuIGU7XG4gIHJldHVybiBuZXcgQmlucGtnRm9ybWF0RXJyb3IoZmlsZSwgYGNvcnJ1cHQgYnppcDIgZGF0YTogJHtlIGluc3RhbmNlb2YgRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSl9YCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0Esb0JBQWtDO0FBV2xDLE1BQU0sU0FBUyxRQUFRLFdBQVc7QUFHbEMsTUFBTSxhQUFhLElBQUksT0FBTztBQUM5QixNQUFNLFlBQVksTUFBTTtBQUV4QixnQkFBdUIsY0FBYyxRQUFtQyxNQUEwQztBQUNoSCxRQUFNLEtBQUssT0FBTyxPQUFPLGFBQWEsRUFBRTtBQUN4QyxNQUFJLE1BQU0sT0FBTyxNQUFNLENBQUM7QUFDeEIsTUFBSSxNQUFNO0FBQ1YsTUFBSSxRQUFRO0FBQ1osTUFBSSxpQkFBaUI7QUFDckIsUUFBTSxPQUFPLE9BQU8sU0FBaUI7QUFDbkMsV0FBTyxDQUFDLFNBQVMsSUFBSSxTQUFTLE1BQU0sTUFBTTtBQUN4QyxZQUFNLElBQUksTUFBTSxHQUFHLEtBQUs7QUFDeEIsVUFBSSxFQUFFLE1BQU07QUFDVixnQkFBUTtBQUNSO0FBQUEsTUFDRjtBQUNBLHdCQUFrQjtBQUNsQixZQUFNLE9BQU8sT0FBTyxDQUFDLElBQUksU0FBUyxHQUFHLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDaEQsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRO0FBQUEsSUFDWixXQUFtQjtBQUNqQixVQUFJLE1BQU0sSUFBSSxPQUFRLFFBQU8sSUFBSSxLQUFLO0FBQ3RDLFVBQUksTUFBTyxPQUFNLElBQUksZ0NBQWtCLE1BQU0sZ0NBQWdDLGlCQUFpQixHQUFHLFNBQVM7QUFDMUcsWUFBTSxJQUFJLGdDQUFrQixNQUFNLHlDQUF5QztBQUFBLElBQzdFO0FBQUEsSUFDQSxLQUFLLFFBQW9CLEtBQWEsS0FBcUI7QUFDekQsVUFBSSxJQUFJO0FBQ1IsYUFBTyxJQUFJLE9BQU8sTUFBTSxJQUFJLE9BQVEsUUFBTyxNQUFNLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDakUsYUFBTyxNQUFNLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFBQSxJQUNuQztBQUFBLElBQ0EsTUFBZTtBQUNiLGFBQU8sU0FBUyxPQUFPLElBQUk7QUFBQSxJQUM3QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sT0FBTyxZQUFZLFNBQVM7QUFDdEMsTUFBSSxTQUFTO0FBQ2IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sU0FBUztBQUFBLElBQ2IsVUFBVSxHQUFpQjtBQUN6QixVQUFJLFFBQVEsSUFBSTtBQUNoQixVQUFJLFdBQVcsV0FBVztBQUN4QixjQUFNLEtBQUssR0FBRztBQUNkLGNBQU0sT0FBTyxZQUFZLFNBQVM7QUFDbEMsaUJBQVM7QUFBQSxNQUNYO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBYztBQUFBLElBQUM7QUFBQSxFQUNqQjtBQUVBLFFBQU0sS0FBSyxVQUFVO0FBQ3JCLE1BQUksSUFBSSxXQUFXLEVBQUcsT0FBTSxJQUFJLGdDQUFrQixNQUFNLG9CQUFvQjtBQUM1RSxNQUFJO0FBQ0osTUFBSTtBQUNGLFNBQUssSUFBSSxPQUFPLE9BQU8sTUFBTTtBQUFBLEVBQy9CLFNBQVMsR0FBRztBQUNWLFVBQU0sY0FBYyxNQUFNLENBQUM7QUFBQSxFQUM3QjtBQUNBLGFBQVM7QUFDUCxVQUFNLEtBQUssVUFBVTtBQUNyQixRQUFJLE1BQU0sSUFBSSxFQUFHO0FBQ2pCLFFBQUk7QUFDSixRQUFJO0FBQ0YsYUFBTyxHQUFHLFlBQVk7QUFDdEIsVUFBSSxLQUFNLElBQUcsYUFBYTtBQUFBLFdBQ3JCO0FBQ0gsY0FBTSxNQUFNLEdBQUcsT0FBTyxLQUFLLEVBQUUsTUFBTTtBQUNuQyxZQUFJLFFBQVEsR0FBRyxVQUFXLE9BQU0sSUFBSSxnQ0FBa0IsTUFBTSxnQ0FBZ0M7QUFBQSxNQUM5RjtBQUFBLElBQ0YsU0FBUyxHQUFHO0FBQ1YsWUFBTSxjQUFjLE1BQU0sQ0FBQztBQUFBLElBQzdCO0FBQ0EsUUFBSSxNQUFNLE9BQVEsUUFBTyxNQUFNLE9BQU8sQ0FBQztBQUN2QyxRQUFJLENBQUMsTUFBTTtBQUNULFlBQU0sS0FBSyxVQUFVO0FBQ3JCLFVBQUksTUFBTSxJQUFJLEVBQUc7QUFFakIsVUFBSTtBQUNGLFdBQUcsY0FBYyxPQUFPLE1BQU07QUFBQSxNQUNoQyxTQUFTLEdBQUc7QUFDVixjQUFNLGNBQWMsTUFBTSxDQUFDO0FBQUEsTUFDN0I7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBUSxPQUFNLElBQUksU0FBUyxHQUFHLE1BQU07QUFDMUM7QUFFQSxTQUFTLGNBQWMsTUFBYyxHQUErQjtBQUNsRSxNQUFJLGFBQWEsZ0NBQW1CLFFBQU87QUFDM0MsU0FBTyxJQUFJLGdDQUFrQixNQUFNLHVCQUF1QixhQUFhLFFBQVEsRUFBRSxVQUFVLE9BQU8sQ0FBQyxDQUFDLEVBQUU7QUFDeEc7IiwKICAibmFtZXMiOiBbXQp9Cg==
