import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dashboard is built into the package (dist/web) and served by `ops serve`.
 * `vite --config web/vite.config.ts` runs a dev server that proxies /api to a running `ops serve`
 * (OPS_API, default http://127.0.0.1:8080).
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env['OPS_API'] ?? 'http://127.0.0.1:8080' },
  },
});
