/**
 * Export benchmark (not a test): times a 1920×1080 and a 3840×2160 PNG and a monthly 2014–2019
 * GIF at 960×540 in headless Chromium, and prints the figures as JSON.
 *
 *   npx tsx scripts/bench-export.ts [--out DIR]   (DIR keeps the files; run `npm run build` first)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { openAtlas, pageExportAnimation, pageExportImage } from './snapshot.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const server = await servePreview();
const browser = await launchChromium();
const keep = (name: string, bytes: Buffer) => {
  if (!values.out) return;
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, name), bytes);
};
try {
  const page = await openAtlas(browser, `${server.url}?date=2015-06-01`, { width: 1280, height: 720 });
  const result: Record<string, unknown> = {
    machine: `${process.platform} ${process.arch}, headless Chromium, SwiftShader`,
  };
  for (const [w, h] of [
    [1920, 1080],
    [3840, 2160],
  ]) {
    const t = performance.now();
    const png = await pageExportImage(page, { width: w, height: h });
    result[`png_${w}x${h}`] = { ms: Math.round(performance.now() - t), bytes: png.length };
    keep(`bench-${w}x${h}.png`, png);
  }
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
  };
  keep('bench-2014-2019.gif', gif);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
