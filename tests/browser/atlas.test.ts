import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, pixelAt, settle } from './harness.ts';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

describe('the atlas in a real browser', () => {
  it('draws a map with real pixels, makes no outside request and logs no error during a session', async () => {
    const { page, errors, requests } = await h.open('?date=2015-06-01');
    const distinct = await page.evaluate(() => {
      const src = window.atlas!.map.getCanvas();
      const c = document.createElement('canvas');
      c.width = 200;
      c.height = 120;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0, 200, 120);
      const d = ctx.getImageData(0, 0, 200, 120).data;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return colours.size;
    });
    expect(distinct).toBeGreaterThan(20);
    // Pan, zoom and scrub the slider.
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.mouse.move(560, 360, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Escape');
    const slider = page.locator('input[type=range]');
    await slider.focus();
    for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
    await page.evaluate(() => window.atlas!.setDate('2017-07-15'));
    await page.evaluate(() => window.atlas!.map.zoomTo(7, { duration: 0 }));
    await settle(page);
    const origin = new URL(h.server.url).origin;
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('paints nothing before the first view is complete, and says it is drawing the map until then', async () => {
    for (const [lang, words] of [
      ['en', 'Drawing the map…'],
      ['ar', 'جارٍ رسم الخريطة…'],
    ]) {
      const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const seen = {
          drawCalls: 0,
          firstDraw: null as null | { loaded: boolean; territory: boolean },
          notes: [] as string[],
        };
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        // Every draw call of a WebGL2 canvas (the page has one map until an export or compare opens another).
        for (const name of ['drawElements', 'drawArrays'] as const) {
          const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => void>;
          const call = proto[name];
          proto[name] = function (this: unknown, ...args: unknown[]) {
            if (seen.drawCalls++ === 0) {
              const map = window.atlas?.map;
              seen.firstDraw = {
                loaded: map?.loaded() ?? false,
                territory: (map?.querySourceFeatures('territory').length ?? 0) > 0,
              };
            }
            return call.apply(this, args);
          };
        }
        new MutationObserver(() => {
          const note = document.querySelector('.map-drawing');
          if (note && !seen.notes.includes(note.textContent!)) seen.notes.push(note.textContent!);
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${h.server.url}?date=2015-06-01&lang=${lang}`);
      await page.waitForFunction(() => window.atlas !== undefined);
      await page.evaluate(() => window.atlas!.ready);
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: { drawCalls: number; firstDraw: unknown; notes: string[] } }).__seen,
      );
      expect(seen.drawCalls).toBeGreaterThan(0);
      // The first thing drawn is the whole first view: every source loaded, the territory among them.
      expect(seen.firstDraw).toEqual({ loaded: true, territory: true });
      expect(seen.notes).toEqual([words]);
      expect(await page.locator('.map-drawing').count()).toBe(0);
      expect(await page.locator('#map').getAttribute('aria-busy')).toBeNull();
      await page.close();
    }
  }, 60_000);

  it('restores the view from the URL and keeps the URL in step with the view', async () => {
    const { page } = await h.open('?date=2016-03-05&center=43.1,36.3&zoom=7.5&layers=territory,labels');
    const state = await page.evaluate(() => window.atlas!.getState());
    expect(state.date).toBe('2016-03-05');
    expect(state.center[0]).toBeCloseTo(43.1, 3);
    expect(state.center[1]).toBeCloseTo(36.3, 3);
    expect(state.zoom).toBeCloseTo(7.5, 2);
    expect(state.layers).toEqual(['territory', 'labels']);
    await page.evaluate(() => window.atlas!.setDate('2018-02-01'));
    await page.waitForFunction(() => location.search.includes('date=2018-02-01'));
    expect(new URL(page.url()).searchParams.get('zoom')).toBe('7.5');
    await page.close();
  });

  it('accepts YYYY-MM and ignores nonsense in the URL with a notice instead of a crash', async () => {
    const { page, errors } = await h.open('?date=2015-13-45&zoom=banana&center=999,999&layers=nope');
    const state = await page.evaluate(() => window.atlas!.getState());
    expect(state.date).toBe('2014-06-01');
    const notices = await page.locator('.notice').allTextContents();
    expect(notices.join(' ')).toContain('2015-13-45');
    expect(notices.join(' ')).toContain('banana');
    expect(errors).toEqual([]);
    await page.close();
    const second = await h.open('?date=2017-10');
    expect((await second.page.evaluate(() => window.atlas!.getState())).date).toBe('2017-10-01');
    await second.page.close();
  });

  it('says how current the data is, and flags a date after it as the last known state', async () => {
    const { page } = await h.open('?date=2026-03-01');
    const state = await page.evaluate(() => window.atlas!.getState());
    expect(state.stale).toBe(false);
    expect(await page.locator('.panel .as-of').textContent()).toContain(`Data as of`);
    expect(await page.locator('.stale-banner').count()).toBe(0);
    await page.evaluate(() => window.atlas!.setDate('2026-12-20'));
    await page.locator('.stale-banner').waitFor();
    expect(await page.locator('.stale-banner').textContent()).toMatch(/20 December 2026.*last known state/);
    expect((await page.evaluate(() => window.atlas!.getState())).stale).toBe(true);
    expect(await page.locator('input[type=range]').getAttribute('aria-valuetext')).toBe(
      '20 December 2026, after the data',
    );
    await page.close();
  });

  it('moves the date by keyboard on the slider and says the date in words', async () => {
    const { page } = await h.open('?date=2014-06-01');
    const slider = page.locator('input[type=range]');
    await slider.focus();
    await slider.press('ArrowRight');
    await page.waitForFunction(() => window.atlas!.getState().date === '2014-07-01');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 July 2014');
    await slider.press('End');
    await page.waitForFunction(() => window.atlas!.getState().date === '2026-12-01');
    await page.close();
  });

  it('colours Mosul as ISIS-held in 2015 and not in 2018', async () => {
    const { page } = await h.open('?date=2015-06-01&center=43.13,36.34&zoom=8&layers=territory');
    const dark = await pixelAt(page, 43.13, 36.33);
    await page.evaluate(() => window.atlas!.setDate('2018-06-01'));
    const light = await pixelAt(page, 43.13, 36.33);
    // ISIS black at 62% over the light basemap, then the Iraqi government's pink.
    expect(dark[0] + dark[1] + dark[2]).toBeLessThan(400);
    expect(light[0] + light[1] + light[2]).toBeGreaterThan(dark[0] + dark[1] + dark[2] + 200);
    expect(light[0]).toBeGreaterThan(light[1] + 20);
    await page.close();
  });
});

describe('the time instrument', () => {
  it('steps by year with PageUp/PageDown, by day in daily mode, and follows the ARIA slider pattern', async () => {
    const { page } = await h.open('?date=2015-03-01');
    const slider = page.locator('input[type=range]');
    await slider.focus();
    await slider.press('PageUp');
    await page.waitForFunction(() => window.atlas!.getState().date === '2016-03-01');
    await slider.press('PageDown');
    await slider.press('PageDown');
    await page.waitForFunction(() => window.atlas!.getState().date === '2014-03-01');
    await page.getByLabel('Daily steps').check();
    await slider.focus();
    await slider.press('ArrowRight');
    await page.waitForFunction(() => window.atlas!.getState().date === '2014-03-02');
    expect(await slider.getAttribute('aria-valuetext')).toBe('2 March 2014');
    await slider.press('Home');
    await page.waitForFunction(() => window.atlas!.getState().date === '2014-01-01');
    await page.close();
  });

  it('plays forward without running ahead of the drawn map, and pauses', async () => {
    const { page } = await h.open('?date=2016-01-01');
    await page.getByLabel('Playback speed').selectOption({ label: '8 steps/s' });
    await page.getByRole('button', { name: 'Play through time' }).click();
    const seen: string[] = [];
    while (!seen.some((d) => d >= '2016-05-01')) {
      seen.push(await page.evaluate(() => window.atlas!.getState().date));
      await page.waitForTimeout(50);
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await page.evaluate(() => window.atlas!.getState().date);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => window.atlas!.getState().date)).toBe(stopped);
    // Playback moves forward by whole months, never backwards.
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((d) => d.endsWith('-01'))).toBe(true);
    await page.close();
  });

  it('lists this month’s events and changes, and jumps to them', async () => {
    const { page } = await h.open('?date=2017-07-01');
    await expect.poll(() => page.locator('.changes').first().textContent(), { timeout: 10_000 }).toContain('July 2017');
    const panel = await page.locator('.panel').textContent();
    expect(panel).toContain('Mosul');
    await page.locator('.changes button.linkish').first().click();
    const d = await page.evaluate(() => window.atlas!.getState().date);
    expect(d.startsWith('2017-07-')).toBe(true);
    await page.close();
  });
});

describe('popups and panel', () => {
  it('clicking ground shows the place, its controller on the date and its sources', async () => {
    const { page } = await h.open('?date=2015-06-01&center=43.13,36.34&zoom=9&layers=territory');
    const p = await page.evaluate(() => window.atlas!.map.project([43.15, 36.34]));
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.place-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Islamic State');
    // The sources arrive just after the first view; the open card fills them in.
    await expect.poll(() => card.locator('.sources li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('clicking an event marker near its date shows the event and its sources', async () => {
    const { page } = await h.open('?date=2014-06-16&center=42.45,36.38&zoom=8&layers=events');
    const p = await page.evaluate(() => window.atlas!.map.project([42.4497, 36.3767]));
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.event-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Tal Afar');
    // The event's text and sources load after the first view (events-details.json); the card fills in.
    await expect.poll(() => card.locator('.sources li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('clicking a US site shows its presence history', async () => {
    const { page } = await h.open('?date=2018-06-01&center=42.4412,33.7856&zoom=8&layers=bases');
    const p = await page.evaluate(() => window.atlas!.map.project([42.4412, 33.7856]));
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.site-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Ain al-Asad');
    expect(await card.textContent()).toContain('present');
    await page.close();
  });

  it('switches each foreign force on and off, and clicking a Russian site shows its history and sources', async () => {
    const { page, errors } = await h.open('?date=2019-11-01&center=38.567,35.755&zoom=8');
    const visibility = () =>
      page.evaluate(() => window.atlas!.map.getLayoutProperty('sites-russia', 'visibility') ?? 'visible');
    expect(await visibility()).toBe('visible');
    // Every force has its own switch, on by default.
    for (const name of ['Russia', 'Turkey', 'Iran and partner militias', 'Israel', 'Coalition partners'])
      expect(await page.getByLabel(name, { exact: true }).isChecked(), name).toBe(true);
    await page.getByLabel('Russia', { exact: true }).uncheck();
    await expect.poll(visibility).toBe('none');
    await page.waitForFunction(
      () => !new URLSearchParams(location.search).get('layers')!.split(',').includes('russia'),
    );
    expect(await page.evaluate(() => window.atlas!.getState().layers)).not.toContain('russia');
    await page.getByLabel('Russia', { exact: true }).check();
    await expect.poll(visibility).toBe('visible');
    await settle(page);
    // Tabqa air base: Russian helicopters from October 2019.
    const p = await page.evaluate(() => window.atlas!.map.project([38.567, 35.755]));
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.site-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Tabqa air base');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Russian forces present');
    expect(text).toContain('Russia');
    await expect.poll(() => card.locator('.sources li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The panel counts each force's sites on the date, with reported troop figures.
    const panel = (await page.locator('.foreign-forces').textContent()) ?? '';
    expect(panel).toMatch(/Russia: \d+ sites/);
    expect(panel).toContain('2,954');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Israeli sites only from December 2024: none in 2023, Mount Hermon in 2025', async () => {
    const { page } = await h.open('?date=2023-06-01&center=35.857,33.416&zoom=9&layers=israel');
    expect(await page.locator('.foreign-forces [data-force=israel]').textContent()).toContain('0 sites');
    await page.evaluate(() => window.atlas!.setDate('2025-02-01'));
    await expect.poll(() => page.locator('.foreign-forces [data-force=israel]').textContent()).not.toContain('0 sites');
    const p = await page.evaluate(() => window.atlas!.map.project([35.857, 33.416]));
    await page.mouse.click(p.x, p.y);
    await expect
      .poll(() => page.locator('.site-card').textContent(), { timeout: 10_000 })
      .toContain('Mount Hermon summit');
    expect(await page.locator('.site-card').textContent()).toContain('Israeli forces present');
    await page.close();
  });

  it('shows US troops with their kind and the 2024 plan phase in the panel', async () => {
    const { page } = await h.open('?date=2024-10-15');
    const forces = await page.locator('.forces').textContent();
    expect(forces).toContain('2,500');
    expect(forces).toContain('reported');
    expect(forces).toContain('Phase 1');
    await page.close();
  });
});

describe('narrow screens', () => {
  it('folds the panel behind a button and opens it on demand', async () => {
    const { page } = await h.open('?date=2017-07-10', { width: 390, height: 800 });
    const panel = page.locator('#atlas-panel');
    expect(await panel.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: 'Legend & layers' });
    await toggle.click();
    expect(await panel.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hide legend' }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});

describe('finding a place', () => {
  it('flies to a place found by English or Arabic name and opens its card; says so when nothing matches', async () => {
    const { page } = await h.open('?date=2016-06-01');
    const box = page.getByLabel('Find a place');
    await box.fill('raqqa');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('.place-card h3').first().textContent(), { timeout: 10_000 })
      .toContain('Raqqa');
    expect(await page.locator('.place-card').first().textContent()).toContain('Islamic State');
    await page.waitForFunction(() => Math.abs(window.atlas!.getState().center[0] - 39.0) < 0.2, undefined, {
      timeout: 10_000,
    });
    await box.fill('الموصل');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('.place-card h3').first().textContent(), { timeout: 10_000 })
      .toContain('Mosul');
    await box.fill('Atlantis');
    await box.press('Enter');
    expect(await page.locator('.place-search').textContent()).toContain('No place called “Atlantis”');
    await page.close();
  });
});
