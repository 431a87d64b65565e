/**
 * The troop-series audit: a series must never show a rise that no source reports. Two consecutive
 * figures of one series imply a rise when even the lowest reading of the later one is above the
 * highest reading of the earlier one (ranges stand for sources that differ); such a later figure
 * must say, in `increase`, what its sources report as the increase. Checked per kind (reported,
 * estimated, authorized, planned) and along the line the chart draws (the figure in force on each
 * date, whatever its kind).
 */
import type { IsoDay } from './dates.ts';
import { troopHigh, troopLow, troopsAt, type SeriesFilter, type TroopPoint } from './forces.ts';

/** A rise that no `increase` accounts for. */
export interface UnreportedRise {
  /** Which sequence: a kind, or `line` for the drawn line. */
  along: TroopPoint['kind'] | 'line';
  series: string;
  country: TroopPoint['country'];
  from: { date: IsoDay; low: number; high: number };
  to: { date: IsoDay; low: number; high: number };
}

/** A readable key of a point's series (force, nation, scope). */
export function seriesKey(p: TroopPoint): string {
  return [p.force ?? 'us', p.nation, p.scope].filter(Boolean).join('/');
}

function filterOf(p: TroopPoint): SeriesFilter {
  return { force: p.force, nation: p.nation, scope: p.scope };
}

function rise(a: TroopPoint, b: TroopPoint): boolean {
  return troopLow(b) > troopHigh(a) && !b.increase?.trim();
}

function report(along: UnreportedRise['along'], a: TroopPoint, b: TroopPoint): UnreportedRise {
  return {
    along,
    series: seriesKey(b),
    country: b.country,
    from: { date: a.date, low: troopLow(a), high: troopHigh(a) },
    to: { date: b.date, low: troopLow(b), high: troopHigh(b) },
  };
}

/** Every rise in `series` that its later figure does not mark as a reported increase. */
export function unreportedRises(series: readonly TroopPoint[]): UnreportedRise[] {
  const groups = new Map<string, TroopPoint[]>();
  for (const p of series) {
    const k = `${seriesKey(p)}|${p.country}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out: UnreportedRise[] = [];
  for (const pts of groups.values()) {
    const sorted = [...pts].sort((a, b) => a.date.localeCompare(b.date));
    // Per kind: consecutive figures of the same kind.
    const byKind = new Map<TroopPoint['kind'], TroopPoint[]>();
    for (const p of sorted) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
    for (const [kind, ks] of byKind)
      for (let i = 1; i < ks.length; i++) if (rise(ks[i - 1], ks[i])) out.push(report(kind, ks[i - 1], ks[i]));
    // Along the drawn line: the figure in force on each date of a figure.
    const line: TroopPoint[] = [];
    for (const date of [...new Set(sorted.map((p) => p.date))]) {
      const p = troopsAt(sorted, sorted[0].country, date, filterOf(sorted[0]));
      if (p && p !== line[line.length - 1]) line.push(p);
    }
    for (let i = 1; i < line.length; i++)
      if (rise(line[i - 1], line[i])) out.push(report('line', line[i - 1], line[i]));
  }
  return out;
}

/** The audit's messages for a troop file (empty when every rise is reported). */
export function riseProblems(file: string, series: readonly TroopPoint[]): string[] {
  return unreportedRises(series).map(
    (r) =>
      `${file} ${r.country} ${r.series} ${r.to.date}: rises from ${r.from.high} (${r.from.date}) to ${r.to.low} ` +
      `along the ${r.along === 'line' ? 'drawn line' : `${r.along} figures`} with no reported increase (add "increase" with what the sources report)`,
  );
}
