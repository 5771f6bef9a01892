/**
 * A swarm job's output as the engine's service-logs API gives it (`follow`, `details`, `timestamps`, no TTY): frames
 * with Docker's 8-byte header (stream, size), each one log message `<timestamp> <details> <text>` where details name
 * the node, service and task it came from. Also the job wrapper's protocol lines (swarmScripts.ts) in that text.
 */
import { JOB_MARK } from './swarmScripts';

export interface LogMessage {
  stream: 'stdout' | 'stderr';
  /** RFC 3339 with nanoseconds, as the engine wrote it. */
  timestamp: string;
  task?: string;
  node?: string;
  /** The message, with its line ending when it had one. */
  text: Buffer;
}

/** Splits the multiplexed byte stream into messages; frames may arrive cut anywhere. */
export class LogFrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): LogMessage[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const out: LogMessage[] = [];
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const stream = this.pending[0] === 2 ? 'stderr' : 'stdout';
      out.push(parseMessage(stream, this.pending.subarray(8, 8 + size)));
      this.pending = this.pending.subarray(8 + size);
    }
    return out;
  }
}

/** `<timestamp> <k=v,k=v> <text>`: the details are absent when a log driver gives none. */
export function parseMessage(stream: 'stdout' | 'stderr', payload: Buffer): LogMessage {
  const sp1 = payload.indexOf(0x20);
  const timestamp = normalizeTimestamp(sp1 > 0 ? payload.subarray(0, sp1).toString('latin1') : '');
  let rest = sp1 > 0 ? payload.subarray(sp1 + 1) : payload;
  const sp2 = rest.indexOf(0x20);
  const head = (sp2 >= 0 ? rest.subarray(0, sp2) : rest).toString('latin1');
  const attrs: Record<string, string> = {};
  if (/^com\.docker\.swarm\.[a-z.]+=/.test(head)) {
    for (const kv of head.split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) attrs[kv.slice(0, eq)] = decodeURIComponent(kv.slice(eq + 1));
    }
    rest = sp2 >= 0 ? rest.subarray(sp2 + 1) : Buffer.alloc(0);
  }
  return { stream, timestamp, task: attrs['com.docker.swarm.task.id'], node: attrs['com.docker.swarm.node.id'], text: rest };
}

/** RFC 3339 with the fraction padded to nine digits (the engine drops trailing zeros): such strings sort by time. */
export function normalizeTimestamp(ts: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(ts);
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z` : ts;
}

export type JobProtocolLine = { kind: 'status'; status: number } | { kind: 'package'; path: string };

/** A wrapper protocol line (stdout), or undefined for the build's own output. */
export function protocolLine(text: string): JobProtocolLine | undefined {
  if (!text.startsWith(JOB_MARK)) return undefined;
  const m = /^\S+ (status|package) (.+?)\r?\n?$/.exec(text);
  if (!m) return undefined;
  if (m[1] === 'status') return /^\d+$/.test(m[2]) ? { kind: 'status', status: Number(m[2]) } : undefined;
  return { kind: 'package', path: m[2] };
}
