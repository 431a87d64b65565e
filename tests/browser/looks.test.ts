import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, settle } from './harness.ts';

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

/** How many rows the visible elements matching `selector` sit in (tops rounded to 10 px). */
function rowsOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const tops = [...document.querySelectorAll(sel)]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => Math.round(el.getBoundingClientRect().top / 10));
    return new Set(tops).size;
  }, selector);
}

/** A phone-like page: touch, no hover. */
async function phone(size: { width: number; height: number }, query = '') {
  const context = await h.browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
  const watched = await h.open(query, size, context);
  return { ...watched, context };
}

/** Latin words of three letters or more that an Arabic interface may keep: format names and codes. */
const KEPT_LATIN = new Set([
  'GeoJSON',
  'CSV',
  'HTML',
  'BibTeX',
  'CSL',
  'JSON',
  'PNG',
  'GIF',
  'WebM',
  'JPEG',
  'WebP',
  'Natural',
  'Earth',
  'OpenStreetMap',
  'ODbL',
]);

/** English words left in the text, accessible names and tooltips of `selector` (code samples, text fields aside). */
function englishIn(page: Page, selector: string): Promise<string[]> {
  return page
    .evaluate((sel) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll(sel)) {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('code, textarea, script, style').forEach((c) => c.remove());
        // Accessible names and tooltips count too: a screen reader says them.
        // (The time track's event marks carry the events' recorded titles and the shares chart's points
        // their publishers' names: data, kept as recorded; the points' wording is checked on its own.)
        const named = [...el.querySelectorAll('[aria-label], [title]'), el].filter(
          (n) => !n.matches('.marks .mark, .share-point'),
        );
        const attrs = named.flatMap((n) => [n.getAttribute('aria-label') ?? '', n.getAttribute('title') ?? '']);
        const texts: string[] = [];
        const walk = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) texts.push(walk.currentNode.textContent ?? '');
        out.push(...texts, ...attrs);
      }
      return out.join(' ');
    }, selector)
    .then((text) => (text.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => !KEPT_LATIN.has(w)));
}

/**
 * The screen box of place `name`'s label (MapLibre's hit box of the drawn label and its dot), found by
 * asking which 1-px columns and rows of the map hit it; null when the label is not drawn.
 */
