import { describe, expect, it } from 'vitest';
import type { TerritoryData, Place } from '../../src/model/territory.ts';
import {
  areaByController,
  areasFromTally,
  countryAreasFromTally,
  groundTally,
  cellAt,
  changesBetween,
  controllersAt,
  groundAt,
  periodAt,
  sharesAt,
} from '../../src/model/territory.ts';

const place = (id: string, lon: number, history: [string, string][], country: 'IQ' | 'SY' = 'IQ'): Place => ({
  id,
  name: id,
  name_ar: 'م',
  country,
  kind: 'town',
  lon,
  lat: 35,
  source: ['s'],
  history: history.map(([from, controller], i) => ({
    from,
    to: i + 1 < history.length ? history[i + 1][0] : null,
    controller: controller as Place['history'][number]['controller'],
    sources: ['s'],
  })),
});

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 34.9],
      [x + 0.2, 34.9],
      [x + 0.2, 35.1],
      [x, 35.1],
      [x, 34.9],
    ],
  ],
});

const data: TerritoryData = {
  places: [
    place('a', 43.1, [
      ['2014-01-01', 'iraq_gov'],
      ['2014-06-10', 'isis'],
      ['2017-07-10', 'iraq_gov'],
    ]),
    place('b', 44.1, [['2014-01-01', 'krg']]),
    place('c', 40.1, [['2015-01-01', 'sdf']], 'SY'),
  ],
  cells: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 0,
        bbox: [43, 34.9, 43.2, 35.1],
        properties: { place: 'a', area_km2: 400 },
        geometry: square(43),
      },
      {
        type: 'Feature',
        id: 1,
        bbox: [44, 34.9, 44.2, 35.1],
        properties: { place: 'b', area_km2: 300 },
        geometry: square(44),
      },
      {
        type: 'Feature',
        id: 2,
        bbox: [43.2, 34.9, 43.4, 35.1],
        properties: { place: 'a', area_km2: 300, dominated: true },
        geometry: square(43.2),
      },
      {
        type: 'Feature',
        id: 4,
        bbox: [40, 34.9, 40.2, 35.1],
        properties: { place: 'c', area_km2: 1000 },
        geometry: square(40),
      },
    ],
  },
  edges: { type: 'FeatureCollection', features: [] },
  sources: { s: { title: 'T', publisher: 'P', date: '2014' } },
};

describe('territory model', () => {
  it('answers half-open periods: the change day belongs to the new controller', () => {
    expect(periodAt(data.places[0], '2014-06-09')?.controller).toBe('iraq_gov');
    expect(periodAt(data.places[0], '2014-06-10')?.controller).toBe('isis');
    expect(periodAt(data.places[0], '2017-07-09')?.controller).toBe('isis');
    expect(periodAt(data.places[0], '2017-07-10')?.controller).toBe('iraq_gov');
    expect(periodAt(data.places[0], '2013-12-31')).toBeNull();
    expect(controllersAt(data.places, '2015-01-01')).toEqual(['isis', 'krg', 'sdf']);
  });
  it('sums area by controller: held and dominated together, per country, or held only', () => {
    const a = areaByController(data, '2015-01-01');
    expect(a.isis).toBe(700);
    expect(a.krg).toBe(300);
    expect(a.sdf).toBe(1000);
    expect(a.iraq_gov).toBe(0);
    expect(areaByController(data, '2018-01-01').iraq_gov).toBe(700);
    expect(areaByController(data, '2015-01-01', { heldOnly: true }).isis).toBe(400);
    expect(areaByController(data, '2015-01-01', { country: 'SY' }).isis).toBe(0);
    expect(areaByController(data, '2015-01-01', { country: 'SY' }).sdf).toBe(1000);
  });
  it('gives shares of each country, and the share no source accounts for', () => {
    const iq = sharesAt(data, '2015-01-01', 'IQ');
    expect(iq.percent.isis).toBe(70);
    expect(iq.held_percent.isis).toBe(40);
    expect(iq.percent.krg).toBe(30);
    expect(iq.none).toBe(0);
    const sy = sharesAt(data, '2014-06-01', 'SY');
    expect(sy.percent.sdf).toBe(0);
    expect(sy.none).toBe(100);
  });
  it('tallies a day in one pass to the same areas and held areas per country', () => {
    for (const day of ['2014-06-01', '2015-01-01', '2018-01-01']) {
      const t = groundTally(data, day);
      expect(areasFromTally(t)).toEqual(areaByController(data, day));
      for (const country of ['IQ', 'SY'] as const) {
        expect(countryAreasFromTally(t, country)).toEqual(areaByController(data, day, { country }));
        const held = areaByController(data, day, { country, heldOnly: true });
        for (const c of Object.keys(held) as (keyof typeof held)[])
          expect(Math.round(t.held[country][c])).toBe(held[c]);
      }
    }
  });
  it('finds the cell under a point, and nothing outside the map', () => {
    expect(cellAt(data, 43.1, 35)?.place.id).toBe('a');
    expect(cellAt(data, 44.15, 35.05)?.place.id).toBe('b');
    expect(cellAt(data, 43.7, 35)).toBeNull();
  });
  it('gives a point just outside the outline (within 2 km) to the nearest cell', () => {
    expect(cellAt(data, 43.0 - 0.01, 35)?.place.id).toBe('a');
    expect(cellAt(data, 43.0 - 0.05, 35)).toBeNull();
  });
  it('says how firmly a point is held: held, dominated, contested or none', () => {
    expect(groundAt(data, 43.1, 35, '2015-01-01')).toMatchObject({ kind: 'held', controller: 'isis' });
    expect(groundAt(data, 43.3, 35, '2015-01-01')).toMatchObject({ kind: 'dominated', controller: 'isis' });
    expect(groundAt(data, 40.1, 35, '2014-06-01')).toMatchObject({ kind: 'none', controller: null });
    expect(groundAt(data, 30, 30, '2015-01-01')).toMatchObject({ kind: 'none', place: null });
  });
  it('lists changes in a range, oldest first, without the baseline', () => {
    const c = changesBetween(data.places, '2014-01-01', '2017-12-31');
    expect(c.map((x) => [x.place.id, x.period.from, x.previous])).toEqual([
      ['a', '2014-06-10', 'iraq_gov'],
      ['a', '2017-07-10', 'isis'],
    ]);
  });
});
