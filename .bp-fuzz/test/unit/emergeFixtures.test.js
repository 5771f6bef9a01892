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
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_emerge = require("../../src/core/emerge");
var import_emergeFixtureHelpers = require("./emergeFixtureHelpers");
const none = { count: { "build-failure": 0, autounmask: 0, masked: 0, "no-ebuilds": 0, "qa-notice": 0 } };
const frame = (file, line, call) => ({ file, line, call });
const bf = (cpv, repo, phase, reason, extra = {}) => ({ type: "build-failure", cpv, repo, phase, reason, ...extra });
const au = (kind, atom, change, requiredBy, extra = {}) => ({ type: "autounmask", kind, atom, change, requiredBy, ...extra });
const rb = (atom, kind) => kind ? { atom, kind } : { atom };
const ml = (cpv, extra = {}) => ({ type: "merge-list", cpv, ...extra });
const cd = (file, line, column, severity, message) => ({ type: "compiler-diagnostic", tool: "compiler", file, line, ...column ? { column } : {}, severity, message });
const mk = (file, line, target, message) => ({ type: "compiler-diagnostic", tool: "make", file, ...line ? { line } : {}, target, message });
const dg = (file, reason, got, expected) => ({ type: "digest-failure", file, reason, got, expected });
const qa = (qaType, entries, extra = {}) => ({ type: "qa-notice", qaType, entries, ...extra });
const inst = (cpv, slot, repo, state, parents) => ({ cpv, ...slot ? { slot } : {}, repo, state, parents });
const dies = bf("app-misc/dies-1.0", "testoverlay", "install", "custom message", {
  frames: [frame("ebuild.sh", 143, "src_install"), frame("environment", 193, "die")],
  snippet: 'die "custom message"',
  log: "/var/tmp/portage/app-misc/dies-1.0/temp/build.log",
  environment: "/var/tmp/portage/app-misc/dies-1.0/temp/environment",
  workingDirectory: "/var/tmp/portage/app-misc/dies-1.0/work",
  s: "/var/tmp/portage/app-misc/dies-1.0/work"
});
const broken = bf("app-misc/broken-1.0", "testoverlay", "compile", "emake failed", {
  frames: [],
  log: "/var/tmp/portage/app-misc/broken-1.0/temp/build.log",
  s: "/var/tmp/portage/app-misc/broken-1.0/work/broken-1.0"
});
const brokenDiag = { ...cd("broken.c", 5, 30, "error", "expected \u2018;\u2019 before \u2018return\u2019"), context: "In function \u2018main\u2019:" };
const helloBuild = {
  count: { "package-start": 1, "package-done": 1, "build-failure": 0, "qa-notice": 0 },
  has: [
    { type: "package-start", cpv: "app-misc/hello-1.0", repo: "testoverlay", index: 1, total: 1, action: "emerge" },
    { type: "phase", phase: "compile", cpv: "app-misc/hello-1.0" },
    { type: "phase", phase: "test", skipped: true, cpv: "app-misc/hello-1.0" },
    { type: "phase", phase: "merge", cpv: "app-misc/hello-1.0" },
    { type: "package-done", cpv: "app-misc/hello-1.0", repo: "testoverlay", result: "completed" }
  ]
};
const elogHello = { count: { "build-failure": 0, "qa-notice": 0, "package-start": 0 } };
const CASES = {
  blocker: {
    count: { blocker: 2, "merge-list": 1 },
    has: [
      ml("app-misc/blocker-1.0", { pkgType: "ebuild", flags: "N", action: "new" }),
      { type: "blocker", atom: "app-misc/hello", blocking: "app-misc/blocker-1.0", hard: true, resolved: false },
      { type: "blocker", packages: [inst("app-misc/blocker-1.0", "0/0", "testoverlay", "ebuild scheduled for merge", [{ atom: "app-misc/blocker" }])] }
    ]
  },
  "compile-fail": {
    count: { "build-failure": 1, "package-done": 1 },
    has: [
      brokenDiag,
      mk("Makefile", 4, "broken", "Error 1"),
      { ...broken, inputLine: void 0 },
      { type: "package-done", cpv: "app-misc/broken-1.0", result: "failed", log: "/var/tmp/portage/app-misc/broken-1.0/temp/build.log" }
    ]
  },
  "die-install": {
    count: { "build-failure": 1 },
    has: [dies, { type: "phase", phase: "install", cpv: "app-misc/dies-1.0" }, { type: "package-done", cpv: "app-misc/dies-1.0", result: "failed" }]
  },
  "emaint-binhost": { count: { "build-failure": 0, "merge-list": 0 } },
  info: { count: { "build-failure": 0, "merge-list": 0, "compiler-diagnostic": 0 } },
  "keyword-change": {
    count: { autounmask: 1 },
    has: [ml("app-misc/testing-2.0", { flags: "N ~" }), au(
      "keyword",
      "=app-misc/testing-2.0",
      "~amd64",
      [rb("=app-misc/testing-2.0", "argument")],
      { overrideKind: "accept_keywords", file: "package.accept_keywords", entry: "=app-misc/testing-2.0 ~amd64", comments: ["# required by =app-misc/testing-2.0 (argument)"] }
    )]
  },
  "keyword-masked": {
    count: { masked: 1, autounmask: 0 },
    has: [{ type: "masked", atom: "=app-misc/testing-2.0", candidates: [{ cpv: "app-misc/testing-2.0", repo: "testoverlay", reasons: ["~amd64 keyword"] }], requiredBy: [] }]
  },
  "license-change": {
    count: { autounmask: 1 },
    has: [au("license", ">=app-misc/eula-1.0", "TestEULA", [rb("app-misc/eula", "argument")], { overrideKind: "license", file: "package.license" })]
  },
  masked: {
    count: { masked: 1 },
    has: [{ type: "masked", atom: "app-misc/masked", candidates: [{
      cpv: "app-misc/masked-1.0",
      repo: "testoverlay",
      reasons: ["package.mask"],
      maskFile: "/var/db/repos/gentoo/profiles/package.mask",
      comment: ["# Jane Doe <jane@example.org> (2024-05-01)", "# Contains a known security vulnerability (CVE-0000-0000).", "# Masked for removal in 30 days.  Use app-misc/hello instead."]
    }] }]
  },
  noebuilds: {
    count: { "no-ebuilds": 1 },
    has: [{ type: "no-ebuilds", atom: "app-misc/doesnotexist", requiredBy: [], suggestions: ["app-misc/dies", "app-misc/testing", "app-misc/broken"] }]
  },
  pretend: {
    count: { "merge-list": 4, "package-start": 0 },
    has: [ml("app-misc/libfoo-1.0", { vars: { USE: "-ssl" } }), ml("app-misc/withdep-1.0", { vars: { USE: "doc -static" }, depth: 0 })]
  },
  "pretend-verbose": {
    count: { "merge-list": 4 },
    has: [ml("app-misc/libfoo-1.0", { repo: "gentoo", size: "0 KiB", vars: { USE: "-ssl" } }), ml("app-misc/hello-1.0", { repo: "testoverlay" })]
  },
  "qa-notice": {
    count: { "qa-notice": 3, "compiler-diagnostic": 1 },
    has: [
      qa("deprecated-directories", ["usr/man"], { cpv: "app-misc/qa-issues-1.0" }),
      qa(
        "severe-warnings",
        ["qa.c:3:8: warning: implicit declaration of function \u2018undeclared_function\u2019 [-Wimplicit-function-declaration]"],
        { homepage: "https://example.invalid/qa-issues", message: "Package triggers severe warnings which indicate that it may exhibit random runtime failures." }
      ),
      qa("pre-stripped", ["/usr/bin/qa-issues"]),
      { ...cd("qa.c", 3, 8, "warning", "implicit declaration of function \u2018undeclared_function\u2019 [-Wimplicit-function-declaration]"), option: "-Wimplicit-function-declaration" }
    ]
  },
  "success-gpkg": helloBuild,
  "success-logdir": helloBuild,
  "success-short": helloBuild,
  "success-xpak": helloBuild,
  unmerge: { count: { "build-failure": 0 }, has: [{ type: "phase", phase: "unmerge", cpv: "app-misc/hello-1.0" }] },
  "use-change": {
    count: { autounmask: 1, "merge-list": 2 },
    has: [
      ml("app-misc/libfoo-1.0", { vars: { USE: "ssl" } }),
      au("use", ">=app-misc/libfoo-1.0", "ssl", [rb("app-misc/needs-ssl-1.0::testoverlay"), rb("=app-misc/needs-ssl-1.0", "argument")], {
        overrideKind: "use",
        file: "package.use",
        entry: ">=app-misc/libfoo-1.0 ssl",
        comments: ["# required by app-misc/needs-ssl-1.0::testoverlay", "# required by =app-misc/needs-ssl-1.0 (argument)"]
      })
    ]
  }
};
const TABLE = {
  "emerge/blockers-02.txt": {
    count: { blocker: 3, "merge-list": 1 },
    has: [
      { type: "blocker", inputLine: 9, atom: "media-plugins/vapoursynth-sangnom", blocking: "media-plugins/vapoursynth-sangnommod-0.1.20150109", hard: false },
      { type: "blocker", atom: "media-plugins/vapoursynth-sangnommod", blocking: "media-plugins/vapoursynth-sangnom-2016.08.05" },
      { type: "blocker", packages: [
        inst("media-plugins/vapoursynth-sangnom-2016.08.05", "0/0", "vapoursynth", "ebuild scheduled for merge", [{ atom: "media-plugins/vapoursynth-sangnom", requiredBy: "@vapoursynth-plugins" }]),
        inst("media-plugins/vapoursynth-sangnommod-0.1.20150109", "0/0", "vapoursynth", "installed", [
          { atom: "media-plugins/vapoursynth-sangnommod", requiredBy: "@vapoursynth-plugins" },
          { atom: "media-plugins/vapoursynth-sangnommod", requiredBy: "media-plugins/vapoursynth-havsfunc-23:0/0::vapoursynth", requiredByState: "installed" },
          { atom: "media-plugins/vapoursynth-sangnommod", requiredBy: "media-plugins/vapoursynth-vstaambk-0.4.1:0/0::vapoursynth", requiredByState: "installed" }
        ])
      ] },
      ml("media-plugins/vapoursynth-sangnom-2016.08.05", { vars: { USE: "-doc", CPU_FLAGS_X86: "sse4_1" }, size: "0 KiB" })
    ]
  },
  "emerge/blockers-04.txt": {
    count: { blocker: 1 },
    has: [{ type: "blocker", inputLine: 5, packages: [
      inst("app-eselect/eselect-cblas-0.1", "0/0", "gentoo", "ebuild scheduled for merge", [{ atom: "app-eselect/eselect-cblas", requiredBy: "sci-libs/gsl-2.5:0/23::gentoo", requiredByState: "ebuild scheduled for merge" }]),
      inst("sci-libs/lapack-reference-3.8.0-r100", "0/3.8.0", "science", "installed", [{ evaluated: ">=sci-libs/lapack-reference-3.7-r100[abi_x86_64(-)]", requiredBy: "virtual/lapack-3.7-r100:0/0::science", requiredByState: "installed" }]),
      inst("sci-libs/blas-reference-20171112-r100", "0/3.8.0", "science", "installed", [{ evaluated: ">=sci-libs/blas-reference-20161223-r100[abi_x86_64(-)]", requiredBy: "virtual/blas-3.7-r100:0/0::science" }])
    ] }]
  },
  "emerge/build-failure-02.txt": {
    count: { "build-failure": 1 },
    has: [{ ...bf("app-portage/lto-rebuild-0.9.8", "lto-overlay", "install", "The source directory '/var/tmp/portage/app-portage/lto-rebuild-0.9.8/work/lto-rebuild-0.9.8' doesn't exist", {
      frames: [{ ...frame("ebuild.sh", 762, "__ebuild_main"), args: "'install'" }, frame("phase-functions.sh", 1050, "__dyn_install"), frame("phase-functions.sh", 574, "die")],
      snippet: `die "The source directory '\${S}' doesn't exist"`
    }), inputLine: 14 }, { type: "phase", phase: "test", skipped: true, cpv: "app-portage/lto-rebuild-0.9.8" }]
  },
  "emerge/build-failure-06.txt": {
    count: { "build-failure": 1, "package-start": 1 },
    has: [
      { type: "package-start", cpv: "sci-mathematics/octave-ocl-1.1.1", repo: "vowstar", index: 1, total: 1 },
      { type: "package-done", result: "failed", cpv: "sci-mathematics/octave-ocl-1.1.1", log: "/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/temp/build.log" },
      bf("sci-mathematics/octave-ocl-1.1.1", "vowstar", "prepare", "The source directory '/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/work/ocl-1.1.1' doesn't exist", {
        frames: [{ ...frame("ebuild.sh", 809, "__ebuild_main"), args: "'prepare'" }, frame("phase-functions.sh", 1059, "__dyn_prepare"), frame("phase-functions.sh", 385, "die")],
        snippet: `die "The source directory '\${S}' doesn't exist"`,
        log: "/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/temp/build.log"
      })
    ]
  },
  "emerge/build-failure-07.txt": {
    count: { "merge-list": 2, "package-start": 1, "build-failure": 0 },
    has: [
      ml("dev-util/atom-shell-0.16.3", { action: "upgrade", repo: "aegypius", old: "0.16.2::aegypius", vars: { USE: "-debug" } }),
      ml("app-editors/atom-0.130.0", { action: "upgrade", old: "0.126.0::aegypius" }),
      { type: "package-start", cpv: "dev-util/atom-shell-0.16.3", repo: "aegypius", index: 1, total: 2 },
      { type: "phase", phase: "prepare", cpv: "dev-util/atom-shell-0.16.3" }
    ]
  },
  "emerge/build-failure-08.txt": {
    count: { "build-failure": 1 },
    has: [bf("net-news/liferea-1.10.14", "vortex", "depend", "error sourcing ebuild", {
      frames: [frame("ebuild.sh", 584, "die")],
      snippet: 'source "$EBUILD" || die "error sourcing ebuild"',
      s: "/liferea-1.10.14",
      log: void 0
    })]
  },
  "emerge/build-failure-09.txt": {
    count: { "build-failure": 1 },
    has: [bf("net-misc/feather-9999", "monero", "configure", "cmake failed", {
      frames: [frame("ebuild.sh", 127, "src_configure"), frame("environment", 2652, "cmake_src_configure"), frame("environment", 1136, "die")],
      snippet: '"${CMAKE_BINARY}" "${cmakeargs[@]}" "${CMAKE_USE_DIR}" || die "cmake failed";',
      log: "/var/tmp/portage/net-misc/feather-9999/temp/build.log",
      workingDirectory: "/var/tmp/portage/net-misc/feather-9999/work/feather-9999_build"
    })]
  },
  "emerge/build-failure-11.txt": {
    count: { "build-failure": 1 },
    has: [
      { type: "package-start", cpv: "www-apps/geckodriver-0.20.0", repo: "rust" },
      bf("www-apps/geckodriver-0.20.0", "rust", "compile", "cargo build failed", {
        frames: [frame("ebuild.sh", 124, "src_compile"), frame("environment", 596, "cargo_src_compile"), frame("environment", 348, "die")]
      })
    ]
  },
  "emerge/build-failure-12.txt": {
    count: { "build-failure": 1 },
    has: [bf("dev-lang/rust-1.53.0", "gentoo", "compile", "(no error message)", {
      frames: [frame("ebuild.sh", 127, "src_compile"), frame("environment", 3736, "die")],
      log: "/var/tmp/portage/dev-lang/rust-1.53.0/temp/build.log",
      s: "/var/tmp/portage/dev-lang/rust-1.53.0/work/rustc-1.53.0-src"
    })]
  },
  "emerge/build-failure-14.txt": {
    count: { "build-failure": 1 },
    has: [bf("sci-libs/blas-reference-20131116-r1", "science", "install", "(no error message)", {
      frames: [
        frame("ebuild.sh", 93, "src_install"),
        { ...frame("environment", 3529, "multibuild_foreach_variant"), args: "'fortran-int64_multilib_multibuild_wrapper' 'my_src_install'" },
        frame("environment", 2701, "_multibuild_run"),
        frame("environment", 2699, "fortran-int64_multilib_multibuild_wrapper"),
        frame("environment", 1935, "my_src_install"),
        frame("environment", 3526, "alternatives_for"),
        frame("environment", 802, "die")
      ]
    })]
  },
  "emerge/build-failure-15.txt": {
    count: { "compiler-diagnostic": 4, "build-failure": 0 },
    has: [
      { ...cd("peekfd.c", 115, 46, "error", "\u2018VERSION\u2019 undeclared (first use in this function); did you mean \u2018__VERSION__\u2019?"), context: "In function \u2018print_version\u2019:" },
      cd("peekfd.c", 115, 46, "note", "each undeclared identifier is reported only once for each function it appears in"),
      { ...cd("peekfd.c", 253, 28, "error", "storage size of \u2018regs\u2019 isn\u2019t known"), context: "In function \u2018main\u2019:" },
      mk("<builtin>", void 0, "peekfd", "Error 1")
    ]
  },
  "emerge/build-failure-16.txt": {
    count: { "compiler-diagnostic": 7 },
    has: [
      cd("jamiaccount.cpp", 3628, 13, "error", "\u2018registeredName_\u2019 was not declared in this scope"),
      cd("jamiaccount.cpp", 3628, 13, "note", "suggested alternative: \u2018register_t\u2019"),
      mk("Makefile", 589, "libringacc_la-jamiaccount.lo", "Error 1"),
      mk("Makefile", 471, "all", "Error 2")
    ]
  },
  "emerge/build-failure-17.txt": {
    count: { "compiler-diagnostic": 4 },
    has: [[126, 21, "'_'"], [136, 13, "'_'"], [145, 32, "'F_'"], [145, 28, "'str'"]].map(([line, column, id]) => ({
      type: "compiler-diagnostic",
      file: "/var/tmp/portage/net-p2p/eiskaltdcpp-2.4.1/work/eiskaltdcpp-2.4.1/dcpp/MappingManager.cpp",
      line,
      column,
      severity: "error",
      message: `${id} was not declared in this scope${id === "'str'" ? "; did you mean 'std'?" : ""}`
    }))
  },
  "emerge/build-failure-19.txt": {
    count: { "build-failure": 1, "compiler-diagnostic": 2 },
    has: [mk("Makefile", 2091, "ks_tables.h", "Error 134"), mk("Makefile", 521, "all-recursive", "Error 1"), bf("x11-libs/libX11-1.6.8", "gentoo", "compile", "emake failed", { frames: [] })]
  },
  "emerge/build-failure-22.txt": {
    count: { "build-failure": 1 },
    has: [bf("sys-devel/base-gcc-4.7.3", "sabayon-distro", "depend", "Need to upgrade to at least EAPI=2", {
      inputLine: 6,
      frames: [
        { ...frame("ebuild.sh", 550, "source"), args: "'/var/lib/layman/sabayon-distro/sys-devel/base-gcc/base-gcc-4.7.3.ebuild'" },
        { ...frame("base-gcc-4.7.3.ebuild", 21, "inherit"), args: "'eutils' 'toolchain'" },
        { ...frame("ebuild.sh", 280, "__qa_source"), args: "'/usr/portage/eclass/toolchain.eclass'" },
        { ...frame("ebuild.sh", 80, "source"), args: "'/usr/portage/eclass/toolchain.eclass'" },
        frame("toolchain.eclass", 29, "die")
      ],
      snippet: '0|1)    die "Need to upgrade to at least EAPI=2";;'
    })]
  },
  "emerge/equo-01.txt": none,
  "emerge/fetch-digest-03.txt": {
    count: { "fetch-failure": 2 },
    has: [
      { type: "fetch-failure", file: "portage-bashrc-mv-17.3.tar.gz", reason: "Insufficient data for checksum verification", got: "", expected: "BLAKE2B BLAKE2S MD5 RMD160 SHA1 SHA256 SHA3_256 SHA3_512 SHA512 WHIRLPOOL" },
      { type: "fetch-failure", cpv: "app-portage/portage-bashrc-mv-17.3", log: "/var/tmp/portage/app-portage/portage-bashrc-mv-17.3/temp/build.log" }
    ]
  },
  "emerge/fetch-digest-04.txt": {
    count: { "fetch-failure": 2 },
    has: [
      { type: "fetch-failure", file: "web-client-desktop-4.29.2-e50e175.tar.xz", reason: "Filesize does not match recorded size", got: "4063292", expected: "4065240" },
      { type: "fetch-failure", file: "web-client-desktop-4.29.2-e50e175.tar.xz", reason: "Couldn't download" }
    ]
  },
  "emerge/fetch-digest-06.txt": {
    count: { "digest-failure": 1, "merge-list": 2 },
    has: [
      dg("/var/db/repos/thegreatmcpain/net-im/equibop/equibop-2.1.3.ebuild", "Filesize does not match recorded size", "664", "662"),
      ml("sys-apps/pnpm-bin-10.2.0", { repo: "guru" }),
      ml("net-im/equibop-2.1.4", { repo: "thegreatmcpain", size: "3,078 KiB" })
    ]
  },
  "emerge/fetch-digest-08.txt": {
    count: { "digest-failure": 1 },
    has: [{ ...dg(
      "/var/db/repos/ROKO__/x11-terms/guake/guake-3.10.ebuild",
      "Failed on BLAKE2B verification",
      "c33e3fbe0d6c60c5d2202581f14db29790f910aff06c8e65bd6f1f1a6459f317deb579bcba9aad1c250125a92938abdb1bfe115f3692f439ab912daee458b0c9",
      "9b6ce69486eaee3cdc334de090cf3601d877c82f9a9a8772f06b590cfad60273dbdd1ce75265ea644eee70918de615a5c5f0450aefa05f59531818062ecf8469"
    ), hash: "BLAKE2B" }]
  },
  "emerge/fetch-digest-10.txt": {
    // Each failure is printed in both forms; reported once per file.
    count: { "digest-failure": 2 },
    has: [
      dg("/home/ale/src/ros-overlay/ros-indigo/terarangerduo/terarangerduo-0.1.1.ebuild", "Filesize does not match recorded size", "620", "1191"),
      dg("/home/ale/src/ros-overlay/ros-indigo/terarangerone/terarangerone-0.1.1.ebuild", "Filesize does not match recorded size", "620", "1191")
    ]
  },
  "emerge/fetch-digest-11.txt": { count: { "package-start": 1, "fetch-failure": 0 }, has: [{ type: "package-start", cpv: "x11-themes/ambiance-radiance-flat-colors-suite-14.04.1", repo: "jorgicio" }] },
  "emerge/fetch-digest-12.txt": { count: { "package-start": 2 }, has: [{ type: "package-start", cpv: "games-emulation/sdlmame-0.223", repo: "jorgicio", index: 1, total: 7 }] },
  "emerge/fetch-digest-13.txt": {
    count: { "package-start": 1, "merge-list": 1 },
    has: [
      ml("app-misc/zigbee2mqtt-2.13.0", { repo: "inode64-overlay", size: "41.402 KiB", vars: { USE: "-homeassistant" } }),
      { type: "package-start", action: "fetch", cpv: "app-misc/zigbee2mqtt-2.13.0", index: 1, total: 1 }
    ]
  },
  "emerge/fetch-digest-14.txt": {
    count: { "digest-failure": 2 },
    has: [
      dg("/var/lib/layman/unity-gentoo/unity-base/unity-language-pack/lang_version_check.sh", "Filesize does not match recorded size", "1845", "1852"),
      dg("/var/lib/layman/unity-gentoo/unity-base/webapps/webapps_version_check.sh", "Filesize does not match recorded size", "2620", "2627")
    ]
  },
  "emerge/fetch-digest-16.txt": {
    count: { "digest-failure": 1 },
    has: [dg("/usr/local/portage/layman/4nykey/media-video/avidemux/files/avidemux-2.5.9999-asneeded.diff", "Filesize does not match recorded size", "1719", "2456")]
  },
  "emerge/keyword-change-01.txt": {
    count: { autounmask: 3 },
    has: [
      au("keyword", "=dev-python/wxpython-2.9.4.1-r1", "~amd64", [
        rb("dev-python/ipython-0.13.1-r1::sage-on-gentoo[wxwidgets]"),
        rb("sci-mathematics/polybori-0.8.3::sage-on-gentoo"),
        rb("sci-mathematics/sage-clib-5.10::sage-on-gentoo"),
        rb("sci-mathematics/sage-5.10-r1::sage-on-gentoo"),
        rb("sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo")
      ], { inputLine: 7 }),
      au("keyword", "=sci-libs/naga-2.1", "~amd64", [
        rb("sci-chemistry/jmol-12.3.14::sage-on-gentoo"),
        rb("sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo[java]"),
        rb("sci-mathematics/sage-5.10-r1::sage-on-gentoo"),
        rb("sci-mathematics/sage-data-conway_polynomials-0.4-r1::sage-on-gentoo")
      ]),
      au("keyword", "=dev-python/wxpython-2.8.12.1-r1", "~amd64", [rb("dev-python/matplotlib-1.2.1[wxwidgets]"), rb("sci-mathematics/sage-5.10-r1::sage-on-gentoo"), rb("sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo")])
    ]
  },
  "emerge/keyword-change-03.txt": {
    count: { autounmask: 15 },
    has: [
      au("keyword", "=dev-qt/qtpositioning-5.6.0_beta", "~amd64", [rb("@qt5-addons", "argument")]),
      au("keyword", "=media-libs/harfbuzz-1.1.3", "~amd64", [
        rb("x11-libs/pango-1.36.8-r1::gentoo"),
        rb("x11-libs/gtk+-2.24.28-r1::gentoo"),
        rb("gnome-base/libglade-2.6.4-r2::gentoo"),
        rb("dev-python/pygtk-2.24.0-r4::gentoo"),
        rb("dev-vcs/git-2.4.10::gentoo[python,gtk]"),
        rb("@selected"),
        rb("@world", "argument")
      ]),
      au("keyword", "=media-libs/freetype-2.6.2", "~amd64", [
        rb("app-text/ghostscript-gpl-9.15-r1::gentoo"),
        rb("net-print/cups-filters-1.5.0::gentoo"),
        rb("net-print/cups-2.0.3::gentoo"),
        rb("dev-qt/qtprintsupport-5.4.2::gentoo[cups]"),
        rb("@qt5-addons", "argument")
      ]),
      au("keyword", "=dev-qt/qtdeclarative-5.6.0_beta", "~amd64", [rb("dev-qt/qtwebsockets-5.6.0_beta::qt[qml]"), rb("@qt5-addons", "argument")])
    ]
  },
  "emerge/license-change-01.txt": { count: { autounmask: 1 }, has: [au("license", "=media-sound/lollypop-0.9.112", "LGPL-3.0", [rb("media-sound/lollypop", "argument")], { file: "package.license" })] },
  "emerge/license-change-03.txt": {
    count: { autounmask: 1 },
    has: [au(
      "license",
      ">=media-libs/mali-drivers-bin-0.45-r96",
      "Google-TOS",
      [rb("virtual/opengles-2-r2"), rb("chromeos-base/chromeos-0.0.1-r181[opengles]"), rb("chromeos-base/chromeos", "argument")],
      { entry: ">=media-libs/mali-drivers-bin-0.45-r96 Google-TOS" }
    )]
  },
  "emerge/mask-01.txt": {
    count: { masked: 1 },
    has: [{ type: "masked", atom: ">=dev-lang/mono-6.0.0.334", candidates: [
      { cpv: "dev-lang/mono-9999", repo: "dotnet", reasons: ["missing keyword"] },
      { cpv: "dev-lang/mono-6.6.0.161", repo: "gentoo", reasons: ["~amd64 keyword"] },
      { cpv: "dev-lang/mono-6.4.0.198", repo: "gentoo", reasons: ["~amd64 keyword"] },
      { cpv: "dev-lang/mono-6.0.0.334", repo: "gentoo", reasons: ["~amd64 keyword"] }
    ], requiredBy: [rb("dev-dotnet/mono-addins-1.3.3::dotnet", "ebuild")] }]
  },
  "emerge/mask-02.txt": { count: { masked: 1 }, has: [{ type: "masked", atom: "openrazer", candidates: [{ cpv: "app-misc/openrazer-9999", repo: "vifino-overlay", reasons: ["missing keyword"] }] }] },
  "emerge/mask-03.txt": {
    count: { masked: 1 },
    has: [{
      type: "masked",
      atom: "=cosmic-de/pop-fonts-9999",
      candidates: [{ cpv: "cosmic-de/pop-fonts-9999", repo: "cosmic-overlay", reasons: ["missing keyword"] }],
      requiredBy: [rb("cosmic-de/pop-theme-meta-9999::cosmic-overlay", "ebuild"), rb("pop-theme-meta", "argument")]
    }]
  },
  "emerge/mask-06.txt": {
    count: { masked: 1 },
    has: [{ type: "masked", atom: "=dmd-2.071.2", candidates: [{ cpv: "dev-lang/dmd-2.071.2", repo: "dlang", reasons: [
      "invalid: DEPEND: USE flag 'ppc-openbsd' referenced in conditional '!ppc-openbsd?' is not in IUSE",
      "invalid: RDEPEND: USE flag 'ppc-openbsd' referenced in conditional '!ppc-openbsd?' is not in IUSE"
    ] }] }]
  },
  "emerge/mask-08.txt": {
    count: { masked: 1, "digest-failure": 1 },
    has: [
      { type: "digest-failure", file: "/var/lib/layman/rocm/sys-devel/hip/hip-2.0.0.ebuild", reason: "A file is not listed in the Manifest" },
      {
        type: "masked",
        atom: "=sys-devel/hip-2.5.0*",
        candidates: [{ cpv: "sys-devel/hip-2.5.0", repo: "rocm", reasons: ["corruption"] }],
        requiredBy: [rb("sys-devel/amd-rocm-meta-2.5.0::rocm", "ebuild"), rb("=sys-devel/amd-rocm-meta-2.5.0", "argument")]
      }
    ]
  },
  "emerge/mask-10.txt": { count: { masked: 1 }, has: [{ type: "masked", atom: "steam-launcher", candidates: [{ cpv: "games-util/steam-launcher-1.0.0.78-r1", repo: "steam-overlay", reasons: ["~amd64 keyword"] }] }] },
  "emerge/no-ebuilds-01.txt": { count: { "no-ebuilds": 1 }, has: [{ type: "no-ebuilds", atom: "~sci-mathematics/sage-clib-5.12", requiredBy: [rb("sci-mathematics/sage-5.12::sage-on-gentoo", "ebuild")] }] },
  "emerge/no-ebuilds-05.txt": { count: { "no-ebuilds": 1 }, has: [{ type: "no-ebuilds", atom: "virtual/libffi", requiredBy: [rb("www-client/brave-bin-1.28.22::ninjatools", "ebuild"), rb("brave-bin", "argument")] }] },
  "emerge/no-ebuilds-06.txt": {
    count: { "no-ebuilds": 1 },
    has: [{
      type: "no-ebuilds",
      atom: "~net-libs/libsoup-2.52.2[introspection?,abi_x86_32(-)?,abi_x86_64(-)?,abi_x86_x32(-)?,abi_mips_n32(-)?,abi_mips_n64(-)?,abi_mips_o32(-)?,abi_ppc_32(-)?,abi_ppc_64(-)?,abi_s390_32(-)?,abi_s390_64(-)?]",
      requiredBy: [rb("net-libs/libsoup-gnome-2.52.2::unity-gentoo", "ebuild"), rb("unity-meta", "argument")]
    }]
  },
  "emerge/no-ebuilds-07.txt": {
    count: { "no-ebuilds": 1 },
    has: [{ type: "no-ebuilds", atom: "<x11-wm/mutter-3.11", requiredBy: [rb("x11-wm/gala-0.1_p20130820::elementary", "ebuild"), rb("pantheon-base/pantheon-shell-0.3_pre::elementary", "ebuild"), rb("pantheon-shell", "argument")] }]
  },
  "emerge/no-ebuilds-09.txt": {
    count: { "no-ebuilds": 1 },
    has: [{ type: "no-ebuilds", atom: "unity-base/compiz-plugins-main", requiredBy: [rb("unity-base/unity-5.12.0", "ebuild"), rb("unity-base/unity2d-5.12.0", "ebuild"), rb("unity-base/unity-meta-5.12.0", "ebuild"), rb("unity-base/unity-meta", "argument")] }]
  },
  "emerge/pretend-02.txt": {
    count: { "merge-list": 6 },
    has: [
      ml("sys-libs/libomp-18.1.8", { action: "new", vars: { USE: "-debug -gdb-plugin -hwloc -offload -ompt -test -verify-sig", ABI_X86: "32 (64) (-x32)", LLVM_TARGETS: "-AMDGPU -NVPTX", PYTHON_SINGLE_TARGET: "python3_12 -python3_10 -python3_11 -python3_13" } }),
      ml("sys-devel/llvmgold-18", { vars: {} }),
      ml("sys-devel/clang-toolchain-symlinks-18", { inputLine: 10 })
    ]
  },
  "emerge/pretend-03.txt": {
    count: { "merge-list": 18 },
    has: [
      ml("sci-mathematics/sage-9.7-r4", { action: "upgrade", flags: "U ~", old: "9.7-r3", depth: 0 }),
      ml("dev-gap/radiroot-2.9", { depth: 3, old: "2.8-r3" }),
      ml("dev-gap/utils-0.81", { pkgType: "nomerge", action: "nomerge" }),
      ml("dev-gap/factint-1.6.3-r1", { depth: 1 })
    ]
  },
  "emerge/pretend-04.txt": {
    count: { "merge-list": 16 },
    has: [
      ml("dev-gap/tomlib-1.2.7", { slot: "0/4.10.0", repo: "sage-on-gentoo", size: "294,452 KiB", action: "new" }),
      ml("sci-mathematics/gap-4.10.0-r4", { action: "upgrade", old: "4.8.6-r3:0/0::sage-on-gentoo", vars: { USE: "readline recommended_pkgs%* -emacs -vim-syntax" } })
    ]
  },
  "emerge/pretend-07.txt": { count: { "merge-list": 1 }, has: [ml("x11-libs/gtk+-3.24.41", { flags: "N", vars: { ABI_X86: "32 (64) (-x32)" } })] },
  "emerge/qa-notice-03.txt": { count: { "qa-notice": 2 }, has: [qa("cflags", ["/usr/lib64/libpfring.so"]), qa("ldflags", ["/usr/lib64/libpfring.so"], { inputLine: 10 })] },
  "emerge/qa-notice-04.txt": {
    count: { "qa-notice": 1, "compiler-diagnostic": 0 },
    has: [qa(
      "severe-warnings",
      [8, 262, 578].map((n) => `cgo-generated-wrappers:${n}:13: warning: conflicting types for built-in function \u2018free\u2019; expected \u2018void(void *)\u2019 [-Wbuiltin-declaration-mismatch]`),
      { homepage: "https://github.com/abenz1267/walker" }
    )]
  },
  "emerge/qa-notice-05.txt": { count: { "qa-notice": 1 }, has: [qa("rwx", ["c", "s", "z", "d"].map((x) => `RWX --- --- usr/lib64/lib${x}butterflypack.so.2.1.1`))] },
  "emerge/qa-notice-06.txt": { count: { "qa-notice": 1 }, has: [qa("rwx", ["RWX --- --- opt/adobe-brackets/Brackets", "RWX --- --- opt/adobe-brackets/Brackets-node"])] },
  "emerge/qa-notice-08.txt": { count: { "qa-notice": 1 }, has: [qa("unrecognized-configure-options", ["--enable-unique", "--enable-unique"])] },
  "emerge/qa-notice-09.txt": { count: { "qa-notice": 1 }, has: [qa("rwx", ["RWX --- --- usr/bin/utox"])] },
  "emerge/qa-notice-11.txt": { count: { "qa-notice": 1 }, has: [qa("rwx", ["--- --- RWX usr/bin/stress-ng"])] },
  "emerge/required-use-01.txt": {
    count: { "required-use": 1 },
    has: [{ type: "required-use", atom: "onedrive", cpv: "net-misc/onedrive-2.4.19", repo: "dlang", unsatisfied: ["amd64? ( !dmd-2_098 )"] }]
  },
  "emerge/slot-conflict-02.txt": {
    count: { "slot-conflict": 1 },
    has: [{ type: "slot-conflict", atom: "virtual/libcrypt:0", slot: "0", packages: [{
      ...inst("virtual/libcrypt-2-r1-1", "0/2", "gentoo", "installed", [{ requiredBy: "sys-apps/systemd-256.7:0/2::gentoo", requiredByState: "installed" }]),
      use: 'USE="-static-libs" ABI_X86="32 (64) (-x32)"'
    }] }]
  },
  "emerge/slot-conflict-03.txt": {
    count: { "slot-conflict": 1, "merge-list": 7 },
    has: [
      { type: "slot-conflict", atom: "dev-haskell/comonad:0", packages: [inst(
        "dev-haskell/comonad-5",
        "0/5",
        "haskell",
        "ebuild scheduled for merge",
        [{ atom: ">=dev-haskell/comonad-5:=[profile?]", requiredBy: "dev-haskell/pointed-5-r1:0/5::haskell" }]
      )] },
      ml("dev-haskell/tagged-0.7.3", { depth: 3, slot: "0/0.7.3", size: "6 KiB" }),
      ml("dev-haskell/github-backup-1.20161118", { action: "nomerge" })
    ]
  },
  "emerge/slot-conflict-04.txt": {
    count: { "slot-conflict": 1 },
    has: [{ type: "slot-conflict", atom: "sci-mathematics/gap:0", packages: [
      inst("sci-mathematics/gap-4.6.4", void 0, "sage-on-gentoo", "installed", [{ atom: "~sci-mathematics/gap-4.6.4", requiredBy: "sci-libs/libgap-4.6.4_p0::sage-on-gentoo" }]),
      inst("sci-mathematics/gap-4.6.5", void 0, "sage-on-gentoo", "ebuild scheduled for merge", [])
    ] }]
  },
  "emerge/slot-conflict-05.txt": {
    count: { "slot-conflict": 1 },
    has: [{ type: "slot-conflict", atom: "dev-lang/python-exec:2", packages: [
      { ...inst("dev-lang/python-exec-2.4.10", "2/2", "gentoo", "ebuild scheduled for merge", []), use: 'USE="(native-symlinks) -test" PYTHON_TARGETS="(pypy3) (python3_12) (-python3_10) (-python3_11)"' },
      inst("dev-lang/python-exec-2.4.10", "2/2", "gentoo", "installed", [{ atom: "dev-lang/python-exec[python_targets_python3_11(-)]", requiredBy: "dev-lang/python-3.11.6:3.11/3.11::libressl", requiredByState: "installed" }])
    ] }]
  },
  "emerge/success-02.txt": { count: { "build-failure": 0 }, has: [{ type: "phase", phase: "merge", cpv: "sci-libs/blas-reference-20131116-r1" }] },
  "emerge/success-04.txt": {
    count: { "package-start": 3, "package-done": 3 },
    has: [
      { type: "package-done", inputLine: 9, cpv: "sys-firmware/intel-microcode-20230214_p20230212", index: 2, total: 45, result: "completed" },
      { type: "package-start", cpv: "dev-libs/libpcre2-10.42-r1", repo: "gentoo", index: 3, total: 45 }
    ]
  },
  "emerge/success-05.txt": {
    count: { "package-start": 1, "package-done": 1 },
    has: [
      { type: "package-start", cpv: "app-crypt/hashcat-6.2.6-r1", index: 1, total: 1 },
      { type: "phase", phase: "compile", cpv: "app-crypt/hashcat-6.2.6-r1" },
      { type: "package-done", cpv: "app-crypt/hashcat-6.2.6-r1", result: "completed" }
    ]
  },
  "emerge/use-change-01.txt": {
    count: { autounmask: 1 },
    has: [au("use", ">=virtual/python-enum34-2", "python_targets_python3_5", [
      rb("dev-python/cryptography-2.6.1::gentoo"),
      rb("dev-python/urllib3-1.24.2::gentoo"),
      rb("dev-python/requests-2.21.0-r1::gentoo"),
      rb("media-gfx/blender-2.79b-r1::gentoo"),
      rb("media-gfx/blender", "argument")
    ], { file: "package.use" })]
  },
  "emerge/use-change-03.txt": {
    count: { "no-ebuilds": 1 },
    has: [{
      type: "no-ebuilds",
      useFlags: true,
      atom: "x11-libs/libXScrnSaver[abi_x86_32(-)?,abi_x86_64(-)?,abi_x86_x32(-)?,abi_mips_n32(-)?,abi_mips_n64(-)?,abi_mips_o32(-)?]",
      candidates: [{ cpv: "media-libs/libsdl2-2.0.0-r1", repo: "steam-overlay", change: "-abi_x86_32" }],
      requiredBy: [
        rb("media-libs/libsdl2-2.0.0-r1::steam-overlay", "ebuild"),
        rb("games-util/steam-client-meta-0-r20131002::steam-overlay", "ebuild"),
        rb("games-util/steam-meta-0-r20130514::steam-overlay[-steamruntime]", "ebuild"),
        rb("steam-meta", "argument")
      ]
    }]
  },
  "portage/build-logs/compile-fail__app-misc_broken-1.0.build.log": { count: { "build-failure": 1 }, has: [broken, brokenDiag, { type: "phase", phase: "compile", cpv: "app-misc/broken-1.0" }] },
  "portage/build-logs/compile-fail__elog-summary.log": { count: { "build-failure": 1 }, has: [{ ...broken, inputLine: 4 }] },
  "portage/build-logs/die-install__app-misc_dies-1.0.build.log": { count: { "build-failure": 1 }, has: [dies] },
  "portage/build-logs/die-install__elog-summary.log": { count: { "build-failure": 1 }, has: [dies] },
  "portage/build-logs/qa-notice__elog-summary.log": {
    count: { "qa-notice": 3 },
    has: [
      qa("deprecated-directories", ["usr/man"], { cpv: "app-misc/qa-issues-1.0" }),
      qa("severe-warnings", ["qa.c:3:8: warning: implicit declaration of function \u2018undeclared_function\u2019 [-Wimplicit-function-declaration]"], { homepage: "https://example.invalid/qa-issues" }),
      qa("pre-stripped", ["/usr/bin/qa-issues"])
    ]
  },
  "portage/build-logs/success-logdir__PORTAGE_LOGDIR__app-misc_hello-1.0_20261124-074306.log": {
    count: { "build-failure": 0 },
    has: [{ type: "phase", phase: "install", cpv: "app-misc/hello-1.0" }, { type: "phase", phase: "package", cpv: "app-misc/hello-1.0" }]
  }
};
for (const c of ["blocker", "emaint-binhost", "success-gpkg", "success-logdir", "success-short", "success-xpak", "unmerge"]) TABLE[`portage/build-logs/${c}__elog-summary.log`] = elogHello;
function caseOf(file) {
  return /^portage\/outputs\/(.+?)-(?:no)?color(?:\.pipe|\.stdout|\.stderr)?\.txt$/.exec(file)?.[1];
}
function parseFile(rel) {
  const path = (0, import_node_path.join)(import_emergeFixtureHelpers.FIXTURES, rel);
  const c = caseOf(rel);
  if (c && /\.(stdout|stderr)\.txt$/.test(rel)) {
    const { EmergeParser } = require("../../src/core/emerge");
    const p = new EmergeParser();
    const base = (0, import_node_path.join)(import_emergeFixtureHelpers.FIXTURES, `portage/outputs/${c}-nocolor`);
    const ev = [...p.push((0, import_node_fs.readFileSync)(`${base}.stdout.txt`), "stdout"), ...p.push((0, import_node_fs.readFileSync)(`${base}.stderr.txt`), "stderr")];
    return ev.concat(p.end());
  }
  return (0, import_emerge.parseAll)((0, import_node_fs.readFileSync)(path));
}
function check(rel, events, exp) {
  for (const [type, n] of Object.entries(exp.count ?? {})) {
    import_strict.default.equal(events.filter((e) => e.type === type).length, n, `${rel}: number of ${type} events`);
  }
  for (const want of exp.has ?? []) {
    const clean = JSON.parse(JSON.stringify(want));
    import_strict.default.ok(events.some((e) => (0, import_emergeFixtureHelpers.matches)(e, clean)), `${rel}: expected an event like ${JSON.stringify(clean)}
 got ${JSON.stringify(events.filter((e) => e.type === clean.type), null, 1).slice(0, 3e3)}`);
  }
}
for (const rel of (0, import_emergeFixtureHelpers.fixtureFiles)()) {
  (0, import_node_test.test)(`fixture ${rel} yields the expected events`, () => {
    const c = caseOf(rel);
    const exp = c ? CASES[c] : TABLE[rel];
    import_strict.default.ok(exp, `no expectations for ${rel}: add it to the table`);
    const events = parseFile(rel);
    check(rel, events, exp);
    for (const e of events) {
      import_strict.default.ok(Number.isInteger(e.inputLine) && e.inputLine >= 1, `${rel}: inputLine of ${e.type}`);
      if (e.type === "build-failure" || e.type === "package-start" || e.type === "merge-list") import_strict.default.match(e.cpv, /^[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+$/);
    }
  });
}
(0, import_node_test.test)("the line number of an event is the line where it starts in the input", () => {
  const events = (0, import_emerge.parseAll)((0, import_node_fs.readFileSync)((0, import_node_path.join)(import_emergeFixtureHelpers.FIXTURES, "portage/outputs/use-change-nocolor.pipe.txt")));
  const au0 = events.find((e) => e.type === "autounmask");
  import_strict.default.equal(au0?.inputLine, 9);
  const dies0 = (0, import_emerge.parseAll)((0, import_node_fs.readFileSync)((0, import_node_path.join)(import_emergeFixtureHelpers.FIXTURES, "portage/outputs/die-install-nocolor.pipe.txt"))).find((e) => e.type === "build-failure");
  import_strict.default.equal(dies0?.inputLine, 19);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2VtZXJnZUZpeHR1cmVzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGFibGUgdGVzdDogZXZlcnkgZW1lcmdlIG91dHB1dCBmaXh0dXJlICh1c2VyIHBhc3RlcywgcmVhbCBQb3J0YWdlIDMuMC44MiBjYXB0dXJlcywgYnVpbGQgbG9ncykgd2l0aCB0aGVcbiAqIGV2ZW50cyBhIGRldmVsb3BlciByZWxpZXMgb24uIGBjb3VudGAgcGlucyBob3cgbWFueSBldmVudHMgb2YgYSB0eXBlIGEgZmlsZSB5aWVsZHM7IGBoYXNgIGxpc3RzIGV2ZW50c1xuICogdGhhdCBtdXN0IGJlIHRoZXJlIChwYXJ0aWFsIG1hdGNoLCBhcnJheXMgZWxlbWVudC13aXNlKS5cbiAqL1xuaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgcGFyc2VBbGwsIHR5cGUgRW1lcmdlRXZlbnQsIHR5cGUgRW1lcmdlRXZlbnRUeXBlIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvZW1lcmdlJztcbmltcG9ydCB7IEZJWFRVUkVTLCBmaXh0dXJlRmlsZXMsIG1hdGNoZXMgfSBmcm9tICcuL2VtZXJnZUZpeHR1cmVIZWxwZXJzJztcblxuaW50ZXJmYWNlIEV4cGVjdCB7XG4gIGNvdW50PzogUGFydGlhbDxSZWNvcmQ8RW1lcmdlRXZlbnRUeXBlLCBudW1iZXI+PjtcbiAgaGFzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj5bXTtcbn1cblxuY29uc3Qgbm9uZTogRXhwZWN0ID0geyBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDAsIGF1dG91bm1hc2s6IDAsIG1hc2tlZDogMCwgJ25vLWVidWlsZHMnOiAwLCAncWEtbm90aWNlJzogMCB9IH07XG5jb25zdCBmcmFtZSA9IChmaWxlOiBzdHJpbmcsIGxpbmU6IG51bWJlciwgY2FsbDogc3RyaW5nKSA9PiAoeyBmaWxlLCBsaW5lLCBjYWxsIH0pO1xuY29uc3QgYmYgPSAoY3B2OiBzdHJpbmcsIHJlcG86IHN0cmluZywgcGhhc2U6IHN0cmluZywgcmVhc29uOiBzdHJpbmcsIGV4dHJhOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9KSA9PiAoeyB0eXBlOiAnYnVpbGQtZmFpbHVyZScsIGNwdiwgcmVwbywgcGhhc2UsIHJlYXNvbiwgLi4uZXh0cmEgfSk7XG5jb25zdCBhdSA9IChraW5kOiBzdHJpbmcsIGF0b206IHN0cmluZywgY2hhbmdlOiBzdHJpbmcsIHJlcXVpcmVkQnk6IHVua25vd25bXSwgZXh0cmE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge30pID0+ICh7IHR5cGU6ICdhdXRvdW5tYXNrJywga2luZCwgYXRvbSwgY2hhbmdlLCByZXF1aXJlZEJ5LCAuLi5leHRyYSB9KTtcbmNvbnN0IHJiID0gKGF0b206IHN0cmluZywga2luZD86IHN0cmluZykgPT4gKGtpbmQgPyB7IGF0b20sIGtpbmQgfSA6IHsgYXRvbSB9KTtcbmNvbnN0IG1sID0gKGNwdjogc3RyaW5nLCBleHRyYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSkgPT4gKHsgdHlwZTogJ21lcmdlLWxpc3QnLCBjcHYsIC4uLmV4dHJhIH0pO1xuY29uc3QgY2QgPSAoZmlsZTogc3RyaW5nLCBsaW5lOiBudW1iZXIsIGNvbHVtbjogbnVtYmVyIHwgdW5kZWZpbmVkLCBzZXZlcml0eTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+ICh7IHR5cGU6ICdjb21waWxlci1kaWFnbm9zdGljJywgdG9vbDogJ2NvbXBpbGVyJywgZmlsZSwgbGluZSwgLi4uKGNvbHVtbiA/IHsgY29sdW1uIH0gOiB7fSksIHNldmVyaXR5LCBtZXNzYWdlIH0pO1xuY29uc3QgbWsgPSAoZmlsZTogc3RyaW5nLCBsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQsIHRhcmdldDogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+ICh7IHR5cGU6ICdjb21waWxlci1kaWFnbm9zdGljJywgdG9vbDogJ21ha2UnLCBmaWxlLCAuLi4obGluZSA/IHsgbGluZSB9IDoge30pLCB0YXJnZXQsIG1lc3NhZ2UgfSk7XG5jb25zdCBkZyA9IChmaWxlOiBzdHJpbmcsIHJlYXNvbjogc3RyaW5nLCBnb3Q6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZykgPT4gKHsgdHlwZTogJ2RpZ2VzdC1mYWlsdXJlJywgZmlsZSwgcmVhc29uLCBnb3QsIGV4cGVjdGVkIH0pO1xuY29uc3QgcWEgPSAocWFUeXBlOiBzdHJpbmcsIGVudHJpZXM6IHN0cmluZ1tdLCBleHRyYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSkgPT4gKHsgdHlwZTogJ3FhLW5vdGljZScsIHFhVHlwZSwgZW50cmllcywgLi4uZXh0cmEgfSk7XG5jb25zdCBpbnN0ID0gKGNwdjogc3RyaW5nLCBzbG90OiBzdHJpbmcgfCB1bmRlZmluZWQsIHJlcG86IHN0cmluZywgc3RhdGU6IHN0cmluZywgcGFyZW50czogdW5rbm93bltdKSA9PiAoeyBjcHYsIC4uLihzbG90ID8geyBzbG90IH0gOiB7fSksIHJlcG8sIHN0YXRlLCBwYXJlbnRzIH0pO1xuXG5jb25zdCBkaWVzID0gYmYoJ2FwcC1taXNjL2RpZXMtMS4wJywgJ3Rlc3RvdmVybGF5JywgJ2luc3RhbGwnLCAnY3VzdG9tIG1lc3NhZ2UnLCB7XG4gIGZyYW1lczogW2ZyYW1lKCdlYnVpbGQuc2gnLCAxNDMsICdzcmNfaW5zdGFsbCcpLCBmcmFtZSgnZW52aXJvbm1lbnQnLCAxOTMsICdkaWUnKV0sIHNuaXBwZXQ6ICdkaWUgXCJjdXN0b20gbWVzc2FnZVwiJyxcbiAgbG9nOiAnL3Zhci90bXAvcG9ydGFnZS9hcHAtbWlzYy9kaWVzLTEuMC90ZW1wL2J1aWxkLmxvZycsIGVudmlyb25tZW50OiAnL3Zhci90bXAvcG9ydGFnZS9hcHAtbWlzYy9kaWVzLTEuMC90ZW1wL2Vudmlyb25tZW50JyxcbiAgd29ya2luZ0RpcmVjdG9yeTogJy92YXIvdG1wL3BvcnRhZ2UvYXBwLW1pc2MvZGllcy0xLjAvd29yaycsIHM6ICcvdmFyL3RtcC9wb3J0YWdlL2FwcC1taXNjL2RpZXMtMS4wL3dvcmsnLFxufSk7XG5jb25zdCBicm9rZW4gPSBiZignYXBwLW1pc2MvYnJva2VuLTEuMCcsICd0ZXN0b3ZlcmxheScsICdjb21waWxlJywgJ2VtYWtlIGZhaWxlZCcsIHtcbiAgZnJhbWVzOiBbXSwgbG9nOiAnL3Zhci90bXAvcG9ydGFnZS9hcHAtbWlzYy9icm9rZW4tMS4wL3RlbXAvYnVpbGQubG9nJywgczogJy92YXIvdG1wL3BvcnRhZ2UvYXBwLW1pc2MvYnJva2VuLTEuMC93b3JrL2Jyb2tlbi0xLjAnLFxufSk7XG5jb25zdCBicm9rZW5EaWFnID0geyAuLi5jZCgnYnJva2VuLmMnLCA1LCAzMCwgJ2Vycm9yJywgJ2V4cGVjdGVkIFx1MjAxODtcdTIwMTkgYmVmb3JlIFx1MjAxOHJldHVyblx1MjAxOScpLCBjb250ZXh0OiAnSW4gZnVuY3Rpb24gXHUyMDE4bWFpblx1MjAxOTonIH07XG5jb25zdCBoZWxsb0J1aWxkOiBFeHBlY3QgPSB7XG4gIGNvdW50OiB7ICdwYWNrYWdlLXN0YXJ0JzogMSwgJ3BhY2thZ2UtZG9uZSc6IDEsICdidWlsZC1mYWlsdXJlJzogMCwgJ3FhLW5vdGljZSc6IDAgfSxcbiAgaGFzOiBbXG4gICAgeyB0eXBlOiAncGFja2FnZS1zdGFydCcsIGNwdjogJ2FwcC1taXNjL2hlbGxvLTEuMCcsIHJlcG86ICd0ZXN0b3ZlcmxheScsIGluZGV4OiAxLCB0b3RhbDogMSwgYWN0aW9uOiAnZW1lcmdlJyB9LFxuICAgIHsgdHlwZTogJ3BoYXNlJywgcGhhc2U6ICdjb21waWxlJywgY3B2OiAnYXBwLW1pc2MvaGVsbG8tMS4wJyB9LFxuICAgIHsgdHlwZTogJ3BoYXNlJywgcGhhc2U6ICd0ZXN0Jywgc2tpcHBlZDogdHJ1ZSwgY3B2OiAnYXBwLW1pc2MvaGVsbG8tMS4wJyB9LFxuICAgIHsgdHlwZTogJ3BoYXNlJywgcGhhc2U6ICdtZXJnZScsIGNwdjogJ2FwcC1taXNjL2hlbGxvLTEuMCcgfSxcbiAgICB7IHR5cGU6ICdwYWNrYWdlLWRvbmUnLCBjcHY6ICdhcHAtbWlzYy9oZWxsby0xLjAnLCByZXBvOiAndGVzdG92ZXJsYXknLCByZXN1bHQ6ICdjb21wbGV0ZWQnIH0sXG4gIF0sXG59O1xuY29uc3QgZWxvZ0hlbGxvOiBFeHBlY3QgPSB7IGNvdW50OiB7ICdidWlsZC1mYWlsdXJlJzogMCwgJ3FhLW5vdGljZSc6IDAsICdwYWNrYWdlLXN0YXJ0JzogMCB9IH07XG5cbi8qKiBSZWFsIFBvcnRhZ2UgY2FwdHVyZXM6IGV4cGVjdGF0aW9ucyBwZXIgY2FzZSwgY2hlY2tlZCBvbiBldmVyeSBjYXB0dXJlIG1vZGUgb2YgdGhlIGNhc2UuICovXG5jb25zdCBDQVNFUzogUmVjb3JkPHN0cmluZywgRXhwZWN0PiA9IHtcbiAgYmxvY2tlcjoge1xuICAgIGNvdW50OiB7IGJsb2NrZXI6IDIsICdtZXJnZS1saXN0JzogMSB9LFxuICAgIGhhczogW1xuICAgICAgbWwoJ2FwcC1taXNjL2Jsb2NrZXItMS4wJywgeyBwa2dUeXBlOiAnZWJ1aWxkJywgZmxhZ3M6ICdOJywgYWN0aW9uOiAnbmV3JyB9KSxcbiAgICAgIHsgdHlwZTogJ2Jsb2NrZXInLCBhdG9tOiAnYXBwLW1pc2MvaGVsbG8nLCBibG9ja2luZzogJ2FwcC1taXNjL2Jsb2NrZXItMS4wJywgaGFyZDogdHJ1ZSwgcmVzb2x2ZWQ6IGZhbHNlIH0sXG4gICAgICB7IHR5cGU6ICdibG9ja2VyJywgcGFja2FnZXM6IFtpbnN0KCdhcHAtbWlzYy9ibG9ja2VyLTEuMCcsICcwLzAnLCAndGVzdG92ZXJsYXknLCAnZWJ1aWxkIHNjaGVkdWxlZCBmb3IgbWVyZ2UnLCBbeyBhdG9tOiAnYXBwLW1pc2MvYmxvY2tlcicgfV0pXSB9LFxuICAgIF0sXG4gIH0sXG4gICdjb21waWxlLWZhaWwnOiB7XG4gICAgY291bnQ6IHsgJ2J1aWxkLWZhaWx1cmUnOiAxLCAncGFja2FnZS1kb25lJzogMSB9LFxuICAgIGhhczogW2Jyb2tlbkRpYWcsIG1rKCdNYWtlZmlsZScsIDQsICdicm9rZW4nLCAnRXJyb3IgMScpLCB7IC4uLmJyb2tlbiwgaW5wdXRMaW5lOiB1bmRlZmluZWQgYXMgdW5rbm93biB9LFxuICAgICAgeyB0eXBlOiAncGFja2FnZS1kb25lJywgY3B2OiAnYXBwLW1pc2MvYnJva2VuLTEuMCcsIHJlc3VsdDogJ2ZhaWxlZCcsIGxvZzogJy92YXIvdG1wL3BvcnRhZ2UvYXBwLW1pc2MvYnJva2VuLTEuMC90ZW1wL2J1aWxkLmxvZycgfV0sXG4gIH0sXG4gICdkaWUtaW5zdGFsbCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtkaWVzLCB7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAnaW5zdGFsbCcsIGNwdjogJ2FwcC1taXNjL2RpZXMtMS4wJyB9LCB7IHR5cGU6ICdwYWNrYWdlLWRvbmUnLCBjcHY6ICdhcHAtbWlzYy9kaWVzLTEuMCcsIHJlc3VsdDogJ2ZhaWxlZCcgfV0sXG4gIH0sXG4gICdlbWFpbnQtYmluaG9zdCc6IHsgY291bnQ6IHsgJ2J1aWxkLWZhaWx1cmUnOiAwLCAnbWVyZ2UtbGlzdCc6IDAgfSB9LFxuICBpbmZvOiB7IGNvdW50OiB7ICdidWlsZC1mYWlsdXJlJzogMCwgJ21lcmdlLWxpc3QnOiAwLCAnY29tcGlsZXItZGlhZ25vc3RpYyc6IDAgfSB9LFxuICAna2V5d29yZC1jaGFuZ2UnOiB7XG4gICAgY291bnQ6IHsgYXV0b3VubWFzazogMSB9LFxuICAgIGhhczogW21sKCdhcHAtbWlzYy90ZXN0aW5nLTIuMCcsIHsgZmxhZ3M6ICdOIH4nIH0pLCBhdSgna2V5d29yZCcsICc9YXBwLW1pc2MvdGVzdGluZy0yLjAnLCAnfmFtZDY0JywgW3JiKCc9YXBwLW1pc2MvdGVzdGluZy0yLjAnLCAnYXJndW1lbnQnKV0sXG4gICAgICB7IG92ZXJyaWRlS2luZDogJ2FjY2VwdF9rZXl3b3JkcycsIGZpbGU6ICdwYWNrYWdlLmFjY2VwdF9rZXl3b3JkcycsIGVudHJ5OiAnPWFwcC1taXNjL3Rlc3RpbmctMi4wIH5hbWQ2NCcsIGNvbW1lbnRzOiBbJyMgcmVxdWlyZWQgYnkgPWFwcC1taXNjL3Rlc3RpbmctMi4wIChhcmd1bWVudCknXSB9KV0sXG4gIH0sXG4gICdrZXl3b3JkLW1hc2tlZCc6IHtcbiAgICBjb3VudDogeyBtYXNrZWQ6IDEsIGF1dG91bm1hc2s6IDAgfSxcbiAgICBoYXM6IFt7IHR5cGU6ICdtYXNrZWQnLCBhdG9tOiAnPWFwcC1taXNjL3Rlc3RpbmctMi4wJywgY2FuZGlkYXRlczogW3sgY3B2OiAnYXBwLW1pc2MvdGVzdGluZy0yLjAnLCByZXBvOiAndGVzdG92ZXJsYXknLCByZWFzb25zOiBbJ35hbWQ2NCBrZXl3b3JkJ10gfV0sIHJlcXVpcmVkQnk6IFtdIH1dLFxuICB9LFxuICAnbGljZW5zZS1jaGFuZ2UnOiB7XG4gICAgY291bnQ6IHsgYXV0b3VubWFzazogMSB9LFxuICAgIGhhczogW2F1KCdsaWNlbnNlJywgJz49YXBwLW1pc2MvZXVsYS0xLjAnLCAnVGVzdEVVTEEnLCBbcmIoJ2FwcC1taXNjL2V1bGEnLCAnYXJndW1lbnQnKV0sIHsgb3ZlcnJpZGVLaW5kOiAnbGljZW5zZScsIGZpbGU6ICdwYWNrYWdlLmxpY2Vuc2UnIH0pXSxcbiAgfSxcbiAgbWFza2VkOiB7XG4gICAgY291bnQ6IHsgbWFza2VkOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbWFza2VkJywgYXRvbTogJ2FwcC1taXNjL21hc2tlZCcsIGNhbmRpZGF0ZXM6IFt7XG4gICAgICBjcHY6ICdhcHAtbWlzYy9tYXNrZWQtMS4wJywgcmVwbzogJ3Rlc3RvdmVybGF5JywgcmVhc29uczogWydwYWNrYWdlLm1hc2snXSwgbWFza0ZpbGU6ICcvdmFyL2RiL3JlcG9zL2dlbnRvby9wcm9maWxlcy9wYWNrYWdlLm1hc2snLFxuICAgICAgY29tbWVudDogWycjIEphbmUgRG9lIDxqYW5lQGV4YW1wbGUub3JnPiAoMjAyNC0wNS0wMSknLCAnIyBDb250YWlucyBhIGtub3duIHNlY3VyaXR5IHZ1bG5lcmFiaWxpdHkgKENWRS0wMDAwLTAwMDApLicsICcjIE1hc2tlZCBmb3IgcmVtb3ZhbCBpbiAzMCBkYXlzLiAgVXNlIGFwcC1taXNjL2hlbGxvIGluc3RlYWQuJ10sXG4gICAgfV0gfV0sXG4gIH0sXG4gIG5vZWJ1aWxkczoge1xuICAgIGNvdW50OiB7ICduby1lYnVpbGRzJzogMSB9LFxuICAgIGhhczogW3sgdHlwZTogJ25vLWVidWlsZHMnLCBhdG9tOiAnYXBwLW1pc2MvZG9lc25vdGV4aXN0JywgcmVxdWlyZWRCeTogW10sIHN1Z2dlc3Rpb25zOiBbJ2FwcC1taXNjL2RpZXMnLCAnYXBwLW1pc2MvdGVzdGluZycsICdhcHAtbWlzYy9icm9rZW4nXSB9XSxcbiAgfSxcbiAgcHJldGVuZDoge1xuICAgIGNvdW50OiB7ICdtZXJnZS1saXN0JzogNCwgJ3BhY2thZ2Utc3RhcnQnOiAwIH0sXG4gICAgaGFzOiBbbWwoJ2FwcC1taXNjL2xpYmZvby0xLjAnLCB7IHZhcnM6IHsgVVNFOiAnLXNzbCcgfSB9KSwgbWwoJ2FwcC1taXNjL3dpdGhkZXAtMS4wJywgeyB2YXJzOiB7IFVTRTogJ2RvYyAtc3RhdGljJyB9LCBkZXB0aDogMCB9KV0sXG4gIH0sXG4gICdwcmV0ZW5kLXZlcmJvc2UnOiB7XG4gICAgY291bnQ6IHsgJ21lcmdlLWxpc3QnOiA0IH0sXG4gICAgaGFzOiBbbWwoJ2FwcC1taXNjL2xpYmZvby0xLjAnLCB7IHJlcG86ICdnZW50b28nLCBzaXplOiAnMCBLaUInLCB2YXJzOiB7IFVTRTogJy1zc2wnIH0gfSksIG1sKCdhcHAtbWlzYy9oZWxsby0xLjAnLCB7IHJlcG86ICd0ZXN0b3ZlcmxheScgfSldLFxuICB9LFxuICAncWEtbm90aWNlJzoge1xuICAgIGNvdW50OiB7ICdxYS1ub3RpY2UnOiAzLCAnY29tcGlsZXItZGlhZ25vc3RpYyc6IDEgfSxcbiAgICBoYXM6IFtcbiAgICAgIHFhKCdkZXByZWNhdGVkLWRpcmVjdG9yaWVzJywgWyd1c3IvbWFuJ10sIHsgY3B2OiAnYXBwLW1pc2MvcWEtaXNzdWVzLTEuMCcgfSksXG4gICAgICBxYSgnc2V2ZXJlLXdhcm5pbmdzJywgWydxYS5jOjM6ODogd2FybmluZzogaW1wbGljaXQgZGVjbGFyYXRpb24gb2YgZnVuY3Rpb24gXHUyMDE4dW5kZWNsYXJlZF9mdW5jdGlvblx1MjAxOSBbLVdpbXBsaWNpdC1mdW5jdGlvbi1kZWNsYXJhdGlvbl0nXSxcbiAgICAgICAgeyBob21lcGFnZTogJ2h0dHBzOi8vZXhhbXBsZS5pbnZhbGlkL3FhLWlzc3VlcycsIG1lc3NhZ2U6ICdQYWNrYWdlIHRyaWdnZXJzIHNldmVyZSB3YXJuaW5ncyB3aGljaCBpbmRpY2F0ZSB0aGF0IGl0IG1heSBleGhpYml0IHJhbmRvbSBydW50aW1lIGZhaWx1cmVzLicgfSksXG4gICAgICBxYSgncHJlLXN0cmlwcGVkJywgWycvdXNyL2Jpbi9xYS1pc3N1ZXMnXSksXG4gICAgICB7IC4uLmNkKCdxYS5jJywgMywgOCwgJ3dhcm5pbmcnLCAnaW1wbGljaXQgZGVjbGFyYXRpb24gb2YgZnVuY3Rpb24gXHUyMDE4dW5kZWNsYXJlZF9mdW5jdGlvblx1MjAxOSBbLVdpbXBsaWNpdC1mdW5jdGlvbi1kZWNsYXJhdGlvbl0nKSwgb3B0aW9uOiAnLVdpbXBsaWNpdC1mdW5jdGlvbi1kZWNsYXJhdGlvbicgfSxcbiAgICBdLFxuICB9LFxuICAnc3VjY2Vzcy1ncGtnJzogaGVsbG9CdWlsZCxcbiAgJ3N1Y2Nlc3MtbG9nZGlyJzogaGVsbG9CdWlsZCxcbiAgJ3N1Y2Nlc3Mtc2hvcnQnOiBoZWxsb0J1aWxkLFxuICAnc3VjY2Vzcy14cGFrJzogaGVsbG9CdWlsZCxcbiAgdW5tZXJnZTogeyBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDAgfSwgaGFzOiBbeyB0eXBlOiAncGhhc2UnLCBwaGFzZTogJ3VubWVyZ2UnLCBjcHY6ICdhcHAtbWlzYy9oZWxsby0xLjAnIH1dIH0sXG4gICd1c2UtY2hhbmdlJzoge1xuICAgIGNvdW50OiB7IGF1dG91bm1hc2s6IDEsICdtZXJnZS1saXN0JzogMiB9LFxuICAgIGhhczogW1xuICAgICAgbWwoJ2FwcC1taXNjL2xpYmZvby0xLjAnLCB7IHZhcnM6IHsgVVNFOiAnc3NsJyB9IH0pLFxuICAgICAgYXUoJ3VzZScsICc+PWFwcC1taXNjL2xpYmZvby0xLjAnLCAnc3NsJywgW3JiKCdhcHAtbWlzYy9uZWVkcy1zc2wtMS4wOjp0ZXN0b3ZlcmxheScpLCByYignPWFwcC1taXNjL25lZWRzLXNzbC0xLjAnLCAnYXJndW1lbnQnKV0sIHtcbiAgICAgICAgb3ZlcnJpZGVLaW5kOiAndXNlJywgZmlsZTogJ3BhY2thZ2UudXNlJywgZW50cnk6ICc+PWFwcC1taXNjL2xpYmZvby0xLjAgc3NsJyxcbiAgICAgICAgY29tbWVudHM6IFsnIyByZXF1aXJlZCBieSBhcHAtbWlzYy9uZWVkcy1zc2wtMS4wOjp0ZXN0b3ZlcmxheScsICcjIHJlcXVpcmVkIGJ5ID1hcHAtbWlzYy9uZWVkcy1zc2wtMS4wIChhcmd1bWVudCknXSxcbiAgICAgIH0pLFxuICAgIF0sXG4gIH0sXG59O1xuXG5jb25zdCBUQUJMRTogUmVjb3JkPHN0cmluZywgRXhwZWN0PiA9IHtcbiAgJ2VtZXJnZS9ibG9ja2Vycy0wMi50eHQnOiB7XG4gICAgY291bnQ6IHsgYmxvY2tlcjogMywgJ21lcmdlLWxpc3QnOiAxIH0sXG4gICAgaGFzOiBbXG4gICAgICB7IHR5cGU6ICdibG9ja2VyJywgaW5wdXRMaW5lOiA5LCBhdG9tOiAnbWVkaWEtcGx1Z2lucy92YXBvdXJzeW50aC1zYW5nbm9tJywgYmxvY2tpbmc6ICdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub21tb2QtMC4xLjIwMTUwMTA5JywgaGFyZDogZmFsc2UgfSxcbiAgICAgIHsgdHlwZTogJ2Jsb2NrZXInLCBhdG9tOiAnbWVkaWEtcGx1Z2lucy92YXBvdXJzeW50aC1zYW5nbm9tbW9kJywgYmxvY2tpbmc6ICdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub20tMjAxNi4wOC4wNScgfSxcbiAgICAgIHsgdHlwZTogJ2Jsb2NrZXInLCBwYWNrYWdlczogW1xuICAgICAgICBpbnN0KCdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub20tMjAxNi4wOC4wNScsICcwLzAnLCAndmFwb3Vyc3ludGgnLCAnZWJ1aWxkIHNjaGVkdWxlZCBmb3IgbWVyZ2UnLCBbeyBhdG9tOiAnbWVkaWEtcGx1Z2lucy92YXBvdXJzeW50aC1zYW5nbm9tJywgcmVxdWlyZWRCeTogJ0B2YXBvdXJzeW50aC1wbHVnaW5zJyB9XSksXG4gICAgICAgIGluc3QoJ21lZGlhLXBsdWdpbnMvdmFwb3Vyc3ludGgtc2FuZ25vbW1vZC0wLjEuMjAxNTAxMDknLCAnMC8wJywgJ3ZhcG91cnN5bnRoJywgJ2luc3RhbGxlZCcsIFtcbiAgICAgICAgICB7IGF0b206ICdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub21tb2QnLCByZXF1aXJlZEJ5OiAnQHZhcG91cnN5bnRoLXBsdWdpbnMnIH0sXG4gICAgICAgICAgeyBhdG9tOiAnbWVkaWEtcGx1Z2lucy92YXBvdXJzeW50aC1zYW5nbm9tbW9kJywgcmVxdWlyZWRCeTogJ21lZGlhLXBsdWdpbnMvdmFwb3Vyc3ludGgtaGF2c2Z1bmMtMjM6MC8wOjp2YXBvdXJzeW50aCcsIHJlcXVpcmVkQnlTdGF0ZTogJ2luc3RhbGxlZCcgfSxcbiAgICAgICAgICB7IGF0b206ICdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub21tb2QnLCByZXF1aXJlZEJ5OiAnbWVkaWEtcGx1Z2lucy92YXBvdXJzeW50aC12c3RhYW1iay0wLjQuMTowLzA6OnZhcG91cnN5bnRoJywgcmVxdWlyZWRCeVN0YXRlOiAnaW5zdGFsbGVkJyB9LFxuICAgICAgICBdKSxcbiAgICAgIF0gfSxcbiAgICAgIG1sKCdtZWRpYS1wbHVnaW5zL3ZhcG91cnN5bnRoLXNhbmdub20tMjAxNi4wOC4wNScsIHsgdmFyczogeyBVU0U6ICctZG9jJywgQ1BVX0ZMQUdTX1g4NjogJ3NzZTRfMScgfSwgc2l6ZTogJzAgS2lCJyB9KSxcbiAgICBdLFxuICB9LFxuICAnZW1lcmdlL2Jsb2NrZXJzLTA0LnR4dCc6IHtcbiAgICBjb3VudDogeyBibG9ja2VyOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnYmxvY2tlcicsIGlucHV0TGluZTogNSwgcGFja2FnZXM6IFtcbiAgICAgIGluc3QoJ2FwcC1lc2VsZWN0L2VzZWxlY3QtY2JsYXMtMC4xJywgJzAvMCcsICdnZW50b28nLCAnZWJ1aWxkIHNjaGVkdWxlZCBmb3IgbWVyZ2UnLCBbeyBhdG9tOiAnYXBwLWVzZWxlY3QvZXNlbGVjdC1jYmxhcycsIHJlcXVpcmVkQnk6ICdzY2ktbGlicy9nc2wtMi41OjAvMjM6OmdlbnRvbycsIHJlcXVpcmVkQnlTdGF0ZTogJ2VidWlsZCBzY2hlZHVsZWQgZm9yIG1lcmdlJyB9XSksXG4gICAgICBpbnN0KCdzY2ktbGlicy9sYXBhY2stcmVmZXJlbmNlLTMuOC4wLXIxMDAnLCAnMC8zLjguMCcsICdzY2llbmNlJywgJ2luc3RhbGxlZCcsIFt7IGV2YWx1YXRlZDogJz49c2NpLWxpYnMvbGFwYWNrLXJlZmVyZW5jZS0zLjctcjEwMFthYmlfeDg2XzY0KC0pXScsIHJlcXVpcmVkQnk6ICd2aXJ0dWFsL2xhcGFjay0zLjctcjEwMDowLzA6OnNjaWVuY2UnLCByZXF1aXJlZEJ5U3RhdGU6ICdpbnN0YWxsZWQnIH1dKSxcbiAgICAgIGluc3QoJ3NjaS1saWJzL2JsYXMtcmVmZXJlbmNlLTIwMTcxMTEyLXIxMDAnLCAnMC8zLjguMCcsICdzY2llbmNlJywgJ2luc3RhbGxlZCcsIFt7IGV2YWx1YXRlZDogJz49c2NpLWxpYnMvYmxhcy1yZWZlcmVuY2UtMjAxNjEyMjMtcjEwMFthYmlfeDg2XzY0KC0pXScsIHJlcXVpcmVkQnk6ICd2aXJ0dWFsL2JsYXMtMy43LXIxMDA6MC8wOjpzY2llbmNlJyB9XSksXG4gICAgXSB9XSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTAyLnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFt7IC4uLmJmKCdhcHAtcG9ydGFnZS9sdG8tcmVidWlsZC0wLjkuOCcsICdsdG8tb3ZlcmxheScsICdpbnN0YWxsJywgXCJUaGUgc291cmNlIGRpcmVjdG9yeSAnL3Zhci90bXAvcG9ydGFnZS9hcHAtcG9ydGFnZS9sdG8tcmVidWlsZC0wLjkuOC93b3JrL2x0by1yZWJ1aWxkLTAuOS44JyBkb2Vzbid0IGV4aXN0XCIsIHtcbiAgICAgIGZyYW1lczogW3sgLi4uZnJhbWUoJ2VidWlsZC5zaCcsIDc2MiwgJ19fZWJ1aWxkX21haW4nKSwgYXJnczogXCInaW5zdGFsbCdcIiB9LCBmcmFtZSgncGhhc2UtZnVuY3Rpb25zLnNoJywgMTA1MCwgJ19fZHluX2luc3RhbGwnKSwgZnJhbWUoJ3BoYXNlLWZ1bmN0aW9ucy5zaCcsIDU3NCwgJ2RpZScpXSxcbiAgICAgIHNuaXBwZXQ6ICdkaWUgXCJUaGUgc291cmNlIGRpcmVjdG9yeSBcXCcke1N9XFwnIGRvZXNuXFwndCBleGlzdFwiJyxcbiAgICB9KSwgaW5wdXRMaW5lOiAxNCB9LCB7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAndGVzdCcsIHNraXBwZWQ6IHRydWUsIGNwdjogJ2FwcC1wb3J0YWdlL2x0by1yZWJ1aWxkLTAuOS44JyB9XSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTA2LnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEsICdwYWNrYWdlLXN0YXJ0JzogMSB9LFxuICAgIGhhczogW1xuICAgICAgeyB0eXBlOiAncGFja2FnZS1zdGFydCcsIGNwdjogJ3NjaS1tYXRoZW1hdGljcy9vY3RhdmUtb2NsLTEuMS4xJywgcmVwbzogJ3Zvd3N0YXInLCBpbmRleDogMSwgdG90YWw6IDEgfSxcbiAgICAgIHsgdHlwZTogJ3BhY2thZ2UtZG9uZScsIHJlc3VsdDogJ2ZhaWxlZCcsIGNwdjogJ3NjaS1tYXRoZW1hdGljcy9vY3RhdmUtb2NsLTEuMS4xJywgbG9nOiAnL3Zhci90bXAvcG9ydGFnZS9zY2ktbWF0aGVtYXRpY3Mvb2N0YXZlLW9jbC0xLjEuMS90ZW1wL2J1aWxkLmxvZycgfSxcbiAgICAgIGJmKCdzY2ktbWF0aGVtYXRpY3Mvb2N0YXZlLW9jbC0xLjEuMScsICd2b3dzdGFyJywgJ3ByZXBhcmUnLCBcIlRoZSBzb3VyY2UgZGlyZWN0b3J5ICcvdmFyL3RtcC9wb3J0YWdlL3NjaS1tYXRoZW1hdGljcy9vY3RhdmUtb2NsLTEuMS4xL3dvcmsvb2NsLTEuMS4xJyBkb2Vzbid0IGV4aXN0XCIsIHtcbiAgICAgICAgZnJhbWVzOiBbeyAuLi5mcmFtZSgnZWJ1aWxkLnNoJywgODA5LCAnX19lYnVpbGRfbWFpbicpLCBhcmdzOiBcIidwcmVwYXJlJ1wiIH0sIGZyYW1lKCdwaGFzZS1mdW5jdGlvbnMuc2gnLCAxMDU5LCAnX19keW5fcHJlcGFyZScpLCBmcmFtZSgncGhhc2UtZnVuY3Rpb25zLnNoJywgMzg1LCAnZGllJyldLFxuICAgICAgICBzbmlwcGV0OiAnZGllIFwiVGhlIHNvdXJjZSBkaXJlY3RvcnkgXFwnJHtTfVxcJyBkb2VzblxcJ3QgZXhpc3RcIicsIGxvZzogJy92YXIvdG1wL3BvcnRhZ2Uvc2NpLW1hdGhlbWF0aWNzL29jdGF2ZS1vY2wtMS4xLjEvdGVtcC9idWlsZC5sb2cnLFxuICAgICAgfSksXG4gICAgXSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTA3LnR4dCc6IHtcbiAgICBjb3VudDogeyAnbWVyZ2UtbGlzdCc6IDIsICdwYWNrYWdlLXN0YXJ0JzogMSwgJ2J1aWxkLWZhaWx1cmUnOiAwIH0sXG4gICAgaGFzOiBbXG4gICAgICBtbCgnZGV2LXV0aWwvYXRvbS1zaGVsbC0wLjE2LjMnLCB7IGFjdGlvbjogJ3VwZ3JhZGUnLCByZXBvOiAnYWVneXBpdXMnLCBvbGQ6ICcwLjE2LjI6OmFlZ3lwaXVzJywgdmFyczogeyBVU0U6ICctZGVidWcnIH0gfSksXG4gICAgICBtbCgnYXBwLWVkaXRvcnMvYXRvbS0wLjEzMC4wJywgeyBhY3Rpb246ICd1cGdyYWRlJywgb2xkOiAnMC4xMjYuMDo6YWVneXBpdXMnIH0pLFxuICAgICAgeyB0eXBlOiAncGFja2FnZS1zdGFydCcsIGNwdjogJ2Rldi11dGlsL2F0b20tc2hlbGwtMC4xNi4zJywgcmVwbzogJ2FlZ3lwaXVzJywgaW5kZXg6IDEsIHRvdGFsOiAyIH0sXG4gICAgICB7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAncHJlcGFyZScsIGNwdjogJ2Rldi11dGlsL2F0b20tc2hlbGwtMC4xNi4zJyB9LFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2UvYnVpbGQtZmFpbHVyZS0wOC50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2J1aWxkLWZhaWx1cmUnOiAxIH0sXG4gICAgaGFzOiBbYmYoJ25ldC1uZXdzL2xpZmVyZWEtMS4xMC4xNCcsICd2b3J0ZXgnLCAnZGVwZW5kJywgJ2Vycm9yIHNvdXJjaW5nIGVidWlsZCcsIHtcbiAgICAgIGZyYW1lczogW2ZyYW1lKCdlYnVpbGQuc2gnLCA1ODQsICdkaWUnKV0sIHNuaXBwZXQ6ICdzb3VyY2UgXCIkRUJVSUxEXCIgfHwgZGllIFwiZXJyb3Igc291cmNpbmcgZWJ1aWxkXCInLCBzOiAnL2xpZmVyZWEtMS4xMC4xNCcsIGxvZzogdW5kZWZpbmVkLFxuICAgIH0pXSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTA5LnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtiZignbmV0LW1pc2MvZmVhdGhlci05OTk5JywgJ21vbmVybycsICdjb25maWd1cmUnLCAnY21ha2UgZmFpbGVkJywge1xuICAgICAgZnJhbWVzOiBbZnJhbWUoJ2VidWlsZC5zaCcsIDEyNywgJ3NyY19jb25maWd1cmUnKSwgZnJhbWUoJ2Vudmlyb25tZW50JywgMjY1MiwgJ2NtYWtlX3NyY19jb25maWd1cmUnKSwgZnJhbWUoJ2Vudmlyb25tZW50JywgMTEzNiwgJ2RpZScpXSxcbiAgICAgIHNuaXBwZXQ6ICdcIiR7Q01BS0VfQklOQVJZfVwiIFwiJHtjbWFrZWFyZ3NbQF19XCIgXCIke0NNQUtFX1VTRV9ESVJ9XCIgfHwgZGllIFwiY21ha2UgZmFpbGVkXCI7JyxcbiAgICAgIGxvZzogJy92YXIvdG1wL3BvcnRhZ2UvbmV0LW1pc2MvZmVhdGhlci05OTk5L3RlbXAvYnVpbGQubG9nJywgd29ya2luZ0RpcmVjdG9yeTogJy92YXIvdG1wL3BvcnRhZ2UvbmV0LW1pc2MvZmVhdGhlci05OTk5L3dvcmsvZmVhdGhlci05OTk5X2J1aWxkJyxcbiAgICB9KV0sXG4gIH0sXG4gICdlbWVyZ2UvYnVpbGQtZmFpbHVyZS0xMS50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2J1aWxkLWZhaWx1cmUnOiAxIH0sXG4gICAgaGFzOiBbXG4gICAgICB7IHR5cGU6ICdwYWNrYWdlLXN0YXJ0JywgY3B2OiAnd3d3LWFwcHMvZ2Vja29kcml2ZXItMC4yMC4wJywgcmVwbzogJ3J1c3QnIH0sXG4gICAgICBiZignd3d3LWFwcHMvZ2Vja29kcml2ZXItMC4yMC4wJywgJ3J1c3QnLCAnY29tcGlsZScsICdjYXJnbyBidWlsZCBmYWlsZWQnLCB7XG4gICAgICAgIGZyYW1lczogW2ZyYW1lKCdlYnVpbGQuc2gnLCAxMjQsICdzcmNfY29tcGlsZScpLCBmcmFtZSgnZW52aXJvbm1lbnQnLCA1OTYsICdjYXJnb19zcmNfY29tcGlsZScpLCBmcmFtZSgnZW52aXJvbm1lbnQnLCAzNDgsICdkaWUnKV0sXG4gICAgICB9KSxcbiAgICBdLFxuICB9LFxuICAnZW1lcmdlL2J1aWxkLWZhaWx1cmUtMTIudHh0Jzoge1xuICAgIGNvdW50OiB7ICdidWlsZC1mYWlsdXJlJzogMSB9LFxuICAgIGhhczogW2JmKCdkZXYtbGFuZy9ydXN0LTEuNTMuMCcsICdnZW50b28nLCAnY29tcGlsZScsICcobm8gZXJyb3IgbWVzc2FnZSknLCB7XG4gICAgICBmcmFtZXM6IFtmcmFtZSgnZWJ1aWxkLnNoJywgMTI3LCAnc3JjX2NvbXBpbGUnKSwgZnJhbWUoJ2Vudmlyb25tZW50JywgMzczNiwgJ2RpZScpXSwgbG9nOiAnL3Zhci90bXAvcG9ydGFnZS9kZXYtbGFuZy9ydXN0LTEuNTMuMC90ZW1wL2J1aWxkLmxvZycsXG4gICAgICBzOiAnL3Zhci90bXAvcG9ydGFnZS9kZXYtbGFuZy9ydXN0LTEuNTMuMC93b3JrL3J1c3RjLTEuNTMuMC1zcmMnLFxuICAgIH0pXSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTE0LnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtiZignc2NpLWxpYnMvYmxhcy1yZWZlcmVuY2UtMjAxMzExMTYtcjEnLCAnc2NpZW5jZScsICdpbnN0YWxsJywgJyhubyBlcnJvciBtZXNzYWdlKScsIHtcbiAgICAgIGZyYW1lczogW1xuICAgICAgICBmcmFtZSgnZWJ1aWxkLnNoJywgOTMsICdzcmNfaW5zdGFsbCcpLFxuICAgICAgICB7IC4uLmZyYW1lKCdlbnZpcm9ubWVudCcsIDM1MjksICdtdWx0aWJ1aWxkX2ZvcmVhY2hfdmFyaWFudCcpLCBhcmdzOiBcIidmb3J0cmFuLWludDY0X211bHRpbGliX211bHRpYnVpbGRfd3JhcHBlcicgJ215X3NyY19pbnN0YWxsJ1wiIH0sXG4gICAgICAgIGZyYW1lKCdlbnZpcm9ubWVudCcsIDI3MDEsICdfbXVsdGlidWlsZF9ydW4nKSwgZnJhbWUoJ2Vudmlyb25tZW50JywgMjY5OSwgJ2ZvcnRyYW4taW50NjRfbXVsdGlsaWJfbXVsdGlidWlsZF93cmFwcGVyJyksXG4gICAgICAgIGZyYW1lKCdlbnZpcm9ubWVudCcsIDE5MzUsICdteV9zcmNfaW5zdGFsbCcpLCBmcmFtZSgnZW52aXJvbm1lbnQnLCAzNTI2LCAnYWx0ZXJuYXRpdmVzX2ZvcicpLCBmcmFtZSgnZW52aXJvbm1lbnQnLCA4MDIsICdkaWUnKSxcbiAgICAgIF0sXG4gICAgfSldLFxuICB9LFxuICAnZW1lcmdlL2J1aWxkLWZhaWx1cmUtMTUudHh0Jzoge1xuICAgIGNvdW50OiB7ICdjb21waWxlci1kaWFnbm9zdGljJzogNCwgJ2J1aWxkLWZhaWx1cmUnOiAwIH0sXG4gICAgaGFzOiBbXG4gICAgICB7IC4uLmNkKCdwZWVrZmQuYycsIDExNSwgNDYsICdlcnJvcicsICdcdTIwMThWRVJTSU9OXHUyMDE5IHVuZGVjbGFyZWQgKGZpcnN0IHVzZSBpbiB0aGlzIGZ1bmN0aW9uKTsgZGlkIHlvdSBtZWFuIFx1MjAxOF9fVkVSU0lPTl9fXHUyMDE5PycpLCBjb250ZXh0OiAnSW4gZnVuY3Rpb24gXHUyMDE4cHJpbnRfdmVyc2lvblx1MjAxOTonIH0sXG4gICAgICBjZCgncGVla2ZkLmMnLCAxMTUsIDQ2LCAnbm90ZScsICdlYWNoIHVuZGVjbGFyZWQgaWRlbnRpZmllciBpcyByZXBvcnRlZCBvbmx5IG9uY2UgZm9yIGVhY2ggZnVuY3Rpb24gaXQgYXBwZWFycyBpbicpLFxuICAgICAgeyAuLi5jZCgncGVla2ZkLmMnLCAyNTMsIDI4LCAnZXJyb3InLCAnc3RvcmFnZSBzaXplIG9mIFx1MjAxOHJlZ3NcdTIwMTkgaXNuXHUyMDE5dCBrbm93bicpLCBjb250ZXh0OiAnSW4gZnVuY3Rpb24gXHUyMDE4bWFpblx1MjAxOTonIH0sXG4gICAgICBtaygnPGJ1aWx0aW4+JywgdW5kZWZpbmVkLCAncGVla2ZkJywgJ0Vycm9yIDEnKSxcbiAgICBdLFxuICB9LFxuICAnZW1lcmdlL2J1aWxkLWZhaWx1cmUtMTYudHh0Jzoge1xuICAgIGNvdW50OiB7ICdjb21waWxlci1kaWFnbm9zdGljJzogNyB9LFxuICAgIGhhczogW1xuICAgICAgY2QoJ2phbWlhY2NvdW50LmNwcCcsIDM2MjgsIDEzLCAnZXJyb3InLCAnXHUyMDE4cmVnaXN0ZXJlZE5hbWVfXHUyMDE5IHdhcyBub3QgZGVjbGFyZWQgaW4gdGhpcyBzY29wZScpLFxuICAgICAgY2QoJ2phbWlhY2NvdW50LmNwcCcsIDM2MjgsIDEzLCAnbm90ZScsICdzdWdnZXN0ZWQgYWx0ZXJuYXRpdmU6IFx1MjAxOHJlZ2lzdGVyX3RcdTIwMTknKSxcbiAgICAgIG1rKCdNYWtlZmlsZScsIDU4OSwgJ2xpYnJpbmdhY2NfbGEtamFtaWFjY291bnQubG8nLCAnRXJyb3IgMScpLCBtaygnTWFrZWZpbGUnLCA0NzEsICdhbGwnLCAnRXJyb3IgMicpLFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2UvYnVpbGQtZmFpbHVyZS0xNy50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2NvbXBpbGVyLWRpYWdub3N0aWMnOiA0IH0sXG4gICAgaGFzOiAoW1sxMjYsIDIxLCBcIidfJ1wiXSwgWzEzNiwgMTMsIFwiJ18nXCJdLCBbMTQ1LCAzMiwgXCInRl8nXCJdLCBbMTQ1LCAyOCwgXCInc3RyJ1wiXV0gYXMgW251bWJlciwgbnVtYmVyLCBzdHJpbmddW10pLm1hcCgoW2xpbmUsIGNvbHVtbiwgaWRdKSA9PiAoe1xuICAgICAgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBmaWxlOiAnL3Zhci90bXAvcG9ydGFnZS9uZXQtcDJwL2Vpc2thbHRkY3BwLTIuNC4xL3dvcmsvZWlza2FsdGRjcHAtMi40LjEvZGNwcC9NYXBwaW5nTWFuYWdlci5jcHAnLCBsaW5lLCBjb2x1bW4sIHNldmVyaXR5OiAnZXJyb3InLFxuICAgICAgbWVzc2FnZTogYCR7aWR9IHdhcyBub3QgZGVjbGFyZWQgaW4gdGhpcyBzY29wZSR7aWQgPT09IFwiJ3N0cidcIiA/IFwiOyBkaWQgeW91IG1lYW4gJ3N0ZCc/XCIgOiAnJ31gLFxuICAgIH0pKSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTE5LnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEsICdjb21waWxlci1kaWFnbm9zdGljJzogMiB9LFxuICAgIGhhczogW21rKCdNYWtlZmlsZScsIDIwOTEsICdrc190YWJsZXMuaCcsICdFcnJvciAxMzQnKSwgbWsoJ01ha2VmaWxlJywgNTIxLCAnYWxsLXJlY3Vyc2l2ZScsICdFcnJvciAxJyksIGJmKCd4MTEtbGlicy9saWJYMTEtMS42LjgnLCAnZ2VudG9vJywgJ2NvbXBpbGUnLCAnZW1ha2UgZmFpbGVkJywgeyBmcmFtZXM6IFtdIH0pXSxcbiAgfSxcbiAgJ2VtZXJnZS9idWlsZC1mYWlsdXJlLTIyLnR4dCc6IHtcbiAgICBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtiZignc3lzLWRldmVsL2Jhc2UtZ2NjLTQuNy4zJywgJ3NhYmF5b24tZGlzdHJvJywgJ2RlcGVuZCcsICdOZWVkIHRvIHVwZ3JhZGUgdG8gYXQgbGVhc3QgRUFQST0yJywge1xuICAgICAgaW5wdXRMaW5lOiA2LFxuICAgICAgZnJhbWVzOiBbXG4gICAgICAgIHsgLi4uZnJhbWUoJ2VidWlsZC5zaCcsIDU1MCwgJ3NvdXJjZScpLCBhcmdzOiBcIicvdmFyL2xpYi9sYXltYW4vc2FiYXlvbi1kaXN0cm8vc3lzLWRldmVsL2Jhc2UtZ2NjL2Jhc2UtZ2NjLTQuNy4zLmVidWlsZCdcIiB9LFxuICAgICAgICB7IC4uLmZyYW1lKCdiYXNlLWdjYy00LjcuMy5lYnVpbGQnLCAyMSwgJ2luaGVyaXQnKSwgYXJnczogXCInZXV0aWxzJyAndG9vbGNoYWluJ1wiIH0sXG4gICAgICAgIHsgLi4uZnJhbWUoJ2VidWlsZC5zaCcsIDI4MCwgJ19fcWFfc291cmNlJyksIGFyZ3M6IFwiJy91c3IvcG9ydGFnZS9lY2xhc3MvdG9vbGNoYWluLmVjbGFzcydcIiB9LFxuICAgICAgICB7IC4uLmZyYW1lKCdlYnVpbGQuc2gnLCA4MCwgJ3NvdXJjZScpLCBhcmdzOiBcIicvdXNyL3BvcnRhZ2UvZWNsYXNzL3Rvb2xjaGFpbi5lY2xhc3MnXCIgfSxcbiAgICAgICAgZnJhbWUoJ3Rvb2xjaGFpbi5lY2xhc3MnLCAyOSwgJ2RpZScpLFxuICAgICAgXSxcbiAgICAgIHNuaXBwZXQ6ICcwfDEpICAgIGRpZSBcIk5lZWQgdG8gdXBncmFkZSB0byBhdCBsZWFzdCBFQVBJPTJcIjs7JyxcbiAgICB9KV0sXG4gIH0sXG4gICdlbWVyZ2UvZXF1by0wMS50eHQnOiBub25lLFxuICAnZW1lcmdlL2ZldGNoLWRpZ2VzdC0wMy50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2ZldGNoLWZhaWx1cmUnOiAyIH0sXG4gICAgaGFzOiBbXG4gICAgICB7IHR5cGU6ICdmZXRjaC1mYWlsdXJlJywgZmlsZTogJ3BvcnRhZ2UtYmFzaHJjLW12LTE3LjMudGFyLmd6JywgcmVhc29uOiAnSW5zdWZmaWNpZW50IGRhdGEgZm9yIGNoZWNrc3VtIHZlcmlmaWNhdGlvbicsIGdvdDogJycsIGV4cGVjdGVkOiAnQkxBS0UyQiBCTEFLRTJTIE1ENSBSTUQxNjAgU0hBMSBTSEEyNTYgU0hBM18yNTYgU0hBM181MTIgU0hBNTEyIFdISVJMUE9PTCcgfSxcbiAgICAgIHsgdHlwZTogJ2ZldGNoLWZhaWx1cmUnLCBjcHY6ICdhcHAtcG9ydGFnZS9wb3J0YWdlLWJhc2hyYy1tdi0xNy4zJywgbG9nOiAnL3Zhci90bXAvcG9ydGFnZS9hcHAtcG9ydGFnZS9wb3J0YWdlLWJhc2hyYy1tdi0xNy4zL3RlbXAvYnVpbGQubG9nJyB9LFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2UvZmV0Y2gtZGlnZXN0LTA0LnR4dCc6IHtcbiAgICBjb3VudDogeyAnZmV0Y2gtZmFpbHVyZSc6IDIgfSxcbiAgICBoYXM6IFtcbiAgICAgIHsgdHlwZTogJ2ZldGNoLWZhaWx1cmUnLCBmaWxlOiAnd2ViLWNsaWVudC1kZXNrdG9wLTQuMjkuMi1lNTBlMTc1LnRhci54eicsIHJlYXNvbjogJ0ZpbGVzaXplIGRvZXMgbm90IG1hdGNoIHJlY29yZGVkIHNpemUnLCBnb3Q6ICc0MDYzMjkyJywgZXhwZWN0ZWQ6ICc0MDY1MjQwJyB9LFxuICAgICAgeyB0eXBlOiAnZmV0Y2gtZmFpbHVyZScsIGZpbGU6ICd3ZWItY2xpZW50LWRlc2t0b3AtNC4yOS4yLWU1MGUxNzUudGFyLnh6JywgcmVhc29uOiBcIkNvdWxkbid0IGRvd25sb2FkXCIgfSxcbiAgICBdLFxuICB9LFxuICAnZW1lcmdlL2ZldGNoLWRpZ2VzdC0wNi50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2RpZ2VzdC1mYWlsdXJlJzogMSwgJ21lcmdlLWxpc3QnOiAyIH0sXG4gICAgaGFzOiBbZGcoJy92YXIvZGIvcmVwb3MvdGhlZ3JlYXRtY3BhaW4vbmV0LWltL2VxdWlib3AvZXF1aWJvcC0yLjEuMy5lYnVpbGQnLCAnRmlsZXNpemUgZG9lcyBub3QgbWF0Y2ggcmVjb3JkZWQgc2l6ZScsICc2NjQnLCAnNjYyJyksXG4gICAgICBtbCgnc3lzLWFwcHMvcG5wbS1iaW4tMTAuMi4wJywgeyByZXBvOiAnZ3VydScgfSksIG1sKCduZXQtaW0vZXF1aWJvcC0yLjEuNCcsIHsgcmVwbzogJ3RoZWdyZWF0bWNwYWluJywgc2l6ZTogJzMsMDc4IEtpQicgfSldLFxuICB9LFxuICAnZW1lcmdlL2ZldGNoLWRpZ2VzdC0wOC50eHQnOiB7XG4gICAgY291bnQ6IHsgJ2RpZ2VzdC1mYWlsdXJlJzogMSB9LFxuICAgIGhhczogW3sgLi4uZGcoJy92YXIvZGIvcmVwb3MvUk9LT19fL3gxMS10ZXJtcy9ndWFrZS9ndWFrZS0zLjEwLmVidWlsZCcsICdGYWlsZWQgb24gQkxBS0UyQiB2ZXJpZmljYXRpb24nLFxuICAgICAgJ2MzM2UzZmJlMGQ2YzYwYzVkMjIwMjU4MWYxNGRiMjk3OTBmOTEwYWZmMDZjOGU2NWJkNmYxZjFhNjQ1OWYzMTdkZWI1NzliY2JhOWFhZDFjMjUwMTI1YTkyOTM4YWJkYjFiZmUxMTVmMzY5MmY0MzlhYjkxMmRhZWU0NThiMGM5JyxcbiAgICAgICc5YjZjZTY5NDg2ZWFlZTNjZGMzMzRkZTA5MGNmMzYwMWQ4NzdjODJmOWE5YTg3NzJmMDZiNTkwY2ZhZDYwMjczZGJkZDFjZTc1MjY1ZWE2NDRlZWU3MDkxOGRlNjE1YTVjNWYwNDUwYWVmYTA1ZjU5NTMxODE4MDYyZWNmODQ2OScpLCBoYXNoOiAnQkxBS0UyQicgfV0sXG4gIH0sXG4gICdlbWVyZ2UvZmV0Y2gtZGlnZXN0LTEwLnR4dCc6IHtcbiAgICAvLyBFYWNoIGZhaWx1cmUgaXMgcHJpbnRlZCBpbiBib3RoIGZvcm1zOyByZXBvcnRlZCBvbmNlIHBlciBmaWxlLlxuICAgIGNvdW50OiB7ICdkaWdlc3QtZmFpbHVyZSc6IDIgfSxcbiAgICBoYXM6IFtkZygnL2hvbWUvYWxlL3NyYy9yb3Mtb3ZlcmxheS9yb3MtaW5kaWdvL3RlcmFyYW5nZXJkdW8vdGVyYXJhbmdlcmR1by0wLjEuMS5lYnVpbGQnLCAnRmlsZXNpemUgZG9lcyBub3QgbWF0Y2ggcmVjb3JkZWQgc2l6ZScsICc2MjAnLCAnMTE5MScpLFxuICAgICAgZGcoJy9ob21lL2FsZS9zcmMvcm9zLW92ZXJsYXkvcm9zLWluZGlnby90ZXJhcmFuZ2Vyb25lL3RlcmFyYW5nZXJvbmUtMC4xLjEuZWJ1aWxkJywgJ0ZpbGVzaXplIGRvZXMgbm90IG1hdGNoIHJlY29yZGVkIHNpemUnLCAnNjIwJywgJzExOTEnKV0sXG4gIH0sXG4gICdlbWVyZ2UvZmV0Y2gtZGlnZXN0LTExLnR4dCc6IHsgY291bnQ6IHsgJ3BhY2thZ2Utc3RhcnQnOiAxLCAnZmV0Y2gtZmFpbHVyZSc6IDAgfSwgaGFzOiBbeyB0eXBlOiAncGFja2FnZS1zdGFydCcsIGNwdjogJ3gxMS10aGVtZXMvYW1iaWFuY2UtcmFkaWFuY2UtZmxhdC1jb2xvcnMtc3VpdGUtMTQuMDQuMScsIHJlcG86ICdqb3JnaWNpbycgfV0gfSxcbiAgJ2VtZXJnZS9mZXRjaC1kaWdlc3QtMTIudHh0JzogeyBjb3VudDogeyAncGFja2FnZS1zdGFydCc6IDIgfSwgaGFzOiBbeyB0eXBlOiAncGFja2FnZS1zdGFydCcsIGNwdjogJ2dhbWVzLWVtdWxhdGlvbi9zZGxtYW1lLTAuMjIzJywgcmVwbzogJ2pvcmdpY2lvJywgaW5kZXg6IDEsIHRvdGFsOiA3IH1dIH0sXG4gICdlbWVyZ2UvZmV0Y2gtZGlnZXN0LTEzLnR4dCc6IHtcbiAgICBjb3VudDogeyAncGFja2FnZS1zdGFydCc6IDEsICdtZXJnZS1saXN0JzogMSB9LFxuICAgIGhhczogW21sKCdhcHAtbWlzYy96aWdiZWUybXF0dC0yLjEzLjAnLCB7IHJlcG86ICdpbm9kZTY0LW92ZXJsYXknLCBzaXplOiAnNDEuNDAyIEtpQicsIHZhcnM6IHsgVVNFOiAnLWhvbWVhc3Npc3RhbnQnIH0gfSksXG4gICAgICB7IHR5cGU6ICdwYWNrYWdlLXN0YXJ0JywgYWN0aW9uOiAnZmV0Y2gnLCBjcHY6ICdhcHAtbWlzYy96aWdiZWUybXF0dC0yLjEzLjAnLCBpbmRleDogMSwgdG90YWw6IDEgfV0sXG4gIH0sXG4gICdlbWVyZ2UvZmV0Y2gtZGlnZXN0LTE0LnR4dCc6IHtcbiAgICBjb3VudDogeyAnZGlnZXN0LWZhaWx1cmUnOiAyIH0sXG4gICAgaGFzOiBbZGcoJy92YXIvbGliL2xheW1hbi91bml0eS1nZW50b28vdW5pdHktYmFzZS91bml0eS1sYW5ndWFnZS1wYWNrL2xhbmdfdmVyc2lvbl9jaGVjay5zaCcsICdGaWxlc2l6ZSBkb2VzIG5vdCBtYXRjaCByZWNvcmRlZCBzaXplJywgJzE4NDUnLCAnMTg1MicpLFxuICAgICAgZGcoJy92YXIvbGliL2xheW1hbi91bml0eS1nZW50b28vdW5pdHktYmFzZS93ZWJhcHBzL3dlYmFwcHNfdmVyc2lvbl9jaGVjay5zaCcsICdGaWxlc2l6ZSBkb2VzIG5vdCBtYXRjaCByZWNvcmRlZCBzaXplJywgJzI2MjAnLCAnMjYyNycpXSxcbiAgfSxcbiAgJ2VtZXJnZS9mZXRjaC1kaWdlc3QtMTYudHh0Jzoge1xuICAgIGNvdW50OiB7ICdkaWdlc3QtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtkZygnL3Vzci9sb2NhbC9wb3J0YWdlL2xheW1hbi80bnlrZXkvbWVkaWEtdmlkZW8vYXZpZGVtdXgvZmlsZXMvYXZpZGVtdXgtMi41Ljk5OTktYXNuZWVkZWQuZGlmZicsICdGaWxlc2l6ZSBkb2VzIG5vdCBtYXRjaCByZWNvcmRlZCBzaXplJywgJzE3MTknLCAnMjQ1NicpXSxcbiAgfSxcbiAgJ2VtZXJnZS9rZXl3b3JkLWNoYW5nZS0wMS50eHQnOiB7XG4gICAgY291bnQ6IHsgYXV0b3VubWFzazogMyB9LFxuICAgIGhhczogW1xuICAgICAgYXUoJ2tleXdvcmQnLCAnPWRldi1weXRob24vd3hweXRob24tMi45LjQuMS1yMScsICd+YW1kNjQnLCBbcmIoJ2Rldi1weXRob24vaXB5dGhvbi0wLjEzLjEtcjE6OnNhZ2Utb24tZ2VudG9vW3d4d2lkZ2V0c10nKSwgcmIoJ3NjaS1tYXRoZW1hdGljcy9wb2x5Ym9yaS0wLjguMzo6c2FnZS1vbi1nZW50b28nKSxcbiAgICAgICAgcmIoJ3NjaS1tYXRoZW1hdGljcy9zYWdlLWNsaWItNS4xMDo6c2FnZS1vbi1nZW50b28nKSwgcmIoJ3NjaS1tYXRoZW1hdGljcy9zYWdlLTUuMTAtcjE6OnNhZ2Utb24tZ2VudG9vJyksIHJiKCdzY2ktbWF0aGVtYXRpY3Mvc2FnZS1ub3RlYm9vay0wLjEwLjQtcjU6OnNhZ2Utb24tZ2VudG9vJyldLCB7IGlucHV0TGluZTogNyB9KSxcbiAgICAgIGF1KCdrZXl3b3JkJywgJz1zY2ktbGlicy9uYWdhLTIuMScsICd+YW1kNjQnLCBbcmIoJ3NjaS1jaGVtaXN0cnkvam1vbC0xMi4zLjE0OjpzYWdlLW9uLWdlbnRvbycpLCByYignc2NpLW1hdGhlbWF0aWNzL3NhZ2Utbm90ZWJvb2stMC4xMC40LXI1OjpzYWdlLW9uLWdlbnRvb1tqYXZhXScpLFxuICAgICAgICByYignc2NpLW1hdGhlbWF0aWNzL3NhZ2UtNS4xMC1yMTo6c2FnZS1vbi1nZW50b28nKSwgcmIoJ3NjaS1tYXRoZW1hdGljcy9zYWdlLWRhdGEtY29ud2F5X3BvbHlub21pYWxzLTAuNC1yMTo6c2FnZS1vbi1nZW50b28nKV0pLFxuICAgICAgYXUoJ2tleXdvcmQnLCAnPWRldi1weXRob24vd3hweXRob24tMi44LjEyLjEtcjEnLCAnfmFtZDY0JywgW3JiKCdkZXYtcHl0aG9uL21hdHBsb3RsaWItMS4yLjFbd3h3aWRnZXRzXScpLCByYignc2NpLW1hdGhlbWF0aWNzL3NhZ2UtNS4xMC1yMTo6c2FnZS1vbi1nZW50b28nKSwgcmIoJ3NjaS1tYXRoZW1hdGljcy9zYWdlLW5vdGVib29rLTAuMTAuNC1yNTo6c2FnZS1vbi1nZW50b28nKV0pLFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2Uva2V5d29yZC1jaGFuZ2UtMDMudHh0Jzoge1xuICAgIGNvdW50OiB7IGF1dG91bm1hc2s6IDE1IH0sXG4gICAgaGFzOiBbXG4gICAgICBhdSgna2V5d29yZCcsICc9ZGV2LXF0L3F0cG9zaXRpb25pbmctNS42LjBfYmV0YScsICd+YW1kNjQnLCBbcmIoJ0BxdDUtYWRkb25zJywgJ2FyZ3VtZW50JyldKSxcbiAgICAgIGF1KCdrZXl3b3JkJywgJz1tZWRpYS1saWJzL2hhcmZidXp6LTEuMS4zJywgJ35hbWQ2NCcsIFtyYigneDExLWxpYnMvcGFuZ28tMS4zNi44LXIxOjpnZW50b28nKSwgcmIoJ3gxMS1saWJzL2d0aystMi4yNC4yOC1yMTo6Z2VudG9vJyksIHJiKCdnbm9tZS1iYXNlL2xpYmdsYWRlLTIuNi40LXIyOjpnZW50b28nKSxcbiAgICAgICAgcmIoJ2Rldi1weXRob24vcHlndGstMi4yNC4wLXI0OjpnZW50b28nKSwgcmIoJ2Rldi12Y3MvZ2l0LTIuNC4xMDo6Z2VudG9vW3B5dGhvbixndGtdJyksIHJiKCdAc2VsZWN0ZWQnKSwgcmIoJ0B3b3JsZCcsICdhcmd1bWVudCcpXSksXG4gICAgICBhdSgna2V5d29yZCcsICc9bWVkaWEtbGlicy9mcmVldHlwZS0yLjYuMicsICd+YW1kNjQnLCBbcmIoJ2FwcC10ZXh0L2dob3N0c2NyaXB0LWdwbC05LjE1LXIxOjpnZW50b28nKSwgcmIoJ25ldC1wcmludC9jdXBzLWZpbHRlcnMtMS41LjA6OmdlbnRvbycpLCByYignbmV0LXByaW50L2N1cHMtMi4wLjM6OmdlbnRvbycpLFxuICAgICAgICByYignZGV2LXF0L3F0cHJpbnRzdXBwb3J0LTUuNC4yOjpnZW50b29bY3Vwc10nKSwgcmIoJ0BxdDUtYWRkb25zJywgJ2FyZ3VtZW50JyldKSxcbiAgICAgIGF1KCdrZXl3b3JkJywgJz1kZXYtcXQvcXRkZWNsYXJhdGl2ZS01LjYuMF9iZXRhJywgJ35hbWQ2NCcsIFtyYignZGV2LXF0L3F0d2Vic29ja2V0cy01LjYuMF9iZXRhOjpxdFtxbWxdJyksIHJiKCdAcXQ1LWFkZG9ucycsICdhcmd1bWVudCcpXSksXG4gICAgXSxcbiAgfSxcbiAgJ2VtZXJnZS9saWNlbnNlLWNoYW5nZS0wMS50eHQnOiB7IGNvdW50OiB7IGF1dG91bm1hc2s6IDEgfSwgaGFzOiBbYXUoJ2xpY2Vuc2UnLCAnPW1lZGlhLXNvdW5kL2xvbGx5cG9wLTAuOS4xMTInLCAnTEdQTC0zLjAnLCBbcmIoJ21lZGlhLXNvdW5kL2xvbGx5cG9wJywgJ2FyZ3VtZW50JyldLCB7IGZpbGU6ICdwYWNrYWdlLmxpY2Vuc2UnIH0pXSB9LFxuICAnZW1lcmdlL2xpY2Vuc2UtY2hhbmdlLTAzLnR4dCc6IHtcbiAgICBjb3VudDogeyBhdXRvdW5tYXNrOiAxIH0sXG4gICAgaGFzOiBbYXUoJ2xpY2Vuc2UnLCAnPj1tZWRpYS1saWJzL21hbGktZHJpdmVycy1iaW4tMC40NS1yOTYnLCAnR29vZ2xlLVRPUycsIFtyYigndmlydHVhbC9vcGVuZ2xlcy0yLXIyJyksIHJiKCdjaHJvbWVvcy1iYXNlL2Nocm9tZW9zLTAuMC4xLXIxODFbb3BlbmdsZXNdJyksIHJiKCdjaHJvbWVvcy1iYXNlL2Nocm9tZW9zJywgJ2FyZ3VtZW50JyldLFxuICAgICAgeyBlbnRyeTogJz49bWVkaWEtbGlicy9tYWxpLWRyaXZlcnMtYmluLTAuNDUtcjk2IEdvb2dsZS1UT1MnIH0pXSxcbiAgfSxcbiAgJ2VtZXJnZS9tYXNrLTAxLnR4dCc6IHtcbiAgICBjb3VudDogeyBtYXNrZWQ6IDEgfSxcbiAgICBoYXM6IFt7IHR5cGU6ICdtYXNrZWQnLCBhdG9tOiAnPj1kZXYtbGFuZy9tb25vLTYuMC4wLjMzNCcsIGNhbmRpZGF0ZXM6IFtcbiAgICAgIHsgY3B2OiAnZGV2LWxhbmcvbW9uby05OTk5JywgcmVwbzogJ2RvdG5ldCcsIHJlYXNvbnM6IFsnbWlzc2luZyBrZXl3b3JkJ10gfSwgeyBjcHY6ICdkZXYtbGFuZy9tb25vLTYuNi4wLjE2MScsIHJlcG86ICdnZW50b28nLCByZWFzb25zOiBbJ35hbWQ2NCBrZXl3b3JkJ10gfSxcbiAgICAgIHsgY3B2OiAnZGV2LWxhbmcvbW9uby02LjQuMC4xOTgnLCByZXBvOiAnZ2VudG9vJywgcmVhc29uczogWyd+YW1kNjQga2V5d29yZCddIH0sIHsgY3B2OiAnZGV2LWxhbmcvbW9uby02LjAuMC4zMzQnLCByZXBvOiAnZ2VudG9vJywgcmVhc29uczogWyd+YW1kNjQga2V5d29yZCddIH0sXG4gICAgXSwgcmVxdWlyZWRCeTogW3JiKCdkZXYtZG90bmV0L21vbm8tYWRkaW5zLTEuMy4zOjpkb3RuZXQnLCAnZWJ1aWxkJyldIH1dLFxuICB9LFxuICAnZW1lcmdlL21hc2stMDIudHh0JzogeyBjb3VudDogeyBtYXNrZWQ6IDEgfSwgaGFzOiBbeyB0eXBlOiAnbWFza2VkJywgYXRvbTogJ29wZW5yYXplcicsIGNhbmRpZGF0ZXM6IFt7IGNwdjogJ2FwcC1taXNjL29wZW5yYXplci05OTk5JywgcmVwbzogJ3ZpZmluby1vdmVybGF5JywgcmVhc29uczogWydtaXNzaW5nIGtleXdvcmQnXSB9XSB9XSB9LFxuICAnZW1lcmdlL21hc2stMDMudHh0Jzoge1xuICAgIGNvdW50OiB7IG1hc2tlZDogMSB9LFxuICAgIGhhczogW3sgdHlwZTogJ21hc2tlZCcsIGF0b206ICc9Y29zbWljLWRlL3BvcC1mb250cy05OTk5JywgY2FuZGlkYXRlczogW3sgY3B2OiAnY29zbWljLWRlL3BvcC1mb250cy05OTk5JywgcmVwbzogJ2Nvc21pYy1vdmVybGF5JywgcmVhc29uczogWydtaXNzaW5nIGtleXdvcmQnXSB9XSxcbiAgICAgIHJlcXVpcmVkQnk6IFtyYignY29zbWljLWRlL3BvcC10aGVtZS1tZXRhLTk5OTk6OmNvc21pYy1vdmVybGF5JywgJ2VidWlsZCcpLCByYigncG9wLXRoZW1lLW1ldGEnLCAnYXJndW1lbnQnKV0gfV0sXG4gIH0sXG4gICdlbWVyZ2UvbWFzay0wNi50eHQnOiB7XG4gICAgY291bnQ6IHsgbWFza2VkOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbWFza2VkJywgYXRvbTogJz1kbWQtMi4wNzEuMicsIGNhbmRpZGF0ZXM6IFt7IGNwdjogJ2Rldi1sYW5nL2RtZC0yLjA3MS4yJywgcmVwbzogJ2RsYW5nJywgcmVhc29uczogW1xuICAgICAgXCJpbnZhbGlkOiBERVBFTkQ6IFVTRSBmbGFnICdwcGMtb3BlbmJzZCcgcmVmZXJlbmNlZCBpbiBjb25kaXRpb25hbCAnIXBwYy1vcGVuYnNkPycgaXMgbm90IGluIElVU0VcIixcbiAgICAgIFwiaW52YWxpZDogUkRFUEVORDogVVNFIGZsYWcgJ3BwYy1vcGVuYnNkJyByZWZlcmVuY2VkIGluIGNvbmRpdGlvbmFsICchcHBjLW9wZW5ic2Q/JyBpcyBub3QgaW4gSVVTRVwiXSB9XSB9XSxcbiAgfSxcbiAgJ2VtZXJnZS9tYXNrLTA4LnR4dCc6IHtcbiAgICBjb3VudDogeyBtYXNrZWQ6IDEsICdkaWdlc3QtZmFpbHVyZSc6IDEgfSxcbiAgICBoYXM6IFtcbiAgICAgIHsgdHlwZTogJ2RpZ2VzdC1mYWlsdXJlJywgZmlsZTogJy92YXIvbGliL2xheW1hbi9yb2NtL3N5cy1kZXZlbC9oaXAvaGlwLTIuMC4wLmVidWlsZCcsIHJlYXNvbjogJ0EgZmlsZSBpcyBub3QgbGlzdGVkIGluIHRoZSBNYW5pZmVzdCcgfSxcbiAgICAgIHsgdHlwZTogJ21hc2tlZCcsIGF0b206ICc9c3lzLWRldmVsL2hpcC0yLjUuMConLCBjYW5kaWRhdGVzOiBbeyBjcHY6ICdzeXMtZGV2ZWwvaGlwLTIuNS4wJywgcmVwbzogJ3JvY20nLCByZWFzb25zOiBbJ2NvcnJ1cHRpb24nXSB9XSxcbiAgICAgICAgcmVxdWlyZWRCeTogW3JiKCdzeXMtZGV2ZWwvYW1kLXJvY20tbWV0YS0yLjUuMDo6cm9jbScsICdlYnVpbGQnKSwgcmIoJz1zeXMtZGV2ZWwvYW1kLXJvY20tbWV0YS0yLjUuMCcsICdhcmd1bWVudCcpXSB9LFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2UvbWFzay0xMC50eHQnOiB7IGNvdW50OiB7IG1hc2tlZDogMSB9LCBoYXM6IFt7IHR5cGU6ICdtYXNrZWQnLCBhdG9tOiAnc3RlYW0tbGF1bmNoZXInLCBjYW5kaWRhdGVzOiBbeyBjcHY6ICdnYW1lcy11dGlsL3N0ZWFtLWxhdW5jaGVyLTEuMC4wLjc4LXIxJywgcmVwbzogJ3N0ZWFtLW92ZXJsYXknLCByZWFzb25zOiBbJ35hbWQ2NCBrZXl3b3JkJ10gfV0gfV0gfSxcbiAgJ2VtZXJnZS9uby1lYnVpbGRzLTAxLnR4dCc6IHsgY291bnQ6IHsgJ25vLWVidWlsZHMnOiAxIH0sIGhhczogW3sgdHlwZTogJ25vLWVidWlsZHMnLCBhdG9tOiAnfnNjaS1tYXRoZW1hdGljcy9zYWdlLWNsaWItNS4xMicsIHJlcXVpcmVkQnk6IFtyYignc2NpLW1hdGhlbWF0aWNzL3NhZ2UtNS4xMjo6c2FnZS1vbi1nZW50b28nLCAnZWJ1aWxkJyldIH1dIH0sXG4gICdlbWVyZ2Uvbm8tZWJ1aWxkcy0wNS50eHQnOiB7IGNvdW50OiB7ICduby1lYnVpbGRzJzogMSB9LCBoYXM6IFt7IHR5cGU6ICduby1lYnVpbGRzJywgYXRvbTogJ3ZpcnR1YWwvbGliZmZpJywgcmVxdWlyZWRCeTogW3JiKCd3d3ctY2xpZW50L2JyYXZlLWJpbi0xLjI4LjIyOjpuaW5qYXRvb2xzJywgJ2VidWlsZCcpLCByYignYnJhdmUtYmluJywgJ2FyZ3VtZW50JyldIH1dIH0sXG4gICdlbWVyZ2Uvbm8tZWJ1aWxkcy0wNi50eHQnOiB7XG4gICAgY291bnQ6IHsgJ25vLWVidWlsZHMnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbm8tZWJ1aWxkcycsIGF0b206ICd+bmV0LWxpYnMvbGlic291cC0yLjUyLjJbaW50cm9zcGVjdGlvbj8sYWJpX3g4Nl8zMigtKT8sYWJpX3g4Nl82NCgtKT8sYWJpX3g4Nl94MzIoLSk/LGFiaV9taXBzX24zMigtKT8sYWJpX21pcHNfbjY0KC0pPyxhYmlfbWlwc19vMzIoLSk/LGFiaV9wcGNfMzIoLSk/LGFiaV9wcGNfNjQoLSk/LGFiaV9zMzkwXzMyKC0pPyxhYmlfczM5MF82NCgtKT9dJyxcbiAgICAgIHJlcXVpcmVkQnk6IFtyYignbmV0LWxpYnMvbGlic291cC1nbm9tZS0yLjUyLjI6OnVuaXR5LWdlbnRvbycsICdlYnVpbGQnKSwgcmIoJ3VuaXR5LW1ldGEnLCAnYXJndW1lbnQnKV0gfV0sXG4gIH0sXG4gICdlbWVyZ2Uvbm8tZWJ1aWxkcy0wNy50eHQnOiB7XG4gICAgY291bnQ6IHsgJ25vLWVidWlsZHMnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbm8tZWJ1aWxkcycsIGF0b206ICc8eDExLXdtL211dHRlci0zLjExJywgcmVxdWlyZWRCeTogW3JiKCd4MTEtd20vZ2FsYS0wLjFfcDIwMTMwODIwOjplbGVtZW50YXJ5JywgJ2VidWlsZCcpLCByYigncGFudGhlb24tYmFzZS9wYW50aGVvbi1zaGVsbC0wLjNfcHJlOjplbGVtZW50YXJ5JywgJ2VidWlsZCcpLCByYigncGFudGhlb24tc2hlbGwnLCAnYXJndW1lbnQnKV0gfV0sXG4gIH0sXG4gICdlbWVyZ2Uvbm8tZWJ1aWxkcy0wOS50eHQnOiB7XG4gICAgY291bnQ6IHsgJ25vLWVidWlsZHMnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbm8tZWJ1aWxkcycsIGF0b206ICd1bml0eS1iYXNlL2NvbXBpei1wbHVnaW5zLW1haW4nLCByZXF1aXJlZEJ5OiBbcmIoJ3VuaXR5LWJhc2UvdW5pdHktNS4xMi4wJywgJ2VidWlsZCcpLCByYigndW5pdHktYmFzZS91bml0eTJkLTUuMTIuMCcsICdlYnVpbGQnKSwgcmIoJ3VuaXR5LWJhc2UvdW5pdHktbWV0YS01LjEyLjAnLCAnZWJ1aWxkJyksIHJiKCd1bml0eS1iYXNlL3VuaXR5LW1ldGEnLCAnYXJndW1lbnQnKV0gfV0sXG4gIH0sXG4gICdlbWVyZ2UvcHJldGVuZC0wMi50eHQnOiB7XG4gICAgY291bnQ6IHsgJ21lcmdlLWxpc3QnOiA2IH0sXG4gICAgaGFzOiBbXG4gICAgICBtbCgnc3lzLWxpYnMvbGlib21wLTE4LjEuOCcsIHsgYWN0aW9uOiAnbmV3JywgdmFyczogeyBVU0U6ICctZGVidWcgLWdkYi1wbHVnaW4gLWh3bG9jIC1vZmZsb2FkIC1vbXB0IC10ZXN0IC12ZXJpZnktc2lnJywgQUJJX1g4NjogJzMyICg2NCkgKC14MzIpJywgTExWTV9UQVJHRVRTOiAnLUFNREdQVSAtTlZQVFgnLCBQWVRIT05fU0lOR0xFX1RBUkdFVDogJ3B5dGhvbjNfMTIgLXB5dGhvbjNfMTAgLXB5dGhvbjNfMTEgLXB5dGhvbjNfMTMnIH0gfSksXG4gICAgICBtbCgnc3lzLWRldmVsL2xsdm1nb2xkLTE4JywgeyB2YXJzOiB7fSB9KSwgbWwoJ3N5cy1kZXZlbC9jbGFuZy10b29sY2hhaW4tc3ltbGlua3MtMTgnLCB7IGlucHV0TGluZTogMTAgfSksXG4gICAgXSxcbiAgfSxcbiAgJ2VtZXJnZS9wcmV0ZW5kLTAzLnR4dCc6IHtcbiAgICBjb3VudDogeyAnbWVyZ2UtbGlzdCc6IDE4IH0sXG4gICAgaGFzOiBbbWwoJ3NjaS1tYXRoZW1hdGljcy9zYWdlLTkuNy1yNCcsIHsgYWN0aW9uOiAndXBncmFkZScsIGZsYWdzOiAnVSB+Jywgb2xkOiAnOS43LXIzJywgZGVwdGg6IDAgfSksIG1sKCdkZXYtZ2FwL3JhZGlyb290LTIuOScsIHsgZGVwdGg6IDMsIG9sZDogJzIuOC1yMycgfSksXG4gICAgICBtbCgnZGV2LWdhcC91dGlscy0wLjgxJywgeyBwa2dUeXBlOiAnbm9tZXJnZScsIGFjdGlvbjogJ25vbWVyZ2UnIH0pLCBtbCgnZGV2LWdhcC9mYWN0aW50LTEuNi4zLXIxJywgeyBkZXB0aDogMSB9KV0sXG4gIH0sXG4gICdlbWVyZ2UvcHJldGVuZC0wNC50eHQnOiB7XG4gICAgY291bnQ6IHsgJ21lcmdlLWxpc3QnOiAxNiB9LFxuICAgIGhhczogW21sKCdkZXYtZ2FwL3RvbWxpYi0xLjIuNycsIHsgc2xvdDogJzAvNC4xMC4wJywgcmVwbzogJ3NhZ2Utb24tZ2VudG9vJywgc2l6ZTogJzI5NCw0NTIgS2lCJywgYWN0aW9uOiAnbmV3JyB9KSxcbiAgICAgIG1sKCdzY2ktbWF0aGVtYXRpY3MvZ2FwLTQuMTAuMC1yNCcsIHsgYWN0aW9uOiAndXBncmFkZScsIG9sZDogJzQuOC42LXIzOjAvMDo6c2FnZS1vbi1nZW50b28nLCB2YXJzOiB7IFVTRTogJ3JlYWRsaW5lIHJlY29tbWVuZGVkX3BrZ3MlKiAtZW1hY3MgLXZpbS1zeW50YXgnIH0gfSldLFxuICB9LFxuICAnZW1lcmdlL3ByZXRlbmQtMDcudHh0JzogeyBjb3VudDogeyAnbWVyZ2UtbGlzdCc6IDEgfSwgaGFzOiBbbWwoJ3gxMS1saWJzL2d0aystMy4yNC40MScsIHsgZmxhZ3M6ICdOJywgdmFyczogeyBBQklfWDg2OiAnMzIgKDY0KSAoLXgzMiknIH0gfSldIH0sXG4gICdlbWVyZ2UvcWEtbm90aWNlLTAzLnR4dCc6IHsgY291bnQ6IHsgJ3FhLW5vdGljZSc6IDIgfSwgaGFzOiBbcWEoJ2NmbGFncycsIFsnL3Vzci9saWI2NC9saWJwZnJpbmcuc28nXSksIHFhKCdsZGZsYWdzJywgWycvdXNyL2xpYjY0L2xpYnBmcmluZy5zbyddLCB7IGlucHV0TGluZTogMTAgfSldIH0sXG4gICdlbWVyZ2UvcWEtbm90aWNlLTA0LnR4dCc6IHtcbiAgICBjb3VudDogeyAncWEtbm90aWNlJzogMSwgJ2NvbXBpbGVyLWRpYWdub3N0aWMnOiAwIH0sXG4gICAgaGFzOiBbcWEoJ3NldmVyZS13YXJuaW5ncycsIFs4LCAyNjIsIDU3OF0ubWFwKChuKSA9PiBgY2dvLWdlbmVyYXRlZC13cmFwcGVyczoke259OjEzOiB3YXJuaW5nOiBjb25mbGljdGluZyB0eXBlcyBmb3IgYnVpbHQtaW4gZnVuY3Rpb24gXHUyMDE4ZnJlZVx1MjAxOTsgZXhwZWN0ZWQgXHUyMDE4dm9pZCh2b2lkICopXHUyMDE5IFstV2J1aWx0aW4tZGVjbGFyYXRpb24tbWlzbWF0Y2hdYCksXG4gICAgICB7IGhvbWVwYWdlOiAnaHR0cHM6Ly9naXRodWIuY29tL2FiZW56MTI2Ny93YWxrZXInIH0pXSxcbiAgfSxcbiAgJ2VtZXJnZS9xYS1ub3RpY2UtMDUudHh0JzogeyBjb3VudDogeyAncWEtbm90aWNlJzogMSB9LCBoYXM6IFtxYSgncnd4JywgWydjJywgJ3MnLCAneicsICdkJ10ubWFwKCh4KSA9PiBgUldYIC0tLSAtLS0gdXNyL2xpYjY0L2xpYiR7eH1idXR0ZXJmbHlwYWNrLnNvLjIuMS4xYCkpXSB9LFxuICAnZW1lcmdlL3FhLW5vdGljZS0wNi50eHQnOiB7IGNvdW50OiB7ICdxYS1ub3RpY2UnOiAxIH0sIGhhczogW3FhKCdyd3gnLCBbJ1JXWCAtLS0gLS0tIG9wdC9hZG9iZS1icmFja2V0cy9CcmFja2V0cycsICdSV1ggLS0tIC0tLSBvcHQvYWRvYmUtYnJhY2tldHMvQnJhY2tldHMtbm9kZSddKV0gfSxcbiAgJ2VtZXJnZS9xYS1ub3RpY2UtMDgudHh0JzogeyBjb3VudDogeyAncWEtbm90aWNlJzogMSB9LCBoYXM6IFtxYSgndW5yZWNvZ25pemVkLWNvbmZpZ3VyZS1vcHRpb25zJywgWyctLWVuYWJsZS11bmlxdWUnLCAnLS1lbmFibGUtdW5pcXVlJ10pXSB9LFxuICAnZW1lcmdlL3FhLW5vdGljZS0wOS50eHQnOiB7IGNvdW50OiB7ICdxYS1ub3RpY2UnOiAxIH0sIGhhczogW3FhKCdyd3gnLCBbJ1JXWCAtLS0gLS0tIHVzci9iaW4vdXRveCddKV0gfSxcbiAgJ2VtZXJnZS9xYS1ub3RpY2UtMTEudHh0JzogeyBjb3VudDogeyAncWEtbm90aWNlJzogMSB9LCBoYXM6IFtxYSgncnd4JywgWyctLS0gLS0tIFJXWCB1c3IvYmluL3N0cmVzcy1uZyddKV0gfSxcbiAgJ2VtZXJnZS9yZXF1aXJlZC11c2UtMDEudHh0Jzoge1xuICAgIGNvdW50OiB7ICdyZXF1aXJlZC11c2UnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAncmVxdWlyZWQtdXNlJywgYXRvbTogJ29uZWRyaXZlJywgY3B2OiAnbmV0LW1pc2Mvb25lZHJpdmUtMi40LjE5JywgcmVwbzogJ2RsYW5nJywgdW5zYXRpc2ZpZWQ6IFsnYW1kNjQ/ICggIWRtZC0yXzA5OCApJ10gfV0sXG4gIH0sXG4gICdlbWVyZ2Uvc2xvdC1jb25mbGljdC0wMi50eHQnOiB7XG4gICAgY291bnQ6IHsgJ3Nsb3QtY29uZmxpY3QnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnc2xvdC1jb25mbGljdCcsIGF0b206ICd2aXJ0dWFsL2xpYmNyeXB0OjAnLCBzbG90OiAnMCcsIHBhY2thZ2VzOiBbe1xuICAgICAgLi4uaW5zdCgndmlydHVhbC9saWJjcnlwdC0yLXIxLTEnLCAnMC8yJywgJ2dlbnRvbycsICdpbnN0YWxsZWQnLCBbeyByZXF1aXJlZEJ5OiAnc3lzLWFwcHMvc3lzdGVtZC0yNTYuNzowLzI6OmdlbnRvbycsIHJlcXVpcmVkQnlTdGF0ZTogJ2luc3RhbGxlZCcgfV0pLFxuICAgICAgdXNlOiAnVVNFPVwiLXN0YXRpYy1saWJzXCIgQUJJX1g4Nj1cIjMyICg2NCkgKC14MzIpXCInLFxuICAgIH1dIH1dLFxuICB9LFxuICAnZW1lcmdlL3Nsb3QtY29uZmxpY3QtMDMudHh0Jzoge1xuICAgIGNvdW50OiB7ICdzbG90LWNvbmZsaWN0JzogMSwgJ21lcmdlLWxpc3QnOiA3IH0sXG4gICAgaGFzOiBbXG4gICAgICB7IHR5cGU6ICdzbG90LWNvbmZsaWN0JywgYXRvbTogJ2Rldi1oYXNrZWxsL2NvbW9uYWQ6MCcsIHBhY2thZ2VzOiBbaW5zdCgnZGV2LWhhc2tlbGwvY29tb25hZC01JywgJzAvNScsICdoYXNrZWxsJywgJ2VidWlsZCBzY2hlZHVsZWQgZm9yIG1lcmdlJyxcbiAgICAgICAgW3sgYXRvbTogJz49ZGV2LWhhc2tlbGwvY29tb25hZC01Oj1bcHJvZmlsZT9dJywgcmVxdWlyZWRCeTogJ2Rldi1oYXNrZWxsL3BvaW50ZWQtNS1yMTowLzU6Omhhc2tlbGwnIH1dKV0gfSxcbiAgICAgIG1sKCdkZXYtaGFza2VsbC90YWdnZWQtMC43LjMnLCB7IGRlcHRoOiAzLCBzbG90OiAnMC8wLjcuMycsIHNpemU6ICc2IEtpQicgfSksIG1sKCdkZXYtaGFza2VsbC9naXRodWItYmFja3VwLTEuMjAxNjExMTgnLCB7IGFjdGlvbjogJ25vbWVyZ2UnIH0pLFxuICAgIF0sXG4gIH0sXG4gICdlbWVyZ2Uvc2xvdC1jb25mbGljdC0wNC50eHQnOiB7XG4gICAgY291bnQ6IHsgJ3Nsb3QtY29uZmxpY3QnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnc2xvdC1jb25mbGljdCcsIGF0b206ICdzY2ktbWF0aGVtYXRpY3MvZ2FwOjAnLCBwYWNrYWdlczogW1xuICAgICAgaW5zdCgnc2NpLW1hdGhlbWF0aWNzL2dhcC00LjYuNCcsIHVuZGVmaW5lZCwgJ3NhZ2Utb24tZ2VudG9vJywgJ2luc3RhbGxlZCcsIFt7IGF0b206ICd+c2NpLW1hdGhlbWF0aWNzL2dhcC00LjYuNCcsIHJlcXVpcmVkQnk6ICdzY2ktbGlicy9saWJnYXAtNC42LjRfcDA6OnNhZ2Utb24tZ2VudG9vJyB9XSksXG4gICAgICBpbnN0KCdzY2ktbWF0aGVtYXRpY3MvZ2FwLTQuNi41JywgdW5kZWZpbmVkLCAnc2FnZS1vbi1nZW50b28nLCAnZWJ1aWxkIHNjaGVkdWxlZCBmb3IgbWVyZ2UnLCBbXSksXG4gICAgXSB9XSxcbiAgfSxcbiAgJ2VtZXJnZS9zbG90LWNvbmZsaWN0LTA1LnR4dCc6IHtcbiAgICBjb3VudDogeyAnc2xvdC1jb25mbGljdCc6IDEgfSxcbiAgICBoYXM6IFt7IHR5cGU6ICdzbG90LWNvbmZsaWN0JywgYXRvbTogJ2Rldi1sYW5nL3B5dGhvbi1leGVjOjInLCBwYWNrYWdlczogW1xuICAgICAgeyAuLi5pbnN0KCdkZXYtbGFuZy9weXRob24tZXhlYy0yLjQuMTAnLCAnMi8yJywgJ2dlbnRvbycsICdlYnVpbGQgc2NoZWR1bGVkIGZvciBtZXJnZScsIFtdKSwgdXNlOiAnVVNFPVwiKG5hdGl2ZS1zeW1saW5rcykgLXRlc3RcIiBQWVRIT05fVEFSR0VUUz1cIihweXB5MykgKHB5dGhvbjNfMTIpICgtcHl0aG9uM18xMCkgKC1weXRob24zXzExKVwiJyB9LFxuICAgICAgaW5zdCgnZGV2LWxhbmcvcHl0aG9uLWV4ZWMtMi40LjEwJywgJzIvMicsICdnZW50b28nLCAnaW5zdGFsbGVkJywgW3sgYXRvbTogJ2Rldi1sYW5nL3B5dGhvbi1leGVjW3B5dGhvbl90YXJnZXRzX3B5dGhvbjNfMTEoLSldJywgcmVxdWlyZWRCeTogJ2Rldi1sYW5nL3B5dGhvbi0zLjExLjY6My4xMS8zLjExOjpsaWJyZXNzbCcsIHJlcXVpcmVkQnlTdGF0ZTogJ2luc3RhbGxlZCcgfV0pLFxuICAgIF0gfV0sXG4gIH0sXG4gICdlbWVyZ2Uvc3VjY2Vzcy0wMi50eHQnOiB7IGNvdW50OiB7ICdidWlsZC1mYWlsdXJlJzogMCB9LCBoYXM6IFt7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAnbWVyZ2UnLCBjcHY6ICdzY2ktbGlicy9ibGFzLXJlZmVyZW5jZS0yMDEzMTExNi1yMScgfV0gfSxcbiAgJ2VtZXJnZS9zdWNjZXNzLTA0LnR4dCc6IHtcbiAgICBjb3VudDogeyAncGFja2FnZS1zdGFydCc6IDMsICdwYWNrYWdlLWRvbmUnOiAzIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAncGFja2FnZS1kb25lJywgaW5wdXRMaW5lOiA5LCBjcHY6ICdzeXMtZmlybXdhcmUvaW50ZWwtbWljcm9jb2RlLTIwMjMwMjE0X3AyMDIzMDIxMicsIGluZGV4OiAyLCB0b3RhbDogNDUsIHJlc3VsdDogJ2NvbXBsZXRlZCcgfSxcbiAgICAgIHsgdHlwZTogJ3BhY2thZ2Utc3RhcnQnLCBjcHY6ICdkZXYtbGlicy9saWJwY3JlMi0xMC40Mi1yMScsIHJlcG86ICdnZW50b28nLCBpbmRleDogMywgdG90YWw6IDQ1IH1dLFxuICB9LFxuICAnZW1lcmdlL3N1Y2Nlc3MtMDUudHh0Jzoge1xuICAgIGNvdW50OiB7ICdwYWNrYWdlLXN0YXJ0JzogMSwgJ3BhY2thZ2UtZG9uZSc6IDEgfSxcbiAgICBoYXM6IFt7IHR5cGU6ICdwYWNrYWdlLXN0YXJ0JywgY3B2OiAnYXBwLWNyeXB0L2hhc2hjYXQtNi4yLjYtcjEnLCBpbmRleDogMSwgdG90YWw6IDEgfSwgeyB0eXBlOiAncGhhc2UnLCBwaGFzZTogJ2NvbXBpbGUnLCBjcHY6ICdhcHAtY3J5cHQvaGFzaGNhdC02LjIuNi1yMScgfSxcbiAgICAgIHsgdHlwZTogJ3BhY2thZ2UtZG9uZScsIGNwdjogJ2FwcC1jcnlwdC9oYXNoY2F0LTYuMi42LXIxJywgcmVzdWx0OiAnY29tcGxldGVkJyB9XSxcbiAgfSxcbiAgJ2VtZXJnZS91c2UtY2hhbmdlLTAxLnR4dCc6IHtcbiAgICBjb3VudDogeyBhdXRvdW5tYXNrOiAxIH0sXG4gICAgaGFzOiBbYXUoJ3VzZScsICc+PXZpcnR1YWwvcHl0aG9uLWVudW0zNC0yJywgJ3B5dGhvbl90YXJnZXRzX3B5dGhvbjNfNScsIFtyYignZGV2LXB5dGhvbi9jcnlwdG9ncmFwaHktMi42LjE6OmdlbnRvbycpLCByYignZGV2LXB5dGhvbi91cmxsaWIzLTEuMjQuMjo6Z2VudG9vJyksXG4gICAgICByYignZGV2LXB5dGhvbi9yZXF1ZXN0cy0yLjIxLjAtcjE6OmdlbnRvbycpLCByYignbWVkaWEtZ2Z4L2JsZW5kZXItMi43OWItcjE6OmdlbnRvbycpLCByYignbWVkaWEtZ2Z4L2JsZW5kZXInLCAnYXJndW1lbnQnKV0sIHsgZmlsZTogJ3BhY2thZ2UudXNlJyB9KV0sXG4gIH0sXG4gICdlbWVyZ2UvdXNlLWNoYW5nZS0wMy50eHQnOiB7XG4gICAgY291bnQ6IHsgJ25vLWVidWlsZHMnOiAxIH0sXG4gICAgaGFzOiBbeyB0eXBlOiAnbm8tZWJ1aWxkcycsIHVzZUZsYWdzOiB0cnVlLCBhdG9tOiAneDExLWxpYnMvbGliWFNjcm5TYXZlclthYmlfeDg2XzMyKC0pPyxhYmlfeDg2XzY0KC0pPyxhYmlfeDg2X3gzMigtKT8sYWJpX21pcHNfbjMyKC0pPyxhYmlfbWlwc19uNjQoLSk/LGFiaV9taXBzX28zMigtKT9dJyxcbiAgICAgIGNhbmRpZGF0ZXM6IFt7IGNwdjogJ21lZGlhLWxpYnMvbGlic2RsMi0yLjAuMC1yMScsIHJlcG86ICdzdGVhbS1vdmVybGF5JywgY2hhbmdlOiAnLWFiaV94ODZfMzInIH1dLFxuICAgICAgcmVxdWlyZWRCeTogW3JiKCdtZWRpYS1saWJzL2xpYnNkbDItMi4wLjAtcjE6OnN0ZWFtLW92ZXJsYXknLCAnZWJ1aWxkJyksIHJiKCdnYW1lcy11dGlsL3N0ZWFtLWNsaWVudC1tZXRhLTAtcjIwMTMxMDAyOjpzdGVhbS1vdmVybGF5JywgJ2VidWlsZCcpLFxuICAgICAgICByYignZ2FtZXMtdXRpbC9zdGVhbS1tZXRhLTAtcjIwMTMwNTE0OjpzdGVhbS1vdmVybGF5Wy1zdGVhbXJ1bnRpbWVdJywgJ2VidWlsZCcpLCByYignc3RlYW0tbWV0YScsICdhcmd1bWVudCcpXSB9XSxcbiAgfSxcbiAgJ3BvcnRhZ2UvYnVpbGQtbG9ncy9jb21waWxlLWZhaWxfX2FwcC1taXNjX2Jyb2tlbi0xLjAuYnVpbGQubG9nJzogeyBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSwgaGFzOiBbYnJva2VuLCBicm9rZW5EaWFnLCB7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAnY29tcGlsZScsIGNwdjogJ2FwcC1taXNjL2Jyb2tlbi0xLjAnIH1dIH0sXG4gICdwb3J0YWdlL2J1aWxkLWxvZ3MvY29tcGlsZS1mYWlsX19lbG9nLXN1bW1hcnkubG9nJzogeyBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSwgaGFzOiBbeyAuLi5icm9rZW4sIGlucHV0TGluZTogNCB9XSB9LFxuICAncG9ydGFnZS9idWlsZC1sb2dzL2RpZS1pbnN0YWxsX19hcHAtbWlzY19kaWVzLTEuMC5idWlsZC5sb2cnOiB7IGNvdW50OiB7ICdidWlsZC1mYWlsdXJlJzogMSB9LCBoYXM6IFtkaWVzXSB9LFxuICAncG9ydGFnZS9idWlsZC1sb2dzL2RpZS1pbnN0YWxsX19lbG9nLXN1bW1hcnkubG9nJzogeyBjb3VudDogeyAnYnVpbGQtZmFpbHVyZSc6IDEgfSwgaGFzOiBbZGllc10gfSxcbiAgJ3BvcnRhZ2UvYnVpbGQtbG9ncy9xYS1ub3RpY2VfX2Vsb2ctc3VtbWFyeS5sb2cnOiB7XG4gICAgY291bnQ6IHsgJ3FhLW5vdGljZSc6IDMgfSxcbiAgICBoYXM6IFtxYSgnZGVwcmVjYXRlZC1kaXJlY3RvcmllcycsIFsndXNyL21hbiddLCB7IGNwdjogJ2FwcC1taXNjL3FhLWlzc3Vlcy0xLjAnIH0pLCBxYSgnc2V2ZXJlLXdhcm5pbmdzJywgWydxYS5jOjM6ODogd2FybmluZzogaW1wbGljaXQgZGVjbGFyYXRpb24gb2YgZnVuY3Rpb24gXHUyMDE4dW5kZWNsYXJlZF9mdW5jdGlvblx1MjAxOSBbLVdpbXBsaWNpdC1mdW5jdGlvbi1kZWNsYXJhdGlvbl0nXSwgeyBob21lcGFnZTogJ2h0dHBzOi8vZXhhbXBsZS5pbnZhbGlkL3FhLWlzc3VlcycgfSksXG4gICAgICBxYSgncHJlLXN0cmlwcGVkJywgWycvdXNyL2Jpbi9xYS1pc3N1ZXMnXSldLFxuICB9LFxuICAncG9ydGFnZS9idWlsZC1sb2dzL3N1Y2Nlc3MtbG9nZGlyX19QT1JUQUdFX0xPR0RJUl9fYXBwLW1pc2NfaGVsbG8tMS4wXzIwMjYxMTI0LTA3NDMwNi5sb2cnOiB7XG4gICAgY291bnQ6IHsgJ2J1aWxkLWZhaWx1cmUnOiAwIH0sIGhhczogW3sgdHlwZTogJ3BoYXNlJywgcGhhc2U6ICdpbnN0YWxsJywgY3B2OiAnYXBwLW1pc2MvaGVsbG8tMS4wJyB9LCB7IHR5cGU6ICdwaGFzZScsIHBoYXNlOiAncGFja2FnZScsIGNwdjogJ2FwcC1taXNjL2hlbGxvLTEuMCcgfV0sXG4gIH0sXG59O1xuZm9yIChjb25zdCBjIG9mIFsnYmxvY2tlcicsICdlbWFpbnQtYmluaG9zdCcsICdzdWNjZXNzLWdwa2cnLCAnc3VjY2Vzcy1sb2dkaXInLCAnc3VjY2Vzcy1zaG9ydCcsICdzdWNjZXNzLXhwYWsnLCAndW5tZXJnZSddKSBUQUJMRVtgcG9ydGFnZS9idWlsZC1sb2dzLyR7Y31fX2Vsb2ctc3VtbWFyeS5sb2dgXSA9IGVsb2dIZWxsbztcblxuLyoqIFRoZSByZWFsIGNhcHR1cmVzIG9mIGEgY2FzZTogZXZlcnkgbW9kZSB0aGUgUkVBRE1FIGRlc2NyaWJlcyBtdXN0IGdpdmUgdGhlIHNhbWUgZXZlbnRzLiAqL1xuZnVuY3Rpb24gY2FzZU9mKGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiAvXnBvcnRhZ2VcXC9vdXRwdXRzXFwvKC4rPyktKD86bm8pP2NvbG9yKD86XFwucGlwZXxcXC5zdGRvdXR8XFwuc3RkZXJyKT9cXC50eHQkLy5leGVjKGZpbGUpPy5bMV07XG59XG5cbmZ1bmN0aW9uIHBhcnNlRmlsZShyZWw6IHN0cmluZyk6IEVtZXJnZUV2ZW50W10ge1xuICBjb25zdCBwYXRoID0gam9pbihGSVhUVVJFUywgcmVsKTtcbiAgY29uc3QgYyA9IGNhc2VPZihyZWwpO1xuICBpZiAoYyAmJiAvXFwuKHN0ZG91dHxzdGRlcnIpXFwudHh0JC8udGVzdChyZWwpKSB7XG4gICAgLy8gU3BsaXQgY2FwdHVyZXMgYXJlIGNoZWNrZWQgYXMgYSBwYWlyLCBlYWNoIHN0cmVhbSBwdXNoZWQgc2VwYXJhdGVseS5cbiAgICBjb25zdCB7IEVtZXJnZVBhcnNlciB9ID0gcmVxdWlyZSgnLi4vLi4vc3JjL2NvcmUvZW1lcmdlJykgYXMgdHlwZW9mIGltcG9ydCgnLi4vLi4vc3JjL2NvcmUvZW1lcmdlJyk7XG4gICAgY29uc3QgcCA9IG5ldyBFbWVyZ2VQYXJzZXIoKTtcbiAgICBjb25zdCBiYXNlID0gam9pbihGSVhUVVJFUywgYHBvcnRhZ2Uvb3V0cHV0cy8ke2N9LW5vY29sb3JgKTtcbiAgICBjb25zdCBldiA9IFsuLi5wLnB1c2gocmVhZEZpbGVTeW5jKGAke2Jhc2V9LnN0ZG91dC50eHRgKSwgJ3N0ZG91dCcpLCAuLi5wLnB1c2gocmVhZEZpbGVTeW5jKGAke2Jhc2V9LnN0ZGVyci50eHRgKSwgJ3N0ZGVycicpXTtcbiAgICByZXR1cm4gZXYuY29uY2F0KHAuZW5kKCkpO1xuICB9XG4gIHJldHVybiBwYXJzZUFsbChyZWFkRmlsZVN5bmMocGF0aCkpO1xufVxuXG5mdW5jdGlvbiBjaGVjayhyZWw6IHN0cmluZywgZXZlbnRzOiBFbWVyZ2VFdmVudFtdLCBleHA6IEV4cGVjdCk6IHZvaWQge1xuICBmb3IgKGNvbnN0IFt0eXBlLCBuXSBvZiBPYmplY3QuZW50cmllcyhleHAuY291bnQgPz8ge30pKSB7XG4gICAgYXNzZXJ0LmVxdWFsKGV2ZW50cy5maWx0ZXIoKGUpID0+IGUudHlwZSA9PT0gdHlwZSkubGVuZ3RoLCBuLCBgJHtyZWx9OiBudW1iZXIgb2YgJHt0eXBlfSBldmVudHNgKTtcbiAgfVxuICBmb3IgKGNvbnN0IHdhbnQgb2YgZXhwLmhhcyA/PyBbXSkge1xuICAgIGNvbnN0IGNsZWFuID0gSlNPTi5wYXJzZShKU09OLnN0cmluZ2lmeSh3YW50KSkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47IC8vIGRyb3BzIGB1bmRlZmluZWRgIHBsYWNlaG9sZGVyc1xuICAgIGFzc2VydC5vayhldmVudHMuc29tZSgoZSkgPT4gbWF0Y2hlcyhlLCBjbGVhbikpLCBgJHtyZWx9OiBleHBlY3RlZCBhbiBldmVudCBsaWtlICR7SlNPTi5zdHJpbmdpZnkoY2xlYW4pfVxcbiBnb3QgJHtKU09OLnN0cmluZ2lmeShldmVudHMuZmlsdGVyKChlKSA9PiBlLnR5cGUgPT09IGNsZWFuLnR5cGUpLCBudWxsLCAxKS5zbGljZSgwLCAzMDAwKX1gKTtcbiAgfVxufVxuXG5mb3IgKGNvbnN0IHJlbCBvZiBmaXh0dXJlRmlsZXMoKSkge1xuICB0ZXN0KGBmaXh0dXJlICR7cmVsfSB5aWVsZHMgdGhlIGV4cGVjdGVkIGV2ZW50c2AsICgpID0+IHtcbiAgICBjb25zdCBjID0gY2FzZU9mKHJlbCk7XG4gICAgY29uc3QgZXhwID0gYyA/IENBU0VTW2NdIDogVEFCTEVbcmVsXTtcbiAgICBhc3NlcnQub2soZXhwLCBgbm8gZXhwZWN0YXRpb25zIGZvciAke3JlbH06IGFkZCBpdCB0byB0aGUgdGFibGVgKTtcbiAgICBjb25zdCBldmVudHMgPSBwYXJzZUZpbGUocmVsKTtcbiAgICBjaGVjayhyZWwsIGV2ZW50cywgZXhwKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZXZlbnRzKSB7XG4gICAgICBhc3NlcnQub2soTnVtYmVyLmlzSW50ZWdlcihlLmlucHV0TGluZSkgJiYgZS5pbnB1dExpbmUgPj0gMSwgYCR7cmVsfTogaW5wdXRMaW5lIG9mICR7ZS50eXBlfWApO1xuICAgICAgaWYgKGUudHlwZSA9PT0gJ2J1aWxkLWZhaWx1cmUnIHx8IGUudHlwZSA9PT0gJ3BhY2thZ2Utc3RhcnQnIHx8IGUudHlwZSA9PT0gJ21lcmdlLWxpc3QnKSBhc3NlcnQubWF0Y2goZS5jcHYsIC9eW0EtWmEtejAtOStfLi1dK1xcL1tBLVphLXowLTkrXy4tXSskLyk7XG4gICAgfVxuICB9KTtcbn1cblxudGVzdCgndGhlIGxpbmUgbnVtYmVyIG9mIGFuIGV2ZW50IGlzIHRoZSBsaW5lIHdoZXJlIGl0IHN0YXJ0cyBpbiB0aGUgaW5wdXQnLCAoKSA9PiB7XG4gIGNvbnN0IGV2ZW50cyA9IHBhcnNlQWxsKHJlYWRGaWxlU3luYyhqb2luKEZJWFRVUkVTLCAncG9ydGFnZS9vdXRwdXRzL3VzZS1jaGFuZ2Utbm9jb2xvci5waXBlLnR4dCcpKSk7XG4gIGNvbnN0IGF1MCA9IGV2ZW50cy5maW5kKChlKSA9PiBlLnR5cGUgPT09ICdhdXRvdW5tYXNrJyk7XG4gIGFzc2VydC5lcXVhbChhdTA/LmlucHV0TGluZSwgOSk7IC8vIHRoZSBmaXJzdCBgIyByZXF1aXJlZCBieWAgbGluZSBvZiB0aGUgZW50cnlcbiAgY29uc3QgZGllczAgPSBwYXJzZUFsbChyZWFkRmlsZVN5bmMoam9pbihGSVhUVVJFUywgJ3BvcnRhZ2Uvb3V0cHV0cy9kaWUtaW5zdGFsbC1ub2NvbG9yLnBpcGUudHh0JykpKS5maW5kKChlKSA9PiBlLnR5cGUgPT09ICdidWlsZC1mYWlsdXJlJyk7XG4gIGFzc2VydC5lcXVhbChkaWVzMD8uaW5wdXRMaW5lLCAxOSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBS0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixxQkFBNkI7QUFDN0IsdUJBQXFCO0FBQ3JCLG9CQUFpRTtBQUNqRSxrQ0FBZ0Q7QUFPaEQsTUFBTSxPQUFlLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixHQUFHLFlBQVksR0FBRyxRQUFRLEdBQUcsY0FBYyxHQUFHLGFBQWEsRUFBRSxFQUFFO0FBQ2hILE1BQU0sUUFBUSxDQUFDLE1BQWMsTUFBYyxVQUFrQixFQUFFLE1BQU0sTUFBTSxLQUFLO0FBQ2hGLE1BQU0sS0FBSyxDQUFDLEtBQWEsTUFBYyxPQUFlLFFBQWdCLFFBQWlDLENBQUMsT0FBTyxFQUFFLE1BQU0saUJBQWlCLEtBQUssTUFBTSxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQzNLLE1BQU0sS0FBSyxDQUFDLE1BQWMsTUFBYyxRQUFnQixZQUF1QixRQUFpQyxDQUFDLE9BQU8sRUFBRSxNQUFNLGNBQWMsTUFBTSxNQUFNLFFBQVEsWUFBWSxHQUFHLE1BQU07QUFDdkwsTUFBTSxLQUFLLENBQUMsTUFBYyxTQUFtQixPQUFPLEVBQUUsTUFBTSxLQUFLLElBQUksRUFBRSxLQUFLO0FBQzVFLE1BQU0sS0FBSyxDQUFDLEtBQWEsUUFBaUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxjQUFjLEtBQUssR0FBRyxNQUFNO0FBQ3RHLE1BQU0sS0FBSyxDQUFDLE1BQWMsTUFBYyxRQUE0QixVQUFrQixhQUFxQixFQUFFLE1BQU0sdUJBQXVCLE1BQU0sWUFBWSxNQUFNLE1BQU0sR0FBSSxTQUFTLEVBQUUsT0FBTyxJQUFJLENBQUMsR0FBSSxVQUFVLFFBQVE7QUFDek4sTUFBTSxLQUFLLENBQUMsTUFBYyxNQUEwQixRQUFnQixhQUFxQixFQUFFLE1BQU0sdUJBQXVCLE1BQU0sUUFBUSxNQUFNLEdBQUksT0FBTyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUksUUFBUSxRQUFRO0FBQ3ZMLE1BQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsS0FBYSxjQUFzQixFQUFFLE1BQU0sa0JBQWtCLE1BQU0sUUFBUSxLQUFLLFNBQVM7QUFDbkksTUFBTSxLQUFLLENBQUMsUUFBZ0IsU0FBbUIsUUFBaUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxhQUFhLFFBQVEsU0FBUyxHQUFHLE1BQU07QUFDdkksTUFBTSxPQUFPLENBQUMsS0FBYSxNQUEwQixNQUFjLE9BQWUsYUFBd0IsRUFBRSxLQUFLLEdBQUksT0FBTyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUksTUFBTSxPQUFPLFFBQVE7QUFFakssTUFBTSxPQUFPLEdBQUcscUJBQXFCLGVBQWUsV0FBVyxrQkFBa0I7QUFBQSxFQUMvRSxRQUFRLENBQUMsTUFBTSxhQUFhLEtBQUssYUFBYSxHQUFHLE1BQU0sZUFBZSxLQUFLLEtBQUssQ0FBQztBQUFBLEVBQUcsU0FBUztBQUFBLEVBQzdGLEtBQUs7QUFBQSxFQUFxRCxhQUFhO0FBQUEsRUFDdkUsa0JBQWtCO0FBQUEsRUFBMkMsR0FBRztBQUNsRSxDQUFDO0FBQ0QsTUFBTSxTQUFTLEdBQUcsdUJBQXVCLGVBQWUsV0FBVyxnQkFBZ0I7QUFBQSxFQUNqRixRQUFRLENBQUM7QUFBQSxFQUFHLEtBQUs7QUFBQSxFQUF1RCxHQUFHO0FBQzdFLENBQUM7QUFDRCxNQUFNLGFBQWEsRUFBRSxHQUFHLEdBQUcsWUFBWSxHQUFHLElBQUksU0FBUyxrREFBOEIsR0FBRyxTQUFTLGdDQUFzQjtBQUN2SCxNQUFNLGFBQXFCO0FBQUEsRUFDekIsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGdCQUFnQixHQUFHLGlCQUFpQixHQUFHLGFBQWEsRUFBRTtBQUFBLEVBQ25GLEtBQUs7QUFBQSxJQUNILEVBQUUsTUFBTSxpQkFBaUIsS0FBSyxzQkFBc0IsTUFBTSxlQUFlLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUSxTQUFTO0FBQUEsSUFDOUcsRUFBRSxNQUFNLFNBQVMsT0FBTyxXQUFXLEtBQUsscUJBQXFCO0FBQUEsSUFDN0QsRUFBRSxNQUFNLFNBQVMsT0FBTyxRQUFRLFNBQVMsTUFBTSxLQUFLLHFCQUFxQjtBQUFBLElBQ3pFLEVBQUUsTUFBTSxTQUFTLE9BQU8sU0FBUyxLQUFLLHFCQUFxQjtBQUFBLElBQzNELEVBQUUsTUFBTSxnQkFBZ0IsS0FBSyxzQkFBc0IsTUFBTSxlQUFlLFFBQVEsWUFBWTtBQUFBLEVBQzlGO0FBQ0Y7QUFDQSxNQUFNLFlBQW9CLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGFBQWEsR0FBRyxpQkFBaUIsRUFBRSxFQUFFO0FBRzlGLE1BQU0sUUFBZ0M7QUFBQSxFQUNwQyxTQUFTO0FBQUEsSUFDUCxPQUFPLEVBQUUsU0FBUyxHQUFHLGNBQWMsRUFBRTtBQUFBLElBQ3JDLEtBQUs7QUFBQSxNQUNILEdBQUcsd0JBQXdCLEVBQUUsU0FBUyxVQUFVLE9BQU8sS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUFBLE1BQzNFLEVBQUUsTUFBTSxXQUFXLE1BQU0sa0JBQWtCLFVBQVUsd0JBQXdCLE1BQU0sTUFBTSxVQUFVLE1BQU07QUFBQSxNQUN6RyxFQUFFLE1BQU0sV0FBVyxVQUFVLENBQUMsS0FBSyx3QkFBd0IsT0FBTyxlQUFlLDhCQUE4QixDQUFDLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ2xKO0FBQUEsRUFDRjtBQUFBLEVBQ0EsZ0JBQWdCO0FBQUEsSUFDZCxPQUFPLEVBQUUsaUJBQWlCLEdBQUcsZ0JBQWdCLEVBQUU7QUFBQSxJQUMvQyxLQUFLO0FBQUEsTUFBQztBQUFBLE1BQVksR0FBRyxZQUFZLEdBQUcsVUFBVSxTQUFTO0FBQUEsTUFBRyxFQUFFLEdBQUcsUUFBUSxXQUFXLE9BQXFCO0FBQUEsTUFDckcsRUFBRSxNQUFNLGdCQUFnQixLQUFLLHVCQUF1QixRQUFRLFVBQVUsS0FBSyxzREFBc0Q7QUFBQSxJQUFDO0FBQUEsRUFDdEk7QUFBQSxFQUNBLGVBQWU7QUFBQSxJQUNiLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQzVCLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxTQUFTLE9BQU8sV0FBVyxLQUFLLG9CQUFvQixHQUFHLEVBQUUsTUFBTSxnQkFBZ0IsS0FBSyxxQkFBcUIsUUFBUSxTQUFTLENBQUM7QUFBQSxFQUNqSjtBQUFBLEVBQ0Esa0JBQWtCLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGNBQWMsRUFBRSxFQUFFO0FBQUEsRUFDbkUsTUFBTSxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsR0FBRyxjQUFjLEdBQUcsdUJBQXVCLEVBQUUsRUFBRTtBQUFBLEVBQ2pGLGtCQUFrQjtBQUFBLElBQ2hCLE9BQU8sRUFBRSxZQUFZLEVBQUU7QUFBQSxJQUN2QixLQUFLLENBQUMsR0FBRyx3QkFBd0IsRUFBRSxPQUFPLE1BQU0sQ0FBQyxHQUFHO0FBQUEsTUFBRztBQUFBLE1BQVc7QUFBQSxNQUF5QjtBQUFBLE1BQVUsQ0FBQyxHQUFHLHlCQUF5QixVQUFVLENBQUM7QUFBQSxNQUMzSSxFQUFFLGNBQWMsbUJBQW1CLE1BQU0sMkJBQTJCLE9BQU8sZ0NBQWdDLFVBQVUsQ0FBQyxnREFBZ0QsRUFBRTtBQUFBLElBQUMsQ0FBQztBQUFBLEVBQzlLO0FBQUEsRUFDQSxrQkFBa0I7QUFBQSxJQUNoQixPQUFPLEVBQUUsUUFBUSxHQUFHLFlBQVksRUFBRTtBQUFBLElBQ2xDLEtBQUssQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNLHlCQUF5QixZQUFZLENBQUMsRUFBRSxLQUFLLHdCQUF3QixNQUFNLGVBQWUsU0FBUyxDQUFDLGdCQUFnQixFQUFFLENBQUMsR0FBRyxZQUFZLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDMUs7QUFBQSxFQUNBLGtCQUFrQjtBQUFBLElBQ2hCLE9BQU8sRUFBRSxZQUFZLEVBQUU7QUFBQSxJQUN2QixLQUFLLENBQUMsR0FBRyxXQUFXLHVCQUF1QixZQUFZLENBQUMsR0FBRyxpQkFBaUIsVUFBVSxDQUFDLEdBQUcsRUFBRSxjQUFjLFdBQVcsTUFBTSxrQkFBa0IsQ0FBQyxDQUFDO0FBQUEsRUFDako7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE9BQU8sRUFBRSxRQUFRLEVBQUU7QUFBQSxJQUNuQixLQUFLLENBQUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxtQkFBbUIsWUFBWSxDQUFDO0FBQUEsTUFDNUQsS0FBSztBQUFBLE1BQXVCLE1BQU07QUFBQSxNQUFlLFNBQVMsQ0FBQyxjQUFjO0FBQUEsTUFBRyxVQUFVO0FBQUEsTUFDdEYsU0FBUyxDQUFDLDhDQUE4Qyw4REFBOEQsK0RBQStEO0FBQUEsSUFDdkwsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNOO0FBQUEsRUFDQSxXQUFXO0FBQUEsSUFDVCxPQUFPLEVBQUUsY0FBYyxFQUFFO0FBQUEsSUFDekIsS0FBSyxDQUFDLEVBQUUsTUFBTSxjQUFjLE1BQU0seUJBQXlCLFlBQVksQ0FBQyxHQUFHLGFBQWEsQ0FBQyxpQkFBaUIsb0JBQW9CLGlCQUFpQixFQUFFLENBQUM7QUFBQSxFQUNwSjtBQUFBLEVBQ0EsU0FBUztBQUFBLElBQ1AsT0FBTyxFQUFFLGNBQWMsR0FBRyxpQkFBaUIsRUFBRTtBQUFBLElBQzdDLEtBQUssQ0FBQyxHQUFHLHVCQUF1QixFQUFFLE1BQU0sRUFBRSxLQUFLLE9BQU8sRUFBRSxDQUFDLEdBQUcsR0FBRyx3QkFBd0IsRUFBRSxNQUFNLEVBQUUsS0FBSyxjQUFjLEdBQUcsT0FBTyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ3BJO0FBQUEsRUFDQSxtQkFBbUI7QUFBQSxJQUNqQixPQUFPLEVBQUUsY0FBYyxFQUFFO0FBQUEsSUFDekIsS0FBSyxDQUFDLEdBQUcsdUJBQXVCLEVBQUUsTUFBTSxVQUFVLE1BQU0sU0FBUyxNQUFNLEVBQUUsS0FBSyxPQUFPLEVBQUUsQ0FBQyxHQUFHLEdBQUcsc0JBQXNCLEVBQUUsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUFBLEVBQzlJO0FBQUEsRUFDQSxhQUFhO0FBQUEsSUFDWCxPQUFPLEVBQUUsYUFBYSxHQUFHLHVCQUF1QixFQUFFO0FBQUEsSUFDbEQsS0FBSztBQUFBLE1BQ0gsR0FBRywwQkFBMEIsQ0FBQyxTQUFTLEdBQUcsRUFBRSxLQUFLLHlCQUF5QixDQUFDO0FBQUEsTUFDM0U7QUFBQSxRQUFHO0FBQUEsUUFBbUIsQ0FBQyx1SEFBNkc7QUFBQSxRQUNsSSxFQUFFLFVBQVUscUNBQXFDLFNBQVMsK0ZBQStGO0FBQUEsTUFBQztBQUFBLE1BQzVKLEdBQUcsZ0JBQWdCLENBQUMsb0JBQW9CLENBQUM7QUFBQSxNQUN6QyxFQUFFLEdBQUcsR0FBRyxRQUFRLEdBQUcsR0FBRyxXQUFXLG9HQUEwRixHQUFHLFFBQVEsa0NBQWtDO0FBQUEsSUFDMUs7QUFBQSxFQUNGO0FBQUEsRUFDQSxnQkFBZ0I7QUFBQSxFQUNoQixrQkFBa0I7QUFBQSxFQUNsQixpQkFBaUI7QUFBQSxFQUNqQixnQkFBZ0I7QUFBQSxFQUNoQixTQUFTLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixFQUFFLEdBQUcsS0FBSyxDQUFDLEVBQUUsTUFBTSxTQUFTLE9BQU8sV0FBVyxLQUFLLHFCQUFxQixDQUFDLEVBQUU7QUFBQSxFQUNoSCxjQUFjO0FBQUEsSUFDWixPQUFPLEVBQUUsWUFBWSxHQUFHLGNBQWMsRUFBRTtBQUFBLElBQ3hDLEtBQUs7QUFBQSxNQUNILEdBQUcsdUJBQXVCLEVBQUUsTUFBTSxFQUFFLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxNQUNsRCxHQUFHLE9BQU8seUJBQXlCLE9BQU8sQ0FBQyxHQUFHLHFDQUFxQyxHQUFHLEdBQUcsMkJBQTJCLFVBQVUsQ0FBQyxHQUFHO0FBQUEsUUFDaEksY0FBYztBQUFBLFFBQU8sTUFBTTtBQUFBLFFBQWUsT0FBTztBQUFBLFFBQ2pELFVBQVUsQ0FBQyxxREFBcUQsa0RBQWtEO0FBQUEsTUFDcEgsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxNQUFNLFFBQWdDO0FBQUEsRUFDcEMsMEJBQTBCO0FBQUEsSUFDeEIsT0FBTyxFQUFFLFNBQVMsR0FBRyxjQUFjLEVBQUU7QUFBQSxJQUNyQyxLQUFLO0FBQUEsTUFDSCxFQUFFLE1BQU0sV0FBVyxXQUFXLEdBQUcsTUFBTSxxQ0FBcUMsVUFBVSxxREFBcUQsTUFBTSxNQUFNO0FBQUEsTUFDdkosRUFBRSxNQUFNLFdBQVcsTUFBTSx3Q0FBd0MsVUFBVSwrQ0FBK0M7QUFBQSxNQUMxSCxFQUFFLE1BQU0sV0FBVyxVQUFVO0FBQUEsUUFDM0IsS0FBSyxnREFBZ0QsT0FBTyxlQUFlLDhCQUE4QixDQUFDLEVBQUUsTUFBTSxxQ0FBcUMsWUFBWSx1QkFBdUIsQ0FBQyxDQUFDO0FBQUEsUUFDNUwsS0FBSyxxREFBcUQsT0FBTyxlQUFlLGFBQWE7QUFBQSxVQUMzRixFQUFFLE1BQU0sd0NBQXdDLFlBQVksdUJBQXVCO0FBQUEsVUFDbkYsRUFBRSxNQUFNLHdDQUF3QyxZQUFZLDBEQUEwRCxpQkFBaUIsWUFBWTtBQUFBLFVBQ25KLEVBQUUsTUFBTSx3Q0FBd0MsWUFBWSw2REFBNkQsaUJBQWlCLFlBQVk7QUFBQSxRQUN4SixDQUFDO0FBQUEsTUFDSCxFQUFFO0FBQUEsTUFDRixHQUFHLGdEQUFnRCxFQUFFLE1BQU0sRUFBRSxLQUFLLFFBQVEsZUFBZSxTQUFTLEdBQUcsTUFBTSxRQUFRLENBQUM7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLDBCQUEwQjtBQUFBLElBQ3hCLE9BQU8sRUFBRSxTQUFTLEVBQUU7QUFBQSxJQUNwQixLQUFLLENBQUMsRUFBRSxNQUFNLFdBQVcsV0FBVyxHQUFHLFVBQVU7QUFBQSxNQUMvQyxLQUFLLGlDQUFpQyxPQUFPLFVBQVUsOEJBQThCLENBQUMsRUFBRSxNQUFNLDZCQUE2QixZQUFZLGlDQUFpQyxpQkFBaUIsNkJBQTZCLENBQUMsQ0FBQztBQUFBLE1BQ3hOLEtBQUssd0NBQXdDLFdBQVcsV0FBVyxhQUFhLENBQUMsRUFBRSxXQUFXLHVEQUF1RCxZQUFZLHdDQUF3QyxpQkFBaUIsWUFBWSxDQUFDLENBQUM7QUFBQSxNQUN4TyxLQUFLLHlDQUF5QyxXQUFXLFdBQVcsYUFBYSxDQUFDLEVBQUUsV0FBVywwREFBMEQsWUFBWSxxQ0FBcUMsQ0FBQyxDQUFDO0FBQUEsSUFDOU0sRUFBRSxDQUFDO0FBQUEsRUFDTDtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixFQUFFO0FBQUEsSUFDNUIsS0FBSyxDQUFDLEVBQUUsR0FBRyxHQUFHLGlDQUFpQyxlQUFlLFdBQVcsOEdBQThHO0FBQUEsTUFDckwsUUFBUSxDQUFDLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxlQUFlLEdBQUcsTUFBTSxZQUFZLEdBQUcsTUFBTSxzQkFBc0IsTUFBTSxlQUFlLEdBQUcsTUFBTSxzQkFBc0IsS0FBSyxLQUFLLENBQUM7QUFBQSxNQUN4SyxTQUFTO0FBQUEsSUFDWCxDQUFDLEdBQUcsV0FBVyxHQUFHLEdBQUcsRUFBRSxNQUFNLFNBQVMsT0FBTyxRQUFRLFNBQVMsTUFBTSxLQUFLLGdDQUFnQyxDQUFDO0FBQUEsRUFDNUc7QUFBQSxFQUNBLCtCQUErQjtBQUFBLElBQzdCLE9BQU8sRUFBRSxpQkFBaUIsR0FBRyxpQkFBaUIsRUFBRTtBQUFBLElBQ2hELEtBQUs7QUFBQSxNQUNILEVBQUUsTUFBTSxpQkFBaUIsS0FBSyxvQ0FBb0MsTUFBTSxXQUFXLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxNQUN0RyxFQUFFLE1BQU0sZ0JBQWdCLFFBQVEsVUFBVSxLQUFLLG9DQUFvQyxLQUFLLG1FQUFtRTtBQUFBLE1BQzNKLEdBQUcsb0NBQW9DLFdBQVcsV0FBVyx5R0FBeUc7QUFBQSxRQUNwSyxRQUFRLENBQUMsRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLGVBQWUsR0FBRyxNQUFNLFlBQVksR0FBRyxNQUFNLHNCQUFzQixNQUFNLGVBQWUsR0FBRyxNQUFNLHNCQUFzQixLQUFLLEtBQUssQ0FBQztBQUFBLFFBQ3hLLFNBQVM7QUFBQSxRQUFzRCxLQUFLO0FBQUEsTUFDdEUsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsY0FBYyxHQUFHLGlCQUFpQixHQUFHLGlCQUFpQixFQUFFO0FBQUEsSUFDakUsS0FBSztBQUFBLE1BQ0gsR0FBRyw4QkFBOEIsRUFBRSxRQUFRLFdBQVcsTUFBTSxZQUFZLEtBQUssb0JBQW9CLE1BQU0sRUFBRSxLQUFLLFNBQVMsRUFBRSxDQUFDO0FBQUEsTUFDMUgsR0FBRyw0QkFBNEIsRUFBRSxRQUFRLFdBQVcsS0FBSyxvQkFBb0IsQ0FBQztBQUFBLE1BQzlFLEVBQUUsTUFBTSxpQkFBaUIsS0FBSyw4QkFBOEIsTUFBTSxZQUFZLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxNQUNqRyxFQUFFLE1BQU0sU0FBUyxPQUFPLFdBQVcsS0FBSyw2QkFBNkI7QUFBQSxJQUN2RTtBQUFBLEVBQ0Y7QUFBQSxFQUNBLCtCQUErQjtBQUFBLElBQzdCLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQzVCLEtBQUssQ0FBQyxHQUFHLDRCQUE0QixVQUFVLFVBQVUseUJBQXlCO0FBQUEsTUFDaEYsUUFBUSxDQUFDLE1BQU0sYUFBYSxLQUFLLEtBQUssQ0FBQztBQUFBLE1BQUcsU0FBUztBQUFBLE1BQW1ELEdBQUc7QUFBQSxNQUFvQixLQUFLO0FBQUEsSUFDcEksQ0FBQyxDQUFDO0FBQUEsRUFDSjtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixFQUFFO0FBQUEsSUFDNUIsS0FBSyxDQUFDLEdBQUcseUJBQXlCLFVBQVUsYUFBYSxnQkFBZ0I7QUFBQSxNQUN2RSxRQUFRLENBQUMsTUFBTSxhQUFhLEtBQUssZUFBZSxHQUFHLE1BQU0sZUFBZSxNQUFNLHFCQUFxQixHQUFHLE1BQU0sZUFBZSxNQUFNLEtBQUssQ0FBQztBQUFBLE1BQ3ZJLFNBQVM7QUFBQSxNQUNULEtBQUs7QUFBQSxNQUF5RCxrQkFBa0I7QUFBQSxJQUNsRixDQUFDLENBQUM7QUFBQSxFQUNKO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsaUJBQWlCLEVBQUU7QUFBQSxJQUM1QixLQUFLO0FBQUEsTUFDSCxFQUFFLE1BQU0saUJBQWlCLEtBQUssK0JBQStCLE1BQU0sT0FBTztBQUFBLE1BQzFFLEdBQUcsK0JBQStCLFFBQVEsV0FBVyxzQkFBc0I7QUFBQSxRQUN6RSxRQUFRLENBQUMsTUFBTSxhQUFhLEtBQUssYUFBYSxHQUFHLE1BQU0sZUFBZSxLQUFLLG1CQUFtQixHQUFHLE1BQU0sZUFBZSxLQUFLLEtBQUssQ0FBQztBQUFBLE1BQ25JLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixFQUFFO0FBQUEsSUFDNUIsS0FBSyxDQUFDLEdBQUcsd0JBQXdCLFVBQVUsV0FBVyxzQkFBc0I7QUFBQSxNQUMxRSxRQUFRLENBQUMsTUFBTSxhQUFhLEtBQUssYUFBYSxHQUFHLE1BQU0sZUFBZSxNQUFNLEtBQUssQ0FBQztBQUFBLE1BQUcsS0FBSztBQUFBLE1BQzFGLEdBQUc7QUFBQSxJQUNMLENBQUMsQ0FBQztBQUFBLEVBQ0o7QUFBQSxFQUNBLCtCQUErQjtBQUFBLElBQzdCLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQzVCLEtBQUssQ0FBQyxHQUFHLHVDQUF1QyxXQUFXLFdBQVcsc0JBQXNCO0FBQUEsTUFDMUYsUUFBUTtBQUFBLFFBQ04sTUFBTSxhQUFhLElBQUksYUFBYTtBQUFBLFFBQ3BDLEVBQUUsR0FBRyxNQUFNLGVBQWUsTUFBTSw0QkFBNEIsR0FBRyxNQUFNLCtEQUErRDtBQUFBLFFBQ3BJLE1BQU0sZUFBZSxNQUFNLGlCQUFpQjtBQUFBLFFBQUcsTUFBTSxlQUFlLE1BQU0sMkNBQTJDO0FBQUEsUUFDckgsTUFBTSxlQUFlLE1BQU0sZ0JBQWdCO0FBQUEsUUFBRyxNQUFNLGVBQWUsTUFBTSxrQkFBa0I7QUFBQSxRQUFHLE1BQU0sZUFBZSxLQUFLLEtBQUs7QUFBQSxNQUMvSDtBQUFBLElBQ0YsQ0FBQyxDQUFDO0FBQUEsRUFDSjtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLHVCQUF1QixHQUFHLGlCQUFpQixFQUFFO0FBQUEsSUFDdEQsS0FBSztBQUFBLE1BQ0gsRUFBRSxHQUFHLEdBQUcsWUFBWSxLQUFLLElBQUksU0FBUyxvR0FBZ0YsR0FBRyxTQUFTLHlDQUErQjtBQUFBLE1BQ2pLLEdBQUcsWUFBWSxLQUFLLElBQUksUUFBUSxrRkFBa0Y7QUFBQSxNQUNsSCxFQUFFLEdBQUcsR0FBRyxZQUFZLEtBQUssSUFBSSxTQUFTLG1EQUFvQyxHQUFHLFNBQVMsZ0NBQXNCO0FBQUEsTUFDNUcsR0FBRyxhQUFhLFFBQVcsVUFBVSxTQUFTO0FBQUEsSUFDaEQ7QUFBQSxFQUNGO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsdUJBQXVCLEVBQUU7QUFBQSxJQUNsQyxLQUFLO0FBQUEsTUFDSCxHQUFHLG1CQUFtQixNQUFNLElBQUksU0FBUyw0REFBa0Q7QUFBQSxNQUMzRixHQUFHLG1CQUFtQixNQUFNLElBQUksUUFBUSwrQ0FBcUM7QUFBQSxNQUM3RSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsU0FBUztBQUFBLE1BQUcsR0FBRyxZQUFZLEtBQUssT0FBTyxTQUFTO0FBQUEsSUFDdEc7QUFBQSxFQUNGO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsdUJBQXVCLEVBQUU7QUFBQSxJQUNsQyxLQUFNLENBQUMsQ0FBQyxLQUFLLElBQUksS0FBSyxHQUFHLENBQUMsS0FBSyxJQUFJLEtBQUssR0FBRyxDQUFDLEtBQUssSUFBSSxNQUFNLEdBQUcsQ0FBQyxLQUFLLElBQUksT0FBTyxDQUFDLEVBQWlDLElBQUksQ0FBQyxDQUFDLE1BQU0sUUFBUSxFQUFFLE9BQU87QUFBQSxNQUM1SSxNQUFNO0FBQUEsTUFBdUIsTUFBTTtBQUFBLE1BQTZGO0FBQUEsTUFBTTtBQUFBLE1BQVEsVUFBVTtBQUFBLE1BQ3hKLFNBQVMsR0FBRyxFQUFFLGtDQUFrQyxPQUFPLFVBQVUsMEJBQTBCLEVBQUU7QUFBQSxJQUMvRixFQUFFO0FBQUEsRUFDSjtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixHQUFHLHVCQUF1QixFQUFFO0FBQUEsSUFDdEQsS0FBSyxDQUFDLEdBQUcsWUFBWSxNQUFNLGVBQWUsV0FBVyxHQUFHLEdBQUcsWUFBWSxLQUFLLGlCQUFpQixTQUFTLEdBQUcsR0FBRyx5QkFBeUIsVUFBVSxXQUFXLGdCQUFnQixFQUFFLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQzNMO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsaUJBQWlCLEVBQUU7QUFBQSxJQUM1QixLQUFLLENBQUMsR0FBRyw0QkFBNEIsa0JBQWtCLFVBQVUsc0NBQXNDO0FBQUEsTUFDckcsV0FBVztBQUFBLE1BQ1gsUUFBUTtBQUFBLFFBQ04sRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLFFBQVEsR0FBRyxNQUFNLDRFQUE0RTtBQUFBLFFBQzFILEVBQUUsR0FBRyxNQUFNLHlCQUF5QixJQUFJLFNBQVMsR0FBRyxNQUFNLHVCQUF1QjtBQUFBLFFBQ2pGLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxhQUFhLEdBQUcsTUFBTSx5Q0FBeUM7QUFBQSxRQUM1RixFQUFFLEdBQUcsTUFBTSxhQUFhLElBQUksUUFBUSxHQUFHLE1BQU0seUNBQXlDO0FBQUEsUUFDdEYsTUFBTSxvQkFBb0IsSUFBSSxLQUFLO0FBQUEsTUFDckM7QUFBQSxNQUNBLFNBQVM7QUFBQSxJQUNYLENBQUMsQ0FBQztBQUFBLEVBQ0o7QUFBQSxFQUNBLHNCQUFzQjtBQUFBLEVBQ3RCLDhCQUE4QjtBQUFBLElBQzVCLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQzVCLEtBQUs7QUFBQSxNQUNILEVBQUUsTUFBTSxpQkFBaUIsTUFBTSxpQ0FBaUMsUUFBUSwrQ0FBK0MsS0FBSyxJQUFJLFVBQVUsNEVBQTRFO0FBQUEsTUFDdE4sRUFBRSxNQUFNLGlCQUFpQixLQUFLLHNDQUFzQyxLQUFLLHFFQUFxRTtBQUFBLElBQ2hKO0FBQUEsRUFDRjtBQUFBLEVBQ0EsOEJBQThCO0FBQUEsSUFDNUIsT0FBTyxFQUFFLGlCQUFpQixFQUFFO0FBQUEsSUFDNUIsS0FBSztBQUFBLE1BQ0gsRUFBRSxNQUFNLGlCQUFpQixNQUFNLDRDQUE0QyxRQUFRLHlDQUF5QyxLQUFLLFdBQVcsVUFBVSxVQUFVO0FBQUEsTUFDaEssRUFBRSxNQUFNLGlCQUFpQixNQUFNLDRDQUE0QyxRQUFRLG9CQUFvQjtBQUFBLElBQ3pHO0FBQUEsRUFDRjtBQUFBLEVBQ0EsOEJBQThCO0FBQUEsSUFDNUIsT0FBTyxFQUFFLGtCQUFrQixHQUFHLGNBQWMsRUFBRTtBQUFBLElBQzlDLEtBQUs7QUFBQSxNQUFDLEdBQUcsb0VBQW9FLHlDQUF5QyxPQUFPLEtBQUs7QUFBQSxNQUNoSSxHQUFHLDRCQUE0QixFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQUEsTUFBRyxHQUFHLHdCQUF3QixFQUFFLE1BQU0sa0JBQWtCLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFBQztBQUFBLEVBQy9IO0FBQUEsRUFDQSw4QkFBOEI7QUFBQSxJQUM1QixPQUFPLEVBQUUsa0JBQWtCLEVBQUU7QUFBQSxJQUM3QixLQUFLLENBQUMsRUFBRSxHQUFHO0FBQUEsTUFBRztBQUFBLE1BQTBEO0FBQUEsTUFDdEU7QUFBQSxNQUNBO0FBQUEsSUFBa0ksR0FBRyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQzFKO0FBQUEsRUFDQSw4QkFBOEI7QUFBQTtBQUFBLElBRTVCLE9BQU8sRUFBRSxrQkFBa0IsRUFBRTtBQUFBLElBQzdCLEtBQUs7QUFBQSxNQUFDLEdBQUcsaUZBQWlGLHlDQUF5QyxPQUFPLE1BQU07QUFBQSxNQUM5SSxHQUFHLGlGQUFpRix5Q0FBeUMsT0FBTyxNQUFNO0FBQUEsSUFBQztBQUFBLEVBQy9JO0FBQUEsRUFDQSw4QkFBOEIsRUFBRSxPQUFPLEVBQUUsaUJBQWlCLEdBQUcsaUJBQWlCLEVBQUUsR0FBRyxLQUFLLENBQUMsRUFBRSxNQUFNLGlCQUFpQixLQUFLLDBEQUEwRCxNQUFNLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDck0sOEJBQThCLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixFQUFFLEdBQUcsS0FBSyxDQUFDLEVBQUUsTUFBTSxpQkFBaUIsS0FBSyxpQ0FBaUMsTUFBTSxZQUFZLE9BQU8sR0FBRyxPQUFPLEVBQUUsQ0FBQyxFQUFFO0FBQUEsRUFDNUssOEJBQThCO0FBQUEsSUFDNUIsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGNBQWMsRUFBRTtBQUFBLElBQzdDLEtBQUs7QUFBQSxNQUFDLEdBQUcsK0JBQStCLEVBQUUsTUFBTSxtQkFBbUIsTUFBTSxjQUFjLE1BQU0sRUFBRSxLQUFLLGlCQUFpQixFQUFFLENBQUM7QUFBQSxNQUN0SCxFQUFFLE1BQU0saUJBQWlCLFFBQVEsU0FBUyxLQUFLLCtCQUErQixPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFBQztBQUFBLEVBQ3RHO0FBQUEsRUFDQSw4QkFBOEI7QUFBQSxJQUM1QixPQUFPLEVBQUUsa0JBQWtCLEVBQUU7QUFBQSxJQUM3QixLQUFLO0FBQUEsTUFBQyxHQUFHLHFGQUFxRix5Q0FBeUMsUUFBUSxNQUFNO0FBQUEsTUFDbkosR0FBRyw0RUFBNEUseUNBQXlDLFFBQVEsTUFBTTtBQUFBLElBQUM7QUFBQSxFQUMzSTtBQUFBLEVBQ0EsOEJBQThCO0FBQUEsSUFDNUIsT0FBTyxFQUFFLGtCQUFrQixFQUFFO0FBQUEsSUFDN0IsS0FBSyxDQUFDLEdBQUcsK0ZBQStGLHlDQUF5QyxRQUFRLE1BQU0sQ0FBQztBQUFBLEVBQ2xLO0FBQUEsRUFDQSxnQ0FBZ0M7QUFBQSxJQUM5QixPQUFPLEVBQUUsWUFBWSxFQUFFO0FBQUEsSUFDdkIsS0FBSztBQUFBLE1BQ0gsR0FBRyxXQUFXLG1DQUFtQyxVQUFVO0FBQUEsUUFBQyxHQUFHLHlEQUF5RDtBQUFBLFFBQUcsR0FBRyxnREFBZ0Q7QUFBQSxRQUM1SyxHQUFHLGdEQUFnRDtBQUFBLFFBQUcsR0FBRyw4Q0FBOEM7QUFBQSxRQUFHLEdBQUcseURBQXlEO0FBQUEsTUFBQyxHQUFHLEVBQUUsV0FBVyxFQUFFLENBQUM7QUFBQSxNQUM1TCxHQUFHLFdBQVcsc0JBQXNCLFVBQVU7QUFBQSxRQUFDLEdBQUcsNENBQTRDO0FBQUEsUUFBRyxHQUFHLCtEQUErRDtBQUFBLFFBQ2pLLEdBQUcsOENBQThDO0FBQUEsUUFBRyxHQUFHLHFFQUFxRTtBQUFBLE1BQUMsQ0FBQztBQUFBLE1BQ2hJLEdBQUcsV0FBVyxvQ0FBb0MsVUFBVSxDQUFDLEdBQUcsd0NBQXdDLEdBQUcsR0FBRyw4Q0FBOEMsR0FBRyxHQUFHLHlEQUF5RCxDQUFDLENBQUM7QUFBQSxJQUMvTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLGdDQUFnQztBQUFBLElBQzlCLE9BQU8sRUFBRSxZQUFZLEdBQUc7QUFBQSxJQUN4QixLQUFLO0FBQUEsTUFDSCxHQUFHLFdBQVcsb0NBQW9DLFVBQVUsQ0FBQyxHQUFHLGVBQWUsVUFBVSxDQUFDLENBQUM7QUFBQSxNQUMzRixHQUFHLFdBQVcsOEJBQThCLFVBQVU7QUFBQSxRQUFDLEdBQUcsa0NBQWtDO0FBQUEsUUFBRyxHQUFHLGtDQUFrQztBQUFBLFFBQUcsR0FBRyxzQ0FBc0M7QUFBQSxRQUM5SyxHQUFHLG9DQUFvQztBQUFBLFFBQUcsR0FBRyx3Q0FBd0M7QUFBQSxRQUFHLEdBQUcsV0FBVztBQUFBLFFBQUcsR0FBRyxVQUFVLFVBQVU7QUFBQSxNQUFDLENBQUM7QUFBQSxNQUNwSSxHQUFHLFdBQVcsOEJBQThCLFVBQVU7QUFBQSxRQUFDLEdBQUcsMENBQTBDO0FBQUEsUUFBRyxHQUFHLHNDQUFzQztBQUFBLFFBQUcsR0FBRyw4QkFBOEI7QUFBQSxRQUNsTCxHQUFHLDJDQUEyQztBQUFBLFFBQUcsR0FBRyxlQUFlLFVBQVU7QUFBQSxNQUFDLENBQUM7QUFBQSxNQUNqRixHQUFHLFdBQVcsb0NBQW9DLFVBQVUsQ0FBQyxHQUFHLHlDQUF5QyxHQUFHLEdBQUcsZUFBZSxVQUFVLENBQUMsQ0FBQztBQUFBLElBQzVJO0FBQUEsRUFDRjtBQUFBLEVBQ0EsZ0NBQWdDLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxHQUFHLEtBQUssQ0FBQyxHQUFHLFdBQVcsaUNBQWlDLFlBQVksQ0FBQyxHQUFHLHdCQUF3QixVQUFVLENBQUMsR0FBRyxFQUFFLE1BQU0sa0JBQWtCLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDck0sZ0NBQWdDO0FBQUEsSUFDOUIsT0FBTyxFQUFFLFlBQVksRUFBRTtBQUFBLElBQ3ZCLEtBQUssQ0FBQztBQUFBLE1BQUc7QUFBQSxNQUFXO0FBQUEsTUFBMEM7QUFBQSxNQUFjLENBQUMsR0FBRyx1QkFBdUIsR0FBRyxHQUFHLDZDQUE2QyxHQUFHLEdBQUcsMEJBQTBCLFVBQVUsQ0FBQztBQUFBLE1BQ25NLEVBQUUsT0FBTyxvREFBb0Q7QUFBQSxJQUFDLENBQUM7QUFBQSxFQUNuRTtBQUFBLEVBQ0Esc0JBQXNCO0FBQUEsSUFDcEIsT0FBTyxFQUFFLFFBQVEsRUFBRTtBQUFBLElBQ25CLEtBQUssQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNLDZCQUE2QixZQUFZO0FBQUEsTUFDckUsRUFBRSxLQUFLLHNCQUFzQixNQUFNLFVBQVUsU0FBUyxDQUFDLGlCQUFpQixFQUFFO0FBQUEsTUFBRyxFQUFFLEtBQUssMkJBQTJCLE1BQU0sVUFBVSxTQUFTLENBQUMsZ0JBQWdCLEVBQUU7QUFBQSxNQUMzSixFQUFFLEtBQUssMkJBQTJCLE1BQU0sVUFBVSxTQUFTLENBQUMsZ0JBQWdCLEVBQUU7QUFBQSxNQUFHLEVBQUUsS0FBSywyQkFBMkIsTUFBTSxVQUFVLFNBQVMsQ0FBQyxnQkFBZ0IsRUFBRTtBQUFBLElBQ2pLLEdBQUcsWUFBWSxDQUFDLEdBQUcsd0NBQXdDLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUN6RTtBQUFBLEVBQ0Esc0JBQXNCLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxHQUFHLEtBQUssQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNLGFBQWEsWUFBWSxDQUFDLEVBQUUsS0FBSywyQkFBMkIsTUFBTSxrQkFBa0IsU0FBUyxDQUFDLGlCQUFpQixFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUU7QUFBQSxFQUNuTSxzQkFBc0I7QUFBQSxJQUNwQixPQUFPLEVBQUUsUUFBUSxFQUFFO0FBQUEsSUFDbkIsS0FBSyxDQUFDO0FBQUEsTUFBRSxNQUFNO0FBQUEsTUFBVSxNQUFNO0FBQUEsTUFBNkIsWUFBWSxDQUFDLEVBQUUsS0FBSyw0QkFBNEIsTUFBTSxrQkFBa0IsU0FBUyxDQUFDLGlCQUFpQixFQUFFLENBQUM7QUFBQSxNQUMvSixZQUFZLENBQUMsR0FBRyxpREFBaUQsUUFBUSxHQUFHLEdBQUcsa0JBQWtCLFVBQVUsQ0FBQztBQUFBLElBQUUsQ0FBQztBQUFBLEVBQ25IO0FBQUEsRUFDQSxzQkFBc0I7QUFBQSxJQUNwQixPQUFPLEVBQUUsUUFBUSxFQUFFO0FBQUEsSUFDbkIsS0FBSyxDQUFDLEVBQUUsTUFBTSxVQUFVLE1BQU0sZ0JBQWdCLFlBQVksQ0FBQyxFQUFFLEtBQUssd0JBQXdCLE1BQU0sU0FBUyxTQUFTO0FBQUEsTUFDaEg7QUFBQSxNQUNBO0FBQUEsSUFBbUcsRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQzdHO0FBQUEsRUFDQSxzQkFBc0I7QUFBQSxJQUNwQixPQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixFQUFFO0FBQUEsSUFDeEMsS0FBSztBQUFBLE1BQ0gsRUFBRSxNQUFNLGtCQUFrQixNQUFNLHVEQUF1RCxRQUFRLHVDQUF1QztBQUFBLE1BQ3RJO0FBQUEsUUFBRSxNQUFNO0FBQUEsUUFBVSxNQUFNO0FBQUEsUUFBeUIsWUFBWSxDQUFDLEVBQUUsS0FBSyx1QkFBdUIsTUFBTSxRQUFRLFNBQVMsQ0FBQyxZQUFZLEVBQUUsQ0FBQztBQUFBLFFBQ2pJLFlBQVksQ0FBQyxHQUFHLHVDQUF1QyxRQUFRLEdBQUcsR0FBRyxrQ0FBa0MsVUFBVSxDQUFDO0FBQUEsTUFBRTtBQUFBLElBQ3hIO0FBQUEsRUFDRjtBQUFBLEVBQ0Esc0JBQXNCLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxHQUFHLEtBQUssQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNLGtCQUFrQixZQUFZLENBQUMsRUFBRSxLQUFLLHlDQUF5QyxNQUFNLGlCQUFpQixTQUFTLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxFQUFFLENBQUMsRUFBRTtBQUFBLEVBQ3BOLDRCQUE0QixFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsR0FBRyxLQUFLLENBQUMsRUFBRSxNQUFNLGNBQWMsTUFBTSxtQ0FBbUMsWUFBWSxDQUFDLEdBQUcsNkNBQTZDLFFBQVEsQ0FBQyxFQUFFLENBQUMsRUFBRTtBQUFBLEVBQzFNLDRCQUE0QixFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsR0FBRyxLQUFLLENBQUMsRUFBRSxNQUFNLGNBQWMsTUFBTSxrQkFBa0IsWUFBWSxDQUFDLEdBQUcsNENBQTRDLFFBQVEsR0FBRyxHQUFHLGFBQWEsVUFBVSxDQUFDLEVBQUUsQ0FBQyxFQUFFO0FBQUEsRUFDck4sNEJBQTRCO0FBQUEsSUFDMUIsT0FBTyxFQUFFLGNBQWMsRUFBRTtBQUFBLElBQ3pCLEtBQUssQ0FBQztBQUFBLE1BQUUsTUFBTTtBQUFBLE1BQWMsTUFBTTtBQUFBLE1BQ2hDLFlBQVksQ0FBQyxHQUFHLCtDQUErQyxRQUFRLEdBQUcsR0FBRyxjQUFjLFVBQVUsQ0FBQztBQUFBLElBQUUsQ0FBQztBQUFBLEVBQzdHO0FBQUEsRUFDQSw0QkFBNEI7QUFBQSxJQUMxQixPQUFPLEVBQUUsY0FBYyxFQUFFO0FBQUEsSUFDekIsS0FBSyxDQUFDLEVBQUUsTUFBTSxjQUFjLE1BQU0sdUJBQXVCLFlBQVksQ0FBQyxHQUFHLHlDQUF5QyxRQUFRLEdBQUcsR0FBRyxvREFBb0QsUUFBUSxHQUFHLEdBQUcsa0JBQWtCLFVBQVUsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNwTztBQUFBLEVBQ0EsNEJBQTRCO0FBQUEsSUFDMUIsT0FBTyxFQUFFLGNBQWMsRUFBRTtBQUFBLElBQ3pCLEtBQUssQ0FBQyxFQUFFLE1BQU0sY0FBYyxNQUFNLGtDQUFrQyxZQUFZLENBQUMsR0FBRywyQkFBMkIsUUFBUSxHQUFHLEdBQUcsNkJBQTZCLFFBQVEsR0FBRyxHQUFHLGdDQUFnQyxRQUFRLEdBQUcsR0FBRyx5QkFBeUIsVUFBVSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQy9QO0FBQUEsRUFDQSx5QkFBeUI7QUFBQSxJQUN2QixPQUFPLEVBQUUsY0FBYyxFQUFFO0FBQUEsSUFDekIsS0FBSztBQUFBLE1BQ0gsR0FBRywwQkFBMEIsRUFBRSxRQUFRLE9BQU8sTUFBTSxFQUFFLEtBQUssOERBQThELFNBQVMsa0JBQWtCLGNBQWMsa0JBQWtCLHNCQUFzQixpREFBaUQsRUFBRSxDQUFDO0FBQUEsTUFDOVAsR0FBRyx5QkFBeUIsRUFBRSxNQUFNLENBQUMsRUFBRSxDQUFDO0FBQUEsTUFBRyxHQUFHLHlDQUF5QyxFQUFFLFdBQVcsR0FBRyxDQUFDO0FBQUEsSUFDMUc7QUFBQSxFQUNGO0FBQUEsRUFDQSx5QkFBeUI7QUFBQSxJQUN2QixPQUFPLEVBQUUsY0FBYyxHQUFHO0FBQUEsSUFDMUIsS0FBSztBQUFBLE1BQUMsR0FBRywrQkFBK0IsRUFBRSxRQUFRLFdBQVcsT0FBTyxPQUFPLEtBQUssVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLE1BQUcsR0FBRyx3QkFBd0IsRUFBRSxPQUFPLEdBQUcsS0FBSyxTQUFTLENBQUM7QUFBQSxNQUMzSixHQUFHLHNCQUFzQixFQUFFLFNBQVMsV0FBVyxRQUFRLFVBQVUsQ0FBQztBQUFBLE1BQUcsR0FBRyw0QkFBNEIsRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQUM7QUFBQSxFQUNySDtBQUFBLEVBQ0EseUJBQXlCO0FBQUEsSUFDdkIsT0FBTyxFQUFFLGNBQWMsR0FBRztBQUFBLElBQzFCLEtBQUs7QUFBQSxNQUFDLEdBQUcsd0JBQXdCLEVBQUUsTUFBTSxZQUFZLE1BQU0sa0JBQWtCLE1BQU0sZUFBZSxRQUFRLE1BQU0sQ0FBQztBQUFBLE1BQy9HLEdBQUcsaUNBQWlDLEVBQUUsUUFBUSxXQUFXLEtBQUssZ0NBQWdDLE1BQU0sRUFBRSxLQUFLLGlEQUFpRCxFQUFFLENBQUM7QUFBQSxJQUFDO0FBQUEsRUFDcEs7QUFBQSxFQUNBLHlCQUF5QixFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyx5QkFBeUIsRUFBRSxPQUFPLEtBQUssTUFBTSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUMvSSwyQkFBMkIsRUFBRSxPQUFPLEVBQUUsYUFBYSxFQUFFLEdBQUcsS0FBSyxDQUFDLEdBQUcsVUFBVSxDQUFDLHlCQUF5QixDQUFDLEdBQUcsR0FBRyxXQUFXLENBQUMseUJBQXlCLEdBQUcsRUFBRSxXQUFXLEdBQUcsQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN4SywyQkFBMkI7QUFBQSxJQUN6QixPQUFPLEVBQUUsYUFBYSxHQUFHLHVCQUF1QixFQUFFO0FBQUEsSUFDbEQsS0FBSyxDQUFDO0FBQUEsTUFBRztBQUFBLE1BQW1CLENBQUMsR0FBRyxLQUFLLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSwwQkFBMEIsQ0FBQyw0SUFBd0g7QUFBQSxNQUN0TSxFQUFFLFVBQVUsc0NBQXNDO0FBQUEsSUFBQyxDQUFDO0FBQUEsRUFDeEQ7QUFBQSxFQUNBLDJCQUEyQixFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxLQUFLLEtBQUssR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLDRCQUE0QixDQUFDLHdCQUF3QixDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ2pLLDJCQUEyQixFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyxPQUFPLENBQUMsMkNBQTJDLDhDQUE4QyxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3RLLDJCQUEyQixFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyxrQ0FBa0MsQ0FBQyxtQkFBbUIsaUJBQWlCLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDNUksMkJBQTJCLEVBQUUsT0FBTyxFQUFFLGFBQWEsRUFBRSxHQUFHLEtBQUssQ0FBQyxHQUFHLE9BQU8sQ0FBQywwQkFBMEIsQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN2RywyQkFBMkIsRUFBRSxPQUFPLEVBQUUsYUFBYSxFQUFFLEdBQUcsS0FBSyxDQUFDLEdBQUcsT0FBTyxDQUFDLCtCQUErQixDQUFDLENBQUMsRUFBRTtBQUFBLEVBQzVHLDhCQUE4QjtBQUFBLElBQzVCLE9BQU8sRUFBRSxnQkFBZ0IsRUFBRTtBQUFBLElBQzNCLEtBQUssQ0FBQyxFQUFFLE1BQU0sZ0JBQWdCLE1BQU0sWUFBWSxLQUFLLDRCQUE0QixNQUFNLFNBQVMsYUFBYSxDQUFDLHVCQUF1QixFQUFFLENBQUM7QUFBQSxFQUMxSTtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixFQUFFO0FBQUEsSUFDNUIsS0FBSyxDQUFDLEVBQUUsTUFBTSxpQkFBaUIsTUFBTSxzQkFBc0IsTUFBTSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQy9FLEdBQUcsS0FBSywyQkFBMkIsT0FBTyxVQUFVLGFBQWEsQ0FBQyxFQUFFLFlBQVksc0NBQXNDLGlCQUFpQixZQUFZLENBQUMsQ0FBQztBQUFBLE1BQ3JKLEtBQUs7QUFBQSxJQUNQLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDTjtBQUFBLEVBQ0EsK0JBQStCO0FBQUEsSUFDN0IsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGNBQWMsRUFBRTtBQUFBLElBQzdDLEtBQUs7QUFBQSxNQUNILEVBQUUsTUFBTSxpQkFBaUIsTUFBTSx5QkFBeUIsVUFBVSxDQUFDO0FBQUEsUUFBSztBQUFBLFFBQXlCO0FBQUEsUUFBTztBQUFBLFFBQVc7QUFBQSxRQUNqSCxDQUFDLEVBQUUsTUFBTSx1Q0FBdUMsWUFBWSx3Q0FBd0MsQ0FBQztBQUFBLE1BQUMsQ0FBQyxFQUFFO0FBQUEsTUFDM0csR0FBRyw0QkFBNEIsRUFBRSxPQUFPLEdBQUcsTUFBTSxXQUFXLE1BQU0sUUFBUSxDQUFDO0FBQUEsTUFBRyxHQUFHLHdDQUF3QyxFQUFFLFFBQVEsVUFBVSxDQUFDO0FBQUEsSUFDaEo7QUFBQSxFQUNGO0FBQUEsRUFDQSwrQkFBK0I7QUFBQSxJQUM3QixPQUFPLEVBQUUsaUJBQWlCLEVBQUU7QUFBQSxJQUM1QixLQUFLLENBQUMsRUFBRSxNQUFNLGlCQUFpQixNQUFNLHlCQUF5QixVQUFVO0FBQUEsTUFDdEUsS0FBSyw2QkFBNkIsUUFBVyxrQkFBa0IsYUFBYSxDQUFDLEVBQUUsTUFBTSw4QkFBOEIsWUFBWSwyQ0FBMkMsQ0FBQyxDQUFDO0FBQUEsTUFDNUssS0FBSyw2QkFBNkIsUUFBVyxrQkFBa0IsOEJBQThCLENBQUMsQ0FBQztBQUFBLElBQ2pHLEVBQUUsQ0FBQztBQUFBLEVBQ0w7QUFBQSxFQUNBLCtCQUErQjtBQUFBLElBQzdCLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQzVCLEtBQUssQ0FBQyxFQUFFLE1BQU0saUJBQWlCLE1BQU0sMEJBQTBCLFVBQVU7QUFBQSxNQUN2RSxFQUFFLEdBQUcsS0FBSywrQkFBK0IsT0FBTyxVQUFVLDhCQUE4QixDQUFDLENBQUMsR0FBRyxLQUFLLGtHQUFrRztBQUFBLE1BQ3BNLEtBQUssK0JBQStCLE9BQU8sVUFBVSxhQUFhLENBQUMsRUFBRSxNQUFNLHNEQUFzRCxZQUFZLDhDQUE4QyxpQkFBaUIsWUFBWSxDQUFDLENBQUM7QUFBQSxJQUM1TixFQUFFLENBQUM7QUFBQSxFQUNMO0FBQUEsRUFDQSx5QkFBeUIsRUFBRSxPQUFPLEVBQUUsaUJBQWlCLEVBQUUsR0FBRyxLQUFLLENBQUMsRUFBRSxNQUFNLFNBQVMsT0FBTyxTQUFTLEtBQUssc0NBQXNDLENBQUMsRUFBRTtBQUFBLEVBQy9JLHlCQUF5QjtBQUFBLElBQ3ZCLE9BQU8sRUFBRSxpQkFBaUIsR0FBRyxnQkFBZ0IsRUFBRTtBQUFBLElBQy9DLEtBQUs7QUFBQSxNQUFDLEVBQUUsTUFBTSxnQkFBZ0IsV0FBVyxHQUFHLEtBQUssbURBQW1ELE9BQU8sR0FBRyxPQUFPLElBQUksUUFBUSxZQUFZO0FBQUEsTUFDM0ksRUFBRSxNQUFNLGlCQUFpQixLQUFLLDhCQUE4QixNQUFNLFVBQVUsT0FBTyxHQUFHLE9BQU8sR0FBRztBQUFBLElBQUM7QUFBQSxFQUNyRztBQUFBLEVBQ0EseUJBQXlCO0FBQUEsSUFDdkIsT0FBTyxFQUFFLGlCQUFpQixHQUFHLGdCQUFnQixFQUFFO0FBQUEsSUFDL0MsS0FBSztBQUFBLE1BQUMsRUFBRSxNQUFNLGlCQUFpQixLQUFLLDhCQUE4QixPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsTUFBRyxFQUFFLE1BQU0sU0FBUyxPQUFPLFdBQVcsS0FBSyw2QkFBNkI7QUFBQSxNQUMzSixFQUFFLE1BQU0sZ0JBQWdCLEtBQUssOEJBQThCLFFBQVEsWUFBWTtBQUFBLElBQUM7QUFBQSxFQUNwRjtBQUFBLEVBQ0EsNEJBQTRCO0FBQUEsSUFDMUIsT0FBTyxFQUFFLFlBQVksRUFBRTtBQUFBLElBQ3ZCLEtBQUssQ0FBQyxHQUFHLE9BQU8sNkJBQTZCLDRCQUE0QjtBQUFBLE1BQUMsR0FBRyx1Q0FBdUM7QUFBQSxNQUFHLEdBQUcsbUNBQW1DO0FBQUEsTUFDM0osR0FBRyx1Q0FBdUM7QUFBQSxNQUFHLEdBQUcsb0NBQW9DO0FBQUEsTUFBRyxHQUFHLHFCQUFxQixVQUFVO0FBQUEsSUFBQyxHQUFHLEVBQUUsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUFBLEVBQ3pKO0FBQUEsRUFDQSw0QkFBNEI7QUFBQSxJQUMxQixPQUFPLEVBQUUsY0FBYyxFQUFFO0FBQUEsSUFDekIsS0FBSyxDQUFDO0FBQUEsTUFBRSxNQUFNO0FBQUEsTUFBYyxVQUFVO0FBQUEsTUFBTSxNQUFNO0FBQUEsTUFDaEQsWUFBWSxDQUFDLEVBQUUsS0FBSywrQkFBK0IsTUFBTSxpQkFBaUIsUUFBUSxjQUFjLENBQUM7QUFBQSxNQUNqRyxZQUFZO0FBQUEsUUFBQyxHQUFHLDhDQUE4QyxRQUFRO0FBQUEsUUFBRyxHQUFHLDJEQUEyRCxRQUFRO0FBQUEsUUFDN0ksR0FBRyxtRUFBbUUsUUFBUTtBQUFBLFFBQUcsR0FBRyxjQUFjLFVBQVU7QUFBQSxNQUFDO0FBQUEsSUFBRSxDQUFDO0FBQUEsRUFDdEg7QUFBQSxFQUNBLGtFQUFrRSxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxHQUFHLEtBQUssQ0FBQyxRQUFRLFlBQVksRUFBRSxNQUFNLFNBQVMsT0FBTyxXQUFXLEtBQUssc0JBQXNCLENBQUMsRUFBRTtBQUFBLEVBQzlMLHFEQUFxRCxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxHQUFHLEtBQUssQ0FBQyxFQUFFLEdBQUcsUUFBUSxXQUFXLEVBQUUsQ0FBQyxFQUFFO0FBQUEsRUFDekgsK0RBQStELEVBQUUsT0FBTyxFQUFFLGlCQUFpQixFQUFFLEdBQUcsS0FBSyxDQUFDLElBQUksRUFBRTtBQUFBLEVBQzVHLG9EQUFvRCxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxHQUFHLEtBQUssQ0FBQyxJQUFJLEVBQUU7QUFBQSxFQUNqRyxrREFBa0Q7QUFBQSxJQUNoRCxPQUFPLEVBQUUsYUFBYSxFQUFFO0FBQUEsSUFDeEIsS0FBSztBQUFBLE1BQUMsR0FBRywwQkFBMEIsQ0FBQyxTQUFTLEdBQUcsRUFBRSxLQUFLLHlCQUF5QixDQUFDO0FBQUEsTUFBRyxHQUFHLG1CQUFtQixDQUFDLHVIQUE2RyxHQUFHLEVBQUUsVUFBVSxvQ0FBb0MsQ0FBQztBQUFBLE1BQzFRLEdBQUcsZ0JBQWdCLENBQUMsb0JBQW9CLENBQUM7QUFBQSxJQUFDO0FBQUEsRUFDOUM7QUFBQSxFQUNBLDZGQUE2RjtBQUFBLElBQzNGLE9BQU8sRUFBRSxpQkFBaUIsRUFBRTtBQUFBLElBQUcsS0FBSyxDQUFDLEVBQUUsTUFBTSxTQUFTLE9BQU8sV0FBVyxLQUFLLHFCQUFxQixHQUFHLEVBQUUsTUFBTSxTQUFTLE9BQU8sV0FBVyxLQUFLLHFCQUFxQixDQUFDO0FBQUEsRUFDcks7QUFDRjtBQUNBLFdBQVcsS0FBSyxDQUFDLFdBQVcsa0JBQWtCLGdCQUFnQixrQkFBa0IsaUJBQWlCLGdCQUFnQixTQUFTLEVBQUcsT0FBTSxzQkFBc0IsQ0FBQyxvQkFBb0IsSUFBSTtBQUdsTCxTQUFTLE9BQU8sTUFBa0M7QUFDaEQsU0FBTywyRUFBMkUsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRztBQUVBLFNBQVMsVUFBVSxLQUE0QjtBQUM3QyxRQUFNLFdBQU8sdUJBQUssc0NBQVUsR0FBRztBQUMvQixRQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLE1BQUksS0FBSywwQkFBMEIsS0FBSyxHQUFHLEdBQUc7QUFFNUMsVUFBTSxFQUFFLGFBQWEsSUFBSSxRQUFRLHVCQUF1QjtBQUN4RCxVQUFNLElBQUksSUFBSSxhQUFhO0FBQzNCLFVBQU0sV0FBTyx1QkFBSyxzQ0FBVSxtQkFBbUIsQ0FBQyxVQUFVO0FBQzFELFVBQU0sS0FBSyxDQUFDLEdBQUcsRUFBRSxTQUFLLDZCQUFhLEdBQUcsSUFBSSxhQUFhLEdBQUcsUUFBUSxHQUFHLEdBQUcsRUFBRSxTQUFLLDZCQUFhLEdBQUcsSUFBSSxhQUFhLEdBQUcsUUFBUSxDQUFDO0FBQzVILFdBQU8sR0FBRyxPQUFPLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDMUI7QUFDQSxhQUFPLDRCQUFTLDZCQUFhLElBQUksQ0FBQztBQUNwQztBQUVBLFNBQVMsTUFBTSxLQUFhLFFBQXVCLEtBQW1CO0FBQ3BFLGFBQVcsQ0FBQyxNQUFNLENBQUMsS0FBSyxPQUFPLFFBQVEsSUFBSSxTQUFTLENBQUMsQ0FBQyxHQUFHO0FBQ3ZELGtCQUFBQSxRQUFPLE1BQU0sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSSxFQUFFLFFBQVEsR0FBRyxHQUFHLEdBQUcsZUFBZSxJQUFJLFNBQVM7QUFBQSxFQUNsRztBQUNBLGFBQVcsUUFBUSxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ2hDLFVBQU0sUUFBUSxLQUFLLE1BQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUM3QyxrQkFBQUEsUUFBTyxHQUFHLE9BQU8sS0FBSyxDQUFDLFVBQU0scUNBQVEsR0FBRyxLQUFLLENBQUMsR0FBRyxHQUFHLEdBQUcsNEJBQTRCLEtBQUssVUFBVSxLQUFLLENBQUM7QUFBQSxPQUFVLEtBQUssVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBSSxDQUFDLEVBQUU7QUFBQSxFQUN6TTtBQUNGO0FBRUEsV0FBVyxXQUFPLDBDQUFhLEdBQUc7QUFDaEMsNkJBQUssV0FBVyxHQUFHLCtCQUErQixNQUFNO0FBQ3RELFVBQU0sSUFBSSxPQUFPLEdBQUc7QUFDcEIsVUFBTSxNQUFNLElBQUksTUFBTSxDQUFDLElBQUksTUFBTSxHQUFHO0FBQ3BDLGtCQUFBQSxRQUFPLEdBQUcsS0FBSyx1QkFBdUIsR0FBRyx1QkFBdUI7QUFDaEUsVUFBTSxTQUFTLFVBQVUsR0FBRztBQUM1QixVQUFNLEtBQUssUUFBUSxHQUFHO0FBQ3RCLGVBQVcsS0FBSyxRQUFRO0FBQ3RCLG9CQUFBQSxRQUFPLEdBQUcsT0FBTyxVQUFVLEVBQUUsU0FBUyxLQUFLLEVBQUUsYUFBYSxHQUFHLEdBQUcsR0FBRyxrQkFBa0IsRUFBRSxJQUFJLEVBQUU7QUFDN0YsVUFBSSxFQUFFLFNBQVMsbUJBQW1CLEVBQUUsU0FBUyxtQkFBbUIsRUFBRSxTQUFTLGFBQWMsZUFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxzQ0FBc0M7QUFBQSxJQUNySjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBQUEsSUFFQSx1QkFBSyx3RUFBd0UsTUFBTTtBQUNqRixRQUFNLGFBQVMsNEJBQVMsaUNBQWEsdUJBQUssc0NBQVUsNkNBQTZDLENBQUMsQ0FBQztBQUNuRyxRQUFNLE1BQU0sT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsWUFBWTtBQUN0RCxnQkFBQUEsUUFBTyxNQUFNLEtBQUssV0FBVyxDQUFDO0FBQzlCLFFBQU0sWUFBUSw0QkFBUyxpQ0FBYSx1QkFBSyxzQ0FBVSw4Q0FBOEMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGVBQWU7QUFDM0ksZ0JBQUFBLFFBQU8sTUFBTSxPQUFPLFdBQVcsRUFBRTtBQUNuQyxDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
