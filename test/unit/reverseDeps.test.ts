import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  atomsWithConditions, dependencyMatches, describeMatch, ebuildDependencies, ebuildSlot, parseDependencySpec, requiredTargetUse,
  reverseDependencies, type CandidatePackage,
} from '../../src/core/reverseDeps';
import { builderTreeHere, formatReverseDependencyPlan, planReverseDependencies } from '../../src/core/reverseDepPlan';
import type { Overlay } from '../../src/core/buildModel';

const libfoo = { category: 'app-misc', pn: 'libfoo', version: '1.0', slot: '0', repo: 'testoverlay' };
const pkg = (name: string, deps: CandidatePackage['deps'], version = '1.0'): CandidatePackage => ({ category: 'app-misc', pn: name, version, repo: 'testoverlay', deps });

describe('PMS dependency specifications', () => {
  test('groups, || groups and USE-conditional groups nest; every atom keeps the conditions it sits under', () => {
    const { nodes, skipped } = parseDependencySpec('a/b ssl? ( || ( >=c/d-1 c/e ) !static? ( f/g:2= ) ) !!h/i ( j/k )');
    assert.deepEqual(skipped, []);
    assert.deepEqual(atomsWithConditions(nodes).map((a) => [a.atom.text, a.conditions.join(' ')]), [
      ['a/b', ''], ['>=c/d-1', 'ssl? ||'], ['c/e', 'ssl? ||'], ['f/g:2=', 'ssl? !static?'], ['!!h/i', ''], ['j/k', ''],
    ]);
  });

  test('an unexpanded ${VAR} or a word that is no atom is skipped, and the rest still counts', () => {
    const { nodes, skipped } = parseDependencySpec('${PYTHON_DEPS} not-an-atom app-misc/libfoo');
    assert.deepEqual(skipped, ['${PYTHON_DEPS}', 'not-an-atom']);
    assert.deepEqual(atomsWithConditions(nodes).map((a) => a.atom.text), ['app-misc/libfoo']);
  });

  test('an ebuild\'s own variables are expanded (DEPEND="${RDEPEND}", COMMON_DEPEND), PV-style ones are not', () => {
    const deps = ebuildDependencies('COMMON_DEPEND="app-misc/libfoo:="\nRDEPEND="${COMMON_DEPEND}\n\tapp-misc/hello"\nDEPEND="${RDEPEND}"\nBDEPEND="=dev-util/x-${PV}"\n');
    assert.match(deps.RDEPEND!, /app-misc\/libfoo:=\s+app-misc\/hello/);
    assert.match(deps.DEPEND!, /app-misc\/libfoo:=\s+app-misc\/hello/);
    assert.equal(deps.BDEPEND, '=dev-util/x-${PV}');
  });

  test('SLOT and sub-slot of an ebuild, ${PV} expanded', () => {
    assert.deepEqual(ebuildSlot('SLOT="0/${PV}"', '1.2-r1'), { slot: '0', subslot: '1.2' });
    assert.deepEqual(ebuildSlot('SLOT="2"', '2.0'), { slot: '2', subslot: undefined });
    assert.deepEqual(ebuildSlot('SLOT="0/$(ver_cut 1)"', '3'), { slot: '0', subslot: undefined });
  });
});

describe('reverse dependencies', () => {
  test('every dependency variable counts, USE-conditional and || groups included; blockers, other versions and unsatisfied ranges do not', () => {
    const found = reverseDependencies(libfoo, [
      pkg('needs-ssl', { RDEPEND: 'app-misc/libfoo[ssl]' }),
      pkg('opt', { DEPEND: 'foo? ( >=app-misc/libfoo-1.0:0= )' }),
      pkg('either', { BDEPEND: '|| ( app-misc/other app-misc/libfoo )' }),
      pkg('post', { PDEPEND: '~app-misc/libfoo-1.0' }),
      pkg('inst', { IDEPEND: 'app-misc/libfoo:*' }),
      pkg('blocks', { RDEPEND: '!app-misc/libfoo' }),
      pkg('too-new', { RDEPEND: '>=app-misc/libfoo-2' }),
      pkg('other-slot', { RDEPEND: 'app-misc/libfoo:3' }),
      pkg('unrelated', { RDEPEND: 'app-misc/hello' }),
      pkg('libfoo', { RDEPEND: 'app-misc/libfoo' }, '2.0'),
    ]);
    assert.deepEqual(found.map((r) => r.atom), [
      '=app-misc/either-1.0::testoverlay', '=app-misc/inst-1.0::testoverlay', '=app-misc/needs-ssl-1.0::testoverlay',
      '=app-misc/opt-1.0::testoverlay', '=app-misc/post-1.0::testoverlay',
    ]);
    assert.deepEqual(found.map((r) => describeMatch(r.matches[0])), [
      'BDEPEND || ( app-misc/libfoo )', 'IDEPEND app-misc/libfoo:*', 'RDEPEND app-misc/libfoo[ssl]',
      'DEPEND foo? ( >=app-misc/libfoo-1.0:0= )', 'PDEPEND ~app-misc/libfoo-1.0',
    ]);
    assert.deepEqual(requiredTargetUse(found), ['ssl']);
  });

  test('a sub-slot dependency counts only when the target has that sub-slot', () => {
    const target = { ...libfoo, subslot: '1' };
    assert.equal(dependencyMatches({ RDEPEND: 'app-misc/libfoo:0/1' }, target).length, 1);
    assert.equal(dependencyMatches({ RDEPEND: 'app-misc/libfoo:0/2' }, target).length, 0);
  });

  test('one version per package: the highest that depends on the target', () => {
    const found = reverseDependencies(libfoo, [
      pkg('user', { RDEPEND: 'app-misc/libfoo' }, '1.0'),
      pkg('user', { RDEPEND: 'app-misc/libfoo' }, '1.2'),
      pkg('user', { RDEPEND: 'app-misc/hello' }, '2.0'),
    ]);
    assert.deepEqual(found.map((r) => r.atom), ['=app-misc/user-1.2::testoverlay']);
  });
});

