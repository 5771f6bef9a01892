/**
 * Which lines the parser must read, decided on their bytes before any decoding. Outside a block, a line can
 * only matter when its text (after indentation) starts with a character, and for some a next letter, that some
 * reader starts with, or when what follows its `: ` can be a diagnostic, `ERROR: `, `emerge: ` and the like.
 * Everything else — nearly all of a large build's output — is counted and skipped. Lines whose first character
 * is a quote or `#`, `&`, `> `, or digits followed by `-`, `:` or `.`, may carry a log prefix (timestamps, quoting,
 * BuildKit): those are read.
 * A line starting with a control character or a non-ASCII byte (escape sequences, box drawing) is read too.
 * Not seen: a form that only appears once a carriage return in the middle of a skipped line overwrites its
 * start (`abc\r>>> Emerging …`), which no Portage output was found to print.
 */

/** By first character: 1 the line may matter, 2 it depends on the next byte, 0 it cannot matter. */
const FIRST = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) FIRST[c] = 1;
FIRST[0x09] = 0; // indentation, skipped before the lookup
FIRST[0x20] = 0;
for (let c = 0x7f; c < 0x100; c++) FIRST[c] = 1;
for (let c = 0x30; c <= 0x39; c++) FIRST[c] = 2; // timestamps, emerge.log times: by the byte after the digits
for (const ch of '!(#:=`\'&') FIRST[ch.charCodeAt(0)] = 1;
FIRST[0x3e] = 2; // `>>> ` and a word some reader knows; `> ` quoting
/**
 * Phase and progress lines without their `>>>` (mangled pastes), CMake, Downloading, Fetch…, Failed to, Package:,
 * QA Notice, The following, Total: the letters that may follow each first letter.
 */
const SECOND: Record<string, string> = { C: 'orM', D: 'o', E: 'm', F: 'ea', I: 'n', P: 'ra', Q: 'A', T: 'eho', U: 'n' };
const NEXT = new Uint8Array(256 * 256);
for (const [first, seconds] of Object.entries(SECOND)) {
  FIRST[first.charCodeAt(0)] = 2;
  for (const ch of seconds) NEXT[(first.charCodeAt(0) << 8) | ch.charCodeAt(0)] = 1;
}
/** After `>>> `: Emerging, Completed/Compiling/…, Installing, Unpacking/Unmerging, Preparing, Test, Fetching/Failed, emerge (emerge.log), Messages generated, Downloading. */
const AFTER_ARROWS = new Uint8Array(256);
for (const ch of 'ECIUPTFeMD') AFTER_ARROWS[ch.charCodeAt(0)] = 1;
FIRST[0x2a] = 2; // `*` bullet
FIRST[0x2d] = 2; // `-` bullet (mangled pastes)
FIRST[0x5b] = 2; // `[ebuild …]`, not `[12/345]`
FIRST[0x0d] = 2; // CR: only a CRLF blank line is nothing

/** Merge-list kinds after `[`: ebuild, binary, blocks, nomerge, uninstall, installed. */
const MERGE_KIND = new Uint8Array(256);
for (const ch of 'ebnui') MERGE_KIND[ch.charCodeAt(0)] = 1;

/**
 * By a line's first two bytes (`(first << 8) | second`; the second is the `\n` of a one-byte line): 1 when they
 * settle that the line cannot matter unless it holds `: ` — a first byte that starts nothing (no indentation to look
 * past), or one whose next byte rules it out (ninja's `[12/345]`, a letter no reader's word goes on with). One lookup
 * per line in the splitter's skip loop, where most lines of a large build end; mayMatter decides the rest.
 */
export const SKIP_PAIR = new Uint8Array(256 * 256);
for (let c = 0; c < 256; c++) {
  if (FIRST[c] === 0 && c !== 0x20 && c !== 0x09) SKIP_PAIR.fill(1, c << 8, (c + 1) << 8);
  // `>` looks past its next byte and CR at all the line: mayMatter reads them.
  else if (FIRST[c] === 2 && c !== 0x3e && c !== 0x0d) {
    for (let d = 0; d < 256; d++) SKIP_PAIR[(c << 8) | d] = byNextByte(Uint8Array.of(c, d), 0, d === 0x0a ? 1 : 2, c) ? 0 : 1;
  }
}

/**
 * Whether the line `b[s, e)` (no `\n`) may give an event or change the parser's state, when no block is open.
 * `colon` is the index of its first `: `, or -1.
 */
