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
var custom_exports = {};
__export(custom_exports, {
  customSpec: () => customSpec,
  expandArgv: () => expandArgv,
  parseMount: () => parseMount
});
module.exports = __toCommonJS(custom_exports);
var import_userError = require("../userError");
var import_gentoo = require("./gentoo");
var import_sabayon = require("./sabayon");
function expandArgv(template, request) {
  const out = [];
  for (const el of template) {
    if (el === "${overlays}") out.push(...request.overlays.map((o) => o.name));
    else out.push(el.split("${atom}").join(request.atom).split("${overlays}").join(request.overlays.map((o) => o.name).join(" ")));
  }
  return out;
}
function parseMount(spec, setting) {
  const parts = spec.split(":");
  const ro = parts[parts.length - 1] === "ro";
  if (ro) parts.pop();
  if (parts.length !== 2 || !parts[0].startsWith("/") || !parts[1].startsWith("/")) {
    throw new import_userError.UserError(`${setting} has the mount "${spec}", which is not of the form /host/path:/container/path[:ro].`, `Fix ${setting} in your settings.`, "bad-setting");
  }
  return { kind: "dir", hostPath: parts[0], containerPath: parts[1] };
}
async function customSpec(name, profile, request, config, buildId, readText) {
  const setting = `ebuildBuilder.profiles.${name}`;
  const base = profile.layout === "sabayon" ? await (0, import_sabayon.sabayonSpec)(request, config, buildId, readText) : (0, import_gentoo.gentooSpec)(request, config, buildId);
  return {
    ...base,
    image: request.image ?? config.images[name] ?? profile.image,
    entrypoint: void 0,
    argv: expandArgv(profile.argv, request),
    env: { ...base.env, ...profile.env ?? {} },
    inputs: [...base.inputs, ...(profile.mounts ?? []).map((m) => parseMount(m, `${setting}.mounts`))],
    packagesDir: profile.packagesDir ?? base.packagesDir,
    capAdd: profile.capAdd ?? [],
    init: true,
    notes: [...base.notes, `user-defined profile "${name}" (${profile.layout ?? "gentoo"} layout)`]
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  customSpec,
  expandArgv,
  parseMount
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvY3VzdG9tLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFVzZXItZGVmaW5lZCBwcm9maWxlcyAoYGVidWlsZEJ1aWxkZXIucHJvZmlsZXNgIC8gYC0tcHJvZmlsZSBOQU1FYCk6IGFuIGltYWdlLCBhbiBhcmd2IHRlbXBsYXRlIHdpdGhcbiAqIGAke2F0b219YCBhbmQgYCR7b3ZlcmxheXN9YCBwbGFjZWhvbGRlcnMsIGVudiwgZXh0cmEgbW91bnRzLCBjYXBhYmlsaXRpZXM7IG92ZXJsYXlzIGFuZCBvdmVycmlkZXMgbGFpZCBvdXRcbiAqIHRoZSBHZW50b28gb3IgdGhlIFNhYmF5b24gd2F5LlxuICovXG5pbXBvcnQgdHlwZSB7IEJ1aWxkQ29uZmlnLCBDdXN0b21Qcm9maWxlIH0gZnJvbSAnLi4vYnVpbGRDb25maWcnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZFJlcXVlc3QsIENvbnRhaW5lcklucHV0LCBDb250YWluZXJTcGVjIH0gZnJvbSAnLi4vYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi91c2VyRXJyb3InO1xuaW1wb3J0IHsgZ2VudG9vU3BlYyB9IGZyb20gJy4vZ2VudG9vJztcbmltcG9ydCB7IHNhYmF5b25TcGVjIH0gZnJvbSAnLi9zYWJheW9uJztcblxuLyoqIEV4cGFuZHMgdGhlIGFyZ3YgdGVtcGxhdGU6IGAke2F0b219YCBpbiBwbGFjZSwgYW4gZWxlbWVudCB0aGF0IGlzIGV4YWN0bHkgYCR7b3ZlcmxheXN9YCBiZWNvbWVzIG9uZSBwZXIgb3ZlcmxheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHBhbmRBcmd2KHRlbXBsYXRlOiBzdHJpbmdbXSwgcmVxdWVzdDogQnVpbGRSZXF1ZXN0KTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgZWwgb2YgdGVtcGxhdGUpIHtcbiAgICBpZiAoZWwgPT09ICcke292ZXJsYXlzfScpIG91dC5wdXNoKC4uLnJlcXVlc3Qub3ZlcmxheXMubWFwKChvKSA9PiBvLm5hbWUpKTtcbiAgICBlbHNlIG91dC5wdXNoKGVsLnNwbGl0KCcke2F0b219Jykuam9pbihyZXF1ZXN0LmF0b20pLnNwbGl0KCcke292ZXJsYXlzfScpLmpvaW4ocmVxdWVzdC5vdmVybGF5cy5tYXAoKG8pID0+IG8ubmFtZSkuam9pbignICcpKSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIGBob3N0UGF0aDpjb250YWluZXJQYXRoWzpyb11gIFx1MjE5MiBpbnB1dC4gT25seSByZWFkLW9ubHkgbW91bnRzIGFyZSBzdXBwb3J0ZWQ6IGJ1aWxkcyBtdXN0IG5vdCB3cml0ZSB0byB0aGUgd29ya3NwYWNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTW91bnQoc3BlYzogc3RyaW5nLCBzZXR0aW5nOiBzdHJpbmcpOiBDb250YWluZXJJbnB1dCB7XG4gIGNvbnN0IHBhcnRzID0gc3BlYy5zcGxpdCgnOicpO1xuICBjb25zdCBybyA9IHBhcnRzW3BhcnRzLmxlbmd0aCAtIDFdID09PSAncm8nO1xuICBpZiAocm8pIHBhcnRzLnBvcCgpO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAyIHx8ICFwYXJ0c1swXS5zdGFydHNXaXRoKCcvJykgfHwgIXBhcnRzWzFdLnN0YXJ0c1dpdGgoJy8nKSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7c2V0dGluZ30gaGFzIHRoZSBtb3VudCBcIiR7c3BlY31cIiwgd2hpY2ggaXMgbm90IG9mIHRoZSBmb3JtIC9ob3N0L3BhdGg6L2NvbnRhaW5lci9wYXRoWzpyb10uYCwgYEZpeCAke3NldHRpbmd9IGluIHlvdXIgc2V0dGluZ3MuYCwgJ2JhZC1zZXR0aW5nJyk7XG4gIH1cbiAgcmV0dXJuIHsga2luZDogJ2RpcicsIGhvc3RQYXRoOiBwYXJ0c1swXSwgY29udGFpbmVyUGF0aDogcGFydHNbMV0gfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGN1c3RvbVNwZWMoXG4gIG5hbWU6IHN0cmluZyxcbiAgcHJvZmlsZTogQ3VzdG9tUHJvZmlsZSxcbiAgcmVxdWVzdDogQnVpbGRSZXF1ZXN0LFxuICBjb25maWc6IEJ1aWxkQ29uZmlnLFxuICBidWlsZElkOiBzdHJpbmcsXG4gIHJlYWRUZXh0OiAoZmlsZTogc3RyaW5nKSA9PiBQcm9taXNlPHN0cmluZz4sXG4pOiBQcm9taXNlPENvbnRhaW5lclNwZWM+IHtcbiAgY29uc3Qgc2V0dGluZyA9IGBlYnVpbGRCdWlsZGVyLnByb2ZpbGVzLiR7bmFtZX1gO1xuICBjb25zdCBiYXNlID0gcHJvZmlsZS5sYXlvdXQgPT09ICdzYWJheW9uJyA/IGF3YWl0IHNhYmF5b25TcGVjKHJlcXVlc3QsIGNvbmZpZywgYnVpbGRJZCwgcmVhZFRleHQpIDogZ2VudG9vU3BlYyhyZXF1ZXN0LCBjb25maWcsIGJ1aWxkSWQpO1xuICByZXR1cm4ge1xuICAgIC4uLmJhc2UsXG4gICAgaW1hZ2U6IHJlcXVlc3QuaW1hZ2UgPz8gY29uZmlnLmltYWdlc1tuYW1lXSA/PyBwcm9maWxlLmltYWdlLFxuICAgIGVudHJ5cG9pbnQ6IHVuZGVmaW5lZCxcbiAgICBhcmd2OiBleHBhbmRBcmd2KHByb2ZpbGUuYXJndiwgcmVxdWVzdCksXG4gICAgZW52OiB7IC4uLmJhc2UuZW52LCAuLi4ocHJvZmlsZS5lbnYgPz8ge30pIH0sXG4gICAgaW5wdXRzOiBbLi4uYmFzZS5pbnB1dHMsIC4uLihwcm9maWxlLm1vdW50cyA/PyBbXSkubWFwKChtKSA9PiBwYXJzZU1vdW50KG0sIGAke3NldHRpbmd9Lm1vdW50c2ApKV0sXG4gICAgcGFja2FnZXNEaXI6IHByb2ZpbGUucGFja2FnZXNEaXIgPz8gYmFzZS5wYWNrYWdlc0RpcixcbiAgICBjYXBBZGQ6IHByb2ZpbGUuY2FwQWRkID8/IFtdLFxuICAgIGluaXQ6IHRydWUsXG4gICAgbm90ZXM6IFsuLi5iYXNlLm5vdGVzLCBgdXNlci1kZWZpbmVkIHByb2ZpbGUgXCIke25hbWV9XCIgKCR7cHJvZmlsZS5sYXlvdXQgPz8gJ2dlbnRvbyd9IGxheW91dClgXSxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0EsdUJBQTBCO0FBQzFCLG9CQUEyQjtBQUMzQixxQkFBNEI7QUFHckIsU0FBUyxXQUFXLFVBQW9CLFNBQWlDO0FBQzlFLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixhQUFXLE1BQU0sVUFBVTtBQUN6QixRQUFJLE9BQU8sY0FBZSxLQUFJLEtBQUssR0FBRyxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxRQUNwRSxLQUFJLEtBQUssR0FBRyxNQUFNLFNBQVMsRUFBRSxLQUFLLFFBQVEsSUFBSSxFQUFFLE1BQU0sYUFBYSxFQUFFLEtBQUssUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUM7QUFBQSxFQUMvSDtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBVyxNQUFjLFNBQWlDO0FBQ3hFLFFBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRztBQUM1QixRQUFNLEtBQUssTUFBTSxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQ3ZDLE1BQUksR0FBSSxPQUFNLElBQUk7QUFDbEIsTUFBSSxNQUFNLFdBQVcsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsR0FBRyxLQUFLLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDaEYsVUFBTSxJQUFJLDJCQUFVLEdBQUcsT0FBTyxtQkFBbUIsSUFBSSxnRUFBZ0UsT0FBTyxPQUFPLHNCQUFzQixhQUFhO0FBQUEsRUFDeEs7QUFDQSxTQUFPLEVBQUUsTUFBTSxPQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsZUFBZSxNQUFNLENBQUMsRUFBRTtBQUNwRTtBQUVBLGVBQXNCLFdBQ3BCLE1BQ0EsU0FDQSxTQUNBLFFBQ0EsU0FDQSxVQUN3QjtBQUN4QixRQUFNLFVBQVUsMEJBQTBCLElBQUk7QUFDOUMsUUFBTSxPQUFPLFFBQVEsV0FBVyxZQUFZLFVBQU0sNEJBQVksU0FBUyxRQUFRLFNBQVMsUUFBUSxRQUFJLDBCQUFXLFNBQVMsUUFBUSxPQUFPO0FBQ3ZJLFNBQU87QUFBQSxJQUNMLEdBQUc7QUFBQSxJQUNILE9BQU8sUUFBUSxTQUFTLE9BQU8sT0FBTyxJQUFJLEtBQUssUUFBUTtBQUFBLElBQ3ZELFlBQVk7QUFBQSxJQUNaLE1BQU0sV0FBVyxRQUFRLE1BQU0sT0FBTztBQUFBLElBQ3RDLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxHQUFJLFFBQVEsT0FBTyxDQUFDLEVBQUc7QUFBQSxJQUMzQyxRQUFRLENBQUMsR0FBRyxLQUFLLFFBQVEsSUFBSSxRQUFRLFVBQVUsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFHLE9BQU8sU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNqRyxhQUFhLFFBQVEsZUFBZSxLQUFLO0FBQUEsSUFDekMsUUFBUSxRQUFRLFVBQVUsQ0FBQztBQUFBLElBQzNCLE1BQU07QUFBQSxJQUNOLE9BQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyx5QkFBeUIsSUFBSSxNQUFNLFFBQVEsVUFBVSxRQUFRLFVBQVU7QUFBQSxFQUNoRztBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
