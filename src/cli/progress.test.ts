import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { createFileProgress, createProgress } from './progress.js';

function capture(): { io: CliIo; text: () => string } {
  let text = '';
  const io = { stdout: () => undefined, stderr: (chunk: string) => void (text += chunk), stdoutIsTty: false, stderrIsTty: false, env: {}, cwd: '/' } as CliIo;
  return { io, text: () => text };
}

const event = (done: number, total: number) => ({ done, total, agent: `agents/a${done}`, verdict: 'pass' as const, cached: false, elapsedMs: done });

describe('fleet progress in a log (not a terminal)', () => {
  it('writes one line per tenth of a large fleet, the last agent included', () => {
    const { io, text } = capture();
    const progress = createProgress(io, false, false);
    progress.start(400);
    for (let done = 1; done <= 400; done++) progress.update(event(done, 400));
    progress.finish();
    const lines = text().trimEnd().split('\n');
    expect(lines[0]).toBe('Auditing 400 agents…');
    expect(lines.slice(1).map((line) => line.split(']')[0])).toEqual(Array.from({ length: 10 }, (_, index) => `[${(index + 1) * 40}/400`));
  });

  it('writes every agent of a fleet of ten or fewer, as before', () => {
    const { io, text } = capture();
    const progress = createProgress(io, false, false);
    for (let done = 1; done <= 4; done++) progress.update(event(done, 4));
    expect(text().trimEnd().split('\n')).toHaveLength(4);
  });
});

describe('file progress of one large agent', () => {
  it('draws files done/total on a terminal and nothing in a log', () => {
    const terminal = capture();
    const drawn = createFileProgress(terminal.io, true, false);
    drawn.add(30);
    drawn.add(20);
    drawn.done(30);
    drawn.finish();
    expect(terminal.text()).toContain('Auditing files: 30/50');
    const log = capture();
    const silent = createFileProgress(log.io, false, false);
    silent.add(10);
    silent.done(10);
    silent.finish();
    expect(log.text()).toBe('');
  });
});
