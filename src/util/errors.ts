/**
 * An error the user can act on: it becomes one line on stderr and exit code 3. Anything else that
 * escapes is an internal error (still exit 3, with the stack only under --debug).
 */
export class CockpitError extends Error {
  override readonly name = 'CockpitError';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
