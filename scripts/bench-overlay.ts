/**
 * Overlay benchmark (not a test): how much a user overlay at the documented limits slows the atlas.
 * For each kind of overlay (points, lines, areas) a fresh page at the default view (1280×800)
 * times date steps, plain repaints and pans without it, adds it through `atlas.addOverlay`, times
 * the same again, then reloads (the overlay comes back from IndexedDB) and times the steps once
 * more, and finally alternates blocks of steps with the overlay shown and hidden (robust to the
 * machine's load changing during the run). Prints JSON: medians and the ratio of each to the figure
 * without the overlay (target for steps: ≤ 1.5), and the longest main-thread block while the
 * overlay was added.
 *
 *   npm run build && npx tsx scripts/bench-overlay.ts [--kinds points,lines,areas] [--steps 40]
 */
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { NAME_SHIM, readBlocks, timePans, timeRepaints, timeSteps, watchMainThread } from './lib/page-timing.ts';
import { median, months, r1, r2, rng, shuffled } from './lib/stats.ts';
import { MAX_FEATURES, MAX_VERTICES } from '../src/model/user-data-limits.ts';

const { values } = parseArgs({
  options: { kinds: { type: 'string', default: 'points,lines,areas' }, steps: { type: 'string', default: '40' } },
});
const STEPS = Number(values.steps);
const log = (msg: string): void => void process.stderr.write(`[bench-overlay] ${msg}\n`);

/** A GeoJSON overlay of `kind` just inside the limits, spread over Iraq and Syria (seeded). */
function limitOverlay(kind: 'points' | 'lines' | 'areas'): string {
  const rand = rng(99);
  const at = (): [number, number] => [+(36 + rand() * 12).toFixed(5), +(30 + rand() * 7).toFixed(5)];
  const props = (i: number) => ({ name: `Site ${i}` });
  const features: object[] = [];
  if (kind === 'points') {
    const n = MAX_FEATURES - 1000;
    for (let i = 0; i < n; i++)
      features.push({ type: 'Feature', properties: props(i), geometry: { type: 'Point', coordinates: at() } });
  } else if (kind === 'lines') {
    const per = 200;
    for (let i = 0; i < (MAX_VERTICES - 1000) / per; i++) {
      let [x, y] = at();
      const coordinates = Array.from({ length: per }, () => [
        +(x += (rand() - 0.5) * 0.05).toFixed(5),
        +(y += (rand() - 0.5) * 0.05).toFixed(5),
      ]);
      features.push({ type: 'Feature', properties: props(i), geometry: { type: 'LineString', coordinates } });
    }
  } else {
    for (let i = 0; i < (MAX_VERTICES - 1000) / 5; i++) {
      const [x, y] = at();
      const d = 0.01 + rand() * 0.05;
      const ring = [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y + d],
        [x, y],
      ];
      features.push({ type: 'Feature', properties: props(i), geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function open(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.addInitScript(NAME_SHIM);
  page.setDefaultTimeout(600_000);
  await page.goto(url);
  await page.waitForFunction(() => window.atlas !== undefined);
  await page.evaluate(() => window.atlas!.ready);
  return page;
}

/** Median step, repaint and pan (ms) of the page as it is. */
async function measure(page: Page, days: string[]) {
  await timeRepaints(page, 3); // settle
  const steps = await timeSteps(page, days);
  const repaints = await timeRepaints(page, 15);
  const pans = await timePans(page, 10);
  return { step: median(steps.ms), repaint: median(repaints), pan: median(pans) };
}

/** Show or hide the overlay's map layers (drawing cost only; nothing is stored). */
async function showOverlay(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((v) => {
    const map = window.atlas!.map;
    for (const l of map.getStyle().layers)
      if (l.id.startsWith('overlay-')) map.setLayoutProperty(l.id, 'visibility', v ? 'visible' : 'none');
  }, visible);
  await timeRepaints(page, 2);
}

/**
 * Steps with the overlay shown and hidden, alternating in short blocks, so that a change in the
 * machine's load during the run weighs on both alike.
 */
async function interleaved(page: Page, days: string[], block = 5) {
  const shown: number[] = [];
  const hidden: number[] = [];
  for (let i = 0; i < days.length; i += block) {
    const part = days.slice(i, i + block);
    const visible = (i / block) % 2 === 0;
    await showOverlay(page, visible);
    (visible ? shown : hidden).push(...(await timeSteps(page, part)).ms);
  }
  await showOverlay(page, true);
  return {
    shown_median_ms: r1(median(shown)),
    hidden_median_ms: r1(median(hidden)),
    ratio: r2(median(shown) / median(hidden)),
  };
}

const server = await servePreview();
const browser = await launchChromium();
try {
  const days = shuffled(months(), 7).slice(0, STEPS);
  const out: Record<string, unknown> = {
    machine: `${process.platform} ${process.arch}, headless Chromium ${browser.version()}, SwiftShader`,
    view: '1280×800, default centre and zoom; steps: seeded random months',
    steps: STEPS,
  };
  for (const kind of values.kinds!.split(',') as ('points' | 'lines' | 'areas')[]) {
    const text = limitOverlay(kind);
    log(`${kind}: ${(text.length / 1e6).toFixed(1)} MB`);
    const page = await open(browser, `${server.url}?date=2015-06-01`);
    const without = await measure(page, days);
    await watchMainThread(page);
    await readBlocks(page);
    const t = performance.now();
    const added = await page.evaluate((s) => window.atlas!.addOverlay(`limit-${s.length}.geojson`, s), text);
    if (!added.ok) throw new Error(`the overlay was refused: ${added.message}`);
    await timeRepaints(page, 1);
    const addMs = performance.now() - t;
    const addBlocks = await readBlocks(page);
    const withIt = await measure(page, days);
    log(`${kind}: reload`);
    await page.waitForFunction(() => !document.querySelector('.overlay-panel')?.textContent?.includes('unsaved'));
    const t2 = performance.now();
    await page.reload();
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas!.ready);
    await page.waitForFunction(() => window.atlas!.map.getStyle().layers.some((l) => l.id.startsWith('overlay-')));
    await timeRepaints(page, 1);
    const reloadMs = performance.now() - t2;
    const afterReload = await measure(page, days);
    const alternating = await interleaved(page, [...days, ...days]);
    const ratio = (m: { step: number; repaint: number; pan: number }) => ({
      step: r2(m.step / without.step),
      repaint: r2(m.repaint / without.repaint),
      pan: r2(m.pan / without.pan),
    });
    const ms = (m: { step: number; repaint: number; pan: number }) => ({
      step: r1(m.step),
      repaint: r1(m.repaint),
      pan: r1(m.pan),
    });
    out[kind] = {
      bytes: text.length,
      features: added.message,
      without_ms: ms(without),
      with_ms: ms(withIt),
      ratio: ratio(withIt),
      after_reload_ms: ms(afterReload),
      after_reload_ratio: ratio(afterReload),
      step_shown_vs_hidden_alternating: alternating,
      add_ms: Math.round(addMs),
      add_longest_block_ms: addBlocks.longest_block_ms,
      reload_until_drawn_ms: Math.round(reloadMs),
      target_step_ratio_max: 1.5,
    };
    await page.context().close();
  }
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
  await server.close();
}
