/**
 * `npm run bench`: performance figures of the production build in headless Chromium (software
 * WebGL). Prints one JSON object on stdout, progress on stderr. Figures from one run are comparable
 * only with each other (as ratios); this is not a test and asserts nothing.
 *
 * - ready_ms: navigation start → `window.atlas.ready` resolved (median of 3 fresh page loads).
 * - step: `await atlas.setDate(d)` timed in the page, every month 2014-01…2026-12 in order, then
 *   again in a seeded random order.
 * - repaint: triggerRepaint → 'idle' of the same view (the reference cost of one frame).
 * - paired: the same steps, each followed by one repaint (alternating), so machine load falls on both
 *   alike; median_ratio and p95_ratio (step p95 over repaint median) are the figures to read against the
 *   step targets on a shared machine; repaint_p95_over_median shows how long a plain repaint's own tail is.
 * - first_view_bytes_gzip: every response of the first load (to `atlas.ready`), gzipped in node (level 9),
 *   by kind; after_first_view_bytes_gzip: what loads in the 3 s after (sources, published shares).
 * - alternatives: other ways the date could reach the style, on the real territory cells.
 * - compare: compare mode's first render and date step against normal ones (scripts/lib/bench-compare.ts);
 *   `--compare-only` measures just these; `--start-only` just the start-up (atlas and bare page loaded alternately).
 *   The start-up figures include `webgl_programs`: how many WebGL programs each page had compiled when
 *   it was ready, and their keys (each a shader variant compiled before its first draw; see docs/benchmarks.md).
 * - bare_maplibre_ready_ms: the same basemap (land, water, rivers, boundaries, from the same built
 *   basemap file, fetched and decoded as the atlas does) drawn by a bare MapLibre page with nothing else,
 *   navigation start → first 'idle' after the basemap is set
 *   (median of 3); ready_ratio is the atlas's ready time over it.
 * - export_png_3840x2160: one 4K PNG export of the same view, with the time of each phase the exporter
 *   records as User Timing measures (open the off-screen maps, render tiles, wait for the GPU, read
 *   tiles back, draw the furniture, encode).
 */
import { timeChangeSteps } from './lib/change-timing.ts';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { CONTROLLERS } from '../src/model/controllers.ts';
import { buildStyle } from '../src/map/style.ts';
import { SOURCE, STATE_KEY } from '../src/model/style-vocab.ts';
import { BASEMAP_OBJECT } from '../src/model/basemap-file.ts';
import { pageExportImage } from './snapshot.ts';
import { median, months, pct, r1, r2, shuffled, stats } from './lib/stats.ts';
import { NAME_SHIM, timeRepaints, timeSteps, timeStepsPaired } from './lib/page-timing.ts';
import { benchCompare } from './lib/bench-compare.ts';
import { clearExportPhases, readExportPhases } from './lib/export-phases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const SEED = 20140101;
const REPAINTS = 60;
const ALT_STEPS = 40;

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

/** Record the moment `atlas.ready` resolves, relative to navigation start. */
const READY_HOOK = `(() => {
  let v;
  Object.defineProperty(window, 'atlas', {
    configurable: true,
    get: () => v,
    set: (x) => { v = x; Promise.resolve(x && x.ready).then(() => { window.__benchReadyAt = performance.now(); }); },
  });
})();`;

interface Loaded {
  page: Page;
  readyMs: number;
  responses: Response[];
  /** Every response of the page so far (grows after ready: what loads once the first view is drawn). */
  allResponses: Response[];
  errors: string[];
}

