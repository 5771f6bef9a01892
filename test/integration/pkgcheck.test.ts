/**
 * pkgcheck in the builder container, against the real dockerd: the Gentoo build's overlays, repos.conf and tree,
 * with pkgcheck instead of emerge. pkgcheck itself is not available offline: the image with "pkgcheck" is built here
 * from the stand-in gentoo image plus test/standins/pkgcheck/pkgcheck, a script that stands in for it (it checks
 * the argv, overlay, repos.conf and tree, runs pkgcheck's WhitespaceFound check and prints JsonStream records
 * written from pkgcheck's documented format).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runPkgcheckInContainer } from '../../src/docker/pkgcheckRun';
import { pkgcheckFindings } from '../../src/server/pkgcheck';
import { isUserError } from '../../src/core/userError';
import { builderContainers, sampleWorkspace, standinConfig, STANDIN } from './standins';
import { buildPkgcheckStandin } from './pkgcheckStandin';

const HELLO = 'app-misc/hello/hello-1.0.ebuild';
let pkgcheckImage: string;

before(() => {
  pkgcheckImage = buildPkgcheckStandin();
});

async function pkgcheckContainers(): Promise<string[]> {
  return (await builderContainers()).flatMap((c) => c.Names).filter((n) => n.startsWith('/ebuild-builder-pkgcheck-'));
}

/** A copy of the sample overlay whose hello ebuild has trailing whitespace on the lines holding `marks`. */
function workspaceWithTrailingSpace(...marks: string[]): { ws: string; file: string; lines: number[] } {
  const ws = sampleWorkspace();
  const file = path.join(ws, HELLO);
  const text = readFileSync(file, 'utf8').split('\n');
  const lines = marks.map((m) => text.findIndex((l) => l.includes(m)) + 1);
  assert.ok(lines.every((n) => n > 0), `marks ${marks.join(', ')} are in ${HELLO}`);
  for (const n of lines) text[n - 1] += ' \t';
  writeFileSync(file, text.join('\n'));
  return { ws, file, lines };
}

test('an image without pkgcheck (the stand-in stage3) gives one clear message, and no container is left', async () => {
  const ws = sampleWorkspace();
  const err = await runPkgcheckInContainer(path.join(ws, HELLO), { workspaceFolders: [ws], config: standinConfig({ profile: 'gentoo' }) })
    .then(() => undefined, (e: unknown) => e);
  assert.ok(isUserError(err), `a UserError, got ${err}`);
  assert.equal(err.code, 'pkgcheck-missing');
  assert.match(err.message, new RegExp(`^pkgcheck is not in ${STANDIN.gentoo.replace(/[/.]/g, '\\$&')}; use an image with dev-util/pkgcheck, e\\.g\\. `));
  assert.match(err.action ?? '', /ebuildBuilder\.pkgcheck\.image/);
  assert.deepEqual(await pkgcheckContainers(), []);
});

test('pkgcheck in an image that has it: JsonStream results parse to the ebuild file and lines, stderr kept apart', async () => {
  const { ws, file, lines } = workspaceWithTrailingSpace('SLOT=', 'dobin hello');
  const run = await runPkgcheckInContainer(file, { workspaceFolders: [ws], config: standinConfig({ profile: 'gentoo' }), image: pkgcheckImage });
  assert.equal(run.exitCode, 0, run.stderr);
  assert.equal(run.image, pkgcheckImage);
  assert.deepEqual(run.argv.slice(-6), ['scan', '-R', 'JsonStream', '-r', '/var/db/repos/testoverlay', 'app-misc/hello']);
  assert.match(run.stderr, /WARNING: stand-in pkgcheck/);
  assert.doesNotMatch(run.output, /WARNING/, 'stdout holds only the JsonStream records');

  assert.equal(run.results.length, 1);
  const [r] = run.results;
  assert.equal(r.className, 'WhitespaceFound');
  assert.deepEqual([r.category, r.package, r.version], ['app-misc', 'hello', '1.0']);
  assert.deepEqual(r.lines, lines);

  // What the language server publishes from it: one diagnostic per line pkgcheck named, on that line of this ebuild.
  const text = readFileSync(file, 'utf8');
  const starts = [0];
  for (const l of text.split('\n')) starts.push(starts[starts.length - 1] + l.length + 1);
  const findings = pkgcheckFindings(run.results, { category: 'app-misc', package: 'hello', version: '1.0' }, (l) => starts[Math.min(l, starts.length - 1)]);
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end).trimEnd()), ['SLOT="0"', '\tdobin hello']);
  assert.match(findings[0].message, /^Whitespace Found \(leadtrail: trailing\)/);
  assert.deepEqual(await pkgcheckContainers(), []);
  assert.ok(!existsSync(path.join(ws, 'artifacts')), 'a pkgcheck run leaves nothing in the workspace');
});

test('a clean package gives no results; the default sabayon profile falls back to the gentoo builder image', async () => {
  const ws = sampleWorkspace();
  const run = await runPkgcheckInContainer(path.join(ws, HELLO), {
    workspaceFolders: [ws], config: standinConfig({ profile: 'sabayon', images: { sabayon: STANDIN.sabayon, gentoo: pkgcheckImage } }),
  });
  assert.equal(run.image, pkgcheckImage);
  assert.equal(run.exitCode, 0, run.stderr);
  assert.deepEqual(run.results, []);
});

test('pkgcheck failing for another reason is reported with its stderr, not as "no results"', async () => {
  const ws = sampleWorkspace();
  // The stand-in refuses an argv it does not expect, as pkgcheck does (exit 2).
  const err = await runPkgcheckInContainer(path.join(ws, HELLO), {
    workspaceFolders: [ws], config: standinConfig({ profile: 'gentoo' }), image: pkgcheckImage, extraArgs: ['--unknown-option'],
  }).then(() => undefined, (e: unknown) => e);
  assert.ok(isUserError(err), `a UserError, got ${err}`);
  assert.equal(err.code, 'pkgcheck-failed');
  assert.match(err.message, /exit 2\): \[stand-in pkgcheck\] unexpected argv/);
});
