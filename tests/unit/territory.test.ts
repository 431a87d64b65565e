import { describe, expect, it } from 'vitest';
import type { TerritoryData, Place } from '../../src/model/territory.ts';
import { areaByController, cellAt, changesBetween, controllersAt, periodAt } from '../../src/model/territory.ts';

const place = (id: string, lon: number, history: [string, string][]): Place => ({
  id,
  name: id,
  name_ar: 'م',
  country: 'IQ',
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
    expect(controllersAt(data.places, '2015-01-01')).toEqual(['isis', 'krg']);
  });
  it('sums area by controller', () => {
    const a = areaByController(data, '2015-01-01');
    expect(a.isis).toBe(400);
    expect(a.krg).toBe(300);
    expect(a.iraq_gov).toBe(0);
    expect(areaByController(data, '2018-01-01').iraq_gov).toBe(400);
  });
  it('finds the cell under a point, and nothing on unclaimed ground', () => {
    expect(cellAt(data, 43.1, 35)?.place.id).toBe('a');
    expect(cellAt(data, 44.15, 35.05)?.place.id).toBe('b');
    expect(cellAt(data, 43.6, 35)).toBeNull();
  });
  it('lists changes in a range, oldest first, without the baseline', () => {
    const c = changesBetween(data.places, '2014-01-01', '2017-12-31');
    expect(c.map((x) => [x.place.id, x.period.from, x.previous])).toEqual([
      ['a', '2014-06-10', 'iraq_gov'],
      ['a', '2017-07-10', 'isis'],
    ]);
  });
});
