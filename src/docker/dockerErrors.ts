/** Docker Engine API failures → one UserError naming the engine and the next step. */
import { UserError, isUserError } from '../core/userError';
import type { Engine } from './engine';
import { engineError } from './engineErrors';

interface ApiError extends Error {
  statusCode?: number;
  code?: string;
  json?: { message?: string };
  reason?: string;
}

export function engineMessage(err: unknown): string {
  const e = err as ApiError;
  return (e?.json?.message ?? e?.message ?? String(err)).trim();
}

export function asUserError(err: unknown, engine: Engine, doing: string): UserError {
  if (isUserError(err)) return err;
  const e = err as ApiError;
  const where = `the Docker engine at ${engine.url} (${engine.chosenBy})`;
  // Not reaching the engine at all (socket missing, refused, permission, TLS, ssh): engineErrors.ts words those.
  if (e?.code && !e.statusCode) return engineError(err, engine, doing);
  return new UserError(`${where} failed while ${doing}: ${engineMessage(err)}`, 'Check the engine (`docker info`), then try again.', 'engine-error');
}

export function isNotFound(err: unknown): boolean {
  return (err as ApiError)?.statusCode === 404;
}
