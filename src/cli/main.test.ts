import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

/** The CLI in-process with captured streams; `settle` answers as a stdout that failed or not. */
function captured(settled?: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    stdoutIsTty: false,
    stderrIsTty: false,
    env: {},
    cwd: os.tmpdir(),
    settle: () => Promise.resolve(settled),
  };
  return io;
}

describe('main', () => {
  it('shows control characters of a path in an error as escapes, on one line', async () => {
    const io = captured();
    const code = await main(['node', 'ops', 'report', '/nonexistent/\u001b[2Jagent\n✖ forged'], io);
    expect(code).toBe(3);
    expect(io.err).toBe('ops: error: /nonexistent/\\x1b[2Jagent\\n✖ forged: no such file or directory\n');
  });

  it('cuts an error line to a readable length', async () => {
    const io = captured();
    await main(['node', 'ops', 'report', `/nonexistent/${'x'.repeat(5000)}`], io);
    expect(io.err.endsWith('…\n')).toBe(true);
    expect(io.err.length).toBeLessThan(600);
  });

  it('escapes what commander quotes from the command line', async () => {
    const io = captured();
    expect(await main(['node', 'ops', 'report', '--frobnicate\u001b[31m'], io)).toBe(3);
    expect(io.err).toMatch(/^ops: error: unknown option '--frobnicate\\x1b\[31m'\n/);
  });

  it('turns output stdout could not take into exit 3 with one line', async () => {
    const io = captured('ENOSPC');
    expect(await main(['node', 'ops', '--version'], io)).toBe(3);
    expect(io.err).toBe('ops: error: cannot write to standard output (ENOSPC)\n');
  });

  it('keeps the exit code when stdout settles without a failure (a reader that left is none)', async () => {
    const io = captured(undefined);
    expect(await main(['node', 'ops', '--version'], io)).toBe(0);
    expect(io.err).toBe('');
  });
});
