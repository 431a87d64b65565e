/**
 * State derived from the date and the loaded data, as computed signals that every consumer reads
 * (legend, announcer, time track), so each figure is computed once per date.
 */
import { computed } from '@preact/signals';
import { areaByController, sharesAt, type CountryShares } from '../model/territory.ts';
import type { ControllerId } from '../model/controllers.ts';
import { territory } from './data.ts';
import { date } from './store.ts';

/** Each controller's ground on the current date in km² (held and dominated), or null before the data loads. */
export const areasToday = computed<Record<ControllerId, number> | null>(() => {
  const t = territory.value;
  return t ? areaByController(t, date.value) : null;
});

/** Each controller's share of Syria and of Iraq on the current date, or null before the data loads. */
export const sharesToday = computed<{ SY: CountryShares; IQ: CountryShares } | null>(() => {
  const t = territory.value;
  if (!t) return null;
  return { SY: sharesAt(t, date.value, 'SY'), IQ: sharesAt(t, date.value, 'IQ') };
});
