/**
 * Table test: every emerge output fixture (user pastes, real Portage 3.0.82 captures, build logs) with the
 * events a developer relies on. `count` pins how many events of a type a file yields; `has` lists events
 * that must be there (partial match, arrays element-wise).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAll, type EmergeEvent } from '../../src/core/emerge';
import { FIXTURES, fixtureFiles, matches } from './emergeFixtureHelpers';
import { TABLE, au, broken, brokenDiag, cd, dies, elogHello, helloBuild, inst, mk, ml, qa, rb, type Expect } from './emergeFixtureTable';

/** Real Portage captures: expectations per case, checked on every capture mode of the case. */
const CASES: Record<string, Expect> = {
  blocker: {
    count: { blocker: 2, 'merge-list': 1 },
    has: [
      ml('app-misc/blocker-1.0', { pkgType: 'ebuild', flags: 'N', action: 'new' }),
      { type: 'blocker', atom: 'app-misc/hello', blocking: 'app-misc/blocker-1.0', hard: true, resolved: false },
      { type: 'blocker', packages: [inst('app-misc/blocker-1.0', '0/0', 'testoverlay', 'ebuild scheduled for merge', [{ atom: 'app-misc/blocker' }])] },
    ],
  },
  'compile-fail': {
    count: { 'build-failure': 1, 'package-done': 1 },
    has: [brokenDiag, mk('Makefile', 4, 'broken', 'Error 1'), { ...broken, inputLine: undefined as unknown },
      { type: 'package-done', cpv: 'app-misc/broken-1.0', result: 'failed', log: '/var/tmp/portage/app-misc/broken-1.0/temp/build.log' }],
  },
  'die-install': {
    count: { 'build-failure': 1 },
    has: [dies, { type: 'phase', phase: 'install', cpv: 'app-misc/dies-1.0' }, { type: 'package-done', cpv: 'app-misc/dies-1.0', result: 'failed' }],
  },
  'emaint-binhost': { count: { 'build-failure': 0, 'merge-list': 0 } },
  info: { count: { 'build-failure': 0, 'merge-list': 0, 'compiler-diagnostic': 0 } },
  'keyword-change': {
    count: { autounmask: 1 },
    has: [ml('app-misc/testing-2.0', { flags: 'N ~' }), au('keyword', '=app-misc/testing-2.0', '~amd64', [rb('=app-misc/testing-2.0', 'argument')],
      { overrideKind: 'accept_keywords', file: 'package.accept_keywords', entry: '=app-misc/testing-2.0 ~amd64', comments: ['# required by =app-misc/testing-2.0 (argument)'] })],
  },
  'keyword-masked': {
    count: { masked: 1, autounmask: 0 },
    has: [{ type: 'masked', atom: '=app-misc/testing-2.0', candidates: [{ cpv: 'app-misc/testing-2.0', repo: 'testoverlay', reasons: ['~amd64 keyword'] }], requiredBy: [] }],
  },
  'license-change': {
    count: { autounmask: 1 },
    has: [au('license', '>=app-misc/eula-1.0', 'TestEULA', [rb('app-misc/eula', 'argument')], { overrideKind: 'license', file: 'package.license' })],
  },
  masked: {
    count: { masked: 1 },
    has: [{ type: 'masked', atom: 'app-misc/masked', candidates: [{
      cpv: 'app-misc/masked-1.0', repo: 'testoverlay', reasons: ['package.mask'], maskFile: '/var/db/repos/gentoo/profiles/package.mask',
      comment: ['# Jane Doe <jane@example.org> (2024-05-01)', '# Contains a known security vulnerability (CVE-0000-0000).', '# Masked for removal in 30 days.  Use app-misc/hello instead.'],
    }] }],
  },
  noebuilds: {
    count: { 'no-ebuilds': 1 },
    has: [{ type: 'no-ebuilds', atom: 'app-misc/doesnotexist', requiredBy: [], suggestions: ['app-misc/dies', 'app-misc/testing', 'app-misc/broken'] }],
  },
  pretend: {
    count: { 'merge-list': 4, 'package-start': 0 },
    has: [ml('app-misc/libfoo-1.0', { vars: { USE: '-ssl' } }), ml('app-misc/withdep-1.0', { vars: { USE: 'doc -static' }, depth: 0 })],
  },
  'pretend-verbose': {
    count: { 'merge-list': 4, 'merge-total': 1 },
    has: [ml('app-misc/libfoo-1.0', { repo: 'gentoo', size: '0 KiB', vars: { USE: '-ssl' } }), ml('app-misc/hello-1.0', { repo: 'testoverlay' }),
      { type: 'merge-total', packages: 4, counts: { new: 4 }, downloadSize: '0 KiB' }],
  },
  'qa-notice': {
    count: { 'qa-notice': 3, 'compiler-diagnostic': 1 },
    has: [
      qa('deprecated-directories', ['usr/man'], { cpv: 'app-misc/qa-issues-1.0' }),
      qa('severe-warnings', ['qa.c:3:8: warning: implicit declaration of function ‘undeclared_function’ [-Wimplicit-function-declaration]'],
        { homepage: 'https://example.invalid/qa-issues', message: 'Package triggers severe warnings which indicate that it may exhibit random runtime failures.' }),
      qa('pre-stripped', ['/usr/bin/qa-issues']),
      { ...cd('qa.c', 3, 8, 'warning', 'implicit declaration of function ‘undeclared_function’ [-Wimplicit-function-declaration]'), option: '-Wimplicit-function-declaration' },
    ],
  },
  'success-gpkg': helloBuild,
  'success-logdir': helloBuild,
  'success-short': helloBuild,
  'success-xpak': helloBuild,
  unmerge: { count: { 'build-failure': 0 }, has: [{ type: 'phase', phase: 'unmerge', cpv: 'app-misc/hello-1.0' }] },
  'use-change': {
    count: { autounmask: 1, 'merge-list': 2 },
    has: [
      ml('app-misc/libfoo-1.0', { vars: { USE: 'ssl' } }),
      au('use', '>=app-misc/libfoo-1.0', 'ssl', [rb('app-misc/needs-ssl-1.0::testoverlay'), rb('=app-misc/needs-ssl-1.0', 'argument')], {
        overrideKind: 'use', file: 'package.use', entry: '>=app-misc/libfoo-1.0 ssl',
        comments: ['# required by app-misc/needs-ssl-1.0::testoverlay', '# required by =app-misc/needs-ssl-1.0 (argument)'],
      }),
    ],
  },
};

