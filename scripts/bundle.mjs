// `npm run bundle`: the committed bundle (bundle/), the cockpit that runs without a build. The GitHub Action
// runs it after a production-only `npm ci`, and bin/ops.js falls back to it when the package was installed
// from source without a dist/ (a git-URL or pre-commit install, whose `prepare` cannot build on npm versions
// that do not install dev dependencies for it). One file per process entry, our code only: npm packages stay
// imports, resolved from node_modules at run time (the grammars' .wasm files, piscina's worker and any native
// parser must stay real files in their packages). The entries:
//   main.js   the action's audit step (src/action/main.ts), which runs ./ops.js
//   ops.js    the CLI (src/action/ops.ts)
//   worker.js the audit's worker thread (src/audit/worker.ts), found as ./worker.js beside the CLI's code
// Each sits one folder below the root, like dist/*.js, so `../package.json` still finds the version; so do the chunks
// (chunk-NAME.js) that hold code several entries share and the code each command loads when it runs.
// test/bundle.test.ts rebuilds it and fails when the committed files differ.
//
// `node scripts/bundle.mjs --runtime dist` (run by `npm run build` and the test set-up) makes the same kind of
// bundle of the CLI and its worker inside dist/, beside tsc's output, with source maps: dist/ops.js, dist/worker.js
// and dist/chunk-*.js. bin/ops.js runs it when it is at least as new as dist/cli/main.js, since loading ~20
// chunks instead of ~200 modules saves Node 20 about 1 ms a module (docs/BENCHMARKS.md, Start-up).
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export const BUNDLE_ENTRIES = { main: 'src/action/main.ts', ops: 'src/action/ops.ts', worker: 'src/audit/worker.ts' };
/** The runtime bundle inside dist/: the CLI and its worker (the action runs the committed bundle). */
export const RUNTIME_ENTRIES = { ops: BUNDLE_ENTRIES.ops, worker: BUNDLE_ENTRIES.worker };

const BANNER = '// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.';

export async function bundle(outDir, { entries = BUNDLE_ENTRIES, sourcemap = false } = {}) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      // An SSR build targets Node and leaves every npm package as an import.
      ssr: true,
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap,
      target: 'node20',
      rollupOptions: {
        input: entries,
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          // Shared and lazily loaded code goes to chunks beside the entries (so `./worker.js` and
          // `../package.json` still resolve from them): `ops --version` loads what dist/ would, not the whole engine.
          chunkFileNames: 'chunk-[name].js',
          banner: BANNER,
        },
      },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--runtime') await bundle(process.argv[3] ?? fileURLToPath(new URL('../dist', import.meta.url)), { entries: RUNTIME_ENTRIES, sourcemap: true });
  else {
    const outDir = process.argv[2] ?? fileURLToPath(new URL('../bundle', import.meta.url));
    // Chunks of code that moved or went away would stay behind: the folder is generated whole.
    await rm(outDir, { recursive: true, force: true });
    await bundle(outDir);
  }
}
