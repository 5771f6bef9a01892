/**
 * How a job's inputs reach a node that shares no disk with this machine: the overlays, overrides and generated files
 * of its ContainerSpec are packed as for a remote engine (uploadTransport.ts), gzipped and cut into swarm secrets
 * (each at most 500 KiB, Swarm's limit); the job's wrapper joins and unpacks them. Secrets, not configs: they are
 * encrypted in the swarm's store and reach a task as files in memory (/run/secrets), never on a node's disk. Jobs
 * with the same inputs (a change set of one workspace) share one set. Also the run's token, a secret of its own.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ContainerInput } from '../core/buildModel';
import { formatSize } from '../core/limits';
import { INPUT_SECRET_FILE, TOKEN_SECRET_FILE } from '../core/swarmScripts';
import { UserError } from '../core/userError';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import type { SecretRef } from './swarmService';
import { packInputs } from './uploadTransport';

/** Below Swarm's 500 KiB per secret. */
const PART_BYTES = 480 * 1024;
/** What a run may put into the swarm's store for one set of inputs. */
const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export class SwarmSecrets {
  private readonly sets = new Map<string, Promise<SecretRef[]>>();
  /** Every secret created, for removal (also those of a set that failed half-way). */
  readonly created: SecretRef[] = [];

  constructor(private readonly engine: Engine, private readonly runId: string, private readonly labels: Record<string, string>) {}

  private async create(name: string, file: string, data: Buffer, role: string): Promise<SecretRef> {
    try {
      const r = (await this.engine.docker.createSecret({ Name: name, Labels: { ...this.labels, 'ebuild-builder.role': role }, Data: data.toString('base64') })) as { id?: string; ID?: string };
      const ref = { id: r.id ?? r.ID ?? '', name, file };
      this.created.push(ref);
      return ref;
    } catch (e) {
      throw asUserError(e, this.engine, `creating the swarm secret ${name}`);
    }
  }

  /** The run's token: the binhost's password for uploads and getbinpkg. */
  token(): Promise<SecretRef> {
    return this.create(`ebuild-builder-${this.runId}-token`, TOKEN_SECRET_FILE, Buffer.from(randomBytes(24).toString('hex')), 'token');
  }

  /** The secrets holding these inputs (made once per distinct set). */
  inputs(inputs: ContainerInput[]): Promise<SecretRef[]> {
    const key = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 10);
    let set = this.sets.get(key);
    if (!set) {
      set = this.pack(inputs, key);
      this.sets.set(key, set);
    }
    return set;
  }

  private async pack(inputs: ContainerInput[], key: string): Promise<SecretRef[]> {
    const { stream, done } = packInputs(inputs);
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
    await Promise.all([done, ended]);
    const data = await promisify(gzip)(Buffer.concat(chunks));
    if (data.length > MAX_INPUT_BYTES) {
      throw new UserError(
        `The overlays and overrides of this build pack into ${formatSize(data.length)}, more than a swarm run ships through secrets (${formatSize(MAX_INPUT_BYTES)}).`,
        'Leave large files out of the overlay (VCS folders, artifacts/ and distfiles/ are left out already), or build on one engine (without --swarm).',
        'swarm-inputs-too-large',
      );
    }
    const refs: SecretRef[] = [];
    for (let i = 0; i * PART_BYTES < data.length || i === 0; i++) {
      refs.push(await this.create(`ebuild-builder-${this.runId}-in-${key}-${i}`, `${INPUT_SECRET_FILE}.${i}`, data.subarray(i * PART_BYTES, (i + 1) * PART_BYTES), 'input'));
    }
    return refs;
  }

  /** Removes every secret this run created; what is already gone is fine. */
  async removeAll(): Promise<void> {
    await Promise.all(this.created.map((s) => this.engine.docker.getSecret(s.id).remove().catch(() => undefined)));
  }
}
