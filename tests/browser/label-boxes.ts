/**
 * Reads the labels MapLibre has placed on the atlas's map from its collision index (the boxes, with
 * their padding, that keep names apart; line labels such as rivers are chains of circles, taken as
 * their bounding boxes), each with its layer and its feature's properties. Internals of maplibre-gl
 * 6 (pinned in package.json): a change there fails loudly here rather than passing silently.
 */
import type { Page } from 'playwright-core';

/** One placed label: its layer, feature properties, and its box on screen (CSS pixels). */
export interface LabelBox {
  layer: string;
  key: string;
  id: string | null;
  name: string;
  lon: number;
  lat: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every label of `layers` placed in the current view (its box's centre on screen). */
export async function placedLabels(page: Page, layers: readonly string[]): Promise<LabelBox[]> {
  // The test runner's transform names inner functions with a `__name` helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate((wanted) => {
    type Key = { bucketInstanceId: number; featureIndex: number };
    type Found = Record<string, { feature: { properties: Record<string, unknown>; geometry: GeoJSON.Geometry } }[]>;
    interface Internals {
      style: {
        placement: {
          collisionIndex: {
            grid: { boxKeys: Key[]; bboxes: number[]; circleKeys: Key[]; circles: number[] };
            transform: { worldCoordinateHelper: unknown };
          };
          retainedQueryData: Record<
            number,
            {
              bucketIndex: number;
              sourceLayerIndex: number;
              featureIndex: {
                lookupSymbolFeatures(...args: unknown[]): Found;
              };
            }
          >;
        };
        _serializedAllLayers(): unknown;
        _layers: unknown;
      };
    }
    const map = window.atlas!.map as unknown as Internals & { getCanvas(): HTMLCanvasElement };
    const { placement } = map.style;
    const grid = placement?.collisionIndex?.grid;
    if (!grid || !Array.isArray(grid.boxKeys) || !Array.isArray(grid.bboxes)) {
      throw new Error('maplibre-gl internals changed: no collision grid to read labels from');
    }
    const serialized = map.style._serializedAllLayers();
    const layerSet = new Set(wanted);
    const boxes: { k: string; key: Key; x1: number; y1: number; x2: number; y2: number }[] = [];
    const add = (key: Key, x1: number, y1: number, x2: number, y2: number) =>
      boxes.push({ k: `${key.bucketInstanceId}/${key.featureIndex}`, key, x1, y1, x2, y2 });
    grid.boxKeys.forEach((key, i) =>
      add(key, ...(grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number])),
    );
    grid.circleKeys.forEach((key, i) => {
      const [x, y, r] = grid.circles.slice(i * 3, i * 3 + 3);
      add(key, x - r, y - r, x + r, y + r);
    });
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const out: LabelBox[] = [];
    for (const { k, ...b } of boxes) {
      // The grid extends 100 px beyond the viewport on every side.
      const [x1, y1, x2, y2] = [b.x1 - 100, b.y1 - 100, b.x2 - 100, b.y2 - 100];
      const cx = (x1 + x2) / 2;
      const cy = (y1 + y2) / 2;
      if (cx < 0 || cy < 0 || cx > width || cy > height) continue;
      const q = placement.retainedQueryData[b.key.bucketInstanceId];
      if (!q) continue;
      const found = q.featureIndex.lookupSymbolFeatures(
        [b.key.featureIndex],
        serialized,
        q.bucketIndex,
        q.sourceLayerIndex,
        {
          filterSpec: undefined,
          globalState: {},
          worldCoordinateHelper: placement.collisionIndex.transform.worldCoordinateHelper,
        },
        layerSet,
        [],
        map.style._layers,
      );
      for (const [layer, feats] of Object.entries(found)) {
        for (const { feature } of feats) {
          const p = feature.properties;
          const g = feature.geometry;
          const [lon, lat] = g.type === 'Point' ? g.coordinates : [NaN, NaN];
          out.push({
            layer,
            key: k,
            id: (p.id as string) ?? null,
            name: String(p.name ?? ''),
            lon,
            lat,
            x1,
            y1,
            x2,
            y2,
          });
        }
      }
    }
    return out;
  }, layers);
}

/** Pairs of labels whose boxes overlap by more than `tolerance` px each way. */
export function overlapping(boxes: readonly LabelBox[], tolerance = 0.5): [LabelBox, LabelBox][] {
  const out: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.key === b.key) continue;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > tolerance && h > tolerance) out.push([a, b]);
    }
  }
  return out;
}
