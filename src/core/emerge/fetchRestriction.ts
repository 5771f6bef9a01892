/**
 * RESTRICT="fetch": files the user must download by hand. Portage says so twice: under the merge list
 * (`Fetch instructions for cpv:`, output/resolver) and when the fetch runs (`!!! cpv has fetch restriction turned
 * on.` and two more `!!!` lines, package/ebuild/fetch.py); each time pkg_nofetch follows as ` * ` lines, by default
 * `The following files cannot be fetched for PN:` and the files, indented. Both become the same `fetch-failure`
 * event with `restricted` (once per package); the ` * Fetch failed for 'cpv', Log file:` after them is left to the fetch reader.
 */
import type { Block, ParseContext } from './block';
import { capPush } from './block';
import type { EmergeEvent, FetchFailureEvent } from './events';
import type { LogLine } from './logLine';

const TURNED_ON = /^!!! ([A-Za-z0-9+_.-]+\/\S+) has fetch restriction turned on\.?$/;
const INSTRUCTIONS = /^Fetch instructions for ([A-Za-z0-9+_.-]+\/\S+?):$/;
const FILES_HEAD = /^The following files cannot be fetched for \S+:$/;

export function startFetchRestriction(l: LogLine): Block | null {
  const t = l.text;
  let m: RegExpExecArray | null;
  if (t.startsWith('!!! ') && t.endsWith('turned on.') && (m = TURNED_ON.exec(t))) return new FetchRestrictionBlock(l.n, m[1]);
  if (t.startsWith('Fetch instructions for ') && (m = INSTRUCTIONS.exec(t))) return new FetchRestrictionBlock(l.n, m[1]);
  return null;
}

class FetchRestrictionBlock implements Block {
  private readonly files: string[] = [];
  private readonly instructions: string[] = [];
  private inFiles = false;
  private bullets = 0;
  private blanks = 0;

  constructor(
    private readonly n: number,
    private readonly cpv: string,
  ) {}

  feed(l: LogLine): boolean {
    const t = l.text;
    if (t === '') {
      // Blank lines stand between the `!!!` lines and pkg_nofetch's output; one after that output ends it.
      return this.bullets === 0 && ++this.blanks <= 2;
    }
    if (this.bullets === 0 && t.startsWith('!!! ')) return /^!!! (?:This probably means|manually\.)/.test(t);
    if (l.bullet !== '*') return false;
    const body = l.body.trim();
    if (body.startsWith('Fetch failed for ') || body.startsWith('Messages for package ')) return false;
    this.bullets++;
    if (body === '') return true;
    if (FILES_HEAD.test(body)) {
      this.inFiles = true;
      return true;
    }
    // elog indents each file by three spaces after the bullet.
    if (this.inFiles && l.body.startsWith(' ')) capPush(this.files, body, 200);
    else {
      this.inFiles = false;
      capPush(this.instructions, body, 50);
    }
    return true;
  }

  finish(ctx: ParseContext): EmergeEvent[] {
    // The merge list's instructions and the fetch's complaint say the same: one event, the first.
    if (!ctx.firstTime(`fetch-restriction|${this.cpv}`)) return [];
    const ev: FetchFailureEvent = { type: 'fetch-failure', inputLine: this.n, cpv: this.cpv, reason: 'has fetch restriction turned on', restricted: true };
    if (this.files.length) {
      ev.file = this.files[0];
      ev.files = this.files;
    }
    if (this.instructions.length) ev.instructions = this.instructions;
    return [ev];
  }
}
