import { date } from '../state/store.ts';
import { ATLAS_END, ATLAS_START, addMonths, clampDay, formatDayLong, monthsBetween } from '../model/dates.ts';

const MONTHS = monthsBetween(ATLAS_START, ATLAS_END);

/** Index of the month containing `day` on the slider. */
function monthIndex(day: string): number {
  const i = MONTHS.indexOf(`${day.slice(0, 7)}-01`);
  return i < 0 ? 0 : i;
}

/** Monthly time slider over 2014-01 … 2026-12 with the current date in words. */
export function TimeSlider() {
  const day = date.value;
  const step = (n: number) => {
    date.value = clampDay(addMonths(`${day.slice(0, 7)}-01`, n));
  };
  return (
    <div class="slider" role="group" aria-label="Date">
      <button
        type="button"
        class="icon"
        aria-label="Previous month"
        onClick={() => step(-1)}
        disabled={day <= ATLAS_START}
      >
        ‹
      </button>
      <label class="slider-track">
        <span class="visually-hidden">Date</span>
        <input
          type="range"
          min={0}
          max={MONTHS.length - 1}
          step={1}
          value={monthIndex(day)}
          aria-valuetext={formatDayLong(day)}
          onInput={(e) => {
            date.value = MONTHS[Number((e.target as HTMLInputElement).value)];
          }}
        />
        <span class="ticks" aria-hidden="true">
          {MONTHS.filter((m) => m.endsWith('-01-01')).map((m) => (
            <span style={{ left: `${(monthIndex(m) / (MONTHS.length - 1)) * 100}%` }}>{m.slice(0, 4)}</span>
          ))}
        </span>
      </label>
      <button
        type="button"
        class="icon"
        aria-label="Next month"
        onClick={() => step(1)}
        disabled={day >= ATLAS_END.slice(0, 8) + '01'}
      >
        ›
      </button>
      <output class="date-label" aria-live="polite">
        {formatDayLong(day)}
      </output>
    </div>
  );
}
