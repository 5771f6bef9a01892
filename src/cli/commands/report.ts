/** `ebuild-builder report BUILD-ID|LOG`: a bug report draft from a failed build (bugReport.ts), nothing sent. */
import * as path from 'node:path';
import { findBuildLog, writeBugReport } from '../../core/bugReportFiles';
import { discoverOverlays } from '../../core/overlays';
import { emergeInfoOf } from '../../docker/emergeInfo';
import { connectForConfig } from '../../docker/engineForBuild';
import { engineConfigFromFlags } from './engine';
import { buildConfigFor, workspaceFolderFor, type BuildFlags } from '../buildOptions';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseCommandArgs } from '../argList';
import { UserError } from '../../core/userError';

const usage = `Usage: ebuild-builder report BUILD-ID|LOG [--workspace DIR] [--output DIR] [--profile NAME] [--image IMAGE]

Drafts a bug report from a failed build: a Markdown file with the summary line in Gentoo's style
("cat/pkg-1.0: fails to compile (first error)"), the failing phase and first findings, the USE flags and
overrides the build used, \`emerge --info\` of the builder, and next to it the build log gzip-compressed as the
attachment. Review it and paste it into the tracker yourself: nothing is sent anywhere.

BUILD-ID is the id at the end of a log's name (artifacts/logs/<cat>_<pf>-<profile>-<date>-<id>.log); LOG a log path.
\`emerge --info\` comes from the log when the builder printed it (Sabayon), else it runs in the builder image of the
build's profile (as the build would, through the Docker engine).

  --workspace DIR   the workspace of the build (default: the current directory, or the one above the log)
  --output DIR      where the report goes (default: <artifacts>/reports)
  --profile NAME    the builder for emerge --info (default: the one in the log's name)
  --image IMAGE     image for emerge --info
  --env K=V, --engine URL, --context NAME, --network MODE   as for build
`;

export const command: CliCommand = {
  name: 'report',
  summary: 'draft a bug report (summary line, findings, emerge --info, log attachment) from a failed build',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: v, positionals } = parseCommandArgs(args, 'report', {
      workspace: { type: 'string' }, output: { type: 'string' }, profile: { type: 'string' }, image: { type: 'string' },
      env: { type: 'string', multiple: true }, engine: { type: 'string' }, context: { type: 'string' }, network: { type: 'string' },
      artifacts: { type: 'string' },
    }, true);
    const flags: BuildFlags = {
      profile: v.profile, image: v.image, env: v.env ?? [], engine: v.engine, context: v.context, network: v.network,
      artifacts: v.artifacts, emergeArg: [], engineValues: { engine: v.engine, context: v.context },
    };
    const workspaceFlag = v.workspace;
    const output = v.output;
    const [target, ...more] = positionals;
    if (!target || more.length) throw new UserError(target ? 'report takes one build id or log.' : 'report needs a build id or a log.', 'Run `ebuild-builder report 0fda` (the id at the end of the log\'s name) or `ebuild-builder report artifacts/logs/….log`.', 'bad-argument');
    // A log under <workspace>/artifacts/logs names its workspace; an id is looked up in the current one.
    const guess = target.endsWith('.log') ? path.resolve(io.cwd, target, '..', '..', '..') : io.cwd;
    const workspace = path.resolve(io.cwd, workspaceFlag ?? guess);
    const config = await buildConfigFor(workspace, flags, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
    const logPath = await findBuildLog(target, path.resolve(workspace, config.artifactsFolder, 'logs'), io.cwd);
    const { overlays } = await discoverOverlays([workspace]);
    const written = await writeBugReport({
      logPath, workspace, overridesFolder: config.overridesFolder, overlays, profile: flags.profile,
      reportDir: output ? path.resolve(io.cwd, output) : path.resolve(workspace, config.artifactsFolder, 'reports'),
      image: flags.image,
      emergeInfo: async (ebuild, profile) => {
        io.stderr.write(`>>> ebuild-builder: running emerge --info in the ${profile} builder\n`);
        const cfg = { ...config, profile };
        const { engine: _url, ...extra } = engineConfigFromFlags(flags.engineValues ?? {}, io);
        const engine = await connectForConfig(cfg, io.env, extra);
        try {
          return await emergeInfoOf(ebuild, { workspaceFolders: [workspaceFolderFor(ebuild, io.cwd, workspace)], config: cfg, profile, engine });
        } finally {
          await engine.close();
        }
      },
    });
    io.stdout.write(`${written.summary}\nreport: ${written.report}\nattachment: ${written.attachment}\n`);
    return 0;
  },
};
