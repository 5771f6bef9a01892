/**
 * The outcome of one build as a summary row (atom, result, phase, first finding, log), and the table of them:
 * shared by `build --changed`, `watch`, USE matrices (CLI and VS Code) and reverse dependencies.
 */
import { readFile } from 'node:fs/promises';
import type { BuildResult } from './buildRun';
import { parseAll } from './emerge';
import { findingsOf, mainFinding } from './findings';
import { attemptsText } from './swarmPlan';
import type { WatchAtomResult } from './watchState';

/** One atom's row of the summary (the same record `watch` keeps per commit). */
export type AtomOutcome = WatchAtomResult;

/** emerge's status when it ran; 130 for a cancel (as a shell reports SIGINT); 2 for an error before emerge ran. */
export function exitStatusOf(result: BuildResult): number {
  if (result.state === 'cancelled') return 130;
  if (result.exitCode !== undefined) return result.exitCode;
  return result.state === 'succeeded' ? 0 : 2;
}

/** Reads the build's log and says which phase failed and what the first finding is. */
export async function outcomeOf(atom: string, ebuild: string, result: BuildResult): Promise<AtomOutcome> {
  const out: AtomOutcome = { atom, ebuild, result: result.state, status: exitStatusOf(result), log: result.logPath, artifacts: result.artifacts };
  if (result.attempts && result.attempts > 1) out.attempts = result.attempts;
  if (result.error) out.finding = result.error.message;
  const text = result.logPath ? await readFile(result.logPath).catch(() => undefined) : undefined;
  if (text && result.state !== 'succeeded') {
    const events = parseAll(text);
    const findings = findingsOf(events);
    const failure = events.find((e) => e.type === 'build-failure');
    out.phase = failure?.type === 'build-failure' ? failure.phase : findings.some((f) => f.severity === 'error') ? 'dependencies' : undefined;
    out.finding = mainFinding(findings)?.message ?? out.finding;
  }
  return out;
}

/** emerge's worst status over the builds that ran (0 when all succeeded or nothing ran). */
export function worstStatus(outcomes: AtomOutcome[]): number {
  return outcomes.reduce((w, o) => Math.max(w, o.status ?? 0), 0);
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** One row per outcome; `label` names the first column (the atom, or a USE combination). */
export function summaryTable(outcomes: AtomOutcome[], cwd: string, label = 'atom', nameOf = (o: AtomOutcome) => o.atom): string {
  const rows = [[label, 'result', 'phase', 'first finding', 'log']];
  for (const o of outcomes) {
    const status = o.status !== undefined && o.status !== 0 ? `${o.result} (${o.status})` : o.result;
    const result = o.attempts && o.attempts > 1 ? `${status}, ${attemptsText(o.attempts)}` : status;
    const log = o.log ? (o.log.startsWith(cwd + '/') ? o.log.slice(cwd.length + 1) : o.log) : '-';
    rows.push([nameOf(o), result, o.phase ?? '-', clip((o.finding ?? '-').replace(/\s+/g, ' '), 70), log]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}
