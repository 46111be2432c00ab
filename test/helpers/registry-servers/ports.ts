import net from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** A server could not bind its port: another process took it between our probe and its start. */
export class PortInUseError extends Error {
  constructor(readonly port: number, detail: string) {
    super(`port ${port} on ${LOOPBACK} is already in use: ${detail}`);
    this.name = 'PortInUseError';
  }
}

/**
 * Asks the kernel for a free port on the loopback address (listen on 0, read it, close).
 * Verdaccio takes a fixed port in their configuration, so it cannot listen on 0 itself.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('the kernel gave no port'))));
    });
  });
}

/**
 * Runs `start` on a free port and, when the port was taken in the short window between probing and binding,
 * once more on a fresh one. A second collision is a real problem and is thrown.
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  try {
    return await start(await findFreePort());
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    return start(await findFreePort());
  }
}

/** `onFreePort`, or exactly `port` when the caller fixed one (then a collision is the caller's to handle). */
export function onPort<T>(port: number | undefined, start: (port: number) => Promise<T>): Promise<T> {
  return port === undefined ? onFreePort(start) : start(port);
}
