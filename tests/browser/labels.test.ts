import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { Harness } from './harness.ts';
import { overlapping, placedLabels, type LabelBox } from './label-boxes.ts';
import { MAP_LAYER, NAMED_LAYERS, SOURCE } from '../../src/model/style-vocab.ts';

const h = new Harness();
beforeAll(() => h.start());
afterAll(() => h.stop());

const root = resolve(import.meta.dirname, '..', '..');
const DATE = '2017-06-01';

/** The crowded places the issue was seen on, at their real coordinates. */
const CITIES: Record<string, [number, number]> = {
  Mosul: [43.13, 36.34],
  Baghdad: [44.366, 33.315],
  'Deir ez-Zor': [40.141, 35.336],
  Raqqa: [39.009, 35.952],
  Aleppo: [37.16, 36.2],
  Idlib: [36.634, 35.931],
  Damascus: [36.292, 33.513],
};

/** The places that own a piece of ground (a cell) in the built territory. */
function placesWithCells(): { id: string; name: string; lon: number; lat: number }[] {
  const t = JSON.parse(readFileSync(join(root, 'geodata', 'build', 'territory.json'), 'utf8')) as {
    places: { id: string; name: string; lon: number; lat: number }[];
    topology: { objects: { cells: { geometries: { properties: { place: string } }[] } } };
  };
  const owners = new Set(t.topology.objects.cells.geometries.map((g) => g.properties.place));
  return t.places.filter((p) => owners.has(p.id));
}

/** Move the map and wait until it has placed its labels there. */
async function view(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((res) => {
        const map = window.atlas!.map;
        map.jumpTo({ center: c, zoom: z });
        map.once('idle', () => res());
        map.triggerRepaint();
      }),
    [center, zoom] as [[number, number], number],
  );
}

const kmApart = (a: LabelBox, b: LabelBox): number =>
  Math.hypot((a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 110.57);

/** What is wrong with the labels in view: names that overlap, one spot named twice, a name repeated nearby. */
function problems(boxes: readonly LabelBox[], where: string): string[] {
  const out = overlapping(boxes).map(
    ([a, b]) => `${where}: "${a.name}" (${a.layer}) overlaps "${b.name}" (${b.layer})`,
  );
  const points = boxes.filter((b) => Number.isFinite(b.lon));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i], points[j]];
      if (a.key === b.key) continue;
      if (kmApart(a, b) < 1) out.push(`${where}: "${a.name}" and "${b.name}" name one spot`);
      const dx = (a.x1 + a.x2 - b.x1 - b.x2) / 2;
      const dy = (a.y1 + a.y2 - b.y1 - b.y2) / 2;
      if (a.name === b.name && Math.hypot(dx, dy) < 200) out.push(`${where}: "${a.name}" is named twice`);
    }
  }
  return out;
}

for (const lang of ['en', 'ar'] as const) {
  describe(`map labels in ${lang === 'en' ? 'English' : 'Arabic'}`, () => {
    it('never overlap, and name each spot once, at zooms 5, 7, 9 and 11 over the crowded cities', async () => {
      const { page, errors } = await h.open(`?date=${DATE}&lang=${lang}`, { width: 1280, height: 800 });
      const found: string[] = [];
      let seen = 0;
      for (const [city, at] of Object.entries(CITIES)) {
        for (const zoom of city === 'Mosul' || city === 'Damascus' ? [5, 7, 9, 11] : [7, 9, 11]) {
          await view(page, at, zoom);
          const boxes = await placedLabels(page, NAMED_LAYERS);
          seen += boxes.length;
          found.push(...problems(boxes, `${city} z${zoom}`));
        }
      }
      expect(seen).toBeGreaterThan(300);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);

    it('name every place that has a piece of ground, and every site present, at some zoom from 5 to 11', async () => {
      // Names and markers only: the territory under them changes no name's place, and is slow to draw.
      const shown = 'labels,bases,russia,turkey,iran,israel,partners';
      const { page, errors } = await h.open(`?date=${DATE}&lang=${lang}&layers=${shown}`, {
        width: 1920,
        height: 1200,
      });
      const layers = [
        MAP_LAYER.placeLabels,
        MAP_LAYER.areaLabels,
        ...NAMED_LAYERS.filter((l) => l.includes('bases') || l.startsWith('sites-')),
      ];
      const places = placesWithCells();
      expect(places.length).toBeGreaterThan(300);
      // The names of the sites present on the date (the whole source, not just the tiles in view).
      const siteAt = new Map(
        await page.evaluate((src) => {
          const data = (
            window.atlas!.map.getSource(src) as unknown as { serialize(): { data: GeoJSON.FeatureCollection } }
          ).serialize().data;
          return data.features.map(
            (f) => [String(f.properties!.name), (f.geometry as GeoJSON.Point).coordinates] as const,
          );
        }, SOURCE.siteLabels),
      );
      const sites = [...siteAt.keys()];
      expect(sites.length).toBeGreaterThan(10);
      const named = new Set<string>();
      const note = (boxes: LabelBox[]) => {
        for (const b of boxes) named.add(b.id ?? `site:${b.name}`);
      };
      // Sweep the two countries at zoom 9, then look again, closer, at whatever is still unnamed.
      for (let lat = 37.2; lat >= 29.2; lat -= 1.2) {
        for (let lon = 36.2; lon <= 48.6; lon += 2.4) {
          const near = (p: { lon: number; lat: number }) => Math.abs(p.lon - lon) < 1.5 && Math.abs(p.lat - lat) < 0.8;
          if (!places.some(near)) continue;
          await view(page, [lon, lat], 9);
          note(await placedLabels(page, layers));
        }
      }
      const todo = () => [
        ...places.filter((p) => !named.has(p.id)).map((p) => ({ key: p.id, at: [p.lon, p.lat] as [number, number] })),
        ...sites
          .filter((s) => !named.has(`site:${s}`))
          .map((s) => ({ key: `site:${s}`, at: siteAt.get(s) as [number, number] })),
      ];
      for (const zoom of [10, 11, 7, 5]) {
        for (const { key, at } of todo()) {
          if (named.has(key)) continue;
          await view(page, at, zoom);
          note(await placedLabels(page, layers));
        }
      }
      expect(todo().map((t) => t.key)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 900_000);
  });
}
