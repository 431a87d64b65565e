/**
 * The time track's series: ISIS-held area per month and US troop levels, on one time axis.
 * Pure functions; the component draws them.
 */
import { ATLAS_END, ATLAS_START, dayIndex, monthsBetween, type IsoDay } from '../model/dates.ts';
import { areaByController, sharesAt, type CountryCode, type TerritoryData } from '../model/territory.ts';
import type { ControllerId } from '../model/controllers.ts';
import { troopsAt, type ForcesData } from '../model/forces.ts';

const START = dayIndex(ATLAS_START);
const SPAN = dayIndex(ATLAS_END) - START;

/** Position of a day on the track, 0…1. */
export function trackX(day: IsoDay): number {
  return (dayIndex(day) - START) / SPAN;
}

/** A series of (x 0…1, value) points. */
export type Series = [number, number][];

/** ISIS-held km² at each month start. */
export function isisSeries(data: TerritoryData): Series {
  return monthsBetween(ATLAS_START, ATLAS_END).map((m) => [trackX(m), areaByController(data, m).isis]);
}

/** The atlas's share (percent of the country's land) of a group of controllers at each month start. */
export function shareSeries(data: TerritoryData, country: CountryCode, controllers: readonly ControllerId[]): Series {
  return monthsBetween(ATLAS_START, ATLAS_END).map((m) => {
    const s = sharesAt(data, m, country).percent;
    return [trackX(m), controllers.reduce((a, c) => a + s[c], 0)];
  });
}

/** SVG path of a line series scaled to a box (values 0…max, max at top). */
export function linePath(series: Series, w: number, h: number, max: number): string {
  return series
    .map(([x, v], i) => `${i ? 'L' : 'M'}${(x * w).toFixed(1)},${(h - (Math.min(v, max) / max) * h).toFixed(1)}`)
    .join('');
}

/** Best US troop figure per month for a country (0 where none). */
export function troopSeries(forces: ForcesData, country: 'Iraq' | 'Syria'): Series {
  return monthsBetween(ATLAS_START, ATLAS_END).map((m) => [trackX(m), troopsAt(forces.troops, country, m)?.count ?? 0]);
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
