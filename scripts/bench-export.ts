/**
 * Export benchmark (not a test): in headless Chromium, times PNG exports of 1920×1080, 3840×2160
 * and the largest size offered (twice, in the same page), then a monthly 2014–2019 GIF at 960×540,
 * and prints the figures as JSON.
 *
 * For each export it reports the wall time, the longest stretch the page's main thread could not
 * run anything (a timer due every 4 ms, gaps over 50 ms recorded) and the longest task the Long
 * Tasks API saw, and whether the on-screen map's WebGL context survived.
 *
 * With `--repeat`, it instead times a series of 3840×2160 PNG exports in one page — the same view
 * three times, then two other dates — and prints each export's total and per-phase times (the
 * exporter's `export:*` measures; `page_ms` is the time in the page from the call to the file, `ms`
 * adds copying the file's bytes out of the browser to this process), for `--runs` fresh pages, with the median per position, so the
 * first export of a page can be set against the later ones on a loaded machine.
 *
 *   npx tsx scripts/bench-export.ts [--out DIR]   (DIR keeps the files; run `npm run build` first)
 *   npx tsx scripts/bench-export.ts --repeat [--runs 3] [--out DIR]
 *   npx tsx scripts/bench-export.ts --dialog [--runs 3] [--press-at open|drawn]   (through the dialog, which
 *     opens the maps ahead and draws them once; Export is pressed once they are drawn, or as soon as they are open)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { readBlocks, watchMainThread } from './lib/page-timing.ts';
import { openAtlas, pageExportAnimation, pageExportImage, pageExportImageTimed } from './snapshot.ts';
import { MAX_EXPORT_SIDE } from '../src/export/size.ts';
import { clearExportPhases, readExportPhases, type PhaseTimes } from './lib/export-phases.ts';
import { median, r1 } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    repeat: { type: 'boolean' },
    dialog: { type: 'boolean' },
    runs: { type: 'string', default: '3' },
    'press-at': { type: 'string', default: 'drawn' },
  },
});
const log = (msg: string): void => void process.stderr.write(`[bench-export] ${msg}\n`);
const server = await servePreview();
const browser = await launchChromium();
const keep = (name: string, bytes: Buffer) => {
  if (!values.out) return;
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, name), bytes);
};
/** The series of `--repeat`: the date of each export, in order. */
const SERIES = ['2015-06-01', '2015-06-01', '2015-06-01', '2017-07-10', '2019-03-01'];

/** One timed export of the series. */
interface SeriesExport {
  day: string;
  /** From the call to the file's bytes in this process (includes copying them out of the browser). */
  ms: number;
  /** From the call to the file in the page: what a reader waits for. */
  page_ms: number;
  phases: PhaseTimes;
  /** Page time outside the exporter's phases. */
  other_ms: number;
  off_screen_maps_after: number;
}

/** `--repeat`: the series in `runs` fresh pages, each export's figures and the medians per position. */
async function repeatedExports(runs: number): Promise<void> {
  const all: SeriesExport[][] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openAtlas(browser, `${server.url}?date=${SERIES[0]}`, { width: 1280, height: 720 });
    const series: SeriesExport[] = [];
    for (const [i, day] of SERIES.entries()) {
      await page.evaluate((d) => window.atlas!.setDate(d), day);
      await clearExportPhases(page);
      const t = performance.now();
      const { bytes: png, ms: pageMs } = await pageExportImageTimed(page, { width: 3840, height: 2160 });
      const ms = r1(performance.now() - t);
      const phases = await readExportPhases(page);
      const accounted = Object.values(phases).reduce((a, v) => a + v.ms, 0);
      const maps = await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length - 1);
      const page_ms = r1(pageMs);
      series.push({ day, ms, page_ms, phases, other_ms: r1(pageMs - accounted), off_screen_maps_after: maps });
      log(
        `run ${run + 1}/${runs}, export ${i + 1}/${SERIES.length} (${day}): ${page_ms} ms in the page, ${ms} ms to the bytes here`,
      );
      keep(`repeat-run${run + 1}-${i + 1}-${day}.png`, png);
    }
    all.push(series);
    await page.close();
  }
  const phaseNames = [...new Set(all.flat().flatMap((e) => Object.keys(e.phases)))];
  const medianOf = (xs: SeriesExport[]) => ({
    ms: r1(median(xs.map((e) => e.ms))),
    page_ms: r1(median(xs.map((e) => e.page_ms))),
    ...Object.fromEntries(phaseNames.map((k) => [k, r1(median(xs.map((e) => e.phases[k]?.ms ?? 0)))])),
    other: r1(median(xs.map((e) => e.other_ms))),
  });
  const result = {
    machine: `${process.platform} ${process.arch}, headless Chromium ${browser.version()}, SwiftShader`,
    view: '1280×720 window, default centre and zoom; 3840×2160 PNG exports',
    series: SERIES,
    median_ms_by_position: SERIES.map((day, i) => ({ position: i + 1, day, ...medianOf(all.map((s) => s[i])) })),
    first_export_median_ms: medianOf(all.map((s) => s[0])),
    later_exports_median_ms: medianOf(all.flatMap((s) => s.slice(1))),
    runs: all,
  };
  console.log(JSON.stringify(result, null, 2));
}

