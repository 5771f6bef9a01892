/**
 * Forms of the same request that real Portage prints in other situations: the `no ebuilds built with USE flags`
 * block (`--binpkg-respect-use=y`, issue 12), autounmask blocks pasted without their header, and fetch
 * restrictions. Each layer is checked: parser events, findings, diagnostic plan (with its quick fix), CLI summary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmergeParser, parseAll, type EmergeEvent } from '../../src/core/emerge';
import { findingsOf, mainFinding } from '../../src/core/findings';
import { planDiagnostics, cpvOfEbuildPath, type PlanSources } from '../../src/extension/diagnostics/diagnosticPlan';
import { runMain } from '../helpers/cliRun';
import { FIXTURES } from './emergeFixtureHelpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(FIXTURES, 'portage', 'outputs');

function sources(pkg: string): PlanSources {
  const ebuildPath = path.join(ROOT, 'examples', 'overlay', 'app-misc', pkg.replace(/-\d.*$/, ''), `${pkg}.ebuild`);
  return { ebuildPath, ebuildText: readFileSync(ebuildPath, 'utf8'), cpv: cpvOfEbuildPath(ebuildPath) };
}

/** Real Portage 3.0.82's autounmask block for needs-ssl (its argument was `=app-misc/needs-ssl-1.0`). */
function autounmaskForm(): EmergeEvent[] {
  const p = new EmergeParser();
  const ev = [...p.push(readFileSync(path.join(OUT, 'use-change-nocolor.stdout.txt')), 'stdout'), ...p.push(readFileSync(path.join(OUT, 'use-change-nocolor.stderr.txt')), 'stderr')];
  return ev.concat(p.end());
}

/** The same request as `_show_unsatisfied_dep` prints it, for the same argument; `red`/`green` add its colours. */
function noEbuildsForm(colour = false): string {
  const green = (s: string) => (colour ? `\x1b[32;01m${s}\x1b[39;49;00m` : s);
  const red = (s: string) => (colour ? `\x1b[31;01m${s}\x1b[39;49;00m` : s);
  return [
    'Calculating dependencies ... done!', 'Dependency resolution took 0.39 s (backtrack: 0/20).', '', '',
    `emerge: there are no ebuilds built with USE flags to satisfy ${green('"app-misc/libfoo[ssl]"')}.`,
    '!!! One of the following packages is required to complete your request:',
    `- app-misc/libfoo-1.0::testoverlay (Change USE: ${red('+ssl')})`,
    '(dependency required by "app-misc/needs-ssl-1.0::testoverlay" [ebuild])',
    '(dependency required by "=app-misc/needs-ssl-1.0" [argument])', '',
  ].join(colour ? '\r\n' : '\n');
}

const forFinding = (events: EmergeEvent[]) => findingsOf(events).map(({ event: _e, ...f }) => f);

test('the "no ebuilds built with USE flags" block gives the autounmask block\'s event, finding, diagnostic and quick fix', () => {
  const au = autounmaskForm();
  for (const colour of [false, true]) {
    const ne = parseAll(noEbuildsForm(colour));
    const strip = (e: EmergeEvent) => { const { inputLine: _n, stream: _s, ...rest } = e as EmergeEvent & { form?: string }; delete (rest as { form?: string }).form; return rest; };
    assert.deepEqual(ne.filter((e) => e.type === 'autounmask').map(strip), au.filter((e) => e.type === 'autounmask').map(strip));
    assert.deepEqual(forFinding(ne), forFinding(au));
    assert.equal(mainFinding(findingsOf(ne))?.message, 'package.use: >=app-misc/libfoo-1.0 ssl');
    const src = sources('needs-ssl-1.0');
    const planned = planDiagnostics(ne, src);
    assert.deepEqual(planned, planDiagnostics(au, src));
    assert.equal(planned.length, 1);
    assert.equal(planned[0].code, 'autounmask-use');
    assert.equal(src.ebuildText.split('\n')[planned[0].line].startsWith('RDEPEND='), true);
    assert.deepEqual(planned[0].fixes, [{
      kind: 'use', entry: '>=app-misc/libfoo-1.0 ssl',
      comments: ['# required by app-misc/needs-ssl-1.0::testoverlay', '# required by =app-misc/needs-ssl-1.0 (argument)'],
    }]);
  }
});

