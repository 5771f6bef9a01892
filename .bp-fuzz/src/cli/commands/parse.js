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
var parse_exports = {};
__export(parse_exports, {
  command: () => command,
  describe: () => describe
});
module.exports = __toCommonJS(parse_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_userError = require("../../core/userError");
var import_emerge = require("../../core/emerge");
const USAGE = `Usage: ebuild-builder parse LOG [--json]

Reads a saved emerge output (a CI log, a build.log, a terminal capture; \`-\` reads stdin) and prints
what it found: build failures with their call stack, QA notices, USE/keyword/licence/mask changes emerge
asked for, masked packages, blockers, slot conflicts, fetch and digest failures, compiler errors.

  --json   one JSON event per line (the format is documented in docs/parse-json.md)
`;
const command = {
  name: "parse",
  summary: "print the findings in a saved emerge log (--json: one event per line)",
  usage: USAGE,
  async run(args, io) {
    const json = args.includes("--json");
    const unknown = args.find((a) => a.startsWith("-") && a !== "--json" && a !== "-");
    if (unknown) throw new import_userError.UserError(`Unknown option '${unknown}'.`, "Run `ebuild-builder parse --help` for the options.", "bad-option");
    const files = args.filter((a) => a !== "--json");
    if (files.length !== 1) throw new import_userError.UserError("parse needs exactly one LOG file.", "Run `ebuild-builder parse path/to/build.log` (or `-` for stdin).", "bad-arguments");
    const file = files[0];
    const events = [];
    const parser = new import_emerge.EmergeParser((e) => {
      if (json) io.stdout.write(JSON.stringify(e) + "\n");
      else events.push(e);
    });
    await readInto(file === "-" ? process.stdin : (0, import_node_fs.createReadStream)((0, import_node_path.resolve)(io.cwd, file)), file, parser);
    parser.end();
    if (!json) io.stdout.write(summarize(events, file));
    return 0;
  }
};
function readInto(stream, file, parser) {
  return new Promise((ok, fail) => {
    stream.on("data", (chunk) => parser.push(chunk));
    stream.on("end", () => ok());
    stream.on("error", (e) => {
      const why = e.code === "ENOENT" ? "does not exist" : e.code === "EISDIR" ? "is a directory" : e.code === "EACCES" ? "is not readable" : e.message;
      fail(new import_userError.UserError(`Cannot read the log '${file}': it ${why}.`, "Pass the path of a saved emerge output or build.log.", "log-unreadable"));
    });
  });
}
function describe(e) {
  const at = `line ${e.inputLine}${e.stream ? ` (${e.stream})` : ""}`;
  const pkg = (cpv, repo) => repo ? `${cpv}::${repo}` : cpv;
  switch (e.type) {
    case "build-failure": {
      const die = e.frames.length ? e.frames[e.frames.length - 1] : void 0;
      return `${at}: build failure: ${pkg(e.cpv, e.repo)} failed in the ${e.phase} phase: ${e.reason.split("\n")[0]}` + (die ? `
    at ${die.file}, line ${die.line} (called ${die.call})` : "") + (e.snippet ? `
    ${e.snippet.split("\n")[0]}` : "") + (e.log ? `
    log: ${e.log}` : "");
    }
    case "qa-notice":
      return `${at}: QA notice (${e.qaType})${e.cpv ? ` in ${e.cpv}` : ""}: ${e.message}` + e.entries.slice(0, 5).map((x) => `
    ${x}`).join("");
    case "autounmask":
      return `${at}: emerge needs a ${e.kind} change in ${e.file}: ${e.entry}` + (e.requiredBy[0] ? ` (required by ${e.requiredBy[0].atom})` : "");
    case "masked":
      return `${at}: all ebuilds for "${e.atom}" are masked: ` + e.candidates.map((c) => `${pkg(c.cpv, c.repo)} (${c.reasons.join(", ")})`).join("; ");
    case "no-ebuilds":
      return `${at}: no ebuilds to satisfy "${e.atom}"` + (e.requiredBy[0] ? ` (required by ${e.requiredBy[0].atom})` : "") + (e.suggestions.length ? `; maybe: ${e.suggestions.join(", ")}` : "");
    case "blocker":
      return e.atom ? `${at}: blocker: ${e.atom} blocks ${e.blocking ?? "?"}${e.hard ? " (hard)" : ""}` : `${at}: blocked packages: ${(e.packages ?? []).map((p) => p.cpv).join(", ")}`;
    case "slot-conflict":
      return `${at}: slot conflict on ${e.atom}: ${e.packages.map((p) => `${p.cpv} (${p.state ?? "?"})`).join(", ")}`;
    case "required-use":
      return `${at}: REQUIRED_USE not met for "${e.atom}"${e.cpv ? ` (${pkg(e.cpv, e.repo)})` : ""}: ${e.unsatisfied.join(" ")}`;
    case "fetch-failure":
      return `${at}: fetch failure${e.file ? ` of ${e.file}` : ""}${e.cpv ? ` for ${e.cpv}` : ""}: ${e.reason}` + (e.got !== void 0 ? ` (got ${e.got || "nothing"}, expected ${e.expected ?? "?"})` : "");
    case "digest-failure":
      return `${at}: digest failure: ${e.file}: ${e.reason}` + (e.got !== void 0 ? ` (got ${e.got}, expected ${e.expected ?? "?"})` : "");
    case "compiler-diagnostic":
      return e.severity === "error" || e.severity === "fatal error" ? `${at}: ${e.tool} ${e.severity}: ${e.file}${e.line ? `:${e.line}` : ""}${e.column ? `:${e.column}` : ""}: ${e.message}` : void 0;
    case "package-done":
      return e.result === "failed" ? `${at}: failed to emerge ${e.cpv}${e.log ? ` (log: ${e.log})` : ""}` : void 0;
    default:
      return void 0;
  }
}
function summarize(events, file) {
  const out = events.map(describe).filter((s) => Boolean(s));
  const started = events.filter((e) => e.type === "package-start").length;
  const done = events.filter((e) => e.type === "package-done" && e.result === "completed").length;
  const merge = events.filter((e) => e.type === "merge-list").length;
  const head = `${file}: ${out.length} finding${out.length === 1 ? "" : "s"}; ${merge} package${merge === 1 ? "" : "s"} in the merge list, ${started} started, ${done} completed.
`;
  return head + out.map((s) => s + "\n").join("");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  describe
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9wYXJzZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBwYXJzZSBMT0cgWy0tanNvbl1gOiB0aGUgZmluZGluZ3MgaW4gYSBzYXZlZCBlbWVyZ2UgbG9nIChDSSBsb2csIGJ1aWxkLmxvZywgYSBwYXN0ZSkuICovXG5pbXBvcnQgeyBjcmVhdGVSZWFkU3RyZWFtIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyByZXNvbHZlIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQ2xpQ29tbWFuZCwgQ2xpSU8gfSBmcm9tICcuLi9jbGlUeXBlcyc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi8uLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBFbWVyZ2VQYXJzZXIsIHR5cGUgRW1lcmdlRXZlbnQgfSBmcm9tICcuLi8uLi9jb3JlL2VtZXJnZSc7XG5cbmNvbnN0IFVTQUdFID0gYFVzYWdlOiBlYnVpbGQtYnVpbGRlciBwYXJzZSBMT0cgWy0tanNvbl1cblxuUmVhZHMgYSBzYXZlZCBlbWVyZ2Ugb3V0cHV0IChhIENJIGxvZywgYSBidWlsZC5sb2csIGEgdGVybWluYWwgY2FwdHVyZTsgXFxgLVxcYCByZWFkcyBzdGRpbikgYW5kIHByaW50c1xud2hhdCBpdCBmb3VuZDogYnVpbGQgZmFpbHVyZXMgd2l0aCB0aGVpciBjYWxsIHN0YWNrLCBRQSBub3RpY2VzLCBVU0Uva2V5d29yZC9saWNlbmNlL21hc2sgY2hhbmdlcyBlbWVyZ2VcbmFza2VkIGZvciwgbWFza2VkIHBhY2thZ2VzLCBibG9ja2Vycywgc2xvdCBjb25mbGljdHMsIGZldGNoIGFuZCBkaWdlc3QgZmFpbHVyZXMsIGNvbXBpbGVyIGVycm9ycy5cblxuICAtLWpzb24gICBvbmUgSlNPTiBldmVudCBwZXIgbGluZSAodGhlIGZvcm1hdCBpcyBkb2N1bWVudGVkIGluIGRvY3MvcGFyc2UtanNvbi5tZClcbmA7XG5cbmV4cG9ydCBjb25zdCBjb21tYW5kOiBDbGlDb21tYW5kID0ge1xuICBuYW1lOiAncGFyc2UnLFxuICBzdW1tYXJ5OiAncHJpbnQgdGhlIGZpbmRpbmdzIGluIGEgc2F2ZWQgZW1lcmdlIGxvZyAoLS1qc29uOiBvbmUgZXZlbnQgcGVyIGxpbmUpJyxcbiAgdXNhZ2U6IFVTQUdFLFxuICBhc3luYyBydW4oYXJnczogc3RyaW5nW10sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gICAgY29uc3QganNvbiA9IGFyZ3MuaW5jbHVkZXMoJy0tanNvbicpO1xuICAgIGNvbnN0IHVua25vd24gPSBhcmdzLmZpbmQoKGEpID0+IGEuc3RhcnRzV2l0aCgnLScpICYmIGEgIT09ICctLWpzb24nICYmIGEgIT09ICctJyk7XG4gICAgaWYgKHVua25vd24pIHRocm93IG5ldyBVc2VyRXJyb3IoYFVua25vd24gb3B0aW9uICcke3Vua25vd259Jy5gLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBwYXJzZSAtLWhlbHBgIGZvciB0aGUgb3B0aW9ucy4nLCAnYmFkLW9wdGlvbicpO1xuICAgIGNvbnN0IGZpbGVzID0gYXJncy5maWx0ZXIoKGEpID0+IGEgIT09ICctLWpzb24nKTtcbiAgICBpZiAoZmlsZXMubGVuZ3RoICE9PSAxKSB0aHJvdyBuZXcgVXNlckVycm9yKCdwYXJzZSBuZWVkcyBleGFjdGx5IG9uZSBMT0cgZmlsZS4nLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBwYXJzZSBwYXRoL3RvL2J1aWxkLmxvZ2AgKG9yIGAtYCBmb3Igc3RkaW4pLicsICdiYWQtYXJndW1lbnRzJyk7XG4gICAgY29uc3QgZmlsZSA9IGZpbGVzWzBdO1xuICAgIGNvbnN0IGV2ZW50czogRW1lcmdlRXZlbnRbXSA9IFtdO1xuICAgIGNvbnN0IHBhcnNlciA9IG5ldyBFbWVyZ2VQYXJzZXIoKGUpID0+IHtcbiAgICAgIGlmIChqc29uKSBpby5zdGRvdXQud3JpdGUoSlNPTi5zdHJpbmdpZnkoZSkgKyAnXFxuJyk7XG4gICAgICBlbHNlIGV2ZW50cy5wdXNoKGUpO1xuICAgIH0pO1xuICAgIGF3YWl0IHJlYWRJbnRvKGZpbGUgPT09ICctJyA/IHByb2Nlc3Muc3RkaW4gOiBjcmVhdGVSZWFkU3RyZWFtKHJlc29sdmUoaW8uY3dkLCBmaWxlKSksIGZpbGUsIHBhcnNlcik7XG4gICAgcGFyc2VyLmVuZCgpO1xuICAgIGlmICghanNvbikgaW8uc3Rkb3V0LndyaXRlKHN1bW1hcml6ZShldmVudHMsIGZpbGUpKTtcbiAgICByZXR1cm4gMDtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIHJlYWRJbnRvKHN0cmVhbTogTm9kZUpTLlJlYWRhYmxlU3RyZWFtLCBmaWxlOiBzdHJpbmcsIHBhcnNlcjogRW1lcmdlUGFyc2VyKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgob2ssIGZhaWwpID0+IHtcbiAgICBzdHJlYW0ub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlciB8IHN0cmluZykgPT4gcGFyc2VyLnB1c2goY2h1bmspKTtcbiAgICBzdHJlYW0ub24oJ2VuZCcsICgpID0+IG9rKCkpO1xuICAgIHN0cmVhbS5vbignZXJyb3InLCAoZTogTm9kZUpTLkVycm5vRXhjZXB0aW9uKSA9PiB7XG4gICAgICBjb25zdCB3aHkgPSBlLmNvZGUgPT09ICdFTk9FTlQnID8gJ2RvZXMgbm90IGV4aXN0JyA6IGUuY29kZSA9PT0gJ0VJU0RJUicgPyAnaXMgYSBkaXJlY3RvcnknIDogZS5jb2RlID09PSAnRUFDQ0VTJyA/ICdpcyBub3QgcmVhZGFibGUnIDogZS5tZXNzYWdlO1xuICAgICAgZmFpbChuZXcgVXNlckVycm9yKGBDYW5ub3QgcmVhZCB0aGUgbG9nICcke2ZpbGV9JzogaXQgJHt3aHl9LmAsICdQYXNzIHRoZSBwYXRoIG9mIGEgc2F2ZWQgZW1lcmdlIG91dHB1dCBvciBidWlsZC5sb2cuJywgJ2xvZy11bnJlYWRhYmxlJykpO1xuICAgIH0pO1xuICB9KTtcbn1cblxuLyoqIE9uZSBsaW5lIHBlciBmaW5kaW5nIChwcm9ncmVzcyBldmVudHMgYXJlIG9ubHkgY291bnRlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmUoZTogRW1lcmdlRXZlbnQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBhdCA9IGBsaW5lICR7ZS5pbnB1dExpbmV9JHtlLnN0cmVhbSA/IGAgKCR7ZS5zdHJlYW19KWAgOiAnJ31gO1xuICBjb25zdCBwa2cgPSAoY3B2OiBzdHJpbmcsIHJlcG8/OiBzdHJpbmcpOiBzdHJpbmcgPT4gKHJlcG8gPyBgJHtjcHZ9Ojoke3JlcG99YCA6IGNwdik7XG4gIHN3aXRjaCAoZS50eXBlKSB7XG4gICAgY2FzZSAnYnVpbGQtZmFpbHVyZSc6IHtcbiAgICAgIGNvbnN0IGRpZSA9IGUuZnJhbWVzLmxlbmd0aCA/IGUuZnJhbWVzW2UuZnJhbWVzLmxlbmd0aCAtIDFdIDogdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIGAke2F0fTogYnVpbGQgZmFpbHVyZTogJHtwa2coZS5jcHYsIGUucmVwbyl9IGZhaWxlZCBpbiB0aGUgJHtlLnBoYXNlfSBwaGFzZTogJHtlLnJlYXNvbi5zcGxpdCgnXFxuJylbMF19YCArXG4gICAgICAgIChkaWUgPyBgXFxuICAgIGF0ICR7ZGllLmZpbGV9LCBsaW5lICR7ZGllLmxpbmV9IChjYWxsZWQgJHtkaWUuY2FsbH0pYCA6ICcnKSArXG4gICAgICAgIChlLnNuaXBwZXQgPyBgXFxuICAgICR7ZS5zbmlwcGV0LnNwbGl0KCdcXG4nKVswXX1gIDogJycpICsgKGUubG9nID8gYFxcbiAgICBsb2c6ICR7ZS5sb2d9YCA6ICcnKTtcbiAgICB9XG4gICAgY2FzZSAncWEtbm90aWNlJzpcbiAgICAgIHJldHVybiBgJHthdH06IFFBIG5vdGljZSAoJHtlLnFhVHlwZX0pJHtlLmNwdiA/IGAgaW4gJHtlLmNwdn1gIDogJyd9OiAke2UubWVzc2FnZX1gICsgZS5lbnRyaWVzLnNsaWNlKDAsIDUpLm1hcCgoeCkgPT4gYFxcbiAgICAke3h9YCkuam9pbignJyk7XG4gICAgY2FzZSAnYXV0b3VubWFzayc6XG4gICAgICByZXR1cm4gYCR7YXR9OiBlbWVyZ2UgbmVlZHMgYSAke2Uua2luZH0gY2hhbmdlIGluICR7ZS5maWxlfTogJHtlLmVudHJ5fWAgKyAoZS5yZXF1aXJlZEJ5WzBdID8gYCAocmVxdWlyZWQgYnkgJHtlLnJlcXVpcmVkQnlbMF0uYXRvbX0pYCA6ICcnKTtcbiAgICBjYXNlICdtYXNrZWQnOlxuICAgICAgcmV0dXJuIGAke2F0fTogYWxsIGVidWlsZHMgZm9yIFwiJHtlLmF0b219XCIgYXJlIG1hc2tlZDogYCArIGUuY2FuZGlkYXRlcy5tYXAoKGMpID0+IGAke3BrZyhjLmNwdiwgYy5yZXBvKX0gKCR7Yy5yZWFzb25zLmpvaW4oJywgJyl9KWApLmpvaW4oJzsgJyk7XG4gICAgY2FzZSAnbm8tZWJ1aWxkcyc6XG4gICAgICByZXR1cm4gYCR7YXR9OiBubyBlYnVpbGRzIHRvIHNhdGlzZnkgXCIke2UuYXRvbX1cImAgKyAoZS5yZXF1aXJlZEJ5WzBdID8gYCAocmVxdWlyZWQgYnkgJHtlLnJlcXVpcmVkQnlbMF0uYXRvbX0pYCA6ICcnKSArXG4gICAgICAgIChlLnN1Z2dlc3Rpb25zLmxlbmd0aCA/IGA7IG1heWJlOiAke2Uuc3VnZ2VzdGlvbnMuam9pbignLCAnKX1gIDogJycpO1xuICAgIGNhc2UgJ2Jsb2NrZXInOlxuICAgICAgcmV0dXJuIGUuYXRvbSA/IGAke2F0fTogYmxvY2tlcjogJHtlLmF0b219IGJsb2NrcyAke2UuYmxvY2tpbmcgPz8gJz8nfSR7ZS5oYXJkID8gJyAoaGFyZCknIDogJyd9YCA6IGAke2F0fTogYmxvY2tlZCBwYWNrYWdlczogJHsoZS5wYWNrYWdlcyA/PyBbXSkubWFwKChwKSA9PiBwLmNwdikuam9pbignLCAnKX1gO1xuICAgIGNhc2UgJ3Nsb3QtY29uZmxpY3QnOlxuICAgICAgcmV0dXJuIGAke2F0fTogc2xvdCBjb25mbGljdCBvbiAke2UuYXRvbX06ICR7ZS5wYWNrYWdlcy5tYXAoKHApID0+IGAke3AuY3B2fSAoJHtwLnN0YXRlID8/ICc/J30pYCkuam9pbignLCAnKX1gO1xuICAgIGNhc2UgJ3JlcXVpcmVkLXVzZSc6XG4gICAgICByZXR1cm4gYCR7YXR9OiBSRVFVSVJFRF9VU0Ugbm90IG1ldCBmb3IgXCIke2UuYXRvbX1cIiR7ZS5jcHYgPyBgICgke3BrZyhlLmNwdiwgZS5yZXBvKX0pYCA6ICcnfTogJHtlLnVuc2F0aXNmaWVkLmpvaW4oJyAnKX1gO1xuICAgIGNhc2UgJ2ZldGNoLWZhaWx1cmUnOlxuICAgICAgcmV0dXJuIGAke2F0fTogZmV0Y2ggZmFpbHVyZSR7ZS5maWxlID8gYCBvZiAke2UuZmlsZX1gIDogJyd9JHtlLmNwdiA/IGAgZm9yICR7ZS5jcHZ9YCA6ICcnfTogJHtlLnJlYXNvbn1gICsgKGUuZ290ICE9PSB1bmRlZmluZWQgPyBgIChnb3QgJHtlLmdvdCB8fCAnbm90aGluZyd9LCBleHBlY3RlZCAke2UuZXhwZWN0ZWQgPz8gJz8nfSlgIDogJycpO1xuICAgIGNhc2UgJ2RpZ2VzdC1mYWlsdXJlJzpcbiAgICAgIHJldHVybiBgJHthdH06IGRpZ2VzdCBmYWlsdXJlOiAke2UuZmlsZX06ICR7ZS5yZWFzb259YCArIChlLmdvdCAhPT0gdW5kZWZpbmVkID8gYCAoZ290ICR7ZS5nb3R9LCBleHBlY3RlZCAke2UuZXhwZWN0ZWQgPz8gJz8nfSlgIDogJycpO1xuICAgIGNhc2UgJ2NvbXBpbGVyLWRpYWdub3N0aWMnOlxuICAgICAgcmV0dXJuIGUuc2V2ZXJpdHkgPT09ICdlcnJvcicgfHwgZS5zZXZlcml0eSA9PT0gJ2ZhdGFsIGVycm9yJ1xuICAgICAgICA/IGAke2F0fTogJHtlLnRvb2x9ICR7ZS5zZXZlcml0eX06ICR7ZS5maWxlfSR7ZS5saW5lID8gYDoke2UubGluZX1gIDogJyd9JHtlLmNvbHVtbiA/IGA6JHtlLmNvbHVtbn1gIDogJyd9OiAke2UubWVzc2FnZX1gIDogdW5kZWZpbmVkO1xuICAgIGNhc2UgJ3BhY2thZ2UtZG9uZSc6XG4gICAgICByZXR1cm4gZS5yZXN1bHQgPT09ICdmYWlsZWQnID8gYCR7YXR9OiBmYWlsZWQgdG8gZW1lcmdlICR7ZS5jcHZ9JHtlLmxvZyA/IGAgKGxvZzogJHtlLmxvZ30pYCA6ICcnfWAgOiB1bmRlZmluZWQ7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3VtbWFyaXplKGV2ZW50czogRW1lcmdlRXZlbnRbXSwgZmlsZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3Qgb3V0ID0gZXZlbnRzLm1hcChkZXNjcmliZSkuZmlsdGVyKChzKTogcyBpcyBzdHJpbmcgPT4gQm9vbGVhbihzKSk7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBldmVudHMuZmlsdGVyKChlKSA9PiBlLnR5cGUgPT09ICdwYWNrYWdlLXN0YXJ0JykubGVuZ3RoO1xuICBjb25zdCBkb25lID0gZXZlbnRzLmZpbHRlcigoZSkgPT4gZS50eXBlID09PSAncGFja2FnZS1kb25lJyAmJiBlLnJlc3VsdCA9PT0gJ2NvbXBsZXRlZCcpLmxlbmd0aDtcbiAgY29uc3QgbWVyZ2UgPSBldmVudHMuZmlsdGVyKChlKSA9PiBlLnR5cGUgPT09ICdtZXJnZS1saXN0JykubGVuZ3RoO1xuICBjb25zdCBoZWFkID0gYCR7ZmlsZX06ICR7b3V0Lmxlbmd0aH0gZmluZGluZyR7b3V0Lmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfTsgJHttZXJnZX0gcGFja2FnZSR7bWVyZ2UgPT09IDEgPyAnJyA6ICdzJ30gaW4gdGhlIG1lcmdlIGxpc3QsICR7c3RhcnRlZH0gc3RhcnRlZCwgJHtkb25lfSBjb21wbGV0ZWQuXFxuYDtcbiAgcmV0dXJuIGhlYWQgKyBvdXQubWFwKChzKSA9PiBzICsgJ1xcbicpLmpvaW4oJycpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQWlDO0FBQ2pDLHVCQUF3QjtBQUV4Qix1QkFBMEI7QUFDMUIsb0JBQStDO0FBRS9DLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBU1AsTUFBTSxVQUFzQjtBQUFBLEVBQ2pDLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLE1BQU0sSUFBSSxNQUFnQixJQUE0QjtBQUNwRCxVQUFNLE9BQU8sS0FBSyxTQUFTLFFBQVE7QUFDbkMsVUFBTSxVQUFVLEtBQUssS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLEdBQUcsS0FBSyxNQUFNLFlBQVksTUFBTSxHQUFHO0FBQ2pGLFFBQUksUUFBUyxPQUFNLElBQUksMkJBQVUsbUJBQW1CLE9BQU8sTUFBTSxzREFBc0QsWUFBWTtBQUNuSSxVQUFNLFFBQVEsS0FBSyxPQUFPLENBQUMsTUFBTSxNQUFNLFFBQVE7QUFDL0MsUUFBSSxNQUFNLFdBQVcsRUFBRyxPQUFNLElBQUksMkJBQVUscUNBQXFDLG9FQUFvRSxlQUFlO0FBQ3BLLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsVUFBTSxTQUF3QixDQUFDO0FBQy9CLFVBQU0sU0FBUyxJQUFJLDJCQUFhLENBQUMsTUFBTTtBQUNyQyxVQUFJLEtBQU0sSUFBRyxPQUFPLE1BQU0sS0FBSyxVQUFVLENBQUMsSUFBSSxJQUFJO0FBQUEsVUFDN0MsUUFBTyxLQUFLLENBQUM7QUFBQSxJQUNwQixDQUFDO0FBQ0QsVUFBTSxTQUFTLFNBQVMsTUFBTSxRQUFRLFlBQVEscUNBQWlCLDBCQUFRLEdBQUcsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDbkcsV0FBTyxJQUFJO0FBQ1gsUUFBSSxDQUFDLEtBQU0sSUFBRyxPQUFPLE1BQU0sVUFBVSxRQUFRLElBQUksQ0FBQztBQUNsRCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxTQUFTLFFBQStCLE1BQWMsUUFBcUM7QUFDbEcsU0FBTyxJQUFJLFFBQVEsQ0FBQyxJQUFJLFNBQVM7QUFDL0IsV0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUEyQixPQUFPLEtBQUssS0FBSyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxPQUFPLE1BQU0sR0FBRyxDQUFDO0FBQzNCLFdBQU8sR0FBRyxTQUFTLENBQUMsTUFBNkI7QUFDL0MsWUFBTSxNQUFNLEVBQUUsU0FBUyxXQUFXLG1CQUFtQixFQUFFLFNBQVMsV0FBVyxtQkFBbUIsRUFBRSxTQUFTLFdBQVcsb0JBQW9CLEVBQUU7QUFDMUksV0FBSyxJQUFJLDJCQUFVLHdCQUF3QixJQUFJLFNBQVMsR0FBRyxLQUFLLHdEQUF3RCxnQkFBZ0IsQ0FBQztBQUFBLElBQzNJLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSDtBQUdPLFNBQVMsU0FBUyxHQUFvQztBQUMzRCxRQUFNLEtBQUssUUFBUSxFQUFFLFNBQVMsR0FBRyxFQUFFLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxFQUFFO0FBQ2pFLFFBQU0sTUFBTSxDQUFDLEtBQWEsU0FBMkIsT0FBTyxHQUFHLEdBQUcsS0FBSyxJQUFJLEtBQUs7QUFDaEYsVUFBUSxFQUFFLE1BQU07QUFBQSxJQUNkLEtBQUssaUJBQWlCO0FBQ3BCLFlBQU0sTUFBTSxFQUFFLE9BQU8sU0FBUyxFQUFFLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQyxJQUFJO0FBQzlELGFBQU8sR0FBRyxFQUFFLG9CQUFvQixJQUFJLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxrQkFBa0IsRUFBRSxLQUFLLFdBQVcsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxNQUMxRyxNQUFNO0FBQUEsU0FBWSxJQUFJLElBQUksVUFBVSxJQUFJLElBQUksWUFBWSxJQUFJLElBQUksTUFBTSxPQUN0RSxFQUFFLFVBQVU7QUFBQSxNQUFTLEVBQUUsUUFBUSxNQUFNLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSyxPQUFPLEVBQUUsTUFBTTtBQUFBLFdBQWMsRUFBRSxHQUFHLEtBQUs7QUFBQSxJQUM5RjtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxFQUFFLGdCQUFnQixFQUFFLE1BQU0sSUFBSSxFQUFFLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxFQUFFLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxRQUFRLE1BQU0sR0FBRyxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU07QUFBQSxNQUFTLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRTtBQUFBLElBQzlJLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxJQUFJLGNBQWMsRUFBRSxJQUFJLEtBQUssRUFBRSxLQUFLLE1BQU0sRUFBRSxXQUFXLENBQUMsSUFBSSxpQkFBaUIsRUFBRSxXQUFXLENBQUMsRUFBRSxJQUFJLE1BQU07QUFBQSxJQUMzSSxLQUFLO0FBQ0gsYUFBTyxHQUFHLEVBQUUsc0JBQXNCLEVBQUUsSUFBSSxtQkFBbUIsRUFBRSxXQUFXLElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSTtBQUFBLElBQ2pKLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSw0QkFBNEIsRUFBRSxJQUFJLE9BQU8sRUFBRSxXQUFXLENBQUMsSUFBSSxpQkFBaUIsRUFBRSxXQUFXLENBQUMsRUFBRSxJQUFJLE1BQU0sT0FDL0csRUFBRSxZQUFZLFNBQVMsWUFBWSxFQUFFLFlBQVksS0FBSyxJQUFJLENBQUMsS0FBSztBQUFBLElBQ3JFLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxHQUFHLEVBQUUsY0FBYyxFQUFFLElBQUksV0FBVyxFQUFFLFlBQVksR0FBRyxHQUFHLEVBQUUsT0FBTyxZQUFZLEVBQUUsS0FBSyxHQUFHLEVBQUUsd0JBQXdCLEVBQUUsWUFBWSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNqTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLEVBQUUsc0JBQXNCLEVBQUUsSUFBSSxLQUFLLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsR0FBRyxLQUFLLEVBQUUsU0FBUyxHQUFHLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLElBQy9HLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSwrQkFBK0IsRUFBRSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxZQUFZLEtBQUssR0FBRyxDQUFDO0FBQUEsSUFDMUgsS0FBSztBQUNILGFBQU8sR0FBRyxFQUFFLGtCQUFrQixFQUFFLE9BQU8sT0FBTyxFQUFFLElBQUksS0FBSyxFQUFFLEdBQUcsRUFBRSxNQUFNLFFBQVEsRUFBRSxHQUFHLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsUUFBUSxTQUFZLFNBQVMsRUFBRSxPQUFPLFNBQVMsY0FBYyxFQUFFLFlBQVksR0FBRyxNQUFNO0FBQUEsSUFDck0sS0FBSztBQUNILGFBQU8sR0FBRyxFQUFFLHFCQUFxQixFQUFFLElBQUksS0FBSyxFQUFFLE1BQU0sTUFBTSxFQUFFLFFBQVEsU0FBWSxTQUFTLEVBQUUsR0FBRyxjQUFjLEVBQUUsWUFBWSxHQUFHLE1BQU07QUFBQSxJQUNySSxLQUFLO0FBQ0gsYUFBTyxFQUFFLGFBQWEsV0FBVyxFQUFFLGFBQWEsZ0JBQzVDLEdBQUcsRUFBRSxLQUFLLEVBQUUsSUFBSSxJQUFJLEVBQUUsUUFBUSxLQUFLLEVBQUUsSUFBSSxHQUFHLEVBQUUsT0FBTyxJQUFJLEVBQUUsSUFBSSxLQUFLLEVBQUUsR0FBRyxFQUFFLFNBQVMsSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLEtBQUssRUFBRSxPQUFPLEtBQUs7QUFBQSxJQUNoSSxLQUFLO0FBQ0gsYUFBTyxFQUFFLFdBQVcsV0FBVyxHQUFHLEVBQUUsc0JBQXNCLEVBQUUsR0FBRyxHQUFHLEVBQUUsTUFBTSxVQUFVLEVBQUUsR0FBRyxNQUFNLEVBQUUsS0FBSztBQUFBLElBQ3hHO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsVUFBVSxRQUF1QixNQUFzQjtBQUM5RCxRQUFNLE1BQU0sT0FBTyxJQUFJLFFBQVEsRUFBRSxPQUFPLENBQUMsTUFBbUIsUUFBUSxDQUFDLENBQUM7QUFDdEUsUUFBTSxVQUFVLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLGVBQWUsRUFBRTtBQUNqRSxRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsa0JBQWtCLEVBQUUsV0FBVyxXQUFXLEVBQUU7QUFDekYsUUFBTSxRQUFRLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLFlBQVksRUFBRTtBQUM1RCxRQUFNLE9BQU8sR0FBRyxJQUFJLEtBQUssSUFBSSxNQUFNLFdBQVcsSUFBSSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssS0FBSyxXQUFXLFVBQVUsSUFBSSxLQUFLLEdBQUcsdUJBQXVCLE9BQU8sYUFBYSxJQUFJO0FBQUE7QUFDbkssU0FBTyxPQUFPLElBQUksSUFBSSxDQUFDLE1BQU0sSUFBSSxJQUFJLEVBQUUsS0FBSyxFQUFFO0FBQ2hEOyIsCiAgIm5hbWVzIjogW10KfQo=
