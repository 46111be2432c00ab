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
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export const BUNDLE_ENTRIES = { main: 'src/action/main.ts', ops: 'src/action/ops.ts', worker: 'src/audit/worker.ts' };

const BANNER = '// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.';

export async function bundle(outDir) {
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
      sourcemap: false,
      target: 'node20',
      rollupOptions: {
        input: BUNDLE_ENTRIES,
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle(process.argv[2] ?? fileURLToPath(new URL('../bundle', import.meta.url)));
