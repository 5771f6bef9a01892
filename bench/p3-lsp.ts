/**
 * P3: time from a didChange edit to the next publishDiagnostics on a generated 3,000-line ebuild, and the server's
 * resident memory, for our server and two peers in the same run on the same file and edits: bash-language-server
 * and termux-language-server (the ebuild language server on PyPI; installed with pip when missing; it reads only
 * `*.ebuild`, hence an ebuild rather than an eclass).
 * Our server publishes its tree-sitter diagnostics at once and shellcheck's later; the first is measured.
 * Both servers and this process run at raised priority when permitted (same for both peers).
 * P3_LINES scales the file, P3_EDITS the number of measured edits (median reported), P3_WARMUP the unmeasured ones first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LspProcess } from '../test/integration/lspClient';

const ROOT = resolve(__dirname, '..', '..');
const LINES = Number(process.env.P3_LINES ?? 3000);
const EDITS = Number(process.env.P3_EDITS ?? 15);
/** Edits before measuring, so both servers are past JIT warm-up (steady typing, as in an editor). */
const WARMUP = Number(process.env.P3_WARMUP ?? 5);
/** bash-language-server runs shellcheck on the whole file per edit (seconds each), so it gets fewer. */
const PEER_EDITS = Number(process.env.P3_PEER_EDITS ?? 7);
const PEER_WARMUP = Number(process.env.P3_PEER_WARMUP ?? 2);

/** An ebuild with an eclass-sized body: doc blocks and functions calling helpers, like the big eclasses in ::gentoo. */
export function generateEbuild(lines: number): string {
  const out = ['# Copyright 2024 Gentoo Authors', '# Distributed under the terms of the GNU General Public License v2', '', 'EAPI=8', '',
    'DESCRIPTION="Generated for P3"', 'HOMEPAGE="https://example.org/bench"', 'SRC_URI="https://example.org/${P}.tar.gz"', '',
    'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"', ''];
  for (let i = 0; out.length < lines - 1; i++) {
    out.push(`# @FUNCTION: bench_fn${i}`, '# @USAGE: <arg> [more]', '# @DESCRIPTION:', `# Does step ${i} of the benchmark.`,
      `bench_fn${i}() {`, '\tdebug-print-function ${FUNCNAME} "$@"', '\tlocal arg=${1}', `\tif [[ -n \${arg} ]]; then`,
      `\t\teinfo "step ${i}: \${arg}"`, `\t\temake -C "\${S}" target${i} || die "step ${i} failed"`, '\telse', '\t\tewarn "no argument"', '\tfi',
      `\tcase \${arg} in`, '\t\ta*) echo a ;;', '\t\t*) echo other ;;', '\tesac', '}', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Measure { ms: number; mb: number; metric: 'diagnostics' | 'documentSymbol' }

/** Raise the priority of a process when allowed: on a shared, busy machine scheduling delays otherwise swamp the timings. */
function favour(pid: number | undefined): void {
  try {
    if (pid) setPriority(pid, -10);
  } catch {
    /* not permitted (not root): measure at normal priority */
  }
}

async function measure(command: string, args: string[], dir: string, file: string, text: string, options: unknown, warmup: number, edits: number): Promise<Measure> {
  const ls = new LspProcess(command, args);
  favour(ls.child.pid);
  try {
    await ls.initialize(dir, options);
    const uri = `file://${file}`;
    await ls.open(uri, text);
    let gotFirst = true;
    await ls.waitForDiagnostics((p) => p.uri === uri, 30000).catch(() => (gotFirst = false));
    // typing inside the einfo message of functions around the middle of the file: a common, valid edit
    const lines = text.split('\n');
    const targets = lines.map((l, i) => (l.includes('einfo "step') ? i : -1)).filter((i) => i >= lines.length / 2);
    const times: number[] = [];
    let metric: Measure['metric'] = gotFirst ? 'diagnostics' : 'documentSymbol';
    for (let i = 0; i < warmup + edits; i++) {
      const line = targets[i % targets.length];
      const character = lines[line].indexOf('"') + 1;
      const change = { range: { start: { line, character }, end: { line, character } }, text: 'x' };
      const mark = ls.published.length;
      const t0 = process.hrtime.bigint();
      await ls.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
      if (metric === 'diagnostics') {
        const ok = await ls.waitForDiagnostics((p) => p.uri === uri, 15000, mark).then(() => true, () => false);
        if (!ok) {
          metric = 'documentSymbol';
          continue;
        }
      } else {
        await ls.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      }
      if (i >= warmup) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      // let a debounced second publish (shellcheck) settle so it is not taken for the next edit's answer
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ms: median(times), mb: rssMb(ls.child.pid), metric };
  } finally {
    await ls.stop();
  }
}

/** termux-language-server from PyPI, installed for this bench when missing (CI does not run benches). */
function termuxCommand(): string {
  const ok = () => spawnSync('termux-language-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!ok()) {
    const r = spawnSync('python3', ['-m', 'pip', 'install', '--quiet', 'termux-language-server'], { stdio: 'inherit' });
    if (r.status !== 0 || !ok()) throw new Error('termux-language-server is missing and "pip install termux-language-server" failed');
  }
  return 'termux-language-server';
}

export async function run(): Promise<void> {
  favour(process.pid);
  const dir = mkdtempSync(join(tmpdir(), 'p3-lsp-'));
  try {
    const file = join(dir, 'bench-1.0.ebuild');
    const text = generateEbuild(LINES);
    writeFileSync(file, text);
    const ours = await measure(process.execPath, [join(ROOT, 'bin', 'ebuild-builder-ls.js'), '--stdio'], dir, file, text, {}, WARMUP, EDITS);
    const peers: [string, Measure][] = [
      ['bash-language-server', await measure(process.execPath, [join(ROOT, 'node_modules', 'bash-language-server', 'out', 'cli.js'), 'start'], dir, file, text, {}, PEER_WARMUP, PEER_EDITS)],
      ['termux-language-server', await measure(termuxCommand(), [], dir, file, text, {}, WARMUP, EDITS)],
    ];
    for (const [peer, theirs] of peers) {
      const name = theirs.metric === 'diagnostics' ? 'edit-to-diagnostics' : `edit-to-diagnostics(${peer}: documentSymbol)`;
      console.log(`P3 ${name} ${ours.ms.toFixed(1)} ms ratio-vs-${peer} ${(ours.ms / theirs.ms).toFixed(3)}`);
    }
    for (const [peer, theirs] of peers) console.log(`P3 memory ${ours.mb.toFixed(1)} MB ratio-vs-${peer} ${(ours.mb / theirs.mb).toFixed(3)}`);
    const detail = peers.map(([peer, t]) => `${peer} ${t.ms.toFixed(1)} ms (${t.metric}), ${t.mb.toFixed(1)} MB`).join('; ');
    console.error(`P3 detail: ${LINES} lines; ours ${EDITS} measured edits after ${WARMUP}, bash-language-server ${PEER_EDITS} after ${PEER_WARMUP}, termux-language-server ${EDITS} after ${WARMUP}; ${detail}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
