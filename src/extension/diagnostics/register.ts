/**
 * Wires emerge's diagnostics, their quick fixes, their rows in the Builds tree and the USE flags picker into
 * the extension (an optional feature of main.ts).
 */
import type { Ctx } from '../ctx';
import { EmergeDiagnostics } from './emergeDiagnostics';
import { findingItems } from './findingItems';
import { registerQuickFixes } from './quickFixes';
import { registerUseFlagsPicker } from './useFlagsPicker';

export function registerDiagnostics(ctx: Ctx): EmergeDiagnostics {
  const diags = new EmergeDiagnostics(ctx);
  ctx.push(diags, ...registerQuickFixes(ctx, diags), registerUseFlagsPicker(ctx));
  ctx.buildsView.findingItems = (record) => findingItems(diags, record);
  return diags;
}
