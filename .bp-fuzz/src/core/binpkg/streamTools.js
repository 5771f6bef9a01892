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
var streamTools_exports = {};
__export(streamTools_exports, {
  drain: () => drain,
  peek: () => peek,
  tap: () => tap
});
module.exports = __toCommonJS(streamTools_exports);
async function peek(source, n) {
  const it = source[Symbol.asyncIterator]();
  const parts = [];
  let got = 0;
  let done = false;
  while (got < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    got += r.value.length;
  }
  const head = Buffer.concat(parts, got);
  async function* replay() {
    if (head.length) yield head;
    if (done) return;
    for (; ; ) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: replay() };
}
async function* tap(source, fn) {
  for await (const c of source) {
    fn(c);
    yield c;
  }
}
async function drain(source) {
  for await (const c of source) void c;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  drain,
  peek,
  tap
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL3N0cmVhbVRvb2xzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogU21hbGwgaGVscGVycyBmb3IgYXN5bmMgYnl0ZSBzdHJlYW1zOiBsb29rIGF0IHRoZSBmaXJzdCBieXRlcywgb2JzZXJ2ZSBjaHVua3MsIGRyYWluLiAqL1xuXG4vKiogUmVhZCBhdCBsZWFzdCBgbmAgYnl0ZXMgKG9yIGFsbCB0aGVyZSBpcykgYW5kIHJldHVybiB0aGVtIHdpdGggYSBzdHJlYW0gdGhhdCByZXBsYXlzIHRoZW0gZmlyc3QuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcGVlayhzb3VyY2U6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIG46IG51bWJlcik6IFByb21pc2U8eyBoZWFkOiBCdWZmZXI7IHN0cmVhbTogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PiB9PiB7XG4gIGNvbnN0IGl0ID0gc291cmNlW1N5bWJvbC5hc3luY0l0ZXJhdG9yXSgpO1xuICBjb25zdCBwYXJ0czogVWludDhBcnJheVtdID0gW107XG4gIGxldCBnb3QgPSAwO1xuICBsZXQgZG9uZSA9IGZhbHNlO1xuICB3aGlsZSAoZ290IDwgbikge1xuICAgIGNvbnN0IHIgPSBhd2FpdCBpdC5uZXh0KCk7XG4gICAgaWYgKHIuZG9uZSkge1xuICAgICAgZG9uZSA9IHRydWU7XG4gICAgICBicmVhaztcbiAgICB9XG4gICAgcGFydHMucHVzaChyLnZhbHVlKTtcbiAgICBnb3QgKz0gci52YWx1ZS5sZW5ndGg7XG4gIH1cbiAgY29uc3QgaGVhZCA9IEJ1ZmZlci5jb25jYXQocGFydHMsIGdvdCk7XG4gIGFzeW5jIGZ1bmN0aW9uKiByZXBsYXkoKTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICAgIGlmIChoZWFkLmxlbmd0aCkgeWllbGQgaGVhZDtcbiAgICBpZiAoZG9uZSkgcmV0dXJuO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBpdC5uZXh0KCk7XG4gICAgICBpZiAoci5kb25lKSByZXR1cm47XG4gICAgICB5aWVsZCByLnZhbHVlO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBoZWFkLCBzdHJlYW06IHJlcGxheSgpIH07XG59XG5cbi8qKiBQYXNzIGNodW5rcyB0aHJvdWdoLCBjYWxsaW5nIGBmbmAgb24gZWFjaC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiogdGFwKHNvdXJjZTogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PiwgZm46IChjOiBVaW50OEFycmF5KSA9PiB2b2lkKTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2Ygc291cmNlKSB7XG4gICAgZm4oYyk7XG4gICAgeWllbGQgYztcbiAgfVxufVxuXG4vKiogQ29uc3VtZSB3aGF0IGlzIGxlZnQgb2YgYSBzdHJlYW0uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZHJhaW4oc291cmNlOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+KTogUHJvbWlzZTx2b2lkPiB7XG4gIGZvciBhd2FpdCAoY29uc3QgYyBvZiBzb3VyY2UpIHZvaWQgYztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBR0EsZUFBc0IsS0FBSyxRQUFtQyxHQUF5RTtBQUNySSxRQUFNLEtBQUssT0FBTyxPQUFPLGFBQWEsRUFBRTtBQUN4QyxRQUFNLFFBQXNCLENBQUM7QUFDN0IsTUFBSSxNQUFNO0FBQ1YsTUFBSSxPQUFPO0FBQ1gsU0FBTyxNQUFNLEdBQUc7QUFDZCxVQUFNLElBQUksTUFBTSxHQUFHLEtBQUs7QUFDeEIsUUFBSSxFQUFFLE1BQU07QUFDVixhQUFPO0FBQ1A7QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLEVBQUUsS0FBSztBQUNsQixXQUFPLEVBQUUsTUFBTTtBQUFBLEVBQ2pCO0FBQ0EsUUFBTSxPQUFPLE9BQU8sT0FBTyxPQUFPLEdBQUc7QUFDckMsa0JBQWdCLFNBQXFDO0FBQ25ELFFBQUksS0FBSyxPQUFRLE9BQU07QUFDdkIsUUFBSSxLQUFNO0FBQ1YsZUFBUztBQUNQLFlBQU0sSUFBSSxNQUFNLEdBQUcsS0FBSztBQUN4QixVQUFJLEVBQUUsS0FBTTtBQUNaLFlBQU0sRUFBRTtBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQU0sUUFBUSxPQUFPLEVBQUU7QUFDbEM7QUFHQSxnQkFBdUIsSUFBSSxRQUFtQyxJQUF5RDtBQUNySCxtQkFBaUIsS0FBSyxRQUFRO0FBQzVCLE9BQUcsQ0FBQztBQUNKLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHQSxlQUFzQixNQUFNLFFBQWtEO0FBQzVFLG1CQUFpQixLQUFLLE9BQVEsTUFBSztBQUNyQzsiLAogICJuYW1lcyI6IFtdCn0K
