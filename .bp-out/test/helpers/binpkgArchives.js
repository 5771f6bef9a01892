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
var binpkgArchives_exports = {};
__export(binpkgArchives_exports, {
  compress: () => compress,
  hasTool: () => hasTool,
  makeGpkg: () => makeGpkg,
  makeTar: () => makeTar,
  makeXpak: () => makeXpak,
  manifestFor: () => manifestFor,
  metadataItems: () => metadataItems,
  rawTarHeader: () => rawTarHeader,
  simpleGpkg: () => simpleGpkg
});
module.exports = __toCommonJS(binpkgArchives_exports);
var import_node_crypto = require("node:crypto");
var import_node_child_process = require("node:child_process");
var import_node_zlib = require("node:zlib");
var tar = __toESM(require("tar-stream"));
var import_xpak = require("../../src/core/binpkg/xpak");
async function makeTar(items) {
  const pack = tar.pack();
  const chunks = [];
  pack.on("data", (c) => {
    chunks.push(c);
  });
  const done = new Promise((res, rej) => {
    pack.on("end", () => res());
    pack.on("error", rej);
  });
  for (const it of items) {
    const data = it.data === void 0 ? void 0 : Buffer.from(it.data);
    const header = { name: it.name, type: it.type ?? "file", linkname: it.linkname, mode: it.mode ?? (it.type === "directory" ? 493 : 420), uid: 0, gid: 0, uname: "root", gname: "root", mtime: /* @__PURE__ */ new Date(1795505652e3) };
    await new Promise((res, rej) => {
      pack.entry(header, data ?? Buffer.alloc(0), (e) => e ? rej(e) : res());
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}
function rawTarHeader(name, size, type = "0", linkname = "") {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(size.toString(8).padStart(11, "0") + "\0", 124);
  h.write("00000000000\0", 136);
  h.write(type, 156);
  h.write(linkname, 157, 100);
  h.write("ustar\x0000", 257, "latin1");
  h.fill(32, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  return h;
}
function hasTool(tool) {
  return (0, import_node_child_process.spawnSync)(tool, ["--version"], { stdio: "ignore" }).status === 0;
}
function compress(kind, data) {
  if (kind === "gzip") return (0, import_node_zlib.gzipSync)(data);
  const args = { zstd: ["-q", "-c"], bzip2: ["-c"], xz: ["-c"], lz4: ["-q", "-c"] };
  return (0, import_node_child_process.execFileSync)(kind, args[kind], { input: data, maxBuffer: 1 << 30 });
}
function manifestFor(members) {
  return members.map((m) => `DATA ${m.name} ${m.data.length} BLAKE2B ${(0, import_node_crypto.createHash)("blake2b512").update(m.data).digest("hex")} SHA512 ${(0, import_node_crypto.createHash)("sha512").update(m.data).digest("hex")}
`).join("");
}
async function makeGpkg(top, members, manifest = true) {
  const items = members.map((m) => ({ name: `${top}/${m.name}`, data: m.data }));
  if (manifest !== false) items.push({ name: `${top}/Manifest`, data: manifest === true ? manifestFor(members) : manifest });
  return makeTar(items);
}
function metadataItems(values) {
  return Object.entries(values).map(([k, v]) => ({ name: `metadata/${k}`, data: v }));
}
async function simpleGpkg(opts = {}) {
  const metadata = opts.metadata ?? { CATEGORY: "app-misc\n", PF: "demo-1.0\n", SLOT: "0\n", USE: "amd64\n", IUSE: "\n", DESCRIPTION: "demo\n" };
  const image = opts.image ?? [{ name: "image/", type: "directory" }, { name: "image/usr/bin/demo", data: "x", mode: 493 }];
  const meta = compress("gzip", await makeTar(metadataItems(metadata)));
  const img = compress("gzip", await makeTar(image));
  return makeGpkg(opts.top ?? "demo-1.0", [
    { name: "gpkg-1", data: Buffer.alloc(0) },
    { name: "metadata.tar.gz", data: meta },
    { name: "image.tar.gz", data: img }
  ]);
}
function makeXpak(tarball, entries) {
  return Buffer.concat([tarball, (0, import_xpak.encodeXpak)(entries)]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compress,
  hasTool,
  makeGpkg,
  makeTar,
  makeXpak,
  manifestFor,
  metadataItems,
  rawTarHeader,
  simpleGpkg
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9oZWxwZXJzL2JpbnBrZ0FyY2hpdmVzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEJ1aWxkZXJzIGZvciBiaW5hcnkgcGFja2FnZXMgaW4gdGVzdHM6IHRhciBhcmNoaXZlcyB0aHJvdWdoIHRhci1zdHJlYW0sIHJhdyB0YXIgaGVhZGVycyBmb3IgbGllc1xuICogdGFyLXN0cmVhbSByZWZ1c2VzIHRvIHdyaXRlLCBHUEtHIG91dGVyIHRhcnMgd2l0aCBhIGNvcnJlY3QgTWFuaWZlc3QsIFhQQUsgZmlsZXMsIGFuZCBjb21wcmVzc2lvblxuICogdGhyb3VnaCB0aGUgc3lzdGVtIHRvb2xzIHdoZW4gdGhleSBleGlzdCAoenN0ZCwgYnppcDIsIHh6LCBsejQpIG9yIG5vZGU6emxpYiAoZ3ppcCkuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBleGVjRmlsZVN5bmMsIHNwYXduU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBnemlwU3luYyB9IGZyb20gJ25vZGU6emxpYic7XG5pbXBvcnQgKiBhcyB0YXIgZnJvbSAndGFyLXN0cmVhbSc7XG5pbXBvcnQgeyBlbmNvZGVYcGFrIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL3hwYWsnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFRhckl0ZW0ge1xuICBuYW1lOiBzdHJpbmc7XG4gIGRhdGE/OiBCdWZmZXIgfCBzdHJpbmc7XG4gIHR5cGU/OiAnZmlsZScgfCAnZGlyZWN0b3J5JyB8ICdzeW1saW5rJyB8ICdsaW5rJztcbiAgbGlua25hbWU/OiBzdHJpbmc7XG4gIG1vZGU/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYWtlVGFyKGl0ZW1zOiBUYXJJdGVtW10pOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBjb25zdCBwYWNrID0gdGFyLnBhY2soKTtcbiAgY29uc3QgY2h1bmtzOiBCdWZmZXJbXSA9IFtdO1xuICBwYWNrLm9uKCdkYXRhJywgKGM6IHVua25vd24pID0+IHtcbiAgICBjaHVua3MucHVzaChjIGFzIEJ1ZmZlcik7XG4gIH0pO1xuICBjb25zdCBkb25lID0gbmV3IFByb21pc2U8dm9pZD4oKHJlcywgcmVqKSA9PiB7XG4gICAgcGFjay5vbignZW5kJywgKCkgPT4gcmVzKCkpO1xuICAgIHBhY2sub24oJ2Vycm9yJywgcmVqKTtcbiAgfSk7XG4gIGZvciAoY29uc3QgaXQgb2YgaXRlbXMpIHtcbiAgICBjb25zdCBkYXRhID0gaXQuZGF0YSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogQnVmZmVyLmZyb20oaXQuZGF0YSk7XG4gICAgY29uc3QgaGVhZGVyID0geyBuYW1lOiBpdC5uYW1lLCB0eXBlOiBpdC50eXBlID8/ICdmaWxlJywgbGlua25hbWU6IGl0LmxpbmtuYW1lLCBtb2RlOiBpdC5tb2RlID8/IChpdC50eXBlID09PSAnZGlyZWN0b3J5JyA/IDBvNzU1IDogMG82NDQpLCB1aWQ6IDAsIGdpZDogMCwgdW5hbWU6ICdyb290JywgZ25hbWU6ICdyb290JywgbXRpbWU6IG5ldyBEYXRlKDE3OTU1MDU2NTIwMDApIH07XG4gICAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlcywgcmVqKSA9PiB7XG4gICAgICBwYWNrLmVudHJ5KGhlYWRlciwgZGF0YSA/PyBCdWZmZXIuYWxsb2MoMCksIChlKSA9PiAoZSA/IHJlaihlKSA6IHJlcygpKSk7XG4gICAgfSk7XG4gIH1cbiAgcGFjay5maW5hbGl6ZSgpO1xuICBhd2FpdCBkb25lO1xuICByZXR1cm4gQnVmZmVyLmNvbmNhdChjaHVua3MpO1xufVxuXG4vKiogQSB1c3RhciBoZWFkZXIgd2l0aCBhbnkgc2l6ZSBhbmQgdHlwZSwgY2hlY2tzdW0gY29ycmVjdDogZm9yIGFyY2hpdmVzIHRoYXQgbGllIGFib3V0IHRoZW1zZWx2ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmF3VGFySGVhZGVyKG5hbWU6IHN0cmluZywgc2l6ZTogbnVtYmVyLCB0eXBlID0gJzAnLCBsaW5rbmFtZSA9ICcnKTogQnVmZmVyIHtcbiAgY29uc3QgaCA9IEJ1ZmZlci5hbGxvYyg1MTIpO1xuICBoLndyaXRlKG5hbWUsIDAsIDEwMCwgJ3V0ZjgnKTtcbiAgaC53cml0ZSgnMDAwMDY0NFxcMCcsIDEwMCk7XG4gIGgud3JpdGUoJzAwMDAwMDBcXDAnLCAxMDgpO1xuICBoLndyaXRlKCcwMDAwMDAwXFwwJywgMTE2KTtcbiAgaC53cml0ZShzaXplLnRvU3RyaW5nKDgpLnBhZFN0YXJ0KDExLCAnMCcpICsgJ1xcMCcsIDEyNCk7XG4gIGgud3JpdGUoJzAwMDAwMDAwMDAwXFwwJywgMTM2KTtcbiAgaC53cml0ZSh0eXBlLCAxNTYpO1xuICBoLndyaXRlKGxpbmtuYW1lLCAxNTcsIDEwMCk7XG4gIGgud3JpdGUoJ3VzdGFyXFx1MDAwMDAwJywgMjU3LCAnbGF0aW4xJyk7XG4gIGguZmlsbCgweDIwLCAxNDgsIDE1Nik7XG4gIGxldCBzdW0gPSAwO1xuICBmb3IgKGNvbnN0IGIgb2YgaCkgc3VtICs9IGI7XG4gIGgud3JpdGUoc3VtLnRvU3RyaW5nKDgpLnBhZFN0YXJ0KDYsICcwJykgKyAnXFwwICcsIDE0OCwgJ2xhdGluMScpO1xuICByZXR1cm4gaDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGhhc1Rvb2wodG9vbDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBzcGF3blN5bmModG9vbCwgWyctLXZlcnNpb24nXSwgeyBzdGRpbzogJ2lnbm9yZScgfSkuc3RhdHVzID09PSAwO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29tcHJlc3Moa2luZDogJ3pzdGQnIHwgJ2J6aXAyJyB8ICd4eicgfCAnbHo0JyB8ICdnemlwJywgZGF0YTogQnVmZmVyKTogQnVmZmVyIHtcbiAgaWYgKGtpbmQgPT09ICdnemlwJykgcmV0dXJuIGd6aXBTeW5jKGRhdGEpO1xuICBjb25zdCBhcmdzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmdbXT4gPSB7IHpzdGQ6IFsnLXEnLCAnLWMnXSwgYnppcDI6IFsnLWMnXSwgeHo6IFsnLWMnXSwgbHo0OiBbJy1xJywgJy1jJ10gfTtcbiAgcmV0dXJuIGV4ZWNGaWxlU3luYyhraW5kLCBhcmdzW2tpbmRdLCB7IGlucHV0OiBkYXRhLCBtYXhCdWZmZXI6IDEgPDwgMzAgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYW5pZmVzdEZvcihtZW1iZXJzOiB7IG5hbWU6IHN0cmluZzsgZGF0YTogQnVmZmVyIH1bXSk6IHN0cmluZyB7XG4gIHJldHVybiBtZW1iZXJzXG4gICAgLm1hcCgobSkgPT4gYERBVEEgJHttLm5hbWV9ICR7bS5kYXRhLmxlbmd0aH0gQkxBS0UyQiAke2NyZWF0ZUhhc2goJ2JsYWtlMmI1MTInKS51cGRhdGUobS5kYXRhKS5kaWdlc3QoJ2hleCcpfSBTSEE1MTIgJHtjcmVhdGVIYXNoKCdzaGE1MTInKS51cGRhdGUobS5kYXRhKS5kaWdlc3QoJ2hleCcpfVxcbmApXG4gICAgLmpvaW4oJycpO1xufVxuXG4vKiogQSBHUEtHIG91dGVyIHRhcjsgYG1hbmlmZXN0OiB0cnVlYCBjb21wdXRlcyBhIGNvcnJlY3QgTWFuaWZlc3QgZm9yIHRoZSBtZW1iZXJzIGdpdmVuLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1ha2VHcGtnKHRvcDogc3RyaW5nLCBtZW1iZXJzOiB7IG5hbWU6IHN0cmluZzsgZGF0YTogQnVmZmVyIH1bXSwgbWFuaWZlc3Q6IGJvb2xlYW4gfCBzdHJpbmcgPSB0cnVlKTogUHJvbWlzZTxCdWZmZXI+IHtcbiAgY29uc3QgaXRlbXM6IFRhckl0ZW1bXSA9IG1lbWJlcnMubWFwKChtKSA9PiAoeyBuYW1lOiBgJHt0b3B9LyR7bS5uYW1lfWAsIGRhdGE6IG0uZGF0YSB9KSk7XG4gIGlmIChtYW5pZmVzdCAhPT0gZmFsc2UpIGl0ZW1zLnB1c2goeyBuYW1lOiBgJHt0b3B9L01hbmlmZXN0YCwgZGF0YTogbWFuaWZlc3QgPT09IHRydWUgPyBtYW5pZmVzdEZvcihtZW1iZXJzKSA6IG1hbmlmZXN0IH0pO1xuICByZXR1cm4gbWFrZVRhcihpdGVtcyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRhZGF0YUl0ZW1zKHZhbHVlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IFRhckl0ZW1bXSB7XG4gIHJldHVybiBPYmplY3QuZW50cmllcyh2YWx1ZXMpLm1hcCgoW2ssIHZdKSA9PiAoeyBuYW1lOiBgbWV0YWRhdGEvJHtrfWAsIGRhdGE6IHYgfSkpO1xufVxuXG4vKiogQSBtaW5pbWFsIGJ1dCBjb21wbGV0ZSBHUEtHIGJ1aWx0IGluIG1lbW9yeSAoZ3ppcCBtZW1iZXJzLCBwdXJlIEpTKS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzaW1wbGVHcGtnKG9wdHM6IHsgdG9wPzogc3RyaW5nOyBtZXRhZGF0YT86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47IGltYWdlPzogVGFySXRlbVtdIH0gPSB7fSk6IFByb21pc2U8QnVmZmVyPiB7XG4gIGNvbnN0IG1ldGFkYXRhID0gb3B0cy5tZXRhZGF0YSA/PyB7IENBVEVHT1JZOiAnYXBwLW1pc2NcXG4nLCBQRjogJ2RlbW8tMS4wXFxuJywgU0xPVDogJzBcXG4nLCBVU0U6ICdhbWQ2NFxcbicsIElVU0U6ICdcXG4nLCBERVNDUklQVElPTjogJ2RlbW9cXG4nIH07XG4gIGNvbnN0IGltYWdlID0gb3B0cy5pbWFnZSA/PyBbeyBuYW1lOiAnaW1hZ2UvJywgdHlwZTogJ2RpcmVjdG9yeScgfSwgeyBuYW1lOiAnaW1hZ2UvdXNyL2Jpbi9kZW1vJywgZGF0YTogJ3gnLCBtb2RlOiAwbzc1NSB9XTtcbiAgY29uc3QgbWV0YSA9IGNvbXByZXNzKCdnemlwJywgYXdhaXQgbWFrZVRhcihtZXRhZGF0YUl0ZW1zKG1ldGFkYXRhKSkpO1xuICBjb25zdCBpbWcgPSBjb21wcmVzcygnZ3ppcCcsIGF3YWl0IG1ha2VUYXIoaW1hZ2UpKTtcbiAgcmV0dXJuIG1ha2VHcGtnKG9wdHMudG9wID8/ICdkZW1vLTEuMCcsIFtcbiAgICB7IG5hbWU6ICdncGtnLTEnLCBkYXRhOiBCdWZmZXIuYWxsb2MoMCkgfSxcbiAgICB7IG5hbWU6ICdtZXRhZGF0YS50YXIuZ3onLCBkYXRhOiBtZXRhIH0sXG4gICAgeyBuYW1lOiAnaW1hZ2UudGFyLmd6JywgZGF0YTogaW1nIH0sXG4gIF0pO1xufVxuXG4vKiogQW4gWFBBSyBwYWNrYWdlOiBjb21wcmVzc2VkIHRhcmJhbGwgdGhlbiB0aGUgWFBBSyB0cmFpbGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ha2VYcGFrKHRhcmJhbGw6IEJ1ZmZlciwgZW50cmllczogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgQnVmZmVyPik6IEJ1ZmZlciB7XG4gIHJldHVybiBCdWZmZXIuY29uY2F0KFt0YXJiYWxsLCBlbmNvZGVYcGFrKGVudHJpZXMpXSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSx5QkFBMkI7QUFDM0IsZ0NBQXdDO0FBQ3hDLHVCQUF5QjtBQUN6QixVQUFxQjtBQUNyQixrQkFBMkI7QUFVM0IsZUFBc0IsUUFBUSxPQUFtQztBQUMvRCxRQUFNLE9BQU8sSUFBSSxLQUFLO0FBQ3RCLFFBQU0sU0FBbUIsQ0FBQztBQUMxQixPQUFLLEdBQUcsUUFBUSxDQUFDLE1BQWU7QUFDOUIsV0FBTyxLQUFLLENBQVc7QUFBQSxFQUN6QixDQUFDO0FBQ0QsUUFBTSxPQUFPLElBQUksUUFBYyxDQUFDLEtBQUssUUFBUTtBQUMzQyxTQUFLLEdBQUcsT0FBTyxNQUFNLElBQUksQ0FBQztBQUMxQixTQUFLLEdBQUcsU0FBUyxHQUFHO0FBQUEsRUFDdEIsQ0FBQztBQUNELGFBQVcsTUFBTSxPQUFPO0FBQ3RCLFVBQU0sT0FBTyxHQUFHLFNBQVMsU0FBWSxTQUFZLE9BQU8sS0FBSyxHQUFHLElBQUk7QUFDcEUsVUFBTSxTQUFTLEVBQUUsTUFBTSxHQUFHLE1BQU0sTUFBTSxHQUFHLFFBQVEsUUFBUSxVQUFVLEdBQUcsVUFBVSxNQUFNLEdBQUcsU0FBUyxHQUFHLFNBQVMsY0FBYyxNQUFRLE1BQVEsS0FBSyxHQUFHLEtBQUssR0FBRyxPQUFPLFFBQVEsT0FBTyxRQUFRLE9BQU8sb0JBQUksS0FBSyxZQUFhLEVBQUU7QUFDek4sVUFBTSxJQUFJLFFBQWMsQ0FBQyxLQUFLLFFBQVE7QUFDcEMsV0FBSyxNQUFNLFFBQVEsUUFBUSxPQUFPLE1BQU0sQ0FBQyxHQUFHLENBQUMsTUFBTyxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBRTtBQUFBLElBQ3pFLENBQUM7QUFBQSxFQUNIO0FBQ0EsT0FBSyxTQUFTO0FBQ2QsUUFBTTtBQUNOLFNBQU8sT0FBTyxPQUFPLE1BQU07QUFDN0I7QUFHTyxTQUFTLGFBQWEsTUFBYyxNQUFjLE9BQU8sS0FBSyxXQUFXLElBQVk7QUFDMUYsUUFBTSxJQUFJLE9BQU8sTUFBTSxHQUFHO0FBQzFCLElBQUUsTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNO0FBQzVCLElBQUUsTUFBTSxhQUFhLEdBQUc7QUFDeEIsSUFBRSxNQUFNLGFBQWEsR0FBRztBQUN4QixJQUFFLE1BQU0sYUFBYSxHQUFHO0FBQ3hCLElBQUUsTUFBTSxLQUFLLFNBQVMsQ0FBQyxFQUFFLFNBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxHQUFHO0FBQ3RELElBQUUsTUFBTSxpQkFBaUIsR0FBRztBQUM1QixJQUFFLE1BQU0sTUFBTSxHQUFHO0FBQ2pCLElBQUUsTUFBTSxVQUFVLEtBQUssR0FBRztBQUMxQixJQUFFLE1BQU0sZUFBaUIsS0FBSyxRQUFRO0FBQ3RDLElBQUUsS0FBSyxJQUFNLEtBQUssR0FBRztBQUNyQixNQUFJLE1BQU07QUFDVixhQUFXLEtBQUssRUFBRyxRQUFPO0FBQzFCLElBQUUsTUFBTSxJQUFJLFNBQVMsQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLElBQUksT0FBTyxLQUFLLFFBQVE7QUFDL0QsU0FBTztBQUNUO0FBRU8sU0FBUyxRQUFRLE1BQXVCO0FBQzdDLGFBQU8scUNBQVUsTUFBTSxDQUFDLFdBQVcsR0FBRyxFQUFFLE9BQU8sU0FBUyxDQUFDLEVBQUUsV0FBVztBQUN4RTtBQUVPLFNBQVMsU0FBUyxNQUFnRCxNQUFzQjtBQUM3RixNQUFJLFNBQVMsT0FBUSxZQUFPLDJCQUFTLElBQUk7QUFDekMsUUFBTSxPQUFpQyxFQUFFLE1BQU0sQ0FBQyxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLEdBQUcsS0FBSyxDQUFDLE1BQU0sSUFBSSxFQUFFO0FBQzFHLGFBQU8sd0NBQWEsTUFBTSxLQUFLLElBQUksR0FBRyxFQUFFLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQzNFO0FBRU8sU0FBUyxZQUFZLFNBQW1EO0FBQzdFLFNBQU8sUUFDSixJQUFJLENBQUMsTUFBTSxRQUFRLEVBQUUsSUFBSSxJQUFJLEVBQUUsS0FBSyxNQUFNLGdCQUFZLCtCQUFXLFlBQVksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLE9BQU8sS0FBSyxDQUFDLGVBQVcsK0JBQVcsUUFBUSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxDQUFJLEVBQzNLLEtBQUssRUFBRTtBQUNaO0FBR0EsZUFBc0IsU0FBUyxLQUFhLFNBQTJDLFdBQTZCLE1BQXVCO0FBQ3pJLFFBQU0sUUFBbUIsUUFBUSxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sR0FBRyxHQUFHLElBQUksRUFBRSxJQUFJLElBQUksTUFBTSxFQUFFLEtBQUssRUFBRTtBQUN4RixNQUFJLGFBQWEsTUFBTyxPQUFNLEtBQUssRUFBRSxNQUFNLEdBQUcsR0FBRyxhQUFhLE1BQU0sYUFBYSxPQUFPLFlBQVksT0FBTyxJQUFJLFNBQVMsQ0FBQztBQUN6SCxTQUFPLFFBQVEsS0FBSztBQUN0QjtBQUVPLFNBQVMsY0FBYyxRQUEyQztBQUN2RSxTQUFPLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE9BQU8sRUFBRSxNQUFNLFlBQVksQ0FBQyxJQUFJLE1BQU0sRUFBRSxFQUFFO0FBQ3BGO0FBR0EsZUFBc0IsV0FBVyxPQUErRSxDQUFDLEdBQW9CO0FBQ25JLFFBQU0sV0FBVyxLQUFLLFlBQVksRUFBRSxVQUFVLGNBQWMsSUFBSSxjQUFjLE1BQU0sT0FBTyxLQUFLLFdBQVcsTUFBTSxNQUFNLGFBQWEsU0FBUztBQUM3SSxRQUFNLFFBQVEsS0FBSyxTQUFTLENBQUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxZQUFZLEdBQUcsRUFBRSxNQUFNLHNCQUFzQixNQUFNLEtBQUssTUFBTSxJQUFNLENBQUM7QUFDMUgsUUFBTSxPQUFPLFNBQVMsUUFBUSxNQUFNLFFBQVEsY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNwRSxRQUFNLE1BQU0sU0FBUyxRQUFRLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDakQsU0FBTyxTQUFTLEtBQUssT0FBTyxZQUFZO0FBQUEsSUFDdEMsRUFBRSxNQUFNLFVBQVUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxFQUFFO0FBQUEsSUFDeEMsRUFBRSxNQUFNLG1CQUFtQixNQUFNLEtBQUs7QUFBQSxJQUN0QyxFQUFFLE1BQU0sZ0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQ3BDLENBQUM7QUFDSDtBQUdPLFNBQVMsU0FBUyxTQUFpQixTQUFrRDtBQUMxRixTQUFPLE9BQU8sT0FBTyxDQUFDLGFBQVMsd0JBQVcsT0FBTyxDQUFDLENBQUM7QUFDckQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
