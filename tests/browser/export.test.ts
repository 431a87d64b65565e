import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { Harness } from './harness.ts';
import { readTextChunks } from '../../src/export/png-text.ts';
import { BASE } from '../../src/model/style-vocab.ts';
import { pageExportImage } from '../../scripts/snapshot.ts';

const h = new Harness();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-export-'));
beforeAll(() => h.start());
afterAll(async () => {
  await h.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Number of images in a GIF, walking its blocks. */
function gifFrames(b: Buffer): number {
  let at = 13;
  if (b[10] & 0x80) at += 3 * 2 ** ((b[10] & 7) + 1);
  const skipSubBlocks = () => {
    while (b[at] !== 0) at += b[at] + 1;
    at++;
  };
  let frames = 0;
  while (at < b.length && b[at] !== 0x3b) {
    if (b[at] === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (b[at] === 0x2c) {
      const packed = b[at + 9];
      at += 10;
      if (packed & 0x80) at += 3 * 2 ** ((packed & 7) + 1);
      at++; // LZW minimum code size
      skipSubBlocks();
      frames++;
    } else throw new Error(`Unexpected GIF block 0x${b[at].toString(16)} at ${at}`);
  }
  return frames;
}

function distinct(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7)
    seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  return seen.size;
}

/** Off-screen (export) maps in the page: every MapLibre map but the one on screen. */
function offScreenMaps(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.maplibregl-map[aria-hidden="true"]').length);
}

/** The page goes to the background and comes back, as when the user switches tabs. */
async function hideAndShow(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: string }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Export a PNG of the current view (as the snapshot CLI does) and decode it. */
async function exportPng(page: Page, opts: { width: number; height: number }): Promise<PNG> {
  return PNG.sync.read(await pageExportImage(page, opts));
}

/** Mark the export maps now in the page, to see later whether the same ones drew again. */
function tagOffScreenMaps(page: Page, tag: string): Promise<void> {
  return page.evaluate((t) => {
    for (const el of document.querySelectorAll<HTMLElement>('.maplibregl-map[aria-hidden="true"]')) el.dataset.tag = t;
  }, tag);
}

/** A frame an off-screen map started: when (page time) and its canvas's size in device pixels. */
interface Frame {
  t: number;
  w: number;
  h: number;
}

/** Record in `window.__frames` every frame an off-screen map starts (a colour clear of its canvas). */
function recordOffScreenFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const frames: Frame[] = [];
    (window as unknown as { __frames: Frame[] }).__frames = frames;
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
      const clear = proto.clear;
      proto.clear = function (this: WebGL2RenderingContext, mask: number) {
        if (mask & this.COLOR_BUFFER_BIT && (this.canvas as HTMLCanvasElement).closest('[aria-hidden="true"]'))
          frames.push({ t: performance.now(), w: this.drawingBufferWidth, h: this.drawingBufferHeight });
        clear.call(this, mask);
      };
    }
  });
}

function tagged(page: Page, tag: string): Promise<number> {
  return page.evaluate((t) => document.querySelectorAll(`[data-tag="${t}"]`).length, tag);
}

