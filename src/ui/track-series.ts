/**
 * The time track's series: ISIS-held area per month and US troop levels, on one time axis.
 * Pure functions; the component draws them.
 */
import { ATLAS_END, ATLAS_START, dayIndex, monthsBetween, type IsoDay } from '../model/dates.ts';
import {
  areasFromTally,
  groundTally,
  sharesFromTally,
  type CountryCode,
  type GroundTally,
  type TerritoryData,
} from '../model/territory.ts';
import type { ControllerId } from '../model/controllers.ts';
import { isRange, troopHigh, troopLow, troopsAt, type ForcesData, type TroopPoint } from '../model/forces.ts';

const START = dayIndex(ATLAS_START);
const SPAN = dayIndex(ATLAS_END) - START;

/** Position of a day on the track, 0…1. */
export function trackX(day: IsoDay): number {
  return (dayIndex(day) - START) / SPAN;
}

/** A series of (x 0…1, value) points. */
export type Series = [number, number][];

const tallies = new WeakMap<TerritoryData, { month: IsoDay; tally: GroundTally }[]>();

/** The ground tally at each month start, computed once per territory (the track and the shares chart share it). */
function monthTallies(data: TerritoryData): { month: IsoDay; tally: GroundTally }[] {
  let out = tallies.get(data);
  if (!out) {
    out = monthsBetween(ATLAS_START, ATLAS_END).map((month) => ({ month, tally: groundTally(data, month) }));
    tallies.set(data, out);
  }
  return out;
}

/** ISIS-held km² at each month start. */
export function isisSeries(data: TerritoryData): Series {
  return monthTallies(data).map(({ month, tally }) => [trackX(month), areasFromTally(tally).isis]);
}

/** The atlas's share (percent of the country's land) of a group of controllers at each month start. */
export function shareSeries(data: TerritoryData, country: CountryCode, controllers: readonly ControllerId[]): Series {
  return monthTallies(data).map(({ month, tally }) => {
    const s = sharesFromTally(data, tally, country).percent;
    return [trackX(month), controllers.reduce((a, c) => a + s[c], 0)];
  });
}

/** SVG path of a line series scaled to a box (values 0…max, max at top). */
export function linePath(series: Series, w: number, h: number, max: number): string {
  return series
    .map(([x, v], i) => `${i ? 'L' : 'M'}${(x * w).toFixed(1)},${(h - (Math.min(v, max) / max) * h).toFixed(1)}`)
    .join('');
}

/** A stretch of the track where the figure in force is a range (sources differ): x0…x1, low…high. */
export interface RangeSpan {
  x0: number;
  x1: number;
  low: number;
  high: number;
}

/** The US troop figures of one country as the track draws them. */
export interface TroopTrack {
  /** Head counts (reported or estimated) in force, stepping at each figure's date (0 before the first). */
  counts: Series;
  /** Authorised caps in force, stepping likewise. */
  caps: Series;
  /** Where the count in force is a range, its low and high. */
  ranges: RangeSpan[];
  /** US-and-coalition totals, drawn as marks apart from the US line. */
  combined: Series;
}

const COUNT_KINDS: readonly TroopPoint['kind'][] = ['reported', 'estimated'];

/** Step series of the figure in force, at each date a figure of `points` takes effect. */
function steps(points: readonly TroopPoint[], country: TroopPoint['country']): { series: Series; ranges: RangeSpan[] } {
  const dates = [...new Set(points.map((p) => p.date))].sort();
  const series: Series = [[0, 0]];
  const ranges: RangeSpan[] = [];
  dates.forEach((d, i) => {
    const p = troopsAt(points, country, d);
    if (!p) return;
    const x = trackX(d);
    series.push([x, p.count]);
    if (isRange(p))
      ranges.push({ x0: x, x1: i + 1 < dates.length ? trackX(dates[i + 1]) : 1, low: troopLow(p), high: troopHigh(p) });
  });
  return { series, ranges };
}

/**
 * US troops in a country for the track: head counts as the line, caps apart, ranges as bands and
 * US-and-coalition totals as marks (never part of the US line).
 */
export function troopTrack(forces: ForcesData, country: TroopPoint['country']): TroopTrack {
  const mine = forces.troops.filter((p) => p.country === country && (p.force ?? 'us') === 'us');
  const own = mine.filter((p) => p.scope === undefined);
  const counts = steps(
    own.filter((p) => COUNT_KINDS.includes(p.kind)),
    country,
  );
  const caps = steps(
    own.filter((p) => p.kind === 'authorized'),
    country,
  );
  const combined: Series = mine
    .filter((p) => p.scope === 'us_and_partners' && p.kind !== 'planned')
    .map((p) => [trackX(p.date), p.count]);
  return { counts: counts.series, caps: caps.series, ranges: counts.ranges, combined };
}

/** SVG path of range bands scaled to a box (values 0…max, max at top). */
export function rangePath(spans: readonly RangeSpan[], w: number, h: number, max: number): string {
  if (max <= 0) return '';
  const y = (v: number) => (h - (Math.min(v, max) / max) * h).toFixed(1);
  return spans
    .map((s) => `M${(s.x0 * w).toFixed(1)},${y(s.high)}H${(s.x1 * w).toFixed(1)}V${y(s.low)}H${(s.x0 * w).toFixed(1)}Z`)
    .join('');
}

/** SVG path of a step series scaled to a box (x 0…w, y 0…h, max value at top). */
export function stepPath(series: Series, w: number, h: number, max: number, closed: boolean): string {
  if (series.length === 0 || max <= 0) return '';
  const y = (v: number) => (h - (v / max) * h).toFixed(1);
  let d = `M${(series[0][0] * w).toFixed(1)},${closed ? h : y(series[0][1])}`;
  series.forEach(([x, v], i) => {
    const px = (x * w).toFixed(1);
    if (closed && i === 0) d += `L${px},${y(v)}`;
    else d += `H${px}V${y(v)}`;
  });
  d += `H${w}`;
  if (closed) d += `V${h}Z`;
  return d;
}
