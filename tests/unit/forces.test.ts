import { describe, expect, it } from 'vitest';
import type { Site, TroopPoint, PlanPhase } from '../../src/model/forces.ts';
import { capAt, phaseAt, planAt, siteState, sitesAt, troopsAt } from '../../src/model/forces.ts';

const t = (
  country: 'Iraq' | 'Syria',
  date: string,
  count: number,
  kind: TroopPoint['kind'],
  announced?: string,
): TroopPoint => ({
  country,
  date,
  count,
  kind,
  source: ['s'],
  ...(announced ? { announced } : {}),
});
const series = [
  t('Iraq', '2014-06-19', 300, 'authorized'),
  t('Iraq', '2016-09-28', 5262, 'authorized'),
  t('Iraq', '2017-12-06', 5200, 'reported'),
  t('Iraq', '2017-12-06', 5262, 'authorized'),
  t('Iraq', '2020-09-30', 3000, 'planned', '2020-09-09'),
  t('Syria', '2017-12-06', 2000, 'reported'),
];

describe('troop levels', () => {
  it('gives the latest figure in force, reported before a cap on the same day, never a plan', () => {
    expect(troopsAt(series, 'Iraq', '2014-01-01')).toBeNull();
    expect(troopsAt(series, 'Iraq', '2016-10-01')?.count).toBe(5262);
    expect(troopsAt(series, 'Iraq', '2017-12-06')?.kind).toBe('reported');
    expect(troopsAt(series, 'Iraq', '2020-10-01')?.count).toBe(5200);
    expect(troopsAt(series, 'Syria', '2018-01-01')?.count).toBe(2000);
    expect(capAt(series, 'Iraq', '2018-01-01')?.count).toBe(5262);
    expect(capAt(series, 'Iraq', '2021-01-01')).toBeNull();
  });
  it('shows a plan only between its announcement and its target date', () => {
    expect(planAt(series, 'Iraq', '2020-09-01')).toBeNull();
    expect(planAt(series, 'Iraq', '2020-09-15')?.count).toBe(3000);
    expect(planAt(series, 'Iraq', '2020-10-01')).toBeNull();
  });
});

describe('sites and plan phases', () => {
  const site: Site = {
    id: 'x',
    name: 'X',
    country: 'IQ',
    lon: 43,
    lat: 35,
    role: 'air base',
    source: ['s'],
    presence: [
      { from: '2014-11-10', to: '2020-03-26', status: 'active', source: ['s'] },
      { from: '2020-03-26', to: '2020-03-26', status: 'handed_over', source: ['s'] },
    ],
  };
  it('is active inside its interval, recently closed after, gone later', () => {
    expect(siteState(site, '2014-11-09')).toBeNull();
    expect(siteState(site, '2014-11-10')).toBe('active');
    expect(siteState(site, '2020-03-26')).toBe('closed');
    expect(siteState(site, '2021-03-26')).toBeNull();
    expect(sitesAt([site], '2018-01-01').map((s) => s.site.id)).toEqual(['x']);
    expect(sitesAt([site], '2020-04-01')).toEqual([]);
  });
  it('finds the 2024 plan phase in force', () => {
    const phases: PlanPhase[] = [
      { id: 'phase1', from: '2024-09-27', to: '2025-09-30', label: 'Phase 1', source: ['s'] },
      { id: 'phase2', from: '2025-09-30', to: '2026-09-30', label: 'Phase 2', source: ['s'] },
      { id: 'withdrawal', to: '2026-12-31', label: 'Withdrawal', source: ['s'] },
    ];
    expect(phaseAt(phases, '2024-09-26')).toBeNull();
    expect(phaseAt(phases, '2025-01-01')?.id).toBe('phase1');
    expect(phaseAt(phases, '2026-01-01')?.id).toBe('phase2');
    expect(phaseAt(phases, '2026-11-01')?.id).toBe('withdrawal');
    expect(phaseAt(phases, '2027-01-01')).toBeNull();
  });
});
