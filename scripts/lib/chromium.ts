/**
 * Finds and launches the system Chromium for browser tests, the benchmark and the snapshot CLI.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that give working software WebGL (SwiftShader) without a GPU or network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the Chromium to use (CHROMIUM_PATH overrides), or an Error saying how to install one. */
export function findChromium(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROMIUM_PATH=${env} does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it with:  sudo apt-get install -y chromium   ' +
      '(or set CHROMIUM_PATH to a Chromium/Chrome binary). Browser tests, the benchmark and the snapshot CLI need it.',
  );
}

/** Launch headless Chromium with software WebGL. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
