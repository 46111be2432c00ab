import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests spawn the built CLI; building once up front keeps each test fast.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
