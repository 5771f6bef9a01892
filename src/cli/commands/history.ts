/** `ebuild-builder history ATOM`: how long the builds of a package took, and the estimate for the next one. */
import { stateDir } from '../../core/binpkgCache';
import { estimateDuration, formatHistory, historyFile, historyOf, readHistory } from '../../core/buildHistory';
import { UserError } from '../../core/userError';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder history ATOM [--profile NAME] [--json]

Lists the recorded builds of ATOM (cat/pkg, =cat/pkg-1.0, >=cat/pkg-2: every version it selects) with their
profile, result and duration, oldest first, and the estimate for the next build per profile: the median of the
last 5 successful builds of the package with that profile. Every \`ebuild-builder build\` records its build in
history.json in the state folder (EBUILD_BUILDER_STATE_DIR, else $XDG_STATE_HOME/ebuild-builder); VS Code keeps
its own history per workspace.

  --profile NAME   only builds with this builder profile
  --json           the entries and estimates as JSON
`;

export const command: CliCommand = {
  name: 'history',
  summary: 'how long the builds of a package took, and the estimate for the next',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: { profile, json }, positionals } = parseCommandArgs(args, 'history', { profile: { type: 'string' }, json: { type: 'boolean' } }, true);
    const [atom, ...more] = positionals;
    if (!atom || more.length) throw new UserError(atom ? `history takes one atom, not ${positionals.length}.` : 'history needs an atom.', 'Run `ebuild-builder history app-misc/hello`.', 'bad-argument');
    const file = historyFile(stateDir(io.env));
    const entries = historyOf(await readHistory(file), atom, profile);
    if (json) {
      const profiles = [...new Set(entries.map((e) => e.profile))].sort();
      const last = entries[entries.length - 1]?.cpv;
      const estimates = Object.fromEntries(profiles.map((p) => [p, last ? estimateDuration(entries, last, p) ?? null : null]));
      io.stdout.write(JSON.stringify({ atom, file, entries, estimates }, null, 2) + '\n');
    } else io.stdout.write(formatHistory(entries, atom));
    return 0;
  },
};
