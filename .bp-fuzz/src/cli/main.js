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
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
var import_commands = require("./commands");
var import_userError = require("../core/userError");
async function main(argv, io) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h" || verb === "help") {
    io.stdout.write("Usage: ebuild-builder <command> [options]\n\nCommands:\n");
    for (const c of import_commands.commands) io.stdout.write(`  ${c.name.padEnd(10)} ${c.summary}
`);
    io.stdout.write("\nRun `ebuild-builder <command> --help` for its options.\n");
    return verb ? 0 : 2;
  }
  const cmd = import_commands.commands.find((c) => c.name === verb);
  if (!cmd) {
    io.stderr.write(`ebuild-builder: unknown command '${verb}'. Run \`ebuild-builder --help\` for the list.
`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(cmd.usage.endsWith("\n") ? cmd.usage : cmd.usage + "\n");
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if ((0, import_userError.isUserError)(e)) {
      io.stderr.write(`ebuild-builder ${verb}: ${e.toString()}
`);
      return 2;
    }
    io.stderr.write(`ebuild-builder ${verb}: internal error: ${e?.stack ?? String(e)}
`);
    return 70;
  }
}
if (require.main === module || (process.argv[1] ?? "").match(/ebuild-builder(\.js)?$|dist[\\/]cli\.js$/)) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
    (code) => {
      process.exitCode = code;
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9tYWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogSGVhZGxlc3MgZW50cnk6IGBlYnVpbGQtYnVpbGRlciA8dmVyYj4gXHUyMDI2YC4gRXZlcnkgdmVyYiBsaXZlcyBpbiBjb21tYW5kcy8uICovXG5pbXBvcnQgeyBjb21tYW5kcyB9IGZyb20gJy4vY29tbWFuZHMnO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgdHlwZSB7IENsaUlPIH0gZnJvbSAnLi9jbGlUeXBlcyc7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYWluKGFyZ3Y6IHN0cmluZ1tdLCBpbzogQ2xpSU8pOiBQcm9taXNlPG51bWJlcj4ge1xuICBjb25zdCBbdmVyYiwgLi4ucmVzdF0gPSBhcmd2O1xuICBpZiAoIXZlcmIgfHwgdmVyYiA9PT0gJy0taGVscCcgfHwgdmVyYiA9PT0gJy1oJyB8fCB2ZXJiID09PSAnaGVscCcpIHtcbiAgICBpby5zdGRvdXQud3JpdGUoJ1VzYWdlOiBlYnVpbGQtYnVpbGRlciA8Y29tbWFuZD4gW29wdGlvbnNdXFxuXFxuQ29tbWFuZHM6XFxuJyk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNvbW1hbmRzKSBpby5zdGRvdXQud3JpdGUoYCAgJHtjLm5hbWUucGFkRW5kKDEwKX0gJHtjLnN1bW1hcnl9XFxuYCk7XG4gICAgaW8uc3Rkb3V0LndyaXRlKCdcXG5SdW4gYGVidWlsZC1idWlsZGVyIDxjb21tYW5kPiAtLWhlbHBgIGZvciBpdHMgb3B0aW9ucy5cXG4nKTtcbiAgICByZXR1cm4gdmVyYiA/IDAgOiAyO1xuICB9XG4gIGNvbnN0IGNtZCA9IGNvbW1hbmRzLmZpbmQoKGMpID0+IGMubmFtZSA9PT0gdmVyYik7XG4gIGlmICghY21kKSB7XG4gICAgaW8uc3RkZXJyLndyaXRlKGBlYnVpbGQtYnVpbGRlcjogdW5rbm93biBjb21tYW5kICcke3ZlcmJ9Jy4gUnVuIFxcYGVidWlsZC1idWlsZGVyIC0taGVscFxcYCBmb3IgdGhlIGxpc3QuXFxuYCk7XG4gICAgcmV0dXJuIDI7XG4gIH1cbiAgaWYgKHJlc3QuaW5jbHVkZXMoJy0taGVscCcpIHx8IHJlc3QuaW5jbHVkZXMoJy1oJykpIHtcbiAgICBpby5zdGRvdXQud3JpdGUoY21kLnVzYWdlLmVuZHNXaXRoKCdcXG4nKSA/IGNtZC51c2FnZSA6IGNtZC51c2FnZSArICdcXG4nKTtcbiAgICByZXR1cm4gMDtcbiAgfVxuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBjbWQucnVuKHJlc3QsIGlvKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChpc1VzZXJFcnJvcihlKSkge1xuICAgICAgaW8uc3RkZXJyLndyaXRlKGBlYnVpbGQtYnVpbGRlciAke3ZlcmJ9OiAke2UudG9TdHJpbmcoKX1cXG5gKTtcbiAgICAgIHJldHVybiAyO1xuICAgIH1cbiAgICBpby5zdGRlcnIud3JpdGUoYGVidWlsZC1idWlsZGVyICR7dmVyYn06IGludGVybmFsIGVycm9yOiAkeyhlIGFzIEVycm9yKT8uc3RhY2sgPz8gU3RyaW5nKGUpfVxcbmApO1xuICAgIHJldHVybiA3MDtcbiAgfVxufVxuXG5pZiAocmVxdWlyZS5tYWluID09PSBtb2R1bGUgfHwgKHByb2Nlc3MuYXJndlsxXSA/PyAnJykubWF0Y2goL2VidWlsZC1idWlsZGVyKFxcLmpzKT8kfGRpc3RbXFxcXC9dY2xpXFwuanMkLykpIHtcbiAgbWFpbihwcm9jZXNzLmFyZ3Yuc2xpY2UoMiksIHsgc3Rkb3V0OiBwcm9jZXNzLnN0ZG91dCwgc3RkZXJyOiBwcm9jZXNzLnN0ZGVyciwgY3dkOiBwcm9jZXNzLmN3ZCgpLCBlbnY6IHByb2Nlc3MuZW52IH0pLnRoZW4oXG4gICAgKGNvZGUpID0+IHsgcHJvY2Vzcy5leGl0Q29kZSA9IGNvZGU7IH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0Esc0JBQXlCO0FBQ3pCLHVCQUE0QjtBQUc1QixlQUFzQixLQUFLLE1BQWdCLElBQTRCO0FBQ3JFLFFBQU0sQ0FBQyxNQUFNLEdBQUcsSUFBSSxJQUFJO0FBQ3hCLE1BQUksQ0FBQyxRQUFRLFNBQVMsWUFBWSxTQUFTLFFBQVEsU0FBUyxRQUFRO0FBQ2xFLE9BQUcsT0FBTyxNQUFNLDBEQUEwRDtBQUMxRSxlQUFXLEtBQUsseUJBQVUsSUFBRyxPQUFPLE1BQU0sS0FBSyxFQUFFLEtBQUssT0FBTyxFQUFFLENBQUMsSUFBSSxFQUFFLE9BQU87QUFBQSxDQUFJO0FBQ2pGLE9BQUcsT0FBTyxNQUFNLDREQUE0RDtBQUM1RSxXQUFPLE9BQU8sSUFBSTtBQUFBLEVBQ3BCO0FBQ0EsUUFBTSxNQUFNLHlCQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ2hELE1BQUksQ0FBQyxLQUFLO0FBQ1IsT0FBRyxPQUFPLE1BQU0sb0NBQW9DLElBQUk7QUFBQSxDQUFrRDtBQUMxRyxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksS0FBSyxTQUFTLFFBQVEsS0FBSyxLQUFLLFNBQVMsSUFBSSxHQUFHO0FBQ2xELE9BQUcsT0FBTyxNQUFNLElBQUksTUFBTSxTQUFTLElBQUksSUFBSSxJQUFJLFFBQVEsSUFBSSxRQUFRLElBQUk7QUFDdkUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJO0FBQ0YsV0FBTyxNQUFNLElBQUksSUFBSSxNQUFNLEVBQUU7QUFBQSxFQUMvQixTQUFTLEdBQUc7QUFDVixZQUFJLDhCQUFZLENBQUMsR0FBRztBQUNsQixTQUFHLE9BQU8sTUFBTSxrQkFBa0IsSUFBSSxLQUFLLEVBQUUsU0FBUyxDQUFDO0FBQUEsQ0FBSTtBQUMzRCxhQUFPO0FBQUEsSUFDVDtBQUNBLE9BQUcsT0FBTyxNQUFNLGtCQUFrQixJQUFJLHFCQUFzQixHQUFhLFNBQVMsT0FBTyxDQUFDLENBQUM7QUFBQSxDQUFJO0FBQy9GLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxJQUFJLFFBQVEsU0FBUyxXQUFXLFFBQVEsS0FBSyxDQUFDLEtBQUssSUFBSSxNQUFNLDBDQUEwQyxHQUFHO0FBQ3hHLE9BQUssUUFBUSxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsS0FBSyxRQUFRLElBQUksR0FBRyxLQUFLLFFBQVEsSUFBSSxDQUFDLEVBQUU7QUFBQSxJQUNwSCxDQUFDLFNBQVM7QUFBRSxjQUFRLFdBQVc7QUFBQSxJQUFNO0FBQUEsRUFDdkM7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
