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
var main_exports = {};
__export(main_exports, {
  activate: () => activate,
  deactivate: () => deactivate
});
module.exports = __toCommonJS(main_exports);
var vscode = __toESM(require("vscode"));
var import_ctx = require("./ctx");
var import_commands = require("./commands");
var import_buildLogDocument = require("./buildLogDocument");
var import_terminalLinks = require("./terminalLinks");
var import_buildTasks = require("./buildTasks");
var import_engineActions = require("./engineActions");
let current;
function reportMissing(e, what, ctx) {
  const code = e.code;
  if (code === "MODULE_NOT_FOUND") ctx.log.info(`${what} is not part of this build`);
  else ctx.log.error(`${what} failed to load: ${e.stack ?? e}`);
  return void 0;
}
async function activate(context) {
  const started = Date.now();
  const ctx = current = new import_ctx.Ctx(context);
  context.subscriptions.push(ctx);
  (0, import_commands.registerCommands)(ctx);
  ctx.push(
    vscode.workspace.registerTextDocumentContentProvider(import_buildLogDocument.LOG_SCHEME, ctx.logs),
    vscode.languages.registerDocumentSymbolProvider([{ language: import_buildLogDocument.LOG_LANGUAGE }, { scheme: import_buildLogDocument.LOG_SCHEME }], ctx.logs, { label: "Build log" }),
    vscode.window.registerTerminalLinkProvider(new import_terminalLinks.BuildLinkProvider(ctx)),
    vscode.tasks.registerTaskProvider(import_buildTasks.TASK_TYPE, new import_buildTasks.BuildTaskProvider(ctx)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      ctx.overlaysView.refresh();
      void (0, import_engineActions.checkEngine)(ctx, false);
    })
  );
  ctx.config.reportProblems();
  const features = [
    ["the ebuild editing commands", () => require("./ebuildCommands").registerEbuildCommands],
    ["the CI workflow command", () => require("./ciCommand").registerCiCommand],
    ["the USE matrix command", () => require("./useMatrixCommand").registerUseMatrixCommand],
    ["the ebuild language client", () => require("./languageClient").startLanguageClient]
  ];
  for (const [what, load] of features) {
    try {
      const register = load();
      void Promise.resolve(register?.(context)).catch((e) => ctx.log.error(`${what}: ${e.stack ?? e}`));
    } catch (e) {
      reportMissing(e, what, ctx);
    }
  }
  if (vscode.workspace.isTrusted) void (0, import_engineActions.checkEngine)(ctx, false);
  ctx.log.info(`ready: activated in ${Date.now() - started} ms at ${(/* @__PURE__ */ new Date()).toISOString()}`);
  return { ctx };
}
function deactivate() {
  current?.dispose();
  current = void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  activate,
  deactivate
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9tYWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEFjdGl2YXRpb246IGJ1aWxkcyB0aGUgY29udGV4dCwgcmVnaXN0ZXJzIGNvbW1hbmRzLCBwcm92aWRlcnMgYW5kIHZpZXdzLCB0aGVuIHN0YXJ0cyB0aGUgb3B0aW9uYWwgcGFydHNcbiAqIChsYW5ndWFnZSBjbGllbnQsIGVidWlsZCBlZGl0aW5nIGNvbW1hbmRzKSB3aGVuIHRoZXkgYXJlIHBhcnQgb2YgdGhpcyBidWlsZC5cbiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyByZWdpc3RlckNvbW1hbmRzIH0gZnJvbSAnLi9jb21tYW5kcyc7XG5pbXBvcnQgeyBMT0dfTEFOR1VBR0UsIExPR19TQ0hFTUUgfSBmcm9tICcuL2J1aWxkTG9nRG9jdW1lbnQnO1xuaW1wb3J0IHsgQnVpbGRMaW5rUHJvdmlkZXIgfSBmcm9tICcuL3Rlcm1pbmFsTGlua3MnO1xuaW1wb3J0IHsgQnVpbGRUYXNrUHJvdmlkZXIsIFRBU0tfVFlQRSB9IGZyb20gJy4vYnVpbGRUYXNrcyc7XG5pbXBvcnQgeyBjaGVja0VuZ2luZSB9IGZyb20gJy4vZW5naW5lQWN0aW9ucyc7XG5cbmxldCBjdXJyZW50OiBDdHggfCB1bmRlZmluZWQ7XG5cbi8qKiBBbiBvcHRpb25hbCBzaWJsaW5nIG1vZHVsZSB0aGF0IGlzIGFic2VudCBpcyBsb2dnZWQsIG5ldmVyIGZhdGFsLiAqL1xuZnVuY3Rpb24gcmVwb3J0TWlzc2luZyhlOiB1bmtub3duLCB3aGF0OiBzdHJpbmcsIGN0eDogQ3R4KTogdW5kZWZpbmVkIHtcbiAgY29uc3QgY29kZSA9IChlIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZTtcbiAgaWYgKGNvZGUgPT09ICdNT0RVTEVfTk9UX0ZPVU5EJykgY3R4LmxvZy5pbmZvKGAke3doYXR9IGlzIG5vdCBwYXJ0IG9mIHRoaXMgYnVpbGRgKTtcbiAgZWxzZSBjdHgubG9nLmVycm9yKGAke3doYXR9IGZhaWxlZCB0byBsb2FkOiAkeyhlIGFzIEVycm9yKS5zdGFjayA/PyBlfWApO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYWN0aXZhdGUoY29udGV4dDogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpOiBQcm9taXNlPHsgY3R4OiBDdHggfT4ge1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgY3R4ID0gKGN1cnJlbnQgPSBuZXcgQ3R4KGNvbnRleHQpKTtcbiAgY29udGV4dC5zdWJzY3JpcHRpb25zLnB1c2goY3R4KTtcbiAgcmVnaXN0ZXJDb21tYW5kcyhjdHgpO1xuICBjdHgucHVzaChcbiAgICB2c2NvZGUud29ya3NwYWNlLnJlZ2lzdGVyVGV4dERvY3VtZW50Q29udGVudFByb3ZpZGVyKExPR19TQ0hFTUUsIGN0eC5sb2dzKSxcbiAgICB2c2NvZGUubGFuZ3VhZ2VzLnJlZ2lzdGVyRG9jdW1lbnRTeW1ib2xQcm92aWRlcihbeyBsYW5ndWFnZTogTE9HX0xBTkdVQUdFIH0sIHsgc2NoZW1lOiBMT0dfU0NIRU1FIH1dLCBjdHgubG9ncywgeyBsYWJlbDogJ0J1aWxkIGxvZycgfSksXG4gICAgdnNjb2RlLndpbmRvdy5yZWdpc3RlclRlcm1pbmFsTGlua1Byb3ZpZGVyKG5ldyBCdWlsZExpbmtQcm92aWRlcihjdHgpKSxcbiAgICB2c2NvZGUudGFza3MucmVnaXN0ZXJUYXNrUHJvdmlkZXIoVEFTS19UWVBFLCBuZXcgQnVpbGRUYXNrUHJvdmlkZXIoY3R4KSksXG4gICAgdnNjb2RlLndvcmtzcGFjZS5vbkRpZEdyYW50V29ya3NwYWNlVHJ1c3QoKCkgPT4geyBjdHgub3ZlcmxheXNWaWV3LnJlZnJlc2goKTsgdm9pZCBjaGVja0VuZ2luZShjdHgsIGZhbHNlKTsgfSksXG4gICk7XG4gIGN0eC5jb25maWcucmVwb3J0UHJvYmxlbXMoKTtcblxuICAvLyBGZWF0dXJlcyB3cml0dGVuIGFsb25nc2lkZSB0aGlzIHNoZWxsIChsYW5ndWFnZSBjbGllbnQsIGVidWlsZCBlZGl0aW5nLCBDSSB3b3JrZmxvdywgVVNFIG1hdHJpeCkuIEVhY2ggaXNcbiAgLy8gb3B0aW9uYWw6IGByZXF1aXJlYCBzaXRzIGRpcmVjdGx5IGluc2lkZSBgdHJ5YCwgc28gZXNidWlsZCBidW5kbGVzIGEgbW9kdWxlIHRoYXQgZXhpc3RzIGFuZCB0b2xlcmF0ZXMgb25lXG4gIC8vIHRoYXQgZG9lcyBub3QsIGFuZCBvbmUgZmVhdHVyZSBmYWlsaW5nIG5ldmVyIHN0b3BzIHRoZSBvdGhlcnMuXG4gIHR5cGUgUmVnaXN0ZXIgPSAoYzogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpID0+IHVua25vd247XG4gIGNvbnN0IGZlYXR1cmVzOiBbc3RyaW5nLCAoKSA9PiBSZWdpc3RlciB8IHVuZGVmaW5lZF1bXSA9IFtcbiAgICBbJ3RoZSBlYnVpbGQgZWRpdGluZyBjb21tYW5kcycsICgpID0+IChyZXF1aXJlKCcuL2VidWlsZENvbW1hbmRzJykgYXMgeyByZWdpc3RlckVidWlsZENvbW1hbmRzPzogUmVnaXN0ZXIgfSkucmVnaXN0ZXJFYnVpbGRDb21tYW5kc10sXG4gICAgWyd0aGUgQ0kgd29ya2Zsb3cgY29tbWFuZCcsICgpID0+IChyZXF1aXJlKCcuL2NpQ29tbWFuZCcpIGFzIHsgcmVnaXN0ZXJDaUNvbW1hbmQ/OiBSZWdpc3RlciB9KS5yZWdpc3RlckNpQ29tbWFuZF0sXG4gICAgWyd0aGUgVVNFIG1hdHJpeCBjb21tYW5kJywgKCkgPT4gKHJlcXVpcmUoJy4vdXNlTWF0cml4Q29tbWFuZCcpIGFzIHsgcmVnaXN0ZXJVc2VNYXRyaXhDb21tYW5kPzogUmVnaXN0ZXIgfSkucmVnaXN0ZXJVc2VNYXRyaXhDb21tYW5kXSxcbiAgICBbJ3RoZSBlYnVpbGQgbGFuZ3VhZ2UgY2xpZW50JywgKCkgPT4gKHJlcXVpcmUoJy4vbGFuZ3VhZ2VDbGllbnQnKSBhcyB7IHN0YXJ0TGFuZ3VhZ2VDbGllbnQ/OiBSZWdpc3RlciB9KS5zdGFydExhbmd1YWdlQ2xpZW50XSxcbiAgXTtcbiAgZm9yIChjb25zdCBbd2hhdCwgbG9hZF0gb2YgZmVhdHVyZXMpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVnaXN0ZXIgPSBsb2FkKCk7XG4gICAgICB2b2lkIFByb21pc2UucmVzb2x2ZShyZWdpc3Rlcj8uKGNvbnRleHQpKS5jYXRjaCgoZSkgPT4gY3R4LmxvZy5lcnJvcihgJHt3aGF0fTogJHsoZSBhcyBFcnJvcikuc3RhY2sgPz8gZX1gKSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgcmVwb3J0TWlzc2luZyhlLCB3aGF0LCBjdHgpO1xuICAgIH1cbiAgfVxuXG4gIGlmICh2c2NvZGUud29ya3NwYWNlLmlzVHJ1c3RlZCkgdm9pZCBjaGVja0VuZ2luZShjdHgsIGZhbHNlKTtcbiAgLy8gUDUgcmVhZHMgdGhpcyBsaW5lIChhbmQgdGhlIGFjdGl2YXRpb24gbGluZSBvZiB0aGUgZXh0ZW5zaW9uIGhvc3QgbG9nKSB0byBtZWFzdXJlIGFjdGl2YXRpb24gdGltZS5cbiAgY3R4LmxvZy5pbmZvKGByZWFkeTogYWN0aXZhdGVkIGluICR7RGF0ZS5ub3coKSAtIHN0YXJ0ZWR9IG1zIGF0ICR7bmV3IERhdGUoKS50b0lTT1N0cmluZygpfWApO1xuICByZXR1cm4geyBjdHggfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGRlYWN0aXZhdGUoKTogdm9pZCB7XG4gIGN1cnJlbnQ/LmRpc3Bvc2UoKTtcbiAgY3VycmVudCA9IHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxhQUF3QjtBQUN4QixpQkFBb0I7QUFDcEIsc0JBQWlDO0FBQ2pDLDhCQUF5QztBQUN6QywyQkFBa0M7QUFDbEMsd0JBQTZDO0FBQzdDLDJCQUE0QjtBQUU1QixJQUFJO0FBR0osU0FBUyxjQUFjLEdBQVksTUFBYyxLQUFxQjtBQUNwRSxRQUFNLE9BQVEsRUFBNEI7QUFDMUMsTUFBSSxTQUFTLG1CQUFvQixLQUFJLElBQUksS0FBSyxHQUFHLElBQUksNEJBQTRCO0FBQUEsTUFDNUUsS0FBSSxJQUFJLE1BQU0sR0FBRyxJQUFJLG9CQUFxQixFQUFZLFNBQVMsQ0FBQyxFQUFFO0FBQ3ZFLFNBQU87QUFDVDtBQUVBLGVBQXNCLFNBQVMsU0FBeUQ7QUFDdEYsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLE1BQU8sVUFBVSxJQUFJLGVBQUksT0FBTztBQUN0QyxVQUFRLGNBQWMsS0FBSyxHQUFHO0FBQzlCLHdDQUFpQixHQUFHO0FBQ3BCLE1BQUk7QUFBQSxJQUNGLE9BQU8sVUFBVSxvQ0FBb0Msb0NBQVksSUFBSSxJQUFJO0FBQUEsSUFDekUsT0FBTyxVQUFVLCtCQUErQixDQUFDLEVBQUUsVUFBVSxxQ0FBYSxHQUFHLEVBQUUsUUFBUSxtQ0FBVyxDQUFDLEdBQUcsSUFBSSxNQUFNLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxJQUN0SSxPQUFPLE9BQU8sNkJBQTZCLElBQUksdUNBQWtCLEdBQUcsQ0FBQztBQUFBLElBQ3JFLE9BQU8sTUFBTSxxQkFBcUIsNkJBQVcsSUFBSSxvQ0FBa0IsR0FBRyxDQUFDO0FBQUEsSUFDdkUsT0FBTyxVQUFVLHlCQUF5QixNQUFNO0FBQUUsVUFBSSxhQUFhLFFBQVE7QUFBRyxlQUFLLGtDQUFZLEtBQUssS0FBSztBQUFBLElBQUcsQ0FBQztBQUFBLEVBQy9HO0FBQ0EsTUFBSSxPQUFPLGVBQWU7QUFNMUIsUUFBTSxXQUFtRDtBQUFBLElBQ3ZELENBQUMsK0JBQStCLE1BQU8sUUFBUSxrQkFBa0IsRUFBNEMsc0JBQXNCO0FBQUEsSUFDbkksQ0FBQywyQkFBMkIsTUFBTyxRQUFRLGFBQWEsRUFBdUMsaUJBQWlCO0FBQUEsSUFDaEgsQ0FBQywwQkFBMEIsTUFBTyxRQUFRLG9CQUFvQixFQUE4Qyx3QkFBd0I7QUFBQSxJQUNwSSxDQUFDLDhCQUE4QixNQUFPLFFBQVEsa0JBQWtCLEVBQXlDLG1CQUFtQjtBQUFBLEVBQzlIO0FBQ0EsYUFBVyxDQUFDLE1BQU0sSUFBSSxLQUFLLFVBQVU7QUFDbkMsUUFBSTtBQUNGLFlBQU0sV0FBVyxLQUFLO0FBQ3RCLFdBQUssUUFBUSxRQUFRLFdBQVcsT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLE1BQU0sSUFBSSxJQUFJLE1BQU0sR0FBRyxJQUFJLEtBQU0sRUFBWSxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDN0csU0FBUyxHQUFHO0FBQ1Ysb0JBQWMsR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUM1QjtBQUFBLEVBQ0Y7QUFFQSxNQUFJLE9BQU8sVUFBVSxVQUFXLFVBQUssa0NBQVksS0FBSyxLQUFLO0FBRTNELE1BQUksSUFBSSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxPQUFPLFdBQVUsb0JBQUksS0FBSyxHQUFFLFlBQVksQ0FBQyxFQUFFO0FBQzVGLFNBQU8sRUFBRSxJQUFJO0FBQ2Y7QUFFTyxTQUFTLGFBQW1CO0FBQ2pDLFdBQVMsUUFBUTtBQUNqQixZQUFVO0FBQ1o7IiwKICAibmFtZXMiOiBbXQp9Cg==
