/**
 * Derives the territory cells from geodata/control/*.json: one cell per place, the place's
 * Voronoi cell (computed per country on a locally equal-scaled plane) capped by the place's
 * radius and clipped to its country's outline. Also derives the shared edges between
 * neighbouring cells, which the map draws as front lines where controllers differ.
 *
 *   npx tsx scripts/build-territory.ts [outDir]
 */
import { join, resolve } from 'node:path';
import { Delaunay } from 'd3-delaunay';
import { area, booleanPointInPolygon, circle, distance, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CellProps, Place } from '../src/model/territory.ts';
import type { TerritoryFile } from '../src/model/territory-file.ts';
import { topology } from 'topojson-server';
import type { SourceTable } from '../src/model/sources.ts';
import { readJson, roundCoords, writeJson } from './lib/geo-io.ts';
import { readControlFiles, toPlace, type RawPlace } from './lib/control-data.ts';

/** x-scale that makes a degree of longitude about as long as a degree of latitude at 35°N. */
const KX = Math.cos((35 * Math.PI) / 180);
const PLANE_BOX: [number, number, number, number] = [30 * KX, 26, 52 * KX, 41];
const CIRCLE_STEPS = 48;
const EDGE_SAMPLES = 40;
/** TopoJSON quantisation: 1e5 steps across the region ≈ 20 m. */
const QUANTIZATION = 1e5;

/** Radius (km) used when a place gives none, by kind. */
export const DEFAULT_RADIUS_KM: Record<string, number> = {
  city: 20,
  town: 12,
  village: 6,
  oilfield: 10,
  dam: 8,
  border_crossing: 8,
  military_base: 8,
  site: 8,
  desert: 45,
};

/** Model parameters (geodata/territory-model.json): uniform radius scale factors by place kind. */
export interface TerritoryModel {
  radius_scale: Record<string, number>;
}

let MODEL: TerritoryModel = { radius_scale: {} };

/** The radius a place's cell is capped by: its own (or its kind's default) times its kind's scale. */
export function radiusOf(p: RawPlace): number {
  const base = p.radius_km ?? DEFAULT_RADIUS_KM[p.kind] ?? 10;
  const scale = MODEL.radius_scale[p.kind] ?? MODEL.radius_scale.default ?? 1;
  return base * scale;
}

type Outline = Feature<Polygon | MultiPolygon>;

function sharedSegment(a: ArrayLike<number>[] | null, b: ArrayLike<number>[] | null): [Position, Position] | null {
  if (!a || !b) return null;
  const common: Position[] = [];
  for (const p of a) {
    for (const q of b) {
      if (Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9) {
        if (!common.some((c) => Math.abs(c[0] - p[0]) < 1e-9 && Math.abs(c[1] - p[1]) < 1e-9))
          common.push([p[0], p[1]]);
      }
    }
  }
  return common.length >= 2 ? [common[0], common[1]] : null;
}

