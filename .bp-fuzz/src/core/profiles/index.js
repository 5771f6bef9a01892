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
var profiles_exports = {};
__export(profiles_exports, {
  BUILTIN_PROFILES: () => BUILTIN_PROFILES,
  containerSpecFor: () => containerSpecFor,
  profileNames: () => profileNames
});
module.exports = __toCommonJS(profiles_exports);
var import_node_fs = require("node:fs");
var import_userError = require("../userError");
var import_custom = require("./custom");
var import_gentoo = require("./gentoo");
var import_sabayon = require("./sabayon");
const BUILTIN_PROFILES = ["sabayon", "gentoo"];
function profileNames(config) {
  return [...BUILTIN_PROFILES, ...Object.keys(config.profiles)];
}
async function containerSpecFor(request, config, buildId, readText = (f) => import_node_fs.promises.readFile(f, "utf8")) {
  const name = request.profile;
  if (name === "sabayon") return (0, import_sabayon.sabayonSpec)(request, config, buildId, readText);
  if (name === "gentoo") return (0, import_gentoo.gentooSpec)(request, config, buildId);
  const custom = config.profiles[name];
  if (custom) return (0, import_custom.customSpec)(name, custom, request, config, buildId, readText);
  throw new import_userError.UserError(
    `There is no builder profile named "${name}".`,
    `Use one of ${profileNames(config).join(", ")}, or define "${name}" under ebuildBuilder.profiles.`,
    "unknown-profile"
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BUILTIN_PROFILES,
  containerSpecFor,
  profileNames
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvaW5kZXgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBCdWlsZFJlcXVlc3QgXHUyMTkyIENvbnRhaW5lclNwZWMgZm9yIHRoZSByZXF1ZXN0J3MgcHJvZmlsZSAoYnVpbHQtaW4gYHNhYmF5b25gLCBgZ2VudG9vYCwgb3IgdXNlci1kZWZpbmVkKS4gKi9cbmltcG9ydCB7IHByb21pc2VzIGFzIGZzIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkQ29uZmlnIH0gZnJvbSAnLi4vYnVpbGRDb25maWcnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZFJlcXVlc3QsIENvbnRhaW5lclNwZWMgfSBmcm9tICcuLi9idWlsZE1vZGVsJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBjdXN0b21TcGVjIH0gZnJvbSAnLi9jdXN0b20nO1xuaW1wb3J0IHsgZ2VudG9vU3BlYyB9IGZyb20gJy4vZ2VudG9vJztcbmltcG9ydCB7IHNhYmF5b25TcGVjIH0gZnJvbSAnLi9zYWJheW9uJztcblxuZXhwb3J0IGNvbnN0IEJVSUxUSU5fUFJPRklMRVMgPSBbJ3NhYmF5b24nLCAnZ2VudG9vJ10gYXMgY29uc3Q7XG5cbmV4cG9ydCBmdW5jdGlvbiBwcm9maWxlTmFtZXMoY29uZmlnOiBCdWlsZENvbmZpZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsuLi5CVUlMVElOX1BST0ZJTEVTLCAuLi5PYmplY3Qua2V5cyhjb25maWcucHJvZmlsZXMpXTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNvbnRhaW5lclNwZWNGb3IoXG4gIHJlcXVlc3Q6IEJ1aWxkUmVxdWVzdCxcbiAgY29uZmlnOiBCdWlsZENvbmZpZyxcbiAgYnVpbGRJZDogc3RyaW5nLFxuICByZWFkVGV4dDogKGZpbGU6IHN0cmluZykgPT4gUHJvbWlzZTxzdHJpbmc+ID0gKGYpID0+IGZzLnJlYWRGaWxlKGYsICd1dGY4JyksXG4pOiBQcm9taXNlPENvbnRhaW5lclNwZWM+IHtcbiAgY29uc3QgbmFtZSA9IHJlcXVlc3QucHJvZmlsZTtcbiAgaWYgKG5hbWUgPT09ICdzYWJheW9uJykgcmV0dXJuIHNhYmF5b25TcGVjKHJlcXVlc3QsIGNvbmZpZywgYnVpbGRJZCwgcmVhZFRleHQpO1xuICBpZiAobmFtZSA9PT0gJ2dlbnRvbycpIHJldHVybiBnZW50b29TcGVjKHJlcXVlc3QsIGNvbmZpZywgYnVpbGRJZCk7XG4gIGNvbnN0IGN1c3RvbSA9IGNvbmZpZy5wcm9maWxlc1tuYW1lXTtcbiAgaWYgKGN1c3RvbSkgcmV0dXJuIGN1c3RvbVNwZWMobmFtZSwgY3VzdG9tLCByZXF1ZXN0LCBjb25maWcsIGJ1aWxkSWQsIHJlYWRUZXh0KTtcbiAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICBgVGhlcmUgaXMgbm8gYnVpbGRlciBwcm9maWxlIG5hbWVkIFwiJHtuYW1lfVwiLmAsXG4gICAgYFVzZSBvbmUgb2YgJHtwcm9maWxlTmFtZXMoY29uZmlnKS5qb2luKCcsICcpfSwgb3IgZGVmaW5lIFwiJHtuYW1lfVwiIHVuZGVyIGVidWlsZEJ1aWxkZXIucHJvZmlsZXMuYCxcbiAgICAndW5rbm93bi1wcm9maWxlJyxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQStCO0FBRy9CLHVCQUEwQjtBQUMxQixvQkFBMkI7QUFDM0Isb0JBQTJCO0FBQzNCLHFCQUE0QjtBQUVyQixNQUFNLG1CQUFtQixDQUFDLFdBQVcsUUFBUTtBQUU3QyxTQUFTLGFBQWEsUUFBK0I7QUFDMUQsU0FBTyxDQUFDLEdBQUcsa0JBQWtCLEdBQUcsT0FBTyxLQUFLLE9BQU8sUUFBUSxDQUFDO0FBQzlEO0FBRUEsZUFBc0IsaUJBQ3BCLFNBQ0EsUUFDQSxTQUNBLFdBQThDLENBQUMsTUFBTSxlQUFBQSxTQUFHLFNBQVMsR0FBRyxNQUFNLEdBQ2xEO0FBQ3hCLFFBQU0sT0FBTyxRQUFRO0FBQ3JCLE1BQUksU0FBUyxVQUFXLFlBQU8sNEJBQVksU0FBUyxRQUFRLFNBQVMsUUFBUTtBQUM3RSxNQUFJLFNBQVMsU0FBVSxZQUFPLDBCQUFXLFNBQVMsUUFBUSxPQUFPO0FBQ2pFLFFBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSTtBQUNuQyxNQUFJLE9BQVEsWUFBTywwQkFBVyxNQUFNLFFBQVEsU0FBUyxRQUFRLFNBQVMsUUFBUTtBQUM5RSxRQUFNLElBQUk7QUFBQSxJQUNSLHNDQUFzQyxJQUFJO0FBQUEsSUFDMUMsY0FBYyxhQUFhLE1BQU0sRUFBRSxLQUFLLElBQUksQ0FBQyxnQkFBZ0IsSUFBSTtBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogWyJmcyJdCn0K
