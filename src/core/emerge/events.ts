/**
 * The typed events the emerge output parser emits. This is a public interface: `ebuild-builder parse --json`
 * prints these objects one per line (docs/parse-json.md). Field names follow Portage's own terms.
 * Every event carries `inputLine`, the 1-based line of the input (per stream) where it started.
 */

export type Stream = 'stdout' | 'stderr';

interface EventBase {
  /** 1-based line number in the input (of its stream) where the event started. */
  inputLine: number;
  /** Set when the input was pushed as a named stream. */
  stream?: Stream;
}

/** `>>> Emerging (1 of 3) cat/pkg-1.0::repo` (also `Fetching`, and emerge.log's `>>> emerge (1 of 1) cpv to /`). */
export interface PackageStartEvent extends EventBase {
  type: 'package-start';
  cpv: string;
  repo?: string;
  index?: number;
  total?: number;
  /** `emerge` for a build, `fetch` for `--fetchonly`, `install` for a binary package by Sabayon's equo. */
  action: 'emerge' | 'fetch' | 'install';
}

/** `>>> Completed (1 of 3) cpv::repo`, or `>>> Failed to emerge cpv, Log file: 'path'`. */
export interface PackageDoneEvent extends EventBase {
  type: 'package-done';
  cpv: string;
  repo?: string;
  index?: number;
  total?: number;
  result: 'completed' | 'failed';
  log?: string;
}

export type PhaseName =
  | 'clean' | 'setup' | 'unpack' | 'prepare' | 'configure' | 'compile' | 'test' | 'install' | 'package' | 'merge'
  | 'unmerge';

/** A phase progress line such as `>>> Compiling source in …` or `>>> Installing (1 of 1) cpv`. */
export interface PhaseEvent extends EventBase {
  type: 'phase';
  phase: PhaseName;
  /** The package being built (from the line itself or the last package-start). */
  cpv?: string;
  /** `>>> Test phase [not enabled]`. */
  skipped?: boolean;
}

/** One frame of `Call stack:` — `environment, line 193:  Called die`. */
export interface CallFrame {
  /** `ebuild.sh`, `phase-functions.sh`, `environment`, `foo-1.0.ebuild`, `toolchain.eclass`. */
  file: string;
  line: number;
  /** Function called at that line (`die`, `src_install`, `cmake_src_configure`). */
  call: string;
  /** Quoted arguments as printed (`'install'`), unparsed. */
  args?: string;
}

/** ` * ERROR: cat/pkg-1.0::repo failed (compile phase):` with everything that follows it. */
export interface BuildFailureEvent extends EventBase {
  type: 'build-failure';
  cpv: string;
  repo?: string;
  /** `compile`, `install`, `depend`, … as Portage prints it. */
  phase: string;
  /** The die message (lines joined with `\n`); `(no error message)` kept as printed. */
  reason: string;
  /** Call stack, outermost first; empty when Portage printed none (e.g. a helper like emake failed). */
  frames: CallFrame[];
  /** `The specific snippet of code:` lines, trimmed. */
  snippet?: string;
  /** Build log path (`The complete build log is located at …` or `>>> Failed to emerge …, Log file:`). */
  log?: string;
  /** `The ebuild environment file is located at …`. */
  environment?: string;
  workingDirectory?: string;
  /** `S: '…'`. */
  s?: string;
}

/** ` * QA Notice: …` with its entries (files, flags, warnings). */
export interface QaNoticeEvent extends EventBase {
  type: 'qa-notice';
  /** Stable key: `cflags`, `ldflags`, `rwx`, `severe-warnings`, `unrecognized-configure-options`,
   * `deprecated-directories`, `pre-stripped`, `unresolved-soname`, `textrel`, `other`. */
  qaType: string;
  /** The notice's headline as printed (continuation lines joined with a space). */
  message: string;
  entries: string[];
  homepage?: string;
  cpv?: string;
}

