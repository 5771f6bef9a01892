/** `ebuild-builder changed`: lists the ebuilds to build because they (or their files/, or an eclass) changed. */
import { resolve } from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import { changedSince, type ChangedReport } from '../../core/gitChanges';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder changed [--since REF] [--repo DIR] [--json]

Lists the atoms whose ebuild, files/ or Manifest, or an eclass they inherit within the overlay changed
between REF and HEAD, dependencies first. Deleted ebuilds are listed apart (never built).

  --since REF   compare with the merge base of REF and HEAD (default: the upstream branch, @{upstream})
  --repo DIR    the overlay's git repository (default: the current directory)
  --json        print the plan as JSON
`;

export function formatChanged(r: ChangedReport): string {
  const lines = [`Changes from ${r.base.sha.slice(0, 12)} (${r.base.describe}) to ${r.head.slice(0, 12)}:`];
  if (r.build.length === 0) lines.push('  no ebuild to build');
  r.build.forEach((e, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${e.atom}  (${e.reasons.join('; ')})`));
  for (const e of r.deleted) lines.push(`  deleted, not built: ${e.atom}  (${e.path})`);
  for (const c of r.cycles) lines.push(`  dependency cycle (built in this order): ${c.join(' → ')}`);
  return lines.join('\n') + '\n';
}

export const command: CliCommand = {
  name: 'changed',
  summary: 'list the ebuilds changed since a commit, in dependency order',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: { since, repo, json } } = parseCommandArgs(args, 'changed', { since: { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean' } });
    const report = await changedSince(resolve(io.cwd, repo ?? '.'), since);
    io.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatChanged(report));
    return 0;
  },
};
