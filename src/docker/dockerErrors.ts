/** Docker Engine API failures → one UserError naming the engine and the next step. */
import { UserError, isUserError } from '../core/userError';
import type { Engine } from './engine';

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
  switch (e?.code) {
    case 'ENOENT':
      return new UserError(`Cannot reach ${where}: the socket does not exist, so the engine is not running.`, 'Start it (`sudo systemctl start docker`, or `dockerd`), or choose another engine in ebuildBuilder.engine / --engine.', 'engine-unreachable');
    case 'ECONNREFUSED':
      return new UserError(`Cannot reach ${where}: the connection was refused, so the engine is not running there.`, 'Start the engine, or choose another one in ebuildBuilder.engine / --engine.', 'engine-unreachable');
    case 'EACCES':
    case 'EPERM':
      return new UserError(`Permission denied on ${where}.`, 'Add yourself to the docker group (`sudo usermod -aG docker $USER`, then log in again), or use a rootless engine.', 'engine-permission');
    case 'ECONNRESET':
    case 'EPIPE':
      return new UserError(`The connection to ${where} was lost while ${doing}.`, 'Check that the engine is still running, then build again.', 'engine-lost');
  }
  return new UserError(`${where} failed while ${doing}: ${engineMessage(err)}`, 'Check the engine (`docker info`), then try again.', 'engine-error');
}

export function isNotFound(err: unknown): boolean {
  return (err as ApiError)?.statusCode === 404;
}
