/** Which packages of a shared cache folder a build made: the build id Portage saved in each package's environment. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentOfBuild, keepPackagesOfBuild } from '../../src/core/buildMark';
import { compress, makeXpak, simpleGpkg } from '../helpers/binpkgArchives';

const BINPKGS = join(__dirname, '../../../test/fixtures/portage/binpkgs');

test('a saved environment names its build by the exported variable, exactly', () => {
  const env = 'declare -x A="1"\ndeclare -x EBUILD_BUILDER_BUILD="0a1b2c3d4e5f"\ndeclare -- B="2"\n';
  assert.equal(environmentOfBuild(env, '0a1b2c3d4e5f'), true);
  assert.equal(environmentOfBuild(env, '0a1b2c3d4e5'), false, 'a prefix of the id is another build');
  assert.equal(environmentOfBuild(env.replace('declare -x EBUILD', 'declare -x XEBUILD'), '0a1b2c3d4e5f'), false);
  assert.equal(environmentOfBuild('declare -x A="1"\n', '0a1b2c3d4e5f'), false, 'a package of a build without the mark');
});

test("packages without this build's mark, temporary files and indexes are dropped from the staging folder", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eb-mark-'));
  const pkgs = readdirSync(BINPKGS, { recursive: true }).map(String).filter((f) => /\.(gpkg\.tar|tbz2)$/.test(f));
  assert.ok(pkgs.length > 0);
  const files = pkgs.slice(0, 2).map((f, i) => {
    const target = join(dir, `p${i}-${f.split('/').pop()}`);
    cpSync(join(BINPKGS, f), target);
    return target;
  });
  const partial = join(dir, 'hello-1.0-3.gpkg.tarabcd.123');
  writeFileSync(partial, 'half a package');
  const index = join(dir, 'Packages');
  writeFileSync(index, 'PACKAGES: 0\n');
  const kept = await keepPackagesOfBuild([...files, partial, index], '0a1b2c3d4e5f');
  assert.deepEqual(kept, []);
  for (const f of [...files, partial, index]) assert.equal(existsSync(f), false, f);
});

test("this build's packages stay, in either format: the environment Portage saved names the build", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eb-mark-'));
  const env = (id: string) => compress('bzip2', Buffer.from(`declare -x EBUILD_BUILDER_BUILD="${id}"\ndeclare -x PATH="/usr/bin"\n`));
  const ours = join(dir, 'ours-1.0-1.xpak');
  writeFileSync(ours, makeXpak(compress('bzip2', Buffer.alloc(10240)), { CATEGORY: 'app-misc\n', PF: 'ours-1.0\n', 'environment.bz2': env('0a1b2c3d4e5f') }));
  const theirs = join(dir, 'theirs-1.0-1.xpak');
  writeFileSync(theirs, makeXpak(compress('bzip2', Buffer.alloc(10240)), { CATEGORY: 'app-misc\n', PF: 'theirs-1.0\n', 'environment.bz2': env('ffffffffffff') }));
  const noEnv = join(dir, 'demo-1.0-1.gpkg.tar');
  writeFileSync(noEnv, await simpleGpkg());
  assert.deepEqual(await keepPackagesOfBuild([ours, theirs, noEnv], '0a1b2c3d4e5f'), [ours]);
  assert.deepEqual(readdirSync(dir), ['ours-1.0-1.xpak']);
});
