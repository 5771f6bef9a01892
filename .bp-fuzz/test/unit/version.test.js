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
var import_version = require("../../src/core/version");
const LESS = [
  ["1.0", "1.0_p1"],
  ["1.01", "1.1"],
  ["1.0", "1.0a"],
  ["1.0", "1.0-r1"],
  ["1_alpha", "1_beta"],
  ["1_beta", "1_pre"],
  ["1_pre", "1_rc"],
  ["1_rc", "1"],
  ["1", "1_p"],
  ["1_alpha", "1_alpha1"],
  ["1_alpha1", "1_alpha2"],
  ["1_alpha9", "1_alpha10"],
  ["1_p", "1_p1"],
  ["1.010", "1.1"],
  ["1.001", "1.01"],
  ["1.09", "1.1"],
  ["1.0001", "1.001"],
  ["1.2", "1.10"],
  ["2", "10"],
  ["1", "1.0"],
  ["1.0", "1.0.0"],
  ["1.2.3", "1.2.4"],
  ["1.0z", "1.1"],
  ["1.0a", "1.0b"],
  ["1.0_rc1", "1.0"],
  ["1.0_p1", "1.0a"],
  ["1.0_alpha_p1", "1.0_beta"],
  ["1.0_alpha", "1.0_alpha_p1"],
  ["1.0_rc1_alpha", "1.0_rc1"],
  ["1.0_p1_alpha", "1.0_p1"],
  ["1.0_p1", "1.0_p1_p1"],
  ["1.0-r1", "1.0-r2"],
  ["1.0-r9", "1.0-r10"],
  ["1.0-r100", "1.0.1"],
  ["1.0_pre20231231", "1.0_pre20240101"],
  ["99999999999999999999.1", "100000000000000000000"],
  ["1.0-r99999999999999999998", "1.0-r99999999999999999999"],
  ["0.9999", "1"],
  ["1.0_rc99-r5", "1.0"],
  ["1.2_beta3-r1", "1.2_beta4"]
];
const EQUAL = [
  ["1.0", "1.0"],
  ["01", "1"],
  ["001.2", "1.2"],
  ["1.0", "1.00"],
  ["1.0010", "1.001"],
  ["1.020.3", "1.02.3"],
  ["1_alpha", "1_alpha0"],
  ["1_p", "1_p0"],
  ["1.0-r0", "1.0"],
  ["1.0-r00", "1.0-r0"],
  ["1.0_rc01", "1.0_rc1"]
];
(0, import_node_test.test)("versions order as PMS 3.3 says (table, both directions)", () => {
  for (const [a, b] of LESS) {
    import_strict.default.equal((0, import_version.compareVersions)(a, b), -1, `${a} < ${b}`);
    import_strict.default.equal((0, import_version.compareVersions)(b, a), 1, `${b} > ${a}`);
    import_strict.default.equal((0, import_version.compareVersions)(a, a), 0, `${a} = ${a}`);
  }
});
(0, import_node_test.test)("versions that differ only in zeros PMS ignores compare equal", () => {
  for (const [a, b] of EQUAL) {
    import_strict.default.equal((0, import_version.compareVersions)(a, b), 0, `${a} = ${b}`);
    import_strict.default.equal((0, import_version.compareVersions)(b, a), 0, `${b} = ${a}`);
  }
});
(0, import_node_test.test)("sorting a shuffled list gives the PMS order", () => {
  const ordered = ["1_alpha", "1_alpha1", "1_beta", "1_pre", "1_rc1", "1", "1-r1", "1_p", "1_p1", "1a", "1.0", "1.0.1", "1.01", "1.1", "1.1_p2-r3", "1.2", "1.10", "2"];
  const shuffled = [...ordered].reverse();
  shuffled.push(...shuffled.splice(0, 5));
  import_strict.default.deepEqual(shuffled.sort(import_version.compareVersions), ordered);
});
(0, import_node_test.test)("valid and invalid version strings", () => {
  for (const v of ["0", "1", "1.2.3", "1.2.3a", "1_p", "1_alpha_beta2_pre3_rc4_p5", "1.0-r1", "2024.01.01", "1a_rc1-r3"]) {
    import_strict.default.ok((0, import_version.isValidVersion)(v), v);
  }
  for (const v of ["", "a", "1.", ".1", "1..2", "1ab", "1A", "1_RC1", "1_gamma", "1-r", "1-rc1", "1.0-r1-r2", "1_p-1", "v1", "1.0 ", " 1.0", "1-1", "1.2_"]) {
    import_strict.default.ok(!(0, import_version.isValidVersion)(v), v);
    import_strict.default.throws(() => (0, import_version.parseVersion)(v), (e) => e instanceof import_version.VersionError && e.code === "invalid-version" && e.message.includes(`"${v}"`));
  }
});
(0, import_node_test.test)("parseVersion keeps the parts as written", () => {
  import_strict.default.deepEqual((0, import_version.parseVersion)("1.02b_rc3_p-r4"), {
    text: "1.02b_rc3_p-r4",
    numbers: ["1", "02"],
    letter: "b",
    suffixes: [{ type: "rc", number: "3" }, { type: "p", number: "" }],
    revision: "4"
  });
});
(0, import_node_test.test)("a version glob compares only the components it spells out", () => {
  const g = (p, v) => (0, import_version.versionMatchesGlob)((0, import_version.parseVersion)(p), (0, import_version.parseVersion)(v));
  for (const v of ["1.2", "1.2.3", "1.2b", "1.2_rc1", "1.2-r3", "1.2.0"]) import_strict.default.ok(g("1.2", v), `1.2* matches ${v}`);
  for (const v of ["1.20", "1.3", "1", "12.2", "1.1.9"]) import_strict.default.ok(!g("1.2", v), `1.2* does not match ${v}`);
  import_strict.default.ok(g("1.2_rc", "1.2_rc0-r1"));
  import_strict.default.ok(g("1.2_rc", "1.2_rc1"));
  import_strict.default.ok(!g("1.2_rc", "1.2_p1"));
  import_strict.default.ok(!g("1.2_rc1", "1.2_rc10"));
  import_strict.default.ok(!g("1a", "1.2a"));
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3ZlcnNpb24udGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBjb21wYXJlVmVyc2lvbnMsIGlzVmFsaWRWZXJzaW9uLCBwYXJzZVZlcnNpb24sIHZlcnNpb25NYXRjaGVzR2xvYiwgVmVyc2lvbkVycm9yIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvdmVyc2lvbic7XG5cbi8qKiBFYWNoIHJvdzogYSA8IGIgKFBNUyAzLjMpLiBUaGUgcmV2ZXJzZSBhbmQgc2VsZiBjb21wYXJpc29ucyBhcmUgY2hlY2tlZCB0b28uICovXG5jb25zdCBMRVNTOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXG4gIFsnMS4wJywgJzEuMF9wMSddLCBbJzEuMDEnLCAnMS4xJ10sIFsnMS4wJywgJzEuMGEnXSwgWycxLjAnLCAnMS4wLXIxJ10sXG4gIFsnMV9hbHBoYScsICcxX2JldGEnXSwgWycxX2JldGEnLCAnMV9wcmUnXSwgWycxX3ByZScsICcxX3JjJ10sIFsnMV9yYycsICcxJ10sIFsnMScsICcxX3AnXSxcbiAgWycxX2FscGhhJywgJzFfYWxwaGExJ10sIFsnMV9hbHBoYTEnLCAnMV9hbHBoYTInXSwgWycxX2FscGhhOScsICcxX2FscGhhMTAnXSwgWycxX3AnLCAnMV9wMSddLFxuICBbJzEuMDEwJywgJzEuMSddLCBbJzEuMDAxJywgJzEuMDEnXSwgWycxLjA5JywgJzEuMSddLCBbJzEuMDAwMScsICcxLjAwMSddLFxuICBbJzEuMicsICcxLjEwJ10sIFsnMicsICcxMCddLCBbJzEnLCAnMS4wJ10sIFsnMS4wJywgJzEuMC4wJ10sIFsnMS4yLjMnLCAnMS4yLjQnXSxcbiAgWycxLjB6JywgJzEuMSddLCBbJzEuMGEnLCAnMS4wYiddLCBbJzEuMF9yYzEnLCAnMS4wJ10sIFsnMS4wX3AxJywgJzEuMGEnXSxcbiAgWycxLjBfYWxwaGFfcDEnLCAnMS4wX2JldGEnXSwgWycxLjBfYWxwaGEnLCAnMS4wX2FscGhhX3AxJ10sIFsnMS4wX3JjMV9hbHBoYScsICcxLjBfcmMxJ10sXG4gIFsnMS4wX3AxX2FscGhhJywgJzEuMF9wMSddLCBbJzEuMF9wMScsICcxLjBfcDFfcDEnXSwgWycxLjAtcjEnLCAnMS4wLXIyJ10sIFsnMS4wLXI5JywgJzEuMC1yMTAnXSxcbiAgWycxLjAtcjEwMCcsICcxLjAuMSddLCBbJzEuMF9wcmUyMDIzMTIzMScsICcxLjBfcHJlMjAyNDAxMDEnXSxcbiAgWyc5OTk5OTk5OTk5OTk5OTk5OTk5OS4xJywgJzEwMDAwMDAwMDAwMDAwMDAwMDAwMCddLCBbJzEuMC1yOTk5OTk5OTk5OTk5OTk5OTk5OTgnLCAnMS4wLXI5OTk5OTk5OTk5OTk5OTk5OTk5OSddLFxuICBbJzAuOTk5OScsICcxJ10sIFsnMS4wX3JjOTktcjUnLCAnMS4wJ10sIFsnMS4yX2JldGEzLXIxJywgJzEuMl9iZXRhNCddLFxuXTtcblxuLyoqIEVxdWFsIHVuZGVyIFBNUyAobGVhZGluZy90cmFpbGluZyB6ZXJvIHJ1bGVzLCBhYnNlbnQgbnVtYmVycyA9IDAsIC1yMCA9IG5vIHJldmlzaW9uKS4gKi9cbmNvbnN0IEVRVUFMOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXG4gIFsnMS4wJywgJzEuMCddLCBbJzAxJywgJzEnXSwgWycwMDEuMicsICcxLjInXSwgWycxLjAnLCAnMS4wMCddLCBbJzEuMDAxMCcsICcxLjAwMSddLCBbJzEuMDIwLjMnLCAnMS4wMi4zJ10sXG4gIFsnMV9hbHBoYScsICcxX2FscGhhMCddLCBbJzFfcCcsICcxX3AwJ10sIFsnMS4wLXIwJywgJzEuMCddLCBbJzEuMC1yMDAnLCAnMS4wLXIwJ10sIFsnMS4wX3JjMDEnLCAnMS4wX3JjMSddLFxuXTtcblxudGVzdCgndmVyc2lvbnMgb3JkZXIgYXMgUE1TIDMuMyBzYXlzICh0YWJsZSwgYm90aCBkaXJlY3Rpb25zKScsICgpID0+IHtcbiAgZm9yIChjb25zdCBbYSwgYl0gb2YgTEVTUykge1xuICAgIGFzc2VydC5lcXVhbChjb21wYXJlVmVyc2lvbnMoYSwgYiksIC0xLCBgJHthfSA8ICR7Yn1gKTtcbiAgICBhc3NlcnQuZXF1YWwoY29tcGFyZVZlcnNpb25zKGIsIGEpLCAxLCBgJHtifSA+ICR7YX1gKTtcbiAgICBhc3NlcnQuZXF1YWwoY29tcGFyZVZlcnNpb25zKGEsIGEpLCAwLCBgJHthfSA9ICR7YX1gKTtcbiAgfVxufSk7XG5cbnRlc3QoJ3ZlcnNpb25zIHRoYXQgZGlmZmVyIG9ubHkgaW4gemVyb3MgUE1TIGlnbm9yZXMgY29tcGFyZSBlcXVhbCcsICgpID0+IHtcbiAgZm9yIChjb25zdCBbYSwgYl0gb2YgRVFVQUwpIHtcbiAgICBhc3NlcnQuZXF1YWwoY29tcGFyZVZlcnNpb25zKGEsIGIpLCAwLCBgJHthfSA9ICR7Yn1gKTtcbiAgICBhc3NlcnQuZXF1YWwoY29tcGFyZVZlcnNpb25zKGIsIGEpLCAwLCBgJHtifSA9ICR7YX1gKTtcbiAgfVxufSk7XG5cbnRlc3QoJ3NvcnRpbmcgYSBzaHVmZmxlZCBsaXN0IGdpdmVzIHRoZSBQTVMgb3JkZXInLCAoKSA9PiB7XG4gIGNvbnN0IG9yZGVyZWQgPSBbJzFfYWxwaGEnLCAnMV9hbHBoYTEnLCAnMV9iZXRhJywgJzFfcHJlJywgJzFfcmMxJywgJzEnLCAnMS1yMScsICcxX3AnLCAnMV9wMScsICcxYScsICcxLjAnLCAnMS4wLjEnLCAnMS4wMScsICcxLjEnLCAnMS4xX3AyLXIzJywgJzEuMicsICcxLjEwJywgJzInXTtcbiAgY29uc3Qgc2h1ZmZsZWQgPSBbLi4ub3JkZXJlZF0ucmV2ZXJzZSgpO1xuICBzaHVmZmxlZC5wdXNoKC4uLnNodWZmbGVkLnNwbGljZSgwLCA1KSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoc2h1ZmZsZWQuc29ydChjb21wYXJlVmVyc2lvbnMpLCBvcmRlcmVkKTtcbn0pO1xuXG50ZXN0KCd2YWxpZCBhbmQgaW52YWxpZCB2ZXJzaW9uIHN0cmluZ3MnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgdiBvZiBbJzAnLCAnMScsICcxLjIuMycsICcxLjIuM2EnLCAnMV9wJywgJzFfYWxwaGFfYmV0YTJfcHJlM19yYzRfcDUnLCAnMS4wLXIxJywgJzIwMjQuMDEuMDEnLCAnMWFfcmMxLXIzJ10pIHtcbiAgICBhc3NlcnQub2soaXNWYWxpZFZlcnNpb24odiksIHYpO1xuICB9XG4gIGZvciAoY29uc3QgdiBvZiBbJycsICdhJywgJzEuJywgJy4xJywgJzEuLjInLCAnMWFiJywgJzFBJywgJzFfUkMxJywgJzFfZ2FtbWEnLCAnMS1yJywgJzEtcmMxJywgJzEuMC1yMS1yMicsICcxX3AtMScsICd2MScsICcxLjAgJywgJyAxLjAnLCAnMS0xJywgJzEuMl8nXSkge1xuICAgIGFzc2VydC5vayghaXNWYWxpZFZlcnNpb24odiksIHYpO1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VWZXJzaW9uKHYpLCAoZTogdW5rbm93bikgPT4gZSBpbnN0YW5jZW9mIFZlcnNpb25FcnJvciAmJiBlLmNvZGUgPT09ICdpbnZhbGlkLXZlcnNpb24nICYmIGUubWVzc2FnZS5pbmNsdWRlcyhgXCIke3Z9XCJgKSk7XG4gIH1cbn0pO1xuXG50ZXN0KCdwYXJzZVZlcnNpb24ga2VlcHMgdGhlIHBhcnRzIGFzIHdyaXR0ZW4nLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCcxLjAyYl9yYzNfcC1yNCcpLCB7XG4gICAgdGV4dDogJzEuMDJiX3JjM19wLXI0JywgbnVtYmVyczogWycxJywgJzAyJ10sIGxldHRlcjogJ2InLFxuICAgIHN1ZmZpeGVzOiBbeyB0eXBlOiAncmMnLCBudW1iZXI6ICczJyB9LCB7IHR5cGU6ICdwJywgbnVtYmVyOiAnJyB9XSwgcmV2aXNpb246ICc0JyxcbiAgfSk7XG59KTtcblxudGVzdCgnYSB2ZXJzaW9uIGdsb2IgY29tcGFyZXMgb25seSB0aGUgY29tcG9uZW50cyBpdCBzcGVsbHMgb3V0JywgKCkgPT4ge1xuICBjb25zdCBnID0gKHA6IHN0cmluZywgdjogc3RyaW5nKSA9PiB2ZXJzaW9uTWF0Y2hlc0dsb2IocGFyc2VWZXJzaW9uKHApLCBwYXJzZVZlcnNpb24odikpO1xuICBmb3IgKGNvbnN0IHYgb2YgWycxLjInLCAnMS4yLjMnLCAnMS4yYicsICcxLjJfcmMxJywgJzEuMi1yMycsICcxLjIuMCddKSBhc3NlcnQub2soZygnMS4yJywgdiksIGAxLjIqIG1hdGNoZXMgJHt2fWApO1xuICBmb3IgKGNvbnN0IHYgb2YgWycxLjIwJywgJzEuMycsICcxJywgJzEyLjInLCAnMS4xLjknXSkgYXNzZXJ0Lm9rKCFnKCcxLjInLCB2KSwgYDEuMiogZG9lcyBub3QgbWF0Y2ggJHt2fWApO1xuICBhc3NlcnQub2soZygnMS4yX3JjJywgJzEuMl9yYzAtcjEnKSk7XG4gIGFzc2VydC5vayhnKCcxLjJfcmMnLCAnMS4yX3JjMScpKTtcbiAgYXNzZXJ0Lm9rKCFnKCcxLjJfcmMnLCAnMS4yX3AxJykpO1xuICBhc3NlcnQub2soIWcoJzEuMl9yYzEnLCAnMS4yX3JjMTAnKSk7XG4gIGFzc2VydC5vayghZygnMWEnLCAnMS4yYScpKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLHFCQUFnRztBQUdoRyxNQUFNLE9BQTJCO0FBQUEsRUFDL0IsQ0FBQyxPQUFPLFFBQVE7QUFBQSxFQUFHLENBQUMsUUFBUSxLQUFLO0FBQUEsRUFBRyxDQUFDLE9BQU8sTUFBTTtBQUFBLEVBQUcsQ0FBQyxPQUFPLFFBQVE7QUFBQSxFQUNyRSxDQUFDLFdBQVcsUUFBUTtBQUFBLEVBQUcsQ0FBQyxVQUFVLE9BQU87QUFBQSxFQUFHLENBQUMsU0FBUyxNQUFNO0FBQUEsRUFBRyxDQUFDLFFBQVEsR0FBRztBQUFBLEVBQUcsQ0FBQyxLQUFLLEtBQUs7QUFBQSxFQUN6RixDQUFDLFdBQVcsVUFBVTtBQUFBLEVBQUcsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUFHLENBQUMsWUFBWSxXQUFXO0FBQUEsRUFBRyxDQUFDLE9BQU8sTUFBTTtBQUFBLEVBQzVGLENBQUMsU0FBUyxLQUFLO0FBQUEsRUFBRyxDQUFDLFNBQVMsTUFBTTtBQUFBLEVBQUcsQ0FBQyxRQUFRLEtBQUs7QUFBQSxFQUFHLENBQUMsVUFBVSxPQUFPO0FBQUEsRUFDeEUsQ0FBQyxPQUFPLE1BQU07QUFBQSxFQUFHLENBQUMsS0FBSyxJQUFJO0FBQUEsRUFBRyxDQUFDLEtBQUssS0FBSztBQUFBLEVBQUcsQ0FBQyxPQUFPLE9BQU87QUFBQSxFQUFHLENBQUMsU0FBUyxPQUFPO0FBQUEsRUFDL0UsQ0FBQyxRQUFRLEtBQUs7QUFBQSxFQUFHLENBQUMsUUFBUSxNQUFNO0FBQUEsRUFBRyxDQUFDLFdBQVcsS0FBSztBQUFBLEVBQUcsQ0FBQyxVQUFVLE1BQU07QUFBQSxFQUN4RSxDQUFDLGdCQUFnQixVQUFVO0FBQUEsRUFBRyxDQUFDLGFBQWEsY0FBYztBQUFBLEVBQUcsQ0FBQyxpQkFBaUIsU0FBUztBQUFBLEVBQ3hGLENBQUMsZ0JBQWdCLFFBQVE7QUFBQSxFQUFHLENBQUMsVUFBVSxXQUFXO0FBQUEsRUFBRyxDQUFDLFVBQVUsUUFBUTtBQUFBLEVBQUcsQ0FBQyxVQUFVLFNBQVM7QUFBQSxFQUMvRixDQUFDLFlBQVksT0FBTztBQUFBLEVBQUcsQ0FBQyxtQkFBbUIsaUJBQWlCO0FBQUEsRUFDNUQsQ0FBQywwQkFBMEIsdUJBQXVCO0FBQUEsRUFBRyxDQUFDLDZCQUE2QiwyQkFBMkI7QUFBQSxFQUM5RyxDQUFDLFVBQVUsR0FBRztBQUFBLEVBQUcsQ0FBQyxlQUFlLEtBQUs7QUFBQSxFQUFHLENBQUMsZ0JBQWdCLFdBQVc7QUFDdkU7QUFHQSxNQUFNLFFBQTRCO0FBQUEsRUFDaEMsQ0FBQyxPQUFPLEtBQUs7QUFBQSxFQUFHLENBQUMsTUFBTSxHQUFHO0FBQUEsRUFBRyxDQUFDLFNBQVMsS0FBSztBQUFBLEVBQUcsQ0FBQyxPQUFPLE1BQU07QUFBQSxFQUFHLENBQUMsVUFBVSxPQUFPO0FBQUEsRUFBRyxDQUFDLFdBQVcsUUFBUTtBQUFBLEVBQ3pHLENBQUMsV0FBVyxVQUFVO0FBQUEsRUFBRyxDQUFDLE9BQU8sTUFBTTtBQUFBLEVBQUcsQ0FBQyxVQUFVLEtBQUs7QUFBQSxFQUFHLENBQUMsV0FBVyxRQUFRO0FBQUEsRUFBRyxDQUFDLFlBQVksU0FBUztBQUM1RztBQUFBLElBRUEsdUJBQUssMkRBQTJELE1BQU07QUFDcEUsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE1BQU07QUFDekIsa0JBQUFBLFFBQU8sVUFBTSxnQ0FBZ0IsR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUU7QUFDckQsa0JBQUFBLFFBQU8sVUFBTSxnQ0FBZ0IsR0FBRyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUU7QUFDcEQsa0JBQUFBLFFBQU8sVUFBTSxnQ0FBZ0IsR0FBRyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUU7QUFBQSxFQUN0RDtBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLGdFQUFnRSxNQUFNO0FBQ3pFLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxPQUFPO0FBQzFCLGtCQUFBQSxRQUFPLFVBQU0sZ0NBQWdCLEdBQUcsQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFO0FBQ3BELGtCQUFBQSxRQUFPLFVBQU0sZ0NBQWdCLEdBQUcsQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFO0FBQUEsRUFDdEQ7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSywrQ0FBK0MsTUFBTTtBQUN4RCxRQUFNLFVBQVUsQ0FBQyxXQUFXLFlBQVksVUFBVSxTQUFTLFNBQVMsS0FBSyxRQUFRLE9BQU8sUUFBUSxNQUFNLE9BQU8sU0FBUyxRQUFRLE9BQU8sYUFBYSxPQUFPLFFBQVEsR0FBRztBQUNwSyxRQUFNLFdBQVcsQ0FBQyxHQUFHLE9BQU8sRUFBRSxRQUFRO0FBQ3RDLFdBQVMsS0FBSyxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsQ0FBQztBQUN0QyxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsS0FBSyw4QkFBZSxHQUFHLE9BQU87QUFDMUQsQ0FBQztBQUFBLElBRUQsdUJBQUsscUNBQXFDLE1BQU07QUFDOUMsYUFBVyxLQUFLLENBQUMsS0FBSyxLQUFLLFNBQVMsVUFBVSxPQUFPLDZCQUE2QixVQUFVLGNBQWMsV0FBVyxHQUFHO0FBQ3RILGtCQUFBQSxRQUFPLE9BQUcsK0JBQWUsQ0FBQyxHQUFHLENBQUM7QUFBQSxFQUNoQztBQUNBLGFBQVcsS0FBSyxDQUFDLElBQUksS0FBSyxNQUFNLE1BQU0sUUFBUSxPQUFPLE1BQU0sU0FBUyxXQUFXLE9BQU8sU0FBUyxhQUFhLFNBQVMsTUFBTSxRQUFRLFFBQVEsT0FBTyxNQUFNLEdBQUc7QUFDekosa0JBQUFBLFFBQU8sR0FBRyxLQUFDLCtCQUFlLENBQUMsR0FBRyxDQUFDO0FBQy9CLGtCQUFBQSxRQUFPLE9BQU8sVUFBTSw2QkFBYSxDQUFDLEdBQUcsQ0FBQyxNQUFlLGFBQWEsK0JBQWdCLEVBQUUsU0FBUyxxQkFBcUIsRUFBRSxRQUFRLFNBQVMsSUFBSSxDQUFDLEdBQUcsQ0FBQztBQUFBLEVBQ2hKO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssMkNBQTJDLE1BQU07QUFDcEQsZ0JBQUFBLFFBQU8sY0FBVSw2QkFBYSxnQkFBZ0IsR0FBRztBQUFBLElBQy9DLE1BQU07QUFBQSxJQUFrQixTQUFTLENBQUMsS0FBSyxJQUFJO0FBQUEsSUFBRyxRQUFRO0FBQUEsSUFDdEQsVUFBVSxDQUFDLEVBQUUsTUFBTSxNQUFNLFFBQVEsSUFBSSxHQUFHLEVBQUUsTUFBTSxLQUFLLFFBQVEsR0FBRyxDQUFDO0FBQUEsSUFBRyxVQUFVO0FBQUEsRUFDaEYsQ0FBQztBQUNILENBQUM7QUFBQSxJQUVELHVCQUFLLDZEQUE2RCxNQUFNO0FBQ3RFLFFBQU0sSUFBSSxDQUFDLEdBQVcsVUFBYyx1Q0FBbUIsNkJBQWEsQ0FBQyxPQUFHLDZCQUFhLENBQUMsQ0FBQztBQUN2RixhQUFXLEtBQUssQ0FBQyxPQUFPLFNBQVMsUUFBUSxXQUFXLFVBQVUsT0FBTyxFQUFHLGVBQUFBLFFBQU8sR0FBRyxFQUFFLE9BQU8sQ0FBQyxHQUFHLGdCQUFnQixDQUFDLEVBQUU7QUFDbEgsYUFBVyxLQUFLLENBQUMsUUFBUSxPQUFPLEtBQUssUUFBUSxPQUFPLEVBQUcsZUFBQUEsUUFBTyxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsR0FBRyx1QkFBdUIsQ0FBQyxFQUFFO0FBQ3pHLGdCQUFBQSxRQUFPLEdBQUcsRUFBRSxVQUFVLFlBQVksQ0FBQztBQUNuQyxnQkFBQUEsUUFBTyxHQUFHLEVBQUUsVUFBVSxTQUFTLENBQUM7QUFDaEMsZ0JBQUFBLFFBQU8sR0FBRyxDQUFDLEVBQUUsVUFBVSxRQUFRLENBQUM7QUFDaEMsZ0JBQUFBLFFBQU8sR0FBRyxDQUFDLEVBQUUsV0FBVyxVQUFVLENBQUM7QUFDbkMsZ0JBQUFBLFFBQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxNQUFNLENBQUM7QUFDNUIsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
