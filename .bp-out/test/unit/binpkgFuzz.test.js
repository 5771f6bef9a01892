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
var import_binpkg = require("../fuzz/binpkg.fuzz");
(0, import_node_test.test)("mutated packages are read or refused with a BinpkgFormatError, never anything else, never hanging", { timeout: 6e5 }, async () => {
  const count = Number(process.env.FUZZ_COUNT ?? 3e3);
  const r = await (0, import_binpkg.runFuzz)(count, Number(process.env.FUZZ_SEED ?? 20261124));
  import_strict.default.deepEqual(r.failures, []);
  import_strict.default.equal(r.count, count);
  import_strict.default.ok(r.read > 0 && r.refused > 0, `both outcomes occur (read ${r.read}, refused ${r.refused})`);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2JpbnBrZ0Z1enoudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIEEgc2hvcnQgcnVuIG9mIHRoZSBiaW5hcnktcGFja2FnZSBmdXp6ZXIgKHRlc3QvZnV6ei9iaW5wa2cuZnV6ei50cyk7IEZVWlpfQ09VTlQgc2NhbGVzIGl0IHVwLiAqL1xuaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBydW5GdXp6IH0gZnJvbSAnLi4vZnV6ei9iaW5wa2cuZnV6eic7XG5cbnRlc3QoJ211dGF0ZWQgcGFja2FnZXMgYXJlIHJlYWQgb3IgcmVmdXNlZCB3aXRoIGEgQmlucGtnRm9ybWF0RXJyb3IsIG5ldmVyIGFueXRoaW5nIGVsc2UsIG5ldmVyIGhhbmdpbmcnLCB7IHRpbWVvdXQ6IDYwMF8wMDAgfSwgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBjb3VudCA9IE51bWJlcihwcm9jZXNzLmVudi5GVVpaX0NPVU5UID8/IDMwMDApO1xuICBjb25zdCByID0gYXdhaXQgcnVuRnV6eihjb3VudCwgTnVtYmVyKHByb2Nlc3MuZW52LkZVWlpfU0VFRCA/PyAyMDI2MTEyNCkpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHIuZmFpbHVyZXMsIFtdKTtcbiAgYXNzZXJ0LmVxdWFsKHIuY291bnQsIGNvdW50KTtcbiAgYXNzZXJ0Lm9rKHIucmVhZCA+IDAgJiYgci5yZWZ1c2VkID4gMCwgYGJvdGggb3V0Y29tZXMgb2NjdXIgKHJlYWQgJHtyLnJlYWR9LCByZWZ1c2VkICR7ci5yZWZ1c2VkfSlgKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLG9CQUF3QjtBQUFBLElBRXhCLHVCQUFLLHFHQUFxRyxFQUFFLFNBQVMsSUFBUSxHQUFHLFlBQVk7QUFDMUksUUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLGNBQWMsR0FBSTtBQUNuRCxRQUFNLElBQUksVUFBTSx1QkFBUSxPQUFPLE9BQU8sUUFBUSxJQUFJLGFBQWEsUUFBUSxDQUFDO0FBQ3hFLGdCQUFBQSxRQUFPLFVBQVUsRUFBRSxVQUFVLENBQUMsQ0FBQztBQUMvQixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxLQUFLO0FBQzNCLGdCQUFBQSxRQUFPLEdBQUcsRUFBRSxPQUFPLEtBQUssRUFBRSxVQUFVLEdBQUcsNkJBQTZCLEVBQUUsSUFBSSxhQUFhLEVBQUUsT0FBTyxHQUFHO0FBQ3JHLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
