/**
 * The one way the dashboard talks to `ops serve`: same origin, JSON, and the bearer token when the
 * page was opened with `?token=…` (kept in sessionStorage so it survives in-app navigation).
 */
const TOKEN_KEY = 'cockpit-token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Moves `?token=` from the address bar into sessionStorage, so it is not left in history or screenshots. */
export function captureToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

export function authToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = authToken();
  return { Accept: 'application/json', ...extra, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: fall through to a generic message below.
  }
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: headers(), signal: signal ?? null });
  return parse<T>(response);
}

/** POST returning the body even for 409 (the audit already running), which callers treat as success. */
export async function postJson<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
  });
  if (response.status === 409) {
    const text = await response.text();
    return { status: 409, body: JSON.parse(text) as T };
  }
  return { status: response.status, body: await parse<T>(response) };
}

/** Builds `path?key=value…`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
