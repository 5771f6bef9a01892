/**
 * A bug report draft from a failed build, as Gentoo's bug wranglers ask for one (and the tinderbox files them): the
 * summary line `cat/pkg-ver: fails to compile (first error)`, the failing phase and the first findings, the USE
 * flags and overrides the build used, `emerge --info` of the builder, and the build log as a compressed attachment.
 * Pure text: the CLI (`report`) and VS Code ("Draft Bug Report…") gather the inputs and write the files.
 * Nothing is sent anywhere.
 */
import type { EmergeEvent } from './emerge/events';
import { findingsOf, mainFinding, type Finding } from './findings';

/** What the summary line says a phase failure is, in the words Gentoo's bug titles use. */
const PHASE_WORDS: Record<string, string> = {
  setup: 'fails in pkg_setup',
  unpack: 'fails to unpack',
  prepare: 'fails to prepare (src_prepare)',
  configure: 'fails to configure',
  compile: 'fails to compile',
  test: 'fails tests',
  install: 'fails to install',
  preinst: 'fails in pkg_preinst',
  postinst: 'fails in pkg_postinst',
  package: 'fails to package',
  merge: 'fails to merge',
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `cat/pkg-ver: fails to compile (broken.c:5:9: expected ';' before 'return')`. */
export function bugSummaryLine(cpv: string, phase: string | undefined, firstError: string | undefined): string {
  const what = phase ? PHASE_WORDS[phase] ?? `fails in the ${phase} phase` : 'cannot be emerged';
  const why = firstError?.replace(/\s+/g, ' ').trim();
  return `${cpv}: ${what}${why ? ` (${clip(why, 100)})` : ''}`;
}

/**
 * The `emerge --info` block of a log (the Sabayon builder prints one before every build): from the `Portage 3.x (…)`
 * line to the `Unset:` line (with its continuation lines).
 */
export function emergeInfoFromLog(text: string): string | undefined {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^Portage \d+\.\d+[.\d]* \(/.test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^Unset:\s/.test(l));
  if (end < 0) return undefined;
  while (end + 1 < lines.length && /^\s+\S/.test(lines[end + 1])) end++;
  return lines.slice(start, end + 1).join('\n');
}

/** `USE="…"` (and the other USE_EXPAND variables) of `cpv` in emerge's merge list; undefined when it is not listed. */
function useFlagsFromEvents(events: EmergeEvent[], cpv: string): Record<string, string> | undefined {
  const entry = events.find((e) => e.type === 'merge-list' && e.cpv === cpv);
  return entry?.type === 'merge-list' ? entry.vars : undefined;
}

export interface OverrideText {
  /** The file as the reader knows it, e.g. `.portage/package.use`. */
  name: string;
  text: string;
}

export interface BugReportInput {
  /** `cat/pkg-ver` */
  cpv: string;
  repo?: string;
  profile: string;
  image?: string;
  exitCode?: number;
  /** The whole output of the build (our log). */
  logText: string;
  /** Where that log is (named in the report). */
  logPath: string;
  /** The output of `emerge --info` in the builder, or why it is missing. */
  emergeInfo: { text: string } | { missing: string };
  overrides: OverrideText[];
  /** The compressed attachment's file name, and which log it holds. */
  attachment?: { name: string; of: string };
}

export interface BugReport {
  summary: string;
  phase?: string;
  findings: Finding[];
  markdown: string;
}

const fence = (text: string, lang = '') => {
  const ticks = /```/.test(text) ? '````' : '```';
  return `${ticks}${lang}\n${text.replace(/\s+$/, '')}\n${ticks}`;
};

/** Override lines without comments and blank lines (the report shows what took effect, not the notes). */
function effectiveLines(text: string): string {
  return text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).join('\n');
}

