/**
 * State derived from the date and the loaded data, as computed signals that every consumer reads
 * (legend, announcer, panels, time track), so each figure is computed once per date, and only when
 * something shown reads it.
 */
import { computed } from '@preact/signals';
import {
  areasFromTally,
  changesBetween,
  groundTally,
  sharesFromTally,
  type ControlChange,
  type CountryShares,
  type GroundTally,
} from '../model/territory.ts';
import type { ControllerId } from '../model/controllers.ts';
import { addDays, addMonths, monthStart, type IsoDay } from '../model/dates.ts';
import { eventsBetween, type WarEvent } from '../model/events.ts';
import { sitesAt, type Milestone, type Presence, type Site } from '../model/forces.ts';
import { events, forces, territory } from './data.ts';
import { date } from './store.ts';

/** Every controller's ground on the current date by country (one pass over the cells), or null before the data loads. */
export const groundToday = computed<GroundTally | null>(() => {
  const t = territory.value;
  return t ? groundTally(t, date.value) : null;
});

/** Each controller's ground on the current date in km² (held and dominated), or null before the data loads. */
export const areasToday = computed<Record<ControllerId, number> | null>(() => {
  const g = groundToday.value;
  return g ? areasFromTally(g) : null;
});

/** Each controller's share of Syria and of Iraq on the current date, or null before the data loads. */
export const sharesToday = computed<{ SY: CountryShares; IQ: CountryShares } | null>(() => {
  const t = territory.value;
  const g = groundToday.value;
  if (!t || !g) return null;
  return { SY: sharesFromTally(t, g, 'SY'), IQ: sharesFromTally(t, g, 'IQ') };
});

/** The calendar month of the current date: its first and last day. */
export const monthToday = computed<{ start: IsoDay; end: IsoDay }>(() => {
  const start = monthStart(date.value);
  return { start, end: addDays(addMonths(start, 1), -1) };
});

/** Places that changed hands in the current month, oldest first, or null before the data loads. */
export const changesThisMonth = computed<ControlChange[] | null>(() => {
  const t = territory.value;
  const { start, end } = monthToday.value;
  return t ? changesBetween(t.places, start, end) : null;
});

/** Events of the current month (empty before the data loads). */
export const eventsThisMonth = computed<WarEvent[]>(() => {
  const ev = events.value;
  const { start, end } = monthToday.value;
  return ev ? eventsBetween(ev.events, start, end) : [];
});

/** US milestones of the current month (empty before the data loads). */
export const milestonesThisMonth = computed<Milestone[]>(() => {
  const { start, end } = monthToday.value;
  return (forces.value?.milestones ?? []).filter((m) => m.date >= start && m.date <= end);
});

/** Sites of every mapped force with a presence on the current date (empty before the data loads). */
export const sitesToday = computed<{ site: Site; presence: Presence }[]>(() => {
  const f = forces.value;
  return f ? sitesAt(f.sites, date.value) : [];
});
