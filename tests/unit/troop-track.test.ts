import { describe, expect, it } from 'vitest';
import type { ForcesData, TroopPoint } from '../../src/model/forces.ts';
import { rangePath, trackX, troopTrack } from '../../src/ui/track-series.ts';
import { pt } from '../helpers/troop-point.ts';

const data = (troops: TroopPoint[]): ForcesData => ({ sites: [], troops, milestones: [], phases: [], sources: {} });

describe('the troop track', () => {
  const f = data([
    pt('2014-06-19', 300, 'authorized'),
    pt('2014-08-12', 935, 'reported', { min: 900 }),
    pt('2014-09-02', 1113, 'authorized'),
    pt('2014-09-03', 861, 'reported'),
    pt('2025-11-26', 1500, 'reported', { scope: 'us_and_partners' }),
    pt('2025-09-30', 2000, 'planned'),
    pt('2016-01-01', 650, 'reported', { force: 'coalition_partner', nation: 'Italy' }),
    pt('2017-01-01', 99, 'reported', { country: 'Syria' }),
  ]);
  const t = troopTrack(f, 'Iraq');
  it('draws head counts and caps as separate lines, each stepping at its own dates', () => {
    expect(t.counts).toEqual([
      [0, 0],
      [trackX('2014-08-12'), 935],
      [trackX('2014-09-03'), 861],
    ]);
    expect(t.caps).toEqual([
      [0, 0],
      [trackX('2014-06-19'), 300],
      [trackX('2014-09-02'), 1113],
    ]);
  });
  it('shades a range until the next figure, and keeps US-and-coalition totals, plans and partners off the line', () => {
    expect(t.ranges).toEqual([{ x0: trackX('2014-08-12'), x1: trackX('2014-09-03'), low: 900, high: 935 }]);
    expect(t.combined).toEqual([[trackX('2025-11-26'), 1500]]);
    expect(t.counts.some(([, v]) => v === 1500 || v === 650 || v === 2000 || v === 99)).toBe(false);
  });
  it('writes a band as a closed box between low and high', () => {
    expect(rangePath([{ x0: 0.1, x1: 0.2, low: 500, high: 1000 }], 1000, 40, 1000)).toBe(
      'M100.0,0.0H200.0V20.0H100.0Z',
    );
    expect(rangePath([{ x0: 0.1, x1: 0.2, low: 500, high: 1000 }], 1000, 40, 0)).toBe('');
  });
});
