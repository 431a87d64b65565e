/**
 * Answers the query CLI's questions from the same model code the app uses. Each answer is a plain
 * JSON object; bad input throws a {@link QueryError} with a one-line message.
 */
import { parseDay, ATLAS_START } from '../../src/model/dates.ts';
import {
  areaByController,
  groundAt,
  sharesAt,
  type CountryCode,
  type TerritoryData,
} from '../../src/model/territory.ts';
import { DATA_AS_OF, isStale } from '../../src/model/data-as-of.ts';
import { sourceRecords } from '../../src/model/sources.ts';
import { REGION_BOUNDS } from '../../src/model/style-vocab.ts';
import { diffAnswer } from './diff-query.ts';
import type { PopulationFile } from '../../src/model/population.ts';
import { historyAnswer, populationAnswer } from './people-queries.ts';

/** A refusal: the caller's input was wrong. */
export class QueryError extends Error {}

/** The datasets the engine answers from. */
export interface QueryData {
  territory: TerritoryData;
  extra?: Record<string, (q: Record<string, unknown>, date: string) => Record<string, unknown>>;
  /** Population figures (geodata/population.json), for `population`. */
  population?: PopulationFile;
}

/** Latest date the model answers for. */
export const QUERY_END = '2026-12-31';

/** Validate a date argument. */
export function queryDate(v: unknown): string {
  if (typeof v !== 'string') throw new QueryError('date is required, as YYYY-MM-DD');
  const d = parseDay(v);
  if (!d || d !== v.trim()) throw new QueryError(`malformed date ${JSON.stringify(v.slice(0, 40))}: use YYYY-MM-DD`);
  if (d < ATLAS_START || d > QUERY_END) throw new QueryError(`date ${d} is outside ${ATLAS_START}..${QUERY_END}`);
  return d;
}

/** Validate a [lon, lat] argument given as "LON,LAT" or an array. */
export function queryPoint(v: unknown): [number, number] {
  let pair: unknown[] | null = null;
  if (typeof v === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(v);
    pair = m ? [Number(m[1]), Number(m[2])] : null;
  } else if (Array.isArray(v) && v.length === 2) pair = v;
  if (!pair || !pair.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new QueryError('at must be LON,LAT (decimal degrees)');
  }
  const [lon, lat] = pair as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
    throw new QueryError(`coordinates ${lon},${lat} are out of range`);
  return [lon, lat];
}

/** Whether [lon, lat] lies in the atlas region (Iraq, Syria and their neighbourhood). */
function inRegion([lon, lat]: [number, number]): boolean {
  const [w, s, e, n] = REGION_BOUNDS;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Refuse a point outside the atlas region, with a hint when the two numbers were given the wrong
 * way round (a common slip: "36.34,43.13" for Mosul is latitude first).
 */
export function queryRegionPoint(v: unknown): [number, number] {
  const at = queryPoint(v);
  if (inRegion(at)) return at;
  const [w, s, e, n] = REGION_BOUNDS;
  const swapped: [number, number] = [at[1], at[0]];
  const hint = inRegion(swapped)
    ? ` — the numbers look swapped: give longitude first, e.g. ${swapped[0]},${swapped[1]}`
    : ' — give longitude first, then latitude (LON,LAT), e.g. 43.13,36.34 for Mosul';
  throw new QueryError(
    `${at[0]},${at[1]} is outside the region this atlas maps (longitude ${w}–${e}, latitude ${s}–${n})${hint}`,
  );
}

/** Validate an optional country argument (SY or IQ, any case). */
export function queryCountry(v: unknown): CountryCode | undefined {
  if (v === undefined || v === null) return undefined;
  const c = typeof v === 'string' ? v.trim().toUpperCase() : '';
  if (c !== 'SY' && c !== 'IQ')
    throw new QueryError(`country must be SY or IQ, not ${JSON.stringify(String(v).slice(0, 20))}`);
  return c;
}

/**
 * Answer one query object ({q: 'control'|'area'|…, date, at?}). Every answer carries `data_as_of`
 * (the day the sources were checked to) and, when it is about a date, `stale`: true when that date
 * (or the later of `from`/`to`) is after it and the answer only repeats the last known state.
 */
export function answer(data: QueryData, q: Record<string, unknown>): Record<string, unknown> {
  const out = answerQuery(data, q);
  const days = [out.date, out.from, out.to].filter((d): d is string => typeof d === 'string');
  const latest = days.sort().at(-1);
  return { ...out, data_as_of: DATA_AS_OF, ...(latest ? { stale: isStale(latest) } : {}) };
}

function answerQuery(data: QueryData, q: Record<string, unknown>): Record<string, unknown> {
  if (q === null || typeof q !== 'object' || Array.isArray(q)) throw new QueryError('each query must be a JSON object');
  const kind = q.q;
  if (kind === 'control') {
    const date = queryDate(q.date);
    const at = queryRegionPoint(q.at);
    const g = groundAt(data.territory, at[0], at[1], date);
    const period = g.period;
    const sources = period ? sourceRecords(period.sources, data.territory.sources) : [];
    return {
      date,
      at,
      controller: g.controller ?? 'none',
      kind: g.kind,
      place: g.place ? g.place.name : null,
      since: period?.from ?? null,
      ...(period?.uncertain ? { uncertain: true } : {}),
      sources,
    };
  }
  if (kind === 'area') {
    const date = queryDate(q.date);
    const country = queryCountry(q.country);
    return {
      date,
      ...(country ? { country } : {}),
      area_km2: areaByController(data.territory, date, { country }),
      held_km2: areaByController(data.territory, date, { country, heldOnly: true }),
    };
  }
  if (kind === 'share') {
    const date = queryDate(q.date);
    const country = queryCountry(q.country);
    if (!country) throw new QueryError('share needs --country SY or IQ');
    const s = sharesAt(data.territory, date, country);
    const nonzero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v > 0));
    return { date, country, percent: nonzero(s.percent), held_percent: nonzero(s.held_percent), none_percent: s.none };
  }
  if (kind === 'diff') return diffAnswer(data.territory, q);
  if (kind === 'population') {
    const date = queryDate(q.date);
    if (!data.population) throw new QueryError('population figures are not loaded');
    return populationAnswer(data.territory, data.population, date, queryCountry(q.country));
  }
  if (kind === 'history')
    return historyAnswer(data.territory, q.place, (m) => {
      throw new QueryError(m);
    });
  const extra =
    typeof kind === 'string' && data.extra && Object.prototype.hasOwnProperty.call(data.extra, kind)
      ? data.extra[kind]
      : undefined;
  if (extra) return extra(q, queryDate(q.date));
  throw new QueryError(
    `unknown query ${JSON.stringify(kind)}: use control, area, share, population, history, diff${Object.keys(
      data.extra ?? {},
    )
      .map((k) => `, ${k}`)
      .join('')}`,
  );
}
