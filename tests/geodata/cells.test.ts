import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { area, booleanValid, difference, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { decodeTerritory, type TerritoryFile } from '../../src/model/territory-file.ts';
import { loadOutlines } from '../../scripts/lib/validate-geodata.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = decodeTerritory(readJson<TerritoryFile>(join(root, 'geodata', 'build', 'territory.json')));
const outlines = loadOutlines(root);
const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);

describe('territory cells (derived)', () => {
  it('has one valid cell per place, in its own country', () => {
    expect(territory.cells.features.length).toBe(territory.places.length);
    const invalid = territory.cells.features.filter((c) => !booleanValid(c)).map((c) => c.properties.place);
    expect(invalid).toEqual([]);
  });

  it('keeps every cell inside its country outline (within quantisation)', () => {
    const byId = new Map(territory.places.map((p) => [p.id, p]));
    const leaks: string[] = [];
    for (const c of territory.cells.features) {
      const outside = difference(featureCollection([c, outlines.get(byId.get(c.properties.place)!.country)!]));
      if (km2(outside) > 0.5) leaks.push(`${c.properties.place}: ${km2(outside).toFixed(2)} km²`);
    }
    expect(leaks).toEqual([]);
  });

  it('has no two cells overlapping (so no ground is held twice)', () => {
    const cells = territory.cells.features;
    const overlaps: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i].bbox!;
        const b = cells[j].bbox!;
        if (a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]) continue;
        const o = km2(intersect(featureCollection([cells[i], cells[j]])));
        if (o > 0.5) overlaps.push(`${cells[i].properties.place} × ${cells[j].properties.place}: ${o.toFixed(2)} km²`);
      }
    }
    expect(overlaps).toEqual([]);
  }, 60_000);
});
