/** Which controllers a legend lists: those holding a place in (or just beyond) the view on any of the days. */
import type { ControllerId } from '../model/controllers.ts';
import { controllersAt, type Place } from '../model/territory.ts';
import type { IsoDay } from '../model/dates.ts';

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** Controllers of the places inside `bounds` grown by `margin` of its size on each side, over all `days`. */
export function controllersInView(
  places: readonly Place[],
  days: readonly IsoDay[],
  bounds: Bounds,
  margin = 0.1,
): ControllerId[] {
  const [w, s, e, n] = bounds;
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  const inside = places.map((p) => p.lon >= w - dx && p.lon <= e + dx && p.lat >= s - dy && p.lat <= n + dy);
  const found = new Set<ControllerId>();
  for (const day of days) {
    controllersAt(places, day).forEach((c, i) => {
      if (c && inside[i]) found.add(c);
    });
  }
  return [...found];
}
