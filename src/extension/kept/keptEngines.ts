/**
 * The kept builds this window knows, and one engine connection per kept build (an ssh engine asks once, not per
 * file read), closed after a minute without use.
 */
import * as vscode from 'vscode';
import type { KeptBuild } from '../../core/keptBuild';
import type { Engine } from '../../docker/engine';
import type { Ctx } from '../ctx';
import type { BuildRecord } from '../builds';
import { connectForVsCode } from '../engineConnect';

const IDLE_MS = 60_000;

export class KeptEngines implements vscode.Disposable {
  private readonly open = new Map<string, { engine: Promise<Engine>; timer?: NodeJS.Timeout }>();

  constructor(private readonly ctx: Ctx) {}

  /** The engine of a build's kept container (the settings of its ebuild's folder choose it, as for the build). */
  async engineFor(record: BuildRecord): Promise<Engine> {
    let entry = this.open.get(record.id);
    if (!entry) {
      const config = this.ctx.config.forResource(vscode.Uri.file(record.ebuildPath));
      entry = { engine: connectForVsCode(this.ctx, config) };
      this.open.set(record.id, entry);
      entry.engine.catch(() => this.open.delete(record.id));
    }
    if (entry.timer) clearTimeout(entry.timer);
    const e = entry;
    e.timer = setTimeout(() => {
      this.open.delete(record.id);
      void e.engine.then((x) => x.close(), () => undefined);
    }, IDLE_MS);
    return entry.engine;
  }

  /** The record's kept build, or a clear message when it has none. */
  keptOf(record: BuildRecord): KeptBuild {
    if (!record.kept) throw new Error(`${record.atom} was not kept.`);
    return record.kept;
  }

  dispose(): void {
    for (const e of this.open.values()) {
      if (e.timer) clearTimeout(e.timer);
      void e.engine.then((x) => x.close(), () => undefined);
    }
    this.open.clear();
  }
}
