/**
 * The time bar's compare control: turn compare mode on (the date shown is compared with an earlier
 * one), pick the earlier date, and choose two maps (side by side, or a swipe on narrow screens) or
 * the changes on one map.
 */
import { compareDate, compareLayout } from '../state/compare.ts';
import { date } from '../state/store.ts';
import { addMonths, ATLAS_END, ATLAS_START, clampDay, parseDay } from '../model/dates.ts';
import './compare.css';

/** See the module note. */
export function CompareControl() {
  const a = compareDate.value;
  const b = date.value;
  const toggle = () => {
    compareDate.value = a ? null : clampDay(addMonths(b, -12 * 2));
  };
  return (
    <div class="compare-control" role="group" aria-label="Compare two dates">
      <button type="button" class="compare-toggle" aria-pressed={a !== null} onClick={toggle}>
        {a ? 'Stop comparing' : 'Compare…'}
      </button>
      {a && (
        <>
          <label class="small">
            Compare with{' '}
            <input
              type="date"
              min={ATLAS_START}
              max={ATLAS_END}
              value={a}
              onChange={(e) => {
                const d = parseDay((e.target as HTMLInputElement).value);
                if (d) compareDate.value = clampDay(d);
              }}
            />
          </label>
          <span class="compare-layouts" role="radiogroup" aria-label="Show the two dates as">
            {(
              [
                ['split', 'Two maps'],
                ['change', 'Changes'],
              ] as const
            ).map(([id, label]) => (
              <label key={id} class="small">
                <input
                  type="radio"
                  name="compare-layout"
                  checked={compareLayout.value === id}
                  onChange={() => (compareLayout.value = id)}
                />{' '}
                {label}
              </label>
            ))}
          </span>
          <button
            type="button"
            class="linkish small"
            title="Swap the two dates"
            onClick={() => {
              compareDate.value = b;
              date.value = a;
            }}
          >
            Swap
          </button>
        </>
      )}
    </div>
  );
}
