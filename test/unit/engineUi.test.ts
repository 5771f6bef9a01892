import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineQuickPickItems, engineStatus, hostKeyPrompt, validateEngineUrl } from '../../src/extension/engineUi';
import type { ContextEntry } from '../../src/docker/contexts';

const contexts: ContextEntry[] = [
  { name: 'default', endpoint: 'unix:///var/run/docker.sock', current: false, tls: false, description: 'Current DOCKER_HOST based configuration' },
  { name: 'big-box', endpoint: 'ssh://me@big-box', current: true, tls: false },
  { name: 'lab', endpoint: 'tcp://10.0.0.5:2376', current: false, tls: true },
];

test('host-key prompt reads like ssh, with the port only when not 22', () => {
  assert.equal(hostKeyPrompt({ host: 'big-box', port: 22, keyType: 'ssh-ed25519', fingerprint: 'SHA256:abc' }),
    "The authenticity of host 'big-box' can't be established. ED25519 key fingerprint is SHA256:abc.");
  const other = hostKeyPrompt({ host: '10.0.0.5', port: 2222, keyType: 'ecdsa-sha2-nistp256', fingerprint: 'SHA256:xyz' });
  assert.match(other, /host '\[10\.0\.0\.5\]:2222'/);
  assert.match(other, /ECDSA key fingerprint is SHA256:xyz/);
  assert.match(hostKeyPrompt({ host: 'h', port: 22, keyType: 'ssh-rsa', fingerprint: 'SHA256:r' }), / RSA key /);
});

test('picker: CLI choice first, each context with endpoint and current mark, URL entry last', () => {
  const items = engineQuickPickItems(contexts, undefined);
  assert.deepEqual(items.map((i) => i.action.kind), ['default', 'context', 'context', 'context', 'url']);
  assert.match(items[0].label, /docker CLI's choice/);
  assert.equal(items[0].picked, true);
  const box = items.find((i) => i.action.kind === 'context' && i.action.name === 'big-box')!;
  assert.match(box.description!, /^ssh:\/\/me@big-box/);
  assert.match(box.description!, /current context/);
  const lab = items.find((i) => i.action.kind === 'context' && i.action.name === 'lab')!;
  assert.match(lab.description!, /tcp:\/\/10\.0\.0\.5:2376 \(TLS\)/);
  assert.doesNotMatch(lab.description!, /current/);
  assert.match(items.at(-1)!.label, /Enter an engine URL/);
});

test('picker marks the context the setting names, and shows a custom URL setting on the URL entry', () => {
  const byName = engineQuickPickItems(contexts, 'lab');
  assert.equal(byName[0].picked, false);
  assert.equal(byName.find((i) => i.action.kind === 'context' && i.action.name === 'lab')!.picked, true);
  assert.match(byName.find((i) => i.action.kind === 'context' && i.action.name === 'lab')!.description!, /current setting/);
  const custom = engineQuickPickItems(contexts, 'ssh://me@other');
  assert.match(custom.at(-1)!.description!, /ssh:\/\/me@other — current setting/);
  assert.equal(engineQuickPickItems([], '  ')[0].picked, true);
});

test('engine URL validation accepts unix, tcp and ssh and explains the rest', () => {
  for (const ok of ['unix:///var/run/docker.sock', 'tcp://10.0.0.5:2376', 'tcp://box', 'ssh://me@build-box', 'ssh://me@build-box:2222', ' ssh://box ']) {
    assert.equal(validateEngineUrl(ok), undefined, ok);
  }
  for (const [bad, why] of [['', /Enter an engine URL/], ['http://box', /unix:\/\/PATH/], ['big-box', /unix:\/\/PATH/],
    ['unix://relative.sock', /absolute socket path/], ['tcp://', /needs a host/], ['ssh://', /needs a host/],
    ['tcp://box:0', /Port/], ['tcp://box:70000', /Port/], ['ssh://me@box:', /Port/]] as const) {
    assert.match(validateEngineUrl(bad) ?? '', why, bad);
  }
});

test('status text shows the URL; the tooltip says how it was chosen', () => {
  const s = engineStatus('ssh://me@big-box', 'context "big-box" (DOCKER_CONTEXT)');
  assert.match(s.text, /^\$\(server-environment\) ssh:\/\/me@big-box$/);
  assert.match(s.tooltip, /Chosen by: context "big-box" \(DOCKER_CONTEXT\)/);
});
