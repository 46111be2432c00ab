/**
 * A fleet store that could not answer a request. The server answers with `status` and this one-line
 * message, never the database's own text (which may name tables, queries or the input that broke
 * them); the original error stays in `cause` for whoever debugs the process.
 */
export class StoreFailure extends Error {
  constructor(
    readonly status: 500 | 503,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const STORE_UNAVAILABLE = 'the fleet store is unavailable (the database cannot be reached); try again shortly';
export const STORE_FAILED = 'internal error: the fleet store could not answer this request';
