/**
 * Remote engines on loopback (scripts/test-engines.sh): a second dockerd on TCP, a third with TLS, an sshd in
 * front of the local engine, podman's socket. Real daemons, real ssh; the builders are the test images running
 * real Portage (test/images/README.md), loaded into each engine by the rig. Nothing here is skipped: a daemon that
 * cannot start fails the suite with the rig's message.
 */
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { readBinaryPackage, type BinaryPackage } from '../../src/core/binpkg/readPackage';
import type { BuildConfig } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import type { RunEvent } from '../../src/core/buildRun';
import { containerSpecFor } from '../../src/core/profiles';
import { isUserError, type UserError } from '../../src/core/userError';
import { startBuild } from '../../src/docker/build';
import { newBuildId } from '../../src/docker/buildEbuild';
import { connectEngine, type ConnectedEngine } from '../../src/docker/connect';
import { bindTransport, type Transport } from '../../src/docker/transport';
import { downloadDir, uploadInputs, uploadTransport } from '../../src/docker/uploadTransport';
import { engineSetup, rigHostKey, startRig, trustedHome, TRANSPORTS, type Rig, type TransportName } from './engineRig';
import { CLI, imageConfig, sampleWorkspace, sh } from './testImages';

let rig: Rig;
const engines = new Map<TransportName, ConnectedEngine>();

before(async () => {
  rig = startRig();
  for (const t of TRANSPORTS) {
    const { config, env } = engineSetup(rig, t);
    engines.set(t, await connectEngine(config, env));
  }
});
after(async () => {
  for (const e of engines.values()) await e.close();
});

async function rejection(p: Promise<unknown>): Promise<UserError> {
  try {
    const e = await p;
    await (e as ConnectedEngine).close?.();
  } catch (err) {
    assert.ok(isUserError(err), `a UserError, not ${String(err)}`);
    return err;
  }
  assert.fail('expected the connection to be refused');
}

/**
 * Builds on `engine` with sources uploaded (no bind mounts) and packages downloaded, unless told otherwise.
 * `onOutput` sees the output as it comes, with a way to cancel the build.
 */
async function remoteBuild(engine: ConnectedEngine, ws: string, rel: string, profile: 'sabayon' | 'gentoo',
  over: Partial<BuildConfig> = {}, onOutput?: (text: string, cancel: () => Promise<void>) => void, transport: Transport = uploadTransport) {
  const config = imageConfig(over);
  const request = await makeBuildRequest(path.join(ws, rel), { workspaceFolders: [ws], config, profile });
  const buildId = newBuildId();
  const spec = await containerSpecFor(request, config, buildId);
  const handle = startBuild({
    engine, spec, buildId, artifactsDir: request.artifactsDir, logPath: path.join(request.artifactsDir, 'logs', `${buildId}.log`),
    keepContainerOnFailure: config.keepContainerOnFailure, stopGraceSeconds: config.stopGraceSeconds,
    transport, name: `ebuild-builder-${request.pn}-${buildId}`,
  });
  const out: { stream: string; text: string }[] = [];
  const transfers: RunEvent[] = [];
  let all = '';
  handle.onEvent((e) => {
    if (e.type === 'output') {
      const text = e.data.toString('utf8');
      out.push({ stream: e.stream, text });
      all += text;
      onOutput?.(all, () => handle.cancel());
    }
    if (e.type === 'transfer') transfers.push(e);
  });
  const result = await handle.done;
  const stdout = out.filter((o) => o.stream === 'stdout').map((o) => o.text).join('');
  const stderr = out.filter((o) => o.stream === 'stderr').map((o) => o.text).join('');
  return { result, stdout, stderr, transfers, spec, buildId };
}

/**
 * What a package holds, without what differs between any two builds (build time, build id, mtimes, compressed
 * size): its files with their type, size, mode and link target, and its metadata. Two builds of the same ebuild in
 * the same image give the same.
 */
function contentOf(pkg: BinaryPackage): { files: string[]; metadata: Record<string, string> } {
  const volatile = new Set(['BUILD_TIME', 'BUILD_ID', 'SIZE']);
  return {
    files: pkg.files.map((f) => `${f.type} ${f.path} ${f.size} ${f.mode.toString(8)}${f.linkTarget ? ` -> ${f.linkTarget}` : ''}`).sort(),
    metadata: Object.fromEntries(Object.entries(pkg.metadata).filter(([k]) => !volatile.has(k))),
  };
}

