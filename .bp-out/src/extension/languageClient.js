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
var languageClient_exports = {};
__export(languageClient_exports, {
  languageClient: () => languageClient,
  startLanguageClient: () => startLanguageClient
});
module.exports = __toCommonJS(languageClient_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_node = require("vscode-languageclient/node");
let started;
function languageClient() {
  return started;
}
function startLanguageClient(context) {
  started ??= (async () => {
    const module2 = context.asAbsolutePath(path.join("dist", "server.js"));
    const serverOptions = {
      run: { module: module2, transport: import_node.TransportKind.ipc },
      debug: { module: module2, transport: import_node.TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } }
    };
    const cfg = vscode.workspace.getConfiguration("ebuildBuilder");
    const clientOptions = {
      documentSelector: [
        { scheme: "file", language: "ebuild" },
        { scheme: "file", language: "eclass" },
        { scheme: "untitled", language: "ebuild" }
      ],
      initializationOptions: {
        repositories: cfg.get("languageServer.repositories", ["/var/db/repos/gentoo"]),
        shellcheck: { enable: cfg.get("shellcheck.enable", true), path: cfg.get("shellcheck.path", "shellcheck") }
      },
      synchronize: {
        // repository knowledge is cached by the server; tell it when the files it reads change
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.eclass,*.ebuild,metadata.xml,use.desc,use.local.desc,arch.list,categories,repo_name,layout.conf}")
      }
    };
    const client = new import_node.LanguageClient("ebuildBuilder.languageServer", "Ebuild Language Server", serverOptions, clientOptions);
    context.subscriptions.push({ dispose: () => void client.stop() });
    await client.start();
    return client;
  })();
  return started;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  languageClient,
  startLanguageClient
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9sYW5ndWFnZUNsaWVudC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBTdGFydHMgdGhlIGVidWlsZCBsYW5ndWFnZSBzZXJ2ZXIgKGRpc3Qvc2VydmVyLmpzKSB0aHJvdWdoIHZzY29kZS1sYW5ndWFnZWNsaWVudCBmb3IgZWJ1aWxkIGFuZFxuICogZWNsYXNzIGRvY3VtZW50cy4gVGhlIHNlcnZlciBsZWFybnMgcmVwb3NpdG9yaWVzIGZyb20gdGhlIHdvcmtzcGFjZSBmb2xkZXJzIHBsdXNcbiAqIGBlYnVpbGRCdWlsZGVyLmxhbmd1YWdlU2VydmVyLnJlcG9zaXRvcmllc2A7IHNoZWxsY2hlY2sgc2V0dGluZ3MgYXJlIHBhc3NlZCBhdCBzdGFydC5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBMYW5ndWFnZUNsaWVudCwgTGFuZ3VhZ2VDbGllbnRPcHRpb25zLCBTZXJ2ZXJPcHRpb25zLCBUcmFuc3BvcnRLaW5kIH0gZnJvbSAndnNjb2RlLWxhbmd1YWdlY2xpZW50L25vZGUnO1xuXG5sZXQgc3RhcnRlZDogUHJvbWlzZTxMYW5ndWFnZUNsaWVudD4gfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcnVubmluZyBjbGllbnQsIGZvciBjb21tYW5kcyB0aGF0IHRhbGsgdG8gdGhlIHNlcnZlciAoZS5nLiBoYW5kaW5nIG92ZXIgcGtnY2hlY2sgcmVzdWx0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGFuZ3VhZ2VDbGllbnQoKTogUHJvbWlzZTxMYW5ndWFnZUNsaWVudD4gfCB1bmRlZmluZWQge1xuICByZXR1cm4gc3RhcnRlZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXJ0TGFuZ3VhZ2VDbGllbnQoY29udGV4dDogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpOiBQcm9taXNlPExhbmd1YWdlQ2xpZW50PiB7XG4gIHN0YXJ0ZWQgPz89IChhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbW9kdWxlID0gY29udGV4dC5hc0Fic29sdXRlUGF0aChwYXRoLmpvaW4oJ2Rpc3QnLCAnc2VydmVyLmpzJykpO1xuICAgIGNvbnN0IHNlcnZlck9wdGlvbnM6IFNlcnZlck9wdGlvbnMgPSB7XG4gICAgICBydW46IHsgbW9kdWxlLCB0cmFuc3BvcnQ6IFRyYW5zcG9ydEtpbmQuaXBjIH0sXG4gICAgICBkZWJ1ZzogeyBtb2R1bGUsIHRyYW5zcG9ydDogVHJhbnNwb3J0S2luZC5pcGMsIG9wdGlvbnM6IHsgZXhlY0FyZ3Y6IFsnLS1ub2xhenknLCAnLS1pbnNwZWN0PTYwMTknXSB9IH0sXG4gICAgfTtcbiAgICBjb25zdCBjZmcgPSB2c2NvZGUud29ya3NwYWNlLmdldENvbmZpZ3VyYXRpb24oJ2VidWlsZEJ1aWxkZXInKTtcbiAgICBjb25zdCBjbGllbnRPcHRpb25zOiBMYW5ndWFnZUNsaWVudE9wdGlvbnMgPSB7XG4gICAgICBkb2N1bWVudFNlbGVjdG9yOiBbXG4gICAgICAgIHsgc2NoZW1lOiAnZmlsZScsIGxhbmd1YWdlOiAnZWJ1aWxkJyB9LFxuICAgICAgICB7IHNjaGVtZTogJ2ZpbGUnLCBsYW5ndWFnZTogJ2VjbGFzcycgfSxcbiAgICAgICAgeyBzY2hlbWU6ICd1bnRpdGxlZCcsIGxhbmd1YWdlOiAnZWJ1aWxkJyB9LFxuICAgICAgXSxcbiAgICAgIGluaXRpYWxpemF0aW9uT3B0aW9uczoge1xuICAgICAgICByZXBvc2l0b3JpZXM6IGNmZy5nZXQ8c3RyaW5nW10+KCdsYW5ndWFnZVNlcnZlci5yZXBvc2l0b3JpZXMnLCBbJy92YXIvZGIvcmVwb3MvZ2VudG9vJ10pLFxuICAgICAgICBzaGVsbGNoZWNrOiB7IGVuYWJsZTogY2ZnLmdldDxib29sZWFuPignc2hlbGxjaGVjay5lbmFibGUnLCB0cnVlKSwgcGF0aDogY2ZnLmdldDxzdHJpbmc+KCdzaGVsbGNoZWNrLnBhdGgnLCAnc2hlbGxjaGVjaycpIH0sXG4gICAgICB9LFxuICAgICAgc3luY2hyb25pemU6IHtcbiAgICAgICAgLy8gcmVwb3NpdG9yeSBrbm93bGVkZ2UgaXMgY2FjaGVkIGJ5IHRoZSBzZXJ2ZXI7IHRlbGwgaXQgd2hlbiB0aGUgZmlsZXMgaXQgcmVhZHMgY2hhbmdlXG4gICAgICAgIGZpbGVFdmVudHM6IHZzY29kZS53b3Jrc3BhY2UuY3JlYXRlRmlsZVN5c3RlbVdhdGNoZXIoJyoqL3sqLmVjbGFzcywqLmVidWlsZCxtZXRhZGF0YS54bWwsdXNlLmRlc2MsdXNlLmxvY2FsLmRlc2MsYXJjaC5saXN0LGNhdGVnb3JpZXMscmVwb19uYW1lLGxheW91dC5jb25mfScpLFxuICAgICAgfSxcbiAgICB9O1xuICAgIGNvbnN0IGNsaWVudCA9IG5ldyBMYW5ndWFnZUNsaWVudCgnZWJ1aWxkQnVpbGRlci5sYW5ndWFnZVNlcnZlcicsICdFYnVpbGQgTGFuZ3VhZ2UgU2VydmVyJywgc2VydmVyT3B0aW9ucywgY2xpZW50T3B0aW9ucyk7XG4gICAgY29udGV4dC5zdWJzY3JpcHRpb25zLnB1c2goeyBkaXNwb3NlOiAoKSA9PiB2b2lkIGNsaWVudC5zdG9wKCkgfSk7XG4gICAgYXdhaXQgY2xpZW50LnN0YXJ0KCk7XG4gICAgcmV0dXJuIGNsaWVudDtcbiAgfSkoKTtcbiAgcmV0dXJuIHN0YXJ0ZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EsV0FBc0I7QUFDdEIsYUFBd0I7QUFDeEIsa0JBQW9GO0FBRXBGLElBQUk7QUFHRyxTQUFTLGlCQUFzRDtBQUNwRSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLG9CQUFvQixTQUEyRDtBQUM3RixlQUFhLFlBQVk7QUFDdkIsVUFBTUEsVUFBUyxRQUFRLGVBQWUsS0FBSyxLQUFLLFFBQVEsV0FBVyxDQUFDO0FBQ3BFLFVBQU0sZ0JBQStCO0FBQUEsTUFDbkMsS0FBSyxFQUFFLFFBQUFBLFNBQVEsV0FBVywwQkFBYyxJQUFJO0FBQUEsTUFDNUMsT0FBTyxFQUFFLFFBQUFBLFNBQVEsV0FBVywwQkFBYyxLQUFLLFNBQVMsRUFBRSxVQUFVLENBQUMsWUFBWSxnQkFBZ0IsRUFBRSxFQUFFO0FBQUEsSUFDdkc7QUFDQSxVQUFNLE1BQU0sT0FBTyxVQUFVLGlCQUFpQixlQUFlO0FBQzdELFVBQU0sZ0JBQXVDO0FBQUEsTUFDM0Msa0JBQWtCO0FBQUEsUUFDaEIsRUFBRSxRQUFRLFFBQVEsVUFBVSxTQUFTO0FBQUEsUUFDckMsRUFBRSxRQUFRLFFBQVEsVUFBVSxTQUFTO0FBQUEsUUFDckMsRUFBRSxRQUFRLFlBQVksVUFBVSxTQUFTO0FBQUEsTUFDM0M7QUFBQSxNQUNBLHVCQUF1QjtBQUFBLFFBQ3JCLGNBQWMsSUFBSSxJQUFjLCtCQUErQixDQUFDLHNCQUFzQixDQUFDO0FBQUEsUUFDdkYsWUFBWSxFQUFFLFFBQVEsSUFBSSxJQUFhLHFCQUFxQixJQUFJLEdBQUcsTUFBTSxJQUFJLElBQVksbUJBQW1CLFlBQVksRUFBRTtBQUFBLE1BQzVIO0FBQUEsTUFDQSxhQUFhO0FBQUE7QUFBQSxRQUVYLFlBQVksT0FBTyxVQUFVLHdCQUF3Qix3R0FBd0c7QUFBQSxNQUMvSjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFNBQVMsSUFBSSwyQkFBZSxnQ0FBZ0MsMEJBQTBCLGVBQWUsYUFBYTtBQUN4SCxZQUFRLGNBQWMsS0FBSyxFQUFFLFNBQVMsTUFBTSxLQUFLLE9BQU8sS0FBSyxFQUFFLENBQUM7QUFDaEUsVUFBTSxPQUFPLE1BQU07QUFDbkIsV0FBTztBQUFBLEVBQ1QsR0FBRztBQUNILFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsibW9kdWxlIl0KfQo=
