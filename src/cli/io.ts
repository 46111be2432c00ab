/** What a command may touch of the outside world: injectable so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  /** The terminal's width when stdout is one: text tables are fitted to it. */
  stdoutColumns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Waits until what was written has left the process; returns why stdout could not take it
   * (`ENOSPC` on `> /dev/full`), or undefined. A reader that went away (`| head`) is no failure.
   */
  settle?(): Promise<string | undefined>;
}

interface GuardedStream {
  write(text: string): void;
  settle(): Promise<string | undefined>;
}

/**
 * A process stream that never throws or emits an unhandled 'error': a closed pipe (EPIPE, as with
 * `| head -c 10`) quietly drops the rest, like any Unix filter; another failure is remembered for `settle`.
 */
function guarded(stream: NodeJS.WriteStream): GuardedStream {
  let broken = false;
  let failure: string | undefined;
  const fail = (error: unknown): void => {
    broken = true;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPIPE' && code !== 'ERR_STREAM_DESTROYED') failure ??= code ?? String(error);
  };
  stream.on('error', fail);
  return {
    write(text) {
      if (broken) return;
      try {
        stream.write(text);
      } catch (error) {
        fail(error);
      }
    },
    settle() {
      if (broken) return Promise.resolve(failure);
      return new Promise((resolve) => {
        // The callback runs once the empty write, and so everything before it, has been flushed.
        stream.write('', (error) => {
          if (error) fail(error);
          resolve(failure);
        });
      });
    },
  };
}

export function processIo(): CliIo {
  const stdout = guarded(process.stdout);
  const stderr = guarded(process.stderr);
  return {
    stdout: stdout.write,
    stderr: stderr.write,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
    settle: async () => {
      const failure = await stdout.settle();
      await stderr.settle();
      return failure;
    },
  };
}
