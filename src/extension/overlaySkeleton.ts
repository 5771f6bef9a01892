/** "Make this folder an overlay": the two files Portage needs to treat a folder as a repository. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** A repo name Portage accepts, from a folder name. */
function repoNameFor(folderName: string): string {
  const cleaned = folderName.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-]+|[-]+$/g, '');
  return cleaned && /^[A-Za-z0-9_]/.test(cleaned) ? cleaned : 'local-overlay';
}

async function writeNew(file: string, text: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Writes profiles/repo_name and metadata/layout.conf (never overwriting), in a folder the user picks. */
export async function createOverlayHere(): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Make which folder an overlay?' });
  if (!folder) return false;
  const name = await vscode.window.showInputBox({
    title: 'Repository name of the overlay',
    value: repoNameFor(folder.name),
    validateInput: (v) => (/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(v) ? undefined : 'Letters, digits, "_" and "-" (not first).'),
  });
  if (!name) return false;
  const root = folder.uri.fsPath;
  await writeNew(path.join(root, 'profiles', 'repo_name'), `${name}\n`);
  await writeNew(path.join(root, 'metadata', 'layout.conf'), `masters = gentoo\nthin-manifests = true\nsign-manifests = false\n`);
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, 'metadata', 'layout.conf')));
  return true;
}
