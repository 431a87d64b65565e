/**
 * Latest-wins date application: at most one date is being drawn; a newer request replaces a queued
 * older one, so a fast scrub never replays a backlog of stale dates. Promises of superseded dates
 * resolve when the newest date is drawn; when a draw fails, the promises it would have served reject
 * with its error (a date is never reported drawn when it was not).
 */
import type { IsoDay } from '../model/dates.ts';

/** Applies a date and resolves once it is drawn. */
export type DrawDate = (day: IsoDay) => Promise<void>;

/** Coalesces date requests; see the module note. */
export class DateApplier {
  private pending: IsoDay | null = null;
  private running = false;
  private current: IsoDay | null = null;
  private waiters: { day: IsoDay; seq: number; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private seq = 0;
  /** Days actually drawn, in order (for tests and the benchmark). */
  readonly drawn: IsoDay[] = [];

  constructor(private readonly draw: DrawDate) {}

  /**
   * Ask for `day` to be drawn; resolves when it (or a newer request) has been drawn. `redraw`
   * forces a fresh draw even when the same day is being drawn (the data behind it changed).
   * Rejects with the draw's error when the draw that would serve it fails.
   */
  request(day: IsoDay, redraw = false): Promise<void> {
    const seq = this.seq++;
    const p = new Promise<void>((resolve, reject) => this.waiters.push({ day, seq, resolve, reject }));
    // The same day asked again while it is being drawn (and nothing newer is queued) needs no
    // second draw: its promise resolves with the draw under way.
    const underway = !redraw && this.running && this.current === day && this.pending === null;
    if (!underway) this.pending = day;
    if (!this.running) void this.loop();
    return p;
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.pending !== null) {
        const day = this.pending;
        this.pending = null;
        this.current = day;
        const startSeq = this.seq;
        let failure: { err: unknown } | null = null;
        try {
          await this.draw(day);
          this.drawn.push(day);
        } catch (err) {
          failure = { err };
        }
        // Nothing queued: everyone is served. Otherwise only the requests for this day made before
        // it began drawing; a redraw asked for meanwhile waits for its own draw.
        const done =
          this.pending === null ? this.waiters : this.waiters.filter((w) => w.day === day && w.seq < startSeq);
        this.waiters = this.waiters.filter((w) => !done.includes(w));
        done.forEach((w) => (failure ? w.reject(failure.err) : w.resolve()));
      }
    } finally {
      this.running = false;
      this.current = null;
    }
  }
}
