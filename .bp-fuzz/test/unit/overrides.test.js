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
var path = __toESM(require("node:path"));
var import_userError = require("../../src/core/userError");
var import_overrides = require("../../src/core/overrides");
var import_fsTree = require("../helpers/fsTree");
(0, import_node_test.test)("a missing overrides folder gives an empty set", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  const set = await (0, import_overrides.discoverOverrides)(root);
  import_strict.default.deepEqual(set, { root: path.join(root, ".portage"), sources: [] });
});
(0, import_node_test.test)("files and directories of every kind, keywords alias, env/ and make.conf", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, {
    ".portage/package.use/zz-last": "app-misc/b ssl\n",
    ".portage/package.use/00-first": "app-misc/a -X",
    ".portage/package.use/sub dir/m\xEFddle": "app-misc/c gtk\n",
    ".portage/package.use/.hidden": "nope\n",
    ".portage/package.use/backup~": "nope\n",
    ".portage/package.use/.#lock": "nope\n",
    ".portage/package.use/.00-first.swp": "nope\n",
    ".portage/package.mask": ">=app-misc/hello-2\n",
    ".portage/package.unmask": "app-misc/masked\n",
    ".portage/package.keywords": "app-misc/old ~amd64\n",
    ".portage/package.accept_keywords/testing": "app-misc/testing ~amd64\n",
    ".portage/package.license": "app-misc/eula TestEULA\n",
    ".portage/package.env": "app-misc/hello debug.conf\n",
    ".portage/env/debug.conf": 'CFLAGS="-O0 -g"\n',
    ".portage/make.conf": 'FEATURES="test"\n'
  });
  const set = await (0, import_overrides.discoverOverrides)(root);
  const p = (rel) => path.join(root, ".portage", rel);
  import_strict.default.deepEqual(set.sources, [
    { kind: "use", path: p("package.use/00-first"), isDirectory: true },
    { kind: "use", path: p("package.use/sub dir/m\xEFddle"), isDirectory: true },
    { kind: "use", path: p("package.use/zz-last"), isDirectory: true },
    { kind: "mask", path: p("package.mask"), isDirectory: false },
    { kind: "unmask", path: p("package.unmask"), isDirectory: false },
    { kind: "env", path: p("package.env"), isDirectory: false },
    { kind: "accept_keywords", path: p("package.keywords"), isDirectory: false },
    { kind: "accept_keywords", path: p("package.accept_keywords/testing"), isDirectory: true },
    { kind: "license", path: p("package.license"), isDirectory: false }
  ]);
  import_strict.default.equal(set.envDir, p("env"));
  import_strict.default.equal(set.makeConf, p("make.conf"));
  import_strict.default.equal(await (0, import_overrides.readOverrideLines)(set, "use"), "app-misc/a -X\napp-misc/c gtk\napp-misc/b ssl\n");
  import_strict.default.equal(await (0, import_overrides.readOverrideLines)(set, "accept_keywords"), "app-misc/old ~amd64\napp-misc/testing ~amd64\n");
  import_strict.default.equal(await (0, import_overrides.readOverrideLines)(set, "mask"), ">=app-misc/hello-2\n");
});
(0, import_node_test.test)("a configurable overrides folder is used", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { "conf/portage/package.use": "app-misc/hello ssl\n", ".portage/package.use": "other\n" });
  const set = await (0, import_overrides.discoverOverrides)(root, "conf/portage");
  import_strict.default.deepEqual(set.sources.map((s) => s.path), [path.join(root, "conf/portage/package.use")]);
});
(0, import_node_test.test)("an unreadable override file is a UserError naming it", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { "a/.portage/package.use": { link: "missing-target" } });
  (0, import_fsTree.writeTree)(root, { "b/.portage/package.mask/inner": { link: "/nonexistent/file" } });
  (0, import_fsTree.writeTree)(root, { "c/.portage/make.conf/oops": "x" });
  (0, import_fsTree.writeTree)(root, { "d/.portage/env": "not a folder" });
  (0, import_fsTree.writeTree)(root, { "e/.portage": "a file" });
  const cases = [
    ["a", "package.use", "unreadable-override"],
    ["b", "package.mask/inner", "unreadable-override"],
    ["c", "make.conf", "unreadable-override"],
    ["d", "env", "env-not-a-folder"],
    ["e", "", "overrides-not-a-folder"]
  ];
  for (const [ws, rel, code] of cases) {
    await import_strict.default.rejects((0, import_overrides.discoverOverrides)(path.join(root, ws)), (e) => {
      import_strict.default.ok((0, import_userError.isUserError)(e));
      import_strict.default.equal(e.code, code, ws);
      import_strict.default.ok(e.message.includes(path.join(root, ws, ".portage", rel)), e.message);
      import_strict.default.ok(e.action);
      return true;
    });
  }
});
(0, import_node_test.test)("Portage ignores hidden files and editor backups", () => {
  for (const n of [".hidden", "x~", ".#x", ".x.swp", "x.swp"]) import_strict.default.ok((0, import_overrides.isIgnoredOverrideFile)(n), n);
  for (const n of ["custom", "zz-x", "a.conf"]) import_strict.default.ok(!(0, import_overrides.isIgnoredOverrideFile)(n), n);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L292ZXJyaWRlcy50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IGRpc2NvdmVyT3ZlcnJpZGVzLCBpc0lnbm9yZWRPdmVycmlkZUZpbGUsIHJlYWRPdmVycmlkZUxpbmVzIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvb3ZlcnJpZGVzJztcbmltcG9ydCB7IG1ha2VUZW1wRGlyLCB3cml0ZVRyZWUgfSBmcm9tICcuLi9oZWxwZXJzL2ZzVHJlZSc7XG5cbnRlc3QoJ2EgbWlzc2luZyBvdmVycmlkZXMgZm9sZGVyIGdpdmVzIGFuIGVtcHR5IHNldCcsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgY29uc3Qgc2V0ID0gYXdhaXQgZGlzY292ZXJPdmVycmlkZXMocm9vdCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoc2V0LCB7IHJvb3Q6IHBhdGguam9pbihyb290LCAnLnBvcnRhZ2UnKSwgc291cmNlczogW10gfSk7XG59KTtcblxudGVzdCgnZmlsZXMgYW5kIGRpcmVjdG9yaWVzIG9mIGV2ZXJ5IGtpbmQsIGtleXdvcmRzIGFsaWFzLCBlbnYvIGFuZCBtYWtlLmNvbmYnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIHdyaXRlVHJlZShyb290LCB7XG4gICAgJy5wb3J0YWdlL3BhY2thZ2UudXNlL3p6LWxhc3QnOiAnYXBwLW1pc2MvYiBzc2xcXG4nLFxuICAgICcucG9ydGFnZS9wYWNrYWdlLnVzZS8wMC1maXJzdCc6ICdhcHAtbWlzYy9hIC1YJyxcbiAgICAnLnBvcnRhZ2UvcGFja2FnZS51c2Uvc3ViIGRpci9tXHUwMEVGZGRsZSc6ICdhcHAtbWlzYy9jIGd0a1xcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UudXNlLy5oaWRkZW4nOiAnbm9wZVxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UudXNlL2JhY2t1cH4nOiAnbm9wZVxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UudXNlLy4jbG9jayc6ICdub3BlXFxuJyxcbiAgICAnLnBvcnRhZ2UvcGFja2FnZS51c2UvLjAwLWZpcnN0LnN3cCc6ICdub3BlXFxuJyxcbiAgICAnLnBvcnRhZ2UvcGFja2FnZS5tYXNrJzogJz49YXBwLW1pc2MvaGVsbG8tMlxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UudW5tYXNrJzogJ2FwcC1taXNjL21hc2tlZFxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2Uua2V5d29yZHMnOiAnYXBwLW1pc2Mvb2xkIH5hbWQ2NFxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UuYWNjZXB0X2tleXdvcmRzL3Rlc3RpbmcnOiAnYXBwLW1pc2MvdGVzdGluZyB+YW1kNjRcXG4nLFxuICAgICcucG9ydGFnZS9wYWNrYWdlLmxpY2Vuc2UnOiAnYXBwLW1pc2MvZXVsYSBUZXN0RVVMQVxcbicsXG4gICAgJy5wb3J0YWdlL3BhY2thZ2UuZW52JzogJ2FwcC1taXNjL2hlbGxvIGRlYnVnLmNvbmZcXG4nLFxuICAgICcucG9ydGFnZS9lbnYvZGVidWcuY29uZic6ICdDRkxBR1M9XCItTzAgLWdcIlxcbicsXG4gICAgJy5wb3J0YWdlL21ha2UuY29uZic6ICdGRUFUVVJFUz1cInRlc3RcIlxcbicsXG4gIH0pO1xuICBjb25zdCBzZXQgPSBhd2FpdCBkaXNjb3Zlck92ZXJyaWRlcyhyb290KTtcbiAgY29uc3QgcCA9IChyZWw6IHN0cmluZykgPT4gcGF0aC5qb2luKHJvb3QsICcucG9ydGFnZScsIHJlbCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoc2V0LnNvdXJjZXMsIFtcbiAgICB7IGtpbmQ6ICd1c2UnLCBwYXRoOiBwKCdwYWNrYWdlLnVzZS8wMC1maXJzdCcpLCBpc0RpcmVjdG9yeTogdHJ1ZSB9LFxuICAgIHsga2luZDogJ3VzZScsIHBhdGg6IHAoJ3BhY2thZ2UudXNlL3N1YiBkaXIvbVx1MDBFRmRkbGUnKSwgaXNEaXJlY3Rvcnk6IHRydWUgfSxcbiAgICB7IGtpbmQ6ICd1c2UnLCBwYXRoOiBwKCdwYWNrYWdlLnVzZS96ei1sYXN0JyksIGlzRGlyZWN0b3J5OiB0cnVlIH0sXG4gICAgeyBraW5kOiAnbWFzaycsIHBhdGg6IHAoJ3BhY2thZ2UubWFzaycpLCBpc0RpcmVjdG9yeTogZmFsc2UgfSxcbiAgICB7IGtpbmQ6ICd1bm1hc2snLCBwYXRoOiBwKCdwYWNrYWdlLnVubWFzaycpLCBpc0RpcmVjdG9yeTogZmFsc2UgfSxcbiAgICB7IGtpbmQ6ICdlbnYnLCBwYXRoOiBwKCdwYWNrYWdlLmVudicpLCBpc0RpcmVjdG9yeTogZmFsc2UgfSxcbiAgICB7IGtpbmQ6ICdhY2NlcHRfa2V5d29yZHMnLCBwYXRoOiBwKCdwYWNrYWdlLmtleXdvcmRzJyksIGlzRGlyZWN0b3J5OiBmYWxzZSB9LFxuICAgIHsga2luZDogJ2FjY2VwdF9rZXl3b3JkcycsIHBhdGg6IHAoJ3BhY2thZ2UuYWNjZXB0X2tleXdvcmRzL3Rlc3RpbmcnKSwgaXNEaXJlY3Rvcnk6IHRydWUgfSxcbiAgICB7IGtpbmQ6ICdsaWNlbnNlJywgcGF0aDogcCgncGFja2FnZS5saWNlbnNlJyksIGlzRGlyZWN0b3J5OiBmYWxzZSB9LFxuICBdKTtcbiAgYXNzZXJ0LmVxdWFsKHNldC5lbnZEaXIsIHAoJ2VudicpKTtcbiAgYXNzZXJ0LmVxdWFsKHNldC5tYWtlQ29uZiwgcCgnbWFrZS5jb25mJykpO1xuICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZE92ZXJyaWRlTGluZXMoc2V0LCAndXNlJyksICdhcHAtbWlzYy9hIC1YXFxuYXBwLW1pc2MvYyBndGtcXG5hcHAtbWlzYy9iIHNzbFxcbicpO1xuICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZE92ZXJyaWRlTGluZXMoc2V0LCAnYWNjZXB0X2tleXdvcmRzJyksICdhcHAtbWlzYy9vbGQgfmFtZDY0XFxuYXBwLW1pc2MvdGVzdGluZyB+YW1kNjRcXG4nKTtcbiAgYXNzZXJ0LmVxdWFsKGF3YWl0IHJlYWRPdmVycmlkZUxpbmVzKHNldCwgJ21hc2snKSwgJz49YXBwLW1pc2MvaGVsbG8tMlxcbicpO1xufSk7XG5cbnRlc3QoJ2EgY29uZmlndXJhYmxlIG92ZXJyaWRlcyBmb2xkZXIgaXMgdXNlZCcsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgJ2NvbmYvcG9ydGFnZS9wYWNrYWdlLnVzZSc6ICdhcHAtbWlzYy9oZWxsbyBzc2xcXG4nLCAnLnBvcnRhZ2UvcGFja2FnZS51c2UnOiAnb3RoZXJcXG4nIH0pO1xuICBjb25zdCBzZXQgPSBhd2FpdCBkaXNjb3Zlck92ZXJyaWRlcyhyb290LCAnY29uZi9wb3J0YWdlJyk7XG4gIGFzc2VydC5kZWVwRXF1YWwoc2V0LnNvdXJjZXMubWFwKChzKSA9PiBzLnBhdGgpLCBbcGF0aC5qb2luKHJvb3QsICdjb25mL3BvcnRhZ2UvcGFja2FnZS51c2UnKV0pO1xufSk7XG5cbi8vIFdlIHJ1biBhcyByb290LCBzbyBjaG1vZCAwMDAgd291bGQgbm90IHN0b3AgcmVhZHM6IHVucmVhZGFibGUgZmlsZXMgYXJlIHNpbXVsYXRlZCB3aXRoIGEgZGFuZ2xpbmdcbi8vIHN5bWxpbmsgYW5kIHdpdGggYSBmb2xkZXIgd2hlcmUgYSBmaWxlIGlzIGV4cGVjdGVkLlxudGVzdCgnYW4gdW5yZWFkYWJsZSBvdmVycmlkZSBmaWxlIGlzIGEgVXNlckVycm9yIG5hbWluZyBpdCcsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgJ2EvLnBvcnRhZ2UvcGFja2FnZS51c2UnOiB7IGxpbms6ICdtaXNzaW5nLXRhcmdldCcgfSB9KTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgJ2IvLnBvcnRhZ2UvcGFja2FnZS5tYXNrL2lubmVyJzogeyBsaW5rOiAnL25vbmV4aXN0ZW50L2ZpbGUnIH0gfSk7XG4gIHdyaXRlVHJlZShyb290LCB7ICdjLy5wb3J0YWdlL21ha2UuY29uZi9vb3BzJzogJ3gnIH0pO1xuICB3cml0ZVRyZWUocm9vdCwgeyAnZC8ucG9ydGFnZS9lbnYnOiAnbm90IGEgZm9sZGVyJyB9KTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgJ2UvLnBvcnRhZ2UnOiAnYSBmaWxlJyB9KTtcbiAgY29uc3QgY2FzZXM6IFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXVtdID0gW1xuICAgIFsnYScsICdwYWNrYWdlLnVzZScsICd1bnJlYWRhYmxlLW92ZXJyaWRlJ10sIFsnYicsICdwYWNrYWdlLm1hc2svaW5uZXInLCAndW5yZWFkYWJsZS1vdmVycmlkZSddLFxuICAgIFsnYycsICdtYWtlLmNvbmYnLCAndW5yZWFkYWJsZS1vdmVycmlkZSddLCBbJ2QnLCAnZW52JywgJ2Vudi1ub3QtYS1mb2xkZXInXSwgWydlJywgJycsICdvdmVycmlkZXMtbm90LWEtZm9sZGVyJ10sXG4gIF07XG4gIGZvciAoY29uc3QgW3dzLCByZWwsIGNvZGVdIG9mIGNhc2VzKSB7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoZGlzY292ZXJPdmVycmlkZXMocGF0aC5qb2luKHJvb3QsIHdzKSksIChlOiB1bmtub3duKSA9PiB7XG4gICAgICBhc3NlcnQub2soaXNVc2VyRXJyb3IoZSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGUuY29kZSwgY29kZSwgd3MpO1xuICAgICAgYXNzZXJ0Lm9rKGUubWVzc2FnZS5pbmNsdWRlcyhwYXRoLmpvaW4ocm9vdCwgd3MsICcucG9ydGFnZScsIHJlbCkpLCBlLm1lc3NhZ2UpO1xuICAgICAgYXNzZXJ0Lm9rKGUuYWN0aW9uKTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH0pO1xuICB9XG59KTtcblxudGVzdCgnUG9ydGFnZSBpZ25vcmVzIGhpZGRlbiBmaWxlcyBhbmQgZWRpdG9yIGJhY2t1cHMnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgbiBvZiBbJy5oaWRkZW4nLCAneH4nLCAnLiN4JywgJy54LnN3cCcsICd4LnN3cCddKSBhc3NlcnQub2soaXNJZ25vcmVkT3ZlcnJpZGVGaWxlKG4pLCBuKTtcbiAgZm9yIChjb25zdCBuIG9mIFsnY3VzdG9tJywgJ3p6LXgnLCAnYS5jb25mJ10pIGFzc2VydC5vayghaXNJZ25vcmVkT3ZlcnJpZGVGaWxlKG4pLCBuKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLFdBQXNCO0FBQ3RCLHVCQUE0QjtBQUM1Qix1QkFBNEU7QUFDNUUsb0JBQXVDO0FBQUEsSUFFdkMsdUJBQUssaURBQWlELE9BQU8sTUFBTTtBQUNqRSxRQUFNLEVBQUUsTUFBTSxRQUFRLFFBQUksMkJBQVk7QUFDdEMsSUFBRSxNQUFNLE9BQU87QUFDZixRQUFNLE1BQU0sVUFBTSxvQ0FBa0IsSUFBSTtBQUN4QyxnQkFBQUEsUUFBTyxVQUFVLEtBQUssRUFBRSxNQUFNLEtBQUssS0FBSyxNQUFNLFVBQVUsR0FBRyxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQzFFLENBQUM7QUFBQSxJQUVELHVCQUFLLDJFQUEyRSxPQUFPLE1BQU07QUFDM0YsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTTtBQUFBLElBQ2QsZ0NBQWdDO0FBQUEsSUFDaEMsaUNBQWlDO0FBQUEsSUFDakMsMENBQXVDO0FBQUEsSUFDdkMsZ0NBQWdDO0FBQUEsSUFDaEMsZ0NBQWdDO0FBQUEsSUFDaEMsK0JBQStCO0FBQUEsSUFDL0Isc0NBQXNDO0FBQUEsSUFDdEMseUJBQXlCO0FBQUEsSUFDekIsMkJBQTJCO0FBQUEsSUFDM0IsNkJBQTZCO0FBQUEsSUFDN0IsNENBQTRDO0FBQUEsSUFDNUMsNEJBQTRCO0FBQUEsSUFDNUIsd0JBQXdCO0FBQUEsSUFDeEIsMkJBQTJCO0FBQUEsSUFDM0Isc0JBQXNCO0FBQUEsRUFDeEIsQ0FBQztBQUNELFFBQU0sTUFBTSxVQUFNLG9DQUFrQixJQUFJO0FBQ3hDLFFBQU0sSUFBSSxDQUFDLFFBQWdCLEtBQUssS0FBSyxNQUFNLFlBQVksR0FBRztBQUMxRCxnQkFBQUEsUUFBTyxVQUFVLElBQUksU0FBUztBQUFBLElBQzVCLEVBQUUsTUFBTSxPQUFPLE1BQU0sRUFBRSxzQkFBc0IsR0FBRyxhQUFhLEtBQUs7QUFBQSxJQUNsRSxFQUFFLE1BQU0sT0FBTyxNQUFNLEVBQUUsK0JBQTRCLEdBQUcsYUFBYSxLQUFLO0FBQUEsSUFDeEUsRUFBRSxNQUFNLE9BQU8sTUFBTSxFQUFFLHFCQUFxQixHQUFHLGFBQWEsS0FBSztBQUFBLElBQ2pFLEVBQUUsTUFBTSxRQUFRLE1BQU0sRUFBRSxjQUFjLEdBQUcsYUFBYSxNQUFNO0FBQUEsSUFDNUQsRUFBRSxNQUFNLFVBQVUsTUFBTSxFQUFFLGdCQUFnQixHQUFHLGFBQWEsTUFBTTtBQUFBLElBQ2hFLEVBQUUsTUFBTSxPQUFPLE1BQU0sRUFBRSxhQUFhLEdBQUcsYUFBYSxNQUFNO0FBQUEsSUFDMUQsRUFBRSxNQUFNLG1CQUFtQixNQUFNLEVBQUUsa0JBQWtCLEdBQUcsYUFBYSxNQUFNO0FBQUEsSUFDM0UsRUFBRSxNQUFNLG1CQUFtQixNQUFNLEVBQUUsaUNBQWlDLEdBQUcsYUFBYSxLQUFLO0FBQUEsSUFDekYsRUFBRSxNQUFNLFdBQVcsTUFBTSxFQUFFLGlCQUFpQixHQUFHLGFBQWEsTUFBTTtBQUFBLEVBQ3BFLENBQUM7QUFDRCxnQkFBQUEsUUFBTyxNQUFNLElBQUksUUFBUSxFQUFFLEtBQUssQ0FBQztBQUNqQyxnQkFBQUEsUUFBTyxNQUFNLElBQUksVUFBVSxFQUFFLFdBQVcsQ0FBQztBQUN6QyxnQkFBQUEsUUFBTyxNQUFNLFVBQU0sb0NBQWtCLEtBQUssS0FBSyxHQUFHLGlEQUFpRDtBQUNuRyxnQkFBQUEsUUFBTyxNQUFNLFVBQU0sb0NBQWtCLEtBQUssaUJBQWlCLEdBQUcsZ0RBQWdEO0FBQzlHLGdCQUFBQSxRQUFPLE1BQU0sVUFBTSxvQ0FBa0IsS0FBSyxNQUFNLEdBQUcsc0JBQXNCO0FBQzNFLENBQUM7QUFBQSxJQUVELHVCQUFLLDJDQUEyQyxPQUFPLE1BQU07QUFDM0QsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLDRCQUE0Qix3QkFBd0Isd0JBQXdCLFVBQVUsQ0FBQztBQUN6RyxRQUFNLE1BQU0sVUFBTSxvQ0FBa0IsTUFBTSxjQUFjO0FBQ3hELGdCQUFBQSxRQUFPLFVBQVUsSUFBSSxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLLE1BQU0sMEJBQTBCLENBQUMsQ0FBQztBQUNoRyxDQUFDO0FBQUEsSUFJRCx1QkFBSyx3REFBd0QsT0FBTyxNQUFNO0FBQ3hFLFFBQU0sRUFBRSxNQUFNLFFBQVEsUUFBSSwyQkFBWTtBQUN0QyxJQUFFLE1BQU0sT0FBTztBQUNmLCtCQUFVLE1BQU0sRUFBRSwwQkFBMEIsRUFBRSxNQUFNLGlCQUFpQixFQUFFLENBQUM7QUFDeEUsK0JBQVUsTUFBTSxFQUFFLGlDQUFpQyxFQUFFLE1BQU0sb0JBQW9CLEVBQUUsQ0FBQztBQUNsRiwrQkFBVSxNQUFNLEVBQUUsNkJBQTZCLElBQUksQ0FBQztBQUNwRCwrQkFBVSxNQUFNLEVBQUUsa0JBQWtCLGVBQWUsQ0FBQztBQUNwRCwrQkFBVSxNQUFNLEVBQUUsY0FBYyxTQUFTLENBQUM7QUFDMUMsUUFBTSxRQUFvQztBQUFBLElBQ3hDLENBQUMsS0FBSyxlQUFlLHFCQUFxQjtBQUFBLElBQUcsQ0FBQyxLQUFLLHNCQUFzQixxQkFBcUI7QUFBQSxJQUM5RixDQUFDLEtBQUssYUFBYSxxQkFBcUI7QUFBQSxJQUFHLENBQUMsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLElBQUcsQ0FBQyxLQUFLLElBQUksd0JBQXdCO0FBQUEsRUFDakg7QUFDQSxhQUFXLENBQUMsSUFBSSxLQUFLLElBQUksS0FBSyxPQUFPO0FBQ25DLFVBQU0sY0FBQUEsUUFBTyxZQUFRLG9DQUFrQixLQUFLLEtBQUssTUFBTSxFQUFFLENBQUMsR0FBRyxDQUFDLE1BQWU7QUFDM0Usb0JBQUFBLFFBQU8sT0FBRyw4QkFBWSxDQUFDLENBQUM7QUFDeEIsb0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sTUFBTSxFQUFFO0FBQzdCLG9CQUFBQSxRQUFPLEdBQUcsRUFBRSxRQUFRLFNBQVMsS0FBSyxLQUFLLE1BQU0sSUFBSSxZQUFZLEdBQUcsQ0FBQyxHQUFHLEVBQUUsT0FBTztBQUM3RSxvQkFBQUEsUUFBTyxHQUFHLEVBQUUsTUFBTTtBQUNsQixhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLG1EQUFtRCxNQUFNO0FBQzVELGFBQVcsS0FBSyxDQUFDLFdBQVcsTUFBTSxPQUFPLFVBQVUsT0FBTyxFQUFHLGVBQUFBLFFBQU8sT0FBRyx3Q0FBc0IsQ0FBQyxHQUFHLENBQUM7QUFDbEcsYUFBVyxLQUFLLENBQUMsVUFBVSxRQUFRLFFBQVEsRUFBRyxlQUFBQSxRQUFPLEdBQUcsS0FBQyx3Q0FBc0IsQ0FBQyxHQUFHLENBQUM7QUFDdEYsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
