/**
 * Change-to-change time: the days on which some place changed hands, anywhere or within the map's
 * current view, and stepping the date to the next or previous of them.
 */
import { computed, signal } from '@preact/signals';
import { changeCounts, changeDays, nextChange, previousChange, type Box } from '../model/change-steps.ts';
import type { IsoDay } from '../model/dates.ts';
import { territory } from './data.ts';
import { date } from './store.ts';

/** Where a change counts: anywhere in Iraq and Syria, or only inside the map's current view. */
export type ChangeScope = 'all' | 'view';

/** Which changes the change buttons, keys and change-to-change playback step through. */
export const changeScope = signal<ChangeScope>('all');
/** The map's visible box [west, south, east, north] (set by the map on every move), or null before the first. */
export const viewBox = signal<Box | null>(null);

/** Every change day anywhere, oldest first. */
export const allChangeDays = computed<IsoDay[]>(() => {
  const t = territory.value;
  return t ? changeDays(t.places) : [];
});

/** The change days of the chosen scope, oldest first. */
export const scopedChangeDays = computed<IsoDay[]>(() => {
  const t = territory.value;
  if (!t) return [];
  // The view is read only in the 'view' scope, so panning does not recompute the 'all' list.
  const box = changeScope.value === 'view' ? viewBox.value : null;
  return box ? changeDays(t.places, box) : allChangeDays.value;
});

/** How many places changed hands on each change day of the chosen scope. */
export const scopedChangeCounts = computed<Map<IsoDay, number>>(() => {
  const t = territory.value;
  if (!t) return new Map();
  const box = changeScope.value === 'view' ? viewBox.value : null;
  return changeCounts(t.places, box ?? undefined);
});

/** The next and previous change days from the current date, in the chosen scope. */
export const neighbourChanges = computed(() => ({
  next: nextChange(scopedChangeDays.value, date.value),
  previous: previousChange(scopedChangeDays.value, date.value),
}));

/** Move the date to the next change (in the chosen scope, or the one given); returns the new date, or null at the last. */
export function stepToChange(direction: 1 | -1, scope: ChangeScope = changeScope.value): IsoDay | null {
  const t = territory.value;
  if (!t) return null;
  const box = scope === 'view' ? viewBox.value : null;
  const days = box ? changeDays(t.places, box) : allChangeDays.value;
  const to = direction > 0 ? nextChange(days, date.value) : previousChange(days, date.value);
  if (to) date.value = to;
  return to;
}
