/**
 * Emerge's complaints as VS Code diagnostics (source "emerge"): each build's output is parsed as it streams
 * (stdout and stderr apart, as the parser prefers), planned onto the ebuild, eclass, Manifest or override
 * lines (diagnosticPlan.ts), and published per build. A new build of the same ebuild replaces them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EmergeParser, type EmergeEvent, type Stream } from '../../core/emerge';
import type { RunEvent } from '../../core/buildRun';
import type { LocateSources } from '../../core/locations';
import type { OverrideKind } from '../../core/buildModel';
import { discoverOverrides } from '../../core/overrides';
import type { Ctx } from '../ctx';
import { emergeRun, isFinished, type BuildRecord } from '../builds';
import { logUri } from '../buildLogDocument';
import { plainLogText } from '../buildLogOutline';
import { codeOf, cpvOfEbuildPath, cpvsNamed, planDiagnostics, type PlannedDiagnostic } from './diagnosticPlan';
import type { BuildHandle } from '../../core/buildRun';
import { buildPaths } from '../../core/keptBuild';
import { keptUri } from '../kept/keptFileSystem';

/** A file of the build's tree (container path) in its kept build, when it was kept and the file is under WORKDIR. */
function keptFileUri(b: BuildRecord, file: string | undefined): vscode.Uri | undefined {
  if (!b.kept || !file) return undefined;
  const work = buildPaths(b.kept.info).work;
  return file.startsWith(`${work}/`) ? keptUri(b, 'work', file.slice(work.length + 1)) : undefined;
}

export const DIAGNOSTIC_SOURCE = 'emerge';
const MAX_LOG_BYTES = 64 * 1024 * 1024;

/** One published diagnostic and the plan it came from (the quick fixes read `planned.fixes`). */
export interface BuildFinding {
  record: BuildRecord;
  index: number;
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  planned: PlannedDiagnostic;
}

interface Follow {
  /** The run it follows: a phase run again in a kept build is a new one. */
  handle?: BuildHandle;
  /** The kept build the last publish pointed into. */
  keptId?: string;
  parser: EmergeParser;
  events: EmergeEvent[];
  unsubscribe?: () => void;
  timer?: NodeJS.Timeout;
  ended: boolean;
}