async function packageContent(file: string) {
  return contentOf(await readBinaryPackage(file, { verify: true }));
}

async function containersOf(engine: ConnectedEngine, buildId: string): Promise<Docker.ContainerInfo[]> {
  return engine.docker.listContainers({ all: true, filters: { label: [`ebuild-builder.build=${buildId}`] } });
}

// ---- connecting ---------------------------------------------------------------------------------

test('each loopback engine answers and says what it is and how it was chosen', () => {
  assert.equal(engines.get('tcp')!.kind, 'tcp');
  assert.equal(engines.get('tls')!.kind, 'tls');
  assert.equal(engines.get('ssh')!.kind, 'ssh');
  assert.equal(engines.get('podman')!.kind, 'podman', 'podman is recognised behind its Docker-compatible socket');
  assert.match(engines.get('podman')!.serverVersion, /^Podman \d/);
  for (const t of TRANSPORTS) {
    const e = engines.get(t)!;
    assert.equal(e.chosenBy, 'DOCKER_HOST');
    assert.equal(e.sharesFilesystem, t === 'podman', `${t}: only a unix socket on this machine shares its filesystem`);
    assert.match(e.serverVersion, /\d+\.\d+/);
  }
});

test('ssh: an unknown host key is refused with its fingerprint until the user accepts it; then it is recorded', async () => {
  const home = mkdtempSync(path.join(tmpdir(), 'eb-home-'));
  const env = { HOME: home, DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: rig.sshAgent };
  const fp = (await sh('ssh-keygen', ['-lf', path.join(rig.sshDir, 'host_ed25519.pub')])).stdout.split(' ')[1];
  const refused = await rejection(connectEngine({}, env));
  assert.equal(refused.code, 'ssh-host-key-unknown');
  assert.ok(refused.message.includes(fp), `the message shows ${fp}: ${refused.message}`);
  assert.ok(refused.action?.includes(`--accept-host-key ${fp}`));
  assert.ok(!existsSync(path.join(home, '.ssh', 'known_hosts')), 'nothing was recorded');
  // Asked and declined: still refused.
  let asked = '';
  await rejection(connectEngine({ onUnknownHostKey: async (info) => { asked = info.fingerprint; return false; } }, env));
  assert.equal(asked, fp);
  // Accepted by fingerprint (the CLI flag): connects and records the key as ssh would.
  const e = await connectEngine({ acceptHostKey: fp }, env);
  await e.close();
  const line = readFileSync(path.join(home, '.ssh', 'known_hosts'), 'utf8');
  assert.equal(line, `[127.0.0.1]:22220 ssh-ed25519 ${rigHostKey(rig)}\n`);
  // Next time nobody is asked.
  const again = await connectEngine({ onUnknownHostKey: async () => assert.fail('a known host must not be asked about') }, env);
  await again.close();
});

