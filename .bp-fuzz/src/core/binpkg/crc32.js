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
var crc32_exports = {};
__export(crc32_exports, {
  crc32: () => crc32
});
module.exports = __toCommonJS(crc32_exports);
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(data) {
  let c = 4294967295;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  crc32
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2NyYzMyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogQ1JDLTMyIChJRUVFKSBmb3IgdGhlIGd6aXAgdHJhaWxlciBvZiBQYWNrYWdlcy5nei4gKi9cbmNvbnN0IFRBQkxFID0gKCgpID0+IHtcbiAgY29uc3QgdCA9IG5ldyBVaW50MzJBcnJheSgyNTYpO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IDI1NjsgbisrKSB7XG4gICAgbGV0IGMgPSBuO1xuICAgIGZvciAobGV0IGsgPSAwOyBrIDwgODsgaysrKSBjID0gYyAmIDEgPyAweGVkYjg4MzIwIF4gKGMgPj4+IDEpIDogYyA+Pj4gMTtcbiAgICB0W25dID0gYyA+Pj4gMDtcbiAgfVxuICByZXR1cm4gdDtcbn0pKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBjcmMzMihkYXRhOiBVaW50OEFycmF5KTogbnVtYmVyIHtcbiAgbGV0IGMgPSAweGZmZmZmZmZmO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGRhdGEubGVuZ3RoOyBpKyspIGMgPSBUQUJMRVsoYyBeIGRhdGFbaV0pICYgMHhmZl0gXiAoYyA+Pj4gOCk7XG4gIHJldHVybiAoYyBeIDB4ZmZmZmZmZmYpID4+PiAwO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLE1BQU0sU0FBUyxNQUFNO0FBQ25CLFFBQU0sSUFBSSxJQUFJLFlBQVksR0FBRztBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssS0FBSztBQUM1QixRQUFJLElBQUk7QUFDUixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxLQUFJLElBQUksSUFBSSxhQUFjLE1BQU0sSUFBSyxNQUFNO0FBQ3ZFLE1BQUUsQ0FBQyxJQUFJLE1BQU07QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNULEdBQUc7QUFFSSxTQUFTLE1BQU0sTUFBMEI7QUFDOUMsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLE9BQU8sSUFBSSxLQUFLLENBQUMsS0FBSyxHQUFJLElBQUssTUFBTTtBQUMvRSxVQUFRLElBQUksZ0JBQWdCO0FBQzlCOyIsCiAgIm5hbWVzIjogW10KfQo=
