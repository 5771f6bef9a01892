/**
 * pkgcheck in the builder container, against the real dockerd: the Gentoo build's overlays, repos.conf and tree,
 * with pkgcheck instead of emerge. The Gentoo test image has real pkgcheck and pkgcore from PyPI
 * (test/images/README.md); its base, real Portage without pkgcheck, plays a stage3 that has none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runPkgcheckInContainer } from '../../src/docker/pkgcheckRun';
import { pkgcheckFindings } from '../../src/server/pkgcheck';
import { isUserError } from '../../src/core/userError';
import { builderContainers, IMAGES, imageConfig, sampleWorkspace } from './testImages';

const HELLO = 'app-misc/hello/hello-1.0.ebuild';
/** Real Portage on the test images' Debian base, without pkgcheck (scripts/build-test-images.sh builds the others on it). */
const NO_PKGCHECK_IMAGE = 'ebuild-builder/test-portage:bookworm';

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

/** Offsets of each line's start in `text`, as the language server maps pkgcheck's lines. */
function lineStarts(text: string): (line: number) => number {
  const starts = [0];
  for (const l of text.split('\n')) starts.push(starts[starts.length - 1] + l.length + 1);
  return (l) => starts[Math.min(l, starts.length - 1)];
}

test('an image without pkgcheck (real Portage alone, as a stage3) gives one clear message, and no container is left', async () => {
  const ws = sampleWorkspace();
  const err = await runPkgcheckInContainer(path.join(ws, HELLO), { workspaceFolders: [ws], config: imageConfig({ profile: 'gentoo', images: { gentoo: NO_PKGCHECK_IMAGE } }) })
    .then(() => undefined, (e: unknown) => e);
  assert.ok(isUserError(err), `a UserError, got ${err}`);
  assert.equal(err.code, 'pkgcheck-missing');
  assert.match(err.message, new RegExp(`^pkgcheck is not in ${NO_PKGCHECK_IMAGE.replace(/[/.]/g, '\\$&')}; use an image with dev-util/pkgcheck, e\\.g\\. `));
  assert.match(err.action ?? '', /ebuildBuilder\.pkgcheck\.image/);
  assert.deepEqual(await pkgcheckContainers(), []);
});

test('real pkgcheck: trailing whitespace is reported as JsonStream results on the ebuild\'s lines, published where pkgcheck says', async () => {
  const { ws, file, lines } = workspaceWithTrailingSpace('SLOT=', 'dobin hello');
  const run = await runPkgcheckInContainer(file, { workspaceFolders: [ws], config: imageConfig({ profile: 'gentoo' }) });
  assert.equal(run.exitCode, 0, run.stderr);
  assert.equal(run.image, IMAGES.gentoo);
  assert.deepEqual(run.argv.slice(-6), ['scan', '-R', 'JsonStream', '-r', '/var/db/repos/testoverlay', 'app-misc/hello']);
  const records = run.output.split('\n').filter((l) => l.trim());
  assert.ok(records.length > 0 && records.every((l) => l.startsWith('{"__class__": ')), `stdout holds only JsonStream records:\n${run.output}`);

  assert.equal(run.results.length, 1, run.output);
  const [r] = run.results;
  assert.equal(r.className, 'WhitespaceFound');
  assert.deepEqual([r.category, r.package, r.version], ['app-misc', 'hello', '1.0']);
  assert.deepEqual(r.lines, lines);
  assert.equal(r.attrs.leadtrail, 'trailing');

  // What the language server publishes from it: one diagnostic per line pkgcheck named, on that line of this ebuild.
  const text = readFileSync(file, 'utf8');
  const findings = pkgcheckFindings(run.results, { category: 'app-misc', package: 'hello', version: '1.0' }, lineStarts(text));
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end).trimEnd()), ['SLOT="0"', '\tdobin hello']);
  assert.match(findings[0].message, /^Whitespace Found \(leadtrail: trailing\)/);
  assert.deepEqual(await pkgcheckContainers(), []);
  assert.ok(!existsSync(path.join(ws, 'artifacts')), 'a pkgcheck run leaves nothing in the workspace');
});

test('real pkgcheck: a LICENSE the tree does not know and a dependency on a package that does not exist are errors', async () => {
  const ws = sampleWorkspace();
  const file = path.join(ws, HELLO);
  writeFileSync(file, readFileSync(file, 'utf8').replace('LICENSE="MIT"', 'LICENSE="NoSuchLicence"').replace('SLOT="0"', 'SLOT="0"\nDEPEND="app-misc/no-such-package"'));
  const run = await runPkgcheckInContainer(file, { workspaceFolders: [ws], config: imageConfig({ profile: 'gentoo' }) });
  const byClass = new Map(run.results.map((r) => [r.className, r]));
  assert.deepEqual(byClass.get('UnknownLicense')?.attrs.licenses, ['NoSuchLicence'], run.output);
  assert.deepEqual(byClass.get('NonexistentDeps')?.attrs.nonexistent, ['app-misc/no-such-package'], run.output);
  assert.equal(byClass.get('NonexistentDeps')?.attrs.attr, 'DEPEND');
  const text = readFileSync(file, 'utf8');
  const findings = pkgcheckFindings(run.results, { category: 'app-misc', package: 'hello', version: '1.0' }, lineStarts(text));
  const licence = findings.find((f) => f.code === 'UnknownLicense')!;
  assert.equal(licence.severity, 'error');
  assert.match(licence.message, /^Unknown License \(licenses: NoSuchLicence\)/);
  assert.equal(findings.find((f) => f.code === 'NonexistentDeps')?.severity, 'error');
});

test('a clean package gives no results; the default sabayon profile falls back to the gentoo builder image', async () => {
  const ws = sampleWorkspace();
  const run = await runPkgcheckInContainer(path.join(ws, HELLO), {
    workspaceFolders: [ws], config: imageConfig({ profile: 'sabayon' }),
  });
  assert.equal(run.image, IMAGES.gentoo);
  assert.equal(run.exitCode, 0, run.stderr);
  assert.deepEqual(run.results, [], run.output);
});

test('pkgcheck failing for another reason is reported with its stderr, not as "no results"', async () => {
  const ws = sampleWorkspace();
  const err = await runPkgcheckInContainer(path.join(ws, HELLO), {
    workspaceFolders: [ws], config: imageConfig({ profile: 'gentoo' }), extraArgs: ['--unknown-option'],
  }).then(() => undefined, (e: unknown) => e);
  assert.ok(isUserError(err), `a UserError, got ${err}`);
  assert.equal(err.code, 'pkgcheck-failed');
  assert.match(err.message, /exit 2\): pkgcheck scan: error: unrecognized arguments: --unknown-option/);
});
