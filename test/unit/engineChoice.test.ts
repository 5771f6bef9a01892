/**
 * Engine choice follows the docker CLI: each row sets up env, config.json and context files in a temp
 * DOCKER_CONFIG, checks what chooseEngine picks, and (where the CLI has the same notion) asks the real docker
 * CLI (`docker context show` / `docker context inspect`) which endpoint it would use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseEngine, contextDirName, type EngineRequest } from '../../src/docker/engineChoice';
import { listContexts } from '../../src/docker/contexts';
import { isUserError } from '../../src/core/userError';

interface Row {
  name: string;
  env?: Record<string, string>;
  currentContext?: string;
  req?: EngineRequest;
  expect: { url: string; kind: string; chosenBy: RegExp; context?: string; tls?: 'verify' | 'skip' | 'none'; tlsFiles?: string[] };
  /** false when the docker CLI has no equivalent (our `--engine URL`). */
  cliComparable?: boolean;
}

function makeConfigDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eb-dockercfg-'));
  const ctx = (name: string, host: string, opts: { tls?: string[]; skip?: boolean; description?: string } = {}): void => {
    const h = contextDirName(name);
    mkdirSync(join(dir, 'contexts', 'meta', h), { recursive: true });
    writeFileSync(join(dir, 'contexts', 'meta', h, 'meta.json'), JSON.stringify({
      Name: name, Metadata: { Description: opts.description ?? '' },
      Endpoints: { docker: { Host: host, SkipTLSVerify: !!opts.skip } },
    }));
    if (opts.tls) {
      mkdirSync(join(dir, 'contexts', 'tls', h, 'docker'), { recursive: true });
      for (const f of opts.tls) writeFileSync(join(dir, 'contexts', 'tls', h, 'docker', f), `${f}\n`);
    }
  };
  ctx('big-box', 'tcp://10.0.0.5:2376', { tls: ['ca.pem', 'cert.pem', 'key.pem'], description: 'the build server' });
  ctx('ssh-box', 'ssh://builder@build.example:2222');
  ctx('plain-tcp', 'tcp://192.0.2.7:2375');
  ctx('insecure', 'tcp://192.0.2.8:2376', { skip: true });
  ctx('ca-only', 'tcp://192.0.2.9:2376', { tls: ['ca.pem'] });
  ctx('sock', 'unix:///run/user/1000/docker.sock');
  // Client TLS files in the config dir (the CLI's fallback) and in a DOCKER_CERT_PATH dir.
  mkdirSync(join(dir, 'certs'));
  for (const f of ['ca.pem', 'cert.pem', 'key.pem']) {
    writeFileSync(join(dir, f), `${f}\n`);
    writeFileSync(join(dir, 'certs', f), `${f}\n`);
  }
  return dir;
}

