/**
 * What a developer does in a kept build: a shell in ${S} with the build's environment, a phase run again with
 * `ebuild`, the files of WORKDIR, T and D read (and WORKDIR's written) over the engine's archive API, and the
 * change turned into a patch against a pristine unpack. Every command is an argument array.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar-stream';
import { keepPackagesOfBuild } from '../core/buildMark';
import { buildPaths, checkPhase, type KeptBuild } from '../core/keptBuild';
import { tidyDiff } from '../core/patches';
import { UserError } from '../core/userError';
import { collectArtifacts } from './collect';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import { ensureRunning, execIn } from './keptBuild';
import { downloadFiles } from './transport';
import { uploadInputs } from './uploadTransport';

/** Loads the failed build's environment and enters ${S}; the paths come from the environment, never from text of ours. */
const SHELL_RC = [
  'source "$EB_BUILDDIR/temp/environment" >/dev/null 2>&1',
  // Portage sets these per phase rather than saving them (they come in as EB_* from the kept build's facts).
  'export PORTAGE_BUILDDIR="$EB_BUILDDIR" T="$EB_BUILDDIR/temp" WORKDIR="$EB_BUILDDIR/work" D="$EB_BUILDDIR/image/" HOME="$EB_BUILDDIR/homedir"',
  'export CATEGORY="$EB_CATEGORY" PF="$EB_PF" PN="$EB_PN" P="$EB_P" PV="$EB_PV" PR="$EB_PR" PVR="$EB_PVR" EBUILD="$EB_EBUILD" FILESDIR="$EB_FILESDIR"',
  'for d in /usr/lib/portage/bin /usr/lib/portage/python*; do [ -d "$d/ebuild-helpers" ] && export PORTAGE_BIN_PATH="${PORTAGE_BIN_PATH:-$d}" && PATH="$d/ebuild-helpers:$PATH"; done',
  'cd "${S:-$EB_BUILDDIR/work}" 2>/dev/null || cd "$EB_BUILDDIR/work"',
  "PS1='[${CATEGORY}/${PF}] \\w \\$ '",
].join('\n');

export interface PackageFacts {
  eapi: string;
  definedPhases: string[];
  /** `portage` when the build ran its phases with userpriv, else `root`. */
  user: string;
  /** ${S} in the container. */
  s: string;
}

/** EAPI, DEFINED_PHASES, the build user and ${S}, read from the failed build's saved environment. */
export async function packageFacts(engine: Engine, kept: KeptBuild): Promise<PackageFacts> {
  // The build's user is the owner of WORKDIR (portage with FEATURES=userpriv, else root).
  const r = await execIn(engine, kept, ['bash', '-c', 'source "$1/temp/environment" >/dev/null 2>&1; printf "%s\\n" "$EAPI" "$DEFINED_PHASES" "$(stat -c %U "$1/work")" "$S"', 'facts', kept.info.buildDir]);
  const [eapi = '', phases = '', owner = '', s = ''] = r.stdout.split('\n');
  return {
    eapi: eapi || '0',
    definedPhases: phases.trim().split(/\s+/).filter(Boolean),
    user: owner === 'portage' ? 'portage' : 'root',
    s: s || buildPaths(kept.info).work,
  };
}

/** The workspace's ebuild and files/ copied in again (a live bind mount needs nothing), so an edited ebuild counts. */
async function refreshPackage(engine: Engine, kept: KeptBuild): Promise<void> {
  if (kept.info.liveOverlay) return;
  try {
    await fs.access(kept.info.hostPackageDir);
  } catch {
    throw new UserError(`The package folder ${kept.info.hostPackageDir} is not on this machine.`, 'Open the workspace the build came from, or build again.', 'no-package-dir');
  }
  const container = await ensureRunning(engine, kept);
  await uploadInputs(container, [{ kind: 'dir', hostPath: kept.info.hostPackageDir, containerPath: kept.info.packageDir }]);
}

export interface RerunOptions {
  onOutput?: (stream: 'stdout' | 'stderr', data: Buffer) => void;
  /** After the phase succeeds, go on to the end and make the binary package. */
  continueToPackage?: boolean;
  /** Where the package goes when one is made. */
  artifactsDir?: string;
}

export interface RerunResult {
  exitCode: number;
  /** The phases that ran, in order. */
  ran: string[];
  /** Binary packages made (in the artifacts folder). */
  artifacts: string[];
}

