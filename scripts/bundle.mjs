// Bundles each entry point with esbuild: extension (vscode external), language server, CLI.
// The extension evaluates at activation only what its first screen needs. The libraries behind Docker, ssh, archives,
// compression and the language client, and the emerge output parser, are bundled apart into dist/lib/<group>.js; in
// dist/extension.js each is a stub whose exports are getters that require its group on first use (see lazyLibraries
// below). Namespace imports of VS Code's API and Node's modules share one copy (see sharedNamespaces).
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { argv } from 'node:process';
import { resolve as resolvePath } from 'node:path';

const require = createRequire(import.meta.url);
const watch = argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: argv.includes('--minify'),
  // cpu-features is an optional native addon of ssh2; without it ssh2 uses pure JS.
  external: ['vscode', 'cpu-features', '*.node'],
  logLevel: 'warning',
  // jsonc-parser's UMD entry requires files dynamically; its ESM entry bundles.
  mainFields: ['module', 'main'],
};

/**
 * What the extension loads on first use, by the file it is bundled into (dist/lib/<group>.js): libraries by name,
 * and this project's modules that are data only (the zstd decoder's WebAssembly) by the import written in the source.
 */
const LAZY_GROUPS = {
  docker: ['dockerode', 'tar-stream'],
  ssh: ['ssh2'],
  compression: ['pako', 'seek-bzip', 'xz-decompress', './zstdDecoderWasm'],
  'language-client': ['vscode-languageclient/node'],
  // The emerge output parser (a build's output, kept builds, diagnostics), by each import of it in the source.
  'emerge-parser': ['./emerge', '../core/emerge', '../../core/emerge'],
};
/**
 * This project's modules among them: the file each import names (an import of the same text that resolves to another
 * file is left alone). Each is evaluated at build time for its export names, so it must do nothing but define them;
 * it is bundled again into its group, so it must hold no state or class another module shares (instanceof).
 */
const LOCAL_MODULES = {
  './zstdDecoderWasm': 'src/core/binpkg/zstdDecoderWasm.ts',
  './emerge': 'src/core/emerge/index.ts',
  '../core/emerge': 'src/core/emerge/index.ts',
  '../../core/emerge': 'src/core/emerge/index.ts',
};
const groupOf = new Map(Object.entries(LAZY_GROUPS).flatMap(([g, libs]) => libs.map((l) => [l, g])));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A stub stands for a library: the same export names (read from the library at build time), each a getter that
 * requires the library's group the first time it is read. A library that is itself a function (dockerode) is
 * stood for by a function that forwards calls and `new`. Nothing of the library runs until its code is used.
 */
async function stubSource(lib, dir) {
  const real = LOCAL_MODULES[lib] ? await evaluate(LOCAL_MODULES[lib]) : withVscodeStandIn(() => require(lib));
  const load = `require(${JSON.stringify(`./${dir}${groupOf.get(lib)}.js`)})[${JSON.stringify(lib)}]`;
  const names = Object.keys(real).filter((k) => k !== '__esModule' && k !== 'default');
  const lines = [`let lib; const load = () => (lib ??= ${load});`];
  if (typeof real === 'function') {
    lines.push(
      'function lazy(...args) {',
      '  const fn = load();',
      '  return new.target ? Reflect.construct(fn, args, new.target === lazy ? fn : new.target) : fn.apply(this, args);',
      '}',
      'module.exports = lazy;',
    );
    names.splice(0, names.length, ...names.filter((k) => !['prototype', 'length', 'name'].includes(k)));
  }
  const target = typeof real === 'function' ? 'lazy' : 'exports';
  if (real.__esModule) lines.push(`Object.defineProperty(${target}, '__esModule', { value: true });`);
  if ('default' in real) names.push('default');
  lines.push(`for (const k of ${JSON.stringify(names)}) Object.defineProperty(${target}, k, { enumerable: true, get: () => load()[k] });`);
  return lines.join('\n');
}

