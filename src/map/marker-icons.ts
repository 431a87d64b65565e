/**
 * Raster icons for the foreign forces' site markers (one symbol family per force), drawn from the
 * shared outlines in `model/marker-shapes.ts` with 4 × 4 supersampling, as RGBA pixels for
 * `map.addImage`. A white rim keeps each marker readable over any territory colour.
 */
import { isHollow, insideRow, rowCrossings, shapePolygon, type MarkerShape } from '../model/marker-shapes.ts';
import { FORCES, type ForceKind } from '../model/force-kinds.ts';

/** Image id of a force's marker. */
export function markerImageId(force: ForceKind['id']): string {
  return `marker-${force}`;
}

const scaled = (poly: [number, number][], k: number): [number, number][] =>
  poly.map(([x, y]) => [0.5 + (x - 0.5) * k, 0.5 + (y - 0.5) * k]);

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The marker of `shape` in `color`, `size` pixels a side (RGBA, premultiplied: false). */
export function markerImage(
  shape: MarkerShape,
  color: string,
  size = 40,
): { width: number; height: number; data: Uint8Array } {
  const outer = shapePolygon(shape);
  const body = scaled(outer, 0.78);
  const hole = isHollow(shape) ? scaled(outer, 0.42) : null;
  const [r, g, b] = rgb(color);
  const data = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    // Each sample row's edge crossings, computed once for the row's size × n samples.
    const rows = Array.from({ length: n }, (_, sy) => {
      const y = (py + (sy + 0.5) / n) / size;
      return { outer: rowCrossings(outer, y), body: rowCrossings(body, y), hole: hole ? rowCrossings(hole, y) : null };
    });
    for (let px = 0; px < size; px++) {
      let rim = 0;
      let fill = 0;
      for (const row of rows) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          if (!insideRow(row.outer, x)) continue;
          if (insideRow(row.body, x) && !(row.hole && insideRow(row.hole, x))) fill++;
          else rim++;
        }
      }
      const cover = (rim + fill) / (n * n);
      const t = rim + fill ? fill / (rim + fill) : 0;
      const i = (py * size + px) * 4;
      data[i] = Math.round(r * t + 255 * (1 - t));
      data[i + 1] = Math.round(g * t + 255 * (1 - t));
      data[i + 2] = Math.round(b * t + 255 * (1 - t));
      data[i + 3] = Math.round(255 * cover);
    }
  }
  return { width: size, height: size, data };
}

let images: [string, ReturnType<typeof markerImage>][] | null = null;

/**
 * Every foreign force's marker image, by image id (the US keeps its circle layer). Drawn once per page:
 * the screen map, the compare map and every export map share them (MapLibre copies what it is given).
 */
export function markerImages(): readonly [string, ReturnType<typeof markerImage>][] {
  images ??= FORCES.filter((f) => f.id !== 'us').map((f) => [markerImageId(f.id), markerImage(f.shape, f.color)]);
  return images;
}