/** `ebuild <ebuild> <phase>` in the kept build (and on to `package` when asked and it worked). */
export async function rerunPhase(engine: Engine, kept: KeptBuild, phase: string, opts: RerunOptions = {}): Promise<RerunResult> {
  const facts = await packageFacts(engine, kept);
  checkPhase(phase, facts.eapi, facts.definedPhases);
  await refreshPackage(engine, kept);
  const started = new Date(Date.now() - 2000);
  const phases = opts.continueToPackage && phase !== 'package' ? [phase, 'package'] : [phase];
  const ran: string[] = [];
  let exitCode = 0;
  for (const p of phases) {
    ran.push(p);
    opts.onOutput?.('stdout', Buffer.from(`>>> ebuild-builder: ebuild ${kept.info.ebuild} ${p}\n`));
    ({ exitCode } = await execIn(engine, kept, ['ebuild', kept.info.ebuild, p], { onOutput: opts.onOutput }));
    if (exitCode !== 0) break;
  }
  let artifacts: string[] = [];
  if (exitCode === 0 && ran.includes('package') && opts.artifactsDir) {
    const staging = path.join(opts.artifactsDir, '.incoming', `kept-${kept.id}`);
    try {
      const container = engine.docker.getContainer(kept.container);
      const files = await downloadFiles(container, kept.info.packagesDir, staging, { stripFirst: true, newerThan: started });
      // The kept container keeps its build's id in its environment; other builds may share its cache volume.
      await keepPackagesOfBuild(files, kept.id);
      artifacts = await collectArtifacts(staging, opts.artifactsDir);
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }
  return { exitCode, ran, artifacts };
}

/** The command that opens a shell in ${S} as the build's user with its environment (`cmd`: run that and exit). */
export async function shellCommand(engine: Engine, kept: KeptBuild, cmd?: string[]): Promise<{ cmd: string[]; user: string; env: string[] }> {
  const facts = await packageFacts(engine, kept);
  const { info } = kept;
  const version = info.pf.slice(info.pn.length + 1);
  const rev = /-(r\d+)$/.exec(version);
  const pv = rev ? version.slice(0, -rev[0].length) : version;
  const env = [
    `EB_BUILDDIR=${info.buildDir}`, `EB_CATEGORY=${info.category}`, `EB_PF=${info.pf}`, `EB_PN=${info.pn}`, `EB_P=${info.pn}-${pv}`, `EB_PV=${pv}`,
    `EB_PR=${rev ? rev[1] : 'r0'}`, `EB_PVR=${version}`, `EB_EBUILD=${info.ebuild}`, `EB_FILESDIR=${info.packageDir}/files`, 'TERM=xterm-256color',
  ];
  if (cmd?.length) return { cmd: ['bash', '-c', `${SHELL_RC}\nexec "$@"`, 'ebuild-builder-shell', ...cmd], user: facts.user, env };
  // An interactive bash whose start-up file is ours (written into the container, not typed at its prompt).
  const container = await ensureRunning(engine, kept);
  const pack = tar.pack();
  pack.entry({ name: 'var/tmp/ebuild-builder/shellrc', mode: 0o644 }, `${SHELL_RC}\n`);
  pack.finalize();
  await container.putArchive(pack as unknown as NodeJS.ReadableStream, { path: '/' });
  return { cmd: ['bash', '--rcfile', '/var/tmp/ebuild-builder/shellrc', '-i'], user: facts.user, env };
}

export interface KeptEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  mtime: number;
}

/** Where files may be written: WORKDIR only (T and D are what the build left, for reading). */
export function writable(kept: KeptBuild, containerPath: string): boolean {
  const work = buildPaths(kept.info).work;
  const p = path.posix.normalize(containerPath);
  return p === work || p.startsWith(`${work}/`);
}

export async function listKeptDir(engine: Engine, kept: KeptBuild, dir: string): Promise<KeptEntry[]> {
  const r = await execIn(engine, kept, ['find', dir, '-mindepth', '1', '-maxdepth', '1', '-printf', '%y\\t%s\\t%T@\\t%f\\0']);
  if (r.exitCode !== 0) throw new UserError(`Cannot list ${dir} in the kept build: ${r.stderr.trim() || `find exited ${r.exitCode}`}.`, 'Check that the path exists in the build (WORKDIR, T or D).', 'kept-path');
  return r.stdout.split('\0').filter(Boolean).map((rec) => {
    const [y, size, mtime, ...name] = rec.split('\t');
    return { name: name.join('\t'), type: y === 'f' ? 'file' : y === 'd' ? 'directory' : y === 'l' ? 'symlink' : 'other', size: Number(size), mtime: Math.round(Number(mtime) * 1000) };
  });
}

export async function statKept(engine: Engine, kept: KeptBuild, p: string): Promise<KeptEntry | undefined> {
  const r = await execIn(engine, kept, ['find', p, '-maxdepth', '0', '-printf', '%y\\t%s\\t%T@\\t%f']);
  if (r.exitCode !== 0 || !r.stdout) return undefined;
  const [y, size, mtime, ...name] = r.stdout.split('\t');
  return { name: name.join('\t'), type: y === 'f' ? 'file' : y === 'd' ? 'directory' : y === 'l' ? 'symlink' : 'other', size: Number(size), mtime: Math.round(Number(mtime) * 1000) };
}

