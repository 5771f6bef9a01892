/**
 * Bounds of a build (a build is code from the repository: a fork bomb, a disk filler or a memory hog must not take
 * the machine with it). Processes and memory are the kernel's to enforce (cgroups); the space a build writes is
 * watched by the runner, since most engines cannot cap a container's writable layer. Capabilities: Docker's
 * defaults minus those no ebuild phase needs, and no privilege gained through setuid binaries.
 */
import { UserError } from './userError';

export interface BuildLimits {
  /** Processes at once; 0: no limit. */
  pids: number;
  /** Bytes of memory (no swap beyond it); 'auto': three quarters of the engine's memory; 0: no limit. */
  memory: number | 'auto';
  /** Bytes the build may write into its container (temporary files, WORKDIR, the image it installs); 0: no limit. */
  disk: number;
}

export const DEFAULT_LIMITS: BuildLimits = { pids: 4096, memory: 'auto', disk: 64 * 1024 ** 3 };

/** Docker's default capabilities that no ebuild phase needs (raw sockets, binding low ports, device nodes, chroot, audit). */
export const DROPPED_CAPABILITIES = ['NET_RAW', 'NET_BIND_SERVICE', 'MKNOD', 'SYS_CHROOT', 'AUDIT_WRITE'];
export const NO_NEW_PRIVILEGES = 'no-new-privileges';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `8g`, `512m`, `1.5g`, a number of bytes → bytes; undefined when it is none of those. */
export function parseSize(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return Math.floor(v);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:i?b)?\s*$/i.exec(v);
  return m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : undefined;
}

export function formatSize(bytes: number): string {
  for (const [unit, size] of [['TiB', 1024 ** 4], ['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} B`;
}

/** Memory for a build on an engine with `engineMemory` bytes. */
export function memoryLimit(limits: BuildLimits, engineMemory: number | undefined): number {
  if (limits.memory === 'auto') return engineMemory ? Math.floor(engineMemory * 0.75) : 0;
  return limits.memory;
}

export type LimitKind = 'pids' | 'memory' | 'disk';

/** What a user reads when a build ran into one of its bounds, naming the setting to change. */
export function limitError(kind: LimitKind, value: number): UserError {
  const setting = `ebuildBuilder.limits.${kind}`;
  const what = kind === 'pids' ? `its process limit (${value} processes at once)` : kind === 'memory' ? `its memory limit (${formatSize(value)})` : `its disk limit (${formatSize(value)} written)`;
  const cause = kind === 'pids' ? 'a fork that does not end' : kind === 'memory' ? 'an allocation that does not end' : 'a build that writes without end';
  return new UserError(
    `The build reached ${what} and was stopped (${setting}).`,
    `If the package really needs more, raise ${setting} (0: no limit); otherwise look for ${cause} in the ebuild.`,
    `limit-${kind}`,
  );
}
