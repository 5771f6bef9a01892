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
var p6_binpkg_exports = {};
__export(p6_binpkg_exports, {
  run: () => run
});
module.exports = __toCommonJS(p6_binpkg_exports);
var import_node_child_process = require("node:child_process");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var tar = __toESM(require("tar-stream"));
const MiB = 1024 * 1024;
function ensureTool(tool, pkg) {
  if ((0, import_node_child_process.spawnSync)(tool, ["--version"], { stdio: "ignore" }).status === 0) return;
  const r = (0, import_node_child_process.spawnSync)("flock", ["/tmp/apt.lock", "apt-get", "install", "-y", pkg], { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${tool} is missing and "apt-get install ${pkg}" failed`);
}
function exited(p, what, event = "exit") {
  return new Promise((res, rej) => {
    p.on("error", rej);
    p.on(event, (code) => code === 0 ? res() : rej(new Error(`${what} exited with ${code}`)));
  });
}
function finished(s) {
  return new Promise((res, rej) => {
    s.on("finish", () => res());
    s.on("error", rej);
  });
}
function makeImage(stage, bytes) {
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const dir = (0, import_node_path.join)(stage, "image/usr/share/p6", `d${String(n >> 7).padStart(3, "0")}`);
    if (n % 128 === 0) (0, import_node_fs.mkdirSync)(dir, { recursive: true });
    const size = Math.min(bytes - total, 64 * 1024 + Math.floor(Math.random() * 448 * 1024));
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, `f${n}.bin`), (0, import_node_crypto.randomBytes)(size));
    total += size;
    n++;
  }
  return n;
}
async function hashFile(path) {
  const sha = (0, import_node_crypto.createHash)("sha512");
  const b2 = (0, import_node_crypto.createHash)("blake2b512");
  let size = 0;
  for await (const c of (0, import_node_fs.createReadStream)(path)) {
    sha.update(c);
    b2.update(c);
    size += c.length;
  }
  return `${size} BLAKE2B ${b2.digest("hex")} SHA512 ${sha.digest("hex")}`;
}
async function makeGpkg(work, bytes) {
  const stage = (0, import_node_path.join)(work, "stage");
  const files = makeImage(stage, bytes);
  const image = (0, import_node_path.join)(work, "image.tar.zst");
  const t = (0, import_node_child_process.spawn)("tar", ["-C", stage, "--owner=0", "--group=0", "--numeric-owner", "-cf", "-", "image"], { stdio: ["ignore", "pipe", "inherit"] });
  const z = (0, import_node_child_process.spawn)("zstd", ["-q", "-1", "-T0", "-c"], { stdio: [t.stdout, "pipe", "inherit"] });
  const out = (0, import_node_fs.createWriteStream)(image);
  z.stdout.pipe(out);
  await Promise.all([exited(t, "tar -c"), exited(z, "zstd"), finished(out)]);
  (0, import_node_fs.rmSync)(stage, { recursive: true, force: true });
  const metaPack = tar.pack();
  const meta = { CATEGORY: "app-misc\n", PF: "p6-1.0\n", SLOT: "0\n", EAPI: "8\n", USE: "amd64\n", IUSE: "\n", BUILD_ID: "1" };
  for (const [k, v] of Object.entries(meta)) metaPack.entry({ name: `metadata/${k}` }, v);
  metaPack.finalize();
  const metaTar = [];
  for await (const c of metaPack) metaTar.push(c);
  const metaZst = (0, import_node_child_process.spawnSync)("zstd", ["-q", "-c"], { input: Buffer.concat(metaTar) }).stdout;
  const metaFile = (0, import_node_path.join)(work, "metadata.tar.zst");
  (0, import_node_fs.writeFileSync)(metaFile, metaZst);
  const empty = (0, import_node_path.join)(work, "gpkg-1");
  (0, import_node_fs.writeFileSync)(empty, "");
  const manifest = [`DATA gpkg-1 ${await hashFile(empty)}`, `DATA metadata.tar.zst ${await hashFile(metaFile)}`, `DATA image.tar.zst ${await hashFile(image)}`].join("\n") + "\n";
  const top = "p6-1.0-1";
  const path = (0, import_node_path.join)(work, `${top}.gpkg.tar`);
  const pack = tar.pack();
  const dest = (0, import_node_fs.createWriteStream)(path);
  pack.pipe(dest);
  const add = (name, data) => new Promise((res, rej) => pack.entry({ name: `${top}/${name}`, mode: 420 }, data, (e) => e ? rej(e) : res()));
  await add("gpkg-1", "");
  await add("metadata.tar.zst", (0, import_node_fs.readFileSync)(metaFile));
  await new Promise((res, rej) => {
    const sink = pack.entry({ name: `${top}/image.tar.zst`, size: (0, import_node_fs.statSync)(image).size, mode: 420 }, (e) => e ? rej(e) : res());
    (0, import_node_fs.createReadStream)(image).pipe(sink);
  });
  await add("Manifest", manifest);
  pack.finalize();
  await finished(dest);
  (0, import_node_fs.rmSync)(image);
  return { path, member: `${top}/image.tar.zst`, files };
}
async function runReader(pkg, verify) {
  const start = process.hrtime.bigint();
  const args = [(0, import_node_path.join)(__dirname, "binpkgListChild.js"), pkg, ...verify ? ["--verify"] : []];
  const p = (0, import_node_child_process.spawn)(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  p.stdout.on("data", (c) => out += c.toString());
  await exited(p, "reader", "close");
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const r = JSON.parse(out);
  if (r.problems.length) throw new Error(`reader reported problems: ${r.problems.join("; ")}`);
  return { seconds, rssMB: r.maxRssKB / 1024, files: r.files };
}
async function runTar(pkg, member, work) {
  const rss = [0, 1, 2].map((i) => (0, import_node_path.join)(work, `rss${i}`));
  const timed = (i, argv) => ["-f", "%M", "-o", rss[i], ...argv];
  const start = process.hrtime.bigint();
  const a = (0, import_node_child_process.spawn)("/usr/bin/time", timed(0, ["tar", "-xOf", pkg, member]), { stdio: ["ignore", "pipe", "inherit"] });
  const b = (0, import_node_child_process.spawn)("/usr/bin/time", timed(1, ["zstd", "-q", "-dc"]), { stdio: [a.stdout, "pipe", "inherit"] });
  const c = (0, import_node_child_process.spawn)("/usr/bin/time", timed(2, ["tar", "-tf", "-"]), { stdio: [b.stdout, "pipe", "inherit"] });
  let lines = 0;
  c.stdout.on("data", (d) => {
    for (const x of d) if (x === 10) lines++;
  });
  await Promise.all([exited(a, "tar -x"), exited(b, "zstd -d"), exited(c, "tar -t", "close")]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssMB = rss.reduce((s, f) => s + Number((0, import_node_fs.readFileSync)(f, "utf8").trim().split("\n").pop()), 0) / 1024;
  return { seconds, rssMB, lines };
}
async function run() {
  const bytes = Number(process.env.P6_BYTES ?? 1024 * MiB);
  ensureTool("zstd", "zstd");
  ensureTool("/usr/bin/time", "time");
  const work = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "p6-binpkg-"));
  try {
    const t0 = Date.now();
    const pkg = await makeGpkg(work, bytes);
    const size = (0, import_node_fs.statSync)(pkg.path).size;
    console.log(`# P6 package: ${(size / MiB).toFixed(0)} MiB gpkg, ${pkg.files} random files, made in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
    const tarRun = await runTar(pkg.path, pkg.member, work);
    const ours = await runReader(pkg.path, false);
    const verified = await runReader(pkg.path, true);
    if (ours.files !== tarRun.lines - 1) console.log(`# P6 warning: reader listed ${ours.files} entries, tar ${tarRun.lines - 1}`);
    const r = (a, b) => (a / b).toFixed(2);
    console.log(`P6 list-time ${ours.seconds.toFixed(2)} s ratio-vs-tar ${r(ours.seconds, tarRun.seconds)}`);
    console.log(`P6 peak-rss ${ours.rssMB.toFixed(1)} MB ratio-vs-tar ${r(ours.rssMB, tarRun.rssMB)}`);
    console.log(`P6 list-and-verify-time ${verified.seconds.toFixed(2)} s ratio-vs-tar ${r(verified.seconds, tarRun.seconds)}`);
    console.log(`# P6 tar pipeline: ${tarRun.seconds.toFixed(2)} s, ${tarRun.rssMB.toFixed(1)} MB (sum of 3 processes); reader with Manifest check: ${verified.rssMB.toFixed(1)} MB`);
  } finally {
    (0, import_node_fs.rmSync)(work, { recursive: true, force: true });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vYmVuY2gvcDYtYmlucGtnLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFA2OiBsaXN0aW5nIHRoZSBmaWxlcyBvZiBhIGxhcmdlIEdQS0cgKHJhbmRvbSBmaWxlcywgaW1hZ2UudGFyLnpzdCkgd2l0aCB0aGlzIHByb2plY3QncyByZWFkZXIgdmVyc3VzXG4gKiBgdGFyIC14T2YgUEtHIDx0b3A+L2ltYWdlLnRhci56c3QgfCB6c3RkIC1kYyB8IHRhciAtdGAsIGluIHRoZSBzYW1lIHJ1bi4gQm90aCBhcmUgbWVhc3VyZWQgYXMgcHJvY2Vzc2VzIGZyb21cbiAqIHNwYXduIHRvIGV4aXQ7IHBlYWsgbWVtb3J5IGlzIHRoZSByZWFkZXIncyBvd24gbWF4UlNTLCBhbmQgZm9yIHRhciB0aGUgc3VtIG92ZXIgdGhlIHRocmVlIGNvbmN1cnJlbnRcbiAqIHByb2Nlc3NlcyAoR05VIHRpbWUncyAlTSkuIFNpemU6IFA2X0JZVEVTIChkZWZhdWx0IDEgR2lCKS4gUHJpbnRzOlxuICogICBQNiBsaXN0LXRpbWUgPHM+IHMgcmF0aW8tdnMtdGFyIDxyPlxuICogICBQNiBwZWFrLXJzcyA8TUI+IE1CIHJhdGlvLXZzLXRhciA8cj5cbiAqL1xuaW1wb3J0IHsgc3Bhd24sIHNwYXduU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBjcmVhdGVIYXNoLCByYW5kb21CeXRlcyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGNyZWF0ZVJlYWRTdHJlYW0sIGNyZWF0ZVdyaXRlU3RyZWFtLCBta2RpclN5bmMsIG1rZHRlbXBTeW5jLCByZWFkRmlsZVN5bmMsIHJtU3luYywgc3RhdFN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IFJlYWRhYmxlLCBXcml0YWJsZSB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCAqIGFzIHRhciBmcm9tICd0YXItc3RyZWFtJztcblxuY29uc3QgTWlCID0gMTAyNCAqIDEwMjQ7XG5cbmZ1bmN0aW9uIGVuc3VyZVRvb2wodG9vbDogc3RyaW5nLCBwa2c6IHN0cmluZyk6IHZvaWQge1xuICBpZiAoc3Bhd25TeW5jKHRvb2wsIFsnLS12ZXJzaW9uJ10sIHsgc3RkaW86ICdpZ25vcmUnIH0pLnN0YXR1cyA9PT0gMCkgcmV0dXJuO1xuICBjb25zdCByID0gc3Bhd25TeW5jKCdmbG9jaycsIFsnL3RtcC9hcHQubG9jaycsICdhcHQtZ2V0JywgJ2luc3RhbGwnLCAnLXknLCBwa2ddLCB7IHN0ZGlvOiAnaWdub3JlJyB9KTtcbiAgaWYgKHIuc3RhdHVzICE9PSAwKSB0aHJvdyBuZXcgRXJyb3IoYCR7dG9vbH0gaXMgbWlzc2luZyBhbmQgXCJhcHQtZ2V0IGluc3RhbGwgJHtwa2d9XCIgZmFpbGVkYCk7XG59XG5cbi8qKiAnY2xvc2UnIHdhaXRzIGZvciBzdGRpbyB3ZSBob2xkOyBhIHByb2Nlc3Mgd2hvc2Ugc3Rkb3V0IHdhcyBoYW5kZWQgdG8gdGhlIG5leHQgb25lIG9ubHkgcmVhY2hlcyAnZXhpdCcuICovXG5mdW5jdGlvbiBleGl0ZWQocDogUmV0dXJuVHlwZTx0eXBlb2Ygc3Bhd24+LCB3aGF0OiBzdHJpbmcsIGV2ZW50OiAnZXhpdCcgfCAnY2xvc2UnID0gJ2V4aXQnKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzLCByZWopID0+IHtcbiAgICBwLm9uKCdlcnJvcicsIHJlaik7XG4gICAgcC5vbihldmVudCwgKGNvZGUpID0+IChjb2RlID09PSAwID8gcmVzKCkgOiByZWoobmV3IEVycm9yKGAke3doYXR9IGV4aXRlZCB3aXRoICR7Y29kZX1gKSkpKTtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIGZpbmlzaGVkKHM6IFdyaXRhYmxlKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzLCByZWopID0+IHtcbiAgICBzLm9uKCdmaW5pc2gnLCAoKSA9PiByZXMoKSk7XG4gICAgcy5vbignZXJyb3InLCByZWopO1xuICB9KTtcbn1cblxuLyoqIFJhbmRvbSBmaWxlcyB1bmRlciBzdGFnZS9pbWFnZSwgYWJvdXQgYGJ5dGVzYCBpbiB0b3RhbC4gKi9cbmZ1bmN0aW9uIG1ha2VJbWFnZShzdGFnZTogc3RyaW5nLCBieXRlczogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgbGV0IG4gPSAwO1xuICB3aGlsZSAodG90YWwgPCBieXRlcykge1xuICAgIGNvbnN0IGRpciA9IGpvaW4oc3RhZ2UsICdpbWFnZS91c3Ivc2hhcmUvcDYnLCBgZCR7U3RyaW5nKG4gPj4gNykucGFkU3RhcnQoMywgJzAnKX1gKTtcbiAgICBpZiAobiAlIDEyOCA9PT0gMCkgbWtkaXJTeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgY29uc3Qgc2l6ZSA9IE1hdGgubWluKGJ5dGVzIC0gdG90YWwsIDY0ICogMTAyNCArIE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDQ0OCAqIDEwMjQpKTtcbiAgICB3cml0ZUZpbGVTeW5jKGpvaW4oZGlyLCBgZiR7bn0uYmluYCksIHJhbmRvbUJ5dGVzKHNpemUpKTtcbiAgICB0b3RhbCArPSBzaXplO1xuICAgIG4rKztcbiAgfVxuICByZXR1cm4gbjtcbn1cblxuYXN5bmMgZnVuY3Rpb24gaGFzaEZpbGUocGF0aDogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3Qgc2hhID0gY3JlYXRlSGFzaCgnc2hhNTEyJyk7XG4gIGNvbnN0IGIyID0gY3JlYXRlSGFzaCgnYmxha2UyYjUxMicpO1xuICBsZXQgc2l6ZSA9IDA7XG4gIGZvciBhd2FpdCAoY29uc3QgYyBvZiBjcmVhdGVSZWFkU3RyZWFtKHBhdGgpKSB7XG4gICAgc2hhLnVwZGF0ZShjIGFzIEJ1ZmZlcik7XG4gICAgYjIudXBkYXRlKGMgYXMgQnVmZmVyKTtcbiAgICBzaXplICs9IChjIGFzIEJ1ZmZlcikubGVuZ3RoO1xuICB9XG4gIHJldHVybiBgJHtzaXplfSBCTEFLRTJCICR7YjIuZGlnZXN0KCdoZXgnKX0gU0hBNTEyICR7c2hhLmRpZ2VzdCgnaGV4Jyl9YDtcbn1cblxuYXN5bmMgZnVuY3Rpb24gbWFrZUdwa2cod29yazogc3RyaW5nLCBieXRlczogbnVtYmVyKTogUHJvbWlzZTx7IHBhdGg6IHN0cmluZzsgbWVtYmVyOiBzdHJpbmc7IGZpbGVzOiBudW1iZXIgfT4ge1xuICBjb25zdCBzdGFnZSA9IGpvaW4od29yaywgJ3N0YWdlJyk7XG4gIGNvbnN0IGZpbGVzID0gbWFrZUltYWdlKHN0YWdlLCBieXRlcyk7XG4gIGNvbnN0IGltYWdlID0gam9pbih3b3JrLCAnaW1hZ2UudGFyLnpzdCcpO1xuICBjb25zdCB0ID0gc3Bhd24oJ3RhcicsIFsnLUMnLCBzdGFnZSwgJy0tb3duZXI9MCcsICctLWdyb3VwPTAnLCAnLS1udW1lcmljLW93bmVyJywgJy1jZicsICctJywgJ2ltYWdlJ10sIHsgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAnaW5oZXJpdCddIH0pO1xuICBjb25zdCB6ID0gc3Bhd24oJ3pzdGQnLCBbJy1xJywgJy0xJywgJy1UMCcsICctYyddLCB7IHN0ZGlvOiBbdC5zdGRvdXQhLCAncGlwZScsICdpbmhlcml0J10gfSk7XG4gIGNvbnN0IG91dCA9IGNyZWF0ZVdyaXRlU3RyZWFtKGltYWdlKTtcbiAgei5zdGRvdXQhLnBpcGUob3V0KTtcbiAgYXdhaXQgUHJvbWlzZS5hbGwoW2V4aXRlZCh0LCAndGFyIC1jJyksIGV4aXRlZCh6LCAnenN0ZCcpLCBmaW5pc2hlZChvdXQpXSk7XG4gIHJtU3luYyhzdGFnZSwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuXG4gIGNvbnN0IG1ldGFQYWNrID0gdGFyLnBhY2soKTtcbiAgY29uc3QgbWV0YTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQ0FURUdPUlk6ICdhcHAtbWlzY1xcbicsIFBGOiAncDYtMS4wXFxuJywgU0xPVDogJzBcXG4nLCBFQVBJOiAnOFxcbicsIFVTRTogJ2FtZDY0XFxuJywgSVVTRTogJ1xcbicsIEJVSUxEX0lEOiAnMScgfTtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMobWV0YSkpIG1ldGFQYWNrLmVudHJ5KHsgbmFtZTogYG1ldGFkYXRhLyR7a31gIH0sIHYpO1xuICBtZXRhUGFjay5maW5hbGl6ZSgpO1xuICBjb25zdCBtZXRhVGFyOiBCdWZmZXJbXSA9IFtdO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgbWV0YVBhY2sgYXMgdW5rbm93biBhcyBBc3luY0l0ZXJhYmxlPEJ1ZmZlcj4pIG1ldGFUYXIucHVzaChjKTtcbiAgY29uc3QgbWV0YVpzdCA9IHNwYXduU3luYygnenN0ZCcsIFsnLXEnLCAnLWMnXSwgeyBpbnB1dDogQnVmZmVyLmNvbmNhdChtZXRhVGFyKSB9KS5zdGRvdXQ7XG4gIGNvbnN0IG1ldGFGaWxlID0gam9pbih3b3JrLCAnbWV0YWRhdGEudGFyLnpzdCcpO1xuICB3cml0ZUZpbGVTeW5jKG1ldGFGaWxlLCBtZXRhWnN0KTtcbiAgY29uc3QgZW1wdHkgPSBqb2luKHdvcmssICdncGtnLTEnKTtcbiAgd3JpdGVGaWxlU3luYyhlbXB0eSwgJycpO1xuICBjb25zdCBtYW5pZmVzdCA9IFtgREFUQSBncGtnLTEgJHthd2FpdCBoYXNoRmlsZShlbXB0eSl9YCwgYERBVEEgbWV0YWRhdGEudGFyLnpzdCAke2F3YWl0IGhhc2hGaWxlKG1ldGFGaWxlKX1gLCBgREFUQSBpbWFnZS50YXIuenN0ICR7YXdhaXQgaGFzaEZpbGUoaW1hZ2UpfWBdLmpvaW4oJ1xcbicpICsgJ1xcbic7XG5cbiAgY29uc3QgdG9wID0gJ3A2LTEuMC0xJztcbiAgY29uc3QgcGF0aCA9IGpvaW4od29yaywgYCR7dG9wfS5ncGtnLnRhcmApO1xuICBjb25zdCBwYWNrID0gdGFyLnBhY2soKTtcbiAgY29uc3QgZGVzdCA9IGNyZWF0ZVdyaXRlU3RyZWFtKHBhdGgpO1xuICAocGFjayBhcyB1bmtub3duIGFzIFJlYWRhYmxlKS5waXBlKGRlc3QpO1xuICBjb25zdCBhZGQgPSAobmFtZTogc3RyaW5nLCBkYXRhOiBCdWZmZXIgfCBzdHJpbmcpID0+IG5ldyBQcm9taXNlPHZvaWQ+KChyZXMsIHJlaikgPT4gcGFjay5lbnRyeSh7IG5hbWU6IGAke3RvcH0vJHtuYW1lfWAsIG1vZGU6IDBvNjQ0IH0sIGRhdGEsIChlKSA9PiAoZSA/IHJlaihlKSA6IHJlcygpKSkpO1xuICBhd2FpdCBhZGQoJ2dwa2ctMScsICcnKTtcbiAgYXdhaXQgYWRkKCdtZXRhZGF0YS50YXIuenN0JywgcmVhZEZpbGVTeW5jKG1ldGFGaWxlKSk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXMsIHJlaikgPT4ge1xuICAgIGNvbnN0IHNpbmsgPSBwYWNrLmVudHJ5KHsgbmFtZTogYCR7dG9wfS9pbWFnZS50YXIuenN0YCwgc2l6ZTogc3RhdFN5bmMoaW1hZ2UpLnNpemUsIG1vZGU6IDBvNjQ0IH0sIChlKSA9PiAoZSA/IHJlaihlKSA6IHJlcygpKSk7XG4gICAgY3JlYXRlUmVhZFN0cmVhbShpbWFnZSkucGlwZShzaW5rIGFzIHVua25vd24gYXMgV3JpdGFibGUpO1xuICB9KTtcbiAgYXdhaXQgYWRkKCdNYW5pZmVzdCcsIG1hbmlmZXN0KTtcbiAgcGFjay5maW5hbGl6ZSgpO1xuICBhd2FpdCBmaW5pc2hlZChkZXN0KTtcbiAgcm1TeW5jKGltYWdlKTtcbiAgcmV0dXJuIHsgcGF0aCwgbWVtYmVyOiBgJHt0b3B9L2ltYWdlLnRhci56c3RgLCBmaWxlcyB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiBydW5SZWFkZXIocGtnOiBzdHJpbmcsIHZlcmlmeTogYm9vbGVhbik6IFByb21pc2U8eyBzZWNvbmRzOiBudW1iZXI7IHJzc01COiBudW1iZXI7IGZpbGVzOiBudW1iZXIgfT4ge1xuICBjb25zdCBzdGFydCA9IHByb2Nlc3MuaHJ0aW1lLmJpZ2ludCgpO1xuICBjb25zdCBhcmdzID0gW2pvaW4oX19kaXJuYW1lLCAnYmlucGtnTGlzdENoaWxkLmpzJyksIHBrZywgLi4uKHZlcmlmeSA/IFsnLS12ZXJpZnknXSA6IFtdKV07XG4gIGNvbnN0IHAgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBhcmdzLCB7IHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ2luaGVyaXQnXSB9KTtcbiAgbGV0IG91dCA9ICcnO1xuICBwLnN0ZG91dCEub24oJ2RhdGEnLCAoYzogQnVmZmVyKSA9PiAob3V0ICs9IGMudG9TdHJpbmcoKSkpO1xuICBhd2FpdCBleGl0ZWQocCwgJ3JlYWRlcicsICdjbG9zZScpO1xuICBjb25zdCBzZWNvbmRzID0gTnVtYmVyKHByb2Nlc3MuaHJ0aW1lLmJpZ2ludCgpIC0gc3RhcnQpIC8gMWU5O1xuICBjb25zdCByID0gSlNPTi5wYXJzZShvdXQpIGFzIHsgZmlsZXM6IG51bWJlcjsgbWF4UnNzS0I6IG51bWJlcjsgcHJvYmxlbXM6IHN0cmluZ1tdIH07XG4gIGlmIChyLnByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IEVycm9yKGByZWFkZXIgcmVwb3J0ZWQgcHJvYmxlbXM6ICR7ci5wcm9ibGVtcy5qb2luKCc7ICcpfWApO1xuICByZXR1cm4geyBzZWNvbmRzLCByc3NNQjogci5tYXhSc3NLQiAvIDEwMjQsIGZpbGVzOiByLmZpbGVzIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJ1blRhcihwa2c6IHN0cmluZywgbWVtYmVyOiBzdHJpbmcsIHdvcms6IHN0cmluZyk6IFByb21pc2U8eyBzZWNvbmRzOiBudW1iZXI7IHJzc01COiBudW1iZXI7IGxpbmVzOiBudW1iZXIgfT4ge1xuICBjb25zdCByc3MgPSBbMCwgMSwgMl0ubWFwKChpKSA9PiBqb2luKHdvcmssIGByc3Mke2l9YCkpO1xuICBjb25zdCB0aW1lZCA9IChpOiBudW1iZXIsIGFyZ3Y6IHN0cmluZ1tdKSA9PiBbJy1mJywgJyVNJywgJy1vJywgcnNzW2ldLCAuLi5hcmd2XTtcbiAgY29uc3Qgc3RhcnQgPSBwcm9jZXNzLmhydGltZS5iaWdpbnQoKTtcbiAgY29uc3QgYSA9IHNwYXduKCcvdXNyL2Jpbi90aW1lJywgdGltZWQoMCwgWyd0YXInLCAnLXhPZicsIHBrZywgbWVtYmVyXSksIHsgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAnaW5oZXJpdCddIH0pO1xuICBjb25zdCBiID0gc3Bhd24oJy91c3IvYmluL3RpbWUnLCB0aW1lZCgxLCBbJ3pzdGQnLCAnLXEnLCAnLWRjJ10pLCB7IHN0ZGlvOiBbYS5zdGRvdXQhLCAncGlwZScsICdpbmhlcml0J10gfSk7XG4gIGNvbnN0IGMgPSBzcGF3bignL3Vzci9iaW4vdGltZScsIHRpbWVkKDIsIFsndGFyJywgJy10ZicsICctJ10pLCB7IHN0ZGlvOiBbYi5zdGRvdXQhLCAncGlwZScsICdpbmhlcml0J10gfSk7XG4gIGxldCBsaW5lcyA9IDA7XG4gIGMuc3Rkb3V0IS5vbignZGF0YScsIChkOiBCdWZmZXIpID0+IHtcbiAgICBmb3IgKGNvbnN0IHggb2YgZCkgaWYgKHggPT09IDEwKSBsaW5lcysrO1xuICB9KTtcbiAgYXdhaXQgUHJvbWlzZS5hbGwoW2V4aXRlZChhLCAndGFyIC14JyksIGV4aXRlZChiLCAnenN0ZCAtZCcpLCBleGl0ZWQoYywgJ3RhciAtdCcsICdjbG9zZScpXSk7XG4gIGNvbnN0IHNlY29uZHMgPSBOdW1iZXIocHJvY2Vzcy5ocnRpbWUuYmlnaW50KCkgLSBzdGFydCkgLyAxZTk7XG4gIGNvbnN0IHJzc01CID0gcnNzLnJlZHVjZSgocywgZikgPT4gcyArIE51bWJlcihyZWFkRmlsZVN5bmMoZiwgJ3V0ZjgnKS50cmltKCkuc3BsaXQoJ1xcbicpLnBvcCgpKSwgMCkgLyAxMDI0O1xuICByZXR1cm4geyBzZWNvbmRzLCByc3NNQiwgbGluZXMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgYnl0ZXMgPSBOdW1iZXIocHJvY2Vzcy5lbnYuUDZfQllURVMgPz8gMTAyNCAqIE1pQik7XG4gIGVuc3VyZVRvb2woJ3pzdGQnLCAnenN0ZCcpO1xuICBlbnN1cmVUb29sKCcvdXNyL2Jpbi90aW1lJywgJ3RpbWUnKTtcbiAgY29uc3Qgd29yayA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICdwNi1iaW5wa2ctJykpO1xuICB0cnkge1xuICAgIGNvbnN0IHQwID0gRGF0ZS5ub3coKTtcbiAgICBjb25zdCBwa2cgPSBhd2FpdCBtYWtlR3BrZyh3b3JrLCBieXRlcyk7XG4gICAgY29uc3Qgc2l6ZSA9IHN0YXRTeW5jKHBrZy5wYXRoKS5zaXplO1xuICAgIGNvbnNvbGUubG9nKGAjIFA2IHBhY2thZ2U6ICR7KHNpemUgLyBNaUIpLnRvRml4ZWQoMCl9IE1pQiBncGtnLCAke3BrZy5maWxlc30gcmFuZG9tIGZpbGVzLCBtYWRlIGluICR7KChEYXRlLm5vdygpIC0gdDApIC8gMTAwMCkudG9GaXhlZCgxKX0gc2ApO1xuICAgIGNvbnN0IHRhclJ1biA9IGF3YWl0IHJ1blRhcihwa2cucGF0aCwgcGtnLm1lbWJlciwgd29yayk7XG4gICAgY29uc3Qgb3VycyA9IGF3YWl0IHJ1blJlYWRlcihwa2cucGF0aCwgZmFsc2UpO1xuICAgIGNvbnN0IHZlcmlmaWVkID0gYXdhaXQgcnVuUmVhZGVyKHBrZy5wYXRoLCB0cnVlKTtcbiAgICAvLyB0YXIgLXQgYWxzbyBwcmludHMgdGhlIGltYWdlLyByb290IGFuZCB0aGUgZGlyZWN0b3JpZXM7IHRoZSByZWFkZXIgbGlzdHMgZXZlcnl0aGluZyBidXQgdGhlIHJvb3QuXG4gICAgaWYgKG91cnMuZmlsZXMgIT09IHRhclJ1bi5saW5lcyAtIDEpIGNvbnNvbGUubG9nKGAjIFA2IHdhcm5pbmc6IHJlYWRlciBsaXN0ZWQgJHtvdXJzLmZpbGVzfSBlbnRyaWVzLCB0YXIgJHt0YXJSdW4ubGluZXMgLSAxfWApO1xuICAgIGNvbnN0IHIgPSAoYTogbnVtYmVyLCBiOiBudW1iZXIpID0+IChhIC8gYikudG9GaXhlZCgyKTtcbiAgICBjb25zb2xlLmxvZyhgUDYgbGlzdC10aW1lICR7b3Vycy5zZWNvbmRzLnRvRml4ZWQoMil9IHMgcmF0aW8tdnMtdGFyICR7cihvdXJzLnNlY29uZHMsIHRhclJ1bi5zZWNvbmRzKX1gKTtcbiAgICBjb25zb2xlLmxvZyhgUDYgcGVhay1yc3MgJHtvdXJzLnJzc01CLnRvRml4ZWQoMSl9IE1CIHJhdGlvLXZzLXRhciAke3Iob3Vycy5yc3NNQiwgdGFyUnVuLnJzc01CKX1gKTtcbiAgICBjb25zb2xlLmxvZyhgUDYgbGlzdC1hbmQtdmVyaWZ5LXRpbWUgJHt2ZXJpZmllZC5zZWNvbmRzLnRvRml4ZWQoMil9IHMgcmF0aW8tdnMtdGFyICR7cih2ZXJpZmllZC5zZWNvbmRzLCB0YXJSdW4uc2Vjb25kcyl9YCk7XG4gICAgY29uc29sZS5sb2coYCMgUDYgdGFyIHBpcGVsaW5lOiAke3RhclJ1bi5zZWNvbmRzLnRvRml4ZWQoMil9IHMsICR7dGFyUnVuLnJzc01CLnRvRml4ZWQoMSl9IE1CIChzdW0gb2YgMyBwcm9jZXNzZXMpOyByZWFkZXIgd2l0aCBNYW5pZmVzdCBjaGVjazogJHt2ZXJpZmllZC5yc3NNQi50b0ZpeGVkKDEpfSBNQmApO1xuICB9IGZpbmFsbHkge1xuICAgIHJtU3luYyh3b3JrLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsZ0NBQWlDO0FBQ2pDLHlCQUF3QztBQUN4QyxxQkFBMkg7QUFDM0gscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUVyQixVQUFxQjtBQUVyQixNQUFNLE1BQU0sT0FBTztBQUVuQixTQUFTLFdBQVcsTUFBYyxLQUFtQjtBQUNuRCxVQUFJLHFDQUFVLE1BQU0sQ0FBQyxXQUFXLEdBQUcsRUFBRSxPQUFPLFNBQVMsQ0FBQyxFQUFFLFdBQVcsRUFBRztBQUN0RSxRQUFNLFFBQUkscUNBQVUsU0FBUyxDQUFDLGlCQUFpQixXQUFXLFdBQVcsTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUNwRyxNQUFJLEVBQUUsV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLEdBQUcsSUFBSSxvQ0FBb0MsR0FBRyxVQUFVO0FBQzlGO0FBR0EsU0FBUyxPQUFPLEdBQTZCLE1BQWMsUUFBMEIsUUFBdUI7QUFDMUcsU0FBTyxJQUFJLFFBQVEsQ0FBQyxLQUFLLFFBQVE7QUFDL0IsTUFBRSxHQUFHLFNBQVMsR0FBRztBQUNqQixNQUFFLEdBQUcsT0FBTyxDQUFDLFNBQVUsU0FBUyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksTUFBTSxHQUFHLElBQUksZ0JBQWdCLElBQUksRUFBRSxDQUFDLENBQUU7QUFBQSxFQUM1RixDQUFDO0FBQ0g7QUFFQSxTQUFTLFNBQVMsR0FBNEI7QUFDNUMsU0FBTyxJQUFJLFFBQVEsQ0FBQyxLQUFLLFFBQVE7QUFDL0IsTUFBRSxHQUFHLFVBQVUsTUFBTSxJQUFJLENBQUM7QUFDMUIsTUFBRSxHQUFHLFNBQVMsR0FBRztBQUFBLEVBQ25CLENBQUM7QUFDSDtBQUdBLFNBQVMsVUFBVSxPQUFlLE9BQXVCO0FBQ3ZELE1BQUksUUFBUTtBQUNaLE1BQUksSUFBSTtBQUNSLFNBQU8sUUFBUSxPQUFPO0FBQ3BCLFVBQU0sVUFBTSx1QkFBSyxPQUFPLHNCQUFzQixJQUFJLE9BQU8sS0FBSyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFO0FBQ25GLFFBQUksSUFBSSxRQUFRLEVBQUcsK0JBQVUsS0FBSyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3JELFVBQU0sT0FBTyxLQUFLLElBQUksUUFBUSxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxJQUFJLENBQUM7QUFDdkYsMENBQWMsdUJBQUssS0FBSyxJQUFJLENBQUMsTUFBTSxPQUFHLGdDQUFZLElBQUksQ0FBQztBQUN2RCxhQUFTO0FBQ1Q7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsZUFBZSxTQUFTLE1BQStCO0FBQ3JELFFBQU0sVUFBTSwrQkFBVyxRQUFRO0FBQy9CLFFBQU0sU0FBSywrQkFBVyxZQUFZO0FBQ2xDLE1BQUksT0FBTztBQUNYLG1CQUFpQixTQUFLLGlDQUFpQixJQUFJLEdBQUc7QUFDNUMsUUFBSSxPQUFPLENBQVc7QUFDdEIsT0FBRyxPQUFPLENBQVc7QUFDckIsWUFBUyxFQUFhO0FBQUEsRUFDeEI7QUFDQSxTQUFPLEdBQUcsSUFBSSxZQUFZLEdBQUcsT0FBTyxLQUFLLENBQUMsV0FBVyxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQ3hFO0FBRUEsZUFBZSxTQUFTLE1BQWMsT0FBeUU7QUFDN0csUUFBTSxZQUFRLHVCQUFLLE1BQU0sT0FBTztBQUNoQyxRQUFNLFFBQVEsVUFBVSxPQUFPLEtBQUs7QUFDcEMsUUFBTSxZQUFRLHVCQUFLLE1BQU0sZUFBZTtBQUN4QyxRQUFNLFFBQUksaUNBQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxhQUFhLGFBQWEsbUJBQW1CLE9BQU8sS0FBSyxPQUFPLEdBQUcsRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hKLFFBQU0sUUFBSSxpQ0FBTSxRQUFRLENBQUMsTUFBTSxNQUFNLE9BQU8sSUFBSSxHQUFHLEVBQUUsT0FBTyxDQUFDLEVBQUUsUUFBUyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQzVGLFFBQU0sVUFBTSxrQ0FBa0IsS0FBSztBQUNuQyxJQUFFLE9BQVEsS0FBSyxHQUFHO0FBQ2xCLFFBQU0sUUFBUSxJQUFJLENBQUMsT0FBTyxHQUFHLFFBQVEsR0FBRyxPQUFPLEdBQUcsTUFBTSxHQUFHLFNBQVMsR0FBRyxDQUFDLENBQUM7QUFDekUsNkJBQU8sT0FBTyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUU5QyxRQUFNLFdBQVcsSUFBSSxLQUFLO0FBQzFCLFFBQU0sT0FBK0IsRUFBRSxVQUFVLGNBQWMsSUFBSSxZQUFZLE1BQU0sT0FBTyxNQUFNLE9BQU8sS0FBSyxXQUFXLE1BQU0sTUFBTSxVQUFVLElBQUk7QUFDbkosYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxJQUFJLEVBQUcsVUFBUyxNQUFNLEVBQUUsTUFBTSxZQUFZLENBQUMsR0FBRyxHQUFHLENBQUM7QUFDdEYsV0FBUyxTQUFTO0FBQ2xCLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixtQkFBaUIsS0FBSyxTQUE4QyxTQUFRLEtBQUssQ0FBQztBQUNsRixRQUFNLGNBQVUscUNBQVUsUUFBUSxDQUFDLE1BQU0sSUFBSSxHQUFHLEVBQUUsT0FBTyxPQUFPLE9BQU8sT0FBTyxFQUFFLENBQUMsRUFBRTtBQUNuRixRQUFNLGVBQVcsdUJBQUssTUFBTSxrQkFBa0I7QUFDOUMsb0NBQWMsVUFBVSxPQUFPO0FBQy9CLFFBQU0sWUFBUSx1QkFBSyxNQUFNLFFBQVE7QUFDakMsb0NBQWMsT0FBTyxFQUFFO0FBQ3ZCLFFBQU0sV0FBVyxDQUFDLGVBQWUsTUFBTSxTQUFTLEtBQUssQ0FBQyxJQUFJLHlCQUF5QixNQUFNLFNBQVMsUUFBUSxDQUFDLElBQUksc0JBQXNCLE1BQU0sU0FBUyxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSSxJQUFJO0FBRTNLLFFBQU0sTUFBTTtBQUNaLFFBQU0sV0FBTyx1QkFBSyxNQUFNLEdBQUcsR0FBRyxXQUFXO0FBQ3pDLFFBQU0sT0FBTyxJQUFJLEtBQUs7QUFDdEIsUUFBTSxXQUFPLGtDQUFrQixJQUFJO0FBQ25DLEVBQUMsS0FBNkIsS0FBSyxJQUFJO0FBQ3ZDLFFBQU0sTUFBTSxDQUFDLE1BQWMsU0FBMEIsSUFBSSxRQUFjLENBQUMsS0FBSyxRQUFRLEtBQUssTUFBTSxFQUFFLE1BQU0sR0FBRyxHQUFHLElBQUksSUFBSSxJQUFJLE1BQU0sSUFBTSxHQUFHLE1BQU0sQ0FBQyxNQUFPLElBQUksSUFBSSxDQUFDLElBQUksSUFBSSxDQUFFLENBQUM7QUFDM0ssUUFBTSxJQUFJLFVBQVUsRUFBRTtBQUN0QixRQUFNLElBQUksd0JBQW9CLDZCQUFhLFFBQVEsQ0FBQztBQUNwRCxRQUFNLElBQUksUUFBYyxDQUFDLEtBQUssUUFBUTtBQUNwQyxVQUFNLE9BQU8sS0FBSyxNQUFNLEVBQUUsTUFBTSxHQUFHLEdBQUcsa0JBQWtCLFVBQU0seUJBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxJQUFNLEdBQUcsQ0FBQyxNQUFPLElBQUksSUFBSSxDQUFDLElBQUksSUFBSSxDQUFFO0FBQzlILHlDQUFpQixLQUFLLEVBQUUsS0FBSyxJQUEyQjtBQUFBLEVBQzFELENBQUM7QUFDRCxRQUFNLElBQUksWUFBWSxRQUFRO0FBQzlCLE9BQUssU0FBUztBQUNkLFFBQU0sU0FBUyxJQUFJO0FBQ25CLDZCQUFPLEtBQUs7QUFDWixTQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxrQkFBa0IsTUFBTTtBQUN2RDtBQUVBLGVBQWUsVUFBVSxLQUFhLFFBQTZFO0FBQ2pILFFBQU0sUUFBUSxRQUFRLE9BQU8sT0FBTztBQUNwQyxRQUFNLE9BQU8sS0FBQyx1QkFBSyxXQUFXLG9CQUFvQixHQUFHLEtBQUssR0FBSSxTQUFTLENBQUMsVUFBVSxJQUFJLENBQUMsQ0FBRTtBQUN6RixRQUFNLFFBQUksaUNBQU0sUUFBUSxVQUFVLE1BQU0sRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hGLE1BQUksTUFBTTtBQUNWLElBQUUsT0FBUSxHQUFHLFFBQVEsQ0FBQyxNQUFlLE9BQU8sRUFBRSxTQUFTLENBQUU7QUFDekQsUUFBTSxPQUFPLEdBQUcsVUFBVSxPQUFPO0FBQ2pDLFFBQU0sVUFBVSxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksS0FBSyxJQUFJO0FBQzFELFFBQU0sSUFBSSxLQUFLLE1BQU0sR0FBRztBQUN4QixNQUFJLEVBQUUsU0FBUyxPQUFRLE9BQU0sSUFBSSxNQUFNLDZCQUE2QixFQUFFLFNBQVMsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUMzRixTQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUUsV0FBVyxNQUFNLE9BQU8sRUFBRSxNQUFNO0FBQzdEO0FBRUEsZUFBZSxPQUFPLEtBQWEsUUFBZ0IsTUFBMEU7QUFDM0gsUUFBTSxNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUMsVUFBTSx1QkFBSyxNQUFNLE1BQU0sQ0FBQyxFQUFFLENBQUM7QUFDdEQsUUFBTSxRQUFRLENBQUMsR0FBVyxTQUFtQixDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSTtBQUMvRSxRQUFNLFFBQVEsUUFBUSxPQUFPLE9BQU87QUFDcEMsUUFBTSxRQUFJLGlDQUFNLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxPQUFPLFFBQVEsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLE9BQU8sQ0FBQyxVQUFVLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDakgsUUFBTSxRQUFJLGlDQUFNLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsRUFBRSxRQUFTLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDM0csUUFBTSxRQUFJLGlDQUFNLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxPQUFPLE9BQU8sR0FBRyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsRUFBRSxRQUFTLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDekcsTUFBSSxRQUFRO0FBQ1osSUFBRSxPQUFRLEdBQUcsUUFBUSxDQUFDLE1BQWM7QUFDbEMsZUFBVyxLQUFLLEVBQUcsS0FBSSxNQUFNLEdBQUk7QUFBQSxFQUNuQyxDQUFDO0FBQ0QsUUFBTSxRQUFRLElBQUksQ0FBQyxPQUFPLEdBQUcsUUFBUSxHQUFHLE9BQU8sR0FBRyxTQUFTLEdBQUcsT0FBTyxHQUFHLFVBQVUsT0FBTyxDQUFDLENBQUM7QUFDM0YsUUFBTSxVQUFVLE9BQU8sUUFBUSxPQUFPLE9BQU8sSUFBSSxLQUFLLElBQUk7QUFDMUQsUUFBTSxRQUFRLElBQUksT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLFdBQU8sNkJBQWEsR0FBRyxNQUFNLEVBQUUsS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSTtBQUN0RyxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxlQUFzQixNQUFxQjtBQUN6QyxRQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksWUFBWSxPQUFPLEdBQUc7QUFDdkQsYUFBVyxRQUFRLE1BQU07QUFDekIsYUFBVyxpQkFBaUIsTUFBTTtBQUNsQyxRQUFNLFdBQU8sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxZQUFZLENBQUM7QUFDckQsTUFBSTtBQUNGLFVBQU0sS0FBSyxLQUFLLElBQUk7QUFDcEIsVUFBTSxNQUFNLE1BQU0sU0FBUyxNQUFNLEtBQUs7QUFDdEMsVUFBTSxXQUFPLHlCQUFTLElBQUksSUFBSSxFQUFFO0FBQ2hDLFlBQVEsSUFBSSxrQkFBa0IsT0FBTyxLQUFLLFFBQVEsQ0FBQyxDQUFDLGNBQWMsSUFBSSxLQUFLLDRCQUE0QixLQUFLLElBQUksSUFBSSxNQUFNLEtBQU0sUUFBUSxDQUFDLENBQUMsSUFBSTtBQUM5SSxVQUFNLFNBQVMsTUFBTSxPQUFPLElBQUksTUFBTSxJQUFJLFFBQVEsSUFBSTtBQUN0RCxVQUFNLE9BQU8sTUFBTSxVQUFVLElBQUksTUFBTSxLQUFLO0FBQzVDLFVBQU0sV0FBVyxNQUFNLFVBQVUsSUFBSSxNQUFNLElBQUk7QUFFL0MsUUFBSSxLQUFLLFVBQVUsT0FBTyxRQUFRLEVBQUcsU0FBUSxJQUFJLCtCQUErQixLQUFLLEtBQUssaUJBQWlCLE9BQU8sUUFBUSxDQUFDLEVBQUU7QUFDN0gsVUFBTSxJQUFJLENBQUMsR0FBVyxPQUFlLElBQUksR0FBRyxRQUFRLENBQUM7QUFDckQsWUFBUSxJQUFJLGdCQUFnQixLQUFLLFFBQVEsUUFBUSxDQUFDLENBQUMsbUJBQW1CLEVBQUUsS0FBSyxTQUFTLE9BQU8sT0FBTyxDQUFDLEVBQUU7QUFDdkcsWUFBUSxJQUFJLGVBQWUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDLG9CQUFvQixFQUFFLEtBQUssT0FBTyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQ2pHLFlBQVEsSUFBSSwyQkFBMkIsU0FBUyxRQUFRLFFBQVEsQ0FBQyxDQUFDLG1CQUFtQixFQUFFLFNBQVMsU0FBUyxPQUFPLE9BQU8sQ0FBQyxFQUFFO0FBQzFILFlBQVEsSUFBSSxzQkFBc0IsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDLE9BQU8sT0FBTyxNQUFNLFFBQVEsQ0FBQyxDQUFDLHlEQUF5RCxTQUFTLE1BQU0sUUFBUSxDQUFDLENBQUMsS0FBSztBQUFBLEVBQ2xMLFVBQUU7QUFDQSwrQkFBTyxNQUFNLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDL0M7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
