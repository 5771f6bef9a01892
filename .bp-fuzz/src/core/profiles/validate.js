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
var validate_exports = {};
__export(validate_exports, {
  validateBuildConfig: () => validateBuildConfig,
  validateCustomProfile: () => validateCustomProfile
});
module.exports = __toCommonJS(validate_exports);
var import_buildConfig = require("../buildConfig");
var import_userError = require("../userError");
const isRecordOfStrings = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");
const isStringArray = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
function bad(key, value, want) {
  return new import_userError.UserError(
    `The setting ebuildBuilder.${key} is ${JSON.stringify(value)}, but it must be ${want}.`,
    `Fix ebuildBuilder.${key} in your settings; the default is used until then.`,
    "bad-setting"
  );
}
function validateCustomProfile(name, raw) {
  const key = `profiles.${name}`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { problems: [bad(key, raw, "an object with image and argv")] };
  const r = raw;
  const problems = [];
  if (typeof r.image !== "string" || !r.image) problems.push(bad(`${key}.image`, r.image, 'an image name such as "gentoo/stage3:latest"'));
  if (!isStringArray(r.argv) || r.argv.length === 0) problems.push(bad(`${key}.argv`, r.argv, 'a non-empty array of strings, e.g. ["emerge", "--buildpkg", "${atom}"]'));
  if (r.env !== void 0 && !isRecordOfStrings(r.env)) problems.push(bad(`${key}.env`, r.env, "an object of strings"));
  if (r.mounts !== void 0 && !isStringArray(r.mounts)) problems.push(bad(`${key}.mounts`, r.mounts, 'an array of "/host:/container[:ro]" strings'));
  if (r.capAdd !== void 0 && !isStringArray(r.capAdd)) problems.push(bad(`${key}.capAdd`, r.capAdd, "an array of capability names"));
  if (r.packagesDir !== void 0 && (typeof r.packagesDir !== "string" || !r.packagesDir.startsWith("/"))) problems.push(bad(`${key}.packagesDir`, r.packagesDir, "an absolute container path"));
  if (r.layout !== void 0 && r.layout !== "gentoo" && r.layout !== "sabayon") problems.push(bad(`${key}.layout`, r.layout, '"gentoo" or "sabayon"'));
  if (["sabayon", "gentoo"].includes(name)) problems.push(new import_userError.UserError(`ebuildBuilder.profiles.${name} uses a built-in profile's name.`, "Give your profile another name.", "bad-setting"));
  return problems.length ? { problems } : { profile: r, problems };
}
function validateBuildConfig(raw) {
  const config = structuredClone(import_buildConfig.DEFAULT_BUILD_CONFIG);
  const problems = [];
  const str = (key, allowEmpty = false) => {
    const v = raw[key];
    if (v === void 0 || v === null) return;
    if (typeof v === "string" && (allowEmpty || v.trim())) config[key] = v;
    else problems.push(bad(key, v, "a string"));
  };
  str("profile");
  str("overridesFolder");
  str("artifactsFolder");
  str("gentooTree");
  str("engine", true);
  str("network", true);
  for (const key of ["images", "env"]) {
    const v = raw[key];
    if (v === void 0 || v === null) continue;
    if (isRecordOfStrings(v)) config[key] = { ...v };
    else problems.push(bad(key, v, "an object whose values are strings"));
  }
  if (raw.emergeArgs !== void 0) {
    if (isStringArray(raw.emergeArgs)) config.emergeArgs = [...raw.emergeArgs];
    else problems.push(bad("emergeArgs", raw.emergeArgs, 'an array of strings, e.g. ["--jobs=2"]'));
  }
  for (const key of ["keepContainerOnFailure", "tty"]) {
    const v = raw[key];
    if (v === void 0) continue;
    if (typeof v === "boolean") config[key] = v;
    else problems.push(bad(key, v, "true or false"));
  }
  if (raw.stopGraceSeconds !== void 0) {
    const v = raw.stopGraceSeconds;
    if (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 600) config.stopGraceSeconds = v;
    else problems.push(bad("stopGraceSeconds", v, "a number of seconds from 0 to 600"));
  }
  if (raw.caches !== void 0) {
    const v = raw.caches;
    if (typeof v === "object" && v !== null && Object.entries(v).every(([k, x]) => ["distfiles", "binpkgs", "ccache"].includes(k) && typeof x === "boolean")) {
      config.caches = { ...config.caches, ...v };
    } else problems.push(bad("caches", v, 'an object like {"distfiles": true, "binpkgs": true, "ccache": false}'));
  }
  if (raw.profiles !== void 0) {
    const v = raw.profiles;
    if (typeof v !== "object" || v === null || Array.isArray(v)) problems.push(bad("profiles", v, "an object of named profiles"));
    else {
      for (const [name, p] of Object.entries(v)) {
        const r = validateCustomProfile(name, p);
        if (r.profile) config.profiles[name] = r.profile;
        problems.push(...r.problems);
      }
    }
  }
  const known = ["sabayon", "gentoo", ...Object.keys(config.profiles)];
  if (!known.includes(config.profile)) {
    problems.push(new import_userError.UserError(`The profile "${config.profile}" (ebuildBuilder.defaultProfile) is not defined.`, `Use one of ${known.join(", ")}, or define it under ebuildBuilder.profiles.`, "unknown-profile"));
    config.profile = import_buildConfig.DEFAULT_BUILD_CONFIG.profile;
  }
  return { config, problems };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  validateBuildConfig,
  validateCustomProfile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvdmFsaWRhdGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU2V0dGluZ3MgYXJyaXZlIGFzIHVudHlwZWQgSlNPTiAoVlMgQ29kZSBzZXR0aW5ncywgQ0xJIGZsYWdzKTogY2hlY2sgZWFjaCB2YWx1ZSwgbmFtZSB0aGUgc2V0dGluZyB0aGF0IGlzXG4gKiB3cm9uZyBhbmQgd2hhdCBpdCBzaG91bGQgYmUsIGFuZCBmYWxsIGJhY2sgdG8gdGhlIGRlZmF1bHQgZm9yIHRoYXQgdmFsdWUgb25seS5cbiAqL1xuaW1wb3J0IHsgREVGQVVMVF9CVUlMRF9DT05GSUcsIHR5cGUgQnVpbGRDb25maWcsIHR5cGUgQ3VzdG9tUHJvZmlsZSB9IGZyb20gJy4uL2J1aWxkQ29uZmlnJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL3VzZXJFcnJvcic7XG5cbmNvbnN0IGlzUmVjb3JkT2ZTdHJpbmdzID0gKHY6IHVua25vd24pOiB2IGlzIFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPT5cbiAgdHlwZW9mIHYgPT09ICdvYmplY3QnICYmIHYgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodikgJiYgT2JqZWN0LnZhbHVlcyh2KS5ldmVyeSgoeCkgPT4gdHlwZW9mIHggPT09ICdzdHJpbmcnKTtcbmNvbnN0IGlzU3RyaW5nQXJyYXkgPSAodjogdW5rbm93bik6IHYgaXMgc3RyaW5nW10gPT4gQXJyYXkuaXNBcnJheSh2KSAmJiB2LmV2ZXJ5KCh4KSA9PiB0eXBlb2YgeCA9PT0gJ3N0cmluZycpO1xuXG5mdW5jdGlvbiBiYWQoa2V5OiBzdHJpbmcsIHZhbHVlOiB1bmtub3duLCB3YW50OiBzdHJpbmcpOiBVc2VyRXJyb3Ige1xuICByZXR1cm4gbmV3IFVzZXJFcnJvcihcbiAgICBgVGhlIHNldHRpbmcgZWJ1aWxkQnVpbGRlci4ke2tleX0gaXMgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9LCBidXQgaXQgbXVzdCBiZSAke3dhbnR9LmAsXG4gICAgYEZpeCBlYnVpbGRCdWlsZGVyLiR7a2V5fSBpbiB5b3VyIHNldHRpbmdzOyB0aGUgZGVmYXVsdCBpcyB1c2VkIHVudGlsIHRoZW4uYCxcbiAgICAnYmFkLXNldHRpbmcnLFxuICApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVDdXN0b21Qcm9maWxlKG5hbWU6IHN0cmluZywgcmF3OiB1bmtub3duKTogeyBwcm9maWxlPzogQ3VzdG9tUHJvZmlsZTsgcHJvYmxlbXM6IFVzZXJFcnJvcltdIH0ge1xuICBjb25zdCBrZXkgPSBgcHJvZmlsZXMuJHtuYW1lfWA7XG4gIGlmICh0eXBlb2YgcmF3ICE9PSAnb2JqZWN0JyB8fCByYXcgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheShyYXcpKSByZXR1cm4geyBwcm9ibGVtczogW2JhZChrZXksIHJhdywgJ2FuIG9iamVjdCB3aXRoIGltYWdlIGFuZCBhcmd2JyldIH07XG4gIGNvbnN0IHIgPSByYXcgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIGNvbnN0IHByb2JsZW1zOiBVc2VyRXJyb3JbXSA9IFtdO1xuICBpZiAodHlwZW9mIHIuaW1hZ2UgIT09ICdzdHJpbmcnIHx8ICFyLmltYWdlKSBwcm9ibGVtcy5wdXNoKGJhZChgJHtrZXl9LmltYWdlYCwgci5pbWFnZSwgJ2FuIGltYWdlIG5hbWUgc3VjaCBhcyBcImdlbnRvby9zdGFnZTM6bGF0ZXN0XCInKSk7XG4gIGlmICghaXNTdHJpbmdBcnJheShyLmFyZ3YpIHx8IHIuYXJndi5sZW5ndGggPT09IDApIHByb2JsZW1zLnB1c2goYmFkKGAke2tleX0uYXJndmAsIHIuYXJndiwgJ2Egbm9uLWVtcHR5IGFycmF5IG9mIHN0cmluZ3MsIGUuZy4gW1wiZW1lcmdlXCIsIFwiLS1idWlsZHBrZ1wiLCBcIiR7YXRvbX1cIl0nKSk7XG4gIGlmIChyLmVudiAhPT0gdW5kZWZpbmVkICYmICFpc1JlY29yZE9mU3RyaW5ncyhyLmVudikpIHByb2JsZW1zLnB1c2goYmFkKGAke2tleX0uZW52YCwgci5lbnYsICdhbiBvYmplY3Qgb2Ygc3RyaW5ncycpKTtcbiAgaWYgKHIubW91bnRzICE9PSB1bmRlZmluZWQgJiYgIWlzU3RyaW5nQXJyYXkoci5tb3VudHMpKSBwcm9ibGVtcy5wdXNoKGJhZChgJHtrZXl9Lm1vdW50c2AsIHIubW91bnRzLCAnYW4gYXJyYXkgb2YgXCIvaG9zdDovY29udGFpbmVyWzpyb11cIiBzdHJpbmdzJykpO1xuICBpZiAoci5jYXBBZGQgIT09IHVuZGVmaW5lZCAmJiAhaXNTdHJpbmdBcnJheShyLmNhcEFkZCkpIHByb2JsZW1zLnB1c2goYmFkKGAke2tleX0uY2FwQWRkYCwgci5jYXBBZGQsICdhbiBhcnJheSBvZiBjYXBhYmlsaXR5IG5hbWVzJykpO1xuICBpZiAoci5wYWNrYWdlc0RpciAhPT0gdW5kZWZpbmVkICYmICh0eXBlb2Ygci5wYWNrYWdlc0RpciAhPT0gJ3N0cmluZycgfHwgIXIucGFja2FnZXNEaXIuc3RhcnRzV2l0aCgnLycpKSkgcHJvYmxlbXMucHVzaChiYWQoYCR7a2V5fS5wYWNrYWdlc0RpcmAsIHIucGFja2FnZXNEaXIsICdhbiBhYnNvbHV0ZSBjb250YWluZXIgcGF0aCcpKTtcbiAgaWYgKHIubGF5b3V0ICE9PSB1bmRlZmluZWQgJiYgci5sYXlvdXQgIT09ICdnZW50b28nICYmIHIubGF5b3V0ICE9PSAnc2FiYXlvbicpIHByb2JsZW1zLnB1c2goYmFkKGAke2tleX0ubGF5b3V0YCwgci5sYXlvdXQsICdcImdlbnRvb1wiIG9yIFwic2FiYXlvblwiJykpO1xuICBpZiAoWydzYWJheW9uJywgJ2dlbnRvbyddLmluY2x1ZGVzKG5hbWUpKSBwcm9ibGVtcy5wdXNoKG5ldyBVc2VyRXJyb3IoYGVidWlsZEJ1aWxkZXIucHJvZmlsZXMuJHtuYW1lfSB1c2VzIGEgYnVpbHQtaW4gcHJvZmlsZSdzIG5hbWUuYCwgJ0dpdmUgeW91ciBwcm9maWxlIGFub3RoZXIgbmFtZS4nLCAnYmFkLXNldHRpbmcnKSk7XG4gIHJldHVybiBwcm9ibGVtcy5sZW5ndGggPyB7IHByb2JsZW1zIH0gOiB7IHByb2ZpbGU6IHIgYXMgdW5rbm93biBhcyBDdXN0b21Qcm9maWxlLCBwcm9ibGVtcyB9O1xufVxuXG4vKiogTWVyZ2VzIGByYXdgIChzZXR0aW5ncyBvYmplY3QsIGtleXMgYXMgaW4gQnVpbGRDb25maWcpIG92ZXIgdGhlIGRlZmF1bHRzOyB3cm9uZyB2YWx1ZXMgYXJlIHJlcG9ydGVkIGFuZCBza2lwcGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlQnVpbGRDb25maWcocmF3OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHsgY29uZmlnOiBCdWlsZENvbmZpZzsgcHJvYmxlbXM6IFVzZXJFcnJvcltdIH0ge1xuICBjb25zdCBjb25maWc6IEJ1aWxkQ29uZmlnID0gc3RydWN0dXJlZENsb25lKERFRkFVTFRfQlVJTERfQ09ORklHKTtcbiAgY29uc3QgcHJvYmxlbXM6IFVzZXJFcnJvcltdID0gW107XG4gIGNvbnN0IHN0ciA9IChrZXk6IGtleW9mIEJ1aWxkQ29uZmlnLCBhbGxvd0VtcHR5ID0gZmFsc2UpID0+IHtcbiAgICBjb25zdCB2ID0gcmF3W2tleV07XG4gICAgaWYgKHYgPT09IHVuZGVmaW5lZCB8fCB2ID09PSBudWxsKSByZXR1cm47XG4gICAgaWYgKHR5cGVvZiB2ID09PSAnc3RyaW5nJyAmJiAoYWxsb3dFbXB0eSB8fCB2LnRyaW0oKSkpIChjb25maWcgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba2V5XSA9IHY7XG4gICAgZWxzZSBwcm9ibGVtcy5wdXNoKGJhZChrZXksIHYsICdhIHN0cmluZycpKTtcbiAgfTtcbiAgc3RyKCdwcm9maWxlJyk7IHN0cignb3ZlcnJpZGVzRm9sZGVyJyk7IHN0cignYXJ0aWZhY3RzRm9sZGVyJyk7IHN0cignZ2VudG9vVHJlZScpO1xuICBzdHIoJ2VuZ2luZScsIHRydWUpOyBzdHIoJ25ldHdvcmsnLCB0cnVlKTtcbiAgZm9yIChjb25zdCBrZXkgb2YgWydpbWFnZXMnLCAnZW52J10gYXMgY29uc3QpIHtcbiAgICBjb25zdCB2ID0gcmF3W2tleV07XG4gICAgaWYgKHYgPT09IHVuZGVmaW5lZCB8fCB2ID09PSBudWxsKSBjb250aW51ZTtcbiAgICBpZiAoaXNSZWNvcmRPZlN0cmluZ3ModikpIGNvbmZpZ1trZXldID0geyAuLi52IH07XG4gICAgZWxzZSBwcm9ibGVtcy5wdXNoKGJhZChrZXksIHYsICdhbiBvYmplY3Qgd2hvc2UgdmFsdWVzIGFyZSBzdHJpbmdzJykpO1xuICB9XG4gIGlmIChyYXcuZW1lcmdlQXJncyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKGlzU3RyaW5nQXJyYXkocmF3LmVtZXJnZUFyZ3MpKSBjb25maWcuZW1lcmdlQXJncyA9IFsuLi5yYXcuZW1lcmdlQXJnc107XG4gICAgZWxzZSBwcm9ibGVtcy5wdXNoKGJhZCgnZW1lcmdlQXJncycsIHJhdy5lbWVyZ2VBcmdzLCAnYW4gYXJyYXkgb2Ygc3RyaW5ncywgZS5nLiBbXCItLWpvYnM9MlwiXScpKTtcbiAgfVxuICBmb3IgKGNvbnN0IGtleSBvZiBbJ2tlZXBDb250YWluZXJPbkZhaWx1cmUnLCAndHR5J10gYXMgY29uc3QpIHtcbiAgICBjb25zdCB2ID0gcmF3W2tleV07XG4gICAgaWYgKHYgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgaWYgKHR5cGVvZiB2ID09PSAnYm9vbGVhbicpIGNvbmZpZ1trZXldID0gdjtcbiAgICBlbHNlIHByb2JsZW1zLnB1c2goYmFkKGtleSwgdiwgJ3RydWUgb3IgZmFsc2UnKSk7XG4gIH1cbiAgaWYgKHJhdy5zdG9wR3JhY2VTZWNvbmRzICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB2ID0gcmF3LnN0b3BHcmFjZVNlY29uZHM7XG4gICAgaWYgKHR5cGVvZiB2ID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodikgJiYgdiA+PSAwICYmIHYgPD0gNjAwKSBjb25maWcuc3RvcEdyYWNlU2Vjb25kcyA9IHY7XG4gICAgZWxzZSBwcm9ibGVtcy5wdXNoKGJhZCgnc3RvcEdyYWNlU2Vjb25kcycsIHYsICdhIG51bWJlciBvZiBzZWNvbmRzIGZyb20gMCB0byA2MDAnKSk7XG4gIH1cbiAgaWYgKHJhdy5jYWNoZXMgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHYgPSByYXcuY2FjaGVzIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIGlmICh0eXBlb2YgdiA9PT0gJ29iamVjdCcgJiYgdiAhPT0gbnVsbCAmJiBPYmplY3QuZW50cmllcyh2KS5ldmVyeSgoW2ssIHhdKSA9PiBbJ2Rpc3RmaWxlcycsICdiaW5wa2dzJywgJ2NjYWNoZSddLmluY2x1ZGVzKGspICYmIHR5cGVvZiB4ID09PSAnYm9vbGVhbicpKSB7XG4gICAgICBjb25maWcuY2FjaGVzID0geyAuLi5jb25maWcuY2FjaGVzLCAuLi4odiBhcyBQYXJ0aWFsPEJ1aWxkQ29uZmlnWydjYWNoZXMnXT4pIH07XG4gICAgfSBlbHNlIHByb2JsZW1zLnB1c2goYmFkKCdjYWNoZXMnLCB2LCAnYW4gb2JqZWN0IGxpa2Uge1wiZGlzdGZpbGVzXCI6IHRydWUsIFwiYmlucGtnc1wiOiB0cnVlLCBcImNjYWNoZVwiOiBmYWxzZX0nKSk7XG4gIH1cbiAgaWYgKHJhdy5wcm9maWxlcyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgdiA9IHJhdy5wcm9maWxlcztcbiAgICBpZiAodHlwZW9mIHYgIT09ICdvYmplY3QnIHx8IHYgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh2KSkgcHJvYmxlbXMucHVzaChiYWQoJ3Byb2ZpbGVzJywgdiwgJ2FuIG9iamVjdCBvZiBuYW1lZCBwcm9maWxlcycpKTtcbiAgICBlbHNlIHtcbiAgICAgIGZvciAoY29uc3QgW25hbWUsIHBdIG9mIE9iamVjdC5lbnRyaWVzKHYpKSB7XG4gICAgICAgIGNvbnN0IHIgPSB2YWxpZGF0ZUN1c3RvbVByb2ZpbGUobmFtZSwgcCk7XG4gICAgICAgIGlmIChyLnByb2ZpbGUpIGNvbmZpZy5wcm9maWxlc1tuYW1lXSA9IHIucHJvZmlsZTtcbiAgICAgICAgcHJvYmxlbXMucHVzaCguLi5yLnByb2JsZW1zKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgY29uc3Qga25vd24gPSBbJ3NhYmF5b24nLCAnZ2VudG9vJywgLi4uT2JqZWN0LmtleXMoY29uZmlnLnByb2ZpbGVzKV07XG4gIGlmICgha25vd24uaW5jbHVkZXMoY29uZmlnLnByb2ZpbGUpKSB7XG4gICAgcHJvYmxlbXMucHVzaChuZXcgVXNlckVycm9yKGBUaGUgcHJvZmlsZSBcIiR7Y29uZmlnLnByb2ZpbGV9XCIgKGVidWlsZEJ1aWxkZXIuZGVmYXVsdFByb2ZpbGUpIGlzIG5vdCBkZWZpbmVkLmAsIGBVc2Ugb25lIG9mICR7a25vd24uam9pbignLCAnKX0sIG9yIGRlZmluZSBpdCB1bmRlciBlYnVpbGRCdWlsZGVyLnByb2ZpbGVzLmAsICd1bmtub3duLXByb2ZpbGUnKSk7XG4gICAgY29uZmlnLnByb2ZpbGUgPSBERUZBVUxUX0JVSUxEX0NPTkZJRy5wcm9maWxlO1xuICB9XG4gIHJldHVybiB7IGNvbmZpZywgcHJvYmxlbXMgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHlCQUEyRTtBQUMzRSx1QkFBMEI7QUFFMUIsTUFBTSxvQkFBb0IsQ0FBQyxNQUN6QixPQUFPLE1BQU0sWUFBWSxNQUFNLFFBQVEsQ0FBQyxNQUFNLFFBQVEsQ0FBQyxLQUFLLE9BQU8sT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFDakgsTUFBTSxnQkFBZ0IsQ0FBQyxNQUE4QixNQUFNLFFBQVEsQ0FBQyxLQUFLLEVBQUUsTUFBTSxDQUFDLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFFN0csU0FBUyxJQUFJLEtBQWEsT0FBZ0IsTUFBeUI7QUFDakUsU0FBTyxJQUFJO0FBQUEsSUFDVCw2QkFBNkIsR0FBRyxPQUFPLEtBQUssVUFBVSxLQUFLLENBQUMsb0JBQW9CLElBQUk7QUFBQSxJQUNwRixxQkFBcUIsR0FBRztBQUFBLElBQ3hCO0FBQUEsRUFDRjtBQUNGO0FBRU8sU0FBUyxzQkFBc0IsTUFBYyxLQUFrRTtBQUNwSCxRQUFNLE1BQU0sWUFBWSxJQUFJO0FBQzVCLE1BQUksT0FBTyxRQUFRLFlBQVksUUFBUSxRQUFRLE1BQU0sUUFBUSxHQUFHLEVBQUcsUUFBTyxFQUFFLFVBQVUsQ0FBQyxJQUFJLEtBQUssS0FBSywrQkFBK0IsQ0FBQyxFQUFFO0FBQ3ZJLFFBQU0sSUFBSTtBQUNWLFFBQU0sV0FBd0IsQ0FBQztBQUMvQixNQUFJLE9BQU8sRUFBRSxVQUFVLFlBQVksQ0FBQyxFQUFFLE1BQU8sVUFBUyxLQUFLLElBQUksR0FBRyxHQUFHLFVBQVUsRUFBRSxPQUFPLDhDQUE4QyxDQUFDO0FBQ3ZJLE1BQUksQ0FBQyxjQUFjLEVBQUUsSUFBSSxLQUFLLEVBQUUsS0FBSyxXQUFXLEVBQUcsVUFBUyxLQUFLLElBQUksR0FBRyxHQUFHLFNBQVMsRUFBRSxNQUFNLHdFQUF3RSxDQUFDO0FBQ3JLLE1BQUksRUFBRSxRQUFRLFVBQWEsQ0FBQyxrQkFBa0IsRUFBRSxHQUFHLEVBQUcsVUFBUyxLQUFLLElBQUksR0FBRyxHQUFHLFFBQVEsRUFBRSxLQUFLLHNCQUFzQixDQUFDO0FBQ3BILE1BQUksRUFBRSxXQUFXLFVBQWEsQ0FBQyxjQUFjLEVBQUUsTUFBTSxFQUFHLFVBQVMsS0FBSyxJQUFJLEdBQUcsR0FBRyxXQUFXLEVBQUUsUUFBUSw2Q0FBNkMsQ0FBQztBQUNuSixNQUFJLEVBQUUsV0FBVyxVQUFhLENBQUMsY0FBYyxFQUFFLE1BQU0sRUFBRyxVQUFTLEtBQUssSUFBSSxHQUFHLEdBQUcsV0FBVyxFQUFFLFFBQVEsOEJBQThCLENBQUM7QUFDcEksTUFBSSxFQUFFLGdCQUFnQixXQUFjLE9BQU8sRUFBRSxnQkFBZ0IsWUFBWSxDQUFDLEVBQUUsWUFBWSxXQUFXLEdBQUcsR0FBSSxVQUFTLEtBQUssSUFBSSxHQUFHLEdBQUcsZ0JBQWdCLEVBQUUsYUFBYSw0QkFBNEIsQ0FBQztBQUM5TCxNQUFJLEVBQUUsV0FBVyxVQUFhLEVBQUUsV0FBVyxZQUFZLEVBQUUsV0FBVyxVQUFXLFVBQVMsS0FBSyxJQUFJLEdBQUcsR0FBRyxXQUFXLEVBQUUsUUFBUSx1QkFBdUIsQ0FBQztBQUNwSixNQUFJLENBQUMsV0FBVyxRQUFRLEVBQUUsU0FBUyxJQUFJLEVBQUcsVUFBUyxLQUFLLElBQUksMkJBQVUsMEJBQTBCLElBQUksb0NBQW9DLG1DQUFtQyxhQUFhLENBQUM7QUFDekwsU0FBTyxTQUFTLFNBQVMsRUFBRSxTQUFTLElBQUksRUFBRSxTQUFTLEdBQStCLFNBQVM7QUFDN0Y7QUFHTyxTQUFTLG9CQUFvQixLQUE4RTtBQUNoSCxRQUFNLFNBQXNCLGdCQUFnQix1Q0FBb0I7QUFDaEUsUUFBTSxXQUF3QixDQUFDO0FBQy9CLFFBQU0sTUFBTSxDQUFDLEtBQXdCLGFBQWEsVUFBVTtBQUMxRCxVQUFNLElBQUksSUFBSSxHQUFHO0FBQ2pCLFFBQUksTUFBTSxVQUFhLE1BQU0sS0FBTTtBQUNuQyxRQUFJLE9BQU8sTUFBTSxhQUFhLGNBQWMsRUFBRSxLQUFLLEdBQUksQ0FBQyxPQUE4QyxHQUFHLElBQUk7QUFBQSxRQUN4RyxVQUFTLEtBQUssSUFBSSxLQUFLLEdBQUcsVUFBVSxDQUFDO0FBQUEsRUFDNUM7QUFDQSxNQUFJLFNBQVM7QUFBRyxNQUFJLGlCQUFpQjtBQUFHLE1BQUksaUJBQWlCO0FBQUcsTUFBSSxZQUFZO0FBQ2hGLE1BQUksVUFBVSxJQUFJO0FBQUcsTUFBSSxXQUFXLElBQUk7QUFDeEMsYUFBVyxPQUFPLENBQUMsVUFBVSxLQUFLLEdBQVk7QUFDNUMsVUFBTSxJQUFJLElBQUksR0FBRztBQUNqQixRQUFJLE1BQU0sVUFBYSxNQUFNLEtBQU07QUFDbkMsUUFBSSxrQkFBa0IsQ0FBQyxFQUFHLFFBQU8sR0FBRyxJQUFJLEVBQUUsR0FBRyxFQUFFO0FBQUEsUUFDMUMsVUFBUyxLQUFLLElBQUksS0FBSyxHQUFHLG9DQUFvQyxDQUFDO0FBQUEsRUFDdEU7QUFDQSxNQUFJLElBQUksZUFBZSxRQUFXO0FBQ2hDLFFBQUksY0FBYyxJQUFJLFVBQVUsRUFBRyxRQUFPLGFBQWEsQ0FBQyxHQUFHLElBQUksVUFBVTtBQUFBLFFBQ3BFLFVBQVMsS0FBSyxJQUFJLGNBQWMsSUFBSSxZQUFZLHdDQUF3QyxDQUFDO0FBQUEsRUFDaEc7QUFDQSxhQUFXLE9BQU8sQ0FBQywwQkFBMEIsS0FBSyxHQUFZO0FBQzVELFVBQU0sSUFBSSxJQUFJLEdBQUc7QUFDakIsUUFBSSxNQUFNLE9BQVc7QUFDckIsUUFBSSxPQUFPLE1BQU0sVUFBVyxRQUFPLEdBQUcsSUFBSTtBQUFBLFFBQ3JDLFVBQVMsS0FBSyxJQUFJLEtBQUssR0FBRyxlQUFlLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksSUFBSSxxQkFBcUIsUUFBVztBQUN0QyxVQUFNLElBQUksSUFBSTtBQUNkLFFBQUksT0FBTyxNQUFNLFlBQVksT0FBTyxTQUFTLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxJQUFLLFFBQU8sbUJBQW1CO0FBQUEsUUFDNUYsVUFBUyxLQUFLLElBQUksb0JBQW9CLEdBQUcsbUNBQW1DLENBQUM7QUFBQSxFQUNwRjtBQUNBLE1BQUksSUFBSSxXQUFXLFFBQVc7QUFDNUIsVUFBTSxJQUFJLElBQUk7QUFDZCxRQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLFFBQVEsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsYUFBYSxXQUFXLFFBQVEsRUFBRSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sU0FBUyxHQUFHO0FBQ3hKLGFBQU8sU0FBUyxFQUFFLEdBQUcsT0FBTyxRQUFRLEdBQUksRUFBcUM7QUFBQSxJQUMvRSxNQUFPLFVBQVMsS0FBSyxJQUFJLFVBQVUsR0FBRyxzRUFBc0UsQ0FBQztBQUFBLEVBQy9HO0FBQ0EsTUFBSSxJQUFJLGFBQWEsUUFBVztBQUM5QixVQUFNLElBQUksSUFBSTtBQUNkLFFBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLE1BQU0sUUFBUSxDQUFDLEVBQUcsVUFBUyxLQUFLLElBQUksWUFBWSxHQUFHLDZCQUE2QixDQUFDO0FBQUEsU0FDdkg7QUFDSCxpQkFBVyxDQUFDLE1BQU0sQ0FBQyxLQUFLLE9BQU8sUUFBUSxDQUFDLEdBQUc7QUFDekMsY0FBTSxJQUFJLHNCQUFzQixNQUFNLENBQUM7QUFDdkMsWUFBSSxFQUFFLFFBQVMsUUFBTyxTQUFTLElBQUksSUFBSSxFQUFFO0FBQ3pDLGlCQUFTLEtBQUssR0FBRyxFQUFFLFFBQVE7QUFBQSxNQUM3QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLENBQUMsV0FBVyxVQUFVLEdBQUcsT0FBTyxLQUFLLE9BQU8sUUFBUSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxNQUFNLFNBQVMsT0FBTyxPQUFPLEdBQUc7QUFDbkMsYUFBUyxLQUFLLElBQUksMkJBQVUsZ0JBQWdCLE9BQU8sT0FBTyxvREFBb0QsY0FBYyxNQUFNLEtBQUssSUFBSSxDQUFDLGdEQUFnRCxpQkFBaUIsQ0FBQztBQUM5TSxXQUFPLFVBQVUsd0NBQXFCO0FBQUEsRUFDeEM7QUFDQSxTQUFPLEVBQUUsUUFBUSxTQUFTO0FBQzVCOyIsCiAgIm5hbWVzIjogW10KfQo=
