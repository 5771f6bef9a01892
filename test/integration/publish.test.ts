/**
 * Publishing in containers on the real dockerd: real Portage's `emaint binhost --fix` in the Gentoo test image over
 * packages real emerge built, and an Entropy repository with the eit contract stand-in (test/images/README.md;
 * Entropy itself is packaged nowhere reachable), through the CLI as a user runs it, and through the runner on a
 * remote (TCP) engine where the packages are uploaded and the result downloaded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { publishBinhost } from '../../src/core/binpkg/binhost';
import { parsePackagesIndex } from '../../src/core/binpkg/packagesIndex';
import { LABEL_BUILD } from '../../src/core/buildModel';
import type { RunEvent } from '../../src/core/buildRun';
import { isUserError } from '../../src/core/userError';
import { connectEngine, type ConnectedEngine } from '../../src/docker/connect';
import { runPublishInContainer } from '../../src/docker/publishRun';
import { runMain } from '../helpers/cliRun';
import { engineSetup, startRig } from './engineRig';
import { buildIn, docker, IMAGES, imageConfig, imageEnv, ROOT, sampleWorkspace } from './testImages';

const BINPKGS = path.join(ROOT, 'test', 'fixtures', 'portage', 'binpkgs');

/** A workspace with an artifacts folder holding a copy of one fixture PKGDIR (real packages of Portage 3.0.82; its Packages removed). */
function workspaceWith(...fixtures: string[]): { ws: string; artifacts: string } {
  const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-publish-')));
  const artifacts = path.join(ws, 'artifacts');
  for (const f of fixtures) cpSync(path.join(BINPKGS, f), artifacts, { recursive: true, preserveTimestamps: true });
  for (const idx of ['Packages', 'Packages.gz']) rmSync(path.join(artifacts, idx), { force: true });
  return { ws, artifacts };
}

function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

async function leftoverContainers(): Promise<string[]> {
  const list = await docker().listContainers({ all: true, filters: { label: [LABEL_BUILD] } });
  return list.map((c) => c.Names[0]).filter((n) => n.includes('publish'));
}

