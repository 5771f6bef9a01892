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
var import_userError = require("../../src/core/userError");
(0, import_node_test.test)("a UserError prints its next step", () => {
  import_strict.default.equal(new import_userError.UserError("Engine down", "Start dockerd").toString(), "Engine down\n  \u2192 Start dockerd");
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3Ntb2tlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvdXNlckVycm9yJztcbnRlc3QoJ2EgVXNlckVycm9yIHByaW50cyBpdHMgbmV4dCBzdGVwJywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwobmV3IFVzZXJFcnJvcignRW5naW5lIGRvd24nLCAnU3RhcnQgZG9ja2VyZCcpLnRvU3RyaW5nKCksICdFbmdpbmUgZG93blxcbiAgXHUyMTkyIFN0YXJ0IGRvY2tlcmQnKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLHVCQUEwQjtBQUFBLElBQzFCLHVCQUFLLG9DQUFvQyxNQUFNO0FBQzdDLGdCQUFBQSxRQUFPLE1BQU0sSUFBSSwyQkFBVSxlQUFlLGVBQWUsRUFBRSxTQUFTLEdBQUcscUNBQWdDO0FBQ3pHLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
