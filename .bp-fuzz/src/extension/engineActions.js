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
var engineActions_exports = {};
__export(engineActions_exports, {
  checkEngine: () => checkEngine,
  cleanupBuilderContainers: () => cleanupBuilderContainers,
  saveState: () => saveState
});
module.exports = __toCommonJS(engineActions_exports);
var vscode = __toESM(require("vscode"));
var import_engineForBuild = require("../docker/engineForBuild");
var import_containers = require("../docker/containers");
var import_userErrors = require("./userErrors");
async function checkEngine(ctx, announce) {
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  try {
    const engine = await (0, import_engineForBuild.connectForConfig)(config, process.env);
    try {
      await engine.docker.ping();
      ctx.setEngineReachable(true);
      ctx.log.info(`engine ${engine.url} (${engine.chosenBy}) answers`);
      if (announce) void vscode.window.showInformationMessage(`Docker engine ${engine.url} is reachable (${engine.chosenBy}).`);
      return true;
    } finally {
      await engine.close();
    }
  } catch (e) {
    const message = (0, import_userErrors.describeError)(e);
    ctx.setEngineReachable(false, message);
    ctx.log.warn(`engine check: ${message}`);
    if (announce) await (0, import_userErrors.showError)(e, ctx.log);
    return false;
  }
}
async function cleanupBuilderContainers(ctx) {
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Removing builder containers\u2026" }, async () => {
    try {
      const engine = await (0, import_engineForBuild.connectForConfig)(config, process.env);
      try {
        const running = new Set(ctx.builds.running().flatMap((b) => b.handle ? [b.handle.id] : []));
        const removed = (await (0, import_containers.cleanupContainers)(engine, running)).length;
        ctx.log.info(`cleanup: removed ${removed} builder container(s) from ${engine.url}`);
        void vscode.window.showInformationMessage(removed ? `Removed ${removed} builder container${removed === 1 ? "" : "s"} from ${engine.url}.` : `No builder containers left on ${engine.url}.`);
      } finally {
        await engine.close();
      }
    } catch (e) {
      await (0, import_userErrors.showError)(e, ctx.log);
    }
  });
}
async function saveState(ctx, b) {
  const pn = b.atom.split("/")[1]?.replace(/-\d.*$/, "") ?? "builder";
  const repoTag = await vscode.window.showInputBox({
    title: `Save the container of ${b.atom} as an image`,
    prompt: "Image name and tag (repository:tag). Use it later in ebuildBuilder.images to start from this state.",
    value: `ebuild-builder/${b.profile}-${pn}:saved`,
    validateInput: (v) => /^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127})?$/.test(v) ? void 0 : "Use lower-case repository[:tag], e.g. ebuild-builder/sabayon-hello:saved"
  });
  if (!repoTag) return;
  const config = ctx.config.forResource(vscode.Uri.file(b.ebuildPath));
  try {
    const engine = await (0, import_engineForBuild.connectForConfig)(config, process.env);
    let id;
    try {
      id = await (0, import_containers.saveBuilderState)(engine, b.result?.containerId ?? b.handle?.id ?? b.id, repoTag);
    } finally {
      await engine.close();
    }
    void vscode.window.showInformationMessage(`Saved ${b.atom}'s builder as ${repoTag}${id.startsWith("sha256:") ? ` (${id.slice(0, 19)})` : ""}.`);
  } catch (e) {
    ctx.log.warn(`save state: ${(0, import_userErrors.describeError)(e)}`);
    await (0, import_userErrors.showError)(e, ctx.log);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkEngine,
  cleanupBuilderContainers,
  saveState
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9lbmdpbmVBY3Rpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogRW5naW5lLWxldmVsIGFjdGlvbnM6IGNoZWNrIHRoYXQgdGhlIGVuZ2luZSBhbnN3ZXJzLCByZW1vdmUgbGVmdG92ZXIgYnVpbGRlciBjb250YWluZXJzLCBzYXZlIGEgYnVpbGRlcidzIHN0YXRlLiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBjb25uZWN0Rm9yQ29uZmlnIH0gZnJvbSAnLi4vZG9ja2VyL2VuZ2luZUZvckJ1aWxkJztcbmltcG9ydCB7IGNsZWFudXBDb250YWluZXJzLCBzYXZlQnVpbGRlclN0YXRlIH0gZnJvbSAnLi4vZG9ja2VyL2NvbnRhaW5lcnMnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVjb3JkIH0gZnJvbSAnLi9idWlsZHMnO1xuaW1wb3J0IHsgZGVzY3JpYmVFcnJvciwgc2hvd0Vycm9yIH0gZnJvbSAnLi91c2VyRXJyb3JzJztcblxuLyoqIFBpbmdzIHRoZSBlbmdpbmUgbmFtZWQgYnkgdGhlIHNldHRpbmdzOyBzZXRzIHRoZSB3ZWxjb21lIHZpZXcncyBjb250ZXh0IGtleS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjaGVja0VuZ2luZShjdHg6IEN0eCwgYW5ub3VuY2U6IGJvb2xlYW4pOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3QgY29uZmlnID0gY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/LlswXT8udXJpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBlbmdpbmUgPSBhd2FpdCBjb25uZWN0Rm9yQ29uZmlnKGNvbmZpZywgcHJvY2Vzcy5lbnYpO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBlbmdpbmUuZG9ja2VyLnBpbmcoKTtcbiAgICAgIGN0eC5zZXRFbmdpbmVSZWFjaGFibGUodHJ1ZSk7XG4gICAgICBjdHgubG9nLmluZm8oYGVuZ2luZSAke2VuZ2luZS51cmx9ICgke2VuZ2luZS5jaG9zZW5CeX0pIGFuc3dlcnNgKTtcbiAgICAgIGlmIChhbm5vdW5jZSkgdm9pZCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UoYERvY2tlciBlbmdpbmUgJHtlbmdpbmUudXJsfSBpcyByZWFjaGFibGUgKCR7ZW5naW5lLmNob3NlbkJ5fSkuYCk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgZW5naW5lLmNsb3NlKCk7XG4gICAgfVxuICB9IGNhdGNoIChlKSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGRlc2NyaWJlRXJyb3IoZSk7XG4gICAgY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgbWVzc2FnZSk7XG4gICAgY3R4LmxvZy53YXJuKGBlbmdpbmUgY2hlY2s6ICR7bWVzc2FnZX1gKTtcbiAgICBpZiAoYW5ub3VuY2UpIGF3YWl0IHNob3dFcnJvcihlLCBjdHgubG9nKTtcbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNsZWFudXBCdWlsZGVyQ29udGFpbmVycyhjdHg6IEN0eCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBjb25maWcgPSBjdHguY29uZmlnLmZvclJlc291cmNlKHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycz8uWzBdPy51cmkpO1xuICBhd2FpdCB2c2NvZGUud2luZG93LndpdGhQcm9ncmVzcyh7IGxvY2F0aW9uOiB2c2NvZGUuUHJvZ3Jlc3NMb2NhdGlvbi5Ob3RpZmljYXRpb24sIHRpdGxlOiAnUmVtb3ZpbmcgYnVpbGRlciBjb250YWluZXJzXHUyMDI2JyB9LCBhc3luYyAoKSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZ2luZSA9IGF3YWl0IGNvbm5lY3RGb3JDb25maWcoY29uZmlnLCBwcm9jZXNzLmVudik7XG4gICAgICB0cnkge1xuICAgICAgICAvLyBDb250YWluZXJzIG9mIGJ1aWxkcyBydW5uaW5nIGluIHRoaXMgd2luZG93IHN0YXkuXG4gICAgICAgIGNvbnN0IHJ1bm5pbmcgPSBuZXcgU2V0KGN0eC5idWlsZHMucnVubmluZygpLmZsYXRNYXAoKGIpID0+IChiLmhhbmRsZSA/IFtiLmhhbmRsZS5pZF0gOiBbXSkpKTtcbiAgICAgICAgY29uc3QgcmVtb3ZlZCA9IChhd2FpdCBjbGVhbnVwQ29udGFpbmVycyhlbmdpbmUsIHJ1bm5pbmcpKS5sZW5ndGg7XG4gICAgICAgIGN0eC5sb2cuaW5mbyhgY2xlYW51cDogcmVtb3ZlZCAke3JlbW92ZWR9IGJ1aWxkZXIgY29udGFpbmVyKHMpIGZyb20gJHtlbmdpbmUudXJsfWApO1xuICAgICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZShyZW1vdmVkXG4gICAgICAgICAgPyBgUmVtb3ZlZCAke3JlbW92ZWR9IGJ1aWxkZXIgY29udGFpbmVyJHtyZW1vdmVkID09PSAxID8gJycgOiAncyd9IGZyb20gJHtlbmdpbmUudXJsfS5gXG4gICAgICAgICAgOiBgTm8gYnVpbGRlciBjb250YWluZXJzIGxlZnQgb24gJHtlbmdpbmUudXJsfS5gKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGF3YWl0IGVuZ2luZS5jbG9zZSgpO1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGF3YWl0IHNob3dFcnJvcihlLCBjdHgubG9nKTtcbiAgICB9XG4gIH0pO1xufVxuXG4vKiogQ29tbWl0cyBhIGtlcHQgY29udGFpbmVyIHRvIGFuIGltYWdlIHRoZSB1c2VyIG5hbWVzICh0aGUgc2VlZCdzIFwiZG9ja2VyIGNvbW1pdFwiIG9mIGEgd2FybWVkIGJ1aWxkZXIpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNhdmVTdGF0ZShjdHg6IEN0eCwgYjogQnVpbGRSZWNvcmQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgcG4gPSBiLmF0b20uc3BsaXQoJy8nKVsxXT8ucmVwbGFjZSgvLVxcZC4qJC8sICcnKSA/PyAnYnVpbGRlcic7XG4gIGNvbnN0IHJlcG9UYWcgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dJbnB1dEJveCh7XG4gICAgdGl0bGU6IGBTYXZlIHRoZSBjb250YWluZXIgb2YgJHtiLmF0b219IGFzIGFuIGltYWdlYCxcbiAgICBwcm9tcHQ6ICdJbWFnZSBuYW1lIGFuZCB0YWcgKHJlcG9zaXRvcnk6dGFnKS4gVXNlIGl0IGxhdGVyIGluIGVidWlsZEJ1aWxkZXIuaW1hZ2VzIHRvIHN0YXJ0IGZyb20gdGhpcyBzdGF0ZS4nLFxuICAgIHZhbHVlOiBgZWJ1aWxkLWJ1aWxkZXIvJHtiLnByb2ZpbGV9LSR7cG59OnNhdmVkYCxcbiAgICB2YWxpZGF0ZUlucHV0OiAodikgPT4gKC9eW2EtejAtOV0rKD86Wy5fLy1dW2EtejAtOV0rKSooPzo6W1xcd11bXFx3Li1dezAsMTI3fSk/JC8udGVzdCh2KSA/IHVuZGVmaW5lZCA6ICdVc2UgbG93ZXItY2FzZSByZXBvc2l0b3J5Wzp0YWddLCBlLmcuIGVidWlsZC1idWlsZGVyL3NhYmF5b24taGVsbG86c2F2ZWQnKSxcbiAgfSk7XG4gIGlmICghcmVwb1RhZykgcmV0dXJuO1xuICBjb25zdCBjb25maWcgPSBjdHguY29uZmlnLmZvclJlc291cmNlKHZzY29kZS5VcmkuZmlsZShiLmVidWlsZFBhdGgpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBlbmdpbmUgPSBhd2FpdCBjb25uZWN0Rm9yQ29uZmlnKGNvbmZpZywgcHJvY2Vzcy5lbnYpO1xuICAgIGxldCBpZDogc3RyaW5nO1xuICAgIHRyeSB7XG4gICAgICBpZCA9IGF3YWl0IHNhdmVCdWlsZGVyU3RhdGUoZW5naW5lLCBiLnJlc3VsdD8uY29udGFpbmVySWQgPz8gYi5oYW5kbGU/LmlkID8/IGIuaWQsIHJlcG9UYWcpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBhd2FpdCBlbmdpbmUuY2xvc2UoKTtcbiAgICB9XG4gICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UoYFNhdmVkICR7Yi5hdG9tfSdzIGJ1aWxkZXIgYXMgJHtyZXBvVGFnfSR7aWQuc3RhcnRzV2l0aCgnc2hhMjU2OicpID8gYCAoJHtpZC5zbGljZSgwLCAxOSl9KWAgOiAnJ30uYCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBjdHgubG9nLndhcm4oYHNhdmUgc3RhdGU6ICR7ZGVzY3JpYmVFcnJvcihlKX1gKTtcbiAgICBhd2FpdCBzaG93RXJyb3IoZSwgY3R4LmxvZyk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLGFBQXdCO0FBQ3hCLDRCQUFpQztBQUNqQyx3QkFBb0Q7QUFHcEQsd0JBQXlDO0FBR3pDLGVBQXNCLFlBQVksS0FBVSxVQUFxQztBQUMvRSxRQUFNLFNBQVMsSUFBSSxPQUFPLFlBQVksT0FBTyxVQUFVLG1CQUFtQixDQUFDLEdBQUcsR0FBRztBQUNqRixNQUFJO0FBQ0YsVUFBTSxTQUFTLFVBQU0sd0NBQWlCLFFBQVEsUUFBUSxHQUFHO0FBQ3pELFFBQUk7QUFDRixZQUFNLE9BQU8sT0FBTyxLQUFLO0FBQ3pCLFVBQUksbUJBQW1CLElBQUk7QUFDM0IsVUFBSSxJQUFJLEtBQUssVUFBVSxPQUFPLEdBQUcsS0FBSyxPQUFPLFFBQVEsV0FBVztBQUNoRSxVQUFJLFNBQVUsTUFBSyxPQUFPLE9BQU8sdUJBQXVCLGlCQUFpQixPQUFPLEdBQUcsa0JBQWtCLE9BQU8sUUFBUSxJQUFJO0FBQ3hILGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxZQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3JCO0FBQUEsRUFDRixTQUFTLEdBQUc7QUFDVixVQUFNLGNBQVUsaUNBQWMsQ0FBQztBQUMvQixRQUFJLG1CQUFtQixPQUFPLE9BQU87QUFDckMsUUFBSSxJQUFJLEtBQUssaUJBQWlCLE9BQU8sRUFBRTtBQUN2QyxRQUFJLFNBQVUsV0FBTSw2QkFBVSxHQUFHLElBQUksR0FBRztBQUN4QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsZUFBc0IseUJBQXlCLEtBQXlCO0FBQ3RFLFFBQU0sU0FBUyxJQUFJLE9BQU8sWUFBWSxPQUFPLFVBQVUsbUJBQW1CLENBQUMsR0FBRyxHQUFHO0FBQ2pGLFFBQU0sT0FBTyxPQUFPLGFBQWEsRUFBRSxVQUFVLE9BQU8saUJBQWlCLGNBQWMsT0FBTyxvQ0FBK0IsR0FBRyxZQUFZO0FBQ3RJLFFBQUk7QUFDRixZQUFNLFNBQVMsVUFBTSx3Q0FBaUIsUUFBUSxRQUFRLEdBQUc7QUFDekQsVUFBSTtBQUVGLGNBQU0sVUFBVSxJQUFJLElBQUksSUFBSSxPQUFPLFFBQVEsRUFBRSxRQUFRLENBQUMsTUFBTyxFQUFFLFNBQVMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBRSxDQUFDO0FBQzVGLGNBQU0sV0FBVyxVQUFNLHFDQUFrQixRQUFRLE9BQU8sR0FBRztBQUMzRCxZQUFJLElBQUksS0FBSyxvQkFBb0IsT0FBTyw4QkFBOEIsT0FBTyxHQUFHLEVBQUU7QUFDbEYsYUFBSyxPQUFPLE9BQU8sdUJBQXVCLFVBQ3RDLFdBQVcsT0FBTyxxQkFBcUIsWUFBWSxJQUFJLEtBQUssR0FBRyxTQUFTLE9BQU8sR0FBRyxNQUNsRixpQ0FBaUMsT0FBTyxHQUFHLEdBQUc7QUFBQSxNQUNwRCxVQUFFO0FBQ0EsY0FBTSxPQUFPLE1BQU07QUFBQSxNQUNyQjtBQUFBLElBQ0YsU0FBUyxHQUFHO0FBQ1YsZ0JBQU0sNkJBQVUsR0FBRyxJQUFJLEdBQUc7QUFBQSxJQUM1QjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR0EsZUFBc0IsVUFBVSxLQUFVLEdBQStCO0FBQ3ZFLFFBQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLFFBQVEsVUFBVSxFQUFFLEtBQUs7QUFDMUQsUUFBTSxVQUFVLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUMvQyxPQUFPLHlCQUF5QixFQUFFLElBQUk7QUFBQSxJQUN0QyxRQUFRO0FBQUEsSUFDUixPQUFPLGtCQUFrQixFQUFFLE9BQU8sSUFBSSxFQUFFO0FBQUEsSUFDeEMsZUFBZSxDQUFDLE1BQU8seURBQXlELEtBQUssQ0FBQyxJQUFJLFNBQVk7QUFBQSxFQUN4RyxDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVM7QUFDZCxRQUFNLFNBQVMsSUFBSSxPQUFPLFlBQVksT0FBTyxJQUFJLEtBQUssRUFBRSxVQUFVLENBQUM7QUFDbkUsTUFBSTtBQUNGLFVBQU0sU0FBUyxVQUFNLHdDQUFpQixRQUFRLFFBQVEsR0FBRztBQUN6RCxRQUFJO0FBQ0osUUFBSTtBQUNGLFdBQUssVUFBTSxvQ0FBaUIsUUFBUSxFQUFFLFFBQVEsZUFBZSxFQUFFLFFBQVEsTUFBTSxFQUFFLElBQUksT0FBTztBQUFBLElBQzVGLFVBQUU7QUFDQSxZQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3JCO0FBQ0EsU0FBSyxPQUFPLE9BQU8sdUJBQXVCLFNBQVMsRUFBRSxJQUFJLGlCQUFpQixPQUFPLEdBQUcsR0FBRyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLEVBQUUsR0FBRztBQUFBLEVBQ2hKLFNBQVMsR0FBRztBQUNWLFFBQUksSUFBSSxLQUFLLG1CQUFlLGlDQUFjLENBQUMsQ0FBQyxFQUFFO0FBQzlDLGNBQU0sNkJBQVUsR0FBRyxJQUFJLEdBQUc7QUFBQSxFQUM1QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
