/**
 * pkgcheck in the builder container, against the real dockerd: the Gentoo build's overlays, repos.conf and tree,
 * with pkgcheck instead of emerge. pkgcheck itself is not available offline, so case (b) uses an image built here
 * from the stand-in gentoo image plus a stand-in `pkgcheck` script (see STANDIN_PKGCHECK).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPkgcheckInContainer } from '../../src/docker/pkgcheckRun';
import { pkgcheckFindings } from '../../src/server/pkgcheck';
import { isUserError } from '../../src/core/userError';
import { builderContainers, sampleWorkspace, standinConfig, STANDIN } from './standins';

const PKGCHECK_IMAGE = 'ebuild-builder/standin-pkgcheck:test';
const HELLO = 'app-misc/hello/hello-1.0.ebuild';

/**
 * Stands in for pkgcheck, which is not available offline. It checks what a real pkgcheck would need (the argv we
 * build, the overlay at the path given with -r and declared in repos.conf, the Gentoo tree), then prints one record
 * in pkgcheck's JsonStream format (pkgcheck's reporters.py: `{"__class__": <result class>, **result attributes}`,
 * one JSON object per line; version-scope results carry category/package/version, line results `line`/`lineno`).
 * The record points at the line of the ebuild that uses ${CFLAGS} unquoted; a warning goes to stderr as pkgcheck's do.
 */
const STANDIN_PKGCHECK = `#!/bin/bash
set -u
fail() { echo "[stand-in pkgcheck] $*" >&2; exit 2; }
[ "$1 $2 $3 $4" = "scan -R JsonStream -r" ] || fail "unexpected argv: $*"
repo=$5; target=$6
[ -f /var/db/repos/gentoo/profiles/repo_name ] || fail "no Gentoo tree at /var/db/repos/gentoo"
name=$(cat "$repo/profiles/repo_name") || fail "no repository at $repo"
grep -q "^location = $repo\\$" "/etc/portage/repos.conf/$name.conf" || fail "$repo is not declared in repos.conf"
cat=\${target%%/*}; pn=\${target#*/}
for ebuild in "$repo/$target"/*.ebuild; do
  [ -f "$ebuild" ] || fail "no ebuilds for $target in $repo"
  pf=$(basename "$ebuild" .ebuild); pv=\${pf#"$pn-"}
  n=$(grep -n '\${CFLAGS}' "$ebuild" | head -n1 | cut -d: -f1)
  [ -n "$n" ] || continue
  line=$(sed -n "\${n}p" "$ebuild" | sed 's/\\\\/\\\\\\\\/g; s/"/\\\\"/g; s/\\t/\\\\t/g')
  echo 'WARNING: stand-in pkgcheck: profiles not checked' >&2
  printf '{"__class__": "EbuildUnquotedVariable", "category": "%s", "package": "%s", "version": "%s", "variable": "CFLAGS", "line": "%s", "lineno": %s}\\n' \\
    "$cat" "$pn" "$pv" "$line" "$n"
done
`;

before(() => {
  const ctx = mkdtempSync(path.join(tmpdir(), 'eb-pkgcheck-image-'));
  try {
    writeFileSync(path.join(ctx, 'pkgcheck'), STANDIN_PKGCHECK, { mode: 0o755 });
    writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${STANDIN.gentoo}\nCOPY pkgcheck /usr/bin/pkgcheck\n`);
    execFileSync('docker', ['build', '--network', 'none', '-q', '-t', PKGCHECK_IMAGE, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
});

async function pkgcheckContainers(): Promise<string[]> {
  return (await builderContainers()).flatMap((c) => c.Names).filter((n) => n.startsWith('/ebuild-builder-pkgcheck-'));
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

test('the default sabayon profile falls back to the gentoo builder image for pkgcheck', async () => {
  const ws = sampleWorkspace();
  const run = await runPkgcheckInContainer(path.join(ws, HELLO), {
    workspaceFolders: [ws], config: standinConfig({ profile: 'sabayon', images: { sabayon: STANDIN.sabayon, gentoo: PKGCHECK_IMAGE } }),
  });
  assert.equal(run.image, PKGCHECK_IMAGE);
  assert.equal(run.results.length, 1);
});

test('pkgcheck in an image that has it: JsonStream results parse to the ebuild file and line, stderr kept apart', async () => {
  const ws = sampleWorkspace();
  const file = path.join(ws, HELLO);
  const run = await runPkgcheckInContainer(file, { workspaceFolders: [ws], config: standinConfig({ profile: 'gentoo' }), image: PKGCHECK_IMAGE });
  assert.equal(run.exitCode, 0, run.stderr);
  assert.deepEqual(run.argv.slice(-6), ['scan', '-R', 'JsonStream', '-r', '/var/db/repos/testoverlay', 'app-misc/hello']);
  assert.match(run.stderr, /WARNING: stand-in pkgcheck/);
  assert.doesNotMatch(run.output, /WARNING/, 'stdout holds only the JsonStream records');

  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const expectedLine = lines.findIndex((l) => l.includes('${CFLAGS}')) + 1;
  assert.ok(expectedLine > 0);
  assert.equal(run.results.length, 1);
  const [r] = run.results;
  assert.equal(r.className, 'EbuildUnquotedVariable');
  assert.deepEqual([r.category, r.package, r.version], ['app-misc', 'hello', '1.0']);
  assert.deepEqual(r.lines, [expectedLine]);
  assert.equal(r.attrs.line, lines[expectedLine - 1], 'the line text survives the JSON round trip (tabs, quotes, braces)');

  // What the language server publishes from it: a diagnostic on that line of this ebuild.
  const offsets = [0];
  for (const l of lines) offsets.push(offsets[offsets.length - 1] + l.length + 1);
  const findings = pkgcheckFindings(run.results, { category: 'app-misc', package: 'hello', version: '1.0' }, (l) => offsets[Math.min(l, offsets.length - 1)]);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), lines[expectedLine - 1]);
  assert.match(findings[0].message, /Ebuild Unquoted Variable \(variable: CFLAGS\)/);
  assert.deepEqual(await pkgcheckContainers(), []);
  assert.ok(!existsSync(path.join(ws, 'artifacts')), 'a pkgcheck run leaves nothing in the workspace');
});
