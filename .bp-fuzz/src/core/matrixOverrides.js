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
var matrixOverrides_exports = {};
__export(matrixOverrides_exports, {
  MATRIX_USE_FILE: () => MATRIX_USE_FILE,
  makeMatrixOverrides: () => makeMatrixOverrides,
  removeMatrixOverrides: () => removeMatrixOverrides
});
module.exports = __toCommonJS(matrixOverrides_exports);
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
const MATRIX_USE_FILE = "zz-ebuild-builder-use-matrix";
async function makeMatrixOverrides(userOverrides, packageUseLine) {
  const dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "ebuild-builder-matrix-"));
  const st = await (0, import_promises.stat)(userOverrides).catch(() => void 0);
  if (st?.isDirectory()) await (0, import_promises.cp)(userOverrides, dir, { recursive: true, dereference: true, preserveTimestamps: true });
  const line = `# written by ebuild-builder build --use-matrix for this combination only
${packageUseLine}
`;
  const pu = (0, import_node_path.join)(dir, "package.use");
  const kind = await (0, import_promises.stat)(pu).catch(() => void 0);
  if (kind?.isDirectory()) await (0, import_promises.writeFile)((0, import_node_path.join)(pu, MATRIX_USE_FILE), line);
  else if (kind?.isFile()) {
    const old = await (0, import_promises.readFile)(pu, "utf8");
    await (0, import_promises.appendFile)(pu, (old.length && !old.endsWith("\n") ? "\n" : "") + line);
  } else await (0, import_promises.writeFile)(pu, line);
  return dir;
}
async function removeMatrixOverrides(dir) {
  await (0, import_promises.rm)(dir, { recursive: true, force: true });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MATRIX_USE_FILE,
  makeMatrixOverrides,
  removeMatrixOverrides
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvbWF0cml4T3ZlcnJpZGVzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEEgdGhyb3ctYXdheSBvdmVycmlkZXMgZm9sZGVyIHBlciBVU0UgY29tYmluYXRpb246IGEgY29weSBvZiB0aGUgdXNlcidzIG92ZXJyaWRlcyBmb2xkZXIgcGx1cyBvbmVcbiAqIGBwYWNrYWdlLnVzZWAgbGluZSBmb3IgdGhlIGF0b20sIHdyaXR0ZW4gbGFzdCBzbyBpdCB3aW5zLiBUaGUgdXNlcidzIG93biBmb2xkZXIgaXMgbmV2ZXIgdG91Y2hlZC5cbiAqL1xuaW1wb3J0IHsgYXBwZW5kRmlsZSwgY3AsIG1rZHRlbXAsIHJlYWRGaWxlLCBybSwgc3RhdCwgd3JpdGVGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuXG5leHBvcnQgY29uc3QgTUFUUklYX1VTRV9GSUxFID0gJ3p6LWVidWlsZC1idWlsZGVyLXVzZS1tYXRyaXgnO1xuXG4vKiogQ3JlYXRlcyB0aGUgZm9sZGVyOyB0aGUgY2FsbGVyIHJlbW92ZXMgaXQgd2l0aCBgcmVtb3ZlTWF0cml4T3ZlcnJpZGVzYCB3aGVuIHRoZSBidWlsZCBpcyBvdmVyLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1ha2VNYXRyaXhPdmVycmlkZXModXNlck92ZXJyaWRlczogc3RyaW5nLCBwYWNrYWdlVXNlTGluZTogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgZGlyID0gYXdhaXQgbWtkdGVtcChqb2luKHRtcGRpcigpLCAnZWJ1aWxkLWJ1aWxkZXItbWF0cml4LScpKTtcbiAgY29uc3Qgc3QgPSBhd2FpdCBzdGF0KHVzZXJPdmVycmlkZXMpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gIGlmIChzdD8uaXNEaXJlY3RvcnkoKSkgYXdhaXQgY3AodXNlck92ZXJyaWRlcywgZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZGVyZWZlcmVuY2U6IHRydWUsIHByZXNlcnZlVGltZXN0YW1wczogdHJ1ZSB9KTtcbiAgY29uc3QgbGluZSA9IGAjIHdyaXR0ZW4gYnkgZWJ1aWxkLWJ1aWxkZXIgYnVpbGQgLS11c2UtbWF0cml4IGZvciB0aGlzIGNvbWJpbmF0aW9uIG9ubHlcXG4ke3BhY2thZ2VVc2VMaW5lfVxcbmA7XG4gIGNvbnN0IHB1ID0gam9pbihkaXIsICdwYWNrYWdlLnVzZScpO1xuICBjb25zdCBraW5kID0gYXdhaXQgc3RhdChwdSkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgaWYgKGtpbmQ/LmlzRGlyZWN0b3J5KCkpIGF3YWl0IHdyaXRlRmlsZShqb2luKHB1LCBNQVRSSVhfVVNFX0ZJTEUpLCBsaW5lKTtcbiAgZWxzZSBpZiAoa2luZD8uaXNGaWxlKCkpIHtcbiAgICBjb25zdCBvbGQgPSBhd2FpdCByZWFkRmlsZShwdSwgJ3V0ZjgnKTtcbiAgICBhd2FpdCBhcHBlbmRGaWxlKHB1LCAob2xkLmxlbmd0aCAmJiAhb2xkLmVuZHNXaXRoKCdcXG4nKSA/ICdcXG4nIDogJycpICsgbGluZSk7XG4gIH0gZWxzZSBhd2FpdCB3cml0ZUZpbGUocHUsIGxpbmUpO1xuICByZXR1cm4gZGlyO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVtb3ZlTWF0cml4T3ZlcnJpZGVzKGRpcjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IHJtKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxzQkFBdUU7QUFDdkUscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUVkLE1BQU0sa0JBQWtCO0FBRy9CLGVBQXNCLG9CQUFvQixlQUF1QixnQkFBeUM7QUFDeEcsUUFBTSxNQUFNLFVBQU0sNkJBQVEsMkJBQUssdUJBQU8sR0FBRyx3QkFBd0IsQ0FBQztBQUNsRSxRQUFNLEtBQUssVUFBTSxzQkFBSyxhQUFhLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDMUQsTUFBSSxJQUFJLFlBQVksRUFBRyxXQUFNLG9CQUFHLGVBQWUsS0FBSyxFQUFFLFdBQVcsTUFBTSxhQUFhLE1BQU0sb0JBQW9CLEtBQUssQ0FBQztBQUNwSCxRQUFNLE9BQU87QUFBQSxFQUE2RSxjQUFjO0FBQUE7QUFDeEcsUUFBTSxTQUFLLHVCQUFLLEtBQUssYUFBYTtBQUNsQyxRQUFNLE9BQU8sVUFBTSxzQkFBSyxFQUFFLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDakQsTUFBSSxNQUFNLFlBQVksRUFBRyxXQUFNLCtCQUFVLHVCQUFLLElBQUksZUFBZSxHQUFHLElBQUk7QUFBQSxXQUMvRCxNQUFNLE9BQU8sR0FBRztBQUN2QixVQUFNLE1BQU0sVUFBTSwwQkFBUyxJQUFJLE1BQU07QUFDckMsY0FBTSw0QkFBVyxLQUFLLElBQUksVUFBVSxDQUFDLElBQUksU0FBUyxJQUFJLElBQUksT0FBTyxNQUFNLElBQUk7QUFBQSxFQUM3RSxNQUFPLFdBQU0sMkJBQVUsSUFBSSxJQUFJO0FBQy9CLFNBQU87QUFDVDtBQUVBLGVBQXNCLHNCQUFzQixLQUE0QjtBQUN0RSxZQUFNLG9CQUFHLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDaEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
