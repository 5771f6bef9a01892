/**
 * The ebuild profile for shellcheck: which of its checks speak in ebuild and eclass context, at which
 * severity, and which are silent because they flag an ebuild idiom. One row per decision, with the idiom
 * and the devmanual or pkgcheck rule behind it; docs/shellcheck-profile.md shows the same table (a unit
 * test keeps them in step). Severity says what a Gentoo reviewer would ask to change. Codes without a
 * row keep shellcheck's own level; the "full" profile keeps shellcheck's opinion on everything.
 */
import { DocContext } from './docContext';
import { Severity } from './diagnostics';
import { VARIABLES } from './pms';

export type ShellcheckProfile = 'ebuild' | 'full';
export type Verdict = Severity | 'off';

/** A sanitized setting: anything but "full" is the ebuild profile. */
export function profileOf(value: unknown): ShellcheckProfile {
  return value === 'full' ? 'full' : 'ebuild';
}

/** Where a shellcheck comment points, as the rows' conditions need it. */
export interface Site {
  ctx: DocContext;
  /** The variable at the start of the flagged text, without `$`, `{`, `!`, quotes. */
  name: string;
  start: number;
  end: number;
  /** Names the package manager or an inherited eclass gives meaning to. */
  known: (name: string) => boolean;
}

export interface Condition { describe: string; holds: (s: Site) => boolean }

/** pkgcheck's UnquotedVariable: the path variables it wants quoted, and the message commands it lets pass. */
const PKGCHECK_PATH_VARIABLES = new Set(['D', 'DISTDIR', 'FILESDIR', 'S', 'T', 'ROOT', 'BROOT', 'WORKDIR', 'ED', 'EPREFIX', 'EROOT', 'SYSROOT', 'ESYSROOT', 'TMPDIR', 'HOME', 'BUILD_DIR']);
const MESSAGE_COMMANDS = new Set(['die', 'echo', 'eerror', 'einfo', 'elog', 'eqawarn', 'ewarn', ':']);
/** Directories PMS gives a non-empty value in every phase that may remove files. */
const NEVER_EMPTY = new Set(['D', 'ED', 'T', 'WORKDIR', 'S', 'HOME', 'TMPDIR', 'FILESDIR', 'DISTDIR', 'BUILD_DIR']);

/** The innermost command around an offset (a `$( … )` inside an argument is its own command). */
function commandAt(ctx: DocContext, offset: number) {
  let best: DocContext['facts']['commands'][number] | undefined;
  for (const c of ctx.facts.commands) {
    if (c.span.start <= offset && offset < c.span.end && (!best || c.span.end - c.span.start < best.span.end - best.span.start)) best = c;
  }
  return best;
}

/** The text after the assignment whose name is at the site, up to the end of its line. */
function afterAssignment(s: Site): string {
  const a = s.ctx.facts.assignments.find((x) => x.nameSpan.start === s.start);
  const from = a?.value?.span.end ?? s.end;
  const nl = s.ctx.text.indexOf('\n', from);
  return s.ctx.text.slice(from, nl < 0 ? undefined : nl);
}

/** The function whose body holds an offset (the innermost, for nested definitions). */
function functionAt(ctx: DocContext, offset: number): DocContext['facts']['functions'][number] | undefined {
  let best: DocContext['facts']['functions'][number] | undefined;
  for (const f of ctx.facts.functions) {
    if (f.span.start <= offset && offset < f.span.end && (!best || f.span.start > best.span.start)) best = f;
  }
  return best;
}

