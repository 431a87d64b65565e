/** Developer aid: screenshots of the built app at given queries. npx tsx scripts/shoot.ts OUTDIR 'query' ... */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';

const [out, ...queries] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await servePreview();
const browser = await launchChromium();
const t0 = Date.now();
for (const [i, q] of queries.entries()) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() !== 'debug' && console.log('console', m.type(), m.text()));
  await page.goto(server.url + q);
  await page.waitForFunction(() => window.atlas !== undefined);
  await page.evaluate(() => window.atlas!.ready);
  await page.screenshot({ path: `${out}/${i}.png` });
  console.log(`${out}/${i}.png`, q, Date.now() - t0);
  await page.close();
}
await browser.close();
await server.close();
