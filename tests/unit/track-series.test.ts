import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { isisSeries, shareSeries, trackX } from '../../src/ui/track-series.ts';
import { areaByController, sharesAt } from '../../src/model/territory.ts';
import { ATLAS_END, ATLAS_START, monthsBetween } from '../../src/model/dates.ts';

const data = loadTerritory(join(resolve(import.meta.dirname, '../..'), 'geodata', 'build', 'territory.json'));
const months = monthsBetween(ATLAS_START, ATLAS_END);

describe('time track and shares chart series (one ground tally per month, shared)', () => {
  it('gives the ISIS area of each month as areaByController does', () => {
    const s = isisSeries(data);
    expect(s).toHaveLength(months.length);
    for (const i of [0, 6, 12, 30, 60, months.length - 1]) {
      expect(s[i]).toEqual([trackX(months[i]), areaByController(data, months[i]).isis]);
    }
    // ISIS held ground in mid-2015 and none at the end.
    expect(s[18][1]).toBeGreaterThan(50_000);
    expect(s.at(-1)![1]).toBe(0);
  });

  it('sums a group of controllers’ shares of one country as sharesAt gives them', () => {
    const s = shareSeries(data, 'SY', ['opposition', 'tfsa', 'hts']);
    for (const i of [0, 24, 48, 72, 120]) {
      const p = sharesAt(data, months[i], 'SY').percent;
      expect(s[i][1]).toBeCloseTo(p.opposition + p.tfsa + p.hts, 10);
    }
    const iq = shareSeries(data, 'IQ', ['isis']);
    expect(iq[18][1]).toBe(sharesAt(data, months[18], 'IQ').percent.isis);
  });
});
