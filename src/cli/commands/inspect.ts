/** `ebuild-builder inspect PKG [--json]`: a binary package's metadata, Manifest status and file list. */
import { resolve } from 'node:path';
import { readBinaryPackage, readEnvironment, type BinaryPackage, type BinpkgFile } from '../../core/binpkg/readPackage';
import { DEP_KEYS, formatDepTree, parseDepString } from '../../core/binpkg/metadata';
import { UserError } from '../../core/userError';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder inspect <package> [options]

Prints a binary package's metadata (CPV, SLOT, USE, dependencies, …), its Manifest status and its file list.
Reads GPKG (.gpkg.tar) and XPAK (.tbz2, .xpak) packages; nothing is extracted.

Options:
  --json           one JSON object: metadata keys named as Portage names them (CATEGORY, PF, SLOT, USE,
                   IUSE, RDEPEND, …) plus files, manifest, format, cpv, buildId, size, problems
  --no-files       skip listing the image (faster on large packages)
  --ebuild         print the embedded ebuild only
  --environment    print the saved build environment (environment.bz2) only

Exit status: 0 when read (and the Manifest verified, for GPKG), 1 on a Manifest mismatch or unsafe entries,
2 when the file is not a readable binary package.
`;

export const command: CliCommand = {
  name: 'inspect',
  summary: 'show a binary package (.gpkg.tar, .tbz2, .xpak): metadata, Manifest, files',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs(args, 'inspect', { json: { type: 'boolean' }, 'no-files': { type: 'boolean' }, ebuild: { type: 'boolean' }, environment: { type: 'boolean' } }, true);
    if (parsed.positionals.length !== 1) throw new UserError('inspect takes one package file.', 'Example: ebuild-builder inspect artifacts/app-misc/hello-1.0.gpkg.tar', 'bad-flag');
    const path = resolve(io.cwd, parsed.positionals[0]);
    const v = parsed.values;
    if (v.environment) {
      const env = await readEnvironment(path);
      if (env === undefined) throw new UserError(`${path} has no environment.bz2.`, 'Only packages built by Portage carry a saved environment.', 'no-environment');
      io.stdout.write(env);
      return 0;
    }
    const pkg = await readBinaryPackage(path, { listFiles: !v['no-files'] && !v.ebuild });
    if (v.ebuild) {
      if (!pkg.ebuild) throw new UserError(`${path} has no embedded ebuild.`, 'Only packages built by Portage carry their ebuild.', 'no-ebuild');
      io.stdout.write(pkg.ebuild.text);
      return 0;
    }
    io.stdout.write(v.json ? JSON.stringify(toJson(pkg), null, 2) + '\n' : toText(pkg));
    const bad = pkg.manifest.state === 'mismatch' || pkg.manifest.state === 'missing' || pkg.files.some((f) => f.unsafe);
    if (bad) io.stderr.write(`ebuild-builder inspect: ${pkg.manifest.state === 'mismatch' || pkg.manifest.state === 'missing' ? pkg.manifest.summary : 'the package holds unsafe entries'}\n`);
    return bad ? 1 : 0;
  },
};

/** Portage-named metadata keys first, then this reader's own (lower-case) fields. */
function toJson(pkg: BinaryPackage): Record<string, unknown> {
  return {
    ...pkg.metadata,
    CATEGORY: pkg.category,
    PF: pkg.pf,
    cpv: pkg.cpv,
    format: pkg.format,
    buildId: pkg.buildId ?? null,
    size: pkg.size,
    compression: pkg.compression,
    ebuild: pkg.ebuild?.name ?? null,
    environment: pkg.environment.present,
    manifest: { state: pkg.manifest.state, summary: pkg.manifest.summary, problems: pkg.manifest.problems, signed: pkg.manifest.signed },
    signatures: pkg.signatures,
    problems: pkg.problems,
    files: pkg.files,
  };
}

function modeString(f: BinpkgFile): string {
  const t = { file: '-', dir: 'd', symlink: 'l', hardlink: 'h', char: 'c', block: 'b', fifo: 'p', other: '?' }[f.type];
  const rwx = (m: number) => `${m & 4 ? 'r' : '-'}${m & 2 ? 'w' : '-'}${m & 1 ? 'x' : '-'}`;
  return t + rwx(f.mode >> 6) + rwx(f.mode >> 3) + rwx(f.mode);
}

function toText(pkg: BinaryPackage): string {
  const md = pkg.metadata;
  const lines: string[] = [];
  const build = pkg.buildId !== undefined ? `, build ${pkg.buildId}` : '';
  lines.push(`${pkg.cpv}${md.repository ? '::' + md.repository : ''}  (${pkg.format}${build}, ${pkg.size} bytes)`);
  const row = (k: string, v: string | undefined) => v !== undefined && v !== '' && lines.push(`  ${k.padEnd(14)} ${v}`);
  row('DESCRIPTION', md.DESCRIPTION);
  row('SLOT', md.SLOT);
  row('USE (on)', pkg.use.enabled.join(' ') || undefined);
  row('USE (off)', pkg.use.disabled.map((f) => '-' + f).join(' ') || undefined);
  for (const k of ['KEYWORDS', 'LICENSE', 'EAPI', 'CHOST', 'CFLAGS', 'LDFLAGS']) row(k, md[k]);
  if (md.BUILD_TIME && /^\d+$/.test(md.BUILD_TIME)) row('BUILD_TIME', `${new Date(Number(md.BUILD_TIME) * 1000).toISOString()} (${md.BUILD_TIME})`);
  for (const k of DEP_KEYS) {
    if (!md[k]) continue;
    lines.push(`  ${k}`);
    lines.push(formatDepTree(parseDepString(md[k]), '    '));
  }
  lines.push(`  ${'Manifest'.padEnd(14)} ${pkg.manifest.summary}`);
  for (const p of pkg.manifest.problems) lines.push(`    ! ${p}`);
  for (const p of pkg.problems) lines.push(`  ! ${p}`);
  lines.push(`Files (${pkg.files.length}):`);
  for (const f of pkg.files) {
    const link = f.linkTarget !== undefined ? ` -> ${f.linkTarget}` : '';
    const owner = `${f.uname || f.uid}/${f.gname || f.gid}`;
    lines.push(`  ${modeString(f)} ${owner.padEnd(11)} ${String(f.size).padStart(10)} ${f.path}${link}${f.unsafe ? `  [UNSAFE: ${f.unsafe}]` : ''}`);
  }
  return lines.join('\n') + '\n';
}
