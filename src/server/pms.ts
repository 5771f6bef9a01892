/**
 * Facts from the Package Manager Specification (PMS) per EAPI 0–9: phase functions, helpers,
 * variables, and what each EAPI bans or deprecates. Written from PMS (chapters 9–12 and the
 * EAPI tables of appendix E); the repository knows nothing of these, so they live here as data.
 */

import { LATEST_EAPI } from '../core/ebuildSkeleton';
import { DEPENDENCY_VARIABLES as DEPENDENCY_ARRAY } from '../core/ebuildDeps';

export { LATEST_EAPI };
export const SUPPORTED_EAPIS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** EAPI as a number for range checks; undefined for EAPIs this table does not know. */
export function eapiNumber(eapi: string): number | undefined {
  return (SUPPORTED_EAPIS as readonly string[]).includes(eapi) ? Number(eapi) : undefined;
}

export interface PmsEntry {
  name: string;
  doc: string;
  /** First EAPI with it (default 0). */
  since?: number;
  /** First EAPI where it is banned. */
  bannedIn?: number;
  /** First EAPI where it is deprecated (still works). */
  deprecatedIn?: number;
  /** What to use instead, for messages. */
  instead?: string;
}

function table(entries: PmsEntry[]): Map<string, PmsEntry> {
  return new Map(entries.map((e) => [e.name, e]));
}

/** PMS 9.1: the phase functions and the EAPI that introduced them. */
export const PHASES = table([
  { name: 'pkg_pretend', since: 4, doc: 'Runs early (e.g. at `--pretend`) to check whether the package can be installed, e.g. kernel options. No writes.' },
  { name: 'pkg_setup', doc: 'Pre-build checks and environment setup, run before unpacking.' },
  { name: 'src_unpack', doc: 'Unpacks the sources into `WORKDIR`. Default: `unpack ${A}`.' },
  { name: 'src_prepare', since: 2, doc: 'Patches and prepares the sources in `S`. Default (EAPI 6+): applies `PATCHES` and `eapply_user`.' },
  { name: 'src_configure', since: 2, doc: 'Configures the sources. Default: runs `econf` when a configure script exists.' },
  { name: 'src_compile', doc: 'Builds the sources. Default: runs `emake` when a Makefile exists.' },
  { name: 'src_test', doc: 'Runs the test suite (when `FEATURES=test`).' },
  { name: 'src_install', doc: 'Installs into the image directory `D`. Default (EAPI 4+): `emake DESTDIR="${D}" install` and `einstalldocs`.' },
  { name: 'pkg_preinst', doc: 'Runs before the image is merged to `ROOT`.' },
  { name: 'pkg_postinst', doc: 'Runs after the package is merged; the place for `elog` messages.' },
  { name: 'pkg_prerm', doc: 'Runs before the package is unmerged.' },
  { name: 'pkg_postrm', doc: 'Runs after the package is unmerged.' },
  { name: 'pkg_config', doc: 'Post-install configuration, run by `emerge --config`.' },
  { name: 'pkg_info', doc: 'Prints information, run by `emerge --info <pkg>`.' },
  { name: 'pkg_nofetch', doc: 'Tells the user how to fetch files that cannot be downloaded automatically.' },
]);

