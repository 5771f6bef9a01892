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
var emergeParser_fuzz_exports = {};
__export(emergeParser_fuzz_exports, {
  mutate: () => mutate,
  rng: () => rng,
  runFuzz: () => runFuzz
});
module.exports = __toCommonJS(emergeParser_fuzz_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_emerge = require("../../src/core/emerge");
var import_emergeFixtureHelpers = require("../unit/emergeFixtureHelpers");
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
const ESCAPES = ["\x1B[01;31m", "\x1B[m", "\x1B[K", "\x1B]0;title\x07", "\x1BE", "\x1B[?25l", "\r", "\b", "\x1B", "\x1B[", "\x1B]0;unterminated", "\xE2\x80", "\r\n", "\0", "\x9B"];
function mutate(corpus, r) {
  const pick = () => corpus[Math.floor(r() * corpus.length)];
  let b = Buffer.from(pick());
  const rounds = 1 + Math.floor(r() * 4);
  for (let k = 0; k < rounds; k++) {
    const op = Math.floor(r() * 7);
    const at = Math.floor(r() * (b.length + 1));
    if (op === 0 && b.length) {
      for (let i = 0; i < 1 + r() * 8; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    } else if (op === 1) {
      b = b.subarray(0, at);
    } else if (op === 2) {
      const o = pick();
      const s = Math.floor(r() * o.length);
      b = Buffer.concat([b.subarray(0, at), o.subarray(s, s + Math.floor(r() * 2e3)), b.subarray(at)]);
    } else if (op === 3) {
      const e = Buffer.from(ESCAPES[Math.floor(r() * ESCAPES.length)], "latin1");
      b = Buffer.concat([b.subarray(0, at), e, b.subarray(at)]);
    } else if (op === 4) {
      b = Buffer.concat([b.subarray(0, at), Buffer.alloc(Math.floor(r() * 2e5), r() < 0.5 ? 42 : 226), b.subarray(at)]);
    } else if (op === 5) {
      const s = Math.floor(r() * b.length);
      b = Buffer.concat([b, b.subarray(s, s + Math.floor(r() * 3e3))]);
    } else {
      const prefixes = ["> ", "#12 3.456 ", "2024-01-01T00:00:00.000Z ", "        ", "- ", " * ", "&gt;&gt;&gt; ", "> > > "];
      const text = b.toString("latin1").split("\n");
      const p = prefixes[Math.floor(r() * prefixes.length)];
      b = Buffer.from(text.map((l) => r() < 0.5 ? p + l : l).join("\n"), "latin1");
    }
  }
  return b;
}
function parseChunked(b, r) {
  const p = new import_emerge.EmergeParser();
  const out = [];
  let i = 0;
  while (i < b.length) {
    const n = 1 + Math.floor(r() * (r() < 0.3 ? 4 : 4096));
    out.push(...p.push(b.subarray(i, i + n)));
    i += n;
  }
  return out.concat(p.end());
}
function runFuzz(count, seed = 1) {
  const corpus = (0, import_emergeFixtureHelpers.fixtureFiles)().map((f) => (0, import_node_fs.readFileSync)((0, import_node_path.join)(import_emergeFixtureHelpers.FIXTURES, f)));
  const r = rng(seed);
  const types = new Set(import_emerge.EVENT_TYPES);
  const res = { inputs: 0, events: 0, bytes: 0, slowestMs: 0 };
  for (let k = 0; k < count; k++) {
    const input = mutate(corpus, r);
    const t0 = process.hrtime.bigint();
    let whole;
    try {
      const p = new import_emerge.EmergeParser();
      whole = p.push(input).concat(p.end());
    } catch (e) {
      throw new Error(`parser threw on input #${k} (seed ${seed}): ${e.stack}`);
    }
    res.slowestMs = Math.max(res.slowestMs, Number(process.hrtime.bigint() - t0) / 1e6);
    const lines = input.length === 0 ? 0 : input.toString("latin1").split("\n").length;
    for (const e of whole) {
      if (!types.has(e.type) || !(e.inputLine >= 1 && e.inputLine <= lines)) {
        throw new Error(`malformed event on input #${k} (seed ${seed}): ${JSON.stringify(e).slice(0, 300)}`);
      }
    }
    const chunked = parseChunked(input, r);
    if (JSON.stringify(chunked) !== JSON.stringify(whole)) {
      throw new Error(`chunking changed the events on input #${k} (seed ${seed})`);
    }
    res.inputs++;
    res.events += whole.length;
    res.bytes += input.length;
  }
  return res;
}
if (require.main === module) {
  const count = Number(process.env.FUZZ_COUNT ?? 200);
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const t0 = Date.now();
  const res = runFuzz(count, seed);
  console.log(`fuzz: ${res.inputs} inputs, ${res.events} events, ${(res.bytes / 1e6).toFixed(1)} MB, slowest input ${res.slowestMs.toFixed(1)} ms, ${((Date.now() - t0) / 1e3).toFixed(1)} s, seed ${seed}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  mutate,
  rng,
  runFuzz
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9mdXp6L2VtZXJnZVBhcnNlci5mdXp6LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEZ1enogcnVubmVyIGZvciB0aGUgZW1lcmdlIHBhcnNlcjogbXV0YXRlcyB0aGUgcmVhbCBmaXh0dXJlcyAoYnl0ZSBmbGlwcywgdHJ1bmNhdGlvbiwgc3BsaWNpbmcsIHJhbmRvbVxuICogZXNjYXBlIHNlcXVlbmNlcywgY29udHJvbCBieXRlcywgbG9uZyBsaW5lcykgYW5kIGNoZWNrcyB0aGF0IHRoZSBwYXJzZXIgbmV2ZXIgdGhyb3dzLCByZXR1cm5zIHdlbGwtZm9ybWVkXG4gKiBldmVudHMsIGFuZCBnaXZlcyB0aGUgc2FtZSBldmVudHMgZm9yIG9uZSBjaHVuayBhcyBmb3IgcmFuZG9tIGNodW5rcy4gYEZVWlpfQ09VTlRgIChkZWZhdWx0IDIwMCkgc2V0cyB0aGVcbiAqIG51bWJlciBvZiBpbnB1dHMsIGBGVVpaX1NFRURgIHRoZSBzZWVkLiBSdW46IGBub2RlIG91dC90ZXN0L2Z1enovZW1lcmdlUGFyc2VyLmZ1enouanNgLlxuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgRVZFTlRfVFlQRVMsIEVtZXJnZVBhcnNlciwgdHlwZSBFbWVyZ2VFdmVudCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2VtZXJnZSc7XG5pbXBvcnQgeyBGSVhUVVJFUywgZml4dHVyZUZpbGVzIH0gZnJvbSAnLi4vdW5pdC9lbWVyZ2VGaXh0dXJlSGVscGVycyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBybmcoc2VlZDogbnVtYmVyKTogKCkgPT4gbnVtYmVyIHtcbiAgbGV0IGEgPSBzZWVkID4+PiAwO1xuICByZXR1cm4gKCkgPT4ge1xuICAgIGEgPSAoYSArIDB4NmQyYjc5ZjUpID4+PiAwO1xuICAgIGxldCB0ID0gYTtcbiAgICB0ID0gTWF0aC5pbXVsKHQgXiAodCA+Pj4gMTUpLCB0IHwgMSk7XG4gICAgdCBePSB0ICsgTWF0aC5pbXVsKHQgXiAodCA+Pj4gNyksIHQgfCA2MSk7XG4gICAgcmV0dXJuICgodCBeICh0ID4+PiAxNCkpID4+PiAwKSAvIDQyOTQ5NjcyOTY7XG4gIH07XG59XG5cbmNvbnN0IEVTQ0FQRVMgPSBbJ1xceDFiWzAxOzMxbScsICdcXHgxYlttJywgJ1xceDFiW0snLCAnXFx4MWJdMDt0aXRsZVxceDA3JywgJ1xceDFiRScsICdcXHgxYls/MjVsJywgJ1xccicsICdcXGInLCAnXFx4MWInLCAnXFx4MWJbJywgJ1xceDFiXTA7dW50ZXJtaW5hdGVkJywgJ1xceGUyXFx4ODAnLCAnXFxyXFxuJywgJ1xceDAwJywgJ1xceDliJ107XG5cbmV4cG9ydCBmdW5jdGlvbiBtdXRhdGUoY29ycHVzOiBCdWZmZXJbXSwgcjogKCkgPT4gbnVtYmVyKTogQnVmZmVyIHtcbiAgY29uc3QgcGljayA9ICgpOiBCdWZmZXIgPT4gY29ycHVzW01hdGguZmxvb3IocigpICogY29ycHVzLmxlbmd0aCldO1xuICBsZXQgYiA9IEJ1ZmZlci5mcm9tKHBpY2soKSk7XG4gIGNvbnN0IHJvdW5kcyA9IDEgKyBNYXRoLmZsb29yKHIoKSAqIDQpO1xuICBmb3IgKGxldCBrID0gMDsgayA8IHJvdW5kczsgaysrKSB7XG4gICAgY29uc3Qgb3AgPSBNYXRoLmZsb29yKHIoKSAqIDcpO1xuICAgIGNvbnN0IGF0ID0gTWF0aC5mbG9vcihyKCkgKiAoYi5sZW5ndGggKyAxKSk7XG4gICAgaWYgKG9wID09PSAwICYmIGIubGVuZ3RoKSB7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDEgKyByKCkgKiA4OyBpKyspIGJbTWF0aC5mbG9vcihyKCkgKiBiLmxlbmd0aCldID0gTWF0aC5mbG9vcihyKCkgKiAyNTYpO1xuICAgIH0gZWxzZSBpZiAob3AgPT09IDEpIHtcbiAgICAgIGIgPSBiLnN1YmFycmF5KDAsIGF0KTtcbiAgICB9IGVsc2UgaWYgKG9wID09PSAyKSB7XG4gICAgICBjb25zdCBvID0gcGljaygpO1xuICAgICAgY29uc3QgcyA9IE1hdGguZmxvb3IocigpICogby5sZW5ndGgpO1xuICAgICAgYiA9IEJ1ZmZlci5jb25jYXQoW2Iuc3ViYXJyYXkoMCwgYXQpLCBvLnN1YmFycmF5KHMsIHMgKyBNYXRoLmZsb29yKHIoKSAqIDIwMDApKSwgYi5zdWJhcnJheShhdCldKTtcbiAgICB9IGVsc2UgaWYgKG9wID09PSAzKSB7XG4gICAgICBjb25zdCBlID0gQnVmZmVyLmZyb20oRVNDQVBFU1tNYXRoLmZsb29yKHIoKSAqIEVTQ0FQRVMubGVuZ3RoKV0sICdsYXRpbjEnKTtcbiAgICAgIGIgPSBCdWZmZXIuY29uY2F0KFtiLnN1YmFycmF5KDAsIGF0KSwgZSwgYi5zdWJhcnJheShhdCldKTtcbiAgICB9IGVsc2UgaWYgKG9wID09PSA0KSB7XG4gICAgICAvLyBBIGxvbmcgbGluZSB3aXRob3V0IG5ld2xpbmUuXG4gICAgICBiID0gQnVmZmVyLmNvbmNhdChbYi5zdWJhcnJheSgwLCBhdCksIEJ1ZmZlci5hbGxvYyhNYXRoLmZsb29yKHIoKSAqIDIwMF8wMDApLCByKCkgPCAwLjUgPyAweDJhIDogMHhlMiksIGIuc3ViYXJyYXkoYXQpXSk7XG4gICAgfSBlbHNlIGlmIChvcCA9PT0gNSkge1xuICAgICAgLy8gRHVwbGljYXRlIGEgcmVnaW9uIChyZXBlYXRlZCBibG9ja3MsIHJlY2FwcykuXG4gICAgICBjb25zdCBzID0gTWF0aC5mbG9vcihyKCkgKiBiLmxlbmd0aCk7XG4gICAgICBiID0gQnVmZmVyLmNvbmNhdChbYiwgYi5zdWJhcnJheShzLCBzICsgTWF0aC5mbG9vcihyKCkgKiAzMDAwKSldKTtcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgcHJlZml4ZXMgPSBbJz4gJywgJyMxMiAzLjQ1NiAnLCAnMjAyNC0wMS0wMVQwMDowMDowMC4wMDBaICcsICcgICAgICAgICcsICctICcsICcgKiAnLCAnJmd0OyZndDsmZ3Q7ICcsICc+ID4gPiAnXTtcbiAgICAgIGNvbnN0IHRleHQgPSBiLnRvU3RyaW5nKCdsYXRpbjEnKS5zcGxpdCgnXFxuJyk7XG4gICAgICBjb25zdCBwID0gcHJlZml4ZXNbTWF0aC5mbG9vcihyKCkgKiBwcmVmaXhlcy5sZW5ndGgpXTtcbiAgICAgIGIgPSBCdWZmZXIuZnJvbSh0ZXh0Lm1hcCgobCkgPT4gKHIoKSA8IDAuNSA/IHAgKyBsIDogbCkpLmpvaW4oJ1xcbicpLCAnbGF0aW4xJyk7XG4gICAgfVxuICB9XG4gIHJldHVybiBiO1xufVxuXG5mdW5jdGlvbiBwYXJzZUNodW5rZWQoYjogQnVmZmVyLCByOiAoKSA9PiBudW1iZXIpOiBFbWVyZ2VFdmVudFtdIHtcbiAgY29uc3QgcCA9IG5ldyBFbWVyZ2VQYXJzZXIoKTtcbiAgY29uc3Qgb3V0OiBFbWVyZ2VFdmVudFtdID0gW107XG4gIGxldCBpID0gMDtcbiAgd2hpbGUgKGkgPCBiLmxlbmd0aCkge1xuICAgIGNvbnN0IG4gPSAxICsgTWF0aC5mbG9vcihyKCkgKiAocigpIDwgMC4zID8gNCA6IDQwOTYpKTtcbiAgICBvdXQucHVzaCguLi5wLnB1c2goYi5zdWJhcnJheShpLCBpICsgbikpKTtcbiAgICBpICs9IG47XG4gIH1cbiAgcmV0dXJuIG91dC5jb25jYXQocC5lbmQoKSk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRnV6elJlc3VsdCB7IGlucHV0czogbnVtYmVyOyBldmVudHM6IG51bWJlcjsgYnl0ZXM6IG51bWJlcjsgc2xvd2VzdE1zOiBudW1iZXIgfVxuXG4vKiogUnVucyBgY291bnRgIG11dGF0ZWQgaW5wdXRzOyB0aHJvd3Mgb24gdGhlIGZpcnN0IHZpb2xhdGVkIHByb3BlcnR5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bkZ1enooY291bnQ6IG51bWJlciwgc2VlZCA9IDEpOiBGdXp6UmVzdWx0IHtcbiAgY29uc3QgY29ycHVzID0gZml4dHVyZUZpbGVzKCkubWFwKChmKSA9PiByZWFkRmlsZVN5bmMoam9pbihGSVhUVVJFUywgZikpKTtcbiAgY29uc3QgciA9IHJuZyhzZWVkKTtcbiAgY29uc3QgdHlwZXMgPSBuZXcgU2V0PHN0cmluZz4oRVZFTlRfVFlQRVMpO1xuICBjb25zdCByZXM6IEZ1enpSZXN1bHQgPSB7IGlucHV0czogMCwgZXZlbnRzOiAwLCBieXRlczogMCwgc2xvd2VzdE1zOiAwIH07XG4gIGZvciAobGV0IGsgPSAwOyBrIDwgY291bnQ7IGsrKykge1xuICAgIGNvbnN0IGlucHV0ID0gbXV0YXRlKGNvcnB1cywgcik7XG4gICAgY29uc3QgdDAgPSBwcm9jZXNzLmhydGltZS5iaWdpbnQoKTtcbiAgICBsZXQgd2hvbGU6IEVtZXJnZUV2ZW50W107XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHAgPSBuZXcgRW1lcmdlUGFyc2VyKCk7XG4gICAgICB3aG9sZSA9IHAucHVzaChpbnB1dCkuY29uY2F0KHAuZW5kKCkpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgcGFyc2VyIHRocmV3IG9uIGlucHV0ICMke2t9IChzZWVkICR7c2VlZH0pOiAkeyhlIGFzIEVycm9yKS5zdGFja31gKTtcbiAgICB9XG4gICAgcmVzLnNsb3dlc3RNcyA9IE1hdGgubWF4KHJlcy5zbG93ZXN0TXMsIE51bWJlcihwcm9jZXNzLmhydGltZS5iaWdpbnQoKSAtIHQwKSAvIDFlNik7XG4gICAgY29uc3QgbGluZXMgPSBpbnB1dC5sZW5ndGggPT09IDAgPyAwIDogaW5wdXQudG9TdHJpbmcoJ2xhdGluMScpLnNwbGl0KCdcXG4nKS5sZW5ndGg7XG4gICAgZm9yIChjb25zdCBlIG9mIHdob2xlKSB7XG4gICAgICBpZiAoIXR5cGVzLmhhcyhlLnR5cGUpIHx8ICEoZS5pbnB1dExpbmUgPj0gMSAmJiBlLmlucHV0TGluZSA8PSBsaW5lcykpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBtYWxmb3JtZWQgZXZlbnQgb24gaW5wdXQgIyR7a30gKHNlZWQgJHtzZWVkfSk6ICR7SlNPTi5zdHJpbmdpZnkoZSkuc2xpY2UoMCwgMzAwKX1gKTtcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgY2h1bmtlZCA9IHBhcnNlQ2h1bmtlZChpbnB1dCwgcik7XG4gICAgaWYgKEpTT04uc3RyaW5naWZ5KGNodW5rZWQpICE9PSBKU09OLnN0cmluZ2lmeSh3aG9sZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgY2h1bmtpbmcgY2hhbmdlZCB0aGUgZXZlbnRzIG9uIGlucHV0ICMke2t9IChzZWVkICR7c2VlZH0pYCk7XG4gICAgfVxuICAgIHJlcy5pbnB1dHMrKztcbiAgICByZXMuZXZlbnRzICs9IHdob2xlLmxlbmd0aDtcbiAgICByZXMuYnl0ZXMgKz0gaW5wdXQubGVuZ3RoO1xuICB9XG4gIHJldHVybiByZXM7XG59XG5cbmlmIChyZXF1aXJlLm1haW4gPT09IG1vZHVsZSkge1xuICBjb25zdCBjb3VudCA9IE51bWJlcihwcm9jZXNzLmVudi5GVVpaX0NPVU5UID8/IDIwMCk7XG4gIGNvbnN0IHNlZWQgPSBOdW1iZXIocHJvY2Vzcy5lbnYuRlVaWl9TRUVEID8/IDEpO1xuICBjb25zdCB0MCA9IERhdGUubm93KCk7XG4gIGNvbnN0IHJlcyA9IHJ1bkZ1enooY291bnQsIHNlZWQpO1xuICBjb25zb2xlLmxvZyhgZnV6ejogJHtyZXMuaW5wdXRzfSBpbnB1dHMsICR7cmVzLmV2ZW50c30gZXZlbnRzLCAkeyhyZXMuYnl0ZXMgLyAxZTYpLnRvRml4ZWQoMSl9IE1CLCBzbG93ZXN0IGlucHV0ICR7cmVzLnNsb3dlc3RNcy50b0ZpeGVkKDEpfSBtcywgJHsoKERhdGUubm93KCkgLSB0MCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzLCBzZWVkICR7c2VlZH1gKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEscUJBQTZCO0FBQzdCLHVCQUFxQjtBQUNyQixvQkFBNEQ7QUFDNUQsa0NBQXVDO0FBRWhDLFNBQVMsSUFBSSxNQUE0QjtBQUM5QyxNQUFJLElBQUksU0FBUztBQUNqQixTQUFPLE1BQU07QUFDWCxRQUFLLElBQUksZUFBZ0I7QUFDekIsUUFBSSxJQUFJO0FBQ1IsUUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLElBQUssSUFBSSxDQUFDO0FBQ25DLFNBQUssSUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLEdBQUksSUFBSSxFQUFFO0FBQ3hDLGFBQVMsSUFBSyxNQUFNLFFBQVMsS0FBSztBQUFBLEVBQ3BDO0FBQ0Y7QUFFQSxNQUFNLFVBQVUsQ0FBQyxlQUFlLFVBQVUsVUFBVSxvQkFBb0IsU0FBUyxhQUFhLE1BQU0sTUFBTSxRQUFRLFNBQVMsdUJBQXVCLFlBQVksUUFBUSxNQUFRLE1BQU07QUFFN0ssU0FBUyxPQUFPLFFBQWtCLEdBQXlCO0FBQ2hFLFFBQU0sT0FBTyxNQUFjLE9BQU8sS0FBSyxNQUFNLEVBQUUsSUFBSSxPQUFPLE1BQU0sQ0FBQztBQUNqRSxNQUFJLElBQUksT0FBTyxLQUFLLEtBQUssQ0FBQztBQUMxQixRQUFNLFNBQVMsSUFBSSxLQUFLLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDckMsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLEtBQUs7QUFDL0IsVUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksQ0FBQztBQUM3QixVQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsS0FBSyxFQUFFLFNBQVMsRUFBRTtBQUMxQyxRQUFJLE9BQU8sS0FBSyxFQUFFLFFBQVE7QUFDeEIsZUFBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLElBQUssR0FBRSxLQUFLLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksS0FBSyxNQUFNLEVBQUUsSUFBSSxHQUFHO0FBQUEsSUFDNUYsV0FBVyxPQUFPLEdBQUc7QUFDbkIsVUFBSSxFQUFFLFNBQVMsR0FBRyxFQUFFO0FBQUEsSUFDdEIsV0FBVyxPQUFPLEdBQUc7QUFDbkIsWUFBTSxJQUFJLEtBQUs7QUFDZixZQUFNLElBQUksS0FBSyxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU07QUFDbkMsVUFBSSxPQUFPLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxFQUFFLEdBQUcsRUFBRSxTQUFTLEdBQUcsSUFBSSxLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQUksQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUFBLElBQ2xHLFdBQVcsT0FBTyxHQUFHO0FBQ25CLFlBQU0sSUFBSSxPQUFPLEtBQUssUUFBUSxLQUFLLE1BQU0sRUFBRSxJQUFJLFFBQVEsTUFBTSxDQUFDLEdBQUcsUUFBUTtBQUN6RSxVQUFJLE9BQU8sT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEVBQUUsR0FBRyxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUFBLElBQzFELFdBQVcsT0FBTyxHQUFHO0FBRW5CLFVBQUksT0FBTyxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsRUFBRSxHQUFHLE9BQU8sTUFBTSxLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQU8sR0FBRyxFQUFFLElBQUksTUFBTSxLQUFPLEdBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFBQSxJQUN6SCxXQUFXLE9BQU8sR0FBRztBQUVuQixZQUFNLElBQUksS0FBSyxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU07QUFDbkMsVUFBSSxPQUFPLE9BQU8sQ0FBQyxHQUFHLEVBQUUsU0FBUyxHQUFHLElBQUksS0FBSyxNQUFNLEVBQUUsSUFBSSxHQUFJLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDbEUsT0FBTztBQUNMLFlBQU0sV0FBVyxDQUFDLE1BQU0sY0FBYyw2QkFBNkIsWUFBWSxNQUFNLE9BQU8saUJBQWlCLFFBQVE7QUFDckgsWUFBTSxPQUFPLEVBQUUsU0FBUyxRQUFRLEVBQUUsTUFBTSxJQUFJO0FBQzVDLFlBQU0sSUFBSSxTQUFTLEtBQUssTUFBTSxFQUFFLElBQUksU0FBUyxNQUFNLENBQUM7QUFDcEQsVUFBSSxPQUFPLEtBQUssS0FBSyxJQUFJLENBQUMsTUFBTyxFQUFFLElBQUksTUFBTSxJQUFJLElBQUksQ0FBRSxFQUFFLEtBQUssSUFBSSxHQUFHLFFBQVE7QUFBQSxJQUMvRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsR0FBVyxHQUFnQztBQUMvRCxRQUFNLElBQUksSUFBSSwyQkFBYTtBQUMzQixRQUFNLE1BQXFCLENBQUM7QUFDNUIsTUFBSSxJQUFJO0FBQ1IsU0FBTyxJQUFJLEVBQUUsUUFBUTtBQUNuQixVQUFNLElBQUksSUFBSSxLQUFLLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxNQUFNLElBQUksS0FBSztBQUNyRCxRQUFJLEtBQUssR0FBRyxFQUFFLEtBQUssRUFBRSxTQUFTLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN4QyxTQUFLO0FBQUEsRUFDUDtBQUNBLFNBQU8sSUFBSSxPQUFPLEVBQUUsSUFBSSxDQUFDO0FBQzNCO0FBS08sU0FBUyxRQUFRLE9BQWUsT0FBTyxHQUFlO0FBQzNELFFBQU0sYUFBUywwQ0FBYSxFQUFFLElBQUksQ0FBQyxVQUFNLGlDQUFhLHVCQUFLLHNDQUFVLENBQUMsQ0FBQyxDQUFDO0FBQ3hFLFFBQU0sSUFBSSxJQUFJLElBQUk7QUFDbEIsUUFBTSxRQUFRLElBQUksSUFBWSx5QkFBVztBQUN6QyxRQUFNLE1BQWtCLEVBQUUsUUFBUSxHQUFHLFFBQVEsR0FBRyxPQUFPLEdBQUcsV0FBVyxFQUFFO0FBQ3ZFLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxLQUFLO0FBQzlCLFVBQU0sUUFBUSxPQUFPLFFBQVEsQ0FBQztBQUM5QixVQUFNLEtBQUssUUFBUSxPQUFPLE9BQU87QUFDakMsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLElBQUksSUFBSSwyQkFBYTtBQUMzQixjQUFRLEVBQUUsS0FBSyxLQUFLLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQztBQUFBLElBQ3RDLFNBQVMsR0FBRztBQUNWLFlBQU0sSUFBSSxNQUFNLDBCQUEwQixDQUFDLFVBQVUsSUFBSSxNQUFPLEVBQVksS0FBSyxFQUFFO0FBQUEsSUFDckY7QUFDQSxRQUFJLFlBQVksS0FBSyxJQUFJLElBQUksV0FBVyxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDbEYsVUFBTSxRQUFRLE1BQU0sV0FBVyxJQUFJLElBQUksTUFBTSxTQUFTLFFBQVEsRUFBRSxNQUFNLElBQUksRUFBRTtBQUM1RSxlQUFXLEtBQUssT0FBTztBQUNyQixVQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsSUFBSSxLQUFLLEVBQUUsRUFBRSxhQUFhLEtBQUssRUFBRSxhQUFhLFFBQVE7QUFDckUsY0FBTSxJQUFJLE1BQU0sNkJBQTZCLENBQUMsVUFBVSxJQUFJLE1BQU0sS0FBSyxVQUFVLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBRyxDQUFDLEVBQUU7QUFBQSxNQUNyRztBQUFBLElBQ0Y7QUFDQSxVQUFNLFVBQVUsYUFBYSxPQUFPLENBQUM7QUFDckMsUUFBSSxLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssVUFBVSxLQUFLLEdBQUc7QUFDckQsWUFBTSxJQUFJLE1BQU0seUNBQXlDLENBQUMsVUFBVSxJQUFJLEdBQUc7QUFBQSxJQUM3RTtBQUNBLFFBQUk7QUFDSixRQUFJLFVBQVUsTUFBTTtBQUNwQixRQUFJLFNBQVMsTUFBTTtBQUFBLEVBQ3JCO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBSSxRQUFRLFNBQVMsUUFBUTtBQUMzQixRQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksY0FBYyxHQUFHO0FBQ2xELFFBQU0sT0FBTyxPQUFPLFFBQVEsSUFBSSxhQUFhLENBQUM7QUFDOUMsUUFBTSxLQUFLLEtBQUssSUFBSTtBQUNwQixRQUFNLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDL0IsVUFBUSxJQUFJLFNBQVMsSUFBSSxNQUFNLFlBQVksSUFBSSxNQUFNLGFBQWEsSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUMsc0JBQXNCLElBQUksVUFBVSxRQUFRLENBQUMsQ0FBQyxVQUFVLEtBQUssSUFBSSxJQUFJLE1BQU0sS0FBTSxRQUFRLENBQUMsQ0FBQyxZQUFZLElBQUksRUFBRTtBQUM1TTsiLAogICJuYW1lcyI6IFtdCn0K