/** One entry of `The following USE/keyword/license/mask changes are necessary to proceed:`. */
export interface AutounmaskEvent extends EventBase {
  type: 'autounmask';
  /** Which change emerge asks for. */
  kind: 'use' | 'keyword' | 'license' | 'mask' | 'unmask';
  /** The override file kind the line belongs in (`package.<overrideKind>`). */
  overrideKind: 'use' | 'accept_keywords' | 'license' | 'unmask' | 'mask';
  /** `package.use` etc., as named by `(see "package.use" in the portage(5) man page …)`. */
  file: string;
  /** `>=app-misc/libfoo-1.0`. */
  atom: string;
  /** `ssl`, `~amd64`, `TestEULA`; empty for an unmask. */
  change: string;
  /** The exact line emerge proposed: `>=app-misc/libfoo-1.0 ssl`. */
  entry: string;
  /** The `# required by` chain, nearest first; `kind` is `argument` for `(argument)`. */
  requiredBy: RequiredBy[];
  /** The comment lines emerge printed above the entry (required-by lines, mask file and mask comment). */
  comments: string[];
  /**
   * Absent for the block under its `The following … changes are necessary` header. `headerless`: a paste that
   * starts at `# required by` (the kind is then read from the entry); `no-ebuilds`: a `(Change USE: +flag)`
   * candidate of `emerge: there are no ebuilds built with USE flags to satisfy` (with `--binpkg-respect-use`),
   * the same package.use line the autounmask block would propose.
   */
  form?: 'headerless' | 'no-ebuilds';
}

export interface RequiredBy {
  atom: string;
  /** `ebuild`, `argument`, `installed`, … when Portage said so. */
  kind?: string;
}

export interface MaskCandidate {
  cpv: string;
  repo?: string;
  /** `~amd64 keyword`, `missing keyword`, `package.mask`, `TestEULA license(s)`, `invalid: DEPEND: …`. */
  reasons: string[];
  /** `(Change USE: +ssl -foo)`: the flags as printed (`+` to enable, `-` to disable). */
  change?: string;
  /** `, this change violates use flag constraints defined by cpv: 'expr'`: the REQUIRED_USE expression. */
  violatesRequiredUse?: string;
  /** Mask file for `package.mask` reasons and the comment lines under it. */
  maskFile?: string;
  comment?: string[];
  /** Licence file path from `A copy of the 'X' license is located at '…'`. */
  licenseFile?: string;
}

/** `!!! All ebuilds that could satisfy "atom" have been masked.` */
export interface MaskedEvent extends EventBase {
  type: 'masked';
  atom: string;
  candidates: MaskCandidate[];
  requiredBy: RequiredBy[];
}

/** `emerge: there are no ebuilds to satisfy "atom".` (also the `built with USE flags` form). */
export interface NoEbuildsEvent extends EventBase {
  type: 'no-ebuilds';
  atom: string;
  /** True for `there are no ebuilds built with USE flags to satisfy`. */
  useFlags?: boolean;
  candidates: MaskCandidate[];
  requiredBy: RequiredBy[];
  /** `emerge: Maybe you meant any of these: a, b?` */
  suggestions: string[];
}

/** A package instance in a slot conflict or blocker explanation: `(cpv:slot/sub::repo, installed) pulled in by`. */
export interface ConflictPackage {
  cpv: string;
  slot?: string;
  repo?: string;
  /** `installed`, `ebuild scheduled for merge`, `binary scheduled for merge`, … */
  state?: string;
  use?: string;
  parents: ConflictParent[];
}

export interface ConflictParent {
  /** The dependency atom as written (`>=dev-haskell/comonad-5:=[profile?]`). */
  atom: string;
  /** The evaluated atom Portage shows in parentheses, when present. */
  evaluated?: string;
  /** The parent package or set (`dev-haskell/pointed-5-r1:0/5::haskell`, `@world`). */
  requiredBy?: string;
  requiredByState?: string;
  /** The parent's flags as printed after it (`USE="ssl -test" ABI_X86="(64)"`). */
  requiredByUse?: string;
  /** `atom (Argument)`: the atom was given on the command line. */
  argument?: true;
}