export const CONDITIONS = {
  'path-variable': {
    describe: 'a path variable pkgcheck wants quoted (D, ED, FILESDIR, S, T, WORKDIR, ROOT, …), outside die/echo/einfo/…',
    holds: (s) => PKGCHECK_PATH_VARIABLES.has(s.name) && !MESSAGE_COMMANDS.has(commandAt(s.ctx, s.start)?.name ?? ''),
  },
  'known-name': {
    describe: 'a name the package manager or an inherited eclass reads or sets (PMS variables, QA_*, eclass variables, `local mycmakeargs` read by cmake.eclass)',
    holds: (s) => s.known(s.name),
  },
  'eclass-global': {
    describe: 'an upper-case variable of an eclass (its interface to ebuilds)',
    holds: (s) => s.ctx.kind === 'eclass' && /^[A-Z_][A-Z0-9_]*$/.test(s.name),
  },
  'in-eclass': {
    describe: 'in an eclass',
    holds: (s) => s.ctx.kind === 'eclass',
  },
  'or-die': {
    describe: 'the assignment is followed by an or-list to `die`, which then tests `local`, not the command',
    holds: (s) => /^\s*\|\|\s*die\b/.test(afterAssignment(s)),
  },
  'status-tested': {
    describe: 'the assignment is followed by another or-list (to `return 1`), which then tests `local`, not the command',
    holds: (s) => /^\s*\|\|/.test(afterAssignment(s)),
  },
  'autoconf-cache': {
    describe: 'an autoconf cache or configure variable (`ac_cv_*`, `gl_cv_*`, `enable_*`, `with_*`), exported to configure or read from the user\'s environment',
    holds: (s) => /^(ac_cv_|gl_cv_|enable_|with_)/.test(s.name),
  },
  'function-unreachable': {
    describe: 'a whole function is unreachable: it is called by name (a callback, a phase)',
    holds: (s) => {
      const f = functionAt(s.ctx, s.start);
      return f !== undefined && !s.ctx.facts.commands.some((c) => c.fn === f.name && f.span.start < c.span.start && c.span.start < s.start);
    },
  },
  funcname: {
    describe: '`${FUNCNAME}`',
    holds: (s) => s.name === 'FUNCNAME',
  },
  'in-assignment': {
    describe: 'inside the value of an assignment, which bash neither splits nor globs',
    holds: (s) => s.ctx.facts.assignments.some((a) => a.value !== undefined && a.value.span.start <= s.start && s.start < a.value.span.end),
  },
  'glob-program': {
    describe: 'the command is a path glob naming a program the build made (`./ld-*.so`)',
    holds: (s) => {
      const name = commandAt(s.ctx, s.start)?.name ?? '';
      return name.includes('/') && /[*?[]/.test(name);
    },
  },
  'never-empty-path': {
    describe: 'the path starts with a directory PMS never leaves empty (D, ED, T, WORKDIR, S, …)',
    holds: (s) => NEVER_EMPTY.has(s.name),
  },
} satisfies Record<string, Condition>;

export interface ProfileRow {
  code: number;
  /** The row applies only where this holds; the first row of a code that applies decides. */
  where?: keyof typeof CONDITIONS;
  verdict: Verdict;
  /** The ebuild idiom shellcheck would otherwise flag (or the mistake it catches). */
  idiom: string;
  /** The devmanual or pkgcheck rule behind the choice. */
  rule: string;
}

export const EBUILD_PROFILE: ProfileRow[] = [
  { code: 2086, where: 'path-variable', verdict: 'warning', idiom: 'cp foo.conf ${ED}/etc', rule: 'pkgcheck UnquotedVariable (warning): path variables must be quoted' },
  { code: 2086, verdict: 'off', idiom: '${CC} ${CFLAGS} -o hello hello.c; doins ${PN}.conf', rule: 'pkgcheck guards only path variables; flag variables are split on purpose and PMS names (P, PN, PV) hold no whitespace' },
  { code: 2207, verdict: 'off', idiom: 'local myeconfargs=( $(use_enable ssl) )', rule: 'devmanual src_configure/configuring: use_enable/use_with print one word per flag' },
  { code: 2206, verdict: 'off', idiom: 'PATCHES=( "${FILESDIR}"/${P}-fix.patch )', rule: 'devmanual misc-files/patches: the PATCHES array as written there' },
  { code: 2046, verdict: 'off', idiom: 'econf $(use_with ssl); append-cflags $(test-flags-CC -fno-common)', rule: 'devmanual src_configure/configuring: econf $(use_with …)' },
  { code: 2155, where: 'or-die', verdict: 'warning', idiom: 'local v=$(cmd) || die', rule: 'devmanual error-handling: the die never runs (local\'s status is tested), the build goes on with an empty value' },
  { code: 2155, where: 'status-tested', verdict: 'information', idiom: 'local out=$(cmd) || return 1; [[ ${out} == *HAVE_X* ]]', rule: 'the return never runs, but the helper\'s caller usually tests the value anyway (rust\'s is_libcxx_linked); a reviewer may ask to split the line' },
  { code: 2155, verdict: 'off', idiom: 'local libdir=$(get_libdir)', rule: 'helpers whose status nobody tests; the devmanual\'s own examples assign so' },
  { code: 2034, where: 'known-name', verdict: 'off', idiom: 'QA_PREBUILT=…; ERROR_USB=… (linux-info); local mycmakeargs=( … )', rule: 'devmanual variables (QA control variables) and eclass @ECLASS_VARIABLE docs: read by Portage or the eclass' },
  { code: 2034, where: 'eclass-global', verdict: 'off', idiom: 'PYTHON_COMPAT_OVERRIDE= in an eclass', rule: 'devmanual eclass-writing: eclass variables are an interface for ebuilds' },
  { code: 2034, where: 'autoconf-cache', verdict: 'off', idiom: 'local -x ac_cv_lib_cap_cap_init=no', rule: 'devmanual src_configure: cache variables steer configure through the environment' },
  { code: 2034, verdict: 'information', idiom: 'local build_miri=false never read', rule: 'dead code a reviewer may ask to drop; the build does not change (a misspelt eclass variable shows here too)' },
  { code: 2154, where: 'known-name', verdict: 'off', idiom: 'echo "${ED}" "${PYTHON}"', rule: 'PMS 11.1 and eclass docs: set by the package manager or an eclass' },
  { code: 2154, where: 'autoconf-cache', verdict: 'off', idiom: '[[ ${enable_year2038} == no ]]', rule: 'configure variables a user may set in the environment or config.site' },
  { code: 2153, where: 'known-name', verdict: 'off', idiom: 'local x=${MULTIBUILD_VARIANT}', rule: 'set by an inherited eclass, not a misspelling' },
  { code: 2128, where: 'funcname', verdict: 'off', idiom: 'debug-print-function ${FUNCNAME} "$@"', rule: 'devmanual eclass-writing: ${FUNCNAME} is the current function (bash: FUNCNAME[0])' },
  { code: 2128, verdict: 'information', idiom: 'local f=( "${ED}"/etc/*.conf ); [[ -e ${f} ]]', rule: 'the first element is meant; a reviewer may ask for ${f[0]}' },
  { code: 2016, verdict: 'off', idiom: "sed -i -e 's:cc -O2:$(CC) $(CFLAGS):' Makefile; python_gen_cond_dep '…[${PYTHON_USEDEP}]'", rule: 'devmanual src_compile/building: single quotes keep $ for make; python-r1 expands later' },
  { code: 2317, where: 'function-unreachable', verdict: 'off', idiom: 'src_install() { my_cb() { …; }; multilib_foreach_abi my_cb; }', rule: 'phase and callback functions are called by name by Portage and eclasses' },
  { code: 2059, verdict: 'off', idiom: 'printf "Gentoo ${PV}"', rule: 'PMS version syntax has no % characters' },
  { code: 2053, verdict: 'off', idiom: '[[ ${CHOST} != ${CTARGET} ]]', rule: 'devmanual bash: [[ ]] needs no quotes; tuples and versions hold no glob characters' },
  { code: 1007, verdict: 'off', idiom: 'LD_PRELOAD= emake check; local -x CFLAGS=', rule: 'an empty value in the command environment is intended' },
  { code: 2068, verdict: 'information', idiom: 'for t in ${ALL_LLVM_TARGETS[@]}', rule: 'elements are flag and target names without whitespace; quoting is style' },
  { code: 2145, verdict: 'information', idiom: 'einfo "enabled: ${targets[@]}"', rule: 'a message joined from names; quoting is style' },
  { code: 2199, verdict: 'information', idiom: '[[ ${PIPESTATUS[@]} == "0 0" ]]', rule: 'devmanual error-handling: PIPESTATUS checked as a whole' },
  { code: 2124, verdict: 'information', idiom: 'IUSE="${IMPLS[@]/#/python_targets_}"', rule: 'metadata strings are joined from arrays on purpose' },
  { code: 2178, verdict: 'information', idiom: 'TARGETS=${TARGETS[@]}', rule: 'an array joined into the string a build system wants' },
  { code: 2048, verdict: 'information', idiom: 'debug-print-function ${FUNCNAME} $*', rule: 'debug output joined from arguments' },
  { code: 2115, where: 'never-empty-path', verdict: 'off', idiom: 'rm -r "${ED}"/usr/share/${PN}/tests || die', rule: 'PMS 11.1: D, ED, T, WORKDIR are never empty' },
  { code: 2027, where: 'in-assignment', verdict: 'information', idiom: 'BDEPEND="test? ( "${RDEPEND}" )"', rule: 'the value is neither split nor globbed, so the inner quotes change nothing; a reviewer may ask to drop them' },
  { code: 2211, where: 'glob-program', verdict: 'information', idiom: 'LC_ALL=C ./ld-*.so --library-path . ${x} || die', rule: 'the glob names the one program the build made (its version is in the name); a reviewer may ask for the exact name' },
  { code: 2037, where: 'glob-program', verdict: 'off', idiom: 'LC_ALL=C ./ld-*.so --version', rule: 'the prefix is the program\'s environment: shellcheck takes the glob for a mistyped $(…)' },
  { code: 2163, verdict: 'off', idiom: 'export "${var}"', rule: 'indirect export of a computed name is intended' },
  { code: 2191, verdict: 'off', idiom: 'myeconfargs+=( --with-foo="${EPREFIX}"/usr )', rule: 'arrays of options: = is literal on purpose' },
  { code: 2054, verdict: 'off', idiom: 'FILECAPS=( cap_net_raw,cap_sys_nice+ep usr/bin/ping )', rule: 'fcaps.eclass FILECAPS: commas separate capabilities' },
  { code: 1010, verdict: 'off', idiom: 'MY_L10N=( de fi fr )', rule: 'locale codes in an array, not the keyword fi' },
  { code: 2209, verdict: 'off', idiom: 'RESTRICT=strip', rule: 'devmanual variables: RESTRICT and friends take bare tokens' },
  { code: 1090, verdict: 'off', idiom: 'source "${T}"/env', rule: 'the sourced file exists only during the build' },
  { code: 1091, verdict: 'off', idiom: 'source "${EPREFIX}"/etc/profile.env', rule: 'the sourced file exists only on the target system' },
  { code: 2119, where: 'in-eclass', verdict: 'off', idiom: 'an eclass function taking optional arguments', rule: 'eclass functions are an API: the callers are ebuilds' },
  { code: 2120, where: 'in-eclass', verdict: 'off', idiom: 'an eclass function taking optional arguments', rule: 'eclass functions are an API: the callers are ebuilds' },
  { code: 2174, verdict: 'information', idiom: 'mkdir -m 0750 -p "${ED}"/var/lib/foo', rule: 'only the last directory gets the mode; usually what is meant' },
  { code: 2044, verdict: 'information', idiom: 'for f in $(find "${ED}" -name "*.la")', rule: 'image paths hold no whitespace; a reviewer may suggest find -exec' },
  { code: 2038, verdict: 'information', idiom: "find -name '*.la' | xargs rm -f", rule: 'build and image paths hold no whitespace; a reviewer may suggest find -delete or -exec' },
  { code: 2043, verdict: 'information', idiom: 'for backend in mdb; do', rule: 'a one-item list kept for later additions' },
  { code: 2183, verdict: 'information', idiom: 'printf -v V "%u%02u" $(ver_rs 1- " ")', rule: 'arguments come from word splitting on purpose' },
  { code: 2190, verdict: 'off', idiom: 'WHEELS+=( "${key}" "${value}" ) on an associative array', rule: 'bash 5.1 key-value pairs in a compound assignment, as distutils-r1 uses them' },
  { code: 1083, verdict: 'off', idiom: 'eval local i=\\${#${name}\\[@\\]}', rule: 'braces escaped for eval on purpose (estack.eclass)' },
  { code: 2188, verdict: 'off', idiom: '> "${T}"/.warned || die', rule: 'a redirection alone creates or empties a file; a common bash idiom' },
  { code: 1078, verdict: 'information', idiom: "awk '{ … }' program over several lines", rule: 'multi-line quoted programs are common; shellcheck guesses here' },
  { code: 2254, verdict: 'information', idiom: 'case ${x} in ${PN}) …', rule: 'names without glob characters match literally anyway' },
  { code: 2221, verdict: 'information', idiom: 'a case pattern shadowing a later one', rule: 'dead pattern kept for readability; a reviewer may ask to drop it' },
  { code: 2222, verdict: 'information', idiom: 'a case pattern shadowed by an earlier one', rule: 'dead pattern kept for readability; a reviewer may ask to drop it' },
  { code: 2166, verdict: 'information', idiom: '[ -n "${A}" -a -n "${B}" ]', rule: 'devmanual bash: prefer [[ ]] in new code; old code works' },
  { code: 2226, verdict: 'information', idiom: 'ln -s "${S}"/xmlconf || die', rule: 'a link into the current directory is valid' },
  { code: 2164, verdict: 'information', idiom: 'src_compile() { cd src; emake; }', rule: 'devmanual error-handling: a failed cd runs what follows in the wrong directory, so reviewers ask for cd src || die (a quick fix appends it); pkgcheck is quiet on it and ::gentoo carries it (glibc, binutils, go, qemu), so it is no warning unless ebuildBuilder.shellcheck.severity makes it one' },
];

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'information', style: 'hint' };

