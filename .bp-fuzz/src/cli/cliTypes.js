"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var cliTypes_exports = {};
module.exports = __toCommonJS(cliTypes_exports);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jbGlUeXBlcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIEEgQ0xJIHZlcmI6IHBhcnNlcyBpdHMgb3duIGFyZ3VtZW50cywgd3JpdGVzIHRvIHRoZSBnaXZlbiBzdHJlYW1zLCByZXR1cm5zIHRoZSBleGl0IHN0YXR1cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xpSU8ge1xuICBzdGRvdXQ6IE5vZGVKUy5Xcml0YWJsZVN0cmVhbTtcbiAgc3RkZXJyOiBOb2RlSlMuV3JpdGFibGVTdHJlYW07XG4gIGN3ZDogc3RyaW5nO1xuICBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENsaUNvbW1hbmQge1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBPbmUgbGluZSBmb3IgYGVidWlsZC1idWlsZGVyIC0taGVscGAuICovXG4gIHN1bW1hcnk6IHN0cmluZztcbiAgLyoqIEZ1bGwgdXNhZ2UgdGV4dCBmb3IgYGVidWlsZC1idWlsZGVyIDxuYW1lPiAtLWhlbHBgLiAqL1xuICB1c2FnZTogc3RyaW5nO1xuICBydW4oYXJnczogc3RyaW5nW10sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPjtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTsiLAogICJuYW1lcyI6IFtdCn0K