/** `[blocks B ] atom ("atom" is blocking cpv)` or the `* Error: The above package list contains packages which cannot be installed …` explanation. */
export interface BlockerEvent extends EventBase {
  type: 'blocker';
  /** Merge-list form: the blocking atom and the package it blocks. */
  atom?: string;
  blocking?: string;
  hard?: boolean;
  /** Lower-case `b`: the blocker will be resolved automatically. */
  resolved?: boolean;
  /** Explanation form: the instances that cannot be installed together and who pulled them in. */
  packages?: ConflictPackage[];
}

/** `!!! Multiple package instances within a single package slot …` — one event per `cat/pkg:slot`. */
export interface SlotConflictEvent extends EventBase {
  type: 'slot-conflict';
  /** `virtual/libcrypt:0`. */
  atom: string;
  slot: string;
  packages: ConflictPackage[];
}

/** `!!! The ebuild selected to satisfy "atom" has unmet requirements.` */
export interface RequiredUseEvent extends EventBase {
  type: 'required-use';
  atom: string;
  cpv?: string;
  repo?: string;
  /** `USE="…" ABI_X86="…"` as printed. */
  use?: string;
  unsatisfied: string[];
  expression?: string;
  requiredBy?: RequiredBy[];
}

/**
 * A distfile that failed to verify or download; or (`restricted`) a package whose files must be downloaded by hand:
 * `!!! cpv has fetch restriction turned on.` and `Fetch instructions for cpv:`, with what pkg_nofetch printed.
 */
export interface FetchFailureEvent extends EventBase {
  type: 'fetch-failure';
  /** Distfile name (for a fetch restriction: the first file pkg_nofetch listed). */
  file?: string;
  cpv?: string;
  reason: string;
  got?: string;
  expected?: string;
  log?: string;
  /** RESTRICT="fetch": nothing failed to download, the files were never fetchable. */
  restricted?: true;
  /** `The following files cannot be fetched for PN:` and the files under it. */
  files?: string[];
  /** The other lines pkg_nofetch printed (where to download, where to put the files). */
  instructions?: string[];
}

/** `!!! Digest verification failed:` for a file in the repository (ebuild, files/, Manifest). */
export interface DigestFailureEvent extends EventBase {
  type: 'digest-failure';
  file: string;
  reason: string;
  got?: string;
  expected?: string;
  /** Hash named by `Failed on BLAKE2B verification`. */
  hash?: string;
}

/** One `[ebuild  N     ] cat/pkg-1.0:0/0::repo [old] USE="…" 12 KiB` line. */
export interface MergeListEvent extends EventBase {
  type: 'merge-list';
  /** `ebuild`, `binary`, `nomerge`, `uninstall`; `entropy` for equo's `## [R] [repo] cpv|slot` lines. */
  pkgType: string;
  /** The flag column, trimmed (`N`, `U ~`, `NS`, `R`). */
  flags: string;
  action: 'new' | 'new-slot' | 'upgrade' | 'downgrade' | 'reinstall' | 'nomerge' | 'uninstall' | 'other';
  cpv: string;
  slot?: string;
  repo?: string;
  /** The replaced version in `[1.0::repo]`. */
  old?: string;
  /** `USE`, `ABI_X86`, `PYTHON_TARGETS`, … as printed between the quotes. */
  vars: Record<string, string>;
  size?: string;
  /** Tree depth (`--tree`), from the indentation after the bracket. */
  depth: number;
  /** `F` in the flags: fetch-restricted files still to be downloaded by hand; `f`: already in DISTDIR. */
  fetchRestriction?: 'unsatisfied' | 'satisfied';
}

