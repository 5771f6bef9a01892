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
var commands_exports = {};
__export(commands_exports, {
  COMMANDS: () => COMMANDS,
  registerCommands: () => registerCommands
});
module.exports = __toCommonJS(commands_exports);
var vscode = __toESM(require("vscode"));
var import_builds = require("./builds");
var import_config = require("./config");
var import_overlaysView = require("./overlaysView");
var import_userErrors = require("./userErrors");
var import_engineActions = require("./engineActions");
var import_overlaySkeleton = require("./overlaySkeleton");
function recordOf(ctx, arg) {
  if (typeof arg === "string") return ctx.builds.get(arg);
  if (arg && typeof arg === "object" && "record" in arg) return arg.record;
  if (arg && typeof arg === "object" && "id" in arg && "atom" in arg) return arg;
  return void 0;
}
async function pickBuild(ctx, arg, builds, placeHolder) {
  const given = recordOf(ctx, arg);
  if (given) return given;
  if (builds.length <= 1) return builds[0];
  const picked = await vscode.window.showQuickPick(
    builds.map((b) => ({ label: b.atom, description: `${b.state} \xB7 ${b.profile}`, record: b })),
    { placeHolder }
  );
  return picked?.record;
}
const buildWith = (profile) => (ctx) => (arg) => ctx.runner.buildCommand(arg, profile);
const COMMANDS = {
  "ebuildBuilder.buildSabayon": buildWith("sabayon"),
  "ebuildBuilder.buildGentoo": buildWith("gentoo"),
  "ebuildBuilder.buildWithProfile": (ctx) => async (arg) => {
    const target = ctx.runner.resolveTarget(arg);
    const config = ctx.config.forResource(target);
    const items = (0, import_config.profileNames)(config).map((name) => ({
      label: name,
      description: config.images[name] ?? config.profiles[name]?.image ?? (name === config.profile ? "default" : ""),
      picked: name === config.profile
    }));
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: "Build with which builder profile?" });
    if (picked) await ctx.runner.buildCommand(target, picked.label);
  },
  "ebuildBuilder.rebuildLast": (ctx) => async () => {
    const last = ctx.lastBuild;
    if (!last) return void vscode.window.showInformationMessage("Nothing to rebuild yet: build an ebuild first (right-click it \u2192 Build in Sabayon container).");
    await ctx.runner.buildCommand(vscode.Uri.file(last.ebuildPath), last.profile);
  },
  "ebuildBuilder.rebuild": (ctx) => async (arg) => {
    const b = recordOf(ctx, arg);
    if (b) await ctx.runner.buildCommand(vscode.Uri.file(b.ebuildPath), b.profile);
  },
  "ebuildBuilder.cancelBuild": (ctx) => async (arg) => {
    const running = ctx.builds.running();
    const b = await pickBuild(ctx, arg, running, "Cancel which build?");
    if (!b) return void vscode.window.showInformationMessage("No build is running.");
    await ctx.runner.cancel(b);
  },
  "ebuildBuilder.openBuildLog": (ctx) => async (arg) => {
    const b = await pickBuild(ctx, arg, ctx.builds.all(), "Open the log of which build?");
    if (b) return ctx.logs.open(b);
    const files = await vscode.window.showOpenDialog({
      title: "No builds in this window yet. Open a saved build log",
      filters: { "Build logs": ["log"] },
      canSelectMany: false
    });
    if (files?.[0]) {
      const doc = await vscode.workspace.openTextDocument(files[0]);
      await vscode.languages.setTextDocumentLanguage(doc, "ebuild-build-log");
      await vscode.window.showTextDocument(doc);
    }
  },
  "ebuildBuilder.showTerminal": (ctx) => (arg) => {
    const b = recordOf(ctx, arg);
    if (b) ctx.showTerminal(b.id);
  },
  "ebuildBuilder.revealArtifacts": (ctx) => async (arg, file) => {
    const b = recordOf(ctx, arg);
    const target = typeof file === "string" ? file : b?.result?.artifacts[0];
    if (!target) return void vscode.window.showInformationMessage(`${b?.atom ?? "This build"} produced no binary packages.`);
    const uri = vscode.Uri.file(target);
    if (vscode.workspace.getWorkspaceFolder(uri)) await vscode.commands.executeCommand("revealInExplorer", uri);
    else await vscode.commands.executeCommand("revealFileInOS", uri);
  },
  "ebuildBuilder.removeBuild": (ctx) => (arg) => {
    const b = recordOf(ctx, arg);
    if (!b) return;
    if (!(0, import_builds.isFinished)(b)) return void vscode.window.showWarningMessage(`${b.atom} is still building; cancel it first.`);
    ctx.builds.remove(b.id);
    ctx.terminals.get(b.id)?.terminal?.dispose();
    ctx.terminals.delete(b.id);
  },
  "ebuildBuilder.clearFinished": (ctx) => () => {
    for (const b of ctx.builds.all()) if ((0, import_builds.isFinished)(b)) {
      ctx.terminals.get(b.id)?.terminal?.dispose();
      ctx.terminals.delete(b.id);
    }
    ctx.builds.clearFinished();
  },
  "ebuildBuilder.cleanupContainers": (ctx) => () => (0, import_engineActions.cleanupBuilderContainers)(ctx),
  "ebuildBuilder.saveBuilderState": (ctx) => async (arg) => {
    const kept = ctx.builds.all().filter((b2) => (0, import_builds.isFinished)(b2) && b2.result?.containerId);
    const b = await pickBuild(ctx, arg, kept, "Save the container of which build?");
    if (!b?.result?.containerId) {
      return void vscode.window.showInformationMessage('No kept builder container to save. Turn on "ebuildBuilder.keepContainerOnFailure" and build again.', "Open Setting").then((c) => c && vscode.commands.executeCommand("workbench.action.openSettings", "ebuildBuilder.keepContainerOnFailure"));
    }
    await (0, import_engineActions.saveState)(ctx, b);
  },
  "ebuildBuilder.refreshOverlays": (ctx) => () => ctx.overlaysView.refresh(),
  "ebuildBuilder.openOverride": () => async (file) => {
    if (typeof file === "string") await vscode.window.showTextDocument(vscode.Uri.file(file));
  },
  "ebuildBuilder.createOverride": (ctx) => async (file) => {
    if (typeof file !== "string") return;
    try {
      await (0, import_overlaysView.createOverrideFile)(file);
      ctx.overlaysView.refresh();
    } catch (e) {
      await (0, import_userErrors.showError)(e, ctx.log);
    }
  },
  "ebuildBuilder.createOverlay": (ctx) => async () => {
    if (await (0, import_overlaySkeleton.createOverlayHere)()) ctx.overlaysView.refresh();
  },
  "ebuildBuilder.checkEngine": (ctx) => () => (0, import_engineActions.checkEngine)(ctx, true),
  "ebuildBuilder.openSettings": () => (query) => vscode.commands.executeCommand("workbench.action.openSettings", typeof query === "string" ? query : "ebuildBuilder"),
  "ebuildBuilder.showLog": (ctx) => () => ctx.log.show()
};
function registerCommands(ctx) {
  for (const [id, factory] of Object.entries(COMMANDS)) {
    const handler = factory(ctx);
    ctx.push(vscode.commands.registerCommand(id, async (...args) => {
      try {
        return await handler(...args);
      } catch (e) {
        await (0, import_userErrors.showError)(e, ctx.log);
        return void 0;
      }
    }));
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  registerCommands
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9jb21tYW5kcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFdmVyeSBjb21tYW5kLCBhcyBhIHNtYWxsIGZhY3RvcnkgYChjdHgpID0+IGhhbmRsZXJgLCBpbiBvbmUgdGFibGUgd2hvc2Uga2V5cyBtaXJyb3IgcGFja2FnZS5qc29uJ3NcbiAqIGBjb250cmlidXRlcy5jb21tYW5kc2AuXG4gKi9cbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyBCdWlsZFJlY29yZCwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IHByb2ZpbGVOYW1lcyB9IGZyb20gJy4vY29uZmlnJztcbmltcG9ydCB7IGNyZWF0ZU92ZXJyaWRlRmlsZSB9IGZyb20gJy4vb3ZlcmxheXNWaWV3JztcbmltcG9ydCB7IHNob3dFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5pbXBvcnQgeyBjaGVja0VuZ2luZSwgY2xlYW51cEJ1aWxkZXJDb250YWluZXJzLCBzYXZlU3RhdGUgfSBmcm9tICcuL2VuZ2luZUFjdGlvbnMnO1xuaW1wb3J0IHsgY3JlYXRlT3ZlcmxheUhlcmUgfSBmcm9tICcuL292ZXJsYXlTa2VsZXRvbic7XG5cbnR5cGUgSGFuZGxlciA9ICguLi5hcmdzOiB1bmtub3duW10pID0+IHVua25vd247XG50eXBlIEZhY3RvcnkgPSAoY3R4OiBDdHgpID0+IEhhbmRsZXI7XG5cbi8qKiBBIHRyZWUgbm9kZSwgYSByZWNvcmQgb3IgYSBidWlsZCBpZCwgYXMgbWVudXMgYW5kIGxpbmtzIHBhc3MgdGhlbS4gKi9cbmZ1bmN0aW9uIHJlY29yZE9mKGN0eDogQ3R4LCBhcmc6IHVua25vd24pOiBCdWlsZFJlY29yZCB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgYXJnID09PSAnc3RyaW5nJykgcmV0dXJuIGN0eC5idWlsZHMuZ2V0KGFyZyk7XG4gIGlmIChhcmcgJiYgdHlwZW9mIGFyZyA9PT0gJ29iamVjdCcgJiYgJ3JlY29yZCcgaW4gYXJnKSByZXR1cm4gKGFyZyBhcyB7IHJlY29yZDogQnVpbGRSZWNvcmQgfSkucmVjb3JkO1xuICBpZiAoYXJnICYmIHR5cGVvZiBhcmcgPT09ICdvYmplY3QnICYmICdpZCcgaW4gYXJnICYmICdhdG9tJyBpbiBhcmcpIHJldHVybiBhcmcgYXMgQnVpbGRSZWNvcmQ7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHBpY2tCdWlsZChjdHg6IEN0eCwgYXJnOiB1bmtub3duLCBidWlsZHM6IEJ1aWxkUmVjb3JkW10sIHBsYWNlSG9sZGVyOiBzdHJpbmcpOiBQcm9taXNlPEJ1aWxkUmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IGdpdmVuID0gcmVjb3JkT2YoY3R4LCBhcmcpO1xuICBpZiAoZ2l2ZW4pIHJldHVybiBnaXZlbjtcbiAgaWYgKGJ1aWxkcy5sZW5ndGggPD0gMSkgcmV0dXJuIGJ1aWxkc1swXTtcbiAgY29uc3QgcGlja2VkID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93UXVpY2tQaWNrKFxuICAgIGJ1aWxkcy5tYXAoKGIpID0+ICh7IGxhYmVsOiBiLmF0b20sIGRlc2NyaXB0aW9uOiBgJHtiLnN0YXRlfSBcdTAwQjcgJHtiLnByb2ZpbGV9YCwgcmVjb3JkOiBiIH0pKSwgeyBwbGFjZUhvbGRlciB9KTtcbiAgcmV0dXJuIHBpY2tlZD8ucmVjb3JkO1xufVxuXG5jb25zdCBidWlsZFdpdGggPSAocHJvZmlsZT86IHN0cmluZyk6IEZhY3RvcnkgPT4gKGN0eCkgPT4gKGFyZykgPT4gY3R4LnJ1bm5lci5idWlsZENvbW1hbmQoYXJnLCBwcm9maWxlKTtcblxuZXhwb3J0IGNvbnN0IENPTU1BTkRTOiBSZWNvcmQ8c3RyaW5nLCBGYWN0b3J5PiA9IHtcbiAgJ2VidWlsZEJ1aWxkZXIuYnVpbGRTYWJheW9uJzogYnVpbGRXaXRoKCdzYWJheW9uJyksXG4gICdlYnVpbGRCdWlsZGVyLmJ1aWxkR2VudG9vJzogYnVpbGRXaXRoKCdnZW50b28nKSxcbiAgJ2VidWlsZEJ1aWxkZXIuYnVpbGRXaXRoUHJvZmlsZSc6IChjdHgpID0+IGFzeW5jIChhcmcpID0+IHtcbiAgICBjb25zdCB0YXJnZXQgPSBjdHgucnVubmVyLnJlc29sdmVUYXJnZXQoYXJnKTtcbiAgICBjb25zdCBjb25maWcgPSBjdHguY29uZmlnLmZvclJlc291cmNlKHRhcmdldCk7XG4gICAgY29uc3QgaXRlbXMgPSBwcm9maWxlTmFtZXMoY29uZmlnKS5tYXAoKG5hbWUpID0+ICh7XG4gICAgICBsYWJlbDogbmFtZSxcbiAgICAgIGRlc2NyaXB0aW9uOiBjb25maWcuaW1hZ2VzW25hbWVdID8/IGNvbmZpZy5wcm9maWxlc1tuYW1lXT8uaW1hZ2UgPz8gKG5hbWUgPT09IGNvbmZpZy5wcm9maWxlID8gJ2RlZmF1bHQnIDogJycpLFxuICAgICAgcGlja2VkOiBuYW1lID09PSBjb25maWcucHJvZmlsZSxcbiAgICB9KSk7XG4gICAgaXRlbXMuc29ydCgoYSwgYikgPT4gTnVtYmVyKGIucGlja2VkKSAtIE51bWJlcihhLnBpY2tlZCkpO1xuICAgIGNvbnN0IHBpY2tlZCA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1F1aWNrUGljayhpdGVtcywgeyBwbGFjZUhvbGRlcjogJ0J1aWxkIHdpdGggd2hpY2ggYnVpbGRlciBwcm9maWxlPycgfSk7XG4gICAgaWYgKHBpY2tlZCkgYXdhaXQgY3R4LnJ1bm5lci5idWlsZENvbW1hbmQodGFyZ2V0LCBwaWNrZWQubGFiZWwpO1xuICB9LFxuICAnZWJ1aWxkQnVpbGRlci5yZWJ1aWxkTGFzdCc6IChjdHgpID0+IGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsYXN0ID0gY3R4Lmxhc3RCdWlsZDtcbiAgICBpZiAoIWxhc3QpIHJldHVybiB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZSgnTm90aGluZyB0byByZWJ1aWxkIHlldDogYnVpbGQgYW4gZWJ1aWxkIGZpcnN0IChyaWdodC1jbGljayBpdCBcdTIxOTIgQnVpbGQgaW4gU2FiYXlvbiBjb250YWluZXIpLicpO1xuICAgIGF3YWl0IGN0eC5ydW5uZXIuYnVpbGRDb21tYW5kKHZzY29kZS5VcmkuZmlsZShsYXN0LmVidWlsZFBhdGgpLCBsYXN0LnByb2ZpbGUpO1xuICB9LFxuICAnZWJ1aWxkQnVpbGRlci5yZWJ1aWxkJzogKGN0eCkgPT4gYXN5bmMgKGFyZykgPT4ge1xuICAgIGNvbnN0IGIgPSByZWNvcmRPZihjdHgsIGFyZyk7XG4gICAgaWYgKGIpIGF3YWl0IGN0eC5ydW5uZXIuYnVpbGRDb21tYW5kKHZzY29kZS5VcmkuZmlsZShiLmVidWlsZFBhdGgpLCBiLnByb2ZpbGUpO1xuICB9LFxuICAnZWJ1aWxkQnVpbGRlci5jYW5jZWxCdWlsZCc6IChjdHgpID0+IGFzeW5jIChhcmcpID0+IHtcbiAgICBjb25zdCBydW5uaW5nID0gY3R4LmJ1aWxkcy5ydW5uaW5nKCk7XG4gICAgY29uc3QgYiA9IGF3YWl0IHBpY2tCdWlsZChjdHgsIGFyZywgcnVubmluZywgJ0NhbmNlbCB3aGljaCBidWlsZD8nKTtcbiAgICBpZiAoIWIpIHJldHVybiB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZSgnTm8gYnVpbGQgaXMgcnVubmluZy4nKTtcbiAgICBhd2FpdCBjdHgucnVubmVyLmNhbmNlbChiKTtcbiAgfSxcbiAgJ2VidWlsZEJ1aWxkZXIub3BlbkJ1aWxkTG9nJzogKGN0eCkgPT4gYXN5bmMgKGFyZykgPT4ge1xuICAgIGNvbnN0IGIgPSBhd2FpdCBwaWNrQnVpbGQoY3R4LCBhcmcsIGN0eC5idWlsZHMuYWxsKCksICdPcGVuIHRoZSBsb2cgb2Ygd2hpY2ggYnVpbGQ/Jyk7XG4gICAgaWYgKGIpIHJldHVybiBjdHgubG9ncy5vcGVuKGIpO1xuICAgIGNvbnN0IGZpbGVzID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93T3BlbkRpYWxvZyh7XG4gICAgICB0aXRsZTogJ05vIGJ1aWxkcyBpbiB0aGlzIHdpbmRvdyB5ZXQuIE9wZW4gYSBzYXZlZCBidWlsZCBsb2cnLFxuICAgICAgZmlsdGVyczogeyAnQnVpbGQgbG9ncyc6IFsnbG9nJ10gfSwgY2FuU2VsZWN0TWFueTogZmFsc2UsXG4gICAgfSk7XG4gICAgaWYgKGZpbGVzPy5bMF0pIHtcbiAgICAgIGNvbnN0IGRvYyA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2Uub3BlblRleHREb2N1bWVudChmaWxlc1swXSk7XG4gICAgICBhd2FpdCB2c2NvZGUubGFuZ3VhZ2VzLnNldFRleHREb2N1bWVudExhbmd1YWdlKGRvYywgJ2VidWlsZC1idWlsZC1sb2cnKTtcbiAgICAgIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudChkb2MpO1xuICAgIH1cbiAgfSxcbiAgJ2VidWlsZEJ1aWxkZXIuc2hvd1Rlcm1pbmFsJzogKGN0eCkgPT4gKGFyZykgPT4ge1xuICAgIGNvbnN0IGIgPSByZWNvcmRPZihjdHgsIGFyZyk7XG4gICAgaWYgKGIpIGN0eC5zaG93VGVybWluYWwoYi5pZCk7XG4gIH0sXG4gICdlYnVpbGRCdWlsZGVyLnJldmVhbEFydGlmYWN0cyc6IChjdHgpID0+IGFzeW5jIChhcmcsIGZpbGUpID0+IHtcbiAgICBjb25zdCBiID0gcmVjb3JkT2YoY3R4LCBhcmcpO1xuICAgIGNvbnN0IHRhcmdldCA9IHR5cGVvZiBmaWxlID09PSAnc3RyaW5nJyA/IGZpbGUgOiBiPy5yZXN1bHQ/LmFydGlmYWN0c1swXTtcbiAgICBpZiAoIXRhcmdldCkgcmV0dXJuIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKGAke2I/LmF0b20gPz8gJ1RoaXMgYnVpbGQnfSBwcm9kdWNlZCBubyBiaW5hcnkgcGFja2FnZXMuYCk7XG4gICAgY29uc3QgdXJpID0gdnNjb2RlLlVyaS5maWxlKHRhcmdldCk7XG4gICAgaWYgKHZzY29kZS53b3Jrc3BhY2UuZ2V0V29ya3NwYWNlRm9sZGVyKHVyaSkpIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgncmV2ZWFsSW5FeHBsb3JlcicsIHVyaSk7XG4gICAgZWxzZSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3JldmVhbEZpbGVJbk9TJywgdXJpKTtcbiAgfSxcbiAgJ2VidWlsZEJ1aWxkZXIucmVtb3ZlQnVpbGQnOiAoY3R4KSA9PiAoYXJnKSA9PiB7XG4gICAgY29uc3QgYiA9IHJlY29yZE9mKGN0eCwgYXJnKTtcbiAgICBpZiAoIWIpIHJldHVybjtcbiAgICBpZiAoIWlzRmluaXNoZWQoYikpIHJldHVybiB2b2lkIHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKGAke2IuYXRvbX0gaXMgc3RpbGwgYnVpbGRpbmc7IGNhbmNlbCBpdCBmaXJzdC5gKTtcbiAgICBjdHguYnVpbGRzLnJlbW92ZShiLmlkKTtcbiAgICBjdHgudGVybWluYWxzLmdldChiLmlkKT8udGVybWluYWw/LmRpc3Bvc2UoKTtcbiAgICBjdHgudGVybWluYWxzLmRlbGV0ZShiLmlkKTtcbiAgfSxcbiAgJ2VidWlsZEJ1aWxkZXIuY2xlYXJGaW5pc2hlZCc6IChjdHgpID0+ICgpID0+IHtcbiAgICBmb3IgKGNvbnN0IGIgb2YgY3R4LmJ1aWxkcy5hbGwoKSkgaWYgKGlzRmluaXNoZWQoYikpIHsgY3R4LnRlcm1pbmFscy5nZXQoYi5pZCk/LnRlcm1pbmFsPy5kaXNwb3NlKCk7IGN0eC50ZXJtaW5hbHMuZGVsZXRlKGIuaWQpOyB9XG4gICAgY3R4LmJ1aWxkcy5jbGVhckZpbmlzaGVkKCk7XG4gIH0sXG4gICdlYnVpbGRCdWlsZGVyLmNsZWFudXBDb250YWluZXJzJzogKGN0eCkgPT4gKCkgPT4gY2xlYW51cEJ1aWxkZXJDb250YWluZXJzKGN0eCksXG4gICdlYnVpbGRCdWlsZGVyLnNhdmVCdWlsZGVyU3RhdGUnOiAoY3R4KSA9PiBhc3luYyAoYXJnKSA9PiB7XG4gICAgY29uc3Qga2VwdCA9IGN0eC5idWlsZHMuYWxsKCkuZmlsdGVyKChiKSA9PiBpc0ZpbmlzaGVkKGIpICYmIGIucmVzdWx0Py5jb250YWluZXJJZCk7XG4gICAgY29uc3QgYiA9IGF3YWl0IHBpY2tCdWlsZChjdHgsIGFyZywga2VwdCwgJ1NhdmUgdGhlIGNvbnRhaW5lciBvZiB3aGljaCBidWlsZD8nKTtcbiAgICBpZiAoIWI/LnJlc3VsdD8uY29udGFpbmVySWQpIHtcbiAgICAgIHJldHVybiB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZSgnTm8ga2VwdCBidWlsZGVyIGNvbnRhaW5lciB0byBzYXZlLiBUdXJuIG9uIFwiZWJ1aWxkQnVpbGRlci5rZWVwQ29udGFpbmVyT25GYWlsdXJlXCIgYW5kIGJ1aWxkIGFnYWluLicsICdPcGVuIFNldHRpbmcnKVxuICAgICAgICAudGhlbigoYykgPT4gYyAmJiB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgJ2VidWlsZEJ1aWxkZXIua2VlcENvbnRhaW5lck9uRmFpbHVyZScpKTtcbiAgICB9XG4gICAgYXdhaXQgc2F2ZVN0YXRlKGN0eCwgYik7XG4gIH0sXG4gICdlYnVpbGRCdWlsZGVyLnJlZnJlc2hPdmVybGF5cyc6IChjdHgpID0+ICgpID0+IGN0eC5vdmVybGF5c1ZpZXcucmVmcmVzaCgpLFxuICAnZWJ1aWxkQnVpbGRlci5vcGVuT3ZlcnJpZGUnOiAoKSA9PiBhc3luYyAoZmlsZSkgPT4ge1xuICAgIGlmICh0eXBlb2YgZmlsZSA9PT0gJ3N0cmluZycpIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudCh2c2NvZGUuVXJpLmZpbGUoZmlsZSkpO1xuICB9LFxuICAnZWJ1aWxkQnVpbGRlci5jcmVhdGVPdmVycmlkZSc6IChjdHgpID0+IGFzeW5jIChmaWxlKSA9PiB7XG4gICAgaWYgKHR5cGVvZiBmaWxlICE9PSAnc3RyaW5nJykgcmV0dXJuO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBjcmVhdGVPdmVycmlkZUZpbGUoZmlsZSk7XG4gICAgICBjdHgub3ZlcmxheXNWaWV3LnJlZnJlc2goKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBhd2FpdCBzaG93RXJyb3IoZSwgY3R4LmxvZyk7XG4gICAgfVxuICB9LFxuICAnZWJ1aWxkQnVpbGRlci5jcmVhdGVPdmVybGF5JzogKGN0eCkgPT4gYXN5bmMgKCkgPT4ge1xuICAgIGlmIChhd2FpdCBjcmVhdGVPdmVybGF5SGVyZSgpKSBjdHgub3ZlcmxheXNWaWV3LnJlZnJlc2goKTtcbiAgfSxcbiAgJ2VidWlsZEJ1aWxkZXIuY2hlY2tFbmdpbmUnOiAoY3R4KSA9PiAoKSA9PiBjaGVja0VuZ2luZShjdHgsIHRydWUpLFxuICAnZWJ1aWxkQnVpbGRlci5vcGVuU2V0dGluZ3MnOiAoKSA9PiAocXVlcnkpID0+XG4gICAgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2guYWN0aW9uLm9wZW5TZXR0aW5ncycsIHR5cGVvZiBxdWVyeSA9PT0gJ3N0cmluZycgPyBxdWVyeSA6ICdlYnVpbGRCdWlsZGVyJyksXG4gICdlYnVpbGRCdWlsZGVyLnNob3dMb2cnOiAoY3R4KSA9PiAoKSA9PiBjdHgubG9nLnNob3coKSxcbn07XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckNvbW1hbmRzKGN0eDogQ3R4KTogdm9pZCB7XG4gIGZvciAoY29uc3QgW2lkLCBmYWN0b3J5XSBvZiBPYmplY3QuZW50cmllcyhDT01NQU5EUykpIHtcbiAgICBjb25zdCBoYW5kbGVyID0gZmFjdG9yeShjdHgpO1xuICAgIGN0eC5wdXNoKHZzY29kZS5jb21tYW5kcy5yZWdpc3RlckNvbW1hbmQoaWQsIGFzeW5jICguLi5hcmdzOiB1bmtub3duW10pID0+IHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBhd2FpdCBoYW5kbGVyKC4uLmFyZ3MpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBhd2FpdCBzaG93RXJyb3IoZSwgY3R4LmxvZyk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgfSkpO1xuICB9XG59XG5cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxhQUF3QjtBQUV4QixvQkFBd0M7QUFDeEMsb0JBQTZCO0FBQzdCLDBCQUFtQztBQUNuQyx3QkFBMEI7QUFDMUIsMkJBQWlFO0FBQ2pFLDZCQUFrQztBQU1sQyxTQUFTLFNBQVMsS0FBVSxLQUF1QztBQUNqRSxNQUFJLE9BQU8sUUFBUSxTQUFVLFFBQU8sSUFBSSxPQUFPLElBQUksR0FBRztBQUN0RCxNQUFJLE9BQU8sT0FBTyxRQUFRLFlBQVksWUFBWSxJQUFLLFFBQVEsSUFBZ0M7QUFDL0YsTUFBSSxPQUFPLE9BQU8sUUFBUSxZQUFZLFFBQVEsT0FBTyxVQUFVLElBQUssUUFBTztBQUMzRSxTQUFPO0FBQ1Q7QUFFQSxlQUFlLFVBQVUsS0FBVSxLQUFjLFFBQXVCLGFBQXVEO0FBQzdILFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLE1BQU8sUUFBTztBQUNsQixNQUFJLE9BQU8sVUFBVSxFQUFHLFFBQU8sT0FBTyxDQUFDO0FBQ3ZDLFFBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLElBQ2pDLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxhQUFhLEdBQUcsRUFBRSxLQUFLLFNBQU0sRUFBRSxPQUFPLElBQUksUUFBUSxFQUFFLEVBQUU7QUFBQSxJQUFHLEVBQUUsWUFBWTtBQUFBLEVBQUM7QUFDOUcsU0FBTyxRQUFRO0FBQ2pCO0FBRUEsTUFBTSxZQUFZLENBQUMsWUFBOEIsQ0FBQyxRQUFRLENBQUMsUUFBUSxJQUFJLE9BQU8sYUFBYSxLQUFLLE9BQU87QUFFaEcsTUFBTSxXQUFvQztBQUFBLEVBQy9DLDhCQUE4QixVQUFVLFNBQVM7QUFBQSxFQUNqRCw2QkFBNkIsVUFBVSxRQUFRO0FBQUEsRUFDL0Msa0NBQWtDLENBQUMsUUFBUSxPQUFPLFFBQVE7QUFDeEQsVUFBTSxTQUFTLElBQUksT0FBTyxjQUFjLEdBQUc7QUFDM0MsVUFBTSxTQUFTLElBQUksT0FBTyxZQUFZLE1BQU07QUFDNUMsVUFBTSxZQUFRLDRCQUFhLE1BQU0sRUFBRSxJQUFJLENBQUMsVUFBVTtBQUFBLE1BQ2hELE9BQU87QUFBQSxNQUNQLGFBQWEsT0FBTyxPQUFPLElBQUksS0FBSyxPQUFPLFNBQVMsSUFBSSxHQUFHLFVBQVUsU0FBUyxPQUFPLFVBQVUsWUFBWTtBQUFBLE1BQzNHLFFBQVEsU0FBUyxPQUFPO0FBQUEsSUFDMUIsRUFBRTtBQUNGLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsTUFBTSxJQUFJLE9BQU8sRUFBRSxNQUFNLENBQUM7QUFDeEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPLGNBQWMsT0FBTyxFQUFFLGFBQWEsb0NBQW9DLENBQUM7QUFDNUcsUUFBSSxPQUFRLE9BQU0sSUFBSSxPQUFPLGFBQWEsUUFBUSxPQUFPLEtBQUs7QUFBQSxFQUNoRTtBQUFBLEVBQ0EsNkJBQTZCLENBQUMsUUFBUSxZQUFZO0FBQ2hELFVBQU0sT0FBTyxJQUFJO0FBQ2pCLFFBQUksQ0FBQyxLQUFNLFFBQU8sS0FBSyxPQUFPLE9BQU8sdUJBQXVCLG1HQUE4RjtBQUMxSixVQUFNLElBQUksT0FBTyxhQUFhLE9BQU8sSUFBSSxLQUFLLEtBQUssVUFBVSxHQUFHLEtBQUssT0FBTztBQUFBLEVBQzlFO0FBQUEsRUFDQSx5QkFBeUIsQ0FBQyxRQUFRLE9BQU8sUUFBUTtBQUMvQyxVQUFNLElBQUksU0FBUyxLQUFLLEdBQUc7QUFDM0IsUUFBSSxFQUFHLE9BQU0sSUFBSSxPQUFPLGFBQWEsT0FBTyxJQUFJLEtBQUssRUFBRSxVQUFVLEdBQUcsRUFBRSxPQUFPO0FBQUEsRUFDL0U7QUFBQSxFQUNBLDZCQUE2QixDQUFDLFFBQVEsT0FBTyxRQUFRO0FBQ25ELFVBQU0sVUFBVSxJQUFJLE9BQU8sUUFBUTtBQUNuQyxVQUFNLElBQUksTUFBTSxVQUFVLEtBQUssS0FBSyxTQUFTLHFCQUFxQjtBQUNsRSxRQUFJLENBQUMsRUFBRyxRQUFPLEtBQUssT0FBTyxPQUFPLHVCQUF1QixzQkFBc0I7QUFDL0UsVUFBTSxJQUFJLE9BQU8sT0FBTyxDQUFDO0FBQUEsRUFDM0I7QUFBQSxFQUNBLDhCQUE4QixDQUFDLFFBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQU0sSUFBSSxNQUFNLFVBQVUsS0FBSyxLQUFLLElBQUksT0FBTyxJQUFJLEdBQUcsOEJBQThCO0FBQ3BGLFFBQUksRUFBRyxRQUFPLElBQUksS0FBSyxLQUFLLENBQUM7QUFDN0IsVUFBTSxRQUFRLE1BQU0sT0FBTyxPQUFPLGVBQWU7QUFBQSxNQUMvQyxPQUFPO0FBQUEsTUFDUCxTQUFTLEVBQUUsY0FBYyxDQUFDLEtBQUssRUFBRTtBQUFBLE1BQUcsZUFBZTtBQUFBLElBQ3JELENBQUM7QUFDRCxRQUFJLFFBQVEsQ0FBQyxHQUFHO0FBQ2QsWUFBTSxNQUFNLE1BQU0sT0FBTyxVQUFVLGlCQUFpQixNQUFNLENBQUMsQ0FBQztBQUM1RCxZQUFNLE9BQU8sVUFBVSx3QkFBd0IsS0FBSyxrQkFBa0I7QUFDdEUsWUFBTSxPQUFPLE9BQU8saUJBQWlCLEdBQUc7QUFBQSxJQUMxQztBQUFBLEVBQ0Y7QUFBQSxFQUNBLDhCQUE4QixDQUFDLFFBQVEsQ0FBQyxRQUFRO0FBQzlDLFVBQU0sSUFBSSxTQUFTLEtBQUssR0FBRztBQUMzQixRQUFJLEVBQUcsS0FBSSxhQUFhLEVBQUUsRUFBRTtBQUFBLEVBQzlCO0FBQUEsRUFDQSxpQ0FBaUMsQ0FBQyxRQUFRLE9BQU8sS0FBSyxTQUFTO0FBQzdELFVBQU0sSUFBSSxTQUFTLEtBQUssR0FBRztBQUMzQixVQUFNLFNBQVMsT0FBTyxTQUFTLFdBQVcsT0FBTyxHQUFHLFFBQVEsVUFBVSxDQUFDO0FBQ3ZFLFFBQUksQ0FBQyxPQUFRLFFBQU8sS0FBSyxPQUFPLE9BQU8sdUJBQXVCLEdBQUcsR0FBRyxRQUFRLFlBQVksK0JBQStCO0FBQ3ZILFVBQU0sTUFBTSxPQUFPLElBQUksS0FBSyxNQUFNO0FBQ2xDLFFBQUksT0FBTyxVQUFVLG1CQUFtQixHQUFHLEVBQUcsT0FBTSxPQUFPLFNBQVMsZUFBZSxvQkFBb0IsR0FBRztBQUFBLFFBQ3JHLE9BQU0sT0FBTyxTQUFTLGVBQWUsa0JBQWtCLEdBQUc7QUFBQSxFQUNqRTtBQUFBLEVBQ0EsNkJBQTZCLENBQUMsUUFBUSxDQUFDLFFBQVE7QUFDN0MsVUFBTSxJQUFJLFNBQVMsS0FBSyxHQUFHO0FBQzNCLFFBQUksQ0FBQyxFQUFHO0FBQ1IsUUFBSSxLQUFDLDBCQUFXLENBQUMsRUFBRyxRQUFPLEtBQUssT0FBTyxPQUFPLG1CQUFtQixHQUFHLEVBQUUsSUFBSSxzQ0FBc0M7QUFDaEgsUUFBSSxPQUFPLE9BQU8sRUFBRSxFQUFFO0FBQ3RCLFFBQUksVUFBVSxJQUFJLEVBQUUsRUFBRSxHQUFHLFVBQVUsUUFBUTtBQUMzQyxRQUFJLFVBQVUsT0FBTyxFQUFFLEVBQUU7QUFBQSxFQUMzQjtBQUFBLEVBQ0EsK0JBQStCLENBQUMsUUFBUSxNQUFNO0FBQzVDLGVBQVcsS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFHLFNBQUksMEJBQVcsQ0FBQyxHQUFHO0FBQUUsVUFBSSxVQUFVLElBQUksRUFBRSxFQUFFLEdBQUcsVUFBVSxRQUFRO0FBQUcsVUFBSSxVQUFVLE9BQU8sRUFBRSxFQUFFO0FBQUEsSUFBRztBQUNqSSxRQUFJLE9BQU8sY0FBYztBQUFBLEVBQzNCO0FBQUEsRUFDQSxtQ0FBbUMsQ0FBQyxRQUFRLFVBQU0sK0NBQXlCLEdBQUc7QUFBQSxFQUM5RSxrQ0FBa0MsQ0FBQyxRQUFRLE9BQU8sUUFBUTtBQUN4RCxVQUFNLE9BQU8sSUFBSSxPQUFPLElBQUksRUFBRSxPQUFPLENBQUNBLFdBQU0sMEJBQVdBLEVBQUMsS0FBS0EsR0FBRSxRQUFRLFdBQVc7QUFDbEYsVUFBTSxJQUFJLE1BQU0sVUFBVSxLQUFLLEtBQUssTUFBTSxvQ0FBb0M7QUFDOUUsUUFBSSxDQUFDLEdBQUcsUUFBUSxhQUFhO0FBQzNCLGFBQU8sS0FBSyxPQUFPLE9BQU8sdUJBQXVCLHNHQUFzRyxjQUFjLEVBQ2xLLEtBQUssQ0FBQyxNQUFNLEtBQUssT0FBTyxTQUFTLGVBQWUsaUNBQWlDLHNDQUFzQyxDQUFDO0FBQUEsSUFDN0g7QUFDQSxjQUFNLGdDQUFVLEtBQUssQ0FBQztBQUFBLEVBQ3hCO0FBQUEsRUFDQSxpQ0FBaUMsQ0FBQyxRQUFRLE1BQU0sSUFBSSxhQUFhLFFBQVE7QUFBQSxFQUN6RSw4QkFBOEIsTUFBTSxPQUFPLFNBQVM7QUFDbEQsUUFBSSxPQUFPLFNBQVMsU0FBVSxPQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFDMUY7QUFBQSxFQUNBLGdDQUFnQyxDQUFDLFFBQVEsT0FBTyxTQUFTO0FBQ3ZELFFBQUksT0FBTyxTQUFTLFNBQVU7QUFDOUIsUUFBSTtBQUNGLGdCQUFNLHdDQUFtQixJQUFJO0FBQzdCLFVBQUksYUFBYSxRQUFRO0FBQUEsSUFDM0IsU0FBUyxHQUFHO0FBQ1YsZ0JBQU0sNkJBQVUsR0FBRyxJQUFJLEdBQUc7QUFBQSxJQUM1QjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLCtCQUErQixDQUFDLFFBQVEsWUFBWTtBQUNsRCxRQUFJLFVBQU0sMENBQWtCLEVBQUcsS0FBSSxhQUFhLFFBQVE7QUFBQSxFQUMxRDtBQUFBLEVBQ0EsNkJBQTZCLENBQUMsUUFBUSxVQUFNLGtDQUFZLEtBQUssSUFBSTtBQUFBLEVBQ2pFLDhCQUE4QixNQUFNLENBQUMsVUFDbkMsT0FBTyxTQUFTLGVBQWUsaUNBQWlDLE9BQU8sVUFBVSxXQUFXLFFBQVEsZUFBZTtBQUFBLEVBQ3JILHlCQUF5QixDQUFDLFFBQVEsTUFBTSxJQUFJLElBQUksS0FBSztBQUN2RDtBQUVPLFNBQVMsaUJBQWlCLEtBQWdCO0FBQy9DLGFBQVcsQ0FBQyxJQUFJLE9BQU8sS0FBSyxPQUFPLFFBQVEsUUFBUSxHQUFHO0FBQ3BELFVBQU0sVUFBVSxRQUFRLEdBQUc7QUFDM0IsUUFBSSxLQUFLLE9BQU8sU0FBUyxnQkFBZ0IsSUFBSSxVQUFVLFNBQW9CO0FBQ3pFLFVBQUk7QUFDRixlQUFPLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFBQSxNQUM5QixTQUFTLEdBQUc7QUFDVixrQkFBTSw2QkFBVSxHQUFHLElBQUksR0FBRztBQUMxQixlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0YsQ0FBQyxDQUFDO0FBQUEsRUFDSjtBQUNGOyIsCiAgIm5hbWVzIjogWyJiIl0KfQo=