export function mayMatter(b: Buffer | Uint8Array, s: number, e: number, colon: number): boolean {
  let i = s;
  let c = 0;
  while (i < e && ((c = b[i]) === 0x20 || c === 0x09)) i++;
  if (i >= e) return false;
  const k = FIRST[c];
  if (k === 1 || (k === 2 && byNextByte(b, i, e, c))) return true;
  return colon >= 0 && colonMatters(b, i, e, colon);
}

function byNextByte(b: Buffer | Uint8Array, i: number, e: number, c: number): boolean {
  const d = i + 1 < e ? b[i + 1] : -1;
  // A colour or other escape right after it (`[\e[32mebuild`): read it as the terminal cleanup will.
  if (d >= 0 && (d < 0x20 || d >= 0x7f) && d !== 0x09 && c !== 0x0d) return true;
  if (c === 0x5b) return d >= 0 && MERGE_KIND[d] === 1;
  if (c <= 0x39 && c >= 0x30) {
    // A log prefix goes on after its digits with `-` (ISO time), `:` (emerge.log) or `.` (elapsed seconds);
    // a compiler's source excerpt (`  123 |   code`) with none of them.
    let j = i + 1;
    while (j < e && b[j] >= 0x30 && b[j] <= 0x39) j++;
    const x = j < e ? b[j] : -1;
    return x < 0x20 || x >= 0x7f || x === 0x2d || x === 0x3a || x === 0x2e;
  }
  // `Ins…` (Install, Installing), not `In file included from`.
  if (c === 0x49 && d === 0x6e) return i + 2 >= e || b[i + 2] === 0x73;
  if (c === 0x3e) {
    if (d !== 0x3e || i + 2 >= e || b[i + 2] !== 0x3e) return true; // `> ` quoting and other prefixes: read
    let j = i + 3;
    while (j < e && (b[j] === 0x20 || b[j] === 0x09)) j++;
    if (j >= e) return false;
    const x = b[j];
    return x < 0x20 || x >= 0x7f || AFTER_ARROWS[x] === 1;
  }
  if (c >= 0x41 && c <= 0x5a) return d >= 0 && NEXT[(c << 8) | d] === 1;
  if (c === 0x0d) {
    for (let j = i + 1; j < e; j++) if (b[j] !== 0x0d) return true;
    return false;
  }
  // A bullet is `*`/`-` alone or followed by a space (a CR before the line end is removed first).
  return d === -1 || d === 0x20 || d === 0x0d;
}

/**
 * A line with `: ` whose first character starts nothing (from `i`, the first after indentation): what the
 * `: ` readers need. `emerge: `, `error…: `, `warning: `, `wget: ` start with e or w; `ERROR: ` (glued failure
 * headers, wget's `ERROR 404: `) may be anywhere; a compiler diagnostic has a digit after its first colon; a
 * context line `In …`/`At …` and make's `*** [` follow the first `: `; a linker names ld or collect2 before it.
 * Control characters (the terminal cleanup may join text around them) are read too.
 */
function colonMatters(b: Buffer | Uint8Array, i: number, e: number, colon: number): boolean {
  const c = b[i];
  if (c === 0x65 || c === 0x77) return true;
  let first = -1;
  for (let j = i; j < e; j++) {
    const x = b[j];
    if (x > 0x45 && x < 0x7f) continue; // most bytes: none of those below
    if (x < 0x20 ? x !== 0x09 : x === 0x7f) return true;
    if (x === 0x3a && first < 0) first = j;
    if (x === 0x45 && j + 4 < e && b[j + 1] === 0x52 && b[j + 2] === 0x52 && b[j + 3] === 0x4f && b[j + 4] === 0x52) return true; // ERROR
    // C1 controls (U+0080–U+009F, C2 80–9F in UTF-8) are removed by the cleanup as well.
    if (x === 0xc2 && j + 1 < e && b[j + 1] >= 0x80 && b[j + 1] <= 0x9f) return true;
  }
  const d = first + 1 < e ? b[first + 1] : -1;
  if (d >= 0x30 && d <= 0x39) return true;
  for (let j = i; j + 1 < first; j++) {
    if (b[j] === 0x6c && b[j + 1] === 0x64) return true; // ld, ld.lld, mold
    if (b[j] === 0x63 && j + 7 < first && b[j + 7] === 0x32 && b[j + 1] === 0x6f && b[j + 2] === 0x6c) return true; // collect2
  }
  if (first !== colon) return false;
  const a = colon + 2;
  const w = (o: number) => (a + o < e ? b[a + o] : -1);
  return (w(1) === 0x6e && w(0) === 0x49) || (w(1) === 0x74 && w(0) === 0x41) || (w(0) === 0x2a && w(1) === 0x2a && w(2) === 0x2a); // In, At, ***
}
