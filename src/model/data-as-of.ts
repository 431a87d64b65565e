/**
 * How current the atlas's data is: the latest day up to which the sources were checked
 * (geodata/meta.json). Dates after it show the last known state, flagged as stale.
 */
import meta from '../../geodata/meta.json';
import { formatDayLong, type IsoDay } from './dates.ts';

/** The latest day the sources were checked for every file in geodata/. */
export const DATA_AS_OF: IsoDay = meta.data_as_of;

/** True when `day` is after {@link DATA_AS_OF}: the atlas can only repeat the last known state. */
export function isStale(day: IsoDay): boolean {
  return day > DATA_AS_OF;
}

/** "Data as of 30 November 2026", for captions and panels. */
export function asOfWords(): string {
  return `Data as of ${formatDayLong(DATA_AS_OF)}`;
}

/** The sentence shown for a stale date. */
export function staleWords(day: IsoDay): string {
  return `${formatDayLong(day)} is after the data (checked to ${formatDayLong(DATA_AS_OF)}): the map shows the last known state, not news of that day.`;
}
