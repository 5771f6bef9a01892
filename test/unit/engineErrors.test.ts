/**
 * Failures that cannot be staged on loopback (a host name that does not resolve, a remote host without docker,
 * an unreachable network) still become one message naming the engine and the next step. The loopback ones are
 * covered for real in test/integration/engines.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineError, type EngineRef } from '../../src/docker/engineErrors';

const ssh: EngineRef = { url: 'ssh://builder@big-box:2222', chosenBy: 'context "big-box" (DOCKER_CONTEXT)', kind: 'ssh' };
const tcp: EngineRef = { url: 'tcp://build.example:2376', chosenBy: 'DOCKER_HOST', kind: 'tls', tls: { ca: '/certs/ca.pem', cert: '/certs/cert.pem' } };
const errno = (code: string, message = code) => Object.assign(new Error(message), { code });

test('remote host without docker: the remote shell\'s own words and what to install', () => {
  const e = engineError(new Error('socket hang up'), { ...ssh, remoteStderr: 'bash: line 1: docker: command not found' });
  assert.equal(e.code, 'remote-docker-missing');
  assert.match(e.message, /ssh:\/\/builder@big-box:2222 \(chosen by context "big-box" \(DOCKER_CONTEXT\)\)/);
  assert.match(e.message, /docker: command not found/);
  assert.match(e.action ?? '', /Install Docker on that host/);
});

test('remote daemon down: says SSH works and what to start', () => {
  const e = engineError(new Error('socket hang up'), { ...ssh, remoteStderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' });
  assert.equal(e.code, 'remote-docker-down');
  assert.match(e.action ?? '', /systemctl start docker/);
});

test('network-level failures name the host and say what to check', () => {
  const unknown = engineError(errno('ENOTFOUND', 'getaddrinfo ENOTFOUND build.example'), tcp);
  assert.equal(unknown.code, 'engine-host-unknown');
  assert.match(unknown.message, /"build\.example" does not resolve/);
  assert.equal(engineError(errno('EHOSTUNREACH'), tcp).code, 'engine-unreachable');
  const refusedSsh = engineError(errno('ECONNREFUSED'), ssh);
  assert.match(refusedSsh.message, /nothing accepts SSH connections on big-box:2222/);
});

test('TLS failures name the file in use', () => {
  const ca = engineError(errno('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'), tcp);
  assert.equal(ca.code, 'tls-ca');
  assert.match(ca.message, /\/certs\/ca\.pem/);
  const cert = engineError(new Error('write EPROTO …:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:…'), tcp);
  assert.equal(cert.code, 'tls-client-cert');
  assert.match(cert.message, /\/certs\/cert\.pem/);
});

test('an unrecognised failure still names the engine and what it was doing', () => {
  const e = engineError(new Error('something odd'), tcp, 'listing containers');
  assert.equal(e.code, 'engine-error');
  assert.match(e.message, /tcp:\/\/build\.example:2376 \(chosen by DOCKER_HOST\) failed while listing containers: something odd/);
});
