/**
 * People under each force: every place with a sourced population figure (geodata/population.json)
 * counts for the force holding it on a day; the rest of the country's people (villages and farms the
 * atlas has no place for, and places without a figure) are "unplaced". Figures are pre-war counts
 * (a census, an official or UN estimate, or a humanitarian assessment's local estimate marked uncertain),
 * not adjusted for displacement.
 */
import type { ControllerId } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import type { PopulationBasis, PopulationFigure, PopulationFile } from './geodata-schema.ts';
import { formatDigits, formatNumber, messages, type Lang } from './i18n/index.ts';
import { periodAt, type CountryCode, type Place } from './territory.ts';

// The record types are inferred from the schemas (src/model/geodata-schema.ts); type-only, so no
// schema code reaches the browser.
export type { PopulationBasis, PopulationFigure, PopulationFile, PopulationGroup } from './geodata-schema.ts';

/** A place's own figure: its own record, or its equal part of a divided city's. */
export interface PlacePopulation extends PopulationFigure {
  /** The divided city's name and how many places share its figure. */
  group?: { name: string; parts: number; total: number };
}

const cache = new WeakMap<PopulationFile, Map<string, PlacePopulation>>();

/** Each place's figure by place id (a divided city's figure split equally among its places). */
export function placePopulations(file: PopulationFile): Map<string, PlacePopulation> {
  let out = cache.get(file);
  if (out) return out;
  out = new Map();
  for (const [id, f] of Object.entries(file.places)) out.set(id, f);
  for (const g of file.groups) {
    const parts = g.places.length;
    const { name, places, ...figure } = g;
    places.forEach((id, i) => {
      // Equal parts in whole people; the first places take the remainder so the parts add up.
      const value = Math.floor(figure.value / parts) + (i < figure.value % parts ? 1 : 0);
      out!.set(id, { ...figure, value, group: { name, parts, total: figure.value } });
    });
  }
  cache.set(file, out);
  return out;
}

/** People under each force in one country on one day. */
export interface PeopleAt {
  country: CountryCode;
  /** People of the places each force held (zero-free: only forces holding a counted place). */
  people: Partial<Record<ControllerId | 'none', number>>;
  /** People the atlas counts in places. */
  placed: number;
  /** The country's people the atlas cannot place (total minus placed, never below zero). */
  unplaced: number;
  /** The country's whole population in the figures' year. */
  total: number;
  /** Inhabited places (city, town, village) with no figure. */
  missing: number;
  /** What the numbers measure, in one line. */
  basis: string;
}

const INHABITED = new Set(['city', 'town', 'village']);

/** One line saying what the figures of a country measure, in `lang` (English by default). */
export function basisLine(file: PopulationFile, country: CountryCode, lang: Lang = 'en'): string {
  const m = messages(lang);
  const c = file.countries[country];
  const name = country === 'SY' ? m.syria : m.iraq;
  const figs = [...placePopulations(file).entries()].filter(([id]) => id.startsWith(country === 'SY' ? 'sy-' : 'iq-'));
  // Sorted on the English words, so both languages list the kinds in one order.
  const kind = (basis: PopulationBasis, year: number) => `${m.basisKinds[basis]} ${formatDigits(year, lang)}`;
  const byKey = new Map(figs.map(([, f]) => [`${f.basis} ${f.year}`, f]));
  const kinds = [...byKey.keys()]
    .sort()
    .map((k) => kind(byKey.get(k)!.basis, byKey.get(k)!.year))
    .join(lang === 'ar' ? '، ' : ', ');
  const uncertain = figs.filter(([, f]) => f.uncertain).length;
  return m.basisLine(name, kinds, uncertain > 0 ? formatNumber(uncertain, lang) : '', kind(c.basis, c.year));
}

/** People under each force in `country` on `day`: a place's people go to its controller (contested stays contested). */
export function peopleAt(places: readonly Place[], file: PopulationFile, day: IsoDay, country: CountryCode): PeopleAt {
  const pops = placePopulations(file);
  const people: PeopleAt['people'] = {};
  let placed = 0;
  let missing = 0;
  for (const p of places) {
    if (p.country !== country) continue;
    const f = pops.get(p.id);
    if (!f) {
      if (INHABITED.has(p.kind)) missing++;
      continue;
    }
    const c = periodAt(p, day)?.controller ?? 'none';
    people[c] = (people[c] ?? 0) + f.value;
    placed += f.value;
  }
  const total = file.countries[country].total;
  return {
    country,
    people,
    placed,
    unplaced: Math.max(0, total - placed),
    total,
    missing,
    basis: basisLine(file, country),
  };
}

/**
 * A rough whole-country estimate: each force's placed people plus a part of the unplaced people in
 * proportion to the held ground (settled land) it had in that country. Used only to set the atlas
 * beside published totals, which count villages and farms too.
 */
export function estimatedPeople(at: PeopleAt, heldKm2: Partial<Record<ControllerId, number>>): Record<string, number> {
  const held = Object.entries(heldKm2).filter(([, v]) => (v ?? 0) > 0) as [string, number][];
  const sum = held.reduce((a, [, v]) => a + v, 0);
  const out: Record<string, number> = {};
  for (const [c, n] of Object.entries(at.people)) out[c] = n ?? 0;
  for (const [c, v] of held) out[c] = Math.round((out[c] ?? 0) + (sum > 0 ? (at.unplaced * v) / sum : 0));
  return out;
}
