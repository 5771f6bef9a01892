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
var userError_exports = {};
__export(userError_exports, {
  UserError: () => UserError,
  isUserError: () => isUserError
});
module.exports = __toCommonJS(userError_exports);
class UserError extends Error {
  constructor(message, action, code = "user-error") {
    super(message);
    this.action = action;
    this.code = code;
    this.name = "UserError";
  }
  action;
  code;
  /** One line for a terminal: message plus the next step. */
  toString() {
    return this.action ? `${this.message}
  \u2192 ${this.action}` : this.message;
  }
}
function isUserError(e) {
  return e instanceof UserError || typeof e === "object" && e !== null && e.name === "UserError";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UserError,
  isUserError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvdXNlckVycm9yLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEFuIGVycm9yIHRoZSB1c2VyIGNhdXNlZCBvciBjYW4gZml4LiBgbWVzc2FnZWAgc2F5cyB3aGF0IGlzIHdyb25nIChuYW1pbmcgdGhlIGZpbGUsIHNldHRpbmcgb3JcbiAqIGVuZ2luZSk7IGBhY3Rpb25gIHNheXMgd2hhdCB0byBkbyBuZXh0LiBBZGFwdGVycyBzaG93IGJvdGg7IG5vdGhpbmcgZWxzZSBzaG91bGQgcmVhY2ggYSB1c2VyIHJhdy5cbiAqL1xuZXhwb3J0IGNsYXNzIFVzZXJFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIHJlYWRvbmx5IGFjdGlvbj86IHN0cmluZyxcbiAgICAvKiogU3RhYmxlIG1hY2hpbmUtcmVhZGFibGUgY29kZSwgZS5nLiBgZW5naW5lLXVucmVhY2hhYmxlYCwgYG5vdC1pbi1vdmVybGF5YC4gKi9cbiAgICByZWFkb25seSBjb2RlOiBzdHJpbmcgPSAndXNlci1lcnJvcicsXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9ICdVc2VyRXJyb3InO1xuICB9XG5cbiAgLyoqIE9uZSBsaW5lIGZvciBhIHRlcm1pbmFsOiBtZXNzYWdlIHBsdXMgdGhlIG5leHQgc3RlcC4gKi9cbiAgdG9TdHJpbmcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5hY3Rpb24gPyBgJHt0aGlzLm1lc3NhZ2V9XFxuICBcdTIxOTIgJHt0aGlzLmFjdGlvbn1gIDogdGhpcy5tZXNzYWdlO1xuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc1VzZXJFcnJvcihlOiB1bmtub3duKTogZSBpcyBVc2VyRXJyb3Ige1xuICByZXR1cm4gZSBpbnN0YW5jZW9mIFVzZXJFcnJvciB8fCAodHlwZW9mIGUgPT09ICdvYmplY3QnICYmIGUgIT09IG51bGwgJiYgKGUgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgPT09ICdVc2VyRXJyb3InKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlPLE1BQU0sa0JBQWtCLE1BQU07QUFBQSxFQUNuQyxZQUNFLFNBQ1MsUUFFQSxPQUFlLGNBQ3hCO0FBQ0EsVUFBTSxPQUFPO0FBSko7QUFFQTtBQUdULFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQU5XO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFPWCxXQUFtQjtBQUNqQixXQUFPLEtBQUssU0FBUyxHQUFHLEtBQUssT0FBTztBQUFBLFdBQVMsS0FBSyxNQUFNLEtBQUssS0FBSztBQUFBLEVBQ3BFO0FBQ0Y7QUFFTyxTQUFTLFlBQVksR0FBNEI7QUFDdEQsU0FBTyxhQUFhLGFBQWMsT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFTLEVBQXdCLFNBQVM7QUFDN0c7IiwKICAibmFtZXMiOiBbXQp9Cg==
