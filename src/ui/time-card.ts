/**
 * The time card's fold on narrow screens: the less-used controls (play mode and speed, which changes
 * to step through, loop, daily steps, shares, compare) sit behind one "More" button so the card stays
 * small on a phone. On wide screens the fold is not drawn and every control shows.
 */
import { signal } from '@preact/signals';

/** True while the time card's "More" controls are unfolded (narrow screens only). */
export const moreOpen = signal(false);

/** The `class` of the time card's footer: `timebar`, plus `more-open` while unfolded. */
export function timebarClass(): string {
  return moreOpen.value ? 'timebar more-open' : 'timebar';
}