/** `Total: 20 packages (7 upgrades, 2 in new slots), Size of downloads: 598,869 kB` under the merge list. */
export interface MergeTotalEvent extends EventBase {
  type: 'merge-total';
  packages: number;
  /** By merge-list action name: `new`, `new-slot`, `upgrade`, `downgrade`, `reinstall`, `uninstall`, `binary`, `block`. */
  counts: Record<string, number>;
  /** As printed (`0 KiB`, `41.402 KiB`, `598,869 kB`). */
  downloadSize?: string;
}

/** `Conflict: 2 blocks (2 unsatisfied)` under the merge list. */
export interface ConflictTotalEvent extends EventBase {
  type: 'conflict-total';
  blocks: number;
  unsatisfied?: number;
}

/** One mirror that failed during a fetch: `>>> Downloading 'URL'` then wget's `ERROR 404: Not Found.` */
export interface FetchAttemptEvent extends EventBase {
  type: 'fetch-attempt';
  url: string;
  /** Distfile name (the URL's last path segment). */
  file: string;
  host: string;
  /** HTTP status, when wget printed one. */
  status?: number;
  reason: string;
  cpv?: string;
}

export interface FailedPackage {
  cpv: string;
  slot?: string;
  repo?: string;
  /** The build log Portage names (or the one seen earlier for this package). */
  log?: string;
  /** ` (postinst failed)`: built and merged, but pkg_postinst failed. */
  postinstFailed?: boolean;
}

/** ` * The following 2 packages have failed to build, install, or execute postinst:` and its list. */
export interface FailedPackagesEvent extends EventBase {
  type: 'failed-packages';
  packages: FailedPackage[];
}

/** `file:line:col: error: message` from a compiler, or `make: *** [Makefile:4: target] Error 1`. */
export interface CompilerDiagnosticEvent extends EventBase {
  type: 'compiler-diagnostic';
  /** `compiler` (gcc/clang/rustc/meson `file:line:col:` lines), `make`, `cmake` (`CMake Error at f:12`), `linker`. */
  tool: 'compiler' | 'make' | 'cmake' | 'linker';
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning' | 'note' | 'fatal error';
  message: string;
  /** `-Wimplicit-function-declaration`. */
  option?: string;
  /** `In function 'main':` context line. */
  context?: string;
  /** make target. */
  target?: string;
  cpv?: string;
}

export type EmergeEvent =
  | PackageStartEvent
  | PackageDoneEvent
  | PhaseEvent
  | BuildFailureEvent
  | QaNoticeEvent
  | AutounmaskEvent
  | MaskedEvent
  | NoEbuildsEvent
  | BlockerEvent
  | SlotConflictEvent
  | RequiredUseEvent
  | FetchFailureEvent
  | DigestFailureEvent
  | MergeListEvent
  | CompilerDiagnosticEvent
  | MergeTotalEvent
  | ConflictTotalEvent
  | FetchAttemptEvent
  | FailedPackagesEvent;

export type EmergeEventType = EmergeEvent['type'];

/** Every event type once; the record's type makes the compiler reject a missing or unknown one. */
const TYPE_SET: Record<EmergeEventType, true> = {
  'package-start': true, 'package-done': true, phase: true, 'build-failure': true, 'qa-notice': true, autounmask: true,
  masked: true, 'no-ebuilds': true, blocker: true, 'slot-conflict': true, 'required-use': true, 'fetch-failure': true,
  'digest-failure': true, 'merge-list': true, 'compiler-diagnostic': true, 'merge-total': true, 'conflict-total': true,
  'fetch-attempt': true, 'failed-packages': true,
};

export const EVENT_TYPES = Object.keys(TYPE_SET) as readonly EmergeEventType[];

/** The end of a switch over every event type: the compiler names the switch that a new event type was not added to. */
export function unreachableEvent(e: never): never {
  throw new Error(`unknown emerge event ${JSON.stringify(e)}`);
}
