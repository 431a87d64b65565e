/**
 * Compare mode's figures for `npm run bench`: first render (navigation → `atlas.ready`) of a compare
 * view against a normal one, and a date step (`await atlas.setDate`) in each compare layout against a
 * normal step over the same days. Loads alternate normal / compare so that load on the machine
 * weighs on both alike. Targets (issue 14): first render ≤ 1.5×, step ≤ 2× (medians). Asserts nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { median, months, r1, r2, stats } from './stats.ts';
import { timeSteps } from './page-timing.ts';

/** A page loaded to `atlas.ready`, with the time it took. */
export interface LoadedPage {
  page: Page;
  readyMs: number;
}

/** The compare views measured. */
export const COMPARE_QUERY = '?date=2017-12-31&compare=2015-06-01';

/** Run the compare figures; `load` opens a URL in a fresh context and times `atlas.ready`. */
export async function benchCompare(
  browser: Browser,
  baseUrl: string,
  load: (browser: Browser, url: string) => Promise<LoadedPage>,
  log: (msg: string) => void,
  loads = 3,
  steps = 36,
) {
  const normalReady: number[] = [];
  const splitReady: number[] = [];
  const changeReady: number[] = [];
  for (let i = 0; i < loads; i++) {
    for (const [list, q] of [
      [normalReady, '?date=2017-12-31'],
      [splitReady, COMPARE_QUERY],
      [changeReady, `${COMPARE_QUERY}&cmp=change`],
    ] as const) {
      const l = await load(browser, baseUrl + q);
      list.push(l.readyMs);
      log(`compare: load ${q} ${r1(l.readyMs)} ms`);
      await l.page.context().close();
    }
  }
  // The same days for every mode: every fourth month from 2014 (steps of B; A stays 2015-06-01).
  const all = months();
  const days = Array.from({ length: steps }, (_, i) => all[Math.floor((i * all.length) / steps)]);
  const timed = async (q: string) => {
    const l = await load(browser, baseUrl + q);
    await timeSteps(l.page, days.slice(0, 4)); // warm-up
    const t = await timeSteps(l.page, days);
    await l.page.context().close();
    return t.ms;
  };
  log(`compare: ${steps} steps each, normal / split / change`);
  const normal = await timed('?date=2014-01-01');
  const split = await timed('?date=2014-01-01&compare=2015-06-01');
  const change = await timed('?date=2014-01-01&compare=2015-06-01&cmp=change');
  const nr = median(normalReady);
  const ns = median(normal);
  return {
    how: 'loads alternate normal / compare split / compare change (1280×800, fresh context each); steps: await atlas.setDate over the same days in a fresh page of each mode, after 4 warm-up steps',
    ready_ms: {
      normal: { median: r1(nr), runs: normalReady.map(r1) },
      compare_split: { median: r1(median(splitReady)), runs: splitReady.map(r1) },
      compare_change: { median: r1(median(changeReady)), runs: changeReady.map(r1) },
    },
    step_ms: { normal: stats(normal), compare_split: stats(split), compare_change: stats(change) },
    ratio: {
      first_render_split: r2(median(splitReady) / nr),
      first_render_change: r2(median(changeReady) / nr),
      step_split: r2(median(split) / ns),
      step_change: r2(median(change) / ns),
      targets: { first_render_max: 1.5, step_max: 2 },
    },
  };
}
