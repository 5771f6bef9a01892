/**
 * What a swarm run asks Swarm for: the security settings and bounds of a local build on every job's task (as far as
 * the service API carries them), a job that is rerun only when its node or container failed, the binhost's port, and
 * service logs read back into messages (frames cut anywhere, details naming the task).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerSpec } from '../../src/core/buildModel';
import { DROPPED_CAPABILITIES } from '../../src/core/limits';
import { LogFrameReader, normalizeTimestamp, protocolLine } from '../../src/core/swarmLog';
import { binhostServiceSpec, jobServiceSpec, treeFillServiceSpec, type RunTaskContext } from '../../src/docker/swarmService';

const spec: ContainerSpec = {
  image: 'gentoo/stage3:latest', entrypoint: ['/bin/sh', '-c', 'exec emerge "$@"', 'ebuild-builder'], argv: ['--oneshot', '=app-misc/hello-1.0::t'],
  env: { FEATURES: '-pid-sandbox', PKGDIR: '/var/cache/binpkgs' }, inputs: [], packagesDir: '/var/cache/binpkgs', packagesDirIsCache: false, logPaths: [],
  volumes: [{ name: 'ebuild-builder-gentoo-distfiles', containerPath: '/var/cache/distfiles' }], volumesFrom: [], labels: { 'ebuild-builder.build': 'x' },
  capAdd: ['SYS_PTRACE'], securityOpt: [], limits: { pids: 4096, memory: 'auto', disk: 0 }, tty: false, init: true, notes: [],
};
const run: RunTaskContext = { labels: {}, token: { id: 'tok', name: 'ebuild-builder-r-token', file: 'ebuild-builder-token' }, constraints: ['node.role==worker'], stopGraceSeconds: 5 };

describe('a job\'s service', () => {
  const service = jobServiceSpec({
    name: 'ebuild-builder-r-1-hello-1-0', spec, command: [...spec.entrypoint!, ...spec.argv], wrapperEnv: { EBUILD_BUILDER_JOB: 'j' },
    inputs: [{ id: 'in0', name: 'ebuild-builder-r-in-k-0', file: 'ebuild-builder-input.0' }], mounts: [], memory: 8 * 1024 ** 3, nanoCpus: 2e9, networks: [], labels: { 'ebuild-builder.run': 'r' },
  }, run);
  const task = service.TaskTemplate as { ContainerSpec: Record<string, unknown>; Resources: Record<string, Record<string, number>>; RestartPolicy: Record<string, unknown>; Placement: { Constraints: string[] } };

  test('carries a local build\'s capabilities, init, no-new-privileges, processes and memory bound', () => {
    const c = task.ContainerSpec;
    assert.deepEqual(c.CapabilityDrop, DROPPED_CAPABILITIES);
    assert.deepEqual(c.CapabilityAdd, ['SYS_PTRACE']);
    assert.equal(c.Init, true);
    assert.deepEqual(c.Privileges, { NoNewPrivileges: true });
    assert.deepEqual(task.Resources.Limits, { MemoryBytes: 8 * 1024 ** 3, Pids: 4096 });
    assert.deepEqual(task.Resources.Reservations, { NanoCPUs: 2e9 });
    assert.equal(c.TTY, false);
  });

  test('runs the build\'s own command behind the wrapper, with its inputs and the run\'s token as secrets; no bind mount of this machine', () => {
    const c = task.ContainerSpec;
    assert.deepEqual((c.Command as string[]).slice(0, 2), ['python3', '-c']);
    assert.deepEqual(c.Args, ['/bin/sh', '-c', 'exec emerge "$@"', 'ebuild-builder', '--oneshot', '=app-misc/hello-1.0::t']);
    assert.deepEqual((c.Secrets as { SecretName: string; File: { Name: string } }[]).map((s) => [s.SecretName, s.File.Name]),
      [['ebuild-builder-r-in-k-0', 'ebuild-builder-input.0'], ['ebuild-builder-r-token', 'ebuild-builder-token']]);
    assert.ok((c.Env as string[]).includes('FEATURES=-pid-sandbox') && (c.Env as string[]).includes('EBUILD_BUILDER_JOB=j'));
    assert.deepEqual((c.Mounts as { Type: string }[]).map((m) => m.Type), ['volume']);
  });

  test('one task run to its end, rerun at most once and only when it did not run to its end; placed by the user\'s constraints', () => {
    assert.deepEqual(service.Mode, { Replicated: { Replicas: 1 } });
    assert.deepEqual(task.RestartPolicy, { Condition: 'on-failure', MaxAttempts: 1, Delay: 1e9 });
    assert.deepEqual(task.Placement.Constraints, ['node.role==worker']);
  });
});

test('the binhost publishes its port in host mode on the manager\'s own node; the tree fill runs once per node', () => {
  const b = binhostServiceSpec('bh', 'img', 'node1', 0, {}, run);
  assert.deepEqual(b.EndpointSpec?.Ports, [{ Protocol: 'tcp', TargetPort: 8080, PublishedPort: undefined, PublishMode: 'host' }]);
  assert.deepEqual((b.TaskTemplate as { Placement: { Constraints: string[] } }).Placement.Constraints, ['node.id==node1']);
  const t = treeFillServiceSpec('tree', 'gentoo/portage:latest', [{ name: 'v', path: '/var/db/repos/gentoo' }], {}, run);
  assert.deepEqual(t.Mode, { Global: {} });
  assert.deepEqual((t.TaskTemplate as { ContainerSpec: { Command: string[] } }).ContainerSpec.Command, ['/sbin/docker-init', '--version'], 'runs even in an image FROM scratch');
});

describe('service logs', () => {
  const frame = (stream: number, text: string) => {
    const body = Buffer.from(text);
    const head = Buffer.alloc(8);
    head[0] = stream;
    head.writeUInt32BE(body.length, 4);
    return Buffer.concat([head, body]);
  };

  test('frames cut anywhere become messages naming their task and node; the timestamps sort by time', () => {
    const bytes = Buffer.concat([
      frame(1, '2026-12-03T13:55:37.4321Z com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s,com.docker.swarm.task.id=t1 >>> Emerging (1 of 1) app-misc/hello-1.0\n'),
      frame(2, '2026-12-03T13:55:37.43215Z com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s,com.docker.swarm.task.id=t1 ä warning\n'),
    ]);
    const reader = new LogFrameReader();
    const messages = [...bytes].flatMap((_, i) => reader.push(bytes.subarray(i, i + 1)));
    assert.deepEqual(messages.map((m) => [m.stream, m.task, m.node, m.text.toString('utf8')]), [
      ['stdout', 't1', 'n1', '>>> Emerging (1 of 1) app-misc/hello-1.0\n'],
      ['stderr', 't1', 'n1', 'ä warning\n'],
    ]);
    assert.ok(messages[0].timestamp < messages[1].timestamp, 'nanosecond fractions compare as times, not as strings of different length');
    assert.equal(normalizeTimestamp('2026-12-03T13:55:37Z'), '2026-12-03T13:55:37.000000000Z');
  });

  test('the wrapper\'s protocol lines are told from the build\'s output', () => {
    assert.deepEqual(protocolLine('ebuild-builder-job: status 1\n'), { kind: 'status', status: 1 });
    assert.deepEqual(protocolLine('ebuild-builder-job: package app-misc/hello/hello-1.0-1.gpkg.tar\n'), { kind: 'package', path: 'app-misc/hello/hello-1.0-1.gpkg.tar' });
    assert.equal(protocolLine('>>> Emerging (1 of 1)\n'), undefined);
  });
});
