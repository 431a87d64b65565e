import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/** Vite + Vitest configuration. `base: './'` makes the build a static site servable from any path. */
export default defineConfig({
  base: './',
  plugins: [preact()],
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
