import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * Load for the store benchmark: a real `ops serve --store` in its own process (so the clients do not
 * share its event loop and its memory is its own), and a fixed number of GET requests from a few
 * concurrent clients, timed one by one.
 */

export interface ServedProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `node OPS serve ...args` and resolves with the URL it prints on stderr. */
export function startServeProcess(opsScript: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ServedProcess> {
  const child: ChildProcess = spawn(process.execPath, [opsScript, 'serve', ...args, '--port', '0', '--no-open'], {
    env: { ...process.env, ...env, OPS_SERVER_TOKEN: '', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<ServedProcess>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`ops serve printed no URL in ${timeoutMs} ms: ${stderr.trim()}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Serving the cockpit dashboard at (http:\/\/\S+\/) /.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, pid: child.pid!, stop });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`ops serve exited (${child.exitCode ?? child.signalCode}): ${stderr.trim()}`));
    });
  });
}

/** Resident and peak resident memory of a process, in MiB (Linux /proc; undefined elsewhere). */
export async function processMemory(pid: number): Promise<{ rss: number; peak: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export interface LoadResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests per second over the whole run. */
  rate: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * `requests` GETs of `url` from `clients` concurrent loops; every answer must be 200 and is read
 * whole (the time includes the body). Latencies in milliseconds.
 */
export async function loadTest(url: string, clients: number, requests: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests) {
      next++;
      const sent = performance.now();
      const response = await fetch(url);
      const body = await response.text();
      latencies.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1]!,
    rate: latencies.length / seconds,
  };
}
