/**
 * GPKG `Manifest`: `DATA <member> <size> <HASH> <hex> …` lines (optionally inside a PGP clearsign).
 * Members are hashed while they stream past; a wrong size or digest is reported as a `mismatch`
 * status with one line per problem, never swallowed.
 */
import { createHash, getHashes, type Hash } from 'node:crypto';

export interface ManifestEntry {
  kind: string;
  name: string;
  size: number;
  hashes: Record<string, string>;
}

export interface MemberDigest {
  size: number;
  /** Portage hash name (SHA512, BLAKE2B) → lowercase hex. */
  hashes: Record<string, string>;
}

export type ManifestState = 'verified' | 'mismatch' | 'missing' | 'unverified' | 'not-applicable';

export interface ManifestCheck {
  name: string;
  ok: boolean;
  expectedSize?: number;
  actualSize?: number;
  /** Per hash: expected and actual hex (actual absent when not computed). */
  hashes: { algorithm: string; expected: string; actual?: string; ok: boolean }[];
  problem?: string;
}

export interface ManifestStatus {
  state: ManifestState;
  /** The Manifest is PGP-clearsigned (the signature itself is not checked here). */
  signed: boolean;
  checks: ManifestCheck[];
  /** One line per problem; empty when verified. */
  problems: string[];
  /** One line for a status bar or the CLI. */
  summary: string;
}

/** Portage hash names → node:crypto names. Only those available in this Node are computed. */
const NODE_NAMES: Record<string, string> = {
  SHA512: 'sha512', BLAKE2B: 'blake2b512', SHA256: 'sha256', BLAKE2S: 'blake2s256', SHA3_256: 'sha3-256', SHA3_512: 'sha3-512',
  SHA1: 'sha1', MD5: 'md5',
};
/** What a GPKG Manifest carries by default (MANIFEST2_HASH_DEFAULTS): computed while streaming. */
const STREAM_HASHES = ['BLAKE2B', 'SHA512'];

export class MemberHasher {
  private size = 0;
  private readonly hashes: [string, Hash][];
  constructor(algorithms: string[] = STREAM_HASHES) {
    const available = new Set(getHashes());
    this.hashes = algorithms.filter((a) => available.has(NODE_NAMES[a])).map((a) => [a, createHash(NODE_NAMES[a])]);
  }
  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    for (const [, h] of this.hashes) h.update(chunk);
  }
  digest(): MemberDigest {
    return { size: this.size, hashes: Object.fromEntries(this.hashes.map(([a, h]) => [a, h.digest('hex')])) };
  }
}

function parseManifest(text: string): { entries: ManifestEntry[]; signed: boolean; problems: string[] } {
  let body = text;
  const signed = text.startsWith('-----BEGIN PGP SIGNED MESSAGE-----');
  if (signed) {
    const start = text.indexOf('\n\n');
    const end = text.indexOf('\n-----BEGIN PGP SIGNATURE-----');
    body = text.slice(start < 0 ? 0 : start + 2, end < 0 ? undefined : end).replace(/^- /gm, '');
  }
  const entries: ManifestEntry[] = [];
  const problems: string[] = [];
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    const f = line.trim().split(/\s+/);
    if (f.length < 3 || (f.length - 3) % 2 !== 0 || !/^\d+$/.test(f[2])) {
      problems.push(`Manifest line not understood: ${line.slice(0, 200)}`);
      continue;
    }
    const hashes: Record<string, string> = {};
    for (let i = 3; i < f.length; i += 2) hashes[f[i]] = f[i + 1].toLowerCase();
    entries.push({ kind: f[0], name: f[1], size: Number(f[2]), hashes });
  }
  return { entries, signed, problems };
}

/**
 * Compare the Manifest with what was read. `members` maps member base names (`image.tar.zst`) to their digests;
 * `exempt` names (the Manifest itself, signatures) need no entry.
 */
export function verifyManifest(text: string | undefined, members: Map<string, MemberDigest>, exempt: (name: string) => boolean): ManifestStatus {
  if (text === undefined) {
    return { state: 'missing', signed: false, checks: [], problems: ['the package has no Manifest: its members cannot be verified'], summary: 'Manifest MISSING' };
  }
  const parsed = parseManifest(text);
  const problems = [...parsed.problems];
  const checks: ManifestCheck[] = [];
  let unverified = false;
  const listed = new Set<string>();
  for (const e of parsed.entries) {
    if (e.kind !== 'DATA') continue;
    listed.add(e.name);
    const got = members.get(e.name);
    if (!got) {
      checks.push({ name: e.name, ok: false, expectedSize: e.size, hashes: [], problem: 'listed in the Manifest but absent from the package' });
      problems.push(`${e.name}: listed in the Manifest but absent from the package`);
      continue;
    }
    const hashes = Object.entries(e.hashes).map(([algorithm, expected]) => {
      const actual = got.hashes[algorithm];
      return { algorithm, expected, actual, ok: actual === expected };
    });
    const sizeOk = got.size === e.size;
    const computed = hashes.filter((h) => h.actual !== undefined);
    if (computed.length === 0) unverified = true;
    const ok = sizeOk && computed.every((h) => h.ok);
    const check: ManifestCheck = { name: e.name, ok, expectedSize: e.size, actualSize: got.size, hashes };
    if (!sizeOk) problems.push(`${e.name}: size ${got.size} bytes, the Manifest says ${e.size}`);
    for (const h of computed) if (!h.ok) problems.push(`${e.name}: ${h.algorithm} mismatch (expected ${h.expected.slice(0, 16)}…, got ${h.actual!.slice(0, 16)}…)`);
    if (!ok) check.problem = problems[problems.length - 1];
    checks.push(check);
  }
  for (const name of members.keys()) {
    if (!listed.has(name) && !exempt(name)) problems.push(`${name}: present in the package but not listed in the Manifest`);
  }
  if (problems.length) {
    return { state: 'mismatch', signed: parsed.signed, checks, problems, summary: `Manifest MISMATCH: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}` };
  }
  if (unverified) return { state: 'unverified', signed: parsed.signed, checks, problems, summary: 'Manifest uses hashes this reader does not compute' };
  return { state: 'verified', signed: parsed.signed, checks, problems, summary: `Manifest verified (${checks.length} members${parsed.signed ? ', signed' : ''})` };
}
