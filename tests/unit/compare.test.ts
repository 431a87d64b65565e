import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { area as turfArea, booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { areaByController, countryArea, groundAt, sharesAt } from '../../src/model/territory.ts';
import { changedCells, compareDates } from '../../src/model/compare.ts';
import { changeRegions } from '../../src/model/change-regions.ts';
import { territoryGeoJson, territoryGeoJsonText } from '../../src/model/territory-geojson.ts';
import { placesCsv, csvField } from '../../src/model/places-csv.ts';
import { DATA_AS_OF } from '../../src/model/data-as-of.ts';
import { CONTROLLER_IDS } from '../../src/model/controllers.ts';

const root = resolve(import.meta.dirname, '..', '..');
const data = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));

describe('compareDates on the real territory', () => {
  const pairs: [string, string][] = [
    ['2015-06-01', '2017-12-31'],
    ['2014-06-01', '2014-09-01'],
    ['2019-09-01', '2019-11-01'],
    ['2025-12-01', '2026-02-01'],
  ];
  it.each(pairs)('net km² from %s to %s is the difference of the areas on the two days', (a, b) => {
    for (const country of [undefined, 'SY', 'IQ'] as const) {
      const s = compareDates(data, a, b, { country });
      const before = areaByController(data, a, { country });
      const after = areaByController(data, b, { country });
      for (const c of CONTROLLER_IDS) {
        const ch = s.km2[c];
        if (!ch) {
          expect(after[c], `${c} ${country}`).toBe(before[c]);
          continue;
        }
        expect(ch.net).toBe(after[c] - before[c]);
        // gained and lost are rounded on their own: within a km² of the net.
        expect(Math.abs(ch.gained - ch.lost - ch.net)).toBeLessThanOrEqual(1);
      }
    }
  });
  it.each(pairs)('net share of each country from %s to %s agrees with the shares on the two days', (a, b) => {
    const s = compareDates(data, a, b);
    for (const country of ['SY', 'IQ'] as const) {
      const before = sharesAt(data, a, country).percent;
      const after = sharesAt(data, b, country).percent;
      for (const c of CONTROLLER_IDS) {
        const net = s.percent[country][c]?.net ?? 0;
        expect(Math.abs(net - (after[c] - before[c])), `${country} ${c}`).toBeLessThanOrEqual(0.02);
      }
    }
  });
  it('finds the known changes of mid-2015 to end-2017: ISIS lost Mosul and Raqqa, each with its date', () => {
    const s = compareDates(data, '2015-06-01', '2017-12-31');
    expect(s.km2.isis!.lost).toBeGreaterThan(150_000);
    const byId = (id: string) => s.places.filter((p) => p.id === id);
    const mosul = byId('iq-mosul-west');
    expect(mosul.length).toBeGreaterThan(0);
    expect(mosul.at(-1)!.to_controller).toBe('iraq_gov');
    expect(mosul.at(-1)!.date > '2017-01-01' && mosul.at(-1)!.date <= '2017-07-31').toBe(true);
    const raqqa = byId('sy-raqqa');
    expect(raqqa.at(-1)).toMatchObject({ to_controller: 'sdf' });
    expect(raqqa.at(-1)!.date.startsWith('2017-10')).toBe(true);
    for (const p of s.places) {
      expect(p.date > '2015-06-01' && p.date <= '2017-12-31').toBe(true);
      expect(p.sources.length, p.name).toBeGreaterThan(0);
    }
    // Oldest first.
    expect(s.places.map((p) => p.date)).toEqual([...s.places.map((p) => p.date)].sort());
  });
  it('compares in either order: gains become losses', () => {
    const ab = compareDates(data, '2015-06-01', '2017-12-31');
    const ba = compareDates(data, '2017-12-31', '2015-06-01');
    expect(ba.km2.isis).toEqual({ gained: ab.km2.isis!.lost, lost: ab.km2.isis!.gained, net: -ab.km2.isis!.net });
    expect(ba.places).toEqual(ab.places);
  });
  it('comparing a day with itself changes nothing', () => {
    const s = compareDates(data, '2016-03-01', '2016-03-01');
    expect(s.km2).toEqual({});
    expect(s.places).toEqual([]);
    expect(changedCells(data, '2016-03-01', '2016-03-01').size).toBe(0);
  });
  it("changedCells marks Raqqa's ground as gained by the SDF from ISIS in 2017", () => {
    const cells = changedCells(data, '2017-01-01', '2017-12-31');
    const raqqa = groundAt(data, 39.0, 35.95, '2017-12-31');
    const index = data.places.indexOf(raqqa.place!);
    expect(cells.get(index * 2)).toEqual({ gainer: 'sdf', loser: 'isis' });
  });
});