/** PMS 12.3 helper commands (and the few ebuild-visible functions PMS defines). */
export const HELPERS = table([
  { name: 'die', doc: 'Aborts the build with a message. `die -n` (EAPI 6+) respects `nonfatal`.' },
  { name: 'assert', bannedIn: 9, instead: 'pipestatus', doc: 'Dies when any command of the last pipeline failed (banned in EAPI 9).' },
  { name: 'pipestatus', since: 9, doc: 'True when every command of the last pipeline exited 0; `-v` prints `PIPESTATUS`.' },
  { name: 'edo', since: 9, doc: 'Prints a command as an informational message, runs it, and dies when it fails (edo.eclass before EAPI 9).' },
  { name: 'ver_replacing', since: 9, doc: '`ver_replacing op v`: true when a version in `REPLACING_VERSIONS` compares so with `v`.' },
  { name: 'nonfatal', since: 4, doc: 'Runs a helper so that failure returns non-zero instead of dying.' },
  { name: 'einfo', doc: 'Prints an informational message.' },
  { name: 'einfon', doc: 'Like `einfo`, without a trailing newline.' },
  { name: 'elog', doc: 'Prints a message that is also saved by the elog system.' },
  { name: 'ewarn', doc: 'Prints a warning.' },
  { name: 'eerror', doc: 'Prints an error message (does not abort).' },
  { name: 'eqawarn', since: 7, doc: 'Prints a QA warning meant for developers.' },
  { name: 'ebegin', doc: 'Starts a status message; close it with `eend`.' },
  { name: 'eend', doc: 'Ends an `ebegin` message with a status: `eend $? "message"`.' },
  { name: 'emake', doc: 'Runs `make` with `MAKEOPTS`; dies on failure (EAPI 4+).' },
  { name: 'econf', doc: 'Runs `./configure` with the standard prefix, libdir and host options; dies on failure.' },
  { name: 'einstall', bannedIn: 6, instead: 'emake DESTDIR="${D}" install', doc: 'Runs `make install` with paths overridden to `D` (legacy).' },
  { name: 'eapply', since: 6, doc: 'Applies patches (files or directories of `*.diff`/`*.patch`).' },
  { name: 'eapply_user', since: 6, doc: 'Applies user patches from /etc/portage/patches; called by default `src_prepare`.' },
  { name: 'einstalldocs', since: 6, doc: 'Installs `DOCS` and `HTML_DOCS` (or standard README-style files).' },
  { name: 'get_libdir', since: 6, doc: 'Prints the library directory name for the ABI (e.g. `lib64`).' },
  { name: 'in_iuse', since: 6, doc: 'True when the flag is in the effective IUSE.' },
  { name: 'default', since: 2, doc: 'Calls the default implementation of the current phase.' },
  { name: 'unpack', doc: 'Unpacks archives from `DISTDIR` (or `./path`) into the current directory.' },
  { name: 'use', doc: 'True when the USE flag is enabled; the flag must be in IUSE. `use !flag` negates.' },
  { name: 'usev', doc: 'Like `use`, and prints the flag name (or the second argument, EAPI 8+) when enabled.' },
  { name: 'useq', deprecatedIn: 0, bannedIn: 8, instead: 'use', doc: 'Deprecated synonym for `use`.' },
  { name: 'usex', since: 5, doc: '`usex flag [yes] [no] [ysuffix] [nsuffix]`: prints one of two strings depending on the flag.' },
  { name: 'use_with', doc: 'Prints `--with-opt` or `--without-opt` for a configure option, depending on the flag.' },
  { name: 'use_enable', doc: 'Prints `--enable-opt` or `--disable-opt` for a configure option, depending on the flag.' },
  { name: 'has', doc: '`has item list…`: true when the item is in the list.' },
  { name: 'hasv', deprecatedIn: 0, bannedIn: 8, instead: 'has', doc: 'Like `has`, and prints the item (deprecated).' },
  { name: 'hasq', deprecatedIn: 0, bannedIn: 8, instead: 'has', doc: 'Deprecated synonym for `has`.' },
  { name: 'has_version', doc: 'True when a package matching the atom is installed (`-b`/`-d`/`-r` roots in EAPI 7+).' },
  { name: 'best_version', doc: 'Prints the highest installed version matching the atom.' },
  { name: 'ver_cut', since: 7, doc: '`ver_cut range [version]`: prints the selected components of a version.' },
  { name: 'ver_rs', since: 7, doc: '`ver_rs range repl… [version]`: replaces version separators.' },
  { name: 'ver_test', since: 7, doc: '`ver_test [v1] op v2`: compares versions (`-lt`, `-ge`, …).' },
  { name: 'inherit', doc: 'Loads eclasses: `inherit name…` (global scope only).' },
  { name: 'EXPORT_FUNCTIONS', doc: 'In an eclass: makes `<eclass>_<phase>` the default phase functions.' },
  { name: 'debug-print', doc: 'Prints to the debug log when `ECLASS_DEBUG_OUTPUT` is set.' },
  { name: 'debug-print-function', doc: 'Logs a function call with its arguments to the debug log.' },
  { name: 'debug-print-section', doc: 'Logs entry into a section to the debug log.' },
  { name: 'into', doc: 'Sets the install prefix for `dobin`, `dosbin`, `dolib*`, `doman` (default `/usr`).' },
  { name: 'insinto', doc: 'Sets the destination directory of `doins`/`newins`.' },
  { name: 'exeinto', doc: 'Sets the destination directory of `doexe`/`newexe`.' },
  { name: 'docinto', doc: 'Sets the subdirectory of the doc directory for `dodoc`.' },
  { name: 'insopts', doc: 'Sets install options for `doins` (EAPI 8: no longer affects `doconfd` etc.).' },
  { name: 'exeopts', doc: 'Sets install options for `doexe`.' },
  { name: 'diropts', doc: 'Sets install options for `dodir`/`keepdir`.' },
  { name: 'libopts', bannedIn: 7, doc: 'Sets install options for `dolib` (banned in EAPI 7 with `dolib`).' },
  { name: 'docompress', since: 4, doc: 'Adds paths to (or with `-x` excludes them from) documentation compression.' },
  { name: 'dostrip', since: 7, doc: 'Adds paths to (or with `-x` excludes them from) binary stripping.' },
  { name: 'dobin', doc: 'Installs executables into `${DESTTREE}/bin`.' },
  { name: 'dosbin', doc: 'Installs executables into `${DESTTREE}/sbin`.' },
  { name: 'doconfd', doc: 'Installs files into /etc/conf.d.' },
  { name: 'dodir', doc: 'Creates directories in the image.' },
  { name: 'dodoc', doc: 'Installs documentation files (`-r` recursive, EAPI 4+).' },
  { name: 'doenvd', doc: 'Installs files into /etc/env.d.' },
  { name: 'doexe', doc: 'Installs executables into the `exeinto` directory.' },
  { name: 'dohard', bannedIn: 4, doc: 'Creates a hard link in the image (banned in EAPI 4).' },
  { name: 'doheader', since: 5, doc: 'Installs header files into /usr/include.' },
  { name: 'dohtml', deprecatedIn: 6, bannedIn: 7, instead: 'dodoc or HTML_DOCS', doc: 'Installs HTML documentation (deprecated; banned in EAPI 7).' },
  { name: 'doinfo', doc: 'Installs GNU info files.' },
  { name: 'doinitd', doc: 'Installs OpenRC init scripts into /etc/init.d.' },
  { name: 'doins', doc: 'Installs files into the `insinto` directory (`-r` recursive).' },
  { name: 'dolib', bannedIn: 7, instead: 'dolib.so or dolib.a', doc: 'Installs libraries (banned in EAPI 7).' },
  { name: 'dolib.a', doc: 'Installs static libraries.' },
  { name: 'dolib.so', doc: 'Installs shared libraries.' },
  { name: 'doman', doc: 'Installs man pages into the section their name says.' },
  { name: 'domo', bannedIn: 9, instead: 'insinto and newins', doc: 'Installs gettext .mo files (banned in EAPI 9).' },
  { name: 'dosed', bannedIn: 4, instead: 'sed -i', doc: 'Runs sed on files in the image (banned in EAPI 4).' },
  { name: 'dosym', doc: 'Creates a symbolic link in the image (`-r` relative, EAPI 8+).' },
  { name: 'fowners', doc: 'Changes ownership of files in the image.' },
  { name: 'fperms', doc: 'Changes permissions of files in the image.' },
  { name: 'keepdir', doc: 'Creates a directory that is kept even when empty.' },
  { name: 'newbin', doc: 'Installs one executable under a new name.' },
  { name: 'newconfd', doc: 'Installs one conf.d file under a new name.' },
  { name: 'newdoc', doc: 'Installs one documentation file under a new name.' },
  { name: 'newenvd', doc: 'Installs one env.d file under a new name.' },
  { name: 'newexe', doc: 'Installs one executable under a new name.' },
  { name: 'newheader', since: 5, doc: 'Installs one header under a new name.' },
  { name: 'newinitd', doc: 'Installs one init script under a new name.' },
  { name: 'newins', doc: 'Installs one file under a new name.' },
  { name: 'newlib.a', doc: 'Installs one static library under a new name.' },
  { name: 'newlib.so', doc: 'Installs one shared library under a new name.' },
  { name: 'newman', doc: 'Installs one man page under a new name.' },
  { name: 'newsbin', doc: 'Installs one system executable under a new name.' },
]);