test('the CLI summary gives the USE change line for both forms, and no second finding for the no-ebuilds block', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-usechange-'));
  try {
    writeFileSync(path.join(dir, 'no-ebuilds.log'), noEbuildsForm());
    const ne = await runMain(['parse', 'no-ebuilds.log'], dir, {});
    const au = await runMain(['parse', path.join(OUT, 'use-change-nocolor.pipe.txt')], dir, {});
    const line = 'emerge needs a use change in package.use: >=app-misc/libfoo-1.0 ssl (required by app-misc/needs-ssl-1.0::testoverlay)';
    assert.ok(ne.out.includes(line), ne.out);
    assert.ok(au.out.includes(line), au.out);
    assert.match(ne.out, /: 1 finding;/);
    assert.doesNotMatch(ne.out, /no ebuilds/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('several packages, -flag changes and a parent\'s alternative each get their package.use line; a REQUIRED_USE break gets none', () => {
  const events = parseAll(readFileSync(path.join(FIXTURES, 'emerge/use-change-src-02.txt')));
  const planned = planDiagnostics(events, sources('needs-ssl-1.0'));
  assert.deepEqual(planned.flatMap((d) => d.fixes.map((f) => `${f.kind}: ${f.entry}`)), [
    'use: >=app-misc/libfoo-1.0 ssl -static', 'use: >=app-misc/libbar-2.0-r1 -foo', 'use: >=media-libs/libpng-1.6.43 abi_x86_32', 'use: >=x11-libs/gtk+-3.24.41 -abi_x86_32',
  ]);
  const broken = planned.find((d) => d.code === 'no-ebuilds');
  assert.ok(broken, planned.map((d) => d.code).join());
  assert.deepEqual(broken.fixes, []);
  assert.match(broken.message, /app-misc\/qa-issues\[static\]/);
  assert.equal(planned.filter((d) => d.code === 'no-ebuilds').length, 1, 'covered blocks add no no-ebuilds diagnostic');
});

test('a USE-change or licence block pasted from "# required by" on gives the fixes of the full block', () => {
  const headerless = (file: string) => parseAll(readFileSync(path.join(OUT, file)).toString('utf8').split('\n').filter((l) => l.startsWith('#') || l.startsWith('>=')).join('\n'));
  for (const [file, pkg] of [['use-change-nocolor.stderr.txt', 'needs-ssl-1.0'], ['license-change-nocolor.stderr.txt', 'eula-1.0']]) {
    const full = planDiagnostics(parseAll(readFileSync(path.join(OUT, file))), sources(pkg));
    assert.ok(full.length > 0 && full[0].fixes.length > 0, file);
    assert.deepEqual(planDiagnostics(headerless(file), sources(pkg)), full, file);
  }
  const lic = planDiagnostics(parseAll(readFileSync(path.join(FIXTURES, 'emerge/license-change-src-01.txt'))), sources('eula-1.0'));
  assert.deepEqual(lic.flatMap((d) => d.fixes.map((f) => `${f.kind}: ${f.entry}`)), [
    'license: >=sys-kernel/linux-firmware-20240115 linux-fw-redistributable', 'license: >=www-client/google-chrome-124.0.6367.60 google-chrome', 'license: >=app-misc/eula-1.0 TestEULA',
  ]);
  // Starting at the `(see …)` line: the file named there decides.
  const see = parseAll(' (see "package.license" in the portage(5) man page for more details)\n# required by app-misc/x-1.0::o\n>=app-misc/y-1.0 all-flags\n');
  assert.deepEqual(see.map((e) => e.type === 'autounmask' && `${e.kind} ${e.file} ${e.entry}`), ['license package.license >=app-misc/y-1.0 all-flags']);
});

test('a fetch restriction is one finding naming the files to download; the fetch failure after it adds none', () => {
  const events = parseAll(readFileSync(path.join(FIXTURES, 'emerge/fetch-restriction-src-01.txt')));
  const f = findingsOf(events);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.equal(f[0].title, 'app-misc/fetchr-1.0 must be fetched by hand');
  assert.equal(f[0].message, 'app-misc/fetchr-1.0 has fetch restriction turned on: download fetchr-1.0.tar.gz yourself into DISTDIR');
  assert.equal(planDiagnostics(events, sources('hello-1.0'))[0].code, 'fetch-failure');
  const custom = findingsOf(parseAll(readFileSync(path.join(FIXTURES, 'emerge/fetch-restriction-src-02.txt'))));
  assert.deepEqual(custom.map((x) => x.message), [
    'games-fps/quake3-data-1.32c has fetch restriction turned on: download its distfiles yourself into DISTDIR (Please copy pak0.pk3 from your Quake III Arena CD (baseq3/))',
  ]);
});
