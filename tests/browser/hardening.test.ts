import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, pixelAt, settle } from './harness.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

describe('safe by default', () => {
  it('ships a strict Content-Security-Policy and runs under it without violations', async () => {
    const { page, errors } = await h.open('?date=2016-06-01');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    await page.evaluate(() => window.atlas!.setDate('2019-01-01'));
    await page.mouse.click(700, 400);
    expect(errors.filter((e) => e.includes('CSP'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Plays, clicks, exports and imports in one session: over 30 s on a busy 2-core machine.
  it('makes no request outside its origin while playing, clicking, exporting and importing a layer', async () => {
    const { page, requests, errors } = await h.open('?date=2016-01-01');
    await page.getByLabel('Playback speed').selectOption({ label: '8 steps/s' });
    await page.getByRole('button', { name: 'Play through time' }).click();
    await page.waitForFunction(() => window.atlas!.getState().date >= '2016-04-01', undefined, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.mouse.click(760, 380);
    await page.evaluate(async () => {
      await window.atlas!.exportImage({ width: 320, height: 200 });
      await window.atlas!.addOverlay('pt.geojson', '{"type":"Point","coordinates":[40,35]}');
    });
    const origin = new URL(h.server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('rejects garbage in setDate with a TypeError and stays on a valid date', async () => {
    const { page, errors } = await h.open('?date=2016-06-01');
    const results = await page.evaluate(async () => {
      const out: string[] = [];
      for (const bad of ['2015-02-30', '<img src=x onerror=alert(1)>', '', 'x'.repeat(100_000), null, 42, {}]) {
        try {
          await window.atlas!.setDate(bad as unknown as string);
          out.push('accepted');
        } catch (e) {
          out.push((e as Error).name);
        }
      }
      return out;
    });
    expect(results).toEqual(Array(7).fill('TypeError'));
    expect(await page.evaluate(() => window.atlas!.getState().date)).toBe('2016-06-01');
    await page.evaluate(() => window.atlas!.setDate('1999-01-01'));
    expect(await page.evaluate(() => window.atlas!.getState().date)).toBe('2014-01-01');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores script-bearing URL parameters and never injects markup', async () => {
    const { page, errors } = await h.open(
      '?date=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E&layers=%3Cscript%3Ealert(1)%3C/script%3E',
    );
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.notice img').count()).toBe(0);
    expect((await page.locator('.notice').allTextContents()).join(' ')).toContain('<img src=x');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recovers from a lost WebGL context without a reload', async () => {
    const { page } = await h.open('?date=2015-06-01&center=43.13,36.34&zoom=8&layers=territory');
    const before = await pixelAt(page, 43.13, 36.33);
    await page.evaluate(async () => {
      const gl = window.atlas!.map.getCanvas().getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      const restored = new Promise<void>((r) => window.atlas!.map.once('webglcontextrestored', () => r()));
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 200));
      ext.restoreContext();
      await restored;
    });
    await expect
      .poll(() => page.locator('.notice').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('recovered'));
    await settle(page);
    const after = await pixelAt(page, 43.13, 36.33);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    await page.evaluate(() => window.atlas!.setDate('2018-06-01'));
    const later = await pixelAt(page, 43.13, 36.33);
    expect(later[0] + later[1] + later[2]).toBeGreaterThan(before[0] + before[1] + before[2] + 200);
    await page.close();
  });
});

describe('when the GPU is gone for good', () => {
  it('refuses dates with the reason, says so on the page, and reloads keeping the view and layers', async () => {
    const { page } = await h.open('?date=2015-06-01&center=43.13,36.34&zoom=8&layers=territory');
    const added = await page.evaluate(() =>
      window.atlas!.addOverlay('kept.geojson', '{"type":"Point","coordinates":[43.2,36.3]}'),
    );
    expect(added.ok).toBe(true);
    await page.waitForFunction(() => !document.querySelector('.overlay-panel')?.textContent?.includes('unsaved'));
    await page.evaluate(() =>
      window.atlas!.map.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext(),
    );
    // Neither drawn nor left hanging: refused, with the reason.
    const outcome = await page.evaluate(() =>
      window.atlas!.setDate('2017-07-10').then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    );
    expect(outcome).toMatch(/graphics \(WebGL\) context was lost/);
    const alert = page.getByRole('alert').filter({ hasText: 'The map has stopped drawing' });
    await alert.waitFor();
    const exportError = await page.evaluate(() =>
      window.atlas!.exportImage({ width: 320, height: 200 }).then(
        () => '',
        (e: Error) => e.message,
      ),
    );
    expect(exportError).toMatch(/^The map cannot be exported: the graphics \(WebGL\) context of the page was lost/);
    await Promise.all([
      page.waitForEvent('framenavigated'),
      alert.getByRole('button', { name: 'Reload the map' }).click(),
    ]);
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas!.ready);
    const state = await page.evaluate(() => window.atlas!.getState());
    expect(state).toMatchObject({ date: '2017-07-10', zoom: 8, layers: ['territory'] });
    expect(state.center[0]).toBeCloseTo(43.13, 2);
    await page.locator('.overlay-panel input.overlay-name').waitFor();
    expect(await page.locator('.overlay-panel input.overlay-name').inputValue()).toBe('kept');
    expect(await page.getByRole('alert').filter({ hasText: 'stopped drawing' }).count()).toBe(0);
    await page.close();
  }, 60_000);
});

describe('a data file that cannot be loaded', () => {
  it('is named in a notice, and the rest of the first view still draws', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/\/assets\/territory-[^/]*\.json$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${h.server.url}?date=2017-06-01`);
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas!.ready);
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('Territory data could not be loaded'));
    // The sites (a separate file) are on the map: Ain al-Asad's marker is drawn on that date.
    const sites = await page.evaluate(() => {
      const map = window.atlas!.map;
      return map.queryRenderedFeatures({ layers: ['bases-dots'] }).length;
    });
    expect(sites).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.atlas!.map.querySourceFeatures('territory').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('without WebGL', () => {
  it('explains the problem instead of showing a blank page', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.server.url);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('WebGL');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
