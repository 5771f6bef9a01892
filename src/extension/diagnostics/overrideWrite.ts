/**
 * Writing one line into the override file the build's profile mounts, as an undoable WorkspaceEdit: a new file
 * (and its folders) is created with the line; an existing one only gets text appended at its end, computed by
 * `appendOverrideLine` so every existing byte stays. Files VS Code would re-encode on save (mixed line ends,
 * bytes that are not UTF-8) are written byte-exactly on disk instead, atomically.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OverrideKind, OverrideSet, OverrideSource } from '../../core/buildModel';
import { appendOverrideLine, appendOverrideLineBytes, overrideTarget, type OverrideLayout } from '../../core/overrideEdit';
import type { BuildConfig } from '../../core/buildConfig';
import { profileLayout } from '../../core/profiles';

/** Which file layout a profile mounts: Sabayon's `custom.<kind>` files, or Gentoo's `package.<kind>`. */
export function layoutOf(profile: string, config: BuildConfig): OverrideLayout {
  return profileLayout(profile, config);
}

const NAMES: Record<OverrideKind, string[]> = {
  use: ['package.use'], mask: ['package.mask'], unmask: ['package.unmask'], env: ['package.env'],
  accept_keywords: ['package.accept_keywords', 'package.keywords'], license: ['package.license'],
};

/** The overrides folder as `overrideTarget` wants it: a directory source is the `package.<kind>/` folder itself. */
async function overrideFolder(root: string, kind: OverrideKind): Promise<{ set: OverrideSet; entries: Map<string, string[]> }> {
  const sources: OverrideSource[] = [];
  const entries = new Map<string, string[]>();
  for (const name of NAMES[kind]) {
    const p = path.join(root, name);
    const st = await fs.stat(p).catch(() => undefined);
    if (!st) continue;
    if (st.isDirectory()) {
      sources.push({ kind, path: p, isDirectory: true });
      entries.set(p, (await fs.readdir(p, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name));
    } else if (st.isFile()) sources.push({ kind, path: p, isDirectory: false });
  }
  return { set: { root, sources }, entries };
}

export interface WriteResult {
  file: string;
  /** The line was already there: nothing was written. */
  unchanged: boolean;
}

export async function targetFile(root: string, kind: OverrideKind, layout: OverrideLayout): Promise<{ path: string; create: boolean }> {
  const { set, entries } = await overrideFolder(root, kind);
  return overrideTarget(set, kind, layout, entries);
}

/** Appends `entry` (and `comments`) to the `kind` override file under `root`; one undo step per call. */
export async function writeOverrideLines(root: string, layout: OverrideLayout,
  lines: { kind: OverrideKind; entry: string; comments: string[] }[]): Promise<WriteResult[]> {
  const edit = new vscode.WorkspaceEdit();
  const results: WriteResult[] = [];
  const pending = new Map<string, { before: string; after: string; uri: vscode.Uri; create: boolean; doc?: vscode.TextDocument }>();
  for (const l of lines) {
    const target = await targetFile(root, l.kind, layout);
    let state = pending.get(target.path);
    if (!state) {
      const uri = vscode.Uri.file(target.path);
      if (target.create) state = { before: '', after: '', uri, create: true };
      else {
        const raw = await fs.readFile(target.path);
        const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === target.path);
        if (!open?.isDirty && !reencodesSafely(raw)) {
          const next = appendOverrideLineBytes(raw, l.entry, { comments: l.comments });
          if (next !== 'unchanged') await writeAtomically(target.path, next);
          results.push({ file: target.path, unchanged: next === 'unchanged' });
          continue;
        }
        const doc = open ?? await vscode.workspace.openTextDocument(uri);
        state = { before: doc.getText(), after: doc.getText(), uri, create: false, doc };
      }
      pending.set(target.path, state);
    }
    const next = appendOverrideLine(state.after, l.entry, { comments: l.comments });
    results.push({ file: target.path, unchanged: next === 'unchanged' });
    if (next !== 'unchanged') state.after = next;
  }
  for (const s of pending.values()) {
    if (s.after === s.before) continue;
    if (s.create) edit.createFile(s.uri, { ignoreIfExists: false, contents: Buffer.from(s.after, 'utf8') });
    else edit.insert(s.uri, s.doc!.positionAt(s.before.length), s.after.slice(s.before.length));
  }
  if (edit.size > 0 && !(await vscode.workspace.applyEdit(edit))) {
    throw new Error(`VS Code refused the edit of ${[...pending.keys()].join(', ')}`);
  }
  // The container reads the file on disk: save what the edit changed.
  for (const s of pending.values()) if (!s.create && s.doc?.isDirty) await s.doc.save();
  return results;
}

/** VS Code keeps a file's bytes on save only if they are UTF-8 and use one kind of line end. */
function reencodesSafely(raw: Buffer): boolean {
  const text = raw.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(raw)) return false;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  return crlf === 0 || crlf === lf;
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.ebuild-builder-${process.pid}`);
  try {
    const st = await fs.stat(file);
    await fs.writeFile(temp, data, { mode: st.mode });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
