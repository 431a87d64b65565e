import { useEffect, useState } from 'preact/hooks';
import { date } from '../state/store.ts';
import { loop, pause, play, playing, speed, SPEEDS, stepDate, stepUnit } from '../state/playback.ts';
import { ATLAS_END, ATLAS_START, dayFromIndex, dayIndex, formatDayLong, type IsoDay } from '../model/dates.ts';
import { TimeTrack } from './TimeTrack.tsx';
import { SharesChart } from './SharesChart.tsx';
import { sharesCountry } from '../state/shares-data.ts';
import { Checkbox } from './Checkbox.tsx';
import { ChangeStepper } from './ChangeStepper.tsx';
import { playMode } from '../state/change-play.ts';
import { DATA_AS_OF, isStale } from '../model/data-as-of.ts';

const START = dayIndex(ATLAS_START);
const END = dayIndex(ATLAS_END);

function snap(day: IsoDay): IsoDay {
  return stepUnit.value === 'month' ? `${day.slice(0, 7)}-01` : day;
}

/**
 * The time instrument: a native range input (ARIA slider semantics, date in words as valuetext),
 * month or day steps, keyboard (←/→ step, PageUp/PageDown a year, Home/End the ends), play/pause
 * with speeds and loop, over an informative track.
 */
export function TimeSlider() {
  const day = date.value;
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!mq) return;
    setReduced(mq.matches);
    if (mq.matches) speed.value = 0;
  }, []);
  const go = (d: IsoDay) => {
    date.value = d;
  };
  const onKey = (e: KeyboardEvent) => {
    const unit = stepUnit.value;
    let next: IsoDay | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = stepDate(day, 1, unit);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = stepDate(day, -1, unit);
    else if (e.key === 'PageUp') next = stepDate(day, 12, 'month');
    else if (e.key === 'PageDown') next = stepDate(day, -12, 'month');
    else if (e.key === 'Home') next = ATLAS_START;
    else if (e.key === 'End') next = snap(ATLAS_END);
    if (next) {
      e.preventDefault();
      go(e.key === 'PageUp' || e.key === 'PageDown' ? (unit === 'day' ? next : snap(next)) : next);
    }
  };
  return (
    <div class="slider" role="group" aria-label="Date">
      <div class="controls">
        <button
          type="button"
          class="play"
          aria-label={playing.value ? 'Pause' : 'Play through time'}
          onClick={() => (playing.value ? pause() : void play())}
        >
          {playing.value ? '❚❚' : '▶'}
        </button>
        <ChangeStepper />
        <label class="small" hidden={playMode.value !== 'steps'}>
          <span class="visually-hidden">Playback speed</span>
          <select
            value={String(speed.value)}
            onChange={(e) => (speed.value = Number((e.target as HTMLSelectElement).value))}
          >
            {SPEEDS.map((s, i) => (
              <option key={s.id} value={String(i)}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <Checkbox class="small" checked={loop.value} onToggle={(on) => (loop.value = on)}>
          Loop
        </Checkbox>
        <Checkbox
          class="small"
          title="Step by day instead of by month"
          checked={stepUnit.value === 'day'}
          onToggle={(on) => (stepUnit.value = on ? 'day' : 'month')}
        >
          Daily steps
        </Checkbox>
        <label class="small">
          <span>Shares</span>{' '}
          <select
            aria-label="Shares chart"
            title="Each force's share of the country: the atlas's and the published figures"
            value={sharesCountry.value ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              sharesCountry.value = v === 'SY' || v === 'IQ' ? v : null;
            }}
          >
            <option value="">off</option>
            <option value="SY">Syria</option>
            <option value="IQ">Iraq</option>
          </select>
        </label>
        {reduced && <span class="small muted">Reduced motion: slow playback</span>}
      </div>
      <div class="slider-row">
        <button
          type="button"
          class="icon"
          aria-label={`Previous ${stepUnit.value}`}
          onClick={() => go(stepDate(day, -1, stepUnit.value))}
          disabled={day <= ATLAS_START}
        >
          ‹
        </button>
        <label class="slider-track">
          <span class="visually-hidden">Date</span>
          <TimeTrack />
          <span
            class="after-data"
            aria-hidden="true"
            title={`No data after ${formatDayLong(DATA_AS_OF)}`}
            style={{
              left: `calc(8px + (100% - 16px) * ${((dayIndex(DATA_AS_OF) + 1 - START) / (END - START)).toFixed(5)})`,
            }}
          />
          <input
            type="range"
            min={0}
            max={END - START}
            step={1}
            value={dayIndex(day) - START}
            aria-valuetext={isStale(day) ? `${formatDayLong(day)}, after the data` : formatDayLong(day)}
            onKeyDown={onKey}
            onInput={(e) => go(snap(dayFromIndex(START + Number((e.target as HTMLInputElement).value))))}
          />
          <span class="ticks" aria-hidden="true">
            {Array.from({ length: 13 }, (_, i) => 2014 + i).map((y) => (
              <span key={y} style={{ left: `${((dayIndex(`${y}-01-01`) - START) / (END - START)) * 100}%` }}>
                {y}
              </span>
            ))}
          </span>
        </label>
        <button
          type="button"
          class="icon"
          aria-label={`Next ${stepUnit.value}`}
          onClick={() => go(stepDate(day, 1, stepUnit.value))}
          disabled={day >= snap(ATLAS_END)}
        >
          ›
        </button>
        <output class={`date-label${isStale(day) ? ' stale' : ''}`}>{formatDayLong(day)}</output>
      </div>
      <SharesChart />
      <p class="track-legend" aria-hidden="true">
        <span class="key isis" /> ISIS-held area <span class="key people" /> people under ISIS <span class="key iq" />{' '}
        US troops, Iraq <span class="key sy" /> Syria <span class="key range" /> range where sources differ{' '}
        <span class="key cap" /> authorised cap <span class="key combined" /> US and coalition together{' '}
        <span class="key band" /> 2024 transition plan <span class="key ms" /> milestone <span class="key ev" /> event
      </p>
    </div>
  );
}