describe('export', () => {
  it('exports a 1920×1080 PNG with real pixels that cites its date and permalink', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    const bytes = Buffer.from(
      await page.evaluate(async () => {
        const blob = await window.atlas!.exportImage({ width: 1920, height: 1080 });
        return Array.from(new Uint8Array(await blob.arrayBuffer()));
      }),
    );
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(distinct(png)).toBeGreaterThan(100);
    const text = Object.fromEntries(readTextChunks(new Uint8Array(bytes)).map((e) => [e.keyword, e.text]));
    expect(text.URL).toMatch(/\?date=2015-06-01&center=41\.2000,34\.6000&zoom=5\.6/);
    expect(text.URL.startsWith(h.server.url)).toBe(true);
    expect(text.Description).toContain('1 June 2015');
    expect(text.Title).toBe('Iraq and Syria: who held the ground, 1 June 2015');
    // The map itself drew: the middle of Iraq is not the white of the title band.
    const mid = (540 * 1920 + 1100) * 4;
    expect(png.data.slice(mid, mid + 3).some((v) => v < 250)).toBe(true);
    // The off-screen map is kept for the next export, hidden, and freed once the page hides.
    expect(await offScreenMaps(page)).toBeLessThanOrEqual(2);
    await hideAndShow(page);
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(1);
    // Too large: a clear error that offers the largest size that works.
    const err = await page.evaluate(() =>
      window.atlas!.exportImage({ width: 20000, height: 10000 }).then(
        () => '',
        (e: Error) => e.message,
      ),
    );
    expect(err).toMatch(/at most \d+ pixels a side; the largest export of this shape is \d+ × \d+/);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('reads a one-map export back the right way up: the Gulf is sea and Baghdad land where the view puts them', async () => {
    // An image drawn by one map is read from the GPU into memory (rows come bottom first) and put in
    // place. At scale 1 without furniture the image is the view itself: the address's centre in its
    // middle, at its zoom (MapLibre's world is 512 × 2^zoom pixels wide).
    const view = { lng: 46.5, lat: 31.2, zoom: 6.5 };
    const { page, errors } = await h.open(`?date=2016-06-01&center=${view.lng},${view.lat}&zoom=${view.zoom}`);
    const got = await page.evaluate(async (v) => {
      const cssWidth = window.atlas!.map.getCanvas().clientWidth;
      const blob = await window.atlas!.exportImage({ scale: 1, furniture: false });
      const img = await createImageBitmap(blob);
      const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
      c.drawImage(img, 0, 0);
      const world = 512 * 2 ** v.zoom * (img.width / cssWidth);
      const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
      const at = (lng: number, lat: number) => {
        const x = Math.round(img.width / 2 + ((lng - v.lng) / 360) * world);
        const y = Math.round(img.height / 2 - (mercY(lat) - mercY(v.lat)) * world);
        return [...c.getImageData(x, y, 1, 1).data.slice(0, 3)];
      };
      return { gulf: at(49.4, 28.9), baghdad: at(44.37, 33.31), desert: at(44.0, 29.6) };
    }, view);
    const sea = [1, 3, 5].map((i) => parseInt(BASE.sea.slice(i, i + 2), 16));
    const near = (rgb: number[], want: number[]) => rgb.every((v, i) => Math.abs(v - want[i]) <= 8);
    expect(near(got.gulf, sea), `Gulf pixel ${got.gulf}`).toBe(true);
    // Upside down, these two would fall on the Gulf's mirror image (Iran's mountains) and on Syria.
    expect(near(got.baghdad, sea), `Baghdad pixel ${got.baghdad}`).toBe(false);
    expect(near(got.desert, sea), `Saudi desert pixel ${got.desert}`).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('stops a still whose map reads back blank, says so, and exports again once the map draws', async () => {
    const { page } = await h.open('?date=2016-06-01');
    const result = await page.evaluate(async () => {
      // A GPU that hands back nothing: every pixel read into memory is transparent.
      const real = WebGL2RenderingContext.prototype.getBufferSubData;
      WebGL2RenderingContext.prototype.getBufferSubData = function (
        this: WebGL2RenderingContext,
        ...args: Parameters<typeof real>
      ) {
        real.apply(this, args);
        (args[2] as Uint8ClampedArray).fill(0);
      } as typeof real;
      const blank = await window.atlas!.exportImage({ width: 1600, height: 900 }).then(
        () => '',
        (e: Error) => e.message,
      );
      WebGL2RenderingContext.prototype.getBufferSubData = real;
      const again = await window.atlas!.exportImage({ width: 1600, height: 900 });
      return { blank, againBytes: again.size };
    });
    expect(result.blank).toBe('The map for 1 June 2016 came out blank (WebGL drew nothing); the export was stopped.');
    expect(result.againBytes).toBeGreaterThan(100_000);
    await page.close();
  }, 90_000);

  it('exports the largest size offered in tiles, then another, without touching the map on screen', async () => {
    const { page, errors } = await h.open('?date=2015-06-01');
    const runs = await page.evaluate(async () => {
      const out = [];
      // Where each image was encoded from: a canvas in memory, or one on the GPU (the encoder's requests).
      const fromMemory: boolean[] = [];
      const post = Worker.prototype.postMessage as (this: Worker, ...a: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...a: unknown[]) {
        const m = a[0] as { bitmap?: unknown; inMemory?: boolean } | null;
        if (m && typeof m === 'object' && 'bitmap' in m) fromMemory.push(m.inMemory === true);
        post.apply(this, a);
      } as typeof Worker.prototype.postMessage;
      for (const [w, h] of [
        [8192, 8192],
        [3840, 2160],
      ]) {
        // A timer chain counts how often the page got the main thread back during the export.
        let ticks = 0;
        let on = true;
        const tick = () => {
          ticks++;
          if (on) setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
        let last = { done: 0, total: 0 };
        const blob = await window.atlas!.exportImage({ width: w, height: h, onProgress: (p) => (last = p) });
        on = false;
        const bmp = await createImageBitmap(blob);
        const c = new OffscreenCanvas(64, 64);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0, 64, 64);
        const px = ctx.getImageData(0, 0, 64, 64).data;
        const colours = new Set<number>();
        for (let i = 0; i < px.length; i += 4) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
        out.push({
          size: [bmp.width, bmp.height],
          tiles: last,
          ticks,
          colours: colours.size,
          type: blob.type,
          fromMemory: fromMemory.splice(0),
        });
      }
      const gl = window.atlas!.map.getCanvas().getContext('webgl2')!;
      return { out, lost: gl.isContextLost() };
    });
    for (const [i, size] of [
      [8192, 8192],
      [3840, 2160],
    ].entries()) {
      const r = runs.out[i];
      expect(r.size).toEqual(size);
      expect(r.type).toBe('image/png');
      expect(r.colours).toBeGreaterThan(40);
      // 8192² in two passes of many tiles, composed on the GPU; 4K (up to the largest preset) by one map
      // in one tile, read into memory, composed and encoded there.
      if (i === 0) expect(r.tiles.total).toBeGreaterThan(2);
      else expect(r.tiles.total).toBe(1);
      expect(r.fromMemory).toEqual([i === 1]);
      expect(r.tiles.done).toBe(r.tiles.total);
      expect(r.ticks).toBeGreaterThan(r.tiles.total);
    }
    expect(runs.lost).toBe(false);
    // The map on screen still draws dates; besides it only the kept export maps are left, until the page hides.
    await page.evaluate(() => window.atlas!.setDate('2017-07-10'));
    expect(await offScreenMaps(page)).toBeLessThanOrEqual(2);
    await hideAndShow(page);
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('cancels an image export and cleans up', async () => {
    const { page } = await h.open('?date=2015-06-01');
    /** Export at `size`, cancelling as soon as the first tile is done; what the call ended with. */
    const cancelAfterFirstTile = (size: { width: number; height: number }) =>
      page.evaluate(async (sz) => {
        const abort = new AbortController();
        let tiles = 0;
        const outcome = await window
          .atlas!.exportImage({ ...sz, signal: abort.signal, onProgress: (p) => ((tiles = p.total), abort.abort()) })
          .then(
            () => 'finished',
            (e: Error) => `${e.name}: ${e.message}`,
          );
        return { outcome, tiles };
      }, size);
    // Between tiles (two passes, several tiles): the half-drawn maps are removed.
    const between = await cancelAfterFirstTile({ width: 4200, height: 1200 });
    expect(between.tiles).toBeGreaterThan(1);
    expect(between.outcome).toBe('AbortError: The export was cancelled.');
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(1);
    // During the last (here the only) tile: no file is made either.
    const last = await cancelAfterFirstTile({ width: 3840, height: 2160 });
    expect(last).toEqual({ outcome: 'AbortError: The export was cancelled.', tiles: 1 });
    // …and the next export works.
    const size = await page.evaluate(async () => {
      const bmp = await createImageBitmap(await window.atlas!.exportImage({ width: 640, height: 360 }));
      return [bmp.width, bmp.height];
    });
    expect(size).toEqual([640, 360]);
    await page.close();
  }, 90_000);

  it('exports a three-frame GIF', async () => {
    const { page } = await h.open('?date=2015-06-01');
    const { bytes, progress } = await page.evaluate(async () => {
      const progress: string[] = [];
      const blob = await window.atlas!.exportAnimation({
        from: '2014-01-01',
        to: '2014-03-01',
        step: '1m',
        fps: 2,
        format: 'gif',
        width: 320,
        height: 180,
        onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.day}`),
      });
      return { bytes: Array.from(new Uint8Array(await blob.arrayBuffer())), progress };
    });
    const gif = Buffer.from(bytes);
    expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([320, 180]);
    expect(gifFrames(gif)).toBe(3);
    expect(progress).toEqual(['1/3 2014-01-01', '2/3 2014-02-01', '3/3 2014-03-01']);
    await page.close();
  }, 60_000);

  it('opens an accessible export dialog that Escape closes', async () => {
    const { page } = await h.open('?date=2015-06-01');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.waitFor();
    expect(await page.getByLabel('Size').inputValue()).toBe('hd');
    expect(await page.locator('#export-title').inputValue()).toBe('Iraq and Syria: who held the ground, 1 June 2015');
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Width (px)').fill('9000');
    await page.getByText('Use the largest that works').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Export…', undefined, { timeout: 5000 });
    await page.close();
  });
});

describe('export maps opened while the dialog is open', () => {
  it('opens the maps of the chosen image while the reader chooses, and the export draws with them', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    expect(await offScreenMaps(page)).toBe(0);
    await recordOffScreenFrames(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.waitFor();
    // Full HD (the default) is one map; once it has opened, it is the one the export draws with.
    await page.waitForFunction(() => document.querySelectorAll('.maplibregl-map[aria-hidden="true"]').length === 1);
    await tagOffScreenMaps(page, 'ahead');
    // While the reader still chooses, the map is also drawn once at the size of the image (its first drawing
    // at a size costs the most).
    await page.waitForFunction(() =>
      (window as unknown as { __frames: Frame[] }).__frames.some((f) => f.w > 1800 && f.h > 800),
    );
    // What the dialog says while it exports: one tile has no tile count, only its steps in the status line.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __said: string[] }).__said = seen;
      const note = () => {
        const status = document.querySelector('.export-status')?.textContent ?? '';
        if (status && seen[seen.length - 1] !== status) seen.push(status);
        if (document.querySelector('.export-progress')) seen.push('(tile count shown)');
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    await page.getByText(/^Saved /).waitFor();
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said.slice(0, 2)).toEqual(['Rendering…', 'Writing the file…']);
    expect(said[2]).toMatch(/^Saved iraq-syria-.*\.png \(\d+ KB\)\.$/);
    expect(said).not.toContain('(tile count shown)');
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync((await file.path())!));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(distinct(png)).toBeGreaterThan(100);
    expect(await tagged(page, 'ahead'), 'the export drew with the map opened ahead').toBe(1);
    // Another size opens that size's map (4K is drawn by one map too) in place of the kept one.
    await page.getByLabel('Size').selectOption('uhd');
    await page.waitForFunction(() => {
      const maps = document.querySelectorAll<HTMLElement>('.maplibregl-map[aria-hidden="true"]');
      return maps.length === 1 && maps[0].dataset.tag === undefined;
    });
    expect(await tagged(page, 'ahead')).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('opening export maps', () => {
  it('paints no full tile while the maps open: each map takes its tile size just before its first tile', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    await recordOffScreenFrames(page);
    await page.evaluate(() => performance.clearMeasures());
    // Two passes (base and labels): wider than one 4096-pixel map, the base in three tiles.
    const png = await exportPng(page, { width: 4200, height: 1200 });
    expect(distinct(png)).toBeGreaterThan(100);
    const { frames, openEnd } = await page.evaluate(() => {
      const open = performance.getEntriesByName('export:open')[0];
      return {
        frames: (window as unknown as { __frames: Frame[] }).__frames,
        openEnd: open.startTime + open.duration,
      };
    });
    const side = (f: Frame) => Math.max(f.w, f.h);
    const whileOpening = frames.filter((f) => f.t <= openEnd);
    const afterwards = frames.filter((f) => f.t > openEnd);
    // Both maps drew their first small frame (shaders compiled) while opening, and nothing larger.
    expect(whileOpening.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...whileOpening.map(side)), 'largest frame painted while the maps opened').toBeLessThanOrEqual(256);
    // The tiles themselves are full-size frames, drawn after.
    expect(afterwards.filter((f) => side(f) > 1000).length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('kept export maps', () => {
  it('reuses the export maps for the same view (pixel-identical, also at a new date) and opens fresh ones for a new language, layer set or overlay', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    // 4200×1200 draws in two passes (base and labels, three base tiles); 960×540 in one map.
    for (const size of [
      { width: 4200, height: 1200 },
      { width: 960, height: 540 },
    ]) {
      const first = await exportPng(page, size);
      expect(await offScreenMaps(page)).toBe(size.width > 4096 ? 2 : 1);
      await tagOffScreenMaps(page, `${size.width}`);
      const again = await exportPng(page, size);
      expect(await tagged(page, `${size.width}`), 'the same maps drew again').toBe(size.width > 4096 ? 2 : 1);
      expect(again.data.equals(first.data), `${size.width}: second export identical to the first`).toBe(true);
    }
    const size = { width: 960, height: 540 };
    const before = await exportPng(page, size);
    /**
     * After each change the export differs from the previous one and equals one by fresh maps; a new date
     * is drawn by the kept map, anything that can move a label by a new one.
     */
    const changes: [string, boolean, () => Promise<unknown>][] = [
      ['date', true, () => page.evaluate(() => window.atlas!.setDate('2019-03-01'))],
      ['layers', false, () => page.getByLabel('Territory', { exact: true }).uncheck()],
      ['language', false, () => page.getByRole('button', { name: 'العربية' }).click()],
      [
        'overlay',
        false,
        () =>
          page.evaluate(() =>
            window.atlas!.addOverlay(
              'area.geojson',
              JSON.stringify({
                type: 'Polygon',
                coordinates: [
                  [
                    [39, 33],
                    [44, 33],
                    [44, 36],
                    [39, 36],
                    [39, 33],
                  ],
                ],
              }),
            ),
          ),
      ],
    ];
    let previous = before;
    for (const [what, reuses, change] of changes) {
      await tagOffScreenMaps(page, what);
      await change();
      await page.waitForTimeout(300);
      const reused = await exportPng(page, size);
      expect(await tagged(page, what), `${what}: drawn by the kept map`).toBe(reuses ? 1 : 0);
      expect(await offScreenMaps(page)).toBe(1);
      expect(reused.data.equals(previous.data), `${what}: the export changed`).toBe(false);
      await hideAndShow(page);
      expect(await offScreenMaps(page), `${what}: freed when the page hid`).toBe(0);
      const fresh = await exportPng(page, size);
      expect(reused.data.equals(fresh.data), `${what}: kept maps draw as fresh ones`).toBe(true);
      previous = fresh;
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('keeps at most two export maps through 20 exports of different sizes, and the next export and the map on screen still work', async () => {
    const { page, errors } = await h.open('?date=2015-06-01');
    for (let i = 0; i < 20; i++) {
      // Mostly one-map sizes, every fifth drawn in two passes.
      const size = i % 5 === 4 ? { width: 4150 + 10 * i, height: 1000 } : { width: 320 + 37 * i, height: 200 + 23 * i };
      const png = await exportPng(page, size);
      expect([png.width, png.height]).toEqual([size.width, size.height]);
      expect(await offScreenMaps(page), `after export ${i + 1}`).toBeLessThanOrEqual(2);
    }
    const state = await page.evaluate(async () => {
      const blob = await window.atlas!.exportImage({ width: 800, height: 450 });
      const bmp = await createImageBitmap(blob);
      await window.atlas!.setDate('2017-07-10');
      const lost = [...document.querySelectorAll('.maplibregl-map canvas')].map((c) =>
        (c as HTMLCanvasElement).getContext('webgl2')!.isContextLost(),
      );
      return { size: [bmp.width, bmp.height], lost };
    });
    expect(state.size).toEqual([800, 450]);
    // No context was dropped by the browser's cap on live WebGL contexts: not the screen's, not the kept ones.
    expect(state.lost.every((l) => !l)).toBe(true);
    expect(state.lost.length).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);

  it('opens a fresh export map when the kept one lost its WebGL context', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    const size = { width: 960, height: 540 };
    const first = await exportPng(page, size);
    await tagOffScreenMaps(page, 'lost');
    await page.evaluate(() => {
      for (const c of document.querySelectorAll<HTMLCanvasElement>('[data-tag="lost"] canvas'))
        c.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    // The lost map is freed at once.
    await expect.poll(() => tagged(page, 'lost')).toBe(0);
    const next = await exportPng(page, size);
    expect(next.data.equals(first.data)).toBe(true);
    expect(await offScreenMaps(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('snapshot CLI', () => {
  const cli = resolve(import.meta.dirname, '..', '..', 'scripts', 'snapshot.ts');
  const tsx = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((res) =>
      execFile(tsx, [cli, ...args], { timeout: 90_000 }, (err, stdout, stderr) =>
        res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );

  it('writes a small PNG of the asked view', async () => {
    const out = join(tmp, 'snap.png');
    // The CLI's own server is a loopback port: the permalink starts at the public address given.
    const base = 'https://atlas.example.org/iraq-syria/';
    const r = await run([
      ...['--date', '2017-07-10', '--size', '480x270', '--out', out, '--layers', 'territory,labels'],
      ...['--base-url', base],
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const bytes = readFileSync(out);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([480, 270]);
    expect(distinct(png)).toBeGreaterThan(50);
    const url = readTextChunks(new Uint8Array(bytes)).find((e) => e.keyword === 'URL')!.text;
    expect(url).toMatch(/date=2017-07-10.*layers=territory,labels/);
    expect(url.startsWith(`${base}?date=2017-07-10`)).toBe(true);
    // Without a public address the image carries no link at all, never the loopback one, and says why.
    const bare = join(tmp, 'bare.png');
    const r2 = await run(['--date', '2017-07-10', '--size', '480x270', '--out', bare]);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toMatch(/no --base-url/);
    const chunks = readTextChunks(new Uint8Array(readFileSync(bare)));
    expect(chunks.find((e) => e.keyword === 'URL')).toBeUndefined();
    expect(chunks.some((e) => /127\.0\.0\.1|localhost/.test(e.text))).toBe(false);
    expect(chunks.find((e) => e.keyword === 'Description')!.text).toMatch(/no public address/);
  }, 180_000);

  it('exits with code 2, the problem and the usage on any bad argument, before starting a browser', async () => {
    for (const [args, problem] of [
      [['--date', '2015-02-30'], /not a calendar date/],
      [['--date', '2015-06-01', '--size', '0x0'], /at least 16 pixels/],
      [['--date', '2015-06-01', '--size', '20000x20000'], /at most 8192 pixels a side; the largest .* 8192 × 8192/],
      [['--date', '2015-06-01', '--size', '8192x8192', '--scale', '0.5'], /window; it can be at most 3840/],
      [
        ['--from', '2015-01-01', '--to', '2015-03-01', '--every', '1m', '--gif', 'a.gif', '--size', '3840x2160'],
        /animation frame can be at most 1920/,
      ],
      [['--date', '2015-06-01', '--nope'], /Unknown option '--nope'/],
    ] as const) {
      const given: readonly string[] = args;
      const out = given.includes('--gif') ? [] : ['--out', join(tmp, 'x.png')];
      const r = await run([...args, ...out]);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^snapshot: /);
      expect(lines[0]).toMatch(problem);
      expect(lines[1]).toMatch(/^usage: /);
    }
    const odd = await run(['--date', '2015-06-01', '--out', join(tmp, 'x.constructor')]);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/--out must end in .png, .jpg or .webp/);
  }, 60_000);
});
