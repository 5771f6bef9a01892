"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_path = require("node:path");
var import_byteSource = require("../../src/core/binpkg/byteSource");
var import_comparePackages = require("../../src/core/binpkg/comparePackages");
var import_readPackage = require("../../src/core/binpkg/readPackage");
var import_binpkgArchives = require("../helpers/binpkgArchives");
const BINPKGS = (0, import_node_path.join)(__dirname, "../../../test/fixtures/portage/binpkgs");
(0, import_node_test.test)("two real builds of hello differ only in build-specific metadata, not in files", async () => {
  const a = await (0, import_readPackage.readBinaryPackage)((0, import_node_path.join)(BINPKGS, "gpkg-single/app-misc/hello-1.0.gpkg.tar"));
  const b = await (0, import_readPackage.readBinaryPackage)((0, import_node_path.join)(BINPKGS, "withdep/app-misc/hello/hello-1.0-1.gpkg.tar"));
  const c = (0, import_comparePackages.comparePackages)(a, b);
  import_strict.default.deepEqual(c.files, { added: [], removed: [], changed: [] });
  import_strict.default.deepEqual(c.use, { enabled: [], disabled: [] });
  import_strict.default.ok(c.metadata.some((m) => m.key === "BUILD_TIME"));
  import_strict.default.ok(c.metadata.some((m) => m.key === "BUILD_ID" && m.before === void 0 && m.after === "1"));
});
(0, import_node_test.test)("a rebuild with a USE flag turned on shows the flag, the new dependency and the new file", async () => {
  const meta = (use, rdepend) => ({ CATEGORY: "app-misc\n", PF: "demo-1.0\n", IUSE: "ssl\n", USE: use + "\n", RDEPEND: rdepend + "\n" });
  const before = await (0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)("a.gpkg.tar", await (0, import_binpkgArchives.simpleGpkg)({
    metadata: meta("", "sys-libs/zlib"),
    image: [{ name: "image/usr/bin/demo", data: "x", mode: 493 }]
  })));
  const after = await (0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)("b.gpkg.tar", await (0, import_binpkgArchives.simpleGpkg)({
    metadata: meta("ssl", "sys-libs/zlib ssl? ( dev-libs/openssl )"),
    image: [{ name: "image/usr/bin/demo", data: "xy", mode: 493 }, { name: "image/etc/demo/ssl.conf", data: "on" }]
  })));
  const c = (0, import_comparePackages.comparePackages)(before, after);
  import_strict.default.deepEqual(c.use, { enabled: ["ssl"], disabled: [] });
  import_strict.default.deepEqual(c.dependencies, [{ key: "RDEPEND", added: ["ssl? dev-libs/openssl"], removed: [] }]);
  import_strict.default.deepEqual(c.files.added.map((f) => f.path), ["/etc/demo/ssl.conf"]);
  import_strict.default.deepEqual(c.files.changed.map((x) => [x.after.path, x.what]), [["/usr/bin/demo", ["size"]]]);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2JpbnBrZ0NvbXBhcmUudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIENvbXBhcmluZyB0d28gYnVpbGRzOiB3aGF0IGEgcGFja2FnZXIgc2VlcyB3aGVuIGEgcmVidWlsZCBjaGFuZ2VkIFVTRSwgZGVwZW5kZW5jaWVzIG9yIGZpbGVzLiAqL1xuaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGJ1ZmZlclNvdXJjZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9ieXRlU291cmNlJztcbmltcG9ydCB7IGNvbXBhcmVQYWNrYWdlcyB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9jb21wYXJlUGFja2FnZXMnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2UsIHJlYWRCaW5hcnlQYWNrYWdlRnJvbSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9yZWFkUGFja2FnZSc7XG5pbXBvcnQgeyBzaW1wbGVHcGtnIH0gZnJvbSAnLi4vaGVscGVycy9iaW5wa2dBcmNoaXZlcyc7XG5cbmNvbnN0IEJJTlBLR1MgPSBqb2luKF9fZGlybmFtZSwgJy4uLy4uLy4uL3Rlc3QvZml4dHVyZXMvcG9ydGFnZS9iaW5wa2dzJyk7XG5cbnRlc3QoJ3R3byByZWFsIGJ1aWxkcyBvZiBoZWxsbyBkaWZmZXIgb25seSBpbiBidWlsZC1zcGVjaWZpYyBtZXRhZGF0YSwgbm90IGluIGZpbGVzJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBhID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2Uoam9pbihCSU5QS0dTLCAnZ3BrZy1zaW5nbGUvYXBwLW1pc2MvaGVsbG8tMS4wLmdwa2cudGFyJykpO1xuICBjb25zdCBiID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2Uoam9pbihCSU5QS0dTLCAnd2l0aGRlcC9hcHAtbWlzYy9oZWxsby9oZWxsby0xLjAtMS5ncGtnLnRhcicpKTtcbiAgY29uc3QgYyA9IGNvbXBhcmVQYWNrYWdlcyhhLCBiKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChjLmZpbGVzLCB7IGFkZGVkOiBbXSwgcmVtb3ZlZDogW10sIGNoYW5nZWQ6IFtdIH0pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGMudXNlLCB7IGVuYWJsZWQ6IFtdLCBkaXNhYmxlZDogW10gfSk7XG4gIGFzc2VydC5vayhjLm1ldGFkYXRhLnNvbWUoKG0pID0+IG0ua2V5ID09PSAnQlVJTERfVElNRScpKTtcbiAgYXNzZXJ0Lm9rKGMubWV0YWRhdGEuc29tZSgobSkgPT4gbS5rZXkgPT09ICdCVUlMRF9JRCcgJiYgbS5iZWZvcmUgPT09IHVuZGVmaW5lZCAmJiBtLmFmdGVyID09PSAnMScpKTtcbn0pO1xuXG50ZXN0KCdhIHJlYnVpbGQgd2l0aCBhIFVTRSBmbGFnIHR1cm5lZCBvbiBzaG93cyB0aGUgZmxhZywgdGhlIG5ldyBkZXBlbmRlbmN5IGFuZCB0aGUgbmV3IGZpbGUnLCBhc3luYyAoKSA9PiB7XG4gIGNvbnN0IG1ldGEgPSAodXNlOiBzdHJpbmcsIHJkZXBlbmQ6IHN0cmluZykgPT4gKHsgQ0FURUdPUlk6ICdhcHAtbWlzY1xcbicsIFBGOiAnZGVtby0xLjBcXG4nLCBJVVNFOiAnc3NsXFxuJywgVVNFOiB1c2UgKyAnXFxuJywgUkRFUEVORDogcmRlcGVuZCArICdcXG4nIH0pO1xuICBjb25zdCBiZWZvcmUgPSBhd2FpdCByZWFkQmluYXJ5UGFja2FnZUZyb20oYnVmZmVyU291cmNlKCdhLmdwa2cudGFyJywgYXdhaXQgc2ltcGxlR3BrZyh7XG4gICAgbWV0YWRhdGE6IG1ldGEoJycsICdzeXMtbGlicy96bGliJyksXG4gICAgaW1hZ2U6IFt7IG5hbWU6ICdpbWFnZS91c3IvYmluL2RlbW8nLCBkYXRhOiAneCcsIG1vZGU6IDBvNzU1IH1dLFxuICB9KSkpO1xuICBjb25zdCBhZnRlciA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlRnJvbShidWZmZXJTb3VyY2UoJ2IuZ3BrZy50YXInLCBhd2FpdCBzaW1wbGVHcGtnKHtcbiAgICBtZXRhZGF0YTogbWV0YSgnc3NsJywgJ3N5cy1saWJzL3psaWIgc3NsPyAoIGRldi1saWJzL29wZW5zc2wgKScpLFxuICAgIGltYWdlOiBbeyBuYW1lOiAnaW1hZ2UvdXNyL2Jpbi9kZW1vJywgZGF0YTogJ3h5JywgbW9kZTogMG83NTUgfSwgeyBuYW1lOiAnaW1hZ2UvZXRjL2RlbW8vc3NsLmNvbmYnLCBkYXRhOiAnb24nIH1dLFxuICB9KSkpO1xuICBjb25zdCBjID0gY29tcGFyZVBhY2thZ2VzKGJlZm9yZSwgYWZ0ZXIpO1xuICBhc3NlcnQuZGVlcEVxdWFsKGMudXNlLCB7IGVuYWJsZWQ6IFsnc3NsJ10sIGRpc2FibGVkOiBbXSB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChjLmRlcGVuZGVuY2llcywgW3sga2V5OiAnUkRFUEVORCcsIGFkZGVkOiBbJ3NzbD8gZGV2LWxpYnMvb3BlbnNzbCddLCByZW1vdmVkOiBbXSB9XSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYy5maWxlcy5hZGRlZC5tYXAoKGYpID0+IGYucGF0aCksIFsnL2V0Yy9kZW1vL3NzbC5jb25mJ10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGMuZmlsZXMuY2hhbmdlZC5tYXAoKHgpID0+IFt4LmFmdGVyLnBhdGgsIHgud2hhdF0pLCBbWycvdXNyL2Jpbi9kZW1vJywgWydzaXplJ11dXSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQ0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQix1QkFBcUI7QUFDckIsd0JBQTZCO0FBQzdCLDZCQUFnQztBQUNoQyx5QkFBeUQ7QUFDekQsNEJBQTJCO0FBRTNCLE1BQU0sY0FBVSx1QkFBSyxXQUFXLHdDQUF3QztBQUFBLElBRXhFLHVCQUFLLGlGQUFpRixZQUFZO0FBQ2hHLFFBQU0sSUFBSSxVQUFNLDBDQUFrQix1QkFBSyxTQUFTLHlDQUF5QyxDQUFDO0FBQzFGLFFBQU0sSUFBSSxVQUFNLDBDQUFrQix1QkFBSyxTQUFTLDZDQUE2QyxDQUFDO0FBQzlGLFFBQU0sUUFBSSx3Q0FBZ0IsR0FBRyxDQUFDO0FBQzlCLGdCQUFBQSxRQUFPLFVBQVUsRUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDLEdBQUcsU0FBUyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUNqRSxnQkFBQUEsUUFBTyxVQUFVLEVBQUUsS0FBSyxFQUFFLFNBQVMsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxFQUFFLENBQUM7QUFDckQsZ0JBQUFBLFFBQU8sR0FBRyxFQUFFLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxRQUFRLFlBQVksQ0FBQztBQUN4RCxnQkFBQUEsUUFBTyxHQUFHLEVBQUUsU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFFBQVEsY0FBYyxFQUFFLFdBQVcsVUFBYSxFQUFFLFVBQVUsR0FBRyxDQUFDO0FBQ3JHLENBQUM7QUFBQSxJQUVELHVCQUFLLDJGQUEyRixZQUFZO0FBQzFHLFFBQU0sT0FBTyxDQUFDLEtBQWEsYUFBcUIsRUFBRSxVQUFVLGNBQWMsSUFBSSxjQUFjLE1BQU0sU0FBUyxLQUFLLE1BQU0sTUFBTSxTQUFTLFVBQVUsS0FBSztBQUNwSixRQUFNLFNBQVMsVUFBTSw4Q0FBc0IsZ0NBQWEsY0FBYyxVQUFNLGtDQUFXO0FBQUEsSUFDckYsVUFBVSxLQUFLLElBQUksZUFBZTtBQUFBLElBQ2xDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sc0JBQXNCLE1BQU0sS0FBSyxNQUFNLElBQU0sQ0FBQztBQUFBLEVBQ2hFLENBQUMsQ0FBQyxDQUFDO0FBQ0gsUUFBTSxRQUFRLFVBQU0sOENBQXNCLGdDQUFhLGNBQWMsVUFBTSxrQ0FBVztBQUFBLElBQ3BGLFVBQVUsS0FBSyxPQUFPLHlDQUF5QztBQUFBLElBQy9ELE9BQU8sQ0FBQyxFQUFFLE1BQU0sc0JBQXNCLE1BQU0sTUFBTSxNQUFNLElBQU0sR0FBRyxFQUFFLE1BQU0sMkJBQTJCLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDbEgsQ0FBQyxDQUFDLENBQUM7QUFDSCxRQUFNLFFBQUksd0NBQWdCLFFBQVEsS0FBSztBQUN2QyxnQkFBQUEsUUFBTyxVQUFVLEVBQUUsS0FBSyxFQUFFLFNBQVMsQ0FBQyxLQUFLLEdBQUcsVUFBVSxDQUFDLEVBQUUsQ0FBQztBQUMxRCxnQkFBQUEsUUFBTyxVQUFVLEVBQUUsY0FBYyxDQUFDLEVBQUUsS0FBSyxXQUFXLE9BQU8sQ0FBQyx1QkFBdUIsR0FBRyxTQUFTLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDcEcsZ0JBQUFBLFFBQU8sVUFBVSxFQUFFLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLG9CQUFvQixDQUFDO0FBQ3pFLGdCQUFBQSxRQUFPLFVBQVUsRUFBRSxNQUFNLFFBQVEsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQ3BHLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
