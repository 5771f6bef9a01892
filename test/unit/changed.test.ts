import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { changedSince } from '../../src/core/gitChanges';
import { GitRepo, ebuild, overlayFiles } from '../helpers/gitRepo';
import { isUserError } from '../../src/core/userError';
import { runMain } from '../helpers/cliRun';

const atoms = (r: { build: { atom: string }[] }) => r.build.map((e) => e.atom);

const cli = (args: string[], cwd: string) => runMain(args, cwd);

async function rejectsWith(p: Promise<unknown>, code: string, text: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isUserError(e), `expected a UserError, got ${e}`);
    assert.equal(e.code, code);
    assert.match(`${e.message} ${e.action}`, text);
    return true;
  });
}

describe('changed: which ebuilds a range of commits touches', () => {
  let repo: GitRepo;
  let base: string;
  before(() => {
    repo = GitRepo.init();
    repo.write({
      ...overlayFiles(),
      'app-misc/a/a-1.ebuild': ebuild('inherit bar'),
      'app-misc/b/b-1.ebuild': ebuild('inherit foo\nRDEPEND="app-misc/a"'),
      'app-misc/c/c-1.ebuild': ebuild('PATCHES=( "${FILESDIR}/fix.patch" )'),
      'app-misc/c/c-2.ebuild': ebuild(),
      'app-misc/c/files/fix.patch': '--- a\n+++ b\n',
      'app-misc/d/d-1.ebuild': ebuild('# Does not inherit foo: it only mentions it.'),
      'app-misc/old/old-1.ebuild': ebuild(),
      'README.md': 'overlay\n',
    });
    base = repo.commit('initial overlay');
  });
  after(() => repo.cleanup());

  test('an added ebuild is listed after the added ebuild it depends on, whatever their names', async () => {
    repo.write({
      'app-misc/aaa/aaa-1.0.ebuild': ebuild('DEPEND="ssl? ( >=app-misc/zzz-2:0= )"\nRDEPEND="${DEPEND}\n\t!app-misc/d"'),
      'app-misc/zzz/zzz-2.1.ebuild': ebuild(),
    });
    const sha = repo.commit('add aaa and zzz');
    const r = await changedSince(repo.dir, `${sha}~1`);
    assert.deepEqual(atoms(r), ['=app-misc/zzz-2.1::testlay', '=app-misc/aaa-1.0::testlay']);
    assert.deepEqual(r.build[1].reasons, ['ebuild added']);
    assert.deepEqual(r.deleted, []);
  });

  test('a changed files/ patch lists every ebuild of that package and nothing else', async () => {
    repo.write({ 'app-misc/c/files/fix.patch': '--- a\n+++ b\n@@ changed\n' });
    const sha = repo.commit('change patch');
    const r = await changedSince(repo.dir, `${sha}~1`);
    assert.deepEqual(atoms(r), ['=app-misc/c-1::testlay', '=app-misc/c-2::testlay']);
    assert.match(r.build[0].reasons[0], /files\/fix\.patch changed/);
  });

  test('a changed eclass lists the ebuilds that inherit it, also through another eclass, in dependency order', async () => {
    repo.write({ 'eclass/foo.eclass': '# foo\nfoo_src_compile() { emake; }\n' });
    const sha = repo.commit('change foo.eclass');
    const r = await changedSince(repo.dir, `${sha}~1`);
    // b inherits foo directly and depends on a; a inherits bar, which inherits foo; d only names foo in a comment.
    assert.deepEqual(atoms(r), ['=app-misc/a-1::testlay', '=app-misc/b-1::testlay']);
    assert.deepEqual(r.build[0].reasons, ['eclass foo.eclass changed']);
  });

  test('a deleted ebuild is reported and not built; a file outside any package changes nothing', async () => {
    repo.remove('app-misc/old/old-1.ebuild');
    repo.write({ 'README.md': 'changed\n' });
    const sha = repo.commit('drop old');
    const r = await changedSince(repo.dir, `${sha}~1`);
    assert.deepEqual(atoms(r), []);
    assert.deepEqual(r.deleted.map((e) => e.atom), ['=app-misc/old-1::testlay']);
  });

  test('a modified ebuild since several commits ago: the whole range counts, deleted ones stay out', async () => {
    repo.write({ 'app-misc/d/d-1.ebuild': ebuild('IUSE="x"') });
    repo.commit('touch d');
    const r = await changedSince(repo.dir, base);
    assert.deepEqual(atoms(r), [
      '=app-misc/a-1::testlay', '=app-misc/b-1::testlay', '=app-misc/c-1::testlay', '=app-misc/c-2::testlay',
      '=app-misc/d-1::testlay', '=app-misc/zzz-2.1::testlay', '=app-misc/aaa-1.0::testlay',
    ]);
    assert.deepEqual(r.deleted.map((e) => e.atom), ['=app-misc/old-1::testlay']);
    assert.equal(r.base.sha, base);
  });

  test('packages that depend on each other in a circle are reported as a cycle; PDEPEND goes after', async () => {
    repo.write({
      'app-misc/x/x-1.ebuild': ebuild('RDEPEND="app-misc/y"'),
      'app-misc/y/y-1.ebuild': ebuild('DEPEND="app-misc/x"'),
      'app-misc/p/p-1.ebuild': ebuild('PDEPEND="app-misc/e"'),
      'app-misc/e/e-1.ebuild': ebuild('RDEPEND="app-misc/p"'),
    });
    const sha = repo.commit('cycle');
    const r = await changedSince(repo.dir, `${sha}~1`);
    assert.deepEqual(r.cycles, [['=app-misc/x-1::testlay', '=app-misc/y-1::testlay']]);
    const order = atoms(r);
    assert.ok(order.indexOf('=app-misc/p-1::testlay') < order.indexOf('=app-misc/e-1::testlay'), order.join(' '));
    assert.equal(order.length, 4);
  });

  test('a --since that names no commit is a clear error', async () => {
    await rejectsWith(changedSince(repo.dir, 'no-such-branch'), 'bad-ref', /no-such-branch.*not a commit/);
    const r = await cli(['changed', '--since', 'no-such-branch'], repo.dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /'no-such-branch' is not a commit/);
  });

  test('without --since and without an upstream branch, the message says to pass --since', async () => {
    await rejectsWith(changedSince(repo.dir), 'no-upstream', /--since REF/);
  });

  test('a shallow clone without the base commit says how to fetch it', async () => {
    const shallow = GitRepo.init('eb-shallow-');
    shallow.cleanup();
    new GitRepo('/').git('clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow.dir);
    try {
      await rejectsWith(changedSince(shallow.dir, base), 'shallow-clone', /git fetch --unshallow/);
      await rejectsWith(changedSince(shallow.dir, 'HEAD~3'), 'shallow-clone', /--deepen/);
    } finally {
      shallow.cleanup();
    }
  });

  test('by default it compares with the merge base of the upstream branch, and the CLI prints the atoms', async () => {
    const clone = GitRepo.init('eb-clone-');
    clone.cleanup();
    new GitRepo('/').git('clone', '-q', repo.dir, clone.dir);
    try {
      clone.write({ 'app-misc/d/d-1.ebuild': ebuild('IUSE="x y"'), 'app-misc/c/c-2.ebuild': ebuild('# tweak') });
      clone.commit('local work');
      const r = await changedSince(clone.dir);
      assert.deepEqual(atoms(r), ['=app-misc/c-2::testlay', '=app-misc/d-1::testlay']);
      assert.match(r.base.describe, /origin\/main/);
      const out = await cli(['changed', '--json'], clone.dir);
      assert.equal(out.code, 0, out.err);
      assert.deepEqual(JSON.parse(out.out).build.map((e: { atom: string }) => e.atom), atoms(r));
    } finally {
      clone.cleanup();
    }
  });
});

describe('changed: repositories that are not what it expects', () => {
  test('a repository without an overlay is a clear error', async () => {
    const r = GitRepo.init();
    try {
      r.write({ 'src/main.c': 'int main(){}\n' });
      r.commit('one');
      r.write({ 'src/main.c': 'int main(){return 0;}\n' });
      r.commit('two');
      await rejectsWith(changedSince(r.dir, 'HEAD~1'), 'no-overlay', /profiles\/repo_name/);
    } finally {
      r.cleanup();
    }
  });

  test('an overlay in a subfolder of the repository gets its own name in the atoms', async () => {
    const r = GitRepo.init();
    try {
      r.write({ ...overlayFiles('overlay'), 'overlay/profiles/repo_name': 'sublay\n', 'overlay/dev-util/t/t-0.1_rc2-r1.ebuild': ebuild() });
      r.commit('one');
      r.write({ 'overlay/dev-util/t/t-0.1_rc2-r1.ebuild': ebuild('IUSE="doc"') });
      r.commit('two');
      const c = await changedSince(r.dir, 'HEAD~1');
      assert.deepEqual(atoms(c), ['=dev-util/t-0.1_rc2-r1::sublay']);
      assert.equal(c.build[0].path, 'overlay/dev-util/t/t-0.1_rc2-r1.ebuild');
    } finally {
      r.cleanup();
    }
  });

  test('outside a git repository: a clear error', async () => {
    await rejectsWith(changedSince('/'), 'not-a-repo', /--repo DIR/);
  });
});
