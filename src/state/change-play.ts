/**
 * Playback by speed (one day to one year of the war per second) and playback that moves from change
 * to change: it lingers on each day when some place changed hands and skips the quiet stretches
 * between them. Like the step playback, it never runs ahead of the map (each date is drawn before the
 * next is set) and never queues a backlog.
 */
import { signal } from '@preact/signals';
import { ATLAS_END, ATLAS_START, addDays, clampDay, type IsoDay } from '../model/dates.ts';
import { nextChange } from '../model/change-steps.ts';
import { date } from './store.ts';
import { scopedChangeDays, scopedChangeCounts } from './change-steps.ts';

/** How playback moves: by slider steps (month or day), by a speed in days per second, or change to change. */
export type PlayMode = 'steps' | 'speed' | 'changes';

/** The playback mode. */
export const playMode = signal<PlayMode>('steps');
/** Days of the war per second of playback, in speed mode: 1 … 365. */
export const daysPerSecond = signal(30);
/** Least and most days per second. */
export const SPEED_RANGE = { min: 1, max: 365 } as const;
/** How long change-to-change playback rests on a change day, at least (ms); busier days rest longer. */
export const LINGER_MS = 1200;

/** Slider position (0…1000, logarithmic) for a speed in days per second, and back. */
export function speedToSlider(dps: number): number {
  return Math.round((Math.log(dps / SPEED_RANGE.min) / Math.log(SPEED_RANGE.max / SPEED_RANGE.min)) * 1000);
}
/** Days per second for a slider position (0…1000). */
export function sliderToSpeed(pos: number): number {
  const v = SPEED_RANGE.min * Math.pow(SPEED_RANGE.max / SPEED_RANGE.min, Math.min(1000, Math.max(0, pos)) / 1000);
  return Math.max(SPEED_RANGE.min, Math.min(SPEED_RANGE.max, Math.round(v)));
}
/** A speed in words: "1 day/s", "2 weeks/s", "1 year/s". */
export function speedLabel(dps: number): string {
  if (dps >= 365) return '1 year/s';
  if (dps >= 60) return `${Math.round(dps / 30.4)} months/s`;
  if (dps >= 14 && dps % 7 === 0) return `${dps / 7} weeks/s`;
  return `${dps} day${dps === 1 ? '' : 's'}/s`;
}

/**
 * The next date of a speed- or change-mode playback from `day` after `elapsedMs`, and how long to rest
 * there: in speed mode, `days per second × elapsed` days on (at least one); in change mode, the next
 * change day, resting longer on days when more places changed hands. Null at the end.
 */
export function nextPlayDate(
  mode: Exclude<PlayMode, 'steps'>,
  day: IsoDay,
  elapsedMs: number,
  dps: number,
  changeDays: readonly IsoDay[],
  countOn: (d: IsoDay) => number,
): { day: IsoDay; restMs: number } | null {
  if (day >= ATLAS_END) return null;
  if (mode === 'speed') {
    const n = Math.max(1, Math.round((dps * elapsedMs) / 1000));
    return { day: clampDay(addDays(day, n)), restMs: 0 };
  }
  const to = nextChange(changeDays, day);
  if (!to) return null;
  // Busy days (many places changing hands) rest up to three times as long as a single change.
  const restMs = LINGER_MS * Math.min(3, 1 + Math.log2(Math.max(1, countOn(to))) / 2);
  return { day: to, restMs };
}

/** Run a speed- or change-mode playback while `keepGoing()`; `draw` waits until a date is drawn. */
export async function runPlayback(
  mode: Exclude<PlayMode, 'steps'>,
  keepGoing: () => boolean,
  draw: (d: IsoDay) => Promise<void>,
  loop: () => boolean,
): Promise<void> {
  let last = performance.now();
  while (keepGoing()) {
    // A slow draw moves on by at most a quarter of a second of playback, so the map never jumps far.
    const elapsed = Math.min(Math.max(performance.now() - last, 1000 / 60), 250);
    const step = nextPlayDate(
      mode,
      date.value,
      elapsed,
      daysPerSecond.value,
      scopedChangeDays.value,
      (d) => scopedChangeCounts.value.get(d) ?? 0,
    );
    if (!step) {
      if (!loop()) return;
      date.value = ATLAS_START;
    } else date.value = step.day;
    last = performance.now();
    await draw(date.value);
    const rest = step?.restMs ?? 0;
    if (rest > 0 && keepGoing()) await new Promise((r) => setTimeout(r, rest));
    else if (mode === 'speed') await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}
