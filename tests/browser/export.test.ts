import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { Harness } from './harness.ts';
import { readTextChunks } from '../../src/export/png-text.ts';

const h = new Harness();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-export-'));
beforeAll(() => h.start());
afterAll(async () => {
  await h.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Number of images in a GIF, walking its blocks. */
function gifFrames(b: Buffer): number {
  let at = 13;
  if (b[10] & 0x80) at += 3 * 2 ** ((b[10] & 7) + 1);
  const skipSubBlocks = () => {
    while (b[at] !== 0) at += b[at] + 1;
    at++;
  };
  let frames = 0;
  while (at < b.length && b[at] !== 0x3b) {
    if (b[at] === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (b[at] === 0x2c) {
      const packed = b[at + 9];
      at += 10;
      if (packed & 0x80) at += 3 * 2 ** ((packed & 7) + 1);
      at++; // LZW minimum code size
      skipSubBlocks();
      frames++;
    } else throw new Error(`Unexpected GIF block 0x${b[at].toString(16)} at ${at}`);
  }
  return frames;
}

function distinct(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7)
    seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  return seen.size;
}

describe('export', () => {
  it('exports a 1920×1080 PNG with real pixels that cites its date and permalink', async () => {
    const { page, errors } = await h.open('?date=2015-06-01&center=41.2,34.6&zoom=5.6');
    const bytes = Buffer.from(
      await page.evaluate(async () => {
        const blob = await window.atlas!.exportImage({ width: 1920, height: 1080 });
        return Array.from(new Uint8Array(await blob.arrayBuffer()));
      }),
    );
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(distinct(png)).toBeGreaterThan(100);
    const text = Object.fromEntries(readTextChunks(new Uint8Array(bytes)).map((e) => [e.keyword, e.text]));
    expect(text.URL).toMatch(/\?date=2015-06-01&center=41\.2000,34\.6000&zoom=5\.6/);
    expect(text.URL.startsWith(h.server.url)).toBe(true);
    expect(text.Description).toContain('1 June 2015');
    expect(text.Title).toBe('Iraq and Syria: who held the ground, 1 June 2015');
    // The map itself drew: the middle of Iraq is not the white of the title band.
    const mid = (540 * 1920 + 1100) * 4;
    expect(png.data.slice(mid, mid + 3).some((v) => v < 250)).toBe(true);
    // The off-screen map is gone.
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(1);
    // Too large: a clear error that offers the largest size that works.
    const err = await page.evaluate(() =>
      window.atlas!.exportImage({ width: 20000, height: 10000 }).then(
        () => '',
        (e: Error) => e.message,
      ),
    );
    expect(err).toMatch(/at most \d+ pixels a side; the largest export of this shape is \d+ × \d+/);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('exports a three-frame GIF', async () => {
    const { page } = await h.open('?date=2015-06-01');
    const { bytes, progress } = await page.evaluate(async () => {
      const progress: string[] = [];
      const blob = await window.atlas!.exportAnimation({
        from: '2014-01-01',
        to: '2014-03-01',
        step: '1m',
        fps: 2,
        format: 'gif',
        width: 320,
        height: 180,
        onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.day}`),
      });
      return { bytes: Array.from(new Uint8Array(await blob.arrayBuffer())), progress };
    });
    const gif = Buffer.from(bytes);
    expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([320, 180]);
    expect(gifFrames(gif)).toBe(3);
    expect(progress).toEqual(['1/3 2014-01-01', '2/3 2014-02-01', '3/3 2014-03-01']);
    await page.close();
  }, 60_000);

  it('opens an accessible export dialog that Escape closes', async () => {
    const { page } = await h.open('?date=2015-06-01');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.waitFor();
    expect(await page.getByLabel('Size').inputValue()).toBe('hd');
    expect(await page.locator('#export-title').inputValue()).toBe('Iraq and Syria: who held the ground, 1 June 2015');
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Width (px)').fill('9000');
    await page.getByText('Use the largest that works').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Export…', undefined, { timeout: 5000 });
    await page.close();
  });
});

describe('snapshot CLI', () => {
  const cli = resolve(import.meta.dirname, '..', '..', 'scripts', 'snapshot.ts');
  const tsx = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((res) =>
      execFile(tsx, [cli, ...args], { timeout: 90_000 }, (err, stdout, stderr) =>
        res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );

  it('writes a small PNG of the asked view', async () => {
    const out = join(tmp, 'snap.png');
    const r = await run(['--date', '2017-07-10', '--size', '480x270', '--out', out, '--layers', 'territory,labels']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const bytes = readFileSync(out);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([480, 270]);
    expect(distinct(png)).toBeGreaterThan(50);
    const url = readTextChunks(new Uint8Array(bytes)).find((e) => e.keyword === 'URL')!.text;
    expect(url).toMatch(/date=2017-07-10.*layers=territory,labels/);
  }, 90_000);

  it('exits with code 2 and one line on a bad date', async () => {
    const r = await run(['--date', '2015-02-30', '--out', join(tmp, 'x.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not a calendar date/);
  });
});
