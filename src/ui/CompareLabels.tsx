/**
 * Labels over the maps in compare mode (which date each map shows, or what the change view draws)
 * and, on narrow screens, the swipe line between the two dates (a native range input: arrow keys move it).
 */
import { compareDate, compareLayout, swipeAt } from '../state/compare.ts';
import { date } from '../state/store.ts';
import { day as inWords, percent, t } from '../state/i18n.ts';

/** See the module note. */
export function CompareLabels() {
  const a = compareDate.value;
  if (!a) return null;
  const m = t.value;
  const [dayA, dayB] = [inWords(a), inWords(date.value)];
  if (compareLayout.value === 'change') {
    return (
      <div class="compare-badge change" aria-hidden="true">
        {m.compareChangeBadge(dayA, dayB)}
      </div>
    );
  }
  const share = Math.round(swipeAt.value * 100);
  return (
    <>
      <div class="compare-badge side-a">
        <span class="visually-hidden">{m.leftMap}</span>
        {dayA}
      </div>
      <div class="compare-badge side-b">
        <span class="visually-hidden">{m.rightMap}</span>
        {dayB}
      </div>
      <div class="swipe-line" style={{ left: `${swipeAt.value * 100}%` }} aria-hidden="true" />
      <input
        class="swipe-handle"
        type="range"
        dir="ltr"
        min={0}
        max={100}
        step={1}
        value={share}
        aria-label={m.swipeLabel(dayA, dayB)}
        aria-valuetext={m.swipeValue(percent(share), dayA)}
        onInput={(e) => (swipeAt.value = Number((e.target as HTMLInputElement).value) / 100)}
      />
    </>
  );
}
