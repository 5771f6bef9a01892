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
var byteSource_exports = {};
__export(byteSource_exports, {
  bufferSource: () => bufferSource,
  openFileSource: () => openFileSource
});
module.exports = __toCommonJS(byteSource_exports);
var import_promises = require("node:fs/promises");
const CHUNK = 1024 * 1024;
class FileSource {
  constructor(name, size, fh) {
    this.name = name;
    this.size = size;
    this.fh = fh;
  }
  name;
  size;
  fh;
  async read(offset, length) {
    const len = Math.max(0, Math.min(length, this.size - offset));
    const buf = Buffer.allocUnsafe(len);
    let done = 0;
    while (done < len) {
      const { bytesRead } = await this.fh.read(buf, done, len - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === len ? buf : buf.subarray(0, done);
  }
  async *stream(offset, length) {
    const end = Math.min(this.size, offset + length);
    for (let pos = offset; pos < end; ) {
      const chunk = await this.read(pos, Math.min(CHUNK, end - pos));
      if (chunk.length === 0) return;
      pos += chunk.length;
      yield chunk;
    }
  }
  close() {
    return this.fh.close();
  }
}
class BufferSource {
  constructor(name, buf) {
    this.name = name;
    this.buf = buf;
    this.size = buf.length;
  }
  name;
  buf;
  size;
  async read(offset, length) {
    return this.buf.subarray(Math.max(0, offset), Math.max(0, Math.min(this.size, offset + length)));
  }
  async *stream(offset, length) {
    const end = Math.min(this.size, offset + length);
    for (let pos = offset; pos < end; pos += CHUNK) yield this.buf.subarray(pos, Math.min(end, pos + CHUNK));
  }
  async close() {
  }
}
async function openFileSource(path) {
  const fh = await (0, import_promises.open)(path, "r");
  try {
    const st = await fh.stat();
    return new FileSource(path, st.size, fh);
  } catch (e) {
    await fh.close();
    throw e;
  }
}
function bufferSource(name, buf) {
  return new BufferSource(name, Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bufferSource,
  openFileSource
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2J5dGVTb3VyY2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUmFuZG9tIGFjY2VzcyB0byBhIHBhY2thZ2UncyBieXRlczogYSBmaWxlIHJlYWQgcGllY2UgYnkgcGllY2UgKGEgMiBHQiBwYWNrYWdlIGlzIG5ldmVyIGxvYWRlZCB3aG9sZSlcbiAqIG9yIGEgQnVmZmVyICh0ZXN0cywgZnV6emluZykuIFJlYWRlcnMgdGFrZSBhIEJ5dGVTb3VyY2Ugc28gYm90aCBiZWhhdmUgdGhlIHNhbWUuXG4gKi9cbmltcG9ydCB7IG9wZW4sIHR5cGUgRmlsZUhhbmRsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEJ5dGVTb3VyY2Uge1xuICAvKiogU2hvd24gaW4gZXJyb3IgbWVzc2FnZXM6IHRoZSBmaWxlIHBhdGgsIG9yIGEgbGFiZWwgZm9yIGluLW1lbW9yeSBkYXRhLiAqL1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNpemU6IG51bWJlcjtcbiAgLyoqIEV4YWN0bHkgYGxlbmd0aGAgYnl0ZXMgYXQgYG9mZnNldGAgKGZld2VyIG9ubHkgaWYgdGhlIHNvdXJjZSBlbmRzKS4gKi9cbiAgcmVhZChvZmZzZXQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj47XG4gIC8qKiBUaGUgYnl0ZXMgb2YgW29mZnNldCwgb2Zmc2V0K2xlbmd0aCkgaW4gY2h1bmtzLiAqL1xuICBzdHJlYW0ob2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogQXN5bmNJdGVyYWJsZTxCdWZmZXI+O1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG5jb25zdCBDSFVOSyA9IDEwMjQgKiAxMDI0O1xuXG5jbGFzcyBGaWxlU291cmNlIGltcGxlbWVudHMgQnl0ZVNvdXJjZSB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IG5hbWU6IHN0cmluZywgcmVhZG9ubHkgc2l6ZTogbnVtYmVyLCBwcml2YXRlIHJlYWRvbmx5IGZoOiBGaWxlSGFuZGxlKSB7fVxuXG4gIGFzeW5jIHJlYWQob2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogUHJvbWlzZTxCdWZmZXI+IHtcbiAgICBjb25zdCBsZW4gPSBNYXRoLm1heCgwLCBNYXRoLm1pbihsZW5ndGgsIHRoaXMuc2l6ZSAtIG9mZnNldCkpO1xuICAgIGNvbnN0IGJ1ZiA9IEJ1ZmZlci5hbGxvY1Vuc2FmZShsZW4pO1xuICAgIGxldCBkb25lID0gMDtcbiAgICB3aGlsZSAoZG9uZSA8IGxlbikge1xuICAgICAgY29uc3QgeyBieXRlc1JlYWQgfSA9IGF3YWl0IHRoaXMuZmgucmVhZChidWYsIGRvbmUsIGxlbiAtIGRvbmUsIG9mZnNldCArIGRvbmUpO1xuICAgICAgaWYgKGJ5dGVzUmVhZCA9PT0gMCkgYnJlYWs7XG4gICAgICBkb25lICs9IGJ5dGVzUmVhZDtcbiAgICB9XG4gICAgcmV0dXJuIGRvbmUgPT09IGxlbiA/IGJ1ZiA6IGJ1Zi5zdWJhcnJheSgwLCBkb25lKTtcbiAgfVxuXG4gIGFzeW5jICpzdHJlYW0ob2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogQXN5bmNJdGVyYWJsZTxCdWZmZXI+IHtcbiAgICBjb25zdCBlbmQgPSBNYXRoLm1pbih0aGlzLnNpemUsIG9mZnNldCArIGxlbmd0aCk7XG4gICAgZm9yIChsZXQgcG9zID0gb2Zmc2V0OyBwb3MgPCBlbmQ7ICkge1xuICAgICAgY29uc3QgY2h1bmsgPSBhd2FpdCB0aGlzLnJlYWQocG9zLCBNYXRoLm1pbihDSFVOSywgZW5kIC0gcG9zKSk7XG4gICAgICBpZiAoY2h1bmsubGVuZ3RoID09PSAwKSByZXR1cm47XG4gICAgICBwb3MgKz0gY2h1bmsubGVuZ3RoO1xuICAgICAgeWllbGQgY2h1bms7XG4gICAgfVxuICB9XG5cbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgcmV0dXJuIHRoaXMuZmguY2xvc2UoKTtcbiAgfVxufVxuXG5jbGFzcyBCdWZmZXJTb3VyY2UgaW1wbGVtZW50cyBCeXRlU291cmNlIHtcbiAgcmVhZG9ubHkgc2l6ZTogbnVtYmVyO1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSBuYW1lOiBzdHJpbmcsIHByaXZhdGUgcmVhZG9ubHkgYnVmOiBCdWZmZXIpIHtcbiAgICB0aGlzLnNpemUgPSBidWYubGVuZ3RoO1xuICB9XG4gIGFzeW5jIHJlYWQob2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogUHJvbWlzZTxCdWZmZXI+IHtcbiAgICByZXR1cm4gdGhpcy5idWYuc3ViYXJyYXkoTWF0aC5tYXgoMCwgb2Zmc2V0KSwgTWF0aC5tYXgoMCwgTWF0aC5taW4odGhpcy5zaXplLCBvZmZzZXQgKyBsZW5ndGgpKSk7XG4gIH1cbiAgYXN5bmMgKnN0cmVhbShvZmZzZXQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIpOiBBc3luY0l0ZXJhYmxlPEJ1ZmZlcj4ge1xuICAgIGNvbnN0IGVuZCA9IE1hdGgubWluKHRoaXMuc2l6ZSwgb2Zmc2V0ICsgbGVuZ3RoKTtcbiAgICBmb3IgKGxldCBwb3MgPSBvZmZzZXQ7IHBvcyA8IGVuZDsgcG9zICs9IENIVU5LKSB5aWVsZCB0aGlzLmJ1Zi5zdWJhcnJheShwb3MsIE1hdGgubWluKGVuZCwgcG9zICsgQ0hVTkspKTtcbiAgfVxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHt9XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBvcGVuRmlsZVNvdXJjZShwYXRoOiBzdHJpbmcpOiBQcm9taXNlPEJ5dGVTb3VyY2U+IHtcbiAgY29uc3QgZmggPSBhd2FpdCBvcGVuKHBhdGgsICdyJyk7XG4gIHRyeSB7XG4gICAgY29uc3Qgc3QgPSBhd2FpdCBmaC5zdGF0KCk7XG4gICAgcmV0dXJuIG5ldyBGaWxlU291cmNlKHBhdGgsIHN0LnNpemUsIGZoKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGF3YWl0IGZoLmNsb3NlKCk7XG4gICAgdGhyb3cgZTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVmZmVyU291cmNlKG5hbWU6IHN0cmluZywgYnVmOiBCdWZmZXIgfCBVaW50OEFycmF5KTogQnl0ZVNvdXJjZSB7XG4gIHJldHVybiBuZXcgQnVmZmVyU291cmNlKG5hbWUsIEJ1ZmZlci5pc0J1ZmZlcihidWYpID8gYnVmIDogQnVmZmVyLmZyb20oYnVmLmJ1ZmZlciwgYnVmLmJ5dGVPZmZzZXQsIGJ1Zi5ieXRlTGVuZ3RoKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxzQkFBc0M7QUFhdEMsTUFBTSxRQUFRLE9BQU87QUFFckIsTUFBTSxXQUFpQztBQUFBLEVBQ3JDLFlBQXFCLE1BQXVCLE1BQStCLElBQWdCO0FBQXRFO0FBQXVCO0FBQStCO0FBQUEsRUFBaUI7QUFBQSxFQUF2RTtBQUFBLEVBQXVCO0FBQUEsRUFBK0I7QUFBQSxFQUUzRSxNQUFNLEtBQUssUUFBZ0IsUUFBaUM7QUFDMUQsVUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxRQUFRLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDNUQsVUFBTSxNQUFNLE9BQU8sWUFBWSxHQUFHO0FBQ2xDLFFBQUksT0FBTztBQUNYLFdBQU8sT0FBTyxLQUFLO0FBQ2pCLFlBQU0sRUFBRSxVQUFVLElBQUksTUFBTSxLQUFLLEdBQUcsS0FBSyxLQUFLLE1BQU0sTUFBTSxNQUFNLFNBQVMsSUFBSTtBQUM3RSxVQUFJLGNBQWMsRUFBRztBQUNyQixjQUFRO0FBQUEsSUFDVjtBQUNBLFdBQU8sU0FBUyxNQUFNLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSTtBQUFBLEVBQ2xEO0FBQUEsRUFFQSxPQUFPLE9BQU8sUUFBZ0IsUUFBdUM7QUFDbkUsVUFBTSxNQUFNLEtBQUssSUFBSSxLQUFLLE1BQU0sU0FBUyxNQUFNO0FBQy9DLGFBQVMsTUFBTSxRQUFRLE1BQU0sT0FBTztBQUNsQyxZQUFNLFFBQVEsTUFBTSxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUksT0FBTyxNQUFNLEdBQUcsQ0FBQztBQUM3RCxVQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGFBQU8sTUFBTTtBQUNiLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUFBLEVBRUEsUUFBdUI7QUFDckIsV0FBTyxLQUFLLEdBQUcsTUFBTTtBQUFBLEVBQ3ZCO0FBQ0Y7QUFFQSxNQUFNLGFBQW1DO0FBQUEsRUFFdkMsWUFBcUIsTUFBK0IsS0FBYTtBQUE1QztBQUErQjtBQUNsRCxTQUFLLE9BQU8sSUFBSTtBQUFBLEVBQ2xCO0FBQUEsRUFGcUI7QUFBQSxFQUErQjtBQUFBLEVBRDNDO0FBQUEsRUFJVCxNQUFNLEtBQUssUUFBZ0IsUUFBaUM7QUFDMUQsV0FBTyxLQUFLLElBQUksU0FBUyxLQUFLLElBQUksR0FBRyxNQUFNLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEtBQUssTUFBTSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDakc7QUFBQSxFQUNBLE9BQU8sT0FBTyxRQUFnQixRQUF1QztBQUNuRSxVQUFNLE1BQU0sS0FBSyxJQUFJLEtBQUssTUFBTSxTQUFTLE1BQU07QUFDL0MsYUFBUyxNQUFNLFFBQVEsTUFBTSxLQUFLLE9BQU8sTUFBTyxPQUFNLEtBQUssSUFBSSxTQUFTLEtBQUssS0FBSyxJQUFJLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxFQUN6RztBQUFBLEVBQ0EsTUFBTSxRQUF1QjtBQUFBLEVBQUM7QUFDaEM7QUFFQSxlQUFzQixlQUFlLE1BQW1DO0FBQ3RFLFFBQU0sS0FBSyxVQUFNLHNCQUFLLE1BQU0sR0FBRztBQUMvQixNQUFJO0FBQ0YsVUFBTSxLQUFLLE1BQU0sR0FBRyxLQUFLO0FBQ3pCLFdBQU8sSUFBSSxXQUFXLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFBQSxFQUN6QyxTQUFTLEdBQUc7QUFDVixVQUFNLEdBQUcsTUFBTTtBQUNmLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFFTyxTQUFTLGFBQWEsTUFBYyxLQUFzQztBQUMvRSxTQUFPLElBQUksYUFBYSxNQUFNLE9BQU8sU0FBUyxHQUFHLElBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxRQUFRLElBQUksWUFBWSxJQUFJLFVBQVUsQ0FBQztBQUNwSDsiLAogICJuYW1lcyI6IFtdCn0K