function labelBox(page: Page, name: string): Promise<Box | null> {
  return page.evaluate((wanted) => {
    const map = window.atlas!.map;
    const canvas = map.getCanvas();
    const [w, hgt] = [canvas.clientWidth, canvas.clientHeight];
    const hits = (box: [[number, number], [number, number]]) =>
      map.queryRenderedFeatures(box, { layers: ['place-labels'] }).some((f) => f.properties.name === wanted);
    if (
      !hits([
        [0, 0],
        [w, hgt],
      ])
    )
      return null;
    const box = { left: w, top: hgt, right: 0, bottom: 0 };
    for (let x = 0; x < w; x++)
      if (
        hits([
          [x, 0],
          [x + 1, hgt],
        ])
      ) {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x + 1);
      }
    for (let y = 0; y < hgt; y++)
      if (
        hits([
          [box.left, y],
          [box.right, y + 1],
        ])
      ) {
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y + 1);
      }
    return box;
  }, name);
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
    // The map's own controls speak Arabic too: zoom buttons, attribution, scale bar, the canvas's name.
    const mapUi = () =>
      page.evaluate(() => ({
        zoomIn: document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('title'),
        scale: document.querySelector('.maplibregl-ctrl-scale')?.textContent?.trim(),
        attribution: document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent,
        canvas: document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label'),
      }));
    // The people panel too: its table, what it cannot place, and what the figures measure.
    await page.locator('section.people .fineprint').first().waitFor({ timeout: 15_000 });
    expect(await englishIn(page, 'section.people')).toEqual([]);
    expect(await page.locator('section.people').innerText()).toMatch(/أرقام ما قبل الحرب \(الأماكن: تعداد ٢٠٠٤/);
    const arUi = await mapUi();
    expect(arUi.zoomIn).toBe('تقريب');
    expect(arUi.scale).toMatch(/^\d+\s(كم|م)$/);
    expect(arUi.attribution).toContain('بيانات الأطلس');
    expect(await englishIn(page, '.maplibregl-ctrl-attrib-inner')).toEqual([]);
    expect(await page.locator('#map').getAttribute('aria-label')).toBe('خريطة العراق وسوريا');
    expect(arUi.canvas).toBe('خريطة العراق وسوريا');
    // English stays the default, and the switch goes back to it.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('h1').textContent()).toBe('Iraq & Syria 2014–2026');
    // Text the switch left alone is laid out left to right again: in a force's ": " the colon comes first.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const li = document.querySelector('section.foreign-forces li')!;
          const text = [...li.childNodes].find((n) => n.nodeType === 3 && n.textContent!.startsWith(': '))!;
          const at = (i: number) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().left;
          };
          return at(0) < at(1);
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('lang-switch'))).toBe(true);
    const enUi = await mapUi();
    expect(enUi.zoomIn).toBe('Zoom in');
    expect(enUi.scale).toMatch(/^\d+\s(km|m)$/);
    expect(enUi.attribution).toContain('Atlas data');
    expect(enUi.attribution).toContain('Territory: atlas control data');
    expect(enUi.canvas).toBe('Map of Iraq and Syria');
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

  for (const size of [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ])
    for (const lang of ['en', 'ar'])
      it(`draws the names of Aleppo, Damascus, Baghdad and Basra whole in the first view at ${size.width}×${size.height} (${lang})`, async () => {
        const { page, context, errors } = await phone(size, lang === 'ar' ? '?lang=ar' : '');
        await settle(page);
        const boxes = await chromeBoxes(page);
        for (const name of Object.keys(CITIES)) {
          const box = await labelBox(page, name);
          expect(box, `${name} labelled`).not.toBeNull();
          // Inside the screen with a margin, and clear of the title and the time card.
          expect(box!.left, name).toBeGreaterThanOrEqual(4);
          expect(box!.right, name).toBeLessThanOrEqual(size.width - 4);
          for (const b of boxes) {
            const apart = box!.right <= b.left || box!.left >= b.right || box!.bottom <= b.top || box!.top >= b.bottom;
            expect(apart, `${name}'s label under the chrome`).toBe(true);
          }
        }
        expect(errors).toEqual([]);
        await context.close();
      });

  for (const size of [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ])
    it(`keeps the phone time card small, with the less-used controls behind More, at ${size.width}×${size.height}`, async () => {
      const { page, context, errors } = await phone(size);
      const card = page.locator('.timebar');
      const more = page.getByRole('button', { name: 'More time controls' });
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      // Folded: one row of controls, the date and the slider — well under a third of the screen.
      const folded = (await card.boundingBox())!;
      expect(folded.height).toBeLessThan(size.height * 0.3);
      expect(await rowsOf(page, '.timebar .controls > *')).toBe(1);
      expect(await page.getByLabel('Playback speed').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Compare…' }).isVisible()).toBe(false);
      // Unfolded by touch: every control is there and thumb-sized.
      await more.tap();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByLabel('Playback speed').isVisible()).toBe(true);
      for (const name of ['Compare…']) expect(await page.getByRole('button', { name }).isVisible(), name).toBe(true);
      expect(await page.getByLabel('How play moves through time').isVisible()).toBe(true);
      expect(await page.getByLabel('Shares chart').isVisible()).toBe(true);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.timebar button, .timebar select, .timebar label, .timebar .checkbox')]
          .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('.slider-track'))
          .map((el) => ({ what: el.textContent?.trim() || el.className, box: el.getBoundingClientRect() }))
          .filter((e) => e.box.height < 44)
          .map((e) => `${e.what}: ${Math.round(e.box.height)} px`),
      );
      expect(small).toEqual([]);
      const open = (await card.boundingBox())!;
      expect(open.y).toBeGreaterThanOrEqual(0);
      // By keyboard too: Enter folds it again.
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => page.getByLabel('Playback speed').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('shows every time control on a desktop, with no More button', async () => {
    const { page, errors } = await h.open('', { width: 1440, height: 900 });
    expect(await page.locator('.more-toggle').isVisible()).toBe(false);
    expect(await page.getByLabel('Playback speed').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Compare…' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Shares chart').isVisible()).toBe(true);
    // One row of controls, as before the fold.
    expect(await rowsOf(page, '.timebar .controls button, .timebar .controls select')).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes compare mode, data tools, their dialogs, the shares chart and export size errors in Arabic', async () => {
    const { page, errors } = await h.open('?lang=ar&date=2017-12-31&compare=2015-06-01', { width: 1440, height: 900 });
    await page.locator('.compare-panel').waitFor();
    for (const sel of [
      '.compare-panel',
      '.compare-control',
      '.compare-badge',
      '.data-tools',
      '.overlay-panel',
      '.timebar',
    ])
      expect(await englishIn(page, sel), sel).toEqual([]);
    expect(await page.locator('.compare-panel h2').textContent()).toBe('المقارنة');
    expect(await page.locator('.compare-sentence').textContent()).toMatch(
      /^من ١ حزيران ٢٠١٥ إلى ٣١ كانون الأول ٢٠١٧: /,
    );
    // The earlier date's map is left of the later one, both left of the panel (on the right in Arabic).
    const [a, b, panel] = await Promise.all(
      ['#map-a', '#map', '.panel'].map(async (s) => (await page.locator(s).boundingBox())!),
    );
    expect(a.x + a.width).toBeLessThanOrEqual(b.x + 2);
    expect(b.x + b.width).toBeLessThanOrEqual(panel.x + 1);
    // The shares chart's points speak Arabic too (the publisher keeps its own name).
    await page.getByLabel('مخطط النسب').selectOption('SY');
    const point = await page.locator('.share-point').first().getAttribute('aria-label');
    expect(point).toMatch(/من مساحة سوريا/);
    expect(point).toMatch(/حساب الأطلس/);
    // The dialogs.
    for (const [open, title] of [
      ['الاستشهاد بهذه الخريطة', 'الاستشهاد بهذه الخريطة'],
      ['تضمين', 'تضمين هذه الخريطة'],
    ]) {
      await page.locator('.data-tools').getByRole('button', { name: open, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      expect(await englishIn(page, 'dialog[open]'), title).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    }
    // An export too large for the screen's GPU is refused in Arabic.
    await page.getByRole('button', { name: 'تصدير…' }).click();
    await page.getByLabel('المقاس').selectOption('custom');
    await page.getByLabel('العرض (بكسل)').fill('40000');
    const error = page.locator('dialog[open] [role="alert"]');
    await expect.poll(() => error.textContent()).toMatch(/لا يمكن أن يزيد العرض أو الارتفاع في الصورة على [٠-٩]+ بكسل/);
    expect(await englishIn(page, 'dialog[open]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('writes the address notices in Arabic, and in English after a switch', async () => {
    // Values with no Latin words of their own, so any English left in a notice is the atlas's.
    const { page, errors } = await h.open('?lang=ar&zoom=40&layers=zz&date=2014-13-01', { width: 1440, height: 900 });
    const notices = page.locator('.notices .notice');
    await expect.poll(() => notices.count()).toBe(3);
    expect(await englishIn(page, '.notices')).toEqual([]);
    expect(await notices.allTextContents()).toContainEqual(expect.stringContaining('مستوى التقريب ٤٠ خارج المدى'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => notices.allTextContents())
      .toContainEqual(expect.stringContaining('Zoom 40 is outside 3.5–12; 12 is used.'));
    expect(await notices.allTextContents()).toContainEqual(
      expect.stringContaining('The date “2014-13-01” is not a calendar date'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the embedded atlas in Arabic, right to left', async () => {
    const { page, errors } = await h.open('?lang=ar&embed=1', { width: 800, height: 480 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    for (const sel of ['.embed-bar', '.embed-legend', '.timebar']) expect(await englishIn(page, sel), sel).toEqual([]);
    expect(await page.locator('.embed-link').textContent()).toContain('أطلس العراق وسوريا');
    // The link and legend sit right, clear of the map's buttons (on the left in Arabic).
    const bar = (await page.locator('.embed-bar').boundingBox())!;
    const zoom = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
    expect(bar.x).toBeGreaterThan(zoom.x + zoom.width);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a tapped popup on a phone, opaque, and speaks of taps, not hovering', async () => {
    const { page, context, errors } = await phone({ width: 390, height: 844 });
    // Tap near the right edge, on Basra.
    const p = await page.evaluate(() => window.atlas!.map.project([47.7804, 30.5085]));
    await page.touchscreen.tap(p.x, p.y);
    const popup = page.locator('.atlas-popup');
    await popup.waitFor();
    // The map pans the popup into view: wait for it to come to rest inside the screen.
    await expect
      .poll(
        async () => {
          const b = (await popup.boundingBox())!;
          return b.x >= 0 && b.x + b.width <= 390;
        },
        { timeout: 5000 },
      )
      .toBe(true);
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
