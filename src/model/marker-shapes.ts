/**
 * Marker outlines as polygons on a unit square (0…1, y down), shared by the map's icons, the
 * panel's swatches and the export legend, so the three always draw the same symbol.
 */

/** The symbol families of the forces. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'ring';

const regular = (n: number, r: number, start: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n;
    return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)];
  });

/**
 * The outline of a shape as a closed polygon (last point not repeated). Circles and rings are
 * drawn as 32-gons; a ring is the same outline, drawn hollow (see {@link isHollow}).
 */
export function shapePolygon(shape: MarkerShape): [number, number][] {
  switch (shape) {
    case 'square':
      return [
        [0.14, 0.14],
        [0.86, 0.14],
        [0.86, 0.86],
        [0.14, 0.86],
      ];
    case 'triangle':
      return [
        [0.5, 0.08],
        [0.94, 0.86],
        [0.06, 0.86],
      ];
    case 'diamond':
      return [
        [0.5, 0.04],
        [0.96, 0.5],
        [0.5, 0.96],
        [0.04, 0.5],
      ];
    case 'hexagon':
      return regular(6, 0.46, -Math.PI / 2);
    default:
      return regular(32, 0.42, 0);
  }
}

/** True for shapes drawn as an outline only (the coalition partners' ring). */
export function isHollow(shape: MarkerShape): boolean {
  return shape === 'ring';
}

/**
 * Where a horizontal line at `y` crosses `poly`'s edges: the x of each crossing, in edge order. A point
 * (x, y) is inside by the even-odd rule when an odd number of them are right of x — so a whole row of points
 * costs one pass over the edges.
 */
export function rowCrossings(poly: readonly [number, number][], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  return xs;
}

/** True when an odd number of `crossings` (from {@link rowCrossings}) lie right of `x`. */
export function insideRow(crossings: readonly number[], x: number): boolean {
  let inside = false;
  for (const c of crossings) if (x < c) inside = !inside;
  return inside;
}
