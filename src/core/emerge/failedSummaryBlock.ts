/**
 * The summary emerge prints at the end when more than one package failed, or one with `--keep-going`
 * (Portage's Scheduler, headline wrapped at 72 columns):
 *
 *    * The following 2 packages have failed to build, install, or execute
 *    * postinst:
 *    *
 *    *  (x11-base/xorg-server-1.17.4:0/1.17.4::gentoo, ebuild scheduled for merge), Log file:
 *    *   '/var/tmp/portage/x11-base/xorg-server-1.17.4/temp/build.log'
 *    *
 *
 * It is often all a truncated CI log still holds about what failed.
 */
import type { Block, ParseContext } from './block';
import { capPush, splitPkgSpec, unquote } from './block';
import type { EmergeEvent, FailedPackage } from './events';
import type { LogLine } from './logLine';

const HEAD = /^The following (?:(\d+) packages have|package has) failed to build, install, or execute( postinst:)?$/;
/** ` (cpv:slot::repo, ebuild scheduled for merge) (postinst failed), Log file:` — or a bare cpv. */
const ENTRY = /^(?:\(([^,\s()]+), [^()]*\)|([A-Za-z0-9+_.-]+\/[^\s,()]+))( \(postinst failed\))?(, Log file:)?$/;

export function startFailedSummary(l: LogLine): Block | null {
  if (l.bullet !== '*') return null;
  const b = l.body.trim();
  if (!b.startsWith('The following ')) return null;
  const m = HEAD.exec(b);
  return m ? new FailedSummary(l.n, m[2] !== undefined) : null;
}

class FailedSummary implements Block {
  private readonly packages: FailedPackage[] = [];
  private wantLog = false;
  private done = false;

  constructor(private readonly n: number, private headDone: boolean) {}

  feed(l: LogLine): boolean {
    if (this.done || l.bullet !== '*') return false;
    const b = l.body.trim();
    if (!this.headDone) {
      this.headDone = true;
      if (b === 'postinst:') return true;
    }
    if (b === '') {
      // Blank bullets stand before the list and close it.
      if (this.packages.length) this.done = true;
      return true;
    }
    if (this.wantLog && b.startsWith("'")) {
      this.packages[this.packages.length - 1].log = unquote(b);
      this.wantLog = false;
      return true;
    }
    const m = ENTRY.exec(b);
    if (!m) return false;
    const { cpv, slot, repo } = splitPkgSpec(m[1] ?? m[2]);
    const p: FailedPackage = { cpv };
    if (slot) p.slot = slot;
    if (repo) p.repo = repo;
    if (m[3]) p.postinstFailed = true;
    capPush(this.packages, p);
    this.wantLog = Boolean(m[4]);
    return true;
  }

  finish(ctx: ParseContext): EmergeEvent[] {
    if (!this.packages.length) return [];
    for (const p of this.packages) if (!p.log) p.log = ctx.logOf(p.cpv);
    for (const p of this.packages) if (p.log === undefined) delete p.log;
    return [{ type: 'failed-packages', inputLine: this.n, packages: this.packages }];
  }
}
