/**
 * Turning a change made in WORKDIR into a patch of the overlay: tidy `diff -ru` output into a patch with `a/` `b/`
 * paths that applies with `patch -p1`, and add it to the ebuild's PATCHES.
 */

/** `diff -ru a b` output → a unified patch: only hunks of files in both trees, no timestamps, no `Only in` notes. */
export function tidyDiff(raw: string): { patch: string; files: string[]; skipped: string[] } {
  const out: string[] = [];
  const files: string[] = [];
  const skipped: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.startsWith('Only in ') || line.startsWith('diff ')) {
      if (line.startsWith('Only in b')) skipped.push(line.slice('Only in '.length).replace(': ', '/'));
      continue;
    }
    const bin = /^Binary files a\/(.+) and b\/.+ differ$/.exec(line);
    if (bin) {
      skipped.push(bin[1]);
      continue;
    }
    const header = /^(---|\+\+\+) ([ab]\/[^\t]+)(\t.*)?$/.exec(line);
    if (header) {
      out.push(`${header[1]} ${header[2]}`);
      if (header[1] === '+++') files.push(header[2].slice(2));
      continue;
    }
    out.push(line);
  }
  const patch = out.join('\n').replace(/\n+$/, '');
  return { patch: patch ? `${patch}\n` : '', files, skipped };
}

/** A patch file name: letters, digits, `._+-`, ending in `.patch`. */
export function patchFileName(name: string): string | undefined {
  const n = name.endsWith('.patch') ? name : `${name}.patch`;
  return /^[A-Za-z0-9][A-Za-z0-9._+-]*\.patch$/.test(n) ? n : undefined;
}

/**
 * The ebuild with `"${FILESDIR}"/NAME` in PATCHES: appended to an existing `PATCHES=( … )`, or a new PATCHES after
 * the variable block (before the first function). Unchanged when it is already there.
 */
export function addToPatches(ebuild: string, name: string): string {
  const item = `"\${FILESDIR}"/${name}`;
  if (ebuild.includes(item) || ebuild.includes(`\${FILESDIR}/${name}`)) return ebuild;
  const eol = ebuild.includes('\r\n') ? '\r\n' : '\n';
  const m = /^PATCHES=\(([\s\S]*?)\)/m.exec(ebuild);
  if (m) {
    const body = m[1];
    const multiline = body.includes('\n');
    const inner = multiline ? `${body.replace(/\s*$/, '')}${eol}\t${item}${eol}` : ` ${body.trim()} ${item} `.replace(/^ {2}/, ' ');
    return ebuild.slice(0, m.index) + `PATCHES=(${inner})` + ebuild.slice(m.index + m[0].length);
  }
  const lines = ebuild.split(/\r?\n/);
  const fn = lines.findIndex((l) => /^[A-Za-z_][\w-]*\s*\(\)\s*\{?/.test(l));
  let at = fn < 0 ? lines.length : fn;
  while (at > 0 && lines[at - 1].trim() === '') at--;
  lines.splice(at, 0, '', `PATCHES=( ${item} )`);
  return lines.join(eol);
}
