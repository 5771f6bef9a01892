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
var gitRepo_exports = {};
__export(gitRepo_exports, {
  GitRepo: () => GitRepo,
  ebuild: () => ebuild,
  overlayFiles: () => overlayFiles
});
module.exports = __toCommonJS(gitRepo_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.org",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.org",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  LC_ALL: "C"
};
class GitRepo {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static init(prefix = "eb-repo-", bare = false) {
    const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), prefix));
    const r = new GitRepo(dir);
    r.git("init", "-q", "-b", "main", ...bare ? ["--bare"] : []);
    return r;
  }
  git(...args) {
    return (0, import_node_child_process.execFileSync)("git", ["-C", this.dir, ...args], { env: GIT_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  }
  write(files) {
    for (const [p, text] of Object.entries(files)) {
      (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)((0, import_node_path.join)(this.dir, p)), { recursive: true });
      (0, import_node_fs.writeFileSync)((0, import_node_path.join)(this.dir, p), text);
    }
    return this;
  }
  remove(...paths) {
    this.git("rm", "-q", "-r", "--", ...paths);
    return this;
  }
  /** Commits everything in the work tree; returns the new commit's sha. */
  commit(message) {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }
  cleanup() {
    (0, import_node_fs.rmSync)(this.dir, { recursive: true, force: true });
  }
}
function ebuild(body = "", eapi = 8) {
  return `# Copyright 2026
EAPI=${eapi}

DESCRIPTION="test"
SLOT="0"
KEYWORDS="amd64"
${body}
`;
}
function overlayFiles(root = "") {
  const p = root ? root + "/" : "";
  return {
    [`${p}profiles/repo_name`]: "testlay\n",
    [`${p}metadata/layout.conf`]: "masters = gentoo\nthin-manifests = true\n",
    [`${p}eclass/foo.eclass`]: "# foo\nfoo_src_compile() { :; }\n",
    [`${p}eclass/bar.eclass`]: "# bar\ninherit foo\n"
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GitRepo,
  ebuild,
  overlayFiles
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9oZWxwZXJzL2dpdFJlcG8udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBUZW1wb3JhcnkgZ2l0IHJlcG9zaXRvcmllcyBmb3IgdGVzdHM6IHdyaXRlIGZpbGVzLCBjb21taXQsIGFuZCBydW4gZ2l0LCBhbGwgd2l0aCBhcmd1bWVudCBhcnJheXMuICovXG5pbXBvcnQgeyBleGVjRmlsZVN5bmMgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgbWtkaXJTeW5jLCBta2R0ZW1wU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuXG5jb25zdCBHSVRfRU5WID0ge1xuICAuLi5wcm9jZXNzLmVudixcbiAgR0lUX0FVVEhPUl9OQU1FOiAnVGVzdCcsIEdJVF9BVVRIT1JfRU1BSUw6ICd0ZXN0QGV4YW1wbGUub3JnJywgR0lUX0NPTU1JVFRFUl9OQU1FOiAnVGVzdCcsIEdJVF9DT01NSVRURVJfRU1BSUw6ICd0ZXN0QGV4YW1wbGUub3JnJyxcbiAgR0lUX0NPTkZJR19OT1NZU1RFTTogJzEnLCBHSVRfQ09ORklHX0dMT0JBTDogJy9kZXYvbnVsbCcsIExDX0FMTDogJ0MnLFxufTtcblxuZXhwb3J0IGNsYXNzIEdpdFJlcG8ge1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSBkaXI6IHN0cmluZykge31cblxuICBzdGF0aWMgaW5pdChwcmVmaXggPSAnZWItcmVwby0nLCBiYXJlID0gZmFsc2UpOiBHaXRSZXBvIHtcbiAgICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCBwcmVmaXgpKTtcbiAgICBjb25zdCByID0gbmV3IEdpdFJlcG8oZGlyKTtcbiAgICByLmdpdCgnaW5pdCcsICctcScsICctYicsICdtYWluJywgLi4uKGJhcmUgPyBbJy0tYmFyZSddIDogW10pKTtcbiAgICByZXR1cm4gcjtcbiAgfVxuXG4gIGdpdCguLi5hcmdzOiBzdHJpbmdbXSk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGV4ZWNGaWxlU3luYygnZ2l0JywgWyctQycsIHRoaXMuZGlyLCAuLi5hcmdzXSwgeyBlbnY6IEdJVF9FTlYsIGVuY29kaW5nOiAndXRmOCcsIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ3BpcGUnXSB9KS50cmltKCk7XG4gIH1cblxuICB3cml0ZShmaWxlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHRoaXMge1xuICAgIGZvciAoY29uc3QgW3AsIHRleHRdIG9mIE9iamVjdC5lbnRyaWVzKGZpbGVzKSkge1xuICAgICAgbWtkaXJTeW5jKGRpcm5hbWUoam9pbih0aGlzLmRpciwgcCkpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIHdyaXRlRmlsZVN5bmMoam9pbih0aGlzLmRpciwgcCksIHRleHQpO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcztcbiAgfVxuXG4gIHJlbW92ZSguLi5wYXRoczogc3RyaW5nW10pOiB0aGlzIHtcbiAgICB0aGlzLmdpdCgncm0nLCAnLXEnLCAnLXInLCAnLS0nLCAuLi5wYXRocyk7XG4gICAgcmV0dXJuIHRoaXM7XG4gIH1cblxuICAvKiogQ29tbWl0cyBldmVyeXRoaW5nIGluIHRoZSB3b3JrIHRyZWU7IHJldHVybnMgdGhlIG5ldyBjb21taXQncyBzaGEuICovXG4gIGNvbW1pdChtZXNzYWdlOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHRoaXMuZ2l0KCdhZGQnLCAnLUEnKTtcbiAgICB0aGlzLmdpdCgnY29tbWl0JywgJy1xJywgJy0tYWxsb3ctZW1wdHknLCAnLW0nLCBtZXNzYWdlKTtcbiAgICByZXR1cm4gdGhpcy5naXQoJ3Jldi1wYXJzZScsICdIRUFEJyk7XG4gIH1cblxuICBjbGVhbnVwKCk6IHZvaWQge1xuICAgIHJtU3luYyh0aGlzLmRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlYnVpbGQoYm9keSA9ICcnLCBlYXBpID0gOCk6IHN0cmluZyB7XG4gIHJldHVybiBgIyBDb3B5cmlnaHQgMjAyNlxcbkVBUEk9JHtlYXBpfVxcblxcbkRFU0NSSVBUSU9OPVwidGVzdFwiXFxuU0xPVD1cIjBcIlxcbktFWVdPUkRTPVwiYW1kNjRcIlxcbiR7Ym9keX1cXG5gO1xufVxuXG4vKiogQSBzbWFsbCBvdmVybGF5IG5hbWVkIGB0ZXN0bGF5YCB3aXRoIHR3byBlY2xhc3NlcyAoYmFyIGluaGVyaXRzIGZvbykuICovXG5leHBvcnQgZnVuY3Rpb24gb3ZlcmxheUZpbGVzKHJvb3QgPSAnJyk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCBwID0gcm9vdCA/IHJvb3QgKyAnLycgOiAnJztcbiAgcmV0dXJuIHtcbiAgICBbYCR7cH1wcm9maWxlcy9yZXBvX25hbWVgXTogJ3Rlc3RsYXlcXG4nLFxuICAgIFtgJHtwfW1ldGFkYXRhL2xheW91dC5jb25mYF06ICdtYXN0ZXJzID0gZ2VudG9vXFxudGhpbi1tYW5pZmVzdHMgPSB0cnVlXFxuJyxcbiAgICBbYCR7cH1lY2xhc3MvZm9vLmVjbGFzc2BdOiAnIyBmb29cXG5mb29fc3JjX2NvbXBpbGUoKSB7IDo7IH1cXG4nLFxuICAgIFtgJHtwfWVjbGFzcy9iYXIuZWNsYXNzYF06ICcjIGJhclxcbmluaGVyaXQgZm9vXFxuJyxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsZ0NBQTZCO0FBQzdCLHFCQUE4RDtBQUM5RCxxQkFBdUI7QUFDdkIsdUJBQThCO0FBRTlCLE1BQU0sVUFBVTtBQUFBLEVBQ2QsR0FBRyxRQUFRO0FBQUEsRUFDWCxpQkFBaUI7QUFBQSxFQUFRLGtCQUFrQjtBQUFBLEVBQW9CLG9CQUFvQjtBQUFBLEVBQVEscUJBQXFCO0FBQUEsRUFDaEgscUJBQXFCO0FBQUEsRUFBSyxtQkFBbUI7QUFBQSxFQUFhLFFBQVE7QUFDcEU7QUFFTyxNQUFNLFFBQVE7QUFBQSxFQUNuQixZQUFxQixLQUFhO0FBQWI7QUFBQSxFQUFjO0FBQUEsRUFBZDtBQUFBLEVBRXJCLE9BQU8sS0FBSyxTQUFTLFlBQVksT0FBTyxPQUFnQjtBQUN0RCxVQUFNLFVBQU0sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxNQUFNLENBQUM7QUFDOUMsVUFBTSxJQUFJLElBQUksUUFBUSxHQUFHO0FBQ3pCLE1BQUUsSUFBSSxRQUFRLE1BQU0sTUFBTSxRQUFRLEdBQUksT0FBTyxDQUFDLFFBQVEsSUFBSSxDQUFDLENBQUU7QUFDN0QsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sTUFBd0I7QUFDN0IsZUFBTyx3Q0FBYSxPQUFPLENBQUMsTUFBTSxLQUFLLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBRSxLQUFLLFNBQVMsVUFBVSxRQUFRLE9BQU8sQ0FBQyxVQUFVLFFBQVEsTUFBTSxFQUFFLENBQUMsRUFBRSxLQUFLO0FBQUEsRUFDcEk7QUFBQSxFQUVBLE1BQU0sT0FBcUM7QUFDekMsZUFBVyxDQUFDLEdBQUcsSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDN0Msd0NBQVUsOEJBQVEsdUJBQUssS0FBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDekQsNENBQWMsdUJBQUssS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJO0FBQUEsSUFDdkM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsVUFBVSxPQUF1QjtBQUMvQixTQUFLLElBQUksTUFBTSxNQUFNLE1BQU0sTUFBTSxHQUFHLEtBQUs7QUFDekMsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsT0FBTyxTQUF5QjtBQUM5QixTQUFLLElBQUksT0FBTyxJQUFJO0FBQ3BCLFNBQUssSUFBSSxVQUFVLE1BQU0saUJBQWlCLE1BQU0sT0FBTztBQUN2RCxXQUFPLEtBQUssSUFBSSxhQUFhLE1BQU07QUFBQSxFQUNyQztBQUFBLEVBRUEsVUFBZ0I7QUFDZCwrQkFBTyxLQUFLLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNuRDtBQUNGO0FBRU8sU0FBUyxPQUFPLE9BQU8sSUFBSSxPQUFPLEdBQVc7QUFDbEQsU0FBTztBQUFBLE9BQTBCLElBQUk7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBQXVELElBQUk7QUFBQTtBQUNsRztBQUdPLFNBQVMsYUFBYSxPQUFPLElBQTRCO0FBQzlELFFBQU0sSUFBSSxPQUFPLE9BQU8sTUFBTTtBQUM5QixTQUFPO0FBQUEsSUFDTCxDQUFDLEdBQUcsQ0FBQyxvQkFBb0IsR0FBRztBQUFBLElBQzVCLENBQUMsR0FBRyxDQUFDLHNCQUFzQixHQUFHO0FBQUEsSUFDOUIsQ0FBQyxHQUFHLENBQUMsbUJBQW1CLEdBQUc7QUFBQSxJQUMzQixDQUFDLEdBQUcsQ0FBQyxtQkFBbUIsR0FBRztBQUFBLEVBQzdCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
