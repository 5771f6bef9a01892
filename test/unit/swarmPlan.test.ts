/**
 * The decisions of a swarm run that need no engine: dependency levels, what a job may take from the run's binhost,
 * how jobs reach it, the bounds that follow from the nodes, the options a user gives, and the table's "ran twice".
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { orderByDependencies } from '../../src/core/dependencyOrder';
import type { ChangedEbuild } from '../../src/core/changed';
import { summaryTable } from '../../src/core/buildSummary';
import { attemptsText, binhostHost, cpuReservation, jobExclusions, jobMemory, jobNetworks, jobServiceName, swarmOptions, type SwarmNode } from '../../src/core/swarmPlan';
import { BINHOST_SERVER, JOB_WRAPPER } from '../../src/core/swarmScripts';
import { isUserError } from '../../src/core/userError';

const ebuild = (pn: string): ChangedEbuild => ({
  atom: `=app-misc/${pn}-1::t`, category: 'app-misc', pn, version: '1', path: `app-misc/${pn}/${pn}-1.ebuild`, overlay: 't', reasons: [],
});

describe('dependency levels', () => {
  const texts: Record<string, string> = {
    'app-misc/hello/hello-1.ebuild': '',
    'app-misc/libfoo/libfoo-1.ebuild': '',
    'app-misc/withdep/withdep-1.ebuild': 'RDEPEND="app-misc/libfoo app-misc/hello"',
    'app-misc/top/top-1.ebuild': 'DEPEND="app-misc/withdep"',
    'app-misc/alone/alone-1.ebuild': '',
    'app-misc/x/x-1.ebuild': 'RDEPEND="app-misc/y"',
    'app-misc/y/y-1.ebuild': 'DEPEND="app-misc/x"',
  };
  const names = (levels: ChangedEbuild[][]) => levels.map((l) => l.map((e) => e.pn));

  test('a level needs only earlier levels; independent ebuilds share the first', () => {
    const r = orderByDependencies(['top', 'withdep', 'hello', 'alone', 'libfoo'].map((p) => ebuild(p)), (p) => texts[p]);
    assert.deepEqual(names(r.levels), [['alone', 'hello', 'libfoo'], ['withdep'], ['top']]);
    assert.deepEqual(r.levels.flat().length, r.order.length);
  });

  test('the members of a cycle get a level each, in the order a one-by-one run builds them; what needs them comes after', () => {
    const r = orderByDependencies(['x', 'y', 'hello'].map((p) => ebuild(p)), (p) => texts[p]);
    assert.deepEqual(names(r.levels), [['hello', 'x'], ['y']]);
  });
});

describe('what a job may take from the run\'s binhost', () => {
  test('every package of the workspace but those earlier levels built; never its own atom', () => {
    const ws = ['app-misc/hello', 'app-misc/libfoo', 'app-misc/testing', 'app-misc/withdep'];
    assert.deepEqual(jobExclusions(ws, ['app-misc/hello', 'app-misc/libfoo'], 'app-misc/withdep'), ['app-misc/testing', 'app-misc/withdep']);
    assert.deepEqual(jobExclusions(ws, ['app-misc/withdep'], 'app-misc/withdep'), ws, 'its own package is excluded even when an earlier level built it');
  });
});

describe('how jobs reach the binhost', () => {
  test('at the node\'s advertised address; on a loopback swarm (one machine) through the job\'s gateway', () => {
    assert.equal(binhostHost('10.0.0.5', []), '10.0.0.5');
    assert.equal(binhostHost('127.0.0.1', []), 'gateway');
    assert.equal(binhostHost('127.0.0.1', ['host']), '127.0.0.1', 'a job on the host network reaches loopback itself');
  });

  test('the network "none" is refused with the next step; bridge is the node\'s default, a name is a swarm network', () => {
    assert.throws(() => jobNetworks('none'), (e: unknown) => isUserError(e) && /--network bridge/.test(e.action ?? '') && e.code === 'swarm-network-none');
    assert.deepEqual(jobNetworks(undefined), []);
    assert.deepEqual(jobNetworks('bridge'), []);
    assert.deepEqual(jobNetworks('builds'), ['builds']);
  });
});

describe('bounds that follow from the nodes', () => {
  const node = (cpus: number, gib: number, state = 'ready'): SwarmNode => ({ id: `n${cpus}${gib}`, hostname: 'h', addr: '10.0.0.1', state, availability: 'active', role: 'worker', nanoCpus: cpus * 1e9, memoryBytes: gib * 1024 ** 3 });
  test('a job reserves all CPUs of the smallest node unless told; memory "auto" is three quarters of the smallest node\'s', () => {
    const nodes = [node(8, 32), node(4, 16), node(2, 4, 'down')];
    assert.equal(cpuReservation({ constraints: [], cpusPerJob: 0, binhostPort: 0 }, nodes), 4e9, 'the node that is down does not count');
    assert.equal(cpuReservation({ constraints: [], cpusPerJob: 1.5, binhostPort: 0 }, nodes), 1.5e9);
    assert.equal(jobMemory({ pids: 4096, memory: 'auto', disk: 0 }, nodes), 12 * 1024 ** 3);
    assert.equal(jobMemory({ pids: 4096, memory: 1024, disk: 0 }, nodes), 1024);
  });
});

describe('options and names', () => {
  test('flags are checked with messages that name them', () => {
    assert.deepEqual(swarmOptions({ constraints: ['node.role==worker', ' node.labels.arch != arm64 '], cpus: '2', binhostPort: '18080' }),
      { constraints: ['node.role==worker', 'node.labels.arch != arm64'], cpusPerJob: 2, binhostPort: 18080 });
    assert.throws(() => swarmOptions({ constraints: ['role=worker'] }), /--swarm-constraint takes constraints such as node\.role==worker/);
    assert.throws(() => swarmOptions({ cpus: 'many' }), /--swarm-cpus 'many' is not a number/);
    assert.throws(() => swarmOptions({ binhostPort: '1.5' }), /--swarm-binhost-port must be a whole number/);
  });

  test('a service name says which run, which job and which package, within Swarm\'s 63 characters', () => {
    assert.equal(jobServiceName('ab12cd', 0, 'hello', '1.0'), 'ebuild-builder-ab12cd-1-hello-1-0');
    const long = jobServiceName('ab12cd', 9, 'a'.repeat(80), '1.0_rc1-r2');
    assert.ok(long.length <= 63 && /^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$/.test(long), long);
  });

  test('the summary says how many times a job ran when Swarm ran it again', () => {
    assert.equal(attemptsText(2), 'ran twice');
    assert.equal(attemptsText(3), 'ran 3 times');
    const table = summaryTable([{ atom: '=app-misc/slow-1.0::t', ebuild: 'x', result: 'succeeded', status: 0, artifacts: [], attempts: 2 }], '/');
    assert.match(table, /=app-misc\/slow-1\.0::t {2}succeeded, ran twice {2}-/);
  });
});

test('the job wrapper and the binhost are Python that compiles (python3 -m py_compile)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-swarm-py-'));
  for (const [name, text] of [['wrapper.py', JOB_WRAPPER], ['binhost.py', BINHOST_SERVER]]) {
    writeFileSync(path.join(dir, name), text);
    execFileSync('python3', ['-m', 'py_compile', path.join(dir, name)]);
  }
});
