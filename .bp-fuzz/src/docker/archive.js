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
var archive_exports = {};
__export(archive_exports, {
  extractFiles: () => extractFiles,
  packContents: () => packContents
});
module.exports = __toCommonJS(archive_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_promises = require("node:stream/promises");
var tar = __toESM(require("tar-stream"));
function packContents(inputs) {
  const pack = tar.pack();
  const dirs = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const rel = input.containerPath.replace(/^\/+/, "");
    const parts = rel.split("/");
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join("/");
      if (!dirs.has(d)) {
        dirs.add(d);
        pack.entry({ name: `${d}/`, type: "directory", mode: 493 });
      }
    }
    pack.entry({ name: rel, mode: input.mode ?? 420 }, Buffer.from(input.content, "utf8"));
  }
  pack.finalize();
  return pack;
}
async function extractFiles(stream, destDir, opts) {
  const root = path.resolve(destDir);
  const written = [];
  const extract = tar.extract();
  extract.on("entry", (header, body, next) => {
    const done = (err) => err ? next(err) : next();
    let name = header.name.replace(/\\/g, "/").replace(/^\.\//, "");
    if (opts.stripFirst) name = name.split("/").slice(1).join("/");
    const target = path.resolve(root, name);
    const safe = name !== "" && !name.startsWith("/") && !name.split("/").includes("..") && target.startsWith(root + path.sep);
    const fresh = !opts.newerThan || !header.mtime || header.mtime.getTime() >= Math.floor(opts.newerThan.getTime() / 1e3) * 1e3;
    if (header.type !== "file" || !safe || !fresh) {
      body.resume();
      body.on("end", () => done());
      return;
    }
    import_node_fs.promises.mkdir(path.dirname(target), { recursive: true }).then(() => (0, import_promises.pipeline)(body, (0, import_node_fs.createWriteStream)(target, { mode: 420 }))).then(() => {
      written.push(target);
      done();
    }, done);
  });
  await (0, import_promises.pipeline)(stream, extract);
  return written;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  extractFiles,
  packContents
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9hcmNoaXZlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogVGFyIHN0cmVhbXMgdG8gYW5kIGZyb20gY29udGFpbmVycyAocHV0QXJjaGl2ZS9nZXRBcmNoaXZlKSwgd2l0aCBub3RoaW5nIHdyaXR0ZW4gb3V0c2lkZSB0aGUgdGFyZ2V0IGZvbGRlci4gKi9cbmltcG9ydCB7IGNyZWF0ZVdyaXRlU3RyZWFtLCBwcm9taXNlcyBhcyBmcyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgcGlwZWxpbmUgfSBmcm9tICdub2RlOnN0cmVhbS9wcm9taXNlcyc7XG5pbXBvcnQgdHlwZSB7IFJlYWRhYmxlIH0gZnJvbSAnbm9kZTpzdHJlYW0nO1xuaW1wb3J0ICogYXMgdGFyIGZyb20gJ3Rhci1zdHJlYW0nO1xuaW1wb3J0IHR5cGUgeyBDb250YWluZXJJbnB1dCB9IGZyb20gJy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5cbi8qKiBBIHRhciBvZiBnZW5lcmF0ZWQgZmlsZXMgKGBjb250ZW50YCBpbnB1dHMpLCBuYW1lZCByZWxhdGl2ZSB0byBgL2Agc28gaXQgZXh0cmFjdHMgYXQgdGhlIHJvb3QuICovXG5leHBvcnQgZnVuY3Rpb24gcGFja0NvbnRlbnRzKGlucHV0czogRXh0cmFjdDxDb250YWluZXJJbnB1dCwgeyBraW5kOiAnY29udGVudCcgfT5bXSk6IFJlYWRhYmxlIHtcbiAgY29uc3QgcGFjayA9IHRhci5wYWNrKCk7XG4gIGNvbnN0IGRpcnMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBpbnB1dCBvZiBpbnB1dHMpIHtcbiAgICBjb25zdCByZWwgPSBpbnB1dC5jb250YWluZXJQYXRoLnJlcGxhY2UoL15cXC8rLywgJycpO1xuICAgIGNvbnN0IHBhcnRzID0gcmVsLnNwbGl0KCcvJyk7XG4gICAgZm9yIChsZXQgaSA9IDE7IGkgPCBwYXJ0cy5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgZCA9IHBhcnRzLnNsaWNlKDAsIGkpLmpvaW4oJy8nKTtcbiAgICAgIGlmICghZGlycy5oYXMoZCkpIHtcbiAgICAgICAgZGlycy5hZGQoZCk7XG4gICAgICAgIHBhY2suZW50cnkoeyBuYW1lOiBgJHtkfS9gLCB0eXBlOiAnZGlyZWN0b3J5JywgbW9kZTogMG83NTUgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIHBhY2suZW50cnkoeyBuYW1lOiByZWwsIG1vZGU6IGlucHV0Lm1vZGUgPz8gMG82NDQgfSwgQnVmZmVyLmZyb20oaW5wdXQuY29udGVudCwgJ3V0ZjgnKSk7XG4gIH1cbiAgcGFjay5maW5hbGl6ZSgpO1xuICByZXR1cm4gcGFjayBhcyB1bmtub3duIGFzIFJlYWRhYmxlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEV4dHJhY3RPcHRpb25zIHtcbiAgLyoqIERyb3AgdGhlIGZpcnN0IHBhdGggY29tcG9uZW50IChnZXRBcmNoaXZlIG5hbWVzIGVudHJpZXMgYWZ0ZXIgdGhlIHJlcXVlc3RlZCBmb2xkZXIpLiAqL1xuICBzdHJpcEZpcnN0OiBib29sZWFuO1xuICAvKiogT25seSByZWd1bGFyIGZpbGVzIG1vZGlmaWVkIGF0IG9yIGFmdGVyIHRoaXMgdGltZS4gKi9cbiAgbmV3ZXJUaGFuPzogRGF0ZTtcbn1cblxuLyoqIFNhZmUgZXh0cmFjdGlvbjogcmVndWxhciBmaWxlcyBvbmx5LCBubyBhYnNvbHV0ZSBwYXRocywgbm8gYC4uYCwgbmV2ZXIgb3V0c2lkZSBgZGVzdERpcmAuIFJldHVybnMgdGhlIGZpbGVzIHdyaXR0ZW4uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZXh0cmFjdEZpbGVzKHN0cmVhbTogTm9kZUpTLlJlYWRhYmxlU3RyZWFtLCBkZXN0RGlyOiBzdHJpbmcsIG9wdHM6IEV4dHJhY3RPcHRpb25zKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCByb290ID0gcGF0aC5yZXNvbHZlKGRlc3REaXIpO1xuICBjb25zdCB3cml0dGVuOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBleHRyYWN0ID0gdGFyLmV4dHJhY3QoKTtcbiAgZXh0cmFjdC5vbignZW50cnknLCAoaGVhZGVyLCBib2R5LCBuZXh0KSA9PiB7XG4gICAgY29uc3QgZG9uZSA9IChlcnI/OiB1bmtub3duKSA9PiAoZXJyID8gbmV4dChlcnIgYXMgRXJyb3IpIDogbmV4dCgpKTtcbiAgICBsZXQgbmFtZSA9IGhlYWRlci5uYW1lLnJlcGxhY2UoL1xcXFwvZywgJy8nKS5yZXBsYWNlKC9eXFwuXFwvLywgJycpO1xuICAgIGlmIChvcHRzLnN0cmlwRmlyc3QpIG5hbWUgPSBuYW1lLnNwbGl0KCcvJykuc2xpY2UoMSkuam9pbignLycpO1xuICAgIGNvbnN0IHRhcmdldCA9IHBhdGgucmVzb2x2ZShyb290LCBuYW1lKTtcbiAgICBjb25zdCBzYWZlID0gbmFtZSAhPT0gJycgJiYgIW5hbWUuc3RhcnRzV2l0aCgnLycpICYmICFuYW1lLnNwbGl0KCcvJykuaW5jbHVkZXMoJy4uJykgJiYgdGFyZ2V0LnN0YXJ0c1dpdGgocm9vdCArIHBhdGguc2VwKTtcbiAgICBjb25zdCBmcmVzaCA9ICFvcHRzLm5ld2VyVGhhbiB8fCAhaGVhZGVyLm10aW1lIHx8IGhlYWRlci5tdGltZS5nZXRUaW1lKCkgPj0gTWF0aC5mbG9vcihvcHRzLm5ld2VyVGhhbi5nZXRUaW1lKCkgLyAxMDAwKSAqIDEwMDA7XG4gICAgaWYgKGhlYWRlci50eXBlICE9PSAnZmlsZScgfHwgIXNhZmUgfHwgIWZyZXNoKSB7XG4gICAgICBib2R5LnJlc3VtZSgpO1xuICAgICAgYm9keS5vbignZW5kJywgKCkgPT4gZG9uZSgpKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgZnMubWtkaXIocGF0aC5kaXJuYW1lKHRhcmdldCksIHsgcmVjdXJzaXZlOiB0cnVlIH0pXG4gICAgICAudGhlbigoKSA9PiBwaXBlbGluZShib2R5LCBjcmVhdGVXcml0ZVN0cmVhbSh0YXJnZXQsIHsgbW9kZTogMG82NDQgfSkpKVxuICAgICAgLnRoZW4oKCkgPT4ge1xuICAgICAgICB3cml0dGVuLnB1c2godGFyZ2V0KTtcbiAgICAgICAgZG9uZSgpO1xuICAgICAgfSwgZG9uZSk7XG4gIH0pO1xuICBhd2FpdCBwaXBlbGluZShzdHJlYW0gYXMgUmVhZGFibGUsIGV4dHJhY3QpO1xuICByZXR1cm4gd3JpdHRlbjtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSxxQkFBa0Q7QUFDbEQsV0FBc0I7QUFDdEIsc0JBQXlCO0FBRXpCLFVBQXFCO0FBSWQsU0FBUyxhQUFhLFFBQWtFO0FBQzdGLFFBQU0sT0FBTyxJQUFJLEtBQUs7QUFDdEIsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxNQUFNLE1BQU0sY0FBYyxRQUFRLFFBQVEsRUFBRTtBQUNsRCxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUc7QUFDM0IsYUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxZQUFNLElBQUksTUFBTSxNQUFNLEdBQUcsQ0FBQyxFQUFFLEtBQUssR0FBRztBQUNwQyxVQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUNoQixhQUFLLElBQUksQ0FBQztBQUNWLGFBQUssTUFBTSxFQUFFLE1BQU0sR0FBRyxDQUFDLEtBQUssTUFBTSxhQUFhLE1BQU0sSUFBTSxDQUFDO0FBQUEsTUFDOUQ7QUFBQSxJQUNGO0FBQ0EsU0FBSyxNQUFNLEVBQUUsTUFBTSxLQUFLLE1BQU0sTUFBTSxRQUFRLElBQU0sR0FBRyxPQUFPLEtBQUssTUFBTSxTQUFTLE1BQU0sQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsT0FBSyxTQUFTO0FBQ2QsU0FBTztBQUNUO0FBVUEsZUFBc0IsYUFBYSxRQUErQixTQUFpQixNQUF5QztBQUMxSCxRQUFNLE9BQU8sS0FBSyxRQUFRLE9BQU87QUFDakMsUUFBTSxVQUFvQixDQUFDO0FBQzNCLFFBQU0sVUFBVSxJQUFJLFFBQVE7QUFDNUIsVUFBUSxHQUFHLFNBQVMsQ0FBQyxRQUFRLE1BQU0sU0FBUztBQUMxQyxVQUFNLE9BQU8sQ0FBQyxRQUFtQixNQUFNLEtBQUssR0FBWSxJQUFJLEtBQUs7QUFDakUsUUFBSSxPQUFPLE9BQU8sS0FBSyxRQUFRLE9BQU8sR0FBRyxFQUFFLFFBQVEsU0FBUyxFQUFFO0FBQzlELFFBQUksS0FBSyxXQUFZLFFBQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUMsRUFBRSxLQUFLLEdBQUc7QUFDN0QsVUFBTSxTQUFTLEtBQUssUUFBUSxNQUFNLElBQUk7QUFDdEMsVUFBTSxPQUFPLFNBQVMsTUFBTSxDQUFDLEtBQUssV0FBVyxHQUFHLEtBQUssQ0FBQyxLQUFLLE1BQU0sR0FBRyxFQUFFLFNBQVMsSUFBSSxLQUFLLE9BQU8sV0FBVyxPQUFPLEtBQUssR0FBRztBQUN6SCxVQUFNLFFBQVEsQ0FBQyxLQUFLLGFBQWEsQ0FBQyxPQUFPLFNBQVMsT0FBTyxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sS0FBSyxVQUFVLFFBQVEsSUFBSSxHQUFJLElBQUk7QUFDMUgsUUFBSSxPQUFPLFNBQVMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxPQUFPO0FBQzdDLFdBQUssT0FBTztBQUNaLFdBQUssR0FBRyxPQUFPLE1BQU0sS0FBSyxDQUFDO0FBQzNCO0FBQUEsSUFDRjtBQUNBLG1CQUFBQSxTQUFHLE1BQU0sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDLEVBQy9DLEtBQUssVUFBTSwwQkFBUyxVQUFNLGtDQUFrQixRQUFRLEVBQUUsTUFBTSxJQUFNLENBQUMsQ0FBQyxDQUFDLEVBQ3JFLEtBQUssTUFBTTtBQUNWLGNBQVEsS0FBSyxNQUFNO0FBQ25CLFdBQUs7QUFBQSxJQUNQLEdBQUcsSUFBSTtBQUFBLEVBQ1gsQ0FBQztBQUNELFlBQU0sMEJBQVMsUUFBb0IsT0FBTztBQUMxQyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