describe('the plan of a workspace', () => {
  function overlay(files: Record<string, string>): { dir: string; overlays: Overlay[] } {
    const dir = mkdtempSync(path.join(tmpdir(), 'eb-rdeps-'));
    for (const [p, text] of Object.entries({ 'profiles/repo_name': 'lay\n', ...files })) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    }
    return { dir, overlays: [{ name: 'lay', path: dir, realPath: dir, masters: [], workspaceFolder: dir }] };
  }
  const e = (body: string) => `EAPI=8\nSLOT="0"\n${body}\n`;

  test('reverse dependencies come dependencies first, the unrelated ones not at all, with why each is listed', async () => {
    const { dir, overlays } = overlay({
      'app-misc/libfoo/libfoo-1.0.ebuild': e('IUSE="ssl"'),
      'app-misc/aaa-top/aaa-top-1.0.ebuild': e('RDEPEND="app-misc/mid app-misc/libfoo"'),
      'app-misc/mid/mid-1.0.ebuild': e('RDEPEND="app-misc/libfoo[ssl]"\nDEPEND="${RDEPEND}"'),
      'app-misc/unrelated/unrelated-1.0.ebuild': e('RDEPEND="app-misc/hello" # not app-misc/libfoo-ish'),
      'app-misc/mentions/mentions-1.0.ebuild': e('# app-misc/libfoo is not a dependency here'),
    });
    try {
      const plan = await planReverseDependencies(path.join(dir, 'app-misc/libfoo/libfoo-1.0.ebuild'), overlays);
      assert.equal(plan.target.atom, '=app-misc/libfoo-1.0::lay');
      assert.deepEqual(plan.order.map((x) => x.atom), ['=app-misc/mid-1.0::lay', '=app-misc/aaa-top-1.0::lay']);
      assert.deepEqual(plan.order[0].reasons, ['DEPEND app-misc/libfoo[ssl]', 'RDEPEND app-misc/libfoo[ssl]']);
      assert.deepEqual(plan.targetUse, ['ssl']);
      const text = formatReverseDependencyPlan(plan, 1);
      assert.match(text, /^Reverse dependencies of =app-misc\/libfoo-1\.0::lay in lay:\n {3}1\. =app-misc\/mid-1\.0::lay {2}\(DEPEND/);
      assert.match(text, /2\. =app-misc\/aaa-top-1\.0::lay .*\[not built: --limit\]/);
      assert.deepEqual(plan.inTree, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the builder\'s tree, when it is a folder here, is searched too: its reverse dependencies are listed, not built', async () => {
    const { dir, overlays } = overlay({ 'app-misc/libfoo/libfoo-1.0.ebuild': e('') });
    const tree = overlay({ 'dev-util/tool/tool-2.ebuild': e('BDEPEND="ssl? ( >=app-misc/libfoo-1 )"'), 'dev-util/other/other-1.ebuild': e('RDEPEND="app-misc/hello"') }).dir;
    try {
      assert.equal(builderTreeHere(`host:${tree}`, undefined, {}), tree);
      assert.equal(builderTreeHere(`host:${tree}`, 'ssh://builder@box', {}), undefined, 'a path on another machine');
      assert.equal(builderTreeHere('volume:gentoo/portage:latest', undefined, {}), undefined);
      const plan = await planReverseDependencies(path.join(dir, 'app-misc/libfoo/libfoo-1.0.ebuild'), overlays, tree);
      assert.deepEqual(plan.order, []);
      assert.deepEqual(plan.inTree.map((r) => r.atom), ['=dev-util/tool-2::gentoo']);
      assert.match(formatReverseDependencyPlan(plan), /in the builder's tree, not built \(its ebuild is not in the workspace\): =dev-util\/tool-2::gentoo {2}\(BDEPEND ssl\? \( >=app-misc\/libfoo-1 \)\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