const rows: Row[] = [
  { name: 'nothing set → the local socket', expect: { url: 'unix:///var/run/docker.sock', kind: 'unix', chosenBy: /^default socket$/, tls: 'none' } },
  { name: 'DOCKER_HOST tcp without port → 2375', env: { DOCKER_HOST: 'tcp://198.51.100.1' },
    expect: { url: 'tcp://198.51.100.1:2375', kind: 'tcp', chosenBy: /^DOCKER_HOST$/, tls: 'none' } },
  { name: 'DOCKER_HOST bare host:port is tcp', env: { DOCKER_HOST: '198.51.100.1:4243' },
    expect: { url: 'tcp://198.51.100.1:4243', kind: 'tcp', chosenBy: /^DOCKER_HOST$/ } },
  { name: 'DOCKER_HOST beats DOCKER_CONTEXT and currentContext', env: { DOCKER_HOST: 'ssh://me@h1', DOCKER_CONTEXT: 'big-box' }, currentContext: 'ssh-box',
    expect: { url: 'ssh://me@h1', kind: 'ssh', chosenBy: /^DOCKER_HOST$/ } },
  { name: 'DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH → TLS with those files',
    env: { DOCKER_HOST: 'tcp://198.51.100.2:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '<cfg>/certs' },
    expect: { url: 'tcp://198.51.100.2:2376', kind: 'tls', chosenBy: /^DOCKER_HOST$/, tls: 'verify', tlsFiles: ['<cfg>/certs/ca.pem', '<cfg>/certs/cert.pem', '<cfg>/certs/key.pem'] } },
  { name: 'DOCKER_TLS_VERIFY without DOCKER_CERT_PATH falls back to the config dir, as the CLI does',
    env: { DOCKER_HOST: 'tcp://198.51.100.2:2376', DOCKER_TLS_VERIFY: '1' },
    expect: { url: 'tcp://198.51.100.2:2376', kind: 'tls', chosenBy: /^DOCKER_HOST$/, tls: 'verify', tlsFiles: ['<cfg>/ca.pem', '<cfg>/cert.pem', '<cfg>/key.pem'] } },
  { name: 'DOCKER_CONTEXT beats currentContext', env: { DOCKER_CONTEXT: 'ssh-box' }, currentContext: 'big-box',
    expect: { url: 'ssh://builder@build.example:2222', kind: 'ssh', chosenBy: /^context "ssh-box" \(DOCKER_CONTEXT\)$/, context: 'ssh-box' } },
  { name: 'currentContext with TLS material → TLS with the context files', currentContext: 'big-box',
    expect: { url: 'tcp://10.0.0.5:2376', kind: 'tls', chosenBy: /^context "big-box" \(currentContext in .*config\.json\)$/, context: 'big-box', tls: 'verify',
      tlsFiles: ['<ctx-tls:big-box>/ca.pem', '<ctx-tls:big-box>/cert.pem', '<ctx-tls:big-box>/key.pem'] } },
  { name: 'a context without TLS material is plain tcp', currentContext: 'plain-tcp',
    expect: { url: 'tcp://192.0.2.7:2375', kind: 'tcp', chosenBy: /currentContext/, context: 'plain-tcp', tls: 'none' } },
  { name: 'a context with SkipTLSVerify is TLS without verification', env: { DOCKER_CONTEXT: 'insecure' },
    expect: { url: 'tcp://192.0.2.8:2376', kind: 'tls', chosenBy: /DOCKER_CONTEXT/, context: 'insecure', tls: 'skip' } },
  { name: 'a context with only a CA: TLS with the CA, no client cert', env: { DOCKER_CONTEXT: 'ca-only' },
    expect: { url: 'tcp://192.0.2.9:2376', kind: 'tls', chosenBy: /DOCKER_CONTEXT/, context: 'ca-only', tls: 'verify', tlsFiles: ['<ctx-tls:ca-only>/ca.pem'] } },
  { name: 'a unix socket context', currentContext: 'sock',
    expect: { url: 'unix:///run/user/1000/docker.sock', kind: 'unix', chosenBy: /currentContext/, context: 'sock' } },
  { name: '--context beats DOCKER_HOST', env: { DOCKER_HOST: 'tcp://198.51.100.1:2375' }, req: { context: 'ssh-box' },
    expect: { url: 'ssh://builder@build.example:2222', kind: 'ssh', chosenBy: /^context "ssh-box" \(--context\)$/, context: 'ssh-box' } },
  { name: 'context "default" is DOCKER_HOST or the socket', env: { DOCKER_CONTEXT: 'default' }, currentContext: 'big-box',
    expect: { url: 'unix:///var/run/docker.sock', kind: 'unix', chosenBy: /^context "default" \(DOCKER_CONTEXT\)$/, context: 'default' } },
  { name: 'setting with a context name beats everything', env: { DOCKER_HOST: 'tcp://198.51.100.1:2375', DOCKER_CONTEXT: 'ssh-box' },
    req: { engine: 'plain-tcp', source: 'setting ebuildBuilder.engine' },
    expect: { url: 'tcp://192.0.2.7:2375', kind: 'tcp', chosenBy: /^context "plain-tcp" \(setting ebuildBuilder\.engine\)$/, context: 'plain-tcp' } },
  { name: '--engine URL beats DOCKER_HOST and contexts', env: { DOCKER_HOST: 'tcp://198.51.100.1:2375' }, currentContext: 'big-box',
    req: { engine: 'ssh://root@127.0.0.1:22220', source: '--engine' },
    expect: { url: 'ssh://root@127.0.0.1:22220', kind: 'ssh', chosenBy: /^--engine$/ }, cliComparable: false },
  { name: '--engine with a socket path', req: { engine: '/run/podman/podman.sock', source: '--engine' },
    expect: { url: 'unix:///run/podman/podman.sock', kind: 'unix', chosenBy: /^--engine$/ }, cliComparable: false },
];

for (const row of rows) {
  test(`engine choice: ${row.name}`, () => {
    const cfg = makeConfigDir();
    try {
      if (row.currentContext) writeFileSync(join(cfg, 'config.json'), JSON.stringify({ currentContext: row.currentContext }));
      const rowEnv = Object.fromEntries(Object.entries(row.env ?? {}).map(([k, v]) => [k, v.replace('<cfg>', cfg)]));
      const env = { HOME: '/nonexistent-home', USER: 'tester', DOCKER_CONFIG: cfg, ...rowEnv };
      const got = chooseEngine(row.req ?? {}, env);
      assert.equal(got.url, row.expect.url);
      assert.equal(got.kind, row.expect.kind);
      assert.match(got.chosenBy, row.expect.chosenBy);
      assert.equal(got.contextName, row.expect.context);
      if (row.expect.tls === 'none') assert.equal(got.tls, undefined);
      if (row.expect.tls) {
        if (row.expect.tls !== 'none') assert.equal(got.tls?.verify, row.expect.tls === 'verify');
      }
      if (row.expect.tlsFiles) {
        const resolve = (p: string): string => p.replace('<cfg>', cfg).replace(/<ctx-tls:([^>]+)>/, (_, n: string) => join(cfg, 'contexts', 'tls', contextDirName(n), 'docker'));
        assert.deepEqual([got.tls?.ca, got.tls?.cert, got.tls?.key].filter(Boolean), row.expect.tlsFiles.map(resolve));
      }
      if (row.cliComparable !== false) {
        // What the real docker CLI resolves in the same situation.
        const cliEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env };
        const args = row.req?.context ? ['--context', row.req.context] : row.req?.engine ? ['--context', row.req.engine] : [];
        const name = execFileSync('docker', [...args, 'context', 'show'], { env: cliEnv, encoding: 'utf8' }).trim();
        assert.equal(name, got.contextName ?? 'default', 'docker context show names the same context');
        const host = execFileSync('docker', ['context', 'inspect', name, '--format', '{{.Endpoints.docker.Host}}'], { env: cliEnv, encoding: 'utf8' }).trim();
        assert.equal(host.replace(/^ssh:\/\/(?!.*@)/, 'ssh://tester@'), got.url, 'docker context inspect shows the same endpoint');
      }
    } finally {
      rmSync(cfg, { recursive: true, force: true });
    }
  });
}

