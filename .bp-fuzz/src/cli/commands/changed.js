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
var changed_exports = {};
__export(changed_exports, {
  command: () => command,
  formatChanged: () => formatChanged
});
module.exports = __toCommonJS(changed_exports);
var import_node_path = require("node:path");
var import_gitChanges = require("../gitChanges");
var import_argList = require("../argList");
const usage = `Usage: ebuild-builder changed [--since REF] [--repo DIR] [--json]

Lists the atoms whose ebuild, files/ or Manifest, or an eclass they inherit within the overlay changed
between REF and HEAD, dependencies first. Deleted ebuilds are listed apart (never built).

  --since REF   compare with the merge base of REF and HEAD (default: the upstream branch, @{upstream})
  --repo DIR    the overlay's git repository (default: the current directory)
  --json        print the plan as JSON
`;
function formatChanged(r) {
  const lines = [`Changes from ${r.base.sha.slice(0, 12)} (${r.base.describe}) to ${r.head.slice(0, 12)}:`];
  if (r.build.length === 0) lines.push("  no ebuild to build");
  r.build.forEach((e, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${e.atom}  (${e.reasons.join("; ")})`));
  for (const e of r.deleted) lines.push(`  deleted, not built: ${e.atom}  (${e.path})`);
  for (const c of r.cycles) lines.push(`  dependency cycle (built in this order): ${c.join(" \u2192 ")}`);
  return lines.join("\n") + "\n";
}
const command = {
  name: "changed",
  summary: "list the ebuilds changed since a commit, in dependency order",
  usage,
  async run(args, io) {
    const rest = [...args];
    const since = (0, import_argList.takeOption)(rest, "--since");
    const repo = (0, import_argList.takeOption)(rest, "--repo");
    const json = (0, import_argList.takeFlag)(rest, "--json");
    (0, import_argList.rejectUnknown)(rest, "changed");
    const report = await (0, import_gitChanges.changedSince)((0, import_node_path.resolve)(io.cwd, repo ?? "."), since);
    io.stdout.write(json ? JSON.stringify(report, null, 2) + "\n" : formatChanged(report));
    return 0;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  formatChanged
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9jaGFuZ2VkLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogYGVidWlsZC1idWlsZGVyIGNoYW5nZWRgOiBsaXN0cyB0aGUgZWJ1aWxkcyB0byBidWlsZCBiZWNhdXNlIHRoZXkgKG9yIHRoZWlyIGZpbGVzLywgb3IgYW4gZWNsYXNzKSBjaGFuZ2VkLiAqL1xuaW1wb3J0IHsgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IENsaUNvbW1hbmQsIENsaUlPIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuaW1wb3J0IHsgY2hhbmdlZFNpbmNlLCB0eXBlIENoYW5nZWRSZXBvcnQgfSBmcm9tICcuLi9naXRDaGFuZ2VzJztcbmltcG9ydCB7IHRha2VGbGFnLCB0YWtlT3B0aW9uLCByZWplY3RVbmtub3duIH0gZnJvbSAnLi4vYXJnTGlzdCc7XG5cbmNvbnN0IHVzYWdlID0gYFVzYWdlOiBlYnVpbGQtYnVpbGRlciBjaGFuZ2VkIFstLXNpbmNlIFJFRl0gWy0tcmVwbyBESVJdIFstLWpzb25dXG5cbkxpc3RzIHRoZSBhdG9tcyB3aG9zZSBlYnVpbGQsIGZpbGVzLyBvciBNYW5pZmVzdCwgb3IgYW4gZWNsYXNzIHRoZXkgaW5oZXJpdCB3aXRoaW4gdGhlIG92ZXJsYXkgY2hhbmdlZFxuYmV0d2VlbiBSRUYgYW5kIEhFQUQsIGRlcGVuZGVuY2llcyBmaXJzdC4gRGVsZXRlZCBlYnVpbGRzIGFyZSBsaXN0ZWQgYXBhcnQgKG5ldmVyIGJ1aWx0KS5cblxuICAtLXNpbmNlIFJFRiAgIGNvbXBhcmUgd2l0aCB0aGUgbWVyZ2UgYmFzZSBvZiBSRUYgYW5kIEhFQUQgKGRlZmF1bHQ6IHRoZSB1cHN0cmVhbSBicmFuY2gsIEB7dXBzdHJlYW19KVxuICAtLXJlcG8gRElSICAgIHRoZSBvdmVybGF5J3MgZ2l0IHJlcG9zaXRvcnkgKGRlZmF1bHQ6IHRoZSBjdXJyZW50IGRpcmVjdG9yeSlcbiAgLS1qc29uICAgICAgICBwcmludCB0aGUgcGxhbiBhcyBKU09OXG5gO1xuXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0Q2hhbmdlZChyOiBDaGFuZ2VkUmVwb3J0KTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXMgPSBbYENoYW5nZXMgZnJvbSAke3IuYmFzZS5zaGEuc2xpY2UoMCwgMTIpfSAoJHtyLmJhc2UuZGVzY3JpYmV9KSB0byAke3IuaGVhZC5zbGljZSgwLCAxMil9OmBdO1xuICBpZiAoci5idWlsZC5sZW5ndGggPT09IDApIGxpbmVzLnB1c2goJyAgbm8gZWJ1aWxkIHRvIGJ1aWxkJyk7XG4gIHIuYnVpbGQuZm9yRWFjaCgoZSwgaSkgPT4gbGluZXMucHVzaChgICAke1N0cmluZyhpICsgMSkucGFkU3RhcnQoMil9LiAke2UuYXRvbX0gICgke2UucmVhc29ucy5qb2luKCc7ICcpfSlgKSk7XG4gIGZvciAoY29uc3QgZSBvZiByLmRlbGV0ZWQpIGxpbmVzLnB1c2goYCAgZGVsZXRlZCwgbm90IGJ1aWx0OiAke2UuYXRvbX0gICgke2UucGF0aH0pYCk7XG4gIGZvciAoY29uc3QgYyBvZiByLmN5Y2xlcykgbGluZXMucHVzaChgICBkZXBlbmRlbmN5IGN5Y2xlIChidWlsdCBpbiB0aGlzIG9yZGVyKTogJHtjLmpvaW4oJyBcdTIxOTIgJyl9YCk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKSArICdcXG4nO1xufVxuXG5leHBvcnQgY29uc3QgY29tbWFuZDogQ2xpQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2NoYW5nZWQnLFxuICBzdW1tYXJ5OiAnbGlzdCB0aGUgZWJ1aWxkcyBjaGFuZ2VkIHNpbmNlIGEgY29tbWl0LCBpbiBkZXBlbmRlbmN5IG9yZGVyJyxcbiAgdXNhZ2UsXG4gIGFzeW5jIHJ1bihhcmdzOiBzdHJpbmdbXSwgaW86IENsaUlPKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgICBjb25zdCByZXN0ID0gWy4uLmFyZ3NdO1xuICAgIGNvbnN0IHNpbmNlID0gdGFrZU9wdGlvbihyZXN0LCAnLS1zaW5jZScpO1xuICAgIGNvbnN0IHJlcG8gPSB0YWtlT3B0aW9uKHJlc3QsICctLXJlcG8nKTtcbiAgICBjb25zdCBqc29uID0gdGFrZUZsYWcocmVzdCwgJy0tanNvbicpO1xuICAgIHJlamVjdFVua25vd24ocmVzdCwgJ2NoYW5nZWQnKTtcbiAgICBjb25zdCByZXBvcnQgPSBhd2FpdCBjaGFuZ2VkU2luY2UocmVzb2x2ZShpby5jd2QsIHJlcG8gPz8gJy4nKSwgc2luY2UpO1xuICAgIGlvLnN0ZG91dC53cml0ZShqc29uID8gSlNPTi5zdHJpbmdpZnkocmVwb3J0LCBudWxsLCAyKSArICdcXG4nIDogZm9ybWF0Q2hhbmdlZChyZXBvcnQpKTtcbiAgICByZXR1cm4gMDtcbiAgfSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSx1QkFBd0I7QUFFeEIsd0JBQWlEO0FBQ2pELHFCQUFvRDtBQUVwRCxNQUFNLFFBQVE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBVVAsU0FBUyxjQUFjLEdBQTBCO0FBQ3RELFFBQU0sUUFBUSxDQUFDLGdCQUFnQixFQUFFLEtBQUssSUFBSSxNQUFNLEdBQUcsRUFBRSxDQUFDLEtBQUssRUFBRSxLQUFLLFFBQVEsUUFBUSxFQUFFLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHO0FBQ3hHLE1BQUksRUFBRSxNQUFNLFdBQVcsRUFBRyxPQUFNLEtBQUssc0JBQXNCO0FBQzNELElBQUUsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLE1BQU0sS0FBSyxLQUFLLE9BQU8sSUFBSSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxFQUFFLElBQUksTUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDO0FBQzVHLGFBQVcsS0FBSyxFQUFFLFFBQVMsT0FBTSxLQUFLLHlCQUF5QixFQUFFLElBQUksTUFBTSxFQUFFLElBQUksR0FBRztBQUNwRixhQUFXLEtBQUssRUFBRSxPQUFRLE9BQU0sS0FBSyw2Q0FBNkMsRUFBRSxLQUFLLFVBQUssQ0FBQyxFQUFFO0FBQ2pHLFNBQU8sTUFBTSxLQUFLLElBQUksSUFBSTtBQUM1QjtBQUVPLE1BQU0sVUFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVDtBQUFBLEVBQ0EsTUFBTSxJQUFJLE1BQWdCLElBQTRCO0FBQ3BELFVBQU0sT0FBTyxDQUFDLEdBQUcsSUFBSTtBQUNyQixVQUFNLFlBQVEsMkJBQVcsTUFBTSxTQUFTO0FBQ3hDLFVBQU0sV0FBTywyQkFBVyxNQUFNLFFBQVE7QUFDdEMsVUFBTSxXQUFPLHlCQUFTLE1BQU0sUUFBUTtBQUNwQyxzQ0FBYyxNQUFNLFNBQVM7QUFDN0IsVUFBTSxTQUFTLFVBQU0sb0NBQWEsMEJBQVEsR0FBRyxLQUFLLFFBQVEsR0FBRyxHQUFHLEtBQUs7QUFDckUsT0FBRyxPQUFPLE1BQU0sT0FBTyxLQUFLLFVBQVUsUUFBUSxNQUFNLENBQUMsSUFBSSxPQUFPLGNBQWMsTUFBTSxDQUFDO0FBQ3JGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
