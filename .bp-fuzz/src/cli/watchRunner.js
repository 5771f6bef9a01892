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
var watchRunner_exports = {};
__export(watchRunner_exports, {
  mirrorDir: () => mirrorDir,
  pollOnce: () => pollOnce,
  remoteHead: () => remoteHead
});
module.exports = __toCommonJS(watchRunner_exports);
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var path = __toESM(require("node:path"));
var import_changedBuilds = require("./changedBuilds");
var import_gitChanges = require("./gitChanges");
var import_userError = require("../core/userError");
var import_watchState = require("../core/watchState");
const LS_REMOTE_TIMEOUT_MS = 6e4;
function mirrorDir(stateDir) {
  return path.join(stateDir, "mirror");
}
async function remoteHead(url, branch) {
  const ref = branch === "HEAD" ? "HEAD" : `refs/heads/${branch}`;
  const r = await (0, import_gitChanges.git)(".", ["ls-remote", "--exit-code", "--", url, ref], { GIT_TERMINAL_PROMPT: "0", GIT_SSH_COMMAND: "ssh -o BatchMode=yes -o ConnectTimeout=30" }, LS_REMOTE_TIMEOUT_MS);
  if (r.code === 0) {
    const line = r.stdout.split("\n").find((l) => l.endsWith(`	${ref}`));
    if (line) return { sha: line.split("	")[0] };
  }
  if (r.code === 2) return { error: `the remote has no branch '${branch}'` };
  return { error: (r.stderr.trim().split("\n").pop() || `git ls-remote exited with ${r.code}`).replace(/^fatal: /, "") };
}
async function gitIn(repo, args) {
  const r = await (0, import_gitChanges.git)(repo, args, { GIT_TERMINAL_PROMPT: "0" });
  if (r.code !== 0) throw new import_userError.UserError(`git ${args[0]} failed in ${repo}: ${r.stderr.trim()}`, "Check the remote and the state folder; remove the mirror folder to clone afresh.", "watch-git-failed");
  return r.stdout.trim();
}
async function fetchAndCheckout(o, sha) {
  const repo = mirrorDir(o.stateDir);
  await (0, import_promises.mkdir)(repo, { recursive: true });
  if ((await (0, import_gitChanges.git)(repo, ["rev-parse", "--git-dir"])).stdout.trim() !== ".git") await gitIn(repo, ["init", "-q"]);
  const ref = o.branch === "HEAD" ? "HEAD" : `refs/heads/${o.branch}`;
  if ((await (0, import_gitChanges.git)(repo, ["cat-file", "-e", `${sha}^{commit}`])).code !== 0) await gitIn(repo, ["fetch", "-q", "--no-tags", "--", o.url, `+${ref}:refs/watch/head`]);
  await gitIn(repo, ["-c", "advice.detachedHead=false", "checkout", "-q", "--force", "--detach", sha]);
  await gitIn(repo, ["clean", "-q", "-ffdx"]);
  return repo;
}
async function baseFor(repo, state, sha) {
  const last = (0, import_watchState.lastBuilt)(state);
  if (last) {
    if ((await (0, import_gitChanges.git)(repo, ["merge-base", "--is-ancestor", last.sha, sha])).code === 0) return { base: last.sha, reason: `last built commit ${last.sha.slice(0, 12)}` };
    const mb = await (0, import_gitChanges.git)(repo, ["merge-base", last.sha, sha]);
    if (mb.code === 0) return { base: mb.stdout.trim(), reason: `force-push: merge base with the last built commit ${last.sha.slice(0, 12)}` };
  }
  const parent = await (0, import_gitChanges.git)(repo, ["rev-parse", "--verify", "--quiet", `${sha}^`]);
  if (parent.code === 0) return { base: parent.stdout.trim(), reason: last ? "history rewritten without a common ancestor: its parent" : "its parent (first commit seen)" };
  return { reason: "root commit without a parent: nothing to compare with" };
}
async function pollOnce(o, state) {
  const now = () => (/* @__PURE__ */ new Date()).toISOString();
  const say = (s) => o.io.stderr.write(`>>> watch ${o.url} ${o.branch}: ${s}
`);
  const save = async () => (0, import_watchState.writeWatchState)(o.stateDir, state);
  let sha;
  if (state.current) {
    sha = state.current.sha;
    say(`resuming ${sha.slice(0, 12)} (${state.current.outcomes.length} build(s) already done)`);
  } else {
    const head = await remoteHead(o.url, o.branch);
    state = { ...state, remote: { ...state.remote, lastCheckedAt: now() } };
    if (!head.sha) {
      const failures = state.remote.failures + 1;
      state = { ...state, remote: { ...state.remote, reachable: false, failures, lastError: head.error } };
      await save();
      return { state, result: { kind: "unreachable", error: head.error ?? "unknown error" } };
    }
    sha = head.sha;
    state = { ...state, lastSeen: { sha, at: now() }, remote: { reachable: true, failures: 0, lastCheckedAt: state.remote.lastCheckedAt } };
    const done = (0, import_watchState.wasFinished)(state, sha);
    if (done) {
      if ((0, import_watchState.lastBuilt)(state)?.sha !== sha) state = (0, import_watchState.finishCommit)(state, done);
      await save();
      return { state, result: { kind: "idle", sha } };
    }
  }
  const repo = await fetchAndCheckout(o, sha);
  if (!state.current) {
    const { base, reason } = await baseFor(repo, state, sha);
    state = { ...state, current: { sha, base: base ?? "", baseReason: reason, startedAt: now(), outcomes: [] } };
    await save();
  }
  const current = state.current;
  const dir = (0, import_watchState.commitDir)(o.stateDir, sha);
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const writeStatus = () => (0, import_watchState.writeJsonAtomic)(path.join(dir, "status.json"), { state: current.finishedAt ? "finished" : "building", url: o.url, branch: o.branch, ...current });
  await writeStatus();
  const log = (0, import_node_fs.createWriteStream)(path.join(dir, "build.log"), { flags: "a" });
  const logIO = { stdout: log, stderr: log, cwd: repo, env: o.io.env };
  try {
    let plan;
    if (current.base) {
      plan = await (0, import_gitChanges.changedSince)(repo, current.base);
      current.deleted = plan.deleted.map((d) => d.atom);
      say(`${sha.slice(0, 12)}: ${plan.build.length} ebuild(s) to build since ${current.base.slice(0, 12)} (${current.baseReason}); log ${path.join(dir, "build.log")}`);
    } else say(`${sha.slice(0, 12)}: ${current.baseReason}`);
    const flags = { ...o.flags, artifacts: o.flags.artifacts ?? path.join(dir, "artifacts") };
    const outcomes = await (0, import_changedBuilds.buildChanged)(plan?.build ?? [], repo, {
      flags,
      json: false,
      keepGoing: o.keepGoing,
      io: logIO,
      build: o.build,
      finished: current.outcomes,
      onOutcome: async (out) => {
        if (out.result === "cancelled") return;
        current.outcomes = [...current.outcomes.filter((x) => x.atom !== out.atom), out];
        say(`${sha.slice(0, 12)}: ${out.atom} ${out.result}${out.status ? ` (${out.status})` : ""}`);
        await save();
        await writeStatus();
      }
    });
    if (outcomes.some((x) => x.result === "cancelled")) {
      current.outcomes = outcomes.filter((x) => x.result !== "cancelled" && x.result !== "not built");
      await save();
      await writeStatus();
      say(`${sha.slice(0, 12)}: stopped; the next run resumes it`);
      return { state, result: { kind: "interrupted", sha } };
    }
    current.outcomes = outcomes;
    current.status = (0, import_changedBuilds.worstStatus)(outcomes);
    current.result = outcomes.length === 0 ? "nothing to build" : outcomes.every((x) => x.result === "succeeded") ? "succeeded" : "failed";
    current.finishedAt = now();
    if (outcomes.length) log.write("\n" + (0, import_changedBuilds.summaryTable)(outcomes, repo));
    state = (0, import_watchState.finishCommit)(state, current);
    await save();
    await writeStatus();
    await (0, import_gitChanges.git)(repo, ["update-ref", "refs/watch/built", sha]);
    say(`${sha.slice(0, 12)}: ${current.result}${current.status ? ` (exit ${current.status})` : ""}`);
    return { state, result: { kind: "built", sha, commit: current } };
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  mirrorDir,
  pollOnce,
  remoteHead
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS93YXRjaFJ1bm5lci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBPbmUgcG9sbCBvZiBhIHdhdGNoZWQgcmVtb3RlIGJyYW5jaDogYGdpdCBscy1yZW1vdGVgLCBmZXRjaCB0aGUgbmV3IGhlYWQgaW50byB0aGUgbWlycm9yIHVuZGVyIHRoZSBzdGF0ZVxuICogZGlyLCB3b3JrIG91dCB3aGF0IGNoYW5nZWQgc2luY2UgdGhlIGxhc3QgYnVpbHQgY29tbWl0IChhZnRlciBhIGZvcmNlLXB1c2g6IHNpbmNlIHRoZSBtZXJnZSBiYXNlKSwgYnVpbGRcbiAqIGl0IHdpdGggdGhlIGBidWlsZCAtLWNoYW5nZWRgIGNvZGUsIGFuZCByZWNvcmQgZXZlcnl0aGluZyBpbiB0aGUgc3RhdGUgZmlsZSBhZnRlciBldmVyeSBzdGVwLlxuICovXG5pbXBvcnQgeyBjcmVhdGVXcml0ZVN0cmVhbSB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgbWtkaXIgfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQnVpbGRGbGFncyB9IGZyb20gJy4vYnVpbGRPcHRpb25zJztcbmltcG9ydCB0eXBlIHsgQ2xpSU8gfSBmcm9tICcuL2NsaVR5cGVzJztcbmltcG9ydCB7IGJ1aWxkQ2hhbmdlZCwgc3VtbWFyeVRhYmxlLCB3b3JzdFN0YXR1cywgdHlwZSBCdWlsZEZuIH0gZnJvbSAnLi9jaGFuZ2VkQnVpbGRzJztcbmltcG9ydCB7IGNoYW5nZWRTaW5jZSwgZ2l0IH0gZnJvbSAnLi9naXRDaGFuZ2VzJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7XG4gIGNvbW1pdERpciwgZmluaXNoQ29tbWl0LCBsYXN0QnVpbHQsIHdhc0ZpbmlzaGVkLCB3cml0ZUpzb25BdG9taWMsIHdyaXRlV2F0Y2hTdGF0ZSxcbiAgdHlwZSBXYXRjaENvbW1pdCwgdHlwZSBXYXRjaFN0YXRlLFxufSBmcm9tICcuLi9jb3JlL3dhdGNoU3RhdGUnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFdhdGNoT3B0aW9ucyB7XG4gIHVybDogc3RyaW5nO1xuICBicmFuY2g6IHN0cmluZztcbiAgc3RhdGVEaXI6IHN0cmluZztcbiAgZmxhZ3M6IEJ1aWxkRmxhZ3M7XG4gIGtlZXBHb2luZzogYm9vbGVhbjtcbiAgLyoqIFdoZXJlIHRoZSB3YXRjaCByZXBvcnRzIChpdHMgb3duIHN0ZGVycikuIEJ1aWxkIG91dHB1dCBnb2VzIHRvIGVhY2ggY29tbWl0J3MgbG9nLiAqL1xuICBpbzogQ2xpSU87XG4gIGJ1aWxkPzogQnVpbGRGbjtcbn1cblxuZXhwb3J0IHR5cGUgUG9sbFJlc3VsdCA9XG4gIHwgeyBraW5kOiAndW5yZWFjaGFibGUnOyBlcnJvcjogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdpZGxlJzsgc2hhOiBzdHJpbmcgfVxuICB8IHsga2luZDogJ2J1aWx0Jzsgc2hhOiBzdHJpbmc7IGNvbW1pdDogV2F0Y2hDb21taXQgfVxuICAvKiogQSBidWlsZCB3YXMgY2FuY2VsbGVkICh0aGUgd2F0Y2ggaXMgc3RvcHBpbmcpOiB0aGUgY29tbWl0IHN0YXlzIHVuZmluaXNoZWQgYW5kIGlzIHJlc3VtZWQgbmV4dCB0aW1lLiAqL1xuICB8IHsga2luZDogJ2ludGVycnVwdGVkJzsgc2hhOiBzdHJpbmcgfTtcblxuY29uc3QgTFNfUkVNT1RFX1RJTUVPVVRfTVMgPSA2MF8wMDA7XG5cbmV4cG9ydCBmdW5jdGlvbiBtaXJyb3JEaXIoc3RhdGVEaXI6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLmpvaW4oc3RhdGVEaXIsICdtaXJyb3InKTtcbn1cblxuLyoqIFRoZSBzaGEgb2YgdGhlIHdhdGNoZWQgYnJhbmNoIG9uIHRoZSByZW1vdGUsIG9yIHRoZSBnaXQgZXJyb3Igd2hlbiBpdCBjYW5ub3QgYmUgcmVhY2hlZC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZW1vdGVIZWFkKHVybDogc3RyaW5nLCBicmFuY2g6IHN0cmluZyk6IFByb21pc2U8eyBzaGE/OiBzdHJpbmc7IGVycm9yPzogc3RyaW5nIH0+IHtcbiAgY29uc3QgcmVmID0gYnJhbmNoID09PSAnSEVBRCcgPyAnSEVBRCcgOiBgcmVmcy9oZWFkcy8ke2JyYW5jaH1gO1xuICBjb25zdCByID0gYXdhaXQgZ2l0KCcuJywgWydscy1yZW1vdGUnLCAnLS1leGl0LWNvZGUnLCAnLS0nLCB1cmwsIHJlZl0sIHsgR0lUX1RFUk1JTkFMX1BST01QVDogJzAnLCBHSVRfU1NIX0NPTU1BTkQ6ICdzc2ggLW8gQmF0Y2hNb2RlPXllcyAtbyBDb25uZWN0VGltZW91dD0zMCcgfSwgTFNfUkVNT1RFX1RJTUVPVVRfTVMpO1xuICBpZiAoci5jb2RlID09PSAwKSB7XG4gICAgY29uc3QgbGluZSA9IHIuc3Rkb3V0LnNwbGl0KCdcXG4nKS5maW5kKChsKSA9PiBsLmVuZHNXaXRoKGBcXHQke3JlZn1gKSk7XG4gICAgaWYgKGxpbmUpIHJldHVybiB7IHNoYTogbGluZS5zcGxpdCgnXFx0JylbMF0gfTtcbiAgfVxuICBpZiAoci5jb2RlID09PSAyKSByZXR1cm4geyBlcnJvcjogYHRoZSByZW1vdGUgaGFzIG5vIGJyYW5jaCAnJHticmFuY2h9J2AgfTtcbiAgcmV0dXJuIHsgZXJyb3I6IChyLnN0ZGVyci50cmltKCkuc3BsaXQoJ1xcbicpLnBvcCgpIHx8IGBnaXQgbHMtcmVtb3RlIGV4aXRlZCB3aXRoICR7ci5jb2RlfWApLnJlcGxhY2UoL15mYXRhbDogLywgJycpIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGdpdEluKHJlcG86IHN0cmluZywgYXJnczogc3RyaW5nW10pOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCByID0gYXdhaXQgZ2l0KHJlcG8sIGFyZ3MsIHsgR0lUX1RFUk1JTkFMX1BST01QVDogJzAnIH0pO1xuICBpZiAoci5jb2RlICE9PSAwKSB0aHJvdyBuZXcgVXNlckVycm9yKGBnaXQgJHthcmdzWzBdfSBmYWlsZWQgaW4gJHtyZXBvfTogJHtyLnN0ZGVyci50cmltKCl9YCwgJ0NoZWNrIHRoZSByZW1vdGUgYW5kIHRoZSBzdGF0ZSBmb2xkZXI7IHJlbW92ZSB0aGUgbWlycm9yIGZvbGRlciB0byBjbG9uZSBhZnJlc2guJywgJ3dhdGNoLWdpdC1mYWlsZWQnKTtcbiAgcmV0dXJuIHIuc3Rkb3V0LnRyaW0oKTtcbn1cblxuLyoqIEZldGNoZXMgdGhlIGJyYW5jaCBpbnRvIHRoZSBtaXJyb3IgYW5kIGNoZWNrcyBgc2hhYCBvdXQgKGRldGFjaGVkLCBjbGVhbikuICovXG5hc3luYyBmdW5jdGlvbiBmZXRjaEFuZENoZWNrb3V0KG86IFdhdGNoT3B0aW9ucywgc2hhOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCByZXBvID0gbWlycm9yRGlyKG8uc3RhdGVEaXIpO1xuICBhd2FpdCBta2RpcihyZXBvLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgaWYgKChhd2FpdCBnaXQocmVwbywgWydyZXYtcGFyc2UnLCAnLS1naXQtZGlyJ10pKS5zdGRvdXQudHJpbSgpICE9PSAnLmdpdCcpIGF3YWl0IGdpdEluKHJlcG8sIFsnaW5pdCcsICctcSddKTtcbiAgY29uc3QgcmVmID0gby5icmFuY2ggPT09ICdIRUFEJyA/ICdIRUFEJyA6IGByZWZzL2hlYWRzLyR7by5icmFuY2h9YDtcbiAgLy8gQSByZXN1bWVkIGNvbW1pdCBpcyB1c3VhbGx5IGhlcmUgYWxyZWFkeTsgZmV0Y2ggb25seSB3aGF0IGlzIG1pc3NpbmcuXG4gIGlmICgoYXdhaXQgZ2l0KHJlcG8sIFsnY2F0LWZpbGUnLCAnLWUnLCBgJHtzaGF9Xntjb21taXR9YF0pKS5jb2RlICE9PSAwKSBhd2FpdCBnaXRJbihyZXBvLCBbJ2ZldGNoJywgJy1xJywgJy0tbm8tdGFncycsICctLScsIG8udXJsLCBgKyR7cmVmfTpyZWZzL3dhdGNoL2hlYWRgXSk7XG4gIGF3YWl0IGdpdEluKHJlcG8sIFsnLWMnLCAnYWR2aWNlLmRldGFjaGVkSGVhZD1mYWxzZScsICdjaGVja291dCcsICctcScsICctLWZvcmNlJywgJy0tZGV0YWNoJywgc2hhXSk7XG4gIGF3YWl0IGdpdEluKHJlcG8sIFsnY2xlYW4nLCAnLXEnLCAnLWZmZHgnXSk7XG4gIHJldHVybiByZXBvO1xufVxuXG4vKiogVGhlIGNvbW1pdCB0byBjb21wYXJlIGBzaGFgIHdpdGgsIGFuZCB3aHkuICovXG5hc3luYyBmdW5jdGlvbiBiYXNlRm9yKHJlcG86IHN0cmluZywgc3RhdGU6IFdhdGNoU3RhdGUsIHNoYTogc3RyaW5nKTogUHJvbWlzZTx7IGJhc2U/OiBzdHJpbmc7IHJlYXNvbjogc3RyaW5nIH0+IHtcbiAgY29uc3QgbGFzdCA9IGxhc3RCdWlsdChzdGF0ZSk7XG4gIGlmIChsYXN0KSB7XG4gICAgaWYgKChhd2FpdCBnaXQocmVwbywgWydtZXJnZS1iYXNlJywgJy0taXMtYW5jZXN0b3InLCBsYXN0LnNoYSwgc2hhXSkpLmNvZGUgPT09IDApIHJldHVybiB7IGJhc2U6IGxhc3Quc2hhLCByZWFzb246IGBsYXN0IGJ1aWx0IGNvbW1pdCAke2xhc3Quc2hhLnNsaWNlKDAsIDEyKX1gIH07XG4gICAgY29uc3QgbWIgPSBhd2FpdCBnaXQocmVwbywgWydtZXJnZS1iYXNlJywgbGFzdC5zaGEsIHNoYV0pO1xuICAgIGlmIChtYi5jb2RlID09PSAwKSByZXR1cm4geyBiYXNlOiBtYi5zdGRvdXQudHJpbSgpLCByZWFzb246IGBmb3JjZS1wdXNoOiBtZXJnZSBiYXNlIHdpdGggdGhlIGxhc3QgYnVpbHQgY29tbWl0ICR7bGFzdC5zaGEuc2xpY2UoMCwgMTIpfWAgfTtcbiAgfVxuICBjb25zdCBwYXJlbnQgPSBhd2FpdCBnaXQocmVwbywgWydyZXYtcGFyc2UnLCAnLS12ZXJpZnknLCAnLS1xdWlldCcsIGAke3NoYX1eYF0pO1xuICBpZiAocGFyZW50LmNvZGUgPT09IDApIHJldHVybiB7IGJhc2U6IHBhcmVudC5zdGRvdXQudHJpbSgpLCByZWFzb246IGxhc3QgPyAnaGlzdG9yeSByZXdyaXR0ZW4gd2l0aG91dCBhIGNvbW1vbiBhbmNlc3RvcjogaXRzIHBhcmVudCcgOiAnaXRzIHBhcmVudCAoZmlyc3QgY29tbWl0IHNlZW4pJyB9O1xuICByZXR1cm4geyByZWFzb246ICdyb290IGNvbW1pdCB3aXRob3V0IGEgcGFyZW50OiBub3RoaW5nIHRvIGNvbXBhcmUgd2l0aCcgfTtcbn1cblxuLyoqIFBvbGxzIG9uY2U7IGJ1aWxkcyBhIG5ldyBoZWFkIChvciByZXN1bWVzIGFuIHVuZmluaXNoZWQgb25lKS4gU2F2ZXMgdGhlIHN0YXRlIGFmdGVyIGV2ZXJ5IHN0ZXAuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcG9sbE9uY2UobzogV2F0Y2hPcHRpb25zLCBzdGF0ZTogV2F0Y2hTdGF0ZSk6IFByb21pc2U8eyBzdGF0ZTogV2F0Y2hTdGF0ZTsgcmVzdWx0OiBQb2xsUmVzdWx0IH0+IHtcbiAgY29uc3Qgbm93ID0gKCkgPT4gbmV3IERhdGUoKS50b0lTT1N0cmluZygpO1xuICBjb25zdCBzYXkgPSAoczogc3RyaW5nKSA9PiBvLmlvLnN0ZGVyci53cml0ZShgPj4+IHdhdGNoICR7by51cmx9ICR7by5icmFuY2h9OiAke3N9XFxuYCk7XG4gIGNvbnN0IHNhdmUgPSBhc3luYyAoKSA9PiB3cml0ZVdhdGNoU3RhdGUoby5zdGF0ZURpciwgc3RhdGUpO1xuXG4gIGxldCBzaGE6IHN0cmluZztcbiAgaWYgKHN0YXRlLmN1cnJlbnQpIHtcbiAgICBzaGEgPSBzdGF0ZS5jdXJyZW50LnNoYTtcbiAgICBzYXkoYHJlc3VtaW5nICR7c2hhLnNsaWNlKDAsIDEyKX0gKCR7c3RhdGUuY3VycmVudC5vdXRjb21lcy5sZW5ndGh9IGJ1aWxkKHMpIGFscmVhZHkgZG9uZSlgKTtcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBoZWFkID0gYXdhaXQgcmVtb3RlSGVhZChvLnVybCwgby5icmFuY2gpO1xuICAgIHN0YXRlID0geyAuLi5zdGF0ZSwgcmVtb3RlOiB7IC4uLnN0YXRlLnJlbW90ZSwgbGFzdENoZWNrZWRBdDogbm93KCkgfSB9O1xuICAgIGlmICghaGVhZC5zaGEpIHtcbiAgICAgIGNvbnN0IGZhaWx1cmVzID0gc3RhdGUucmVtb3RlLmZhaWx1cmVzICsgMTtcbiAgICAgIHN0YXRlID0geyAuLi5zdGF0ZSwgcmVtb3RlOiB7IC4uLnN0YXRlLnJlbW90ZSwgcmVhY2hhYmxlOiBmYWxzZSwgZmFpbHVyZXMsIGxhc3RFcnJvcjogaGVhZC5lcnJvciB9IH07XG4gICAgICBhd2FpdCBzYXZlKCk7XG4gICAgICByZXR1cm4geyBzdGF0ZSwgcmVzdWx0OiB7IGtpbmQ6ICd1bnJlYWNoYWJsZScsIGVycm9yOiBoZWFkLmVycm9yID8/ICd1bmtub3duIGVycm9yJyB9IH07XG4gICAgfVxuICAgIHNoYSA9IGhlYWQuc2hhO1xuICAgIHN0YXRlID0geyAuLi5zdGF0ZSwgbGFzdFNlZW46IHsgc2hhLCBhdDogbm93KCkgfSwgcmVtb3RlOiB7IHJlYWNoYWJsZTogdHJ1ZSwgZmFpbHVyZXM6IDAsIGxhc3RDaGVja2VkQXQ6IHN0YXRlLnJlbW90ZS5sYXN0Q2hlY2tlZEF0IH0gfTtcbiAgICBjb25zdCBkb25lID0gd2FzRmluaXNoZWQoc3RhdGUsIHNoYSk7XG4gICAgaWYgKGRvbmUpIHtcbiAgICAgIC8vIE5ldmVyIGJ1aWxkIGEgZmluaXNoZWQgY29tbWl0IGFnYWluOyBhZnRlciBhIGZvcmNlLXB1c2ggYmFjayB0byBpdCwgY29tcGFyZSBsYXRlciBjaGFuZ2VzIHdpdGggaXQuXG4gICAgICBpZiAobGFzdEJ1aWx0KHN0YXRlKT8uc2hhICE9PSBzaGEpIHN0YXRlID0gZmluaXNoQ29tbWl0KHN0YXRlLCBkb25lKTtcbiAgICAgIGF3YWl0IHNhdmUoKTtcbiAgICAgIHJldHVybiB7IHN0YXRlLCByZXN1bHQ6IHsga2luZDogJ2lkbGUnLCBzaGEgfSB9O1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IHJlcG8gPSBhd2FpdCBmZXRjaEFuZENoZWNrb3V0KG8sIHNoYSk7XG4gIGlmICghc3RhdGUuY3VycmVudCkge1xuICAgIGNvbnN0IHsgYmFzZSwgcmVhc29uIH0gPSBhd2FpdCBiYXNlRm9yKHJlcG8sIHN0YXRlLCBzaGEpO1xuICAgIHN0YXRlID0geyAuLi5zdGF0ZSwgY3VycmVudDogeyBzaGEsIGJhc2U6IGJhc2UgPz8gJycsIGJhc2VSZWFzb246IHJlYXNvbiwgc3RhcnRlZEF0OiBub3coKSwgb3V0Y29tZXM6IFtdIH0gfTtcbiAgICBhd2FpdCBzYXZlKCk7XG4gIH1cbiAgY29uc3QgY3VycmVudCA9IHN0YXRlLmN1cnJlbnQhO1xuICBjb25zdCBkaXIgPSBjb21taXREaXIoby5zdGF0ZURpciwgc2hhKTtcbiAgYXdhaXQgbWtkaXIoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3Qgd3JpdGVTdGF0dXMgPSAoKSA9PiB3cml0ZUpzb25BdG9taWMocGF0aC5qb2luKGRpciwgJ3N0YXR1cy5qc29uJyksIHsgc3RhdGU6IGN1cnJlbnQuZmluaXNoZWRBdCA/ICdmaW5pc2hlZCcgOiAnYnVpbGRpbmcnLCB1cmw6IG8udXJsLCBicmFuY2g6IG8uYnJhbmNoLCAuLi5jdXJyZW50IH0pO1xuICBhd2FpdCB3cml0ZVN0YXR1cygpO1xuXG4gIGNvbnN0IGxvZyA9IGNyZWF0ZVdyaXRlU3RyZWFtKHBhdGguam9pbihkaXIsICdidWlsZC5sb2cnKSwgeyBmbGFnczogJ2EnIH0pO1xuICBjb25zdCBsb2dJTzogQ2xpSU8gPSB7IHN0ZG91dDogbG9nLCBzdGRlcnI6IGxvZywgY3dkOiByZXBvLCBlbnY6IG8uaW8uZW52IH07XG4gIHRyeSB7XG4gICAgbGV0IHBsYW46IEF3YWl0ZWQ8UmV0dXJuVHlwZTx0eXBlb2YgY2hhbmdlZFNpbmNlPj4gfCB1bmRlZmluZWQ7XG4gICAgaWYgKGN1cnJlbnQuYmFzZSkge1xuICAgICAgcGxhbiA9IGF3YWl0IGNoYW5nZWRTaW5jZShyZXBvLCBjdXJyZW50LmJhc2UpO1xuICAgICAgY3VycmVudC5kZWxldGVkID0gcGxhbi5kZWxldGVkLm1hcCgoZCkgPT4gZC5hdG9tKTtcbiAgICAgIHNheShgJHtzaGEuc2xpY2UoMCwgMTIpfTogJHtwbGFuLmJ1aWxkLmxlbmd0aH0gZWJ1aWxkKHMpIHRvIGJ1aWxkIHNpbmNlICR7Y3VycmVudC5iYXNlLnNsaWNlKDAsIDEyKX0gKCR7Y3VycmVudC5iYXNlUmVhc29ufSk7IGxvZyAke3BhdGguam9pbihkaXIsICdidWlsZC5sb2cnKX1gKTtcbiAgICB9IGVsc2Ugc2F5KGAke3NoYS5zbGljZSgwLCAxMil9OiAke2N1cnJlbnQuYmFzZVJlYXNvbn1gKTtcbiAgICBjb25zdCBmbGFncyA9IHsgLi4uby5mbGFncywgYXJ0aWZhY3RzOiBvLmZsYWdzLmFydGlmYWN0cyA/PyBwYXRoLmpvaW4oZGlyLCAnYXJ0aWZhY3RzJykgfTtcbiAgICBjb25zdCBvdXRjb21lcyA9IGF3YWl0IGJ1aWxkQ2hhbmdlZChwbGFuPy5idWlsZCA/PyBbXSwgcmVwbywge1xuICAgICAgZmxhZ3MsIGpzb246IGZhbHNlLCBrZWVwR29pbmc6IG8ua2VlcEdvaW5nLCBpbzogbG9nSU8sIGJ1aWxkOiBvLmJ1aWxkLCBmaW5pc2hlZDogY3VycmVudC5vdXRjb21lcyxcbiAgICAgIG9uT3V0Y29tZTogYXN5bmMgKG91dCkgPT4ge1xuICAgICAgICBpZiAob3V0LnJlc3VsdCA9PT0gJ2NhbmNlbGxlZCcpIHJldHVybjtcbiAgICAgICAgY3VycmVudC5vdXRjb21lcyA9IFsuLi5jdXJyZW50Lm91dGNvbWVzLmZpbHRlcigoeCkgPT4geC5hdG9tICE9PSBvdXQuYXRvbSksIG91dF07XG4gICAgICAgIHNheShgJHtzaGEuc2xpY2UoMCwgMTIpfTogJHtvdXQuYXRvbX0gJHtvdXQucmVzdWx0fSR7b3V0LnN0YXR1cyA/IGAgKCR7b3V0LnN0YXR1c30pYCA6ICcnfWApO1xuICAgICAgICBhd2FpdCBzYXZlKCk7XG4gICAgICAgIGF3YWl0IHdyaXRlU3RhdHVzKCk7XG4gICAgICB9LFxuICAgIH0pO1xuICAgIGlmIChvdXRjb21lcy5zb21lKCh4KSA9PiB4LnJlc3VsdCA9PT0gJ2NhbmNlbGxlZCcpKSB7XG4gICAgICBjdXJyZW50Lm91dGNvbWVzID0gb3V0Y29tZXMuZmlsdGVyKCh4KSA9PiB4LnJlc3VsdCAhPT0gJ2NhbmNlbGxlZCcgJiYgeC5yZXN1bHQgIT09ICdub3QgYnVpbHQnKTtcbiAgICAgIGF3YWl0IHNhdmUoKTtcbiAgICAgIGF3YWl0IHdyaXRlU3RhdHVzKCk7XG4gICAgICBzYXkoYCR7c2hhLnNsaWNlKDAsIDEyKX06IHN0b3BwZWQ7IHRoZSBuZXh0IHJ1biByZXN1bWVzIGl0YCk7XG4gICAgICByZXR1cm4geyBzdGF0ZSwgcmVzdWx0OiB7IGtpbmQ6ICdpbnRlcnJ1cHRlZCcsIHNoYSB9IH07XG4gICAgfVxuICAgIGN1cnJlbnQub3V0Y29tZXMgPSBvdXRjb21lcztcbiAgICBjdXJyZW50LnN0YXR1cyA9IHdvcnN0U3RhdHVzKG91dGNvbWVzKTtcbiAgICBjdXJyZW50LnJlc3VsdCA9IG91dGNvbWVzLmxlbmd0aCA9PT0gMCA/ICdub3RoaW5nIHRvIGJ1aWxkJyA6IG91dGNvbWVzLmV2ZXJ5KCh4KSA9PiB4LnJlc3VsdCA9PT0gJ3N1Y2NlZWRlZCcpID8gJ3N1Y2NlZWRlZCcgOiAnZmFpbGVkJztcbiAgICBjdXJyZW50LmZpbmlzaGVkQXQgPSBub3coKTtcbiAgICBpZiAob3V0Y29tZXMubGVuZ3RoKSBsb2cud3JpdGUoJ1xcbicgKyBzdW1tYXJ5VGFibGUob3V0Y29tZXMsIHJlcG8pKTtcbiAgICBzdGF0ZSA9IGZpbmlzaENvbW1pdChzdGF0ZSwgY3VycmVudCk7XG4gICAgYXdhaXQgc2F2ZSgpO1xuICAgIGF3YWl0IHdyaXRlU3RhdHVzKCk7XG4gICAgYXdhaXQgZ2l0KHJlcG8sIFsndXBkYXRlLXJlZicsICdyZWZzL3dhdGNoL2J1aWx0Jywgc2hhXSk7IC8vIGtlZXBzIHRoZSBjb21taXQgZm9yIGxhdGVyIG1lcmdlIGJhc2VzXG4gICAgc2F5KGAke3NoYS5zbGljZSgwLCAxMil9OiAke2N1cnJlbnQucmVzdWx0fSR7Y3VycmVudC5zdGF0dXMgPyBgIChleGl0ICR7Y3VycmVudC5zdGF0dXN9KWAgOiAnJ31gKTtcbiAgICByZXR1cm4geyBzdGF0ZSwgcmVzdWx0OiB7IGtpbmQ6ICdidWlsdCcsIHNoYSwgY29tbWl0OiBjdXJyZW50IH0gfTtcbiAgfSBmaW5hbGx5IHtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gbG9nLmVuZChyZXNvbHZlKSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHFCQUFrQztBQUNsQyxzQkFBc0I7QUFDdEIsV0FBc0I7QUFHdEIsMkJBQXNFO0FBQ3RFLHdCQUFrQztBQUNsQyx1QkFBMEI7QUFDMUIsd0JBR087QUFvQlAsTUFBTSx1QkFBdUI7QUFFdEIsU0FBUyxVQUFVLFVBQTBCO0FBQ2xELFNBQU8sS0FBSyxLQUFLLFVBQVUsUUFBUTtBQUNyQztBQUdBLGVBQXNCLFdBQVcsS0FBYSxRQUEyRDtBQUN2RyxRQUFNLE1BQU0sV0FBVyxTQUFTLFNBQVMsY0FBYyxNQUFNO0FBQzdELFFBQU0sSUFBSSxVQUFNLHVCQUFJLEtBQUssQ0FBQyxhQUFhLGVBQWUsTUFBTSxLQUFLLEdBQUcsR0FBRyxFQUFFLHFCQUFxQixLQUFLLGlCQUFpQiw0Q0FBNEMsR0FBRyxvQkFBb0I7QUFDdkwsTUFBSSxFQUFFLFNBQVMsR0FBRztBQUNoQixVQUFNLE9BQU8sRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFLLEdBQUcsRUFBRSxDQUFDO0FBQ3BFLFFBQUksS0FBTSxRQUFPLEVBQUUsS0FBSyxLQUFLLE1BQU0sR0FBSSxFQUFFLENBQUMsRUFBRTtBQUFBLEVBQzlDO0FBQ0EsTUFBSSxFQUFFLFNBQVMsRUFBRyxRQUFPLEVBQUUsT0FBTyw2QkFBNkIsTUFBTSxJQUFJO0FBQ3pFLFNBQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsSUFBSSxLQUFLLDZCQUE2QixFQUFFLElBQUksSUFBSSxRQUFRLFlBQVksRUFBRSxFQUFFO0FBQ3ZIO0FBRUEsZUFBZSxNQUFNLE1BQWMsTUFBaUM7QUFDbEUsUUFBTSxJQUFJLFVBQU0sdUJBQUksTUFBTSxNQUFNLEVBQUUscUJBQXFCLElBQUksQ0FBQztBQUM1RCxNQUFJLEVBQUUsU0FBUyxFQUFHLE9BQU0sSUFBSSwyQkFBVSxPQUFPLEtBQUssQ0FBQyxDQUFDLGNBQWMsSUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUMsSUFBSSxvRkFBb0Ysa0JBQWtCO0FBQ3BNLFNBQU8sRUFBRSxPQUFPLEtBQUs7QUFDdkI7QUFHQSxlQUFlLGlCQUFpQixHQUFpQixLQUE4QjtBQUM3RSxRQUFNLE9BQU8sVUFBVSxFQUFFLFFBQVE7QUFDakMsWUFBTSx1QkFBTSxNQUFNLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDckMsT0FBSyxVQUFNLHVCQUFJLE1BQU0sQ0FBQyxhQUFhLFdBQVcsQ0FBQyxHQUFHLE9BQU8sS0FBSyxNQUFNLE9BQVEsT0FBTSxNQUFNLE1BQU0sQ0FBQyxRQUFRLElBQUksQ0FBQztBQUM1RyxRQUFNLE1BQU0sRUFBRSxXQUFXLFNBQVMsU0FBUyxjQUFjLEVBQUUsTUFBTTtBQUVqRSxPQUFLLFVBQU0sdUJBQUksTUFBTSxDQUFDLFlBQVksTUFBTSxHQUFHLEdBQUcsV0FBVyxDQUFDLEdBQUcsU0FBUyxFQUFHLE9BQU0sTUFBTSxNQUFNLENBQUMsU0FBUyxNQUFNLGFBQWEsTUFBTSxFQUFFLEtBQUssSUFBSSxHQUFHLGtCQUFrQixDQUFDO0FBQy9KLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSw2QkFBNkIsWUFBWSxNQUFNLFdBQVcsWUFBWSxHQUFHLENBQUM7QUFDbkcsUUFBTSxNQUFNLE1BQU0sQ0FBQyxTQUFTLE1BQU0sT0FBTyxDQUFDO0FBQzFDLFNBQU87QUFDVDtBQUdBLGVBQWUsUUFBUSxNQUFjLE9BQW1CLEtBQXlEO0FBQy9HLFFBQU0sV0FBTyw2QkFBVSxLQUFLO0FBQzVCLE1BQUksTUFBTTtBQUNSLFNBQUssVUFBTSx1QkFBSSxNQUFNLENBQUMsY0FBYyxpQkFBaUIsS0FBSyxLQUFLLEdBQUcsQ0FBQyxHQUFHLFNBQVMsRUFBRyxRQUFPLEVBQUUsTUFBTSxLQUFLLEtBQUssUUFBUSxxQkFBcUIsS0FBSyxJQUFJLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRztBQUNoSyxVQUFNLEtBQUssVUFBTSx1QkFBSSxNQUFNLENBQUMsY0FBYyxLQUFLLEtBQUssR0FBRyxDQUFDO0FBQ3hELFFBQUksR0FBRyxTQUFTLEVBQUcsUUFBTyxFQUFFLE1BQU0sR0FBRyxPQUFPLEtBQUssR0FBRyxRQUFRLHFEQUFxRCxLQUFLLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHO0FBQUEsRUFDM0k7QUFDQSxRQUFNLFNBQVMsVUFBTSx1QkFBSSxNQUFNLENBQUMsYUFBYSxZQUFZLFdBQVcsR0FBRyxHQUFHLEdBQUcsQ0FBQztBQUM5RSxNQUFJLE9BQU8sU0FBUyxFQUFHLFFBQU8sRUFBRSxNQUFNLE9BQU8sT0FBTyxLQUFLLEdBQUcsUUFBUSxPQUFPLDREQUE0RCxpQ0FBaUM7QUFDeEssU0FBTyxFQUFFLFFBQVEsd0RBQXdEO0FBQzNFO0FBR0EsZUFBc0IsU0FBUyxHQUFpQixPQUF1RTtBQUNySCxRQUFNLE1BQU0sT0FBTSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUN6QyxRQUFNLE1BQU0sQ0FBQyxNQUFjLEVBQUUsR0FBRyxPQUFPLE1BQU0sYUFBYSxFQUFFLEdBQUcsSUFBSSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQUEsQ0FBSTtBQUNyRixRQUFNLE9BQU8sZ0JBQVksbUNBQWdCLEVBQUUsVUFBVSxLQUFLO0FBRTFELE1BQUk7QUFDSixNQUFJLE1BQU0sU0FBUztBQUNqQixVQUFNLE1BQU0sUUFBUTtBQUNwQixRQUFJLFlBQVksSUFBSSxNQUFNLEdBQUcsRUFBRSxDQUFDLEtBQUssTUFBTSxRQUFRLFNBQVMsTUFBTSx5QkFBeUI7QUFBQSxFQUM3RixPQUFPO0FBQ0wsVUFBTSxPQUFPLE1BQU0sV0FBVyxFQUFFLEtBQUssRUFBRSxNQUFNO0FBQzdDLFlBQVEsRUFBRSxHQUFHLE9BQU8sUUFBUSxFQUFFLEdBQUcsTUFBTSxRQUFRLGVBQWUsSUFBSSxFQUFFLEVBQUU7QUFDdEUsUUFBSSxDQUFDLEtBQUssS0FBSztBQUNiLFlBQU0sV0FBVyxNQUFNLE9BQU8sV0FBVztBQUN6QyxjQUFRLEVBQUUsR0FBRyxPQUFPLFFBQVEsRUFBRSxHQUFHLE1BQU0sUUFBUSxXQUFXLE9BQU8sVUFBVSxXQUFXLEtBQUssTUFBTSxFQUFFO0FBQ25HLFlBQU0sS0FBSztBQUNYLGFBQU8sRUFBRSxPQUFPLFFBQVEsRUFBRSxNQUFNLGVBQWUsT0FBTyxLQUFLLFNBQVMsZ0JBQWdCLEVBQUU7QUFBQSxJQUN4RjtBQUNBLFVBQU0sS0FBSztBQUNYLFlBQVEsRUFBRSxHQUFHLE9BQU8sVUFBVSxFQUFFLEtBQUssSUFBSSxJQUFJLEVBQUUsR0FBRyxRQUFRLEVBQUUsV0FBVyxNQUFNLFVBQVUsR0FBRyxlQUFlLE1BQU0sT0FBTyxjQUFjLEVBQUU7QUFDdEksVUFBTSxXQUFPLCtCQUFZLE9BQU8sR0FBRztBQUNuQyxRQUFJLE1BQU07QUFFUixjQUFJLDZCQUFVLEtBQUssR0FBRyxRQUFRLElBQUssYUFBUSxnQ0FBYSxPQUFPLElBQUk7QUFDbkUsWUFBTSxLQUFLO0FBQ1gsYUFBTyxFQUFFLE9BQU8sUUFBUSxFQUFFLE1BQU0sUUFBUSxJQUFJLEVBQUU7QUFBQSxJQUNoRDtBQUFBLEVBQ0Y7QUFFQSxRQUFNLE9BQU8sTUFBTSxpQkFBaUIsR0FBRyxHQUFHO0FBQzFDLE1BQUksQ0FBQyxNQUFNLFNBQVM7QUFDbEIsVUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLE1BQU0sUUFBUSxNQUFNLE9BQU8sR0FBRztBQUN2RCxZQUFRLEVBQUUsR0FBRyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sUUFBUSxJQUFJLFlBQVksUUFBUSxXQUFXLElBQUksR0FBRyxVQUFVLENBQUMsRUFBRSxFQUFFO0FBQzNHLFVBQU0sS0FBSztBQUFBLEVBQ2I7QUFDQSxRQUFNLFVBQVUsTUFBTTtBQUN0QixRQUFNLFVBQU0sNkJBQVUsRUFBRSxVQUFVLEdBQUc7QUFDckMsWUFBTSx1QkFBTSxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDcEMsUUFBTSxjQUFjLFVBQU0sbUNBQWdCLEtBQUssS0FBSyxLQUFLLGFBQWEsR0FBRyxFQUFFLE9BQU8sUUFBUSxhQUFhLGFBQWEsWUFBWSxLQUFLLEVBQUUsS0FBSyxRQUFRLEVBQUUsUUFBUSxHQUFHLFFBQVEsQ0FBQztBQUMxSyxRQUFNLFlBQVk7QUFFbEIsUUFBTSxVQUFNLGtDQUFrQixLQUFLLEtBQUssS0FBSyxXQUFXLEdBQUcsRUFBRSxPQUFPLElBQUksQ0FBQztBQUN6RSxRQUFNLFFBQWUsRUFBRSxRQUFRLEtBQUssUUFBUSxLQUFLLEtBQUssTUFBTSxLQUFLLEVBQUUsR0FBRyxJQUFJO0FBQzFFLE1BQUk7QUFDRixRQUFJO0FBQ0osUUFBSSxRQUFRLE1BQU07QUFDaEIsYUFBTyxVQUFNLGdDQUFhLE1BQU0sUUFBUSxJQUFJO0FBQzVDLGNBQVEsVUFBVSxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQ2hELFVBQUksR0FBRyxJQUFJLE1BQU0sR0FBRyxFQUFFLENBQUMsS0FBSyxLQUFLLE1BQU0sTUFBTSw2QkFBNkIsUUFBUSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsS0FBSyxRQUFRLFVBQVUsVUFBVSxLQUFLLEtBQUssS0FBSyxXQUFXLENBQUMsRUFBRTtBQUFBLElBQ25LLE1BQU8sS0FBSSxHQUFHLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLLFFBQVEsVUFBVSxFQUFFO0FBQ3ZELFVBQU0sUUFBUSxFQUFFLEdBQUcsRUFBRSxPQUFPLFdBQVcsRUFBRSxNQUFNLGFBQWEsS0FBSyxLQUFLLEtBQUssV0FBVyxFQUFFO0FBQ3hGLFVBQU0sV0FBVyxVQUFNLG1DQUFhLE1BQU0sU0FBUyxDQUFDLEdBQUcsTUFBTTtBQUFBLE1BQzNEO0FBQUEsTUFBTyxNQUFNO0FBQUEsTUFBTyxXQUFXLEVBQUU7QUFBQSxNQUFXLElBQUk7QUFBQSxNQUFPLE9BQU8sRUFBRTtBQUFBLE1BQU8sVUFBVSxRQUFRO0FBQUEsTUFDekYsV0FBVyxPQUFPLFFBQVE7QUFDeEIsWUFBSSxJQUFJLFdBQVcsWUFBYTtBQUNoQyxnQkFBUSxXQUFXLENBQUMsR0FBRyxRQUFRLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUksSUFBSSxHQUFHLEdBQUc7QUFDL0UsWUFBSSxHQUFHLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLLElBQUksSUFBSSxJQUFJLElBQUksTUFBTSxHQUFHLElBQUksU0FBUyxLQUFLLElBQUksTUFBTSxNQUFNLEVBQUUsRUFBRTtBQUMzRixjQUFNLEtBQUs7QUFDWCxjQUFNLFlBQVk7QUFBQSxNQUNwQjtBQUFBLElBQ0YsQ0FBQztBQUNELFFBQUksU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVyxHQUFHO0FBQ2xELGNBQVEsV0FBVyxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxlQUFlLEVBQUUsV0FBVyxXQUFXO0FBQzlGLFlBQU0sS0FBSztBQUNYLFlBQU0sWUFBWTtBQUNsQixVQUFJLEdBQUcsSUFBSSxNQUFNLEdBQUcsRUFBRSxDQUFDLG9DQUFvQztBQUMzRCxhQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsTUFBTSxlQUFlLElBQUksRUFBRTtBQUFBLElBQ3ZEO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsYUFBUyxrQ0FBWSxRQUFRO0FBQ3JDLFlBQVEsU0FBUyxTQUFTLFdBQVcsSUFBSSxxQkFBcUIsU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVyxJQUFJLGNBQWM7QUFDOUgsWUFBUSxhQUFhLElBQUk7QUFDekIsUUFBSSxTQUFTLE9BQVEsS0FBSSxNQUFNLFdBQU8sbUNBQWEsVUFBVSxJQUFJLENBQUM7QUFDbEUsZ0JBQVEsZ0NBQWEsT0FBTyxPQUFPO0FBQ25DLFVBQU0sS0FBSztBQUNYLFVBQU0sWUFBWTtBQUNsQixjQUFNLHVCQUFJLE1BQU0sQ0FBQyxjQUFjLG9CQUFvQixHQUFHLENBQUM7QUFDdkQsUUFBSSxHQUFHLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLLFFBQVEsTUFBTSxHQUFHLFFBQVEsU0FBUyxVQUFVLFFBQVEsTUFBTSxNQUFNLEVBQUUsRUFBRTtBQUNoRyxXQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsTUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRLEVBQUU7QUFBQSxFQUNsRSxVQUFFO0FBQ0EsVUFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxFQUN2RDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
