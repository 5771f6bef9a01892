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
var p3_lsp_exports = {};
__export(p3_lsp_exports, {
  generateEclass: () => generateEclass,
  run: () => run
});
module.exports = __toCommonJS(p3_lsp_exports);
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_lspClient = require("../test/integration/lspClient");
const ROOT = (0, import_node_path.resolve)(__dirname, "..", "..");
const LINES = Number(process.env.P3_LINES ?? 3e3);
const EDITS = Number(process.env.P3_EDITS ?? 9);
function generateEclass(lines) {
  const out = [
    "# Copyright 2024 Gentoo Authors",
    "# Distributed under the terms of the GNU General Public License v2",
    "",
    "# @ECLASS: bench.eclass",
    "# @MAINTAINER:",
    "# Bench <bench@example.org>",
    "# @SUPPORTED_EAPIS: 8",
    "# @BLURB: generated for P3",
    "",
    "case ${EAPI} in",
    "	8) ;;",
    '	*) die "unsupported EAPI";;',
    "esac",
    ""
  ];
  for (let i = 0; out.length < lines - 1; i++) {
    out.push(
      `# @FUNCTION: bench_fn${i}`,
      "# @USAGE: <arg> [more]",
      "# @DESCRIPTION:",
      `# Does step ${i} of the benchmark.`,
      `bench_fn${i}() {`,
      '	debug-print-function ${FUNCNAME} "$@"',
      "	local arg=${1}",
      `	if [[ -n \${arg} ]]; then`,
      `		einfo "step ${i}: \${arg}"`,
      `		emake -C "\${S}" target${i} || die "step ${i} failed"`,
      "	else",
      '		ewarn "no argument"',
      "	fi",
      `	case \${arg} in`,
      "		a*) echo a ;;",
      "		*) echo other ;;",
      "	esac",
      "}",
      ""
    );
  }
  return out.slice(0, lines).join("\n") + "\n";
}
function rssMb(pid) {
  const status = (0, import_node_fs.readFileSync)(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
async function measure(command, args, dir, file, text, options) {
  const ls = new import_lspClient.LspProcess(command, args);
  try {
    await ls.initialize(dir, options);
    const uri = `file://${file}`;
    await ls.open(uri, text);
    let gotFirst = true;
    await ls.waitForDiagnostics((p) => p.uri === uri, 3e4).catch(() => gotFirst = false);
    const lines = text.split("\n");
    const times = [];
    let metric = gotFirst ? "diagnostics" : "documentSymbol";
    for (let i = 0; i < EDITS; i++) {
      const line = Math.floor(lines.length / 2) + i * 7;
      const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "	: edited\n" };
      const mark = ls.published.length;
      const t0 = process.hrtime.bigint();
      await ls.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
      if (metric === "diagnostics") {
        const ok = await ls.waitForDiagnostics((p) => p.uri === uri, 15e3, mark).then(() => true, () => false);
        if (!ok) {
          metric = "documentSymbol";
          continue;
        }
      } else {
        await ls.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
      }
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ms: median(times), mb: rssMb(ls.child.pid), metric };
  } finally {
    await ls.stop();
  }
}
async function run() {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "p3-lsp-"));
  try {
    const file = (0, import_node_path.join)(dir, "bench.eclass");
    const text = generateEclass(LINES);
    (0, import_node_fs.writeFileSync)(file, text);
    const ours = await measure(process.execPath, [(0, import_node_path.join)(ROOT, "bin", "ebuild-builder-ls.js"), "--stdio"], dir, file, text, {});
    const theirs = await measure(process.execPath, [(0, import_node_path.join)(ROOT, "node_modules", "bash-language-server", "out", "cli.js"), "start"], dir, file, text, {});
    const name = theirs.metric === "diagnostics" ? "edit-to-diagnostics" : "edit-to-diagnostics(bash-language-server: documentSymbol)";
    console.log(`P3 ${name} ${ours.ms.toFixed(1)} ms ratio-vs-bash-language-server ${(ours.ms / theirs.ms).toFixed(3)}`);
    console.log(`P3 memory ${ours.mb.toFixed(1)} MB ratio-vs-bash-language-server ${(ours.mb / theirs.mb).toFixed(3)}`);
    console.error(`P3 detail: ${LINES} lines, ${EDITS} edits; bash-language-server ${theirs.ms.toFixed(1)} ms (${theirs.metric}), ${theirs.mb.toFixed(1)} MB`);
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  generateEclass,
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vYmVuY2gvcDMtbHNwLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFAzOiB0aW1lIGZyb20gYSBkaWRDaGFuZ2UgZWRpdCB0byB0aGUgbmV4dCBwdWJsaXNoRGlhZ25vc3RpY3Mgb24gYSBnZW5lcmF0ZWQgMywwMDAtbGluZSBlY2xhc3MsXG4gKiBhbmQgdGhlIHNlcnZlcidzIHJlc2lkZW50IG1lbW9yeSwgZm9yIG91ciBzZXJ2ZXIgYW5kIGJhc2gtbGFuZ3VhZ2Utc2VydmVyIGluIHRoZSBzYW1lIHJ1bi5cbiAqIE91ciBzZXJ2ZXIgcHVibGlzaGVzIGl0cyB0cmVlLXNpdHRlciBkaWFnbm9zdGljcyBhdCBvbmNlIGFuZCBzaGVsbGNoZWNrJ3MgbGF0ZXI7IHRoZSBmaXJzdCBpcyBtZWFzdXJlZC5cbiAqIFAzX0xJTkVTIHNjYWxlcyB0aGUgZmlsZSwgUDNfRURJVFMgdGhlIG51bWJlciBvZiBlZGl0cyAobWVkaWFuIHJlcG9ydGVkKS5cbiAqL1xuaW1wb3J0IHsgbWtkdGVtcFN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgTHNwUHJvY2VzcyB9IGZyb20gJy4uL3Rlc3QvaW50ZWdyYXRpb24vbHNwQ2xpZW50JztcblxuY29uc3QgUk9PVCA9IHJlc29sdmUoX19kaXJuYW1lLCAnLi4nLCAnLi4nKTtcbmNvbnN0IExJTkVTID0gTnVtYmVyKHByb2Nlc3MuZW52LlAzX0xJTkVTID8/IDMwMDApO1xuY29uc3QgRURJVFMgPSBOdW1iZXIocHJvY2Vzcy5lbnYuUDNfRURJVFMgPz8gOSk7XG5cbi8qKiBBbiBlY2xhc3Mtc2hhcGVkIGZpbGU6IGRvYyBibG9ja3MgYW5kIGZ1bmN0aW9ucyBjYWxsaW5nIGhlbHBlcnMsIHJvdWdobHkgbGlrZSB0aGUgYmlnIGVjbGFzc2VzIGluIDo6Z2VudG9vLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlRWNsYXNzKGxpbmVzOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBvdXQgPSBbJyMgQ29weXJpZ2h0IDIwMjQgR2VudG9vIEF1dGhvcnMnLCAnIyBEaXN0cmlidXRlZCB1bmRlciB0aGUgdGVybXMgb2YgdGhlIEdOVSBHZW5lcmFsIFB1YmxpYyBMaWNlbnNlIHYyJywgJycsICcjIEBFQ0xBU1M6IGJlbmNoLmVjbGFzcycsXG4gICAgJyMgQE1BSU5UQUlORVI6JywgJyMgQmVuY2ggPGJlbmNoQGV4YW1wbGUub3JnPicsICcjIEBTVVBQT1JURURfRUFQSVM6IDgnLCAnIyBAQkxVUkI6IGdlbmVyYXRlZCBmb3IgUDMnLCAnJywgJ2Nhc2UgJHtFQVBJfSBpbicsICdcXHQ4KSA7OycsICdcXHQqKSBkaWUgXCJ1bnN1cHBvcnRlZCBFQVBJXCI7OycsICdlc2FjJywgJyddO1xuICBmb3IgKGxldCBpID0gMDsgb3V0Lmxlbmd0aCA8IGxpbmVzIC0gMTsgaSsrKSB7XG4gICAgb3V0LnB1c2goYCMgQEZVTkNUSU9OOiBiZW5jaF9mbiR7aX1gLCAnIyBAVVNBR0U6IDxhcmc+IFttb3JlXScsICcjIEBERVNDUklQVElPTjonLCBgIyBEb2VzIHN0ZXAgJHtpfSBvZiB0aGUgYmVuY2htYXJrLmAsXG4gICAgICBgYmVuY2hfZm4ke2l9KCkge2AsICdcXHRkZWJ1Zy1wcmludC1mdW5jdGlvbiAke0ZVTkNOQU1FfSBcIiRAXCInLCAnXFx0bG9jYWwgYXJnPSR7MX0nLCBgXFx0aWYgW1sgLW4gXFwke2FyZ30gXV07IHRoZW5gLFxuICAgICAgYFxcdFxcdGVpbmZvIFwic3RlcCAke2l9OiBcXCR7YXJnfVwiYCwgYFxcdFxcdGVtYWtlIC1DIFwiXFwke1N9XCIgdGFyZ2V0JHtpfSB8fCBkaWUgXCJzdGVwICR7aX0gZmFpbGVkXCJgLCAnXFx0ZWxzZScsICdcXHRcXHRld2FybiBcIm5vIGFyZ3VtZW50XCInLCAnXFx0ZmknLFxuICAgICAgYFxcdGNhc2UgXFwke2FyZ30gaW5gLCAnXFx0XFx0YSopIGVjaG8gYSA7OycsICdcXHRcXHQqKSBlY2hvIG90aGVyIDs7JywgJ1xcdGVzYWMnLCAnfScsICcnKTtcbiAgfVxuICByZXR1cm4gb3V0LnNsaWNlKDAsIGxpbmVzKS5qb2luKCdcXG4nKSArICdcXG4nO1xufVxuXG5mdW5jdGlvbiByc3NNYihwaWQ6IG51bWJlciB8IHVuZGVmaW5lZCk6IG51bWJlciB7XG4gIGNvbnN0IHN0YXR1cyA9IHJlYWRGaWxlU3luYyhgL3Byb2MvJHtwaWR9L3N0YXR1c2AsICd1dGY4Jyk7XG4gIGNvbnN0IGtiID0gTnVtYmVyKC9WbVJTUzpcXHMrKFxcZCspLy5leGVjKHN0YXR1cyk/LlsxXSA/PyBOYU4pO1xuICByZXR1cm4ga2IgLyAxMDI0O1xufVxuXG5mdW5jdGlvbiBtZWRpYW4oeHM6IG51bWJlcltdKTogbnVtYmVyIHtcbiAgY29uc3QgcyA9IFsuLi54c10uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICByZXR1cm4gcy5sZW5ndGggJSAyID8gc1socy5sZW5ndGggLSAxKSAvIDJdIDogKHNbcy5sZW5ndGggLyAyIC0gMV0gKyBzW3MubGVuZ3RoIC8gMl0pIC8gMjtcbn1cblxuaW50ZXJmYWNlIE1lYXN1cmUgeyBtczogbnVtYmVyOyBtYjogbnVtYmVyOyBtZXRyaWM6ICdkaWFnbm9zdGljcycgfCAnZG9jdW1lbnRTeW1ib2wnIH1cblxuYXN5bmMgZnVuY3Rpb24gbWVhc3VyZShjb21tYW5kOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdLCBkaXI6IHN0cmluZywgZmlsZTogc3RyaW5nLCB0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHVua25vd24pOiBQcm9taXNlPE1lYXN1cmU+IHtcbiAgY29uc3QgbHMgPSBuZXcgTHNwUHJvY2Vzcyhjb21tYW5kLCBhcmdzKTtcbiAgdHJ5IHtcbiAgICBhd2FpdCBscy5pbml0aWFsaXplKGRpciwgb3B0aW9ucyk7XG4gICAgY29uc3QgdXJpID0gYGZpbGU6Ly8ke2ZpbGV9YDtcbiAgICBhd2FpdCBscy5vcGVuKHVyaSwgdGV4dCk7XG4gICAgbGV0IGdvdEZpcnN0ID0gdHJ1ZTtcbiAgICBhd2FpdCBscy53YWl0Rm9yRGlhZ25vc3RpY3MoKHApID0+IHAudXJpID09PSB1cmksIDMwMDAwKS5jYXRjaCgoKSA9PiAoZ290Rmlyc3QgPSBmYWxzZSkpO1xuICAgIGNvbnN0IGxpbmVzID0gdGV4dC5zcGxpdCgnXFxuJyk7XG4gICAgY29uc3QgdGltZXM6IG51bWJlcltdID0gW107XG4gICAgbGV0IG1ldHJpYzogTWVhc3VyZVsnbWV0cmljJ10gPSBnb3RGaXJzdCA/ICdkaWFnbm9zdGljcycgOiAnZG9jdW1lbnRTeW1ib2wnO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgRURJVFM7IGkrKykge1xuICAgICAgY29uc3QgbGluZSA9IE1hdGguZmxvb3IobGluZXMubGVuZ3RoIC8gMikgKyBpICogNztcbiAgICAgIGNvbnN0IGNoYW5nZSA9IHsgcmFuZ2U6IHsgc3RhcnQ6IHsgbGluZSwgY2hhcmFjdGVyOiAwIH0sIGVuZDogeyBsaW5lLCBjaGFyYWN0ZXI6IDAgfSB9LCB0ZXh0OiAnXFx0OiBlZGl0ZWRcXG4nIH07XG4gICAgICBjb25zdCBtYXJrID0gbHMucHVibGlzaGVkLmxlbmd0aDtcbiAgICAgIGNvbnN0IHQwID0gcHJvY2Vzcy5ocnRpbWUuYmlnaW50KCk7XG4gICAgICBhd2FpdCBscy5jb25uZWN0aW9uLnNlbmROb3RpZmljYXRpb24oJ3RleHREb2N1bWVudC9kaWRDaGFuZ2UnLCB7IHRleHREb2N1bWVudDogeyB1cmksIHZlcnNpb246IGkgKyAyIH0sIGNvbnRlbnRDaGFuZ2VzOiBbY2hhbmdlXSB9KTtcbiAgICAgIGlmIChtZXRyaWMgPT09ICdkaWFnbm9zdGljcycpIHtcbiAgICAgICAgY29uc3Qgb2sgPSBhd2FpdCBscy53YWl0Rm9yRGlhZ25vc3RpY3MoKHApID0+IHAudXJpID09PSB1cmksIDE1MDAwLCBtYXJrKS50aGVuKCgpID0+IHRydWUsICgpID0+IGZhbHNlKTtcbiAgICAgICAgaWYgKCFvaykge1xuICAgICAgICAgIG1ldHJpYyA9ICdkb2N1bWVudFN5bWJvbCc7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGF3YWl0IGxzLmNvbm5lY3Rpb24uc2VuZFJlcXVlc3QoJ3RleHREb2N1bWVudC9kb2N1bWVudFN5bWJvbCcsIHsgdGV4dERvY3VtZW50OiB7IHVyaSB9IH0pO1xuICAgICAgfVxuICAgICAgdGltZXMucHVzaChOdW1iZXIocHJvY2Vzcy5ocnRpbWUuYmlnaW50KCkgLSB0MCkgLyAxZTYpO1xuICAgICAgLy8gbGV0IGEgZGVib3VuY2VkIHNlY29uZCBwdWJsaXNoIChzaGVsbGNoZWNrKSBzZXR0bGUgc28gaXQgaXMgbm90IHRha2VuIGZvciB0aGUgbmV4dCBlZGl0J3MgYW5zd2VyXG4gICAgICBhd2FpdCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCA1MCkpO1xuICAgIH1cbiAgICByZXR1cm4geyBtczogbWVkaWFuKHRpbWVzKSwgbWI6IHJzc01iKGxzLmNoaWxkLnBpZCksIG1ldHJpYyB9O1xuICB9IGZpbmFsbHkge1xuICAgIGF3YWl0IGxzLnN0b3AoKTtcbiAgfVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuKCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAncDMtbHNwLScpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBmaWxlID0gam9pbihkaXIsICdiZW5jaC5lY2xhc3MnKTtcbiAgICBjb25zdCB0ZXh0ID0gZ2VuZXJhdGVFY2xhc3MoTElORVMpO1xuICAgIHdyaXRlRmlsZVN5bmMoZmlsZSwgdGV4dCk7XG4gICAgY29uc3Qgb3VycyA9IGF3YWl0IG1lYXN1cmUocHJvY2Vzcy5leGVjUGF0aCwgW2pvaW4oUk9PVCwgJ2JpbicsICdlYnVpbGQtYnVpbGRlci1scy5qcycpLCAnLS1zdGRpbyddLCBkaXIsIGZpbGUsIHRleHQsIHt9KTtcbiAgICBjb25zdCB0aGVpcnMgPSBhd2FpdCBtZWFzdXJlKHByb2Nlc3MuZXhlY1BhdGgsIFtqb2luKFJPT1QsICdub2RlX21vZHVsZXMnLCAnYmFzaC1sYW5ndWFnZS1zZXJ2ZXInLCAnb3V0JywgJ2NsaS5qcycpLCAnc3RhcnQnXSwgZGlyLCBmaWxlLCB0ZXh0LCB7fSk7XG4gICAgY29uc3QgbmFtZSA9IHRoZWlycy5tZXRyaWMgPT09ICdkaWFnbm9zdGljcycgPyAnZWRpdC10by1kaWFnbm9zdGljcycgOiAnZWRpdC10by1kaWFnbm9zdGljcyhiYXNoLWxhbmd1YWdlLXNlcnZlcjogZG9jdW1lbnRTeW1ib2wpJztcbiAgICBjb25zb2xlLmxvZyhgUDMgJHtuYW1lfSAke291cnMubXMudG9GaXhlZCgxKX0gbXMgcmF0aW8tdnMtYmFzaC1sYW5ndWFnZS1zZXJ2ZXIgJHsob3Vycy5tcyAvIHRoZWlycy5tcykudG9GaXhlZCgzKX1gKTtcbiAgICBjb25zb2xlLmxvZyhgUDMgbWVtb3J5ICR7b3Vycy5tYi50b0ZpeGVkKDEpfSBNQiByYXRpby12cy1iYXNoLWxhbmd1YWdlLXNlcnZlciAkeyhvdXJzLm1iIC8gdGhlaXJzLm1iKS50b0ZpeGVkKDMpfWApO1xuICAgIGNvbnNvbGUuZXJyb3IoYFAzIGRldGFpbDogJHtMSU5FU30gbGluZXMsICR7RURJVFN9IGVkaXRzOyBiYXNoLWxhbmd1YWdlLXNlcnZlciAke3RoZWlycy5tcy50b0ZpeGVkKDEpfSBtcyAoJHt0aGVpcnMubWV0cmljfSksICR7dGhlaXJzLm1iLnRvRml4ZWQoMSl9IE1CYCk7XG4gIH0gZmluYWxseSB7XG4gICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSxxQkFBaUU7QUFDakUscUJBQXVCO0FBQ3ZCLHVCQUE4QjtBQUM5Qix1QkFBMkI7QUFFM0IsTUFBTSxXQUFPLDBCQUFRLFdBQVcsTUFBTSxJQUFJO0FBQzFDLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxZQUFZLEdBQUk7QUFDakQsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLFlBQVksQ0FBQztBQUd2QyxTQUFTLGVBQWUsT0FBdUI7QUFDcEQsUUFBTSxNQUFNO0FBQUEsSUFBQztBQUFBLElBQW1DO0FBQUEsSUFBc0U7QUFBQSxJQUFJO0FBQUEsSUFDeEg7QUFBQSxJQUFrQjtBQUFBLElBQStCO0FBQUEsSUFBeUI7QUFBQSxJQUE4QjtBQUFBLElBQUk7QUFBQSxJQUFtQjtBQUFBLElBQVc7QUFBQSxJQUFpQztBQUFBLElBQVE7QUFBQSxFQUFFO0FBQ3ZMLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEdBQUcsS0FBSztBQUMzQyxRQUFJO0FBQUEsTUFBSyx3QkFBd0IsQ0FBQztBQUFBLE1BQUk7QUFBQSxNQUEwQjtBQUFBLE1BQW1CLGVBQWUsQ0FBQztBQUFBLE1BQ2pHLFdBQVcsQ0FBQztBQUFBLE1BQVE7QUFBQSxNQUEyQztBQUFBLE1BQW9CO0FBQUEsTUFDbkYsaUJBQW1CLENBQUM7QUFBQSxNQUFjLDRCQUE4QixDQUFDLGlCQUFpQixDQUFDO0FBQUEsTUFBWTtBQUFBLE1BQVU7QUFBQSxNQUEyQjtBQUFBLE1BQ3BJO0FBQUEsTUFBcUI7QUFBQSxNQUFxQjtBQUFBLE1BQXdCO0FBQUEsTUFBVTtBQUFBLE1BQUs7QUFBQSxJQUFFO0FBQUEsRUFDdkY7QUFDQSxTQUFPLElBQUksTUFBTSxHQUFHLEtBQUssRUFBRSxLQUFLLElBQUksSUFBSTtBQUMxQztBQUVBLFNBQVMsTUFBTSxLQUFpQztBQUM5QyxRQUFNLGFBQVMsNkJBQWEsU0FBUyxHQUFHLFdBQVcsTUFBTTtBQUN6RCxRQUFNLEtBQUssT0FBTyxpQkFBaUIsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLEdBQUc7QUFDM0QsU0FBTyxLQUFLO0FBQ2Q7QUFFQSxTQUFTLE9BQU8sSUFBc0I7QUFDcEMsUUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDdEMsU0FBTyxFQUFFLFNBQVMsSUFBSSxHQUFHLEVBQUUsU0FBUyxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsU0FBUyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsU0FBUyxDQUFDLEtBQUs7QUFDMUY7QUFJQSxlQUFlLFFBQVEsU0FBaUIsTUFBZ0IsS0FBYSxNQUFjLE1BQWMsU0FBb0M7QUFDbkksUUFBTSxLQUFLLElBQUksNEJBQVcsU0FBUyxJQUFJO0FBQ3ZDLE1BQUk7QUFDRixVQUFNLEdBQUcsV0FBVyxLQUFLLE9BQU87QUFDaEMsVUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFNLEdBQUcsS0FBSyxLQUFLLElBQUk7QUFDdkIsUUFBSSxXQUFXO0FBQ2YsVUFBTSxHQUFHLG1CQUFtQixDQUFDLE1BQU0sRUFBRSxRQUFRLEtBQUssR0FBSyxFQUFFLE1BQU0sTUFBTyxXQUFXLEtBQU07QUFDdkYsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQzdCLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFJLFNBQTRCLFdBQVcsZ0JBQWdCO0FBQzNELGFBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxLQUFLO0FBQzlCLFlBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxTQUFTLENBQUMsSUFBSSxJQUFJO0FBQ2hELFlBQU0sU0FBUyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxXQUFXLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxXQUFXLEVBQUUsRUFBRSxHQUFHLE1BQU0sY0FBZTtBQUM3RyxZQUFNLE9BQU8sR0FBRyxVQUFVO0FBQzFCLFlBQU0sS0FBSyxRQUFRLE9BQU8sT0FBTztBQUNqQyxZQUFNLEdBQUcsV0FBVyxpQkFBaUIsMEJBQTBCLEVBQUUsY0FBYyxFQUFFLEtBQUssU0FBUyxJQUFJLEVBQUUsR0FBRyxnQkFBZ0IsQ0FBQyxNQUFNLEVBQUUsQ0FBQztBQUNsSSxVQUFJLFdBQVcsZUFBZTtBQUM1QixjQUFNLEtBQUssTUFBTSxHQUFHLG1CQUFtQixDQUFDLE1BQU0sRUFBRSxRQUFRLEtBQUssTUFBTyxJQUFJLEVBQUUsS0FBSyxNQUFNLE1BQU0sTUFBTSxLQUFLO0FBQ3RHLFlBQUksQ0FBQyxJQUFJO0FBQ1AsbUJBQVM7QUFDVDtBQUFBLFFBQ0Y7QUFBQSxNQUNGLE9BQU87QUFDTCxjQUFNLEdBQUcsV0FBVyxZQUFZLCtCQUErQixFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsQ0FBQztBQUFBLE1BQzFGO0FBQ0EsWUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUksR0FBRztBQUVyRCxZQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLEVBQUUsQ0FBQztBQUFBLElBQzVDO0FBQ0EsV0FBTyxFQUFFLElBQUksT0FBTyxLQUFLLEdBQUcsSUFBSSxNQUFNLEdBQUcsTUFBTSxHQUFHLEdBQUcsT0FBTztBQUFBLEVBQzlELFVBQUU7QUFDQSxVQUFNLEdBQUcsS0FBSztBQUFBLEVBQ2hCO0FBQ0Y7QUFFQSxlQUFzQixNQUFxQjtBQUN6QyxRQUFNLFVBQU0sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxTQUFTLENBQUM7QUFDakQsTUFBSTtBQUNGLFVBQU0sV0FBTyx1QkFBSyxLQUFLLGNBQWM7QUFDckMsVUFBTSxPQUFPLGVBQWUsS0FBSztBQUNqQyxzQ0FBYyxNQUFNLElBQUk7QUFDeEIsVUFBTSxPQUFPLE1BQU0sUUFBUSxRQUFRLFVBQVUsS0FBQyx1QkFBSyxNQUFNLE9BQU8sc0JBQXNCLEdBQUcsU0FBUyxHQUFHLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBQztBQUN4SCxVQUFNLFNBQVMsTUFBTSxRQUFRLFFBQVEsVUFBVSxLQUFDLHVCQUFLLE1BQU0sZ0JBQWdCLHdCQUF3QixPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFDO0FBQ2xKLFVBQU0sT0FBTyxPQUFPLFdBQVcsZ0JBQWdCLHdCQUF3QjtBQUN2RSxZQUFRLElBQUksTUFBTSxJQUFJLElBQUksS0FBSyxHQUFHLFFBQVEsQ0FBQyxDQUFDLHNDQUFzQyxLQUFLLEtBQUssT0FBTyxJQUFJLFFBQVEsQ0FBQyxDQUFDLEVBQUU7QUFDbkgsWUFBUSxJQUFJLGFBQWEsS0FBSyxHQUFHLFFBQVEsQ0FBQyxDQUFDLHNDQUFzQyxLQUFLLEtBQUssT0FBTyxJQUFJLFFBQVEsQ0FBQyxDQUFDLEVBQUU7QUFDbEgsWUFBUSxNQUFNLGNBQWMsS0FBSyxXQUFXLEtBQUssZ0NBQWdDLE9BQU8sR0FBRyxRQUFRLENBQUMsQ0FBQyxRQUFRLE9BQU8sTUFBTSxNQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsQ0FBQyxLQUFLO0FBQUEsRUFDM0osVUFBRTtBQUNBLCtCQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
