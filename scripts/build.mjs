// `npm run build`: the package's runtime, exactly what `npm pack` ships. dist/ is emptied first so no file of
// an older build (a module since removed, the benchmarks before they moved to dist-dev/) can reach the tarball.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function build() {
  const run = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
  // The dashboard that `ops serve` serves (dist/web).
  run('node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn');
  // The CLI and its worker as chunks (dist/ops.js), which bin/ops.js prefers: fewer modules, faster start-up.
  run('scripts/bundle.mjs', '--runtime', 'dist');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
