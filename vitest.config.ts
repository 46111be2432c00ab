import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests spawn the built CLI; building once up front keeps each test fast.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // Vitest's default leaves a core free (one worker on 2 cores), but much of this suite waits on child processes,
    // servers and Chromium: one worker per core ran it in 239 s instead of 360 s on 2 cores (docs/BENCHMARKS.md).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
