/**
 * OpenSSH known_hosts, read the way ssh reads it: plain and hashed (`|1|salt|hash`) host patterns,
 * `[host]:port` for ports other than 22, wildcards and negations, `@revoked` markers. ssh2 checks nothing
 * itself, so this is what stands between a build and a man in the middle.
 */
import { createHash, createHmac } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type HostKeyVerdict =
  | { status: 'known' }
  | { status: 'unknown' }
  | { status: 'changed'; line: number }
  | { status: 'revoked'; line: number };

export interface HostKeyInfo {
  host: string;
  port: number;
  /** `ssh-ed25519`, `ecdsa-sha2-nistp256`, `ssh-rsa`, … */
  keyType: string;
  /** As ssh prints it: `SHA256:` + unpadded base64 of the key blob's sha256. */
  fingerprint: string;
  /** The key blob, base64 (what a known_hosts line holds). */
  keyBase64: string;
}

/** The name ssh looks up: `host`, or `[host]:port` when the port is not 22. */
export function hostPattern(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

function fingerprintOf(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** The key type is the first string inside the blob (uint32 length + bytes). */
function keyTypeOf(keyBlob: Buffer): string {
  if (keyBlob.length < 4) return 'unknown';
  const len = keyBlob.readUInt32BE(0);
  return keyBlob.subarray(4, 4 + len).toString('latin1');
}

export function hostKeyInfo(host: string, port: number, keyBlob: Buffer): HostKeyInfo {
  return { host, port, keyType: keyTypeOf(keyBlob), fingerprint: fingerprintOf(keyBlob), keyBase64: keyBlob.toString('base64') };
}

interface Entry {
  line: number;
  marker?: string;
  patterns: string[];
  keyType: string;
  keyBase64: string;
}

function parse(text: string): Entry[] {
  const entries: Entry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    const marker = fields[0].startsWith('@') ? fields.shift() : undefined;
    if (fields.length < 3) return;
    entries.push({ line: i + 1, marker, patterns: fields[0].split(','), keyType: fields[1], keyBase64: fields[2] });
  });
  return entries;
}

function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(name);
}

function hashedMatch(pattern: string, name: string): boolean {
  const parts = pattern.split('|'); // ['', '1', salt, hash]
  if (parts.length !== 4 || parts[1] !== '1') return false;
  const mac = createHmac('sha1', Buffer.from(parts[2], 'base64')).update(name).digest('base64');
  return mac === parts[3];
}

/** True when the entry's host list names `name` (a negated pattern that matches wins over everything). */
function entryMatches(e: Entry, name: string): boolean {
  let hit = false;
  for (const p of e.patterns) {
    if (p.startsWith('|')) {
      if (hashedMatch(p, name)) hit = true;
    } else if (p.startsWith('!')) {
      if (globMatch(p.slice(1), name)) return false;
    } else if (globMatch(p, name)) hit = true;
  }
  return hit;
}

/** Judges a server key against known_hosts text, as ssh would. */
export function checkHostKey(text: string, info: HostKeyInfo): HostKeyVerdict {
  const name = hostPattern(info.host, info.port);
  const mine = parse(text).filter((e) => entryMatches(e, name));
  const revoked = mine.find((e) => e.marker === '@revoked' && e.keyBase64 === info.keyBase64);
  if (revoked) return { status: 'revoked', line: revoked.line };
  const plain = mine.filter((e) => !e.marker);
  if (plain.some((e) => e.keyType === info.keyType && e.keyBase64 === info.keyBase64)) return { status: 'known' };
  const sameType = plain.find((e) => e.keyType === info.keyType);
  if (sameType) return { status: 'changed', line: sameType.line };
  return { status: 'unknown' };
}

/** Key types known_hosts already holds for this host, so the handshake can ask for those first (as ssh does). */
export function knownKeyTypes(text: string, host: string, port: number): string[] {
  const name = hostPattern(host, port);
  return [...new Set(parse(text).filter((e) => !e.marker && entryMatches(e, name)).map((e) => e.keyType))];
}

export function readKnownHosts(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Appends an accepted key as ssh does (plain host name; the file and ~/.ssh are created private). */
export function addKnownHost(path: string, info: HostKeyInfo): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const existing = readKnownHosts(path);
  const sep = existing && !existing.endsWith('\n') ? '\n' : '';
  appendFileSync(path, `${sep}${hostPattern(info.host, info.port)} ${info.keyType} ${info.keyBase64}\n`, { mode: 0o600 });
}
