import { useEffect, useState } from 'preact/hooks';
import { day as inWords, t } from '../state/i18n.ts';
import { date } from '../state/store.ts';
import { loop, pause, play, playing, speed, SPEEDS, stepDate, stepUnit } from '../state/playback.ts';
import { ATLAS_END, ATLAS_START, dayFromIndex, dayIndex, type IsoDay } from '../model/dates.ts';
import { TimeTrack } from './TimeTrack.tsx';
import { SharesChart } from './SharesChart.tsx';
import { sharesCountry } from '../state/shares-data.ts';
import { Checkbox } from './Checkbox.tsx';
import { ChangeStepper, PlayOptions } from './ChangeStepper.tsx';
import { moreOpen } from './time-card.ts';
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
  const m = t.value;
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
    <div class="slider" role="group" aria-label={m.dateGroup}>
      <div class="controls">
        <button
          type="button"
          class="play"
          aria-label={playing.value ? m.pause : m.play}
          onClick={() => (playing.value ? pause() : void play())}
        >
          {playing.value ? '❚❚' : '▶'}
        </button>
        <ChangeStepper />
        <button
          type="button"
          class="more-toggle"
          aria-expanded={moreOpen.value}
          aria-controls="time-more"
          aria-label={m.moreControlsLabel}
          onClick={() => (moreOpen.value = !moreOpen.value)}
        >
          {m.moreControls} <span aria-hidden="true">{moreOpen.value ? '▴' : '▾'}</span>
        </button>
        <div id="time-more" class="more-controls">
          <PlayOptions />
          <label class="small" hidden={playMode.value !== 'steps'}>
            <span class="visually-hidden">{m.playbackSpeed}</span>
            <select
              value={String(speed.value)}
              onChange={(e) => (speed.value = Number((e.target as HTMLSelectElement).value))}
            >
              {SPEEDS.map((s, i) => (
                <option key={s.id} value={String(i)}>
                  {m.speeds[i] ?? s.label}
                </option>
              ))}
            </select>
          </label>
          <Checkbox class="small" checked={loop.value} onToggle={(on) => (loop.value = on)}>
            {m.loop}
          </Checkbox>
          <Checkbox
            class="small"
            title={m.dailyStepsTitle}
            checked={stepUnit.value === 'day'}
            onToggle={(on) => (stepUnit.value = on ? 'day' : 'month')}
          >
            {m.dailySteps}
          </Checkbox>
          <label class="small">
            <span>{m.shares}</span>{' '}
            <select
              aria-label={m.sharesChart}
              title={m.sharesTitle}
              value={sharesCountry.value ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                sharesCountry.value = v === 'SY' || v === 'IQ' ? v : null;
              }}
            >
              <option value="">{m.off}</option>
              <option value="SY">{m.syria}</option>
              <option value="IQ">{m.iraq}</option>
            </select>
          </label>
        </div>
        {reduced && <span class="small muted">{m.reducedMotion}</span>}
      </div>
      <div class="slider-row" dir="ltr">
        <button
          type="button"
          class="icon"
          aria-label={m.previousStep[stepUnit.value]}
          onClick={() => go(stepDate(day, -1, stepUnit.value))}
          disabled={day <= ATLAS_START}
        >
          ‹
        </button>
        <label class="slider-track" dir="ltr">
          <span class="visually-hidden">{m.dateGroup}</span>
          <TimeTrack />
          <span
            class="after-data"
            aria-hidden="true"
            title={m.noDataAfter(inWords(DATA_AS_OF))}
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
            aria-valuetext={isStale(day) ? m.afterTheData(inWords(day)) : inWords(day)}
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
          aria-label={m.nextStep[stepUnit.value]}
          onClick={() => go(stepDate(day, 1, stepUnit.value))}
          disabled={day >= snap(ATLAS_END)}
        >
          ›
        </button>
        <output class={`date-label${isStale(day) ? ' stale' : ''}`}>{inWords(day)}</output>
      </div>
      <SharesChart />
      <p class="track-legend" aria-hidden="true">
        <span class="key isis" /> {m.trackIsis} <span class="key people" /> {m.trackPeople} <span class="key iq" />{' '}
        {m.trackUsIraq} <span class="key sy" /> {m.trackSyria} <span class="key range" /> {m.trackRange}{' '}
        <span class="key cap" /> {m.trackCap} <span class="key combined" /> {m.trackCombined} <span class="key band" />{' '}
        {m.trackPlan} <span class="key ms" /> {m.trackMilestone} <span class="key ev" /> {m.trackEvent}
      </p>
    </div>
  );
}
