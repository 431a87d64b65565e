/**
 * Timing helpers run inside the atlas page by the benchmark scripts: date steps, repaints, and a
 * monitor of how long the main thread was unavailable (the page's longest block).
 */
import type { Page } from 'playwright-core';

/**
 * tsx compiles with keepNames, which wraps functions in `__name(…)`; functions sent to the page
 * need that helper there too. Add with `page.addInitScript(NAME_SHIM)`.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** Time `atlas.setDate` for each day in the page; also counts rendered frames per step. */
export async function timeSteps(page: Page, days: string[]): Promise<{ ms: number[]; frames: number[] }> {
  return page.evaluate(async (ds) => {
    const atlas = window.atlas!;
    const ms: number[] = [];
    const frames: number[] = [];
    let f = 0;
    const onRender = () => void f++;
    atlas.map.on('render', onRender);
    for (const d of ds) {
      f = 0;
      const t = performance.now();
      await atlas.setDate(d);
      ms.push(performance.now() - t);
      frames.push(f);
    }
    atlas.map.off('render', onRender);
    return { ms, frames };
  }, days);
}

/**
 * Each day's step followed by one plain repaint of the same view, alternating, so a change in the
 * machine's load falls on both series alike (the ratio of the two is what the bench reports).
 */
export async function timeStepsPaired(page: Page, days: string[]): Promise<{ step: number[]; repaint: number[] }> {
  return page.evaluate(async (ds) => {
    const atlas = window.atlas!;
    const map = atlas.map;
    const step: number[] = [];
    const repaint: number[] = [];
    for (const d of ds) {
      let t = performance.now();
      await atlas.setDate(d);
      step.push(performance.now() - t);
      t = performance.now();
      await new Promise<void>((res) => {
        map.once('idle', () => res());
        map.triggerRepaint();
      });
      repaint.push(performance.now() - t);
    }
    return { step, repaint };
  }, days);
}

/** Plain repaints of the same view: triggerRepaint → 'idle'. */
export async function timeRepaints(page: Page, n: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const map = window.atlas!.map;
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      await new Promise<void>((res) => {
        map.once('idle', () => res());
        map.triggerRepaint();
      });
      out.push(performance.now() - t);
    }
    return out;
  }, n);
}

/** Pans by `dx` CSS pixels and back, `n` times, each waiting for 'idle'. */
export async function timePans(page: Page, n: number, dx = 200): Promise<number[]> {
  return page.evaluate(
    async ([count, step]) => {
      const map = window.atlas!.map;
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const t = performance.now();
        await new Promise<void>((res) => {
          map.once('idle', () => res());
          map.panBy([i % 2 ? -step : step, 0], { animate: false });
        });
        out.push(performance.now() - t);
      }
      return out;
    },
    [n, dx] as const,
  );
}

/**
 * Start watching the main thread: a timer that should fire every few milliseconds records every
 * gap longer than 50 ms (the page could not run anything meanwhile), and the Long Tasks API
 * records tasks over 50 ms. Read with {@link readBlocks}.
 */
export async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __blocks: { gaps: number[]; tasks: number[] } };
    w.__blocks = { gaps: [], tasks: [] };
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - last > 50) w.__blocks.gaps.push(now - last);
      last = now;
      setTimeout(tick, 4);
    };
    setTimeout(tick, 4);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__blocks.tasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    } catch {
      // No Long Tasks API: the timer alone measures.
    }
  });
}

/** The longest gap and longest task since the last read (ms), and reset. */
export async function readBlocks(page: Page): Promise<{ longest_block_ms: number; longest_task_ms: number }> {
  // Let the timer fire once more so a block that just ended is counted.
  await page.waitForTimeout(30);
  return page.evaluate(() => {
    const w = window as unknown as { __blocks: { gaps: number[]; tasks: number[] } };
    const out = {
      longest_block_ms: Math.round(Math.max(0, ...w.__blocks.gaps)),
      longest_task_ms: Math.round(Math.max(0, ...w.__blocks.tasks)),
    };
    w.__blocks.gaps = [];
    w.__blocks.tasks = [];
    return out;
  });
}
