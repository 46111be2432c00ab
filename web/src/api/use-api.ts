import { useEffect, useState } from 'react';
import { getJson } from './client.js';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string; status?: number } | { state: 'ready'; data: T };

interface Keyed<T> {
  key: string;
  result: Loadable<T>;
}

/**
 * GETs `path` whenever it (or `reloadKey`) changes and aborts the previous request, so a slow
 * response for an old filter never overwrites a newer one. With `keepPrevious`, the last data stays
 * on screen while the next request runs (no flicker while typing in a filter). `null` means "not yet".
 */
export function useApi<T>(path: string | null, options: { reloadKey?: number; keepPrevious?: boolean } = {}): Loadable<T> {
  const { reloadKey = 0, keepPrevious = false } = options;
  const [current, setCurrent] = useState<Keyed<T> | null>(null);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => setCurrent({ key: path, result: { state: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
        const message = error instanceof Error ? error.message : String(error);
        setCurrent({ key: path, result: { state: 'error', message, ...(status !== undefined ? { status } : {}) } });
      },
    );
    return () => controller.abort();
  }, [path, reloadKey]);
  if (current === null) return { state: 'loading' };
  if (current.key === path || (keepPrevious && current.result.state === 'ready')) return current.result;
  return { state: 'loading' };
}
