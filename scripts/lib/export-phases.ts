/**
 * Reads the exporter's User Timing measures (`export:*`, see src/export/phase-timing.ts) from a
 * page: the total milliseconds and count of each phase since the measures were last cleared.
 */
import type { Page } from 'playwright-core';
import { r1 } from './stats.ts';

/** Milliseconds and number of measures per export phase. */
export type PhaseTimes = Record<string, { ms: number; count: number }>;

/** Forget the measures recorded so far (call before the export to time). */
export async function clearExportPhases(page: Page): Promise<void> {
  await page.evaluate(() => performance.clearMeasures());
}

/** The export phases measured since {@link clearExportPhases}, rounded to 0.1 ms. */
export async function readExportPhases(page: Page): Promise<PhaseTimes> {
  const phases = await page.evaluate(() => {
    const out: Record<string, { ms: number; count: number }> = {};
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('export:')) continue;
      const k = m.name.slice('export:'.length);
      out[k] ??= { ms: 0, count: 0 };
      out[k].ms += m.duration;
      out[k].count++;
    }
    return out;
  });
  return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, { ms: r1(v.ms), count: v.count }]));
}