for (const c of ['blocker', 'emaint-binhost', 'success-gpkg', 'success-logdir', 'success-short', 'success-xpak', 'unmerge']) TABLE[`portage/build-logs/${c}__elog-summary.log`] = elogHello;

/** The real captures of a case: every mode the README describes must give the same events. */
function caseOf(file: string): string | undefined {
  return /^portage\/outputs\/(.+?)-(?:no)?color(?:\.pipe|\.stdout|\.stderr)?\.txt$/.exec(file)?.[1];
}

function parseFile(rel: string): EmergeEvent[] {
  const path = join(FIXTURES, rel);
  const c = caseOf(rel);
  if (c && /\.(stdout|stderr)\.txt$/.test(rel)) {
    // Split captures are checked as a pair, each stream pushed separately.
    const { EmergeParser } = require('../../src/core/emerge') as typeof import('../../src/core/emerge');
    const p = new EmergeParser();
    const base = join(FIXTURES, `portage/outputs/${c}-nocolor`);
    const ev = [...p.push(readFileSync(`${base}.stdout.txt`), 'stdout'), ...p.push(readFileSync(`${base}.stderr.txt`), 'stderr')];
    return ev.concat(p.end());
  }
  return parseAll(readFileSync(path));
}

function check(rel: string, events: EmergeEvent[], exp: Expect): void {
  for (const [type, n] of Object.entries(exp.count ?? {})) {
    assert.equal(events.filter((e) => e.type === type).length, n, `${rel}: number of ${type} events`);
  }
  for (const want of exp.has ?? []) {
    const clean = JSON.parse(JSON.stringify(want)) as Record<string, unknown>; // drops `undefined` placeholders
    assert.ok(events.some((e) => matches(e, clean)), `${rel}: expected an event like ${JSON.stringify(clean)}\n got ${JSON.stringify(events.filter((e) => e.type === clean.type), null, 1).slice(0, 3000)}`);
  }
}

for (const rel of fixtureFiles()) {
  test(`fixture ${rel} yields the expected events`, () => {
    const c = caseOf(rel);
    const exp = c ? CASES[c] : TABLE[rel];
    assert.ok(exp, `no expectations for ${rel}: add it to the table`);
    const events = parseFile(rel);
    check(rel, events, exp);
    for (const e of events) {
      assert.ok(Number.isInteger(e.inputLine) && e.inputLine >= 1, `${rel}: inputLine of ${e.type}`);
      if (e.type === 'build-failure' || e.type === 'package-start' || e.type === 'merge-list') assert.match(e.cpv, /^[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+$/);
    }
  });
}

test('the line number of an event is the line where it starts in the input', () => {
  const events = parseAll(readFileSync(join(FIXTURES, 'portage/outputs/use-change-nocolor.pipe.txt')));
  const au0 = events.find((e) => e.type === 'autounmask');
  assert.equal(au0?.inputLine, 9); // the first `# required by` line of the entry
  const dies0 = parseAll(readFileSync(join(FIXTURES, 'portage/outputs/die-install-nocolor.pipe.txt'))).find((e) => e.type === 'build-failure');
  assert.equal(dies0?.inputLine, 19);
});
