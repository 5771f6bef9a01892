/**
 * The run's binhost: a service on the manager's own node, publishing its port in host mode, that later levels use
 * with Portage's getbinpkg and that every job uploads its packages to (swarmScripts.ts). Jobs reach it at the
 * node's advertised address (their gateway on a loopback swarm): no overlay network, only one TCP port between
 * the nodes and the manager. Its container is on this engine, so the run reads each job's packages and logs back
 * through the archive API, as a remote build's.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { binhostHost } from '../core/swarmPlan';
import { BINHOST_ROOT } from '../core/swarmScripts';
import { UserError } from '../core/userError';
import { collectArtifacts } from './collect';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import type { SwarmFacts } from './swarmManager';
import { binhostServiceSpec, type RunTaskContext } from './swarmService';
import { followServiceLogs, serviceTasks, sleeper, TERMINAL } from './swarmTasks';
import { downloadDir } from './uploadTransport';

export interface Binhost {
  serviceId: string;
  /** What jobs are told: an address, or `gateway`. */
  host: string;
  port: number;
  /** Moves a job's packages into the artifacts folder; the failed build's Portage logs land beside `logPath`. */
  collect(job: string, artifactsDir: string, logPath: string): Promise<string[]>;
}

const READY = 'ebuild-builder-binhost: listening';

export async function startBinhost(engine: Engine, facts: SwarmFacts, image: string, port: number, networks: string[], name: string, labels: Record<string, string>, run: RunTaskContext, cancelled: () => boolean): Promise<Binhost> {
  let serviceId: string;
  try {
    serviceId = ((await engine.docker.createService(binhostServiceSpec(name, image, facts.self.id, port, labels, run))) as { id: string }).id;
  } catch (e) {
    throw asUserError(e, engine, `creating the run's binhost service ${name}`);
  }
  let ready = false;
  const output: string[] = [];
  const { sleep, wake } = sleeper();
  const logs = followServiceLogs(engine, serviceId, (m) => {
    const text = m.text.toString('utf8');
    if (text.startsWith(READY)) ready = true;
    else output.push(text);
    wake();
  });
  try {
    for (;;) {
      if (cancelled()) throw new UserError('Cancelled while the binhost started.', undefined, 'cancelled');
      const task = (await serviceTasks(engine, serviceId)).at(-1);
      if (task && TERMINAL.has(task.state)) {
        const why = `${task.err || task.state}${output.length ? `: ${output.join('').trim().slice(-600)}` : ''}`;
        throw new UserError(
          `The run's binhost (python3 -c … in ${image}) stopped on the manager: ${why}.`,
          /no such image/i.test(why) ? `Make ${image} available on the manager's node.` : `The binhost runs Python and \`emaint\` from the build's image: check that ${image} has Portage (python3 -c 'import portage').`,
          'swarm-binhost-failed',
        );
      }
      if (ready && task?.state === 'running' && task.containerId && task.publishedPorts.length) {
        return binhostOf(engine, serviceId, task.containerId, binhostHost(facts.self.addr, networks), task.publishedPorts[0]);
      }
      await sleep(500);
    }
  } catch (e) {
    await engine.docker.getService(serviceId).remove().catch(() => undefined);
    throw e;
  } finally {
    logs.stop();
  }
}

function binhostOf(engine: Engine, serviceId: string, containerId: string, host: string, port: number): Binhost {
  const container = engine.docker.getContainer(containerId);
  return {
    serviceId,
    host,
    port,
    async collect(job, artifactsDir, logPath) {
      const staging = path.join(artifactsDir, '.incoming', job);
      try {
        await downloadDir(container, `${BINHOST_ROOT}/jobs/${job}`, staging, { stripFirst: true });
        const logs = await downloadDir(container, `${BINHOST_ROOT}/logs/${job}`, `${staging}.logs`, { stripFirst: true });
        for (const f of logs) await fs.rename(f, logPath.replace(/\.log$/, '') + (logs.length === 1 ? '.build.log' : `.${path.basename(f)}`));
        return await collectArtifacts(staging, artifactsDir);
      } catch (e) {
        throw asUserError(e, engine, `copying ${job}'s packages out of the run's binhost`);
      } finally {
        await fs.rm(staging, { recursive: true, force: true });
        await fs.rm(`${staging}.logs`, { recursive: true, force: true });
        await fs.rmdir(path.dirname(staging)).catch(() => undefined);
      }
    },
  };
}