describe('change regions (the change view)', () => {
  it('cover exactly the ground that changed hands, one region per pair of forces, in the gainer of each', () => {
    const [a, b] = ['2015-06-01', '2017-12-31'];
    const fc = changeRegions(data, a, b);
    const s = compareDates(data, a, b);
    const pairs = fc.features.map((f) => `${f.properties.loser}>${f.properties.gainer}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const c of CONTROLLER_IDS) {
      const gained = fc.features
        .filter((f) => f.properties.gainer === c)
        .reduce((x, f) => x + f.properties.area_km2, 0);
      expect(Math.abs(gained - (s.km2[c]?.gained ?? 0)), c).toBeLessThanOrEqual(fc.features.length);
    }
    // Raqqa city: ISIS's on A, the SDF's on B.
    const raqqa = fc.features.find((f) => booleanPointInPolygon([39.01, 35.95], f))!;
    expect(raqqa.properties).toMatchObject({ loser: 'isis', gainer: 'sdf' });
    // Baghdad never changed hands: in no region.
    expect(fc.features.some((f) => booleanPointInPolygon([44.37, 33.31], f))).toBe(false);
    expect(changeRegions(data, b, b).features).toEqual([]);
  });
});

describe('territory GeoJSON', () => {
  const day = '2017-12-31';
  const fc = territoryGeoJson(data, day);
  it('has one feature per force and kind, areas adding up to the areas of the day', () => {
    const keys = fc.features.map((f) => `${f.properties.controller}|${f.properties.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    const areas = areaByController(data, day);
    for (const c of CONTROLLER_IDS) {
      const sum = fc.features
        .filter((f) => f.properties.controller === c)
        .reduce((a, f) => a + f.properties.area_km2, 0);
      expect(Math.abs(sum - areas[c]), c).toBeLessThanOrEqual(2);
    }
  });
  it('dissolved geometry covers the same ground as the cells (turf area within 1 %)', () => {
    const geoKm2 = fc.features.reduce((a, f) => a + turfArea(f) / 1e6, 0);
    const total = countryArea(data, 'SY') + countryArea(data, 'IQ');
    expect(Math.abs(geoKm2 / total - 1)).toBeLessThan(0.01);
    for (const f of fc.features) {
      expect(Math.abs(turfArea(f) / 1e6 / f.properties.area_km2 - 1), f.properties.controller).toBeLessThan(0.02);
    }
  });
  it('follows RFC 7946: exterior rings counter-clockwise, holes clockwise, closed rings', () => {
    let holes = 0;
    for (const f of fc.features) {
      for (const poly of f.geometry.coordinates) {
        poly.forEach((ring, i) => {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          // A simple ring: no vertex visited twice (a pinch or a spike, which GIS tools reject).
          expect(new Set(ring.slice(0, -1).map(String)).size).toBe(ring.length - 1);
          expect(booleanClockwise(ring)).toBe(i > 0);
          if (i > 0) holes++;
        });
      }
    }
    // The land has enclaves (e.g. pockets inside another force's ground): some holes exist and were checked.
    expect(holes).toBeGreaterThan(0);
  });
  it('puts Mosul in Iraqi-held ground and carries date, sources, data_as_of and the licence', () => {
    const held = fc.features.find((f) => f.properties.controller === 'iraq_gov' && f.properties.kind === 'held')!;
    expect(booleanPointInPolygon([43.13, 36.34], held)).toBe(true);
    expect(held.properties).toMatchObject({ date: day, data_as_of: DATA_AS_OF });
    expect(held.properties.sources.length).toBeGreaterThan(10);
    expect(fc.license).toMatch(/CC BY 4\.0/);
    expect(fc.attribution).toMatch(/GeoNames/);
  });
  it('is byte-stable for a date and under 1 MB', () => {
    const a = territoryGeoJsonText(data, day);
    const b = territoryGeoJsonText(loadTerritory(join(root, 'geodata', 'build', 'territory.json')), day);
    expect(a).toBe(b);
    expect(Buffer.byteLength(a)).toBeLessThan(1_000_000);
    expect(Buffer.byteLength(territoryGeoJsonText(data, '2015-06-01'))).toBeLessThan(1_000_000);
  });
});

describe('places CSV', () => {
  it('has a header and one row per place, with the controller of the day', () => {
    const lines = placesCsv(data, '2015-06-01').trimEnd().split('\r\n');
    expect(lines[0].split(',')[0]).toBe('id');
    expect(lines.length).toBe(data.places.length + 1);
    const mosul = lines.find((l) => l.startsWith('iq-mosul-west,'))!;
    expect(mosul).toContain(',2015-06-01,isis,');
  });
  it('quotes fields with commas and quotes and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-1.5)).toBe('-1.5');
  });
});
