"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_atom = require("../../src/core/atom");
(0, import_node_test.test)("a full atom is split into all its parts", () => {
  const a = (0, import_atom.parseAtom)("!!>=dev-libs/openssl-3.0.1-r2:0/3=::gentoo[ssl,-bindist,abi_x86_32(-)?,!static?,threads=,!debug(+)=]");
  import_strict.default.deepEqual({ ...a, text: void 0 }, {
    text: void 0,
    blocker: "!!",
    op: ">=",
    category: "dev-libs",
    pn: "openssl",
    version: "3.0.1-r2",
    slot: "0",
    subslot: "3",
    slotOp: "=",
    repo: "gentoo",
    useDeps: [
      { name: "ssl", enabled: true },
      { name: "bindist", enabled: false },
      { name: "abi_x86_32", enabled: true, conditional: "?", default: "(-)" },
      { name: "static", enabled: false, conditional: "!?" },
      { name: "threads", enabled: true, conditional: "=" },
      { name: "debug", enabled: false, conditional: "!=", default: "(+)" }
    ]
  });
});
(0, import_node_test.test)("operators, globs, slots and repos parse as written", () => {
  import_strict.default.equal((0, import_atom.parseAtom)("app-misc/hello").version, void 0);
  import_strict.default.equal((0, import_atom.parseAtom)("<app-misc/hello-2").op, "<");
  import_strict.default.equal((0, import_atom.parseAtom)("<=app-misc/hello-2").op, "<=");
  import_strict.default.equal((0, import_atom.parseAtom)("~app-misc/hello-2").op, "~");
  import_strict.default.equal((0, import_atom.parseAtom)(">app-misc/hello-2").op, ">");
  const glob = (0, import_atom.parseAtom)("=dev-lang/python-3.1*");
  import_strict.default.deepEqual([glob.op, glob.pn, glob.version], ["=*", "python", "3.1"]);
  import_strict.default.equal((0, import_atom.parseAtom)("dev-lang/python:*").slotOp, "*");
  import_strict.default.deepEqual([(0, import_atom.parseAtom)("dev-lang/python:=").slotOp, (0, import_atom.parseAtom)("dev-lang/python:=").slot], ["=", void 0]);
  import_strict.default.equal((0, import_atom.parseAtom)("dev-lang/python:3.12").slot, "3.12");
  import_strict.default.equal((0, import_atom.parseAtom)("app-misc/hello::my-overlay").repo, "my-overlay");
  import_strict.default.equal((0, import_atom.parseAtom)("!app-misc/hello").blocker, "!");
  const a = (0, import_atom.parseAtom)("=media-fonts/font-adobe-100dpi-1.0.3-r1");
  import_strict.default.deepEqual([a.pn, a.version], ["font-adobe-100dpi", "1.0.3-r1"]);
  import_strict.default.equal((0, import_atom.parseAtom)("=media-libs/libsdl2-2.28.5-r1").pn, "libsdl2");
});
(0, import_node_test.test)("bad atoms are rejected with a message that says what is wrong", () => {
  const cases = [
    ["", /empty/],
    ["hello", /one "\/"/],
    ["a/b/c", /one "\/"/],
    [">=app-misc/hello", /needs a version/],
    ["app-misc/hello-1.0", /version needs an operator/],
    ["=app-misc/hello-1.0-r", /needs a version/],
    [">=app-misc/hello-1*", /only allowed with the "=" operator/],
    ["app-misc/hello[", /USE|"\["|"\]"/],
    ["app-misc/hello[]", /empty/],
    ["app-misc/hello[-foo?]", /mixes/],
    ["app-misc/hello[!foo]", /needs "=" or "\?"/],
    ["app-misc/hello:", /slot/],
    ["app-misc/hello:a/b/c", /slot/],
    ["app-misc/hello::-bad", /repository name/],
    ["-cat/pkg", /category/],
    ["app-misc/-pkg", /package name/],
    ["app-misc/foo-1", /package name/],
    ["app-misc/hello[foo]:0", /must come last/],
    [" app-misc/hello", /whitespace/]
  ];
  for (const [text, why] of cases) {
    import_strict.default.throws(() => (0, import_atom.parseAtom)(text), (e) => e instanceof import_atom.AtomError && e.code === "invalid-atom" && why.test(e.message), text);
    const r = (0, import_atom.tryParseAtom)(text);
    import_strict.default.ok(!r.ok && r.error.message.includes(JSON.stringify(text)), text);
  }
});
(0, import_node_test.test)("an EAPI rejects the features it lacks", () => {
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello:0", { eapi: "0" }), /EAPI 1/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello[ssl]", { eapi: "1" }), /EAPI 2/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("!!app-misc/hello", { eapi: "1" }), /EAPI 2/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello[ssl(+)]", { eapi: "3" }), /EAPI 4/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello:=", { eapi: "4" }), /EAPI 5/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello:0/1", { eapi: "4" }), /EAPI 5/);
  import_strict.default.throws(() => (0, import_atom.parseAtom)("app-misc/hello::gentoo", { eapi: "8" }), /Portage extension/);
  import_strict.default.equal((0, import_atom.parseAtom)("app-misc/hello:0/1=[ssl(+)?]", { eapi: "8" }).subslot, "1");
});
(0, import_node_test.test)("names are validated as PMS 3.1 says", () => {
  for (const c of ["app-misc", "virtual", "dev-perl", "x11-libs", "sys-apps", "a.b+c_d"]) import_strict.default.ok((0, import_atom.isValidCategory)(c), c);
  for (const c of ["", "-app", ".app", "+app", "app/misc", "app misc", "\xE4pp"]) import_strict.default.ok(!(0, import_atom.isValidCategory)(c), c);
  for (const p of ["hello", "gtk+", "font-adobe-100dpi", "foo-bar", "foo-r1", "foo-1a2", "_x", "foo-1_x"]) import_strict.default.ok((0, import_atom.isValidPackageName)(p), p);
  for (const p of ["", "-foo", "gtk+-3", "foo-1", "foo-1.0", "foo-1-r1", "foo-1a", "foo-1_rc2", "foo.bar", "foo bar", "h\xE9llo"]) import_strict.default.ok(!(0, import_atom.isValidPackageName)(p), p);
  for (const r of ["gentoo", "my_overlay", "local-x1", "over-lay2"]) import_strict.default.ok((0, import_atom.isValidRepoName)(r), r);
  for (const r of ["-x", "a+b", "over-1", "a.b"]) import_strict.default.ok(!(0, import_atom.isValidRepoName)(r), r);
});
(0, import_node_test.test)("formatAtom writes back what parseAtom read", () => {
  for (const t of [
    "app-misc/hello",
    "!!>=dev-libs/openssl-3.0.1-r2:0/3=::gentoo[ssl,-bindist,abi_x86_32(-)?,!static?,threads=,!debug(+)=]",
    "=dev-lang/python-3.1*",
    "dev-lang/python:*",
    "dev-lang/python:=",
    "~app-misc/foo-1.0::x",
    "<app-misc/a-1_rc1:2"
  ]) {
    import_strict.default.equal((0, import_atom.formatAtom)((0, import_atom.parseAtom)(t)), t);
  }
});
(0, import_node_test.test)("atomMatches applies operators, globs, slots and repos", () => {
  const yes = [
    ["app-misc/hello", "app-misc/hello-1.0"],
    [">=app-misc/hello-1.0", "app-misc/hello-1.0"],
    [">=app-misc/hello-1.0", "app-misc/hello-1.0_p1"],
    ["<app-misc/hello-1.0", "app-misc/hello-1.0_rc9"],
    ["<=app-misc/hello-1.0", "app-misc/hello-1.0"],
    [">app-misc/hello-1.0", "app-misc/hello-1.0-r1"],
    ["~app-misc/hello-1.0", "app-misc/hello-1.0-r7"],
    ["=app-misc/hello-1.0", "app-misc/hello-1.00"],
    ["=app-misc/hello-1.2*", "app-misc/hello-1.2.9"],
    ["app-misc/hello:2", "app-misc/hello-2.1:2"],
    ["app-misc/hello::x", "app-misc/hello-1::x"],
    ["!app-misc/hello", "app-misc/hello-1"]
  ];
  const no = [
    ["app-misc/hello", "app-misc/hellox-1.0"],
    ["app-misc/hello", "dev-misc/hello-1.0"],
    [">=app-misc/hello-1.0", "app-misc/hello-1.0_rc1"],
    ["<app-misc/hello-1.0", "app-misc/hello-1.0"],
    [">app-misc/hello-1.0", "app-misc/hello-1.0"],
    ["~app-misc/hello-1.0", "app-misc/hello-1.0.1"],
    ["=app-misc/hello-1.0", "app-misc/hello-1.0-r1"],
    ["=app-misc/hello-1.2*", "app-misc/hello-1.20"],
    ["app-misc/hello:2", "app-misc/hello-1:1"],
    ["app-misc/hello:2/3", "app-misc/hello-2:2/4"],
    ["app-misc/hello::x", "app-misc/hello-1::y"]
  ];
  for (const [a, p] of yes) import_strict.default.ok((0, import_atom.atomMatches)(a, p), `${a} matches ${p}`);
  for (const [a, p] of no) import_strict.default.ok(!(0, import_atom.atomMatches)(a, p), `${a} does not match ${p}`);
  import_strict.default.ok((0, import_atom.atomMatches)("app-misc/hello:2", { category: "app-misc", pn: "hello", version: "1" }));
});
(0, import_node_test.test)("parseCpv reads a plain cpv and refuses an atom", () => {
  import_strict.default.deepEqual((0, import_atom.parseCpv)("app-misc/hello-1.0-r1"), { category: "app-misc", pn: "hello", version: "1.0-r1", slot: void 0, subslot: void 0, repo: void 0 });
  import_strict.default.throws(() => (0, import_atom.parseCpv)("app-misc/hello"), import_atom.AtomError);
  import_strict.default.throws(() => (0, import_atom.parseCpv)("app-misc/hello-1[ssl]"), import_atom.AtomError);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2F0b20udGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQge1xuICBBdG9tRXJyb3IsIGF0b21NYXRjaGVzLCBmb3JtYXRBdG9tLCBpc1ZhbGlkQ2F0ZWdvcnksIGlzVmFsaWRQYWNrYWdlTmFtZSwgaXNWYWxpZFJlcG9OYW1lLCBwYXJzZUF0b20sIHBhcnNlQ3B2LCB0cnlQYXJzZUF0b20sXG59IGZyb20gJy4uLy4uL3NyYy9jb3JlL2F0b20nO1xuXG50ZXN0KCdhIGZ1bGwgYXRvbSBpcyBzcGxpdCBpbnRvIGFsbCBpdHMgcGFydHMnLCAoKSA9PiB7XG4gIGNvbnN0IGEgPSBwYXJzZUF0b20oJyEhPj1kZXYtbGlicy9vcGVuc3NsLTMuMC4xLXIyOjAvMz06OmdlbnRvb1tzc2wsLWJpbmRpc3QsYWJpX3g4Nl8zMigtKT8sIXN0YXRpYz8sdGhyZWFkcz0sIWRlYnVnKCspPV0nKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbCh7IC4uLmEsIHRleHQ6IHVuZGVmaW5lZCB9LCB7XG4gICAgdGV4dDogdW5kZWZpbmVkLCBibG9ja2VyOiAnISEnLCBvcDogJz49JywgY2F0ZWdvcnk6ICdkZXYtbGlicycsIHBuOiAnb3BlbnNzbCcsIHZlcnNpb246ICczLjAuMS1yMicsXG4gICAgc2xvdDogJzAnLCBzdWJzbG90OiAnMycsIHNsb3RPcDogJz0nLCByZXBvOiAnZ2VudG9vJyxcbiAgICB1c2VEZXBzOiBbXG4gICAgICB7IG5hbWU6ICdzc2wnLCBlbmFibGVkOiB0cnVlIH0sXG4gICAgICB7IG5hbWU6ICdiaW5kaXN0JywgZW5hYmxlZDogZmFsc2UgfSxcbiAgICAgIHsgbmFtZTogJ2FiaV94ODZfMzInLCBlbmFibGVkOiB0cnVlLCBjb25kaXRpb25hbDogJz8nLCBkZWZhdWx0OiAnKC0pJyB9LFxuICAgICAgeyBuYW1lOiAnc3RhdGljJywgZW5hYmxlZDogZmFsc2UsIGNvbmRpdGlvbmFsOiAnIT8nIH0sXG4gICAgICB7IG5hbWU6ICd0aHJlYWRzJywgZW5hYmxlZDogdHJ1ZSwgY29uZGl0aW9uYWw6ICc9JyB9LFxuICAgICAgeyBuYW1lOiAnZGVidWcnLCBlbmFibGVkOiBmYWxzZSwgY29uZGl0aW9uYWw6ICchPScsIGRlZmF1bHQ6ICcoKyknIH0sXG4gICAgXSxcbiAgfSk7XG59KTtcblxudGVzdCgnb3BlcmF0b3JzLCBnbG9icywgc2xvdHMgYW5kIHJlcG9zIHBhcnNlIGFzIHdyaXR0ZW4nLCAoKSA9PiB7XG4gIGFzc2VydC5lcXVhbChwYXJzZUF0b20oJ2FwcC1taXNjL2hlbGxvJykudmVyc2lvbiwgdW5kZWZpbmVkKTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlQXRvbSgnPGFwcC1taXNjL2hlbGxvLTInKS5vcCwgJzwnKTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlQXRvbSgnPD1hcHAtbWlzYy9oZWxsby0yJykub3AsICc8PScpO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdG9tKCd+YXBwLW1pc2MvaGVsbG8tMicpLm9wLCAnficpO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdG9tKCc+YXBwLW1pc2MvaGVsbG8tMicpLm9wLCAnPicpO1xuICBjb25zdCBnbG9iID0gcGFyc2VBdG9tKCc9ZGV2LWxhbmcvcHl0aG9uLTMuMSonKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChbZ2xvYi5vcCwgZ2xvYi5wbiwgZ2xvYi52ZXJzaW9uXSwgWyc9KicsICdweXRob24nLCAnMy4xJ10pO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdG9tKCdkZXYtbGFuZy9weXRob246KicpLnNsb3RPcCwgJyonKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChbcGFyc2VBdG9tKCdkZXYtbGFuZy9weXRob246PScpLnNsb3RPcCwgcGFyc2VBdG9tKCdkZXYtbGFuZy9weXRob246PScpLnNsb3RdLCBbJz0nLCB1bmRlZmluZWRdKTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlQXRvbSgnZGV2LWxhbmcvcHl0aG9uOjMuMTInKS5zbG90LCAnMy4xMicpO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdG9tKCdhcHAtbWlzYy9oZWxsbzo6bXktb3ZlcmxheScpLnJlcG8sICdteS1vdmVybGF5Jyk7XG4gIGFzc2VydC5lcXVhbChwYXJzZUF0b20oJyFhcHAtbWlzYy9oZWxsbycpLmJsb2NrZXIsICchJyk7XG4gIC8vIEEgcGFja2FnZSBuYW1lIHdpdGggaHlwaGVucyBhbmQgZGlnaXRzIHRoYXQgYXJlIG5vdCBhIHZlcnNpb24uXG4gIGNvbnN0IGEgPSBwYXJzZUF0b20oJz1tZWRpYS1mb250cy9mb250LWFkb2JlLTEwMGRwaS0xLjAuMy1yMScpO1xuICBhc3NlcnQuZGVlcEVxdWFsKFthLnBuLCBhLnZlcnNpb25dLCBbJ2ZvbnQtYWRvYmUtMTAwZHBpJywgJzEuMC4zLXIxJ10pO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdG9tKCc9bWVkaWEtbGlicy9saWJzZGwyLTIuMjguNS1yMScpLnBuLCAnbGlic2RsMicpO1xufSk7XG5cbnRlc3QoJ2JhZCBhdG9tcyBhcmUgcmVqZWN0ZWQgd2l0aCBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgaXMgd3JvbmcnLCAoKSA9PiB7XG4gIGNvbnN0IGNhc2VzOiBbc3RyaW5nLCBSZWdFeHBdW10gPSBbXG4gICAgWycnLCAvZW1wdHkvXSwgWydoZWxsbycsIC9vbmUgXCJcXC9cIi9dLCBbJ2EvYi9jJywgL29uZSBcIlxcL1wiL10sIFsnPj1hcHAtbWlzYy9oZWxsbycsIC9uZWVkcyBhIHZlcnNpb24vXSxcbiAgICBbJ2FwcC1taXNjL2hlbGxvLTEuMCcsIC92ZXJzaW9uIG5lZWRzIGFuIG9wZXJhdG9yL10sIFsnPWFwcC1taXNjL2hlbGxvLTEuMC1yJywgL25lZWRzIGEgdmVyc2lvbi9dLFxuICAgIFsnPj1hcHAtbWlzYy9oZWxsby0xKicsIC9vbmx5IGFsbG93ZWQgd2l0aCB0aGUgXCI9XCIgb3BlcmF0b3IvXSwgWydhcHAtbWlzYy9oZWxsb1snLCAvVVNFfFwiXFxbXCJ8XCJcXF1cIi9dLFxuICAgIFsnYXBwLW1pc2MvaGVsbG9bXScsIC9lbXB0eS9dLCBbJ2FwcC1taXNjL2hlbGxvWy1mb28/XScsIC9taXhlcy9dLCBbJ2FwcC1taXNjL2hlbGxvWyFmb29dJywgL25lZWRzIFwiPVwiIG9yIFwiXFw/XCIvXSxcbiAgICBbJ2FwcC1taXNjL2hlbGxvOicsIC9zbG90L10sIFsnYXBwLW1pc2MvaGVsbG86YS9iL2MnLCAvc2xvdC9dLCBbJ2FwcC1taXNjL2hlbGxvOjotYmFkJywgL3JlcG9zaXRvcnkgbmFtZS9dLFxuICAgIFsnLWNhdC9wa2cnLCAvY2F0ZWdvcnkvXSwgWydhcHAtbWlzYy8tcGtnJywgL3BhY2thZ2UgbmFtZS9dLCBbJ2FwcC1taXNjL2Zvby0xJywgL3BhY2thZ2UgbmFtZS9dLFxuICAgIFsnYXBwLW1pc2MvaGVsbG9bZm9vXTowJywgL211c3QgY29tZSBsYXN0L10sIFsnIGFwcC1taXNjL2hlbGxvJywgL3doaXRlc3BhY2UvXSxcbiAgXTtcbiAgZm9yIChjb25zdCBbdGV4dCwgd2h5XSBvZiBjYXNlcykge1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VBdG9tKHRleHQpLCAoZTogdW5rbm93bikgPT4gZSBpbnN0YW5jZW9mIEF0b21FcnJvciAmJiBlLmNvZGUgPT09ICdpbnZhbGlkLWF0b20nICYmIHdoeS50ZXN0KGUubWVzc2FnZSksIHRleHQpO1xuICAgIGNvbnN0IHIgPSB0cnlQYXJzZUF0b20odGV4dCk7XG4gICAgYXNzZXJ0Lm9rKCFyLm9rICYmIHIuZXJyb3IubWVzc2FnZS5pbmNsdWRlcyhKU09OLnN0cmluZ2lmeSh0ZXh0KSksIHRleHQpO1xuICB9XG59KTtcblxudGVzdCgnYW4gRUFQSSByZWplY3RzIHRoZSBmZWF0dXJlcyBpdCBsYWNrcycsICgpID0+IHtcbiAgYXNzZXJ0LnRocm93cygoKSA9PiBwYXJzZUF0b20oJ2FwcC1taXNjL2hlbGxvOjAnLCB7IGVhcGk6ICcwJyB9KSwgL0VBUEkgMS8pO1xuICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlQXRvbSgnYXBwLW1pc2MvaGVsbG9bc3NsXScsIHsgZWFwaTogJzEnIH0pLCAvRUFQSSAyLyk7XG4gIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VBdG9tKCchIWFwcC1taXNjL2hlbGxvJywgeyBlYXBpOiAnMScgfSksIC9FQVBJIDIvKTtcbiAgYXNzZXJ0LnRocm93cygoKSA9PiBwYXJzZUF0b20oJ2FwcC1taXNjL2hlbGxvW3NzbCgrKV0nLCB7IGVhcGk6ICczJyB9KSwgL0VBUEkgNC8pO1xuICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlQXRvbSgnYXBwLW1pc2MvaGVsbG86PScsIHsgZWFwaTogJzQnIH0pLCAvRUFQSSA1Lyk7XG4gIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VBdG9tKCdhcHAtbWlzYy9oZWxsbzowLzEnLCB7IGVhcGk6ICc0JyB9KSwgL0VBUEkgNS8pO1xuICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlQXRvbSgnYXBwLW1pc2MvaGVsbG86OmdlbnRvbycsIHsgZWFwaTogJzgnIH0pLCAvUG9ydGFnZSBleHRlbnNpb24vKTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlQXRvbSgnYXBwLW1pc2MvaGVsbG86MC8xPVtzc2woKyk/XScsIHsgZWFwaTogJzgnIH0pLnN1YnNsb3QsICcxJyk7XG59KTtcblxudGVzdCgnbmFtZXMgYXJlIHZhbGlkYXRlZCBhcyBQTVMgMy4xIHNheXMnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgYyBvZiBbJ2FwcC1taXNjJywgJ3ZpcnR1YWwnLCAnZGV2LXBlcmwnLCAneDExLWxpYnMnLCAnc3lzLWFwcHMnLCAnYS5iK2NfZCddKSBhc3NlcnQub2soaXNWYWxpZENhdGVnb3J5KGMpLCBjKTtcbiAgZm9yIChjb25zdCBjIG9mIFsnJywgJy1hcHAnLCAnLmFwcCcsICcrYXBwJywgJ2FwcC9taXNjJywgJ2FwcCBtaXNjJywgJ1x1MDBFNHBwJ10pIGFzc2VydC5vayghaXNWYWxpZENhdGVnb3J5KGMpLCBjKTtcbiAgZm9yIChjb25zdCBwIG9mIFsnaGVsbG8nLCAnZ3RrKycsICdmb250LWFkb2JlLTEwMGRwaScsICdmb28tYmFyJywgJ2Zvby1yMScsICdmb28tMWEyJywgJ194JywgJ2Zvby0xX3gnXSkgYXNzZXJ0Lm9rKGlzVmFsaWRQYWNrYWdlTmFtZShwKSwgcCk7XG4gIGZvciAoY29uc3QgcCBvZiBbJycsICctZm9vJywgJ2d0aystMycsICdmb28tMScsICdmb28tMS4wJywgJ2Zvby0xLXIxJywgJ2Zvby0xYScsICdmb28tMV9yYzInLCAnZm9vLmJhcicsICdmb28gYmFyJywgJ2hcdTAwRTlsbG8nXSkgYXNzZXJ0Lm9rKCFpc1ZhbGlkUGFja2FnZU5hbWUocCksIHApO1xuICBmb3IgKGNvbnN0IHIgb2YgWydnZW50b28nLCAnbXlfb3ZlcmxheScsICdsb2NhbC14MScsICdvdmVyLWxheTInXSkgYXNzZXJ0Lm9rKGlzVmFsaWRSZXBvTmFtZShyKSwgcik7XG4gIGZvciAoY29uc3QgciBvZiBbJy14JywgJ2ErYicsICdvdmVyLTEnLCAnYS5iJ10pIGFzc2VydC5vayghaXNWYWxpZFJlcG9OYW1lKHIpLCByKTtcbn0pO1xuXG50ZXN0KCdmb3JtYXRBdG9tIHdyaXRlcyBiYWNrIHdoYXQgcGFyc2VBdG9tIHJlYWQnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgdCBvZiBbJ2FwcC1taXNjL2hlbGxvJywgJyEhPj1kZXYtbGlicy9vcGVuc3NsLTMuMC4xLXIyOjAvMz06OmdlbnRvb1tzc2wsLWJpbmRpc3QsYWJpX3g4Nl8zMigtKT8sIXN0YXRpYz8sdGhyZWFkcz0sIWRlYnVnKCspPV0nLFxuICAgICc9ZGV2LWxhbmcvcHl0aG9uLTMuMSonLCAnZGV2LWxhbmcvcHl0aG9uOionLCAnZGV2LWxhbmcvcHl0aG9uOj0nLCAnfmFwcC1taXNjL2Zvby0xLjA6OngnLCAnPGFwcC1taXNjL2EtMV9yYzE6MiddKSB7XG4gICAgYXNzZXJ0LmVxdWFsKGZvcm1hdEF0b20ocGFyc2VBdG9tKHQpKSwgdCk7XG4gIH1cbn0pO1xuXG50ZXN0KCdhdG9tTWF0Y2hlcyBhcHBsaWVzIG9wZXJhdG9ycywgZ2xvYnMsIHNsb3RzIGFuZCByZXBvcycsICgpID0+IHtcbiAgY29uc3QgeWVzOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXG4gICAgWydhcHAtbWlzYy9oZWxsbycsICdhcHAtbWlzYy9oZWxsby0xLjAnXSwgWyc+PWFwcC1taXNjL2hlbGxvLTEuMCcsICdhcHAtbWlzYy9oZWxsby0xLjAnXSwgWyc+PWFwcC1taXNjL2hlbGxvLTEuMCcsICdhcHAtbWlzYy9oZWxsby0xLjBfcDEnXSxcbiAgICBbJzxhcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wX3JjOSddLCBbJzw9YXBwLW1pc2MvaGVsbG8tMS4wJywgJ2FwcC1taXNjL2hlbGxvLTEuMCddLCBbJz5hcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wLXIxJ10sXG4gICAgWyd+YXBwLW1pc2MvaGVsbG8tMS4wJywgJ2FwcC1taXNjL2hlbGxvLTEuMC1yNyddLCBbJz1hcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wMCddLCBbJz1hcHAtbWlzYy9oZWxsby0xLjIqJywgJ2FwcC1taXNjL2hlbGxvLTEuMi45J10sXG4gICAgWydhcHAtbWlzYy9oZWxsbzoyJywgJ2FwcC1taXNjL2hlbGxvLTIuMToyJ10sIFsnYXBwLW1pc2MvaGVsbG86OngnLCAnYXBwLW1pc2MvaGVsbG8tMTo6eCddLCBbJyFhcHAtbWlzYy9oZWxsbycsICdhcHAtbWlzYy9oZWxsby0xJ10sXG4gIF07XG4gIGNvbnN0IG5vOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXG4gICAgWydhcHAtbWlzYy9oZWxsbycsICdhcHAtbWlzYy9oZWxsb3gtMS4wJ10sIFsnYXBwLW1pc2MvaGVsbG8nLCAnZGV2LW1pc2MvaGVsbG8tMS4wJ10sIFsnPj1hcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wX3JjMSddLFxuICAgIFsnPGFwcC1taXNjL2hlbGxvLTEuMCcsICdhcHAtbWlzYy9oZWxsby0xLjAnXSwgWyc+YXBwLW1pc2MvaGVsbG8tMS4wJywgJ2FwcC1taXNjL2hlbGxvLTEuMCddLCBbJ35hcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wLjEnXSxcbiAgICBbJz1hcHAtbWlzYy9oZWxsby0xLjAnLCAnYXBwLW1pc2MvaGVsbG8tMS4wLXIxJ10sIFsnPWFwcC1taXNjL2hlbGxvLTEuMionLCAnYXBwLW1pc2MvaGVsbG8tMS4yMCddLFxuICAgIFsnYXBwLW1pc2MvaGVsbG86MicsICdhcHAtbWlzYy9oZWxsby0xOjEnXSwgWydhcHAtbWlzYy9oZWxsbzoyLzMnLCAnYXBwLW1pc2MvaGVsbG8tMjoyLzQnXSwgWydhcHAtbWlzYy9oZWxsbzo6eCcsICdhcHAtbWlzYy9oZWxsby0xOjp5J10sXG4gIF07XG4gIGZvciAoY29uc3QgW2EsIHBdIG9mIHllcykgYXNzZXJ0Lm9rKGF0b21NYXRjaGVzKGEsIHApLCBgJHthfSBtYXRjaGVzICR7cH1gKTtcbiAgZm9yIChjb25zdCBbYSwgcF0gb2Ygbm8pIGFzc2VydC5vayghYXRvbU1hdGNoZXMoYSwgcCksIGAke2F9IGRvZXMgbm90IG1hdGNoICR7cH1gKTtcbiAgLy8gU2xvdCB1bmtub3duIG9uIHRoZSBwYWNrYWdlIHNpZGU6IG5vdCBhIHJlYXNvbiB0byByZWZ1c2UuXG4gIGFzc2VydC5vayhhdG9tTWF0Y2hlcygnYXBwLW1pc2MvaGVsbG86MicsIHsgY2F0ZWdvcnk6ICdhcHAtbWlzYycsIHBuOiAnaGVsbG8nLCB2ZXJzaW9uOiAnMScgfSkpO1xufSk7XG5cbnRlc3QoJ3BhcnNlQ3B2IHJlYWRzIGEgcGxhaW4gY3B2IGFuZCByZWZ1c2VzIGFuIGF0b20nLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VDcHYoJ2FwcC1taXNjL2hlbGxvLTEuMC1yMScpLCB7IGNhdGVnb3J5OiAnYXBwLW1pc2MnLCBwbjogJ2hlbGxvJywgdmVyc2lvbjogJzEuMC1yMScsIHNsb3Q6IHVuZGVmaW5lZCwgc3Vic2xvdDogdW5kZWZpbmVkLCByZXBvOiB1bmRlZmluZWQgfSk7XG4gIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VDcHYoJ2FwcC1taXNjL2hlbGxvJyksIEF0b21FcnJvcik7XG4gIGFzc2VydC50aHJvd3MoKCkgPT4gcGFyc2VDcHYoJ2FwcC1taXNjL2hlbGxvLTFbc3NsXScpLCBBdG9tRXJyb3IpO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUFxQjtBQUNyQixvQkFBbUI7QUFDbkIsa0JBRU87QUFBQSxJQUVQLHVCQUFLLDJDQUEyQyxNQUFNO0FBQ3BELFFBQU0sUUFBSSx1QkFBVSxzR0FBc0c7QUFDMUgsZ0JBQUFBLFFBQU8sVUFBVSxFQUFFLEdBQUcsR0FBRyxNQUFNLE9BQVUsR0FBRztBQUFBLElBQzFDLE1BQU07QUFBQSxJQUFXLFNBQVM7QUFBQSxJQUFNLElBQUk7QUFBQSxJQUFNLFVBQVU7QUFBQSxJQUFZLElBQUk7QUFBQSxJQUFXLFNBQVM7QUFBQSxJQUN4RixNQUFNO0FBQUEsSUFBSyxTQUFTO0FBQUEsSUFBSyxRQUFRO0FBQUEsSUFBSyxNQUFNO0FBQUEsSUFDNUMsU0FBUztBQUFBLE1BQ1AsRUFBRSxNQUFNLE9BQU8sU0FBUyxLQUFLO0FBQUEsTUFDN0IsRUFBRSxNQUFNLFdBQVcsU0FBUyxNQUFNO0FBQUEsTUFDbEMsRUFBRSxNQUFNLGNBQWMsU0FBUyxNQUFNLGFBQWEsS0FBSyxTQUFTLE1BQU07QUFBQSxNQUN0RSxFQUFFLE1BQU0sVUFBVSxTQUFTLE9BQU8sYUFBYSxLQUFLO0FBQUEsTUFDcEQsRUFBRSxNQUFNLFdBQVcsU0FBUyxNQUFNLGFBQWEsSUFBSTtBQUFBLE1BQ25ELEVBQUUsTUFBTSxTQUFTLFNBQVMsT0FBTyxhQUFhLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckU7QUFBQSxFQUNGLENBQUM7QUFDSCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxzREFBc0QsTUFBTTtBQUMvRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLGdCQUFnQixFQUFFLFNBQVMsTUFBUztBQUMzRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLG1CQUFtQixFQUFFLElBQUksR0FBRztBQUNuRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLG9CQUFvQixFQUFFLElBQUksSUFBSTtBQUNyRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLG1CQUFtQixFQUFFLElBQUksR0FBRztBQUNuRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLG1CQUFtQixFQUFFLElBQUksR0FBRztBQUNuRCxRQUFNLFdBQU8sdUJBQVUsdUJBQXVCO0FBQzlDLGdCQUFBQSxRQUFPLFVBQVUsQ0FBQyxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssT0FBTyxHQUFHLENBQUMsTUFBTSxVQUFVLEtBQUssQ0FBQztBQUMxRSxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLG1CQUFtQixFQUFFLFFBQVEsR0FBRztBQUN2RCxnQkFBQUEsUUFBTyxVQUFVLEtBQUMsdUJBQVUsbUJBQW1CLEVBQUUsWUFBUSx1QkFBVSxtQkFBbUIsRUFBRSxJQUFJLEdBQUcsQ0FBQyxLQUFLLE1BQVMsQ0FBQztBQUMvRyxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLHNCQUFzQixFQUFFLE1BQU0sTUFBTTtBQUMzRCxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLDRCQUE0QixFQUFFLE1BQU0sWUFBWTtBQUN2RSxnQkFBQUEsUUFBTyxVQUFNLHVCQUFVLGlCQUFpQixFQUFFLFNBQVMsR0FBRztBQUV0RCxRQUFNLFFBQUksdUJBQVUseUNBQXlDO0FBQzdELGdCQUFBQSxRQUFPLFVBQVUsQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEdBQUcsQ0FBQyxxQkFBcUIsVUFBVSxDQUFDO0FBQ3JFLGdCQUFBQSxRQUFPLFVBQU0sdUJBQVUsK0JBQStCLEVBQUUsSUFBSSxTQUFTO0FBQ3ZFLENBQUM7QUFBQSxJQUVELHVCQUFLLGlFQUFpRSxNQUFNO0FBQzFFLFFBQU0sUUFBNEI7QUFBQSxJQUNoQyxDQUFDLElBQUksT0FBTztBQUFBLElBQUcsQ0FBQyxTQUFTLFVBQVU7QUFBQSxJQUFHLENBQUMsU0FBUyxVQUFVO0FBQUEsSUFBRyxDQUFDLG9CQUFvQixpQkFBaUI7QUFBQSxJQUNuRyxDQUFDLHNCQUFzQiwyQkFBMkI7QUFBQSxJQUFHLENBQUMseUJBQXlCLGlCQUFpQjtBQUFBLElBQ2hHLENBQUMsdUJBQXVCLG9DQUFvQztBQUFBLElBQUcsQ0FBQyxtQkFBbUIsZUFBZTtBQUFBLElBQ2xHLENBQUMsb0JBQW9CLE9BQU87QUFBQSxJQUFHLENBQUMseUJBQXlCLE9BQU87QUFBQSxJQUFHLENBQUMsd0JBQXdCLG1CQUFtQjtBQUFBLElBQy9HLENBQUMsbUJBQW1CLE1BQU07QUFBQSxJQUFHLENBQUMsd0JBQXdCLE1BQU07QUFBQSxJQUFHLENBQUMsd0JBQXdCLGlCQUFpQjtBQUFBLElBQ3pHLENBQUMsWUFBWSxVQUFVO0FBQUEsSUFBRyxDQUFDLGlCQUFpQixjQUFjO0FBQUEsSUFBRyxDQUFDLGtCQUFrQixjQUFjO0FBQUEsSUFDOUYsQ0FBQyx5QkFBeUIsZ0JBQWdCO0FBQUEsSUFBRyxDQUFDLG1CQUFtQixZQUFZO0FBQUEsRUFDL0U7QUFDQSxhQUFXLENBQUMsTUFBTSxHQUFHLEtBQUssT0FBTztBQUMvQixrQkFBQUEsUUFBTyxPQUFPLFVBQU0sdUJBQVUsSUFBSSxHQUFHLENBQUMsTUFBZSxhQUFhLHlCQUFhLEVBQUUsU0FBUyxrQkFBa0IsSUFBSSxLQUFLLEVBQUUsT0FBTyxHQUFHLElBQUk7QUFDckksVUFBTSxRQUFJLDBCQUFhLElBQUk7QUFDM0Isa0JBQUFBLFFBQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxFQUFFLE1BQU0sUUFBUSxTQUFTLEtBQUssVUFBVSxJQUFJLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDekU7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx5Q0FBeUMsTUFBTTtBQUNsRCxnQkFBQUEsUUFBTyxPQUFPLFVBQU0sdUJBQVUsb0JBQW9CLEVBQUUsTUFBTSxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzFFLGdCQUFBQSxRQUFPLE9BQU8sVUFBTSx1QkFBVSx1QkFBdUIsRUFBRSxNQUFNLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDN0UsZ0JBQUFBLFFBQU8sT0FBTyxVQUFNLHVCQUFVLG9CQUFvQixFQUFFLE1BQU0sSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMxRSxnQkFBQUEsUUFBTyxPQUFPLFVBQU0sdUJBQVUsMEJBQTBCLEVBQUUsTUFBTSxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQ2hGLGdCQUFBQSxRQUFPLE9BQU8sVUFBTSx1QkFBVSxvQkFBb0IsRUFBRSxNQUFNLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDMUUsZ0JBQUFBLFFBQU8sT0FBTyxVQUFNLHVCQUFVLHNCQUFzQixFQUFFLE1BQU0sSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUM1RSxnQkFBQUEsUUFBTyxPQUFPLFVBQU0sdUJBQVUsMEJBQTBCLEVBQUUsTUFBTSxJQUFJLENBQUMsR0FBRyxtQkFBbUI7QUFDM0YsZ0JBQUFBLFFBQU8sVUFBTSx1QkFBVSxnQ0FBZ0MsRUFBRSxNQUFNLElBQUksQ0FBQyxFQUFFLFNBQVMsR0FBRztBQUNwRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx1Q0FBdUMsTUFBTTtBQUNoRCxhQUFXLEtBQUssQ0FBQyxZQUFZLFdBQVcsWUFBWSxZQUFZLFlBQVksU0FBUyxFQUFHLGVBQUFBLFFBQU8sT0FBRyw2QkFBZ0IsQ0FBQyxHQUFHLENBQUM7QUFDdkgsYUFBVyxLQUFLLENBQUMsSUFBSSxRQUFRLFFBQVEsUUFBUSxZQUFZLFlBQVksUUFBSyxFQUFHLGVBQUFBLFFBQU8sR0FBRyxLQUFDLDZCQUFnQixDQUFDLEdBQUcsQ0FBQztBQUM3RyxhQUFXLEtBQUssQ0FBQyxTQUFTLFFBQVEscUJBQXFCLFdBQVcsVUFBVSxXQUFXLE1BQU0sU0FBUyxFQUFHLGVBQUFBLFFBQU8sT0FBRyxnQ0FBbUIsQ0FBQyxHQUFHLENBQUM7QUFDM0ksYUFBVyxLQUFLLENBQUMsSUFBSSxRQUFRLFVBQVUsU0FBUyxXQUFXLFlBQVksVUFBVSxhQUFhLFdBQVcsV0FBVyxVQUFPLEVBQUcsZUFBQUEsUUFBTyxHQUFHLEtBQUMsZ0NBQW1CLENBQUMsR0FBRyxDQUFDO0FBQ2pLLGFBQVcsS0FBSyxDQUFDLFVBQVUsY0FBYyxZQUFZLFdBQVcsRUFBRyxlQUFBQSxRQUFPLE9BQUcsNkJBQWdCLENBQUMsR0FBRyxDQUFDO0FBQ2xHLGFBQVcsS0FBSyxDQUFDLE1BQU0sT0FBTyxVQUFVLEtBQUssRUFBRyxlQUFBQSxRQUFPLEdBQUcsS0FBQyw2QkFBZ0IsQ0FBQyxHQUFHLENBQUM7QUFDbEYsQ0FBQztBQUFBLElBRUQsdUJBQUssOENBQThDLE1BQU07QUFDdkQsYUFBVyxLQUFLO0FBQUEsSUFBQztBQUFBLElBQWtCO0FBQUEsSUFDakM7QUFBQSxJQUF5QjtBQUFBLElBQXFCO0FBQUEsSUFBcUI7QUFBQSxJQUF3QjtBQUFBLEVBQXFCLEdBQUc7QUFDbkgsa0JBQUFBLFFBQU8sVUFBTSw0QkFBVyx1QkFBVSxDQUFDLENBQUMsR0FBRyxDQUFDO0FBQUEsRUFDMUM7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx5REFBeUQsTUFBTTtBQUNsRSxRQUFNLE1BQTBCO0FBQUEsSUFDOUIsQ0FBQyxrQkFBa0Isb0JBQW9CO0FBQUEsSUFBRyxDQUFDLHdCQUF3QixvQkFBb0I7QUFBQSxJQUFHLENBQUMsd0JBQXdCLHVCQUF1QjtBQUFBLElBQzFJLENBQUMsdUJBQXVCLHdCQUF3QjtBQUFBLElBQUcsQ0FBQyx3QkFBd0Isb0JBQW9CO0FBQUEsSUFBRyxDQUFDLHVCQUF1Qix1QkFBdUI7QUFBQSxJQUNsSixDQUFDLHVCQUF1Qix1QkFBdUI7QUFBQSxJQUFHLENBQUMsdUJBQXVCLHFCQUFxQjtBQUFBLElBQUcsQ0FBQyx3QkFBd0Isc0JBQXNCO0FBQUEsSUFDakosQ0FBQyxvQkFBb0Isc0JBQXNCO0FBQUEsSUFBRyxDQUFDLHFCQUFxQixxQkFBcUI7QUFBQSxJQUFHLENBQUMsbUJBQW1CLGtCQUFrQjtBQUFBLEVBQ3BJO0FBQ0EsUUFBTSxLQUF5QjtBQUFBLElBQzdCLENBQUMsa0JBQWtCLHFCQUFxQjtBQUFBLElBQUcsQ0FBQyxrQkFBa0Isb0JBQW9CO0FBQUEsSUFBRyxDQUFDLHdCQUF3Qix3QkFBd0I7QUFBQSxJQUN0SSxDQUFDLHVCQUF1QixvQkFBb0I7QUFBQSxJQUFHLENBQUMsdUJBQXVCLG9CQUFvQjtBQUFBLElBQUcsQ0FBQyx1QkFBdUIsc0JBQXNCO0FBQUEsSUFDNUksQ0FBQyx1QkFBdUIsdUJBQXVCO0FBQUEsSUFBRyxDQUFDLHdCQUF3QixxQkFBcUI7QUFBQSxJQUNoRyxDQUFDLG9CQUFvQixvQkFBb0I7QUFBQSxJQUFHLENBQUMsc0JBQXNCLHNCQUFzQjtBQUFBLElBQUcsQ0FBQyxxQkFBcUIscUJBQXFCO0FBQUEsRUFDekk7QUFDQSxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssSUFBSyxlQUFBQSxRQUFPLE9BQUcseUJBQVksR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLFlBQVksQ0FBQyxFQUFFO0FBQzFFLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxHQUFJLGVBQUFBLFFBQU8sR0FBRyxLQUFDLHlCQUFZLEdBQUcsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxtQkFBbUIsQ0FBQyxFQUFFO0FBRWpGLGdCQUFBQSxRQUFPLE9BQUcseUJBQVksb0JBQW9CLEVBQUUsVUFBVSxZQUFZLElBQUksU0FBUyxTQUFTLElBQUksQ0FBQyxDQUFDO0FBQ2hHLENBQUM7QUFBQSxJQUVELHVCQUFLLGtEQUFrRCxNQUFNO0FBQzNELGdCQUFBQSxRQUFPLGNBQVUsc0JBQVMsdUJBQXVCLEdBQUcsRUFBRSxVQUFVLFlBQVksSUFBSSxTQUFTLFNBQVMsVUFBVSxNQUFNLFFBQVcsU0FBUyxRQUFXLE1BQU0sT0FBVSxDQUFDO0FBQ2xLLGdCQUFBQSxRQUFPLE9BQU8sVUFBTSxzQkFBUyxnQkFBZ0IsR0FBRyxxQkFBUztBQUN6RCxnQkFBQUEsUUFBTyxPQUFPLFVBQU0sc0JBQVMsdUJBQXVCLEdBQUcscUJBQVM7QUFDbEUsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