/**
 * `--dialog`: the export as a reader makes it, in `runs` fresh pages: open the dialog, choose 4K, wait
 * until the maps it opens ahead are there (timed: `ahead_ms`), then press Export and time the click to
 * the download (`export_ms`), with the exporter's phases of that export.
 */
async function dialogExports(runs: number): Promise<void> {
  const rows: { ahead_ms: number; drawn_ms: number; export_ms: number; phases: PhaseTimes }[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openAtlas(browser, `${server.url}?date=${SERIES[0]}`, { width: 1280, height: 720 });
    const offScreen = () => document.querySelectorAll('.maplibregl-map[aria-hidden="true"]').length;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.waitFor();
    const opened = performance.now();
    await page.getByLabel('Size').selectOption('uhd');
    await page.waitForFunction(offScreen, undefined, { timeout: 120_000, polling: 50 });
    await page.waitForFunction(() => performance.getEntriesByName('export:open').length > 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    const ahead = r1(performance.now() - opened);
    // The maps are then drawn once at their size (export:warm), unless Export is pressed first.
    if (values['press-at'] === 'drawn')
      await page.waitForFunction(() => performance.getEntriesByName('export:warm').length > 0, undefined, {
        timeout: 120_000,
        polling: 50,
      });
    const drawn = r1(performance.now() - opened);
    await clearExportPhases(page);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const t = performance.now();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    await file.path();
    const ms = r1(performance.now() - t);
    rows.push({ ahead_ms: ahead, drawn_ms: drawn, export_ms: ms, phases: await readExportPhases(page) });
    log(`run ${run + 1}/${runs}: maps open ${ahead} ms and drawn ${drawn} ms after the dialog opened; export ${ms} ms`);
    await page.close();
  }
  const result = {
    machine: `${process.platform} ${process.arch}, headless Chromium ${browser.version()}, SwiftShader`,
    view: `1280×720 window, default centre and zoom; the dialog, 3840×2160 PNG, Export pressed once its maps are ${values['press-at'] === 'drawn' ? 'open and drawn once' : 'open'}`,
    ahead_ms_median: r1(median(rows.map((r) => r.ahead_ms))),
    drawn_ms_median: r1(median(rows.map((r) => r.drawn_ms))),
    export_ms_median: r1(median(rows.map((r) => r.export_ms))),
    runs: rows,
  };
  console.log(JSON.stringify(result, null, 2));
}

/** The default benchmark: PNGs of several sizes, then a GIF. */
async function sizesAndGif(): Promise<void> {
  const page = await openAtlas(browser, `${server.url}?date=2015-06-01`, { width: 1280, height: 720 });
  const mainMapLost = () => page.evaluate(() => window.atlas!.map.getCanvas().getContext('webgl2')!.isContextLost());
  await watchMainThread(page);
  const result: Record<string, unknown> = {
    machine: `${process.platform} ${process.arch}, headless Chromium ${browser.version()}, SwiftShader`,
    view: '1280×720 window, 2015-06-01, default centre and zoom',
  };
  const sizes: [number, number, string][] = [
    [1920, 1080, ''],
    [3840, 2160, ''],
    [MAX_EXPORT_SIDE, MAX_EXPORT_SIDE, '_first'],
    [MAX_EXPORT_SIDE, MAX_EXPORT_SIDE, '_again'],
  ];
  for (const [w, h, suffix] of sizes) {
    log(`PNG ${w}×${h}${suffix}`);
    await readBlocks(page);
    const t = performance.now();
    try {
      const png = await pageExportImage(page, { width: w, height: h });
      result[`png_${w}x${h}${suffix}`] = {
        ms: Math.round(performance.now() - t),
        bytes: png.length,
        ...(await readBlocks(page)),
        main_map_context_lost: await mainMapLost(),
      };
      keep(`bench-${w}x${h}${suffix}.png`, png);
    } catch (e) {
      result[`png_${w}x${h}${suffix}`] = {
        error: (e as Error).message.split('\n')[0],
        ms: Math.round(performance.now() - t),
        ...(await readBlocks(page)),
        main_map_context_lost: await mainMapLost(),
      };
    }
  }
  log('GIF 2014–2019 monthly, 960×540');
  await readBlocks(page);
  const t = performance.now();
  let frames = 0;
  const gif = await pageExportAnimation(
    page,
    { from: '2014-01-01', to: '2019-12-01', step: '1m', fps: 4, format: 'gif', width: 960, height: 540 },
    { progress: (done) => (frames = done) },
  );
  const s = (performance.now() - t) / 1000;
  result.gif_2014_2019_monthly_960x540 = {
    frames,
    seconds: Math.round(s * 10) / 10,
    frames_per_second: Math.round((frames / s) * 100) / 100,
    bytes: gif.length,
    ...(await readBlocks(page)),
  };
  keep('bench-2014-2019.gif', gif);
  console.log(JSON.stringify(result, null, 2));
}

try {
  if (values.repeat) await repeatedExports(Number(values.runs));
  else if (values.dialog) await dialogExports(Number(values.runs));
  else await sizesAndGif();
} finally {
  await browser.close();
  await server.close();
}
