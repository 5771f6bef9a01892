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
var watch_exports = {};
__export(watch_exports, {
  command: () => command,
  runWatch: () => runWatch,
  watchCommand: () => watchCommand
});
module.exports = __toCommonJS(watch_exports);
var import_node_crypto = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var path = __toESM(require("node:path"));
var import_userError = require("../../core/userError");
var import_watchState = require("../../core/watchState");
var import_argList = require("../argList");
var import_build = require("./build");
var import_watchRunner = require("../watchRunner");
const usage = `Usage: ebuild-builder watch <git-url> [--branch B] [--every 10m] [--state DIR] [--once] [build options]

Polls the remote with \`git ls-remote\`; when the branch has a new head, fetches it into a mirror under the
state folder and builds the ebuilds it changed since the last built commit (after a force-push: since their
merge base), dependencies first, like \`build --changed\`. The state survives restarts: a finished commit is
never built again, an unfinished one is resumed. Each commit gets <state>/commits/<sha>/status.json and build.log.
An unreachable remote is retried with exponential backoff (every, 2\xD7, 4\xD7, \u2026 up to an hour) and reported.

  --branch B     branch to follow (default: the remote's default branch)
  --every D      time between polls: 30s, 10m, 1h (default 10m)
  --state DIR    state folder (default ~/.cache/ebuild-builder/watch/<hash of url and branch>)
  --once         poll once, build if needed, and exit (for cron); non-zero when the remote is unreachable
  --keep-going   keep building a commit's other ebuilds after a failure
  Build options (--profile, --image, --env, --engine, \u2026) are those of \`ebuild-builder build\`.
`;
function defaultStateDir(url, branch, env) {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || (0, import_node_os.homedir)(), ".cache");
  const id = (0, import_node_crypto.createHash)("sha256").update(`${url}
${branch}`).digest("hex").slice(0, 16);
  return path.join(base, "ebuild-builder", "watch", id);
}
async function lock(stateDir) {
  const file = path.join(stateDir, "watch.lock");
  const pid = Number((await (0, import_promises.readFile)(file, "utf8").catch(() => "")).trim());
  if (pid && pid !== process.pid) {
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      alive = e.code === "EPERM";
    }
    if (alive) throw new import_userError.UserError(`Another watch (pid ${pid}) uses the state folder ${stateDir}.`, "Stop it first, or pass another --state DIR.", "watch-locked");
  }
  await (0, import_promises.writeFile)(file, `${process.pid}
`);
  return () => (0, import_promises.rm)(file, { force: true });
}
async function runWatch(o) {
  await (0, import_promises.mkdir)(o.stateDir, { recursive: true });
  const unlock = await lock(o.stateDir);
  let stop = false;
  void o.stopped.then(() => stop = true);
  try {
    let state = await (0, import_watchState.readWatchState)(o.stateDir) ?? (0, import_watchState.newWatchState)(o.url, o.branch);
    if (state.url !== o.url || state.branch !== o.branch) {
      throw new import_userError.UserError(`The state folder ${o.stateDir} belongs to ${state.url} (${state.branch}), not ${o.url} (${o.branch}).`, "Pass another --state DIR.", "watch-state-mismatch");
    }
    await (0, import_watchState.writeWatchState)(o.stateDir, state);
    for (; ; ) {
      let status = 0;
      try {
        const r = await (0, import_watchRunner.pollOnce)(o, state);
        state = r.state;
        if (r.result.kind === "unreachable") {
          const delay2 = (0, import_watchState.nextPollDelay)(o.everyMs, state.remote.failures);
          state = { ...state, remote: { ...state.remote, nextAttemptAt: o.once ? void 0 : new Date(Date.now() + delay2).toISOString() } };
          await (0, import_watchState.writeWatchState)(o.stateDir, state);
          o.io.stderr.write(`ebuild-builder watch: cannot reach ${o.url} (attempt ${state.remote.failures}): ${r.result.error}
` + (o.once ? "" : `  \u2192 retrying in ${Math.round(delay2 / 1e3)} s
`));
          if (o.once) throw new import_userError.UserError(`Cannot reach ${o.url}: ${r.result.error}`, "Check the URL, the network and your credentials (git ls-remote URL must work).", "remote-unreachable");
        } else if (r.result.kind === "built") status = r.result.commit.status ?? 0;
      } catch (e) {
        if (!(0, import_userError.isUserError)(e) || o.once) throw e;
        state = { ...state, remote: { ...state.remote, reachable: false, failures: state.remote.failures + 1, lastError: e.message } };
        await (0, import_watchState.writeWatchState)(o.stateDir, state);
        o.io.stderr.write(`ebuild-builder watch: ${e.toString()}
`);
      }
      if (o.once) return status;
      if (stop) return 0;
      const delay = (0, import_watchState.nextPollDelay)(o.everyMs, state.remote.reachable ? 0 : state.remote.failures);
      await Promise.race([new Promise((r) => setTimeout(r, delay).unref()), o.stopped]);
      if (stop) return 0;
    }
  } finally {
    await unlock();
  }
}
async function watchCommand(args, io, build) {
  const rest = [...args];
  const branch = (0, import_argList.takeOption)(rest, "--branch") ?? "HEAD";
  const everyMs = (0, import_argList.parseDuration)((0, import_argList.takeOption)(rest, "--every") ?? "10m", "--every");
  const stateFlag = (0, import_argList.takeOption)(rest, "--state");
  const once = (0, import_argList.takeFlag)(rest, "--once");
  const parsed = (0, import_build.parseBuildFlags)(rest);
  if (parsed.positionals.length !== 1) throw new import_userError.UserError("watch needs one git URL.", "Run `ebuild-builder watch https://example.org/overlay.git --every 10m`.", "bad-flag");
  const url = parsed.positionals[0];
  const stateDir = path.resolve(io.cwd, stateFlag ?? defaultStateDir(url, branch, io.env));
  let stopNow = () => {
  };
  const stopped = new Promise((r) => stopNow = r);
  const onSignal = () => stopNow();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  io.stderr.write(`>>> watch ${url} ${branch}: state in ${stateDir}${once ? "" : `, polling every ${everyMs / 1e3} s`}
`);
  try {
    return await runWatch({ url, branch, stateDir, flags: parsed.flags, keepGoing: Boolean(parsed.rest["keep-going"]), io, build, everyMs, once, stopped });
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
const command = {
  name: "watch",
  summary: "follow a remote git branch by polling and build what each new commit changed",
  usage,
  run: (args, io) => watchCommand(args, io)
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  runWatch,
  watchCommand
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy93YXRjaC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciB3YXRjaCA8Z2l0LXVybD5gOiBmb2xsb3dzIGEgcmVtb3RlIGJyYW5jaCBieSBwb2xsaW5nIGFuZCBidWlsZHMgd2hhdCBlYWNoIG5ldyBoZWFkIGNoYW5nZWQuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgbWtkaXIsIHJlYWRGaWxlLCBybSwgd3JpdGVGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBob21lZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IENsaUNvbW1hbmQsIENsaUlPIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IsIFVzZXJFcnJvciB9IGZyb20gJy4uLy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IG5ld1dhdGNoU3RhdGUsIG5leHRQb2xsRGVsYXksIHJlYWRXYXRjaFN0YXRlLCB3cml0ZVdhdGNoU3RhdGUsIHR5cGUgV2F0Y2hTdGF0ZSB9IGZyb20gJy4uLy4uL2NvcmUvd2F0Y2hTdGF0ZSc7XG5pbXBvcnQgeyBwYXJzZUR1cmF0aW9uLCB0YWtlRmxhZywgdGFrZU9wdGlvbiB9IGZyb20gJy4uL2FyZ0xpc3QnO1xuaW1wb3J0IHsgcGFyc2VCdWlsZEZsYWdzIH0gZnJvbSAnLi9idWlsZCc7XG5pbXBvcnQgeyBwb2xsT25jZSwgdHlwZSBXYXRjaE9wdGlvbnMgfSBmcm9tICcuLi93YXRjaFJ1bm5lcic7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkRm4gfSBmcm9tICcuLi9jaGFuZ2VkQnVpbGRzJztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIHdhdGNoIDxnaXQtdXJsPiBbLS1icmFuY2ggQl0gWy0tZXZlcnkgMTBtXSBbLS1zdGF0ZSBESVJdIFstLW9uY2VdIFtidWlsZCBvcHRpb25zXVxuXG5Qb2xscyB0aGUgcmVtb3RlIHdpdGggXFxgZ2l0IGxzLXJlbW90ZVxcYDsgd2hlbiB0aGUgYnJhbmNoIGhhcyBhIG5ldyBoZWFkLCBmZXRjaGVzIGl0IGludG8gYSBtaXJyb3IgdW5kZXIgdGhlXG5zdGF0ZSBmb2xkZXIgYW5kIGJ1aWxkcyB0aGUgZWJ1aWxkcyBpdCBjaGFuZ2VkIHNpbmNlIHRoZSBsYXN0IGJ1aWx0IGNvbW1pdCAoYWZ0ZXIgYSBmb3JjZS1wdXNoOiBzaW5jZSB0aGVpclxubWVyZ2UgYmFzZSksIGRlcGVuZGVuY2llcyBmaXJzdCwgbGlrZSBcXGBidWlsZCAtLWNoYW5nZWRcXGAuIFRoZSBzdGF0ZSBzdXJ2aXZlcyByZXN0YXJ0czogYSBmaW5pc2hlZCBjb21taXQgaXNcbm5ldmVyIGJ1aWx0IGFnYWluLCBhbiB1bmZpbmlzaGVkIG9uZSBpcyByZXN1bWVkLiBFYWNoIGNvbW1pdCBnZXRzIDxzdGF0ZT4vY29tbWl0cy88c2hhPi9zdGF0dXMuanNvbiBhbmQgYnVpbGQubG9nLlxuQW4gdW5yZWFjaGFibGUgcmVtb3RlIGlzIHJldHJpZWQgd2l0aCBleHBvbmVudGlhbCBiYWNrb2ZmIChldmVyeSwgMlx1MDBENywgNFx1MDBENywgXHUyMDI2IHVwIHRvIGFuIGhvdXIpIGFuZCByZXBvcnRlZC5cblxuICAtLWJyYW5jaCBCICAgICBicmFuY2ggdG8gZm9sbG93IChkZWZhdWx0OiB0aGUgcmVtb3RlJ3MgZGVmYXVsdCBicmFuY2gpXG4gIC0tZXZlcnkgRCAgICAgIHRpbWUgYmV0d2VlbiBwb2xsczogMzBzLCAxMG0sIDFoIChkZWZhdWx0IDEwbSlcbiAgLS1zdGF0ZSBESVIgICAgc3RhdGUgZm9sZGVyIChkZWZhdWx0IH4vLmNhY2hlL2VidWlsZC1idWlsZGVyL3dhdGNoLzxoYXNoIG9mIHVybCBhbmQgYnJhbmNoPilcbiAgLS1vbmNlICAgICAgICAgcG9sbCBvbmNlLCBidWlsZCBpZiBuZWVkZWQsIGFuZCBleGl0IChmb3IgY3Jvbik7IG5vbi16ZXJvIHdoZW4gdGhlIHJlbW90ZSBpcyB1bnJlYWNoYWJsZVxuICAtLWtlZXAtZ29pbmcgICBrZWVwIGJ1aWxkaW5nIGEgY29tbWl0J3Mgb3RoZXIgZWJ1aWxkcyBhZnRlciBhIGZhaWx1cmVcbiAgQnVpbGQgb3B0aW9ucyAoLS1wcm9maWxlLCAtLWltYWdlLCAtLWVudiwgLS1lbmdpbmUsIFx1MjAyNikgYXJlIHRob3NlIG9mIFxcYGVidWlsZC1idWlsZGVyIGJ1aWxkXFxgLlxuYDtcblxuZnVuY3Rpb24gZGVmYXVsdFN0YXRlRGlyKHVybDogc3RyaW5nLCBicmFuY2g6IHN0cmluZywgZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IHN0cmluZyB7XG4gIGNvbnN0IGJhc2UgPSBlbnYuWERHX0NBQ0hFX0hPTUUgfHwgcGF0aC5qb2luKGVudi5IT01FIHx8IGhvbWVkaXIoKSwgJy5jYWNoZScpO1xuICBjb25zdCBpZCA9IGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShgJHt1cmx9XFxuJHticmFuY2h9YCkuZGlnZXN0KCdoZXgnKS5zbGljZSgwLCAxNik7XG4gIHJldHVybiBwYXRoLmpvaW4oYmFzZSwgJ2VidWlsZC1idWlsZGVyJywgJ3dhdGNoJywgaWQpO1xufVxuXG4vKiogT25lIHdhdGNoIHBlciBzdGF0ZSBmb2xkZXI6IGEgc2Vjb25kIG9uZSB3b3VsZCBidWlsZCB0aGUgc2FtZSBjb21taXRzLiBBIHN0YWxlIGxvY2sgKGRlYWQgcGlkKSBpcyB0YWtlbiBvdmVyLiAqL1xuYXN5bmMgZnVuY3Rpb24gbG9jayhzdGF0ZURpcjogc3RyaW5nKTogUHJvbWlzZTwoKSA9PiBQcm9taXNlPHZvaWQ+PiB7XG4gIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4oc3RhdGVEaXIsICd3YXRjaC5sb2NrJyk7XG4gIGNvbnN0IHBpZCA9IE51bWJlcigoYXdhaXQgcmVhZEZpbGUoZmlsZSwgJ3V0ZjgnKS5jYXRjaCgoKSA9PiAnJykpLnRyaW0oKSk7XG4gIGlmIChwaWQgJiYgcGlkICE9PSBwcm9jZXNzLnBpZCkge1xuICAgIGxldCBhbGl2ZSA9IHRydWU7XG4gICAgdHJ5IHtcbiAgICAgIHByb2Nlc3Mua2lsbChwaWQsIDApO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGFsaXZlID0gKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRVBFUk0nO1xuICAgIH1cbiAgICBpZiAoYWxpdmUpIHRocm93IG5ldyBVc2VyRXJyb3IoYEFub3RoZXIgd2F0Y2ggKHBpZCAke3BpZH0pIHVzZXMgdGhlIHN0YXRlIGZvbGRlciAke3N0YXRlRGlyfS5gLCAnU3RvcCBpdCBmaXJzdCwgb3IgcGFzcyBhbm90aGVyIC0tc3RhdGUgRElSLicsICd3YXRjaC1sb2NrZWQnKTtcbiAgfVxuICBhd2FpdCB3cml0ZUZpbGUoZmlsZSwgYCR7cHJvY2Vzcy5waWR9XFxuYCk7XG4gIHJldHVybiAoKSA9PiBybShmaWxlLCB7IGZvcmNlOiB0cnVlIH0pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdhdGNoUnVuIGV4dGVuZHMgV2F0Y2hPcHRpb25zIHtcbiAgZXZlcnlNczogbnVtYmVyO1xuICBvbmNlOiBib29sZWFuO1xuICAvKiogUmVzb2x2ZXMgd2hlbiB0aGUgd2F0Y2ggc2hvdWxkIHN0b3AgKGEgc2lnbmFsKTsgdGhlIGxvb3AncyBzbGVlcHMgZW5kIGVhcmx5IHRoZW4uICovXG4gIHN0b3BwZWQ6IFByb21pc2U8dm9pZD47XG59XG5cbi8qKiBUaGUgcG9sbGluZyBsb29wLiBSZXR1cm5zIHRoZSBleGl0IHN0YXR1cyAoZm9yIC0tb25jZTogZW1lcmdlJ3Mgd29yc3Qgc3RhdHVzLCBvciAyIHdoZW4gdW5yZWFjaGFibGUpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bldhdGNoKG86IFdhdGNoUnVuKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgYXdhaXQgbWtkaXIoby5zdGF0ZURpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IHVubG9jayA9IGF3YWl0IGxvY2soby5zdGF0ZURpcik7XG4gIGxldCBzdG9wID0gZmFsc2U7XG4gIHZvaWQgby5zdG9wcGVkLnRoZW4oKCkgPT4gKHN0b3AgPSB0cnVlKSk7XG4gIHRyeSB7XG4gICAgbGV0IHN0YXRlOiBXYXRjaFN0YXRlID0gKGF3YWl0IHJlYWRXYXRjaFN0YXRlKG8uc3RhdGVEaXIpKSA/PyBuZXdXYXRjaFN0YXRlKG8udXJsLCBvLmJyYW5jaCk7XG4gICAgaWYgKHN0YXRlLnVybCAhPT0gby51cmwgfHwgc3RhdGUuYnJhbmNoICE9PSBvLmJyYW5jaCkge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgVGhlIHN0YXRlIGZvbGRlciAke28uc3RhdGVEaXJ9IGJlbG9uZ3MgdG8gJHtzdGF0ZS51cmx9ICgke3N0YXRlLmJyYW5jaH0pLCBub3QgJHtvLnVybH0gKCR7by5icmFuY2h9KS5gLCAnUGFzcyBhbm90aGVyIC0tc3RhdGUgRElSLicsICd3YXRjaC1zdGF0ZS1taXNtYXRjaCcpO1xuICAgIH1cbiAgICBhd2FpdCB3cml0ZVdhdGNoU3RhdGUoby5zdGF0ZURpciwgc3RhdGUpO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGxldCBzdGF0dXMgPSAwO1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgciA9IGF3YWl0IHBvbGxPbmNlKG8sIHN0YXRlKTtcbiAgICAgICAgc3RhdGUgPSByLnN0YXRlO1xuICAgICAgICBpZiAoci5yZXN1bHQua2luZCA9PT0gJ3VucmVhY2hhYmxlJykge1xuICAgICAgICAgIGNvbnN0IGRlbGF5ID0gbmV4dFBvbGxEZWxheShvLmV2ZXJ5TXMsIHN0YXRlLnJlbW90ZS5mYWlsdXJlcyk7XG4gICAgICAgICAgc3RhdGUgPSB7IC4uLnN0YXRlLCByZW1vdGU6IHsgLi4uc3RhdGUucmVtb3RlLCBuZXh0QXR0ZW1wdEF0OiBvLm9uY2UgPyB1bmRlZmluZWQgOiBuZXcgRGF0ZShEYXRlLm5vdygpICsgZGVsYXkpLnRvSVNPU3RyaW5nKCkgfSB9O1xuICAgICAgICAgIGF3YWl0IHdyaXRlV2F0Y2hTdGF0ZShvLnN0YXRlRGlyLCBzdGF0ZSk7XG4gICAgICAgICAgby5pby5zdGRlcnIud3JpdGUoYGVidWlsZC1idWlsZGVyIHdhdGNoOiBjYW5ub3QgcmVhY2ggJHtvLnVybH0gKGF0dGVtcHQgJHtzdGF0ZS5yZW1vdGUuZmFpbHVyZXN9KTogJHtyLnJlc3VsdC5lcnJvcn1cXG5gICsgKG8ub25jZSA/ICcnIDogYCAgXHUyMTkyIHJldHJ5aW5nIGluICR7TWF0aC5yb3VuZChkZWxheSAvIDEwMDApfSBzXFxuYCkpO1xuICAgICAgICAgIGlmIChvLm9uY2UpIHRocm93IG5ldyBVc2VyRXJyb3IoYENhbm5vdCByZWFjaCAke28udXJsfTogJHtyLnJlc3VsdC5lcnJvcn1gLCAnQ2hlY2sgdGhlIFVSTCwgdGhlIG5ldHdvcmsgYW5kIHlvdXIgY3JlZGVudGlhbHMgKGdpdCBscy1yZW1vdGUgVVJMIG11c3Qgd29yaykuJywgJ3JlbW90ZS11bnJlYWNoYWJsZScpO1xuICAgICAgICB9IGVsc2UgaWYgKHIucmVzdWx0LmtpbmQgPT09ICdidWlsdCcpIHN0YXR1cyA9IHIucmVzdWx0LmNvbW1pdC5zdGF0dXMgPz8gMDtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgaWYgKCFpc1VzZXJFcnJvcihlKSB8fCBvLm9uY2UpIHRocm93IGU7XG4gICAgICAgIC8vIEEgZmV0Y2ggb3IgZ2l0IGZhaWx1cmUgYWZ0ZXIgbHMtcmVtb3RlIGFuc3dlcmVkOiByZXBvcnQgaXQgYW5kIHJldHJ5IHdpdGggYmFja29mZiBsaWtlIGFuIHVucmVhY2hhYmxlIHJlbW90ZS5cbiAgICAgICAgc3RhdGUgPSB7IC4uLnN0YXRlLCByZW1vdGU6IHsgLi4uc3RhdGUucmVtb3RlLCByZWFjaGFibGU6IGZhbHNlLCBmYWlsdXJlczogc3RhdGUucmVtb3RlLmZhaWx1cmVzICsgMSwgbGFzdEVycm9yOiBlLm1lc3NhZ2UgfSB9O1xuICAgICAgICBhd2FpdCB3cml0ZVdhdGNoU3RhdGUoby5zdGF0ZURpciwgc3RhdGUpO1xuICAgICAgICBvLmlvLnN0ZGVyci53cml0ZShgZWJ1aWxkLWJ1aWxkZXIgd2F0Y2g6ICR7ZS50b1N0cmluZygpfVxcbmApO1xuICAgICAgfVxuICAgICAgaWYgKG8ub25jZSkgcmV0dXJuIHN0YXR1cztcbiAgICAgIGlmIChzdG9wKSByZXR1cm4gMDtcbiAgICAgIGNvbnN0IGRlbGF5ID0gbmV4dFBvbGxEZWxheShvLmV2ZXJ5TXMsIHN0YXRlLnJlbW90ZS5yZWFjaGFibGUgPyAwIDogc3RhdGUucmVtb3RlLmZhaWx1cmVzKTtcbiAgICAgIGF3YWl0IFByb21pc2UucmFjZShbbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgZGVsYXkpLnVucmVmKCkpLCBvLnN0b3BwZWRdKTtcbiAgICAgIGlmIChzdG9wKSByZXR1cm4gMDtcbiAgICB9XG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgdW5sb2NrKCk7XG4gIH1cbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHdhdGNoQ29tbWFuZChhcmdzOiBzdHJpbmdbXSwgaW86IENsaUlPLCBidWlsZD86IEJ1aWxkRm4pOiBQcm9taXNlPG51bWJlcj4ge1xuICBjb25zdCByZXN0ID0gWy4uLmFyZ3NdO1xuICBjb25zdCBicmFuY2ggPSB0YWtlT3B0aW9uKHJlc3QsICctLWJyYW5jaCcpID8/ICdIRUFEJztcbiAgY29uc3QgZXZlcnlNcyA9IHBhcnNlRHVyYXRpb24odGFrZU9wdGlvbihyZXN0LCAnLS1ldmVyeScpID8/ICcxMG0nLCAnLS1ldmVyeScpO1xuICBjb25zdCBzdGF0ZUZsYWcgPSB0YWtlT3B0aW9uKHJlc3QsICctLXN0YXRlJyk7XG4gIGNvbnN0IG9uY2UgPSB0YWtlRmxhZyhyZXN0LCAnLS1vbmNlJyk7XG4gIGNvbnN0IHBhcnNlZCA9IHBhcnNlQnVpbGRGbGFncyhyZXN0KTtcbiAgaWYgKHBhcnNlZC5wb3NpdGlvbmFscy5sZW5ndGggIT09IDEpIHRocm93IG5ldyBVc2VyRXJyb3IoJ3dhdGNoIG5lZWRzIG9uZSBnaXQgVVJMLicsICdSdW4gYGVidWlsZC1idWlsZGVyIHdhdGNoIGh0dHBzOi8vZXhhbXBsZS5vcmcvb3ZlcmxheS5naXQgLS1ldmVyeSAxMG1gLicsICdiYWQtZmxhZycpO1xuICBjb25zdCB1cmwgPSBwYXJzZWQucG9zaXRpb25hbHNbMF07XG4gIGNvbnN0IHN0YXRlRGlyID0gcGF0aC5yZXNvbHZlKGlvLmN3ZCwgc3RhdGVGbGFnID8/IGRlZmF1bHRTdGF0ZURpcih1cmwsIGJyYW5jaCwgaW8uZW52KSk7XG4gIGxldCBzdG9wTm93OiAoKSA9PiB2b2lkID0gKCkgPT4ge307XG4gIGNvbnN0IHN0b3BwZWQgPSBuZXcgUHJvbWlzZTx2b2lkPigocikgPT4gKHN0b3BOb3cgPSByKSk7XG4gIGNvbnN0IG9uU2lnbmFsID0gKCkgPT4gc3RvcE5vdygpO1xuICBwcm9jZXNzLm9uY2UoJ1NJR0lOVCcsIG9uU2lnbmFsKTtcbiAgcHJvY2Vzcy5vbmNlKCdTSUdURVJNJywgb25TaWduYWwpO1xuICBpby5zdGRlcnIud3JpdGUoYD4+PiB3YXRjaCAke3VybH0gJHticmFuY2h9OiBzdGF0ZSBpbiAke3N0YXRlRGlyfSR7b25jZSA/ICcnIDogYCwgcG9sbGluZyBldmVyeSAke2V2ZXJ5TXMgLyAxMDAwfSBzYH1cXG5gKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgcnVuV2F0Y2goeyB1cmwsIGJyYW5jaCwgc3RhdGVEaXIsIGZsYWdzOiBwYXJzZWQuZmxhZ3MsIGtlZXBHb2luZzogQm9vbGVhbihwYXJzZWQucmVzdFsna2VlcC1nb2luZyddKSwgaW8sIGJ1aWxkLCBldmVyeU1zLCBvbmNlLCBzdG9wcGVkIH0pO1xuICB9IGZpbmFsbHkge1xuICAgIHByb2Nlc3MucmVtb3ZlTGlzdGVuZXIoJ1NJR0lOVCcsIG9uU2lnbmFsKTtcbiAgICBwcm9jZXNzLnJlbW92ZUxpc3RlbmVyKCdTSUdURVJNJywgb25TaWduYWwpO1xuICB9XG59XG5cbmV4cG9ydCBjb25zdCBjb21tYW5kOiBDbGlDb21tYW5kID0ge1xuICBuYW1lOiAnd2F0Y2gnLFxuICBzdW1tYXJ5OiAnZm9sbG93IGEgcmVtb3RlIGdpdCBicmFuY2ggYnkgcG9sbGluZyBhbmQgYnVpbGQgd2hhdCBlYWNoIG5ldyBjb21taXQgY2hhbmdlZCcsXG4gIHVzYWdlLFxuICBydW46IChhcmdzLCBpbykgPT4gd2F0Y2hDb21tYW5kKGFyZ3MsIGlvKSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSx5QkFBMkI7QUFDM0Isc0JBQStDO0FBQy9DLHFCQUF3QjtBQUN4QixXQUFzQjtBQUV0Qix1QkFBdUM7QUFDdkMsd0JBQStGO0FBQy9GLHFCQUFvRDtBQUNwRCxtQkFBZ0M7QUFDaEMseUJBQTRDO0FBRzVDLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFnQmQsU0FBUyxnQkFBZ0IsS0FBYSxRQUFnQixLQUFnQztBQUNwRixRQUFNLE9BQU8sSUFBSSxrQkFBa0IsS0FBSyxLQUFLLElBQUksWUFBUSx3QkFBUSxHQUFHLFFBQVE7QUFDNUUsUUFBTSxTQUFLLCtCQUFXLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRztBQUFBLEVBQUssTUFBTSxFQUFFLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUU7QUFDckYsU0FBTyxLQUFLLEtBQUssTUFBTSxrQkFBa0IsU0FBUyxFQUFFO0FBQ3REO0FBR0EsZUFBZSxLQUFLLFVBQWdEO0FBQ2xFLFFBQU0sT0FBTyxLQUFLLEtBQUssVUFBVSxZQUFZO0FBQzdDLFFBQU0sTUFBTSxRQUFRLFVBQU0sMEJBQVMsTUFBTSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsR0FBRyxLQUFLLENBQUM7QUFDeEUsTUFBSSxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzlCLFFBQUksUUFBUTtBQUNaLFFBQUk7QUFDRixjQUFRLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDckIsU0FBUyxHQUFHO0FBQ1YsY0FBUyxFQUE0QixTQUFTO0FBQUEsSUFDaEQ7QUFDQSxRQUFJLE1BQU8sT0FBTSxJQUFJLDJCQUFVLHNCQUFzQixHQUFHLDJCQUEyQixRQUFRLEtBQUssK0NBQStDLGNBQWM7QUFBQSxFQUMvSjtBQUNBLFlBQU0sMkJBQVUsTUFBTSxHQUFHLFFBQVEsR0FBRztBQUFBLENBQUk7QUFDeEMsU0FBTyxVQUFNLG9CQUFHLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUN2QztBQVVBLGVBQXNCLFNBQVMsR0FBOEI7QUFDM0QsWUFBTSx1QkFBTSxFQUFFLFVBQVUsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUMzQyxRQUFNLFNBQVMsTUFBTSxLQUFLLEVBQUUsUUFBUTtBQUNwQyxNQUFJLE9BQU87QUFDWCxPQUFLLEVBQUUsUUFBUSxLQUFLLE1BQU8sT0FBTyxJQUFLO0FBQ3ZDLE1BQUk7QUFDRixRQUFJLFFBQXFCLFVBQU0sa0NBQWUsRUFBRSxRQUFRLFNBQU0saUNBQWMsRUFBRSxLQUFLLEVBQUUsTUFBTTtBQUMzRixRQUFJLE1BQU0sUUFBUSxFQUFFLE9BQU8sTUFBTSxXQUFXLEVBQUUsUUFBUTtBQUNwRCxZQUFNLElBQUksMkJBQVUsb0JBQW9CLEVBQUUsUUFBUSxlQUFlLE1BQU0sR0FBRyxLQUFLLE1BQU0sTUFBTSxVQUFVLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxNQUFNLDZCQUE2QixzQkFBc0I7QUFBQSxJQUNsTDtBQUNBLGNBQU0sbUNBQWdCLEVBQUUsVUFBVSxLQUFLO0FBQ3ZDLGVBQVM7QUFDUCxVQUFJLFNBQVM7QUFDYixVQUFJO0FBQ0YsY0FBTSxJQUFJLFVBQU0sNkJBQVMsR0FBRyxLQUFLO0FBQ2pDLGdCQUFRLEVBQUU7QUFDVixZQUFJLEVBQUUsT0FBTyxTQUFTLGVBQWU7QUFDbkMsZ0JBQU1BLGFBQVEsaUNBQWMsRUFBRSxTQUFTLE1BQU0sT0FBTyxRQUFRO0FBQzVELGtCQUFRLEVBQUUsR0FBRyxPQUFPLFFBQVEsRUFBRSxHQUFHLE1BQU0sUUFBUSxlQUFlLEVBQUUsT0FBTyxTQUFZLElBQUksS0FBSyxLQUFLLElBQUksSUFBSUEsTUFBSyxFQUFFLFlBQVksRUFBRSxFQUFFO0FBQ2hJLG9CQUFNLG1DQUFnQixFQUFFLFVBQVUsS0FBSztBQUN2QyxZQUFFLEdBQUcsT0FBTyxNQUFNLHNDQUFzQyxFQUFFLEdBQUcsYUFBYSxNQUFNLE9BQU8sUUFBUSxNQUFNLEVBQUUsT0FBTyxLQUFLO0FBQUEsS0FBUSxFQUFFLE9BQU8sS0FBSyx3QkFBbUIsS0FBSyxNQUFNQSxTQUFRLEdBQUksQ0FBQztBQUFBLEVBQU87QUFDM0wsY0FBSSxFQUFFLEtBQU0sT0FBTSxJQUFJLDJCQUFVLGdCQUFnQixFQUFFLEdBQUcsS0FBSyxFQUFFLE9BQU8sS0FBSyxJQUFJLGtGQUFrRixvQkFBb0I7QUFBQSxRQUNwTCxXQUFXLEVBQUUsT0FBTyxTQUFTLFFBQVMsVUFBUyxFQUFFLE9BQU8sT0FBTyxVQUFVO0FBQUEsTUFDM0UsU0FBUyxHQUFHO0FBQ1YsWUFBSSxLQUFDLDhCQUFZLENBQUMsS0FBSyxFQUFFLEtBQU0sT0FBTTtBQUVyQyxnQkFBUSxFQUFFLEdBQUcsT0FBTyxRQUFRLEVBQUUsR0FBRyxNQUFNLFFBQVEsV0FBVyxPQUFPLFVBQVUsTUFBTSxPQUFPLFdBQVcsR0FBRyxXQUFXLEVBQUUsUUFBUSxFQUFFO0FBQzdILGtCQUFNLG1DQUFnQixFQUFFLFVBQVUsS0FBSztBQUN2QyxVQUFFLEdBQUcsT0FBTyxNQUFNLHlCQUF5QixFQUFFLFNBQVMsQ0FBQztBQUFBLENBQUk7QUFBQSxNQUM3RDtBQUNBLFVBQUksRUFBRSxLQUFNLFFBQU87QUFDbkIsVUFBSSxLQUFNLFFBQU87QUFDakIsWUFBTSxZQUFRLGlDQUFjLEVBQUUsU0FBUyxNQUFNLE9BQU8sWUFBWSxJQUFJLE1BQU0sT0FBTyxRQUFRO0FBQ3pGLFlBQU0sUUFBUSxLQUFLLENBQUMsSUFBSSxRQUFRLENBQUMsTUFBTSxXQUFXLEdBQUcsS0FBSyxFQUFFLE1BQU0sQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDO0FBQ2hGLFVBQUksS0FBTSxRQUFPO0FBQUEsSUFDbkI7QUFBQSxFQUNGLFVBQUU7QUFDQSxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0Y7QUFFQSxlQUFzQixhQUFhLE1BQWdCLElBQVcsT0FBa0M7QUFDOUYsUUFBTSxPQUFPLENBQUMsR0FBRyxJQUFJO0FBQ3JCLFFBQU0sYUFBUywyQkFBVyxNQUFNLFVBQVUsS0FBSztBQUMvQyxRQUFNLGNBQVUsa0NBQWMsMkJBQVcsTUFBTSxTQUFTLEtBQUssT0FBTyxTQUFTO0FBQzdFLFFBQU0sZ0JBQVksMkJBQVcsTUFBTSxTQUFTO0FBQzVDLFFBQU0sV0FBTyx5QkFBUyxNQUFNLFFBQVE7QUFDcEMsUUFBTSxhQUFTLDhCQUFnQixJQUFJO0FBQ25DLE1BQUksT0FBTyxZQUFZLFdBQVcsRUFBRyxPQUFNLElBQUksMkJBQVUsNEJBQTRCLDJFQUEyRSxVQUFVO0FBQzFLLFFBQU0sTUFBTSxPQUFPLFlBQVksQ0FBQztBQUNoQyxRQUFNLFdBQVcsS0FBSyxRQUFRLEdBQUcsS0FBSyxhQUFhLGdCQUFnQixLQUFLLFFBQVEsR0FBRyxHQUFHLENBQUM7QUFDdkYsTUFBSSxVQUFzQixNQUFNO0FBQUEsRUFBQztBQUNqQyxRQUFNLFVBQVUsSUFBSSxRQUFjLENBQUMsTUFBTyxVQUFVLENBQUU7QUFDdEQsUUFBTSxXQUFXLE1BQU0sUUFBUTtBQUMvQixVQUFRLEtBQUssVUFBVSxRQUFRO0FBQy9CLFVBQVEsS0FBSyxXQUFXLFFBQVE7QUFDaEMsS0FBRyxPQUFPLE1BQU0sYUFBYSxHQUFHLElBQUksTUFBTSxjQUFjLFFBQVEsR0FBRyxPQUFPLEtBQUssbUJBQW1CLFVBQVUsR0FBSSxJQUFJO0FBQUEsQ0FBSTtBQUN4SCxNQUFJO0FBQ0YsV0FBTyxNQUFNLFNBQVMsRUFBRSxLQUFLLFFBQVEsVUFBVSxPQUFPLE9BQU8sT0FBTyxXQUFXLFFBQVEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLElBQUksT0FBTyxTQUFTLE1BQU0sUUFBUSxDQUFDO0FBQUEsRUFDeEosVUFBRTtBQUNBLFlBQVEsZUFBZSxVQUFVLFFBQVE7QUFDekMsWUFBUSxlQUFlLFdBQVcsUUFBUTtBQUFBLEVBQzVDO0FBQ0Y7QUFFTyxNQUFNLFVBQXNCO0FBQUEsRUFDakMsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBLEtBQUssQ0FBQyxNQUFNLE9BQU8sYUFBYSxNQUFNLEVBQUU7QUFDMUM7IiwKICAibmFtZXMiOiBbImRlbGF5Il0KfQo=
