/**
 * Shared set-up for browser tests: one preview server and one Chromium per test file, a page that
 * records errors and every request it makes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { servePreview, type RunningServer } from '../../scripts/lib/preview-server.ts';

/** A page with what it logged. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/** Server + browser for one test file. */
export class Harness {
  server!: RunningServer;
  browser!: Browser;

  async start(): Promise<void> {
    this.server = await servePreview();
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
  }

  /**
   * Open the atlas at `query` (e.g. "?date=2015-06-01") and wait for `atlas.ready`; in a fresh
   * browser context unless `context` is given (tabs of one context share storage).
   */
  async open(query = '', size = { width: 1280, height: 800 }, context?: BrowserContext): Promise<WatchedPage> {
    const page = context ? await context.newPage() : await this.browser.newPage({ viewport: size });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(this.server.url + query);
    await page.waitForFunction(() => window.atlas !== undefined, undefined, { timeout: 20_000 });
    await page.evaluate(() => window.atlas!.ready);
    return { page, errors, requests };
  }
}

/** RGBA of the map canvas pixel at a longitude/latitude. */
export async function pixelAt(page: Page, lon: number, lat: number): Promise<[number, number, number, number]> {
  return page.evaluate(
    ([x, y]) => {
      const map = window.atlas!.map;
      const p = map.project([x, y]);
      const gl = map.getCanvas().getContext('webgl2')!;
      const ratio = window.devicePixelRatio;
      const buf = new Uint8Array(4);
      gl.readPixels(
        Math.round(p.x * ratio),
        Math.round(gl.drawingBufferHeight - p.y * ratio),
        1,
        1,
        gl.RGBA,
        gl.UNSIGNED_BYTE,
        buf,
      );
      return [buf[0], buf[1], buf[2], buf[3]] as [number, number, number, number];
    },
    [lon, lat],
  );
}

/** Wait until the map has drawn everything it has been asked to draw. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.atlas!.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
