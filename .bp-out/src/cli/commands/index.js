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
var commands_exports = {};
__export(commands_exports, {
  commands: () => commands
});
module.exports = __toCommonJS(commands_exports);
var import_build = require("./build");
var import_changed = require("./changed");
var import_clean = require("./clean");
var import_ci = require("./ci");
var import_annotate = require("./annotate");
var import_watch = require("./watch");
var import_inspect = require("./inspect");
var import_publish = require("./publish");
var import_parse = require("./parse");
var import_engine = require("./engine");
const commands = [import_build.command, import_clean.command, import_changed.command, import_ci.command, import_annotate.command, import_watch.command, import_inspect.command, import_publish.command, import_parse.command, import_engine.command];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commands
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9pbmRleC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIFRoZSBDTEkncyB2ZXJicy4gRWFjaCBtb2R1bGUgZXhwb3J0cyBgY29tbWFuZDogQ2xpQ29tbWFuZGAuIEtlZXAgdGhpcyBsaXN0IGluIHRoZSBvcmRlciBgLS1oZWxwYCBzaG93cy4gKi9cbmltcG9ydCB0eXBlIHsgQ2xpQ29tbWFuZCB9IGZyb20gJy4uL2NsaVR5cGVzJztcbmltcG9ydCB7IGNvbW1hbmQgYXMgYnVpbGQgfSBmcm9tICcuL2J1aWxkJztcbmltcG9ydCB7IGNvbW1hbmQgYXMgY2hhbmdlZCB9IGZyb20gJy4vY2hhbmdlZCc7XG5pbXBvcnQgeyBjb21tYW5kIGFzIGNsZWFuIH0gZnJvbSAnLi9jbGVhbic7XG5pbXBvcnQgeyBjb21tYW5kIGFzIGNpIH0gZnJvbSAnLi9jaSc7XG5pbXBvcnQgeyBjb21tYW5kIGFzIGFubm90YXRlIH0gZnJvbSAnLi9hbm5vdGF0ZSc7XG5pbXBvcnQgeyBjb21tYW5kIGFzIHdhdGNoIH0gZnJvbSAnLi93YXRjaCc7XG5pbXBvcnQgeyBjb21tYW5kIGFzIGluc3BlY3QgfSBmcm9tICcuL2luc3BlY3QnO1xuaW1wb3J0IHsgY29tbWFuZCBhcyBwdWJsaXNoIH0gZnJvbSAnLi9wdWJsaXNoJztcbmltcG9ydCB7IGNvbW1hbmQgYXMgcGFyc2UgfSBmcm9tICcuL3BhcnNlJztcbmltcG9ydCB7IGNvbW1hbmQgYXMgZW5naW5lIH0gZnJvbSAnLi9lbmdpbmUnO1xuXG5leHBvcnQgY29uc3QgY29tbWFuZHM6IENsaUNvbW1hbmRbXSA9IFtidWlsZCwgY2xlYW4sIGNoYW5nZWQsIGNpLCBhbm5vdGF0ZSwgd2F0Y2gsIGluc3BlY3QsIHB1Ymxpc2gsIHBhcnNlLCBlbmdpbmVdO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUVBLG1CQUFpQztBQUNqQyxxQkFBbUM7QUFDbkMsbUJBQWlDO0FBQ2pDLGdCQUE4QjtBQUM5QixzQkFBb0M7QUFDcEMsbUJBQWlDO0FBQ2pDLHFCQUFtQztBQUNuQyxxQkFBbUM7QUFDbkMsbUJBQWlDO0FBQ2pDLG9CQUFrQztBQUUzQixNQUFNLFdBQXlCLENBQUMsYUFBQUEsU0FBTyxhQUFBQyxTQUFPLGVBQUFDLFNBQVMsVUFBQUMsU0FBSSxnQkFBQUMsU0FBVSxhQUFBQyxTQUFPLGVBQUFDLFNBQVMsZUFBQUMsU0FBUyxhQUFBQyxTQUFPLGNBQUFDLE9BQU07IiwKICAibmFtZXMiOiBbImJ1aWxkIiwgImNsZWFuIiwgImNoYW5nZWQiLCAiY2kiLCAiYW5ub3RhdGUiLCAid2F0Y2giLCAiaW5zcGVjdCIsICJwdWJsaXNoIiwgInBhcnNlIiwgImVuZ2luZSJdCn0K
