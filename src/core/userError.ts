/**
 * An error the user caused or can fix. `message` says what is wrong (naming the file, setting or
 * engine); `action` says what to do next. Adapters show both; nothing else should reach a user raw.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly action?: string,
    /** Stable machine-readable code, e.g. `engine-unreachable`, `not-in-overlay`. */
    readonly code: string = 'user-error',
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** One line for a terminal: message plus the next step. */
  toString(): string {
    return this.action ? `${this.message}\n  → ${this.action}` : this.message;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError');
}
