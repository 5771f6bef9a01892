/**
 * Publishing in containers on the real dockerd: `emaint binhost --fix` in the Gentoo stand-in and an Entropy
 * repository with the eit stand-in (test/standins/README.md), through the CLI as a user runs it, and through
 * the runner on a remote (TCP) engine where the packages are uploaded and the result downloaded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
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
import { docker, ROOT, STANDIN, standinConfig, standinEnv } from './standins';

const BINPKGS = path.join(ROOT, 'test', 'fixtures', 'portage', 'binpkgs');

/** A workspace with an artifacts folder holding a copy of one fixture PKGDIR (its Packages removed). */
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

describe('publishing with emaint in the Gentoo builder', () => {
  it('writes the Portage index of every package, as our own writer reads them, with a Packages.gz of the same text', async () => {
    const { ws, artifacts } = workspaceWith('withdep');
    const r = await runMain(['publish', 'artifacts', '--method', 'emaint'], ws, standinEnv());
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, /\[stand-in\] emaint binhost --fix over \/var\/cache\/binpkgs/, 'emaint ran in the container, its output streamed');
    assert.match(r.out, /Published 4 packages with emaint in ebuild-builder\/standin-gentoo:test/);
    const text = readFileSync(path.join(artifacts, 'Packages'), 'utf8');
    assert.equal(gunzipSync(readFileSync(path.join(artifacts, 'Packages.gz'))).toString('utf8'), text);
    const index = parsePackagesIndex(text);
    assert.equal(index.header.PACKAGES, '4');
    // The same packages, files and checksums our own writer finds in a copy of the folder.
    const ours = await publishBinhost(workspaceWith('withdep').artifacts, { timestamp: 1 });
    const key = (s: Record<string, string>) => [s.CPV, s.PATH, s.SIZE, s.MD5, s.SHA1, s.BUILD_ID, s.RDEPEND ?? ''].join(' ');
    assert.deepEqual(index.packages.map(key).sort(), ours.index.packages.map(key).sort());
    assert.deepEqual(listTree(artifacts).filter((f) => !f.startsWith('app-misc/')), ['Packages', 'Packages.gz'], 'nothing else left in the folder');
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('an image without emaint is named, and the folder is left as it was', async () => {
    const { ws, artifacts } = workspaceWith('gpkg-single');
    const before = listTree(artifacts);
    const r = await runMain(['publish', 'artifacts', '--method', 'emaint', '--image', STANDIN.eit], ws, standinEnv());
    assert.equal(r.code, 2, r.out);
    assert.match(r.err, /ebuild-builder\/standin-eit:test has no emaint \(Portage\) on its PATH/);
    assert.match(r.err, /ebuildBuilder\.images\.gentoo/);
    assert.deepEqual(listTree(artifacts), before);
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('an empty folder is refused before any container runs', async () => {
    const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-publish-')));
    const r = await runMain(['publish', ws, '--method', 'emaint'], ws, standinEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /No binary packages \(\.gpkg\.tar, \.tbz2, \.xpak\) under/);
  });
});

describe('publishing an Entropy repository with eit', () => {
  it('injects every .tbz2 into a repository beside the artifacts folder and replaces it whole on the next publish', async () => {
    const { ws, artifacts } = workspaceWith('xpak-single', 'gpkg-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'my-overlay', '--description', 'Test repo'], ws, standinEnv());
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, />> \[my-overlay\] injected app-misc\/hello-1\.0/);
    const repo = path.join(ws, 'entropy', 'my-overlay');
    assert.match(r.out, new RegExp(`Published 1 package with eit in ebuild-builder/standin-eit:test: ${repo.replace(/[.]/g, '\\.')}`));
    const files = listTree(repo);
    assert.ok(files.includes('standard/my-overlay/packages/amd64/5/app-misc:hello-1.0~0.tbz2'), files.join('\n'));
    assert.deepEqual(readFileSync(path.join(repo, 'standard/my-overlay/packages/amd64/5/app-misc:hello-1.0~0.tbz2')),
      readFileSync(path.join(artifacts, 'app-misc', 'hello-1.0.tbz2')), 'the package travelled unchanged');
    const stampBefore = statSync(repo).ino;
    const again = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'my-overlay'], ws, standinEnv());
    assert.equal(again.code, 0, again.err);
    assert.notEqual(statSync(repo).ino, stampBefore, 'a new folder took the old one\'s place');
    assert.deepEqual(readdirSync(path.join(ws, 'entropy')), ['my-overlay'], 'no old copy or scratch folder left beside it');
    assert.deepEqual(await leftoverContainers(), []);
  });

  it('a folder of GPKG packages only is refused with what to do, and nothing is written', async () => {
    const { ws } = workspaceWith('gpkg-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'r'], ws, standinEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /Entropy takes \.tbz2 \(XPAK\) packages and .* holds only GPKG/);
    assert.match(r.err, /BINPKG_FORMAT="xpak"/);
    assert.ok(!existsSync(path.join(ws, 'entropy')));
  });

  it('a repository folder inside the artifacts folder is refused', async () => {
    const { ws } = workspaceWith('xpak-single');
    const r = await runMain(['publish', 'artifacts', '--method', 'entropy', '--repository', 'r', '--out', 'artifacts/repo'], ws, standinEnv());
    assert.equal(r.code, 2);
    assert.match(r.err, /is inside the artifacts folder/);
  });

  it('a cancel while eit runs removes the container and leaves no repository', async () => {
    const { artifacts } = workspaceWith('xpak-single');
    const abort = new AbortController();
    const config = standinConfig();
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
    const r = await runPublishInContainer({ method: 'emaint', packagesDir: artifacts, config: standinConfig(), engine, onEvent: (e) => { if (e.type === 'transfer') transfers.push(e); } });
    assert.equal(r.packages, 1);
    const [stanza] = parsePackagesIndex(readFileSync(path.join(artifacts, 'Packages'), 'utf8')).packages;
    assert.equal(stanza.CPV, 'app-misc/hello-1.0');
    assert.equal(stanza.SIZE, String(statSync(path.join(artifacts, 'app-misc', 'hello-1.0.gpkg.tar')).size));
    assert.ok(transfers.some((t) => t.type === 'transfer' && t.direction === 'upload' && t.bytes >= 20480), 'the package was uploaded');
  });

  it('eit over TCP: the repository is downloaded beside the artifacts folder', async () => {
    const { ws, artifacts } = workspaceWith('xpak-single');
    const r = await runPublishInContainer({ method: 'entropy', packagesDir: artifacts, config: standinConfig(), engine, repository: 'remote-repo' });
    assert.deepEqual(r.written, [path.join(ws, 'entropy', 'remote-repo')]);
    assert.ok(listTree(r.written[0]).includes('standard/remote-repo/packages/amd64/5/app-misc:hello-1.0~0.tbz2'));
  });
});
