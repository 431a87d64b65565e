/**
 * Comparing two dates: the ground each force gained and lost between them (km² and share of each
 * country), and the changes of control dated between them. Pure; shared by the app, `atlas.compare`
 * and the query CLI's `diff`. The net figures are exactly the difference of {@link areaByController}
 * at the two dates, so a comparison always agrees with the areas the atlas shows on each day.
 */
import { CONTROLLER_IDS, type ControllerId } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import {
  areaByController,
  changesBetween,
  countryArea,
  periodAt,
  placeOfCell,
  type CountryCode,
  type TerritoryData,
} from './territory.ts';

/** Ground a force gained and lost between two dates, and the net change (gained − lost, up to rounding). */
export interface ForceChange {
  gained: number;
  lost: number;
  net: number;
}

/** A change of control dated between the two dates of a comparison. */
export interface PlaceHandover {
  /** Place id. */
  id: string;
  name: string;
  country: CountryCode;
  from_controller: ControllerId | null;
  to_controller: ControllerId;
  /** The day the new controller's period began. */
  date: IsoDay;
  /** Source ids of the new period. */
  sources: string[];
}

/** What changed between two dates; see {@link compareDates}. */
export interface CompareSummary {
  from: IsoDay;
  to: IsoDay;
  country?: CountryCode;
  /** Per force with any change, in km² (held and dominated ground together). */
  km2: Partial<Record<ControllerId, ForceChange>>;
  /** Per country and force with any change there, in percent of the country's land (to 0.01). */
  percent: Record<CountryCode, Partial<Record<ControllerId, ForceChange>>>;
  /** Every change of control dated after `from` and on or before `to`, oldest first. */
  places: PlaceHandover[];
}

/** Options for {@link compareDates}. */
export interface CompareOptions {
  /** Only this country's ground and places. */
  country?: CountryCode;
}

type Tally = Record<ControllerId, { gained: number; lost: number }>;

function emptyTally(): Tally {
  return Object.fromEntries(CONTROLLER_IDS.map((c) => [c, { gained: 0, lost: 0 }])) as Tally;
}

/** Unrounded km² gained and lost per force between `from` and `to`, overall and per country. */
function tallies(data: TerritoryData, from: IsoDay, to: IsoDay): { all: Tally; IQ: Tally; SY: Tally } {
  const out = { all: emptyTally(), IQ: emptyTally(), SY: emptyTally() };
  for (const cell of data.cells.features) {
    const place = placeOfCell(data, cell);
    const a = periodAt(place, from)?.controller ?? null;
    const b = periodAt(place, to)?.controller ?? null;
    if (a === b) continue;
    const km2 = cell.properties.area_km2;
    for (const t of [out.all, out[place.country]]) {
      if (b) t[b].gained += km2;
      if (a) t[a].lost += km2;
    }
  }
  return out;
}

/**
 * What changed between `from` and `to` (either order: the ground is compared as it was on `from`
 * and on `to`; the places are the changes dated between the two, oldest first).
 */
export function compareDates(data: TerritoryData, from: IsoDay, to: IsoDay, opts: CompareOptions = {}): CompareSummary {
  const t = tallies(data, from, to);
  const tally = opts.country ? t[opts.country] : t.all;
  const before = areaByController(data, from, { country: opts.country });
  const after = areaByController(data, to, { country: opts.country });
  const km2: CompareSummary['km2'] = {};
  for (const c of CONTROLLER_IDS) {
    const { gained, lost } = tally[c];
    if (gained === 0 && lost === 0) continue;
    km2[c] = { gained: Math.round(gained), lost: Math.round(lost), net: after[c] - before[c] };
  }
  const percent = { IQ: {}, SY: {} } as CompareSummary['percent'];
  for (const country of ['IQ', 'SY'] as const) {
    if (opts.country && opts.country !== country) continue;
    const total = countryArea(data, country);
    const pct = (v: number) => Math.round((v / total) * 10000) / 100;
    for (const c of CONTROLLER_IDS) {
      const { gained, lost } = t[country][c];
      if (gained === 0 && lost === 0) continue;
      percent[country][c] = { gained: pct(gained), lost: pct(lost), net: pct(gained - lost) };
    }
  }
  const [early, late] = from <= to ? [from, to] : [to, from];
  const places = changesBetween(data.places, early, late)
    .filter((ch) => ch.period.from > early && (!opts.country || ch.place.country === opts.country))
    .map((ch) => ({
      id: ch.place.id,
      name: ch.place.name,
      country: ch.place.country,
      from_controller: ch.previous,
      to_controller: ch.period.controller,
      date: ch.period.from,
      sources: ch.period.sources,
    }));
  return { from, to, ...(opts.country ? { country: opts.country } : {}), km2, percent, places };
}

/**
 * Per territory cell (by feature id), the force that gained it between `from` and `to` and the one
 * that lost it; cells whose controller is the same on both dates are left out.
 */
export function changedCells(
  data: TerritoryData,
  from: IsoDay,
  to: IsoDay,
): Map<number, { gainer: ControllerId | null; loser: ControllerId | null }> {
  const out = new Map<number, { gainer: ControllerId | null; loser: ControllerId | null }>();
  for (const cell of data.cells.features) {
    const place = placeOfCell(data, cell);
    const a = periodAt(place, from)?.controller ?? null;
    const b = periodAt(place, to)?.controller ?? null;
    if (a !== b) out.set(cell.id as number, { gainer: b, loser: a });
  }
  return out;
}
