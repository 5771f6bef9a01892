"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var overrides_exports = {};
__export(overrides_exports, {
  discoverOverrides: () => discoverOverrides,
  isIgnoredOverrideFile: () => isIgnoredOverrideFile,
  readOverrideLines: () => readOverrideLines
});
module.exports = __toCommonJS(overrides_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_buildModel = require("./buildModel");
var import_userError = require("./userError");
const KIND_FILES = {
  use: ["package.use"],
  mask: ["package.mask"],
  unmask: ["package.unmask"],
  env: ["package.env"],
  accept_keywords: ["package.keywords", "package.accept_keywords"],
  license: ["package.license"]
};
function isIgnoredOverrideFile(name) {
  return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp");
}
function unreadable(file, why) {
  return new import_userError.UserError(`Cannot read the override file ${file}: ${why}.`, `Make ${file} a readable regular file, or remove it.`, "unreadable-override");
}
async function statOrUndefined(p) {
  try {
    await import_node_fs.promises.lstat(p);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw unreadable(p, e.message);
  }
  try {
    return await import_node_fs.promises.stat(p);
  } catch (e) {
    throw unreadable(p, `it is a link to something that cannot be opened (${e.message})`);
  }
}
async function checkReadable(file) {
  try {
    const handle = await import_node_fs.promises.open(file, "r");
    await handle.close();
  } catch (e) {
    throw unreadable(file, e.message);
  }
}
async function filesUnder(dir) {
  let names;
  try {
    names = await import_node_fs.promises.readdir(dir);
  } catch (e) {
    throw unreadable(dir, e.message);
  }
  const out = [];
  for (const name of names.sort()) {
    if (isIgnoredOverrideFile(name)) continue;
    const p = path.join(dir, name);
    const st = await statOrUndefined(p);
    if (!st) continue;
    if (st.isDirectory()) out.push(...await filesUnder(p));
    else if (st.isFile()) {
      await checkReadable(p);
      out.push(p);
    } else throw unreadable(p, "it is not a regular file");
  }
  return out;
}
async function discoverOverrides(workspaceFolder, overridesFolder = ".portage") {
  const root = path.resolve(workspaceFolder, overridesFolder);
  const set = { root, sources: [] };
  const rootStat = await statOrUndefined(root);
  if (!rootStat) return set;
  if (!rootStat.isDirectory()) {
    throw new import_userError.UserError(`The overrides folder ${root} is not a folder.`, "Point the overrides folder setting (ebuildBuilder.overridesFolder) at a folder, or remove the file.", "overrides-not-a-folder");
  }
  for (const kind of import_buildModel.OVERRIDE_KINDS) {
    for (const name of KIND_FILES[kind]) {
      const p = path.join(root, name);
      const st = await statOrUndefined(p);
      if (!st) continue;
      if (st.isDirectory()) {
        for (const file of await filesUnder(p)) set.sources.push({ kind, path: file, isDirectory: true });
      } else if (st.isFile()) {
        await checkReadable(p);
        set.sources.push({ kind, path: p, isDirectory: false });
      } else throw unreadable(p, "it is neither a file nor a folder");
    }
  }
  const envDir = path.join(root, "env");
  const envStat = await statOrUndefined(envDir);
  if (envStat) {
    if (!envStat.isDirectory()) throw new import_userError.UserError(`${envDir} must be a folder holding the files package.env names.`, `Move the file into ${envDir}/ or remove it.`, "env-not-a-folder");
    await filesUnder(envDir);
    set.envDir = envDir;
  }
  const makeConf = path.join(root, "make.conf");
  const mcStat = await statOrUndefined(makeConf);
  if (mcStat) {
    if (!mcStat.isFile()) throw unreadable(makeConf, "it is not a regular file");
    await checkReadable(makeConf);
    set.makeConf = makeConf;
  }
  return set;
}
async function readOverrideLines(set, kind) {
  let text = "";
  for (const source of set.sources) {
    if (source.kind !== kind) continue;
    let content;
    try {
      content = await import_node_fs.promises.readFile(source.path, "utf8");
    } catch (e) {
      throw unreadable(source.path, e.message);
    }
    text += content.length === 0 || content.endsWith("\n") ? content : `${content}
`;
  }
  return text;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  discoverOverrides,
  isIgnoredOverrideFile,
  readOverrideLines
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvb3ZlcnJpZGVzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBvdmVycmlkZXMgZm9sZGVyIG9mIGEgd29ya3NwYWNlIGZvbGRlciAoZGVmYXVsdCBgLnBvcnRhZ2UvYCk6IGBwYWNrYWdlLjxraW5kPmAgZmlsZXMgb3JcbiAqIGRpcmVjdG9yaWVzLCBgZW52L2AgZm9yIHBhY2thZ2UuZW52IHRhcmdldHMsIGFuZCBhIGBtYWtlLmNvbmZgIGZyYWdtZW50LiBEaXJlY3RvcnkgZm9ybXMgYXJlIHJlYWRcbiAqIGFzIFBvcnRhZ2UgcmVhZHMgL2V0Yy9wb3J0YWdlL3BhY2thZ2UuKjogZXZlcnkgcmVndWxhciBmaWxlLCByZWN1cnNpdmVseSwgc29ydGVkLCBza2lwcGluZyBoaWRkZW5cbiAqIGZpbGVzIGFuZCBlZGl0b3IgYmFja3Vwcy5cbiAqL1xuaW1wb3J0IHsgcHJvbWlzZXMgYXMgZnMsIHR5cGUgU3RhdHMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IE9WRVJSSURFX0tJTkRTLCB0eXBlIE92ZXJyaWRlS2luZCwgdHlwZSBPdmVycmlkZVNldCB9IGZyb20gJy4vYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuL3VzZXJFcnJvcic7XG5cbi8qKiBGaWxlIG5hbWVzIHBlciBraW5kLCBpbiB0aGUgb3JkZXIgUG9ydGFnZSByZWFkcyB0aGVtIChgcGFja2FnZS5rZXl3b3Jkc2AgaXMgdGhlIG9sZCBuYW1lKS4gKi9cbmNvbnN0IEtJTkRfRklMRVM6IFJlY29yZDxPdmVycmlkZUtpbmQsIHN0cmluZ1tdPiA9IHtcbiAgdXNlOiBbJ3BhY2thZ2UudXNlJ10sXG4gIG1hc2s6IFsncGFja2FnZS5tYXNrJ10sXG4gIHVubWFzazogWydwYWNrYWdlLnVubWFzayddLFxuICBlbnY6IFsncGFja2FnZS5lbnYnXSxcbiAgYWNjZXB0X2tleXdvcmRzOiBbJ3BhY2thZ2Uua2V5d29yZHMnLCAncGFja2FnZS5hY2NlcHRfa2V5d29yZHMnXSxcbiAgbGljZW5zZTogWydwYWNrYWdlLmxpY2Vuc2UnXSxcbn07XG5cbi8qKiBQb3J0YWdlIHNraXBzIHRoZXNlIGluIHBhY2thZ2UuKiBkaXJlY3RvcmllcyAoaGlkZGVuIGZpbGVzLCBgKn5gIGJhY2t1cHM7IGAuIypgIGFuZCBgLiouc3dwYCBhcmUgaGlkZGVuKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0lnbm9yZWRPdmVycmlkZUZpbGUobmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBuYW1lLnN0YXJ0c1dpdGgoJy4nKSB8fCBuYW1lLmVuZHNXaXRoKCd+JykgfHwgbmFtZS5lbmRzV2l0aCgnLnN3cCcpO1xufVxuXG5mdW5jdGlvbiB1bnJlYWRhYmxlKGZpbGU6IHN0cmluZywgd2h5OiBzdHJpbmcpOiBVc2VyRXJyb3Ige1xuICByZXR1cm4gbmV3IFVzZXJFcnJvcihgQ2Fubm90IHJlYWQgdGhlIG92ZXJyaWRlIGZpbGUgJHtmaWxlfTogJHt3aHl9LmAsIGBNYWtlICR7ZmlsZX0gYSByZWFkYWJsZSByZWd1bGFyIGZpbGUsIG9yIHJlbW92ZSBpdC5gLCAndW5yZWFkYWJsZS1vdmVycmlkZScpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBzdGF0T3JVbmRlZmluZWQocDogc3RyaW5nKTogUHJvbWlzZTxTdGF0cyB8IHVuZGVmaW5lZD4ge1xuICB0cnkge1xuICAgIGF3YWl0IGZzLmxzdGF0KHApO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKChlIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZSA9PT0gJ0VOT0VOVCcpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdGhyb3cgdW5yZWFkYWJsZShwLCAoZSBhcyBFcnJvcikubWVzc2FnZSk7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgZnMuc3RhdChwKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIC8vIGxzdGF0IHdvcmtlZCwgc3RhdCBkaWQgbm90OiBhIGRhbmdsaW5nIHN5bWxpbmsuXG4gICAgdGhyb3cgdW5yZWFkYWJsZShwLCBgaXQgaXMgYSBsaW5rIHRvIHNvbWV0aGluZyB0aGF0IGNhbm5vdCBiZSBvcGVuZWQgKCR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9KWApO1xuICB9XG59XG5cbi8qKiBPcGVucyB0aGUgZmlsZSB0byBwcm92ZSBpdCBpcyByZWFkYWJsZSBub3csIHJhdGhlciB0aGFuIGZhaWxpbmcgbGF0ZXIgaW5zaWRlIHRoZSBjb250YWluZXIuICovXG5hc3luYyBmdW5jdGlvbiBjaGVja1JlYWRhYmxlKGZpbGU6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICB0cnkge1xuICAgIGNvbnN0IGhhbmRsZSA9IGF3YWl0IGZzLm9wZW4oZmlsZSwgJ3InKTtcbiAgICBhd2FpdCBoYW5kbGUuY2xvc2UoKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IHVucmVhZGFibGUoZmlsZSwgKGUgYXMgRXJyb3IpLm1lc3NhZ2UpO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGZpbGVzVW5kZXIoZGlyOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGxldCBuYW1lczogc3RyaW5nW107XG4gIHRyeSB7XG4gICAgbmFtZXMgPSBhd2FpdCBmcy5yZWFkZGlyKGRpcik7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyB1bnJlYWRhYmxlKGRpciwgKGUgYXMgRXJyb3IpLm1lc3NhZ2UpO1xuICB9XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIG5hbWVzLnNvcnQoKSkge1xuICAgIGlmIChpc0lnbm9yZWRPdmVycmlkZUZpbGUobmFtZSkpIGNvbnRpbnVlO1xuICAgIGNvbnN0IHAgPSBwYXRoLmpvaW4oZGlyLCBuYW1lKTtcbiAgICBjb25zdCBzdCA9IGF3YWl0IHN0YXRPclVuZGVmaW5lZChwKTtcbiAgICBpZiAoIXN0KSBjb250aW51ZTtcbiAgICBpZiAoc3QuaXNEaXJlY3RvcnkoKSkgb3V0LnB1c2goLi4uKGF3YWl0IGZpbGVzVW5kZXIocCkpKTtcbiAgICBlbHNlIGlmIChzdC5pc0ZpbGUoKSkge1xuICAgICAgYXdhaXQgY2hlY2tSZWFkYWJsZShwKTtcbiAgICAgIG91dC5wdXNoKHApO1xuICAgIH0gZWxzZSB0aHJvdyB1bnJlYWRhYmxlKHAsICdpdCBpcyBub3QgYSByZWd1bGFyIGZpbGUnKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhyb3dzIGEgVXNlckVycm9yIChjb2RlIGB1bnJlYWRhYmxlLW92ZXJyaWRlYCkgbmFtaW5nIHRoZSBmaWxlIHRoYXQgY2Fubm90IGJlIHJlYWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZGlzY292ZXJPdmVycmlkZXMod29ya3NwYWNlRm9sZGVyOiBzdHJpbmcsIG92ZXJyaWRlc0ZvbGRlciA9ICcucG9ydGFnZScpOiBQcm9taXNlPE92ZXJyaWRlU2V0PiB7XG4gIGNvbnN0IHJvb3QgPSBwYXRoLnJlc29sdmUod29ya3NwYWNlRm9sZGVyLCBvdmVycmlkZXNGb2xkZXIpO1xuICBjb25zdCBzZXQ6IE92ZXJyaWRlU2V0ID0geyByb290LCBzb3VyY2VzOiBbXSB9O1xuICBjb25zdCByb290U3RhdCA9IGF3YWl0IHN0YXRPclVuZGVmaW5lZChyb290KTtcbiAgaWYgKCFyb290U3RhdCkgcmV0dXJuIHNldDtcbiAgaWYgKCFyb290U3RhdC5pc0RpcmVjdG9yeSgpKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgVGhlIG92ZXJyaWRlcyBmb2xkZXIgJHtyb290fSBpcyBub3QgYSBmb2xkZXIuYCwgJ1BvaW50IHRoZSBvdmVycmlkZXMgZm9sZGVyIHNldHRpbmcgKGVidWlsZEJ1aWxkZXIub3ZlcnJpZGVzRm9sZGVyKSBhdCBhIGZvbGRlciwgb3IgcmVtb3ZlIHRoZSBmaWxlLicsICdvdmVycmlkZXMtbm90LWEtZm9sZGVyJyk7XG4gIH1cbiAgZm9yIChjb25zdCBraW5kIG9mIE9WRVJSSURFX0tJTkRTKSB7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIEtJTkRfRklMRVNba2luZF0pIHtcbiAgICAgIGNvbnN0IHAgPSBwYXRoLmpvaW4ocm9vdCwgbmFtZSk7XG4gICAgICBjb25zdCBzdCA9IGF3YWl0IHN0YXRPclVuZGVmaW5lZChwKTtcbiAgICAgIGlmICghc3QpIGNvbnRpbnVlO1xuICAgICAgaWYgKHN0LmlzRGlyZWN0b3J5KCkpIHtcbiAgICAgICAgZm9yIChjb25zdCBmaWxlIG9mIGF3YWl0IGZpbGVzVW5kZXIocCkpIHNldC5zb3VyY2VzLnB1c2goeyBraW5kLCBwYXRoOiBmaWxlLCBpc0RpcmVjdG9yeTogdHJ1ZSB9KTtcbiAgICAgIH0gZWxzZSBpZiAoc3QuaXNGaWxlKCkpIHtcbiAgICAgICAgYXdhaXQgY2hlY2tSZWFkYWJsZShwKTtcbiAgICAgICAgc2V0LnNvdXJjZXMucHVzaCh7IGtpbmQsIHBhdGg6IHAsIGlzRGlyZWN0b3J5OiBmYWxzZSB9KTtcbiAgICAgIH0gZWxzZSB0aHJvdyB1bnJlYWRhYmxlKHAsICdpdCBpcyBuZWl0aGVyIGEgZmlsZSBub3IgYSBmb2xkZXInKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZW52RGlyID0gcGF0aC5qb2luKHJvb3QsICdlbnYnKTtcbiAgY29uc3QgZW52U3RhdCA9IGF3YWl0IHN0YXRPclVuZGVmaW5lZChlbnZEaXIpO1xuICBpZiAoZW52U3RhdCkge1xuICAgIGlmICghZW52U3RhdC5pc0RpcmVjdG9yeSgpKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke2VudkRpcn0gbXVzdCBiZSBhIGZvbGRlciBob2xkaW5nIHRoZSBmaWxlcyBwYWNrYWdlLmVudiBuYW1lcy5gLCBgTW92ZSB0aGUgZmlsZSBpbnRvICR7ZW52RGlyfS8gb3IgcmVtb3ZlIGl0LmAsICdlbnYtbm90LWEtZm9sZGVyJyk7XG4gICAgYXdhaXQgZmlsZXNVbmRlcihlbnZEaXIpO1xuICAgIHNldC5lbnZEaXIgPSBlbnZEaXI7XG4gIH1cbiAgY29uc3QgbWFrZUNvbmYgPSBwYXRoLmpvaW4ocm9vdCwgJ21ha2UuY29uZicpO1xuICBjb25zdCBtY1N0YXQgPSBhd2FpdCBzdGF0T3JVbmRlZmluZWQobWFrZUNvbmYpO1xuICBpZiAobWNTdGF0KSB7XG4gICAgaWYgKCFtY1N0YXQuaXNGaWxlKCkpIHRocm93IHVucmVhZGFibGUobWFrZUNvbmYsICdpdCBpcyBub3QgYSByZWd1bGFyIGZpbGUnKTtcbiAgICBhd2FpdCBjaGVja1JlYWRhYmxlKG1ha2VDb25mKTtcbiAgICBzZXQubWFrZUNvbmYgPSBtYWtlQ29uZjtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG4vKipcbiAqIFRoZSB0ZXh0IG9mIGV2ZXJ5IHNvdXJjZSBvZiBga2luZGAsIGNvbmNhdGVuYXRlZCBpbiBvcmRlciAoZWFjaCBlbmRpbmcgaW4gYSBuZXdsaW5lKSwgZS5nLiB0b1xuICogYnVpbGQgb25lIGBjdXN0b20uPGtpbmQ+YCBmaWxlLiBFbXB0eSBzdHJpbmcgd2hlbiB0aGVyZSBpcyBub25lLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZE92ZXJyaWRlTGluZXMoc2V0OiBPdmVycmlkZVNldCwga2luZDogT3ZlcnJpZGVLaW5kKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgbGV0IHRleHQgPSAnJztcbiAgZm9yIChjb25zdCBzb3VyY2Ugb2Ygc2V0LnNvdXJjZXMpIHtcbiAgICBpZiAoc291cmNlLmtpbmQgIT09IGtpbmQpIGNvbnRpbnVlO1xuICAgIGxldCBjb250ZW50OiBzdHJpbmc7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnRlbnQgPSBhd2FpdCBmcy5yZWFkRmlsZShzb3VyY2UucGF0aCwgJ3V0ZjgnKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICB0aHJvdyB1bnJlYWRhYmxlKHNvdXJjZS5wYXRoLCAoZSBhcyBFcnJvcikubWVzc2FnZSk7XG4gICAgfVxuICAgIHRleHQgKz0gY29udGVudC5sZW5ndGggPT09IDAgfHwgY29udGVudC5lbmRzV2l0aCgnXFxuJykgPyBjb250ZW50IDogYCR7Y29udGVudH1cXG5gO1xuICB9XG4gIHJldHVybiB0ZXh0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEscUJBQTJDO0FBQzNDLFdBQXNCO0FBQ3RCLHdCQUFvRTtBQUNwRSx1QkFBMEI7QUFHMUIsTUFBTSxhQUE2QztBQUFBLEVBQ2pELEtBQUssQ0FBQyxhQUFhO0FBQUEsRUFDbkIsTUFBTSxDQUFDLGNBQWM7QUFBQSxFQUNyQixRQUFRLENBQUMsZ0JBQWdCO0FBQUEsRUFDekIsS0FBSyxDQUFDLGFBQWE7QUFBQSxFQUNuQixpQkFBaUIsQ0FBQyxvQkFBb0IseUJBQXlCO0FBQUEsRUFDL0QsU0FBUyxDQUFDLGlCQUFpQjtBQUM3QjtBQUdPLFNBQVMsc0JBQXNCLE1BQXVCO0FBQzNELFNBQU8sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxLQUFLLEtBQUssU0FBUyxNQUFNO0FBQzNFO0FBRUEsU0FBUyxXQUFXLE1BQWMsS0FBd0I7QUFDeEQsU0FBTyxJQUFJLDJCQUFVLGlDQUFpQyxJQUFJLEtBQUssR0FBRyxLQUFLLFFBQVEsSUFBSSwyQ0FBMkMscUJBQXFCO0FBQ3JKO0FBRUEsZUFBZSxnQkFBZ0IsR0FBdUM7QUFDcEUsTUFBSTtBQUNGLFVBQU0sZUFBQUEsU0FBRyxNQUFNLENBQUM7QUFBQSxFQUNsQixTQUFTLEdBQUc7QUFDVixRQUFLLEVBQTRCLFNBQVMsU0FBVSxRQUFPO0FBQzNELFVBQU0sV0FBVyxHQUFJLEVBQVksT0FBTztBQUFBLEVBQzFDO0FBQ0EsTUFBSTtBQUNGLFdBQU8sTUFBTSxlQUFBQSxTQUFHLEtBQUssQ0FBQztBQUFBLEVBQ3hCLFNBQVMsR0FBRztBQUVWLFVBQU0sV0FBVyxHQUFHLG9EQUFxRCxFQUFZLE9BQU8sR0FBRztBQUFBLEVBQ2pHO0FBQ0Y7QUFHQSxlQUFlLGNBQWMsTUFBNkI7QUFDeEQsTUFBSTtBQUNGLFVBQU0sU0FBUyxNQUFNLGVBQUFBLFNBQUcsS0FBSyxNQUFNLEdBQUc7QUFDdEMsVUFBTSxPQUFPLE1BQU07QUFBQSxFQUNyQixTQUFTLEdBQUc7QUFDVixVQUFNLFdBQVcsTUFBTyxFQUFZLE9BQU87QUFBQSxFQUM3QztBQUNGO0FBRUEsZUFBZSxXQUFXLEtBQWdDO0FBQ3hELE1BQUk7QUFDSixNQUFJO0FBQ0YsWUFBUSxNQUFNLGVBQUFBLFNBQUcsUUFBUSxHQUFHO0FBQUEsRUFDOUIsU0FBUyxHQUFHO0FBQ1YsVUFBTSxXQUFXLEtBQU0sRUFBWSxPQUFPO0FBQUEsRUFDNUM7QUFDQSxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxRQUFRLE1BQU0sS0FBSyxHQUFHO0FBQy9CLFFBQUksc0JBQXNCLElBQUksRUFBRztBQUNqQyxVQUFNLElBQUksS0FBSyxLQUFLLEtBQUssSUFBSTtBQUM3QixVQUFNLEtBQUssTUFBTSxnQkFBZ0IsQ0FBQztBQUNsQyxRQUFJLENBQUMsR0FBSTtBQUNULFFBQUksR0FBRyxZQUFZLEVBQUcsS0FBSSxLQUFLLEdBQUksTUFBTSxXQUFXLENBQUMsQ0FBRTtBQUFBLGFBQzlDLEdBQUcsT0FBTyxHQUFHO0FBQ3BCLFlBQU0sY0FBYyxDQUFDO0FBQ3JCLFVBQUksS0FBSyxDQUFDO0FBQUEsSUFDWixNQUFPLE9BQU0sV0FBVyxHQUFHLDBCQUEwQjtBQUFBLEVBQ3ZEO0FBQ0EsU0FBTztBQUNUO0FBR0EsZUFBc0Isa0JBQWtCLGlCQUF5QixrQkFBa0IsWUFBa0M7QUFDbkgsUUFBTSxPQUFPLEtBQUssUUFBUSxpQkFBaUIsZUFBZTtBQUMxRCxRQUFNLE1BQW1CLEVBQUUsTUFBTSxTQUFTLENBQUMsRUFBRTtBQUM3QyxRQUFNLFdBQVcsTUFBTSxnQkFBZ0IsSUFBSTtBQUMzQyxNQUFJLENBQUMsU0FBVSxRQUFPO0FBQ3RCLE1BQUksQ0FBQyxTQUFTLFlBQVksR0FBRztBQUMzQixVQUFNLElBQUksMkJBQVUsd0JBQXdCLElBQUkscUJBQXFCLHVHQUF1Ryx3QkFBd0I7QUFBQSxFQUN0TTtBQUNBLGFBQVcsUUFBUSxrQ0FBZ0I7QUFDakMsZUFBVyxRQUFRLFdBQVcsSUFBSSxHQUFHO0FBQ25DLFlBQU0sSUFBSSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQzlCLFlBQU0sS0FBSyxNQUFNLGdCQUFnQixDQUFDO0FBQ2xDLFVBQUksQ0FBQyxHQUFJO0FBQ1QsVUFBSSxHQUFHLFlBQVksR0FBRztBQUNwQixtQkFBVyxRQUFRLE1BQU0sV0FBVyxDQUFDLEVBQUcsS0FBSSxRQUFRLEtBQUssRUFBRSxNQUFNLE1BQU0sTUFBTSxhQUFhLEtBQUssQ0FBQztBQUFBLE1BQ2xHLFdBQVcsR0FBRyxPQUFPLEdBQUc7QUFDdEIsY0FBTSxjQUFjLENBQUM7QUFDckIsWUFBSSxRQUFRLEtBQUssRUFBRSxNQUFNLE1BQU0sR0FBRyxhQUFhLE1BQU0sQ0FBQztBQUFBLE1BQ3hELE1BQU8sT0FBTSxXQUFXLEdBQUcsbUNBQW1DO0FBQUEsSUFDaEU7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUFTLEtBQUssS0FBSyxNQUFNLEtBQUs7QUFDcEMsUUFBTSxVQUFVLE1BQU0sZ0JBQWdCLE1BQU07QUFDNUMsTUFBSSxTQUFTO0FBQ1gsUUFBSSxDQUFDLFFBQVEsWUFBWSxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLE1BQU0sMERBQTBELHNCQUFzQixNQUFNLG1CQUFtQixrQkFBa0I7QUFDcEwsVUFBTSxXQUFXLE1BQU07QUFDdkIsUUFBSSxTQUFTO0FBQUEsRUFDZjtBQUNBLFFBQU0sV0FBVyxLQUFLLEtBQUssTUFBTSxXQUFXO0FBQzVDLFFBQU0sU0FBUyxNQUFNLGdCQUFnQixRQUFRO0FBQzdDLE1BQUksUUFBUTtBQUNWLFFBQUksQ0FBQyxPQUFPLE9BQU8sRUFBRyxPQUFNLFdBQVcsVUFBVSwwQkFBMEI7QUFDM0UsVUFBTSxjQUFjLFFBQVE7QUFDNUIsUUFBSSxXQUFXO0FBQUEsRUFDakI7QUFDQSxTQUFPO0FBQ1Q7QUFNQSxlQUFzQixrQkFBa0IsS0FBa0IsTUFBcUM7QUFDN0YsTUFBSSxPQUFPO0FBQ1gsYUFBVyxVQUFVLElBQUksU0FBUztBQUNoQyxRQUFJLE9BQU8sU0FBUyxLQUFNO0FBQzFCLFFBQUk7QUFDSixRQUFJO0FBQ0YsZ0JBQVUsTUFBTSxlQUFBQSxTQUFHLFNBQVMsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNqRCxTQUFTLEdBQUc7QUFDVixZQUFNLFdBQVcsT0FBTyxNQUFPLEVBQVksT0FBTztBQUFBLElBQ3BEO0FBQ0EsWUFBUSxRQUFRLFdBQVcsS0FBSyxRQUFRLFNBQVMsSUFBSSxJQUFJLFVBQVUsR0FBRyxPQUFPO0FBQUE7QUFBQSxFQUMvRTtBQUNBLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
