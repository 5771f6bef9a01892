/**
 * lsp-survey: how loud the language server is on a real tree. Opens a seeded random sample of the tree's
 * ebuilds and eclasses in the real server over stdio, waits for its diagnostics (the fast ones, then
 * shellcheck's), and prints the share of files with an error or a warning, the most frequent codes with an
 * example line each, the server's own errors in full, and the time from didOpen to the first diagnostics.
 *
 *   npm run bench -- lsp-survey --tree PATH [--seed N] [--ebuilds 400] [--eclasses 60] [--loud]
 *
 * --loud lists every error and warning (file:line, code, message) after the summary, to review them one by one.
 * --seeds N surveys the whole tree once, then draws the sample of each seed 1..N from it (the same draw as
 * --seed) and prints how the share of loud files spreads over seeds: median, p95, max, seeds over 3 %.
 *
 * The tree is not part of the project (docs/language-server.md says where to get one); without --tree the
 * survey prints a skip line. LSP_SURVEY_SERVER names another server script (default bin/ebuild-builder-ls.js).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { seededRandom } from '../src/core/seededRandom';
import { LspProcess, PublishedDiagnostics } from '../test/integration/lspClient';

const ROOT = resolve(__dirname, '..', '..');
type Diagnostic = PublishedDiagnostics['diagnostics'][number];

interface Options { tree: string; seed: number; ebuilds: number; eclasses: number; top: number; loud: boolean; seeds: number }

/** `--name value` pairs of the bench's command line. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Every ebuild (`cat/pkg/*.ebuild`) and eclass of the tree, in a stable order. */
function treeFiles(tree: string): { ebuilds: string[]; eclasses: string[] } {
  const ebuilds: string[] = [];
  for (const cat of listDir(tree)) {
    if (cat === 'eclass' || cat === 'profiles' || cat === 'metadata' || cat === 'licenses' || cat.startsWith('.')) continue;
    if (!statSync(join(tree, cat)).isDirectory()) continue;
    for (const pkg of listDir(join(tree, cat))) for (const f of listDir(join(tree, cat, pkg))) if (f.endsWith('.ebuild')) ebuilds.push(join(tree, cat, pkg, f));
  }
  const eclasses = listDir(join(tree, 'eclass')).filter((f) => f.endsWith('.eclass')).map((f) => join(tree, 'eclass', f));
  return { ebuilds, eclasses };
}

/** n items drawn without replacement (partial Fisher–Yates), replayable from the seed. */
function sample<T>(items: T[], n: number, random: () => number): T[] {
  const a = [...items];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
}

const LOUD = (d: Diagnostic) => d.severity === 1 || d.severity === 2;
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface FileResult { path: string; ms: number; diagnostics: Diagnostic[] }

async function survey(o: Options, files: string[], shellcheck: boolean): Promise<FileResult[]> {
  const server = process.env.LSP_SURVEY_SERVER ?? join(ROOT, 'bin', 'ebuild-builder-ls.js');
  const ls = new LspProcess(process.execPath, [server, '--stdio']);
  const out: FileResult[] = [];
  try {
    // opening a file is not typing: no debounce before shellcheck
    await ls.initialize(o.tree, { shellcheck: { delayMs: 0 } });
    const open = async (path: string, version: number): Promise<FileResult> => {
      const uri = `file://${path}`;
      const text = readFileSync(path, 'utf8');
      const mark = ls.published.length;
      const t0 = process.hrtime.bigint();
      await ls.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: path.endsWith('.eclass') ? 'eclass' : 'ebuild', version, text } });
      const first = await ls.waitForDiagnostics((p) => p.uri === uri, 30000, mark);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      // shellcheck's publish follows and carries the fast diagnostics too; none comes for a file not analysed
      const analysed = !first.diagnostics.some((d) => d.code === 'not-analysed');
      const last = shellcheck && analysed
        ? await ls.waitForDiagnostics((p) => p.uri === uri, 30000, ls.published.indexOf(first) + 1).catch(() => {
          console.error(`lsp-survey: no shellcheck answer within 30 s for ${path}`);
          return first;
        })
        : first;
      await ls.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      return { path, ms, diagnostics: last.diagnostics };
    };
    // one unmeasured open first: loading the bash grammar is start-up, not time to diagnostics
    if (files[0]) await open(files[0], 1);
    for (const f of files) out.push(await open(f, 2));
  } finally {
    await ls.stop();
  }
  return out;
}