export type VariableKind = 'metadata' | 'readonly' | 'install';

export interface PmsVariable extends PmsEntry {
  kind: VariableKind;
  /** Only valid in eclasses / ebuilds defining it are fine either way; `until` = last EAPI with it. */
  until?: number;
  /** Portage passes it in every EAPI, though PMS defines it only from `since` (SYSROOT: bug 661006). */
  everyEapi?: true;
}

/** PMS 7 (ebuild-defined) and 11.1 (package-manager-defined) variables. */
export const VARIABLES = new Map<string, PmsVariable>(
  ([
    { name: 'EAPI', kind: 'metadata', doc: 'The EAPI the ebuild uses; must be set before `inherit`.' },
    { name: 'DESCRIPTION', kind: 'metadata', doc: 'One-line description of the package (mandatory).' },
    { name: 'HOMEPAGE', kind: 'metadata', doc: 'Homepage URIs.' },
    { name: 'SRC_URI', kind: 'metadata', doc: 'Files to fetch; `uri -> name` renames (EAPI 2+); USE conditionals allowed.' },
    { name: 'LICENSE', kind: 'metadata', doc: 'Licences of the package, names of files in `licenses/`; USE conditionals and `||` allowed.' },
    { name: 'SLOT', kind: 'metadata', doc: 'The slot, `slot[/subslot]` (sub-slot EAPI 5+); mandatory.' },
    { name: 'KEYWORDS', kind: 'metadata', doc: 'Architectures the package is (`arch`) or may be (`~arch`) stable on; `-arch` is known broken.' },
    { name: 'IUSE', kind: 'metadata', doc: 'USE flags the package uses; `+flag` enables by default (EAPI 1+).' },
    { name: 'REQUIRED_USE', kind: 'metadata', since: 4, doc: 'Constraints on USE flags: `flag? ( … )`, `|| ( … )`, `^^ ( … )`, `?? ( … )` (EAPI 5+).' },
    { name: 'RESTRICT', kind: 'metadata', doc: 'Features to turn off: `test`, `mirror`, `fetch`, `strip`, `bindist`, …' },
    { name: 'PROPERTIES', kind: 'metadata', doc: 'Package properties, e.g. `live`, `interactive`, `test_network`.' },
    { name: 'DEPEND', kind: 'metadata', doc: 'Build dependencies (on the target system, `ESYSROOT` in EAPI 7+).' },
    { name: 'RDEPEND', kind: 'metadata', doc: 'Runtime dependencies.' },
    { name: 'BDEPEND', kind: 'metadata', since: 7, doc: 'Build-host dependencies (executables run during the build).' },
    { name: 'PDEPEND', kind: 'metadata', doc: 'Dependencies installed after the package (to break cycles).' },
    { name: 'IDEPEND', kind: 'metadata', since: 8, doc: 'Install-time dependencies, run in `pkg_postinst` etc. on the build host.' },
    { name: 'S', kind: 'metadata', doc: 'The source directory (default `${WORKDIR}/${P}`).' },
    { name: 'DOCS', kind: 'install', since: 4, doc: 'Documentation files installed by the default `src_install`/`einstalldocs`.' },
    { name: 'HTML_DOCS', kind: 'install', since: 6, doc: 'HTML documentation installed by `einstalldocs`.' },
    { name: 'PATCHES', kind: 'install', since: 6, doc: 'Patches applied by the default `src_prepare`.' },
    { name: 'QA_PREBUILT', kind: 'install', doc: 'Paths of prebuilt binaries exempted from some QA checks.' },
    { name: 'ECONF_SOURCE', kind: 'install', doc: 'The directory holding the `configure` script `econf` runs (default: the current directory).' },
    { name: 'P', kind: 'readonly', doc: 'Package name and version, without revision: `${PN}-${PV}`.' },
    { name: 'PN', kind: 'readonly', doc: 'Package name, e.g. `foo`.' },
    { name: 'PV', kind: 'readonly', doc: 'Package version without revision, e.g. `1.2.3`.' },
    { name: 'PR', kind: 'readonly', doc: 'Revision, `r0` when none.' },
    { name: 'PVR', kind: 'readonly', doc: 'Version with revision when there is one.' },
    { name: 'PF', kind: 'readonly', doc: 'Full name: `${PN}-${PVR}`.' },
    { name: 'CATEGORY', kind: 'readonly', doc: 'The package category.' },
    { name: 'A', kind: 'readonly', doc: 'Distfiles of the package for the enabled USE flags.' },
    { name: 'AA', kind: 'readonly', until: 3, doc: 'All distfiles regardless of USE (removed in EAPI 4).' },
    { name: 'FILESDIR', kind: 'readonly', doc: 'The package\'s `files/` directory.' },
    { name: 'DISTDIR', kind: 'readonly', doc: 'Where fetched distfiles are.' },
    { name: 'WORKDIR', kind: 'readonly', doc: 'The build\'s working directory.' },
    { name: 'T', kind: 'readonly', doc: 'A temporary directory for the ebuild.' },
    { name: 'D', kind: 'readonly', doc: 'The image directory, install destination.' },
    { name: 'ED', kind: 'readonly', since: 3, doc: '`${D}` plus `EPREFIX`.' },
    { name: 'ROOT', kind: 'readonly', doc: 'The root the package is merged to (no trailing slash in EAPI 7+).' },
    { name: 'EROOT', kind: 'readonly', since: 3, doc: '`${ROOT}` plus `EPREFIX`.' },
    { name: 'EPREFIX', kind: 'readonly', since: 3, doc: 'The offset prefix of the installation.' },
    { name: 'SYSROOT', kind: 'readonly', since: 7, everyEapi: true, doc: 'Where `DEPEND` is installed. Portage passes it in every EAPI: it was used unofficially before EAPI 7.' },
    { name: 'ESYSROOT', kind: 'readonly', since: 7, doc: '`${SYSROOT}` plus `EPREFIX`.' },
    { name: 'BROOT', kind: 'readonly', since: 7, doc: 'Where `BDEPEND` is installed.' },
    { name: 'PORTDIR', kind: 'readonly', until: 6, doc: 'The main repository (not available in EAPI 7+).' },
    { name: 'ECLASSDIR', kind: 'readonly', until: 6, doc: 'The eclass directory (not available in EAPI 7+).' },
    { name: 'DESTTREE', kind: 'readonly', until: 6, doc: 'Set by `into` (not available in EAPI 7+).' },
    { name: 'INSDESTTREE', kind: 'readonly', until: 6, doc: 'Set by `insinto` (not available in EAPI 7+).' },
    { name: 'KV', kind: 'readonly', until: 3, doc: 'Kernel version (removed in EAPI 4).' },
    { name: 'USE', kind: 'readonly', doc: 'The enabled USE flags (use `use` to test them).' },
    { name: 'EBUILD_PHASE', kind: 'readonly', doc: 'The current phase, e.g. `compile`.' },
    { name: 'EBUILD_PHASE_FUNC', kind: 'readonly', since: 5, doc: 'The current phase function, e.g. `src_compile`.' },
    { name: 'MERGE_TYPE', kind: 'readonly', since: 4, doc: '`source`, `binary` or `buildonly`.' },
    { name: 'REPLACING_VERSIONS', kind: 'readonly', since: 4, doc: 'Versions this install replaces.' },
    { name: 'REPLACED_BY_VERSION', kind: 'readonly', since: 4, doc: 'The version replacing this one (in `pkg_prerm`/`pkg_postrm`).' },
    { name: 'TMPDIR', kind: 'readonly', doc: 'Temporary directory.' },
    { name: 'HOME', kind: 'readonly', doc: 'A writable home directory for the build.' },
    { name: 'ECLASS', kind: 'readonly', doc: 'In an eclass: its name.' },
    { name: 'INHERITED', kind: 'readonly', doc: 'Eclasses inherited so far.' },
    { name: 'DEFINED_PHASES', kind: 'readonly', doc: 'Phase functions the ebuild defines (metadata).' },
  ] as PmsVariable[]).map((v) => [v.name, v]),
);