export function draftBugReport(input: BugReportInput, events: EmergeEvent[]): BugReport {
  const findings = findingsOf(events).filter((f) => !f.cpv || f.cpv === input.cpv || f.severity === 'error');
  const failure = events.find((e) => e.type === 'build-failure' && e.cpv === input.cpv) ?? events.find((e) => e.type === 'build-failure');
  const phase = failure?.type === 'build-failure' ? failure.phase : undefined;
  // The first error in the output: a compiler's error comes before the die it causes, and says more.
  const summary = bugSummaryLine(input.cpv, phase, mainFinding(findings)?.message);
  const atom = `=${input.cpv}${input.repo ? `::${input.repo}` : ''}`;
  const out: string[] = [
    `# Bug report draft: ${input.cpv}`,
    '',
    '> Drafted by Ebuild Builder from a failed build. Review it, then paste it into the tracker (bugs.gentoo.org or the',
    '> overlay\'s) and attach the compressed log. Nothing was sent anywhere.',
    '',
    '## Summary',
    '',
    fence(summary),
    '',
    '## What fails',
    '',
    `\`emerge ${atom}\` ${phase ? `fails in the **${phase}** phase` : 'fails before any phase ran'}` +
      `${input.exitCode !== undefined ? ` (exit status ${input.exitCode})` : ''}, built with the \`${input.profile}\` builder` +
      `${input.image ? ` (image \`${input.image}\`)` : ''}.`,
    '',
  ];
  if (findings.length) {
    out.push('First findings:', '');
    for (const f of findings.slice(0, 5)) out.push(`- **${f.title}**: ${f.message.replace(/\n/g, ' ')}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`);
    out.push('');
  }
  if (failure?.type === 'build-failure') {
    const block = [` * ERROR: ${failure.cpv}${failure.repo ? `::${failure.repo}` : ''} failed (${failure.phase} phase):`, ...failure.reason.split('\n').map((l) => ` *   ${l}`)];
    if (failure.frames.length) block.push(' * Call stack:', ...failure.frames.map((f) => ` *   ${f.file}, line ${f.line}:  Called ${f.call}${f.args ? ` ${f.args}` : ''}`));
    out.push(fence(block.join('\n')), '');
  }
  const use = useFlagsFromEvents(events, input.cpv);
  out.push('## USE flags', '');
  if (use && Object.keys(use).length) out.push(fence(Object.entries(use).map(([k, v]) => `${k}="${v}"`).join(' ')), '');
  else out.push(use ? `${input.cpv} has no USE flags.` : 'emerge did not list the package with its USE flags (it failed before the merge list).', '');
  out.push('## Overrides used', '');
  const used = input.overrides.map((o) => ({ ...o, lines: effectiveLines(o.text) })).filter((o) => o.lines);
  if (!used.length) out.push('None: the builder profile\'s defaults only.', '');
  for (const o of used) out.push(`\`${o.name}\`:`, '', fence(o.lines), '');
  out.push('## emerge --info', '');
  out.push('text' in input.emergeInfo ? fence(input.emergeInfo.text) : `Not available: ${input.emergeInfo.missing}`, '');
  out.push('## Build log', '');
  if (input.attachment) out.push(`Attached: \`${input.attachment.name}\` (${input.attachment.of}, gzip-compressed).`, '');
  out.push(`Full output of the build: \`${input.logPath}\`.`, '');
  return { summary, phase, findings, markdown: out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n').trimEnd() + '\n' };
}

/**
 * The parts of a log file's name (`<cat>_<pn>-<pvr>-<profile>-<YYYYMMDD-HHMMSS>-<id>.log`, as prepareBuild names
 * them): the build id is what `report BUILD-ID` takes. A version-like tail goes to the version, not the profile.
 */
export function logNameParts(fileName: string, isCpv: (cpv: string) => boolean): { cpv: string; profile: string; id: string } | undefined {
  const m = /^([^_/]+)_(.+)-(\d{8}-\d{6})-([0-9a-f]+)\.log$/.exec(fileName);
  if (!m) return undefined;
  const [, category, rest, , id] = m;
  const dashes = [...rest.matchAll(/-/g)].map((d) => d.index!).reverse();
  for (const at of dashes) {
    const cpv = `${category}/${rest.slice(0, at)}`;
    const profile = rest.slice(at + 1);
    if (profile && isCpv(cpv)) return { cpv, profile, id };
  }
  return undefined;
}
