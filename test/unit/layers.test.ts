/**
 * Layers only look down: core ← docker ← cli / extension / server. A file that imports sideways or up fails here,
 * naming the file and the import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'src');
/** Which layers each may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  docker: ['core'],
  cli: ['core', 'docker'],
  extension: ['core', 'docker'],
  server: ['core'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The src/ layer an import of `file` reaches, when it is a relative import into src/. */
function layerOf(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const target = relative(SRC, join(file, '..', spec));
  return target.startsWith('..') ? undefined : target.split('/')[0];
}

test('every import of src/ looks only down the layers', () => {
  const wrong: string[] = [];
  for (const layer of Object.keys(ALLOWED)) {
    for (const file of files(join(SRC, layer))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const to = layerOf(file, m[1]);
        if (to && to !== layer && !ALLOWED[layer].includes(to)) wrong.push(`${relative(SRC, file)} imports ${m[1]} (${layer} → ${to})`);
      }
      if (layer === 'core' && /from ['"](vscode|dockerode)['"]/.test(readFileSync(file, 'utf8'))) wrong.push(`${relative(SRC, file)} imports vscode or dockerode`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the layer check sees an upward import (it can fail)', () => {
  assert.equal(layerOf(join(SRC, 'extension', 'x.ts'), '../cli/commands/ci'), 'cli');
  assert.equal(layerOf(join(SRC, 'docker', 'x.ts'), '../server/pkgcheck'), 'server');
  assert.equal(layerOf(join(SRC, 'core', 'profiles', 'x.ts'), '../../docker/build'), 'docker');
  assert.equal(layerOf(join(SRC, 'core', 'x.ts'), 'node:fs'), undefined);
});
