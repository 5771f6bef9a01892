/**
 * One logical line of emerge output after the pty clean-up, with what people's logs add in front of it
 * removed: Docker/BuildKit timestamps, emerge.log's unix time, `> ` quoting (and GitHub's `> > >` for `>>>`),
 * HTML-escaped `&gt;`, code fences and indentation. The Portage bullet (` * `, or `- ` in mangled pastes)
 * is recognised but kept in `text`; `body` is what follows it.
 */
export interface LogLine {
  /** 1-based input line number. */
  n: number;
  /** Prefixes stripped, trimmed both ends. */
  text: string;
  /** `*` for ` * …` lines, `-` for `- …` lines, else empty. */
  bullet: '' | '*' | '-';
  /** Text after the bullet, leading spaces kept (indentation inside a block matters), trailing trimmed. */
  body: string;
  /** Columns of indentation removed in front of the text (after other prefixes). */
  indent: number;
}

const ISO_TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s/;
const BUILDKIT = /^#\d+ \d+(?:\.\d+)? /;
const ELAPSED = /^\d+\.\d{1,6}(?: |$)/;
const EMERGE_LOG = /^\d{9,11}: {1,2}/;

/** Strips log prefixes; returns the text (left-trimmed) and the indentation removed last. */
function stripPrefixes(raw: string): { text: string; indent: number } {
  let t = raw;
  let indent = 0;
  for (let round = 0; round < 8; round++) {
    const before = t;
    const c = t.charCodeAt(0);
    if (c === 0x20 || c === 0x09) {
      const trimmed = t.trimStart();
      indent = t.length - trimmed.length;
      t = trimmed;
    } else if (c >= 0x30 && c <= 0x39) {
      const m = ISO_TS.exec(t) ?? EMERGE_LOG.exec(t) ?? ELAPSED.exec(t);
      if (m) t = t.slice(m[0].length);
    } else if (c === 0x23 /* # */) {
      const m = BUILDKIT.exec(t);
      if (m) t = t.slice(m[0].length);
    } else if (c === 0x3e /* > */) {
      if (t.startsWith('> > >')) t = '>>>' + t.slice(5);
      else if (t.startsWith('> ') || t === '>') t = t.slice(2);
    } else if (c === 0x26 /* & */) {
      if (t.startsWith('&gt;&gt;&gt;')) t = '>>>' + t.slice(12);
    } else if (c === 0x60 /* ` */ || c === 0x27 /* ' */) {
      if (/^(?:```|''')\S*$/.test(t)) t = '';
      else if (c === 0x60 && !t.startsWith('``')) t = t.slice(1);
    }
    if (t === before) break;
  }
  return { text: t, indent };
}

/** Whether stripPrefixes' first round can change the line (else it returns the line as it is). */
function mayHavePrefix(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 0x20 || c === 0x09 || (c >= 0x30 && c <= 0x39) || c === 0x60 || c === 0x27) return true;
  if (c === 0x3e) return t.length === 1 || t.charCodeAt(1) === 0x20; // `>` alone or `> `
  if (c === 0x23) return t.charCodeAt(1) >= 0x30 && t.charCodeAt(1) <= 0x39; // `#<digit>` (BuildKit)
  return c === 0x26 && t.startsWith('&gt;&gt;&gt;');
}

export function toLogLine(raw: string, n: number): LogLine {
  let text = raw;
  let indent = 0;
  // Most lines have no prefix: skip the call and its result object.
  if (mayHavePrefix(raw)) {
    const c = raw.charCodeAt(0);
    const trimmed = c === 0x20 || c === 0x09 ? raw.trimStart() : raw;
    if (trimmed !== raw && !mayHavePrefix(trimmed)) {
      // Only indentation (` * ` bullets): what stripPrefixes gives, in one step.
      text = trimmed;
      indent = raw.length - trimmed.length;
    } else {
      const r = stripPrefixes(raw);
      text = r.text;
      indent = r.indent;
    }
  }
  // trimEnd only when the last character can be white space (ASCII controls/space, or U+00A0 and above).
  const last = text.charCodeAt(text.length - 1);
  if (last <= 0x20 || last >= 0xa0) text = text.trimEnd();
  let bullet: LogLine['bullet'] = '';
  let body = text;
  const c = text.charCodeAt(0);
  if ((c === 0x2a || c === 0x2d) && (text.length === 1 || text.charCodeAt(1) === 0x20)) {
    bullet = c === 0x2a ? '*' : '-';
    body = text.slice(2);
  }
  return { n, text, bullet, body, indent };
}
