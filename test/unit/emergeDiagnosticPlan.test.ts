/**
 * From real emerge output (Portage 3.0.82 captures in test/fixtures/portage/outputs) to the diagnostics VS Code
 * shows: which file and line, which code, which override line the quick fix writes. No VS Code needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmergeParser, parseAll } from '../../src/core/emerge';
import { planDiagnostics, fixesForMasked, cpvOfEbuildPath, type PlanSources } from '../../src/extension/diagnostics/diagnosticPlan';
import { plainLogText } from '../../src/extension/buildLogOutline';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'portage', 'outputs');
const OVERLAY = path.join(ROOT, 'examples', 'overlay');

function sources(pkg: string, logText?: string): PlanSources {
  const ebuildPath = path.join(OVERLAY, 'app-misc', pkg.replace(/-\d.*$/, ''), `${pkg}.ebuild`);
  return { ebuildPath, ebuildText: readFileSync(ebuildPath, 'utf8'), cpv: cpvOfEbuildPath(ebuildPath), logText };
}

/** Parses stdout and stderr as two streams, the way a build's output arrives. */
function events(name: string) {
  const p = new EmergeParser();
  const out = [...p.push(readFileSync(path.join(OUT, `${name}-nocolor.stdout.txt`)), 'stdout'),
    ...p.push(readFileSync(path.join(OUT, `${name}-nocolor.stderr.txt`)), 'stderr')];
  return out.concat(p.end());
}

test('the USE-change block becomes an error on the RDEPEND line with the fix ">=app-misc/libfoo-1.0 ssl" for package.use', () => {
  const src = sources('needs-ssl-1.0');
  const [d, ...rest] = planDiagnostics(events('use-change'), src);
  assert.equal(rest.length, 0);
  const rdepend = src.ebuildText.split('\n').findIndex((l) => l.startsWith('RDEPEND='));
  assert.equal(d.file, src.ebuildPath);
  assert.equal(d.line, rdepend);
  assert.equal(d.code, 'autounmask-use');
  assert.equal(d.severity, 'error');
  assert.match(d.message, />=app-misc\/libfoo-1\.0 ssl/);
  assert.match(d.message, /package\.use/);
  assert.deepEqual(d.fixes, [{
    kind: 'use', entry: '>=app-misc/libfoo-1.0 ssl',
    comments: ['# required by app-misc/needs-ssl-1.0::testoverlay', '# required by =app-misc/needs-ssl-1.0 (argument)'],
  }]);
});

test('keyword and licence change blocks propose package.accept_keywords and package.license lines', () => {
  const kw = planDiagnostics(events('keyword-change'), sources('testing-2.0'));
  assert.equal(kw[0].code, 'autounmask-keyword');
  assert.equal(kw[0].fixes[0].kind, 'accept_keywords');
  assert.match(kw[0].fixes[0].entry, /^=app-misc\/testing-2\.0 ~amd64$/);
  const lic = planDiagnostics(events('license-change'), sources('eula-1.0'));
  assert.equal(lic[0].code, 'autounmask-license');
  assert.equal(lic[0].fixes[0].kind, 'license');
  assert.match(lic[0].fixes[0].entry, /app-misc\/eula-1\.0 TestEULA$/);
});

test('a masked package without an autounmask block still gets the keyword line its mask reason implies', () => {
  const ds = planDiagnostics(events('keyword-masked'), sources('testing-2.0'));
  const masked = ds.find((d) => d.code === 'masked');
  assert.ok(masked, ds.map((d) => d.code).join(', '));
  assert.deepEqual(masked.fixes.map((f) => `${f.kind}: ${f.entry}`), ['accept_keywords: =app-misc/testing-2.0 ~amd64']);
  assert.deepEqual(fixesForMasked({ type: 'masked', atom: 'x/y', requiredBy: [], inputLine: 1, candidates: [{ cpv: 'x/y-1', reasons: ['package.mask', 'Foo license(s)'] }] })
    .map((f) => `${f.kind}: ${f.entry}`), ['unmask: =x/y-1', 'license: =x/y-1 Foo']);
});

test('a compile failure points at the emake call in src_compile, with the compiler error in the saved log as related information', () => {
  const log = readFileSync(path.join(OUT, 'compile-fail-nocolor.txt'), 'utf8');
  const src = sources('broken-1.0', plainLogText(log));
  const ds = planDiagnostics(parseAll(log), src);
  const failure = ds.find((d) => d.code === 'build-failure');
  assert.ok(failure);
  assert.equal(src.ebuildText.split('\n')[failure.line].trim(), 'emake CC="${CC:-gcc}"');
  assert.match(failure.message, /app-misc\/broken-1\.0 failed in the compile phase: emake failed/);
  const related = failure.related.find((r) => r.target === 'log');
  assert.ok(related, JSON.stringify(failure.related));
  assert.match(related.message, /broken\.c:5:30: error: expected/);
  assert.match(src.logText!.split('\n')[related.line], /broken\.c:5:30:/);
  assert.equal(ds.filter((d) => d.code === 'build-failure').length, 1, 'the failure printed twice (and in "Messages for package") is one diagnostic');
});

test('a QA notice is a warning on the ebuild; a success has no diagnostics', () => {
  const qa = planDiagnostics(events('qa-notice'), sources('hello-1.0'));
  assert.ok(qa.length > 0);
  assert.ok(qa.every((d) => d.code === 'qa-notice' && d.severity === 'warning'));
  assert.deepEqual(planDiagnostics(events('success-gpkg'), sources('hello-1.0')), []);
});

test("a package masked by the workspace's own package.mask also gets an error on that mask line, with an unmask fix", () => {
  const src: PlanSources = {
    ...sources('hello-1.0'),
    overrides: [{ kind: 'mask', path: '/ws/.portage/package.mask', text: '# mine\n>=app-misc/masked-1.0\n' }],
  };
  const masked = events('masked').filter((e) => e.type === 'masked').map((e) => (e.type === 'masked' ? { ...e, candidates: e.candidates.map((c) => ({ ...c, maskFile: '/etc/portage/package.mask' })) } : e));
  const ds = planDiagnostics(masked, src);
  const onMask = ds.find((d) => d.file === '/ws/.portage/package.mask');
  assert.ok(onMask, JSON.stringify(ds));
  assert.equal(onMask.line, 1);
  assert.deepEqual(onMask.fixes, [{ kind: 'unmask', entry: '=app-misc/masked-1.0', comments: [] }]);
  // The real capture names the tree's own profiles/package.mask: that is not a workspace line.
  assert.equal(planDiagnostics(events('masked'), src).filter((d) => d.file === '/ws/.portage/package.mask').length, 0);
});
