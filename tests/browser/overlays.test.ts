import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, pixelAt, settle } from './harness.ts';

const h = new Harness();

/** A point with an impossible longitude, and the English refusal scripts get for it. */
const FAR_POINT = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500,1]}}';
const FAR_REFUSAL = 'Could not add "far": The feature has longitude 500, outside −180…180.';
beforeAll(() => h.start());
afterAll(() => h.stop());

const HOSTILE = '<img src=x onerror="window.__pwned = 1">';
const SQUARE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: HOSTILE, note: '<script>window.__pwned = 2</script>', n: 7 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [39.7, 34.7],
            [40.3, 34.7],
            [40.3, 35.3],
            [39.7, 35.3],
            [39.7, 34.7],
          ],
        ],
      },
    },
  ],
};

const overlayLayerCount = (page: Page) =>
  page.evaluate(() => window.atlas!.map.getStyle().layers.filter((l) => l.id.startsWith('overlay-')).length);

/** True when the pixel is the first default overlay colour (#e6007e) blended over the light basemap. */
const isMagenta = ([r, g, b]: number[]) => r - g > 60 && b - g > 25;

async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const p = await page.evaluate(([x, y]) => window.atlas!.map.project([x, y]), [lon, lat]);
  await page.mouse.click(p.x, p.y);
}

