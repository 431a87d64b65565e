/**
 * The day's territory as a GeoJSON file for GIS and statistics: one feature per force and kind of
 * ground (held, dominated, contested), each dissolved along the cells' shared borders, with the
 * date, the sources of the periods in force and `data_as_of` in its properties. RFC 7946: WGS 84
 * longitude/latitude, exterior rings counter-clockwise and holes clockwise. Byte-stable for a
 * given date and dataset (fixed feature and key order, coordinates to 5 decimals); valid simple
 * features (no ring touching itself), as GIS tools check them.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { featureCollection, polygon, rewind, truncate, union } from '@turf/turf';
import type { GeometryObject } from 'topojson-specification';
import { CONTROLLERS, type ControllerId } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import { formatSource } from './sources.ts';
import { periodAt, type TerritoryData } from './territory.ts';
import { cellTopology } from './territory-topology.ts';
import { DATA_AS_OF } from './data-as-of.ts';

/** Kinds of ground a feature stands for. */
export const GROUND_KINDS = ['held', 'dominated', 'contested'] as const;
/** One of {@link GROUND_KINDS}. */
export type ExportGroundKind = (typeof GROUND_KINDS)[number];

/** Licence line carried by every data file the atlas writes. */
export const DATA_LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';
/** Attribution carried by every data file the atlas writes. */
export const DATA_ATTRIBUTION =
  'Iraq & Syria 2014–2026 atlas, compiled from the sources cited in each feature; settlement density © GeoNames (CC BY 4.0).';

/** Properties of one dissolved feature. */
export interface TerritoryFeatureProps {
  controller: ControllerId;
  controller_label: string;
  kind: ExportGroundKind;
  date: IsoDay;
  area_km2: number;
  places: number;
  data_as_of: IsoDay;
  sources: string[];
}

/** The file's shape: a FeatureCollection with the licence and attribution as foreign members. */
export type TerritoryGeoJson = FeatureCollection<MultiPolygon, TerritoryFeatureProps> & {
  title: string;
  date: IsoDay;
  data_as_of: IsoDay;
  license: string;
  attribution: string;
};

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Twice the signed area of a ring (positive when counter-clockwise in lon/lat). */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}

/** Round a ring, drop repeated points, and orient it (counter-clockwise unless `hole`); null if it has no area. */
function cleanRing(ring: Position[], hole: boolean): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length < 4) return null;
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  // Merging can leave slivers of zero area (an arc out and back along one line): not a ring at all.
  const twiceArea = signedArea(out);
  if (Math.abs(twiceArea) < 1e-10) return null;
  const ccw = twiceArea > 0;
  return ccw === !hole ? out : out.reverse();
}

function cleanPolygons(polys: Position[][][]): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const outer = cleanRing(poly[0], false);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => cleanRing(r, true));
    out.push([outer, ...holes.filter((r): r is Position[] => r !== null)]);
  }
  return out;
}

/**
 * Dissolve cells of `data` (topology geometries) into one RFC 7946 multipolygon's coordinates,
 * along their shared borders. Throws when `data` was not decoded from a topology.
 */
export function dissolveCells(data: TerritoryData, geoms: readonly GeometryObject[]): Position[][][] {
  const topo = cellTopology(data);
  if (!topo) throw new Error('This territory was not loaded from its topology and cannot be dissolved.');
  return cleanPolygons(merge(topo.topology, geoms as Parameters<typeof merge>[1]).coordinates);
}

/**
 * Make dissolved polygons valid simple features: merging along arcs can leave a ring touching itself
 * at a vertex (a pinch) or running out and back (a spike), which GIS tools reject. A polygon union
 * rebuilds the rings; they are then rounded to 5 decimals and wound as RFC 7946 asks.
 */
function simpleFeatures(coords: Position[][][]): Position[][][] {
  const polys = coords.map((c) => polygon(c));
  if (polys.length === 0) return [];
  const u = union(featureCollection(polys.length === 1 ? [polys[0], polys[0]] : polys));
  if (!u) return [];
  const fixed = rewind(truncate(u, { precision: 5, mutate: true }), { reverse: false, mutate: true }) as Feature<
    Polygon | MultiPolygon
  >;
  const g = fixed.geometry;
  return cleanPolygons(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
}

function kindOf(controller: ControllerId, dominated: boolean): ExportGroundKind {
  return controller === 'contested' ? 'contested' : dominated ? 'dominated' : 'held';
}

/** The day's territory as a GeoJSON FeatureCollection (see the module note). Throws without a topology. */
export function territoryGeoJson(data: TerritoryData, day: IsoDay): TerritoryGeoJson {
  const topo = cellTopology(data);
  if (!topo) throw new Error('This territory was not loaded from its topology and cannot be dissolved.');
  const groups = new Map<string, { geoms: GeometryObject[]; km2: number; places: Set<number>; sources: Set<string> }>();
  for (const g of topo.cells.geometries) {
    const id = g.id as number;
    const placeIndex = id >> 1;
    const period = periodAt(data.places[placeIndex], day);
    if (!period) continue;
    const props = g.properties as { area_km2: number; dominated?: boolean };
    const key = `${period.controller}|${kindOf(period.controller, props.dominated === true)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { geoms: [], km2: 0, places: new Set(), sources: new Set() }));
    group.geoms.push(g);
    group.km2 += props.area_km2;
    group.places.add(placeIndex);
    for (const s of period.sources) group.sources.add(s);
  }
  const asOf = DATA_AS_OF;
  const features: Feature<MultiPolygon, TerritoryFeatureProps>[] = [];
  for (const c of CONTROLLERS) {
    for (const kind of GROUND_KINDS) {
      const group = groups.get(`${c.id}|${kind}`);
      if (!group) continue;
      const sources = [...group.sources].sort().map((id) => (data.sources[id] ? formatSource(data.sources[id]) : id));
      features.push({
        type: 'Feature',
        properties: {
          controller: c.id,
          controller_label: c.label,
          kind,
          date: day,
          area_km2: Math.round(group.km2),
          places: group.places.size,
          data_as_of: asOf,
          sources,
        },
        geometry: { type: 'MultiPolygon', coordinates: simpleFeatures(dissolveCells(data, group.geoms)) },
      });
    }
  }
  return {
    type: 'FeatureCollection',
    title: `Iraq and Syria: who held the ground on ${day}`,
    date: day,
    data_as_of: asOf,
    license: DATA_LICENCE,
    attribution: DATA_ATTRIBUTION,
    features,
  };
}

/** The GeoJSON file's text (what downloads and the CLI write). */
export function territoryGeoJsonText(data: TerritoryData, day: IsoDay): string {
  return `${JSON.stringify(territoryGeoJson(data, day))}\n`;
}