/** A file of the kept build, whole (over the archive API: works on a stopped container and on remote engines). */
export async function readKeptFile(engine: Engine, kept: KeptBuild, p: string): Promise<Buffer> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await engine.docker.getContainer(kept.container).getArchive({ path: p });
  } catch (e) {
    if ((e as { statusCode?: number }).statusCode === 404) throw new UserError(`${p} is not in the kept build.`, 'It may have been removed by a phase that ran again.', 'kept-path');
    throw asUserError(e, engine, `reading ${p} from the kept build`);
  }
  const extract = tar.extract();
  let data: Buffer | undefined;
  await new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (c: unknown) => chunks.push(c as Buffer));
      body.on('end', () => {
        if (data === undefined && header.type === 'file') data = Buffer.concat(chunks);
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    stream.pipe(extract);
  });
  if (data === undefined) throw new UserError(`${p} is not a file.`, 'Open a file of WORKDIR, T or D.', 'kept-path');
  return data;
}

/** Writes a file inside WORKDIR, keeping the owner and mode of the file it replaces (the build user's). */
export async function writeKeptFile(engine: Engine, kept: KeptBuild, p: string, data: Buffer): Promise<void> {
  if (!writable(kept, p)) {
    throw new UserError(`${p} is outside WORKDIR (${buildPaths(kept.info).work}): T and D are read-only here.`, 'Edit the sources under WORKDIR; the build writes T and D itself.', 'kept-read-only');
  }
  const r = await execIn(engine, kept, ['sh', '-c', 'if [ -e "$1" ]; then stat -c "%u %g %a" "$1"; else stat -c "%u %g 644" "$(dirname "$1")"; fi', 'owner', p]);
  if (r.exitCode !== 0) throw new UserError(`Cannot write ${p}: its folder is not in the kept build.`, 'Create the folder first, or write into an existing one.', 'kept-path');
  const [uid, gid, mode] = r.stdout.trim().split(' ');
  const pack = tar.pack();
  pack.entry({ name: path.posix.basename(p), size: data.length, mode: Number.parseInt(mode, 8), uid: Number(uid), gid: Number(gid), mtime: new Date() }, data);
  pack.finalize();
  await engine.docker.getContainer(kept.container).putArchive(pack as unknown as NodeJS.ReadableStream, { path: path.posix.dirname(p) });
}

/** A pristine unpack (+ the ebuild's own prepare) beside the build, diffed with ${S}: the change as a patch for -p1. */
export async function diffAgainstPristine(engine: Engine, kept: KeptBuild): Promise<ReturnType<typeof tidyDiff>> {
  const facts = await packageFacts(engine, kept);
  await refreshPackage(engine, kept);
  const script = [
    'set -e',
    'P=/var/tmp/ebuild-builder-pristine',
    'rm -rf "$P" /var/tmp/ebuild-builder-diff && mkdir -p "$P" /var/tmp/ebuild-builder-diff && chown portage:portage "$P"',
    'PORTAGE_TMPDIR="$P" ebuild "$1" clean prepare >/var/tmp/ebuild-builder-pristine.log 2>&1 || { cat /var/tmp/ebuild-builder-pristine.log >&2; exit 3; }',
    // ${S} relative to WORKDIR is the same in both trees.
    'rel=${2#"$3/"}; [ "$rel" = "$2" ] && rel=.',
    'cd /var/tmp/ebuild-builder-diff && ln -s "$P/portage/$4/work/$rel" a && ln -s "$2" b',
    'diff -ru a/ b/ || [ $? -eq 1 ]',
  ].join('\n');
  const work = buildPaths(kept.info).work;
  const r = await execIn(engine, kept, ['sh', '-c', script, 'pristine', kept.info.ebuild, facts.s, work, `${kept.info.category}/${kept.info.pf}`]);
  if (r.exitCode === 3) throw new UserError(`A pristine unpack of ${kept.atom} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`, 'Fix the ebuild so that it unpacks and prepares, then save the patch again.', 'pristine-failed');
  if (r.exitCode !== 0) throw new UserError(`Comparing WORKDIR with a pristine unpack failed: ${r.stderr.trim() || `exit ${r.exitCode}`}.`, 'Check the kept build with a shell.', 'diff-failed');
  return tidyDiff(r.stdout.replace(/^diff -ru a\/ b\/$/gm, '').replace(/a\/\//g, 'a/').replace(/b\/\//g, 'b/'));
}
