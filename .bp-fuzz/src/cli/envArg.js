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
var envArg_exports = {};
__export(envArg_exports, {
  parseEnvAssignment: () => parseEnvAssignment
});
module.exports = __toCommonJS(envArg_exports);
var import_userError = require("../core/userError");
function parseEnvAssignment(text) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
  if (!m) throw new import_userError.UserError(`--env '${text}' is not NAME=VALUE.`, "Write e.g. --env BUILDER_JOBS=4.", "bad-argument");
  return [m[1], m[2]];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseEnvAssignment
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9lbnZBcmcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBgLS1lbnYgSz1WYCBcdTIxOTIgW0ssIFZdLCB3aXRoIGEgY2xlYXIgZXJyb3IgZm9yIGFueXRoaW5nIGVsc2UuICovXG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUVudkFzc2lnbm1lbnQodGV4dDogc3RyaW5nKTogW3N0cmluZywgc3RyaW5nXSB7XG4gIGNvbnN0IG0gPSAvXihbQS1aYS16X11bQS1aYS16MC05X10qKT0oLiopJC9zLmV4ZWModGV4dCk7XG4gIGlmICghbSkgdGhyb3cgbmV3IFVzZXJFcnJvcihgLS1lbnYgJyR7dGV4dH0nIGlzIG5vdCBOQU1FPVZBTFVFLmAsICdXcml0ZSBlLmcuIC0tZW52IEJVSUxERVJfSk9CUz00LicsICdiYWQtYXJndW1lbnQnKTtcbiAgcmV0dXJuIFttWzFdLCBtWzJdXTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSx1QkFBMEI7QUFFbkIsU0FBUyxtQkFBbUIsTUFBZ0M7QUFDakUsUUFBTSxJQUFJLG1DQUFtQyxLQUFLLElBQUk7QUFDdEQsTUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLDJCQUFVLFVBQVUsSUFBSSx3QkFBd0Isb0NBQW9DLGNBQWM7QUFDcEgsU0FBTyxDQUFDLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQ3BCOyIsCiAgIm5hbWVzIjogW10KfQo=
