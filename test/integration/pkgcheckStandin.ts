/**
 * The image for pkgcheck tests: the stand-in gentoo stage3 plus test/standins/pkgcheck/pkgcheck, a script that
 * stands in for pkgcheck (not available offline) and prints JsonStream records written from pkgcheck's format.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const PKGCHECK_STANDIN_IMAGE = 'ebuild-builder/standin-pkgcheck:test';
const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Builds (or refreshes from the layer cache) the image, offline: classic builder, no network. */
export function buildPkgcheckStandin(base = 'ebuild-builder/standin-gentoo:test'): string {
  const ctx = mkdtempSync(path.join(tmpdir(), 'eb-pkgcheck-image-'));
  try {
    copyFileSync(path.join(ROOT, 'test', 'standins', 'pkgcheck', 'pkgcheck'), path.join(ctx, 'pkgcheck'));
    writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${base}\nCOPY pkgcheck /usr/bin/pkgcheck\nRUN chmod 0755 /usr/bin/pkgcheck\n`);
    execFileSync('docker', ['build', '--network', 'none', '-q', '-t', PKGCHECK_STANDIN_IMAGE, ctx], {
      env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
  return PKGCHECK_STANDIN_IMAGE;
}
