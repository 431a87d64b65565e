/**
 * Time that moves the way the data does: the days on which some place changed hands (anywhere, or
 * within a box), the next and previous of them from any day, and one place's whole history as
 * segments for a timeline strip.
 */
import type { ControllerId } from './controllers.ts';
import { ATLAS_END, addDays, type IsoDay } from './dates.ts';
import type { Place } from './territory.ts';
import { foldName, shortName } from './names.ts';

/** A lon/lat box: [west, south, east, north]. */
export type Box = [number, number, number, number];

/** True when the place lies inside `box`. */
export function placeInBox(place: Place, box: Box): boolean {
  return place.lon >= box[0] && place.lon <= box[2] && place.lat >= box[1] && place.lat <= box[3];
}

/** Every day on which some place (inside `box`, when given) changed hands, oldest first, without repeats. */
export function changeDays(places: readonly Place[], box?: Box): IsoDay[] {
  const days = new Set<IsoDay>();
  for (const p of places) {
    if (box && !placeInBox(p, box)) continue;
    for (let i = 1; i < p.history.length; i++) days.add(p.history[i].from);
  }
  return [...days].sort();
}

/** Index of the first day in sorted `days` that is greater than `day`. */
function upperBound(days: readonly IsoDay[], day: IsoDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first change day after `day`, or null when none is left. */
export function nextChange(days: readonly IsoDay[], day: IsoDay): IsoDay | null {
  return days[upperBound(days, day)] ?? null;
}

/** The last change day before `day`, or null when none came before. */
export function previousChange(days: readonly IsoDay[], day: IsoDay): IsoDay | null {
  let i = upperBound(days, day) - 1;
  if (i >= 0 && days[i] === day) i--;
  return i >= 0 ? days[i] : null;
}

/** How many places changed hands on each change day (inside `box`, when given). */
export function changeCounts(places: readonly Place[], box?: Box): Map<IsoDay, number> {
  const out = new Map<IsoDay, number>();
  for (const p of places) {
    if (box && !placeInBox(p, box)) continue;
    for (let i = 1; i < p.history.length; i++) out.set(p.history[i].from, (out.get(p.history[i].from) ?? 0) + 1);
  }
  return out;
}

/** One segment of a place's timeline: who held it from `from` to the day before `to`. */
export interface TimelineSegment {
  from: IsoDay;
  /** Last day of the segment (inclusive), for display. */
  until: IsoDay;
  controller: ControllerId;
  sources: string[];
  note?: string;
  precision?: 'day' | 'week' | 'month' | 'year';
  uncertain?: boolean;
}

/** A place's whole history as segments that cover 2014-01-01 … the atlas's end without gaps between periods. */
export function placeTimeline(place: Place, end: IsoDay = ATLAS_END): TimelineSegment[] {
  return place.history
    .filter((h) => h.from <= end)
    .map((h) => ({
      from: h.from,
      until: h.to ? addDays(h.to, -1) : end,
      controller: h.controller,
      sources: h.sources,
      ...(h.note ? { note: h.note } : {}),
      ...(h.precision ? { precision: h.precision } : {}),
      ...(h.uncertain ? { uncertain: true } : {}),
    }));
}

/**
 * The places (desert anchors left out) whose English or Arabic name matches `name` best, as the
 * panel's search does: exact names first, otherwise names that start with it, otherwise names that contain it.
 */
export function findPlaces(places: readonly Place[], name: string): Place[] {
  const q = foldName(name);
  if (!q) return [];
  const index = places
    .filter((p) => p.kind !== 'desert')
    .map((p) => ({ p, keys: [foldName(p.name), foldName(shortName(p.name)), foldName(p.name_ar)] }));
  for (const test of [(k: string) => k === q, (k: string) => k.startsWith(q), (k: string) => k.includes(q)]) {
    const hits = index.filter((x) => x.keys.some(test)).map((x) => x.p);
    if (hits.length) return hits;
  }
  return [];
}
