/** Docker Engine API failures → one UserError naming the engine and the next step. */
import type { ContainerSpec } from '../core/buildModel';
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

/**
 * A container that cannot start because one of its mounts does not fit the image (a file where the profile expects
 * a folder, a path that cannot be created): which input, where it comes from, what to do. Undefined for other errors.
 */
export function mountError(err: unknown, spec: ContainerSpec): UserError | undefined {
  const text = engineMessage(err);
  const m = /error mounting "([^"]+)" to rootfs at "([^"]+)"/.exec(text);
  if (!m) return undefined;
  const [, source, target] = m;
  const input = spec.inputs.find((i) => i.containerPath === target || (i.kind !== 'content' && i.hostPath === source));
  const what = input?.origin ?? (input && input.kind !== 'content' ? input.hostPath : source);
  const reason = /not a directory/i.test(text)
    ? 'the image has a file on that path where a folder is needed'
    : /no such file or directory/i.test(text)
      ? 'the path does not exist on the engine\'s machine'
      : /read-only file system/i.test(text)
        ? 'that part of the image is read-only'
        : text.replace(/^.*?:\s*(?=[^:]*$)/, '');
  return new UserError(
    `The builder container could not start: ${what} is mounted at ${target} in ${spec.image}, and ${reason}.`,
    `Check that ebuildBuilder.images points this profile at the image it is made for; otherwise move ${what} out of the way (or fix the setting that adds it), then build again.`,
    'mount-failed',
  );
}
