import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { CSP } from './scripts/lib/csp.ts';

/** Adds the strict Content-Security-Policy to the production index.html (the dev server needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** Vite + Vitest configuration. `base: './'` makes the build a static site servable from any path. */
export default defineConfig({
  base: './',
  plugins: [preact(), contentSecurityPolicy()],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