/** Our own index writer's view of the same packages (on a copy, so the folder under test is not touched). */
async function ourIndex(artifacts: string) {
  const copy = mkdtempSync(path.join(tmpdir(), 'eb-ours-'));
  cpSync(artifacts, copy, { recursive: true, preserveTimestamps: true });
  for (const idx of ['Packages', 'Packages.gz']) rmSync(path.join(copy, idx), { force: true });
  try {
    return (await publishBinhost(copy, { timestamp: 1 })).index;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const stanzaKey = (s: Record<string, string>) => [s.CPV, s.PATH, s.SIZE, s.MD5, s.SHA1, s.BUILD_ID, s.USE ?? '', s.RDEPEND ?? ''].join(' | ');

describe('publishing with emaint in the Gentoo builder', () => {
  it('real emaint indexes what real builds wrote (Gentoo .gpkg.tar and Sabayon .xpak), as our own writer reads them', async () => {
    const ws = sampleWorkspace();
    appendFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
    const gentoo = await buildIn(ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild', 'gentoo');
    assert.equal(gentoo.result.state, 'succeeded', gentoo.stdout + gentoo.stderr);
    const sabayon = await buildIn(ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
    assert.equal(sabayon.result.state, 'succeeded', sabayon.stdout + sabayon.stderr);
    const artifacts = path.join(ws, 'artifacts');
    const built = [...gentoo.result.artifacts, ...sabayon.result.artifacts].map((f) => path.relative(artifacts, f)).sort();
    assert.equal(built.length, 3, built.join(' '));

    const r = await runMain(['publish', 'artifacts', '--method', 'emaint'], ws, imageEnv());
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, /Published 3 packages with emaint in ebuild-builder\/test-gentoo:test/);
    const text = readFileSync(path.join(artifacts, 'Packages'), 'utf8');
    assert.equal(gunzipSync(readFileSync(path.join(artifacts, 'Packages.gz'))).toString('utf8'), text);
    const index = parsePackagesIndex(text);
    assert.equal(index.header.PACKAGES, '3');
    // Portage wrote it: its profile and FEATURES of the Gentoo image are in the header, the repository in each stanza.
    assert.equal(index.header.PROFILE, 'default/linux/amd64/23.0');
    assert.match(index.header.FEATURES ?? '', /\bbinpkg-multi-instance\b/);
    assert.deepEqual(index.packages.map((p) => p.PATH).sort(), built);
    assert.ok(index.packages.every((p) => p.REPO === 'testoverlay'), text);
    const libfoo = index.packages.find((p) => p.CPV === 'app-misc/libfoo-1.0')!;
    assert.match(libfoo.USE ?? '', /\bssl\b/, 'built with the workspace\'s USE line');
    // The same packages, files, checksums, USE and dependencies our own writer finds.
    assert.deepEqual(index.packages.map(stanzaKey).sort(), (await ourIndex(artifacts)).packages.map(stanzaKey).sort());
    assert.deepEqual(listTree(artifacts).filter((f) => !f.startsWith('app-misc/') && !f.startsWith('logs/')), ['Packages', 'Packages.gz'], 'nothing else left in the folder');
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('an image without emaint is named, and the folder is left as it was', async () => {
    const { ws, artifacts } = workspaceWith('gpkg-single');
    const before = listTree(artifacts);
    const r = await runMain(['publish', 'artifacts', '--method', 'emaint', '--image', IMAGES.eit], ws, imageEnv());
    assert.equal(r.code, 2, r.out);
    assert.match(r.err, /ebuild-builder\/test-eit:test has no emaint \(Portage\) on its PATH/);
    assert.match(r.err, /ebuildBuilder\.images\.gentoo/);
    assert.deepEqual(listTree(artifacts), before);
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('an empty folder is refused before any container runs', async () => {
    const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-publish-')));
    const r = await runMain(['publish', ws, '--method', 'emaint'], ws, imageEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /No binary packages \(\.gpkg\.tar, \.tbz2, \.xpak\) under/);
  });
});

describe('publishing an Entropy repository with eit', () => {
  it('injects every .tbz2 into a repository beside the artifacts folder and replaces it whole on the next publish', async () => {
    const { ws, artifacts } = workspaceWith('xpak-single', 'gpkg-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'my-overlay', '--description', 'Test repo'], ws, imageEnv());
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, />> \[my-overlay\] injected app-misc\/hello-1\.0/);
    const repo = path.join(ws, 'entropy', 'my-overlay');
    assert.match(r.out, new RegExp(`Published 1 package with eit in ebuild-builder/test-eit:test: ${repo.replace(/[.]/g, '\\.')}`));
    const files = listTree(repo);
    assert.ok(files.includes('standard/my-overlay/packages/amd64/5/app-misc:hello-1.0~0.tbz2'), files.join('\n'));
    assert.deepEqual(readFileSync(path.join(repo, 'standard/my-overlay/packages/amd64/5/app-misc:hello-1.0~0.tbz2')),
      readFileSync(path.join(artifacts, 'app-misc', 'hello-1.0.tbz2')), 'the package travelled unchanged');
    const stampBefore = statSync(repo).ino;
    const again = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'my-overlay'], ws, imageEnv());
    assert.equal(again.code, 0, again.err);
    assert.notEqual(statSync(repo).ino, stampBefore, 'a new folder took the old one\'s place');
    assert.deepEqual(readdirSync(path.join(ws, 'entropy')), ['my-overlay'], 'no old copy or scratch folder left beside it');
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('a Sabayon build\'s packages (CATEGORY/PN/PF-BUILD_ID.xpak) are injected as CATEGORY/PF.tbz2, the newest build of each', async () => {
    const ws = sampleWorkspace();
    const first = await buildIn(ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
    assert.equal(first.result.state, 'succeeded', first.stdout + first.stderr);
    const ebuild = path.join(ws, 'app-misc/hello/hello-1.0.ebuild');
    writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('\tdobin hello\n', '\tdobin hello\n\tdodoc hello.c\n'));
    const second = await buildIn(ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
    assert.equal(second.result.state, 'succeeded', second.stdout + second.stderr);
    const newest = second.result.artifacts[0];
    assert.match(newest, /app-misc\/hello\/hello-1\.0-\d+\.xpak$/);
    assert.notEqual(newest, first.result.artifacts[0], 'two builds, two instances');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'sabayon-built'], ws, imageEnv());
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, />> \[sabayon-built\] injected app-misc\/hello-1\.0\n/);
    const repo = path.join(ws, 'entropy', 'sabayon-built');
    assert.deepEqual(listTree(path.join(repo, 'standard/sabayon-built/packages/amd64/5')), ['app-misc:hello-1.0~0.tbz2']);
    assert.deepEqual(readFileSync(path.join(repo, 'standard/sabayon-built/packages/amd64/5/app-misc:hello-1.0~0.tbz2')), readFileSync(newest), 'the newest build, unchanged');
    assert.deepEqual(listTree(path.join(ws, 'artifacts')).filter((f) => !f.startsWith('logs/')), [first.result.artifacts[0], newest].map((f) => path.relative(path.join(ws, 'artifacts'), f)).sort(), 'the artifacts folder is as it was');
    assert.deepEqual(readdirSync(path.join(ws, 'entropy')), ['sabayon-built'], 'no scratch folder left beside it');
  });

  it('a folder of GPKG packages only is refused with what to do, and nothing is written', async () => {
    const { ws } = workspaceWith('gpkg-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'r'], ws, imageEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /Entropy takes XPAK packages \(\.tbz2, \.xpak\) and .* holds only GPKG/);
    assert.match(r.err, /BINPKG_FORMAT="xpak"/);
    assert.ok(!existsSync(path.join(ws, 'entropy')));
  });

  it('a repository folder inside the artifacts folder is refused', async () => {
    const { ws } = workspaceWith('xpak-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'r', '--out', 'artifacts/repo'], ws, imageEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /is inside the artifacts folder/);
  });

  it('a cancel while eit runs removes the container and leaves no repository', async () => {
    const { artifacts } = workspaceWith('xpak-single');
    const abort = new AbortController();
    const config = imageConfig();
    const err = await runPublishInContainer({
      method: 'entropy', packagesDir: artifacts, config, repository: 'r', signal: abort.signal,
      onEvent: (e: RunEvent) => { if (e.type === 'state' && e.state === 'running') abort.abort(); },
    }).then(() => undefined, (e: unknown) => e);
    assert.ok(isUserError(err) && err.code === 'cancelled', String(err));
    assert.ok(!existsSync(path.join(path.dirname(artifacts), 'entropy', 'r')));
    assert.deepEqual(await leftoverContainers(), []);
  });
});

describe('publishing on a remote engine (packages uploaded, result downloaded)', () => {
  let engine: ConnectedEngine;
  before(async () => {
    const rig = startRig();
    const { config, env } = engineSetup(rig, 'tcp');
    engine = await connectEngine(config, env);
  });
  after(async () => {
    await engine?.close();
  });

  it('emaint over TCP: the index comes back and matches the packages here', async () => {
    const { artifacts } = workspaceWith('gpkg-single');
    const transfers: RunEvent[] = [];
    const r = await runPublishInContainer({ method: 'emaint', packagesDir: artifacts, config: imageConfig(), engine, onEvent: (e) => { if (e.type === 'transfer') transfers.push(e); } });
    assert.equal(r.packages, 1);
    const index = parsePackagesIndex(readFileSync(path.join(artifacts, 'Packages'), 'utf8'));
    assert.equal(index.header.PROFILE, 'default/linux/amd64/23.0', 'written by Portage on the remote engine');
    const [stanza] = index.packages;
    assert.equal(stanza.CPV, 'app-misc/hello-1.0');
    assert.equal(stanza.SIZE, String(statSync(path.join(artifacts, 'app-misc', 'hello-1.0.gpkg.tar')).size));
    assert.ok(transfers.some((t) => t.type === 'transfer' && t.direction === 'upload' && t.bytes >= 20480), 'the package was uploaded');
  });

  it('eit over TCP: the repository is downloaded beside the artifacts folder', async () => {
    const { ws, artifacts } = workspaceWith('xpak-single');
    const r = await runPublishInContainer({ method: 'entropy', packagesDir: artifacts, config: imageConfig(), engine, repository: 'remote-repo' });
    assert.deepEqual(r.written, [path.join(ws, 'entropy', 'remote-repo')]);
    assert.ok(listTree(r.written[0]).includes('standard/remote-repo/packages/amd64/5/app-misc:hello-1.0~0.tbz2'));
  });
});
