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
var argList_exports = {};
__export(argList_exports, {
  parseDuration: () => parseDuration,
  rejectUnknown: () => rejectUnknown,
  takeFlag: () => takeFlag,
  takeOption: () => takeOption,
  takeOptions: () => takeOptions
});
module.exports = __toCommonJS(argList_exports);
var import_userError = require("../core/userError");
function takeOption(args, name) {
  let value;
  for (let i = 0; i < args.length; ) {
    if (args[i] === name) {
      if (i + 1 >= args.length) throw new import_userError.UserError(`${name} needs a value.`, `Write ${name} VALUE.`, "bad-argument");
      value = args[i + 1];
      args.splice(i, 2);
    } else if (args[i].startsWith(name + "=")) {
      value = args[i].slice(name.length + 1);
      args.splice(i, 1);
    } else i++;
  }
  return value;
}
function takeOptions(args, name) {
  const out = [];
  for (let v = takeOption(args, name); v !== void 0; v = takeOption(args, name)) out.push(v);
  return out;
}
function takeFlag(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  takeFlag(args, name);
  return true;
}
function rejectUnknown(args, verb) {
  if (args.length) {
    throw new import_userError.UserError(`Unexpected argument '${args[0]}'.`, `Run \`ebuild-builder ${verb} --help\` for the options.`, "bad-argument");
  }
}
function parseDuration(text, option) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new import_userError.UserError(`${option} '${text}' is not a duration.`, `Write e.g. ${option} 10m, 30s or 1h.`, "bad-argument");
  const n = Number(m[1]) * { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[m[2] ?? "s"];
  if (n <= 0) throw new import_userError.UserError(`${option} must be more than zero.`, `Write e.g. ${option} 10m.`, "bad-argument");
  return n;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseDuration,
  rejectUnknown,
  takeFlag,
  takeOption,
  takeOptions
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9hcmdMaXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogU21hbGwgaGVscGVycyB0byB0YWtlIG9wdGlvbnMgb3V0IG9mIGFuIGFyZ3VtZW50IGxpc3QgKHdoYXQgaXMgbGVmdCBpcyBjaGVja2VkIGJ5IGByZWplY3RVbmtub3duYCkuICovXG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5cbi8qKiBSZW1vdmVzIGAtLW5hbWUgVkFMVUVgIC8gYC0tbmFtZT1WQUxVRWAgYW5kIHJldHVybnMgdGhlIHZhbHVlICh0aGUgbGFzdCBvbmUgd2lucykuICovXG5leHBvcnQgZnVuY3Rpb24gdGFrZU9wdGlvbihhcmdzOiBzdHJpbmdbXSwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgbGV0IHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgYXJncy5sZW5ndGg7ICkge1xuICAgIGlmIChhcmdzW2ldID09PSBuYW1lKSB7XG4gICAgICBpZiAoaSArIDEgPj0gYXJncy5sZW5ndGgpIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7bmFtZX0gbmVlZHMgYSB2YWx1ZS5gLCBgV3JpdGUgJHtuYW1lfSBWQUxVRS5gLCAnYmFkLWFyZ3VtZW50Jyk7XG4gICAgICB2YWx1ZSA9IGFyZ3NbaSArIDFdO1xuICAgICAgYXJncy5zcGxpY2UoaSwgMik7XG4gICAgfSBlbHNlIGlmIChhcmdzW2ldLnN0YXJ0c1dpdGgobmFtZSArICc9JykpIHtcbiAgICAgIHZhbHVlID0gYXJnc1tpXS5zbGljZShuYW1lLmxlbmd0aCArIDEpO1xuICAgICAgYXJncy5zcGxpY2UoaSwgMSk7XG4gICAgfSBlbHNlIGkrKztcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKiBSZW1vdmVzIGV2ZXJ5IGAtLW5hbWUgVkFMVUVgIGFuZCByZXR1cm5zIHRoZSB2YWx1ZXMgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdGFrZU9wdGlvbnMoYXJnczogc3RyaW5nW10sIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGxldCB2ID0gdGFrZU9wdGlvbihhcmdzLCBuYW1lKTsgdiAhPT0gdW5kZWZpbmVkOyB2ID0gdGFrZU9wdGlvbihhcmdzLCBuYW1lKSkgb3V0LnB1c2godik7XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0YWtlRmxhZyhhcmdzOiBzdHJpbmdbXSwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IGkgPSBhcmdzLmluZGV4T2YobmFtZSk7XG4gIGlmIChpIDwgMCkgcmV0dXJuIGZhbHNlO1xuICBhcmdzLnNwbGljZShpLCAxKTtcbiAgdGFrZUZsYWcoYXJncywgbmFtZSk7XG4gIHJldHVybiB0cnVlO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVqZWN0VW5rbm93bihhcmdzOiBzdHJpbmdbXSwgdmVyYjogc3RyaW5nKTogdm9pZCB7XG4gIGlmIChhcmdzLmxlbmd0aCkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFVuZXhwZWN0ZWQgYXJndW1lbnQgJyR7YXJnc1swXX0nLmAsIGBSdW4gXFxgZWJ1aWxkLWJ1aWxkZXIgJHt2ZXJifSAtLWhlbHBcXGAgZm9yIHRoZSBvcHRpb25zLmAsICdiYWQtYXJndW1lbnQnKTtcbiAgfVxufVxuXG4vKiogYDEwbWAsIGAzMHNgLCBgMWhgLCBgNTAwbXNgLCBwbGFpbiBzZWNvbmRzIFx1MjE5MiBtaWxsaXNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VEdXJhdGlvbih0ZXh0OiBzdHJpbmcsIG9wdGlvbjogc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgbSA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKG1zfHN8bXxoKT8kLy5leGVjKHRleHQudHJpbSgpKTtcbiAgaWYgKCFtKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke29wdGlvbn0gJyR7dGV4dH0nIGlzIG5vdCBhIGR1cmF0aW9uLmAsIGBXcml0ZSBlLmcuICR7b3B0aW9ufSAxMG0sIDMwcyBvciAxaC5gLCAnYmFkLWFyZ3VtZW50Jyk7XG4gIGNvbnN0IG4gPSBOdW1iZXIobVsxXSkgKiB7IG1zOiAxLCBzOiAxMDAwLCBtOiA2MF8wMDAsIGg6IDNfNjAwXzAwMCB9WyhtWzJdID8/ICdzJykgYXMgJ21zJyB8ICdzJyB8ICdtJyB8ICdoJ107XG4gIGlmIChuIDw9IDApIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7b3B0aW9ufSBtdXN0IGJlIG1vcmUgdGhhbiB6ZXJvLmAsIGBXcml0ZSBlLmcuICR7b3B0aW9ufSAxMG0uYCwgJ2JhZC1hcmd1bWVudCcpO1xuICByZXR1cm4gbjtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHVCQUEwQjtBQUduQixTQUFTLFdBQVcsTUFBZ0IsTUFBa0M7QUFDM0UsTUFBSTtBQUNKLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxVQUFVO0FBQ2pDLFFBQUksS0FBSyxDQUFDLE1BQU0sTUFBTTtBQUNwQixVQUFJLElBQUksS0FBSyxLQUFLLE9BQVEsT0FBTSxJQUFJLDJCQUFVLEdBQUcsSUFBSSxtQkFBbUIsU0FBUyxJQUFJLFdBQVcsY0FBYztBQUM5RyxjQUFRLEtBQUssSUFBSSxDQUFDO0FBQ2xCLFdBQUssT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNsQixXQUFXLEtBQUssQ0FBQyxFQUFFLFdBQVcsT0FBTyxHQUFHLEdBQUc7QUFDekMsY0FBUSxLQUFLLENBQUMsRUFBRSxNQUFNLEtBQUssU0FBUyxDQUFDO0FBQ3JDLFdBQUssT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNsQixNQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsWUFBWSxNQUFnQixNQUF3QjtBQUNsRSxRQUFNLE1BQWdCLENBQUM7QUFDdkIsV0FBUyxJQUFJLFdBQVcsTUFBTSxJQUFJLEdBQUcsTUFBTSxRQUFXLElBQUksV0FBVyxNQUFNLElBQUksRUFBRyxLQUFJLEtBQUssQ0FBQztBQUM1RixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFNBQVMsTUFBZ0IsTUFBdUI7QUFDOUQsUUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsT0FBSyxPQUFPLEdBQUcsQ0FBQztBQUNoQixXQUFTLE1BQU0sSUFBSTtBQUNuQixTQUFPO0FBQ1Q7QUFFTyxTQUFTLGNBQWMsTUFBZ0IsTUFBb0I7QUFDaEUsTUFBSSxLQUFLLFFBQVE7QUFDZixVQUFNLElBQUksMkJBQVUsd0JBQXdCLEtBQUssQ0FBQyxDQUFDLE1BQU0sd0JBQXdCLElBQUksOEJBQThCLGNBQWM7QUFBQSxFQUNuSTtBQUNGO0FBR08sU0FBUyxjQUFjLE1BQWMsUUFBd0I7QUFDbEUsUUFBTSxJQUFJLCtCQUErQixLQUFLLEtBQUssS0FBSyxDQUFDO0FBQ3pELE1BQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLE1BQU0sS0FBSyxJQUFJLHdCQUF3QixjQUFjLE1BQU0sb0JBQW9CLGNBQWM7QUFDNUgsUUFBTSxJQUFJLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsS0FBVSxFQUFHLEVBQUUsQ0FBQyxLQUFLLEdBQThCO0FBQzVHLE1BQUksS0FBSyxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLE1BQU0sNEJBQTRCLGNBQWMsTUFBTSxTQUFTLGNBQWM7QUFDaEgsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
