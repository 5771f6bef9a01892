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
var p2_parser_exports = {};
__export(p2_parser_exports, {
  run: () => run
});
module.exports = __toCommonJS(p2_parser_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_emerge = require("../src/core/emerge");
const ROOT = (0, import_node_path.join)(__dirname, "..", "..");
const MB = 1024 * 1024;
function corpus() {
  const dirs = ["test/fixtures/emerge", "test/fixtures/portage/outputs", "test/fixtures/portage/build-logs"];
  const parts = [];
  for (const d of dirs) {
    for (const f of (0, import_node_fs.readdirSync)((0, import_node_path.join)(ROOT, d)).sort()) if (/\.(txt|log)$/.test(f)) parts.push((0, import_node_fs.readFileSync)((0, import_node_path.join)(ROOT, d, f)));
  }
  return Buffer.concat(parts);
}
function writeLog(path, size) {
  const unit = corpus();
  const block = Buffer.concat(Array(Math.max(1, Math.floor(8 * MB / unit.length))).fill(unit));
  const fd = (0, import_node_fs.openSync)(path, "w");
  let written = 0;
  try {
    while (written < size) {
      const n = Math.min(block.length, size - written);
      (0, import_node_fs.writeSync)(fd, block, 0, n);
      written += n;
    }
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
  return written;
}
async function runGrep(file) {
  const useTime = (0, import_node_fs.existsSync)("/usr/bin/time");
  const cmd = useTime ? "/usr/bin/time" : "grep";
  const args = useTime ? ["-f", "MAXRSS %M", "grep", "-c", "^>>>", file] : ["-c", "^>>>", file];
  const t0 = process.hrtime.bigint();
  const r = await new Promise((ok, fail) => {
    const p = (0, import_node_child_process.spawn)(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => out += d);
    p.stderr.on("data", (d) => err += d);
    p.on("error", fail);
    p.on("close", () => ok({ out, err }));
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS (\d+)/.exec(r.err);
  return { ms, maxRssKb: m ? Number(m[1]) : void 0, count: r.out.trim() };
}
async function worker(file) {
  const warm = new import_emerge.EmergeParser();
  warm.push(corpus());
  warm.end();
  if (global.gc) global.gc();
  const base = process.memoryUsage.rss();
  let peak = base;
  let events = 0;
  let bytes = 0;
  const p = new import_emerge.EmergeParser();
  const t0 = process.hrtime.bigint();
  await new Promise((ok, fail) => {
    const s = (0, import_node_fs.createReadStream)(file, { highWaterMark: MB });
    s.on("data", (c) => {
      const chunk = c;
      bytes += chunk.length;
      events += p.push(chunk).length;
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    });
    s.on("end", ok);
    s.on("error", fail);
  });
  events += p.end().length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, bytes, events, rssGrowth: peak - base }) + "\n");
}
async function run() {
  const size = Number(process.env.P2_BYTES ?? 1024 * MB);
  const file = (0, import_node_path.join)((0, import_node_os.tmpdir)(), `ebuild-builder-p2-${process.pid}.log`);
  try {
    const bytes = writeLog(file, size);
    await runGrep(file);
    const grep = await runGrep(file);
    const child = (0, import_node_child_process.spawnSync)(process.execPath, ["--expose-gc", __filename, "--p2-worker", file], { encoding: "utf8", maxBuffer: MB });
    if (child.status !== 0) throw new Error(`parser worker failed: ${child.stderr}`);
    const ours = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}");
    const oursMBs = bytes / MB / (ours.ms / 1e3);
    const grepMBs = bytes / MB / (grep.ms / 1e3);
    const growthMB = ours.rssGrowth / MB;
    console.log(`P2 log-size ${(bytes / MB).toFixed(0)} MiB (${ours.events} events, grep counted ${grep.count} '>>>' lines)`);
    console.log(`P2 throughput ${oursMBs.toFixed(1)} MB/s ratio-vs-grep ${(oursMBs / grepMBs).toFixed(3)}`);
    console.log(`P2 rss-growth ${growthMB.toFixed(1)} MB ratio-vs-grep ${grep.maxRssKb ? (growthMB / (grep.maxRssKb / 1024)).toFixed(2) : "n/a"}`);
  } finally {
    (0, import_node_fs.rmSync)(file, { force: true });
  }
}
if (require.main === module && process.argv[2] === "--p2-worker") {
  worker(process.argv[3]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vYmVuY2gvcDItcGFyc2VyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFAyOiBlbWVyZ2UgcGFyc2VyIHRocm91Z2hwdXQgYW5kIG1lbW9yeSBvbiBhIGxhcmdlIGxvZyBtYWRlIGJ5IHJlcGVhdGluZyB0aGUgcmVhbCBmaXh0dXJlcywgYWdhaW5zdFxuICogYGdyZXAgLWMgJ14+Pj4nYCBvbiB0aGUgc2FtZSBmaWxlIGluIHRoZSBzYW1lIHJ1bi4gYFAyX0JZVEVTYCBzZXRzIHRoZSBsb2cgc2l6ZSAoZGVmYXVsdCAxIEdpQikuXG4gKiBQcmludHMgYFAyIHRocm91Z2hwdXQgPE1CL3M+IE1CL3MgcmF0aW8tdnMtZ3JlcCA8cj5gIGFuZCBgUDIgcnNzLWdyb3d0aCA8TUI+IE1CIHJhdGlvLXZzLWdyZXAgPHI+YC5cbiAqL1xuaW1wb3J0IHsgc3Bhd24sIHNwYXduU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBjbG9zZVN5bmMsIGNyZWF0ZVJlYWRTdHJlYW0sIGV4aXN0c1N5bmMsIG9wZW5TeW5jLCByZWFkRmlsZVN5bmMsIHJlYWRkaXJTeW5jLCBybVN5bmMsIHdyaXRlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IEVtZXJnZVBhcnNlciB9IGZyb20gJy4uL3NyYy9jb3JlL2VtZXJnZSc7XG5cbmNvbnN0IFJPT1QgPSBqb2luKF9fZGlybmFtZSwgJy4uJywgJy4uJyk7XG5jb25zdCBNQiA9IDEwMjQgKiAxMDI0O1xuXG5mdW5jdGlvbiBjb3JwdXMoKTogQnVmZmVyIHtcbiAgY29uc3QgZGlycyA9IFsndGVzdC9maXh0dXJlcy9lbWVyZ2UnLCAndGVzdC9maXh0dXJlcy9wb3J0YWdlL291dHB1dHMnLCAndGVzdC9maXh0dXJlcy9wb3J0YWdlL2J1aWxkLWxvZ3MnXTtcbiAgY29uc3QgcGFydHM6IEJ1ZmZlcltdID0gW107XG4gIGZvciAoY29uc3QgZCBvZiBkaXJzKSB7XG4gICAgZm9yIChjb25zdCBmIG9mIHJlYWRkaXJTeW5jKGpvaW4oUk9PVCwgZCkpLnNvcnQoKSkgaWYgKC9cXC4odHh0fGxvZykkLy50ZXN0KGYpKSBwYXJ0cy5wdXNoKHJlYWRGaWxlU3luYyhqb2luKFJPT1QsIGQsIGYpKSk7XG4gIH1cbiAgcmV0dXJuIEJ1ZmZlci5jb25jYXQocGFydHMpO1xufVxuXG5mdW5jdGlvbiB3cml0ZUxvZyhwYXRoOiBzdHJpbmcsIHNpemU6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHVuaXQgPSBjb3JwdXMoKTtcbiAgY29uc3QgYmxvY2sgPSBCdWZmZXIuY29uY2F0KEFycmF5KE1hdGgubWF4KDEsIE1hdGguZmxvb3IoKDggKiBNQikgLyB1bml0Lmxlbmd0aCkpKS5maWxsKHVuaXQpKTtcbiAgY29uc3QgZmQgPSBvcGVuU3luYyhwYXRoLCAndycpO1xuICBsZXQgd3JpdHRlbiA9IDA7XG4gIHRyeSB7XG4gICAgd2hpbGUgKHdyaXR0ZW4gPCBzaXplKSB7XG4gICAgICBjb25zdCBuID0gTWF0aC5taW4oYmxvY2subGVuZ3RoLCBzaXplIC0gd3JpdHRlbik7XG4gICAgICB3cml0ZVN5bmMoZmQsIGJsb2NrLCAwLCBuKTtcbiAgICAgIHdyaXR0ZW4gKz0gbjtcbiAgICB9XG4gIH0gZmluYWxseSB7XG4gICAgY2xvc2VTeW5jKGZkKTtcbiAgfVxuICByZXR1cm4gd3JpdHRlbjtcbn1cblxuLyoqIGdyZXAncyB3YWxsIHRpbWUgYW5kIG1heCBSU1MgKEtpQiwgZnJvbSAvdXNyL2Jpbi90aW1lIHdoZW4gcHJlc2VudCkuICovXG5hc3luYyBmdW5jdGlvbiBydW5HcmVwKGZpbGU6IHN0cmluZyk6IFByb21pc2U8eyBtczogbnVtYmVyOyBtYXhSc3NLYj86IG51bWJlcjsgY291bnQ6IHN0cmluZyB9PiB7XG4gIGNvbnN0IHVzZVRpbWUgPSBleGlzdHNTeW5jKCcvdXNyL2Jpbi90aW1lJyk7XG4gIGNvbnN0IGNtZCA9IHVzZVRpbWUgPyAnL3Vzci9iaW4vdGltZScgOiAnZ3JlcCc7XG4gIGNvbnN0IGFyZ3MgPSB1c2VUaW1lID8gWyctZicsICdNQVhSU1MgJU0nLCAnZ3JlcCcsICctYycsICdePj4+JywgZmlsZV0gOiBbJy1jJywgJ14+Pj4nLCBmaWxlXTtcbiAgY29uc3QgdDAgPSBwcm9jZXNzLmhydGltZS5iaWdpbnQoKTtcbiAgY29uc3QgciA9IGF3YWl0IG5ldyBQcm9taXNlPHsgb3V0OiBzdHJpbmc7IGVycjogc3RyaW5nIH0+KChvaywgZmFpbCkgPT4ge1xuICAgIGNvbnN0IHAgPSBzcGF3bihjbWQsIGFyZ3MsIHsgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAncGlwZSddIH0pO1xuICAgIGxldCBvdXQgPSAnJztcbiAgICBsZXQgZXJyID0gJyc7XG4gICAgcC5zdGRvdXQub24oJ2RhdGEnLCAoZDogQnVmZmVyKSA9PiAob3V0ICs9IGQpKTtcbiAgICBwLnN0ZGVyci5vbignZGF0YScsIChkOiBCdWZmZXIpID0+IChlcnIgKz0gZCkpO1xuICAgIHAub24oJ2Vycm9yJywgZmFpbCk7XG4gICAgcC5vbignY2xvc2UnLCAoKSA9PiBvayh7IG91dCwgZXJyIH0pKTtcbiAgfSk7XG4gIGNvbnN0IG1zID0gTnVtYmVyKHByb2Nlc3MuaHJ0aW1lLmJpZ2ludCgpIC0gdDApIC8gMWU2O1xuICBjb25zdCBtID0gL01BWFJTUyAoXFxkKykvLmV4ZWMoci5lcnIpO1xuICByZXR1cm4geyBtcywgbWF4UnNzS2I6IG0gPyBOdW1iZXIobVsxXSkgOiB1bmRlZmluZWQsIGNvdW50OiByLm91dC50cmltKCkgfTtcbn1cblxuLyoqIENoaWxkLXByb2Nlc3MgbW9kZTogcGFyc2UgdGhlIGZpbGUsIHJlcG9ydCB0aW1lLCBldmVudHMgYW5kIHBlYWsgUlNTIGdyb3d0aCBhcyBKU09OLiAqL1xuYXN5bmMgZnVuY3Rpb24gd29ya2VyKGZpbGU6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAvLyBXYXJtIHVwIChKSVQsIGZpcnN0IGFsbG9jYXRpb25zKSBzbyB0aGUgYmFzZWxpbmUgaXMgdGhlIHBhcnNlciBhdCByZXN0LlxuICBjb25zdCB3YXJtID0gbmV3IEVtZXJnZVBhcnNlcigpO1xuICB3YXJtLnB1c2goY29ycHVzKCkpO1xuICB3YXJtLmVuZCgpO1xuICBpZiAoZ2xvYmFsLmdjKSBnbG9iYWwuZ2MoKTtcbiAgY29uc3QgYmFzZSA9IHByb2Nlc3MubWVtb3J5VXNhZ2UucnNzKCk7XG4gIGxldCBwZWFrID0gYmFzZTtcbiAgbGV0IGV2ZW50cyA9IDA7XG4gIGxldCBieXRlcyA9IDA7XG4gIGNvbnN0IHAgPSBuZXcgRW1lcmdlUGFyc2VyKCk7XG4gIGNvbnN0IHQwID0gcHJvY2Vzcy5ocnRpbWUuYmlnaW50KCk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChvaywgZmFpbCkgPT4ge1xuICAgIGNvbnN0IHMgPSBjcmVhdGVSZWFkU3RyZWFtKGZpbGUsIHsgaGlnaFdhdGVyTWFyazogTUIgfSk7XG4gICAgcy5vbignZGF0YScsIChjKSA9PiB7XG4gICAgICBjb25zdCBjaHVuayA9IGMgYXMgQnVmZmVyO1xuICAgICAgYnl0ZXMgKz0gY2h1bmsubGVuZ3RoO1xuICAgICAgZXZlbnRzICs9IHAucHVzaChjaHVuaykubGVuZ3RoO1xuICAgICAgY29uc3QgcnNzID0gcHJvY2Vzcy5tZW1vcnlVc2FnZS5yc3MoKTtcbiAgICAgIGlmIChyc3MgPiBwZWFrKSBwZWFrID0gcnNzO1xuICAgIH0pO1xuICAgIHMub24oJ2VuZCcsIG9rKTtcbiAgICBzLm9uKCdlcnJvcicsIGZhaWwpO1xuICB9KTtcbiAgZXZlbnRzICs9IHAuZW5kKCkubGVuZ3RoO1xuICBjb25zdCBtcyA9IE51bWJlcihwcm9jZXNzLmhydGltZS5iaWdpbnQoKSAtIHQwKSAvIDFlNjtcbiAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoSlNPTi5zdHJpbmdpZnkoeyBtcywgYnl0ZXMsIGV2ZW50cywgcnNzR3Jvd3RoOiBwZWFrIC0gYmFzZSB9KSArICdcXG4nKTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3Qgc2l6ZSA9IE51bWJlcihwcm9jZXNzLmVudi5QMl9CWVRFUyA/PyAxMDI0ICogTUIpO1xuICBjb25zdCBmaWxlID0gam9pbih0bXBkaXIoKSwgYGVidWlsZC1idWlsZGVyLXAyLSR7cHJvY2Vzcy5waWR9LmxvZ2ApO1xuICB0cnkge1xuICAgIGNvbnN0IGJ5dGVzID0gd3JpdGVMb2coZmlsZSwgc2l6ZSk7XG4gICAgYXdhaXQgcnVuR3JlcChmaWxlKTsgLy8gd2FybSB0aGUgcGFnZSBjYWNoZSBzbyBib3RoIHJlYWQgZnJvbSBtZW1vcnlcbiAgICBjb25zdCBncmVwID0gYXdhaXQgcnVuR3JlcChmaWxlKTtcbiAgICBjb25zdCBjaGlsZCA9IHNwYXduU3luYyhwcm9jZXNzLmV4ZWNQYXRoLCBbJy0tZXhwb3NlLWdjJywgX19maWxlbmFtZSwgJy0tcDItd29ya2VyJywgZmlsZV0sIHsgZW5jb2Rpbmc6ICd1dGY4JywgbWF4QnVmZmVyOiBNQiB9KTtcbiAgICBpZiAoY2hpbGQuc3RhdHVzICE9PSAwKSB0aHJvdyBuZXcgRXJyb3IoYHBhcnNlciB3b3JrZXIgZmFpbGVkOiAke2NoaWxkLnN0ZGVycn1gKTtcbiAgICBjb25zdCBvdXJzID0gSlNPTi5wYXJzZShjaGlsZC5zdGRvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSA/PyAne30nKSBhcyB7IG1zOiBudW1iZXI7IGJ5dGVzOiBudW1iZXI7IGV2ZW50czogbnVtYmVyOyByc3NHcm93dGg6IG51bWJlciB9O1xuICAgIGNvbnN0IG91cnNNQnMgPSBieXRlcyAvIE1CIC8gKG91cnMubXMgLyAxMDAwKTtcbiAgICBjb25zdCBncmVwTUJzID0gYnl0ZXMgLyBNQiAvIChncmVwLm1zIC8gMTAwMCk7XG4gICAgY29uc3QgZ3Jvd3RoTUIgPSBvdXJzLnJzc0dyb3d0aCAvIE1CO1xuICAgIGNvbnNvbGUubG9nKGBQMiBsb2ctc2l6ZSAkeyhieXRlcyAvIE1CKS50b0ZpeGVkKDApfSBNaUIgKCR7b3Vycy5ldmVudHN9IGV2ZW50cywgZ3JlcCBjb3VudGVkICR7Z3JlcC5jb3VudH0gJz4+PicgbGluZXMpYCk7XG4gICAgY29uc29sZS5sb2coYFAyIHRocm91Z2hwdXQgJHtvdXJzTUJzLnRvRml4ZWQoMSl9IE1CL3MgcmF0aW8tdnMtZ3JlcCAkeyhvdXJzTUJzIC8gZ3JlcE1CcykudG9GaXhlZCgzKX1gKTtcbiAgICBjb25zb2xlLmxvZyhgUDIgcnNzLWdyb3d0aCAke2dyb3d0aE1CLnRvRml4ZWQoMSl9IE1CIHJhdGlvLXZzLWdyZXAgJHtncmVwLm1heFJzc0tiID8gKGdyb3d0aE1CIC8gKGdyZXAubWF4UnNzS2IgLyAxMDI0KSkudG9GaXhlZCgyKSA6ICduL2EnfWApO1xuICB9IGZpbmFsbHkge1xuICAgIHJtU3luYyhmaWxlLCB7IGZvcmNlOiB0cnVlIH0pO1xuICB9XG59XG5cbmlmIChyZXF1aXJlLm1haW4gPT09IG1vZHVsZSAmJiBwcm9jZXNzLmFyZ3ZbMl0gPT09ICctLXAyLXdvcmtlcicpIHtcbiAgd29ya2VyKHByb2Nlc3MuYXJndlszXSkuY2F0Y2goKGUpID0+IHtcbiAgICBjb25zb2xlLmVycm9yKGUpO1xuICAgIHByb2Nlc3MuZXhpdENvZGUgPSAxO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxnQ0FBaUM7QUFDakMscUJBQWdIO0FBQ2hILHFCQUF1QjtBQUN2Qix1QkFBcUI7QUFDckIsb0JBQTZCO0FBRTdCLE1BQU0sV0FBTyx1QkFBSyxXQUFXLE1BQU0sSUFBSTtBQUN2QyxNQUFNLEtBQUssT0FBTztBQUVsQixTQUFTLFNBQWlCO0FBQ3hCLFFBQU0sT0FBTyxDQUFDLHdCQUF3QixpQ0FBaUMsa0NBQWtDO0FBQ3pHLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFXLEtBQUssTUFBTTtBQUNwQixlQUFXLFNBQUssZ0NBQVksdUJBQUssTUFBTSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUcsS0FBSSxlQUFlLEtBQUssQ0FBQyxFQUFHLE9BQU0sU0FBSyxpQ0FBYSx1QkFBSyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU8sT0FBTyxPQUFPLEtBQUs7QUFDNUI7QUFFQSxTQUFTLFNBQVMsTUFBYyxNQUFzQjtBQUNwRCxRQUFNLE9BQU8sT0FBTztBQUNwQixRQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFPLElBQUksS0FBTSxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDN0YsUUFBTSxTQUFLLHlCQUFTLE1BQU0sR0FBRztBQUM3QixNQUFJLFVBQVU7QUFDZCxNQUFJO0FBQ0YsV0FBTyxVQUFVLE1BQU07QUFDckIsWUFBTSxJQUFJLEtBQUssSUFBSSxNQUFNLFFBQVEsT0FBTyxPQUFPO0FBQy9DLG9DQUFVLElBQUksT0FBTyxHQUFHLENBQUM7QUFDekIsaUJBQVc7QUFBQSxJQUNiO0FBQUEsRUFDRixVQUFFO0FBQ0Esa0NBQVUsRUFBRTtBQUFBLEVBQ2Q7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFlLFFBQVEsTUFBeUU7QUFDOUYsUUFBTSxjQUFVLDJCQUFXLGVBQWU7QUFDMUMsUUFBTSxNQUFNLFVBQVUsa0JBQWtCO0FBQ3hDLFFBQU0sT0FBTyxVQUFVLENBQUMsTUFBTSxhQUFhLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJO0FBQzVGLFFBQU0sS0FBSyxRQUFRLE9BQU8sT0FBTztBQUNqQyxRQUFNLElBQUksTUFBTSxJQUFJLFFBQXNDLENBQUMsSUFBSSxTQUFTO0FBQ3RFLFVBQU0sUUFBSSxpQ0FBTSxLQUFLLE1BQU0sRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ2hFLFFBQUksTUFBTTtBQUNWLFFBQUksTUFBTTtBQUNWLE1BQUUsT0FBTyxHQUFHLFFBQVEsQ0FBQyxNQUFlLE9BQU8sQ0FBRTtBQUM3QyxNQUFFLE9BQU8sR0FBRyxRQUFRLENBQUMsTUFBZSxPQUFPLENBQUU7QUFDN0MsTUFBRSxHQUFHLFNBQVMsSUFBSTtBQUNsQixNQUFFLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDdEMsQ0FBQztBQUNELFFBQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksRUFBRSxJQUFJO0FBQ2xELFFBQU0sSUFBSSxlQUFlLEtBQUssRUFBRSxHQUFHO0FBQ25DLFNBQU8sRUFBRSxJQUFJLFVBQVUsSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksUUFBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLEVBQUU7QUFDM0U7QUFHQSxlQUFlLE9BQU8sTUFBNkI7QUFFakQsUUFBTSxPQUFPLElBQUksMkJBQWE7QUFDOUIsT0FBSyxLQUFLLE9BQU8sQ0FBQztBQUNsQixPQUFLLElBQUk7QUFDVCxNQUFJLE9BQU8sR0FBSSxRQUFPLEdBQUc7QUFDekIsUUFBTSxPQUFPLFFBQVEsWUFBWSxJQUFJO0FBQ3JDLE1BQUksT0FBTztBQUNYLE1BQUksU0FBUztBQUNiLE1BQUksUUFBUTtBQUNaLFFBQU0sSUFBSSxJQUFJLDJCQUFhO0FBQzNCLFFBQU0sS0FBSyxRQUFRLE9BQU8sT0FBTztBQUNqQyxRQUFNLElBQUksUUFBYyxDQUFDLElBQUksU0FBUztBQUNwQyxVQUFNLFFBQUksaUNBQWlCLE1BQU0sRUFBRSxlQUFlLEdBQUcsQ0FBQztBQUN0RCxNQUFFLEdBQUcsUUFBUSxDQUFDLE1BQU07QUFDbEIsWUFBTSxRQUFRO0FBQ2QsZUFBUyxNQUFNO0FBQ2YsZ0JBQVUsRUFBRSxLQUFLLEtBQUssRUFBRTtBQUN4QixZQUFNLE1BQU0sUUFBUSxZQUFZLElBQUk7QUFDcEMsVUFBSSxNQUFNLEtBQU0sUUFBTztBQUFBLElBQ3pCLENBQUM7QUFDRCxNQUFFLEdBQUcsT0FBTyxFQUFFO0FBQ2QsTUFBRSxHQUFHLFNBQVMsSUFBSTtBQUFBLEVBQ3BCLENBQUM7QUFDRCxZQUFVLEVBQUUsSUFBSSxFQUFFO0FBQ2xCLFFBQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksRUFBRSxJQUFJO0FBQ2xELFVBQVEsT0FBTyxNQUFNLEtBQUssVUFBVSxFQUFFLElBQUksT0FBTyxRQUFRLFdBQVcsT0FBTyxLQUFLLENBQUMsSUFBSSxJQUFJO0FBQzNGO0FBRUEsZUFBc0IsTUFBcUI7QUFDekMsUUFBTSxPQUFPLE9BQU8sUUFBUSxJQUFJLFlBQVksT0FBTyxFQUFFO0FBQ3JELFFBQU0sV0FBTywyQkFBSyx1QkFBTyxHQUFHLHFCQUFxQixRQUFRLEdBQUcsTUFBTTtBQUNsRSxNQUFJO0FBQ0YsVUFBTSxRQUFRLFNBQVMsTUFBTSxJQUFJO0FBQ2pDLFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFVBQU0sT0FBTyxNQUFNLFFBQVEsSUFBSTtBQUMvQixVQUFNLFlBQVEscUNBQVUsUUFBUSxVQUFVLENBQUMsZUFBZSxZQUFZLGVBQWUsSUFBSSxHQUFHLEVBQUUsVUFBVSxRQUFRLFdBQVcsR0FBRyxDQUFDO0FBQy9ILFFBQUksTUFBTSxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0seUJBQXlCLE1BQU0sTUFBTSxFQUFFO0FBQy9FLFVBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxPQUFPLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLEtBQUssSUFBSTtBQUNyRSxVQUFNLFVBQVUsUUFBUSxNQUFNLEtBQUssS0FBSztBQUN4QyxVQUFNLFVBQVUsUUFBUSxNQUFNLEtBQUssS0FBSztBQUN4QyxVQUFNLFdBQVcsS0FBSyxZQUFZO0FBQ2xDLFlBQVEsSUFBSSxnQkFBZ0IsUUFBUSxJQUFJLFFBQVEsQ0FBQyxDQUFDLFNBQVMsS0FBSyxNQUFNLHlCQUF5QixLQUFLLEtBQUssZUFBZTtBQUN4SCxZQUFRLElBQUksaUJBQWlCLFFBQVEsUUFBUSxDQUFDLENBQUMsd0JBQXdCLFVBQVUsU0FBUyxRQUFRLENBQUMsQ0FBQyxFQUFFO0FBQ3RHLFlBQVEsSUFBSSxpQkFBaUIsU0FBUyxRQUFRLENBQUMsQ0FBQyxxQkFBcUIsS0FBSyxZQUFZLFlBQVksS0FBSyxXQUFXLE9BQU8sUUFBUSxDQUFDLElBQUksS0FBSyxFQUFFO0FBQUEsRUFDL0ksVUFBRTtBQUNBLCtCQUFPLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQzlCO0FBQ0Y7QUFFQSxJQUFJLFFBQVEsU0FBUyxVQUFVLFFBQVEsS0FBSyxDQUFDLE1BQU0sZUFBZTtBQUNoRSxTQUFPLFFBQVEsS0FBSyxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTTtBQUNuQyxZQUFRLE1BQU0sQ0FBQztBQUNmLFlBQVEsV0FBVztBQUFBLEVBQ3JCLENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFtdCn0K
