/**
 * The territory model: a fixed division of all of Iraq's and Syria's land among the sourced places
 * (two cells per place: held and dominated ground), each place with a half-open history of controllers. Everything here is pure and shared by the app, the CLIs and the tests.
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

/** A settlement or site whose share of the land forms its cells (held and dominated). */
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

/**
 * Properties of a territory cell feature: one of a place's two pieces of ground, held or dominated.
 * The feature's numeric `id` is the place's index × 2, plus 1 for the dominated piece.
 */
export interface CellProps {
  place: string;
  area_km2: number;
  /** Present (true) on a place's dominated ground: open land its share of the country holds less firmly. */
  dominated?: boolean;
  /** Present (true) when the place was contested at some time: only these cells need the hatch layer. */
  contestable?: boolean;
  /** Present (true) when some period of the place is marked uncertain: only these cells need the dot layer. */
  uncertainable?: boolean;
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

/** The countries the atlas divides. */
export type CountryCode = 'IQ' | 'SY';

/** How firmly a point's controller held it: see {@link groundAt}. */
export type GroundKind = 'held' | 'dominated' | 'contested' | 'none';

/** Options for {@link areaByController}. */
export interface AreaOptions {
  /** Only this country's land. */
  country?: CountryCode;
  /** Only held ground (leave out dominated ground). */
  heldOnly?: boolean;
}

const placeIndexCache = new WeakMap<TerritoryData, Map<string, Place>>();

/** The place a cell belongs to. */
export function placeOfCell(data: TerritoryData, cell: Feature<Polygon | MultiPolygon, CellProps>): Place {
  let index = placeIndexCache.get(data);
  if (!index) {
    index = new Map(data.places.map((p) => [p.id, p]));
    placeIndexCache.set(data, index);
  }
  return index.get(cell.properties.place)!;
}

/**
 * Area in km² of each controller's ground on `day` (zero for those holding none), held and dominated
 * together unless `heldOnly`; ground no source accounts for on that day is left out.
 */
export function areaByController(
  data: TerritoryData,
  day: IsoDay,
  opts: AreaOptions = {},
): Record<ControllerId, number> {
  const out = Object.fromEntries(CONTROLLER_IDS.map((c) => [c, 0])) as Record<ControllerId, number>;
  for (const cell of data.cells.features) {
    if (opts.heldOnly && cell.properties.dominated) continue;
    const p = placeOfCell(data, cell);
    if (opts.country && p.country !== opts.country) continue;
    const c = periodAt(p, day)?.controller;
    if (c) out[c] += cell.properties.area_km2;
  }
  for (const c of CONTROLLER_IDS) out[c] = Math.round(out[c]);
  return out;
}

const countryAreaCache = new WeakMap<TerritoryData, Map<CountryCode, number>>();

/** Land area of a country in km² (the sum of its cells; computed once per dataset). */
export function countryArea(data: TerritoryData, country: CountryCode): number {
  let byCountry = countryAreaCache.get(data);
  if (!byCountry) countryAreaCache.set(data, (byCountry = new Map()));
  let sum = byCountry.get(country);
  if (sum === undefined) {
    sum = 0;
    for (const cell of data.cells.features)
      if (placeOfCell(data, cell).country === country) sum += cell.properties.area_km2;
    byCountry.set(country, sum);
  }
  return sum;
}

/** Shares of a country's land on a day, in percent to 0.01: all ground, and held ground only. */
export interface CountryShares {
  /** Percent of the country's land per controller, held and dominated ground together. */
  percent: Record<ControllerId, number>;
  /** Percent of the country's land per controller, held ground only. */
  held_percent: Record<ControllerId, number>;
  /** Percent of the country's land no source accounts for on that day. */
  none: number;
}

/** Each controller's ground on one day, in km² by country, held and dominated together (`all`) and held only. */
export interface GroundTally {
  all: Record<CountryCode, Record<ControllerId, number>>;
  held: Record<CountryCode, Record<ControllerId, number>>;
}

const zeroes = () => Object.fromEntries(CONTROLLER_IDS.map((c) => [c, 0])) as Record<ControllerId, number>;

/** One pass over the cells: every controller's ground on `day` in each country, all and held (unrounded). */
export function groundTally(data: TerritoryData, day: IsoDay): GroundTally {
  const all = { SY: zeroes(), IQ: zeroes() };
  const held = { SY: zeroes(), IQ: zeroes() };
  for (const cell of data.cells.features) {
    const p = placeOfCell(data, cell);
    const c = periodAt(p, day)?.controller;
    if (!c) continue;
    all[p.country][c] += cell.properties.area_km2;
    if (!cell.properties.dominated) held[p.country][c] += cell.properties.area_km2;
  }
  return { all, held };
}

/** Each controller's ground in one country (km², rounded) from a {@link groundTally}, as `areaByController(…, {country})` gives it. */
export function countryAreasFromTally(t: GroundTally, country: CountryCode): Record<ControllerId, number> {
  const out = zeroes();
  for (const c of CONTROLLER_IDS) out[c] = Math.round(t.all[country][c]);
  return out;
}

/** Each controller's ground in both countries (km², rounded) from a {@link groundTally}, as {@link areaByController} gives it. */
export function areasFromTally(t: GroundTally): Record<ControllerId, number> {
  const out = zeroes();
  for (const c of CONTROLLER_IDS) out[c] = Math.round(t.all.SY[c] + t.all.IQ[c]);
  return out;
}

/** Each controller's share of `country`'s land from a {@link groundTally}, as {@link sharesAt} gives it. */
export function sharesFromTally(data: TerritoryData, t: GroundTally, country: CountryCode): CountryShares {
  const total = countryArea(data, country);
  const pct = (km2: number) => Math.round((km2 / total) * 10000) / 100;
  const percent = zeroes();
  const held_percent = zeroes();
  let assigned = 0;
  for (const c of CONTROLLER_IDS) {
    const all = Math.round(t.all[country][c]);
    assigned += all;
    percent[c] = pct(all);
    held_percent[c] = pct(Math.round(t.held[country][c]));
  }
  return { percent, held_percent, none: pct(Math.max(0, total - assigned)) };
}

/** Each controller's share of `country`'s land on `day`. */
export function sharesAt(data: TerritoryData, day: IsoDay, country: CountryCode): CountryShares {
  return sharesFromTally(data, groundTally(data, day), country);
}

/** How far outside the 1:10m outline (km) a point still belongs to the nearest cell: the outline's own generalisation. */
export const BORDER_TOLERANCE_KM = 2;

function cellContaining(data: TerritoryData, lon: number, lat: number) {
  for (const cell of data.cells.features) {
    const b = cell.bbox;
    if (b && (lon < b[0] || lat < b[1] || lon > b[2] || lat > b[3])) continue;
    if (booleanPointInPolygon([lon, lat], cell)) return cell;
  }
  return null;
}

/**
 * The cell (and its place) containing a point, or null outside Iraq and Syria. A point just outside
 * the generalised country outline (within {@link BORDER_TOLERANCE_KM}, as towns on the border can be)
 * belongs to the nearest cell, probed on rings of 0.5, 1 and 2 km in 16 directions.
 */
export function cellAt(
  data: TerritoryData,
  lon: number,
  lat: number,
): { place: Place; cell: Feature<Polygon | MultiPolygon, CellProps> } | null {
  let cell = cellContaining(data, lon, lat);
  const kx = 111.2 * Math.cos((lat * Math.PI) / 180);
  for (const r of [0.5, 1, BORDER_TOLERANCE_KM]) {
    for (let k = 0; k < 16 && !cell; k++) {
      const a = (k * Math.PI) / 8;
      cell = cellContaining(data, lon + (r * Math.cos(a)) / kx, lat + (r * Math.sin(a)) / 111.2);
    }
  }
  return cell ? { place: placeOfCell(data, cell), cell } : null;
}

/** Who held a point on a day, and how firmly. */
export interface GroundAnswer {
  /** held, dominated (open ground the place's controller holds less firmly), contested, or none (no source). */
  kind: GroundKind;
  controller: ControllerId | null;
  /** The place whose ground this is (for dominated ground, the place that decides it); null outside the map. */
  place: Place | null;
  period: ControlPeriod | null;
}

/** Who held the point lon/lat on `day`: see {@link GroundAnswer}. */
export function groundAt(data: TerritoryData, lon: number, lat: number, day: IsoDay): GroundAnswer {
  const hit = cellAt(data, lon, lat);
  const period = hit ? periodAt(hit.place, day) : null;
  const controller = period?.controller ?? null;
  const kind: GroundKind = !controller
    ? 'none'
    : controller === 'contested'
      ? 'contested'
      : hit!.cell.properties.dominated
        ? 'dominated'
        : 'held';
  return { kind, controller, place: hit?.place ?? null, period };
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
