import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { buildStyle } from '../../src/map/style.ts';
import { MAP_LAYER, OVERLAY_BEFORE_ID } from '../../src/model/style-vocab.ts';
import { readControlFiles } from '../../scripts/lib/control-data.ts';

const fonts = {
  latin: './l.woff2',
  latinExt: './le.woff2',
  arabic: './a.woff2',
  latinBold: './lb.woff2',
  arabicBold: './ab.woff2',
};

describe('style builder', () => {
  it('builds a valid MapLibre style with no remote resources', () => {
    const style = buildStyle({ basemap: './basemap.json', fonts, lang: 'en' });
    expect(validateStyleMin(style)).toEqual([]);
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
  it('switches label language', () => {
    const ar = buildStyle({ basemap: './b.json', fonts, lang: 'ar' });
    const labels = ar.layers.find((l) => l.id === 'place-labels')!;
    expect(JSON.stringify(labels.layout)).toContain('name_ar');
  });
});

describe('main roads in the basemap', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const style = buildStyle({ basemap: './basemap.json', fonts, lang: 'en' });
  const ids = style.layers.map((l) => l.id);

  it('draws the roads over the territory fills, under the front lines and every label', () => {
    const roads = ids.indexOf(MAP_LAYER.roads);
    expect(roads).toBeGreaterThan(ids.indexOf(MAP_LAYER.territoryContested));
    expect(ids.indexOf(MAP_LAYER.roadCasing)).toBe(roads - 1);
    expect(roads).toBeLessThan(ids.indexOf(MAP_LAYER.fronts));
    expect(roads).toBeLessThan(ids.indexOf(OVERLAY_BEFORE_ID));
  });

  it('carries every road of geodata/ground/roads.json through its places, in order', () => {
    const basemap = JSON.parse(
      readFileSync(join(root, 'geodata', 'build', 'basemap.json'), 'utf8'),
    ) as FeatureCollection;
    const drawn = basemap.features.filter((f) => f.properties?.layer === 'road');
    const file = JSON.parse(readFileSync(join(root, 'geodata', 'ground', 'roads.json'), 'utf8')) as {
      roads: { id: string; via: string[] }[];
    };
    const places = new Map(
      readControlFiles(root)
        .flatMap(({ data }) => data.places)
        .map((p) => [p.id, p]),
    );
    expect(drawn.map((f) => f.properties?.id)).toEqual(file.roads.map((r) => r.id));
    for (const [i, r] of file.roads.entries()) {
      const coords = (drawn[i].geometry as LineString).coordinates;
      expect(coords.length, r.id).toBe(r.via.length);
      r.via.forEach((id, k) => {
        const p = places.get(id)!;
        expect(Math.abs(coords[k][0] - p.lon), `${r.id} at ${id}`).toBeLessThan(0.001);
        expect(Math.abs(coords[k][1] - p.lat), `${r.id} at ${id}`).toBeLessThan(0.001);
      });
    }
  });
});
