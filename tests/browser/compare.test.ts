import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { Harness, settle } from './harness.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { compareDates } from '../../src/model/compare.ts';
import { territoryGeoJsonText } from '../../src/model/territory-geojson.ts';
import { placesCsv } from '../../src/model/places-csv.ts';
import { readTextChunks } from '../../src/export/png-text.ts';

const root = resolve(import.meta.dirname, '..', '..');
const data = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const h = new Harness();
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  await h.start();
  // A page of another origin (localhost, not 127.0.0.1, and another port) that embeds the atlas.
  const frameSrc = `${h.server.url}?date=2017-12-31&compare=2015-06-01&embed=1`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>A newsroom story</title></head><body style="margin:0;font:16px serif">
<p style="margin:8px">A story about the war, with the atlas embedded:</p>
<iframe id="atlas" src="${frameSrc}" title="Map of Iraq and Syria" width="320" height="480" style="border:0"></iframe>
<p style="margin:8px">More of the story.</p></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, 'localhost', () => r()));
  const addr = host.address();
  hostUrl = `http://localhost:${typeof addr === 'object' && addr ? addr.port : 0}/`;
});
afterAll(async () => {
  await new Promise<void>((r) => host?.close(() => r()));
  await h.stop();
});

describe('compare two dates', () => {
  it('shows both dates side by side with linked views, the summary of the model, and keeps the URL', async () => {
    const { page, errors } = await h.open('?date=2017-12-31&compare=2015-06-01', { width: 1440, height: 900 });
    await expect.poll(() => page.locator('#map-a canvas').count()).toBe(1);
    expect(await page.locator('html').getAttribute('class')).toContain('compare-split');
    await expect.poll(() => page.locator('.compare-badge.side-a').textContent()).toContain('1 June 2015');
    // The panel says what the model says.
    const model = compareDates(data, '2015-06-01', '2017-12-31');
    const sentence = await page.locator('.compare-sentence').textContent();
    expect(sentence).toContain(`ISIS lost ${new Intl.NumberFormat('en-GB').format(-model.km2.isis!.net)} km² net`);
    expect(await page.locator('.compare-places li').count()).toBe(Math.min(60, model.places.length));
    // atlas.compare resolves with the same summary.
    const summary = await page.evaluate(() => window.atlas!.compare('2015-06-01', '2017-12-31'));
    expect(summary).toEqual(JSON.parse(JSON.stringify(model)));
    // Linked pan and zoom: moving the main map moves the earlier one.
    await page.evaluate(() => window.atlas!.map.jumpTo({ center: [39, 35.9], zoom: 7 }));
    const other = await page.evaluate(() => {
      const m = window.atlas!.earlierMap()!;
      return [m.getCenter().lng, m.getCenter().lat, m.getZoom()];
    });
    expect(other[0]).toBeCloseTo(39, 3);
    expect(other[1]).toBeCloseTo(35.9, 3);
    expect(other[2]).toBeCloseTo(7, 3);
    // …and the other way round.
    await page.evaluate(() => window.atlas!.earlierMap()!.jumpTo({ center: [43.1, 36.3], zoom: 8 }));
    const main = await page.evaluate(() => window.atlas!.getState());
    expect(main.center[0]).toBeCloseTo(43.1, 3);
    expect(main.zoom).toBeCloseTo(8, 3);
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toContain('compare=2015-06-01');
    // The image export shows both dates over the summary, and says so in its PNG text.
    const png = await page.evaluate(async () => {
      const blob = await window.atlas!.exportImage({ width: 1000, height: 700 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    const text = readTextChunks(new Uint8Array(png));
    const value = (k: string) => text.find((t) => t.keyword === k)?.text ?? '';
    expect(value('Title')).toBe('Iraq and Syria: who held the ground, 1 June 2015 and 31 December 2017');
    expect(value('Description')).toContain('ISIS lost');
    expect(value('URL')).toContain('compare=2015-06-01');
    expect(new DataView(new Uint8Array(png).buffer).getUint32(16)).toBe(1000);
    // On a public address the link is there; with none, it is left out rather than made up.
    const linked = await page.evaluate(async () => {
      const blob = await window.atlas!.exportImage({ width: 800, height: 600, baseUrl: 'https://example.org/atlas/' });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    const linkedUrl = readTextChunks(new Uint8Array(linked)).find((t) => t.keyword === 'URL')?.text ?? '';
    expect(linkedUrl).toMatch(/^https:\/\/example\.org\/atlas\/\?date=2017-12-31&.*compare=2015-06-01/);
    const bare = await page.evaluate(async () => {
      const blob = await window.atlas!.exportImage({ width: 800, height: 600, baseUrl: null });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    const bareText = readTextChunks(new Uint8Array(bare));
    expect(bareText.map((t) => t.keyword)).not.toContain('URL');
    expect(bareText.map((t) => t.text).join(' ')).not.toMatch(/null|127\.0\.0\.1|localhost/);
    // A place in the list jumps to its date.
    const first = model.places[0];
    await page.locator('.compare-places li button').first().click();
    await expect.poll(() => page.evaluate(() => window.atlas!.getState().date)).toBe(first.date);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('works from the keyboard: compare on, change view with hatched regions, off again', async () => {
    const { page, errors } = await h.open('?date=2019-11-01', { width: 1280, height: 800 });
    const toggle = page.getByRole('button', { name: 'Compare…' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toContain('compare=2017-11-01');
    await page.getByRole('radio', { name: 'Changes' }).focus();
    await page.keyboard.press('Space');
    await page.evaluate(() => window.atlas!.setDate('2019-11-01'));
    // The change regions' code loads on first use: the view shows them once it has arrived.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = window.atlas!.map;
            return map.getLayer('change-hatch') ? map.getLayoutProperty('change-hatch', 'visibility') : 'not added yet';
          }),
        {
          timeout: 15_000,
        },
      )
      .toBe('visible');
    await settle(page);
    const regions = await page.evaluate(() => {
      const map = window.atlas!.map;
      return {
        visible: map.getLayoutProperty('change-hatch', 'visibility'),
        features: map.querySourceFeatures('change').length,
        hidden: getComputedStyle(document.getElementById('map-a')!).display,
      };
    });
    expect(regions.visible).toBe('visible');
    expect(regions.features).toBeGreaterThan(0);
    expect(regions.hidden).toBe('none');
    await page.getByRole('button', { name: 'Stop comparing' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).not.toContain('compare=');
    expect(await page.evaluate(() => window.atlas!.map.getLayoutProperty('change-hatch', 'visibility'))).toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('swipes on a phone, with the keyboard on the swipe handle', async () => {
    const { page, errors } = await h.open('?date=2017-12-31&compare=2015-06-01', { width: 390, height: 844 });
    expect(await page.locator('html').getAttribute('class')).toContain('compare-swipe');
    const clip = () => page.evaluate(() => document.getElementById('map-a')!.style.clipPath);
    expect(await clip()).toBe('inset(0px 50% 0px 0px)');
    await page.getByRole('slider', { name: /Swipe between/ }).focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(clip).toBe('inset(0px 30% 0px 0px)');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('data, citation and embed', () => {
  it('exports the day as GeoJSON and CSV byte for byte as the CLI does, and cites the view', async () => {
    const { page, errors } = await h.open('?date=2016-06-01', { width: 1280, height: 800 });
    const [geojson, csv] = await page.evaluate(async () => [
      await (await window.atlas!.exportData({ date: '2017-12-31', format: 'geojson' })).text(),
      await (await window.atlas!.exportData({ date: '2017-12-31', format: 'csv' })).text(),
    ]);
    expect(geojson).toBe(territoryGeoJsonText(data, '2017-12-31'));
    expect(csv).toBe(placesCsv(data, '2017-12-31'));
    const bad = await page.evaluate(() =>
      window.atlas!.exportData({ format: 'shp' as 'csv' }).then(
        () => 'accepted',
        (e: Error) => e.name,
      ),
    );
    expect(bad).toBe('TypeError');
    // The panel's download saves the file of the date shown.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Territory (GeoJSON)' }).click();
    expect((await download).suggestedFilename()).toBe('iraq-syria-territory-2016-06-01.geojson');
    await page.getByRole('button', { name: 'Cite this map' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite this map' });
    const texts = await cite.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts[0]).toContain('1 June 2016');
    expect(texts[0]).toContain(`${h.server.url}?date=2016-06-01`);
    expect(texts[1]).toMatch(/^@misc\{iraqsyriaatlas20160601,/);
    expect(JSON.parse(texts[2])).toMatchObject({ type: 'map', URL: expect.stringContaining('date=2016-06-01') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('dialog', { name: 'Embed this map' }).locator('textarea').inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?date=2016-06-01&amp;.*embed=1"/);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('runs embedded in a page of another origin, compact, 320 px wide, with no request outside its origin', async () => {
    const page = await h.browser.newPage({ viewport: { width: 360, height: 640 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hostUrl);
    const frame = page.frameLocator('#atlas');
    const f = page.frames().find((x) => x.url().startsWith(h.server.url))!;
    await f.waitForFunction(() => window.atlas !== undefined, undefined, { timeout: 30_000 });
    await f.evaluate(() => window.atlas!.ready);
    // Compact: no panel, export or overlays; a legend, the slider and a link to the full atlas at this view.
    expect(await frame.locator('.panel').count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Export…' }).count()).toBe(0);
    expect(await frame.locator('.embed-legend li').count()).toBeGreaterThan(2);
    await expect.poll(() => frame.getByRole('slider', { name: /date/i }).count()).toBeGreaterThan(0);
    const href = await frame.locator('a.embed-link').getAttribute('href');
    expect(href).toContain('date=2017-12-31');
    expect(href).toContain('compare=2015-06-01');
    expect(href).not.toContain('embed=');
    // Every piece of the chrome fits in the 320 px frame (the legend scrolls sideways inside its own box).
    const overflow = await f.evaluate(() =>
      ['.timebar', '.embed-bar', '.embed-legend', '.compare-badge.side-a', '.compare-badge.side-b', '.swipe-handle']
        .map((sel) => [sel, document.querySelector(sel)!.getBoundingClientRect()] as const)
        .filter(([, r]) => r.left < 0 || r.right > innerWidth)
        .map(([sel]) => sel),
    );
    expect(overflow).toEqual([]);
    await f.evaluate(() => window.atlas!.setDate('2018-06-01'));
    const frameOrigin = new URL(h.server.url).origin;
    const hostOrigin = new URL(hostUrl).origin;
    const outside = requests.filter(
      (u) => !u.startsWith(frameOrigin) && !u.startsWith(hostOrigin) && !/^(data|blob):/.test(u),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