async function load(browser: Browser, url: string): Promise<Loaded> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(READY_HOOK);
  const responses: Response[] = [];
  const errors: string[] = [];
  page.on('response', (r) => responses.push(r));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(600_000);
  await page.goto(url);
  await page.waitForFunction(() => window.atlas !== undefined, undefined, { timeout: 30_000 });
  await Promise.race([
    page.evaluate(() => window.atlas!.ready),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`atlas.ready did not resolve in 90 s (${errors.join('; ')})`)), 90_000).unref(),
    ),
  ]);
  await page.waitForFunction(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt !== undefined);
  const readyMs = await page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt);
  // The first view: responses to requests made before `atlas.ready` resolved (epoch ms on both sides).
  const readyEpoch = await page.evaluate((ms) => performance.timeOrigin + ms, readyMs);
  const first = responses.filter((r) => r.request().timing().startTime <= readyEpoch);
  return { page, readyMs, responses: first, allResponses: responses, errors };
}

type Kind = 'maplibre' | 'app_code' | 'data' | 'fonts' | 'other';

/** gzip -9 sizes of the first view's responses, by kind. */
async function firstViewBytes(responses: Response[]) {
  const gz = (b: Buffer): number => gzipSync(b, { level: 9 }).length;
  const mlMain = gz(readFileSync(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')));
  const mlCss = gz(readFileSync(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css')));
  const sums: Record<Kind, number> = { maplibre: 0, app_code: 0, data: 0, fonts: 0, other: 0 };
  const files: { path: string; kind: string; bytes: number; gzip: number }[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const r of responses) {
    const u = new URL(r.url());
    if (seen.has(u.pathname) || r.status() >= 300) continue;
    seen.add(u.pathname);
    let body: Buffer;
    try {
      body = await r.body();
    } catch {
      const p = join(ROOT, 'dist', decodeURIComponent(u.pathname).replace(/\/$/, '/index.html'));
      if (!existsSync(p) || !statSync(p).isFile()) continue;
      body = readFileSync(p);
    }
    const g = gz(body);
    const path = u.pathname;
    const text = /\.(m?js|css)$/.test(path) ? body.toString('utf8') : '';
    const add = (kind: Kind, n: number, label: string = kind): void => {
      sums[kind] += n;
      files.push({ path, kind: label, bytes: body.length, gzip: n });
    };
    if (/\.woff2?$/.test(path)) add('fonts', g);
    else if (/\/assets\/.*\.json$/.test(path)) add('data', g);
    else if (/maplibre/i.test(path)) add('maplibre', g);
    else if (/\.m?js$/.test(path) && text.includes('GPUInitializationError')) {
      // The build bundles maplibre-gl into the app's entry chunk: count MapLibre's own minified
      // file (gzipped alone) as maplibre, the rest of the chunk as app code.
      const ml = Math.min(mlMain, g);
      add('maplibre', ml, 'maplibre (estimated share of entry chunk)');
      add('app_code', g - ml, 'app_code (rest of entry chunk)');
      notes.push(`${path} holds maplibre-gl and the app; split by gzip of maplibre-gl.mjs alone (${mlMain} B)`);
    } else if (/\.css$/.test(path) && text.includes('.maplibregl-')) {
      const ml = Math.min(mlCss, g);
      add('maplibre', ml, 'maplibre css (estimated share)');
      add('app_code', g - ml, 'app_code css (rest)');
      notes.push(
        `${path} holds maplibre-gl.css and the app's CSS; split by gzip of maplibre-gl.css alone (${mlCss} B)`,
      );
    } else if (/\.(m?js|css|html|svg)$/.test(path) || path.endsWith('/')) add('app_code', g);
    else add('other', g);
  }
  const total = Object.values(sums).reduce((a, b) => a + b, 0);
  const own = sums.app_code + sums.data;
  return {
    ...sums,
    total,
    app_code_plus_data: own,
    targets: {
      app_code_plus_data_max: 400_000,
      app_code_plus_data_ok: own <= 400_000,
      total_max: 720_000,
      total_ok: total <= 720_000,
    },
    notes,
    files,
  };
}

/** Everything the in-page alternatives need from node. */
interface AltInput {
  days: string[];
  colors: [string, string][];
  /** The feature-state key holding a cell's controller. */
  stateKey: string;
}
type AltResult = Record<string, { ms: number[]; repaint?: number[]; note: string; errors: string[] }>;

/**
 * Runs in the page: times the ways a date can reach the style on a copy of the `cells` source with
 * the app's territory layers hidden, plus the app's own `setDate`, over the same days.
 */
async function alternativesInPage(input: AltInput): Promise<AltResult> {
  type Cells = { type: 'FeatureCollection'; features: { id: number; properties: Record<string, unknown> }[] };
  const atlas = window.atlas!;
  const map = atlas.map as MlMap;
  // The real cells as the app loaded them into its 'territory' source (cells are the features tagged k = 'cell').
  const all = (await (map.getSource('territory') as unknown as { getData(): Promise<unknown> }).getData()) as Cells;
  const cells: Cells = { type: 'FeatureCollection', features: all.features.filter((f) => f.properties.k === 'cell') };
  const maxId = Math.max(...cells.features.map((f) => Number(f.id)));
  if (!cells.features.length || !Number.isInteger(maxId)) throw new Error("'cells' source has no numeric feature ids");
  /** Controller per cell id ('' for none) on each day, read from the app's own feature-state. */
  const table = new Map<string, string[]>();
  const snapshot = (): string[] => {
    const out = new Array<string>(maxId + 1).fill('');
    for (const f of cells.features)
      out[f.id] = String(map.getFeatureState({ source: 'territory', id: f.id })[input.stateKey] ?? '');
    return out;
  };
  const ctrlAt = (day: string): string[] => table.get(day) ?? new Array<string>(maxId + 1).fill('');
  const colorBy = (input_: ExpressionSpecification): ExpressionSpecification =>
    ['match', input_, ...input.colors.flat(), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
  const idle = (): Promise<void> =>
    new Promise((res) => {
      map.once('idle', () => res());
      map.triggerRepaint();
    });
  const errors: string[] = [];
  map.on('error', (e) => errors.push(String((e as unknown as { error?: Error }).error?.message ?? e)));

  const appLayers = ['territory-fill', 'territory-contested'].filter((id) => map.getLayer(id));
  const setAppVisible = (v: boolean) =>
    appLayers.forEach((id) => map.setLayoutProperty(id, 'visibility', v ? 'visible' : 'none'));
  const SRC = 'bench-cells';
  const before = map.getLayer('fronts') ? 'fronts' : undefined;

  const out: AltResult = {};
  const run = async (
    name: string,
    note: string,
    setup: () => void,
    step: (day: string, i: number) => void,
    teardown: () => void,
  ) => {
    const nErr = errors.length;
    setup();
    step('2013-12-01', -1);
    await idle();
    await idle();
    // The reference for this configuration: plain repaints with the same layers shown.
    const repaint: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      await idle();
      repaint.push(performance.now() - t);
    }
    const ms: number[] = [];
    for (let i = 0; i < input.days.length; i++) {
      const t = performance.now();
      step(input.days[i], i);
      await idle();
      ms.push(performance.now() - t);
    }
    teardown();
    await idle();
    out[name] = { ms, repaint, note, errors: errors.slice(nErr) };
  };
  const removeAll = (layerIds: string[]) => {
    for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(SRC)) map.removeSource(SRC);
  };

  // (a) the app's way: window.atlas.setDate (cells + fronts + bases by feature-state, changed only).
  {
    const ms: number[] = [];
    await atlas.setDate('2014-01-01');
    await idle();
    for (const d of input.days) {
      const t = performance.now();
      await atlas.setDate(d);
      ms.push(performance.now() - t);
      table.set(d, snapshot());
    }
    out.a_app_set_date = {
      ms,
      note: `window.atlas.setDate: feature-state on changed cells, fronts and bases (the app as shipped); ${cells.features.length} cells, ${ctrlAt(input.days[input.days.length - 1]).filter(Boolean).length} with a controller on the last day`,
      errors: [],
    };
  }

  setAppVisible(false);
  try {
    // (a') the same mechanism alone on a copy of the cells: setFeatureState on changed cells only.
    {
      let last: string[] = [];
      await run(
        'a_feature_state_cells_only',
        "setFeatureState on changed cells of a copy of 'cells'; paint reads ['feature-state','c']",
        () => {
          map.addSource(SRC, { type: 'geojson', data: cells as never });
          map.addLayer(
            {
              id: 'bench-fs',
              type: 'fill',
              source: SRC,
              paint: { 'fill-color': colorBy(['coalesce', ['feature-state', 'c'], '']), 'fill-opacity': 0.55 },
            },
            before,
          );
          last = [];
        },
        (day) => {
          const now = ctrlAt(day);
          now.forEach((c, id) => {
            if (last[id] !== c) map.setFeatureState({ source: SRC, id }, { c });
          });
          last = now;
        },
        () => removeAll(['bench-fs']),
      );
    }

    // (b) global state read in a paint property, per cell: colour = controllers[id].
    await run(
      'b_global_state_paint_per_cell',
      "setGlobalStateProperty('bench_ctrl', controller per cell id); fill-color: match on ['at', ['id'], ['global-state','bench_ctrl']] (data-driven paint reading global state)",
      () => {
        map.setGlobalStateProperty('bench_ctrl', ctrlAt('2013-12-01'));
        map.addSource(SRC, { type: 'geojson', data: cells as never });
        map.addLayer(
          {
            id: 'bench-gsp',
            type: 'fill',
            source: SRC,
            paint: {
              'fill-color': colorBy(['at', ['id'], ['global-state', 'bench_ctrl']] as ExpressionSpecification),
              'fill-opacity': 0.55,
            },
          },
          before,
        );
      },
      (day) => map.setGlobalStateProperty('bench_ctrl', ctrlAt(day)),
      () => removeAll(['bench-gsp']),
    );

    // (b') the mechanism alone: global state in a paint property that reads no feature data.
    await run(
      'b_global_state_paint_constant',
      "setGlobalStateProperty('bench_k', step index mod 9); fill-color: match on ['global-state','bench_k'] only (one colour for all cells: the mechanism's cost, not a usable map)",
      () => {
        map.setGlobalStateProperty('bench_k', 0);
        map.addSource(SRC, { type: 'geojson', data: cells as never });
        const expr = ['match', ['global-state', 'bench_k']] as unknown[];
        input.colors.forEach(([, col], i) => expr.push(i, col));
        expr.push('rgba(0,0,0,0)');
        map.addLayer(
          {
            id: 'bench-gsk',
            type: 'fill',
            source: SRC,
            paint: { 'fill-color': expr as ExpressionSpecification, 'fill-opacity': 0.55 },
          },
          before,
        );
      },
      (_day, i) => map.setGlobalStateProperty('bench_k', (i + 1) % input.colors.length),
      () => removeAll(['bench-gsk']),
    );

    // (c) global state in a filter: one layer per controller, filter on controllers[id].
    {
      const ids = input.colors.map(([c]) => `bench-gsf-${c}`);
      await run(
        'c_global_state_filter',
        "setGlobalStateProperty('bench_ctrl', …); one fill layer per controller with filter ['==', ['at', ['id'], ['global-state','bench_ctrl']], controller] and a constant colour",
        () => {
          map.setGlobalStateProperty('bench_ctrl', ctrlAt('2013-12-01'));
          map.addSource(SRC, { type: 'geojson', data: cells as never });
          input.colors.forEach(([c, col], k) =>
            map.addLayer(
              {
                id: ids[k],
                type: 'fill',
                source: SRC,
                filter: ['==', ['at', ['id'], ['global-state', 'bench_ctrl']], c] as ExpressionSpecification,
                paint: { 'fill-color': col, 'fill-opacity': 0.55 },
              },
              before,
            ),
          );
        },
        (day) => map.setGlobalStateProperty('bench_ctrl', ctrlAt(day)),
        () => removeAll(ids),
      );
    }

    // (d) setData of the cells with the controller as a property.
    await run(
      'd_set_data',
      "setData(cells with properties.c = controller) per step; fill-color: match on ['get','c']",
      () => {
        map.addSource(SRC, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
        map.addLayer(
          {
            id: 'bench-sd',
            type: 'fill',
            source: SRC,
            paint: { 'fill-color': colorBy(['get', 'c']), 'fill-opacity': 0.55 },
          },
          before,
        );
      },
      (day) => {
        const now = ctrlAt(day);
        const fc = {
          type: 'FeatureCollection',
          features: cells.features.map((f) => ({ ...f, properties: { ...f.properties, c: now[f.id] } })),
        };
        (map.getSource(SRC) as unknown as { setData(d: unknown): void }).setData(fc);
      },
      () => removeAll(['bench-sd']),
    );
  } finally {
    setAppVisible(true);
    map.setGlobalStateProperty('bench_ctrl', null);
    map.setGlobalStateProperty('bench_k', null);
    await idle();
  }
  return out;
}

const MAPLIBRE_DIST = join(ROOT, 'node_modules/maplibre-gl/dist');
const TOPOJSON_DIST = join(ROOT, 'node_modules/topojson-client/dist');

/**
 * Time a bare MapLibre page drawing the atlas's basemap (the style builder's non-label layers on the
 * basemap source, the same built file) at the atlas's default view: navigation start → first 'idle'.
 * The page and MapLibre's files are served by request interception on the preview server's origin.
 */
async function bareReadyMs(
  browser: Browser,
  base: string,
  view: { center: [number, number]; zoom: number },
  loads = 3,
) {
  const basemap = readdirSync(join(ROOT, 'dist', 'assets')).find((f) => /^basemap\.topo-.*\.json$/.test(f));
  if (!basemap) throw new Error('dist/assets has no basemap.topo-*.json: run npm run build');
  const full = buildStyle({
    fonts: { latin: '', latinExt: '', arabic: '', latinBold: '', arabicBold: '' },
    lang: 'en',
  });
  const style = {
    version: 8,
    sources: { [SOURCE.basemap]: full.sources[SOURCE.basemap] },
    layers: full.layers.filter(
      (l) => l.type === 'background' || ('source' in l && l.source === SOURCE.basemap && l.type !== 'symbol'),
    ),
  };
  // Like the atlas, the page fetches the basemap TopoJSON and decodes it while the style loads.
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="__bare/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style><script src="__bare/topojson-client.min.js"></script></head>
<body><div id="map"></div><script type="module">
import { Map, setWorkerUrl } from './__bare/maplibre-gl.mjs';
setWorkerUrl(new URL('./__bare/maplibre-gl-worker.mjs', location.href).href);
const basemap = fetch('assets/${basemap}').then((r) => r.json())
  .then((t) => topojson.feature(t, t.objects[${JSON.stringify(BASEMAP_OBJECT)}]));
const map = new Map({ container: 'map', style: ${JSON.stringify(style)}, center: ${JSON.stringify(view.center)},
  zoom: ${view.zoom}, attributionControl: false, fadeDuration: 0 });
map.once('style.load', async () => {
  map.getSource(${JSON.stringify(SOURCE.basemap)}).setData(await basemap);
  map.once('idle', () => { window.__bareReadyAt = performance.now(); window.__bareMap = map; });
});
</script></body></html>`;
  const runs: number[] = [];
  let programs: string[] = [];
  for (let i = 0; i < loads; i++) {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await ctx.route(`${base}__bare.html`, (r) => r.fulfill({ contentType: 'text/html', body: html }));
    await ctx.route(`${base}__bare/*`, (r) => {
      const name = new URL(r.request().url()).pathname.split('/').pop()!;
      const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
      const dir = name.startsWith('topojson') ? TOPOJSON_DIST : MAPLIBRE_DIST;
      return r.fulfill({ contentType: type, body: readFileSync(join(dir, name)) });
    });
    const page = await ctx.newPage();
    await page.goto(`${base}__bare.html`);
    await page.waitForFunction(
      () => (window as unknown as { __bareReadyAt?: number }).__bareReadyAt !== undefined,
      undefined,
      {
        timeout: 120_000,
      },
    );
    runs.push(await page.evaluate(() => (window as unknown as { __bareReadyAt: number }).__bareReadyAt));
    programs = await programKeys(page, '__bareMap');
    await ctx.close();
  }
  return { median: r1(median(runs)), runs: runs.map(r1), layers: style.layers.map((l) => l.id), programs };
}

/** One 3840×2160 PNG export of the page's view, with the time of each export phase (User Timing measures). */
async function export4k(page: Page) {
  await clearExportPhases(page);
  const t = performance.now();
  const png = await pageExportImage(page, { width: 3840, height: 2160 });
  const ms = performance.now() - t;
  const phase_ms = await readExportPhases(page);
  const accounted = Object.values(phase_ms).reduce((a, v) => a + v.ms, 0);
  return { ms: r1(ms), bytes: png.length, phase_ms, other_ms: r1(ms - accounted), target_ms_max: 4000 };
}

/**
 * The WebGL programs a page's map has compiled so far (MapLibre's program cache keys: the shader and
 * which paint properties are uniforms `u_`, per-feature attributes `a_` or per-feature-and-zoom `z_`).
 * Reads a MapLibre internal (`painter.programCache`); an empty list if a MapLibre version lacks it.
 * `global` names the window property holding the map (the atlas's is `atlas.map`).
 */
async function programKeys(page: Page, global?: string): Promise<string[]> {
  return page.evaluate((g) => {
    const w = window as unknown as Record<string, unknown> & { atlas?: { map: unknown } };
    const map = (g ? w[g] : w.atlas?.map) as { painter?: { programCache?: { programs?: object } } } | undefined;
    return Object.keys(map?.painter?.programCache?.programs ?? {});
  }, global);
}

/** Start-up marks the app records (`atlas:*` User Timing marks), by name, in ms from navigation start. */
async function startMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('atlas:'))
        .map((m) => [m.name.slice('atlas:'.length), Math.round(m.startTime)]),
    ),
  );
}

/**
 * `--start-only`: the atlas's ready time and the bare MapLibre page's, loaded alternately (five of
 * each, so a change in machine load falls on both), with the atlas's start-up marks and first-view bytes.
 */
async function benchStart(browser: Browser, base: string) {
  const atlas: number[] = [];
  const bare: number[] = [];
  const marks: Record<string, number>[] = [];
  let programs: { atlas: string[]; bare: string[] } = { atlas: [], bare: [] };
  let bytes: Awaited<ReturnType<typeof firstViewBytes>> | null = null;
  let view: { center: [number, number]; zoom: number } | null = null;
  for (let i = 0; i < 5; i++) {
    const l = await load(browser, base);
    atlas.push(l.readyMs);
    marks.push(await startMarks(l.page));
    if (i === 0) bytes = await firstViewBytes(l.responses);
    view ??= await l.page.evaluate(() => window.atlas!.getState());
    const atlasPrograms = await programKeys(l.page);
    await l.page.context().close();
    const b = await bareReadyMs(browser, base, view, 1);
    bare.push(b.median);
    if (i === 0) programs = { atlas: atlasPrograms, bare: b.programs };
    log(`pair ${i + 1}/5: atlas ${r1(l.readyMs)} ms (${atlasPrograms.length} programs), bare ${b.median} ms`);
  }
  return {
    ready_ms: { median: r1(median(atlas)), runs: atlas.map(r1) },
    bare_maplibre_ready_ms: { median: r1(median(bare)), runs: bare.map(r1) },
    ready_ratio: { atlas_over_bare: r2(median(atlas) / median(bare)), target_max: 1.4 },
    webgl_programs: {
      atlas: programs.atlas.length,
      bare: programs.bare.length,
      atlas_keys: programs.atlas,
      bare_keys: programs.bare,
    },
    marks_median: Object.fromEntries(Object.keys(marks[0]).map((k) => [k, Math.round(median(marks.map((m) => m[k])))])),
    first_view_bytes_gzip: bytes!,
  };
}

/** Change-to-change steps timed (from 2014-01-01 on). */
const CHANGE_STEPS = 120;

async function main(): Promise<void> {
  const t0 = Date.now();
  log('serving dist/ and launching Chromium');
  const server = await servePreview();
  const browser = await launchChromium();
  try {
    if (process.argv.includes('--compare-only')) {
      const compare = await benchCompare(browser, server.url, load, log);
      process.stdout.write(JSON.stringify({ when: new Date().toISOString(), compare }, null, 2) + '\n');
      return;
    }
    if (process.argv.includes('--start-only')) {
      process.stdout.write(
        JSON.stringify({ when: new Date().toISOString(), start: await benchStart(browser, server.url) }, null, 2) +
          '\n',
      );
      return;
    }
    const loads: Loaded[] = [];
    let bytes: Awaited<ReturnType<typeof firstViewBytes>> | null = null;
    let afterReady: Awaited<ReturnType<typeof firstViewBytes>> | null = null;
    for (let i = 0; i < 3; i++) {
      const l = await load(browser, server.url);
      log(`load ${i + 1}/3: ready in ${r1(l.readyMs)} ms`);
      loads.push(l);
      if (i === 0) {
        bytes = await firstViewBytes(l.responses);
        log(`first view: ${bytes.total} B gzip`);
        // What loads in the background once the first view is drawn (sources, published shares).
        await l.page.waitForTimeout(3000);
        afterReady = await firstViewBytes(l.allResponses.filter((r) => !l.responses.includes(r)));
        log(`after the first view: ${afterReady.total} B gzip`);
      }
      if (i < 2) await l.page.context().close();
    }
    const { page, errors } = loads[2];
    const view = await page.evaluate(() => window.atlas!.getState());
    log('bare MapLibre page, same basemap (3 loads)');
    const bare = await bareReadyMs(browser, server.url, { center: view.center, zoom: view.zoom });
    log(`bare page: idle in ${bare.median} ms`);

    const all = months();
    const random = shuffled(all, SEED);
    log('repaints (before steps)');
    const rep1 = await timeRepaints(page, REPAINTS / 2);
    log(`steps in order (${all.length})`);
    const inOrder = await timeSteps(page, all);
    log(`steps in random order (${random.length}, seed ${SEED})`);
    const rand = await timeSteps(page, random);
    log(`steps paired with repaints (${random.length}, seed ${SEED})`);
    const paired = await timeStepsPaired(page, random);
    log(`change-to-change steps (${CHANGE_STEPS})`);
    const changes = await timeChangeSteps(page, CHANGE_STEPS);
    log('repaints (after steps)');
    const rep2 = await timeRepaints(page, REPAINTS / 2);
    const repaint = [...rep1, ...rep2];
    const repMed = median(repaint);
    const steps = [...inOrder.ms, ...rand.ms];

    log(`alternatives (${ALT_STEPS} steps each)`);
    const altDays = Array.from({ length: ALT_STEPS }, (_, i) => all[Math.floor((i * all.length) / ALT_STEPS)]);
    const colors = CONTROLLERS.map((c) => [c.id, c.color] as [string, string]);
    const alt = await page.evaluate(alternativesInPage, { days: altDays, colors, stateKey: STATE_KEY.controller });
    log('repaints (after alternatives)');
    const rep3 = await timeRepaints(page, 20);
    log('PNG export 3840×2160');
    const exportPng = await export4k(page);
    log(`PNG export: ${exportPng.ms} ms`);
    const alternatives = Object.fromEntries(
      Object.entries(alt).map(([k, v]) => [
        k,
        {
          median_ms: r1(median(v.ms)),
          p95_ms: r1(pct(v.ms, 95)),
          ratio_to_repaint: r2(median(v.ms) / repMed),
          ...(v.repaint
            ? {
                repaint_same_layers_median_ms: r1(median(v.repaint)),
                ratio_to_same_layers_repaint: r2(median(v.ms) / median(v.repaint)),
              }
            : {}),
          note: v.note,
          ...(v.errors.length ? { errors: v.errors.slice(0, 3) } : {}),
        },
      ]),
    );

    const out = {
      when: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        browser: browser.version(),
        webgl: 'SwiftShader (software)',
        viewport: VIEWPORT,
        view,
      },
      ready_ms: { median: r1(median(loads.map((l) => l.readyMs))), runs: loads.map((l) => r1(l.readyMs)) },
      bare_maplibre_ready_ms: bare,
      ready_ratio: {
        atlas_over_bare: r2(median(loads.map((l) => l.readyMs)) / bare.median),
        target_max: 1.4,
      },
      step: {
        ...stats(steps),
        in_order: stats(inOrder.ms),
        random_order: { ...stats(rand.ms), seed: SEED },
        frames_per_step_median: median([...inOrder.frames, ...rand.frames]),
      },
      change_step: {
        how: 'atlas.stepChange(1) from 2014-01-01, each awaited until drawn; then atlas.setDate to the same days in the same order',
        steps: changes.change_ms.length,
        days: `${changes.days[0]} … ${changes.days.at(-1)}`,
        ...stats(changes.change_ms),
        same_days_set_date: stats(changes.same_days_ms),
        ratio_to_ordinary_step_median: r2(median(changes.change_ms) / median(steps)),
        ratio_to_same_days_set_date_median: r2(median(changes.change_ms) / median(changes.same_days_ms)),
        target: { ratio_max: 1.3 },
      },
      repaint: { ...stats(repaint), after_alternatives_median: r1(median(rep3)) },
      paired: {
        how: 'each step (random order) followed by one repaint of the same view, alternating; ratios of the two series',
        step: stats(paired.step),
        repaint: stats(paired.repaint),
        median_ratio: r2(median(paired.step) / median(paired.repaint)),
        p95_ratio: r2(pct(paired.step, 95) / median(paired.repaint)),
        // The repaint's own tail: a plain repaint's p95 over its median, and the step's p95 over the repaint's p95.
        repaint_p95_over_median: r2(pct(paired.repaint, 95) / median(paired.repaint)),
        p95_ratio_to_repaint_p95: r2(pct(paired.step, 95) / pct(paired.repaint, 95)),
        targets: { median_max: 1.15, p95_max: 1.6 },
      },
      ratio: {
        median: r2(median(steps) / repMed),
        p95: r2(pct(steps, 95) / repMed),
        in_order_median: r2(median(inOrder.ms) / repMed),
        random_order_median: r2(median(rand.ms) / repMed),
        targets: { median_max: 1.15, p95_max: 1.6 },
      },
      first_view_bytes_gzip: bytes!,
      export_png_3840x2160: exportPng,
      after_first_view_bytes_gzip: { total: afterReady!.total, files: afterReady!.files },
      alternatives: {
        steps_each: ALT_STEPS,
        days: `${altDays[0]} … ${altDays.at(-1)}, every ${all.length / ALT_STEPS} months`,
        how: "a_app_set_date is the app as shipped; the others draw a copy of the 'cells' source in an extra layer with the app's territory layers hidden, each step waits for 'idle'; ratio_to_same_layers_repaint compares with plain repaints of that configuration",
        ...alternatives,
      },
      compare: await benchCompare(browser, server.url, load, log),
      page_errors: errors,
      seconds: Math.round((Date.now() - t0) / 1000),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench] failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
