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
  let client;
  let edits;
  try {
    client = require("./languageClient");
  } catch (e) {
    reportMissing(e, "the ebuild language client", ctx);
  }
  try {
    edits = require("./ebuildCommands");
  } catch (e) {
    reportMissing(e, "the ebuild editing commands", ctx);
  }
  try {
    edits?.registerEbuildCommands(context);
    void Promise.resolve(client?.startLanguageClient(context)).catch((e) => ctx.log.error(`language client: ${e.stack ?? e}`));
  } catch (e) {
    ctx.log.error(`optional features: ${e.stack ?? e}`);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9tYWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEFjdGl2YXRpb246IGJ1aWxkcyB0aGUgY29udGV4dCwgcmVnaXN0ZXJzIGNvbW1hbmRzLCBwcm92aWRlcnMgYW5kIHZpZXdzLCB0aGVuIHN0YXJ0cyB0aGUgb3B0aW9uYWwgcGFydHNcbiAqIChsYW5ndWFnZSBjbGllbnQsIGVidWlsZCBlZGl0aW5nIGNvbW1hbmRzKSB3aGVuIHRoZXkgYXJlIHBhcnQgb2YgdGhpcyBidWlsZC5cbiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyByZWdpc3RlckNvbW1hbmRzIH0gZnJvbSAnLi9jb21tYW5kcyc7XG5pbXBvcnQgeyBMT0dfTEFOR1VBR0UsIExPR19TQ0hFTUUgfSBmcm9tICcuL2J1aWxkTG9nRG9jdW1lbnQnO1xuaW1wb3J0IHsgQnVpbGRMaW5rUHJvdmlkZXIgfSBmcm9tICcuL3Rlcm1pbmFsTGlua3MnO1xuaW1wb3J0IHsgQnVpbGRUYXNrUHJvdmlkZXIsIFRBU0tfVFlQRSB9IGZyb20gJy4vYnVpbGRUYXNrcyc7XG5pbXBvcnQgeyBjaGVja0VuZ2luZSB9IGZyb20gJy4vZW5naW5lQWN0aW9ucyc7XG5cbmxldCBjdXJyZW50OiBDdHggfCB1bmRlZmluZWQ7XG5cbi8qKiBBbiBvcHRpb25hbCBzaWJsaW5nIG1vZHVsZSB0aGF0IGlzIGFic2VudCBpcyBsb2dnZWQsIG5ldmVyIGZhdGFsLiAqL1xuZnVuY3Rpb24gcmVwb3J0TWlzc2luZyhlOiB1bmtub3duLCB3aGF0OiBzdHJpbmcsIGN0eDogQ3R4KTogdW5kZWZpbmVkIHtcbiAgY29uc3QgY29kZSA9IChlIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZTtcbiAgaWYgKGNvZGUgPT09ICdNT0RVTEVfTk9UX0ZPVU5EJykgY3R4LmxvZy5pbmZvKGAke3doYXR9IGlzIG5vdCBwYXJ0IG9mIHRoaXMgYnVpbGRgKTtcbiAgZWxzZSBjdHgubG9nLmVycm9yKGAke3doYXR9IGZhaWxlZCB0byBsb2FkOiAkeyhlIGFzIEVycm9yKS5zdGFjayA/PyBlfWApO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYWN0aXZhdGUoY29udGV4dDogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpOiBQcm9taXNlPHsgY3R4OiBDdHggfT4ge1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgY3R4ID0gKGN1cnJlbnQgPSBuZXcgQ3R4KGNvbnRleHQpKTtcbiAgY29udGV4dC5zdWJzY3JpcHRpb25zLnB1c2goY3R4KTtcbiAgcmVnaXN0ZXJDb21tYW5kcyhjdHgpO1xuICBjdHgucHVzaChcbiAgICB2c2NvZGUud29ya3NwYWNlLnJlZ2lzdGVyVGV4dERvY3VtZW50Q29udGVudFByb3ZpZGVyKExPR19TQ0hFTUUsIGN0eC5sb2dzKSxcbiAgICB2c2NvZGUubGFuZ3VhZ2VzLnJlZ2lzdGVyRG9jdW1lbnRTeW1ib2xQcm92aWRlcihbeyBsYW5ndWFnZTogTE9HX0xBTkdVQUdFIH0sIHsgc2NoZW1lOiBMT0dfU0NIRU1FIH1dLCBjdHgubG9ncywgeyBsYWJlbDogJ0J1aWxkIGxvZycgfSksXG4gICAgdnNjb2RlLndpbmRvdy5yZWdpc3RlclRlcm1pbmFsTGlua1Byb3ZpZGVyKG5ldyBCdWlsZExpbmtQcm92aWRlcihjdHgpKSxcbiAgICB2c2NvZGUudGFza3MucmVnaXN0ZXJUYXNrUHJvdmlkZXIoVEFTS19UWVBFLCBuZXcgQnVpbGRUYXNrUHJvdmlkZXIoY3R4KSksXG4gICAgdnNjb2RlLndvcmtzcGFjZS5vbkRpZEdyYW50V29ya3NwYWNlVHJ1c3QoKCkgPT4geyBjdHgub3ZlcmxheXNWaWV3LnJlZnJlc2goKTsgdm9pZCBjaGVja0VuZ2luZShjdHgsIGZhbHNlKTsgfSksXG4gICk7XG4gIGN0eC5jb25maWcucmVwb3J0UHJvYmxlbXMoKTtcblxuICAvLyBUaGUgbGFuZ3VhZ2Ugc2VydmVyIGVuZ2luZWVyJ3MgcGFydHM7IHRoaXMgZXh0ZW5zaW9uIHdvcmtzIHdpdGhvdXQgdGhlbS5cbiAgdHlwZSBDbGllbnRNb2R1bGUgPSB7IHN0YXJ0TGFuZ3VhZ2VDbGllbnQoYzogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpOiB1bmtub3duIH07XG4gIHR5cGUgRWRpdE1vZHVsZSA9IHsgcmVnaXN0ZXJFYnVpbGRDb21tYW5kcyhjOiB2c2NvZGUuRXh0ZW5zaW9uQ29udGV4dCk6IHVua25vd24gfTtcbiAgLy8gYHJlcXVpcmVgIGRpcmVjdGx5IGluc2lkZSBgdHJ5YDogZXNidWlsZCB0aGVuIGJ1bmRsZXMgdGhlIG1vZHVsZSB3aGVuIGl0IGV4aXN0cyBhbmQgdG9sZXJhdGVzIGl0cyBhYnNlbmNlLlxuICBsZXQgY2xpZW50OiBDbGllbnRNb2R1bGUgfCB1bmRlZmluZWQ7XG4gIGxldCBlZGl0czogRWRpdE1vZHVsZSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHsgY2xpZW50ID0gcmVxdWlyZSgnLi9sYW5ndWFnZUNsaWVudCcpIGFzIENsaWVudE1vZHVsZTsgfSBjYXRjaCAoZSkgeyByZXBvcnRNaXNzaW5nKGUsICd0aGUgZWJ1aWxkIGxhbmd1YWdlIGNsaWVudCcsIGN0eCk7IH1cbiAgdHJ5IHsgZWRpdHMgPSByZXF1aXJlKCcuL2VidWlsZENvbW1hbmRzJykgYXMgRWRpdE1vZHVsZTsgfSBjYXRjaCAoZSkgeyByZXBvcnRNaXNzaW5nKGUsICd0aGUgZWJ1aWxkIGVkaXRpbmcgY29tbWFuZHMnLCBjdHgpOyB9XG4gIHRyeSB7XG4gICAgZWRpdHM/LnJlZ2lzdGVyRWJ1aWxkQ29tbWFuZHMoY29udGV4dCk7XG4gICAgdm9pZCBQcm9taXNlLnJlc29sdmUoY2xpZW50Py5zdGFydExhbmd1YWdlQ2xpZW50KGNvbnRleHQpKS5jYXRjaCgoZSkgPT4gY3R4LmxvZy5lcnJvcihgbGFuZ3VhZ2UgY2xpZW50OiAkeyhlIGFzIEVycm9yKS5zdGFjayA/PyBlfWApKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGN0eC5sb2cuZXJyb3IoYG9wdGlvbmFsIGZlYXR1cmVzOiAkeyhlIGFzIEVycm9yKS5zdGFjayA/PyBlfWApO1xuICB9XG5cbiAgaWYgKHZzY29kZS53b3Jrc3BhY2UuaXNUcnVzdGVkKSB2b2lkIGNoZWNrRW5naW5lKGN0eCwgZmFsc2UpO1xuICAvLyBQNSByZWFkcyB0aGlzIGxpbmUgKGFuZCB0aGUgYWN0aXZhdGlvbiBsaW5lIG9mIHRoZSBleHRlbnNpb24gaG9zdCBsb2cpIHRvIG1lYXN1cmUgYWN0aXZhdGlvbiB0aW1lLlxuICBjdHgubG9nLmluZm8oYHJlYWR5OiBhY3RpdmF0ZWQgaW4gJHtEYXRlLm5vdygpIC0gc3RhcnRlZH0gbXMgYXQgJHtuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCl9YCk7XG4gIHJldHVybiB7IGN0eCB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZGVhY3RpdmF0ZSgpOiB2b2lkIHtcbiAgY3VycmVudD8uZGlzcG9zZSgpO1xuICBjdXJyZW50ID0gdW5kZWZpbmVkO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLGFBQXdCO0FBQ3hCLGlCQUFvQjtBQUNwQixzQkFBaUM7QUFDakMsOEJBQXlDO0FBQ3pDLDJCQUFrQztBQUNsQyx3QkFBNkM7QUFDN0MsMkJBQTRCO0FBRTVCLElBQUk7QUFHSixTQUFTLGNBQWMsR0FBWSxNQUFjLEtBQXFCO0FBQ3BFLFFBQU0sT0FBUSxFQUE0QjtBQUMxQyxNQUFJLFNBQVMsbUJBQW9CLEtBQUksSUFBSSxLQUFLLEdBQUcsSUFBSSw0QkFBNEI7QUFBQSxNQUM1RSxLQUFJLElBQUksTUFBTSxHQUFHLElBQUksb0JBQXFCLEVBQVksU0FBUyxDQUFDLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBRUEsZUFBc0IsU0FBUyxTQUF5RDtBQUN0RixRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sTUFBTyxVQUFVLElBQUksZUFBSSxPQUFPO0FBQ3RDLFVBQVEsY0FBYyxLQUFLLEdBQUc7QUFDOUIsd0NBQWlCLEdBQUc7QUFDcEIsTUFBSTtBQUFBLElBQ0YsT0FBTyxVQUFVLG9DQUFvQyxvQ0FBWSxJQUFJLElBQUk7QUFBQSxJQUN6RSxPQUFPLFVBQVUsK0JBQStCLENBQUMsRUFBRSxVQUFVLHFDQUFhLEdBQUcsRUFBRSxRQUFRLG1DQUFXLENBQUMsR0FBRyxJQUFJLE1BQU0sRUFBRSxPQUFPLFlBQVksQ0FBQztBQUFBLElBQ3RJLE9BQU8sT0FBTyw2QkFBNkIsSUFBSSx1Q0FBa0IsR0FBRyxDQUFDO0FBQUEsSUFDckUsT0FBTyxNQUFNLHFCQUFxQiw2QkFBVyxJQUFJLG9DQUFrQixHQUFHLENBQUM7QUFBQSxJQUN2RSxPQUFPLFVBQVUseUJBQXlCLE1BQU07QUFBRSxVQUFJLGFBQWEsUUFBUTtBQUFHLGVBQUssa0NBQVksS0FBSyxLQUFLO0FBQUEsSUFBRyxDQUFDO0FBQUEsRUFDL0c7QUFDQSxNQUFJLE9BQU8sZUFBZTtBQU0xQixNQUFJO0FBQ0osTUFBSTtBQUNKLE1BQUk7QUFBRSxhQUFTLFFBQVEsa0JBQWtCO0FBQUEsRUFBbUIsU0FBUyxHQUFHO0FBQUUsa0JBQWMsR0FBRyw4QkFBOEIsR0FBRztBQUFBLEVBQUc7QUFDL0gsTUFBSTtBQUFFLFlBQVEsUUFBUSxrQkFBa0I7QUFBQSxFQUFpQixTQUFTLEdBQUc7QUFBRSxrQkFBYyxHQUFHLCtCQUErQixHQUFHO0FBQUEsRUFBRztBQUM3SCxNQUFJO0FBQ0YsV0FBTyx1QkFBdUIsT0FBTztBQUNyQyxTQUFLLFFBQVEsUUFBUSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTSxJQUFJLElBQUksTUFBTSxvQkFBcUIsRUFBWSxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDdEksU0FBUyxHQUFHO0FBQ1YsUUFBSSxJQUFJLE1BQU0sc0JBQXVCLEVBQVksU0FBUyxDQUFDLEVBQUU7QUFBQSxFQUMvRDtBQUVBLE1BQUksT0FBTyxVQUFVLFVBQVcsVUFBSyxrQ0FBWSxLQUFLLEtBQUs7QUFFM0QsTUFBSSxJQUFJLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLE9BQU8sV0FBVSxvQkFBSSxLQUFLLEdBQUUsWUFBWSxDQUFDLEVBQUU7QUFDNUYsU0FBTyxFQUFFLElBQUk7QUFDZjtBQUVPLFNBQVMsYUFBbUI7QUFDakMsV0FBUyxRQUFRO0FBQ2pCLFlBQVU7QUFDWjsiLAogICJuYW1lcyI6IFtdCn0K
