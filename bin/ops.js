#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The build (dist/) when there is one. An install from source that could not build (npm installing a git
// URL, as pre-commit does, without the dev dependencies `prepare` needs) runs the committed bundle of the
// same sources instead; test/bundle.test.ts keeps it current.
if (existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
} else {
  await import('../bundle/ops.js');
}
