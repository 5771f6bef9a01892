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
var inspect_exports = {};
__export(inspect_exports, {
  command: () => command,
  toJson: () => toJson
});
module.exports = __toCommonJS(inspect_exports);
var import_node_path = require("node:path");
var import_node_util = require("node:util");
var import_readPackage = require("../../core/binpkg/readPackage");
var import_metadata = require("../../core/binpkg/metadata");
var import_userError = require("../../core/userError");
const usage = `Usage: ebuild-builder inspect <package> [options]

Prints a binary package's metadata (CPV, SLOT, USE, dependencies, \u2026), its Manifest status and its file list.
Reads GPKG (.gpkg.tar) and XPAK (.tbz2, .xpak) packages; nothing is extracted.

Options:
  --json           one JSON object: metadata keys named as Portage names them (CATEGORY, PF, SLOT, USE,
                   IUSE, RDEPEND, \u2026) plus files, manifest, format, cpv, buildId, size, problems
  --no-files       skip listing the image (faster on large packages)
  --ebuild         print the embedded ebuild only
  --environment    print the saved build environment (environment.bz2) only

Exit status: 0 when read (and the Manifest verified, for GPKG), 1 on a Manifest mismatch or unsafe entries,
2 when the file is not a readable binary package.
`;
const command = {
  name: "inspect",
  summary: "show a binary package (.gpkg.tar, .tbz2, .xpak): metadata, Manifest, files",
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = (0, import_node_util.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: { json: { type: "boolean" }, "no-files": { type: "boolean" }, ebuild: { type: "boolean" }, environment: { type: "boolean" } }
      });
    } catch (e) {
      throw new import_userError.UserError(e.message, "Run `ebuild-builder inspect --help` for the options.", "bad-flag");
    }
    if (parsed.positionals.length !== 1) throw new import_userError.UserError("inspect takes one package file.", "Example: ebuild-builder inspect artifacts/app-misc/hello-1.0.gpkg.tar", "bad-flag");
    const path = (0, import_node_path.resolve)(io.cwd, parsed.positionals[0]);
    const v = parsed.values;
    if (v.environment) {
      const env = await (0, import_readPackage.readEnvironment)(path);
      if (env === void 0) throw new import_userError.UserError(`${path} has no environment.bz2.`, "Only packages built by Portage carry a saved environment.", "no-environment");
      io.stdout.write(env);
      return 0;
    }
    const pkg = await (0, import_readPackage.readBinaryPackage)(path, { listFiles: !v["no-files"] && !v.ebuild });
    if (v.ebuild) {
      if (!pkg.ebuild) throw new import_userError.UserError(`${path} has no embedded ebuild.`, "Only packages built by Portage carry their ebuild.", "no-ebuild");
      io.stdout.write(pkg.ebuild.text);
      return 0;
    }
    io.stdout.write(v.json ? JSON.stringify(toJson(pkg), null, 2) + "\n" : toText(pkg));
    const bad = pkg.manifest.state === "mismatch" || pkg.manifest.state === "missing" || pkg.files.some((f) => f.unsafe);
    if (bad) io.stderr.write(`ebuild-builder inspect: ${pkg.manifest.state === "mismatch" || pkg.manifest.state === "missing" ? pkg.manifest.summary : "the package holds unsafe entries"}
`);
    return bad ? 1 : 0;
  }
};
function toJson(pkg) {
  return {
    ...pkg.metadata,
    CATEGORY: pkg.category,
    PF: pkg.pf,
    cpv: pkg.cpv,
    format: pkg.format,
    buildId: pkg.buildId ?? null,
    size: pkg.size,
    compression: pkg.compression,
    ebuild: pkg.ebuild?.name ?? null,
    environment: pkg.environment.present,
    manifest: { state: pkg.manifest.state, summary: pkg.manifest.summary, problems: pkg.manifest.problems, signed: pkg.manifest.signed },
    signatures: pkg.signatures,
    problems: pkg.problems,
    files: pkg.files
  };
}
function modeString(f) {
  const t = { file: "-", dir: "d", symlink: "l", hardlink: "h", char: "c", block: "b", fifo: "p", other: "?" }[f.type];
  const rwx = (m) => `${m & 4 ? "r" : "-"}${m & 2 ? "w" : "-"}${m & 1 ? "x" : "-"}`;
  return t + rwx(f.mode >> 6) + rwx(f.mode >> 3) + rwx(f.mode);
}
function toText(pkg) {
  const md = pkg.metadata;
  const lines = [];
  const build = pkg.buildId !== void 0 ? `, build ${pkg.buildId}` : "";
  lines.push(`${pkg.cpv}${md.repository ? "::" + md.repository : ""}  (${pkg.format}${build}, ${pkg.size} bytes)`);
  const row = (k, v) => v !== void 0 && v !== "" && lines.push(`  ${k.padEnd(14)} ${v}`);
  row("DESCRIPTION", md.DESCRIPTION);
  row("SLOT", md.SLOT);
  row("USE (on)", pkg.use.enabled.join(" ") || void 0);
  row("USE (off)", pkg.use.disabled.map((f) => "-" + f).join(" ") || void 0);
  for (const k of ["KEYWORDS", "LICENSE", "EAPI", "CHOST", "CFLAGS", "LDFLAGS"]) row(k, md[k]);
  if (md.BUILD_TIME && /^\d+$/.test(md.BUILD_TIME)) row("BUILD_TIME", `${new Date(Number(md.BUILD_TIME) * 1e3).toISOString()} (${md.BUILD_TIME})`);
  for (const k of import_metadata.DEP_KEYS) {
    if (!md[k]) continue;
    lines.push(`  ${k}`);
    lines.push((0, import_metadata.formatDepTree)((0, import_metadata.parseDepString)(md[k]), "    "));
  }
  lines.push(`  ${"Manifest".padEnd(14)} ${pkg.manifest.summary}`);
  for (const p of pkg.manifest.problems) lines.push(`    ! ${p}`);
  for (const p of pkg.problems) lines.push(`  ! ${p}`);
  lines.push(`Files (${pkg.files.length}):`);
  for (const f of pkg.files) {
    const link = f.linkTarget !== void 0 ? ` -> ${f.linkTarget}` : "";
    const owner = `${f.uname || f.uid}/${f.gname || f.gid}`;
    lines.push(`  ${modeString(f)} ${owner.padEnd(11)} ${String(f.size).padStart(10)} ${f.path}${link}${f.unsafe ? `  [UNSAFE: ${f.unsafe}]` : ""}`);
  }
  return lines.join("\n") + "\n";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  toJson
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9pbnNwZWN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogYGVidWlsZC1idWlsZGVyIGluc3BlY3QgUEtHIFstLWpzb25dYDogYSBiaW5hcnkgcGFja2FnZSdzIG1ldGFkYXRhLCBNYW5pZmVzdCBzdGF0dXMgYW5kIGZpbGUgbGlzdC4gKi9cbmltcG9ydCB7IHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgcGFyc2VBcmdzIH0gZnJvbSAnbm9kZTp1dGlsJztcbmltcG9ydCB7IHJlYWRCaW5hcnlQYWNrYWdlLCByZWFkRW52aXJvbm1lbnQsIHR5cGUgQmluYXJ5UGFja2FnZSwgdHlwZSBCaW5wa2dGaWxlIH0gZnJvbSAnLi4vLi4vY29yZS9iaW5wa2cvcmVhZFBhY2thZ2UnO1xuaW1wb3J0IHsgREVQX0tFWVMsIGZvcm1hdERlcFRyZWUsIHBhcnNlRGVwU3RyaW5nIH0gZnJvbSAnLi4vLi4vY29yZS9iaW5wa2cvbWV0YWRhdGEnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHR5cGUgeyBDbGlDb21tYW5kLCBDbGlJTyB9IGZyb20gJy4uL2NsaVR5cGVzJztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIGluc3BlY3QgPHBhY2thZ2U+IFtvcHRpb25zXVxuXG5QcmludHMgYSBiaW5hcnkgcGFja2FnZSdzIG1ldGFkYXRhIChDUFYsIFNMT1QsIFVTRSwgZGVwZW5kZW5jaWVzLCBcdTIwMjYpLCBpdHMgTWFuaWZlc3Qgc3RhdHVzIGFuZCBpdHMgZmlsZSBsaXN0LlxuUmVhZHMgR1BLRyAoLmdwa2cudGFyKSBhbmQgWFBBSyAoLnRiejIsIC54cGFrKSBwYWNrYWdlczsgbm90aGluZyBpcyBleHRyYWN0ZWQuXG5cbk9wdGlvbnM6XG4gIC0tanNvbiAgICAgICAgICAgb25lIEpTT04gb2JqZWN0OiBtZXRhZGF0YSBrZXlzIG5hbWVkIGFzIFBvcnRhZ2UgbmFtZXMgdGhlbSAoQ0FURUdPUlksIFBGLCBTTE9ULCBVU0UsXG4gICAgICAgICAgICAgICAgICAgSVVTRSwgUkRFUEVORCwgXHUyMDI2KSBwbHVzIGZpbGVzLCBtYW5pZmVzdCwgZm9ybWF0LCBjcHYsIGJ1aWxkSWQsIHNpemUsIHByb2JsZW1zXG4gIC0tbm8tZmlsZXMgICAgICAgc2tpcCBsaXN0aW5nIHRoZSBpbWFnZSAoZmFzdGVyIG9uIGxhcmdlIHBhY2thZ2VzKVxuICAtLWVidWlsZCAgICAgICAgIHByaW50IHRoZSBlbWJlZGRlZCBlYnVpbGQgb25seVxuICAtLWVudmlyb25tZW50ICAgIHByaW50IHRoZSBzYXZlZCBidWlsZCBlbnZpcm9ubWVudCAoZW52aXJvbm1lbnQuYnoyKSBvbmx5XG5cbkV4aXQgc3RhdHVzOiAwIHdoZW4gcmVhZCAoYW5kIHRoZSBNYW5pZmVzdCB2ZXJpZmllZCwgZm9yIEdQS0cpLCAxIG9uIGEgTWFuaWZlc3QgbWlzbWF0Y2ggb3IgdW5zYWZlIGVudHJpZXMsXG4yIHdoZW4gdGhlIGZpbGUgaXMgbm90IGEgcmVhZGFibGUgYmluYXJ5IHBhY2thZ2UuXG5gO1xuXG5leHBvcnQgY29uc3QgY29tbWFuZDogQ2xpQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2luc3BlY3QnLFxuICBzdW1tYXJ5OiAnc2hvdyBhIGJpbmFyeSBwYWNrYWdlICguZ3BrZy50YXIsIC50YnoyLCAueHBhayk6IG1ldGFkYXRhLCBNYW5pZmVzdCwgZmlsZXMnLFxuICB1c2FnZSxcbiAgYXN5bmMgcnVuKGFyZ3M6IHN0cmluZ1tdLCBpbzogQ2xpSU8pOiBQcm9taXNlPG51bWJlcj4ge1xuICAgIGxldCBwYXJzZWQ7XG4gICAgdHJ5IHtcbiAgICAgIHBhcnNlZCA9IHBhcnNlQXJncyh7XG4gICAgICAgIGFyZ3MsIGFsbG93UG9zaXRpb25hbHM6IHRydWUsIHN0cmljdDogdHJ1ZSxcbiAgICAgICAgb3B0aW9uczogeyBqc29uOiB7IHR5cGU6ICdib29sZWFuJyB9LCAnbm8tZmlsZXMnOiB7IHR5cGU6ICdib29sZWFuJyB9LCBlYnVpbGQ6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIGVudmlyb25tZW50OiB7IHR5cGU6ICdib29sZWFuJyB9IH0sXG4gICAgICB9KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICB0aHJvdyBuZXcgVXNlckVycm9yKChlIGFzIEVycm9yKS5tZXNzYWdlLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBpbnNwZWN0IC0taGVscGAgZm9yIHRoZSBvcHRpb25zLicsICdiYWQtZmxhZycpO1xuICAgIH1cbiAgICBpZiAocGFyc2VkLnBvc2l0aW9uYWxzLmxlbmd0aCAhPT0gMSkgdGhyb3cgbmV3IFVzZXJFcnJvcignaW5zcGVjdCB0YWtlcyBvbmUgcGFja2FnZSBmaWxlLicsICdFeGFtcGxlOiBlYnVpbGQtYnVpbGRlciBpbnNwZWN0IGFydGlmYWN0cy9hcHAtbWlzYy9oZWxsby0xLjAuZ3BrZy50YXInLCAnYmFkLWZsYWcnKTtcbiAgICBjb25zdCBwYXRoID0gcmVzb2x2ZShpby5jd2QsIHBhcnNlZC5wb3NpdGlvbmFsc1swXSk7XG4gICAgY29uc3QgdiA9IHBhcnNlZC52YWx1ZXM7XG4gICAgaWYgKHYuZW52aXJvbm1lbnQpIHtcbiAgICAgIGNvbnN0IGVudiA9IGF3YWl0IHJlYWRFbnZpcm9ubWVudChwYXRoKTtcbiAgICAgIGlmIChlbnYgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IFVzZXJFcnJvcihgJHtwYXRofSBoYXMgbm8gZW52aXJvbm1lbnQuYnoyLmAsICdPbmx5IHBhY2thZ2VzIGJ1aWx0IGJ5IFBvcnRhZ2UgY2FycnkgYSBzYXZlZCBlbnZpcm9ubWVudC4nLCAnbm8tZW52aXJvbm1lbnQnKTtcbiAgICAgIGlvLnN0ZG91dC53cml0ZShlbnYpO1xuICAgICAgcmV0dXJuIDA7XG4gICAgfVxuICAgIGNvbnN0IHBrZyA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlKHBhdGgsIHsgbGlzdEZpbGVzOiAhdlsnbm8tZmlsZXMnXSAmJiAhdi5lYnVpbGQgfSk7XG4gICAgaWYgKHYuZWJ1aWxkKSB7XG4gICAgICBpZiAoIXBrZy5lYnVpbGQpIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7cGF0aH0gaGFzIG5vIGVtYmVkZGVkIGVidWlsZC5gLCAnT25seSBwYWNrYWdlcyBidWlsdCBieSBQb3J0YWdlIGNhcnJ5IHRoZWlyIGVidWlsZC4nLCAnbm8tZWJ1aWxkJyk7XG4gICAgICBpby5zdGRvdXQud3JpdGUocGtnLmVidWlsZC50ZXh0KTtcbiAgICAgIHJldHVybiAwO1xuICAgIH1cbiAgICBpby5zdGRvdXQud3JpdGUodi5qc29uID8gSlNPTi5zdHJpbmdpZnkodG9Kc29uKHBrZyksIG51bGwsIDIpICsgJ1xcbicgOiB0b1RleHQocGtnKSk7XG4gICAgY29uc3QgYmFkID0gcGtnLm1hbmlmZXN0LnN0YXRlID09PSAnbWlzbWF0Y2gnIHx8IHBrZy5tYW5pZmVzdC5zdGF0ZSA9PT0gJ21pc3NpbmcnIHx8IHBrZy5maWxlcy5zb21lKChmKSA9PiBmLnVuc2FmZSk7XG4gICAgaWYgKGJhZCkgaW8uc3RkZXJyLndyaXRlKGBlYnVpbGQtYnVpbGRlciBpbnNwZWN0OiAke3BrZy5tYW5pZmVzdC5zdGF0ZSA9PT0gJ21pc21hdGNoJyB8fCBwa2cubWFuaWZlc3Quc3RhdGUgPT09ICdtaXNzaW5nJyA/IHBrZy5tYW5pZmVzdC5zdW1tYXJ5IDogJ3RoZSBwYWNrYWdlIGhvbGRzIHVuc2FmZSBlbnRyaWVzJ31cXG5gKTtcbiAgICByZXR1cm4gYmFkID8gMSA6IDA7XG4gIH0sXG59O1xuXG4vKiogUG9ydGFnZS1uYW1lZCBtZXRhZGF0YSBrZXlzIGZpcnN0LCB0aGVuIHRoaXMgcmVhZGVyJ3Mgb3duIChsb3dlci1jYXNlKSBmaWVsZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdG9Kc29uKHBrZzogQmluYXJ5UGFja2FnZSk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIHtcbiAgICAuLi5wa2cubWV0YWRhdGEsXG4gICAgQ0FURUdPUlk6IHBrZy5jYXRlZ29yeSxcbiAgICBQRjogcGtnLnBmLFxuICAgIGNwdjogcGtnLmNwdixcbiAgICBmb3JtYXQ6IHBrZy5mb3JtYXQsXG4gICAgYnVpbGRJZDogcGtnLmJ1aWxkSWQgPz8gbnVsbCxcbiAgICBzaXplOiBwa2cuc2l6ZSxcbiAgICBjb21wcmVzc2lvbjogcGtnLmNvbXByZXNzaW9uLFxuICAgIGVidWlsZDogcGtnLmVidWlsZD8ubmFtZSA/PyBudWxsLFxuICAgIGVudmlyb25tZW50OiBwa2cuZW52aXJvbm1lbnQucHJlc2VudCxcbiAgICBtYW5pZmVzdDogeyBzdGF0ZTogcGtnLm1hbmlmZXN0LnN0YXRlLCBzdW1tYXJ5OiBwa2cubWFuaWZlc3Quc3VtbWFyeSwgcHJvYmxlbXM6IHBrZy5tYW5pZmVzdC5wcm9ibGVtcywgc2lnbmVkOiBwa2cubWFuaWZlc3Quc2lnbmVkIH0sXG4gICAgc2lnbmF0dXJlczogcGtnLnNpZ25hdHVyZXMsXG4gICAgcHJvYmxlbXM6IHBrZy5wcm9ibGVtcyxcbiAgICBmaWxlczogcGtnLmZpbGVzLFxuICB9O1xufVxuXG5mdW5jdGlvbiBtb2RlU3RyaW5nKGY6IEJpbnBrZ0ZpbGUpOiBzdHJpbmcge1xuICBjb25zdCB0ID0geyBmaWxlOiAnLScsIGRpcjogJ2QnLCBzeW1saW5rOiAnbCcsIGhhcmRsaW5rOiAnaCcsIGNoYXI6ICdjJywgYmxvY2s6ICdiJywgZmlmbzogJ3AnLCBvdGhlcjogJz8nIH1bZi50eXBlXTtcbiAgY29uc3Qgcnd4ID0gKG06IG51bWJlcikgPT4gYCR7bSAmIDQgPyAncicgOiAnLSd9JHttICYgMiA/ICd3JyA6ICctJ30ke20gJiAxID8gJ3gnIDogJy0nfWA7XG4gIHJldHVybiB0ICsgcnd4KGYubW9kZSA+PiA2KSArIHJ3eChmLm1vZGUgPj4gMykgKyByd3goZi5tb2RlKTtcbn1cblxuZnVuY3Rpb24gdG9UZXh0KHBrZzogQmluYXJ5UGFja2FnZSk6IHN0cmluZyB7XG4gIGNvbnN0IG1kID0gcGtnLm1ldGFkYXRhO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgYnVpbGQgPSBwa2cuYnVpbGRJZCAhPT0gdW5kZWZpbmVkID8gYCwgYnVpbGQgJHtwa2cuYnVpbGRJZH1gIDogJyc7XG4gIGxpbmVzLnB1c2goYCR7cGtnLmNwdn0ke21kLnJlcG9zaXRvcnkgPyAnOjonICsgbWQucmVwb3NpdG9yeSA6ICcnfSAgKCR7cGtnLmZvcm1hdH0ke2J1aWxkfSwgJHtwa2cuc2l6ZX0gYnl0ZXMpYCk7XG4gIGNvbnN0IHJvdyA9IChrOiBzdHJpbmcsIHY6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gdiAhPT0gdW5kZWZpbmVkICYmIHYgIT09ICcnICYmIGxpbmVzLnB1c2goYCAgJHtrLnBhZEVuZCgxNCl9ICR7dn1gKTtcbiAgcm93KCdERVNDUklQVElPTicsIG1kLkRFU0NSSVBUSU9OKTtcbiAgcm93KCdTTE9UJywgbWQuU0xPVCk7XG4gIHJvdygnVVNFIChvbiknLCBwa2cudXNlLmVuYWJsZWQuam9pbignICcpIHx8IHVuZGVmaW5lZCk7XG4gIHJvdygnVVNFIChvZmYpJywgcGtnLnVzZS5kaXNhYmxlZC5tYXAoKGYpID0+ICctJyArIGYpLmpvaW4oJyAnKSB8fCB1bmRlZmluZWQpO1xuICBmb3IgKGNvbnN0IGsgb2YgWydLRVlXT1JEUycsICdMSUNFTlNFJywgJ0VBUEknLCAnQ0hPU1QnLCAnQ0ZMQUdTJywgJ0xERkxBR1MnXSkgcm93KGssIG1kW2tdKTtcbiAgaWYgKG1kLkJVSUxEX1RJTUUgJiYgL15cXGQrJC8udGVzdChtZC5CVUlMRF9USU1FKSkgcm93KCdCVUlMRF9USU1FJywgYCR7bmV3IERhdGUoTnVtYmVyKG1kLkJVSUxEX1RJTUUpICogMTAwMCkudG9JU09TdHJpbmcoKX0gKCR7bWQuQlVJTERfVElNRX0pYCk7XG4gIGZvciAoY29uc3QgayBvZiBERVBfS0VZUykge1xuICAgIGlmICghbWRba10pIGNvbnRpbnVlO1xuICAgIGxpbmVzLnB1c2goYCAgJHtrfWApO1xuICAgIGxpbmVzLnB1c2goZm9ybWF0RGVwVHJlZShwYXJzZURlcFN0cmluZyhtZFtrXSksICcgICAgJykpO1xuICB9XG4gIGxpbmVzLnB1c2goYCAgJHsnTWFuaWZlc3QnLnBhZEVuZCgxNCl9ICR7cGtnLm1hbmlmZXN0LnN1bW1hcnl9YCk7XG4gIGZvciAoY29uc3QgcCBvZiBwa2cubWFuaWZlc3QucHJvYmxlbXMpIGxpbmVzLnB1c2goYCAgICAhICR7cH1gKTtcbiAgZm9yIChjb25zdCBwIG9mIHBrZy5wcm9ibGVtcykgbGluZXMucHVzaChgICAhICR7cH1gKTtcbiAgbGluZXMucHVzaChgRmlsZXMgKCR7cGtnLmZpbGVzLmxlbmd0aH0pOmApO1xuICBmb3IgKGNvbnN0IGYgb2YgcGtnLmZpbGVzKSB7XG4gICAgY29uc3QgbGluayA9IGYubGlua1RhcmdldCAhPT0gdW5kZWZpbmVkID8gYCAtPiAke2YubGlua1RhcmdldH1gIDogJyc7XG4gICAgY29uc3Qgb3duZXIgPSBgJHtmLnVuYW1lIHx8IGYudWlkfS8ke2YuZ25hbWUgfHwgZi5naWR9YDtcbiAgICBsaW5lcy5wdXNoKGAgICR7bW9kZVN0cmluZyhmKX0gJHtvd25lci5wYWRFbmQoMTEpfSAke1N0cmluZyhmLnNpemUpLnBhZFN0YXJ0KDEwKX0gJHtmLnBhdGh9JHtsaW5rfSR7Zi51bnNhZmUgPyBgICBbVU5TQUZFOiAke2YudW5zYWZlfV1gIDogJyd9YCk7XG4gIH1cbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpICsgJ1xcbic7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSx1QkFBd0I7QUFDeEIsdUJBQTBCO0FBQzFCLHlCQUF3RjtBQUN4RixzQkFBd0Q7QUFDeEQsdUJBQTBCO0FBRzFCLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFnQlAsTUFBTSxVQUFzQjtBQUFBLEVBQ2pDLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFDQSxNQUFNLElBQUksTUFBZ0IsSUFBNEI7QUFDcEQsUUFBSTtBQUNKLFFBQUk7QUFDRixtQkFBUyw0QkFBVTtBQUFBLFFBQ2pCO0FBQUEsUUFBTSxrQkFBa0I7QUFBQSxRQUFNLFFBQVE7QUFBQSxRQUN0QyxTQUFTLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxHQUFHLFlBQVksRUFBRSxNQUFNLFVBQVUsR0FBRyxRQUFRLEVBQUUsTUFBTSxVQUFVLEdBQUcsYUFBYSxFQUFFLE1BQU0sVUFBVSxFQUFFO0FBQUEsTUFDdkksQ0FBQztBQUFBLElBQ0gsU0FBUyxHQUFHO0FBQ1YsWUFBTSxJQUFJLDJCQUFXLEVBQVksU0FBUyx3REFBd0QsVUFBVTtBQUFBLElBQzlHO0FBQ0EsUUFBSSxPQUFPLFlBQVksV0FBVyxFQUFHLE9BQU0sSUFBSSwyQkFBVSxtQ0FBbUMseUVBQXlFLFVBQVU7QUFDL0ssVUFBTSxXQUFPLDBCQUFRLEdBQUcsS0FBSyxPQUFPLFlBQVksQ0FBQyxDQUFDO0FBQ2xELFVBQU0sSUFBSSxPQUFPO0FBQ2pCLFFBQUksRUFBRSxhQUFhO0FBQ2pCLFlBQU0sTUFBTSxVQUFNLG9DQUFnQixJQUFJO0FBQ3RDLFVBQUksUUFBUSxPQUFXLE9BQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksNEJBQTRCLDZEQUE2RCxnQkFBZ0I7QUFDM0osU0FBRyxPQUFPLE1BQU0sR0FBRztBQUNuQixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sTUFBTSxVQUFNLHNDQUFrQixNQUFNLEVBQUUsV0FBVyxDQUFDLEVBQUUsVUFBVSxLQUFLLENBQUMsRUFBRSxPQUFPLENBQUM7QUFDcEYsUUFBSSxFQUFFLFFBQVE7QUFDWixVQUFJLENBQUMsSUFBSSxPQUFRLE9BQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksNEJBQTRCLHNEQUFzRCxXQUFXO0FBQ3pJLFNBQUcsT0FBTyxNQUFNLElBQUksT0FBTyxJQUFJO0FBQy9CLGFBQU87QUFBQSxJQUNUO0FBQ0EsT0FBRyxPQUFPLE1BQU0sRUFBRSxPQUFPLEtBQUssVUFBVSxPQUFPLEdBQUcsR0FBRyxNQUFNLENBQUMsSUFBSSxPQUFPLE9BQU8sR0FBRyxDQUFDO0FBQ2xGLFVBQU0sTUFBTSxJQUFJLFNBQVMsVUFBVSxjQUFjLElBQUksU0FBUyxVQUFVLGFBQWEsSUFBSSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTTtBQUNuSCxRQUFJLElBQUssSUFBRyxPQUFPLE1BQU0sMkJBQTJCLElBQUksU0FBUyxVQUFVLGNBQWMsSUFBSSxTQUFTLFVBQVUsWUFBWSxJQUFJLFNBQVMsVUFBVSxrQ0FBa0M7QUFBQSxDQUFJO0FBQ3pMLFdBQU8sTUFBTSxJQUFJO0FBQUEsRUFDbkI7QUFDRjtBQUdPLFNBQVMsT0FBTyxLQUE2QztBQUNsRSxTQUFPO0FBQUEsSUFDTCxHQUFHLElBQUk7QUFBQSxJQUNQLFVBQVUsSUFBSTtBQUFBLElBQ2QsSUFBSSxJQUFJO0FBQUEsSUFDUixLQUFLLElBQUk7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osU0FBUyxJQUFJLFdBQVc7QUFBQSxJQUN4QixNQUFNLElBQUk7QUFBQSxJQUNWLGFBQWEsSUFBSTtBQUFBLElBQ2pCLFFBQVEsSUFBSSxRQUFRLFFBQVE7QUFBQSxJQUM1QixhQUFhLElBQUksWUFBWTtBQUFBLElBQzdCLFVBQVUsRUFBRSxPQUFPLElBQUksU0FBUyxPQUFPLFNBQVMsSUFBSSxTQUFTLFNBQVMsVUFBVSxJQUFJLFNBQVMsVUFBVSxRQUFRLElBQUksU0FBUyxPQUFPO0FBQUEsSUFDbkksWUFBWSxJQUFJO0FBQUEsSUFDaEIsVUFBVSxJQUFJO0FBQUEsSUFDZCxPQUFPLElBQUk7QUFBQSxFQUNiO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsR0FBdUI7QUFDekMsUUFBTSxJQUFJLEVBQUUsTUFBTSxLQUFLLEtBQUssS0FBSyxTQUFTLEtBQUssVUFBVSxLQUFLLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxFQUFFLEVBQUUsSUFBSTtBQUNuSCxRQUFNLE1BQU0sQ0FBQyxNQUFjLEdBQUcsSUFBSSxJQUFJLE1BQU0sR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLEdBQUcsR0FBRyxJQUFJLElBQUksTUFBTSxHQUFHO0FBQ3ZGLFNBQU8sSUFBSSxJQUFJLEVBQUUsUUFBUSxDQUFDLElBQUksSUFBSSxFQUFFLFFBQVEsQ0FBQyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQzdEO0FBRUEsU0FBUyxPQUFPLEtBQTRCO0FBQzFDLFFBQU0sS0FBSyxJQUFJO0FBQ2YsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sUUFBUSxJQUFJLFlBQVksU0FBWSxXQUFXLElBQUksT0FBTyxLQUFLO0FBQ3JFLFFBQU0sS0FBSyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsYUFBYSxPQUFPLEdBQUcsYUFBYSxFQUFFLE1BQU0sSUFBSSxNQUFNLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxTQUFTO0FBQy9HLFFBQU0sTUFBTSxDQUFDLEdBQVcsTUFBMEIsTUFBTSxVQUFhLE1BQU0sTUFBTSxNQUFNLEtBQUssS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFO0FBQ3BILE1BQUksZUFBZSxHQUFHLFdBQVc7QUFDakMsTUFBSSxRQUFRLEdBQUcsSUFBSTtBQUNuQixNQUFJLFlBQVksSUFBSSxJQUFJLFFBQVEsS0FBSyxHQUFHLEtBQUssTUFBUztBQUN0RCxNQUFJLGFBQWEsSUFBSSxJQUFJLFNBQVMsSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxHQUFHLEtBQUssTUFBUztBQUM1RSxhQUFXLEtBQUssQ0FBQyxZQUFZLFdBQVcsUUFBUSxTQUFTLFVBQVUsU0FBUyxFQUFHLEtBQUksR0FBRyxHQUFHLENBQUMsQ0FBQztBQUMzRixNQUFJLEdBQUcsY0FBYyxRQUFRLEtBQUssR0FBRyxVQUFVLEVBQUcsS0FBSSxjQUFjLEdBQUcsSUFBSSxLQUFLLE9BQU8sR0FBRyxVQUFVLElBQUksR0FBSSxFQUFFLFlBQVksQ0FBQyxLQUFLLEdBQUcsVUFBVSxHQUFHO0FBQ2hKLGFBQVcsS0FBSywwQkFBVTtBQUN4QixRQUFJLENBQUMsR0FBRyxDQUFDLEVBQUc7QUFDWixVQUFNLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDbkIsVUFBTSxTQUFLLG1DQUFjLGdDQUFlLEdBQUcsQ0FBQyxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQUEsRUFDekQ7QUFDQSxRQUFNLEtBQUssS0FBSyxXQUFXLE9BQU8sRUFBRSxDQUFDLElBQUksSUFBSSxTQUFTLE9BQU8sRUFBRTtBQUMvRCxhQUFXLEtBQUssSUFBSSxTQUFTLFNBQVUsT0FBTSxLQUFLLFNBQVMsQ0FBQyxFQUFFO0FBQzlELGFBQVcsS0FBSyxJQUFJLFNBQVUsT0FBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFO0FBQ25ELFFBQU0sS0FBSyxVQUFVLElBQUksTUFBTSxNQUFNLElBQUk7QUFDekMsYUFBVyxLQUFLLElBQUksT0FBTztBQUN6QixVQUFNLE9BQU8sRUFBRSxlQUFlLFNBQVksT0FBTyxFQUFFLFVBQVUsS0FBSztBQUNsRSxVQUFNLFFBQVEsR0FBRyxFQUFFLFNBQVMsRUFBRSxHQUFHLElBQUksRUFBRSxTQUFTLEVBQUUsR0FBRztBQUNyRCxVQUFNLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxPQUFPLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRSxJQUFJLEdBQUcsSUFBSSxHQUFHLEVBQUUsU0FBUyxjQUFjLEVBQUUsTUFBTSxNQUFNLEVBQUUsRUFBRTtBQUFBLEVBQ2pKO0FBQ0EsU0FBTyxNQUFNLEtBQUssSUFBSSxJQUFJO0FBQzVCOyIsCiAgIm5hbWVzIjogW10KfQo=
