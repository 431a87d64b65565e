/**
 * Labels over the maps in compare mode (which date each map shows, or what the change view draws)
 * and, on narrow screens, the swipe line between the two dates (a native range input: arrow keys move it).
 */
import { compareDate, compareLayout, swipeAt } from '../state/compare.ts';
import { date } from '../state/store.ts';
import { formatDayLong } from '../model/dates.ts';

/** See the module note. */
export function CompareLabels() {
  const a = compareDate.value;
  if (!a) return null;
  const b = date.value;
  if (compareLayout.value === 'change') {
    return (
      <div class="compare-badge change" aria-hidden="true">
        Changes from <strong>{formatDayLong(a)}</strong> to <strong>{formatDayLong(b)}</strong>: hatched and outlined in
        the colour of the force that gained the ground
      </div>
    );
  }
  return (
    <>
      <div class="compare-badge side-a">
        <span class="visually-hidden">Left map: </span>
        {formatDayLong(a)}
      </div>
      <div class="compare-badge side-b">
        <span class="visually-hidden">Right map: </span>
        {formatDayLong(b)}
      </div>
      <div class="swipe-line" style={{ left: `${swipeAt.value * 100}%` }} aria-hidden="true" />
      <input
        class="swipe-handle"
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(swipeAt.value * 100)}
        aria-label={`Swipe between ${formatDayLong(a)} (left) and ${formatDayLong(b)} (right)`}
        aria-valuetext={`${Math.round(swipeAt.value * 100)}% shows ${formatDayLong(a)}`}
        onInput={(e) => (swipeAt.value = Number((e.target as HTMLInputElement).value) / 100)}
      />
    </>
  );
}
