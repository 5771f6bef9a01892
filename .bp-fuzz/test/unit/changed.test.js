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
var import_node_stream = require("node:stream");
var import_gitChanges = require("../../src/cli/gitChanges");
var import_main = require("../../src/cli/main");
var import_gitRepo = require("../helpers/gitRepo");
var import_userError = require("../../src/core/userError");
const atoms = (r) => r.build.map((e) => e.atom);
async function cli(args, cwd) {
  const stdout = new import_node_stream.PassThrough();
  const stderr = new import_node_stream.PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => out += c);
  stderr.on("data", (c) => err += c);
  const code = await (0, import_main.main)(args, { stdout, stderr, cwd, env: process.env });
  return { code, out, err };
}
async function rejectsWith(p, code, text) {
  await import_strict.default.rejects(p, (e) => {
    import_strict.default.ok((0, import_userError.isUserError)(e), `expected a UserError, got ${e}`);
    import_strict.default.equal(e.code, code);
    import_strict.default.match(`${e.message} ${e.action}`, text);
    return true;
  });
}
(0, import_node_test.describe)("changed: which ebuilds a range of commits touches", () => {
  let repo;
  let base;
  (0, import_node_test.before)(() => {
    repo = import_gitRepo.GitRepo.init();
    repo.write({
      ...(0, import_gitRepo.overlayFiles)(),
      "app-misc/a/a-1.ebuild": (0, import_gitRepo.ebuild)("inherit bar"),
      "app-misc/b/b-1.ebuild": (0, import_gitRepo.ebuild)('inherit foo\nRDEPEND="app-misc/a"'),
      "app-misc/c/c-1.ebuild": (0, import_gitRepo.ebuild)('PATCHES=( "${FILESDIR}/fix.patch" )'),
      "app-misc/c/c-2.ebuild": (0, import_gitRepo.ebuild)(),
      "app-misc/c/files/fix.patch": "--- a\n+++ b\n",
      "app-misc/d/d-1.ebuild": (0, import_gitRepo.ebuild)(),
      "app-misc/old/old-1.ebuild": (0, import_gitRepo.ebuild)(),
      "README.md": "overlay\n"
    });
    base = repo.commit("initial overlay");
  });
  (0, import_node_test.after)(() => repo.cleanup());
  (0, import_node_test.test)("an added ebuild is listed after the added ebuild it depends on, whatever their names", async () => {
    repo.write({
      "app-misc/aaa/aaa-1.0.ebuild": (0, import_gitRepo.ebuild)('DEPEND="ssl? ( >=app-misc/zzz-2:0= )"\nRDEPEND="${DEPEND}\n	!app-misc/d"'),
      "app-misc/zzz/zzz-2.1.ebuild": (0, import_gitRepo.ebuild)()
    });
    const sha = repo.commit("add aaa and zzz");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, `${sha}~1`);
    import_strict.default.deepEqual(atoms(r), ["=app-misc/zzz-2.1::testlay", "=app-misc/aaa-1.0::testlay"]);
    import_strict.default.deepEqual(r.build[1].reasons, ["ebuild added"]);
    import_strict.default.deepEqual(r.deleted, []);
  });
  (0, import_node_test.test)("a changed files/ patch lists every ebuild of that package and nothing else", async () => {
    repo.write({ "app-misc/c/files/fix.patch": "--- a\n+++ b\n@@ changed\n" });
    const sha = repo.commit("change patch");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, `${sha}~1`);
    import_strict.default.deepEqual(atoms(r), ["=app-misc/c-1::testlay", "=app-misc/c-2::testlay"]);
    import_strict.default.match(r.build[0].reasons[0], /files\/fix\.patch changed/);
  });
  (0, import_node_test.test)("a changed eclass lists the ebuilds that inherit it, also through another eclass, in dependency order", async () => {
    repo.write({ "eclass/foo.eclass": "# foo\nfoo_src_compile() { emake; }\n" });
    const sha = repo.commit("change foo.eclass");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, `${sha}~1`);
    import_strict.default.deepEqual(atoms(r), ["=app-misc/a-1::testlay", "=app-misc/b-1::testlay"]);
    import_strict.default.deepEqual(r.build[0].reasons, ["eclass foo.eclass changed"]);
  });
  (0, import_node_test.test)("a deleted ebuild is reported and not built; a file outside any package changes nothing", async () => {
    repo.remove("app-misc/old/old-1.ebuild");
    repo.write({ "README.md": "changed\n" });
    const sha = repo.commit("drop old");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, `${sha}~1`);
    import_strict.default.deepEqual(atoms(r), []);
    import_strict.default.deepEqual(r.deleted.map((e) => e.atom), ["=app-misc/old-1::testlay"]);
  });
  (0, import_node_test.test)("a modified ebuild since several commits ago: the whole range counts, deleted ones stay out", async () => {
    repo.write({ "app-misc/d/d-1.ebuild": (0, import_gitRepo.ebuild)('IUSE="x"') });
    repo.commit("touch d");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, base);
    import_strict.default.deepEqual(atoms(r), [
      "=app-misc/a-1::testlay",
      "=app-misc/b-1::testlay",
      "=app-misc/c-1::testlay",
      "=app-misc/c-2::testlay",
      "=app-misc/d-1::testlay",
      "=app-misc/zzz-2.1::testlay",
      "=app-misc/aaa-1.0::testlay"
    ]);
    import_strict.default.deepEqual(r.deleted.map((e) => e.atom), ["=app-misc/old-1::testlay"]);
    import_strict.default.equal(r.base.sha, base);
  });
  (0, import_node_test.test)("packages that depend on each other in a circle are reported as a cycle; PDEPEND goes after", async () => {
    repo.write({
      "app-misc/x/x-1.ebuild": (0, import_gitRepo.ebuild)('RDEPEND="app-misc/y"'),
      "app-misc/y/y-1.ebuild": (0, import_gitRepo.ebuild)('DEPEND="app-misc/x"'),
      "app-misc/p/p-1.ebuild": (0, import_gitRepo.ebuild)('PDEPEND="app-misc/e"'),
      "app-misc/e/e-1.ebuild": (0, import_gitRepo.ebuild)('RDEPEND="app-misc/p"')
    });
    const sha = repo.commit("cycle");
    const r = await (0, import_gitChanges.changedSince)(repo.dir, `${sha}~1`);
    import_strict.default.deepEqual(r.cycles, [["=app-misc/x-1::testlay", "=app-misc/y-1::testlay"]]);
    const order = atoms(r);
    import_strict.default.ok(order.indexOf("=app-misc/p-1::testlay") < order.indexOf("=app-misc/e-1::testlay"), order.join(" "));
    import_strict.default.equal(order.length, 4);
  });
  (0, import_node_test.test)("a --since that names no commit is a clear error", async () => {
    await rejectsWith((0, import_gitChanges.changedSince)(repo.dir, "no-such-branch"), "bad-ref", /no-such-branch.*not a commit/);
    const r = await cli(["changed", "--since", "no-such-branch"], repo.dir);
    import_strict.default.equal(r.code, 2);
    import_strict.default.match(r.err, /'no-such-branch' is not a commit/);
  });
  (0, import_node_test.test)("without --since and without an upstream branch, the message says to pass --since", async () => {
    await rejectsWith((0, import_gitChanges.changedSince)(repo.dir), "no-upstream", /--since REF/);
  });
  (0, import_node_test.test)("a shallow clone without the base commit says how to fetch it", async () => {
    const shallow = import_gitRepo.GitRepo.init("eb-shallow-");
    shallow.cleanup();
    new import_gitRepo.GitRepo("/").git("clone", "-q", "--depth", "1", `file://${repo.dir}`, shallow.dir);
    try {
      await rejectsWith((0, import_gitChanges.changedSince)(shallow.dir, base), "shallow-clone", /git fetch --unshallow/);
      await rejectsWith((0, import_gitChanges.changedSince)(shallow.dir, "HEAD~3"), "shallow-clone", /--deepen/);
    } finally {
      shallow.cleanup();
    }
  });
  (0, import_node_test.test)("by default it compares with the merge base of the upstream branch, and the CLI prints the atoms", async () => {
    const clone = import_gitRepo.GitRepo.init("eb-clone-");
    clone.cleanup();
    new import_gitRepo.GitRepo("/").git("clone", "-q", repo.dir, clone.dir);
    try {
      clone.write({ "app-misc/d/d-1.ebuild": (0, import_gitRepo.ebuild)('IUSE="x y"'), "app-misc/c/c-2.ebuild": (0, import_gitRepo.ebuild)("# tweak") });
      clone.commit("local work");
      const r = await (0, import_gitChanges.changedSince)(clone.dir);
      import_strict.default.deepEqual(atoms(r), ["=app-misc/c-2::testlay", "=app-misc/d-1::testlay"]);
      import_strict.default.match(r.base.describe, /origin\/main/);
      const out = await cli(["changed", "--json"], clone.dir);
      import_strict.default.equal(out.code, 0, out.err);
      import_strict.default.deepEqual(JSON.parse(out.out).build.map((e) => e.atom), atoms(r));
    } finally {
      clone.cleanup();
    }
  });
});
(0, import_node_test.describe)("changed: repositories that are not what it expects", () => {
  (0, import_node_test.test)("a repository without an overlay is a clear error", async () => {
    const r = import_gitRepo.GitRepo.init();
    try {
      r.write({ "src/main.c": "int main(){}\n" });
      r.commit("one");
      r.write({ "src/main.c": "int main(){return 0;}\n" });
      r.commit("two");
      await rejectsWith((0, import_gitChanges.changedSince)(r.dir, "HEAD~1"), "no-overlay", /profiles\/repo_name/);
    } finally {
      r.cleanup();
    }
  });
  (0, import_node_test.test)("an overlay in a subfolder of the repository gets its own name in the atoms", async () => {
    const r = import_gitRepo.GitRepo.init();
    try {
      r.write({ ...(0, import_gitRepo.overlayFiles)("overlay"), "overlay/profiles/repo_name": "sublay\n", "overlay/dev-util/t/t-0.1_rc2-r1.ebuild": (0, import_gitRepo.ebuild)() });
      r.commit("one");
      r.write({ "overlay/dev-util/t/t-0.1_rc2-r1.ebuild": (0, import_gitRepo.ebuild)('IUSE="doc"') });
      r.commit("two");
      const c = await (0, import_gitChanges.changedSince)(r.dir, "HEAD~1");
      import_strict.default.deepEqual(atoms(c), ["=dev-util/t-0.1_rc2-r1::sublay"]);
      import_strict.default.equal(c.build[0].path, "overlay/dev-util/t/t-0.1_rc2-r1.ebuild");
    } finally {
      r.cleanup();
    }
  });
  (0, import_node_test.test)("outside a git repository: a clear error", async () => {
    await rejectsWith((0, import_gitChanges.changedSince)("/"), "not-a-repo", /--repo DIR/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2NoYW5nZWQudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgdGVzdCwgZGVzY3JpYmUsIGJlZm9yZSwgYWZ0ZXIgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgUGFzc1Rocm91Z2ggfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgeyBjaGFuZ2VkU2luY2UgfSBmcm9tICcuLi8uLi9zcmMvY2xpL2dpdENoYW5nZXMnO1xuaW1wb3J0IHsgbWFpbiB9IGZyb20gJy4uLy4uL3NyYy9jbGkvbWFpbic7XG5pbXBvcnQgeyBHaXRSZXBvLCBlYnVpbGQsIG92ZXJsYXlGaWxlcyB9IGZyb20gJy4uL2hlbHBlcnMvZ2l0UmVwbyc7XG5pbXBvcnQgeyBpc1VzZXJFcnJvciB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3VzZXJFcnJvcic7XG5cbmNvbnN0IGF0b21zID0gKHI6IHsgYnVpbGQ6IHsgYXRvbTogc3RyaW5nIH1bXSB9KSA9PiByLmJ1aWxkLm1hcCgoZSkgPT4gZS5hdG9tKTtcblxuYXN5bmMgZnVuY3Rpb24gY2xpKGFyZ3M6IHN0cmluZ1tdLCBjd2Q6IHN0cmluZyk6IFByb21pc2U8eyBjb2RlOiBudW1iZXI7IG91dDogc3RyaW5nOyBlcnI6IHN0cmluZyB9PiB7XG4gIGNvbnN0IHN0ZG91dCA9IG5ldyBQYXNzVGhyb3VnaCgpO1xuICBjb25zdCBzdGRlcnIgPSBuZXcgUGFzc1Rocm91Z2goKTtcbiAgbGV0IG91dCA9ICcnO1xuICBsZXQgZXJyID0gJyc7XG4gIHN0ZG91dC5vbignZGF0YScsIChjKSA9PiAob3V0ICs9IGMpKTtcbiAgc3RkZXJyLm9uKCdkYXRhJywgKGMpID0+IChlcnIgKz0gYykpO1xuICBjb25zdCBjb2RlID0gYXdhaXQgbWFpbihhcmdzLCB7IHN0ZG91dCwgc3RkZXJyLCBjd2QsIGVudjogcHJvY2Vzcy5lbnYgfSk7XG4gIHJldHVybiB7IGNvZGUsIG91dCwgZXJyIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJlamVjdHNXaXRoKHA6IFByb21pc2U8dW5rbm93bj4sIGNvZGU6IHN0cmluZywgdGV4dDogUmVnRXhwKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IGFzc2VydC5yZWplY3RzKHAsIChlOiB1bmtub3duKSA9PiB7XG4gICAgYXNzZXJ0Lm9rKGlzVXNlckVycm9yKGUpLCBgZXhwZWN0ZWQgYSBVc2VyRXJyb3IsIGdvdCAke2V9YCk7XG4gICAgYXNzZXJ0LmVxdWFsKGUuY29kZSwgY29kZSk7XG4gICAgYXNzZXJ0Lm1hdGNoKGAke2UubWVzc2FnZX0gJHtlLmFjdGlvbn1gLCB0ZXh0KTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSk7XG59XG5cbmRlc2NyaWJlKCdjaGFuZ2VkOiB3aGljaCBlYnVpbGRzIGEgcmFuZ2Ugb2YgY29tbWl0cyB0b3VjaGVzJywgKCkgPT4ge1xuICBsZXQgcmVwbzogR2l0UmVwbztcbiAgbGV0IGJhc2U6IHN0cmluZztcbiAgYmVmb3JlKCgpID0+IHtcbiAgICByZXBvID0gR2l0UmVwby5pbml0KCk7XG4gICAgcmVwby53cml0ZSh7XG4gICAgICAuLi5vdmVybGF5RmlsZXMoKSxcbiAgICAgICdhcHAtbWlzYy9hL2EtMS5lYnVpbGQnOiBlYnVpbGQoJ2luaGVyaXQgYmFyJyksXG4gICAgICAnYXBwLW1pc2MvYi9iLTEuZWJ1aWxkJzogZWJ1aWxkKCdpbmhlcml0IGZvb1xcblJERVBFTkQ9XCJhcHAtbWlzYy9hXCInKSxcbiAgICAgICdhcHAtbWlzYy9jL2MtMS5lYnVpbGQnOiBlYnVpbGQoJ1BBVENIRVM9KCBcIiR7RklMRVNESVJ9L2ZpeC5wYXRjaFwiICknKSxcbiAgICAgICdhcHAtbWlzYy9jL2MtMi5lYnVpbGQnOiBlYnVpbGQoKSxcbiAgICAgICdhcHAtbWlzYy9jL2ZpbGVzL2ZpeC5wYXRjaCc6ICctLS0gYVxcbisrKyBiXFxuJyxcbiAgICAgICdhcHAtbWlzYy9kL2QtMS5lYnVpbGQnOiBlYnVpbGQoKSxcbiAgICAgICdhcHAtbWlzYy9vbGQvb2xkLTEuZWJ1aWxkJzogZWJ1aWxkKCksXG4gICAgICAnUkVBRE1FLm1kJzogJ292ZXJsYXlcXG4nLFxuICAgIH0pO1xuICAgIGJhc2UgPSByZXBvLmNvbW1pdCgnaW5pdGlhbCBvdmVybGF5Jyk7XG4gIH0pO1xuICBhZnRlcigoKSA9PiByZXBvLmNsZWFudXAoKSk7XG5cbiAgdGVzdCgnYW4gYWRkZWQgZWJ1aWxkIGlzIGxpc3RlZCBhZnRlciB0aGUgYWRkZWQgZWJ1aWxkIGl0IGRlcGVuZHMgb24sIHdoYXRldmVyIHRoZWlyIG5hbWVzJywgYXN5bmMgKCkgPT4ge1xuICAgIHJlcG8ud3JpdGUoe1xuICAgICAgJ2FwcC1taXNjL2FhYS9hYWEtMS4wLmVidWlsZCc6IGVidWlsZCgnREVQRU5EPVwic3NsPyAoID49YXBwLW1pc2Mvenp6LTI6MD0gKVwiXFxuUkRFUEVORD1cIiR7REVQRU5EfVxcblxcdCFhcHAtbWlzYy9kXCInKSxcbiAgICAgICdhcHAtbWlzYy96enovenp6LTIuMS5lYnVpbGQnOiBlYnVpbGQoKSxcbiAgICB9KTtcbiAgICBjb25zdCBzaGEgPSByZXBvLmNvbW1pdCgnYWRkIGFhYSBhbmQgenp6Jyk7XG4gICAgY29uc3QgciA9IGF3YWl0IGNoYW5nZWRTaW5jZShyZXBvLmRpciwgYCR7c2hhfX4xYCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChhdG9tcyhyKSwgWyc9YXBwLW1pc2Mvenp6LTIuMTo6dGVzdGxheScsICc9YXBwLW1pc2MvYWFhLTEuMDo6dGVzdGxheSddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHIuYnVpbGRbMV0ucmVhc29ucywgWydlYnVpbGQgYWRkZWQnXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyLmRlbGV0ZWQsIFtdKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBjaGFuZ2VkIGZpbGVzLyBwYXRjaCBsaXN0cyBldmVyeSBlYnVpbGQgb2YgdGhhdCBwYWNrYWdlIGFuZCBub3RoaW5nIGVsc2UnLCBhc3luYyAoKSA9PiB7XG4gICAgcmVwby53cml0ZSh7ICdhcHAtbWlzYy9jL2ZpbGVzL2ZpeC5wYXRjaCc6ICctLS0gYVxcbisrKyBiXFxuQEAgY2hhbmdlZFxcbicgfSk7XG4gICAgY29uc3Qgc2hhID0gcmVwby5jb21taXQoJ2NoYW5nZSBwYXRjaCcpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjaGFuZ2VkU2luY2UocmVwby5kaXIsIGAke3NoYX1+MWApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXRvbXMociksIFsnPWFwcC1taXNjL2MtMTo6dGVzdGxheScsICc9YXBwLW1pc2MvYy0yOjp0ZXN0bGF5J10pO1xuICAgIGFzc2VydC5tYXRjaChyLmJ1aWxkWzBdLnJlYXNvbnNbMF0sIC9maWxlc1xcL2ZpeFxcLnBhdGNoIGNoYW5nZWQvKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBjaGFuZ2VkIGVjbGFzcyBsaXN0cyB0aGUgZWJ1aWxkcyB0aGF0IGluaGVyaXQgaXQsIGFsc28gdGhyb3VnaCBhbm90aGVyIGVjbGFzcywgaW4gZGVwZW5kZW5jeSBvcmRlcicsIGFzeW5jICgpID0+IHtcbiAgICByZXBvLndyaXRlKHsgJ2VjbGFzcy9mb28uZWNsYXNzJzogJyMgZm9vXFxuZm9vX3NyY19jb21waWxlKCkgeyBlbWFrZTsgfVxcbicgfSk7XG4gICAgY29uc3Qgc2hhID0gcmVwby5jb21taXQoJ2NoYW5nZSBmb28uZWNsYXNzJyk7XG4gICAgY29uc3QgciA9IGF3YWl0IGNoYW5nZWRTaW5jZShyZXBvLmRpciwgYCR7c2hhfX4xYCk7XG4gICAgLy8gYiBpbmhlcml0cyBmb28gZGlyZWN0bHkgYW5kIGRlcGVuZHMgb24gYTsgYSBpbmhlcml0cyBiYXIsIHdoaWNoIGluaGVyaXRzIGZvby5cbiAgICBhc3NlcnQuZGVlcEVxdWFsKGF0b21zKHIpLCBbJz1hcHAtbWlzYy9hLTE6OnRlc3RsYXknLCAnPWFwcC1taXNjL2ItMTo6dGVzdGxheSddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHIuYnVpbGRbMF0ucmVhc29ucywgWydlY2xhc3MgZm9vLmVjbGFzcyBjaGFuZ2VkJ10pO1xuICB9KTtcblxuICB0ZXN0KCdhIGRlbGV0ZWQgZWJ1aWxkIGlzIHJlcG9ydGVkIGFuZCBub3QgYnVpbHQ7IGEgZmlsZSBvdXRzaWRlIGFueSBwYWNrYWdlIGNoYW5nZXMgbm90aGluZycsIGFzeW5jICgpID0+IHtcbiAgICByZXBvLnJlbW92ZSgnYXBwLW1pc2Mvb2xkL29sZC0xLmVidWlsZCcpO1xuICAgIHJlcG8ud3JpdGUoeyAnUkVBRE1FLm1kJzogJ2NoYW5nZWRcXG4nIH0pO1xuICAgIGNvbnN0IHNoYSA9IHJlcG8uY29tbWl0KCdkcm9wIG9sZCcpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjaGFuZ2VkU2luY2UocmVwby5kaXIsIGAke3NoYX1+MWApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXRvbXMociksIFtdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHIuZGVsZXRlZC5tYXAoKGUpID0+IGUuYXRvbSksIFsnPWFwcC1taXNjL29sZC0xOjp0ZXN0bGF5J10pO1xuICB9KTtcblxuICB0ZXN0KCdhIG1vZGlmaWVkIGVidWlsZCBzaW5jZSBzZXZlcmFsIGNvbW1pdHMgYWdvOiB0aGUgd2hvbGUgcmFuZ2UgY291bnRzLCBkZWxldGVkIG9uZXMgc3RheSBvdXQnLCBhc3luYyAoKSA9PiB7XG4gICAgcmVwby53cml0ZSh7ICdhcHAtbWlzYy9kL2QtMS5lYnVpbGQnOiBlYnVpbGQoJ0lVU0U9XCJ4XCInKSB9KTtcbiAgICByZXBvLmNvbW1pdCgndG91Y2ggZCcpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjaGFuZ2VkU2luY2UocmVwby5kaXIsIGJhc2UpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXRvbXMociksIFtcbiAgICAgICc9YXBwLW1pc2MvYS0xOjp0ZXN0bGF5JywgJz1hcHAtbWlzYy9iLTE6OnRlc3RsYXknLCAnPWFwcC1taXNjL2MtMTo6dGVzdGxheScsICc9YXBwLW1pc2MvYy0yOjp0ZXN0bGF5JyxcbiAgICAgICc9YXBwLW1pc2MvZC0xOjp0ZXN0bGF5JywgJz1hcHAtbWlzYy96enotMi4xOjp0ZXN0bGF5JywgJz1hcHAtbWlzYy9hYWEtMS4wOjp0ZXN0bGF5JyxcbiAgICBdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHIuZGVsZXRlZC5tYXAoKGUpID0+IGUuYXRvbSksIFsnPWFwcC1taXNjL29sZC0xOjp0ZXN0bGF5J10pO1xuICAgIGFzc2VydC5lcXVhbChyLmJhc2Uuc2hhLCBiYXNlKTtcbiAgfSk7XG5cbiAgdGVzdCgncGFja2FnZXMgdGhhdCBkZXBlbmQgb24gZWFjaCBvdGhlciBpbiBhIGNpcmNsZSBhcmUgcmVwb3J0ZWQgYXMgYSBjeWNsZTsgUERFUEVORCBnb2VzIGFmdGVyJywgYXN5bmMgKCkgPT4ge1xuICAgIHJlcG8ud3JpdGUoe1xuICAgICAgJ2FwcC1taXNjL3gveC0xLmVidWlsZCc6IGVidWlsZCgnUkRFUEVORD1cImFwcC1taXNjL3lcIicpLFxuICAgICAgJ2FwcC1taXNjL3kveS0xLmVidWlsZCc6IGVidWlsZCgnREVQRU5EPVwiYXBwLW1pc2MveFwiJyksXG4gICAgICAnYXBwLW1pc2MvcC9wLTEuZWJ1aWxkJzogZWJ1aWxkKCdQREVQRU5EPVwiYXBwLW1pc2MvZVwiJyksXG4gICAgICAnYXBwLW1pc2MvZS9lLTEuZWJ1aWxkJzogZWJ1aWxkKCdSREVQRU5EPVwiYXBwLW1pc2MvcFwiJyksXG4gICAgfSk7XG4gICAgY29uc3Qgc2hhID0gcmVwby5jb21taXQoJ2N5Y2xlJyk7XG4gICAgY29uc3QgciA9IGF3YWl0IGNoYW5nZWRTaW5jZShyZXBvLmRpciwgYCR7c2hhfX4xYCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyLmN5Y2xlcywgW1snPWFwcC1taXNjL3gtMTo6dGVzdGxheScsICc9YXBwLW1pc2MveS0xOjp0ZXN0bGF5J11dKTtcbiAgICBjb25zdCBvcmRlciA9IGF0b21zKHIpO1xuICAgIGFzc2VydC5vayhvcmRlci5pbmRleE9mKCc9YXBwLW1pc2MvcC0xOjp0ZXN0bGF5JykgPCBvcmRlci5pbmRleE9mKCc9YXBwLW1pc2MvZS0xOjp0ZXN0bGF5JyksIG9yZGVyLmpvaW4oJyAnKSk7XG4gICAgYXNzZXJ0LmVxdWFsKG9yZGVyLmxlbmd0aCwgNCk7XG4gIH0pO1xuXG4gIHRlc3QoJ2EgLS1zaW5jZSB0aGF0IG5hbWVzIG5vIGNvbW1pdCBpcyBhIGNsZWFyIGVycm9yJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHJlamVjdHNXaXRoKGNoYW5nZWRTaW5jZShyZXBvLmRpciwgJ25vLXN1Y2gtYnJhbmNoJyksICdiYWQtcmVmJywgL25vLXN1Y2gtYnJhbmNoLipub3QgYSBjb21taXQvKTtcbiAgICBjb25zdCByID0gYXdhaXQgY2xpKFsnY2hhbmdlZCcsICctLXNpbmNlJywgJ25vLXN1Y2gtYnJhbmNoJ10sIHJlcG8uZGlyKTtcbiAgICBhc3NlcnQuZXF1YWwoci5jb2RlLCAyKTtcbiAgICBhc3NlcnQubWF0Y2goci5lcnIsIC8nbm8tc3VjaC1icmFuY2gnIGlzIG5vdCBhIGNvbW1pdC8pO1xuICB9KTtcblxuICB0ZXN0KCd3aXRob3V0IC0tc2luY2UgYW5kIHdpdGhvdXQgYW4gdXBzdHJlYW0gYnJhbmNoLCB0aGUgbWVzc2FnZSBzYXlzIHRvIHBhc3MgLS1zaW5jZScsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCByZWplY3RzV2l0aChjaGFuZ2VkU2luY2UocmVwby5kaXIpLCAnbm8tdXBzdHJlYW0nLCAvLS1zaW5jZSBSRUYvKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBzaGFsbG93IGNsb25lIHdpdGhvdXQgdGhlIGJhc2UgY29tbWl0IHNheXMgaG93IHRvIGZldGNoIGl0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHNoYWxsb3cgPSBHaXRSZXBvLmluaXQoJ2ViLXNoYWxsb3ctJyk7XG4gICAgc2hhbGxvdy5jbGVhbnVwKCk7XG4gICAgbmV3IEdpdFJlcG8oJy8nKS5naXQoJ2Nsb25lJywgJy1xJywgJy0tZGVwdGgnLCAnMScsIGBmaWxlOi8vJHtyZXBvLmRpcn1gLCBzaGFsbG93LmRpcik7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHJlamVjdHNXaXRoKGNoYW5nZWRTaW5jZShzaGFsbG93LmRpciwgYmFzZSksICdzaGFsbG93LWNsb25lJywgL2dpdCBmZXRjaCAtLXVuc2hhbGxvdy8pO1xuICAgICAgYXdhaXQgcmVqZWN0c1dpdGgoY2hhbmdlZFNpbmNlKHNoYWxsb3cuZGlyLCAnSEVBRH4zJyksICdzaGFsbG93LWNsb25lJywgLy0tZGVlcGVuLyk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHNoYWxsb3cuY2xlYW51cCgpO1xuICAgIH1cbiAgfSk7XG5cbiAgdGVzdCgnYnkgZGVmYXVsdCBpdCBjb21wYXJlcyB3aXRoIHRoZSBtZXJnZSBiYXNlIG9mIHRoZSB1cHN0cmVhbSBicmFuY2gsIGFuZCB0aGUgQ0xJIHByaW50cyB0aGUgYXRvbXMnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY2xvbmUgPSBHaXRSZXBvLmluaXQoJ2ViLWNsb25lLScpO1xuICAgIGNsb25lLmNsZWFudXAoKTtcbiAgICBuZXcgR2l0UmVwbygnLycpLmdpdCgnY2xvbmUnLCAnLXEnLCByZXBvLmRpciwgY2xvbmUuZGlyKTtcbiAgICB0cnkge1xuICAgICAgY2xvbmUud3JpdGUoeyAnYXBwLW1pc2MvZC9kLTEuZWJ1aWxkJzogZWJ1aWxkKCdJVVNFPVwieCB5XCInKSwgJ2FwcC1taXNjL2MvYy0yLmVidWlsZCc6IGVidWlsZCgnIyB0d2VhaycpIH0pO1xuICAgICAgY2xvbmUuY29tbWl0KCdsb2NhbCB3b3JrJyk7XG4gICAgICBjb25zdCByID0gYXdhaXQgY2hhbmdlZFNpbmNlKGNsb25lLmRpcik7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKGF0b21zKHIpLCBbJz1hcHAtbWlzYy9jLTI6OnRlc3RsYXknLCAnPWFwcC1taXNjL2QtMTo6dGVzdGxheSddKTtcbiAgICAgIGFzc2VydC5tYXRjaChyLmJhc2UuZGVzY3JpYmUsIC9vcmlnaW5cXC9tYWluLyk7XG4gICAgICBjb25zdCBvdXQgPSBhd2FpdCBjbGkoWydjaGFuZ2VkJywgJy0tanNvbiddLCBjbG9uZS5kaXIpO1xuICAgICAgYXNzZXJ0LmVxdWFsKG91dC5jb2RlLCAwLCBvdXQuZXJyKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoSlNPTi5wYXJzZShvdXQub3V0KS5idWlsZC5tYXAoKGU6IHsgYXRvbTogc3RyaW5nIH0pID0+IGUuYXRvbSksIGF0b21zKHIpKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xvbmUuY2xlYW51cCgpO1xuICAgIH1cbiAgfSk7XG59KTtcblxuZGVzY3JpYmUoJ2NoYW5nZWQ6IHJlcG9zaXRvcmllcyB0aGF0IGFyZSBub3Qgd2hhdCBpdCBleHBlY3RzJywgKCkgPT4ge1xuICB0ZXN0KCdhIHJlcG9zaXRvcnkgd2l0aG91dCBhbiBvdmVybGF5IGlzIGEgY2xlYXIgZXJyb3InLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgciA9IEdpdFJlcG8uaW5pdCgpO1xuICAgIHRyeSB7XG4gICAgICByLndyaXRlKHsgJ3NyYy9tYWluLmMnOiAnaW50IG1haW4oKXt9XFxuJyB9KTtcbiAgICAgIHIuY29tbWl0KCdvbmUnKTtcbiAgICAgIHIud3JpdGUoeyAnc3JjL21haW4uYyc6ICdpbnQgbWFpbigpe3JldHVybiAwO31cXG4nIH0pO1xuICAgICAgci5jb21taXQoJ3R3bycpO1xuICAgICAgYXdhaXQgcmVqZWN0c1dpdGgoY2hhbmdlZFNpbmNlKHIuZGlyLCAnSEVBRH4xJyksICduby1vdmVybGF5JywgL3Byb2ZpbGVzXFwvcmVwb19uYW1lLyk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHIuY2xlYW51cCgpO1xuICAgIH1cbiAgfSk7XG5cbiAgdGVzdCgnYW4gb3ZlcmxheSBpbiBhIHN1YmZvbGRlciBvZiB0aGUgcmVwb3NpdG9yeSBnZXRzIGl0cyBvd24gbmFtZSBpbiB0aGUgYXRvbXMnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgciA9IEdpdFJlcG8uaW5pdCgpO1xuICAgIHRyeSB7XG4gICAgICByLndyaXRlKHsgLi4ub3ZlcmxheUZpbGVzKCdvdmVybGF5JyksICdvdmVybGF5L3Byb2ZpbGVzL3JlcG9fbmFtZSc6ICdzdWJsYXlcXG4nLCAnb3ZlcmxheS9kZXYtdXRpbC90L3QtMC4xX3JjMi1yMS5lYnVpbGQnOiBlYnVpbGQoKSB9KTtcbiAgICAgIHIuY29tbWl0KCdvbmUnKTtcbiAgICAgIHIud3JpdGUoeyAnb3ZlcmxheS9kZXYtdXRpbC90L3QtMC4xX3JjMi1yMS5lYnVpbGQnOiBlYnVpbGQoJ0lVU0U9XCJkb2NcIicpIH0pO1xuICAgICAgci5jb21taXQoJ3R3bycpO1xuICAgICAgY29uc3QgYyA9IGF3YWl0IGNoYW5nZWRTaW5jZShyLmRpciwgJ0hFQUR+MScpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhdG9tcyhjKSwgWyc9ZGV2LXV0aWwvdC0wLjFfcmMyLXIxOjpzdWJsYXknXSk7XG4gICAgICBhc3NlcnQuZXF1YWwoYy5idWlsZFswXS5wYXRoLCAnb3ZlcmxheS9kZXYtdXRpbC90L3QtMC4xX3JjMi1yMS5lYnVpbGQnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgci5jbGVhbnVwKCk7XG4gICAgfVxuICB9KTtcblxuICB0ZXN0KCdvdXRzaWRlIGEgZ2l0IHJlcG9zaXRvcnk6IGEgY2xlYXIgZXJyb3InLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgcmVqZWN0c1dpdGgoY2hhbmdlZFNpbmNlKCcvJyksICdub3QtYS1yZXBvJywgLy0tcmVwbyBESVIvKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUJBQThDO0FBQzlDLG9CQUFtQjtBQUNuQix5QkFBNEI7QUFDNUIsd0JBQTZCO0FBQzdCLGtCQUFxQjtBQUNyQixxQkFBOEM7QUFDOUMsdUJBQTRCO0FBRTVCLE1BQU0sUUFBUSxDQUFDLE1BQXFDLEVBQUUsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFFN0UsZUFBZSxJQUFJLE1BQWdCLEtBQWtFO0FBQ25HLFFBQU0sU0FBUyxJQUFJLCtCQUFZO0FBQy9CLFFBQU0sU0FBUyxJQUFJLCtCQUFZO0FBQy9CLE1BQUksTUFBTTtBQUNWLE1BQUksTUFBTTtBQUNWLFNBQU8sR0FBRyxRQUFRLENBQUMsTUFBTyxPQUFPLENBQUU7QUFDbkMsU0FBTyxHQUFHLFFBQVEsQ0FBQyxNQUFPLE9BQU8sQ0FBRTtBQUNuQyxRQUFNLE9BQU8sVUFBTSxrQkFBSyxNQUFNLEVBQUUsUUFBUSxRQUFRLEtBQUssS0FBSyxRQUFRLElBQUksQ0FBQztBQUN2RSxTQUFPLEVBQUUsTUFBTSxLQUFLLElBQUk7QUFDMUI7QUFFQSxlQUFlLFlBQVksR0FBcUIsTUFBYyxNQUE2QjtBQUN6RixRQUFNLGNBQUFBLFFBQU8sUUFBUSxHQUFHLENBQUMsTUFBZTtBQUN0QyxrQkFBQUEsUUFBTyxPQUFHLDhCQUFZLENBQUMsR0FBRyw2QkFBNkIsQ0FBQyxFQUFFO0FBQzFELGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLElBQUk7QUFDekIsa0JBQUFBLFFBQU8sTUFBTSxHQUFHLEVBQUUsT0FBTyxJQUFJLEVBQUUsTUFBTSxJQUFJLElBQUk7QUFDN0MsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBQUEsSUFFQSwyQkFBUyxxREFBcUQsTUFBTTtBQUNsRSxNQUFJO0FBQ0osTUFBSTtBQUNKLCtCQUFPLE1BQU07QUFDWCxXQUFPLHVCQUFRLEtBQUs7QUFDcEIsU0FBSyxNQUFNO0FBQUEsTUFDVCxPQUFHLDZCQUFhO0FBQUEsTUFDaEIsNkJBQXlCLHVCQUFPLGFBQWE7QUFBQSxNQUM3Qyw2QkFBeUIsdUJBQU8sbUNBQW1DO0FBQUEsTUFDbkUsNkJBQXlCLHVCQUFPLHFDQUFxQztBQUFBLE1BQ3JFLDZCQUF5Qix1QkFBTztBQUFBLE1BQ2hDLDhCQUE4QjtBQUFBLE1BQzlCLDZCQUF5Qix1QkFBTztBQUFBLE1BQ2hDLGlDQUE2Qix1QkFBTztBQUFBLE1BQ3BDLGFBQWE7QUFBQSxJQUNmLENBQUM7QUFDRCxXQUFPLEtBQUssT0FBTyxpQkFBaUI7QUFBQSxFQUN0QyxDQUFDO0FBQ0QsOEJBQU0sTUFBTSxLQUFLLFFBQVEsQ0FBQztBQUUxQiw2QkFBSyx3RkFBd0YsWUFBWTtBQUN2RyxTQUFLLE1BQU07QUFBQSxNQUNULG1DQUErQix1QkFBTywwRUFBMkU7QUFBQSxNQUNqSCxtQ0FBK0IsdUJBQU87QUFBQSxJQUN4QyxDQUFDO0FBQ0QsVUFBTSxNQUFNLEtBQUssT0FBTyxpQkFBaUI7QUFDekMsVUFBTSxJQUFJLFVBQU0sZ0NBQWEsS0FBSyxLQUFLLEdBQUcsR0FBRyxJQUFJO0FBQ2pELGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsQ0FBQyw4QkFBOEIsNEJBQTRCLENBQUM7QUFDdkYsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLE1BQU0sQ0FBQyxFQUFFLFNBQVMsQ0FBQyxjQUFjLENBQUM7QUFDckQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQUEsRUFDaEMsQ0FBQztBQUVELDZCQUFLLDhFQUE4RSxZQUFZO0FBQzdGLFNBQUssTUFBTSxFQUFFLDhCQUE4Qiw2QkFBNkIsQ0FBQztBQUN6RSxVQUFNLE1BQU0sS0FBSyxPQUFPLGNBQWM7QUFDdEMsVUFBTSxJQUFJLFVBQU0sZ0NBQWEsS0FBSyxLQUFLLEdBQUcsR0FBRyxJQUFJO0FBQ2pELGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsQ0FBQywwQkFBMEIsd0JBQXdCLENBQUM7QUFDL0Usa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQyxFQUFFLFFBQVEsQ0FBQyxHQUFHLDJCQUEyQjtBQUFBLEVBQ2pFLENBQUM7QUFFRCw2QkFBSyx3R0FBd0csWUFBWTtBQUN2SCxTQUFLLE1BQU0sRUFBRSxxQkFBcUIsd0NBQXdDLENBQUM7QUFDM0UsVUFBTSxNQUFNLEtBQUssT0FBTyxtQkFBbUI7QUFDM0MsVUFBTSxJQUFJLFVBQU0sZ0NBQWEsS0FBSyxLQUFLLEdBQUcsR0FBRyxJQUFJO0FBRWpELGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsQ0FBQywwQkFBMEIsd0JBQXdCLENBQUM7QUFDL0Usa0JBQUFBLFFBQU8sVUFBVSxFQUFFLE1BQU0sQ0FBQyxFQUFFLFNBQVMsQ0FBQywyQkFBMkIsQ0FBQztBQUFBLEVBQ3BFLENBQUM7QUFFRCw2QkFBSywwRkFBMEYsWUFBWTtBQUN6RyxTQUFLLE9BQU8sMkJBQTJCO0FBQ3ZDLFNBQUssTUFBTSxFQUFFLGFBQWEsWUFBWSxDQUFDO0FBQ3ZDLFVBQU0sTUFBTSxLQUFLLE9BQU8sVUFBVTtBQUNsQyxVQUFNLElBQUksVUFBTSxnQ0FBYSxLQUFLLEtBQUssR0FBRyxHQUFHLElBQUk7QUFDakQsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUM7QUFDN0Isa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQywwQkFBMEIsQ0FBQztBQUFBLEVBQzdFLENBQUM7QUFFRCw2QkFBSyw4RkFBOEYsWUFBWTtBQUM3RyxTQUFLLE1BQU0sRUFBRSw2QkFBeUIsdUJBQU8sVUFBVSxFQUFFLENBQUM7QUFDMUQsU0FBSyxPQUFPLFNBQVM7QUFDckIsVUFBTSxJQUFJLFVBQU0sZ0NBQWEsS0FBSyxLQUFLLElBQUk7QUFDM0Msa0JBQUFBLFFBQU8sVUFBVSxNQUFNLENBQUMsR0FBRztBQUFBLE1BQ3pCO0FBQUEsTUFBMEI7QUFBQSxNQUEwQjtBQUFBLE1BQTBCO0FBQUEsTUFDOUU7QUFBQSxNQUEwQjtBQUFBLE1BQThCO0FBQUEsSUFDMUQsQ0FBQztBQUNELGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsMEJBQTBCLENBQUM7QUFDM0Usa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssS0FBSyxJQUFJO0FBQUEsRUFDL0IsQ0FBQztBQUVELDZCQUFLLDhGQUE4RixZQUFZO0FBQzdHLFNBQUssTUFBTTtBQUFBLE1BQ1QsNkJBQXlCLHVCQUFPLHNCQUFzQjtBQUFBLE1BQ3RELDZCQUF5Qix1QkFBTyxxQkFBcUI7QUFBQSxNQUNyRCw2QkFBeUIsdUJBQU8sc0JBQXNCO0FBQUEsTUFDdEQsNkJBQXlCLHVCQUFPLHNCQUFzQjtBQUFBLElBQ3hELENBQUM7QUFDRCxVQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU87QUFDL0IsVUFBTSxJQUFJLFVBQU0sZ0NBQWEsS0FBSyxLQUFLLEdBQUcsR0FBRyxJQUFJO0FBQ2pELGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxRQUFRLENBQUMsQ0FBQywwQkFBMEIsd0JBQXdCLENBQUMsQ0FBQztBQUNqRixVQUFNLFFBQVEsTUFBTSxDQUFDO0FBQ3JCLGtCQUFBQSxRQUFPLEdBQUcsTUFBTSxRQUFRLHdCQUF3QixJQUFJLE1BQU0sUUFBUSx3QkFBd0IsR0FBRyxNQUFNLEtBQUssR0FBRyxDQUFDO0FBQzVHLGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxRQUFRLENBQUM7QUFBQSxFQUM5QixDQUFDO0FBRUQsNkJBQUssbURBQW1ELFlBQVk7QUFDbEUsVUFBTSxnQkFBWSxnQ0FBYSxLQUFLLEtBQUssZ0JBQWdCLEdBQUcsV0FBVyw4QkFBOEI7QUFDckcsVUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLFdBQVcsV0FBVyxnQkFBZ0IsR0FBRyxLQUFLLEdBQUc7QUFDdEUsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUN0QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxrQ0FBa0M7QUFBQSxFQUN4RCxDQUFDO0FBRUQsNkJBQUssb0ZBQW9GLFlBQVk7QUFDbkcsVUFBTSxnQkFBWSxnQ0FBYSxLQUFLLEdBQUcsR0FBRyxlQUFlLGFBQWE7QUFBQSxFQUN4RSxDQUFDO0FBRUQsNkJBQUssZ0VBQWdFLFlBQVk7QUFDL0UsVUFBTSxVQUFVLHVCQUFRLEtBQUssYUFBYTtBQUMxQyxZQUFRLFFBQVE7QUFDaEIsUUFBSSx1QkFBUSxHQUFHLEVBQUUsSUFBSSxTQUFTLE1BQU0sV0FBVyxLQUFLLFVBQVUsS0FBSyxHQUFHLElBQUksUUFBUSxHQUFHO0FBQ3JGLFFBQUk7QUFDRixZQUFNLGdCQUFZLGdDQUFhLFFBQVEsS0FBSyxJQUFJLEdBQUcsaUJBQWlCLHVCQUF1QjtBQUMzRixZQUFNLGdCQUFZLGdDQUFhLFFBQVEsS0FBSyxRQUFRLEdBQUcsaUJBQWlCLFVBQVU7QUFBQSxJQUNwRixVQUFFO0FBQ0EsY0FBUSxRQUFRO0FBQUEsSUFDbEI7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyxtR0FBbUcsWUFBWTtBQUNsSCxVQUFNLFFBQVEsdUJBQVEsS0FBSyxXQUFXO0FBQ3RDLFVBQU0sUUFBUTtBQUNkLFFBQUksdUJBQVEsR0FBRyxFQUFFLElBQUksU0FBUyxNQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDdkQsUUFBSTtBQUNGLFlBQU0sTUFBTSxFQUFFLDZCQUF5Qix1QkFBTyxZQUFZLEdBQUcsNkJBQXlCLHVCQUFPLFNBQVMsRUFBRSxDQUFDO0FBQ3pHLFlBQU0sT0FBTyxZQUFZO0FBQ3pCLFlBQU0sSUFBSSxVQUFNLGdDQUFhLE1BQU0sR0FBRztBQUN0QyxvQkFBQUEsUUFBTyxVQUFVLE1BQU0sQ0FBQyxHQUFHLENBQUMsMEJBQTBCLHdCQUF3QixDQUFDO0FBQy9FLG9CQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLFVBQVUsY0FBYztBQUM1QyxZQUFNLE1BQU0sTUFBTSxJQUFJLENBQUMsV0FBVyxRQUFRLEdBQUcsTUFBTSxHQUFHO0FBQ3RELG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLEdBQUcsSUFBSSxHQUFHO0FBQ2pDLG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxNQUFNLElBQUksR0FBRyxFQUFFLE1BQU0sSUFBSSxDQUFDLE1BQXdCLEVBQUUsSUFBSSxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQUEsSUFDM0YsVUFBRTtBQUNBLFlBQU0sUUFBUTtBQUFBLElBQ2hCO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsc0RBQXNELE1BQU07QUFDbkUsNkJBQUssb0RBQW9ELFlBQVk7QUFDbkUsVUFBTSxJQUFJLHVCQUFRLEtBQUs7QUFDdkIsUUFBSTtBQUNGLFFBQUUsTUFBTSxFQUFFLGNBQWMsaUJBQWlCLENBQUM7QUFDMUMsUUFBRSxPQUFPLEtBQUs7QUFDZCxRQUFFLE1BQU0sRUFBRSxjQUFjLDBCQUEwQixDQUFDO0FBQ25ELFFBQUUsT0FBTyxLQUFLO0FBQ2QsWUFBTSxnQkFBWSxnQ0FBYSxFQUFFLEtBQUssUUFBUSxHQUFHLGNBQWMscUJBQXFCO0FBQUEsSUFDdEYsVUFBRTtBQUNBLFFBQUUsUUFBUTtBQUFBLElBQ1o7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyw4RUFBOEUsWUFBWTtBQUM3RixVQUFNLElBQUksdUJBQVEsS0FBSztBQUN2QixRQUFJO0FBQ0YsUUFBRSxNQUFNLEVBQUUsT0FBRyw2QkFBYSxTQUFTLEdBQUcsOEJBQThCLFlBQVksOENBQTBDLHVCQUFPLEVBQUUsQ0FBQztBQUNwSSxRQUFFLE9BQU8sS0FBSztBQUNkLFFBQUUsTUFBTSxFQUFFLDhDQUEwQyx1QkFBTyxZQUFZLEVBQUUsQ0FBQztBQUMxRSxRQUFFLE9BQU8sS0FBSztBQUNkLFlBQU0sSUFBSSxVQUFNLGdDQUFhLEVBQUUsS0FBSyxRQUFRO0FBQzVDLG9CQUFBQSxRQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsQ0FBQyxnQ0FBZ0MsQ0FBQztBQUM3RCxvQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDLEVBQUUsTUFBTSx3Q0FBd0M7QUFBQSxJQUN4RSxVQUFFO0FBQ0EsUUFBRSxRQUFRO0FBQUEsSUFDWjtBQUFBLEVBQ0YsQ0FBQztBQUVELDZCQUFLLDJDQUEyQyxZQUFZO0FBQzFELFVBQU0sZ0JBQVksZ0NBQWEsR0FBRyxHQUFHLGNBQWMsWUFBWTtBQUFBLEVBQ2pFLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
