/**
 * Writes a bug report draft for a failed build's log (bugReport.ts words it): the Markdown file and, next to it, the
 * build log gzip-compressed as the attachment (Portage's build.log of the package when the build brought it back,
 * else the build's whole output). Shared by `ebuild-builder report` and VS Code's "Draft Bug Report…"; what needs
 * the engine (`emerge --info` of the builder) comes in as a function.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { splitPackageVersion } from './atom';
import { draftBugReport, emergeInfoFromLog, logNameParts, type OverrideText } from './bugReport';
import type { Overlay } from './buildModel';
import { parseAll } from './emerge';
import { discoverOverrides } from './overrides';
import { UserError } from './userError';

const isCpv = (cpv: string) => {
  const m = /^([^/]+)\/(.+)$/.exec(cpv);
  return Boolean(m && splitPackageVersion(m[2]));
};

/**
 * The log of BUILD-ID (the id at the end of a log's name, `…-0fda.log`; a longer id is matched by its start) under
 * `logsDir`, or the path given. Throws a UserError naming what was looked for.
 */
export async function findBuildLog(idOrPath: string, logsDir: string, cwd: string): Promise<string> {
  const asPath = path.resolve(cwd, idOrPath);
  if (idOrPath.includes('/') || idOrPath.endsWith('.log') || existsSync(asPath)) {
    if (!existsSync(asPath)) throw new UserError(`${asPath} does not exist.`, 'Pass a build log (artifacts/logs/…log) or a build id.', 'no-such-log');
    return asPath;
  }
  if (!/^[0-9a-f]{4,}$/.test(idOrPath)) throw new UserError(`"${idOrPath}" is neither a build id nor a log file.`, 'Pass the id at the end of a log\'s name (artifacts/logs/<atom>-<profile>-<date>-<id>.log) or the log\'s path.', 'bad-argument');
  const names = (await readdir(logsDir).catch(() => [] as string[])).filter((n) => {
    const parts = logNameParts(n, isCpv);
    return parts && (idOrPath.startsWith(parts.id) || parts.id.startsWith(idOrPath));
  });
  if (!names.length) throw new UserError(`No build log with id ${idOrPath} in ${logsDir}.`, 'Check the id (the end of the log\'s name), or pass the log\'s path (or --artifacts DIR).', 'no-such-log');
  if (names.length > 1) throw new UserError(`${names.length} build logs have the id ${idOrPath}: ${names.join(', ')}.`, 'Pass the log\'s path instead.', 'ambiguous-log');
  return path.join(logsDir, names[0]);
}

/** The override files of a workspace as the report names them (relative to the workspace), with their text. */
async function overrideTexts(workspace: string, overridesFolder: string): Promise<OverrideText[]> {
  const set = await discoverOverrides(workspace, overridesFolder);
  const files = [...set.sources.map((s) => s.path), ...(set.envFiles ?? []), ...(set.makeConf ? [set.makeConf] : [])];
  const out: OverrideText[] = [];
  for (const f of files) out.push({ name: path.relative(workspace, f), text: await readFile(f, 'utf8').catch(() => '') });
  return out;
}

export interface WriteBugReportOptions {
  logPath: string;
  workspace: string;
  overridesFolder: string;
  overlays: Overlay[];
  /** Where the report goes (default: `reports/` beside the logs folder). */
  reportDir?: string;
  /** The build's profile and image, when known (else read from the log's name). */
  profile?: string;
  image?: string;
  exitCode?: number;
  /** Runs `emerge --info` in the builder for this ebuild (used when the log has no such block). */
  emergeInfo?: (ebuild: string, profile: string) => Promise<string>;
}

export interface WrittenBugReport {
  summary: string;
  phase?: string;
  report: string;
  attachment: string;
}

/** Writes the report and its attachment; returns their paths and the summary line. */
export async function writeBugReport(o: WriteBugReportOptions): Promise<WrittenBugReport> {
  const logText = await readFile(o.logPath, 'utf8');
  const events = parseAll(logText);
  const named = logNameParts(path.basename(o.logPath), isCpv);
  const failure = events.find((e) => e.type === 'build-failure');
  const started = events.find((e) => e.type === 'package-start');
  const cpv = named?.cpv ?? (failure?.type === 'build-failure' ? failure.cpv : started?.type === 'package-start' ? started.cpv : undefined);
  if (!cpv) throw new UserError(`${o.logPath} names no package (neither its file name nor its text).`, 'Pass a log that Ebuild Builder wrote (artifacts/logs/).', 'bad-log');
  const repoOf = events.find((e) => (e.type === 'build-failure' || e.type === 'package-start') && e.cpv === cpv && e.repo);
  const repo = repoOf && 'repo' in repoOf ? repoOf.repo : undefined;
  const profile = o.profile ?? named?.profile ?? 'unknown';
  const [category, pf] = cpv.split('/');
  const pn = splitPackageVersion(pf)!.pn;
  const ebuild = o.overlays.filter((ov) => !repo || ov.name === repo).map((ov) => path.join(ov.path, category, pn, `${pf}.ebuild`)).find((p) => existsSync(p));

  let emergeInfo: { text: string } | { missing: string };
  const fromLog = emergeInfoFromLog(logText);
  if (fromLog) emergeInfo = { text: fromLog };
  else if (!ebuild) emergeInfo = { missing: `the ebuild of ${cpv} is no longer in the workspace, so its builder could not be asked.` };
  else if (!o.emergeInfo) emergeInfo = { missing: 'not asked for.' };
  else {
    try {
      emergeInfo = { text: await o.emergeInfo(ebuild, profile) };
    } catch (e) {
      emergeInfo = { missing: (e as Error).message };
    }
  }

  const reportDir = o.reportDir ?? path.join(path.dirname(path.dirname(o.logPath)), 'reports');
  const stem = `${category}_${pf}${named ? `-${named.id}` : ''}`;
  // Portage's own build.log of the package (prepareBuild brings it back beside the log on failure), else the output.
  const portageLog = o.logPath.replace(/\.log$/, '.build.log');
  const attached = existsSync(portageLog) ? portageLog : o.logPath;
  const attachment = path.join(reportDir, `${stem}.${attached === portageLog ? 'build' : 'output'}.log.gz`);
  const report = draftBugReport({
    cpv, repo, profile, image: o.image, exitCode: o.exitCode, logText, logPath: o.logPath, emergeInfo,
    overrides: await overrideTexts(o.workspace, o.overridesFolder),
    attachment: { name: path.basename(attachment), of: attached === portageLog ? 'Portage\'s build.log of the package' : 'the whole output of the build' },
  }, events);
  await mkdir(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, `${stem}.md`);
  // Written whole and renamed: a reader never opens half a report.
  await writeFile(`${attachment}.part`, await promisify(gzip)(await readFile(attached)));
  await rename(`${attachment}.part`, attachment);
  await writeFile(`${reportPath}.part`, report.markdown);
  await rename(`${reportPath}.part`, reportPath);
  return { summary: report.summary, phase: report.phase, report: reportPath, attachment };
}
