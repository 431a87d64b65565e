/**
 * The query CLI's `diff`: what changed between two dates (see README, "Query CLI"), answered by the
 * same comparison the app's compare mode shows.
 */
import { compareDates } from '../../src/model/compare.ts';
import { sourceRecords } from '../../src/model/sources.ts';
import type { TerritoryData } from '../../src/model/territory.ts';
import { QueryError, queryCountry, queryDate } from './query-engine.ts';

/** Answer `{q: 'diff', from, to, country?}`. */
export function diffAnswer(territory: TerritoryData, q: Record<string, unknown>): Record<string, unknown> {
  if (q.from === undefined) throw new QueryError('diff needs --from YYYY-MM-DD');
  if (q.to === undefined) throw new QueryError('diff needs --to YYYY-MM-DD');
  const from = queryDate(q.from);
  const to = queryDate(q.to);
  if (from > to) throw new QueryError(`--from ${from} is after --to ${to}`);
  const country = queryCountry(q.country);
  const s = compareDates(territory, from, to, { country });
  return {
    from,
    to,
    ...(country ? { country } : {}),
    km2: s.km2,
    percent: country ? { [country]: s.percent[country] } : s.percent,
    places: s.places.map((p) => ({
      name: p.name,
      country: p.country,
      from_controller: p.from_controller ?? 'none',
      to_controller: p.to_controller,
      date: p.date,
      sources: sourceRecords(p.sources, territory.sources),
    })),
  };
}
