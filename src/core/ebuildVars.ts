/**
 * Reads the literal values assigned to a variable in ebuild text (`IUSE="…"`, `RDEPEND+=" …"`,
 * multi-line quoted values), without running bash: enough for IUSE, REQUIRED_USE and *DEPEND, which
 * ebuilds write as plain strings. `${OTHER}` references are left in the text for callers to skip or expand.
 */

/** Every value assigned to `name` (in order), `=` and `+=` alike. */
export function assignedValues(text: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?:^|[\\s;&|(])(?:local\\s+|export\\s+|declare\\s+)?${name}(\\+?)=`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const { value, end } = readWord(text, m.index + m[0].length);
    if (!m[1]) out.length = 0; // a plain `=` replaces what came before
    out.push(value);
    re.lastIndex = end;
  }
  return out;
}

/** The whole value of `name` after all assignments, with `${name}` self-references folded in. */
export function variableValue(text: string, name: string): string {
  return assignedValues(text, name)
    .map((v) => v.replace(new RegExp(`\\$\\{${name}\\}|\\$${name}\\b`, 'g'), ' '))
    .join(' ');
}

// One shell word starting at `i`: quoted parts are concatenated, a backslash escapes the next character.
function readWord(text: string, i: number): { value: string; end: number } {
  let value = '';
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          if (text[i + 1] !== '\n') value += text[i + 1];
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close;
      value += text.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (/[\s;&|()]/.test(c)) break;
    else value += text[i++];
  }
  return { value, end: i };
}
