import { describe, expect, it } from 'vitest';
import type { Site, TroopPoint, PlanPhase } from '../../src/model/forces.ts';
import {
  capAt,
  foreignSeriesAt,
  phaseAt,
  planAt,
  presenceAt,
  siteState,
  sitesAt,
  troopsAt,
} from '../../src/model/forces.ts';

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
    force: 'us',
    nation: 'United States',
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

describe('foreign forces', () => {
  const t4: Site = {
    id: 'ir-t4',
    name: 'T-4',
    force: 'iran',
    nation: 'Iran',
    country: 'SY',
    lon: 37.6,
    lat: 34.5,
    role: 'air base',
    source: ['s'],
    presence: [
      { from: '2018-02-10', to: '2024-12-06', status: 'active', source: ['s'] },
      { from: '2018-04-09', to: '2018-04-09', status: 'struck', source: ['s'] },
    ],
  };
  const hmeimim: Site = {
    ...t4,
    id: 'ru-hmeimim',
    force: 'russia',
    nation: 'Russia',
    presence: [
      { from: '2015-09-30', to: '2024-12-14', status: 'active', source: ['s'] },
      { from: '2024-12-14', status: 'reduced', source: ['s'] },
    ],
  };
  it('treats a strike as a mark, not a departure or a period', () => {
    expect(presenceAt(t4, '2018-04-09')?.status).toBe('active');
    expect(siteState(t4, '2018-04-10')).toBe('active');
    expect(siteState(t4, '2024-12-06')).toBe('closed');
    expect(siteState(t4, '2025-06-01')).toBeNull();
  });
  it('filters sites by force', () => {
    const all = [t4, hmeimim];
    expect(sitesAt(all, '2015-10-01').map((s) => s.site.id)).toEqual(['ru-hmeimim']);
    expect(sitesAt(all, '2019-01-01', 'iran').map((s) => s.site.id)).toEqual(['ir-t4']);
    expect(sitesAt(all, '2025-01-01', 'russia')[0].presence.status).toBe('reduced');
    expect(sitesAt(all, '2025-01-01', 'iran')).toEqual([]);
  });
  it('keeps each force’s troop series apart from the US series', () => {
    const mixed: TroopPoint[] = [
      ...series,
      { ...t('Syria', '2016-09-18', 4000, 'estimated'), force: 'russia', nation: 'Russia' },
      { ...t('Iraq', '2015-12-16', 650, 'reported'), force: 'coalition_partner', nation: 'Italy' },
      { ...t('Iraq', '2016-01-07', 150, 'authorized'), force: 'coalition_partner', nation: 'Germany' },
    ];
    expect(troopsAt(mixed, 'Syria', '2017-01-01')).toBeNull();
    expect(troopsAt(mixed, 'Syria', '2017-01-01', { force: 'russia' })?.count).toBe(4000);
    expect(troopsAt(mixed, 'Iraq', '2016-06-01', { force: 'coalition_partner', nation: 'Italy' })?.count).toBe(650);
    expect(capAt(mixed, 'Iraq', '2016-06-01')?.count).toBe(300);
    expect(capAt(mixed, 'Iraq', '2016-06-01', { force: 'coalition_partner', nation: 'Germany' })?.count).toBe(150);
    expect(foreignSeriesAt(mixed, '2016-06-01')).toEqual([
      { force: 'coalition_partner', nation: 'Italy', country: 'Iraq' },
      { force: 'coalition_partner', nation: 'Germany', country: 'Iraq' },
    ]);
    expect(foreignSeriesAt(mixed, '2016-12-01').map((k) => k.force)).toContain('russia');
  });
});
