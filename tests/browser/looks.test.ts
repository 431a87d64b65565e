import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness } from './harness.ts';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

/** Real coordinates of the four cities a first view must show. */
const CITIES: Record<string, [number, number]> = {
  Aleppo: [37.16, 36.2],
  Damascus: [36.292, 33.513],
  Baghdad: [44.3661, 33.3152],
  Basra: [47.7804, 30.5085],
};

type Box = { left: number; top: number; right: number; bottom: number };

/** Screen rectangles of the chrome over the map (title, panel unless folded away, slider). */
function chromeBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#ui .title, #ui .panel, #ui .timebar')]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
  );
}

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

/** A phone-like page: touch, no hover. */
async function phone(size: { width: number; height: number }, query = '') {
  const context = await h.browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
  const watched = await h.open(query, size, context);
  return { ...watched, context };
}

describe('how the atlas looks', () => {
  it('switches the whole interface to Arabic, right to left, with lang=ar', async () => {
    const { page, errors } = await h.open('?lang=ar', { width: 1440, height: 900 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await page.locator('h1').textContent()).toBe('العراق وسوريا ٢٠١٤–٢٠٢٦');
    expect(await page.getByRole('button', { name: 'تصدير…' }).count()).toBe(1);
    expect(await page.locator('.legend h2').textContent()).toBe('من يسيطر على الأرض');
    expect(await page.locator('output.date-label').textContent()).toBe('١ حزيران ٢٠١٤');
    // The panel sits on the right in Arabic.
    const panel = await page.locator('.panel').boundingBox();
    expect(panel!.x + panel!.width).toBeGreaterThan(1300);
    // English stays the default, and the switch goes back to it.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('h1').textContent()).toBe('Iraq & Syria 2014–2026');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ]) {
    it(`shows Aleppo, Damascus, Baghdad and Basra clear of the chrome in the first view at ${size.width}×${size.height}`, async () => {
      const small = size.width < 760;
      const { page, context } = small ? await phone(size) : { ...(await h.open('', size)), context: null };
      const boxes = await chromeBoxes(page);
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const [name, at] of Object.entries(CITIES)) {
        const p = await page.evaluate((lonLat) => window.atlas!.map.project(lonLat), at);
        expect(p.x, name).toBeGreaterThan(0);
        expect(p.x, name).toBeLessThan(size.width);
        expect(p.y, name).toBeGreaterThan(0);
        expect(p.y, name).toBeLessThan(size.height);
        for (const b of boxes) expect(inside(p, b), `${name} under the chrome`).toBe(false);
      }
      await (context ?? page).close();
    });
  }

  it('fits a tapped popup on a phone, opaque, and speaks of taps, not hovering', async () => {
    const { page, context, errors } = await phone({ width: 390, height: 844 });
    // Tap near the right edge, on Basra.
    const p = await page.evaluate(() => window.atlas!.map.project([47.7804, 30.5085]));
    await page.touchscreen.tap(p.x, p.y);
    const popup = page.locator('.atlas-popup');
    await popup.waitFor();
    await expect
      .poll(async () => (await popup.boundingBox())!.x + (await popup.boundingBox())!.width, { timeout: 5000 })
      .toBeLessThanOrEqual(390);
    const box = (await popup.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(
      await popup.locator('.maplibregl-popup-content').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(255, 255, 255)');
    expect(await popup.textContent()).toMatch(/Basra/);
    // The legend sheet is opaque too, and the panel's hint is for touch.
    await page.getByRole('button', { name: 'Legend & layers' }).tap();
    const sheet = page.locator('.panel.open');
    expect(await sheet.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Tap a figure for its source.');
    expect(text).not.toContain('Hover');
    // Slider controls are thumb-sized, and the scale bar is off the slider card.
    for (const sel of ['.slider .play', '.slider-row .icon']) {
      const b = (await page.locator(sel).first().boundingBox())!;
      expect(Math.min(b.width, b.height), sel).toBeGreaterThanOrEqual(44);
    }
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    const bar = (await page.locator('.timebar').boundingBox())!;
    expect(scale.y + scale.height <= bar.y || scale.y >= bar.y + bar.height).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
