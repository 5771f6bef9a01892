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
var knowledge_exports = {};
__export(knowledge_exports, {
  Knowledge: () => Knowledge,
  Repository: () => Repository,
  parseMetadataXml: () => parseMetadataXml
});
module.exports = __toCommonJS(knowledge_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_fast_xml_parser = require("fast-xml-parser");
var import_eclassDoc = require("./eclassDoc");
function readText(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return void 0;
  }
}
function listDir(path) {
  try {
    return (0, import_node_fs.readdirSync)(path);
  } catch {
    return [];
  }
}
function mtime(path) {
  try {
    return (0, import_node_fs.statSync)(path).mtimeMs;
  } catch {
    return -1;
  }
}
function contentLines(text) {
  return (text ?? "").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean);
}
const xml = new import_fast_xml_parser.XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", stopNodes: ["*.flag"], isArray: (n) => n === "use" || n === "flag" });
function parseMetadataXml(text, path) {
  const valid = import_fast_xml_parser.XMLValidator.validate(text);
  if (valid !== true) return { flags: /* @__PURE__ */ new Map(), error: { message: valid.err.msg, line: Math.max(0, valid.err.line - 1) }, path };
  const flags = /* @__PURE__ */ new Map();
  const doc = xml.parse(text);
  for (const use of doc.pkgmetadata?.use ?? []) {
    for (const f of use.flag ?? []) {
      const name = f["@_name"];
      if (name && !flags.has(name)) flags.set(name, String(f["#text"] ?? "").replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim());
    }
  }
  return { flags, path };
}
class Repository {
  constructor(root) {
    this.root = root;
    this.name = contentLines(readText((0, import_node_path.join)(root, "profiles", "repo_name")))[0] ?? (0, import_node_path.basename)(root);
    const layout = readText((0, import_node_path.join)(root, "metadata", "layout.conf")) ?? "";
    const m = /^\s*masters\s*=\s*(.*)$/m.exec(layout);
    this.masters = m ? m[1].split(/\s+/).filter(Boolean) : [];
  }
  root;
  name;
  masters;
  eclassCache = /* @__PURE__ */ new Map();
  metadataCache = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  once(key, load) {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key);
  }
  /** Forget cached lists (after files were created or deleted). */
  invalidate() {
    this.memo.clear();
  }
  eclassNames() {
    return this.once("eclasses", () => listDir((0, import_node_path.join)(this.root, "eclass")).filter((f) => f.endsWith(".eclass")).map((f) => f.slice(0, -7)));
  }
  eclassPath(name) {
    return (0, import_node_path.join)(this.root, "eclass", `${name}.eclass`);
  }
  eclass(name) {
    const path = this.eclassPath(name);
    const m = mtime(path);
    if (m < 0) return void 0;
    const cached = this.eclassCache.get(name);
    if (cached && cached.mtime === m) return cached.info;
    const info = (0, import_eclassDoc.parseEclass)(name, readText(path) ?? "");
    this.eclassCache.set(name, { mtime: m, info });
    return info;
  }
  useDesc() {
    return this.once("use.desc", () => {
      const map = /* @__PURE__ */ new Map();
      for (const line of contentLines(readText((0, import_node_path.join)(this.root, "profiles", "use.desc")))) {
        const m = /^(\S+)\s+-\s+(.*)$/.exec(line);
        if (m) map.set(m[1], m[2]);
      }
      return map;
    });
  }
  /** `cat/pkg` → flag → description. */
  useLocalDesc() {
    return this.once("use.local.desc", () => {
      const map = /* @__PURE__ */ new Map();
      for (const line of contentLines(readText((0, import_node_path.join)(this.root, "profiles", "use.local.desc")))) {
        const m = /^([^:\s]+):(\S+)\s+-\s+(.*)$/.exec(line);
        if (!m) continue;
        if (!map.has(m[1])) map.set(m[1], /* @__PURE__ */ new Map());
        map.get(m[1])?.set(m[2], m[3]);
      }
      return map;
    });
  }
  /** USE_EXPAND prefixes (`python_targets_`, …) from profiles/desc/*.desc, lower-cased. */
  useExpandPrefixes() {
    return this.once("desc", () => listDir((0, import_node_path.join)(this.root, "profiles", "desc")).filter((f) => f.endsWith(".desc")).map((f) => `${f.slice(0, -5)}_`));
  }
  licenses() {
    return this.once("licenses", () => new Set(listDir((0, import_node_path.join)(this.root, "licenses"))));
  }
  licensePath(name) {
    return (0, import_node_path.join)(this.root, "licenses", name);
  }
  arches() {
    return this.once("arch.list", () => new Set(contentLines(readText((0, import_node_path.join)(this.root, "profiles", "arch.list")))));
  }
  categories() {
    return this.once("categories", () => contentLines(readText((0, import_node_path.join)(this.root, "profiles", "categories"))));
  }
  packages(category) {
    return this.once(`pkgs:${category}`, () => listDir((0, import_node_path.join)(this.root, category)).filter((p) => !p.startsWith(".") && p !== "metadata.xml"));
  }
  ebuilds(category, pkg) {
    return listDir((0, import_node_path.join)(this.root, category, pkg)).filter((f) => f.endsWith(".ebuild")).map((f) => (0, import_node_path.join)(this.root, category, pkg, f));
  }
  metadata(category, pkg) {
    const path = (0, import_node_path.join)(this.root, category, pkg, "metadata.xml");
    const m = mtime(path);
    if (m < 0) return void 0;
    const key = `${category}/${pkg}`;
    const cached = this.metadataCache.get(key);
    if (cached && cached.mtime === m) return cached.meta;
    const meta = parseMetadataXml(readText(path) ?? "", path);
    this.metadataCache.set(key, { mtime: m, meta });
    return meta;
  }
}
function isRepoRoot(dir) {
  return mtime((0, import_node_path.join)(dir, "profiles", "repo_name")) >= 0 || mtime((0, import_node_path.join)(dir, "metadata", "layout.conf")) >= 0;
}
class Knowledge {
  repos = /* @__PURE__ */ new Map();
  constructor(roots = []) {
    for (const r of roots) this.addRoot(r);
  }
  addRoot(root) {
    if (!isRepoRoot(root)) return void 0;
    let repo = this.repos.get(root);
    if (!repo) {
      repo = new Repository(root);
      this.repos.set(root, repo);
    }
    return repo;
  }
  all() {
    return [...this.repos.values()];
  }
  /** The repository holding a file: the nearest ancestor that looks like a repository root. */
  repoFor(file) {
    let dir = (0, import_node_path.dirname)(file);
    for (let i = 0; i < 5; i++) {
      for (const repo of this.repos.values()) if (repo.root === dir) return repo;
      if (isRepoRoot(dir)) return this.addRoot(dir);
      const up = (0, import_node_path.dirname)(dir);
      if (up === dir) break;
      dir = up;
    }
    return void 0;
  }
  /** The repository followed by its masters (by repo name), the lookup order of PMS/Portage. */
  chain(repo) {
    if (!repo) return this.all();
    const out = [repo];
    for (const name of repo.masters) {
      const master = this.all().find((r) => r.name === name) ?? this.findByName(name, repo);
      if (master && !out.includes(master)) out.push(master);
    }
    return out;
  }
  /** A master not configured: look beside the repository and in /var/db/repos, the usual places. */
  findByName(name, near) {
    const parent = (0, import_node_path.dirname)(near.root);
    const candidates = [(0, import_node_path.join)(parent, name), ...listDir(parent).map((d) => (0, import_node_path.join)(parent, d)), (0, import_node_path.join)("/var/db/repos", name)];
    for (const dir of candidates) {
      if (dir === near.root || !isRepoRoot(dir)) continue;
      const repo = new Repository(dir);
      if (repo.name === name) return this.addRoot(dir);
    }
    return void 0;
  }
  /** The eclass as found first along the chain, with the repository that holds it. */
  findEclass(chain, name) {
    for (const repo of chain) {
      const info = repo.eclass(name);
      if (info) return { repo, info };
    }
    return void 0;
  }
  /** The eclasses inherited, directly and through other eclasses, in inherit order. Unknown names are reported. */
  inheritClosure(chain, names) {
    const found = [];
    const missing = [];
    const seen = /* @__PURE__ */ new Set();
    const visit = (n) => {
      if (seen.has(n)) return;
      seen.add(n);
      const e = this.findEclass(chain, n);
      if (!e) {
        missing.push(n);
        return;
      }
      found.push(e);
      e.info.inherits.forEach(visit);
    };
    names.forEach(visit);
    return { found, missing };
  }
  /** Description of a USE flag for a package: metadata.xml, then use.local.desc, then use.desc. */
  flagDescription(chain, cpn, flag) {
    if (cpn) {
      const [cat, pkg] = cpn.split("/");
      for (const repo of chain) {
        const d = repo.metadata(cat, pkg)?.flags.get(flag) ?? repo.useLocalDesc().get(cpn)?.get(flag);
        if (d) return d;
      }
    }
    for (const repo of chain) {
      const d = repo.useDesc().get(flag);
      if (d) return d;
    }
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Knowledge,
  Repository,
  parseMetadataXml
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9rbm93bGVkZ2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogV2hhdCB0aGUgcmVwb3NpdG9yaWVzIHRoZW1zZWx2ZXMgc2F5OiBlY2xhc3NlcyBhbmQgdGhlaXIgZG9jcywgVVNFIGZsYWcgZGVzY3JpcHRpb25zICh1c2UuZGVzYyxcbiAqIHVzZS5sb2NhbC5kZXNjLCBtZXRhZGF0YS54bWwpLCBsaWNlbmNlcywgYXJjaGVzLCBjYXRlZ29yaWVzIGFuZCBwYWNrYWdlcy4gUmVhZCBsYXppbHkgZnJvbSBkaXNrXG4gKiBhbmQgY2FjaGVkIChlY2xhc3NlcyBhbmQgbWV0YWRhdGEueG1sIHJlLXJlYWQgd2hlbiB0aGVpciBtdGltZSBjaGFuZ2VzKSwgbmV2ZXIgdGhyb3dpbmcgb24gYmFkIGZpbGVzLlxuICovXG5pbXBvcnQgeyByZWFkZGlyU3luYywgcmVhZEZpbGVTeW5jLCBzdGF0U3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgYmFzZW5hbWUsIGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgWE1MUGFyc2VyLCBYTUxWYWxpZGF0b3IgfSBmcm9tICdmYXN0LXhtbC1wYXJzZXInO1xuaW1wb3J0IHsgRWNsYXNzSW5mbywgcGFyc2VFY2xhc3MgfSBmcm9tICcuL2VjbGFzc0RvYyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFja2FnZU1ldGFkYXRhIHtcbiAgZmxhZ3M6IE1hcDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBTZXQgd2hlbiBtZXRhZGF0YS54bWwgZXhpc3RzIGJ1dCBkb2VzIG5vdCBwYXJzZS4gKi9cbiAgZXJyb3I/OiB7IG1lc3NhZ2U6IHN0cmluZzsgbGluZTogbnVtYmVyIH07XG4gIHBhdGg6IHN0cmluZztcbn1cblxuZnVuY3Rpb24gcmVhZFRleHQocGF0aDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4Jyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuZnVuY3Rpb24gbGlzdERpcihwYXRoOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRkaXJTeW5jKHBhdGgpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gW107XG4gIH1cbn1cblxuZnVuY3Rpb24gbXRpbWUocGF0aDogc3RyaW5nKTogbnVtYmVyIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gc3RhdFN5bmMocGF0aCkubXRpbWVNcztcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIC0xO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNvbnRlbnRMaW5lcyh0ZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmdbXSB7XG4gIHJldHVybiAodGV4dCA/PyAnJykuc3BsaXQoJ1xcbicpLm1hcCgobCkgPT4gbC5yZXBsYWNlKC8jLiovLCAnJykudHJpbSgpKS5maWx0ZXIoQm9vbGVhbik7XG59XG5cbmNvbnN0IHhtbCA9IG5ldyBYTUxQYXJzZXIoeyBpZ25vcmVBdHRyaWJ1dGVzOiBmYWxzZSwgYXR0cmlidXRlTmFtZVByZWZpeDogJ0BfJywgc3RvcE5vZGVzOiBbJyouZmxhZyddLCBpc0FycmF5OiAobikgPT4gbiA9PT0gJ3VzZScgfHwgbiA9PT0gJ2ZsYWcnIH0pO1xuXG4vKiogRmxhZyBkZXNjcmlwdGlvbnMgZnJvbSBhIG1ldGFkYXRhLnhtbCB0ZXh0OyBpbmxpbmUgbWFya3VwIHN1Y2ggYXMgYDxwa2c+YCBpcyBmbGF0dGVuZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VNZXRhZGF0YVhtbCh0ZXh0OiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IFBhY2thZ2VNZXRhZGF0YSB7XG4gIGNvbnN0IHZhbGlkID0gWE1MVmFsaWRhdG9yLnZhbGlkYXRlKHRleHQpO1xuICBpZiAodmFsaWQgIT09IHRydWUpIHJldHVybiB7IGZsYWdzOiBuZXcgTWFwKCksIGVycm9yOiB7IG1lc3NhZ2U6IHZhbGlkLmVyci5tc2csIGxpbmU6IE1hdGgubWF4KDAsIHZhbGlkLmVyci5saW5lIC0gMSkgfSwgcGF0aCB9O1xuICBjb25zdCBmbGFncyA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGNvbnN0IGRvYyA9IHhtbC5wYXJzZSh0ZXh0KSBhcyB7IHBrZ21ldGFkYXRhPzogeyB1c2U/OiB7IGZsYWc/OiB7ICcjdGV4dCc/OiBzdHJpbmc7ICdAX25hbWUnPzogc3RyaW5nIH1bXSB9W10gfSB9O1xuICBmb3IgKGNvbnN0IHVzZSBvZiBkb2MucGtnbWV0YWRhdGE/LnVzZSA/PyBbXSkge1xuICAgIGZvciAoY29uc3QgZiBvZiB1c2UuZmxhZyA/PyBbXSkge1xuICAgICAgY29uc3QgbmFtZSA9IGZbJ0BfbmFtZSddO1xuICAgICAgaWYgKG5hbWUgJiYgIWZsYWdzLmhhcyhuYW1lKSkgZmxhZ3Muc2V0KG5hbWUsIFN0cmluZyhmWycjdGV4dCddID8/ICcnKS5yZXBsYWNlKC88W14+XSo+L2csICcnKS5yZXBsYWNlKC9cXHMrL2csICcgJykudHJpbSgpKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgZmxhZ3MsIHBhdGggfTtcbn1cblxuLyoqIE9uZSBlYnVpbGQgcmVwb3NpdG9yeSAoYSBkaXJlY3Rvcnkgd2l0aCBwcm9maWxlcy9yZXBvX25hbWUgb3IgbWV0YWRhdGEvbGF5b3V0LmNvbmYpLiAqL1xuZXhwb3J0IGNsYXNzIFJlcG9zaXRvcnkge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1hc3RlcnM6IHN0cmluZ1tdO1xuICBwcml2YXRlIGVjbGFzc0NhY2hlID0gbmV3IE1hcDxzdHJpbmcsIHsgbXRpbWU6IG51bWJlcjsgaW5mbzogRWNsYXNzSW5mbyB9PigpO1xuICBwcml2YXRlIG1ldGFkYXRhQ2FjaGUgPSBuZXcgTWFwPHN0cmluZywgeyBtdGltZTogbnVtYmVyOyBtZXRhOiBQYWNrYWdlTWV0YWRhdGEgfT4oKTtcbiAgcHJpdmF0ZSBtZW1vID0gbmV3IE1hcDxzdHJpbmcsIHVua25vd24+KCk7XG5cbiAgY29uc3RydWN0b3IocmVhZG9ubHkgcm9vdDogc3RyaW5nKSB7XG4gICAgdGhpcy5uYW1lID0gY29udGVudExpbmVzKHJlYWRUZXh0KGpvaW4ocm9vdCwgJ3Byb2ZpbGVzJywgJ3JlcG9fbmFtZScpKSlbMF0gPz8gYmFzZW5hbWUocm9vdCk7XG4gICAgY29uc3QgbGF5b3V0ID0gcmVhZFRleHQoam9pbihyb290LCAnbWV0YWRhdGEnLCAnbGF5b3V0LmNvbmYnKSkgPz8gJyc7XG4gICAgY29uc3QgbSA9IC9eXFxzKm1hc3RlcnNcXHMqPVxccyooLiopJC9tLmV4ZWMobGF5b3V0KTtcbiAgICB0aGlzLm1hc3RlcnMgPSBtID8gbVsxXS5zcGxpdCgvXFxzKy8pLmZpbHRlcihCb29sZWFuKSA6IFtdO1xuICB9XG5cbiAgcHJpdmF0ZSBvbmNlPFQ+KGtleTogc3RyaW5nLCBsb2FkOiAoKSA9PiBUKTogVCB7XG4gICAgaWYgKCF0aGlzLm1lbW8uaGFzKGtleSkpIHRoaXMubWVtby5zZXQoa2V5LCBsb2FkKCkpO1xuICAgIHJldHVybiB0aGlzLm1lbW8uZ2V0KGtleSkgYXMgVDtcbiAgfVxuXG4gIC8qKiBGb3JnZXQgY2FjaGVkIGxpc3RzIChhZnRlciBmaWxlcyB3ZXJlIGNyZWF0ZWQgb3IgZGVsZXRlZCkuICovXG4gIGludmFsaWRhdGUoKTogdm9pZCB7XG4gICAgdGhpcy5tZW1vLmNsZWFyKCk7XG4gIH1cblxuICBlY2xhc3NOYW1lcygpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIHRoaXMub25jZSgnZWNsYXNzZXMnLCAoKSA9PiBsaXN0RGlyKGpvaW4odGhpcy5yb290LCAnZWNsYXNzJykpLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aCgnLmVjbGFzcycpKS5tYXAoKGYpID0+IGYuc2xpY2UoMCwgLTcpKSk7XG4gIH1cblxuICBlY2xhc3NQYXRoKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGpvaW4odGhpcy5yb290LCAnZWNsYXNzJywgYCR7bmFtZX0uZWNsYXNzYCk7XG4gIH1cblxuICBlY2xhc3MobmFtZTogc3RyaW5nKTogRWNsYXNzSW5mbyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcGF0aCA9IHRoaXMuZWNsYXNzUGF0aChuYW1lKTtcbiAgICBjb25zdCBtID0gbXRpbWUocGF0aCk7XG4gICAgaWYgKG0gPCAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGNhY2hlZCA9IHRoaXMuZWNsYXNzQ2FjaGUuZ2V0KG5hbWUpO1xuICAgIGlmIChjYWNoZWQgJiYgY2FjaGVkLm10aW1lID09PSBtKSByZXR1cm4gY2FjaGVkLmluZm87XG4gICAgY29uc3QgaW5mbyA9IHBhcnNlRWNsYXNzKG5hbWUsIHJlYWRUZXh0KHBhdGgpID8/ICcnKTtcbiAgICB0aGlzLmVjbGFzc0NhY2hlLnNldChuYW1lLCB7IG10aW1lOiBtLCBpbmZvIH0pO1xuICAgIHJldHVybiBpbmZvO1xuICB9XG5cbiAgdXNlRGVzYygpOiBNYXA8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICByZXR1cm4gdGhpcy5vbmNlKCd1c2UuZGVzYycsICgpID0+IHtcbiAgICAgIGNvbnN0IG1hcCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gICAgICBmb3IgKGNvbnN0IGxpbmUgb2YgY29udGVudExpbmVzKHJlYWRUZXh0KGpvaW4odGhpcy5yb290LCAncHJvZmlsZXMnLCAndXNlLmRlc2MnKSkpKSB7XG4gICAgICAgIGNvbnN0IG0gPSAvXihcXFMrKVxccystXFxzKyguKikkLy5leGVjKGxpbmUpO1xuICAgICAgICBpZiAobSkgbWFwLnNldChtWzFdLCBtWzJdKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtYXA7XG4gICAgfSk7XG4gIH1cblxuICAvKiogYGNhdC9wa2dgIFx1MjE5MiBmbGFnIFx1MjE5MiBkZXNjcmlwdGlvbi4gKi9cbiAgdXNlTG9jYWxEZXNjKCk6IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgICByZXR1cm4gdGhpcy5vbmNlKCd1c2UubG9jYWwuZGVzYycsICgpID0+IHtcbiAgICAgIGNvbnN0IG1hcCA9IG5ldyBNYXA8c3RyaW5nLCBNYXA8c3RyaW5nLCBzdHJpbmc+PigpO1xuICAgICAgZm9yIChjb25zdCBsaW5lIG9mIGNvbnRlbnRMaW5lcyhyZWFkVGV4dChqb2luKHRoaXMucm9vdCwgJ3Byb2ZpbGVzJywgJ3VzZS5sb2NhbC5kZXNjJykpKSkge1xuICAgICAgICBjb25zdCBtID0gL14oW146XFxzXSspOihcXFMrKVxccystXFxzKyguKikkLy5leGVjKGxpbmUpO1xuICAgICAgICBpZiAoIW0pIGNvbnRpbnVlO1xuICAgICAgICBpZiAoIW1hcC5oYXMobVsxXSkpIG1hcC5zZXQobVsxXSwgbmV3IE1hcCgpKTtcbiAgICAgICAgbWFwLmdldChtWzFdKT8uc2V0KG1bMl0sIG1bM10pO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1hcDtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBVU0VfRVhQQU5EIHByZWZpeGVzIChgcHl0aG9uX3RhcmdldHNfYCwgXHUyMDI2KSBmcm9tIHByb2ZpbGVzL2Rlc2MvKi5kZXNjLCBsb3dlci1jYXNlZC4gKi9cbiAgdXNlRXhwYW5kUHJlZml4ZXMoKTogc3RyaW5nW10ge1xuICAgIHJldHVybiB0aGlzLm9uY2UoJ2Rlc2MnLCAoKSA9PiBsaXN0RGlyKGpvaW4odGhpcy5yb290LCAncHJvZmlsZXMnLCAnZGVzYycpKS5maWx0ZXIoKGYpID0+IGYuZW5kc1dpdGgoJy5kZXNjJykpLm1hcCgoZikgPT4gYCR7Zi5zbGljZSgwLCAtNSl9X2ApKTtcbiAgfVxuXG4gIGxpY2Vuc2VzKCk6IFNldDxzdHJpbmc+IHtcbiAgICByZXR1cm4gdGhpcy5vbmNlKCdsaWNlbnNlcycsICgpID0+IG5ldyBTZXQobGlzdERpcihqb2luKHRoaXMucm9vdCwgJ2xpY2Vuc2VzJykpKSk7XG4gIH1cblxuICBsaWNlbnNlUGF0aChuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBqb2luKHRoaXMucm9vdCwgJ2xpY2Vuc2VzJywgbmFtZSk7XG4gIH1cblxuICBhcmNoZXMoKTogU2V0PHN0cmluZz4ge1xuICAgIHJldHVybiB0aGlzLm9uY2UoJ2FyY2gubGlzdCcsICgpID0+IG5ldyBTZXQoY29udGVudExpbmVzKHJlYWRUZXh0KGpvaW4odGhpcy5yb290LCAncHJvZmlsZXMnLCAnYXJjaC5saXN0JykpKSkpO1xuICB9XG5cbiAgY2F0ZWdvcmllcygpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIHRoaXMub25jZSgnY2F0ZWdvcmllcycsICgpID0+IGNvbnRlbnRMaW5lcyhyZWFkVGV4dChqb2luKHRoaXMucm9vdCwgJ3Byb2ZpbGVzJywgJ2NhdGVnb3JpZXMnKSkpKTtcbiAgfVxuXG4gIHBhY2thZ2VzKGNhdGVnb3J5OiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIHRoaXMub25jZShgcGtnczoke2NhdGVnb3J5fWAsICgpID0+IGxpc3REaXIoam9pbih0aGlzLnJvb3QsIGNhdGVnb3J5KSkuZmlsdGVyKChwKSA9PiAhcC5zdGFydHNXaXRoKCcuJykgJiYgcCAhPT0gJ21ldGFkYXRhLnhtbCcpKTtcbiAgfVxuXG4gIGVidWlsZHMoY2F0ZWdvcnk6IHN0cmluZywgcGtnOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIGxpc3REaXIoam9pbih0aGlzLnJvb3QsIGNhdGVnb3J5LCBwa2cpKS5maWx0ZXIoKGYpID0+IGYuZW5kc1dpdGgoJy5lYnVpbGQnKSkubWFwKChmKSA9PiBqb2luKHRoaXMucm9vdCwgY2F0ZWdvcnksIHBrZywgZikpO1xuICB9XG5cbiAgbWV0YWRhdGEoY2F0ZWdvcnk6IHN0cmluZywgcGtnOiBzdHJpbmcpOiBQYWNrYWdlTWV0YWRhdGEgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHBhdGggPSBqb2luKHRoaXMucm9vdCwgY2F0ZWdvcnksIHBrZywgJ21ldGFkYXRhLnhtbCcpO1xuICAgIGNvbnN0IG0gPSBtdGltZShwYXRoKTtcbiAgICBpZiAobSA8IDApIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3Qga2V5ID0gYCR7Y2F0ZWdvcnl9LyR7cGtnfWA7XG4gICAgY29uc3QgY2FjaGVkID0gdGhpcy5tZXRhZGF0YUNhY2hlLmdldChrZXkpO1xuICAgIGlmIChjYWNoZWQgJiYgY2FjaGVkLm10aW1lID09PSBtKSByZXR1cm4gY2FjaGVkLm1ldGE7XG4gICAgY29uc3QgbWV0YSA9IHBhcnNlTWV0YWRhdGFYbWwocmVhZFRleHQocGF0aCkgPz8gJycsIHBhdGgpO1xuICAgIHRoaXMubWV0YWRhdGFDYWNoZS5zZXQoa2V5LCB7IG10aW1lOiBtLCBtZXRhIH0pO1xuICAgIHJldHVybiBtZXRhO1xuICB9XG59XG5cbmZ1bmN0aW9uIGlzUmVwb1Jvb3QoZGlyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIG10aW1lKGpvaW4oZGlyLCAncHJvZmlsZXMnLCAncmVwb19uYW1lJykpID49IDAgfHwgbXRpbWUoam9pbihkaXIsICdtZXRhZGF0YScsICdsYXlvdXQuY29uZicpKSA+PSAwO1xufVxuXG4vKiogQWxsIHJlcG9zaXRvcmllcyB0aGUgc2VydmVyIGtub3dzOiBjb25maWd1cmVkIG9uZXMsIHdvcmtzcGFjZSBvbmVzLCBhbmQgdGhlIG9uZXMgZmlsZXMgYXJlIG9wZW5lZCBmcm9tLiAqL1xuZXhwb3J0IGNsYXNzIEtub3dsZWRnZSB7XG4gIHByaXZhdGUgcmVwb3MgPSBuZXcgTWFwPHN0cmluZywgUmVwb3NpdG9yeT4oKTtcblxuICBjb25zdHJ1Y3Rvcihyb290czogc3RyaW5nW10gPSBbXSkge1xuICAgIGZvciAoY29uc3QgciBvZiByb290cykgdGhpcy5hZGRSb290KHIpO1xuICB9XG5cbiAgYWRkUm9vdChyb290OiBzdHJpbmcpOiBSZXBvc2l0b3J5IHwgdW5kZWZpbmVkIHtcbiAgICBpZiAoIWlzUmVwb1Jvb3Qocm9vdCkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgbGV0IHJlcG8gPSB0aGlzLnJlcG9zLmdldChyb290KTtcbiAgICBpZiAoIXJlcG8pIHtcbiAgICAgIHJlcG8gPSBuZXcgUmVwb3NpdG9yeShyb290KTtcbiAgICAgIHRoaXMucmVwb3Muc2V0KHJvb3QsIHJlcG8pO1xuICAgIH1cbiAgICByZXR1cm4gcmVwbztcbiAgfVxuXG4gIGFsbCgpOiBSZXBvc2l0b3J5W10ge1xuICAgIHJldHVybiBbLi4udGhpcy5yZXBvcy52YWx1ZXMoKV07XG4gIH1cblxuICAvKiogVGhlIHJlcG9zaXRvcnkgaG9sZGluZyBhIGZpbGU6IHRoZSBuZWFyZXN0IGFuY2VzdG9yIHRoYXQgbG9va3MgbGlrZSBhIHJlcG9zaXRvcnkgcm9vdC4gKi9cbiAgcmVwb0ZvcihmaWxlOiBzdHJpbmcpOiBSZXBvc2l0b3J5IHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgZGlyID0gZGlybmFtZShmaWxlKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDU7IGkrKykge1xuICAgICAgZm9yIChjb25zdCByZXBvIG9mIHRoaXMucmVwb3MudmFsdWVzKCkpIGlmIChyZXBvLnJvb3QgPT09IGRpcikgcmV0dXJuIHJlcG87XG4gICAgICBpZiAoaXNSZXBvUm9vdChkaXIpKSByZXR1cm4gdGhpcy5hZGRSb290KGRpcik7XG4gICAgICBjb25zdCB1cCA9IGRpcm5hbWUoZGlyKTtcbiAgICAgIGlmICh1cCA9PT0gZGlyKSBicmVhaztcbiAgICAgIGRpciA9IHVwO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIFRoZSByZXBvc2l0b3J5IGZvbGxvd2VkIGJ5IGl0cyBtYXN0ZXJzIChieSByZXBvIG5hbWUpLCB0aGUgbG9va3VwIG9yZGVyIG9mIFBNUy9Qb3J0YWdlLiAqL1xuICBjaGFpbihyZXBvOiBSZXBvc2l0b3J5IHwgdW5kZWZpbmVkKTogUmVwb3NpdG9yeVtdIHtcbiAgICBpZiAoIXJlcG8pIHJldHVybiB0aGlzLmFsbCgpO1xuICAgIGNvbnN0IG91dCA9IFtyZXBvXTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgcmVwby5tYXN0ZXJzKSB7XG4gICAgICBjb25zdCBtYXN0ZXIgPSB0aGlzLmFsbCgpLmZpbmQoKHIpID0+IHIubmFtZSA9PT0gbmFtZSkgPz8gdGhpcy5maW5kQnlOYW1lKG5hbWUsIHJlcG8pO1xuICAgICAgaWYgKG1hc3RlciAmJiAhb3V0LmluY2x1ZGVzKG1hc3RlcikpIG91dC5wdXNoKG1hc3Rlcik7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICAvKiogQSBtYXN0ZXIgbm90IGNvbmZpZ3VyZWQ6IGxvb2sgYmVzaWRlIHRoZSByZXBvc2l0b3J5IGFuZCBpbiAvdmFyL2RiL3JlcG9zLCB0aGUgdXN1YWwgcGxhY2VzLiAqL1xuICBwcml2YXRlIGZpbmRCeU5hbWUobmFtZTogc3RyaW5nLCBuZWFyOiBSZXBvc2l0b3J5KTogUmVwb3NpdG9yeSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcGFyZW50ID0gZGlybmFtZShuZWFyLnJvb3QpO1xuICAgIGNvbnN0IGNhbmRpZGF0ZXMgPSBbam9pbihwYXJlbnQsIG5hbWUpLCAuLi5saXN0RGlyKHBhcmVudCkubWFwKChkKSA9PiBqb2luKHBhcmVudCwgZCkpLCBqb2luKCcvdmFyL2RiL3JlcG9zJywgbmFtZSldO1xuICAgIGZvciAoY29uc3QgZGlyIG9mIGNhbmRpZGF0ZXMpIHtcbiAgICAgIGlmIChkaXIgPT09IG5lYXIucm9vdCB8fCAhaXNSZXBvUm9vdChkaXIpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHJlcG8gPSBuZXcgUmVwb3NpdG9yeShkaXIpO1xuICAgICAgaWYgKHJlcG8ubmFtZSA9PT0gbmFtZSkgcmV0dXJuIHRoaXMuYWRkUm9vdChkaXIpO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIFRoZSBlY2xhc3MgYXMgZm91bmQgZmlyc3QgYWxvbmcgdGhlIGNoYWluLCB3aXRoIHRoZSByZXBvc2l0b3J5IHRoYXQgaG9sZHMgaXQuICovXG4gIGZpbmRFY2xhc3MoY2hhaW46IFJlcG9zaXRvcnlbXSwgbmFtZTogc3RyaW5nKTogeyByZXBvOiBSZXBvc2l0b3J5OyBpbmZvOiBFY2xhc3NJbmZvIH0gfCB1bmRlZmluZWQge1xuICAgIGZvciAoY29uc3QgcmVwbyBvZiBjaGFpbikge1xuICAgICAgY29uc3QgaW5mbyA9IHJlcG8uZWNsYXNzKG5hbWUpO1xuICAgICAgaWYgKGluZm8pIHJldHVybiB7IHJlcG8sIGluZm8gfTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8qKiBUaGUgZWNsYXNzZXMgaW5oZXJpdGVkLCBkaXJlY3RseSBhbmQgdGhyb3VnaCBvdGhlciBlY2xhc3NlcywgaW4gaW5oZXJpdCBvcmRlci4gVW5rbm93biBuYW1lcyBhcmUgcmVwb3J0ZWQuICovXG4gIGluaGVyaXRDbG9zdXJlKGNoYWluOiBSZXBvc2l0b3J5W10sIG5hbWVzOiBzdHJpbmdbXSk6IHsgZm91bmQ6IHsgcmVwbzogUmVwb3NpdG9yeTsgaW5mbzogRWNsYXNzSW5mbyB9W107IG1pc3Npbmc6IHN0cmluZ1tdIH0ge1xuICAgIGNvbnN0IGZvdW5kOiB7IHJlcG86IFJlcG9zaXRvcnk7IGluZm86IEVjbGFzc0luZm8gfVtdID0gW107XG4gICAgY29uc3QgbWlzc2luZzogc3RyaW5nW10gPSBbXTtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgY29uc3QgdmlzaXQgPSAobjogc3RyaW5nKSA9PiB7XG4gICAgICBpZiAoc2Vlbi5oYXMobikpIHJldHVybjtcbiAgICAgIHNlZW4uYWRkKG4pO1xuICAgICAgY29uc3QgZSA9IHRoaXMuZmluZEVjbGFzcyhjaGFpbiwgbik7XG4gICAgICBpZiAoIWUpIHtcbiAgICAgICAgbWlzc2luZy5wdXNoKG4pO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBmb3VuZC5wdXNoKGUpO1xuICAgICAgZS5pbmZvLmluaGVyaXRzLmZvckVhY2godmlzaXQpO1xuICAgIH07XG4gICAgbmFtZXMuZm9yRWFjaCh2aXNpdCk7XG4gICAgcmV0dXJuIHsgZm91bmQsIG1pc3NpbmcgfTtcbiAgfVxuXG4gIC8qKiBEZXNjcmlwdGlvbiBvZiBhIFVTRSBmbGFnIGZvciBhIHBhY2thZ2U6IG1ldGFkYXRhLnhtbCwgdGhlbiB1c2UubG9jYWwuZGVzYywgdGhlbiB1c2UuZGVzYy4gKi9cbiAgZmxhZ0Rlc2NyaXB0aW9uKGNoYWluOiBSZXBvc2l0b3J5W10sIGNwbjogc3RyaW5nIHwgdW5kZWZpbmVkLCBmbGFnOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGlmIChjcG4pIHtcbiAgICAgIGNvbnN0IFtjYXQsIHBrZ10gPSBjcG4uc3BsaXQoJy8nKTtcbiAgICAgIGZvciAoY29uc3QgcmVwbyBvZiBjaGFpbikge1xuICAgICAgICBjb25zdCBkID0gcmVwby5tZXRhZGF0YShjYXQsIHBrZyk/LmZsYWdzLmdldChmbGFnKSA/PyByZXBvLnVzZUxvY2FsRGVzYygpLmdldChjcG4pPy5nZXQoZmxhZyk7XG4gICAgICAgIGlmIChkKSByZXR1cm4gZDtcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCByZXBvIG9mIGNoYWluKSB7XG4gICAgICBjb25zdCBkID0gcmVwby51c2VEZXNjKCkuZ2V0KGZsYWcpO1xuICAgICAgaWYgKGQpIHJldHVybiBkO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHFCQUFvRDtBQUNwRCx1QkFBd0M7QUFDeEMsNkJBQXdDO0FBQ3hDLHVCQUF3QztBQVN4QyxTQUFTLFNBQVMsTUFBa0M7QUFDbEQsTUFBSTtBQUNGLGVBQU8sNkJBQWEsTUFBTSxNQUFNO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsTUFBd0I7QUFDdkMsTUFBSTtBQUNGLGVBQU8sNEJBQVksSUFBSTtBQUFBLEVBQ3pCLFFBQVE7QUFDTixXQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0Y7QUFFQSxTQUFTLE1BQU0sTUFBc0I7QUFDbkMsTUFBSTtBQUNGLGVBQU8seUJBQVMsSUFBSSxFQUFFO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsTUFBb0M7QUFDeEQsVUFBUSxRQUFRLElBQUksTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLE9BQU8sT0FBTztBQUN4RjtBQUVBLE1BQU0sTUFBTSxJQUFJLGlDQUFVLEVBQUUsa0JBQWtCLE9BQU8scUJBQXFCLE1BQU0sV0FBVyxDQUFDLFFBQVEsR0FBRyxTQUFTLENBQUMsTUFBTSxNQUFNLFNBQVMsTUFBTSxPQUFPLENBQUM7QUFHN0ksU0FBUyxpQkFBaUIsTUFBYyxNQUErQjtBQUM1RSxRQUFNLFFBQVEsb0NBQWEsU0FBUyxJQUFJO0FBQ3hDLE1BQUksVUFBVSxLQUFNLFFBQU8sRUFBRSxPQUFPLG9CQUFJLElBQUksR0FBRyxPQUFPLEVBQUUsU0FBUyxNQUFNLElBQUksS0FBSyxNQUFNLEtBQUssSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLENBQUMsRUFBRSxHQUFHLEtBQUs7QUFDOUgsUUFBTSxRQUFRLG9CQUFJLElBQW9CO0FBQ3RDLFFBQU0sTUFBTSxJQUFJLE1BQU0sSUFBSTtBQUMxQixhQUFXLE9BQU8sSUFBSSxhQUFhLE9BQU8sQ0FBQyxHQUFHO0FBQzVDLGVBQVcsS0FBSyxJQUFJLFFBQVEsQ0FBQyxHQUFHO0FBQzlCLFlBQU0sT0FBTyxFQUFFLFFBQVE7QUFDdkIsVUFBSSxRQUFRLENBQUMsTUFBTSxJQUFJLElBQUksRUFBRyxPQUFNLElBQUksTUFBTSxPQUFPLEVBQUUsT0FBTyxLQUFLLEVBQUUsRUFBRSxRQUFRLFlBQVksRUFBRSxFQUFFLFFBQVEsUUFBUSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQUEsSUFDNUg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE9BQU8sS0FBSztBQUN2QjtBQUdPLE1BQU0sV0FBVztBQUFBLEVBT3RCLFlBQXFCLE1BQWM7QUFBZDtBQUNuQixTQUFLLE9BQU8sYUFBYSxhQUFTLHVCQUFLLE1BQU0sWUFBWSxXQUFXLENBQUMsQ0FBQyxFQUFFLENBQUMsU0FBSywyQkFBUyxJQUFJO0FBQzNGLFVBQU0sU0FBUyxhQUFTLHVCQUFLLE1BQU0sWUFBWSxhQUFhLENBQUMsS0FBSztBQUNsRSxVQUFNLElBQUksMkJBQTJCLEtBQUssTUFBTTtBQUNoRCxTQUFLLFVBQVUsSUFBSSxFQUFFLENBQUMsRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPLE9BQU8sSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFBQSxFQUxxQjtBQUFBLEVBTlo7QUFBQSxFQUNBO0FBQUEsRUFDRCxjQUFjLG9CQUFJLElBQWlEO0FBQUEsRUFDbkUsZ0JBQWdCLG9CQUFJLElBQXNEO0FBQUEsRUFDMUUsT0FBTyxvQkFBSSxJQUFxQjtBQUFBLEVBU2hDLEtBQVEsS0FBYSxNQUFrQjtBQUM3QyxRQUFJLENBQUMsS0FBSyxLQUFLLElBQUksR0FBRyxFQUFHLE1BQUssS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQ2xELFdBQU8sS0FBSyxLQUFLLElBQUksR0FBRztBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLGFBQW1CO0FBQ2pCLFNBQUssS0FBSyxNQUFNO0FBQUEsRUFDbEI7QUFBQSxFQUVBLGNBQXdCO0FBQ3RCLFdBQU8sS0FBSyxLQUFLLFlBQVksTUFBTSxZQUFRLHVCQUFLLEtBQUssTUFBTSxRQUFRLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsU0FBUyxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFBQSxFQUN2STtBQUFBLEVBRUEsV0FBVyxNQUFzQjtBQUMvQixlQUFPLHVCQUFLLEtBQUssTUFBTSxVQUFVLEdBQUcsSUFBSSxTQUFTO0FBQUEsRUFDbkQ7QUFBQSxFQUVBLE9BQU8sTUFBc0M7QUFDM0MsVUFBTSxPQUFPLEtBQUssV0FBVyxJQUFJO0FBQ2pDLFVBQU0sSUFBSSxNQUFNLElBQUk7QUFDcEIsUUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixVQUFNLFNBQVMsS0FBSyxZQUFZLElBQUksSUFBSTtBQUN4QyxRQUFJLFVBQVUsT0FBTyxVQUFVLEVBQUcsUUFBTyxPQUFPO0FBQ2hELFVBQU0sV0FBTyw4QkFBWSxNQUFNLFNBQVMsSUFBSSxLQUFLLEVBQUU7QUFDbkQsU0FBSyxZQUFZLElBQUksTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLENBQUM7QUFDN0MsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFVBQStCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFlBQVksTUFBTTtBQUNqQyxZQUFNLE1BQU0sb0JBQUksSUFBb0I7QUFDcEMsaUJBQVcsUUFBUSxhQUFhLGFBQVMsdUJBQUssS0FBSyxNQUFNLFlBQVksVUFBVSxDQUFDLENBQUMsR0FBRztBQUNsRixjQUFNLElBQUkscUJBQXFCLEtBQUssSUFBSTtBQUN4QyxZQUFJLEVBQUcsS0FBSSxJQUFJLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQUEsTUFDM0I7QUFDQSxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxlQUFpRDtBQUMvQyxXQUFPLEtBQUssS0FBSyxrQkFBa0IsTUFBTTtBQUN2QyxZQUFNLE1BQU0sb0JBQUksSUFBaUM7QUFDakQsaUJBQVcsUUFBUSxhQUFhLGFBQVMsdUJBQUssS0FBSyxNQUFNLFlBQVksZ0JBQWdCLENBQUMsQ0FBQyxHQUFHO0FBQ3hGLGNBQU0sSUFBSSwrQkFBK0IsS0FBSyxJQUFJO0FBQ2xELFlBQUksQ0FBQyxFQUFHO0FBQ1IsWUFBSSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFHLEtBQUksSUFBSSxFQUFFLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUM7QUFDM0MsWUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztBQUFBLE1BQy9CO0FBQ0EsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBLEVBR0Esb0JBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLFFBQVEsTUFBTSxZQUFRLHVCQUFLLEtBQUssTUFBTSxZQUFZLE1BQU0sQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLENBQUM7QUFBQSxFQUNqSjtBQUFBLEVBRUEsV0FBd0I7QUFDdEIsV0FBTyxLQUFLLEtBQUssWUFBWSxNQUFNLElBQUksSUFBSSxZQUFRLHVCQUFLLEtBQUssTUFBTSxVQUFVLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFlBQVksTUFBc0I7QUFDaEMsZUFBTyx1QkFBSyxLQUFLLE1BQU0sWUFBWSxJQUFJO0FBQUEsRUFDekM7QUFBQSxFQUVBLFNBQXNCO0FBQ3BCLFdBQU8sS0FBSyxLQUFLLGFBQWEsTUFBTSxJQUFJLElBQUksYUFBYSxhQUFTLHVCQUFLLEtBQUssTUFBTSxZQUFZLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQy9HO0FBQUEsRUFFQSxhQUF1QjtBQUNyQixXQUFPLEtBQUssS0FBSyxjQUFjLE1BQU0sYUFBYSxhQUFTLHVCQUFLLEtBQUssTUFBTSxZQUFZLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN4RztBQUFBLEVBRUEsU0FBUyxVQUE0QjtBQUNuQyxXQUFPLEtBQUssS0FBSyxRQUFRLFFBQVEsSUFBSSxNQUFNLFlBQVEsdUJBQUssS0FBSyxNQUFNLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEdBQUcsS0FBSyxNQUFNLGNBQWMsQ0FBQztBQUFBLEVBQ3pJO0FBQUEsRUFFQSxRQUFRLFVBQWtCLEtBQXVCO0FBQy9DLFdBQU8sWUFBUSx1QkFBSyxLQUFLLE1BQU0sVUFBVSxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsU0FBUyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQU0sdUJBQUssS0FBSyxNQUFNLFVBQVUsS0FBSyxDQUFDLENBQUM7QUFBQSxFQUNsSTtBQUFBLEVBRUEsU0FBUyxVQUFrQixLQUEwQztBQUNuRSxVQUFNLFdBQU8sdUJBQUssS0FBSyxNQUFNLFVBQVUsS0FBSyxjQUFjO0FBQzFELFVBQU0sSUFBSSxNQUFNLElBQUk7QUFDcEIsUUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixVQUFNLE1BQU0sR0FBRyxRQUFRLElBQUksR0FBRztBQUM5QixVQUFNLFNBQVMsS0FBSyxjQUFjLElBQUksR0FBRztBQUN6QyxRQUFJLFVBQVUsT0FBTyxVQUFVLEVBQUcsUUFBTyxPQUFPO0FBQ2hELFVBQU0sT0FBTyxpQkFBaUIsU0FBUyxJQUFJLEtBQUssSUFBSSxJQUFJO0FBQ3hELFNBQUssY0FBYyxJQUFJLEtBQUssRUFBRSxPQUFPLEdBQUcsS0FBSyxDQUFDO0FBQzlDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsS0FBc0I7QUFDeEMsU0FBTyxVQUFNLHVCQUFLLEtBQUssWUFBWSxXQUFXLENBQUMsS0FBSyxLQUFLLFVBQU0sdUJBQUssS0FBSyxZQUFZLGFBQWEsQ0FBQyxLQUFLO0FBQzFHO0FBR08sTUFBTSxVQUFVO0FBQUEsRUFDYixRQUFRLG9CQUFJLElBQXdCO0FBQUEsRUFFNUMsWUFBWSxRQUFrQixDQUFDLEdBQUc7QUFDaEMsZUFBVyxLQUFLLE1BQU8sTUFBSyxRQUFRLENBQUM7QUFBQSxFQUN2QztBQUFBLEVBRUEsUUFBUSxNQUFzQztBQUM1QyxRQUFJLENBQUMsV0FBVyxJQUFJLEVBQUcsUUFBTztBQUM5QixRQUFJLE9BQU8sS0FBSyxNQUFNLElBQUksSUFBSTtBQUM5QixRQUFJLENBQUMsTUFBTTtBQUNULGFBQU8sSUFBSSxXQUFXLElBQUk7QUFDMUIsV0FBSyxNQUFNLElBQUksTUFBTSxJQUFJO0FBQUEsSUFDM0I7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBb0I7QUFDbEIsV0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLFFBQVEsTUFBc0M7QUFDNUMsUUFBSSxVQUFNLDBCQUFRLElBQUk7QUFDdEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsaUJBQVcsUUFBUSxLQUFLLE1BQU0sT0FBTyxFQUFHLEtBQUksS0FBSyxTQUFTLElBQUssUUFBTztBQUN0RSxVQUFJLFdBQVcsR0FBRyxFQUFHLFFBQU8sS0FBSyxRQUFRLEdBQUc7QUFDNUMsWUFBTSxTQUFLLDBCQUFRLEdBQUc7QUFDdEIsVUFBSSxPQUFPLElBQUs7QUFDaEIsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQTRDO0FBQ2hELFFBQUksQ0FBQyxLQUFNLFFBQU8sS0FBSyxJQUFJO0FBQzNCLFVBQU0sTUFBTSxDQUFDLElBQUk7QUFDakIsZUFBVyxRQUFRLEtBQUssU0FBUztBQUMvQixZQUFNLFNBQVMsS0FBSyxJQUFJLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUksS0FBSyxLQUFLLFdBQVcsTUFBTSxJQUFJO0FBQ3BGLFVBQUksVUFBVSxDQUFDLElBQUksU0FBUyxNQUFNLEVBQUcsS0FBSSxLQUFLLE1BQU07QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLFdBQVcsTUFBYyxNQUEwQztBQUN6RSxVQUFNLGFBQVMsMEJBQVEsS0FBSyxJQUFJO0FBQ2hDLFVBQU0sYUFBYSxLQUFDLHVCQUFLLFFBQVEsSUFBSSxHQUFHLEdBQUcsUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLFVBQU0sdUJBQUssUUFBUSxDQUFDLENBQUMsT0FBRyx1QkFBSyxpQkFBaUIsSUFBSSxDQUFDO0FBQ25ILGVBQVcsT0FBTyxZQUFZO0FBQzVCLFVBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxXQUFXLEdBQUcsRUFBRztBQUMzQyxZQUFNLE9BQU8sSUFBSSxXQUFXLEdBQUc7QUFDL0IsVUFBSSxLQUFLLFNBQVMsS0FBTSxRQUFPLEtBQUssUUFBUSxHQUFHO0FBQUEsSUFDakQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxXQUFXLE9BQXFCLE1BQWtFO0FBQ2hHLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFlBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSTtBQUM3QixVQUFJLEtBQU0sUUFBTyxFQUFFLE1BQU0sS0FBSztBQUFBLElBQ2hDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsZUFBZSxPQUFxQixPQUF5RjtBQUMzSCxVQUFNLFFBQWtELENBQUM7QUFDekQsVUFBTSxVQUFvQixDQUFDO0FBQzNCLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFVBQU0sUUFBUSxDQUFDLE1BQWM7QUFDM0IsVUFBSSxLQUFLLElBQUksQ0FBQyxFQUFHO0FBQ2pCLFdBQUssSUFBSSxDQUFDO0FBQ1YsWUFBTSxJQUFJLEtBQUssV0FBVyxPQUFPLENBQUM7QUFDbEMsVUFBSSxDQUFDLEdBQUc7QUFDTixnQkFBUSxLQUFLLENBQUM7QUFDZDtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEtBQUssQ0FBQztBQUNaLFFBQUUsS0FBSyxTQUFTLFFBQVEsS0FBSztBQUFBLElBQy9CO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFDbkIsV0FBTyxFQUFFLE9BQU8sUUFBUTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLGdCQUFnQixPQUFxQixLQUF5QixNQUFrQztBQUM5RixRQUFJLEtBQUs7QUFDUCxZQUFNLENBQUMsS0FBSyxHQUFHLElBQUksSUFBSSxNQUFNLEdBQUc7QUFDaEMsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sSUFBSSxLQUFLLFNBQVMsS0FBSyxHQUFHLEdBQUcsTUFBTSxJQUFJLElBQUksS0FBSyxLQUFLLGFBQWEsRUFBRSxJQUFJLEdBQUcsR0FBRyxJQUFJLElBQUk7QUFDNUYsWUFBSSxFQUFHLFFBQU87QUFBQSxNQUNoQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsT0FBTztBQUN4QixZQUFNLElBQUksS0FBSyxRQUFRLEVBQUUsSUFBSSxJQUFJO0FBQ2pDLFVBQUksRUFBRyxRQUFPO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
