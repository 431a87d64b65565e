import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { Harness } from './harness.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { changeDays, nextChange, previousChange, placeTimeline, type Box } from '../../src/model/change-steps.ts';
import { peopleAt, type PopulationFile } from '../../src/model/population.ts';
import { addDays } from '../../src/model/dates.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const pop = readJson<PopulationFile>(join(root, 'geodata', 'population.json'));
const all = changeDays(territory.places);

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

const dateOf = (page: import('playwright-core').Page) => page.evaluate(() => window.atlas!.getState().date);

describe('change-to-change time in the browser', () => {
  it('steps to the next and previous change with the buttons, the [ ] keys and atlas.stepChange; the URL follows', async () => {
    const { page, errors } = await h.open('?date=2014-06-01');
    const next = nextChange(all, '2014-06-01')!;
    const nextBtn = page.getByRole('button', { name: /^Next change:/ });
    await expect(nextBtn.getAttribute('aria-label')).resolves.toMatch(/changed hands/);
    await nextBtn.click();
    await page.waitForFunction((d) => window.atlas!.getState().date === d, next);
    await page.waitForFunction((d) => location.search.includes(`date=${d}`), next);
    await page.locator('body').press(']');
    const next2 = nextChange(all, next)!;
    await page.waitForFunction((d) => window.atlas!.getState().date === d, next2);
    await page.locator('body').press('[');
    await page.waitForFunction((d) => window.atlas!.getState().date === d, next);
    const back = await page.evaluate(() => window.atlas!.stepChange(-1, 'all'));
    expect(back).toBe(previousChange(all, next));
    expect(await dateOf(page)).toBe(back);
    // Keys typed into the search box stay there.
    await page.locator('#place-search-input').fill('');
    await page.locator('#place-search-input').press(']');
    expect(await dateOf(page)).toBe(back);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('steps only through changes inside the view when asked', async () => {
    const { page } = await h.open('?date=2015-01-01&center=43.13,36.34&zoom=9');
    await page.getByRole('combobox', { name: 'Changes to step through' }).selectOption('view');
    const box = (await page.evaluate(() => {
      const b = window.atlas!.map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    })) as Box;
    const inView = changeDays(territory.places, box);
    // Start the day before the first change outside the view: the in-view step must pass over it.
    const outside = all.find((d) => !inView.includes(d))!;
    const start = addDays(outside, -1);
    const expected = nextChange(inView, start)!;
    expect(expected).not.toBe(outside);
    await page.evaluate((d) => window.atlas!.setDate(d), start);
    await page.getByRole('button', { name: /^Next change:/ }).click();
    await page.waitForFunction((d) => window.atlas!.getState().date === d, expected);
    await page.close();
  }, 90_000);

  it('plays change to change, resting only on change days, and offers speeds from a day to a year a second', async () => {
    const { page } = await h.open('?date=2016-01-01');
    const play = page.getByRole('combobox', { name: 'How play moves through time' });
    await play.selectOption('speed');
    const speed = page.getByRole('slider', { name: 'Playback speed' });
    await speed.fill('0');
    await expect(speed.getAttribute('aria-valuetext')).resolves.toBe('1 day/s');
    await speed.fill('1000');
    await expect(speed.getAttribute('aria-valuetext')).resolves.toBe('1 year/s');
    await play.selectOption('changes');
    const seen: string[] = [];
    await page.getByRole('button', { name: 'Play through time' }).click();
    for (let i = 0; i < 3; i++) {
      const before = await dateOf(page);
      await page.waitForFunction((d) => window.atlas!.getState().date !== d, before, { timeout: 15_000 });
      seen.push(await dateOf(page));
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(seen.length).toBe(3);
    for (const d of seen) expect(all, d).toContain(d);
    expect([...seen].sort()).toEqual(seen);
    await page.close();
  }, 90_000);
});

describe('a place’s timeline and people under each force in the browser', () => {
  it('shows a found place’s whole history as a strip whose segments jump to their first day', async () => {
    const { page } = await h.open('?date=2015-06-01');
    await page.locator('#place-search-input').fill('Manbij');
    await page.locator('#place-search-input').press('Enter');
    const strip = page.locator('.atlas-popup .tl-strip');
    await strip.waitFor({ timeout: 15_000 });
    const manbij = territory.places.find((p) => p.id === 'sy-manbij')!;
    const segs = placeTimeline(manbij);
    await expect(strip.locator('button').count()).resolves.toBe(segs.length);
    const target = segs[segs.length - 1];
    await strip
      .locator('button')
      .nth(segs.length - 1)
      .click();
    await page.waitForFunction((d) => window.atlas!.getState().date === d, target.from);
    await page.waitForFunction((d) => location.search.includes(`date=${d}`), target.from);
    const current = page.locator('.atlas-popup .tl-strip button[aria-current="time"]');
    await expect(current.getAttribute('aria-label')).resolves.toContain('Sources:');
    await page.close();
  }, 90_000);

  it('lists the people under each force and says how many it cannot place', async () => {
    const { page } = await h.open('?date=2015-06-01');
    const section = page.getByRole('region', { name: 'People under each force on this date' });
    await section.waitFor({ timeout: 15_000 });
    const sy = peopleAt(territory.places, pop, '2015-06-01', 'SY');
    const text = await section.innerText();
    expect(text).toContain(`(${((sy.unplaced / sy.total) * 100).toFixed(1)}%)`);
    const isisIq = peopleAt(territory.places, pop, '2015-06-01', 'IQ').people.isis!;
    expect(text).toContain(`${(isisIq / 1e6).toFixed(2)} M`);
    await page.close();
  }, 90_000);
});
