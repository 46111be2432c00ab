#!/usr/bin/env node
import { statSync } from 'node:fs';

// The build (dist/) when there is one: its bundle (dist/ops.js, made by `npm run build` after tsc) when that is
// at least as new as tsc's output, which starts faster (fewer modules to load); tsc's output when a later tsc run
// left the bundle behind. An install from source that could not build (npm installing a git URL, as pre-commit
// does, without the dev dependencies `prepare` needs) runs the committed bundle of the same sources instead;
// test/bundle.test.ts keeps it current.
const compiled = statSync(new URL('../dist/cli/main.js', import.meta.url), { throwIfNoEntry: false });
const bundled = compiled && statSync(new URL('../dist/ops.js', import.meta.url), { throwIfNoEntry: false });
if (bundled && bundled.mtimeMs >= compiled.mtimeMs) {
  await import('../dist/ops.js');
} else if (compiled) {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
} else {
  await import('../bundle/ops.js');
}
