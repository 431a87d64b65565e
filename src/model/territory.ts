/**
 * The territory model: a fixed set of cells (one per place), each with a half-open history of
 * controllers. Everything here is pure and shared by the app, the CLIs and the tests.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { ControllerId } from './controllers.ts';
import { CONTROLLER_IDS } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import type { SourceTable } from './sources.ts';

/** One period of control: `from <= day < to` (to null = still in force). */
export interface ControlPeriod {
  from: IsoDay;
  to: IsoDay | null;
  controller: ControllerId;
  sources: string[];
  note?: string;
  precision?: 'day' | 'week' | 'month' | 'year';
  uncertain?: boolean;
}

/** A settlement or site whose ground forms one cell. */
export interface Place {
  id: string;
  name: string;
  name_ar: string;
  country: 'IQ' | 'SY';
  governorate?: string;
  kind: string;
  lon: number;
  lat: number;
  source: string[];
  history: ControlPeriod[];
}

/** Properties of a territory cell feature; the feature's numeric `id` is the place's index. */
export interface CellProps {
  place: string;
  area_km2: number;
  /** Present (true) when the place was contested at some time: only these cells need the hatch layer. */
  contestable?: boolean;
}

/** The derived territory file (geodata/build/territory.json). */
export interface TerritoryData {
  places: Place[];
  cells: FeatureCollection<Polygon | MultiPolygon, CellProps>;
  /** Shared edges between neighbouring cells: a front line where their controllers differ. */
  edges: FeatureCollection<import('geojson').LineString, { a: number; b: number }>;
  sources: SourceTable;
}

/** The period in force on `day`, or null when the place has no record for it. */
export function periodAt(place: Place, day: IsoDay): ControlPeriod | null {
  const h = place.history;
  for (let i = h.length - 1; i >= 0; i--) {
    if (h[i].from <= day) return h[i].to === null || day < h[i].to! ? h[i] : null;
  }
  return null;
}

/** Controller of each place (by index) on `day`, null where unknown. */
export function controllersAt(places: readonly Place[], day: IsoDay): (ControllerId | null)[] {
  return places.map((p) => periodAt(p, day)?.controller ?? null);
}

/** Area in km² held by each controller on `day` (zero for those holding none). */
export function areaByController(data: TerritoryData, day: IsoDay): Record<ControllerId, number> {
  const out = Object.fromEntries(CONTROLLER_IDS.map((c) => [c, 0])) as Record<ControllerId, number>;
  const index = new Map(data.places.map((p, i) => [p.id, i]));
  for (const cell of data.cells.features) {
    const p = data.places[index.get(cell.properties.place)!];
    const c = periodAt(p, day)?.controller;
    if (c) out[c] += cell.properties.area_km2;
  }
  for (const c of CONTROLLER_IDS) out[c] = Math.round(out[c]);
  return out;
}

/** The cell (and its place) containing a point, or null for unclaimed ground or outside the map. */
export function cellAt(
  data: TerritoryData,
  lon: number,
  lat: number,
): { place: Place; cell: Feature<Polygon | MultiPolygon, CellProps> } | null {
  const byId = new Map(data.places.map((p) => [p.id, p]));
  for (const cell of data.cells.features) {
    const b = cell.bbox;
    if (b && (lon < b[0] || lat < b[1] || lon > b[2] || lat > b[3])) continue;
    if (booleanPointInPolygon([lon, lat], cell)) return { place: byId.get(cell.properties.place)!, cell };
  }
  return null;
}

/** A control change: the period that began on `from` at a place. */
export interface ControlChange {
  place: Place;
  period: ControlPeriod;
  previous: ControllerId | null;
}

/** Changes of control with `from <= change date <= to`, oldest first, the 2014-01-01 baseline excluded. */
export function changesBetween(places: readonly Place[], from: IsoDay, to: IsoDay): ControlChange[] {
  const out: ControlChange[] = [];
  for (const place of places) {
    place.history.forEach((period, i) => {
      if (i > 0 && period.from >= from && period.from <= to) {
        out.push({ place, period, previous: place.history[i - 1].controller });
      }
    });
  }
  return out.sort((a, b) =>
    a.period.from < b.period.from ? -1 : a.period.from > b.period.from ? 1 : a.place.name.localeCompare(b.place.name),
  );
}
