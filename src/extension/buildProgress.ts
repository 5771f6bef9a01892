/**
 * Progress of a build from the emerge parser's events: `(1 of 3) cat/pkg-ver` and the current phase. The parser
 * lives in src/core/emerge; it is loaded optionally so the extension still runs (with state-only progress)
 * in a tree where it is not there yet.
 */
import type { BuildProgress } from './builds';

interface ParserLike {
  push(chunk: Buffer | string): void;
  end?(): void;
  on?(event: string, listener: (e: Record<string, unknown>) => void): unknown;
}

type ParserCtor = new (...args: unknown[]) => ParserLike;

function loadParser(): ParserCtor | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../core/emerge') as Record<string, unknown>;
    return (mod.EmergeParser as ParserCtor | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}

const Parser = loadParser();

export interface ProgressSink {
  progress(p: BuildProgress): void;
  /** A failure the parser recognised, e.g. `compile phase: emake failed`. */
  failure(summary: string): void;
}

/** Feeds output chunks to the parser (when present) and reports progress changes. */
export class ProgressTracker {
  private parser?: ParserLike;
  private current: BuildProgress = {};

  constructor(private readonly sink: ProgressSink) {
    if (!Parser) return;
    try {
      const handle = (e: Record<string, unknown>) => this.onEvent(e);
      const parser = new Parser({ onEvent: handle });
      // The parser may be an EventEmitter, or take a callback, or both.
      if (typeof parser.on === 'function') {
        for (const t of ['package-start', 'phase', 'build-failure', 'event']) parser.on(t, (e) => handle({ type: t, ...e }));
      }
      this.parser = parser;
    } catch {
      this.parser = undefined;
    }
  }

  push(data: Buffer): void {
    try {
      this.parser?.push(data);
    } catch {
      // A parser bug must not break the build's terminal: progress just stops updating.
      this.parser = undefined;
    }
  }

  end(): void {
    try { this.parser?.end?.(); } catch { /* see push */ }
  }

  private onEvent(e: Record<string, unknown>): void {
    const type = String(e.type ?? e.kind ?? '');
    const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
    if (type === 'package-start') {
      this.current = { index: num(e.index), total: num(e.total), cpv: String(e.cpv ?? e.atom ?? ''), phase: undefined };
      this.sink.progress({ ...this.current });
    } else if (type === 'phase') {
      this.current = { ...this.current, phase: String(e.phase ?? e.name ?? '') };
      this.sink.progress({ ...this.current });
    } else if (type === 'build-failure') {
      const phase = e.phase ? `${String(e.phase)} phase` : 'build';
      const reason = e.reason ? `: ${String(e.reason)}` : '';
      this.sink.failure(`${String(e.cpv ?? this.current.cpv ?? '')} failed in the ${phase}${reason}`.trim());
    }
  }
}

/** `(1 of 3) app-misc/hello-1.0 · compile`, or just the state when nothing is known yet. */
export function describeProgress(p: BuildProgress, fallback: string): string {
  if (!p.cpv) return fallback;
  const count = p.index !== undefined && p.total !== undefined ? `(${p.index} of ${p.total}) ` : '';
  return `${count}${p.cpv}${p.phase ? ` · ${p.phase}` : ''}`;
}