/** Per-code severities a user sets over either profile (`ebuildBuilder.shellcheck.severity`). */
export type SeverityOverrides = ReadonlyMap<number, Verdict>;

const VERDICTS = new Set<unknown>(['error', 'warning', 'information', 'hint', 'off']);

/** A sanitized `{ "SC2164": "warning" }` setting: keys SC1234 or 1234, values a severity or "off"; the rest is dropped. */
export function overridesOf(value: unknown): SeverityOverrides {
  const out = new Map<number, Verdict>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const code = /^(?:SC)?(\d{4})$/i.exec(key.trim())?.[1];
    if (code && VERDICTS.has(v)) out.set(Number(code), v as Verdict);
  }
  return out;
}

/**
 * The verdict on one comment: the user's override for its code, else the first row of the profile that
 * applies, else shellcheck's own level.
 */
export function verdictFor(profile: ShellcheckProfile, code: number, level: string, site: Site, overrides: SeverityOverrides = new Map()): Verdict {
  const set = overrides.get(code);
  if (set) return set;
  const own = LEVELS[level] ?? 'warning';
  if (profile === 'full') return own;
  for (const row of EBUILD_PROFILE) {
    if (row.code === code && (!row.where || CONDITIONS[row.where].holds(site))) return row.verdict;
  }
  return own;
}

/** Names the package manager or an inherited eclass gives meaning to. */
export function knownNames(ctx: DocContext): (name: string) => boolean {
  const names = new Set(VARIABLES.keys());
  const patterns: RegExp[] = [];
  for (const e of ctx.eclasses) {
    e.info.variables.forEach((_v, n) => names.add(n));
    e.info.referenced.forEach((n) => names.add(n));
    e.info.assigned.forEach((n) => names.add(n));
    patterns.push(...e.info.namePatterns);
  }
  // with `inherit ${SCM}` or an eclass out of reach, an upper-case name may well be that eclass's variable
  const anyUpper = !ctx.inheritsKnown;
  // Portage's QA control variables (devmanual: ebuild-writing/variables), also with an arch suffix
  return (name) => names.has(name) || /^QA_[A-Za-z0-9_]+$/.test(name) || patterns.some((p) => p.test(name)) || (anyUpper && /^[A-Z_][A-Z0-9_]*$/.test(name));
}