/** Build territory.json (places, cells, edges, sources) into outDir. */
export function buildTerritory(root: string, outDir: string): string {
  MODEL = readJson<TerritoryModel>(join(root, 'geodata', 'territory-model.json'));
  if (process.env.ATLAS_RADIUS_SCALE) MODEL = JSON.parse(process.env.ATLAS_RADIUS_SCALE) as TerritoryModel;
  const files = readControlFiles(root);
  const raws: RawPlace[] = [];
  const sources: SourceTable = {};
  for (const { data } of files) {
    Object.assign(sources, data.sources);
    raws.push(...data.places);
  }
  raws.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outlines = readJson<FeatureCollection<Polygon | MultiPolygon, { country: string }>>(
    join(root, 'geodata', 'build', 'outlines.json'),
  );
  const outlineOf = new Map<string, Outline>(outlines.features.map((f) => [f.properties.country, f]));

  const cells: Feature<Polygon | MultiPolygon, CellProps>[] = [];
  const edges: Feature<LineString, { a: number; b: number }>[] = [];
  const cellByIndex: (Feature<Polygon | MultiPolygon, CellProps> | null)[] = raws.map(() => null);

  for (const country of ['IQ', 'SY']) {
    const outline = outlineOf.get(country)!;
    const idx = raws.map((p, i) => (p.country === country ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const pts = idx.map((i) => [raws[i].lon * KX, raws[i].lat] as [number, number]);
    const vor = Delaunay.from(pts).voronoi(PLANE_BOX);
    idx.forEach((placeIndex, k) => {
      const raw = raws[placeIndex];
      const poly = vor.cellPolygon(k);
      if (!poly) return;
      const ring = poly.map(([x, y]) => [x / KX, y]);
      const capped = intersect(
        featureCollection([
          polygon([ring]),
          circle([raw.lon, raw.lat], radiusOf(raw), { steps: CIRCLE_STEPS, units: 'kilometers' }),
        ]),
      );
      if (!capped) return;
      const clipped = intersect(featureCollection([capped, outline]));
      if (!clipped) return;
      const geometry = roundCoords(clipped.geometry);
      const feat: Feature<Polygon | MultiPolygon, CellProps> = {
        type: 'Feature',
        id: placeIndex,
        properties: {
          place: raw.id,
          area_km2: Math.round(area(clipped) / 1e4) / 100,
          ...(raw.history.some((h) => h.controller === 'contested') ? { contestable: true } : {}),
        },
        geometry,
      };
      cellByIndex[placeIndex] = feat;
      cells.push(feat);
    });
    // Shared edges between Delaunay neighbours, kept where both caps and the country overlap.
    idx.forEach((pi, k) => {
      for (const k2 of vor.neighbors(k)) {
        if (k2 <= k) continue;
        const pj = idx[k2];
        const seg = sharedSegment(vor.cellPolygon(k), vor.cellPolygon(k2));
        if (!seg) continue;
        const a = raws[pi];
        const b = raws[pj];
        const runs: Position[][] = [];
        let run: Position[] = [];
        for (let s = 0; s <= EDGE_SAMPLES; s++) {
          const t = s / EDGE_SAMPLES;
          const pt: Position = [
            (seg[0][0] + (seg[1][0] - seg[0][0]) * t) / KX,
            seg[0][1] + (seg[1][1] - seg[0][1]) * t,
          ];
          const ok =
            distance(pt, [a.lon, a.lat]) <= radiusOf(a) &&
            distance(pt, [b.lon, b.lat]) <= radiusOf(b) &&
            booleanPointInPolygon(pt, outline);
          if (ok) run.push(pt);
          else if (run.length) {
            runs.push(run);
            run = [];
          }
        }
        if (run.length) runs.push(run);
        for (const r of runs) {
          if (r.length < 2) continue;
          edges.push({
            type: 'Feature',
            id: edges.length,
            properties: { a: Math.min(pi, pj), b: Math.max(pi, pj) },
            geometry: roundCoords({ type: 'LineString', coordinates: [r[0], r[r.length - 1]] }),
          });
        }
      }
    });
  }
  cells.sort((x, y) => (x.id as number) - (y.id as number));
  const places: Place[] = raws.map(toPlace);
  const usedSources = new Set<string>();
  for (const p of places) {
    p.source.forEach((s) => usedSources.add(s));
    p.history.forEach((h) => h.sources.forEach((s) => usedSources.add(s)));
  }
  const sortedSources: SourceTable = {};
  for (const id of [...usedSources].sort()) if (sources[id]) sortedSources[id] = sources[id];
  for (const c of cells) delete c.bbox;
  const data: TerritoryFile = {
    places,
    topology: topology(
      {
        cells: { type: 'FeatureCollection', features: cells },
        edges: { type: 'FeatureCollection', features: edges },
      } as Record<string, GeoJSON.GeoJsonObject>,
      QUANTIZATION,
    ),
    sources: sortedSources,
  };
  const out = join(outDir, 'territory.json');
  writeJson(out, data);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  console.log(`wrote ${buildTerritory(root, resolve(process.argv[2] ?? join(root, 'geodata', 'build')))}`);
}