test('a context that does not exist is one UserError naming it and how to list contexts', () => {
  const cfg = makeConfigDir();
  try {
    assert.throws(() => chooseEngine({}, { DOCKER_CONFIG: cfg, DOCKER_CONTEXT: 'nope' }), (e: unknown) => {
      assert.ok(isUserError(e));
      assert.match(e.message, /Docker context "nope" \(chosen by DOCKER_CONTEXT\) was not found/);
      assert.match(e.action ?? '', /docker context ls/);
      assert.equal(e.code, 'context-not-found');
      return true;
    });
  } finally {
    rmSync(cfg, { recursive: true, force: true });
  }
});

test('an unsupported scheme is refused with the forms that work', () => {
  assert.throws(() => chooseEngine({ engine: 'npipe:////./pipe/docker_engine', source: '--engine' }, {}), (e: unknown) => {
    assert.ok(isUserError(e));
    assert.match(e.message, /npipe:\/\/ is not supported/);
    assert.match(e.action ?? '', /ssh:\/\/\[user@\]host/);
    return true;
  });
});

test('contexts list like `docker context ls`: default first, current marked, TLS noted', () => {
  const cfg = makeConfigDir();
  try {
    writeFileSync(join(cfg, 'config.json'), JSON.stringify({ currentContext: 'ssh-box' }));
    const list = listContexts({ DOCKER_CONFIG: cfg });
    assert.deepEqual(list.map((c) => c.name), ['default', 'big-box', 'ca-only', 'insecure', 'plain-tcp', 'sock', 'ssh-box']);
    assert.deepEqual(list.filter((c) => c.current).map((c) => c.name), ['ssh-box']);
    const big = list.find((c) => c.name === 'big-box');
    assert.equal(big?.endpoint, 'tcp://10.0.0.5:2376');
    assert.equal(big?.description, 'the build server');
    assert.equal(big?.tls, true);
    assert.equal(list.find((c) => c.name === 'plain-tcp')?.tls, false);
    // DOCKER_HOST makes `default` current, as in the CLI.
    const withHost = listContexts({ DOCKER_CONFIG: cfg, DOCKER_HOST: 'tcp://198.51.100.1:2375' });
    assert.deepEqual(withHost.filter((c) => c.current).map((c) => c.name), ['default']);
    assert.equal(withHost[0].endpoint, 'tcp://198.51.100.1:2375');
    const cli = execFileSync('docker', ['context', 'ls', '--format', '{{.Name}} {{.Current}}'], { env: { PATH: process.env.PATH, DOCKER_CONFIG: cfg }, encoding: 'utf8' });
    assert.deepEqual(cli.trim().split('\n').filter((l) => l.endsWith('true')).map((l) => l.split(' ')[0]), ['ssh-box']);
  } finally {
    rmSync(cfg, { recursive: true, force: true });
  }
});
