/**
 * The structure of an emerge log as text: packages (`>>> Emerging (1 of 3) cat/pkg-ver`) and their phases,
 * failures and QA notices, with line numbers. Pure (no vscode) so it is unit-tested on real Portage logs; the
 * log document turns it into document symbols for the outline and breadcrumbs.
 */

export type OutlineKind = 'package' | 'phase' | 'error' | 'qa';

export interface OutlineEntry {
  kind: OutlineKind;
  name: string;
  /** 0-based first and last line. */
  startLine: number;
  endLine: number;
  children: OutlineEntry[];
}

// CSI sequences (colours, cursor), OSC sequences (terminal titles) ended by BEL or ST, and lone escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/** Plain text of a terminal transcript: no escapes, `\n` line ends, a spinner's `\r` rewrites collapsed. */
export function plainLogText(raw: string): string {
  return raw
    // Portage ends some lines with ESC E (next line) instead of a newline.
    .replace(/\x1bE/g, '\n')
    .replace(ANSI, '')
    .replace(/\r+\n/g, '\n')
    .split('\n')
    .map((line) => {
      const i = line.lastIndexOf('\r');
      return (i >= 0 ? line.slice(i + 1) : line).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
    })
    .join('\n');
}

const PHASES: [RegExp, string][] = [
  [/^>>> Unpacking source/, 'unpack'],
  [/^>>> Preparing source in/, 'prepare'],
  [/^>>> Configuring source in/, 'configure'],
  [/^>>> Compiling source in/, 'compile'],
  [/^>>> Test phase/, 'test'],
  [/^>>> Install (\S+) into/, 'install'],
  [/^>>> Completed installing/, 'package'],
  [/^>>> Installing \(\d+ of \d+\)/, 'merge'],
  [/^>>> Merging /, 'merge'],
  [/^>>> Failed to emerge/, 'failed'],
];
const EMERGING = /^>>> Emerging (?:binary )?\((\d+) of (\d+)\) (\S+)/;
// build.log's header names the package with its slot: ` * Package:    app-misc/broken-1.0:0`.
const PACKAGE_HEADER = /^ \* Package:\s+([^\s:]+)/;
const ERROR = /^ \* ERROR: (\S+) failed(?: \(([\w-]+) phase\))?/;
const QA = /^ \* QA Notice: (.*)$/;

/** Packages with their phases; lines before the first package become a `setup` entry when they hold phases. */
export function outlineLog(text: string): OutlineEntry[] {
  const lines = text.split('\n');
  const top: OutlineEntry[] = [];
  let pkg: OutlineEntry | undefined;
  let phase: OutlineEntry | undefined;
  const close = (entry: OutlineEntry | undefined, line: number) => { if (entry) entry.endLine = Math.max(entry.startLine, line); };
  const container = (): OutlineEntry[] => (pkg ? pkg.children : top);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m = EMERGING.exec(line) ?? PACKAGE_HEADER.exec(line);
    if (m) {
      const cpv = m.length > 3 ? `(${m[1]} of ${m[2]}) ${m[3]}` : m[1];
      // A build.log repeats ` * Package:` once; do not open a second package for the same one.
      if (!(pkg && m.length <= 3 && pkg.name.endsWith(m[1]))) {
        close(phase, i - 1); close(pkg, i - 1); phase = undefined;
        pkg = { kind: 'package', name: cpv, startLine: i, endLine: i, children: [] };
        top.push(pkg);
      }
      continue;
    }
    if ((m = ERROR.exec(line))) {
      close(phase, i - 1); phase = undefined;
      container().push({ kind: 'error', name: `ERROR: ${m[1]} failed${m[2] ? ` (${m[2]} phase)` : ''}`, startLine: i, endLine: i, children: [] });
      continue;
    }
    if ((m = QA.exec(line))) {
      (phase ? phase.children : container()).push({ kind: 'qa', name: `QA Notice: ${m[1]}`, startLine: i, endLine: i, children: [] });
      continue;
    }
    for (const [re, name] of PHASES) {
      if (!re.test(line)) continue;
      close(phase, i - 1);
      phase = { kind: 'phase', name, startLine: i, endLine: i, children: [] };
      container().push(phase);
      break;
    }
  }
  const last = Math.max(0, lines.length - 1);
  close(phase, last); close(pkg, last);
  return top;
}
