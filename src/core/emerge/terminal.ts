/**
 * What a pty adds to a line, removed: CSI sequences (SGR colours, gcc's `\e[01m\e[K`, cursor hide/show, erase),
 * OSC title escapes, charset selections, backspace spinners and carriage-return overwrites.
 * `\eE` (NEL) is a line break: Portage prints it after `>>> Emerging …` and the next text follows on the same
 * physical line. Works on one complete line (split on `\n` already), so it is independent of chunking.
 */

// Anything a plain line would not hold: C0 controls except TAB, DEL, C1 controls.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;

/** Clean one line; returns one or more logical lines (more when it holds NEL). */
export function cleanTerminalLine(input: string): string[] {
  const r = cleanLine(input);
  return typeof r === 'string' ? [r] : r;
}

/** As cleanTerminalLine, without allocating an array for the common single-line case. */
export function cleanLine(input: string): string | string[] {
  // Fast paths: plain lines, and CRLF line ends (every line of a pty capture).
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 0x0d) end--;
  const line = end === input.length ? input : input.slice(0, end);
  if (!CONTROL.test(line)) return line;
  if (!OVERWRITE.test(line)) return stripEscapes(line);
  return emulate(line);
}

const OVERWRITE = /[\r\b]/;

/** Escapes and control characters removed, nothing overwritten: copy the text between them. */
function stripEscapes(line: string): string | string[] {
  let out: string[] | undefined;
  let cur = '';
  const n = line.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    const control = c < 0x20 ? c !== 0x09 : c === 0x7f || (c >= 0x80 && c <= 0x9f);
    if (!control) {
      i++;
      continue;
    }
    cur += line.slice(from, i);
    if (c === 0x1b) {
      i = skipEscape(line, i);
      if (escape === NEL) {
        (out ??= []).push(cur);
        cur = '';
      }
    } else {
      i++;
    }
    from = i;
  }
  cur += line.slice(from);
  if (!out) return cur;
  out.push(cur);
  return out;
}

/** Printable in a line: TAB, and everything from space on but DEL and the C1 controls. */
function printable(c: number): boolean {
  return c === 0x09 || (c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c <= 0x9f));
}

/**
 * The general case: a tiny terminal with a cursor, so `\r` and `\b` overwrite as on screen. Runs of
 * printable characters are written at the cursor in one step (the screen never extends past the cursor's reach).
 */
function emulate(line: string): string[] {
  const out: string[] = [];
  let screen = '';
  let cursor = 0;
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (printable(c)) {
      let j = i + 1;
      while (j < n && printable(line.charCodeAt(j))) j++;
      const run = j - i;
      screen = cursor === screen.length ? screen + line.slice(i, j) : screen.slice(0, cursor) + line.slice(i, j) + screen.slice(cursor + run);
      cursor += run;
      i = j;
      continue;
    }
    if (c === 0x1b) {
      i = skipEscape(line, i);
      if (escape === NEL) {
        out.push(screen);
        screen = '';
        cursor = 0;
      } else if (escape === ERASE_TO_END) {
        screen = screen.slice(0, cursor);
      }
      continue;
    }
    if (c === 0x0d) cursor = 0;
    else if (c === 0x08 && cursor > 0) cursor--;
    i++;
  }
  out.push(screen);
  return out;
}

const OTHER = 0;
const NEL = 1;
const ERASE_TO_END = 2;
/** What the last skipEscape call skipped (a module variable: no closure or result object per escape). */
let escape = OTHER;

/** Skips the escape sequence starting at `i` (an ESC); returns the index after it and sets `escape`. */
function skipEscape(s: string, i: number): number {
  escape = OTHER;
  const n = s.length;
  if (i + 1 >= n) return n;
  const k = s[i + 1];
  if (k === '[') {
    // CSI: parameters and intermediates, then one final byte.
    let j = i + 2;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) {
        // `\e[K` / `\e[0K`: erase to end of line (after a `\r` overwrite this matters).
        if (c === 0x4b && (j === i + 2 || (j === i + 3 && s.charCodeAt(i + 2) === 0x30))) escape = ERASE_TO_END;
        return j + 1;
      }
      if (c < 0x20 || c > 0x3f) return j; // malformed: drop what we saw
      j++;
    }
    return n;
  }
  if (k === ']' || k === 'P' || k === 'X' || k === '^' || k === '_') {
    // OSC/DCS/SOS/PM/APC: up to BEL or ST (`\e\\`).
    let j = i + 2;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === 0x1b) return j + 1 < n && s[j + 1] === '\\' ? j + 2 : j;
      j++;
    }
    return n;
  }
  if (k === 'E') {
    escape = NEL;
    return i + 2;
  }
  if (k === '(' || k === ')' || k === '*' || k === '+' || k === '#' || k === '%') return Math.min(n, i + 3);
  return i + 2;
}
