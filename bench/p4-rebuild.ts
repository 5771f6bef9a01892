/**
 * P4: the edit → build loop with real Portage. A first build of needs-ssl (with its USE line) builds libfoo and
 * needs-ssl; then only needs-ssl's ebuild changes and it is built again: libfoo must come from its binary package
 * and needs-ssl from source. Prints `P4 second-build <s> ratio-vs-first <r>` and the second build's merge list,
 * which proves it (`[binary` for libfoo, `[ebuild` for needs-ssl). The peer is the first build of the same run.
 * Needs the test images (scripts/build-test-images.sh). P4_PROFILE: gentoo (default) or sabayon; P4_ROUNDS loops (3).
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../src/core/buildConfig';
import { prepareBuild } from '../src/docker/buildEbuild';

const ROOT = path.join(__dirname, '..', '..');
const REL = 'app-misc/needs-ssl/needs-ssl-1.0.ebuild';

async function timedBuild(ws: string, config: BuildConfig, profile: string): Promise<{ seconds: number; stdout: string }> {
  const t0 = process.hrtime.bigint();
  const prepared = await prepareBuild(path.join(ws, REL), { workspaceFolders: [ws], config, profile });
  let stdout = '';
  prepared.handle.onEvent((e) => {
    if (e.type === 'output' && e.stream === 'stdout') stdout += e.data.toString('utf8');
  });
  const r = await prepared.handle.done;
  if (r.state !== 'succeeded') throw new Error(`P4 build ${r.state}: ${r.error?.message ?? stdout.slice(-2000)}`);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout };
}

/** One edit → build loop from an empty cache: the first build, then the second after editing only needs-ssl. */
async function loop(profile: string): Promise<{ first: number; second: number; mergeList: string[] }> {
  // A state of its own: the first build starts from an empty cache, as on a new machine.
  process.env.EBUILD_BUILDER_STATE_DIR = mkdtempSync(path.join(tmpdir(), 'eb-p4-state-'));
  const ws = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-p4-'))), 'ws');
  cpSync(path.join(ROOT, 'examples', 'overlay'), ws, { recursive: true });
  appendFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
  const config: BuildConfig = {
    ...DEFAULT_BUILD_CONFIG,
    images: { sabayon: 'ebuild-builder/test-sabayon:test', gentoo: 'ebuild-builder/test-gentoo:test' },
    gentooTree: 'volume:ebuild-builder/test-gentoo-tree:test',
    network: 'none',
  };
  try {
    const first = await timedBuild(ws, config, profile);
    const ebuild = path.join(ws, REL);
    writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('"needs-ssl"', '"needs-ssl, edited"'));
    const second = await timedBuild(ws, config, profile);
    return { first: first.seconds, second: second.seconds, mergeList: second.stdout.split('\n').filter((l) => /^\[(ebuild|binary)\s/.test(l)) };
  } finally {
    rmSync(path.dirname(ws), { recursive: true, force: true });
    rmSync(process.env.EBUILD_BUILDER_STATE_DIR, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const profile = process.env.P4_PROFILE ?? 'gentoo';
  // The two builds of one loop run seconds apart; on a shared machine the load moves between them, so the loop
  // runs a few times and the median ratio is printed with the range.
  const rounds = Math.max(1, Number(process.env.P4_ROUNDS ?? 3));
  const loops = [];
  for (let i = 0; i < rounds; i++) loops.push(await loop(profile));
  const ratios = loops.map((l) => l.second / l.first);
  console.log(`P4 first-build ${median(loops.map((l) => l.first)).toFixed(1)} s (${profile}: libfoo and needs-ssl from source; median of ${rounds})`);
  console.log(`P4 second-build ${median(loops.map((l) => l.second)).toFixed(1)} s ratio-vs-first ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
  for (const line of loops[loops.length - 1].mergeList) console.log(`P4 merge-list ${line}`);
}
