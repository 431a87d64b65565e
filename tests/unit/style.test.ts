import { describe, expect, it } from 'vitest';
import { createExpression, createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { buildStyle } from '../../src/map/style.ts';
import { MAP_LAYER, OVERLAY_BEFORE_ID, PAN_BOUNDS } from '../../src/model/style-vocab.ts';
import { decodeBasemap } from '../../src/model/basemap-file.ts';
import { booleanPointInPolygon } from '@turf/turf';
import type { Topology } from 'topojson-specification';
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

/** The shader MapLibre draws a layer with, per part (a symbol layer may draw text and icons). */
function shaders(layer: LayerSpecification): string[] {
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  const layout = ('layout' in layer ? layer.layout : undefined) as Record<string, unknown> | undefined;
  switch (layer.type) {
    case 'fill':
      return [paint?.['fill-pattern'] ? 'fillPattern' : 'fill'];
    case 'line':
      return [paint?.['line-dasharray'] ? 'lineSDF' : paint?.['line-pattern'] ? 'linePattern' : 'line'];
    case 'symbol':
      return [...(layout?.['text-field'] ? ['text'] : []), ...(layout?.['icon-image'] ? ['icon'] : [])];
    default:
      return [layer.type];
  }
}

/**
 * Which WebGL program MapLibre compiles for one shader of a layer: for each paint property that may vary
 * by feature, whether the layer gives it as a uniform (`u`: constant or zoom only), per feature (`a`) or
 * per feature and zoom (`z`), as MapLibre's ProgramConfiguration keys its programs.
 */
function programKey(layer: LayerSpecification, index: number, shader: string): string {
  const specs = (latest as unknown as Record<string, Record<string, { 'property-type': string }>>)[
    `paint_${layer.type}`
  ];
  const paint = { ...(('paint' in layer ? layer.paint : {}) as Record<string, unknown>) };
  // An unset fill outline colour follows the fill colour.
  if (layer.type === 'fill' && paint['fill-color'] !== undefined && paint['fill-outline-color'] === undefined)
    paint['fill-outline-color'] = paint['fill-color'];
  const parts: string[] = [];
  for (const [prop, spec] of Object.entries(specs)) {
    if (!/data-driven/.test(spec['property-type'])) continue;
    if (layer.type === 'symbol' && !prop.startsWith(`${shader}-`)) continue;
    const value = paint[prop];
    // Unset, a literal or a literal array (a dash pattern): a uniform.
    if (!Array.isArray(value) || typeof value[0] !== 'string') {
      parts.push(`u_${prop}`);
      continue;
    }
    const parsed = createPropertyExpression(value, `layers[${index}].paint.${prop}`, spec as never);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${prop}: ${JSON.stringify(parsed.value)}`);
    const kind = (parsed.value as { kind: string }).kind;
    parts.push(`${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}_${prop}`);
  }
  return `${shader}/${parts.sort().join('/')}`;
}

describe('WebGL programs', () => {
  const style = buildStyle({ basemap: './basemap.json', fonts, lang: 'en' });
  /** Program key → the layers that need it. */
  const programs = new Map<string, string[]>();
  style.layers.forEach((layer, i) => {
    for (const shader of shaders(layer)) {
      const key = programKey(layer, i, shader);
      programs.set(key, [...(programs.get(key) ?? []), layer.id]);
    }
  });
  const byShader = (shader: string) => [...programs.entries()].filter(([k]) => k.startsWith(`${shader}/`));

  it('draws every fill, circle, text and icon layer of a kind with one program', () => {
    for (const shader of ['fill', 'fillPattern', 'circle', 'text', 'icon'])
      expect(byShader(shader).length, `${shader}: ${JSON.stringify(byShader(shader))}`).toBe(1);
  });
  it('draws the solid lines with one program, and the roads (faded in by zoom, from zoom 5.5) with a second', () => {
    const lines = byShader('line');
    expect(lines.length, JSON.stringify(lines)).toBe(2);
    const roads = lines.find(([, ids]) => ids.includes(MAP_LAYER.roads))![1];
    expect(roads.sort()).toEqual([MAP_LAYER.roadCasing, MAP_LAYER.roads].sort());
  });
  it('keeps the values the layers draw: a shared program changes how a value reaches the shader, not the value', () => {
    const layer = style.layers.find((l) => l.id === MAP_LAYER.placeDots)!;
    const paint = (layer as { paint: Record<string, unknown> }).paint;
    const at = (prop: string, zoom: number, rank: number) => {
      const parsed = createExpression(paint[prop], prop);
      if (parsed.result !== 'success') throw new Error(prop);
      return parsed.value.evaluate({ zoom }, { type: 'Point', properties: { rank } } as never);
    };
    for (const zoom of [3, 5.6, 12]) {
      expect([1, 2, 3].map((rank) => at('circle-radius', zoom, rank))).toEqual([3.2, 2.4, 1.8]);
      expect(at('circle-stroke-width', zoom, 1)).toBe(1.1);
      expect(at('circle-opacity', zoom, 1)).toBe(1);
    }
  });
});

describe('neighbouring land in the basemap', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const basemap = decodeBasemap(
    JSON.parse(readFileSync(join(root, 'geodata', 'build', 'basemap.topo.json'), 'utf8')) as Topology,
  );
  const land = basemap.features.filter((f) => f.properties?.kind === 'neighbour' || f.properties?.kind === 'focus');
  const onLand = (lon: number, lat: number) =>
    land.some((f) => booleanPointInPolygon([lon, lat], f as Feature<Polygon | MultiPolygon>));
  it('reaches every corner the map can be panned to: cities near the pan box edges are on land', () => {
    // Real coordinates, each inside PAN_BOUNDS but outside the box the focus layers are cut to.
    const cities: [string, number, number][] = [
      ['Riyadh', 46.7167, 24.6333],
      ['Tehran', 51.389, 35.6892],
      ['Ankara', 32.8597, 39.9334],
      ['Tabuk', 36.5553, 28.3835],
      ['Trabzon', 39.7168, 41.0027],
    ];
    for (const [name, lon, lat] of cities) {
      expect(lon >= PAN_BOUNDS[0] && lon <= PAN_BOUNDS[2] && lat >= PAN_BOUNDS[1] && lat <= PAN_BOUNDS[3], name).toBe(
        true,
      );
      expect(onLand(lon, lat), name).toBe(true);
    }
    // And the seas stay sea: the Persian Gulf, the Caspian and the Mediterranean.
    expect(onLand(50.5, 27.5)).toBe(false);
    expect(onLand(51, 41)).toBe(false);
    expect(onLand(33, 34)).toBe(false);
  });
});
