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
var uploadTransport_exports = {};
__export(uploadTransport_exports, {
  downloadDir: () => downloadDir,
  packInputs: () => packInputs,
  uploadInputs: () => uploadInputs,
  uploadTransport: () => uploadTransport
});
module.exports = __toCommonJS(uploadTransport_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_node_stream = require("node:stream");
var tar = __toESM(require("tar-stream"));
var import_userError = require("../core/userError");
var import_transport = require("./transport");
const SKIP_ANYWHERE = /* @__PURE__ */ new Set([".git", ".svn", ".hg", "node_modules"]);
const SKIP_AT_TOP = /* @__PURE__ */ new Set(["artifacts", "distfiles"]);
const uploadTransport = {
  name: "upload",
  mounts: () => [],
  packagesBound: () => false,
  async upload(container, spec, onProgress) {
    await uploadInputs(container, spec.inputs, onProgress);
  },
  download: downloadDir
};
async function uploadInputs(container, inputs, onProgress) {
  const start = Date.now();
  const { stream, done } = packInputs(inputs);
  let bytes = 0;
  const counted = new import_node_stream.PassThrough();
  counted.on("data", (d) => {
    bytes += d.length;
  });
  stream.on("error", (e) => counted.destroy(e));
  stream.pipe(counted);
  const put = container.putArchive(counted, { path: "/" });
  const [files] = await Promise.all([done, put]);
  const stats = { bytes, files, ms: Date.now() - start };
  onProgress?.({ bytes: stats.bytes, ms: stats.ms });
  return stats;
}
function packInputs(inputs) {
  const pack = tar.pack();
  let count = 0;
  const add = (header, body) => new Promise((resolve, reject) => {
    count++;
    pack.entry({ uid: 0, gid: 0, uname: "root", gname: "root", ...header }, body, (err) => err ? reject(err) : resolve());
  });
  const addFile = async (hostPath, name, st) => {
    count++;
    await new Promise((resolve, reject) => {
      const entry = pack.entry(
        { name, type: "file", size: st.size, mode: st.mode & 4095, mtime: st.mtime, uid: 0, gid: 0, uname: "root", gname: "root" },
        (err) => err ? reject(err) : resolve()
      );
      const src = (0, import_node_fs.createReadStream)(hostPath);
      src.on("error", (e) => {
        entry.destroy(e);
        reject(e);
      });
      src.pipe(entry);
    });
  };
  const walk = async (hostPath, name, top) => {
    const st = await import_node_fs.promises.lstat(hostPath);
    if (st.isSymbolicLink()) {
      await add({ name, type: "symlink", linkname: await import_node_fs.promises.readlink(hostPath), mode: 511, mtime: st.mtime });
    } else if (st.isDirectory()) {
      await add({ name: `${name}/`, type: "directory", mode: st.mode & 4095, mtime: st.mtime });
      const children = (await import_node_fs.promises.readdir(hostPath)).sort();
      for (const child of children) {
        if (SKIP_ANYWHERE.has(child) || top && SKIP_AT_TOP.has(child)) continue;
        await walk(path.join(hostPath, child), `${name}/${child}`, false);
      }
    } else if (st.isFile()) {
      await addFile(hostPath, name, st);
    }
  };
  const done = (async () => {
    for (const input of inputs) {
      const name = relName(input.containerPath);
      if (input.kind === "content") {
        await add({ name, type: "file", mode: input.mode ?? 420, mtime: /* @__PURE__ */ new Date() }, Buffer.from(input.content, "utf8"));
        continue;
      }
      try {
        if (input.kind === "file") {
          await addFile(input.hostPath, name, await import_node_fs.promises.stat(input.hostPath));
        } else {
          await walk(await import_node_fs.promises.realpath(input.hostPath), name, true);
        }
      } catch (e) {
        throw new import_userError.UserError(
          `Cannot upload ${input.hostPath} to ${input.containerPath}: ${e.message}.`,
          "Check that the folder exists and is readable, then build again.",
          "upload-failed"
        );
      }
    }
    pack.finalize();
    return count;
  })();
  done.catch((e) => pack.destroy(e));
  return { stream: pack, done };
}
function relName(containerPath) {
  const rel = path.posix.normalize(containerPath).replace(/^\/+/, "").replace(/\/+$/, "");
  if (!rel || rel.split("/").includes("..")) throw new import_userError.UserError(`The container path "${containerPath}" is not a valid upload target.`, "Use an absolute path inside the container.", "upload-failed");
  return rel;
}
async function downloadDir(container, containerPath, localDir, opts = { stripFirst: true }) {
  try {
    return await (0, import_transport.downloadFiles)(container, containerPath, localDir, opts);
  } catch (e) {
    const err = e;
    if (/no such file or directory|could not find the file/i.test(`${err.message ?? ""} ${err.json?.message ?? ""}`)) return [];
    throw e;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  downloadDir,
  packInputs,
  uploadInputs,
  uploadTransport
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci91cGxvYWRUcmFuc3BvcnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIHJlbW90ZSBzaWRlIG9mIHRoZSB0cmFuc3BvcnQgc2VhbTogYW4gZW5naW5lIG9uIGFub3RoZXIgbWFjaGluZSBjYW5ub3QgYmluZC1tb3VudCBvdXIgZm9sZGVycywgc29cbiAqIG92ZXJsYXlzLCBvdmVycmlkZXMgYW5kIGdlbmVyYXRlZCBmaWxlcyBhcmUgcGFja2VkIGludG8gb25lIHRhciBhbmQgcHV0IGludG8gdGhlIGNyZWF0ZWQgY29udGFpbmVyIGJlZm9yZSBpdFxuICogc3RhcnRzIChzeW1saW5rcywgbW9kZXMgYW5kIHRpbWVzIGtlcHQ7IFZDUyBmb2xkZXJzLCBub2RlX21vZHVsZXMsIGFydGlmYWN0cyBhbmQgZGlzdGZpbGVzIGxlZnQgb3V0KSwgYW5kXG4gKiBwYWNrYWdlcyBhbmQgbG9ncyBjb21lIGJhY2sgd2l0aCBnZXRBcmNoaXZlLCBleHRyYWN0ZWQgc2FmZWx5ICh0cmFuc3BvcnQudHMpLlxuICovXG5pbXBvcnQgeyBjcmVhdGVSZWFkU3RyZWFtLCBwcm9taXNlcyBhcyBmcyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgUGFzc1Rocm91Z2gsIHR5cGUgUmVhZGFibGUgfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgdHlwZSBEb2NrZXIgZnJvbSAnZG9ja2Vyb2RlJztcbmltcG9ydCAqIGFzIHRhciBmcm9tICd0YXItc3RyZWFtJztcbmltcG9ydCB0eXBlIHsgQ29udGFpbmVySW5wdXQgfSBmcm9tICcuLi9jb3JlL2J1aWxkTW9kZWwnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgZG93bmxvYWRGaWxlcywgdHlwZSBEb3dubG9hZE9wdGlvbnMsIHR5cGUgVHJhbnNwb3J0LCB0eXBlIFRyYW5zZmVyUHJvZ3Jlc3MgfSBmcm9tICcuL3RyYW5zcG9ydCc7XG5cbi8qKiBOZXZlciBuZWVkZWQgYnkgYSBidWlsZCwgb2Z0ZW4gbGFyZ2UuICovXG5jb25zdCBTS0lQX0FOWVdIRVJFID0gbmV3IFNldChbJy5naXQnLCAnLnN2bicsICcuaGcnLCAnbm9kZV9tb2R1bGVzJ10pO1xuLyoqIEJ1aWxkIG91dHB1dHMgYW5kIGNhY2hlcyB0aGF0IHNpdCBhdCB0aGUgdG9wIG9mIGEgd29ya3NwYWNlIG92ZXJsYXkuICovXG5jb25zdCBTS0lQX0FUX1RPUCA9IG5ldyBTZXQoWydhcnRpZmFjdHMnLCAnZGlzdGZpbGVzJ10pO1xuXG5leHBvcnQgaW50ZXJmYWNlIFVwbG9hZFN0YXRzIHtcbiAgYnl0ZXM6IG51bWJlcjtcbiAgZmlsZXM6IG51bWJlcjtcbiAgbXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGNvbnN0IHVwbG9hZFRyYW5zcG9ydDogVHJhbnNwb3J0ID0ge1xuICBuYW1lOiAndXBsb2FkJyxcbiAgbW91bnRzOiAoKSA9PiBbXSxcbiAgcGFja2FnZXNCb3VuZDogKCkgPT4gZmFsc2UsXG4gIGFzeW5jIHVwbG9hZChjb250YWluZXIsIHNwZWMsIG9uUHJvZ3Jlc3MpIHtcbiAgICBhd2FpdCB1cGxvYWRJbnB1dHMoY29udGFpbmVyLCBzcGVjLmlucHV0cywgb25Qcm9ncmVzcyk7XG4gIH0sXG4gIGRvd25sb2FkOiBkb3dubG9hZERpcixcbn07XG5cbi8qKiBQYWNrcyB0aGUgaW5wdXRzIGFuZCBwdXRzIHRoZW0gYXQgdGhlaXIgY29udGFpbmVyIHBhdGhzOyByZXBvcnRzIGJ5dGVzIHNlbnQgYW5kIHRpbWUgdGFrZW4uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gdXBsb2FkSW5wdXRzKGNvbnRhaW5lcjogRG9ja2VyLkNvbnRhaW5lciwgaW5wdXRzOiBDb250YWluZXJJbnB1dFtdLCBvblByb2dyZXNzPzogKHA6IFRyYW5zZmVyUHJvZ3Jlc3MpID0+IHZvaWQpOiBQcm9taXNlPFVwbG9hZFN0YXRzPiB7XG4gIGNvbnN0IHN0YXJ0ID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgeyBzdHJlYW0sIGRvbmUgfSA9IHBhY2tJbnB1dHMoaW5wdXRzKTtcbiAgbGV0IGJ5dGVzID0gMDtcbiAgY29uc3QgY291bnRlZCA9IG5ldyBQYXNzVGhyb3VnaCgpO1xuICBjb3VudGVkLm9uKCdkYXRhJywgKGQ6IEJ1ZmZlcikgPT4geyBieXRlcyArPSBkLmxlbmd0aDsgfSk7XG4gIHN0cmVhbS5vbignZXJyb3InLCAoZSkgPT4gY291bnRlZC5kZXN0cm95KGUpKTtcbiAgc3RyZWFtLnBpcGUoY291bnRlZCk7XG4gIC8vIE5hbWVzIGFyZSByZWxhdGl2ZSB0byBgL2AsIHdoaWNoIGFsd2F5cyBleGlzdHMgKHB1dEFyY2hpdmUgbmVlZHMgYW4gZXhpc3RpbmcgdGFyZ2V0OiBlbmdpbmVzLm1kKS5cbiAgY29uc3QgcHV0ID0gY29udGFpbmVyLnB1dEFyY2hpdmUoY291bnRlZCBhcyB1bmtub3duIGFzIE5vZGVKUy5SZWFkYWJsZVN0cmVhbSwgeyBwYXRoOiAnLycgfSk7XG4gIGNvbnN0IFtmaWxlc10gPSBhd2FpdCBQcm9taXNlLmFsbChbZG9uZSwgcHV0XSk7XG4gIGNvbnN0IHN0YXRzID0geyBieXRlcywgZmlsZXMsIG1zOiBEYXRlLm5vdygpIC0gc3RhcnQgfTtcbiAgb25Qcm9ncmVzcz8uKHsgYnl0ZXM6IHN0YXRzLmJ5dGVzLCBtczogc3RhdHMubXMgfSk7XG4gIHJldHVybiBzdGF0cztcbn1cblxuLyoqIEEgdGFyIG9mIGFsbCBpbnB1dHMsIGVudHJpZXMgbmFtZWQgYnkgdGhlaXIgY29udGFpbmVyIHBhdGhzIHJlbGF0aXZlIHRvIGAvYC4gYGRvbmVgIHJlc29sdmVzIHRvIHRoZSBlbnRyeSBjb3VudC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYWNrSW5wdXRzKGlucHV0czogQ29udGFpbmVySW5wdXRbXSk6IHsgc3RyZWFtOiBSZWFkYWJsZTsgZG9uZTogUHJvbWlzZTxudW1iZXI+IH0ge1xuICBjb25zdCBwYWNrID0gdGFyLnBhY2soKTtcbiAgbGV0IGNvdW50ID0gMDtcbiAgY29uc3QgYWRkID0gKGhlYWRlcjogdGFyLkhlYWRlciwgYm9keT86IEJ1ZmZlciB8IHN0cmluZyk6IFByb21pc2U8dm9pZD4gPT5cbiAgICBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBjb3VudCsrO1xuICAgICAgcGFjay5lbnRyeSh7IHVpZDogMCwgZ2lkOiAwLCB1bmFtZTogJ3Jvb3QnLCBnbmFtZTogJ3Jvb3QnLCAuLi5oZWFkZXIgfSwgYm9keSBhcyBCdWZmZXIsIChlcnIpID0+IChlcnIgPyByZWplY3QoZXJyKSA6IHJlc29sdmUoKSkpO1xuICAgIH0pO1xuICBjb25zdCBhZGRGaWxlID0gYXN5bmMgKGhvc3RQYXRoOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgc3Q6IGltcG9ydCgnbm9kZTpmcycpLlN0YXRzKTogUHJvbWlzZTx2b2lkPiA9PiB7XG4gICAgY291bnQrKztcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBjb25zdCBlbnRyeSA9IHBhY2suZW50cnkoeyBuYW1lLCB0eXBlOiAnZmlsZScsIHNpemU6IHN0LnNpemUsIG1vZGU6IHN0Lm1vZGUgJiAwbzc3NzcsIG10aW1lOiBzdC5tdGltZSwgdWlkOiAwLCBnaWQ6IDAsIHVuYW1lOiAncm9vdCcsIGduYW1lOiAncm9vdCcgfSxcbiAgICAgICAgKGVycikgPT4gKGVyciA/IHJlamVjdChlcnIpIDogcmVzb2x2ZSgpKSk7XG4gICAgICBjb25zdCBzcmMgPSBjcmVhdGVSZWFkU3RyZWFtKGhvc3RQYXRoKTtcbiAgICAgIHNyYy5vbignZXJyb3InLCAoZSkgPT4geyBlbnRyeS5kZXN0cm95KGUpOyByZWplY3QoZSk7IH0pO1xuICAgICAgc3JjLnBpcGUoZW50cnkpO1xuICAgIH0pO1xuICB9O1xuICBjb25zdCB3YWxrID0gYXN5bmMgKGhvc3RQYXRoOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgdG9wOiBib29sZWFuKTogUHJvbWlzZTx2b2lkPiA9PiB7XG4gICAgY29uc3Qgc3QgPSBhd2FpdCBmcy5sc3RhdChob3N0UGF0aCk7XG4gICAgaWYgKHN0LmlzU3ltYm9saWNMaW5rKCkpIHtcbiAgICAgIGF3YWl0IGFkZCh7IG5hbWUsIHR5cGU6ICdzeW1saW5rJywgbGlua25hbWU6IGF3YWl0IGZzLnJlYWRsaW5rKGhvc3RQYXRoKSwgbW9kZTogMG83NzcsIG10aW1lOiBzdC5tdGltZSB9KTtcbiAgICB9IGVsc2UgaWYgKHN0LmlzRGlyZWN0b3J5KCkpIHtcbiAgICAgIGF3YWl0IGFkZCh7IG5hbWU6IGAke25hbWV9L2AsIHR5cGU6ICdkaXJlY3RvcnknLCBtb2RlOiBzdC5tb2RlICYgMG83Nzc3LCBtdGltZTogc3QubXRpbWUgfSk7XG4gICAgICBjb25zdCBjaGlsZHJlbiA9IChhd2FpdCBmcy5yZWFkZGlyKGhvc3RQYXRoKSkuc29ydCgpO1xuICAgICAgZm9yIChjb25zdCBjaGlsZCBvZiBjaGlsZHJlbikge1xuICAgICAgICBpZiAoU0tJUF9BTllXSEVSRS5oYXMoY2hpbGQpIHx8ICh0b3AgJiYgU0tJUF9BVF9UT1AuaGFzKGNoaWxkKSkpIGNvbnRpbnVlO1xuICAgICAgICBhd2FpdCB3YWxrKHBhdGguam9pbihob3N0UGF0aCwgY2hpbGQpLCBgJHtuYW1lfS8ke2NoaWxkfWAsIGZhbHNlKTtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKHN0LmlzRmlsZSgpKSB7XG4gICAgICBhd2FpdCBhZGRGaWxlKGhvc3RQYXRoLCBuYW1lLCBzdCk7XG4gICAgfSAvLyBzb2NrZXRzLCBmaWZvcyBhbmQgZGV2aWNlcyBoYXZlIG5vIHBsYWNlIGluIGFuIG92ZXJsYXlcbiAgfTtcbiAgY29uc3QgZG9uZSA9IChhc3luYyAoKSA9PiB7XG4gICAgZm9yIChjb25zdCBpbnB1dCBvZiBpbnB1dHMpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSByZWxOYW1lKGlucHV0LmNvbnRhaW5lclBhdGgpO1xuICAgICAgaWYgKGlucHV0LmtpbmQgPT09ICdjb250ZW50Jykge1xuICAgICAgICBhd2FpdCBhZGQoeyBuYW1lLCB0eXBlOiAnZmlsZScsIG1vZGU6IGlucHV0Lm1vZGUgPz8gMG82NDQsIG10aW1lOiBuZXcgRGF0ZSgpIH0sIEJ1ZmZlci5mcm9tKGlucHV0LmNvbnRlbnQsICd1dGY4JykpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIHRyeSB7XG4gICAgICAgIGlmIChpbnB1dC5raW5kID09PSAnZmlsZScpIHtcbiAgICAgICAgICAvLyBBIGZpbGUgaW5wdXQgaXMgaXRzIGNvbnRlbnQgKGEgc3ltbGlua2VkIG92ZXJyaWRlIGZpbGUgdXBsb2FkcyB3aGF0IGl0IHBvaW50cyB0bywgYXMgYSBiaW5kIG1vdW50IHNob3dzKS5cbiAgICAgICAgICBhd2FpdCBhZGRGaWxlKGlucHV0Lmhvc3RQYXRoLCBuYW1lLCBhd2FpdCBmcy5zdGF0KGlucHV0Lmhvc3RQYXRoKSk7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgYXdhaXQgd2Fsayhhd2FpdCBmcy5yZWFscGF0aChpbnB1dC5ob3N0UGF0aCksIG5hbWUsIHRydWUpO1xuICAgICAgICB9XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYENhbm5vdCB1cGxvYWQgJHtpbnB1dC5ob3N0UGF0aH0gdG8gJHtpbnB1dC5jb250YWluZXJQYXRofTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX0uYCxcbiAgICAgICAgICAnQ2hlY2sgdGhhdCB0aGUgZm9sZGVyIGV4aXN0cyBhbmQgaXMgcmVhZGFibGUsIHRoZW4gYnVpbGQgYWdhaW4uJywgJ3VwbG9hZC1mYWlsZWQnKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcGFjay5maW5hbGl6ZSgpO1xuICAgIHJldHVybiBjb3VudDtcbiAgfSkoKTtcbiAgZG9uZS5jYXRjaCgoZSkgPT4gcGFjay5kZXN0cm95KGUpKTtcbiAgcmV0dXJuIHsgc3RyZWFtOiBwYWNrIGFzIHVua25vd24gYXMgUmVhZGFibGUsIGRvbmUgfTtcbn1cblxuZnVuY3Rpb24gcmVsTmFtZShjb250YWluZXJQYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCByZWwgPSBwYXRoLnBvc2l4Lm5vcm1hbGl6ZShjb250YWluZXJQYXRoKS5yZXBsYWNlKC9eXFwvKy8sICcnKS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbiAgaWYgKCFyZWwgfHwgcmVsLnNwbGl0KCcvJykuaW5jbHVkZXMoJy4uJykpIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSBjb250YWluZXIgcGF0aCBcIiR7Y29udGFpbmVyUGF0aH1cIiBpcyBub3QgYSB2YWxpZCB1cGxvYWQgdGFyZ2V0LmAsICdVc2UgYW4gYWJzb2x1dGUgcGF0aCBpbnNpZGUgdGhlIGNvbnRhaW5lci4nLCAndXBsb2FkLWZhaWxlZCcpO1xuICByZXR1cm4gcmVsO1xufVxuXG4vKipcbiAqIEJyaW5ncyBgY29udGFpbmVyUGF0aGAgYmFjayBpbnRvIGBsb2NhbERpcmAgKHJlZ3VsYXIgZmlsZXMgb25seSwgbm90aGluZyBvdXRzaWRlIGBsb2NhbERpcmApLiBBIHBhdGggdGhhdCBkb2VzXG4gKiBub3QgZXhpc3QgZ2l2ZXMgW10gXHUyMDE0IGRvY2tlciBzYXlzIDQwNCwgcG9kbWFuIGEgNTAwIFwibm8gc3VjaCBmaWxlIG9yIGRpcmVjdG9yeVwiLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZG93bmxvYWREaXIoY29udGFpbmVyOiBEb2NrZXIuQ29udGFpbmVyLCBjb250YWluZXJQYXRoOiBzdHJpbmcsIGxvY2FsRGlyOiBzdHJpbmcsIG9wdHM6IERvd25sb2FkT3B0aW9ucyA9IHsgc3RyaXBGaXJzdDogdHJ1ZSB9KTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBkb3dubG9hZEZpbGVzKGNvbnRhaW5lciwgY29udGFpbmVyUGF0aCwgbG9jYWxEaXIsIG9wdHMpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgY29uc3QgZXJyID0gZSBhcyB7IHN0YXR1c0NvZGU/OiBudW1iZXI7IG1lc3NhZ2U/OiBzdHJpbmc7IGpzb24/OiB7IG1lc3NhZ2U/OiBzdHJpbmcgfSB9O1xuICAgIGlmICgvbm8gc3VjaCBmaWxlIG9yIGRpcmVjdG9yeXxjb3VsZCBub3QgZmluZCB0aGUgZmlsZS9pLnRlc3QoYCR7ZXJyLm1lc3NhZ2UgPz8gJyd9ICR7ZXJyLmpzb24/Lm1lc3NhZ2UgPz8gJyd9YCkpIHJldHVybiBbXTtcbiAgICB0aHJvdyBlO1xuICB9XG59XG5cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEscUJBQWlEO0FBQ2pELFdBQXNCO0FBQ3RCLHlCQUEyQztBQUUzQyxVQUFxQjtBQUVyQix1QkFBMEI7QUFDMUIsdUJBQTJGO0FBRzNGLE1BQU0sZ0JBQWdCLG9CQUFJLElBQUksQ0FBQyxRQUFRLFFBQVEsT0FBTyxjQUFjLENBQUM7QUFFckUsTUFBTSxjQUFjLG9CQUFJLElBQUksQ0FBQyxhQUFhLFdBQVcsQ0FBQztBQVEvQyxNQUFNLGtCQUE2QjtBQUFBLEVBQ3hDLE1BQU07QUFBQSxFQUNOLFFBQVEsTUFBTSxDQUFDO0FBQUEsRUFDZixlQUFlLE1BQU07QUFBQSxFQUNyQixNQUFNLE9BQU8sV0FBVyxNQUFNLFlBQVk7QUFDeEMsVUFBTSxhQUFhLFdBQVcsS0FBSyxRQUFRLFVBQVU7QUFBQSxFQUN2RDtBQUFBLEVBQ0EsVUFBVTtBQUNaO0FBR0EsZUFBc0IsYUFBYSxXQUE2QixRQUEwQixZQUFrRTtBQUMxSixRQUFNLFFBQVEsS0FBSyxJQUFJO0FBQ3ZCLFFBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxXQUFXLE1BQU07QUFDMUMsTUFBSSxRQUFRO0FBQ1osUUFBTSxVQUFVLElBQUksK0JBQVk7QUFDaEMsVUFBUSxHQUFHLFFBQVEsQ0FBQyxNQUFjO0FBQUUsYUFBUyxFQUFFO0FBQUEsRUFBUSxDQUFDO0FBQ3hELFNBQU8sR0FBRyxTQUFTLENBQUMsTUFBTSxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQzVDLFNBQU8sS0FBSyxPQUFPO0FBRW5CLFFBQU0sTUFBTSxVQUFVLFdBQVcsU0FBNkMsRUFBRSxNQUFNLElBQUksQ0FBQztBQUMzRixRQUFNLENBQUMsS0FBSyxJQUFJLE1BQU0sUUFBUSxJQUFJLENBQUMsTUFBTSxHQUFHLENBQUM7QUFDN0MsUUFBTSxRQUFRLEVBQUUsT0FBTyxPQUFPLElBQUksS0FBSyxJQUFJLElBQUksTUFBTTtBQUNyRCxlQUFhLEVBQUUsT0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUNqRCxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVcsUUFBdUU7QUFDaEcsUUFBTSxPQUFPLElBQUksS0FBSztBQUN0QixNQUFJLFFBQVE7QUFDWixRQUFNLE1BQU0sQ0FBQyxRQUFvQixTQUMvQixJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDL0I7QUFDQSxTQUFLLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE9BQU8sUUFBUSxPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsTUFBZ0IsQ0FBQyxRQUFTLE1BQU0sT0FBTyxHQUFHLElBQUksUUFBUSxDQUFFO0FBQUEsRUFDbEksQ0FBQztBQUNILFFBQU0sVUFBVSxPQUFPLFVBQWtCLE1BQWMsT0FBK0M7QUFDcEc7QUFDQSxVQUFNLElBQUksUUFBYyxDQUFDLFNBQVMsV0FBVztBQUMzQyxZQUFNLFFBQVEsS0FBSztBQUFBLFFBQU0sRUFBRSxNQUFNLE1BQU0sUUFBUSxNQUFNLEdBQUcsTUFBTSxNQUFNLEdBQUcsT0FBTyxNQUFRLE9BQU8sR0FBRyxPQUFPLEtBQUssR0FBRyxLQUFLLEdBQUcsT0FBTyxRQUFRLE9BQU8sT0FBTztBQUFBLFFBQ2xKLENBQUMsUUFBUyxNQUFNLE9BQU8sR0FBRyxJQUFJLFFBQVE7QUFBQSxNQUFFO0FBQzFDLFlBQU0sVUFBTSxpQ0FBaUIsUUFBUTtBQUNyQyxVQUFJLEdBQUcsU0FBUyxDQUFDLE1BQU07QUFBRSxjQUFNLFFBQVEsQ0FBQztBQUFHLGVBQU8sQ0FBQztBQUFBLE1BQUcsQ0FBQztBQUN2RCxVQUFJLEtBQUssS0FBSztBQUFBLElBQ2hCLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxPQUFPLE9BQU8sVUFBa0IsTUFBYyxRQUFnQztBQUNsRixVQUFNLEtBQUssTUFBTSxlQUFBQSxTQUFHLE1BQU0sUUFBUTtBQUNsQyxRQUFJLEdBQUcsZUFBZSxHQUFHO0FBQ3ZCLFlBQU0sSUFBSSxFQUFFLE1BQU0sTUFBTSxXQUFXLFVBQVUsTUFBTSxlQUFBQSxTQUFHLFNBQVMsUUFBUSxHQUFHLE1BQU0sS0FBTyxPQUFPLEdBQUcsTUFBTSxDQUFDO0FBQUEsSUFDMUcsV0FBVyxHQUFHLFlBQVksR0FBRztBQUMzQixZQUFNLElBQUksRUFBRSxNQUFNLEdBQUcsSUFBSSxLQUFLLE1BQU0sYUFBYSxNQUFNLEdBQUcsT0FBTyxNQUFRLE9BQU8sR0FBRyxNQUFNLENBQUM7QUFDMUYsWUFBTSxZQUFZLE1BQU0sZUFBQUEsU0FBRyxRQUFRLFFBQVEsR0FBRyxLQUFLO0FBQ25ELGlCQUFXLFNBQVMsVUFBVTtBQUM1QixZQUFJLGNBQWMsSUFBSSxLQUFLLEtBQU0sT0FBTyxZQUFZLElBQUksS0FBSyxFQUFJO0FBQ2pFLGNBQU0sS0FBSyxLQUFLLEtBQUssVUFBVSxLQUFLLEdBQUcsR0FBRyxJQUFJLElBQUksS0FBSyxJQUFJLEtBQUs7QUFBQSxNQUNsRTtBQUFBLElBQ0YsV0FBVyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLFFBQVEsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsWUFBWTtBQUN4QixlQUFXLFNBQVMsUUFBUTtBQUMxQixZQUFNLE9BQU8sUUFBUSxNQUFNLGFBQWE7QUFDeEMsVUFBSSxNQUFNLFNBQVMsV0FBVztBQUM1QixjQUFNLElBQUksRUFBRSxNQUFNLE1BQU0sUUFBUSxNQUFNLE1BQU0sUUFBUSxLQUFPLE9BQU8sb0JBQUksS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLE1BQU0sU0FBUyxNQUFNLENBQUM7QUFDbEg7QUFBQSxNQUNGO0FBQ0EsVUFBSTtBQUNGLFlBQUksTUFBTSxTQUFTLFFBQVE7QUFFekIsZ0JBQU0sUUFBUSxNQUFNLFVBQVUsTUFBTSxNQUFNLGVBQUFBLFNBQUcsS0FBSyxNQUFNLFFBQVEsQ0FBQztBQUFBLFFBQ25FLE9BQU87QUFDTCxnQkFBTSxLQUFLLE1BQU0sZUFBQUEsU0FBRyxTQUFTLE1BQU0sUUFBUSxHQUFHLE1BQU0sSUFBSTtBQUFBLFFBQzFEO0FBQUEsTUFDRixTQUFTLEdBQUc7QUFDVixjQUFNLElBQUk7QUFBQSxVQUFVLGlCQUFpQixNQUFNLFFBQVEsT0FBTyxNQUFNLGFBQWEsS0FBTSxFQUFZLE9BQU87QUFBQSxVQUNwRztBQUFBLFVBQW1FO0FBQUEsUUFBZTtBQUFBLE1BQ3RGO0FBQUEsSUFDRjtBQUNBLFNBQUssU0FBUztBQUNkLFdBQU87QUFBQSxFQUNULEdBQUc7QUFDSCxPQUFLLE1BQU0sQ0FBQyxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDakMsU0FBTyxFQUFFLFFBQVEsTUFBNkIsS0FBSztBQUNyRDtBQUVBLFNBQVMsUUFBUSxlQUErQjtBQUM5QyxRQUFNLE1BQU0sS0FBSyxNQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVEsUUFBUSxFQUFFLEVBQUUsUUFBUSxRQUFRLEVBQUU7QUFDdEYsTUFBSSxDQUFDLE9BQU8sSUFBSSxNQUFNLEdBQUcsRUFBRSxTQUFTLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsdUJBQXVCLGFBQWEsbUNBQW1DLDhDQUE4QyxlQUFlO0FBQ25NLFNBQU87QUFDVDtBQU1BLGVBQXNCLFlBQVksV0FBNkIsZUFBdUIsVUFBa0IsT0FBd0IsRUFBRSxZQUFZLEtBQUssR0FBc0I7QUFDdkssTUFBSTtBQUNGLFdBQU8sVUFBTSxnQ0FBYyxXQUFXLGVBQWUsVUFBVSxJQUFJO0FBQUEsRUFDckUsU0FBUyxHQUFHO0FBQ1YsVUFBTSxNQUFNO0FBQ1osUUFBSSxxREFBcUQsS0FBSyxHQUFHLElBQUksV0FBVyxFQUFFLElBQUksSUFBSSxNQUFNLFdBQVcsRUFBRSxFQUFFLEVBQUcsUUFBTyxDQUFDO0FBQzFILFVBQU07QUFBQSxFQUNSO0FBQ0Y7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
