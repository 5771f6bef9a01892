/** Which ebuild a USE matrix is about (a path, or the best version an atom selects) and its matrix. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { atomMatches, tryParseAtom } from './atom';
import { atomFromEbuildPath } from './ebuildPath';
import { discoverOverlays } from './overlays';
import { matrixInputFromEbuild, useMatrix, type UseMatrix } from './useMatrix';
import { UserError } from './userError';
import { compareVersions } from './version';

/** An ebuild path as given, or the best version an atom (`cat/pkg`, `>=cat/pkg-1`) selects in the workspace's overlays. */
export async function resolveMatrixTarget(target: string, workspace: string, cwd: string): Promise<string> {
  if (target.endsWith('.ebuild')) {
    const file = path.resolve(cwd, target);
    if (!existsSync(file)) throw new UserError(`${file} does not exist.`, 'Pass the path of an ebuild, or an atom such as app-misc/hello.', 'no-such-ebuild');
    return file;
  }
  const parsed = tryParseAtom(target);
  if (!parsed.ok) throw parsed.error;
  const a = parsed.atom;
  const { overlays } = await discoverOverlays([workspace]);
  let best: { file: string; version: string } | undefined;
  for (const o of overlays) {
    if (a.repo && a.repo !== o.name) continue;
    const dir = path.join(o.path, a.category, a.pn);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const version = name.startsWith(`${a.pn}-`) && name.endsWith('.ebuild') ? name.slice(a.pn.length + 1, -'.ebuild'.length) : undefined;
      if (!version || !tryParseAtom(`=${a.category}/${a.pn}-${version}`).ok) continue;
      if (!atomMatches(a, { category: a.category, pn: a.pn, version, repo: o.name })) continue;
      if (!best || compareVersions(version, best.version) > 0) best = { file: path.join(dir, name), version };
    }
  }
  if (!best) {
    throw new UserError(`No ebuild in the workspace's overlays matches ${target} (${overlays.map((o) => o.name).join(', ') || 'no overlay found'} in ${workspace}).`, 'Check the atom, or pass the ebuild path (or --workspace DIR).', 'no-such-ebuild');
  }
  return best.file;
}

/** The matrix of an ebuild file, with the atom its package.use lines name. */
export async function matrixFor(ebuild: string, workspace: string, options: { max?: number; seed?: number }): Promise<{ atom: string; matrix: UseMatrix }> {
  const { overlays } = await discoverOverlays([workspace]);
  const located = atomFromEbuildPath(ebuild, overlays);
  const atom = located.atom.replace(/::.*$/, '');
  return { atom, matrix: useMatrix(matrixInputFromEbuild(await readFile(ebuild, 'utf8')), options) };
}

