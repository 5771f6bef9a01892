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
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
const ROOT = (0, import_node_path.resolve)(__dirname, "..", "..", "..");
const FIXTURE = (0, import_node_path.join)(ROOT, "test", "fixtures", "lsp-repo");
const nvimAvailable = (0, import_node_child_process.spawnSync)("nvim", ["--version"]).status === 0;
function luaString(s) {
  return JSON.stringify(s);
}
(0, import_node_test.describe)("neovim built-in LSP client", { skip: nvimAvailable ? false : "nvim not installed (apt-get install neovim)" }, () => {
  let tmp;
  let REPO;
  (0, import_node_test.before)(() => {
    tmp = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "ebuild-nvim-"));
    REPO = (0, import_node_path.join)(tmp, "lsp-repo");
    (0, import_node_fs.cpSync)(FIXTURE, REPO, { recursive: true });
  });
  (0, import_node_test.after)(() => (0, import_node_fs.rmSync)(tmp, { recursive: true, force: true }));
  (0, import_node_test.it)("receives diagnostics and completion for an ebuild", async () => {
    const ebuildPath = (0, import_node_path.join)(REPO, "overlay", "app-misc", "hello", "hello-5.ebuild");
    (0, import_node_fs.writeFileSync)(ebuildPath, [
      "EAPI=8",
      "inherit fancybuild",
      'DESCRIPTION="x"',
      'LICENSE="MIT"',
      'SLOT="0"',
      'KEYWORDS="~amd64 ~sparc"',
      'IUSE="ssl"',
      "src_install() {",
      "	use ",
      "}",
      ""
    ].join("\n"));
    const out = (0, import_node_path.join)(tmp, "result.json");
    const lua = `
local client_id = vim.lsp.start_client({
  name = 'ebuild-builder-ls',
  cmd = { ${luaString(process.execPath)}, ${luaString((0, import_node_path.join)(ROOT, "bin", "ebuild-builder-ls.js"))}, '--stdio' },
  root_dir = ${luaString((0, import_node_path.join)(REPO, "overlay"))},
  init_options = { repositories = { ${luaString((0, import_node_path.join)(REPO, "gentoo"))} }, shellcheck = { enable = false } },
})
vim.cmd('edit ' .. vim.fn.fnameescape(${luaString(ebuildPath)}))
vim.lsp.buf_attach_client(0, client_id)
local result = { diagnostics = {}, completion = {} }
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message })
end
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 8, character = 5 } }
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 20000) or {}
for _, r in pairs(responses) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
end
vim.fn.writefile({ vim.fn.json_encode(result) }, ${luaString(out)})
vim.cmd('qa!')
`;
    const script = (0, import_node_path.join)(tmp, "init.lua");
    (0, import_node_fs.writeFileSync)(script, lua);
    {
      const nvim = (0, import_node_child_process.spawn)("nvim", ["--headless", "--clean", "-n", "-c", `luafile ${script}`], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      nvim.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
      const guard = setTimeout(() => nvim.kill(), 6e4);
      const code = await new Promise((r) => nvim.on("exit", r));
      clearTimeout(guard);
      const result = JSON.parse((0, import_node_fs.readFileSync)(out, "utf8"));
      import_strict.default.equal(code, 0, stderr);
      import_strict.default.ok(result.diagnostics.some((d) => d.lnum === 5 && /"sparc" is not an arch/.test(d.message)), JSON.stringify(result));
      import_strict.default.deepEqual([...result.completion].sort(), ["ssl", "test"]);
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9sc3AtbmVvdmltLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogQSBzZWNvbmQgTFNQIGNsaWVudDogcmVhbCBgbnZpbSAtLWhlYWRsZXNzYCB3aXRoIGl0cyBidWlsdC1pbiBjbGllbnQgYXR0YWNoZWQgdG8gb3VyIHNlcnZlci5cbiAqIFRoZSBMdWEgc2NyaXB0IHdhaXRzICh2aW0ud2FpdCkgZm9yIGRpYWdub3N0aWNzLCBhc2tzIGZvciBjb21wbGV0aW9uLCB3cml0ZXMgd2hhdCBpdCBnb3QgYXMgSlNPTiBhbmQgcXVpdHMuXG4gKi9cbmltcG9ydCB7IGFmdGVyLCBiZWZvcmUsIGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBzcGF3biwgc3Bhd25TeW5jIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNwU3luYywgbWtkdGVtcFN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuXG5jb25zdCBST09UID0gcmVzb2x2ZShfX2Rpcm5hbWUsICcuLicsICcuLicsICcuLicpO1xuY29uc3QgRklYVFVSRSA9IGpvaW4oUk9PVCwgJ3Rlc3QnLCAnZml4dHVyZXMnLCAnbHNwLXJlcG8nKTtcbmNvbnN0IG52aW1BdmFpbGFibGUgPSBzcGF3blN5bmMoJ252aW0nLCBbJy0tdmVyc2lvbiddKS5zdGF0dXMgPT09IDA7XG5cbmZ1bmN0aW9uIGx1YVN0cmluZyhzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkocyk7XG59XG5cbmRlc2NyaWJlKCduZW92aW0gYnVpbHQtaW4gTFNQIGNsaWVudCcsIHsgc2tpcDogbnZpbUF2YWlsYWJsZSA/IGZhbHNlIDogJ252aW0gbm90IGluc3RhbGxlZCAoYXB0LWdldCBpbnN0YWxsIG5lb3ZpbSknIH0sICgpID0+IHtcbiAgbGV0IHRtcDogc3RyaW5nO1xuICBsZXQgUkVQTzogc3RyaW5nO1xuICBiZWZvcmUoKCkgPT4ge1xuICAgIHRtcCA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICdlYnVpbGQtbnZpbS0nKSk7XG4gICAgUkVQTyA9IGpvaW4odG1wLCAnbHNwLXJlcG8nKTtcbiAgICBjcFN5bmMoRklYVFVSRSwgUkVQTywgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIH0pO1xuICBhZnRlcigoKSA9PiBybVN5bmModG1wLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSkpO1xuXG4gIGl0KCdyZWNlaXZlcyBkaWFnbm9zdGljcyBhbmQgY29tcGxldGlvbiBmb3IgYW4gZWJ1aWxkJywgYXN5bmMgKCkgPT4ge1xuICAgIC8vIHRoZSBlYnVpbGQgbGl2ZXMgaW4gYSBjb3B5IG9mIHRoZSBvdmVybGF5IGZpeHR1cmUsIHNvIHRoZSBzZXJ2ZXIgZmluZHMgaXRzIHJlcG9zaXRvcnkgYW5kIG1hc3RlcnNcbiAgICBjb25zdCBlYnVpbGRQYXRoID0gam9pbihSRVBPLCAnb3ZlcmxheScsICdhcHAtbWlzYycsICdoZWxsbycsICdoZWxsby01LmVidWlsZCcpO1xuICAgIHdyaXRlRmlsZVN5bmMoZWJ1aWxkUGF0aCwgWydFQVBJPTgnLCAnaW5oZXJpdCBmYW5jeWJ1aWxkJywgJ0RFU0NSSVBUSU9OPVwieFwiJywgJ0xJQ0VOU0U9XCJNSVRcIicsICdTTE9UPVwiMFwiJywgJ0tFWVdPUkRTPVwifmFtZDY0IH5zcGFyY1wiJywgJ0lVU0U9XCJzc2xcIicsXG4gICAgICAnc3JjX2luc3RhbGwoKSB7JywgJ1xcdHVzZSAnLCAnfScsICcnXS5qb2luKCdcXG4nKSk7XG4gICAgY29uc3Qgb3V0ID0gam9pbih0bXAsICdyZXN1bHQuanNvbicpO1xuICAgIGNvbnN0IGx1YSA9IGBcbmxvY2FsIGNsaWVudF9pZCA9IHZpbS5sc3Auc3RhcnRfY2xpZW50KHtcbiAgbmFtZSA9ICdlYnVpbGQtYnVpbGRlci1scycsXG4gIGNtZCA9IHsgJHtsdWFTdHJpbmcocHJvY2Vzcy5leGVjUGF0aCl9LCAke2x1YVN0cmluZyhqb2luKFJPT1QsICdiaW4nLCAnZWJ1aWxkLWJ1aWxkZXItbHMuanMnKSl9LCAnLS1zdGRpbycgfSxcbiAgcm9vdF9kaXIgPSAke2x1YVN0cmluZyhqb2luKFJFUE8sICdvdmVybGF5JykpfSxcbiAgaW5pdF9vcHRpb25zID0geyByZXBvc2l0b3JpZXMgPSB7ICR7bHVhU3RyaW5nKGpvaW4oUkVQTywgJ2dlbnRvbycpKX0gfSwgc2hlbGxjaGVjayA9IHsgZW5hYmxlID0gZmFsc2UgfSB9LFxufSlcbnZpbS5jbWQoJ2VkaXQgJyAuLiB2aW0uZm4uZm5hbWVlc2NhcGUoJHtsdWFTdHJpbmcoZWJ1aWxkUGF0aCl9KSlcbnZpbS5sc3AuYnVmX2F0dGFjaF9jbGllbnQoMCwgY2xpZW50X2lkKVxubG9jYWwgcmVzdWx0ID0geyBkaWFnbm9zdGljcyA9IHt9LCBjb21wbGV0aW9uID0ge30gfVxudmltLndhaXQoMjAwMDAsIGZ1bmN0aW9uKCkgcmV0dXJuICN2aW0uZGlhZ25vc3RpYy5nZXQoMCkgPiAwIGVuZCwgNTApXG5mb3IgXywgZCBpbiBpcGFpcnModmltLmRpYWdub3N0aWMuZ2V0KDApKSBkb1xuICB0YWJsZS5pbnNlcnQocmVzdWx0LmRpYWdub3N0aWNzLCB7IGxudW0gPSBkLmxudW0sIGNvbCA9IGQuY29sLCBtZXNzYWdlID0gZC5tZXNzYWdlIH0pXG5lbmRcbmxvY2FsIHBhcmFtcyA9IHsgdGV4dERvY3VtZW50ID0geyB1cmkgPSB2aW0udXJpX2Zyb21fYnVmbnIoMCkgfSwgcG9zaXRpb24gPSB7IGxpbmUgPSA4LCBjaGFyYWN0ZXIgPSA1IH0gfVxubG9jYWwgcmVzcG9uc2VzID0gdmltLmxzcC5idWZfcmVxdWVzdF9zeW5jKDAsICd0ZXh0RG9jdW1lbnQvY29tcGxldGlvbicsIHBhcmFtcywgMjAwMDApIG9yIHt9XG5mb3IgXywgciBpbiBwYWlycyhyZXNwb25zZXMpIGRvXG4gIGxvY2FsIGl0ZW1zID0gci5yZXN1bHQgYW5kIChyLnJlc3VsdC5pdGVtcyBvciByLnJlc3VsdCkgb3Ige31cbiAgZm9yIF8sIGl0ZW0gaW4gaXBhaXJzKGl0ZW1zKSBkbyB0YWJsZS5pbnNlcnQocmVzdWx0LmNvbXBsZXRpb24sIGl0ZW0ubGFiZWwpIGVuZFxuZW5kXG52aW0uZm4ud3JpdGVmaWxlKHsgdmltLmZuLmpzb25fZW5jb2RlKHJlc3VsdCkgfSwgJHtsdWFTdHJpbmcob3V0KX0pXG52aW0uY21kKCdxYSEnKVxuYDtcbiAgICBjb25zdCBzY3JpcHQgPSBqb2luKHRtcCwgJ2luaXQubHVhJyk7XG4gICAgd3JpdGVGaWxlU3luYyhzY3JpcHQsIGx1YSk7XG4gICAge1xuICAgICAgY29uc3QgbnZpbSA9IHNwYXduKCdudmltJywgWyctLWhlYWRsZXNzJywgJy0tY2xlYW4nLCAnLW4nLCAnLWMnLCBgbHVhZmlsZSAke3NjcmlwdH1gXSwgeyBzdGRpbzogWydpZ25vcmUnLCAncGlwZScsICdwaXBlJ10gfSk7XG4gICAgICBsZXQgc3RkZXJyID0gJyc7XG4gICAgICBudmltLnN0ZGVyci5zZXRFbmNvZGluZygndXRmOCcpLm9uKCdkYXRhJywgKGQ6IHN0cmluZykgPT4gKHN0ZGVyciArPSBkKSk7XG4gICAgICBjb25zdCBndWFyZCA9IHNldFRpbWVvdXQoKCkgPT4gbnZpbS5raWxsKCksIDYwMDAwKTtcbiAgICAgIGNvbnN0IGNvZGUgPSBhd2FpdCBuZXcgUHJvbWlzZTxudW1iZXIgfCBudWxsPigocikgPT4gbnZpbS5vbignZXhpdCcsIHIpKTtcbiAgICAgIGNsZWFyVGltZW91dChndWFyZCk7XG4gICAgICBjb25zdCByZXN1bHQgPSBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhvdXQsICd1dGY4JykpIGFzIHsgZGlhZ25vc3RpY3M6IHsgbG51bTogbnVtYmVyOyBjb2w6IG51bWJlcjsgbWVzc2FnZTogc3RyaW5nIH1bXTsgY29tcGxldGlvbjogc3RyaW5nW10gfTtcbiAgICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBzdGRlcnIpO1xuICAgICAgYXNzZXJ0Lm9rKHJlc3VsdC5kaWFnbm9zdGljcy5zb21lKChkKSA9PiBkLmxudW0gPT09IDUgJiYgL1wic3BhcmNcIiBpcyBub3QgYW4gYXJjaC8udGVzdChkLm1lc3NhZ2UpKSwgSlNPTi5zdHJpbmdpZnkocmVzdWx0KSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKFsuLi5yZXN1bHQuY29tcGxldGlvbl0uc29ydCgpLCBbJ3NzbCcsICd0ZXN0J10pO1xuICAgIH1cbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBSUEsdUJBQTRDO0FBQzVDLG9CQUFtQjtBQUNuQixnQ0FBaUM7QUFDakMscUJBQXlFO0FBQ3pFLHFCQUF1QjtBQUN2Qix1QkFBOEI7QUFFOUIsTUFBTSxXQUFPLDBCQUFRLFdBQVcsTUFBTSxNQUFNLElBQUk7QUFDaEQsTUFBTSxjQUFVLHVCQUFLLE1BQU0sUUFBUSxZQUFZLFVBQVU7QUFDekQsTUFBTSxvQkFBZ0IscUNBQVUsUUFBUSxDQUFDLFdBQVcsQ0FBQyxFQUFFLFdBQVc7QUFFbEUsU0FBUyxVQUFVLEdBQW1CO0FBQ3BDLFNBQU8sS0FBSyxVQUFVLENBQUM7QUFDekI7QUFBQSxJQUVBLDJCQUFTLDhCQUE4QixFQUFFLE1BQU0sZ0JBQWdCLFFBQVEsOENBQThDLEdBQUcsTUFBTTtBQUM1SCxNQUFJO0FBQ0osTUFBSTtBQUNKLCtCQUFPLE1BQU07QUFDWCxjQUFNLGdDQUFZLDJCQUFLLHVCQUFPLEdBQUcsY0FBYyxDQUFDO0FBQ2hELGVBQU8sdUJBQUssS0FBSyxVQUFVO0FBQzNCLCtCQUFPLFNBQVMsTUFBTSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQUEsRUFDM0MsQ0FBQztBQUNELDhCQUFNLFVBQU0sdUJBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBRXpELDJCQUFHLHFEQUFxRCxZQUFZO0FBRWxFLFVBQU0saUJBQWEsdUJBQUssTUFBTSxXQUFXLFlBQVksU0FBUyxnQkFBZ0I7QUFDOUUsc0NBQWMsWUFBWTtBQUFBLE1BQUM7QUFBQSxNQUFVO0FBQUEsTUFBc0I7QUFBQSxNQUFtQjtBQUFBLE1BQWlCO0FBQUEsTUFBWTtBQUFBLE1BQTRCO0FBQUEsTUFDckk7QUFBQSxNQUFtQjtBQUFBLE1BQVU7QUFBQSxNQUFLO0FBQUEsSUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQ2xELFVBQU0sVUFBTSx1QkFBSyxLQUFLLGFBQWE7QUFDbkMsVUFBTSxNQUFNO0FBQUE7QUFBQTtBQUFBLFlBR0osVUFBVSxRQUFRLFFBQVEsQ0FBQyxLQUFLLGNBQVUsdUJBQUssTUFBTSxPQUFPLHNCQUFzQixDQUFDLENBQUM7QUFBQSxlQUNqRixjQUFVLHVCQUFLLE1BQU0sU0FBUyxDQUFDLENBQUM7QUFBQSxzQ0FDVCxjQUFVLHVCQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQTtBQUFBLHdDQUU3QixVQUFVLFVBQVUsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLG1EQWFWLFVBQVUsR0FBRyxDQUFDO0FBQUE7QUFBQTtBQUc3RCxVQUFNLGFBQVMsdUJBQUssS0FBSyxVQUFVO0FBQ25DLHNDQUFjLFFBQVEsR0FBRztBQUN6QjtBQUNFLFlBQU0sV0FBTyxpQ0FBTSxRQUFRLENBQUMsY0FBYyxXQUFXLE1BQU0sTUFBTSxXQUFXLE1BQU0sRUFBRSxHQUFHLEVBQUUsT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUM1SCxVQUFJLFNBQVM7QUFDYixXQUFLLE9BQU8sWUFBWSxNQUFNLEVBQUUsR0FBRyxRQUFRLENBQUMsTUFBZSxVQUFVLENBQUU7QUFDdkUsWUFBTSxRQUFRLFdBQVcsTUFBTSxLQUFLLEtBQUssR0FBRyxHQUFLO0FBQ2pELFlBQU0sT0FBTyxNQUFNLElBQUksUUFBdUIsQ0FBQyxNQUFNLEtBQUssR0FBRyxRQUFRLENBQUMsQ0FBQztBQUN2RSxtQkFBYSxLQUFLO0FBQ2xCLFlBQU0sU0FBUyxLQUFLLFVBQU0sNkJBQWEsS0FBSyxNQUFNLENBQUM7QUFDbkQsb0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsTUFBTTtBQUM1QixvQkFBQUEsUUFBTyxHQUFHLE9BQU8sWUFBWSxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyx5QkFBeUIsS0FBSyxFQUFFLE9BQU8sQ0FBQyxHQUFHLEtBQUssVUFBVSxNQUFNLENBQUM7QUFDMUgsb0JBQUFBLFFBQU8sVUFBVSxDQUFDLEdBQUcsT0FBTyxVQUFVLEVBQUUsS0FBSyxHQUFHLENBQUMsT0FBTyxNQUFNLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0YsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
