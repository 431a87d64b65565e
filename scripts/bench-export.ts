/**
 * Export benchmark (not a test): in headless Chromium, times PNG exports of 1920×1080, 3840×2160
 * and the largest size offered (twice, in the same page), then a monthly 2014–2019 GIF at 960×540,
 * and prints the figures as JSON.
 *
 * For each export it reports the wall time, the longest stretch the page's main thread could not
 * run anything (a timer due every 4 ms, gaps over 50 ms recorded) and the longest task the Long
 * Tasks API saw, and whether the on-screen map's WebGL context survived.
 *
 *   npx tsx scripts/bench-export.ts [--out DIR]   (DIR keeps the files; run `npm run build` first)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { readBlocks, watchMainThread } from './lib/page-timing.ts';
import { openAtlas, pageExportAnimation, pageExportImage } from './snapshot.ts';
import { MAX_EXPORT_SIDE } from '../src/export/size.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const log = (msg: string): void => void process.stderr.write(`[bench-export] ${msg}\n`);
const server = await servePreview();
const browser = await launchChromium();
const keep = (name: string, bytes: Buffer) => {
  if (!values.out) return;
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, name), bytes);
};
try {
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
} finally {
  await browser.close();
  await server.close();
}
