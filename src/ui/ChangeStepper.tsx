import { useEffect } from 'preact/hooks';
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
import { day as inWords, num, t as strings } from '../state/i18n.ts';

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
  const next = direction === 'Next';
  if (!day) return strings.value.changeNone(next);
  return strings.value.changeAt(next, inWords(day), num(count), count === 1);
}

/**
 * Change-to-change time: previous/next change buttons (keys [ and ] anywhere but in a text field);
 * which changes count and how ▶ plays are {@link PlayOptions}.
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
  return (
    <span class="change-stepper" role="group" aria-label={strings.value.changeStepGroup}>
      <button
        type="button"
        class="change-step"
        aria-keyshortcuts="["
        aria-label={changeLabel('Previous', previous, previous ? (counts.get(previous) ?? 0) : 0)}
        title={strings.value.withKey(
          changeLabel('Previous', previous, previous ? (counts.get(previous) ?? 0) : 0),
          '[',
        )}
        disabled={!previous}
        onClick={() => {
          if (playing.value) pause();
          stepToChange(-1);
        }}
      >
        {strings.value.changeBack}
      </button>
      <button
        type="button"
        class="change-step"
        aria-keyshortcuts="]"
        aria-label={changeLabel('Next', next, next ? (counts.get(next) ?? 0) : 0)}
        title={strings.value.withKey(changeLabel('Next', next, next ? (counts.get(next) ?? 0) : 0), ']')}
        disabled={!next}
        onClick={() => {
          if (playing.value) pause();
          stepToChange(1);
        }}
      >
        {strings.value.changeOn}
      </button>
    </span>
  );
}

/**
 * How change-to-change time moves: whether a change counts anywhere or only within the map's view,
 * and how ▶ plays (by slider steps, by a speed, or from change to change) with the speed when by speed.
 * On a phone these fold behind the time card's "More" button.
 */
export function PlayOptions() {
  const mode = playMode.value;
  return (
    <span class="play-options">
      <label class="small">
        <span class="visually-hidden">{strings.value.changesToStep}</span>
        <select
          title={strings.value.changeScopeTitle}
          value={changeScope.value}
          onChange={(e) => (changeScope.value = (e.target as HTMLSelectElement).value as ChangeScope)}
        >
          <option value="all">{strings.value.changeScopes.all}</option>
          <option value="view">{strings.value.changeScopes.view}</option>
        </select>
      </label>
      <label class="small">
        <span>{strings.value.playLabel}</span>{' '}
        <select
          aria-label={strings.value.playHow}
          value={mode}
          onChange={(e) => (playMode.value = (e.target as HTMLSelectElement).value as PlayMode)}
        >
          <option value="steps">{strings.value.playModes.steps}</option>
          <option value="speed">{strings.value.playModes.speed}</option>
          <option value="changes">{strings.value.playModes.changes}</option>
        </select>
      </label>
      {mode === 'speed' && (
        <label class="small speed-range">
          <span class="visually-hidden">{strings.value.playbackSpeed}</span>
          <input
            type="range"
            min={0}
            max={1000}
            step={1}
            value={speedToSlider(daysPerSecond.value)}
            aria-valuetext={speedLabel(daysPerSecond.value, strings.value.speed, num)}
            onInput={(e) => (daysPerSecond.value = sliderToSpeed(Number((e.target as HTMLInputElement).value)))}
          />
          <output>{speedLabel(daysPerSecond.value, strings.value.speed, num)}</output>
        </label>
      )}
    </span>
  );
}
