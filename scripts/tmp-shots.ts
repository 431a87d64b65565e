import { launchChromium } from './lib/chromium.ts';
const base = 'http://localhost:4105/';
const b = await launchChromium();
async function shot(name: string, q: string, size: { width: number; height: number }, fn?: (p: import('playwright-core').Page) => Promise<void>) {
  const p = await b.newPage({ viewport: size });
  const errs: string[] = [];
  p.on('pageerror', (e) => errs.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  const t0 = Date.now();
  await p.goto(base + q);
  await p.waitForFunction(() => window.atlas !== undefined, undefined, { timeout: 30000 });
  await p.evaluate(() => window.atlas!.ready);
  if (fn) await fn(p);
  await p.waitForTimeout(500);
  await p.screenshot({ path: `/tmp/shots-compare/${name}.png` });
  console.log(name, Date.now() - t0, 'ms', errs.join(' | '));
  await p.close();
}
const which = process.argv[2] ?? 'all';
const q = '?date=2017-12-31&compare=2015-06-01';
if (which === 'all' || which === 'desk') await shot('desktop-split', q, { width: 1440, height: 900 });
if (which === 'all' || which === 'desk') await shot('desktop-change', q + '&cmp=change', { width: 1440, height: 900 });
if (which === 'all' || which === 'phone') await shot('phone-swipe', q, { width: 390, height: 844 });
if (which === 'all' || which === 'phone') await shot('phone-change', q + '&cmp=change', { width: 390, height: 844 });
await b.close();
