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
  const features = [];
  const what = ["the ebuild editing commands", "the CI workflow command", "the USE matrix command", "the ebuild language client"];
  try {
    features.push([what[0], require("./ebuildCommands").registerEbuildCommands]);
  } catch (e) {
    reportMissing(e, what[0], ctx);
  }
  try {
    features.push([what[1], require("./ciCommand").registerCiCommand]);
  } catch (e) {
    reportMissing(e, what[1], ctx);
  }
  try {
    features.push([what[2], require("./useMatrixCommand").registerUseMatrixCommand]);
  } catch (e) {
    reportMissing(e, what[2], ctx);
  }
  try {
    features.push([what[3], require("./languageClient").startLanguageClient]);
  } catch (e) {
    reportMissing(e, what[3], ctx);
  }
  for (const [name, register] of features) {
    try {
      void Promise.resolve(register?.(context)).catch((e) => ctx.log.error(`${name}: ${e.stack ?? e}`));
    } catch (e) {
      ctx.log.error(`${name}: ${e.stack ?? e}`);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9tYWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEFjdGl2YXRpb246IGJ1aWxkcyB0aGUgY29udGV4dCwgcmVnaXN0ZXJzIGNvbW1hbmRzLCBwcm92aWRlcnMgYW5kIHZpZXdzLCB0aGVuIHN0YXJ0cyB0aGUgb3B0aW9uYWwgcGFydHNcbiAqIChsYW5ndWFnZSBjbGllbnQsIGVidWlsZCBlZGl0aW5nIGNvbW1hbmRzKSB3aGVuIHRoZXkgYXJlIHBhcnQgb2YgdGhpcyBidWlsZC5cbiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyByZWdpc3RlckNvbW1hbmRzIH0gZnJvbSAnLi9jb21tYW5kcyc7XG5pbXBvcnQgeyBMT0dfTEFOR1VBR0UsIExPR19TQ0hFTUUgfSBmcm9tICcuL2J1aWxkTG9nRG9jdW1lbnQnO1xuaW1wb3J0IHsgQnVpbGRMaW5rUHJvdmlkZXIgfSBmcm9tICcuL3Rlcm1pbmFsTGlua3MnO1xuaW1wb3J0IHsgQnVpbGRUYXNrUHJvdmlkZXIsIFRBU0tfVFlQRSB9IGZyb20gJy4vYnVpbGRUYXNrcyc7XG5pbXBvcnQgeyBjaGVja0VuZ2luZSB9IGZyb20gJy4vZW5naW5lQWN0aW9ucyc7XG5cbmxldCBjdXJyZW50OiBDdHggfCB1bmRlZmluZWQ7XG5cbi8qKiBBbiBvcHRpb25hbCBzaWJsaW5nIG1vZHVsZSB0aGF0IGlzIGFic2VudCBpcyBsb2dnZWQsIG5ldmVyIGZhdGFsLiAqL1xuZnVuY3Rpb24gcmVwb3J0TWlzc2luZyhlOiB1bmtub3duLCB3aGF0OiBzdHJpbmcsIGN0eDogQ3R4KTogdW5kZWZpbmVkIHtcbiAgY29uc3QgY29kZSA9IChlIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZTtcbiAgaWYgKGNvZGUgPT09ICdNT0RVTEVfTk9UX0ZPVU5EJykgY3R4LmxvZy5pbmZvKGAke3doYXR9IGlzIG5vdCBwYXJ0IG9mIHRoaXMgYnVpbGRgKTtcbiAgZWxzZSBjdHgubG9nLmVycm9yKGAke3doYXR9IGZhaWxlZCB0byBsb2FkOiAkeyhlIGFzIEVycm9yKS5zdGFjayA/PyBlfWApO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYWN0aXZhdGUoY29udGV4dDogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpOiBQcm9taXNlPHsgY3R4OiBDdHggfT4ge1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgY3R4ID0gKGN1cnJlbnQgPSBuZXcgQ3R4KGNvbnRleHQpKTtcbiAgY29udGV4dC5zdWJzY3JpcHRpb25zLnB1c2goY3R4KTtcbiAgcmVnaXN0ZXJDb21tYW5kcyhjdHgpO1xuICBjdHgucHVzaChcbiAgICB2c2NvZGUud29ya3NwYWNlLnJlZ2lzdGVyVGV4dERvY3VtZW50Q29udGVudFByb3ZpZGVyKExPR19TQ0hFTUUsIGN0eC5sb2dzKSxcbiAgICB2c2NvZGUubGFuZ3VhZ2VzLnJlZ2lzdGVyRG9jdW1lbnRTeW1ib2xQcm92aWRlcihbeyBsYW5ndWFnZTogTE9HX0xBTkdVQUdFIH0sIHsgc2NoZW1lOiBMT0dfU0NIRU1FIH1dLCBjdHgubG9ncywgeyBsYWJlbDogJ0J1aWxkIGxvZycgfSksXG4gICAgdnNjb2RlLndpbmRvdy5yZWdpc3RlclRlcm1pbmFsTGlua1Byb3ZpZGVyKG5ldyBCdWlsZExpbmtQcm92aWRlcihjdHgpKSxcbiAgICB2c2NvZGUudGFza3MucmVnaXN0ZXJUYXNrUHJvdmlkZXIoVEFTS19UWVBFLCBuZXcgQnVpbGRUYXNrUHJvdmlkZXIoY3R4KSksXG4gICAgdnNjb2RlLndvcmtzcGFjZS5vbkRpZEdyYW50V29ya3NwYWNlVHJ1c3QoKCkgPT4geyBjdHgub3ZlcmxheXNWaWV3LnJlZnJlc2goKTsgdm9pZCBjaGVja0VuZ2luZShjdHgsIGZhbHNlKTsgfSksXG4gICk7XG4gIGN0eC5jb25maWcucmVwb3J0UHJvYmxlbXMoKTtcblxuICAvLyBGZWF0dXJlcyB3cml0dGVuIGFsb25nc2lkZSB0aGlzIHNoZWxsIChsYW5ndWFnZSBjbGllbnQsIGVidWlsZCBlZGl0aW5nLCBDSSB3b3JrZmxvdywgVVNFIG1hdHJpeCkuIEVhY2ggaXNcbiAgLy8gb3B0aW9uYWw6IGByZXF1aXJlYCBzaXRzIGRpcmVjdGx5IGluc2lkZSBgdHJ5YCwgc28gZXNidWlsZCBidW5kbGVzIGEgbW9kdWxlIHRoYXQgZXhpc3RzIGFuZCB0b2xlcmF0ZXMgb25lXG4gIC8vIHRoYXQgZG9lcyBub3QsIGFuZCBvbmUgZmVhdHVyZSBmYWlsaW5nIG5ldmVyIHN0b3BzIHRoZSBvdGhlcnMuXG4gIHR5cGUgUmVnaXN0ZXIgPSAoYzogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpID0+IHVua25vd247XG4gIGNvbnN0IGZlYXR1cmVzOiBbc3RyaW5nLCBSZWdpc3RlciB8IHVuZGVmaW5lZF1bXSA9IFtdO1xuICBjb25zdCB3aGF0ID0gWyd0aGUgZWJ1aWxkIGVkaXRpbmcgY29tbWFuZHMnLCAndGhlIENJIHdvcmtmbG93IGNvbW1hbmQnLCAndGhlIFVTRSBtYXRyaXggY29tbWFuZCcsICd0aGUgZWJ1aWxkIGxhbmd1YWdlIGNsaWVudCddO1xuICB0cnkgeyBmZWF0dXJlcy5wdXNoKFt3aGF0WzBdLCByZXF1aXJlKCcuL2VidWlsZENvbW1hbmRzJykucmVnaXN0ZXJFYnVpbGRDb21tYW5kc10pOyB9IGNhdGNoIChlKSB7IHJlcG9ydE1pc3NpbmcoZSwgd2hhdFswXSwgY3R4KTsgfVxuICB0cnkgeyBmZWF0dXJlcy5wdXNoKFt3aGF0WzFdLCByZXF1aXJlKCcuL2NpQ29tbWFuZCcpLnJlZ2lzdGVyQ2lDb21tYW5kXSk7IH0gY2F0Y2ggKGUpIHsgcmVwb3J0TWlzc2luZyhlLCB3aGF0WzFdLCBjdHgpOyB9XG4gIHRyeSB7IGZlYXR1cmVzLnB1c2goW3doYXRbMl0sIHJlcXVpcmUoJy4vdXNlTWF0cml4Q29tbWFuZCcpLnJlZ2lzdGVyVXNlTWF0cml4Q29tbWFuZF0pOyB9IGNhdGNoIChlKSB7IHJlcG9ydE1pc3NpbmcoZSwgd2hhdFsyXSwgY3R4KTsgfVxuICB0cnkgeyBmZWF0dXJlcy5wdXNoKFt3aGF0WzNdLCByZXF1aXJlKCcuL2xhbmd1YWdlQ2xpZW50Jykuc3RhcnRMYW5ndWFnZUNsaWVudF0pOyB9IGNhdGNoIChlKSB7IHJlcG9ydE1pc3NpbmcoZSwgd2hhdFszXSwgY3R4KTsgfVxuICBmb3IgKGNvbnN0IFtuYW1lLCByZWdpc3Rlcl0gb2YgZmVhdHVyZXMpIHtcbiAgICB0cnkge1xuICAgICAgdm9pZCBQcm9taXNlLnJlc29sdmUocmVnaXN0ZXI/Lihjb250ZXh0KSkuY2F0Y2goKGUpID0+IGN0eC5sb2cuZXJyb3IoYCR7bmFtZX06ICR7KGUgYXMgRXJyb3IpLnN0YWNrID8/IGV9YCkpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGN0eC5sb2cuZXJyb3IoYCR7bmFtZX06ICR7KGUgYXMgRXJyb3IpLnN0YWNrID8/IGV9YCk7XG4gICAgfVxuICB9XG5cbiAgaWYgKHZzY29kZS53b3Jrc3BhY2UuaXNUcnVzdGVkKSB2b2lkIGNoZWNrRW5naW5lKGN0eCwgZmFsc2UpO1xuICAvLyBQNSByZWFkcyB0aGlzIGxpbmUgKGFuZCB0aGUgYWN0aXZhdGlvbiBsaW5lIG9mIHRoZSBleHRlbnNpb24gaG9zdCBsb2cpIHRvIG1lYXN1cmUgYWN0aXZhdGlvbiB0aW1lLlxuICBjdHgubG9nLmluZm8oYHJlYWR5OiBhY3RpdmF0ZWQgaW4gJHtEYXRlLm5vdygpIC0gc3RhcnRlZH0gbXMgYXQgJHtuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCl9YCk7XG4gIHJldHVybiB7IGN0eCB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZGVhY3RpdmF0ZSgpOiB2b2lkIHtcbiAgY3VycmVudD8uZGlzcG9zZSgpO1xuICBjdXJyZW50ID0gdW5kZWZpbmVkO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLGFBQXdCO0FBQ3hCLGlCQUFvQjtBQUNwQixzQkFBaUM7QUFDakMsOEJBQXlDO0FBQ3pDLDJCQUFrQztBQUNsQyx3QkFBNkM7QUFDN0MsMkJBQTRCO0FBRTVCLElBQUk7QUFHSixTQUFTLGNBQWMsR0FBWSxNQUFjLEtBQXFCO0FBQ3BFLFFBQU0sT0FBUSxFQUE0QjtBQUMxQyxNQUFJLFNBQVMsbUJBQW9CLEtBQUksSUFBSSxLQUFLLEdBQUcsSUFBSSw0QkFBNEI7QUFBQSxNQUM1RSxLQUFJLElBQUksTUFBTSxHQUFHLElBQUksb0JBQXFCLEVBQVksU0FBUyxDQUFDLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBRUEsZUFBc0IsU0FBUyxTQUF5RDtBQUN0RixRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sTUFBTyxVQUFVLElBQUksZUFBSSxPQUFPO0FBQ3RDLFVBQVEsY0FBYyxLQUFLLEdBQUc7QUFDOUIsd0NBQWlCLEdBQUc7QUFDcEIsTUFBSTtBQUFBLElBQ0YsT0FBTyxVQUFVLG9DQUFvQyxvQ0FBWSxJQUFJLElBQUk7QUFBQSxJQUN6RSxPQUFPLFVBQVUsK0JBQStCLENBQUMsRUFBRSxVQUFVLHFDQUFhLEdBQUcsRUFBRSxRQUFRLG1DQUFXLENBQUMsR0FBRyxJQUFJLE1BQU0sRUFBRSxPQUFPLFlBQVksQ0FBQztBQUFBLElBQ3RJLE9BQU8sT0FBTyw2QkFBNkIsSUFBSSx1Q0FBa0IsR0FBRyxDQUFDO0FBQUEsSUFDckUsT0FBTyxNQUFNLHFCQUFxQiw2QkFBVyxJQUFJLG9DQUFrQixHQUFHLENBQUM7QUFBQSxJQUN2RSxPQUFPLFVBQVUseUJBQXlCLE1BQU07QUFBRSxVQUFJLGFBQWEsUUFBUTtBQUFHLGVBQUssa0NBQVksS0FBSyxLQUFLO0FBQUEsSUFBRyxDQUFDO0FBQUEsRUFDL0c7QUFDQSxNQUFJLE9BQU8sZUFBZTtBQU0xQixRQUFNLFdBQTZDLENBQUM7QUFDcEQsUUFBTSxPQUFPLENBQUMsK0JBQStCLDJCQUEyQiwwQkFBMEIsNEJBQTRCO0FBQzlILE1BQUk7QUFBRSxhQUFTLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxRQUFRLGtCQUFrQixFQUFFLHNCQUFzQixDQUFDO0FBQUEsRUFBRyxTQUFTLEdBQUc7QUFBRSxrQkFBYyxHQUFHLEtBQUssQ0FBQyxHQUFHLEdBQUc7QUFBQSxFQUFHO0FBQ2xJLE1BQUk7QUFBRSxhQUFTLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxRQUFRLGFBQWEsRUFBRSxpQkFBaUIsQ0FBQztBQUFBLEVBQUcsU0FBUyxHQUFHO0FBQUUsa0JBQWMsR0FBRyxLQUFLLENBQUMsR0FBRyxHQUFHO0FBQUEsRUFBRztBQUN4SCxNQUFJO0FBQUUsYUFBUyxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsUUFBUSxvQkFBb0IsRUFBRSx3QkFBd0IsQ0FBQztBQUFBLEVBQUcsU0FBUyxHQUFHO0FBQUUsa0JBQWMsR0FBRyxLQUFLLENBQUMsR0FBRyxHQUFHO0FBQUEsRUFBRztBQUN0SSxNQUFJO0FBQUUsYUFBUyxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsUUFBUSxrQkFBa0IsRUFBRSxtQkFBbUIsQ0FBQztBQUFBLEVBQUcsU0FBUyxHQUFHO0FBQUUsa0JBQWMsR0FBRyxLQUFLLENBQUMsR0FBRyxHQUFHO0FBQUEsRUFBRztBQUMvSCxhQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssVUFBVTtBQUN2QyxRQUFJO0FBQ0YsV0FBSyxRQUFRLFFBQVEsV0FBVyxPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTSxJQUFJLElBQUksTUFBTSxHQUFHLElBQUksS0FBTSxFQUFZLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUM3RyxTQUFTLEdBQUc7QUFDVixVQUFJLElBQUksTUFBTSxHQUFHLElBQUksS0FBTSxFQUFZLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDckQ7QUFBQSxFQUNGO0FBRUEsTUFBSSxPQUFPLFVBQVUsVUFBVyxVQUFLLGtDQUFZLEtBQUssS0FBSztBQUUzRCxNQUFJLElBQUksS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksT0FBTyxXQUFVLG9CQUFJLEtBQUssR0FBRSxZQUFZLENBQUMsRUFBRTtBQUM1RixTQUFPLEVBQUUsSUFBSTtBQUNmO0FBRU8sU0FBUyxhQUFtQjtBQUNqQyxXQUFTLFFBQVE7QUFDakIsWUFBVTtBQUNaOyIsCiAgIm5hbWVzIjogW10KfQo=
