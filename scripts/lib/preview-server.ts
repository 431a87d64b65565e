/**
 * Serves the production build (dist/) on a free loopback port with Vite's preview server.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';

/** A running server: its base URL and a way to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Start serving dist/ (run `npm run build` first). */
export async function servePreview(root = resolve(import.meta.dirname, '..', '..')): Promise<RunningServer> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first.');
  }
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('Preview server did not report its port.');
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    close: () => new Promise<void>((res) => server.httpServer.close(() => res())),
  };
}
