/**
 * How current the atlas's data is (geodata/meta.json): the newest day its reporting covers. The sources
 * were searched to a later day (`checked`), but the atlas vouches for nothing after `data_as_of`: dates
 * after it show the last known state, flagged as stale.
 */
import meta from '../../geodata/meta.json';
import { formatDayLong, type IsoDay } from './dates.ts';
import { en } from './i18n/en.ts';

/** The newest day the atlas's reporting covers (no fact or source in geodata/ is dated after it). */
export const DATA_AS_OF: IsoDay = meta.data_as_of;

/** The day the sources were last searched for newer reporting. */
export const DATA_CHECKED: IsoDay = meta.checked;

/** True when `day` is after {@link DATA_AS_OF}: the atlas can only repeat the last known state. */
export function isStale(day: IsoDay): boolean {
  return day > DATA_AS_OF;
}

/** The sentence shown for a stale date, in English (the banner uses `staleText` of its language). */
export function staleWords(day: IsoDay): string {
  return en.staleText(formatDayLong(day), formatDayLong(DATA_AS_OF), formatDayLong(DATA_CHECKED));
}
