import { describe, expect, it } from 'vitest';
import { rootPolicy } from '../config/policy.js';
import { checkAgentTimeout, inThreadRunner } from './agent-deadline.js';
import type { AgentTask } from './agent-task.js';

const task = (relativePath: string): AgentTask => ({
  root: '/nonexistent-cockpit-root',
  relativePath,
  files: [],
  entrypoints: [],
  frameworks: [],
  maxFileBytes: 1024,
  policy: rootPolicy(undefined),
  lockViolations: [],
  configDigest: 'digest',
});

describe('checkAgentTimeout', () => {
  it('accepts no limit and limits a Node timer can hold', () => {
    expect(() => checkAgentTimeout(undefined)).not.toThrow();
    expect(() => checkAgentTimeout(1)).not.toThrow();
    expect(() => checkAgentTimeout(2_147_483_647)).not.toThrow();
  });

  it('refuses limits a Node timer would fire at once', () => {
    for (const value of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2_147_483_648]) {
      expect(() => checkAgentTimeout(value)).toThrow(/^agent timeout: /);
    }
  });
});

describe('inThreadRunner', () => {
  it('gives each agent its own clock from its turn, so hung agents do not fail the ones after them', async () => {
    const previous = process.env['COCKPIT_FAULT_INJECT'];
    process.env['COCKPIT_FAULT_INJECT'] = 'hang:a,hang:b';
    try {
      const run = inThreadRunner(150);
      const settled = await Promise.allSettled(['a', 'b', 'c'].map((name) => run(task(name))));
      expect(settled.map((result) => (result.status === 'rejected' ? (result.reason as Error).message : 'audited'))).toEqual([
        'timed out after 150 ms',
        'timed out after 150 ms',
        'audited',
      ]);
    } finally {
      if (previous === undefined) delete process.env['COCKPIT_FAULT_INJECT'];
      else process.env['COCKPIT_FAULT_INJECT'] = previous;
    }
  });
});