export class EmergeDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly follows = new Map<string, Follow>();
  private readonly published = new Map<string, BuildFinding[]>();
  private readonly emitter = new vscode.EventEmitter<BuildRecord>();
  /** Fires when a build's findings change. */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly ctx: Ctx) {
    this.subscription = ctx.builds.onDidChange((b) => (b ? this.onRecord(b) : this.onList()));
    for (const b of ctx.builds.all()) this.onRecord(b);
  }

  /** The findings of one build, in output order. */
  findingsOf(record: BuildRecord): BuildFinding[] {
    return this.published.get(record.id) ?? [];
  }

  /** The finding behind a diagnostic VS Code hands back (a copy: matched by code, message and line). */
  lookup(uri: vscode.Uri, d: vscode.Diagnostic): BuildFinding | undefined {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    for (const list of this.published.values()) {
      const f = list.find((x) => x.uri.toString() === uri.toString() && x.planned.code === code
        && x.diagnostic.message === d.message && x.diagnostic.range.start.line === d.range.start.line);
      if (f) return f;
    }
    return undefined;
  }

  private onRecord(b: BuildRecord): void {
    if (!emergeRun(b)) return;
    let f = this.follows.get(b.id);
    if (f && b.handle && f.handle !== b.handle) {
      f.unsubscribe?.();
      if (f.timer) clearTimeout(f.timer);
      this.follows.delete(b.id);
      f = undefined;
    }
    // Kept after it ended: its compiler errors can now point into the kept build's files.
    if (f?.ended && f.keptId !== b.kept?.id) {
      f.keptId = b.kept?.id;
      void this.publish(b, f, true);
      return;
    }
    if (!f && b.handle) {
      const created: Follow = { handle: b.handle, keptId: b.kept?.id, parser: new EmergeParser((e) => this.onEvent(b, created, e)), events: [], ended: false };
      f = created;
      this.follows.set(b.id, created);
      // Output already in the transcript was missed by this subscription: parse it, and the rest, as one merged stream.
      const merged = b.transcript.length > 0;
      for (const chunk of b.transcript) created.parser.push(chunk);
      created.unsubscribe = b.handle.onEvent((e: RunEvent) => {
        if (e.type === 'output') created.parser.push(e.data, merged ? undefined : e.stream as Stream);
      });
    }
    if (!isFinished(b)) return;
    if (!f) {
      // Never got a handle (failed while preparing) or finished before we looked: parse what was received.
      const created: Follow = { keptId: b.kept?.id, parser: new EmergeParser((e) => this.onEvent(b, created, e)), events: [], ended: false };
      f = created;
      this.follows.set(b.id, created);
      for (const chunk of b.transcript) created.parser.push(chunk);
    }
    if (f.ended) return;
    f.ended = true;
    f.unsubscribe?.();
    f.parser.end();
    if (f.timer) clearTimeout(f.timer);
    void this.publish(b, f, true);
  }

  /** Keeps what a finding needs; drops the rest (a long merge list, phases). */
  private onEvent(b: BuildRecord, f: Follow, e: EmergeEvent): void {
    if (e.type !== 'package-start' && !codeOf(e)) return;
    if (f.events.length < 5000) f.events.push(e);
    // While running, show findings as they come, at most once a second.
    if (!f.ended && e.type !== 'package-start' && e.type !== 'compiler-diagnostic') {
      f.timer ??= setTimeout(() => { f.timer = undefined; if (!f.ended) void this.publish(b, f, false); }, 1000);
    }
  }

  /** A new build of an ebuild clears the older builds' findings; a removed build takes its findings along. */
  private onList(): void {
    const newest = new Set<string>();
    const keep = new Set<string>();
    for (const b of this.ctx.builds.all().filter(emergeRun)) {
      if (newest.has(b.ebuildPath)) continue;
      newest.add(b.ebuildPath);
      keep.add(b.id);
    }
    let changed = false;
    for (const id of [...this.published.keys()]) if (!keep.has(id)) { this.published.delete(id); changed = true; }
    for (const [id, f] of this.follows) if (!this.ctx.builds.get(id)) { f.unsubscribe?.(); if (f.timer) clearTimeout(f.timer); this.follows.delete(id); }
    if (changed) this.refreshCollection();
    for (const b of this.ctx.builds.all()) this.onRecord(b);
  }

  private async publish(b: BuildRecord, f: Follow, final: boolean): Promise<void> {
    try {
      const events = [...f.events];
      const planned = planDiagnostics(events, await this.sources(b, events, final));
      // A slow interim publish must not overwrite the final one; an old build must not overwrite a newer one.
      if ((!final && f.ended) || !this.isNewest(b)) return;
      const findings: BuildFinding[] = [];
      const texts = new Map<string, string[]>();
      for (const [index, p] of planned.entries()) {
        const uri = vscode.Uri.file(p.file);
        const lines = texts.get(p.file) ?? (await readLines(p.file));
        texts.set(p.file, lines);
        const d = new vscode.Diagnostic(lineRange(lines, p.line, p.endLine), p.message,
          p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = p.code;
        d.relatedInformation = p.related.flatMap((r) => {
          const uri = r.target === 'log' ? logUri(b) : r.target === 'build' ? keptFileUri(b, r.file) : vscode.Uri.file(r.file ?? p.file);
          return uri ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Position(r.line, 0)), r.message)] : [];
        });
        findings.push({ record: b, index, uri, diagnostic: d, planned: p });
      }
      this.published.set(b.id, findings);
      this.refreshCollection();
      this.emitter.fire(b);
      this.ctx.builds.changed(b);
    } catch (e) {
      this.ctx.log.error(`diagnostics of ${b.atom}: ${(e as Error).stack ?? e}`);
    }
  }

  private isNewest(b: BuildRecord): boolean {
    return this.ctx.builds.all().find((x) => emergeRun(x) && x.ebuildPath === b.ebuildPath)?.id === b.id;
  }

  private refreshCollection(): void {
    const byUri = new Map<string, { uri: vscode.Uri; diags: vscode.Diagnostic[] }>();
    for (const list of this.published.values()) {
      for (const f of list) {
        const entry = byUri.get(f.uri.toString()) ?? { uri: f.uri, diags: [] };
        entry.diags.push(f.diagnostic);
        byUri.set(f.uri.toString(), entry);
      }
    }
    this.collection.clear();
    for (const { uri, diags } of byUri.values()) this.collection.set(uri, diags);
  }

  /** Texts the planner needs: the ebuild, the overlay's eclasses, the Manifest, other ebuilds named, the log. */
  private async sources(b: BuildRecord, events: EmergeEvent[], final: boolean) {
    const overlayRoot = path.resolve(path.dirname(b.ebuildPath), '..', '..');
    const own = await locateSources(b.ebuildPath, overlayRoot);
    const otherEbuilds = new Map<string, LocateSources>();
    for (const cpv of cpvsNamed(events)) {
      const [cat, pf] = cpv.split('/');
      const pn = pf ? pf.replace(/-\d.*$/, '') : '';
      const file = path.join(overlayRoot, cat ?? '', pn, `${pf}.ebuild`);
      if (file !== b.ebuildPath && (await exists(file))) otherEbuilds.set(cpv, await locateSources(file, overlayRoot));
    }
    const logPath = final ? b.result?.logPath ?? b.logPath : undefined;
    const logText = logPath ? await readCapped(logPath) : undefined;
    const overrides: { kind: OverrideKind; path: string; text: string }[] = [];
    if (b.workspaceFolder) {
      const set = await discoverOverrides(b.workspaceFolder, this.ctx.config.forResource(vscode.Uri.file(b.ebuildPath)).overridesFolder).catch(() => undefined);
      for (const s of set?.sources ?? []) if (s.kind === 'mask') overrides.push({ kind: s.kind, path: s.path, text: await fs.readFile(s.path, 'utf8').catch(() => '') });
    }
    return { ...own, cpv: cpvOfEbuildPath(b.ebuildPath), otherEbuilds, overrides, logText: logText !== undefined ? plainLogText(logText) : undefined };
  }

  dispose(): void {
    for (const f of this.follows.values()) { f.unsubscribe?.(); if (f.timer) clearTimeout(f.timer); }
    this.subscription.dispose();
    this.collection.dispose();
    this.emitter.dispose();
  }
}

