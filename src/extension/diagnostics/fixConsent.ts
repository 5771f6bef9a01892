/**
 * Accepting a licence, a testing keyword or a masked package is the user's decision (Portage stopped writing these
 * on its own for that reason): before such a line is written, say what it accepts — the licence's name and text
 * from the repository's `licenses/`, the keyword, the mask's reason — and write only what the user agreed to.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { discoverOverlays } from '../../core/overlays';
import type { OverrideFix } from './diagnosticPlan';

/** `licenses/NAME` in the workspace's repositories (the overlays and the trees they name as masters, when present). */
async function licenseFile(name: string, folders: string[]): Promise<string | undefined> {
  const { overlays } = await discoverOverlays(folders);
  for (const o of overlays) {
    const file = path.join(o.realPath, 'licenses', name);
    if (await fs.stat(file).then((s) => s.isFile(), () => false)) return file;
  }
  return undefined;
}

const [atomOf, restOf] = [(entry: string) => entry.trim().split(/\s+/)[0], (entry: string) => entry.trim().split(/\s+/).slice(1)];

/** Asks about one fix; true when the user agreed (or the fix needs no consent: USE flags, masks). */
async function agree(fix: OverrideFix, folders: string[]): Promise<boolean> {
  const atom = atomOf(fix.entry);
  if (fix.kind === 'license') {
    const names = restOf(fix.entry);
    const found: string[] = [];
    for (const name of names) {
      const file = await licenseFile(name, folders);
      if (!file) continue;
      found.push(name);
      await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    }
    const missing = names.filter((n) => !found.includes(n));
    const detail = [
      found.length ? `The text of ${found.join(', ')} is open beside this editor.` : '',
      missing.length ? `The text of ${missing.join(', ')} is not in the workspace's repositories (it is in the tree the builder uses, under licenses/).` : '',
      `Accepting writes "${fix.entry}" to package.license. Read the licence before you accept it.`,
    ].filter(Boolean).join('\n');
    const choice = await vscode.window.showWarningMessage(`Accept the licence ${names.join(', ')} for ${atom}?`, { modal: true, detail }, 'Accept Licence');
    return choice === 'Accept Licence';
  }
  if (fix.kind === 'accept_keywords') {
    const keywords = restOf(fix.entry).join(' ') || 'its keywords';
    const choice = await vscode.window.showWarningMessage(`Accept ${keywords} for ${atom}?`, {
      modal: true,
      detail: `This unmasks the versions of ${atom} marked ${keywords} (testing or unkeyworded: not declared stable on this arch) for builds of this workspace. It writes "${fix.entry}" to package.accept_keywords.`,
    }, 'Accept Keyword');
    return choice === 'Accept Keyword';
  }
  if (fix.kind === 'unmask') {
    const reason = fix.comments.filter((c) => !/^#\s*required by/.test(c)).map((c) => c.replace(/^#\s?/, '')).join('\n');
    const choice = await vscode.window.showWarningMessage(`Unmask ${atom}?`, {
      modal: true,
      detail: `${reason ? `It is masked for this reason:\n${reason}\n\n` : ''}This unmasks ${atom} for builds of this workspace. It writes "${fix.entry}" to package.unmask.`,
    }, 'Unmask');
    return choice === 'Unmask';
  }
  return true;
}

/** The fixes the user agreed to, in order; the others are not written. */
export async function agreedFixes(fixes: OverrideFix[], folders: string[]): Promise<OverrideFix[]> {
  const out: OverrideFix[] = [];
  for (const fix of fixes) if (await agree(fix, folders)) out.push(fix);
  return out;
}
