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
var changedBuilds_exports = {};
__export(changedBuilds_exports, {
  buildChanged: () => buildChanged,
  outcomeOf: () => outcomeOf,
  runChangedBuilds: () => runChangedBuilds,
  summaryTable: () => summaryTable,
  worstStatus: () => worstStatus
});
module.exports = __toCommonJS(changedBuilds_exports);
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_emerge = require("../core/emerge");
var import_findings = require("../core/findings");
var import_userError = require("../core/userError");
var import_build = require("./commands/build");
var import_changed = require("./commands/changed");
var import_gitChanges = require("./gitChanges");
async function outcomeOf(atom, ebuild, result) {
  const out = { atom, ebuild, result: result.state, status: (0, import_build.exitStatusOf)(result), log: result.logPath, artifacts: result.artifacts };
  if (result.error) out.finding = result.error.message;
  const text = result.logPath ? await (0, import_promises.readFile)(result.logPath).catch(() => void 0) : void 0;
  if (text && result.state !== "succeeded") {
    const events = (0, import_emerge.parseAll)(text);
    const findings = (0, import_findings.findingsOf)(events);
    const failure = events.find((e) => e.type === "build-failure");
    out.phase = failure?.type === "build-failure" ? failure.phase : findings.some((f) => f.severity === "error") ? "dependencies" : void 0;
    out.finding = (0, import_findings.mainFinding)(findings)?.message ?? out.finding;
  }
  return out;
}
async function buildChanged(entries, repo, o) {
  const build = o.build ?? import_build.runOneBuild;
  const outcomes = [];
  let stopped = false;
  for (const e of entries) {
    const ebuild = (0, import_node_path.join)(repo, e.path);
    const before = o.finished?.find((f) => f.atom === e.atom && f.result !== "not built" && f.result !== "cancelled");
    if (before) {
      outcomes.push(before);
      if (before.result !== "succeeded" && !o.keepGoing) stopped = true;
      continue;
    }
    if (stopped) {
      outcomes.push({ atom: e.atom, ebuild, result: "not built", finding: "an earlier build failed (use --keep-going to build it anyway)", artifacts: [] });
      continue;
    }
    let outcome;
    try {
      outcome = await outcomeOf(e.atom, ebuild, await build(ebuild, { ...o.flags, workspace: o.flags.workspace ?? repo }, o.json, o.io));
    } catch (err) {
      if (!(0, import_userError.isUserError)(err)) throw err;
      o.io.stderr.write(`ebuild-builder build: ${e.atom}: ${err.toString()}
`);
      outcome = { atom: e.atom, ebuild, result: "error", status: 2, finding: err.message, artifacts: [] };
    }
    outcomes.push(outcome);
    await o.onOutcome?.(outcome);
    if (outcome.result !== "succeeded" && !o.keepGoing) stopped = true;
    if (outcome.result === "cancelled") stopped = true;
  }
  return outcomes;
}
function worstStatus(outcomes) {
  return outcomes.reduce((w, o) => Math.max(w, o.status ?? 0), 0);
}
const clip = (s, n) => s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
function summaryTable(outcomes, cwd, label = "atom", nameOf = (o) => o.atom) {
  const rows = [[label, "result", "phase", "first finding", "log"]];
  for (const o of outcomes) {
    const result = o.status !== void 0 && o.status !== 0 ? `${o.result} (${o.status})` : o.result;
    const log = o.log ? o.log.startsWith(cwd + "/") ? o.log.slice(cwd.length + 1) : o.log : "-";
    rows.push([nameOf(o), result, o.phase ?? "-", clip((o.finding ?? "-").replace(/\s+/g, " "), 70), log]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ")).join("\n") + "\n";
}
async function runChangedBuilds(parsed, io, build) {
  if (parsed.positionals.length) {
    throw new import_userError.UserError(`build --changed takes no ebuild path (got ${parsed.positionals[0]}).`, "Run `ebuild-builder build --changed [--since REF]` in the repository, or pass --repo DIR.", "bad-flag");
  }
  const since = parsed.rest.since;
  const report = await (0, import_gitChanges.changedSince)((0, import_node_path.resolve)(io.cwd, parsed.rest.repo ?? "."), since);
  io.stderr.write((0, import_changed.formatChanged)(report));
  const outcomes = await buildChanged(report.build, report.repo, { flags: parsed.flags, json: parsed.json, keepGoing: Boolean(parsed.rest["keep-going"]), io, build });
  if (parsed.json) io.stdout.write(JSON.stringify({ type: "changed-summary", base: report.base.sha, head: report.head, outcomes, deleted: report.deleted.map((d) => d.atom) }) + "\n");
  else {
    io.stdout.write("\n" + (outcomes.length ? summaryTable(outcomes, io.cwd) : "Nothing to build.\n"));
    for (const d of report.deleted) io.stdout.write(`deleted, not built: ${d.atom}
`);
  }
  return worstStatus(outcomes);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildChanged,
  outcomeOf,
  runChangedBuilds,
  summaryTable,
  worstStatus
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jaGFuZ2VkQnVpbGRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIGBidWlsZCAtLWNoYW5nZWQgWy0tc2luY2UgUkVGXSBbLS1rZWVwLWdvaW5nXWA6IGJ1aWxkcyB3aGF0IGBjaGFuZ2VkYCBsaXN0cywgaW4gaXRzIG9yZGVyLCBzdG9wcGluZyBhdCB0aGVcbiAqIGZpcnN0IGZhaWx1cmUgdW5sZXNzIGFza2VkIHRvIGtlZXAgZ29pbmcsIHRoZW4gcHJpbnRzIGEgc3VtbWFyeSB0YWJsZSAoYXRvbSwgcmVzdWx0LCBwaGFzZSwgZmlyc3QgZmluZGluZyxcbiAqIGxvZykgYW5kIGV4aXRzIHdpdGggZW1lcmdlJ3Mgd29yc3Qgc3RhdHVzLiBgd2F0Y2hgIHJ1bnMgdGhlIHNhbWUgY29kZSBmb3IgZWFjaCBuZXcgY29tbWl0LlxuICovXG5pbXBvcnQgeyByZWFkRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgam9pbiwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVzdWx0IH0gZnJvbSAnLi4vY29yZS9idWlsZFJ1bic7XG5pbXBvcnQgdHlwZSB7IENoYW5nZWRFYnVpbGQgfSBmcm9tICcuLi9jb3JlL2NoYW5nZWQnO1xuaW1wb3J0IHsgcGFyc2VBbGwgfSBmcm9tICcuLi9jb3JlL2VtZXJnZSc7XG5pbXBvcnQgeyBmaW5kaW5nc09mLCBtYWluRmluZGluZyB9IGZyb20gJy4uL2NvcmUvZmluZGluZ3MnO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IsIFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB0eXBlIHsgQ2xpSU8gfSBmcm9tICcuL2NsaVR5cGVzJztcbmltcG9ydCB0eXBlIHsgQnVpbGRGbGFncyB9IGZyb20gJy4vYnVpbGRPcHRpb25zJztcbmltcG9ydCB7IGV4aXRTdGF0dXNPZiwgcnVuT25lQnVpbGQsIHR5cGUgcGFyc2VCdWlsZEZsYWdzIH0gZnJvbSAnLi9jb21tYW5kcy9idWlsZCc7XG5pbXBvcnQgeyBmb3JtYXRDaGFuZ2VkIH0gZnJvbSAnLi9jb21tYW5kcy9jaGFuZ2VkJztcbmltcG9ydCB7IGNoYW5nZWRTaW5jZSB9IGZyb20gJy4vZ2l0Q2hhbmdlcyc7XG5cbmV4cG9ydCB0eXBlIEJ1aWxkRm4gPSAoZWJ1aWxkOiBzdHJpbmcsIGZsYWdzOiBCdWlsZEZsYWdzLCBqc29uOiBib29sZWFuLCBpbzogQ2xpSU8pID0+IFByb21pc2U8QnVpbGRSZXN1bHQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIEF0b21PdXRjb21lIHtcbiAgYXRvbTogc3RyaW5nO1xuICAvKiogQWJzb2x1dGUgZWJ1aWxkIHBhdGguICovXG4gIGVidWlsZDogc3RyaW5nO1xuICByZXN1bHQ6ICdzdWNjZWVkZWQnIHwgJ2ZhaWxlZCcgfCAnY2FuY2VsbGVkJyB8ICdlcnJvcicgfCAnbm90IGJ1aWx0JztcbiAgLyoqIFdoYXQgYGJ1aWxkYCB3b3VsZCBleGl0IHdpdGggZm9yIHRoaXMgb25lIChlbWVyZ2UncyBzdGF0dXM7IDIgZm9yIGFuIGVycm9yIGJlZm9yZSBlbWVyZ2UgcmFuKS4gKi9cbiAgc3RhdHVzPzogbnVtYmVyO1xuICBwaGFzZT86IHN0cmluZztcbiAgZmluZGluZz86IHN0cmluZztcbiAgbG9nPzogc3RyaW5nO1xuICBhcnRpZmFjdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogUmVhZHMgdGhlIGJ1aWxkJ3MgbG9nIGFuZCBzYXlzIHdoaWNoIHBoYXNlIGZhaWxlZCBhbmQgd2hhdCB0aGUgZmlyc3QgZmluZGluZyBpcy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBvdXRjb21lT2YoYXRvbTogc3RyaW5nLCBlYnVpbGQ6IHN0cmluZywgcmVzdWx0OiBCdWlsZFJlc3VsdCk6IFByb21pc2U8QXRvbU91dGNvbWU+IHtcbiAgY29uc3Qgb3V0OiBBdG9tT3V0Y29tZSA9IHsgYXRvbSwgZWJ1aWxkLCByZXN1bHQ6IHJlc3VsdC5zdGF0ZSwgc3RhdHVzOiBleGl0U3RhdHVzT2YocmVzdWx0KSwgbG9nOiByZXN1bHQubG9nUGF0aCwgYXJ0aWZhY3RzOiByZXN1bHQuYXJ0aWZhY3RzIH07XG4gIGlmIChyZXN1bHQuZXJyb3IpIG91dC5maW5kaW5nID0gcmVzdWx0LmVycm9yLm1lc3NhZ2U7XG4gIGNvbnN0IHRleHQgPSByZXN1bHQubG9nUGF0aCA/IGF3YWl0IHJlYWRGaWxlKHJlc3VsdC5sb2dQYXRoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpIDogdW5kZWZpbmVkO1xuICBpZiAodGV4dCAmJiByZXN1bHQuc3RhdGUgIT09ICdzdWNjZWVkZWQnKSB7XG4gICAgY29uc3QgZXZlbnRzID0gcGFyc2VBbGwodGV4dCk7XG4gICAgY29uc3QgZmluZGluZ3MgPSBmaW5kaW5nc09mKGV2ZW50cyk7XG4gICAgY29uc3QgZmFpbHVyZSA9IGV2ZW50cy5maW5kKChlKSA9PiBlLnR5cGUgPT09ICdidWlsZC1mYWlsdXJlJyk7XG4gICAgb3V0LnBoYXNlID0gZmFpbHVyZT8udHlwZSA9PT0gJ2J1aWxkLWZhaWx1cmUnID8gZmFpbHVyZS5waGFzZSA6IGZpbmRpbmdzLnNvbWUoKGYpID0+IGYuc2V2ZXJpdHkgPT09ICdlcnJvcicpID8gJ2RlcGVuZGVuY2llcycgOiB1bmRlZmluZWQ7XG4gICAgb3V0LmZpbmRpbmcgPSBtYWluRmluZGluZyhmaW5kaW5ncyk/Lm1lc3NhZ2UgPz8gb3V0LmZpbmRpbmc7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCdWlsZENoYW5nZWRPcHRpb25zIHtcbiAgZmxhZ3M6IEJ1aWxkRmxhZ3M7XG4gIGpzb246IGJvb2xlYW47XG4gIGtlZXBHb2luZzogYm9vbGVhbjtcbiAgaW86IENsaUlPO1xuICBidWlsZD86IEJ1aWxkRm47XG4gIC8qKiBPdXRjb21lcyBhbHJlYWR5IHJlY29yZGVkIChhIHJlc3VtZWQgd2F0Y2gpOiB0aG9zZSBhdG9tcyBhcmUgbm90IGJ1aWx0IGFnYWluLiAqL1xuICBmaW5pc2hlZD86IEF0b21PdXRjb21lW107XG4gIC8qKiBDYWxsZWQgYWZ0ZXIgZWFjaCBidWlsZCwgYmVmb3JlIHRoZSBuZXh0IHN0YXJ0cyAoYSB3YXRjaCBwZXJzaXN0cyBpdHMgc3RhdGUgaGVyZSkuICovXG4gIG9uT3V0Y29tZT86IChvOiBBdG9tT3V0Y29tZSkgPT4gUHJvbWlzZTx2b2lkPiB8IHZvaWQ7XG59XG5cbi8qKiBCdWlsZHMgZWFjaCBlYnVpbGQgaW4gb3JkZXI7IHRoZSBvdXRjb21lcyBsaXN0IGV2ZXJ5IGVudHJ5LCBidWlsdCBvciBub3QuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYnVpbGRDaGFuZ2VkKGVudHJpZXM6IENoYW5nZWRFYnVpbGRbXSwgcmVwbzogc3RyaW5nLCBvOiBCdWlsZENoYW5nZWRPcHRpb25zKTogUHJvbWlzZTxBdG9tT3V0Y29tZVtdPiB7XG4gIGNvbnN0IGJ1aWxkID0gby5idWlsZCA/PyBydW5PbmVCdWlsZDtcbiAgY29uc3Qgb3V0Y29tZXM6IEF0b21PdXRjb21lW10gPSBbXTtcbiAgbGV0IHN0b3BwZWQgPSBmYWxzZTtcbiAgZm9yIChjb25zdCBlIG9mIGVudHJpZXMpIHtcbiAgICBjb25zdCBlYnVpbGQgPSBqb2luKHJlcG8sIGUucGF0aCk7XG4gICAgY29uc3QgYmVmb3JlID0gby5maW5pc2hlZD8uZmluZCgoZikgPT4gZi5hdG9tID09PSBlLmF0b20gJiYgZi5yZXN1bHQgIT09ICdub3QgYnVpbHQnICYmIGYucmVzdWx0ICE9PSAnY2FuY2VsbGVkJyk7XG4gICAgaWYgKGJlZm9yZSkge1xuICAgICAgb3V0Y29tZXMucHVzaChiZWZvcmUpO1xuICAgICAgaWYgKGJlZm9yZS5yZXN1bHQgIT09ICdzdWNjZWVkZWQnICYmICFvLmtlZXBHb2luZykgc3RvcHBlZCA9IHRydWU7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKHN0b3BwZWQpIHtcbiAgICAgIG91dGNvbWVzLnB1c2goeyBhdG9tOiBlLmF0b20sIGVidWlsZCwgcmVzdWx0OiAnbm90IGJ1aWx0JywgZmluZGluZzogJ2FuIGVhcmxpZXIgYnVpbGQgZmFpbGVkICh1c2UgLS1rZWVwLWdvaW5nIHRvIGJ1aWxkIGl0IGFueXdheSknLCBhcnRpZmFjdHM6IFtdIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGxldCBvdXRjb21lOiBBdG9tT3V0Y29tZTtcbiAgICB0cnkge1xuICAgICAgb3V0Y29tZSA9IGF3YWl0IG91dGNvbWVPZihlLmF0b20sIGVidWlsZCwgYXdhaXQgYnVpbGQoZWJ1aWxkLCB7IC4uLm8uZmxhZ3MsIHdvcmtzcGFjZTogby5mbGFncy53b3Jrc3BhY2UgPz8gcmVwbyB9LCBvLmpzb24sIG8uaW8pKTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIGlmICghaXNVc2VyRXJyb3IoZXJyKSkgdGhyb3cgZXJyO1xuICAgICAgby5pby5zdGRlcnIud3JpdGUoYGVidWlsZC1idWlsZGVyIGJ1aWxkOiAke2UuYXRvbX06ICR7ZXJyLnRvU3RyaW5nKCl9XFxuYCk7XG4gICAgICBvdXRjb21lID0geyBhdG9tOiBlLmF0b20sIGVidWlsZCwgcmVzdWx0OiAnZXJyb3InLCBzdGF0dXM6IDIsIGZpbmRpbmc6IGVyci5tZXNzYWdlLCBhcnRpZmFjdHM6IFtdIH07XG4gICAgfVxuICAgIG91dGNvbWVzLnB1c2gob3V0Y29tZSk7XG4gICAgYXdhaXQgby5vbk91dGNvbWU/LihvdXRjb21lKTtcbiAgICBpZiAob3V0Y29tZS5yZXN1bHQgIT09ICdzdWNjZWVkZWQnICYmICFvLmtlZXBHb2luZykgc3RvcHBlZCA9IHRydWU7XG4gICAgaWYgKG91dGNvbWUucmVzdWx0ID09PSAnY2FuY2VsbGVkJykgc3RvcHBlZCA9IHRydWU7XG4gIH1cbiAgcmV0dXJuIG91dGNvbWVzO1xufVxuXG4vKiogZW1lcmdlJ3Mgd29yc3Qgc3RhdHVzIG92ZXIgdGhlIGJ1aWxkcyB0aGF0IHJhbiAoMCB3aGVuIGFsbCBzdWNjZWVkZWQgb3Igbm90aGluZyByYW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcnN0U3RhdHVzKG91dGNvbWVzOiBBdG9tT3V0Y29tZVtdKTogbnVtYmVyIHtcbiAgcmV0dXJuIG91dGNvbWVzLnJlZHVjZSgodywgbykgPT4gTWF0aC5tYXgodywgby5zdGF0dXMgPz8gMCksIDApO1xufVxuXG5jb25zdCBjbGlwID0gKHM6IHN0cmluZywgbjogbnVtYmVyKSA9PiAocy5sZW5ndGggPiBuID8gcy5zbGljZSgwLCBuIC0gMSkgKyAnXHUyMDI2JyA6IHMpO1xuXG4vKiogT25lIHJvdyBwZXIgb3V0Y29tZTsgYGxhYmVsYCBuYW1lcyB0aGUgZmlyc3QgY29sdW1uICh0aGUgYXRvbSwgb3IgYSBVU0UgY29tYmluYXRpb24pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1bW1hcnlUYWJsZShvdXRjb21lczogQXRvbU91dGNvbWVbXSwgY3dkOiBzdHJpbmcsIGxhYmVsID0gJ2F0b20nLCBuYW1lT2YgPSAobzogQXRvbU91dGNvbWUpID0+IG8uYXRvbSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSBbW2xhYmVsLCAncmVzdWx0JywgJ3BoYXNlJywgJ2ZpcnN0IGZpbmRpbmcnLCAnbG9nJ11dO1xuICBmb3IgKGNvbnN0IG8gb2Ygb3V0Y29tZXMpIHtcbiAgICBjb25zdCByZXN1bHQgPSBvLnN0YXR1cyAhPT0gdW5kZWZpbmVkICYmIG8uc3RhdHVzICE9PSAwID8gYCR7by5yZXN1bHR9ICgke28uc3RhdHVzfSlgIDogby5yZXN1bHQ7XG4gICAgY29uc3QgbG9nID0gby5sb2cgPyAoby5sb2cuc3RhcnRzV2l0aChjd2QgKyAnLycpID8gby5sb2cuc2xpY2UoY3dkLmxlbmd0aCArIDEpIDogby5sb2cpIDogJy0nO1xuICAgIHJvd3MucHVzaChbbmFtZU9mKG8pLCByZXN1bHQsIG8ucGhhc2UgPz8gJy0nLCBjbGlwKChvLmZpbmRpbmcgPz8gJy0nKS5yZXBsYWNlKC9cXHMrL2csICcgJyksIDcwKSwgbG9nXSk7XG4gIH1cbiAgY29uc3Qgd2lkdGhzID0gcm93c1swXS5tYXAoKF8sIGkpID0+IE1hdGgubWF4KC4uLnJvd3MubWFwKChyKSA9PiByW2ldLmxlbmd0aCkpKTtcbiAgcmV0dXJuIHJvd3MubWFwKChyKSA9PiByLm1hcCgoYywgaSkgPT4gKGkgPT09IHIubGVuZ3RoIC0gMSA/IGMgOiBjLnBhZEVuZCh3aWR0aHNbaV0pKSkuam9pbignICAnKSkuam9pbignXFxuJykgKyAnXFxuJztcbn1cblxudHlwZSBQYXJzZWQgPSBSZXR1cm5UeXBlPHR5cGVvZiBwYXJzZUJ1aWxkRmxhZ3M+O1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuQ2hhbmdlZEJ1aWxkcyhwYXJzZWQ6IFBhcnNlZCwgaW86IENsaUlPLCBidWlsZD86IEJ1aWxkRm4pOiBQcm9taXNlPG51bWJlcj4ge1xuICBpZiAocGFyc2VkLnBvc2l0aW9uYWxzLmxlbmd0aCkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYGJ1aWxkIC0tY2hhbmdlZCB0YWtlcyBubyBlYnVpbGQgcGF0aCAoZ290ICR7cGFyc2VkLnBvc2l0aW9uYWxzWzBdfSkuYCwgJ1J1biBgZWJ1aWxkLWJ1aWxkZXIgYnVpbGQgLS1jaGFuZ2VkIFstLXNpbmNlIFJFRl1gIGluIHRoZSByZXBvc2l0b3J5LCBvciBwYXNzIC0tcmVwbyBESVIuJywgJ2JhZC1mbGFnJyk7XG4gIH1cbiAgY29uc3Qgc2luY2UgPSBwYXJzZWQucmVzdC5zaW5jZSBhcyBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHJlcG9ydCA9IGF3YWl0IGNoYW5nZWRTaW5jZShyZXNvbHZlKGlvLmN3ZCwgKHBhcnNlZC5yZXN0LnJlcG8gYXMgc3RyaW5nIHwgdW5kZWZpbmVkKSA/PyAnLicpLCBzaW5jZSk7XG4gIGlvLnN0ZGVyci53cml0ZShmb3JtYXRDaGFuZ2VkKHJlcG9ydCkpO1xuICBjb25zdCBvdXRjb21lcyA9IGF3YWl0IGJ1aWxkQ2hhbmdlZChyZXBvcnQuYnVpbGQsIHJlcG9ydC5yZXBvLCB7IGZsYWdzOiBwYXJzZWQuZmxhZ3MsIGpzb246IHBhcnNlZC5qc29uLCBrZWVwR29pbmc6IEJvb2xlYW4ocGFyc2VkLnJlc3RbJ2tlZXAtZ29pbmcnXSksIGlvLCBidWlsZCB9KTtcbiAgaWYgKHBhcnNlZC5qc29uKSBpby5zdGRvdXQud3JpdGUoSlNPTi5zdHJpbmdpZnkoeyB0eXBlOiAnY2hhbmdlZC1zdW1tYXJ5JywgYmFzZTogcmVwb3J0LmJhc2Uuc2hhLCBoZWFkOiByZXBvcnQuaGVhZCwgb3V0Y29tZXMsIGRlbGV0ZWQ6IHJlcG9ydC5kZWxldGVkLm1hcCgoZCkgPT4gZC5hdG9tKSB9KSArICdcXG4nKTtcbiAgZWxzZSB7XG4gICAgaW8uc3Rkb3V0LndyaXRlKCdcXG4nICsgKG91dGNvbWVzLmxlbmd0aCA/IHN1bW1hcnlUYWJsZShvdXRjb21lcywgaW8uY3dkKSA6ICdOb3RoaW5nIHRvIGJ1aWxkLlxcbicpKTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgcmVwb3J0LmRlbGV0ZWQpIGlvLnN0ZG91dC53cml0ZShgZGVsZXRlZCwgbm90IGJ1aWx0OiAke2QuYXRvbX1cXG5gKTtcbiAgfVxuICByZXR1cm4gd29yc3RTdGF0dXMob3V0Y29tZXMpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0Esc0JBQXlCO0FBQ3pCLHVCQUE4QjtBQUc5QixvQkFBeUI7QUFDekIsc0JBQXdDO0FBQ3hDLHVCQUF1QztBQUd2QyxtQkFBZ0U7QUFDaEUscUJBQThCO0FBQzlCLHdCQUE2QjtBQWtCN0IsZUFBc0IsVUFBVSxNQUFjLFFBQWdCLFFBQTJDO0FBQ3ZHLFFBQU0sTUFBbUIsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLE9BQU8sWUFBUSwyQkFBYSxNQUFNLEdBQUcsS0FBSyxPQUFPLFNBQVMsV0FBVyxPQUFPLFVBQVU7QUFDOUksTUFBSSxPQUFPLE1BQU8sS0FBSSxVQUFVLE9BQU8sTUFBTTtBQUM3QyxRQUFNLE9BQU8sT0FBTyxVQUFVLFVBQU0sMEJBQVMsT0FBTyxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQVMsSUFBSTtBQUN0RixNQUFJLFFBQVEsT0FBTyxVQUFVLGFBQWE7QUFDeEMsVUFBTSxhQUFTLHdCQUFTLElBQUk7QUFDNUIsVUFBTSxlQUFXLDRCQUFXLE1BQU07QUFDbEMsVUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGVBQWU7QUFDN0QsUUFBSSxRQUFRLFNBQVMsU0FBUyxrQkFBa0IsUUFBUSxRQUFRLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxhQUFhLE9BQU8sSUFBSSxpQkFBaUI7QUFDaEksUUFBSSxjQUFVLDZCQUFZLFFBQVEsR0FBRyxXQUFXLElBQUk7QUFBQSxFQUN0RDtBQUNBLFNBQU87QUFDVDtBQWVBLGVBQXNCLGFBQWEsU0FBMEIsTUFBYyxHQUFnRDtBQUN6SCxRQUFNLFFBQVEsRUFBRSxTQUFTO0FBQ3pCLFFBQU0sV0FBMEIsQ0FBQztBQUNqQyxNQUFJLFVBQVU7QUFDZCxhQUFXLEtBQUssU0FBUztBQUN2QixVQUFNLGFBQVMsdUJBQUssTUFBTSxFQUFFLElBQUk7QUFDaEMsVUFBTSxTQUFTLEVBQUUsVUFBVSxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUUsV0FBVyxlQUFlLEVBQUUsV0FBVyxXQUFXO0FBQ2hILFFBQUksUUFBUTtBQUNWLGVBQVMsS0FBSyxNQUFNO0FBQ3BCLFVBQUksT0FBTyxXQUFXLGVBQWUsQ0FBQyxFQUFFLFVBQVcsV0FBVTtBQUM3RDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFNBQVM7QUFDWCxlQUFTLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxRQUFRLFFBQVEsYUFBYSxTQUFTLGlFQUFpRSxXQUFXLENBQUMsRUFBRSxDQUFDO0FBQ3BKO0FBQUEsSUFDRjtBQUNBLFFBQUk7QUFDSixRQUFJO0FBQ0YsZ0JBQVUsTUFBTSxVQUFVLEVBQUUsTUFBTSxRQUFRLE1BQU0sTUFBTSxRQUFRLEVBQUUsR0FBRyxFQUFFLE9BQU8sV0FBVyxFQUFFLE1BQU0sYUFBYSxLQUFLLEdBQUcsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDbkksU0FBUyxLQUFLO0FBQ1osVUFBSSxLQUFDLDhCQUFZLEdBQUcsRUFBRyxPQUFNO0FBQzdCLFFBQUUsR0FBRyxPQUFPLE1BQU0seUJBQXlCLEVBQUUsSUFBSSxLQUFLLElBQUksU0FBUyxDQUFDO0FBQUEsQ0FBSTtBQUN4RSxnQkFBVSxFQUFFLE1BQU0sRUFBRSxNQUFNLFFBQVEsUUFBUSxTQUFTLFFBQVEsR0FBRyxTQUFTLElBQUksU0FBUyxXQUFXLENBQUMsRUFBRTtBQUFBLElBQ3BHO0FBQ0EsYUFBUyxLQUFLLE9BQU87QUFDckIsVUFBTSxFQUFFLFlBQVksT0FBTztBQUMzQixRQUFJLFFBQVEsV0FBVyxlQUFlLENBQUMsRUFBRSxVQUFXLFdBQVU7QUFDOUQsUUFBSSxRQUFRLFdBQVcsWUFBYSxXQUFVO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQVksVUFBaUM7QUFDM0QsU0FBTyxTQUFTLE9BQU8sQ0FBQyxHQUFHLE1BQU0sS0FBSyxJQUFJLEdBQUcsRUFBRSxVQUFVLENBQUMsR0FBRyxDQUFDO0FBQ2hFO0FBRUEsTUFBTSxPQUFPLENBQUMsR0FBVyxNQUFlLEVBQUUsU0FBUyxJQUFJLEVBQUUsTUFBTSxHQUFHLElBQUksQ0FBQyxJQUFJLFdBQU07QUFHMUUsU0FBUyxhQUFhLFVBQXlCLEtBQWEsUUFBUSxRQUFRLFNBQVMsQ0FBQyxNQUFtQixFQUFFLE1BQWM7QUFDOUgsUUFBTSxPQUFPLENBQUMsQ0FBQyxPQUFPLFVBQVUsU0FBUyxpQkFBaUIsS0FBSyxDQUFDO0FBQ2hFLGFBQVcsS0FBSyxVQUFVO0FBQ3hCLFVBQU0sU0FBUyxFQUFFLFdBQVcsVUFBYSxFQUFFLFdBQVcsSUFBSSxHQUFHLEVBQUUsTUFBTSxLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUU7QUFDMUYsVUFBTSxNQUFNLEVBQUUsTUFBTyxFQUFFLElBQUksV0FBVyxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksTUFBTSxJQUFJLFNBQVMsQ0FBQyxJQUFJLEVBQUUsTUFBTztBQUMxRixTQUFLLEtBQUssQ0FBQyxPQUFPLENBQUMsR0FBRyxRQUFRLEVBQUUsU0FBUyxLQUFLLE1BQU0sRUFBRSxXQUFXLEtBQUssUUFBUSxRQUFRLEdBQUcsR0FBRyxFQUFFLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDdkc7QUFDQSxRQUFNLFNBQVMsS0FBSyxDQUFDLEVBQUUsSUFBSSxDQUFDLEdBQUcsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzlFLFNBQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLE1BQU8sTUFBTSxFQUFFLFNBQVMsSUFBSSxJQUFJLEVBQUUsT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRSxLQUFLLElBQUksSUFBSTtBQUNsSDtBQUlBLGVBQXNCLGlCQUFpQixRQUFnQixJQUFXLE9BQWtDO0FBQ2xHLE1BQUksT0FBTyxZQUFZLFFBQVE7QUFDN0IsVUFBTSxJQUFJLDJCQUFVLDZDQUE2QyxPQUFPLFlBQVksQ0FBQyxDQUFDLE1BQU0sNkZBQTZGLFVBQVU7QUFBQSxFQUNyTTtBQUNBLFFBQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUIsUUFBTSxTQUFTLFVBQU0sb0NBQWEsMEJBQVEsR0FBRyxLQUFNLE9BQU8sS0FBSyxRQUErQixHQUFHLEdBQUcsS0FBSztBQUN6RyxLQUFHLE9BQU8sVUFBTSw4QkFBYyxNQUFNLENBQUM7QUFDckMsUUFBTSxXQUFXLE1BQU0sYUFBYSxPQUFPLE9BQU8sT0FBTyxNQUFNLEVBQUUsT0FBTyxPQUFPLE9BQU8sTUFBTSxPQUFPLE1BQU0sV0FBVyxRQUFRLE9BQU8sS0FBSyxZQUFZLENBQUMsR0FBRyxJQUFJLE1BQU0sQ0FBQztBQUNuSyxNQUFJLE9BQU8sS0FBTSxJQUFHLE9BQU8sTUFBTSxLQUFLLFVBQVUsRUFBRSxNQUFNLG1CQUFtQixNQUFNLE9BQU8sS0FBSyxLQUFLLE1BQU0sT0FBTyxNQUFNLFVBQVUsU0FBUyxPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFBQSxPQUM5SztBQUNILE9BQUcsT0FBTyxNQUFNLFFBQVEsU0FBUyxTQUFTLGFBQWEsVUFBVSxHQUFHLEdBQUcsSUFBSSxzQkFBc0I7QUFDakcsZUFBVyxLQUFLLE9BQU8sUUFBUyxJQUFHLE9BQU8sTUFBTSx1QkFBdUIsRUFBRSxJQUFJO0FBQUEsQ0FBSTtBQUFBLEVBQ25GO0FBQ0EsU0FBTyxZQUFZLFFBQVE7QUFDN0I7IiwKICAibmFtZXMiOiBbXQp9Cg==