async function locateSources(ebuildPath: string, overlayRoot: string): Promise<LocateSources> {
  const ebuildText = await fs.readFile(ebuildPath, 'utf8').catch(() => '');
  const eclasses = new Map<string, string>();
  const eclassPaths = new Map<string, string>();
  const dir = path.join(overlayRoot, 'eclass');
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.eclass')) continue;
    const key = name.replace(/\.eclass$/, '');
    eclasses.set(key, await fs.readFile(path.join(dir, name), 'utf8').catch(() => ''));
    eclassPaths.set(key, path.join(dir, name));
  }
  const manifestPath = path.join(path.dirname(ebuildPath), 'Manifest');
  const manifestText = await fs.readFile(manifestPath, 'utf8').catch(() => undefined);
  return { ebuildPath, ebuildText, eclasses, eclassPaths, manifestText, manifestPath };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then((s) => s.isFile(), () => false);
}

async function readCapped(file: string): Promise<string | undefined> {
  try {
    const st = await fs.stat(file);
    if (st.size <= MAX_LOG_BYTES) return await fs.readFile(file, 'utf8');
    const h = await fs.open(file, 'r');
    try {
      const buf = Buffer.alloc(MAX_LOG_BYTES);
      const { bytesRead } = await h.read(buf, 0, MAX_LOG_BYTES, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await h.close();
    }
  } catch {
    return undefined;
  }
}

async function readLines(file: string): Promise<string[]> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  const text = open ? open.getText() : await fs.readFile(file, 'utf8').catch(() => '');
  return text.split(/\r?\n/);
}

/** From the first non-blank character of `line` to the end of `endLine`, so the squiggle covers the text. */
function lineRange(lines: string[], line: number, endLine: number): vscode.Range {
  const l = Math.min(Math.max(0, line), Math.max(0, lines.length - 1));
  const e = Math.min(Math.max(l, endLine), Math.max(0, lines.length - 1));
  const text = lines[l] ?? '';
  const start = Math.max(0, text.search(/\S/));
  return new vscode.Range(l, start, e, Math.max((lines[e] ?? '').length, e === l ? start : 0));
}