describe('your own layers', () => {
  it('imports a file, draws it, shows hostile properties as text, survives a reload and can be removed', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=40,35&zoom=7&layers=labels');
    expect(isMagenta(await pixelAt(page, 40, 35))).toBe(false);
    await page.setInputFiles('input.overlay-file', {
      name: 'My sites.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(SQUARE)),
    });
    await page.waitForFunction(() => window.atlas!.map.getStyle().layers.some((l) => l.id.startsWith('overlay-')));
    await settle(page);
    expect(isMagenta(await pixelAt(page, 40, 35))).toBe(true);
    expect(await page.locator('.overlay-panel input.overlay-name').inputValue()).toBe('My sites');
    expect(await page.locator('.notice').allTextContents()).toContainEqual(
      expect.stringContaining('Added your layer "My sites" (1 feature).'),
    );
    expect((await page.evaluate(() => window.atlas!.getState())).layers).toEqual(['labels']);

    await clickAt(page, 40, 35);
    const popup = page.locator('.overlay-popup');
    await popup.waitFor();
    const text = await popup.textContent();
    expect(text).toContain('Your layer: My sites');
    expect(text).toContain(HOSTILE);
    expect(text).toContain('<script>window.__pwned = 2</script>');
    expect(await popup.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Kept in IndexedDB: back after a reload, with its name.
    await page.waitForFunction(() => !document.querySelector('.overlay-panel')?.textContent?.includes('unsaved'));
    await page.reload();
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas!.ready);
    await page.waitForFunction(() => window.atlas!.map.getStyle().layers.some((l) => l.id.startsWith('overlay-')));
    await settle(page);
    expect(isMagenta(await pixelAt(page, 40, 35))).toBe(true);
    expect(await page.locator('.overlay-panel input.overlay-name').inputValue()).toBe('My sites');
    // A name cleared to nothing keeps the layer's name.
    await page.locator('.overlay-panel input.overlay-name').fill('  ');
    await page.locator('.overlay-panel input.overlay-name').press('Enter');
    expect(await page.locator('.overlay-panel input.overlay-name').inputValue()).toBe('My sites');

    await page.getByRole('button', { name: 'Remove My sites' }).click();
    await page.waitForFunction(() => !window.atlas!.map.getStyle().layers.some((l) => l.id.startsWith('overlay-')));
    await settle(page);
    expect(isMagenta(await pixelAt(page, 40, 35))).toBe(false);
    // …and from IndexedDB.
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('iraq-syria-atlas');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('overlays').objectStore('overlays').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('adds through atlas.addOverlay, rejects garbage with a specific notice and keeps working', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=40,35&zoom=7&layers=labels');
    const added = await page.evaluate(() =>
      window.atlas!.addOverlay('points.csv', 'name;lon;lat\n"<b>a; b</b>";40;35\nbad;x;35\n'),
    );
    expect(added.ok).toBe(true);
    expect(added.message).toContain('Skipped 1 of 2 rows');
    expect(await overlayLayerCount(page)).toBe(3);

    const bad = await page.evaluate((text) => window.atlas!.addOverlay('far.geojson', text), FAR_POINT);
    expect(bad).toEqual({ ok: false, message: FAR_REFUSAL });

    await page.setInputFiles('input.overlay-file', {
      name: 'broken.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "FeatureCollection", "features": [ oops'),
    });
    await page.locator('.notice.error', { hasText: 'Could not add "broken": This is not valid JSON' }).waitFor();

    // A dragged file shows the drop hint; a 60 MB one is refused by size, unread.
    const hint = await page.evaluate(async () => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(60 * 1024 * 1024)], 'huge.geojson'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const shown = document.querySelector('.overlay-drop-hint')?.textContent ?? '';
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
      return shown;
    });
    expect(hint).toContain('Drop a GeoJSON or CSV file');
    await page.locator('.notice.error', { hasText: '"huge.geojson" is 60 MB; the limit is 50 MB.' }).waitFor();
    expect(await page.locator('.overlay-drop-hint').count()).toBe(0);

    // Storage refusing (quota, private mode): said clearly, and the layer stays for the session.
    const unsaved = await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      return window.atlas!.addOverlay('kept.geojson', '{"type":"Point","coordinates":[40.5,35.5]}');
    });
    expect(unsaved.ok).toBe(true);
    await page
      .locator('.notice.error', {
        hasText: 'Your layer “kept” could not be saved in this browser (the browser’s storage is full)',
      })
      .waitFor();
    await page.locator('.overlay-panel', { hasText: 'unsaved' }).waitFor();
    expect(await overlayLayerCount(page)).toBe(6);

    await page.evaluate(() => window.atlas!.setDate('2016-01-01'));
    expect((await page.evaluate(() => window.atlas!.getState())).date).toBe('2016-01-01');
    expect(await overlayLayerCount(page)).toBe(6);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('your own layers in Arabic', () => {
  it('says why a layer was refused in Arabic, and in English after a switch', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=40,35&zoom=7&layers=labels&lang=ar');
    const bad = await page.evaluate((text) => window.atlas!.addOverlay('far.geojson', text), FAR_POINT);
    // Scripts get the English; the reader gets the notice in the interface language.
    expect(bad).toEqual({ ok: false, message: FAR_REFUSAL });
    await page
      .locator('.notice.error', {
        hasText: 'تعذّرت إضافة «\u2068far\u2069»: قيمة خط الطول في المعلم هي ٥٠٠، وهي خارج المدى من',
      })
      .waitFor();
    await page.setInputFiles('input.overlay-file', {
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(''),
    });
    await page
      .locator('.notice.error', { hasText: 'تعذّرت إضافة «\u2068empty.csv\u2069»: الملف «\u2068empty.csv\u2069» فارغ.' })
      .waitFor();
    await page.locator('.lang-switch').click();
    await page.locator('.notice.error', { hasText: FAR_REFUSAL }).waitFor();
    await page.locator('.notice.error', { hasText: 'Could not add "empty.csv": "empty.csv" is empty.' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('your own layers in exports', () => {
  it('draws visible overlays into exported images', async () => {
    const { page } = await h.open('?date=2015-06-01&center=40,35&zoom=7&layers=labels');
    const added = await page.evaluate(
      (text) => window.atlas!.addOverlay('square.geojson', text),
      JSON.stringify(SQUARE),
    );
    expect(added.ok).toBe(true);
    const centre = await page.evaluate(async () => {
      const blob = await window.atlas!.exportImage({ width: 400, height: 300, furniture: false });
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return Array.from(ctx.getImageData(200, 150, 1, 1).data);
    });
    expect(isMagenta(centre)).toBe(true);
    await page.close();
  });
});

describe('your own layers, whatever their property names', () => {
  it('draws and lists properties named like Object.prototype members', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=40,35&zoom=7&layers=labels');
    const text = JSON.stringify(SQUARE).replace(
      '"properties":{',
      '"properties":{"__proto__":"p","constructor":"c","prototype":"pr","hasOwnProperty":"h","toString":"t",',
    );
    const added = await page.evaluate((t) => window.atlas!.addOverlay('proto.geojson', t), text);
    expect(added).toMatchObject({ ok: true });
    await settle(page);
    expect(isMagenta(await pixelAt(page, 40, 35))).toBe(true);
    await clickAt(page, 40, 35);
    const popup = page.locator('.overlay-popup');
    await popup.waitFor();
    const rows = await popup.locator('th').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']),
    );
    expect(await popup.textContent()).toContain('hasOwnProperty');
    // Stored and read back with every name.
    await page.waitForFunction(() => !document.querySelector('.overlay-panel')?.textContent?.includes('unsaved'));
    await page.reload();
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas!.ready);
    await page.waitForFunction(() => window.atlas!.map.getStyle().layers.some((l) => l.id.startsWith('overlay-')));
    await settle(page);
    await clickAt(page, 40, 35);
    await popup.waitFor();
    expect(await popup.locator('th').allTextContents()).toContain('__proto__');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clusters a large set of points and says how many a cluster holds', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=40,35&zoom=6&layers=labels');
    const rows = ['lon,lat,name'];
    for (let i = 0; i < 5000; i++)
      rows.push(`${(39.9 + (i % 50) * 0.004).toFixed(4)},${(34.9 + Math.floor(i / 50) * 0.002).toFixed(4)},p${i}`);
    expect(await page.evaluate((t) => window.atlas!.addOverlay('many.csv', t), rows.join('\n'))).toMatchObject({
      ok: true,
    });
    expect(await overlayLayerCount(page)).toBe(4);
    await settle(page);
    await clickAt(page, 40, 35);
    const popup = page.locator('.overlay-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/[\d,]+ points here; zoom in to see them one by one\./);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('your own layers in two tabs', () => {
  it('tells the other tabs about changes, and a stale tab cannot bring back a removed layer', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const a = await h.open('?date=2015-06-01&center=40,35&zoom=7', undefined, context);
      const b = await h.open('?date=2015-06-01&center=40,35&zoom=7', undefined, context);
      const names = (p: Page) =>
        p
          .locator('.overlay-panel input.overlay-name')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(
        await a.page.evaluate((t) => window.atlas!.addOverlay('Shared.geojson', t), JSON.stringify(SQUARE)),
      ).toMatchObject({ ok: true });
      await expect.poll(() => names(b.page)).toEqual(['Shared']);
      await b.page.locator('.overlay-panel input.overlay-name').fill('Renamed');
      await b.page.locator('.overlay-panel input.overlay-name').press('Enter');
      await expect.poll(() => names(a.page)).toEqual(['Renamed']);

      // A third tab that hears nothing from the others (as a tab frozen in the background would).
      const stale = await context.newPage();
      await stale.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
      await stale.goto(h.server.url + '?date=2015-06-01&center=40,35&zoom=7');
      await stale.waitForFunction(() => window.atlas !== undefined);
      await stale.evaluate(() => window.atlas!.ready);
      await expect.poll(() => names(stale)).toEqual(['Renamed']);

      await a.page.getByRole('button', { name: 'Remove Renamed' }).click();
      await expect.poll(() => names(b.page)).toEqual([]);
      await b.page.locator('.notice', { hasText: 'Your layer “Renamed” was removed in another tab.' }).waitFor();
      expect(await names(stale)).toEqual(['Renamed']);
      await stale.locator('.overlay-panel input.overlay-name').fill('Resurrected?');
      await stale.locator('.overlay-panel input.overlay-name').press('Enter');
      await stale
        .locator('.notice.error', { hasText: 'was removed in another tab, so this change was not saved' })
        .waitFor();
      expect(await names(stale)).toEqual([]);
      // Nothing came back: not in storage, not after a reload of any tab.
      await a.page.reload();
      await a.page.waitForFunction(() => window.atlas !== undefined);
      await a.page.evaluate(() => window.atlas!.ready);
      expect(await names(a.page)).toEqual([]);
      const stored = await a.page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const req = indexedDB.open('iraq-syria-atlas');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const count = req.result.transaction('overlays').objectStore('overlays').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(stored).toBe(0);
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
