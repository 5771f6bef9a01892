/** Shows errors the way a user can act on them: the message, the next step, and a button where one helps. */
import * as vscode from 'vscode';
import { isUserError } from '../core/userError';

const BUTTONS: Record<string, { title: string; command: string; args?: unknown[] }[]> = {
  'engine-unreachable': [
    { title: 'Check Again', command: 'ebuildBuilder.checkEngine' },
    { title: 'Choose Engine', command: 'ebuildBuilder.switchEngine' },
  ],
  'engine-lost': [{ title: 'Check Engine', command: 'ebuildBuilder.checkEngine' }],
  'engine-permission': [{ title: 'Check Again', command: 'ebuildBuilder.checkEngine' }],
  'not-in-overlay': [{ title: 'Make Folder an Overlay', command: 'ebuildBuilder.createOverlay' }],
  'image-missing': [{ title: 'Set Image', command: 'workbench.action.openSettings', args: ['ebuildBuilder.images'] }],
  'publish-failed': [{ title: 'Show Log', command: 'ebuildBuilder.showLog' }],
  'publish-tool-missing': [{ title: 'Set Image', command: 'workbench.action.openSettings', args: ['ebuildBuilder.images'] }],
};

/** One line: what is wrong, then what to do. */
export function describeError(e: unknown): string {
  if (isUserError(e)) return e.action ? `${e.message}${/[.!?:]$/.test(e.message.trim()) ? '' : '.'} ${e.action}` : e.message;
  return `Unexpected error: ${(e as Error)?.message ?? String(e)}`;
}

export async function showError(e: unknown, log?: vscode.LogOutputChannel): Promise<void> {
  if (!isUserError(e)) log?.error(String((e as Error)?.stack ?? e));
  const buttons = isUserError(e) ? BUTTONS[e.code] ?? [] : [{ title: 'Show Log', command: 'ebuildBuilder.showLog' }];
  const choice = await vscode.window.showErrorMessage(describeError(e), ...buttons.map((b) => b.title));
  const button = buttons.find((b) => b.title === choice);
  if (button) await vscode.commands.executeCommand(button.command, ...(button.args ?? []));
}
