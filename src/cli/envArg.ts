/** `--env K=V` → [K, V], with a clear error for anything else. */
import { UserError } from '../core/userError';

export function parseEnvAssignment(text: string): [string, string] {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
  if (!m) throw new UserError(`--env '${text}' is not NAME=VALUE.`, 'Write e.g. --env BUILDER_JOBS=4.', 'bad-argument');
  return [m[1], m[2]];
}