test('ssh: a hashed known_hosts entry is honoured, and a changed host key is refused loudly', async () => {
  const home = trustedHome(rig);
  const kh = path.join(home, '.ssh', 'known_hosts');
  await sh('ssh-keygen', ['-H', '-f', kh]); // hash the entry, as HashKnownHosts does
  assert.match(readFileSync(kh, 'utf8'), /^\|1\|/);
  const env = { HOME: home, DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: rig.sshAgent };
  await (await connectEngine({}, env)).close();
  // Another key for the same [host]:port: a man in the middle, or a reinstalled host.
  const other = readFileSync(path.join(rig.sshDir, 'other_ed25519.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
  writeFileSync(kh, `[127.0.0.1]:22220 ${other}\n`);
  const err = await rejection(connectEngine({ acceptHostKey: 'SHA256:anything', onUnknownHostKey: async () => true }, env));
  assert.equal(err.code, 'ssh-host-key-changed');
  assert.match(err.message, /WARNING: the host key of \[127\.0\.0\.1\]:22220 has CHANGED/);
  assert.match(err.action ?? '', /ssh-keygen -R '\[127\.0\.0\.1\]:22220'/);
  assert.equal(readFileSync(kh, 'utf8'), `[127.0.0.1]:22220 ${other}\n`, 'known_hosts is left as it was');
});

test('ssh: wrong user, wrong key, no agent, dead agent and encrypted keys give the documented messages', async () => {
  const home = trustedHome(rig);
  const wrongUser = await rejection(connectEngine({}, { HOME: home, DOCKER_HOST: 'ssh://nosuchuser@127.0.0.1:22220', SSH_AUTH_SOCK: rig.sshAgent }));
  assert.equal(wrongUser.code, 'ssh-auth-failed');
  assert.match(wrongUser.message, /refused every key offered for user "nosuchuser"/);
  const wrongKey = await rejection(connectEngine({ ssh: { agent: '', identityFile: path.join(rig.sshDir, 'other_ed25519') } }, { HOME: home, DOCKER_HOST: rig.ssh }));
  assert.equal(wrongKey.code, 'ssh-auth-failed');
  const noAgent = await rejection(connectEngine({}, { HOME: home, DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: path.join(home, 'no-agent.sock') }));
  assert.equal(noAgent.code, 'ssh-agent-missing');
  assert.match(noAgent.action ?? '', /ssh-add/);
  // A socket file nobody serves any more (the agent died).
  const dead = path.join(home, 'dead-agent.sock');
  const srv = net.createServer().listen(dead);
  await new Promise((r) => srv.once('listening', r));
  await new Promise((r) => srv.close(r));
  writeFileSync(dead, ''); // leaves a path that is not an agent
  const deadAgent = await rejection(connectEngine({}, { HOME: home, DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: dead }));
  assert.equal(deadAgent.code, 'ssh-agent-missing');
  // Encrypted key: the passphrase is asked once; a wrong one is named as such.
  const enc = { agent: '', identityFile: path.join(rig.sshDir, 'client_enc_ed25519') };
  const bad = await rejection(connectEngine({ ssh: enc, sshPassphrase: async () => 'wrong' }, { HOME: home, DOCKER_HOST: rig.ssh }));
  assert.equal(bad.code, 'ssh-key-passphrase');
  let asks = 0;
  const ok = await connectEngine({ ssh: enc, sshPassphrase: async () => { asks++; return 'test passphrase'; } }, { HOME: home, DOCKER_HOST: rig.ssh });
  assert.equal(asks, 1);
  assert.equal(ok.kind, 'ssh');
  await ok.close();
});

test('ssh: the daemon behind a working ssh is down → says so with the remote side\'s words', async () => {
  const home = trustedHome(rig);
  const err = await rejection(connectEngine({ ssh: { remoteSocket: '/run/no-docker-here.sock' } }, { HOME: home, DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: rig.sshAgent }));
  assert.equal(err.code, 'remote-docker-down');
  assert.match(err.message, /no-docker-here\.sock/);
  assert.match(err.action ?? '', /systemctl start docker/);
});

test('ssh: a Host alias in ~/.ssh/config (HostName, Port, User, IdentityFile) is followed, as the docker CLI\'s ssh does', async () => {
  const home = trustedHome(rig);
  writeFileSync(path.join(home, '.ssh', 'config'), [
    'Host big-box', '  HostName 127.0.0.1', '  Port 22220', '  User root', `  IdentityFile ${path.join(rig.sshDir, 'client_ed25519')}`,
    'Host behind-gateway', '  HostName 10.0.0.9', '  ProxyJump admin@gateway.example', '',
  ].join('\n'));
  // No agent: the key can only come from the config.
  const e = await connectEngine({}, { HOME: home, DOCKER_HOST: 'ssh://big-box' });
  assert.equal(e.kind, 'ssh');
  assert.equal(e.url, 'ssh://root@big-box');
  await e.close();
  const proxied = await rejection(connectEngine({}, { HOME: home, DOCKER_HOST: 'ssh://behind-gateway' }));
  assert.equal(proxied.code, 'ssh-proxy-unsupported');
  assert.match(proxied.action ?? '', /ssh -L/);
});

test('ssh: one connection serves every API call and build (connections counted)', async () => {
  const e = engines.get('ssh')!;
  const before = e.ssh!.connectCount;
  const channelsBefore = e.ssh!.channelCount;
  for (let i = 0; i < 10; i++) await e.docker.ping();
  await Promise.all([e.docker.listContainers(), e.docker.listImages(), e.docker.info(), e.docker.version()]);
  assert.equal(e.ssh!.connectCount, before, 'no new SSH connection');
  assert.equal(before, 1);
  assert.ok(e.ssh!.channelCount >= channelsBefore + 14, 'each call went over its own channel of that connection');
  assert.equal(e.ssh!.mode, 'streamlocal', 'the Docker socket is forwarded; no docker CLI needed remotely');
});

test('ssh: where the server forbids socket forwarding, `docker system dial-stdio` carries the calls, still on one connection', async () => {
  const e = await connectEngine({}, { HOME: trustedHome(rig), DOCKER_HOST: rig.sshNoForwarding, SSH_AUTH_SOCK: rig.sshAgent });
  try {
    const ws = sampleWorkspace();
    const { result, stdout } = await remoteBuild(e, ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
    assert.equal(result.state, 'succeeded', stdout);
    assert.equal(result.artifacts.length, 1);
    assert.deepEqual(await packageContent(result.artifacts[0]), await localPackage());
    assert.equal(e.ssh!.mode, 'dial-stdio');
    assert.equal(e.ssh!.connectCount, 1);
  } finally {
    await e.close();
  }
});

test('tls: wrong CA, missing client certificate, a name not in the certificate and plain HTTP each say what to fix', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-certs-'));
  for (const f of ['cert.pem', 'key.pem']) writeFileSync(path.join(dir, f), readFileSync(path.join(rig.tlsCertDir, f)));
  writeFileSync(path.join(dir, 'ca.pem'), readFileSync(path.join(rig.tlsCertDir, 'other-ca.pem')));
  const wrongCa = await rejection(connectEngine({}, { DOCKER_HOST: rig.tls, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir }));
  assert.equal(wrongCa.code, 'tls-ca');
  assert.ok(wrongCa.message.includes(path.join(dir, 'ca.pem')));
  // A context with only the CA: the engine wants a client certificate.
  const cfg = mkdtempSync(path.join(tmpdir(), 'eb-dockercfg-'));
  await sh('docker', ['context', 'create', 'ca-only', '--docker', `host=${rig.tls},ca=${path.join(rig.tlsCertDir, 'ca.pem')}`], { env: { ...process.env, DOCKER_CONFIG: cfg } });
  const noCert = await rejection(connectEngine({ context: 'ca-only' }, { DOCKER_CONFIG: cfg }));
  assert.equal(noCert.code, 'tls-client-cert');
  assert.match(noCert.message, /context "ca-only" \(--context\)/);
  const port = new URL(rig.tls).port;
  const wrongName = await rejection(connectEngine({ engine: `tcp://[::ffff:127.0.0.1]:${port}` }, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: rig.tlsCertDir }));
  assert.equal(wrongName.code, 'tls-name');
  const plain = await rejection(connectEngine({}, { DOCKER_HOST: rig.tls }));
  assert.equal(plain.code, 'tls-needed');
  assert.match(plain.action ?? '', /DOCKER_TLS_VERIFY=1/);
  const missing = await rejection(connectEngine({}, { DOCKER_HOST: rig.tls, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: path.join(dir, 'nope') }));
  assert.equal(missing.code, 'tls-files-missing');
});

test('refused port, missing socket, missing context and socket permission each give one message with the next step', async () => {
  assert.equal((await rejection(connectEngine({ engine: 'tcp://127.0.0.1:1' }, {}))).code, 'engine-refused');
  const noSock = await rejection(connectEngine({ engine: '/run/ebuild-builder-none.sock' }, {}));
  assert.equal(noSock.code, 'engine-not-running');
  assert.match(noSock.action ?? '', /systemctl start docker/);
  const noCtx = await rejection(connectEngine({ context: 'big-box' }, { DOCKER_CONFIG: mkdtempSync(path.join(tmpdir(), 'eb-dockercfg-')) }));
  assert.equal(noCtx.code, 'context-not-found');
  // Someone outside the docker group (uid nobody) asks the root-owned socket: the CLI says how to join the group.
  const res = await sh(process.execPath, [CLI, 'engine'], { uid: 65534, gid: 65534, env: { PATH: process.env.PATH, HOME: '/nonexistent' } }).then(
    () => assert.fail('nobody must not reach the root socket'), (e: { code: number; stderr: string }) => e);
  assert.equal(res.code, 2);
  assert.match(res.stderr, /permission denied on its socket[\s\S]*usermod -aG docker/);
});

test('ebuild-builder engine prints the engine, how it was chosen and the server version; --list the contexts', async () => {
  const cfg = mkdtempSync(path.join(tmpdir(), 'eb-dockercfg-'));
  const c = rig.tlsCertDir;
  await sh('docker', ['context', 'create', 'tls-box', '--description', 'loopback TLS', '--docker', `host=${rig.tls},ca=${c}/ca.pem,cert=${c}/cert.pem,key=${c}/key.pem`], { env: { ...process.env, DOCKER_CONFIG: cfg } });
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_CONFIG: cfg, DOCKER_CONTEXT: 'tls-box' };
  const shown = await sh(process.execPath, [CLI, 'engine'], { env });
  assert.match(shown.stdout, new RegExp(`engine: ${rig.tls}\\nkind: tls\\nchosen by: context "tls-box" \\(DOCKER_CONTEXT\\)\\nserver: \\d+\\.\\d+`));
  assert.match(shown.stdout, /sources: uploaded into each build container/);
  const listed = await sh(process.execPath, [CLI, 'engine', '--list'], { env });
  assert.match(listed.stdout, /^default +unix:\/\/\/var\/run\/docker\.sock/m);
  assert.match(listed.stdout, /^tls-box \* +tcp:\/\/127\.0\.0\.1:\d+ \(TLS\) +loopback TLS$/m);
});

