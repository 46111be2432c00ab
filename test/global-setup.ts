import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Integration tests run the real CLI from dist/ (and the dashboard from dist/web), so build once before any test file starts.
 * COCKPIT_SKIP_BUILD=1 skips it for quick unit-only runs.
 */
export default function setup(): void {
  if (process.env['COCKPIT_SKIP_BUILD'] === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The dashboard (dist/web) that `ops serve` serves and the end-to-end test drives.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The bundle of the CLI in dist/ that bin/ops.js runs, as `npm run build` makes it (scripts/bundle.mjs).
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--runtime', 'dist'], { cwd: root, stdio: 'inherit' });
}
