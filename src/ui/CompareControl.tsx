/**
 * The time bar's compare control: turn compare mode on (the date shown is compared with an earlier
 * one), pick the earlier date, and choose two maps (side by side, or a swipe on narrow screens) or
 * the changes on one map.
 */
import { compareDate, compareLayout } from '../state/compare.ts';
import { date } from '../state/store.ts';
import { addMonths, ATLAS_END, ATLAS_START, clampDay, parseDay } from '../model/dates.ts';
import { t } from '../state/i18n.ts';
import './compare.css';

/** See the module note. */
export function CompareControl() {
  const a = compareDate.value;
  const b = date.value;
  const m = t.value;
  const toggle = () => {
    compareDate.value = a ? null : clampDay(addMonths(b, -12 * 2));
  };
  return (
    <div class={`compare-control${a ? ' active' : ''}`} role="group" aria-label={m.compareGroup}>
      <button type="button" class="compare-toggle" aria-pressed={a !== null} onClick={toggle}>
        {a ? m.compareStop : m.compareStart}
      </button>
      {a && (
        <>
          <label class="small">
            {m.compareWith}{' '}
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
          <span class="compare-layouts" role="radiogroup" aria-label={m.compareShowAs}>
            {(['split', 'change'] as const).map((id) => (
              <label key={id} class="small">
                <input
                  type="radio"
                  name="compare-layout"
                  checked={compareLayout.value === id}
                  onChange={() => (compareLayout.value = id)}
                />{' '}
                {m.compareLayouts[id]}
              </label>
            ))}
          </span>
          <button
            type="button"
            class="linkish small"
            title={m.swapTitle}
            onClick={() => {
              compareDate.value = b;
              date.value = a;
            }}
          >
            {m.swap}
          </button>
        </>
      )}
    </div>
  );
}
