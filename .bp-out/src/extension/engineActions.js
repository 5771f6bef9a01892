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
var import_connect = require("../docker/connect");
var import_containers = require("../docker/containers");
var import_containers2 = require("../docker/containers");
var import_userErrors = require("./userErrors");
async function checkEngine(ctx, announce) {
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  try {
    const engine = await (0, import_connect.connectEngine)(config, process.env);
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
      const engine = await (0, import_connect.connectEngine)(config, process.env);
      try {
        const removed = await (0, import_containers.cleanupContainers)(engine);
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
  try {
    const id = await (0, import_containers2.saveBuilderState)(b.result?.containerId ?? b.id, repoTag);
    void vscode.window.showInformationMessage(`Saved ${b.atom}'s builder as ${repoTag}${typeof id === "string" ? ` (${id.slice(0, 19)})` : ""}.`);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9lbmdpbmVBY3Rpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogRW5naW5lLWxldmVsIGFjdGlvbnM6IGNoZWNrIHRoYXQgdGhlIGVuZ2luZSBhbnN3ZXJzLCByZW1vdmUgbGVmdG92ZXIgYnVpbGRlciBjb250YWluZXJzLCBzYXZlIGEgYnVpbGRlcidzIHN0YXRlLiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBjb25uZWN0RW5naW5lIH0gZnJvbSAnLi4vZG9ja2VyL2Nvbm5lY3QnO1xuaW1wb3J0IHsgY2xlYW51cENvbnRhaW5lcnMgfSBmcm9tICcuLi9kb2NrZXIvY29udGFpbmVycyc7XG5pbXBvcnQgeyBzYXZlQnVpbGRlclN0YXRlIH0gZnJvbSAnLi4vZG9ja2VyL2NvbnRhaW5lcnMnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVjb3JkIH0gZnJvbSAnLi9idWlsZHMnO1xuaW1wb3J0IHsgZGVzY3JpYmVFcnJvciwgc2hvd0Vycm9yIH0gZnJvbSAnLi91c2VyRXJyb3JzJztcblxuLyoqIFBpbmdzIHRoZSBlbmdpbmUgbmFtZWQgYnkgdGhlIHNldHRpbmdzOyBzZXRzIHRoZSB3ZWxjb21lIHZpZXcncyBjb250ZXh0IGtleS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjaGVja0VuZ2luZShjdHg6IEN0eCwgYW5ub3VuY2U6IGJvb2xlYW4pOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3QgY29uZmlnID0gY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/LlswXT8udXJpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBlbmdpbmUgPSBhd2FpdCBjb25uZWN0RW5naW5lKGNvbmZpZywgcHJvY2Vzcy5lbnYpO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBlbmdpbmUuZG9ja2VyLnBpbmcoKTtcbiAgICAgIGN0eC5zZXRFbmdpbmVSZWFjaGFibGUodHJ1ZSk7XG4gICAgICBjdHgubG9nLmluZm8oYGVuZ2luZSAke2VuZ2luZS51cmx9ICgke2VuZ2luZS5jaG9zZW5CeX0pIGFuc3dlcnNgKTtcbiAgICAgIGlmIChhbm5vdW5jZSkgdm9pZCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UoYERvY2tlciBlbmdpbmUgJHtlbmdpbmUudXJsfSBpcyByZWFjaGFibGUgKCR7ZW5naW5lLmNob3NlbkJ5fSkuYCk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgZW5naW5lLmNsb3NlKCk7XG4gICAgfVxuICB9IGNhdGNoIChlKSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGRlc2NyaWJlRXJyb3IoZSk7XG4gICAgY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgbWVzc2FnZSk7XG4gICAgY3R4LmxvZy53YXJuKGBlbmdpbmUgY2hlY2s6ICR7bWVzc2FnZX1gKTtcbiAgICBpZiAoYW5ub3VuY2UpIGF3YWl0IHNob3dFcnJvcihlLCBjdHgubG9nKTtcbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNsZWFudXBCdWlsZGVyQ29udGFpbmVycyhjdHg6IEN0eCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBjb25maWcgPSBjdHguY29uZmlnLmZvclJlc291cmNlKHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycz8uWzBdPy51cmkpO1xuICBhd2FpdCB2c2NvZGUud2luZG93LndpdGhQcm9ncmVzcyh7IGxvY2F0aW9uOiB2c2NvZGUuUHJvZ3Jlc3NMb2NhdGlvbi5Ob3RpZmljYXRpb24sIHRpdGxlOiAnUmVtb3ZpbmcgYnVpbGRlciBjb250YWluZXJzXHUyMDI2JyB9LCBhc3luYyAoKSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZ2luZSA9IGF3YWl0IGNvbm5lY3RFbmdpbmUoY29uZmlnLCBwcm9jZXNzLmVudik7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCByZW1vdmVkID0gYXdhaXQgY2xlYW51cENvbnRhaW5lcnMoZW5naW5lKTtcbiAgICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UocmVtb3ZlZFxuICAgICAgICAgID8gYFJlbW92ZWQgJHtyZW1vdmVkfSBidWlsZGVyIGNvbnRhaW5lciR7cmVtb3ZlZCA9PT0gMSA/ICcnIDogJ3MnfSBmcm9tICR7ZW5naW5lLnVybH0uYFxuICAgICAgICAgIDogYE5vIGJ1aWxkZXIgY29udGFpbmVycyBsZWZ0IG9uICR7ZW5naW5lLnVybH0uYCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBhd2FpdCBlbmdpbmUuY2xvc2UoKTtcbiAgICAgIH1cbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBhd2FpdCBzaG93RXJyb3IoZSwgY3R4LmxvZyk7XG4gICAgfVxuICB9KTtcbn1cblxuLyoqIENvbW1pdHMgYSBrZXB0IGNvbnRhaW5lciB0byBhbiBpbWFnZSB0aGUgdXNlciBuYW1lcyAodGhlIHNlZWQncyBcImRvY2tlciBjb21taXRcIiBvZiBhIHdhcm1lZCBidWlsZGVyKS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzYXZlU3RhdGUoY3R4OiBDdHgsIGI6IEJ1aWxkUmVjb3JkKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHBuID0gYi5hdG9tLnNwbGl0KCcvJylbMV0/LnJlcGxhY2UoLy1cXGQuKiQvLCAnJykgPz8gJ2J1aWxkZXInO1xuICBjb25zdCByZXBvVGFnID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5wdXRCb3goe1xuICAgIHRpdGxlOiBgU2F2ZSB0aGUgY29udGFpbmVyIG9mICR7Yi5hdG9tfSBhcyBhbiBpbWFnZWAsXG4gICAgcHJvbXB0OiAnSW1hZ2UgbmFtZSBhbmQgdGFnIChyZXBvc2l0b3J5OnRhZykuIFVzZSBpdCBsYXRlciBpbiBlYnVpbGRCdWlsZGVyLmltYWdlcyB0byBzdGFydCBmcm9tIHRoaXMgc3RhdGUuJyxcbiAgICB2YWx1ZTogYGVidWlsZC1idWlsZGVyLyR7Yi5wcm9maWxlfS0ke3BufTpzYXZlZGAsXG4gICAgdmFsaWRhdGVJbnB1dDogKHYpID0+ICgvXlthLXowLTldKyg/OlsuXy8tXVthLXowLTldKykqKD86OltcXHddW1xcdy4tXXswLDEyN30pPyQvLnRlc3QodikgPyB1bmRlZmluZWQgOiAnVXNlIGxvd2VyLWNhc2UgcmVwb3NpdG9yeVs6dGFnXSwgZS5nLiBlYnVpbGQtYnVpbGRlci9zYWJheW9uLWhlbGxvOnNhdmVkJyksXG4gIH0pO1xuICBpZiAoIXJlcG9UYWcpIHJldHVybjtcbiAgdHJ5IHtcbiAgICBjb25zdCBpZCA9IGF3YWl0IHNhdmVCdWlsZGVyU3RhdGUoYi5yZXN1bHQ/LmNvbnRhaW5lcklkID8/IGIuaWQsIHJlcG9UYWcpO1xuICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKGBTYXZlZCAke2IuYXRvbX0ncyBidWlsZGVyIGFzICR7cmVwb1RhZ30ke3R5cGVvZiBpZCA9PT0gJ3N0cmluZycgPyBgICgke2lkLnNsaWNlKDAsIDE5KX0pYCA6ICcnfS5gKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGN0eC5sb2cud2Fybihgc2F2ZSBzdGF0ZTogJHtkZXNjcmliZUVycm9yKGUpfWApO1xuICAgIGF3YWl0IHNob3dFcnJvcihlLCBjdHgubG9nKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsYUFBd0I7QUFDeEIscUJBQThCO0FBQzlCLHdCQUFrQztBQUNsQyxJQUFBQSxxQkFBaUM7QUFHakMsd0JBQXlDO0FBR3pDLGVBQXNCLFlBQVksS0FBVSxVQUFxQztBQUMvRSxRQUFNLFNBQVMsSUFBSSxPQUFPLFlBQVksT0FBTyxVQUFVLG1CQUFtQixDQUFDLEdBQUcsR0FBRztBQUNqRixNQUFJO0FBQ0YsVUFBTSxTQUFTLFVBQU0sOEJBQWMsUUFBUSxRQUFRLEdBQUc7QUFDdEQsUUFBSTtBQUNGLFlBQU0sT0FBTyxPQUFPLEtBQUs7QUFDekIsVUFBSSxtQkFBbUIsSUFBSTtBQUMzQixVQUFJLElBQUksS0FBSyxVQUFVLE9BQU8sR0FBRyxLQUFLLE9BQU8sUUFBUSxXQUFXO0FBQ2hFLFVBQUksU0FBVSxNQUFLLE9BQU8sT0FBTyx1QkFBdUIsaUJBQWlCLE9BQU8sR0FBRyxrQkFBa0IsT0FBTyxRQUFRLElBQUk7QUFDeEgsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLFlBQU0sT0FBTyxNQUFNO0FBQUEsSUFDckI7QUFBQSxFQUNGLFNBQVMsR0FBRztBQUNWLFVBQU0sY0FBVSxpQ0FBYyxDQUFDO0FBQy9CLFFBQUksbUJBQW1CLE9BQU8sT0FBTztBQUNyQyxRQUFJLElBQUksS0FBSyxpQkFBaUIsT0FBTyxFQUFFO0FBQ3ZDLFFBQUksU0FBVSxXQUFNLDZCQUFVLEdBQUcsSUFBSSxHQUFHO0FBQ3hDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxlQUFzQix5QkFBeUIsS0FBeUI7QUFDdEUsUUFBTSxTQUFTLElBQUksT0FBTyxZQUFZLE9BQU8sVUFBVSxtQkFBbUIsQ0FBQyxHQUFHLEdBQUc7QUFDakYsUUFBTSxPQUFPLE9BQU8sYUFBYSxFQUFFLFVBQVUsT0FBTyxpQkFBaUIsY0FBYyxPQUFPLG9DQUErQixHQUFHLFlBQVk7QUFDdEksUUFBSTtBQUNGLFlBQU0sU0FBUyxVQUFNLDhCQUFjLFFBQVEsUUFBUSxHQUFHO0FBQ3RELFVBQUk7QUFDRixjQUFNLFVBQVUsVUFBTSxxQ0FBa0IsTUFBTTtBQUM5QyxhQUFLLE9BQU8sT0FBTyx1QkFBdUIsVUFDdEMsV0FBVyxPQUFPLHFCQUFxQixZQUFZLElBQUksS0FBSyxHQUFHLFNBQVMsT0FBTyxHQUFHLE1BQ2xGLGlDQUFpQyxPQUFPLEdBQUcsR0FBRztBQUFBLE1BQ3BELFVBQUU7QUFDQSxjQUFNLE9BQU8sTUFBTTtBQUFBLE1BQ3JCO0FBQUEsSUFDRixTQUFTLEdBQUc7QUFDVixnQkFBTSw2QkFBVSxHQUFHLElBQUksR0FBRztBQUFBLElBQzVCO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHQSxlQUFzQixVQUFVLEtBQVUsR0FBK0I7QUFDdkUsUUFBTSxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsUUFBUSxVQUFVLEVBQUUsS0FBSztBQUMxRCxRQUFNLFVBQVUsTUFBTSxPQUFPLE9BQU8sYUFBYTtBQUFBLElBQy9DLE9BQU8seUJBQXlCLEVBQUUsSUFBSTtBQUFBLElBQ3RDLFFBQVE7QUFBQSxJQUNSLE9BQU8sa0JBQWtCLEVBQUUsT0FBTyxJQUFJLEVBQUU7QUFBQSxJQUN4QyxlQUFlLENBQUMsTUFBTyx5REFBeUQsS0FBSyxDQUFDLElBQUksU0FBWTtBQUFBLEVBQ3hHLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUztBQUNkLE1BQUk7QUFDRixVQUFNLEtBQUssVUFBTSxxQ0FBaUIsRUFBRSxRQUFRLGVBQWUsRUFBRSxJQUFJLE9BQU87QUFDeEUsU0FBSyxPQUFPLE9BQU8sdUJBQXVCLFNBQVMsRUFBRSxJQUFJLGlCQUFpQixPQUFPLEdBQUcsT0FBTyxPQUFPLFdBQVcsS0FBSyxHQUFHLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxFQUFFLEdBQUc7QUFBQSxFQUM5SSxTQUFTLEdBQUc7QUFDVixRQUFJLElBQUksS0FBSyxtQkFBZSxpQ0FBYyxDQUFDLENBQUMsRUFBRTtBQUM5QyxjQUFNLDZCQUFVLEdBQUcsSUFBSSxHQUFHO0FBQUEsRUFDNUI7QUFDRjsiLAogICJuYW1lcyI6IFsiaW1wb3J0X2NvbnRhaW5lcnMiXQp9Cg==