// ---- building on each engine -------------------------------------------------------------------

let localReference: Promise<ReturnType<typeof contentOf>> | undefined;

/** What the local engine (bind mounts) builds from the sample hello: remote builds must give the same package. */
function localPackage(): Promise<ReturnType<typeof contentOf>> {
  localReference ??= (async () => {
    const local = await connectEngine({}, engineSetup(rig, 'local').env);
    try {
      const ws = sampleWorkspace();
      const { result, stdout } = await remoteBuild(local, ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon', {}, undefined, bindTransport);
      assert.equal(result.state, 'succeeded', stdout);
      return packageContent(result.artifacts[0]);
    } finally {
      await local.close();
    }
  })();
  return localReference;
}

const SLOW = 'app-misc/slow/slow-1.0.ebuild';

for (const t of TRANSPORTS) {
  test(`${t}: sabayon hello is built by real emerge with sources uploaded; the package holds what the local build's does`, async () => {
    const e = engines.get(t)!;
    const ws = sampleWorkspace();
    const { result, stdout, transfers, buildId } = await remoteBuild(e, ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
    assert.equal(result.state, 'succeeded', stdout);
    assert.match(stdout, />>> Emerging \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
    assert.match(stdout, />>> Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
    assert.equal(result.artifacts.length, 1, result.artifacts.join(' '));
    const [pkg] = result.artifacts;
    assert.match(pkg, new RegExp(`^${ws.replace(/[.]/g, '\\.')}/artifacts/app-misc/hello/hello-1\\.0-\\d+\\.xpak$`));
    const content = await packageContent(pkg);
    assert.ok(content.files.some((l) => /^file \/usr\/bin\/hello [1-9]\d* 755$/.test(l)), content.files.join('\n'));
    assert.deepEqual(content, await localPackage(), 'the same files, checksums and metadata as the local build');
    const up = transfers.find((x) => x.type === 'transfer' && x.direction === 'upload');
    assert.ok(up && up.type === 'transfer' && up.bytes > 0, 'upload bytes are reported');
    assert.deepEqual(await containersOf(e, buildId), [], 'container removed');
  });

  test(`${t}: gentoo hello builds with generated repos.conf uploaded and the tree snapshot on the engine`, async () => {
    const e = engines.get(t)!;
    const ws = sampleWorkspace();
    // Start without the tree snapshot so making it is part of the test (podman fills its volume differently).
    // Not on ssh: that is the machine's own engine, whose snapshot other suites share.
    if (t !== 'ssh') {
      for (const c of await e.docker.listContainers({ all: true, filters: { name: ['ebuild-builder-tree-'] } })) {
        await e.docker.getContainer(c.Id).remove({ force: true, v: true });
      }
    }
    const { result, stdout, stderr } = await remoteBuild(e, ws, 'app-misc/hello/hello-1.0.ebuild', 'gentoo');
    assert.equal(result.state, 'succeeded', stdout + stderr);
    // emerge found the overlay through the uploaded repos.conf, and the tree's profile through the snapshot.
    assert.match(stdout, /^\[ebuild {2}N {5}\] app-misc\/hello-1\.0::testoverlay/m);
    assert.equal(result.artifacts.length, 1);
    assert.match(result.artifacts[0], /artifacts\/app-misc\/hello\/hello-1\.0-\d+\.gpkg\.tar$/);
    const pkg = await readBinaryPackage(result.artifacts[0], { verify: true });
    assert.equal(pkg.metadata.repository, 'testoverlay');
    assert.ok(pkg.files.some((f) => f.path === '/usr/bin/hello'));
  });

  test(`${t}: a failing build keeps emerge's status, our log and Portage's build.log; no bind mount was used`, async () => {
    const e = engines.get(t)!;
    const ws = sampleWorkspace();
    const { result, stdout, stderr, buildId } = await remoteBuild(e, ws, 'app-misc/broken/broken-1.0.ebuild', 'sabayon', { keepContainerOnFailure: true });
    assert.equal(result.state, 'failed');
    assert.equal(result.exitCode, 1);
    assert.match(stdout, /ERROR: app-misc\/broken-1\.0::testoverlay failed \(compile phase\)/);
    assert.equal(readFileSync(result.logPath!).length, Buffer.byteLength(stdout) + Buffer.byteLength(stderr), 'the log holds everything that was streamed');
    const buildLog = readFileSync(result.logPath!.replace(/\.log$/, '.build.log'), 'utf8').replace(/\x1b\[[0-9;]*[mK]/g, '');
    assert.match(buildLog, /broken\.c:4:29: error: /, 'Portage\'s build.log came back from the engine');
    assert.deepEqual(result.artifacts, []);
    const kept = await containersOf(e, buildId);
    assert.equal(kept.length, 1, 'kept for inspection');
    const info = await e.docker.getContainer(kept[0].Id).inspect();
    assert.deepEqual((info.Mounts ?? []).filter((m) => m.Type === 'bind'), [], 'no bind mount on a remote engine');
    // podman lists volumes among Binds too (NAME:/path:opts): none may name a path on this machine.
    assert.deepEqual((info.HostConfig.Binds ?? []).filter((bind) => bind.startsWith('/')), []);
    await e.docker.getContainer(kept[0].Id).remove({ force: true, v: true });
  });

  test(`${t}: overrides arrive at the contract paths and env reaches the builder`, async () => {
    const e = engines.get(t)!;
    const ws = sampleWorkspace();
    appendFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
    const { result, stdout, stderr } = await remoteBuild(e, ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild', 'sabayon', { env: { BUILDER_JOBS: '3', BUILDER_VERBOSE: '1' } });
    // The builder read BUILDER_JOBS and handed it to emerge.
    assert.match(stdout, /^Executing: \/bin\/sh -c emerge .* -j 3 '=app-misc\/needs-ssl-1\.0'$/m);
    // needs-ssl only builds when emerge read the uploaded package.use/custom.use: libfoo with ssl.
    assert.equal(result.state, 'succeeded', stdout + stderr);
    const libfoo = result.artifacts.find((a) => /\/libfoo\/libfoo-1\.0-\d+\.xpak$/.test(a));
    assert.ok(libfoo, result.artifacts.join(' '));
    assert.ok((await readBinaryPackage(libfoo, { verify: false })).use.enabled.includes('ssl'), 'libfoo was built with USE=ssl');
  });

  test(`${t}: cancel while emerge compiles leaves no container on the engine and no partial artifacts`, async () => {
    const e = engines.get(t)!;
    const ws = sampleWorkspace();
    let cancelled: Promise<void> | undefined;
    const { result, stdout, buildId } = await remoteBuild(e, ws, SLOW, 'sabayon', { stopGraceSeconds: 1 }, (text, cancel) => {
      if (!cancelled && /compiling part 2 of 60\n/.test(text)) cancelled = cancel();
    });
    assert.ok(cancelled, `the compile was under way:\n${stdout}`);
    await cancelled;
    assert.equal(result.state, 'cancelled');
    assert.doesNotMatch(stdout, /compiling part 60 of 60/);
    assert.deepEqual(await containersOf(e, buildId), []);
    assert.ok(!existsSync(path.join(ws, 'artifacts', 'app-misc')), 'no partial artifacts');
  });
}

test('upload/download: symlinks, executable files/, non-ASCII names and modes survive the trip; VCS folders stay home', async () => {
  for (const t of TRANSPORTS) {
    const e = engines.get(t)!;
    const ov = mkdtempSync(path.join(tmpdir(), 'eb-ov-'));
    mkdirSync(path.join(ov, 'app-misc', 'grüße', 'files'), { recursive: true });
    mkdirSync(path.join(ov, '.git'));
    writeFileSync(path.join(ov, '.git', 'HEAD'), 'ref\n');
    writeFileSync(path.join(ov, 'app-misc', 'grüße', 'grüße-1.0.ebuild'), 'EAPI=8\n');
    symlinkRel('grüße-1.0.ebuild', path.join(ov, 'app-misc', 'grüße', 'grüße-1.0-r1.ebuild'));
    writeFileSync(path.join(ov, 'app-misc', 'grüße', 'files', 'run-ü.sh'), '#!/bin/sh\necho ü\n', { mode: 0o755 });
    writeFileSync(path.join(ov, 'app-misc', 'grüße', 'files', 'data 1.patch'), Buffer.from([0, 1, 2, 255]), { mode: 0o640 });
    const c = await e.docker.createContainer({ Image: rig.testImage, Cmd: ['sh', '-c', 'cd /var/db/repos/t && find . -printf "%p %m %y %l\\n" | LC_ALL=C sort && cp -a . /out'], Tty: false, HostConfig: { NetworkMode: 'none' } });
    try {
      await uploadInputs(c, [{ kind: 'dir', hostPath: ov, containerPath: '/var/db/repos/t' }]);
      const logs = await runToEnd(e, c);
      const listing = logs.split('\n').filter(Boolean);
      assert.deepEqual(listing, [
        '. 700 d ',
        './app-misc 755 d ',
        './app-misc/grüße 755 d ',
        './app-misc/grüße/files 755 d ',
        './app-misc/grüße/files/data 1.patch 640 f ',
        './app-misc/grüße/files/run-ü.sh 755 f ',
        './app-misc/grüße/grüße-1.0-r1.ebuild 777 l grüße-1.0.ebuild',
        './app-misc/grüße/grüße-1.0.ebuild 644 f ',
      ], `${t}: what the container sees`);
      const back = mkdtempSync(path.join(tmpdir(), 'eb-back-'));
      const files = await downloadDir(c, '/out', back, { stripFirst: true });
      assert.deepEqual(files.map((f) => path.relative(back, f)).sort(), ['app-misc/grüße/files/data 1.patch', 'app-misc/grüße/files/run-ü.sh', 'app-misc/grüße/grüße-1.0.ebuild']);
      assert.deepEqual(readFileSync(path.join(back, 'app-misc/grüße/files/data 1.patch')), Buffer.from([0, 1, 2, 255]));
      assert.deepEqual(await downloadDir(c, '/does/not/exist', back, { stripFirst: true }), [], `${t}: a missing path is nothing to download`);
    } finally {
      await c.remove({ force: true });
    }
  }
});

function symlinkRel(target: string, at: string): void {
  symlinkSync(target, at);
}

async function runToEnd(e: ConnectedEngine, c: Docker.Container): Promise<string> {
  const stream = (await c.attach({ stream: true, stdout: true, stderr: true })) as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (d: Buffer) => chunks.push(d));
  e.docker.modem.demuxStream(stream, out, out);
  const ended = new Promise((r) => { stream.on('end', r); stream.on('close', r); });
  await c.start();
  const { StatusCode } = (await c.wait()) as { StatusCode: number };
  await ended;
  const text = Buffer.concat(chunks).toString('utf8');
  assert.equal(StatusCode, 0, text);
  return text;
}

