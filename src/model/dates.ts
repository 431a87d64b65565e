/**
 * Calendar-day arithmetic in UTC. The whole atlas speaks ISO days (`YYYY-MM-DD`); nothing here
 * depends on the machine's time zone.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** First and last day the atlas covers. */
export const ATLAS_START: IsoDay = '2014-01-01';
export const ATLAS_END: IsoDay = '2026-12-31';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 86_400_000;

/** Parse `YYYY-MM-DD` (or `YYYY-MM`, read as the 1st) into an ISO day; null if not a real date. */
export function parseDay(text: string): IsoDay | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for an ISO day (assumed valid). */
export function dayIndex(day: IsoDay): number {
  return Math.round(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS);
}

/** The ISO day for a day index. */
export function dayFromIndex(index: number): IsoDay {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Add whole days. */
export function addDays(day: IsoDay, n: number): IsoDay {
  return dayFromIndex(dayIndex(day) + n);
}

/** Add whole months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1 + n;
  const d = +day.slice(8, 10);
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Clamp a day into [min, max]. ISO days compare correctly as strings. */
export function clampDay(day: IsoDay, min: IsoDay = ATLAS_START, max: IsoDay = ATLAS_END): IsoDay {
  return day < min ? min : day > max ? max : day;
}

/** "10 June 2014". */
export function formatDayLong(day: IsoDay): string {
  return `${+day.slice(8, 10)} ${MONTHS[+day.slice(5, 7) - 1]} ${day.slice(0, 4)}`;
}

/** "June 2014". */
export function formatMonth(day: IsoDay): string {
  return `${MONTHS[+day.slice(5, 7) - 1]} ${day.slice(0, 4)}`;
}

/** The first day of the day's month. */
export function monthStart(day: IsoDay): IsoDay {
  return `${day.slice(0, 7)}-01`;
}

/** Every first-of-month from `from` to `to` inclusive (both taken to their month starts). */
export function monthsBetween(from: IsoDay, to: IsoDay): IsoDay[] {
  const out: IsoDay[] = [];
  for (let d = monthStart(from); d <= to; d = addMonths(d, 1)) out.push(d);
  return out;
}
