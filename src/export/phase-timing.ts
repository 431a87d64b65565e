/**
 * Export phases as User Timing measures (`export:open`, `export:render`, `export:gpu-wait`,
 * `export:readback`, `export:furniture`, `export:encode`, and `export:warm` for maps drawn ahead by the
 * export dialog), so a profile or `npm run bench` can say where
 * an export's time goes. Costs one `performance.measure` per phase and tile.
 */

/** Prefix of every export measure's name. */
export const PHASE_PREFIX = 'export:';

/** Run `fn` and record its duration as the measure `export:<phase>`. */
export async function timed<T>(phase: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    performance.measure(PHASE_PREFIX + phase, { start, end: performance.now() });
  }
}
