/**
 * One reader of metadata/layout.conf for everyone: `masters =` followed by another key names no master (as Portage
 * reads it), so a repository laid out that way keeps its arch and licence checks in the language server too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverOverlays } from '../../src/core/overlays';
import { layoutMasters } from '../../src/core/repoFiles';
import { computeDiagnostics } from '../../src/server/diagnostics';
import { Knowledge } from '../../src/server/knowledge';
import { analyse, ebuild, GENTOO } from './serverFixture';

test('`masters =` then `thin-manifests = true`: no master, for overlay discovery and the language server alike', async () => {
  const repo = join(mkdtempSync(join(tmpdir(), 'eb-layout-')), 'gentoo');
  cpSync(GENTOO, repo, { recursive: true });
  writeFileSync(join(repo, 'metadata', 'layout.conf'), 'masters =\nthin-manifests = true\nsign-manifests = false\n');
  assert.deepEqual(layoutMasters('masters =\nthin-manifests = true\n'), []);
  const { overlays } = await discoverOverlays([repo]);
  assert.deepEqual(overlays.map((o) => o.masters), [[]]);
  const knowledge = new Knowledge([repo]);
  const file = join(repo, 'app-misc', 'layouttest', 'layouttest-1.0.ebuild');
  const text = ebuild(['DESCRIPTION="x"', 'HOMEPAGE="https://example.org"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64 ~sparc64x"']);
  const { ctx } = await analyse(file, text, knowledge);
  const unknown = computeDiagnostics(ctx).filter((d) => d.code === 'unknown-keyword').map((d) => text.slice(d.span.start, d.span.end));
  assert.deepEqual(unknown, ['~sparc64x'], 'the unknown arch is flagged, not silently skipped for a "missing master"');
});
