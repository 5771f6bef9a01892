/**
 * Progress of a build from the emerge parser's events: `(1 of 3) cat/pkg-ver` and the current phase, plus the
 * failure summary for the footer and the notification.
 */
import { EmergeParser, type EmergeEvent, type Stream } from '../core/emerge';
import type { BuildProgress } from './builds';
import { formatDuration } from './buildText';
import { findingOf } from '../core/findings';

export interface ProgressSink {
  progress(p: BuildProgress): void;
  /** A failure the parser recognised, e.g. `app-misc/broken-1.0 failed in the compile phase: emake failed`. */
  failure(summary: string): void;
}

/** Feeds output chunks to the parser and reports progress changes. */
export class ProgressTracker {
  private readonly parser = new EmergeParser((e) => this.onEvent(e));
  private current: BuildProgress = {};
  private reported = false;

  constructor(private readonly sink: ProgressSink) {}

  push(data: Buffer, stream: Stream): void {
    this.parser.push(data, stream);
  }

  end(): void {
    this.parser.end();
  }

  private onEvent(e: EmergeEvent): void {
    if (e.type === 'package-start') {
      this.current = { index: e.index, total: e.total, cpv: e.cpv, phase: undefined };
      this.sink.progress({ ...this.current });
    } else if (e.type === 'phase' && !e.skipped) {
      this.current = { ...this.current, cpv: this.current.cpv ?? e.cpv, phase: e.phase };
      this.sink.progress({ ...this.current });
    } else if (e.type === 'build-failure') {
      const reason = e.reason.split('\n')[0]?.trim();
      this.sink.failure(`${e.cpv} failed in the ${e.phase} phase${reason ? `: ${reason}` : ''}`);
      this.reported = true;
    } else if (!this.reported) {
      // Before any phase failed, the first thing emerge asked for (a USE/keyword/licence change, a mask…) says why.
      const f = e.type === 'qa-notice' ? undefined : findingOf(e, this.current.cpv);
      if (f?.severity === 'error') {
        this.sink.failure(`${f.title}: ${f.message}`);
        this.reported = true;
      }
    }
  }
}

/**
 * `(1 of 3) app-misc/hello-1.0 · compile`, or `fallback` while no package has started; with the build history's
 * estimate (ms), `… · usually ~45s`.
 */
export function describeProgress(p: BuildProgress, fallback: string, estimateMs?: number): string {
  const usually = estimateMs !== undefined ? ` · usually ~${formatDuration(estimateMs)}` : '';
  if (!p.cpv) return fallback + usually;
  const count = p.index !== undefined && p.total !== undefined ? `(${p.index} of ${p.total}) ` : '';
  return `${count}${p.cpv}${p.phase ? ` · ${p.phase}` : ''}${usually}`;
}
