/**
 * known_hosts is read as OpenSSH reads it. Keys and hashed entries are made by the real ssh-keygen, so the
 * formats are OpenSSH's own, not our idea of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addKnownHost, checkHostKey, hostKeyInfo, knownKeyTypes } from '../../src/docker/knownHosts';

const dir = mkdtempSync(path.join(tmpdir(), 'eb-kh-unit-'));
function keygen(name: string, type = 'ed25519'): { line: string; blob: Buffer; fp: string } {
  const f = path.join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', '', '-f', f]);
  const pub = readFileSync(`${f}.pub`, 'utf8').trim().split(' ');
  const fp = execFileSync('ssh-keygen', ['-lf', `${f}.pub`], { encoding: 'utf8' }).split(' ')[1];
  return { line: `${pub[0]} ${pub[1]}`, blob: Buffer.from(pub[1], 'base64'), fp };
}
const server = keygen('server');
const other = keygen('other');
const rsa = keygen('rsa', 'rsa');

test('the fingerprint is the one ssh-keygen -l prints, and the key type comes from the key itself', () => {
  const info = hostKeyInfo('build.example', 22, server.blob);
  assert.equal(info.fingerprint, server.fp);
  assert.equal(info.keyType, 'ssh-ed25519');
  assert.equal(hostKeyInfo('h', 22, rsa.blob).keyType, 'ssh-rsa');
});

test('plain entries: port 22 is the bare name, other ports are [host]:port; comma lists and wildcards match', () => {
  const info22 = hostKeyInfo('build.example', 22, server.blob);
  const info2222 = hostKeyInfo('build.example', 2222, server.blob);
  assert.deepEqual(checkHostKey(`build.example ${server.line}\n`, info22), { status: 'known' });
  assert.deepEqual(checkHostKey(`build.example ${server.line}\n`, info2222), { status: 'unknown' }, 'a port-22 entry does not vouch for port 2222');
  assert.deepEqual(checkHostKey(`[build.example]:2222 ${server.line}\n`, info2222), { status: 'known' });
  assert.deepEqual(checkHostKey(`other.example,build.example,10.0.0.5 ${server.line}\n`, info22), { status: 'known' });
  assert.deepEqual(checkHostKey(`*.example ${server.line}\n`, info22), { status: 'known' });
  assert.deepEqual(checkHostKey(`*.example,!build.example ${server.line}\n`, info22), { status: 'unknown' }, 'a negated name excludes the host');
  assert.deepEqual(checkHostKey(`# comment\n\nbuild.example ${rsa.line}\n`, info22), { status: 'unknown' }, 'a key of another type is not a change');
});

test('a different key of the same type for the host is a change (with the line), a @revoked key is refused', () => {
  const info = hostKeyInfo('build.example', 22, server.blob);
  assert.deepEqual(checkHostKey(`x ${rsa.line}\nbuild.example ${other.line}\n`, info), { status: 'changed', line: 2 });
  assert.deepEqual(checkHostKey(`@revoked * ${server.line}\nbuild.example ${server.line}\n`, info), { status: 'revoked', line: 1 });
  assert.deepEqual(checkHostKey(`@cert-authority *.example ${other.line}\n`, info), { status: 'unknown' }, 'a CA line is not a host key');
});

test('hashed entries (ssh-keygen -H) match by HMAC, for both name forms', () => {
  const kh = path.join(dir, 'known_hosts_hashed');
  writeFileSync(kh, `build.example ${server.line}\n[10.1.2.3]:2200 ${server.line}\n`);
  execFileSync('ssh-keygen', ['-q', '-H', '-f', kh]);
  const text = readFileSync(kh, 'utf8');
  assert.doesNotMatch(text, /build\.example|10\.1\.2\.3/, 'names are hashed');
  assert.deepEqual(checkHostKey(text, hostKeyInfo('build.example', 22, server.blob)), { status: 'known' });
  assert.deepEqual(checkHostKey(text, hostKeyInfo('10.1.2.3', 2200, server.blob)), { status: 'known' });
  assert.deepEqual(checkHostKey(text, hostKeyInfo('10.1.2.3', 22, server.blob)), { status: 'unknown' });
  assert.deepEqual(checkHostKey(text, hostKeyInfo('build.example', 22, other.blob)).status, 'changed');
  assert.deepEqual(knownKeyTypes(text, 'build.example', 22), ['ssh-ed25519']);
});

test('an accepted key is appended in the form ssh itself then finds (checked with ssh-keygen -F)', () => {
  const kh = path.join(dir, 'sub', 'known_hosts');
  addKnownHost(kh, hostKeyInfo('10.9.8.7', 2222, server.blob));
  addKnownHost(kh, hostKeyInfo('plain.example', 22, other.blob));
  const found = execFileSync('ssh-keygen', ['-F', '[10.9.8.7]:2222', '-f', kh], { encoding: 'utf8' });
  assert.match(found, new RegExp(`\\[10\\.9\\.8\\.7\\]:2222 ${server.line.replace(/[+/]/g, '\\$&')}`));
  assert.match(execFileSync('ssh-keygen', ['-F', 'plain.example', '-f', kh], { encoding: 'utf8' }), /plain\.example ssh-ed25519/);
  assert.deepEqual(checkHostKey(readFileSync(kh, 'utf8'), hostKeyInfo('10.9.8.7', 2222, server.blob)), { status: 'known' });
});
