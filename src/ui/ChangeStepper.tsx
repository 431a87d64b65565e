import { useEffect } from 'preact/hooks';
import { formatDayLong } from '../model/dates.ts';
import {
  changeScope,
  neighbourChanges,
  scopedChangeCounts,
  stepToChange,
  type ChangeScope,
} from '../state/change-steps.ts';
import {
  daysPerSecond,
  playMode,
  sliderToSpeed,
  speedLabel,
  speedToSlider,
  type PlayMode,
} from '../state/change-play.ts';
import { pause, playing } from '../state/playback.ts';

/** True when a key press belongs to a text field (the change keys must not steal typing). */
function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return (
    !!t &&
    (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) &&
    (t as HTMLInputElement).type !== 'range'
  );
}

function changeLabel(direction: 'Previous' | 'Next', day: string | null, count: number): string {
  if (!day) return `${direction} change: none ${direction === 'Next' ? 'after' : 'before'} this date`;
  return `${direction} change: ${formatDayLong(day)} (${count} place${count === 1 ? '' : 's'} changed hands)`;
}

/**
 * Change-to-change time: previous/next change buttons (keys [ and ] anywhere but in a text field), whether
 * a change counts anywhere or only within the map's view, and how ▶ plays — by slider steps, by a speed
 * from one day to one year per second, or from change to change, lingering on each.
 */
export function ChangeStepper() {
  const { next, previous } = neighbourChanges.value;
  const counts = scopedChangeCounts.value;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
      if (e.key === ']' || e.key === '[') {
        e.preventDefault();
        if (playing.value) pause();
        stepToChange(e.key === ']' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const mode = playMode.value;
  return (
    <span class="change-stepper" role="group" aria-label="Step from change to change">
      <button
        type="button"
        class="change-step"
        aria-keyshortcuts="["
        aria-label={changeLabel('Previous', previous, previous ? (counts.get(previous) ?? 0) : 0)}
        title={`${changeLabel('Previous', previous, previous ? (counts.get(previous) ?? 0) : 0)} — key [`}
        disabled={!previous}
        onClick={() => {
          if (playing.value) pause();
          stepToChange(-1);
        }}
      >
        « change
      </button>
      <button
        type="button"
        class="change-step"
        aria-keyshortcuts="]"
        aria-label={changeLabel('Next', next, next ? (counts.get(next) ?? 0) : 0)}
        title={`${changeLabel('Next', next, next ? (counts.get(next) ?? 0) : 0)} — key ]`}
        disabled={!next}
        onClick={() => {
          if (playing.value) pause();
          stepToChange(1);
        }}
      >
        change »
      </button>
      <label class="small">
        <span class="visually-hidden">Changes to step through</span>
        <select
          title="Which changes of control the change buttons, the [ ] keys and change-to-change play step through"
          value={changeScope.value}
          onChange={(e) => (changeScope.value = (e.target as HTMLSelectElement).value as ChangeScope)}
        >
          <option value="all">anywhere</option>
          <option value="view">in view</option>
        </select>
      </label>
      <label class="small">
        <span>Play</span>{' '}
        <select
          aria-label="How play moves through time"
          value={mode}
          onChange={(e) => (playMode.value = (e.target as HTMLSelectElement).value as PlayMode)}
        >
          <option value="steps">by step</option>
          <option value="speed">by speed</option>
          <option value="changes">change to change</option>
        </select>
      </label>
      {mode === 'speed' && (
        <label class="small speed-range">
          <span class="visually-hidden">Playback speed</span>
          <input
            type="range"
            min={0}
            max={1000}
            step={1}
            value={speedToSlider(daysPerSecond.value)}
            aria-valuetext={speedLabel(daysPerSecond.value)}
            onInput={(e) => (daysPerSecond.value = sliderToSpeed(Number((e.target as HTMLInputElement).value)))}
          />
          <output>{speedLabel(daysPerSecond.value)}</output>
        </label>
      )}
    </span>
  );
}
