import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Harness, settle } from './harness.ts';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

const root = resolve(import.meta.dirname, '..', '..');
const cli = (input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', 'batch'], { cwd: root, input, encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l));

// Points across both countries: towns, farmland, the open Badia and Jazira, and the Euphrates banks.
const POINTS: [number, number][] = [
  [43.13, 36.34],
  [42.2, 35.6],
  [40.3, 34.2],
  [38.9, 33.6],
  [41.2, 32.4],
  [44.4, 33.3],
  [39.0, 35.95],
  [40.55, 35.0],
  [40.6, 34.85],
  [37.2, 36.2],
  [36.3, 33.5],
  [44.0, 36.2],
  [46.0, 31.0],
  [41.5, 36.6],
];

describe('the map draws what the model answers', () => {
  it.each(['2015-06-01', '2019-06-01'])('on %s every probed point shows the CLI’s controller and kind', async (day) => {
    const { page, errors } = await h.open(`?date=${day}&center=40.8,34.3&zoom=5.2&layers=territory`, {
      width: 1400,
      height: 1000,
    });
    await settle(page);
    const drawn = await page.evaluate((pts) => {
      const map = window.atlas!.map;
      return pts.map(([lon, lat]) => {
        const f = map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['territory-fill'] })[0];
        if (!f) return null;
        const state = map.getFeatureState({ source: 'territory', id: f.id! });
        return {
          controller: (state.controller as string | null) ?? 'none',
          dominated: f.properties.dominated === true,
        };
      });
    }, POINTS);
    const answers = cli(
      POINTS.map(([lon, lat]) => JSON.stringify({ q: 'control', date: day, at: [lon, lat] })).join('\n'),
    );
    POINTS.forEach((p, i) => {
      const a = answers[i];
      const d = drawn[i];
      expect(d, `${p} drawn`).not.toBeNull();
      expect(d!.controller, `${p}`).toBe(a.controller);
      if (a.kind === 'held' || a.kind === 'dominated') expect(d!.dominated, `${p}`).toBe(a.kind === 'dominated');
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same shares of each country as `query share`', async () => {
    const day = '2019-09-01';
    const { page } = await h.open(`?date=${day}`);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.legend-table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()),
      ),
    );
    const [sy, iq] = cli(
      [
        JSON.stringify({ q: 'share', date: day, country: 'SY' }),
        JSON.stringify({ q: 'share', date: day, country: 'IQ' }),
      ].join('\n'),
    );
    const shown = (label: string, col: 2 | 3) => rows.find((r) => r[0].startsWith(label))![col];
    expect(shown('Syrian government (Assad', 2)).toBe(`${Math.round(sy.percent.syria_gov)}%`);
    expect(shown('SDF', 2)).toBe(`${Math.round(sy.percent.sdf)}%`);
    expect(shown('Iraqi government', 3)).toBe(`${Math.round(iq.percent.iraq_gov)}%`);
    expect(shown('Kurdistan Region', 3)).toBe(`${Math.round(iq.percent.krg)}%`);
    await page.close();
  });

  it('explains dominated ground in its popup and cites the place that decides it', async () => {
    const { page } = await h.open('?date=2015-06-01&center=40.3,34.2&zoom=7&layers=territory');
    await settle(page);
    const p = await page.evaluate(() => window.atlas!.map.project([40.3, 34.2]));
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.place-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Open ground (dominated');
    expect(await card.textContent()).toContain('Islamic State');
    await expect.poll(() => card.locator('.sources li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('charts computed shares with the published figures as focusable points', async () => {
    const { page } = await h.open('?date=2017-09-01', { width: 1400, height: 900 });
    const point = page.locator('.share-point').first();
    await expect.poll(() => page.locator('.share-point').count(), { timeout: 10_000 }).toBeGreaterThan(20);
    const label = await point.getAttribute('aria-label');
    expect(label).toMatch(/%/);
    expect(label).toMatch(/atlas \d/);
    await point.focus();
    await point.press('Enter');
    const day = await page.evaluate(() => window.atlas!.getState().date);
    expect(label).toContain(new Date(`${day}T00:00:00Z`).getUTCFullYear().toString());
    await page.getByLabel('Shares chart').selectOption('IQ');
    await expect.poll(() => page.locator('.shares-title').textContent()).toContain('Iraq');
    await page.close();
  });
});
