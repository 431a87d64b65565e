/**
 * Golden renders: each view of tests/golden/views.ts is drawn by the production build in Chromium
 * (software WebGL, device pixel ratio 1) and compared pixel by pixel with its committed PNG.
 * `npm run golden:update` (GOLDEN_UPDATE=1) writes the PNGs afresh instead of comparing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { Harness, settle } from './harness.ts';
import { GOLDEN_SIZE, GOLDEN_VIEWS, MAX_DIFF_SHARE, PIXEL_THRESHOLD } from '../golden/views.ts';

const root = resolve(import.meta.dirname, '..', '..');
const goldenDir = join(root, 'tests', 'golden');
const diffDir = join(goldenDir, 'diff');
const update = process.env.GOLDEN_UPDATE === '1';
const h = new Harness();

beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

/** The map canvas of the atlas opened at `query`, as a PNG, once everything asked for is drawn. */
async function render(query: string): Promise<PNG> {
  const { page, errors } = await h.open(query, GOLDEN_SIZE);
  try {
    await settle(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await settle(page);
    const url = await page.evaluate(() => window.atlas!.map.getCanvas().toDataURL('image/png'));
    expect(errors, query).toEqual([]);
    return PNG.sync.read(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  } finally {
    await page.close();
  }
}

describe('golden renders', () => {
  for (const view of GOLDEN_VIEWS) {
    it(`${view.id}: ${view.exercises}`, { timeout: 90_000 }, async () => {
      const actual = await render(view.query);
      expect([actual.width, actual.height]).toEqual([GOLDEN_SIZE.width, GOLDEN_SIZE.height]);
      const goldenPath = join(goldenDir, `${view.id}.png`);
      if (update) {
        writeFileSync(goldenPath, PNG.sync.write(actual));
        return;
      }
      expect(existsSync(goldenPath), `${relative(root, goldenPath)} is missing: run npm run golden:update`).toBe(true);
      const golden = PNG.sync.read(readFileSync(goldenPath));
      const { width, height } = golden;
      const diff = new PNG({ width, height });
      const differing = pixelmatch(golden.data, actual.data, diff.data, width, height, { threshold: PIXEL_THRESHOLD });
      const allowed = Math.floor(width * height * MAX_DIFF_SHARE);
      if (differing > allowed) {
        mkdirSync(diffDir, { recursive: true });
        const diffPath = join(diffDir, `${view.id}.diff.png`);
        const actualPath = join(diffDir, `${view.id}.actual.png`);
        writeFileSync(diffPath, PNG.sync.write(diff));
        writeFileSync(actualPath, PNG.sync.write(actual));
        expect.fail(
          `golden view "${view.id}" (${view.query}) differs in ${differing} pixels ` +
            `(${((differing / (width * height)) * 100).toFixed(2)} %; at most ${allowed} allowed). ` +
            `Diff image: ${relative(root, diffPath)}; this render: ${relative(root, actualPath)}. ` +
            'If the change is intended, run npm run golden:update and commit the PNGs.',
        );
      }
    });
  }
});
