import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { area, booleanValid, difference, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadOutlines } from '../../scripts/lib/validate-geodata.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const outlines = loadOutlines(root);
const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);

describe('territory cells (derived)', () => {
  it('gives every place ground: a held and/or a dominated cell with ids 2i, 2i+1, valid geometry', () => {
    const byIndex = new Map<number, string[]>();
    for (const c of territory.cells.features) {
      const i = (c.id as number) >> 1;
      expect(territory.places[i].id).toBe(c.properties.place);
      expect(((c.id as number) & 1) === 1).toBe(c.properties.dominated === true);
      byIndex.set(i, [...(byIndex.get(i) ?? []), String(c.id)]);
    }
    const without = territory.places.filter((_, i) => !byIndex.has(i)).map((p) => p.id);
    expect(without).toEqual([]);
    const invalid = territory.cells.features.filter((c) => !booleanValid(c)).map((c) => c.properties.place);
    expect(invalid).toEqual([]);
  });

  it('keeps every cell inside its own country outline (within quantisation)', () => {
    const byId = new Map(territory.places.map((p) => [p.id, p]));
    const leaks: string[] = [];
    for (const c of territory.cells.features) {
      const outside = difference(featureCollection([c, outlines.get(byId.get(c.properties.place)!.country)!]));
      if (km2(outside) > 0.5) leaks.push(`${c.properties.place}: ${km2(outside).toFixed(2)} km²`);
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  it('covers each country exactly: cell areas add up to the outline (so no gaps and no overlaps)', () => {
    const byId = new Map(territory.places.map((p) => [p.id, p]));
    for (const country of ['IQ', 'SY'] as const) {
      const cells = territory.cells.features.filter((c) => byId.get(c.properties.place)!.country === country);
      const sum = cells.reduce((a, c) => a + km2(c), 0);
      const outline = km2(outlines.get(country)!);
      expect(Math.abs(sum / outline - 1)).toBeLessThan(0.001);
      // The stored areas are the geodesic areas of the stored shapes.
      const stored = cells.reduce((a, c) => a + c.properties.area_km2, 0);
      expect(Math.abs(stored / sum - 1)).toBeLessThan(0.001);
    }
  });

  it('draws front-line edges only between two places of one country', () => {
    for (const e of territory.edges.features) {
      const a = territory.places[e.properties.a];
      const b = territory.places[e.properties.b];
      expect(a.id).not.toBe(b.id);
      expect(a.country).toBe(b.country);
    }
    expect(territory.edges.features.length).toBeGreaterThan(territory.places.length);
  });
});
