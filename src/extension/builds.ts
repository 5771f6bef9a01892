/**
 * The builds of this window, running and finished, as plain records. Views, the status bar and the terminals
 * read these and listen to `onDidChange`; only the build runner writes them.
 */
import * as vscode from 'vscode';
import type { BuildHandle, BuildResult, BuildState } from '../core/buildRun';
import type { KeptBuild } from '../core/keptBuild';

export { atomOfEbuild, engineLabel, formatDuration } from './buildText';

export interface BuildProgress {
  index?: number;
  total?: number;
  cpv?: string;
  phase?: string;
}

/** What a row of Builds is running. */
export type RunKind = 'build' | 'use-combination' | 'pkgcheck' | 'publish' | 'refresh' | 'emerge-info';

/** Runs whose output is emerge's: their findings become diagnostics. */
export const emergeRun = (b: BuildRecord): boolean => b.kind === 'build' || b.kind === 'use-combination';

export interface BuildRecord {
  /** Stable id (tree item id, log document id). */
  readonly id: string;
  /** A build, or another container the extension runs for an ebuild (USE combination, pkgcheck, publish, refresh). */
  readonly kind: RunKind;
  /** `cat/pkg-ver`, from the ebuild path. */
  readonly atom: string;
  readonly ebuildPath: string;
  readonly workspaceFolder?: string;
  readonly profile: string;
  /** The engine: as the user named it until connected, then its URL. */
  engine: string;
  state: BuildState;
  readonly startedAt: number;
  endedAt?: number;
  progress: BuildProgress;
  handle?: BuildHandle;
  result?: BuildResult;
  /** Image and argv, once known (from the handle or the result). */
  image?: string;
  argv?: string[];
  /** Set when the profile replaces the image's ENTRYPOINT. */
  entrypoint?: string[];
  /** The profile's notes on the choices it made (shown in the terminal header). */
  notes?: string[];
  /** Where the full log is being written (known once the build is prepared). */
  logPath?: string;
  /** Cancel was asked before the engine handed back a handle. */
  cancelRequested?: boolean;
  /** Last failure explanation (UserError message or failing phase). */
  message?: string;
  /** The whole output as received (with escapes): serves the log document while no saved log exists. */
  transcript: string[];
  /** The failed build, kept for debugging (shell, rerun, WORKDIR, patch). */
  kept?: KeptBuild;
}

const FINISHED: readonly BuildState[] = ['succeeded', 'failed', 'cancelled', 'error'];
export const isFinished = (b: BuildRecord): boolean => FINISHED.includes(b.state);

export function durationOf(b: BuildRecord, now = Date.now()): number {
  return (b.endedAt ?? now) - b.startedAt;
}

export class BuildList implements vscode.Disposable {
  private readonly records = new Map<string, BuildRecord>();
  private readonly emitter = new vscode.EventEmitter<BuildRecord | undefined>();
  /** Fires with the changed record, or undefined when the list itself changed. */
  readonly onDidChange = this.emitter.event;
  private counter = 0;

  create(init: Omit<BuildRecord, 'id' | 'state' | 'startedAt' | 'progress' | 'transcript'>): BuildRecord {
    const id = `build-${Date.now().toString(36)}-${++this.counter}`;
    const record: BuildRecord = { ...init, id, state: 'queued', startedAt: Date.now(), progress: {}, transcript: [] };
    this.records.set(id, record);
    this.emitter.fire(undefined);
    return record;
  }

  /** A finished build known only from the engine (a kept build of an earlier session). */
  restore(init: Omit<BuildRecord, 'id' | 'progress' | 'transcript'> & { id: string }): BuildRecord {
    const record: BuildRecord = { ...init, progress: {}, transcript: [] };
    this.records.set(record.id, record);
    this.emitter.fire(undefined);
    return record;
  }

  changed(record: BuildRecord): void {
    this.emitter.fire(record);
  }

  get(id: string): BuildRecord | undefined {
    return this.records.get(id);
  }

  /** Newest first. */
  all(): BuildRecord[] {
    return [...this.records.values()].reverse();
  }

  running(): BuildRecord[] {
    return this.all().filter((b) => !isFinished(b));
  }

  runningFor(ebuildPath: string): BuildRecord | undefined {
    return this.running().find((b) => b.ebuildPath === ebuildPath);
  }

  remove(id: string): void {
    if (this.records.delete(id)) this.emitter.fire(undefined);
  }

  clearFinished(): void {
    for (const b of this.all()) if (isFinished(b)) this.records.delete(b.id);
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
