/**
 * Parsers for test/fixtures/portage/binpkg-structure/*-dump.txt, so tests compare the reader with what
 * the capture recorded instead of with values copied by hand.
 */
export interface DumpEntry {
  name: string;
  length: number;
  /** Full value when the dump printed it whole; undefined when truncated or binary. */
  value?: string;
}

export interface XpakDumpSection {
  file: string;
  size: number;
  entries: DumpEntry[];
}

export interface GpkgDumpSection {
  file: string;
  size: number;
  members: { name: string; size: number; compressedMagic?: string; entries: { name: string; type: string; size: number; mode: number; owner: string; value?: string }[] }[];
  manifest: { name: string; size: number; hashes: string[] }[];
}

/** Python repr body → string (the dumps escape \n, \t, \\ and \'). */
function unrepr(s: string): string {
  return s.replace(/\\(n|t|\\|'|x([0-9a-f]{2}))/g, (_m, c: string, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

function fullValue(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.startsWith('<') || raw.endsWith('...')) return undefined;
  return unrepr(raw);
}

export function parseXpakDump(text: string): XpakDumpSection[] {
  const out: XpakDumpSection[] = [];
  for (const line of text.split('\n')) {
    const f = /^file: (\S+)\s+size: (\d+) bytes/.exec(line);
    if (f) {
      out.push({ file: f[1], size: Number(f[2]), entries: [] });
      continue;
    }
    const e = /^\s+entry\s+\d+ @idx\+\s*\d+: namelen=\s*\d+ name='([^']*)'\s+data_off=\s*\d+ data_len=\s*(\d+)\s+value=(.*)$/.exec(line);
    if (e && out.length) out[out.length - 1].entries.push({ name: e[1], length: Number(e[2]), value: fullValue(e[3]) });
  }
  return out;
}

export function parseGpkgDump(text: string): GpkgDumpSection[] {
  const out: GpkgDumpSection[] = [];
  let cur: GpkgDumpSection | undefined;
  for (const line of text.split('\n')) {
    const f = /^file: (\S+)\s+size: (\d+) bytes/.exec(line);
    if (f) {
      cur = { file: f[1], size: Number(f[2]), members: [], manifest: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const m = /^\s+outer member '([^']+)': .* size=(\d+) /.exec(line);
    if (m) {
      cur.members.push({ name: m[1].split('/').pop()!, size: Number(m[2]), entries: [] });
      continue;
    }
    const magic = /^\s+compressed-magic=([0-9a-f]+)/.exec(line);
    if (magic) {
      cur.members[cur.members.length - 1].compressedMagic = magic[1];
      continue;
    }
    const man = /^\s+Manifest: DATA (\S+) (\d+) (.*)$/.exec(line);
    if (man) {
      cur.manifest.push({ name: man[1], size: Number(man[2]), hashes: [...man[3].matchAll(/([A-Z0-9_]+)=</g)].map((h) => h[1]) });
      continue;
    }
    const e = /^\s{6}(\S+)\s+b'(.)' size=\s*(\d+) mode=0o([0-7]+) (\S+)(?: value=(.*))?$/.exec(line);
    if (e) {
      const member = cur.members[cur.members.length - 1];
      member.entries.push({ name: e[1], type: e[2], size: Number(e[3]), mode: parseInt(e[4], 8), owner: e[5], value: e[6] === undefined ? undefined : fullValue(e[6].replace(/^'|'$/g, '')) });
    }
  }
  return out;
}
