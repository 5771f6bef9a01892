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
function git(repo, args, env) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)("git", ["-C", repo, ...args], { maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env, LC_ALL: "C" } }, (err, stdout, stderr) => {
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9naXRDaGFuZ2VzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFJ1bnMgZ2l0IChhcmd1bWVudCBhcnJheXMgb25seSkgdG8gZmVlZCBzcmMvY29yZS9jaGFuZ2VkLnRzOiBmaW5kcyB0aGUgYmFzZSBjb21taXQgKGAtLXNpbmNlIFJFRmAgb3JcbiAqIHRoZSBtZXJnZSBiYXNlIHdpdGggYEB7dXBzdHJlYW19YCksIHRoZSBjaGFuZ2VkIHBhdGhzLCB0aGUgZmlsZXMgYXQgSEVBRCBhbmQgdGhlaXIgdGV4dC5cbiAqL1xuaW1wb3J0IHsgZXhlY0ZpbGUsIHNwYXduIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IGZpbGVzVG9SZWFkLCBvdmVybGF5TmFtZSwgb3ZlcmxheVJvb3RzSW4sIHBsYW5DaGFuZ2VzLCB0eXBlIENoYW5nZVBsYW4sIHR5cGUgRmlsZUNoYW5nZSwgdHlwZSBPdmVybGF5Um9vdCB9IGZyb20gJy4uL2NvcmUvY2hhbmdlZCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2l0UmVzdWx0IHtcbiAgY29kZTogbnVtYmVyO1xuICBzdGRvdXQ6IHN0cmluZztcbiAgc3RkZXJyOiBzdHJpbmc7XG59XG5cbi8qKiBSdW5zIGBnaXQgLUMgcmVwbyBcdTIwMjZhcmdzYDsgbmV2ZXIgdGhyb3dzIGZvciBhIG5vbi16ZXJvIGV4aXQgKGNhbGxlcnMgZGVjaWRlIHdoYXQgaXQgbWVhbnMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdpdChyZXBvOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdLCBlbnY/OiBOb2RlSlMuUHJvY2Vzc0Vudik6IFByb21pc2U8R2l0UmVzdWx0PiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgZXhlY0ZpbGUoJ2dpdCcsIFsnLUMnLCByZXBvLCAuLi5hcmdzXSwgeyBtYXhCdWZmZXI6IDUxMiAqIDEwMjQgKiAxMDI0LCBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIC4uLmVudiwgTENfQUxMOiAnQycgfSB9LCAoZXJyLCBzdGRvdXQsIHN0ZGVycikgPT4ge1xuICAgICAgaWYgKGVyciAmJiB0eXBlb2YgKGVyciBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHJlamVjdChuZXcgVXNlckVycm9yKGBDb3VsZCBub3QgcnVuIGdpdDogJHtlcnIubWVzc2FnZX1gLCAnSW5zdGFsbCBnaXQgYW5kIG1ha2Ugc3VyZSBpdCBpcyBvbiBQQVRILicsICdnaXQtbWlzc2luZycpKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgcmVzb2x2ZSh7IGNvZGU6IGVyciA/ICgoZXJyIGFzIHsgY29kZT86IG51bWJlciB9KS5jb2RlID8/IDEpIDogMCwgc3Rkb3V0LCBzdGRlcnIgfSk7XG4gICAgfSk7XG4gIH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBnaXRPayhyZXBvOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgciA9IGF3YWl0IGdpdChyZXBvLCBhcmdzKTtcbiAgaWYgKHIuY29kZSAhPT0gMCkgdGhyb3cgbmV3IEVycm9yKGBnaXQgJHthcmdzLmpvaW4oJyAnKX0gZmFpbGVkOiAke3Iuc3RkZXJyLnRyaW0oKX1gKTtcbiAgcmV0dXJuIHIuc3Rkb3V0O1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVwb1Jvb3QoZGlyOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCByID0gYXdhaXQgZ2l0KGRpciwgWydyZXYtcGFyc2UnLCAnLS1zaG93LXRvcGxldmVsJ10pO1xuICBpZiAoci5jb2RlICE9PSAwKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgJHtkaXJ9IGlzIG5vdCBpbnNpZGUgYSBnaXQgcmVwb3NpdG9yeS5gLCAnUnVuIHRoZSBjb21tYW5kIGluc2lkZSB0aGUgb3ZlcmxheVxcJ3MgZ2l0IGNoZWNrb3V0LCBvciBwYXNzIC0tcmVwbyBESVIuJywgJ25vdC1hLXJlcG8nKTtcbiAgfVxuICByZXR1cm4gci5zdGRvdXQudHJpbSgpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBpc1NoYWxsb3cocmVwbzogc3RyaW5nKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGNvbnN0IHIgPSBhd2FpdCBnaXQocmVwbywgWydyZXYtcGFyc2UnLCAnLS1pcy1zaGFsbG93LXJlcG9zaXRvcnknXSk7XG4gIHJldHVybiByLnN0ZG91dC50cmltKCkgPT09ICd0cnVlJztcbn1cblxuY29uc3QgU0hBTExPV19BQ1RJT04gPSAnVGhpcyBpcyBhIHNoYWxsb3cgY2xvbmUgd2l0aG91dCB0aGF0IGNvbW1pdDogZmV0Y2ggbW9yZSBoaXN0b3J5IHdpdGggYGdpdCBmZXRjaCAtLXVuc2hhbGxvd2AgKG9yIGBnaXQgZmV0Y2ggLS1kZWVwZW49NTBgKSwgb3IgaW4gQ0kgY2hlY2sgb3V0IHdpdGggZnVsbCBoaXN0b3J5IChHaXRIdWI6IGBmZXRjaC1kZXB0aDogMGA7IEdpdExhYjogYEdJVF9ERVBUSDogMGApLic7XG5cbmFzeW5jIGZ1bmN0aW9uIGNvbW1pdE9mKHJlcG86IHN0cmluZywgcmVmOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCByID0gYXdhaXQgZ2l0KHJlcG8sIFsncmV2LXBhcnNlJywgJy0tdmVyaWZ5JywgJy0tcXVpZXQnLCAnLS1lbmQtb2Ytb3B0aW9ucycsIGAke3JlZn1ee2NvbW1pdH1gXSk7XG4gIHJldHVybiByLmNvZGUgPT09IDAgPyByLnN0ZG91dC50cmltKCkgOiB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQmFzZUNvbW1pdCB7XG4gIHNoYTogc3RyaW5nO1xuICAvKiogSG93IGl0IHdhcyBjaG9zZW4sIGZvciB0aGUgcmVwb3J0OiBgLS1zaW5jZSBvcmlnaW4vbWFpbmAsIGBtZXJnZSBiYXNlIHdpdGggb3JpZ2luL21haW5gLiAqL1xuICBkZXNjcmliZTogc3RyaW5nO1xufVxuXG4vKipcbiAqIFRoZSBjb21taXQgdG8gY29tcGFyZSBIRUFEIHdpdGg6IHRoZSBtZXJnZSBiYXNlIG9mIGBzaW5jZWAgKG9yIG9mIHRoZSB1cHN0cmVhbSBicmFuY2gpIGFuZCBIRUFELlxuICogQW4gYWxsLXplcm8gYHNpbmNlYCAoYSBDSSBcImJlZm9yZVwiIG9mIGEgbmV3IGJyYW5jaCkgbWVhbnMgdGhlIHBhcmVudCBvZiBIRUFELlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYmFzZUNvbW1pdChyZXBvOiBzdHJpbmcsIHNpbmNlPzogc3RyaW5nKTogUHJvbWlzZTxCYXNlQ29tbWl0PiB7XG4gIGNvbnN0IGhlYWQgPSBhd2FpdCBjb21taXRPZihyZXBvLCAnSEVBRCcpO1xuICBpZiAoIWhlYWQpIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSByZXBvc2l0b3J5ICR7cmVwb30gaGFzIG5vIGNvbW1pdCBjaGVja2VkIG91dCAoSEVBRCkuYCwgJ0NvbW1pdCBzb21ldGhpbmcgZmlyc3QsIG9yIGNoZWNrIG91dCBhIGJyYW5jaC4nLCAnbm8taGVhZCcpO1xuICBsZXQgcmVmID0gc2luY2U7XG4gIGxldCBsYWJlbCA9IGAtLXNpbmNlICR7c2luY2V9YDtcbiAgaWYgKHNpbmNlICE9PSB1bmRlZmluZWQgJiYgL14wKyQvLnRlc3Qoc2luY2UpKSB7XG4gICAgcmVmID0gJ0hFQUReJztcbiAgICBsYWJlbCA9ICdwYXJlbnQgb2YgSEVBRCAobm8gcHJldmlvdXMgY29tbWl0IGdpdmVuKSc7XG4gIH1cbiAgaWYgKHJlZiA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgdXAgPSBhd2FpdCBnaXQocmVwbywgWydyZXYtcGFyc2UnLCAnLS1hYmJyZXYtcmVmJywgJy0tc3ltYm9saWMtZnVsbC1uYW1lJywgJ0B7dXBzdHJlYW19J10pO1xuICAgIGlmICh1cC5jb2RlICE9PSAwKSB7XG4gICAgICB0aHJvdyBuZXcgVXNlckVycm9yKFxuICAgICAgICBgVGhlIGN1cnJlbnQgYnJhbmNoIG9mICR7cmVwb30gaGFzIG5vIHVwc3RyZWFtIGJyYW5jaCB0byBjb21wYXJlIHdpdGguYCxcbiAgICAgICAgJ1Bhc3MgLS1zaW5jZSBSRUYgKGUuZy4gLS1zaW5jZSBvcmlnaW4vbWFpbiBvciAtLXNpbmNlIEhFQUR+MSksIG9yIHNldCBvbmUgd2l0aCBgZ2l0IGJyYW5jaCAtLXNldC11cHN0cmVhbS10bz1vcmlnaW4vbWFpbmAuJyxcbiAgICAgICAgJ25vLXVwc3RyZWFtJyxcbiAgICAgICk7XG4gICAgfVxuICAgIHJlZiA9IHVwLnN0ZG91dC50cmltKCk7XG4gICAgbGFiZWwgPSBgbWVyZ2UgYmFzZSB3aXRoICR7cmVmfWA7XG4gIH1cbiAgY29uc3Qgc2hhID0gYXdhaXQgY29tbWl0T2YocmVwbywgcmVmKTtcbiAgaWYgKCFzaGEpIHtcbiAgICBpZiAoYXdhaXQgaXNTaGFsbG93KHJlcG8pKSB0aHJvdyBuZXcgVXNlckVycm9yKGBUaGUgY29tbWl0ICcke3JlZn0nIGlzIG5vdCBpbiAke3JlcG99LmAsIFNIQUxMT1dfQUNUSU9OLCAnc2hhbGxvdy1jbG9uZScpO1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCcke3JlZn0nIGlzIG5vdCBhIGNvbW1pdCwgYnJhbmNoIG9yIHRhZyBpbiAke3JlcG99LmAsICdDaGVjayB0aGUgLS1zaW5jZSB2YWx1ZSAoYGdpdCBsb2cgLS1vbmVsaW5lYCBsaXN0cyBjb21taXRzOyBgZ2l0IGZldGNoYCBicmluZ3MgcmVtb3RlIGJyYW5jaGVzKS4nLCAnYmFkLXJlZicpO1xuICB9XG4gIGNvbnN0IG1iID0gYXdhaXQgZ2l0KHJlcG8sIFsnbWVyZ2UtYmFzZScsIHNoYSwgaGVhZF0pO1xuICBpZiAobWIuY29kZSAhPT0gMCkge1xuICAgIGlmIChhd2FpdCBpc1NoYWxsb3cocmVwbykpIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSBjb21tb24gYW5jZXN0b3Igb2YgJyR7cmVmfScgYW5kIEhFQUQgaXMgbm90IGluIHRoZSBzaGFsbG93IGNsb25lICR7cmVwb30uYCwgU0hBTExPV19BQ1RJT04sICdzaGFsbG93LWNsb25lJyk7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgJyR7cmVmfScgYW5kIEhFQUQgc2hhcmUgbm8gaGlzdG9yeSBpbiAke3JlcG99LmAsICdQYXNzIGEgLS1zaW5jZSBjb21taXQgb24gdGhlIHNhbWUgaGlzdG9yeSBhcyBIRUFELicsICd1bnJlbGF0ZWQtaGlzdG9yeScpO1xuICB9XG4gIHJldHVybiB7IHNoYTogbWIuc3Rkb3V0LnRyaW0oKSwgZGVzY3JpYmU6IHNpbmNlID09PSB1bmRlZmluZWQgPyBsYWJlbCA6IG1iLnN0ZG91dC50cmltKCkgPT09IHNoYSA/IGxhYmVsIDogYG1lcmdlIGJhc2Ugb2YgJHtyZWZ9IGFuZCBIRUFEYCB9O1xufVxuXG4vKiogYGdpdCBkaWZmIC0tbmFtZS1zdGF0dXNgIGJldHdlZW4gdHdvIGNvbW1pdHMsIHJlbmFtZXMgYXMgZGVsZXRlICsgYWRkLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNoYW5nZWRGaWxlcyhyZXBvOiBzdHJpbmcsIGJhc2U6IHN0cmluZywgaGVhZCA9ICdIRUFEJyk6IFByb21pc2U8RmlsZUNoYW5nZVtdPiB7XG4gIGNvbnN0IG91dCA9IGF3YWl0IGdpdE9rKHJlcG8sIFsnZGlmZicsICctLW5hbWUtc3RhdHVzJywgJy0tbm8tcmVuYW1lcycsICcteicsIGJhc2UsIGhlYWQsICctLSddKTtcbiAgY29uc3QgcGFydHMgPSBvdXQuc3BsaXQoJ1xcMCcpLmZpbHRlcigocykgPT4gcyAhPT0gJycpO1xuICBjb25zdCBjaGFuZ2VzOiBGaWxlQ2hhbmdlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgKyAxIDwgcGFydHMubGVuZ3RoOyBpICs9IDIpIGNoYW5nZXMucHVzaCh7IHN0YXR1czogcGFydHNbaV0sIHBhdGg6IHBhcnRzW2kgKyAxXSB9KTtcbiAgcmV0dXJuIGNoYW5nZXM7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBmaWxlc0F0KHJlcG86IHN0cmluZywgcmV2ID0gJ0hFQUQnKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCBvdXQgPSBhd2FpdCBnaXRPayhyZXBvLCBbJ2xzLXRyZWUnLCAnLXInLCAnLXonLCAnLS1uYW1lLW9ubHknLCAnLS1mdWxsLXRyZWUnLCByZXZdKTtcbiAgcmV0dXJuIG91dC5zcGxpdCgnXFwwJykuZmlsdGVyKChzKSA9PiBzICE9PSAnJyk7XG59XG5cbi8qKiBSZWFkcyBtYW55IGJsb2JzIGF0IGByZXZgIHdpdGggb25lIGBnaXQgY2F0LWZpbGUgLS1iYXRjaGAuIE1pc3NpbmcgcGF0aHMgYXJlIGxlZnQgb3V0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRCbG9icyhyZXBvOiBzdHJpbmcsIHJldjogc3RyaW5nLCBwYXRoczogc3RyaW5nW10pOiBQcm9taXNlPE1hcDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCByZXN1bHQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICAgIGlmIChwYXRocy5sZW5ndGggPT09IDApIHJldHVybiByZXNvbHZlKHJlc3VsdCk7XG4gICAgY29uc3QgY2hpbGQgPSBzcGF3bignZ2l0JywgWyctQycsIHJlcG8sICdjYXQtZmlsZScsICctLWJhdGNoJ10sIHsgc3RkaW86IFsncGlwZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gICAgY2hpbGQuc3Rkb3V0Lm9uKCdkYXRhJywgKGM6IEJ1ZmZlcikgPT4gY2h1bmtzLnB1c2goYykpO1xuICAgIGNoaWxkLm9uKCdlcnJvcicsIHJlamVjdCk7XG4gICAgY2hpbGQub24oJ2Nsb3NlJywgKGNvZGUpID0+IHtcbiAgICAgIGlmIChjb2RlICE9PSAwKSByZXR1cm4gcmVqZWN0KG5ldyBFcnJvcihgZ2l0IGNhdC1maWxlIGV4aXRlZCB3aXRoICR7Y29kZX1gKSk7XG4gICAgICBjb25zdCBidWYgPSBCdWZmZXIuY29uY2F0KGNodW5rcyk7XG4gICAgICBsZXQgcG9zID0gMDtcbiAgICAgIGZvciAoY29uc3QgcCBvZiBwYXRocykge1xuICAgICAgICBjb25zdCBubCA9IGJ1Zi5pbmRleE9mKDEwLCBwb3MpO1xuICAgICAgICBjb25zdCBoZWFkZXIgPSBidWYuc3ViYXJyYXkocG9zLCBubCkudG9TdHJpbmcoKTtcbiAgICAgICAgcG9zID0gbmwgKyAxO1xuICAgICAgICBpZiAoaGVhZGVyLmVuZHNXaXRoKCcgbWlzc2luZycpKSBjb250aW51ZTtcbiAgICAgICAgY29uc3Qgc2l6ZSA9IE51bWJlcihoZWFkZXIuc3BsaXQoJyAnKVsyXSk7XG4gICAgICAgIHJlc3VsdC5zZXQocCwgYnVmLnN1YmFycmF5KHBvcywgcG9zICsgc2l6ZSkudG9TdHJpbmcoJ3V0ZjgnKSk7XG4gICAgICAgIHBvcyArPSBzaXplICsgMTtcbiAgICAgIH1cbiAgICAgIHJlc29sdmUocmVzdWx0KTtcbiAgICB9KTtcbiAgICBjaGlsZC5zdGRpbi5lbmQocGF0aHMubWFwKChwKSA9PiBgJHtyZXZ9OiR7cH1cXG5gKS5qb2luKCcnKSk7XG4gIH0pO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gb3ZlcmxheXNBdChyZXBvOiBzdHJpbmcsIGZpbGVzOiBzdHJpbmdbXSwgcmV2ID0gJ0hFQUQnKTogUHJvbWlzZTxPdmVybGF5Um9vdFtdPiB7XG4gIGNvbnN0IHJvb3RzID0gb3ZlcmxheVJvb3RzSW4oZmlsZXMpO1xuICBjb25zdCBwcmUgPSAocjogc3RyaW5nKSA9PiAociA/IHIgKyAnLycgOiAnJyk7XG4gIGNvbnN0IHRleHRzID0gYXdhaXQgcmVhZEJsb2JzKHJlcG8sIHJldiwgcm9vdHMuZmxhdE1hcCgocikgPT4gW2Ake3ByZShyKX1wcm9maWxlcy9yZXBvX25hbWVgLCBgJHtwcmUocil9bWV0YWRhdGEvbGF5b3V0LmNvbmZgXSkpO1xuICByZXR1cm4gcm9vdHMubWFwKChyKSA9PiAoeyByb290OiByLCBuYW1lOiBvdmVybGF5TmFtZShyLCB0ZXh0cy5nZXQoYCR7cHJlKHIpfXByb2ZpbGVzL3JlcG9fbmFtZWApLCB0ZXh0cy5nZXQoYCR7cHJlKHIpfW1ldGFkYXRhL2xheW91dC5jb25mYCkpIH0pKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDaGFuZ2VkUmVwb3J0IGV4dGVuZHMgQ2hhbmdlUGxhbiB7XG4gIHJlcG86IHN0cmluZztcbiAgYmFzZTogQmFzZUNvbW1pdDtcbiAgaGVhZDogc3RyaW5nO1xuICBvdmVybGF5czogT3ZlcmxheVJvb3RbXTtcbn1cblxuLyoqIEV2ZXJ5dGhpbmcgYGNoYW5nZWRgIHByaW50czogYmFzZSwgaGVhZCwgb3ZlcmxheXMgYW5kIHRoZSBwbGFuLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNoYW5nZWRTaW5jZShkaXI6IHN0cmluZywgc2luY2U/OiBzdHJpbmcsIGhlYWQgPSAnSEVBRCcpOiBQcm9taXNlPENoYW5nZWRSZXBvcnQ+IHtcbiAgY29uc3QgcmVwbyA9IGF3YWl0IHJlcG9Sb290KGRpcik7XG4gIGNvbnN0IGJhc2UgPSBhd2FpdCBiYXNlQ29tbWl0KHJlcG8sIHNpbmNlKTtcbiAgY29uc3QgaGVhZFNoYSA9IChhd2FpdCBnaXRPayhyZXBvLCBbJ3Jldi1wYXJzZScsIGhlYWRdKSkudHJpbSgpO1xuICBjb25zdCBmaWxlcyA9IGF3YWl0IGZpbGVzQXQocmVwbywgaGVhZFNoYSk7XG4gIGNvbnN0IG92ZXJsYXlzID0gYXdhaXQgb3ZlcmxheXNBdChyZXBvLCBmaWxlcywgaGVhZFNoYSk7XG4gIGlmIChvdmVybGF5cy5sZW5ndGggPT09IDApIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKFxuICAgICAgYE5vIG92ZXJsYXkgZm91bmQgaW4gJHtyZXBvfTogbm8gcHJvZmlsZXMvcmVwb19uYW1lIG9yIG1ldGFkYXRhL2xheW91dC5jb25mIGF0IEhFQUQuYCxcbiAgICAgICdSdW4gdGhpcyBpbiBhbiBvdmVybGF5IHJlcG9zaXRvcnkgKG9uZSB3aXRoIHByb2ZpbGVzL3JlcG9fbmFtZSksIG9yIHBhc3MgLS1yZXBvIERJUi4nLFxuICAgICAgJ25vLW92ZXJsYXknLFxuICAgICk7XG4gIH1cbiAgY29uc3QgY2hhbmdlcyA9IGF3YWl0IGNoYW5nZWRGaWxlcyhyZXBvLCBiYXNlLnNoYSwgaGVhZFNoYSk7XG4gIGNvbnN0IHRleHRzID0gYXdhaXQgcmVhZEJsb2JzKHJlcG8sIGhlYWRTaGEsIGZpbGVzVG9SZWFkKGNoYW5nZXMsIG92ZXJsYXlzLCBmaWxlcykpO1xuICBjb25zdCBwbGFuID0gcGxhbkNoYW5nZXMoY2hhbmdlcywgb3ZlcmxheXMsIGZpbGVzLCAocCkgPT4gdGV4dHMuZ2V0KHApKTtcbiAgcmV0dXJuIHsgcmVwbywgYmFzZSwgaGVhZDogaGVhZFNoYSwgb3ZlcmxheXMsIC4uLnBsYW4gfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLGdDQUFnQztBQUNoQyx1QkFBMEI7QUFDMUIscUJBQTBIO0FBU25ILFNBQVMsSUFBSSxNQUFjLE1BQWdCLEtBQTZDO0FBQzdGLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLDRDQUFTLE9BQU8sQ0FBQyxNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsRUFBRSxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssRUFBRSxHQUFHLFFBQVEsS0FBSyxHQUFHLEtBQUssUUFBUSxJQUFJLEVBQUUsR0FBRyxDQUFDLEtBQUssUUFBUSxXQUFXO0FBQzlJLFVBQUksT0FBTyxPQUFRLElBQThCLFNBQVMsVUFBVTtBQUNsRSxlQUFPLElBQUksMkJBQVUsc0JBQXNCLElBQUksT0FBTyxJQUFJLDRDQUE0QyxhQUFhLENBQUM7QUFDcEg7QUFBQSxNQUNGO0FBQ0EsY0FBUSxFQUFFLE1BQU0sTUFBUSxJQUEwQixRQUFRLElBQUssR0FBRyxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQ3BGLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSDtBQUVBLGVBQWUsTUFBTSxNQUFjLE1BQWlDO0FBQ2xFLFFBQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJO0FBQzlCLE1BQUksRUFBRSxTQUFTLEVBQUcsT0FBTSxJQUFJLE1BQU0sT0FBTyxLQUFLLEtBQUssR0FBRyxDQUFDLFlBQVksRUFBRSxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQ3BGLFNBQU8sRUFBRTtBQUNYO0FBRUEsZUFBc0IsU0FBUyxLQUE4QjtBQUMzRCxRQUFNLElBQUksTUFBTSxJQUFJLEtBQUssQ0FBQyxhQUFhLGlCQUFpQixDQUFDO0FBQ3pELE1BQUksRUFBRSxTQUFTLEdBQUc7QUFDaEIsVUFBTSxJQUFJLDJCQUFVLEdBQUcsR0FBRyxvQ0FBb0MsMEVBQTJFLFlBQVk7QUFBQSxFQUN2SjtBQUNBLFNBQU8sRUFBRSxPQUFPLEtBQUs7QUFDdkI7QUFFQSxlQUFlLFVBQVUsTUFBZ0M7QUFDdkQsUUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLENBQUMsYUFBYSx5QkFBeUIsQ0FBQztBQUNsRSxTQUFPLEVBQUUsT0FBTyxLQUFLLE1BQU07QUFDN0I7QUFFQSxNQUFNLGlCQUFpQjtBQUV2QixlQUFlLFNBQVMsTUFBYyxLQUEwQztBQUM5RSxRQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sQ0FBQyxhQUFhLFlBQVksV0FBVyxvQkFBb0IsR0FBRyxHQUFHLFdBQVcsQ0FBQztBQUNyRyxTQUFPLEVBQUUsU0FBUyxJQUFJLEVBQUUsT0FBTyxLQUFLLElBQUk7QUFDMUM7QUFZQSxlQUFzQixXQUFXLE1BQWMsT0FBcUM7QUFDbEYsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLE1BQU07QUFDeEMsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLDJCQUFVLGtCQUFrQixJQUFJLHNDQUFzQyxrREFBa0QsU0FBUztBQUN0SixNQUFJLE1BQU07QUFDVixNQUFJLFFBQVEsV0FBVyxLQUFLO0FBQzVCLE1BQUksVUFBVSxVQUFhLE9BQU8sS0FBSyxLQUFLLEdBQUc7QUFDN0MsVUFBTTtBQUNOLFlBQVE7QUFBQSxFQUNWO0FBQ0EsTUFBSSxRQUFRLFFBQVc7QUFDckIsVUFBTSxLQUFLLE1BQU0sSUFBSSxNQUFNLENBQUMsYUFBYSxnQkFBZ0Isd0JBQXdCLGFBQWEsQ0FBQztBQUMvRixRQUFJLEdBQUcsU0FBUyxHQUFHO0FBQ2pCLFlBQU0sSUFBSTtBQUFBLFFBQ1IseUJBQXlCLElBQUk7QUFBQSxRQUM3QjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFVBQU0sR0FBRyxPQUFPLEtBQUs7QUFDckIsWUFBUSxtQkFBbUIsR0FBRztBQUFBLEVBQ2hDO0FBQ0EsUUFBTSxNQUFNLE1BQU0sU0FBUyxNQUFNLEdBQUc7QUFDcEMsTUFBSSxDQUFDLEtBQUs7QUFDUixRQUFJLE1BQU0sVUFBVSxJQUFJLEVBQUcsT0FBTSxJQUFJLDJCQUFVLGVBQWUsR0FBRyxlQUFlLElBQUksS0FBSyxnQkFBZ0IsZUFBZTtBQUN4SCxVQUFNLElBQUksMkJBQVUsSUFBSSxHQUFHLHVDQUF1QyxJQUFJLEtBQUssb0dBQW9HLFNBQVM7QUFBQSxFQUMxTDtBQUNBLFFBQU0sS0FBSyxNQUFNLElBQUksTUFBTSxDQUFDLGNBQWMsS0FBSyxJQUFJLENBQUM7QUFDcEQsTUFBSSxHQUFHLFNBQVMsR0FBRztBQUNqQixRQUFJLE1BQU0sVUFBVSxJQUFJLEVBQUcsT0FBTSxJQUFJLDJCQUFVLDJCQUEyQixHQUFHLDBDQUEwQyxJQUFJLEtBQUssZ0JBQWdCLGVBQWU7QUFDL0osVUFBTSxJQUFJLDJCQUFVLElBQUksR0FBRyxrQ0FBa0MsSUFBSSxLQUFLLHNEQUFzRCxtQkFBbUI7QUFBQSxFQUNqSjtBQUNBLFNBQU8sRUFBRSxLQUFLLEdBQUcsT0FBTyxLQUFLLEdBQUcsVUFBVSxVQUFVLFNBQVksUUFBUSxHQUFHLE9BQU8sS0FBSyxNQUFNLE1BQU0sUUFBUSxpQkFBaUIsR0FBRyxZQUFZO0FBQzdJO0FBR0EsZUFBc0IsYUFBYSxNQUFjLE1BQWMsT0FBTyxRQUErQjtBQUNuRyxRQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sQ0FBQyxRQUFRLGlCQUFpQixnQkFBZ0IsTUFBTSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQy9GLFFBQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRTtBQUNwRCxRQUFNLFVBQXdCLENBQUM7QUFDL0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsU0FBUSxLQUFLLEVBQUUsUUFBUSxNQUFNLENBQUMsR0FBRyxNQUFNLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUNuRyxTQUFPO0FBQ1Q7QUFFQSxlQUFzQixRQUFRLE1BQWMsTUFBTSxRQUEyQjtBQUMzRSxRQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sQ0FBQyxXQUFXLE1BQU0sTUFBTSxlQUFlLGVBQWUsR0FBRyxDQUFDO0FBQ3hGLFNBQU8sSUFBSSxNQUFNLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUU7QUFDL0M7QUFHTyxTQUFTLFVBQVUsTUFBYyxLQUFhLE9BQStDO0FBQ2xHLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sU0FBUyxvQkFBSSxJQUFvQjtBQUN2QyxRQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sUUFBUSxNQUFNO0FBQzdDLFVBQU0sWUFBUSxpQ0FBTSxPQUFPLENBQUMsTUFBTSxNQUFNLFlBQVksU0FBUyxHQUFHLEVBQUUsT0FBTyxDQUFDLFFBQVEsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUNuRyxVQUFNLFNBQW1CLENBQUM7QUFDMUIsVUFBTSxPQUFPLEdBQUcsUUFBUSxDQUFDLE1BQWMsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUNyRCxVQUFNLEdBQUcsU0FBUyxNQUFNO0FBQ3hCLFVBQU0sR0FBRyxTQUFTLENBQUMsU0FBUztBQUMxQixVQUFJLFNBQVMsRUFBRyxRQUFPLE9BQU8sSUFBSSxNQUFNLDRCQUE0QixJQUFJLEVBQUUsQ0FBQztBQUMzRSxZQUFNLE1BQU0sT0FBTyxPQUFPLE1BQU07QUFDaEMsVUFBSSxNQUFNO0FBQ1YsaUJBQVcsS0FBSyxPQUFPO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLFFBQVEsSUFBSSxHQUFHO0FBQzlCLGNBQU0sU0FBUyxJQUFJLFNBQVMsS0FBSyxFQUFFLEVBQUUsU0FBUztBQUM5QyxjQUFNLEtBQUs7QUFDWCxZQUFJLE9BQU8sU0FBUyxVQUFVLEVBQUc7QUFDakMsY0FBTSxPQUFPLE9BQU8sT0FBTyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFDeEMsZUFBTyxJQUFJLEdBQUcsSUFBSSxTQUFTLEtBQUssTUFBTSxJQUFJLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDNUQsZUFBTyxPQUFPO0FBQUEsTUFDaEI7QUFDQSxjQUFRLE1BQU07QUFBQSxJQUNoQixDQUFDO0FBQ0QsVUFBTSxNQUFNLElBQUksTUFBTSxJQUFJLENBQUMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDO0FBQUEsQ0FBSSxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDNUQsQ0FBQztBQUNIO0FBRUEsZUFBc0IsV0FBVyxNQUFjLE9BQWlCLE1BQU0sUUFBZ0M7QUFDcEcsUUFBTSxZQUFRLCtCQUFlLEtBQUs7QUFDbEMsUUFBTSxNQUFNLENBQUMsTUFBZSxJQUFJLElBQUksTUFBTTtBQUMxQyxRQUFNLFFBQVEsTUFBTSxVQUFVLE1BQU0sS0FBSyxNQUFNLFFBQVEsQ0FBQyxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxzQkFBc0IsR0FBRyxJQUFJLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxDQUFDO0FBQy9ILFNBQU8sTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sR0FBRyxVQUFNLDRCQUFZLEdBQUcsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsb0JBQW9CLEdBQUcsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsc0JBQXNCLENBQUMsRUFBRSxFQUFFO0FBQ25KO0FBVUEsZUFBc0IsYUFBYSxLQUFhLE9BQWdCLE9BQU8sUUFBZ0M7QUFDckcsUUFBTSxPQUFPLE1BQU0sU0FBUyxHQUFHO0FBQy9CLFFBQU0sT0FBTyxNQUFNLFdBQVcsTUFBTSxLQUFLO0FBQ3pDLFFBQU0sV0FBVyxNQUFNLE1BQU0sTUFBTSxDQUFDLGFBQWEsSUFBSSxDQUFDLEdBQUcsS0FBSztBQUM5RCxRQUFNLFFBQVEsTUFBTSxRQUFRLE1BQU0sT0FBTztBQUN6QyxRQUFNLFdBQVcsTUFBTSxXQUFXLE1BQU0sT0FBTyxPQUFPO0FBQ3RELE1BQUksU0FBUyxXQUFXLEdBQUc7QUFDekIsVUFBTSxJQUFJO0FBQUEsTUFDUix1QkFBdUIsSUFBSTtBQUFBLE1BQzNCO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLE1BQU0sYUFBYSxNQUFNLEtBQUssS0FBSyxPQUFPO0FBQzFELFFBQU0sUUFBUSxNQUFNLFVBQVUsTUFBTSxhQUFTLDRCQUFZLFNBQVMsVUFBVSxLQUFLLENBQUM7QUFDbEYsUUFBTSxXQUFPLDRCQUFZLFNBQVMsVUFBVSxPQUFPLENBQUMsTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLO0FBQ3hEOyIsCiAgIm5hbWVzIjogW10KfQo=
