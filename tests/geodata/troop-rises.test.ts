import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { checkTroopRange } from '../../scripts/lib/validate-geodata.ts';
import { riseProblems, unreportedRises } from '../../src/model/troop-rises.ts';
import { troopsAt, type TroopPoint } from '../../src/model/forces.ts';
import { pt } from '../helpers/troop-point.ts';

const root = resolve(import.meta.dirname, '..', '..');
const series = readJson<{ series: TroopPoint[] }>(join(root, 'geodata/forces/troops.json')).series;

describe('the troop-rise audit', () => {
  it('fails the late-2025 labelling error: a US-and-coalition total read as US, then a rise during a withdrawal', () => {
    const bad = [pt('2025-08-25', 2000, 'estimated'), pt('2025-11-26', 1500, 'estimated'), pt('2026-01-14', 2000, 'estimated')];
    const rises = unreportedRises(bad);
    expect(rises.map((r) => [r.along, r.to.date])).toEqual([
      ['estimated', '2026-01-14'],
      ['line', '2026-01-14'],
    ]);
    expect(riseProblems('f', bad)[0]).toMatch(/f Iraq us 2026-01-14: rises from 1500 \(2025-11-26\) to 2000/);
    // Kept apart as a total of the US and its partners, the same figures raise nothing.
    const fixed = [bad[0], { ...bad[1], scope: 'us_and_partners' as const }, bad[2]];
    expect(unreportedRises(fixed)).toEqual([]);
  });
  it('accepts a rise only when the later figure says what the sources report', () => {
    const bad = [pt('2014-06-19', 300, 'authorized'), pt('2014-11-07', 3100, 'authorized')];
    expect(unreportedRises(bad)).toHaveLength(2);
    const blank = [bad[0], { ...bad[1], increase: '  ' }];
    expect(unreportedRises(blank)).toHaveLength(2);
    const ok = [bad[0], { ...bad[1], increase: 'Up to 1,500 more authorized (AP)' }];
    expect(unreportedRises(ok)).toEqual([]);
  });
  it('reads ranges as sources that differ: a rise is implied only when the whole range is above', () => {
    const within = [pt('2026-01-14', 900, 'estimated'), pt('2026-02-23', 1000, 'estimated', { min: 900 })];
    expect(unreportedRises(within)).toEqual([]);
    const above = [pt('2019-11-10', 600, 'estimated', { min: 500 }), pt('2021-07-26', 900, 'estimated', { min: 800 })];
    expect(unreportedRises(above).map((r) => r.along)).toEqual(['estimated', 'line']);
  });
  it('checks the drawn line across kinds, and every series on its own', () => {
    const mixed = [pt('2026-01-14', 900, 'estimated'), pt('2026-02-23', 1000, 'reported')];
    expect(unreportedRises(mixed).map((r) => r.along)).toEqual(['line']);
    const twoSeries = [
      pt('2016-01-01', 150, 'reported', { force: 'coalition_partner', nation: 'Germany' }),
      pt('2016-01-02', 650, 'reported', { force: 'coalition_partner', nation: 'Italy' }),
    ];
    expect(unreportedRises(twoSeries)).toEqual([]);
  });
  it('passes on the atlas data, where every rise carries its reported increase', () => {
    expect(riseProblems('geodata/forces/troops.json', series)).toEqual([]);
    const marked = series.filter((p) => p.increase);
    expect(marked.length).toBeGreaterThanOrEqual(15);
  });
  it('refuses a bad range, scope or increase note', () => {
    const w = 'x';
    expect(checkTroopRange(w, { count: 900, min: 1000 })).toEqual(['x: min above count']);
    expect(checkTroopRange(w, { count: 900, max: 800 })).toEqual(['x: max below count']);
    expect(checkTroopRange(w, { count: 900, min: 900, max: 900 })).toEqual(['x: a range needs min < max']);
    expect(checkTroopRange(w, { count: 900, min: 1.5 })).toContain('x: bad min');
    expect(checkTroopRange(w, { count: 900, scope: 'coalition' })).toEqual(['x: unknown scope']);
    expect(checkTroopRange(w, { count: 900, scope: 'us_and_partners', force: 'turkey' })).toEqual([
      'x: US-and-partner totals carry no force',
    ]);
    expect(checkTroopRange(w, { count: 900, increase: '' })).toEqual(['x: increase must say what the sources report']);
    expect(checkTroopRange(w, { count: 900, min: 800, max: 1000, increase: 'AP: 100 more' })).toEqual([]);
  });
});

describe('the US troop series against the reporting', () => {
  const at = (country: TroopPoint['country'], day: string) => troopsAt(series, country, day);
  it('steps up through the summer of 2014 in Iraq instead of staying at 300', () => {
    expect(at('Iraq', '2014-07-15')?.count).toBeGreaterThanOrEqual(750); // ~800 authorized by 30 Jun (TIME)
    expect(at('Iraq', '2014-08-20')?.count).toBeGreaterThanOrEqual(900); // >900 after 130 more (Xinhua)
    expect(at('Iraq', '2014-09-20')?.count).toBeGreaterThanOrEqual(1500); // 475 more on 10 Sep
  });
  it('gives Syria Milley’s 500-600 from November 2019, not 1,000', () => {
    const p = at('Syria', '2020-06-01');
    expect([p?.min, p?.count]).toEqual([500, 600]);
  });
  it('keeps the Kurdistan Region total of US and coalition personnel out of the US line', () => {
    expect(at('Iraq', '2025-12-15')?.scope).toBeUndefined();
    expect(at('Iraq', '2025-12-15')?.count).not.toBe(1500);
    expect(troopsAt(series, 'Iraq', '2025-12-15', { scope: 'us_and_partners' })?.count).toBe(1500);
  });
  it('shows the 2,000 in Syria acknowledged in December 2024 as a range back to September', () => {
    const p = at('Syria', '2024-10-01');
    expect([p?.count, p?.max]).toEqual([900, 2000]);
    expect(at('Syria', '2025-01-01')?.count).toBe(2000);
  });
});
