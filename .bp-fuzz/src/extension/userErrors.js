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
var userErrors_exports = {};
__export(userErrors_exports, {
  describeError: () => describeError,
  showError: () => showError
});
module.exports = __toCommonJS(userErrors_exports);
var vscode = __toESM(require("vscode"));
var import_userError = require("../core/userError");
const BUTTONS = {
  "engine-unreachable": [
    { title: "Check Again", command: "ebuildBuilder.checkEngine" },
    { title: "Choose Engine", command: "workbench.action.openSettings", args: ["ebuildBuilder.engine"] }
  ],
  "not-in-overlay": [{ title: "Make Folder an Overlay", command: "ebuildBuilder.createOverlay" }],
  "image-missing": [{ title: "Set Image", command: "workbench.action.openSettings", args: ["ebuildBuilder.images"] }]
};
function describeError(e) {
  if ((0, import_userError.isUserError)(e)) return e.action ? `${e.message}${/[.!?:]$/.test(e.message.trim()) ? "" : "."} ${e.action}` : e.message;
  return `Unexpected error: ${e?.message ?? String(e)}`;
}
async function showError(e, log) {
  if (!(0, import_userError.isUserError)(e)) log?.error(String(e?.stack ?? e));
  const buttons = (0, import_userError.isUserError)(e) ? BUTTONS[e.code] ?? [] : [{ title: "Show Log", command: "ebuildBuilder.showLog" }];
  const choice = await vscode.window.showErrorMessage(describeError(e), ...buttons.map((b) => b.title));
  const button = buttons.find((b) => b.title === choice);
  if (button) await vscode.commands.executeCommand(button.command, ...button.args ?? []);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  describeError,
  showError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi91c2VyRXJyb3JzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogU2hvd3MgZXJyb3JzIHRoZSB3YXkgYSB1c2VyIGNhbiBhY3Qgb24gdGhlbTogdGhlIG1lc3NhZ2UsIHRoZSBuZXh0IHN0ZXAsIGFuZCBhIGJ1dHRvbiB3aGVyZSBvbmUgaGVscHMuICovXG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuXG5jb25zdCBCVVRUT05TOiBSZWNvcmQ8c3RyaW5nLCB7IHRpdGxlOiBzdHJpbmc7IGNvbW1hbmQ6IHN0cmluZzsgYXJncz86IHVua25vd25bXSB9W10+ID0ge1xuICAnZW5naW5lLXVucmVhY2hhYmxlJzogW1xuICAgIHsgdGl0bGU6ICdDaGVjayBBZ2FpbicsIGNvbW1hbmQ6ICdlYnVpbGRCdWlsZGVyLmNoZWNrRW5naW5lJyB9LFxuICAgIHsgdGl0bGU6ICdDaG9vc2UgRW5naW5lJywgY29tbWFuZDogJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgYXJnczogWydlYnVpbGRCdWlsZGVyLmVuZ2luZSddIH0sXG4gIF0sXG4gICdub3QtaW4tb3ZlcmxheSc6IFt7IHRpdGxlOiAnTWFrZSBGb2xkZXIgYW4gT3ZlcmxheScsIGNvbW1hbmQ6ICdlYnVpbGRCdWlsZGVyLmNyZWF0ZU92ZXJsYXknIH1dLFxuICAnaW1hZ2UtbWlzc2luZyc6IFt7IHRpdGxlOiAnU2V0IEltYWdlJywgY29tbWFuZDogJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgYXJnczogWydlYnVpbGRCdWlsZGVyLmltYWdlcyddIH1dLFxufTtcblxuLyoqIE9uZSBsaW5lOiB3aGF0IGlzIHdyb25nLCB0aGVuIHdoYXQgdG8gZG8uICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVFcnJvcihlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKGlzVXNlckVycm9yKGUpKSByZXR1cm4gZS5hY3Rpb24gPyBgJHtlLm1lc3NhZ2V9JHsvWy4hPzpdJC8udGVzdChlLm1lc3NhZ2UudHJpbSgpKSA/ICcnIDogJy4nfSAke2UuYWN0aW9ufWAgOiBlLm1lc3NhZ2U7XG4gIHJldHVybiBgVW5leHBlY3RlZCBlcnJvcjogJHsoZSBhcyBFcnJvcik/Lm1lc3NhZ2UgPz8gU3RyaW5nKGUpfWA7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzaG93RXJyb3IoZTogdW5rbm93biwgbG9nPzogdnNjb2RlLkxvZ091dHB1dENoYW5uZWwpOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCFpc1VzZXJFcnJvcihlKSkgbG9nPy5lcnJvcihTdHJpbmcoKGUgYXMgRXJyb3IpPy5zdGFjayA/PyBlKSk7XG4gIGNvbnN0IGJ1dHRvbnMgPSBpc1VzZXJFcnJvcihlKSA/IEJVVFRPTlNbZS5jb2RlXSA/PyBbXSA6IFt7IHRpdGxlOiAnU2hvdyBMb2cnLCBjb21tYW5kOiAnZWJ1aWxkQnVpbGRlci5zaG93TG9nJyB9XTtcbiAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGRlc2NyaWJlRXJyb3IoZSksIC4uLmJ1dHRvbnMubWFwKChiKSA9PiBiLnRpdGxlKSk7XG4gIGNvbnN0IGJ1dHRvbiA9IGJ1dHRvbnMuZmluZCgoYikgPT4gYi50aXRsZSA9PT0gY2hvaWNlKTtcbiAgaWYgKGJ1dHRvbikgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKGJ1dHRvbi5jb21tYW5kLCAuLi4oYnV0dG9uLmFyZ3MgPz8gW10pKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSxhQUF3QjtBQUN4Qix1QkFBNEI7QUFFNUIsTUFBTSxVQUFrRjtBQUFBLEVBQ3RGLHNCQUFzQjtBQUFBLElBQ3BCLEVBQUUsT0FBTyxlQUFlLFNBQVMsNEJBQTRCO0FBQUEsSUFDN0QsRUFBRSxPQUFPLGlCQUFpQixTQUFTLGlDQUFpQyxNQUFNLENBQUMsc0JBQXNCLEVBQUU7QUFBQSxFQUNyRztBQUFBLEVBQ0Esa0JBQWtCLENBQUMsRUFBRSxPQUFPLDBCQUEwQixTQUFTLDhCQUE4QixDQUFDO0FBQUEsRUFDOUYsaUJBQWlCLENBQUMsRUFBRSxPQUFPLGFBQWEsU0FBUyxpQ0FBaUMsTUFBTSxDQUFDLHNCQUFzQixFQUFFLENBQUM7QUFDcEg7QUFHTyxTQUFTLGNBQWMsR0FBb0I7QUFDaEQsVUFBSSw4QkFBWSxDQUFDLEVBQUcsUUFBTyxFQUFFLFNBQVMsR0FBRyxFQUFFLE9BQU8sR0FBRyxVQUFVLEtBQUssRUFBRSxRQUFRLEtBQUssQ0FBQyxJQUFJLEtBQUssR0FBRyxJQUFJLEVBQUUsTUFBTSxLQUFLLEVBQUU7QUFDbkgsU0FBTyxxQkFBc0IsR0FBYSxXQUFXLE9BQU8sQ0FBQyxDQUFDO0FBQ2hFO0FBRUEsZUFBc0IsVUFBVSxHQUFZLEtBQThDO0FBQ3hGLE1BQUksS0FBQyw4QkFBWSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQVEsR0FBYSxTQUFTLENBQUMsQ0FBQztBQUNoRSxRQUFNLGNBQVUsOEJBQVksQ0FBQyxJQUFJLFFBQVEsRUFBRSxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxPQUFPLFlBQVksU0FBUyx3QkFBd0IsQ0FBQztBQUNqSCxRQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU8saUJBQWlCLGNBQWMsQ0FBQyxHQUFHLEdBQUcsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUNwRyxRQUFNLFNBQVMsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTTtBQUNyRCxNQUFJLE9BQVEsT0FBTSxPQUFPLFNBQVMsZUFBZSxPQUFPLFNBQVMsR0FBSSxPQUFPLFFBQVEsQ0FBQyxDQUFFO0FBQ3pGOyIsCiAgIm5hbWVzIjogW10KfQo=
