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
var publish_exports = {};
__export(publish_exports, {
  command: () => command
});
module.exports = __toCommonJS(publish_exports);
var import_node_path = require("node:path");
var import_node_util = require("node:util");
var import_binhost = require("../../core/binpkg/binhost");
var import_userError = require("../../core/userError");
const usage = `Usage: ebuild-builder publish <dir> [options]

Scans <dir> (a PKGDIR, e.g. the artifacts folder) for .gpkg.tar, .tbz2 and .xpak packages and writes
<dir>/Packages and <dir>/Packages.gz the way Portage's "emaint binhost --fix" does, so the folder can be
served as a binhost (PORTAGE_BINHOST / binrepos.conf). Files are replaced atomically. An existing index
keeps its header (ARCH, ACCEPT_*, PROFILE, \u2026); a new one gets CHOST and VERSION from the packages.

Options:
  --json           print the written index as JSON ({ header, packages, skipped })

Exit status: 0 when written, 1 when some packages could not be read (they are left out), 2 on errors.
`;
const command = {
  name: "publish",
  summary: "write Packages/Packages.gz for a folder of binary packages (binhost)",
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = (0, import_node_util.parseArgs)({ args, allowPositionals: true, strict: true, options: { json: { type: "boolean" } } });
    } catch (e) {
      throw new import_userError.UserError(e.message, "Run `ebuild-builder publish --help` for the options.", "bad-flag");
    }
    if (parsed.positionals.length !== 1) throw new import_userError.UserError("publish takes one folder.", "Example: ebuild-builder publish artifacts", "bad-flag");
    const dir = (0, import_node_path.resolve)(io.cwd, parsed.positionals[0]);
    const r = await (0, import_binhost.publishBinhost)(dir);
    if (parsed.values.json) {
      io.stdout.write(JSON.stringify({ header: r.index.header, packages: r.index.packages, skipped: r.skipped }, null, 2) + "\n");
    } else {
      io.stdout.write(`Wrote ${r.written.join(" and ")} (${r.index.packages.length} package${r.index.packages.length === 1 ? "" : "s"}).
`);
      for (const p of r.index.packages) io.stdout.write(`  ${p.CPV}${p.BUILD_ID ? ` (build ${p.BUILD_ID})` : ""}  ${p.PATH}
`);
    }
    for (const s of r.skipped) io.stderr.write(`ebuild-builder publish: skipped ${s.path}: ${s.reason}
`);
    return r.skipped.length ? 1 : 0;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9wdWJsaXNoLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogYGVidWlsZC1idWlsZGVyIHB1Ymxpc2ggRElSYDogd3JpdGUgUGFja2FnZXMgYW5kIFBhY2thZ2VzLmd6IGZvciBhIGZvbGRlciBvZiBiaW5hcnkgcGFja2FnZXMgKGEgYmluaG9zdCkuICovXG5pbXBvcnQgeyByZXNvbHZlIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHBhcnNlQXJncyB9IGZyb20gJ25vZGU6dXRpbCc7XG5pbXBvcnQgeyBwdWJsaXNoQmluaG9zdCB9IGZyb20gJy4uLy4uL2NvcmUvYmlucGtnL2Jpbmhvc3QnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHR5cGUgeyBDbGlDb21tYW5kLCBDbGlJTyB9IGZyb20gJy4uL2NsaVR5cGVzJztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIHB1Ymxpc2ggPGRpcj4gW29wdGlvbnNdXG5cblNjYW5zIDxkaXI+IChhIFBLR0RJUiwgZS5nLiB0aGUgYXJ0aWZhY3RzIGZvbGRlcikgZm9yIC5ncGtnLnRhciwgLnRiejIgYW5kIC54cGFrIHBhY2thZ2VzIGFuZCB3cml0ZXNcbjxkaXI+L1BhY2thZ2VzIGFuZCA8ZGlyPi9QYWNrYWdlcy5neiB0aGUgd2F5IFBvcnRhZ2UncyBcImVtYWludCBiaW5ob3N0IC0tZml4XCIgZG9lcywgc28gdGhlIGZvbGRlciBjYW4gYmVcbnNlcnZlZCBhcyBhIGJpbmhvc3QgKFBPUlRBR0VfQklOSE9TVCAvIGJpbnJlcG9zLmNvbmYpLiBGaWxlcyBhcmUgcmVwbGFjZWQgYXRvbWljYWxseS4gQW4gZXhpc3RpbmcgaW5kZXhcbmtlZXBzIGl0cyBoZWFkZXIgKEFSQ0gsIEFDQ0VQVF8qLCBQUk9GSUxFLCBcdTIwMjYpOyBhIG5ldyBvbmUgZ2V0cyBDSE9TVCBhbmQgVkVSU0lPTiBmcm9tIHRoZSBwYWNrYWdlcy5cblxuT3B0aW9uczpcbiAgLS1qc29uICAgICAgICAgICBwcmludCB0aGUgd3JpdHRlbiBpbmRleCBhcyBKU09OICh7IGhlYWRlciwgcGFja2FnZXMsIHNraXBwZWQgfSlcblxuRXhpdCBzdGF0dXM6IDAgd2hlbiB3cml0dGVuLCAxIHdoZW4gc29tZSBwYWNrYWdlcyBjb3VsZCBub3QgYmUgcmVhZCAodGhleSBhcmUgbGVmdCBvdXQpLCAyIG9uIGVycm9ycy5cbmA7XG5cbmV4cG9ydCBjb25zdCBjb21tYW5kOiBDbGlDb21tYW5kID0ge1xuICBuYW1lOiAncHVibGlzaCcsXG4gIHN1bW1hcnk6ICd3cml0ZSBQYWNrYWdlcy9QYWNrYWdlcy5neiBmb3IgYSBmb2xkZXIgb2YgYmluYXJ5IHBhY2thZ2VzIChiaW5ob3N0KScsXG4gIHVzYWdlLFxuICBhc3luYyBydW4oYXJnczogc3RyaW5nW10sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gICAgbGV0IHBhcnNlZDtcbiAgICB0cnkge1xuICAgICAgcGFyc2VkID0gcGFyc2VBcmdzKHsgYXJncywgYWxsb3dQb3NpdGlvbmFsczogdHJ1ZSwgc3RyaWN0OiB0cnVlLCBvcHRpb25zOiB7IGpzb246IHsgdHlwZTogJ2Jvb2xlYW4nIH0gfSB9KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICB0aHJvdyBuZXcgVXNlckVycm9yKChlIGFzIEVycm9yKS5tZXNzYWdlLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBwdWJsaXNoIC0taGVscGAgZm9yIHRoZSBvcHRpb25zLicsICdiYWQtZmxhZycpO1xuICAgIH1cbiAgICBpZiAocGFyc2VkLnBvc2l0aW9uYWxzLmxlbmd0aCAhPT0gMSkgdGhyb3cgbmV3IFVzZXJFcnJvcigncHVibGlzaCB0YWtlcyBvbmUgZm9sZGVyLicsICdFeGFtcGxlOiBlYnVpbGQtYnVpbGRlciBwdWJsaXNoIGFydGlmYWN0cycsICdiYWQtZmxhZycpO1xuICAgIGNvbnN0IGRpciA9IHJlc29sdmUoaW8uY3dkLCBwYXJzZWQucG9zaXRpb25hbHNbMF0pO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBwdWJsaXNoQmluaG9zdChkaXIpO1xuICAgIGlmIChwYXJzZWQudmFsdWVzLmpzb24pIHtcbiAgICAgIGlvLnN0ZG91dC53cml0ZShKU09OLnN0cmluZ2lmeSh7IGhlYWRlcjogci5pbmRleC5oZWFkZXIsIHBhY2thZ2VzOiByLmluZGV4LnBhY2thZ2VzLCBza2lwcGVkOiByLnNraXBwZWQgfSwgbnVsbCwgMikgKyAnXFxuJyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGlvLnN0ZG91dC53cml0ZShgV3JvdGUgJHtyLndyaXR0ZW4uam9pbignIGFuZCAnKX0gKCR7ci5pbmRleC5wYWNrYWdlcy5sZW5ndGh9IHBhY2thZ2Uke3IuaW5kZXgucGFja2FnZXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9KS5cXG5gKTtcbiAgICAgIGZvciAoY29uc3QgcCBvZiByLmluZGV4LnBhY2thZ2VzKSBpby5zdGRvdXQud3JpdGUoYCAgJHtwLkNQVn0ke3AuQlVJTERfSUQgPyBgIChidWlsZCAke3AuQlVJTERfSUR9KWAgOiAnJ30gICR7cC5QQVRIfVxcbmApO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHMgb2Ygci5za2lwcGVkKSBpby5zdGRlcnIud3JpdGUoYGVidWlsZC1idWlsZGVyIHB1Ymxpc2g6IHNraXBwZWQgJHtzLnBhdGh9OiAke3MucmVhc29ufVxcbmApO1xuICAgIHJldHVybiByLnNraXBwZWQubGVuZ3RoID8gMSA6IDA7XG4gIH0sXG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHVCQUF3QjtBQUN4Qix1QkFBMEI7QUFDMUIscUJBQStCO0FBQy9CLHVCQUEwQjtBQUcxQixNQUFNLFFBQVE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBYVAsTUFBTSxVQUFzQjtBQUFBLEVBQ2pDLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFDQSxNQUFNLElBQUksTUFBZ0IsSUFBNEI7QUFDcEQsUUFBSTtBQUNKLFFBQUk7QUFDRixtQkFBUyw0QkFBVSxFQUFFLE1BQU0sa0JBQWtCLE1BQU0sUUFBUSxNQUFNLFNBQVMsRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDM0csU0FBUyxHQUFHO0FBQ1YsWUFBTSxJQUFJLDJCQUFXLEVBQVksU0FBUyx3REFBd0QsVUFBVTtBQUFBLElBQzlHO0FBQ0EsUUFBSSxPQUFPLFlBQVksV0FBVyxFQUFHLE9BQU0sSUFBSSwyQkFBVSw2QkFBNkIsNkNBQTZDLFVBQVU7QUFDN0ksVUFBTSxVQUFNLDBCQUFRLEdBQUcsS0FBSyxPQUFPLFlBQVksQ0FBQyxDQUFDO0FBQ2pELFVBQU0sSUFBSSxVQUFNLCtCQUFlLEdBQUc7QUFDbEMsUUFBSSxPQUFPLE9BQU8sTUFBTTtBQUN0QixTQUFHLE9BQU8sTUFBTSxLQUFLLFVBQVUsRUFBRSxRQUFRLEVBQUUsTUFBTSxRQUFRLFVBQVUsRUFBRSxNQUFNLFVBQVUsU0FBUyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsSUFBSSxJQUFJO0FBQUEsSUFDNUgsT0FBTztBQUNMLFNBQUcsT0FBTyxNQUFNLFNBQVMsRUFBRSxRQUFRLEtBQUssT0FBTyxDQUFDLEtBQUssRUFBRSxNQUFNLFNBQVMsTUFBTSxXQUFXLEVBQUUsTUFBTSxTQUFTLFdBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxDQUFNO0FBQ3JJLGlCQUFXLEtBQUssRUFBRSxNQUFNLFNBQVUsSUFBRyxPQUFPLE1BQU0sS0FBSyxFQUFFLEdBQUcsR0FBRyxFQUFFLFdBQVcsV0FBVyxFQUFFLFFBQVEsTUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQUEsQ0FBSTtBQUFBLElBQzFIO0FBQ0EsZUFBVyxLQUFLLEVBQUUsUUFBUyxJQUFHLE9BQU8sTUFBTSxtQ0FBbUMsRUFBRSxJQUFJLEtBQUssRUFBRSxNQUFNO0FBQUEsQ0FBSTtBQUNyRyxXQUFPLEVBQUUsUUFBUSxTQUFTLElBQUk7QUFBQSxFQUNoQztBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
