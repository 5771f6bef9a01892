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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var emerge_exports = {};
__export(emerge_exports, {
  EmergeParser: () => import_parser.EmergeParser,
  LineSplitter: () => import_lineSplitter.LineSplitter,
  MAX_LINE_BYTES: () => import_lineSplitter.MAX_LINE_BYTES,
  cleanTerminalLine: () => import_terminal.cleanTerminalLine,
  parseAll: () => import_parser.parseAll
});
module.exports = __toCommonJS(emerge_exports);
__reExport(emerge_exports, require("./events"), module.exports);
var import_parser = require("./parser");
var import_terminal = require("./terminal");
var import_lineSplitter = require("./lineSplitter");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EmergeParser,
  LineSplitter,
  MAX_LINE_BYTES,
  cleanTerminalLine,
  parseAll,
  ...require("./events")
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2luZGV4LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogVGhlIGVtZXJnZSBvdXRwdXQgcGFyc2VyJ3MgcHVibGljIHN1cmZhY2UuICovXG5leHBvcnQgKiBmcm9tICcuL2V2ZW50cyc7XG5leHBvcnQgeyBFbWVyZ2VQYXJzZXIsIHBhcnNlQWxsIH0gZnJvbSAnLi9wYXJzZXInO1xuZXhwb3J0IHsgY2xlYW5UZXJtaW5hbExpbmUgfSBmcm9tICcuL3Rlcm1pbmFsJztcbmV4cG9ydCB7IExpbmVTcGxpdHRlciwgTUFYX0xJTkVfQllURVMgfSBmcm9tICcuL2xpbmVTcGxpdHRlcic7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsMkJBQWMscUJBRGQ7QUFFQSxvQkFBdUM7QUFDdkMsc0JBQWtDO0FBQ2xDLDBCQUE2QzsiLAogICJuYW1lcyI6IFtdCn0K
