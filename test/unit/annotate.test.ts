import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubAnnotation, type PlacedFinding } from '../../src/core/findings';
import { runMain } from '../helpers/cliRun';

const ROOT = join(__dirname, '../../..');
const OVERLAY = join(ROOT, 'examples/overlay');
const capture = (name: string) => join(ROOT, 'test/fixtures/portage/outputs', `${name}-nocolor.pipe.txt`);

const annotate = (format: string, ...logs: string[]) => runMain(['annotate', '--format', format, '--repo', OVERLAY, ...logs], ROOT);

const lineOf = (file: string, text: string) => readFileSync(join(OVERLAY, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

test('a die in src_install becomes an error annotation on the die line of the ebuild in the repository', async () => {
  const r = await annotate('github', capture('die-install'));
  assert.equal(r.code, 0);
  const line = lineOf('app-misc/dies/dies-1.0.ebuild', 'die "custom message"');
  assert.ok(line > 0);
  assert.equal(r.out, `::error file=app-misc/dies/dies-1.0.ebuild,line=${line},title=app-misc/dies-1.0 failed (install phase)::custom message\n`);
});

test('a compile failure: the compiler error and the failure, both on the ebuild; a USE block lands on the RDEPEND line of the package that asked', async () => {
  const broken = await annotate('github', capture('compile-fail'));
  assert.match(broken.out, /^::error file=app-misc\/broken\/broken-1\.0\.ebuild,title=compiler error::broken\.c:5: /m);
  assert.match(broken.out, /^::error file=app-misc\/broken\/broken-1\.0\.ebuild,line=\d+,title=app-misc\/broken-1\.0 failed \(compile phase\)::emake failed$/m);
  const use = await annotate('github', capture('use-change'));
  assert.equal(use.out, '::error file=app-misc/needs-ssl/needs-ssl-1.0.ebuild,line=14,title=emerge needs a package.use change::package.use: >=app-misc/libfoo-1.0 ssl\n');
  const qa = await annotate('github', capture('qa-notice'));
  assert.match(qa.out, /^::warning title=QA Notice \(pre-stripped\)::QA Notice: Pre-stripped files found/m);
});

test('the same finding in two logs (our log and Portage\'s build.log) is annotated once; a missing folder is no finding', async () => {
  const r = await annotate('github', capture('die-install'), capture('die-install'), join(ROOT, 'no-such-folder'));
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('the GitLab code-quality report is JSON with stable, unique fingerprints', async () => {
  const a = await annotate('gitlab-codequality', capture('compile-fail'), capture('die-install'));
  const b = await annotate('gitlab-codequality', capture('compile-fail'), capture('die-install'));
  assert.equal(a.out, b.out);
  const issues = JSON.parse(a.out) as { fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
  assert.equal(issues.length, 4);
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
  assert.deepEqual(issues.at(-1)!.location, { path: 'app-misc/dies/dies-1.0.ebuild', lines: { begin: lineOf('app-misc/dies/dies-1.0.ebuild', 'die "custom message"') } });
  assert.equal((await annotate('sarif', capture('die-install'))).code, 2);
});

test('workflow-command escaping keeps %, newlines, colons and commas from breaking the annotation', () => {
  const f = { severity: 'error', title: 'a: b, c', message: '100% done\nnext', path: 'x,y:z.ebuild', line: 3, event: { type: 'qa-notice' } } as unknown as PlacedFinding;
  assert.equal(githubAnnotation(f), '::error file=x%2Cy%3Az.ebuild,line=3,title=a%3A b%2C c::100%25 done%0Anext');
});