/** A module of this project, bundled and run here to read its exports (only for modules that are data). */
async function evaluate(file) {
  const out = await build({ ...common, sourcemap: false, minify: false, entryPoints: [file], write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** The language client requires `vscode` as it loads; only VS Code has it, so reading its names here needs a stand-in. */
function withVscodeStandIn(fn) {
  const anything = new Proxy(function () {}, {
    get: (_t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : anything),
    construct: () => anything,
    apply: () => anything,
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? anything : load.call(this, request, ...rest);
  };
  try {
    return fn();
  } finally {
    Module._load = load;
  }
}

/** Stands a stub in for each lazy library, except those `own` (the group being bundled); `dir`: lib/ from dist/. */
const lazyLibraries = (dir, own = []) => ({
  name: 'lazy-libraries',
  setup(b) {
    const libs = [...groupOf.keys()].filter((l) => !own.includes(l));
    const filter = new RegExp(`^(${libs.map(escape).join('|')})$`);
    b.onResolve({ filter }, (a) => {
      const local = LOCAL_MODULES[a.path];
      const named = resolvePath(a.resolveDir, a.path);
      if (local && ![named, `${named}.ts`, `${named}/index.ts`].includes(resolvePath(local))) return undefined;
      return { path: a.path, namespace: 'lazy-library' };
    });
    b.onResolve({ filter: /^\.\//, namespace: 'lazy-library' }, (a) => ({ path: a.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-library' }, async (a) => ({ contents: await stubSource(a.path, dir), loader: 'js', resolveDir: '.' }));
  },
});

/**
 * Inside a group, requires that only rare calls need are deferred to the call: dockerode's BuildKit session (gRPC
 * and protobufjs, most of the group's load time) and docker-modem's ssh transport (ssh2; our ssh engines use ssh2 on
 * their own). Each names the variable a library assigns from require(); a library update that renames it fails here.
 */
const DEFERRED_REQUIRES = [
  { file: 'node_modules/dockerode/lib/docker.js', name: 'withSession', module: './session', out: 'docker-session' },
  { file: 'node_modules/docker-modem/lib/modem.js', name: 'ssh', module: './ssh', out: 'docker-ssh' },
];
/** Each deferred module is bundled on its own (dist/lib/<out>.js) and required from there on the first call. */
const deferRequires = {
  name: 'defer-requires',
  setup(b) {
    for (const d of DEFERRED_REQUIRES) {
      b.onLoad({ filter: new RegExp(`${escape(d.file)}$`) }, async (a) => {
        const source = await readFile(a.path, 'utf8');
        const call = `${d.name} = require('${d.module}')`;
        if (!source.includes(call)) throw new Error(`${d.file} no longer has "${call}": update DEFERRED_REQUIRES in scripts/bundle.mjs`);
        return { contents: source.replace(call, `${d.name} = function () { return require('./${d.out}.js').apply(this, arguments); }`), loader: 'js' };
      });
    }
    b.onResolve({ filter: new RegExp(`^\\./(${DEFERRED_REQUIRES.map((d) => escape(d.out)).join('|')})\\.js$`) }, (a) => ({ path: a.path, external: true }));
  },
};

/**
 * `import * as vscode from 'vscode'` (or `node:path`) of an external CommonJS module is bundled as a copy of all its
 * properties made once per importing file: 42 copies of VS Code's API and 51 of node:path, some 10 ms of the
 * extension's evaluation. This project's imports of such modules go through one ES module of the bundle each
 * (`export * from`): one copy, shared by every importer. Libraries' require() calls are left as they are (some
 * modules are a function or class themselves), and nothing in src default-imports them (export * has no default).
 */
const sharedNamespaces = {
  name: 'shared-namespaces',
  setup(b) {
    b.onResolve({ filter: /^(vscode|node:[a-z_/]+)$/ }, (a) => {
      if (a.namespace === 'shared-namespace') return { path: a.path, external: true };
      if (a.kind !== 'import-statement' || a.importer.includes('node_modules')) return undefined;
      return { path: a.path, namespace: 'shared-namespace' };
    });
    b.onLoad({ filter: /.*/, namespace: 'shared-namespace' }, (a) => ({ contents: `export * from ${JSON.stringify(a.path)};`, loader: 'js' }));
  },
};

/** One bundle per group: each library behind a getter, so requiring the group evaluates only the libraries read. */
function groupEntry(libs) {
  const path = (l) => (LOCAL_MODULES[l] ? `./${LOCAL_MODULES[l]}` : l);
  return libs.map((l) => `Object.defineProperty(exports, ${JSON.stringify(l)}, { enumerable: true, get: () => require(${JSON.stringify(path(l))}) });`).join('\n');
}

// The extension's first and last lines mark its evaluation (activationFigures.ts reports it).
const marks = { banner: { js: "performance.mark('ebuildBuilder.bundleStart');" }, footer: { js: "performance.mark('ebuildBuilder.bundleEnd');" } };
const entries = [
  { in: 'src/extension/main.ts', out: 'dist/extension.js', extra: { plugins: [sharedNamespaces, lazyLibraries('lib/')], ...marks } },
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js' },
];
// Each bundle on its own: one broken entry must not hide the others' errors.
let failed = 0;
const attempt = async (options) => {
  try {
    await build({ ...common, ...options });
  } catch {
    failed++;
  }
};
rmSync('dist/lib', { recursive: true, force: true });
mkdirSync('dist/lib', { recursive: true });
for (const [group, libs] of Object.entries(LAZY_GROUPS)) {
  const plugins = [deferRequires, lazyLibraries('', libs)];
  await attempt({ stdin: { contents: groupEntry(libs), resolveDir: '.', sourcefile: `lib/${group}.js` }, outfile: `dist/lib/${group}.js`, plugins });
}
for (const d of DEFERRED_REQUIRES) {
  const entry = `${d.file.slice(0, d.file.lastIndexOf('/'))}/${d.module.slice(2)}.js`;
  await attempt({ entryPoints: [entry], outfile: `dist/lib/${d.out}.js`, plugins: [lazyLibraries('')] });
}
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await attempt({ entryPoints: [e.in], outfile: e.out, ...e.extra });
}
if (failed) process.exit(1);
if (watch) console.log('watch mode is not supported; run again after edits');
