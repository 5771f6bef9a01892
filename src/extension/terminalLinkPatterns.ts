/**
 * What is clickable in a build terminal line (pure, unit-tested): `build.log` paths and the saved log path, and
 * ebuild/eclass paths with a line (`hello-1.0.ebuild, line 12:  Called die`, `foo.eclass:42`).
 */

export interface FoundLink {
  startIndex: number;
  length: number;
  kind: 'build-log' | 'source';
  file: string;
  line?: number;
}

// emerge's `…/temp/build.log` and the saved log path printed in the footer (`…/logs/<atom>-<profile>-<time>.log`).
const BUILD_LOG = /(?:\/[\w.+@-]+)*\/build\.log|(?<![\w/])build\.log|(?:\/[\w.+@-]+)+\/logs\/[\w.+@-]+\.log/g;
const SOURCE = /((?:\/?[\w.+@-]+\/)*[\w.+@-]+\.(?:ebuild|eclass))(?:,?\s+line\s+(\d+)|:(\d+))?/g;

/** Pure: the links in one terminal line (unit-tested). */
export function findLinks(line: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const m of line.matchAll(BUILD_LOG)) {
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: 'build-log', file: m[0] });
  }
  for (const m of line.matchAll(SOURCE)) {
    const n = m[2] ?? m[3];
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: 'source', file: m[1], line: n ? Number(n) : undefined });
  }
  return links;
}
