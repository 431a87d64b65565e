import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import {
  changeCounts,
  changeDays,
  findPlaces,
  nextChange,
  placeTimeline,
  previousChange,
} from '../../src/model/change-steps.ts';
import { addDays, ATLAS_END } from '../../src/model/dates.ts';
import { nextPlayDate, sliderToSpeed, speedLabel, speedToSlider } from '../../src/state/change-play.ts';

const root = resolve(import.meta.dirname, '..', '..');
const t = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));

describe('change days', () => {
  const all = changeDays(t.places);
  it('lists every history start after the first, sorted and without repeats', () => {
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    const mosulFall = t.places.find((p) => p.id === 'iq-mosul-west')!.history.find((h) => h.controller === 'isis')!;
    expect(all).toContain(mosulFall.from);
    expect(all).not.toContain('2014-01-01');
  });
  it('steps strictly forward and back from any day, including change days themselves', () => {
    const d = all[10];
    expect(nextChange(all, d)).toBe(all[11]);
    expect(previousChange(all, d)).toBe(all[9]);
    expect(nextChange(all, addDays(d, -1))).toBe(d);
    expect(previousChange(all, addDays(d, 1))).toBe(d);
    expect(nextChange(all, ATLAS_END)).toBeNull();
    expect(previousChange(all, '2014-01-01')).toBeNull();
  });
  it('keeps only places inside a box, and counts the places changing on each day', () => {
    const mosulBox: [number, number, number, number] = [42.9, 36.2, 43.4, 36.5];
    const inBox = changeDays(t.places, mosulBox);
    expect(inBox.length).toBeGreaterThan(0);
    expect(inBox.length).toBeLessThan(all.length);
    for (const d of inBox) expect(all).toContain(d);
    const counts = changeCounts(t.places);
    expect([...counts.keys()].sort()).toEqual(all);
    expect([...counts.values()].reduce((a, n) => a + n, 0)).toBe(
      t.places.reduce((a, p) => a + p.history.length - 1, 0),
    );
  });
});

describe('a place’s timeline', () => {
  it('covers 2014 to the end with contiguous segments, one per period', () => {
    for (const p of t.places) {
      const segs = placeTimeline(p);
      expect(segs.length).toBe(p.history.length);
      expect(segs[0].from).toBe('2014-01-01');
      expect(segs.at(-1)!.until).toBe(ATLAS_END);
      for (let i = 1; i < segs.length; i++) expect(addDays(segs[i - 1].until, 1)).toBe(segs[i].from);
    }
  });
  it('finds places as the search box does: exact, then prefix, then part; Arabic too; never desert anchors', () => {
    expect(findPlaces(t.places, 'Manbij')[0].id).toBe('sy-manbij');
    expect(findPlaces(t.places, 'al-Raqqa')[0].id).toBe('sy-raqqa');
    expect(findPlaces(t.places, 'الرقة')[0].id).toBe('sy-raqqa');
    expect(findPlaces(t.places, 'Mosul').length).toBeGreaterThan(1);
    expect(findPlaces(t.places, 'zzzz')).toEqual([]);
    expect(findPlaces(t.places, '  ')).toEqual([]);
    for (const p of findPlaces(t.places, 'desert')) expect(p.kind).not.toBe('desert');
  });
});

describe('speed and change-to-change playback', () => {
  it('maps the speed range onto one day to one year per second, both ways', () => {
    expect(sliderToSpeed(0)).toBe(1);
    expect(sliderToSpeed(1000)).toBe(365);
    expect(sliderToSpeed(-50)).toBe(1);
    for (const dps of [1, 7, 30, 90, 365])
      expect(Math.abs(sliderToSpeed(speedToSlider(dps)) - dps)).toBeLessThanOrEqual(1);
    expect(speedLabel(1)).toBe('1 day/s');
    expect(speedLabel(365)).toBe('1 year/s');
    expect(speedLabel(14)).toBe('2 weeks/s');
  });
  it('moves by speed × time, and from change to change resting longer on busy days', () => {
    const all = changeDays(t.places);
    const counts = changeCounts(t.places);
    expect(nextPlayDate('speed', '2015-01-01', 1000, 30, all, () => 0)).toEqual({ day: '2015-01-31', restMs: 0 });
    expect(nextPlayDate('speed', '2015-01-01', 10, 1, all, () => 0)!.day).toBe('2015-01-02');
    expect(nextPlayDate('speed', ATLAS_END, 1000, 30, all, () => 0)).toBeNull();
    const step = nextPlayDate('changes', '2015-01-01', 0, 1, all, (d) => counts.get(d) ?? 0)!;
    expect(step.day).toBe(nextChange(all, '2015-01-01'));
    const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const quiet = [...counts.entries()].find(([, n]) => n === 1)!;
    const restOn = (d: string) => nextPlayDate('changes', addDays(d, -1), 0, 1, all, (x) => counts.get(x) ?? 0)!.restMs;
    expect(restOn(busiest[0])).toBeGreaterThan(restOn(quiet[0]));
    expect(nextPlayDate('changes', all.at(-1)!, 0, 1, all, () => 1)).toBeNull();
  });
});
