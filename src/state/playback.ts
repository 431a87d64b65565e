/**
 * Playback of the date: steps forward at a chosen speed, never ahead of what the map has drawn
 * (each step waits for the previous date to be drawn) and never queuing a backlog.
 */
import { signal } from '@preact/signals';
import { ATLAS_END, ATLAS_START, addDays, addMonths, clampDay, type IsoDay } from '../model/dates.ts';
import { date } from './store.ts';
import { playMode, runPlayback } from './change-play.ts';

/** Step sizes of the slider and of playback. */
export type StepUnit = 'month' | 'day';

/** Playback speeds: steps per second. */
export const SPEEDS = [
  { id: 'slow', label: '1 step/s', perSecond: 1 },
  { id: 'normal', label: '3 steps/s', perSecond: 3 },
  { id: 'fast', label: '8 steps/s', perSecond: 8 },
] as const;

/** Whether playback is running. */
export const playing = signal(false);
/** Index into {@link SPEEDS}. */
export const speed = signal(1);
/** Restart from the beginning at the end. */
export const loop = signal(false);
/** Slider and playback step. */
export const stepUnit = signal<StepUnit>('month');

let waitDrawn: (d: IsoDay) => Promise<void> = async () => {};
/** Tell playback how to wait until a date is drawn (the map adapter's setDate). */
export function setDrawWaiter(fn: (d: IsoDay) => Promise<void>): void {
  waitDrawn = fn;
}

/** The date one step (of `unit`, `n` times) from `day`, clamped to the atlas's range. */
export function stepDate(day: IsoDay, n: number, unit: StepUnit): IsoDay {
  if (unit === 'day') return clampDay(addDays(day, n));
  return clampDay(addMonths(`${day.slice(0, 7)}-01`, n));
}

let run = 0;
/** Start playing from the current date (from the start if at the end). */
export async function play(): Promise<void> {
  if (playing.value) return;
  const me = ++run;
  playing.value = true;
  if (date.value >= lastStep()) date.value = ATLAS_START;
  try {
    const mode = playMode.value;
    if (mode !== 'steps') {
      // By speed, or change to change (src/state/change-play.ts); a date that cannot be drawn stops it.
      await runPlayback(
        mode,
        () => playing.value && run === me,
        waitDrawn,
        () => loop.value,
      ).catch(() => undefined);
      return;
    }
    while (playing.value && run === me) {
      const t0 = performance.now();
      const next = stepDate(date.value, 1, stepUnit.value);
      if (next === date.value) {
        if (!loop.value) break;
        date.value = ATLAS_START;
      } else date.value = next;
      try {
        await waitDrawn(date.value);
      } catch {
        break; // The map cannot draw (its graphics context is gone); the page says so.
      }
      const wait = 1000 / SPEEDS[speed.value].perSecond - (performance.now() - t0);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    if (run === me) playing.value = false;
  }
}

/** Stop playing. */
export function pause(): void {
  playing.value = false;
  run++;
}

function lastStep(): IsoDay {
  return stepUnit.value === 'day' ? ATLAS_END : `${ATLAS_END.slice(0, 7)}-01`;
}