function report(o: Options, results: FileResult[], shellcheck: boolean): void {
  const loud = (kind: string) => {
    const of = results.filter((r) => r.path.endsWith(kind));
    const n = of.filter((r) => r.diagnostics.some(LOUD)).length;
    return { n, total: of.length, pct: of.length ? (100 * n) / of.length : 0 };
  };
  const all = results.filter((r) => r.diagnostics.some(LOUD)).length;
  const e = loud('.ebuild');
  const c = loud('.eclass');
  const times = results.map((r) => r.ms);
  console.log(`lsp-survey tree ${o.tree} seed ${o.seed}: ${e.total} ebuilds, ${c.total} eclasses${shellcheck ? '' : ' (shellcheck not installed: its diagnostics are missing)'}`);
  console.log(`lsp-survey files-with-error-or-warning ${((100 * all) / Math.max(1, results.length)).toFixed(1)} % (${all}/${results.length}; ebuilds ${e.pct.toFixed(1)} %, eclasses ${c.pct.toFixed(1)} %)`);
  console.log(`lsp-survey time-to-diagnostics median ${quantile(times, 0.5).toFixed(1)} ms p95 ${quantile(times, 0.95).toFixed(1)} ms`);
  const byCode = new Map<string, { count: number; files: Set<string>; example: string }>();
  for (const r of results) {
    for (const d of r.diagnostics) {
      const key = `${d.code} (${d.source}, ${SEVERITY[d.severity ?? 0] ?? '?'})`;
      const entry = byCode.get(key) ?? { count: 0, files: new Set<string>(), example: example(o.tree, r.path, d) };
      entry.count++;
      entry.files.add(r.path);
      byCode.set(key, entry);
    }
  }
  const total = results.reduce((n, r) => n + r.diagnostics.length, 0);
  console.log(`lsp-survey diagnostics ${total}; by code (count, files, an example):`);
  for (const [key, v] of [...byCode].sort((a, b) => b[1].count - a[1].count).slice(0, o.top)) console.log(`  ${key} ${v.count} on ${v.files.size}  ${v.example}`);
  const loudCodes = [...byCode].filter(([key]) => / (error|warning)\)$/.test(key)).sort((a, b) => b[1].files.size - a[1].files.size);
  console.log(`lsp-survey errors and warnings by code (files, an example):`);
  for (const [key, v] of loudCodes) console.log(`  ${key} on ${v.files.size}  ${v.example}`);
  const own = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 1 && d.source !== 'shellcheck').map((d) => `  ${example(o.tree, r.path, d)}  ${d.code}: ${d.message}`));
  console.log(`lsp-survey own-errors ${own.length}`);
  own.forEach((l) => console.log(l));
  if (!o.loud) return;
  console.log('lsp-survey every error and warning:');
  for (const r of results) for (const d of r.diagnostics.filter(LOUD)) console.log(`  ${example(o.tree, r.path, d)}  ${d.code}: ${d.message}`);
}

/** `cat/pkg/file:line: text` of a diagnostic, for reading the top codes at a glance. */
function example(tree: string, path: string, d: Diagnostic): string {
  const line = readFileSync(path, 'utf8').split('\n')[d.range.start.line] ?? '';
  return `${relative(tree, path)}:${d.range.start.line + 1}: ${line.trim().slice(0, 100)}`;
}

export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const tree = flag(args, 'tree');
  if (!tree) {
    console.log('lsp-survey skipped: no --tree PATH (npm run bench -- lsp-survey --tree PATH [--seed N] [--ebuilds 400] [--eclasses 60])');
    return;
  }
  const o: Options = { tree: resolve(tree), seed: Number(flag(args, 'seed') ?? 1), ebuilds: Number(flag(args, 'ebuilds') ?? 400), eclasses: Number(flag(args, 'eclasses') ?? 60), top: Number(flag(args, 'top') ?? 15), loud: args.includes('--loud'), seeds: Number(flag(args, 'seeds') ?? 0) };
  const all = treeFiles(o.tree);
  if (!all.ebuilds.length && !all.eclasses.length) throw new Error(`${o.tree} holds no cat/pkg/*.ebuild nor eclass/*.eclass: is it a repository root?`);
  const draw = (seed: number) => {
    const random = seededRandom(seed);
    return [...sample(all.ebuilds, o.ebuilds, random), ...sample(all.eclasses, o.eclasses, random)];
  };
  const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;
  if (!o.seeds) {
    report(o, await survey(o, draw(o.seed), shellcheck), shellcheck);
    return;
  }
  const results = await survey(o, [...all.ebuilds, ...all.eclasses], shellcheck);
  report({ ...o, ebuilds: all.ebuilds.length, eclasses: all.eclasses.length }, results, shellcheck);
  const loud = new Set(results.filter((r) => r.diagnostics.some(LOUD)).map((r) => r.path));
  const shares = Array.from({ length: o.seeds }, (_, i) => draw(i + 1)).map((files) => (100 * files.filter((f) => loud.has(f)).length) / files.length);
  const over = shares.filter((p) => p > 3).length;
  console.log(`lsp-survey seeds 1-${o.seeds} (${o.ebuilds} ebuilds + ${o.eclasses} eclasses each): share of loud files median ${quantile(shares, 0.5).toFixed(1)} % p95 ${quantile(shares, 0.95).toFixed(1)} % max ${Math.max(...shares).toFixed(1)} %; over 3 %: ${over} seeds (${((100 * over) / o.seeds).toFixed(1)} %)`);
}
