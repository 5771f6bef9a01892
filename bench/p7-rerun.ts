/**
 * P7: the debugging loop against a full rebuild. A kept failed build of `broken`, its semicolon fixed in WORKDIR,
 * reruns `compile`; the peer, measured in the same run, is a full build of the same package from scratch (the fix
 * as a patch in the ebuild). Prints `P7 rerun-phase <s> ratio-vs-full-build <r>`. Needs the test images.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../src/core/buildConfig';
import { buildPaths } from '../src/core/keptBuild';
import { addToPatches } from '../src/core/patches';
import { prepareBuild } from '../src/docker/buildEbuild';
import { connectLocal } from '../src/docker/engine';
import { discardKept, requireKept } from '../src/docker/keptBuild';
import { readKeptFile, rerunPhase, writeKeptFile } from '../src/docker/keptActions';

const ROOT = path.join(__dirname, '..', '..');
const REL = 'app-misc/broken/broken-1.0.ebuild';
const FIX = '--- a/broken.c\n+++ b/broken.c\n@@ -1,6 +1,6 @@\n #include <stdio.h>\n int main(void)\n {\n-\tputs("no semicolon")\n+\tputs("no semicolon");\n \treturn 0;\n }\n';

export async function run(): Promise<void> {
  process.env.EBUILD_BUILDER_STATE_DIR = mkdtempSync(path.join(tmpdir(), 'eb-p7-state-'));
  const ws = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-p7-'))), 'ws');
  cpSync(path.join(ROOT, 'examples', 'overlay'), ws, { recursive: true });
  const config: BuildConfig = {
    ...DEFAULT_BUILD_CONFIG, images: { gentoo: 'ebuild-builder/test-gentoo:test' }, gentooTree: 'volume:ebuild-builder/test-gentoo-tree:test', network: 'none',
  };
  const engine = connectLocal();
  try {
    const failed = await (await prepareBuild(path.join(ws, REL), { workspaceFolders: [ws], config: { ...config, keepContainerOnFailure: true }, profile: 'gentoo' })).handle.done;
    if (!failed.kept) throw new Error(`P7: the failed build was not kept (${failed.state})`);
    const kept = await requireKept(engine, failed.kept.id);
    const source = `${buildPaths(kept.info).work}/broken-1.0/broken.c`;
    const text = (await readKeptFile(engine, kept, source)).toString('utf8');
    await writeKeptFile(engine, kept, source, Buffer.from(text.replace('puts("no semicolon")', 'puts("no semicolon");')));
    const t0 = process.hrtime.bigint();
    const rerun = await rerunPhase(engine, kept, 'compile');
    const rerunS = Number(process.hrtime.bigint() - t0) / 1e9;
    if (rerun.exitCode !== 0) throw new Error('P7: the rerun of compile failed');
    await discardKept(engine, kept);

    mkdirSync(path.join(ws, 'app-misc/broken/files'), { recursive: true });
    writeFileSync(path.join(ws, 'app-misc/broken/files/semicolon.patch'), FIX);
    writeFileSync(path.join(ws, REL), addToPatches(readFileSync(path.join(ws, REL), 'utf8'), 'semicolon.patch'));
    const t1 = process.hrtime.bigint();
    const full = await (await prepareBuild(path.join(ws, REL), { workspaceFolders: [ws], config, profile: 'gentoo' })).handle.done;
    const fullS = Number(process.hrtime.bigint() - t1) / 1e9;
    if (full.state !== 'succeeded') throw new Error(`P7: the full build ${full.state}`);
    console.log(`P7 full-build ${fullS.toFixed(1)} s (container start, dependency resolution, every phase, package, merge)`);
    console.log(`P7 rerun-phase ${rerunS.toFixed(1)} s ratio-vs-full-build ${(rerunS / fullS).toFixed(2)}`);
  } finally {
    rmSync(path.dirname(ws), { recursive: true, force: true });
  }
}