/** Variables holding dependency specifications (PMS 8.1). */
export const DEPENDENCY_VARIABLES: ReadonlySet<string> = new Set(DEPENDENCY_ARRAY);

export function availableIn(entry: PmsEntry & { until?: number }, eapi: number): boolean {
  if ((entry.since ?? 0) > eapi) return false;
  if (entry.until !== undefined && eapi > entry.until) return false;
  return entry.bannedIn === undefined || eapi < entry.bannedIn;
}

/** Phase names valid in the EAPI. */
export function phasesFor(eapi: number): string[] {
  return [...PHASES.values()].filter((p) => availableIn(p, eapi)).map((p) => p.name);
}

export type FunctionStatus = { kind: 'ok' } | { kind: 'banned' | 'deprecated' | 'not-yet'; entry: PmsEntry };

/** Whether a helper may be called in the EAPI. Unknown names are 'ok' (they may be eclass functions). */
export function helperStatus(name: string, eapi: number): FunctionStatus {
  const entry = HELPERS.get(name);
  if (!entry) return { kind: 'ok' };
  if (entry.bannedIn !== undefined && eapi >= entry.bannedIn) return { kind: 'banned', entry };
  if ((entry.since ?? 0) > eapi) return { kind: 'not-yet', entry };
  if (entry.deprecatedIn !== undefined && eapi >= entry.deprecatedIn) return { kind: 'deprecated', entry };
  return { kind: 'ok' };
}

/** Whether a PMS variable exists in the EAPI (unknown names: true). */
export function variableAvailable(name: string, eapi: number): boolean {
  const v = VARIABLES.get(name);
  return !v || availableIn(v, eapi);
}
