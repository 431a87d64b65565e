/**
 * Times change-to-change stepping in the atlas page for the benchmark: `atlas.stepChange(1)` from
 * 2014-01-01 on, each awaited until the new date is drawn, and `atlas.setDate` to the same days
 * in the same order, so the two can be compared as a ratio.
 */
import type { Page } from 'playwright-core';

/** Milliseconds per change step (n of them, from 2014-01-01), the days reached, and plain date steps to those days. */
export async function timeChangeSteps(
  page: Page,
  n: number,
): Promise<{ change_ms: number[]; days: string[]; same_days_ms: number[] }> {
  return page.evaluate(async (count) => {
    const atlas = window.atlas!;
    await atlas.setDate('2014-01-01');
    const change_ms: number[] = [];
    const days: string[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      const d = await atlas.stepChange(1, 'all');
      if (!d) break;
      change_ms.push(performance.now() - t);
      days.push(d);
    }
    await atlas.setDate('2014-01-01');
    const same_days_ms: number[] = [];
    for (const d of days) {
      const t = performance.now();
      await atlas.setDate(d);
      same_days_ms.push(performance.now() - t);
    }
    return { change_ms, days, same_days_ms };
  }, n);
}
