/**
 * The one way the extension registers a command: an error a user can act on becomes one message with the next step
 * (and the log), a user's own cancel is news rather than an error, and the registration lives as long as the Ctx.
 */
import * as vscode from 'vscode';
import { isUserError } from '../core/userError';
import type { Ctx } from './ctx';
import { showError } from './userErrors';

export function registerCommand(ctx: Ctx, id: string, handler: (...args: unknown[]) => unknown): vscode.Disposable {
  const disposable = vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (isUserError(e) && e.code === 'cancelled') void vscode.window.showInformationMessage(e.message);
      else await showError(e, ctx.log);
      return undefined;
    }
  });
  ctx.push(disposable);
  return disposable;
}
