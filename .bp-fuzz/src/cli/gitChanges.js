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
var gitChanges_exports = {};
__export(gitChanges_exports, {
  baseCommit: () => baseCommit,
  changedFiles: () => changedFiles,
  changedSince: () => changedSince,
  filesAt: () => filesAt,
  git: () => git,
  overlaysAt: () => overlaysAt,
  readBlobs: () => readBlobs,
  repoRoot: () => repoRoot
});
module.exports = __toCommonJS(gitChanges_exports);
var import_node_child_process = require("node:child_process");
var import_userError = require("../core/userError");
var import_changed = require("../core/changed");
function git(repo, args, env, timeoutMs = 0) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)("git", ["-C", repo, ...args], { maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, env: { ...process.env, ...env, LC_ALL: "C" } }, (err, stdout, stderr) => {
      if (err && err.killed) {
        resolve({ code: 124, stdout, stderr: `${stderr}
git ${args[0]} gave no answer within ${timeoutMs / 1e3} s` });
        return;
      }
      if (err && typeof err.code === "string") {
        reject(new import_userError.UserError(`Could not run git: ${err.message}`, "Install git and make sure it is on PATH.", "git-missing"));
        return;
      }
      resolve({ code: err ? err.code ?? 1 : 0, stdout, stderr });
    });
  });
}
async function gitOk(repo, args) {
  const r = await git(repo, args);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr.trim()}`);
  return r.stdout;
}
async function repoRoot(dir) {
  const r = await git(dir, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) {
    throw new import_userError.UserError(`${dir} is not inside a git repository.`, "Run the command inside the overlay's git checkout, or pass --repo DIR.", "not-a-repo");
  }
  return r.stdout.trim();
}
async function isShallow(repo) {
  const r = await git(repo, ["rev-parse", "--is-shallow-repository"]);
  return r.stdout.trim() === "true";
}
const SHALLOW_ACTION = "This is a shallow clone without that commit: fetch more history with `git fetch --unshallow` (or `git fetch --deepen=50`), or in CI check out with full history (GitHub: `fetch-depth: 0`; GitLab: `GIT_DEPTH: 0`).";
async function commitOf(repo, ref) {
  const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function baseCommit(repo, since) {
  const head = await commitOf(repo, "HEAD");
  if (!head) throw new import_userError.UserError(`The repository ${repo} has no commit checked out (HEAD).`, "Commit something first, or check out a branch.", "no-head");
  let ref = since;
  let label = `--since ${since}`;
  if (since !== void 0 && /^0+$/.test(since)) {
    ref = "HEAD^";
    label = "parent of HEAD (no previous commit given)";
  }
  if (ref === void 0) {
    const up = await git(repo, ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]);
    if (up.code !== 0) {
      throw new import_userError.UserError(
        `The current branch of ${repo} has no upstream branch to compare with.`,
        "Pass --since REF (e.g. --since origin/main or --since HEAD~1), or set one with `git branch --set-upstream-to=origin/main`.",
        "no-upstream"
      );
    }
    ref = up.stdout.trim();
    label = `merge base with ${ref}`;
  }
  const sha = await commitOf(repo, ref);
  if (!sha) {
    if (await isShallow(repo)) throw new import_userError.UserError(`The commit '${ref}' is not in ${repo}.`, SHALLOW_ACTION, "shallow-clone");
    throw new import_userError.UserError(`'${ref}' is not a commit, branch or tag in ${repo}.`, "Check the --since value (`git log --oneline` lists commits; `git fetch` brings remote branches).", "bad-ref");
  }
  const mb = await git(repo, ["merge-base", sha, head]);
  if (mb.code !== 0) {
    if (await isShallow(repo)) throw new import_userError.UserError(`The common ancestor of '${ref}' and HEAD is not in the shallow clone ${repo}.`, SHALLOW_ACTION, "shallow-clone");
    throw new import_userError.UserError(`'${ref}' and HEAD share no history in ${repo}.`, "Pass a --since commit on the same history as HEAD.", "unrelated-history");
  }
  return { sha: mb.stdout.trim(), describe: since === void 0 ? label : mb.stdout.trim() === sha ? label : `merge base of ${ref} and HEAD` };
}
async function changedFiles(repo, base, head = "HEAD") {
  const out = await gitOk(repo, ["diff", "--name-status", "--no-renames", "-z", base, head, "--"]);
  const parts = out.split("\0").filter((s) => s !== "");
  const changes = [];
  for (let i = 0; i + 1 < parts.length; i += 2) changes.push({ status: parts[i], path: parts[i + 1] });
  return changes;
}
async function filesAt(repo, rev = "HEAD") {
  const out = await gitOk(repo, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", rev]);
  return out.split("\0").filter((s) => s !== "");
}
function readBlobs(repo, rev, paths) {
  return new Promise((resolve, reject) => {
    const result = /* @__PURE__ */ new Map();
    if (paths.length === 0) return resolve(result);
    const child = (0, import_node_child_process.spawn)("git", ["-C", repo, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const p of paths) {
        const nl = buf.indexOf(10, pos);
        const header = buf.subarray(pos, nl).toString();
        pos = nl + 1;
        if (header.endsWith(" missing")) continue;
        const size = Number(header.split(" ")[2]);
        result.set(p, buf.subarray(pos, pos + size).toString("utf8"));
        pos += size + 1;
      }
      resolve(result);
    });
    child.stdin.end(paths.map((p) => `${rev}:${p}
`).join(""));
  });
}
async function overlaysAt(repo, files, rev = "HEAD") {
  const roots = (0, import_changed.overlayRootsIn)(files);
  const pre = (r) => r ? r + "/" : "";
  const texts = await readBlobs(repo, rev, roots.flatMap((r) => [`${pre(r)}profiles/repo_name`, `${pre(r)}metadata/layout.conf`]));
  return roots.map((r) => ({ root: r, name: (0, import_changed.overlayName)(r, texts.get(`${pre(r)}profiles/repo_name`), texts.get(`${pre(r)}metadata/layout.conf`)) }));
}
async function changedSince(dir, since, head = "HEAD") {
  const repo = await repoRoot(dir);
  const base = await baseCommit(repo, since);
  const headSha = (await gitOk(repo, ["rev-parse", head])).trim();
  const files = await filesAt(repo, headSha);
  const overlays = await overlaysAt(repo, files, headSha);
  if (overlays.length === 0) {
    throw new import_userError.UserError(
      `No overlay found in ${repo}: no profiles/repo_name or metadata/layout.conf at HEAD.`,
      "Run this in an overlay repository (one with profiles/repo_name), or pass --repo DIR.",
      "no-overlay"
    );
  }
  const changes = await changedFiles(repo, base.sha, headSha);
  const texts = await readBlobs(repo, headSha, (0, import_changed.filesToRead)(changes, overlays, files));
  const plan = (0, import_changed.planChanges)(changes, overlays, files, (p) => texts.get(p));
  return { repo, base, head: headSha, overlays, ...plan };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  baseCommit,
  changedFiles,
  changedSince,
  filesAt,
  git,
  overlaysAt,
  readBlobs,
  repoRoot
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9naXRDaGFuZ2VzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFJ1bnMgZ2l0IChhcmd1bWVudCBhcnJheXMgb25seSkgdG8gZmVlZCBzcmMvY29yZS9jaGFuZ2VkLnRzOiBmaW5kcyB0aGUgYmFzZSBjb21taXQgKGAtLXNpbmNlIFJFRmAgb3JcbiAqIHRoZSBtZXJnZSBiYXNlIHdpdGggYEB7dXBzdHJlYW19YCksIHRoZSBjaGFuZ2VkIHBhdGhzLCB0aGUgZmlsZXMgYXQgSEVBRCBhbmQgdGhlaXIgdGV4dC5cbiAqL1xuaW1wb3J0IHsgZXhlY0ZpbGUsIHNwYXduIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IGZpbGVzVG9SZWFkLCBvdmVybGF5TmFtZSwgb3ZlcmxheVJvb3RzSW4sIHBsYW5DaGFuZ2VzLCB0eXBlIENoYW5nZVBsYW4sIHR5cGUgRmlsZUNoYW5nZSwgdHlwZSBPdmVybGF5Um9vdCB9IGZyb20gJy4uL2NvcmUvY2hhbmdlZCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2l0UmVzdWx0IHtcbiAgY29kZTogbnVtYmVyO1xuICBzdGRvdXQ6IHN0cmluZztcbiAgc3RkZXJyOiBzdHJpbmc7XG59XG5cbi8qKiBSdW5zIGBnaXQgLUMgcmVwbyBcdTIwMjZhcmdzYDsgbmV2ZXIgdGhyb3dzIGZvciBhIG5vbi16ZXJvIGV4aXQgKGNhbGxlcnMgZGVjaWRlIHdoYXQgaXQgbWVhbnMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdpdChyZXBvOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdLCBlbnY/OiBOb2RlSlMuUHJvY2Vzc0VudiwgdGltZW91dE1zID0gMCk6IFByb21pc2U8R2l0UmVzdWx0PiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgZXhlY0ZpbGUoJ2dpdCcsIFsnLUMnLCByZXBvLCAuLi5hcmdzXSwgeyBtYXhCdWZmZXI6IDUxMiAqIDEwMjQgKiAxMDI0LCB0aW1lb3V0OiB0aW1lb3V0TXMsIGVudjogeyAuLi5wcm9jZXNzLmVudiwgLi4uZW52LCBMQ19BTEw6ICdDJyB9IH0sIChlcnIsIHN0ZG91dCwgc3RkZXJyKSA9PiB7XG4gICAgICBpZiAoZXJyICYmIChlcnIgYXMgeyBraWxsZWQ/OiBib29sZWFuIH0pLmtpbGxlZCkge1xuICAgICAgICByZXNvbHZlKHsgY29kZTogMTI0LCBzdGRvdXQsIHN0ZGVycjogYCR7c3RkZXJyfVxcbmdpdCAke2FyZ3NbMF19IGdhdmUgbm8gYW5zd2VyIHdpdGhpbiAke3RpbWVvdXRNcyAvIDEwMDB9IHNgIH0pO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBpZiAoZXJyICYmIHR5cGVvZiAoZXJyIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZSA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgcmVqZWN0KG5ldyBVc2VyRXJyb3IoYENvdWxkIG5vdCBydW4gZ2l0OiAke2Vyci5tZXNzYWdlfWAsICdJbnN0YWxsIGdpdCBhbmQgbWFrZSBzdXJlIGl0IGlzIG9uIFBBVEguJywgJ2dpdC1taXNzaW5nJykpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICByZXNvbHZlKHsgY29kZTogZXJyID8gKChlcnIgYXMgeyBjb2RlPzogbnVtYmVyIH0pLmNvZGUgPz8gMSkgOiAwLCBzdGRvdXQsIHN0ZGVyciB9KTtcbiAgICB9KTtcbiAgfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGdpdE9rKHJlcG86IHN0cmluZywgYXJnczogc3RyaW5nW10pOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCByID0gYXdhaXQgZ2l0KHJlcG8sIGFyZ3MpO1xuICBpZiAoci5jb2RlICE9PSAwKSB0aHJvdyBuZXcgRXJyb3IoYGdpdCAke2FyZ3Muam9pbignICcpfSBmYWlsZWQ6ICR7ci5zdGRlcnIudHJpbSgpfWApO1xuICByZXR1cm4gci5zdGRvdXQ7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZXBvUm9vdChkaXI6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IHIgPSBhd2FpdCBnaXQoZGlyLCBbJ3Jldi1wYXJzZScsICctLXNob3ctdG9wbGV2ZWwnXSk7XG4gIGlmIChyLmNvZGUgIT09IDApIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAke2Rpcn0gaXMgbm90IGluc2lkZSBhIGdpdCByZXBvc2l0b3J5LmAsICdSdW4gdGhlIGNvbW1hbmQgaW5zaWRlIHRoZSBvdmVybGF5XFwncyBnaXQgY2hlY2tvdXQsIG9yIHBhc3MgLS1yZXBvIERJUi4nLCAnbm90LWEtcmVwbycpO1xuICB9XG4gIHJldHVybiByLnN0ZG91dC50cmltKCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGlzU2hhbGxvdyhyZXBvOiBzdHJpbmcpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3QgciA9IGF3YWl0IGdpdChyZXBvLCBbJ3Jldi1wYXJzZScsICctLWlzLXNoYWxsb3ctcmVwb3NpdG9yeSddKTtcbiAgcmV0dXJuIHIuc3Rkb3V0LnRyaW0oKSA9PT0gJ3RydWUnO1xufVxuXG5jb25zdCBTSEFMTE9XX0FDVElPTiA9ICdUaGlzIGlzIGEgc2hhbGxvdyBjbG9uZSB3aXRob3V0IHRoYXQgY29tbWl0OiBmZXRjaCBtb3JlIGhpc3Rvcnkgd2l0aCBgZ2l0IGZldGNoIC0tdW5zaGFsbG93YCAob3IgYGdpdCBmZXRjaCAtLWRlZXBlbj01MGApLCBvciBpbiBDSSBjaGVjayBvdXQgd2l0aCBmdWxsIGhpc3RvcnkgKEdpdEh1YjogYGZldGNoLWRlcHRoOiAwYDsgR2l0TGFiOiBgR0lUX0RFUFRIOiAwYCkuJztcblxuYXN5bmMgZnVuY3Rpb24gY29tbWl0T2YocmVwbzogc3RyaW5nLCByZWY6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHIgPSBhd2FpdCBnaXQocmVwbywgWydyZXYtcGFyc2UnLCAnLS12ZXJpZnknLCAnLS1xdWlldCcsICctLWVuZC1vZi1vcHRpb25zJywgYCR7cmVmfV57Y29tbWl0fWBdKTtcbiAgcmV0dXJuIHIuY29kZSA9PT0gMCA/IHIuc3Rkb3V0LnRyaW0oKSA6IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCYXNlQ29tbWl0IHtcbiAgc2hhOiBzdHJpbmc7XG4gIC8qKiBIb3cgaXQgd2FzIGNob3NlbiwgZm9yIHRoZSByZXBvcnQ6IGAtLXNpbmNlIG9yaWdpbi9tYWluYCwgYG1lcmdlIGJhc2Ugd2l0aCBvcmlnaW4vbWFpbmAuICovXG4gIGRlc2NyaWJlOiBzdHJpbmc7XG59XG5cbi8qKlxuICogVGhlIGNvbW1pdCB0byBjb21wYXJlIEhFQUQgd2l0aDogdGhlIG1lcmdlIGJhc2Ugb2YgYHNpbmNlYCAob3Igb2YgdGhlIHVwc3RyZWFtIGJyYW5jaCkgYW5kIEhFQUQuXG4gKiBBbiBhbGwtemVybyBgc2luY2VgIChhIENJIFwiYmVmb3JlXCIgb2YgYSBuZXcgYnJhbmNoKSBtZWFucyB0aGUgcGFyZW50IG9mIEhFQUQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBiYXNlQ29tbWl0KHJlcG86IHN0cmluZywgc2luY2U/OiBzdHJpbmcpOiBQcm9taXNlPEJhc2VDb21taXQ+IHtcbiAgY29uc3QgaGVhZCA9IGF3YWl0IGNvbW1pdE9mKHJlcG8sICdIRUFEJyk7XG4gIGlmICghaGVhZCkgdGhyb3cgbmV3IFVzZXJFcnJvcihgVGhlIHJlcG9zaXRvcnkgJHtyZXBvfSBoYXMgbm8gY29tbWl0IGNoZWNrZWQgb3V0IChIRUFEKS5gLCAnQ29tbWl0IHNvbWV0aGluZyBmaXJzdCwgb3IgY2hlY2sgb3V0IGEgYnJhbmNoLicsICduby1oZWFkJyk7XG4gIGxldCByZWYgPSBzaW5jZTtcbiAgbGV0IGxhYmVsID0gYC0tc2luY2UgJHtzaW5jZX1gO1xuICBpZiAoc2luY2UgIT09IHVuZGVmaW5lZCAmJiAvXjArJC8udGVzdChzaW5jZSkpIHtcbiAgICByZWYgPSAnSEVBRF4nO1xuICAgIGxhYmVsID0gJ3BhcmVudCBvZiBIRUFEIChubyBwcmV2aW91cyBjb21taXQgZ2l2ZW4pJztcbiAgfVxuICBpZiAocmVmID09PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB1cCA9IGF3YWl0IGdpdChyZXBvLCBbJ3Jldi1wYXJzZScsICctLWFiYnJldi1yZWYnLCAnLS1zeW1ib2xpYy1mdWxsLW5hbWUnLCAnQHt1cHN0cmVhbX0nXSk7XG4gICAgaWYgKHVwLmNvZGUgIT09IDApIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoXG4gICAgICAgIGBUaGUgY3VycmVudCBicmFuY2ggb2YgJHtyZXBvfSBoYXMgbm8gdXBzdHJlYW0gYnJhbmNoIHRvIGNvbXBhcmUgd2l0aC5gLFxuICAgICAgICAnUGFzcyAtLXNpbmNlIFJFRiAoZS5nLiAtLXNpbmNlIG9yaWdpbi9tYWluIG9yIC0tc2luY2UgSEVBRH4xKSwgb3Igc2V0IG9uZSB3aXRoIGBnaXQgYnJhbmNoIC0tc2V0LXVwc3RyZWFtLXRvPW9yaWdpbi9tYWluYC4nLFxuICAgICAgICAnbm8tdXBzdHJlYW0nLFxuICAgICAgKTtcbiAgICB9XG4gICAgcmVmID0gdXAuc3Rkb3V0LnRyaW0oKTtcbiAgICBsYWJlbCA9IGBtZXJnZSBiYXNlIHdpdGggJHtyZWZ9YDtcbiAgfVxuICBjb25zdCBzaGEgPSBhd2FpdCBjb21taXRPZihyZXBvLCByZWYpO1xuICBpZiAoIXNoYSkge1xuICAgIGlmIChhd2FpdCBpc1NoYWxsb3cocmVwbykpIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSBjb21taXQgJyR7cmVmfScgaXMgbm90IGluICR7cmVwb30uYCwgU0hBTExPV19BQ1RJT04sICdzaGFsbG93LWNsb25lJyk7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgJyR7cmVmfScgaXMgbm90IGEgY29tbWl0LCBicmFuY2ggb3IgdGFnIGluICR7cmVwb30uYCwgJ0NoZWNrIHRoZSAtLXNpbmNlIHZhbHVlIChgZ2l0IGxvZyAtLW9uZWxpbmVgIGxpc3RzIGNvbW1pdHM7IGBnaXQgZmV0Y2hgIGJyaW5ncyByZW1vdGUgYnJhbmNoZXMpLicsICdiYWQtcmVmJyk7XG4gIH1cbiAgY29uc3QgbWIgPSBhd2FpdCBnaXQocmVwbywgWydtZXJnZS1iYXNlJywgc2hhLCBoZWFkXSk7XG4gIGlmIChtYi5jb2RlICE9PSAwKSB7XG4gICAgaWYgKGF3YWl0IGlzU2hhbGxvdyhyZXBvKSkgdGhyb3cgbmV3IFVzZXJFcnJvcihgVGhlIGNvbW1vbiBhbmNlc3RvciBvZiAnJHtyZWZ9JyBhbmQgSEVBRCBpcyBub3QgaW4gdGhlIHNoYWxsb3cgY2xvbmUgJHtyZXBvfS5gLCBTSEFMTE9XX0FDVElPTiwgJ3NoYWxsb3ctY2xvbmUnKTtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAnJHtyZWZ9JyBhbmQgSEVBRCBzaGFyZSBubyBoaXN0b3J5IGluICR7cmVwb30uYCwgJ1Bhc3MgYSAtLXNpbmNlIGNvbW1pdCBvbiB0aGUgc2FtZSBoaXN0b3J5IGFzIEhFQUQuJywgJ3VucmVsYXRlZC1oaXN0b3J5Jyk7XG4gIH1cbiAgcmV0dXJuIHsgc2hhOiBtYi5zdGRvdXQudHJpbSgpLCBkZXNjcmliZTogc2luY2UgPT09IHVuZGVmaW5lZCA/IGxhYmVsIDogbWIuc3Rkb3V0LnRyaW0oKSA9PT0gc2hhID8gbGFiZWwgOiBgbWVyZ2UgYmFzZSBvZiAke3JlZn0gYW5kIEhFQURgIH07XG59XG5cbi8qKiBgZ2l0IGRpZmYgLS1uYW1lLXN0YXR1c2AgYmV0d2VlbiB0d28gY29tbWl0cywgcmVuYW1lcyBhcyBkZWxldGUgKyBhZGQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hhbmdlZEZpbGVzKHJlcG86IHN0cmluZywgYmFzZTogc3RyaW5nLCBoZWFkID0gJ0hFQUQnKTogUHJvbWlzZTxGaWxlQ2hhbmdlW10+IHtcbiAgY29uc3Qgb3V0ID0gYXdhaXQgZ2l0T2socmVwbywgWydkaWZmJywgJy0tbmFtZS1zdGF0dXMnLCAnLS1uby1yZW5hbWVzJywgJy16JywgYmFzZSwgaGVhZCwgJy0tJ10pO1xuICBjb25zdCBwYXJ0cyA9IG91dC5zcGxpdCgnXFwwJykuZmlsdGVyKChzKSA9PiBzICE9PSAnJyk7XG4gIGNvbnN0IGNoYW5nZXM6IEZpbGVDaGFuZ2VbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSArIDEgPCBwYXJ0cy5sZW5ndGg7IGkgKz0gMikgY2hhbmdlcy5wdXNoKHsgc3RhdHVzOiBwYXJ0c1tpXSwgcGF0aDogcGFydHNbaSArIDFdIH0pO1xuICByZXR1cm4gY2hhbmdlcztcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGZpbGVzQXQocmVwbzogc3RyaW5nLCByZXYgPSAnSEVBRCcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IG91dCA9IGF3YWl0IGdpdE9rKHJlcG8sIFsnbHMtdHJlZScsICctcicsICcteicsICctLW5hbWUtb25seScsICctLWZ1bGwtdHJlZScsIHJldl0pO1xuICByZXR1cm4gb3V0LnNwbGl0KCdcXDAnKS5maWx0ZXIoKHMpID0+IHMgIT09ICcnKTtcbn1cblxuLyoqIFJlYWRzIG1hbnkgYmxvYnMgYXQgYHJldmAgd2l0aCBvbmUgYGdpdCBjYXQtZmlsZSAtLWJhdGNoYC4gTWlzc2luZyBwYXRocyBhcmUgbGVmdCBvdXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZEJsb2JzKHJlcG86IHN0cmluZywgcmV2OiBzdHJpbmcsIHBhdGhzOiBzdHJpbmdbXSk6IFByb21pc2U8TWFwPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gICAgaWYgKHBhdGhzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlc29sdmUocmVzdWx0KTtcbiAgICBjb25zdCBjaGlsZCA9IHNwYXduKCdnaXQnLCBbJy1DJywgcmVwbywgJ2NhdC1maWxlJywgJy0tYmF0Y2gnXSwgeyBzdGRpbzogWydwaXBlJywgJ3BpcGUnLCAncGlwZSddIH0pO1xuICAgIGNvbnN0IGNodW5rczogQnVmZmVyW10gPSBbXTtcbiAgICBjaGlsZC5zdGRvdXQub24oJ2RhdGEnLCAoYzogQnVmZmVyKSA9PiBjaHVua3MucHVzaChjKSk7XG4gICAgY2hpbGQub24oJ2Vycm9yJywgcmVqZWN0KTtcbiAgICBjaGlsZC5vbignY2xvc2UnLCAoY29kZSkgPT4ge1xuICAgICAgaWYgKGNvZGUgIT09IDApIHJldHVybiByZWplY3QobmV3IEVycm9yKGBnaXQgY2F0LWZpbGUgZXhpdGVkIHdpdGggJHtjb2RlfWApKTtcbiAgICAgIGNvbnN0IGJ1ZiA9IEJ1ZmZlci5jb25jYXQoY2h1bmtzKTtcbiAgICAgIGxldCBwb3MgPSAwO1xuICAgICAgZm9yIChjb25zdCBwIG9mIHBhdGhzKSB7XG4gICAgICAgIGNvbnN0IG5sID0gYnVmLmluZGV4T2YoMTAsIHBvcyk7XG4gICAgICAgIGNvbnN0IGhlYWRlciA9IGJ1Zi5zdWJhcnJheShwb3MsIG5sKS50b1N0cmluZygpO1xuICAgICAgICBwb3MgPSBubCArIDE7XG4gICAgICAgIGlmIChoZWFkZXIuZW5kc1dpdGgoJyBtaXNzaW5nJykpIGNvbnRpbnVlO1xuICAgICAgICBjb25zdCBzaXplID0gTnVtYmVyKGhlYWRlci5zcGxpdCgnICcpWzJdKTtcbiAgICAgICAgcmVzdWx0LnNldChwLCBidWYuc3ViYXJyYXkocG9zLCBwb3MgKyBzaXplKS50b1N0cmluZygndXRmOCcpKTtcbiAgICAgICAgcG9zICs9IHNpemUgKyAxO1xuICAgICAgfVxuICAgICAgcmVzb2x2ZShyZXN1bHQpO1xuICAgIH0pO1xuICAgIGNoaWxkLnN0ZGluLmVuZChwYXRocy5tYXAoKHApID0+IGAke3Jldn06JHtwfVxcbmApLmpvaW4oJycpKTtcbiAgfSk7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBvdmVybGF5c0F0KHJlcG86IHN0cmluZywgZmlsZXM6IHN0cmluZ1tdLCByZXYgPSAnSEVBRCcpOiBQcm9taXNlPE92ZXJsYXlSb290W10+IHtcbiAgY29uc3Qgcm9vdHMgPSBvdmVybGF5Um9vdHNJbihmaWxlcyk7XG4gIGNvbnN0IHByZSA9IChyOiBzdHJpbmcpID0+IChyID8gciArICcvJyA6ICcnKTtcbiAgY29uc3QgdGV4dHMgPSBhd2FpdCByZWFkQmxvYnMocmVwbywgcmV2LCByb290cy5mbGF0TWFwKChyKSA9PiBbYCR7cHJlKHIpfXByb2ZpbGVzL3JlcG9fbmFtZWAsIGAke3ByZShyKX1tZXRhZGF0YS9sYXlvdXQuY29uZmBdKSk7XG4gIHJldHVybiByb290cy5tYXAoKHIpID0+ICh7IHJvb3Q6IHIsIG5hbWU6IG92ZXJsYXlOYW1lKHIsIHRleHRzLmdldChgJHtwcmUocil9cHJvZmlsZXMvcmVwb19uYW1lYCksIHRleHRzLmdldChgJHtwcmUocil9bWV0YWRhdGEvbGF5b3V0LmNvbmZgKSkgfSkpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENoYW5nZWRSZXBvcnQgZXh0ZW5kcyBDaGFuZ2VQbGFuIHtcbiAgcmVwbzogc3RyaW5nO1xuICBiYXNlOiBCYXNlQ29tbWl0O1xuICBoZWFkOiBzdHJpbmc7XG4gIG92ZXJsYXlzOiBPdmVybGF5Um9vdFtdO1xufVxuXG4vKiogRXZlcnl0aGluZyBgY2hhbmdlZGAgcHJpbnRzOiBiYXNlLCBoZWFkLCBvdmVybGF5cyBhbmQgdGhlIHBsYW4uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hhbmdlZFNpbmNlKGRpcjogc3RyaW5nLCBzaW5jZT86IHN0cmluZywgaGVhZCA9ICdIRUFEJyk6IFByb21pc2U8Q2hhbmdlZFJlcG9ydD4ge1xuICBjb25zdCByZXBvID0gYXdhaXQgcmVwb1Jvb3QoZGlyKTtcbiAgY29uc3QgYmFzZSA9IGF3YWl0IGJhc2VDb21taXQocmVwbywgc2luY2UpO1xuICBjb25zdCBoZWFkU2hhID0gKGF3YWl0IGdpdE9rKHJlcG8sIFsncmV2LXBhcnNlJywgaGVhZF0pKS50cmltKCk7XG4gIGNvbnN0IGZpbGVzID0gYXdhaXQgZmlsZXNBdChyZXBvLCBoZWFkU2hhKTtcbiAgY29uc3Qgb3ZlcmxheXMgPSBhd2FpdCBvdmVybGF5c0F0KHJlcG8sIGZpbGVzLCBoZWFkU2hhKTtcbiAgaWYgKG92ZXJsYXlzLmxlbmd0aCA9PT0gMCkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoXG4gICAgICBgTm8gb3ZlcmxheSBmb3VuZCBpbiAke3JlcG99OiBubyBwcm9maWxlcy9yZXBvX25hbWUgb3IgbWV0YWRhdGEvbGF5b3V0LmNvbmYgYXQgSEVBRC5gLFxuICAgICAgJ1J1biB0aGlzIGluIGFuIG92ZXJsYXkgcmVwb3NpdG9yeSAob25lIHdpdGggcHJvZmlsZXMvcmVwb19uYW1lKSwgb3IgcGFzcyAtLXJlcG8gRElSLicsXG4gICAgICAnbm8tb3ZlcmxheScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBjaGFuZ2VzID0gYXdhaXQgY2hhbmdlZEZpbGVzKHJlcG8sIGJhc2Uuc2hhLCBoZWFkU2hhKTtcbiAgY29uc3QgdGV4dHMgPSBhd2FpdCByZWFkQmxvYnMocmVwbywgaGVhZFNoYSwgZmlsZXNUb1JlYWQoY2hhbmdlcywgb3ZlcmxheXMsIGZpbGVzKSk7XG4gIGNvbnN0IHBsYW4gPSBwbGFuQ2hhbmdlcyhjaGFuZ2VzLCBvdmVybGF5cywgZmlsZXMsIChwKSA9PiB0ZXh0cy5nZXQocCkpO1xuICByZXR1cm4geyByZXBvLCBiYXNlLCBoZWFkOiBoZWFkU2hhLCBvdmVybGF5cywgLi4ucGxhbiB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsZ0NBQWdDO0FBQ2hDLHVCQUEwQjtBQUMxQixxQkFBMEg7QUFTbkgsU0FBUyxJQUFJLE1BQWMsTUFBZ0IsS0FBeUIsWUFBWSxHQUF1QjtBQUM1RyxTQUFPLElBQUksUUFBUSxDQUFDLFNBQVMsV0FBVztBQUN0Qyw0Q0FBUyxPQUFPLENBQUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLEVBQUUsV0FBVyxNQUFNLE9BQU8sTUFBTSxTQUFTLFdBQVcsS0FBSyxFQUFFLEdBQUcsUUFBUSxLQUFLLEdBQUcsS0FBSyxRQUFRLElBQUksRUFBRSxHQUFHLENBQUMsS0FBSyxRQUFRLFdBQVc7QUFDbEssVUFBSSxPQUFRLElBQTZCLFFBQVE7QUFDL0MsZ0JBQVEsRUFBRSxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQUcsTUFBTTtBQUFBLE1BQVMsS0FBSyxDQUFDLENBQUMsMEJBQTBCLFlBQVksR0FBSSxLQUFLLENBQUM7QUFDOUc7QUFBQSxNQUNGO0FBQ0EsVUFBSSxPQUFPLE9BQVEsSUFBOEIsU0FBUyxVQUFVO0FBQ2xFLGVBQU8sSUFBSSwyQkFBVSxzQkFBc0IsSUFBSSxPQUFPLElBQUksNENBQTRDLGFBQWEsQ0FBQztBQUNwSDtBQUFBLE1BQ0Y7QUFDQSxjQUFRLEVBQUUsTUFBTSxNQUFRLElBQTBCLFFBQVEsSUFBSyxHQUFHLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDcEYsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNIO0FBRUEsZUFBZSxNQUFNLE1BQWMsTUFBaUM7QUFDbEUsUUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDOUIsTUFBSSxFQUFFLFNBQVMsRUFBRyxPQUFNLElBQUksTUFBTSxPQUFPLEtBQUssS0FBSyxHQUFHLENBQUMsWUFBWSxFQUFFLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFDcEYsU0FBTyxFQUFFO0FBQ1g7QUFFQSxlQUFzQixTQUFTLEtBQThCO0FBQzNELFFBQU0sSUFBSSxNQUFNLElBQUksS0FBSyxDQUFDLGFBQWEsaUJBQWlCLENBQUM7QUFDekQsTUFBSSxFQUFFLFNBQVMsR0FBRztBQUNoQixVQUFNLElBQUksMkJBQVUsR0FBRyxHQUFHLG9DQUFvQywwRUFBMkUsWUFBWTtBQUFBLEVBQ3ZKO0FBQ0EsU0FBTyxFQUFFLE9BQU8sS0FBSztBQUN2QjtBQUVBLGVBQWUsVUFBVSxNQUFnQztBQUN2RCxRQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sQ0FBQyxhQUFhLHlCQUF5QixDQUFDO0FBQ2xFLFNBQU8sRUFBRSxPQUFPLEtBQUssTUFBTTtBQUM3QjtBQUVBLE1BQU0saUJBQWlCO0FBRXZCLGVBQWUsU0FBUyxNQUFjLEtBQTBDO0FBQzlFLFFBQU0sSUFBSSxNQUFNLElBQUksTUFBTSxDQUFDLGFBQWEsWUFBWSxXQUFXLG9CQUFvQixHQUFHLEdBQUcsV0FBVyxDQUFDO0FBQ3JHLFNBQU8sRUFBRSxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssSUFBSTtBQUMxQztBQVlBLGVBQXNCLFdBQVcsTUFBYyxPQUFxQztBQUNsRixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sTUFBTTtBQUN4QyxNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksMkJBQVUsa0JBQWtCLElBQUksc0NBQXNDLGtEQUFrRCxTQUFTO0FBQ3RKLE1BQUksTUFBTTtBQUNWLE1BQUksUUFBUSxXQUFXLEtBQUs7QUFDNUIsTUFBSSxVQUFVLFVBQWEsT0FBTyxLQUFLLEtBQUssR0FBRztBQUM3QyxVQUFNO0FBQ04sWUFBUTtBQUFBLEVBQ1Y7QUFDQSxNQUFJLFFBQVEsUUFBVztBQUNyQixVQUFNLEtBQUssTUFBTSxJQUFJLE1BQU0sQ0FBQyxhQUFhLGdCQUFnQix3QkFBd0IsYUFBYSxDQUFDO0FBQy9GLFFBQUksR0FBRyxTQUFTLEdBQUc7QUFDakIsWUFBTSxJQUFJO0FBQUEsUUFDUix5QkFBeUIsSUFBSTtBQUFBLFFBQzdCO0FBQUEsUUFDQTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxHQUFHLE9BQU8sS0FBSztBQUNyQixZQUFRLG1CQUFtQixHQUFHO0FBQUEsRUFDaEM7QUFDQSxRQUFNLE1BQU0sTUFBTSxTQUFTLE1BQU0sR0FBRztBQUNwQyxNQUFJLENBQUMsS0FBSztBQUNSLFFBQUksTUFBTSxVQUFVLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsZUFBZSxHQUFHLGVBQWUsSUFBSSxLQUFLLGdCQUFnQixlQUFlO0FBQ3hILFVBQU0sSUFBSSwyQkFBVSxJQUFJLEdBQUcsdUNBQXVDLElBQUksS0FBSyxvR0FBb0csU0FBUztBQUFBLEVBQzFMO0FBQ0EsUUFBTSxLQUFLLE1BQU0sSUFBSSxNQUFNLENBQUMsY0FBYyxLQUFLLElBQUksQ0FBQztBQUNwRCxNQUFJLEdBQUcsU0FBUyxHQUFHO0FBQ2pCLFFBQUksTUFBTSxVQUFVLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsMkJBQTJCLEdBQUcsMENBQTBDLElBQUksS0FBSyxnQkFBZ0IsZUFBZTtBQUMvSixVQUFNLElBQUksMkJBQVUsSUFBSSxHQUFHLGtDQUFrQyxJQUFJLEtBQUssc0RBQXNELG1CQUFtQjtBQUFBLEVBQ2pKO0FBQ0EsU0FBTyxFQUFFLEtBQUssR0FBRyxPQUFPLEtBQUssR0FBRyxVQUFVLFVBQVUsU0FBWSxRQUFRLEdBQUcsT0FBTyxLQUFLLE1BQU0sTUFBTSxRQUFRLGlCQUFpQixHQUFHLFlBQVk7QUFDN0k7QUFHQSxlQUFzQixhQUFhLE1BQWMsTUFBYyxPQUFPLFFBQStCO0FBQ25HLFFBQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxDQUFDLFFBQVEsaUJBQWlCLGdCQUFnQixNQUFNLE1BQU0sTUFBTSxJQUFJLENBQUM7QUFDL0YsUUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFO0FBQ3BELFFBQU0sVUFBd0IsQ0FBQztBQUMvQixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksTUFBTSxRQUFRLEtBQUssRUFBRyxTQUFRLEtBQUssRUFBRSxRQUFRLE1BQU0sQ0FBQyxHQUFHLE1BQU0sTUFBTSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQ25HLFNBQU87QUFDVDtBQUVBLGVBQXNCLFFBQVEsTUFBYyxNQUFNLFFBQTJCO0FBQzNFLFFBQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxDQUFDLFdBQVcsTUFBTSxNQUFNLGVBQWUsZUFBZSxHQUFHLENBQUM7QUFDeEYsU0FBTyxJQUFJLE1BQU0sSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRTtBQUMvQztBQUdPLFNBQVMsVUFBVSxNQUFjLEtBQWEsT0FBK0M7QUFDbEcsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxTQUFTLG9CQUFJLElBQW9CO0FBQ3ZDLFFBQUksTUFBTSxXQUFXLEVBQUcsUUFBTyxRQUFRLE1BQU07QUFDN0MsVUFBTSxZQUFRLGlDQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sWUFBWSxTQUFTLEdBQUcsRUFBRSxPQUFPLENBQUMsUUFBUSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ25HLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixVQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsTUFBYyxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQ3JELFVBQU0sR0FBRyxTQUFTLE1BQU07QUFDeEIsVUFBTSxHQUFHLFNBQVMsQ0FBQyxTQUFTO0FBQzFCLFVBQUksU0FBUyxFQUFHLFFBQU8sT0FBTyxJQUFJLE1BQU0sNEJBQTRCLElBQUksRUFBRSxDQUFDO0FBQzNFLFlBQU0sTUFBTSxPQUFPLE9BQU8sTUFBTTtBQUNoQyxVQUFJLE1BQU07QUFDVixpQkFBVyxLQUFLLE9BQU87QUFDckIsY0FBTSxLQUFLLElBQUksUUFBUSxJQUFJLEdBQUc7QUFDOUIsY0FBTSxTQUFTLElBQUksU0FBUyxLQUFLLEVBQUUsRUFBRSxTQUFTO0FBQzlDLGNBQU0sS0FBSztBQUNYLFlBQUksT0FBTyxTQUFTLFVBQVUsRUFBRztBQUNqQyxjQUFNLE9BQU8sT0FBTyxPQUFPLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztBQUN4QyxlQUFPLElBQUksR0FBRyxJQUFJLFNBQVMsS0FBSyxNQUFNLElBQUksRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUM1RCxlQUFPLE9BQU87QUFBQSxNQUNoQjtBQUNBLGNBQVEsTUFBTTtBQUFBLElBQ2hCLENBQUM7QUFDRCxVQUFNLE1BQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUM7QUFBQSxDQUFJLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM1RCxDQUFDO0FBQ0g7QUFFQSxlQUFzQixXQUFXLE1BQWMsT0FBaUIsTUFBTSxRQUFnQztBQUNwRyxRQUFNLFlBQVEsK0JBQWUsS0FBSztBQUNsQyxRQUFNLE1BQU0sQ0FBQyxNQUFlLElBQUksSUFBSSxNQUFNO0FBQzFDLFFBQU0sUUFBUSxNQUFNLFVBQVUsTUFBTSxLQUFLLE1BQU0sUUFBUSxDQUFDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLHNCQUFzQixHQUFHLElBQUksQ0FBQyxDQUFDLHNCQUFzQixDQUFDLENBQUM7QUFDL0gsU0FBTyxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxHQUFHLFVBQU0sNEJBQVksR0FBRyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQyxvQkFBb0IsR0FBRyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxFQUFFLEVBQUU7QUFDbko7QUFVQSxlQUFzQixhQUFhLEtBQWEsT0FBZ0IsT0FBTyxRQUFnQztBQUNyRyxRQUFNLE9BQU8sTUFBTSxTQUFTLEdBQUc7QUFDL0IsUUFBTSxPQUFPLE1BQU0sV0FBVyxNQUFNLEtBQUs7QUFDekMsUUFBTSxXQUFXLE1BQU0sTUFBTSxNQUFNLENBQUMsYUFBYSxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQzlELFFBQU0sUUFBUSxNQUFNLFFBQVEsTUFBTSxPQUFPO0FBQ3pDLFFBQU0sV0FBVyxNQUFNLFdBQVcsTUFBTSxPQUFPLE9BQU87QUFDdEQsTUFBSSxTQUFTLFdBQVcsR0FBRztBQUN6QixVQUFNLElBQUk7QUFBQSxNQUNSLHVCQUF1QixJQUFJO0FBQUEsTUFDM0I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsTUFBTSxhQUFhLE1BQU0sS0FBSyxLQUFLLE9BQU87QUFDMUQsUUFBTSxRQUFRLE1BQU0sVUFBVSxNQUFNLGFBQVMsNEJBQVksU0FBUyxVQUFVLEtBQUssQ0FBQztBQUNsRixRQUFNLFdBQU8sNEJBQVksU0FBUyxVQUFVLE9BQU8sQ0FBQyxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDdEUsU0FBTyxFQUFFLE1BQU0sTUFBTSxNQUFNLFNBQVMsVUFBVSxHQUFHLEtBQUs7QUFDeEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
