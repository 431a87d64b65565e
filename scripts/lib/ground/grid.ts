/**
 * The regular lon/lat grid the territory model allocates land on, and the rasterisers that put
 * polygons and lines onto it. Cell (i, j) spans lon0 + i·dlon … + dlon, lat0 + j·dlat … + dlat.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A grid over the region. */
export interface Grid {
  lon0: number;
  lat0: number;
  dlon: number;
  dlat: number;
  nx: number;
  ny: number;
}

/** Kilometres per degree of latitude (mean). */
export const KM_PER_DEG = 111.2;

/** A grid covering [w, s, e, n] with the given cell size in degrees. */
export function makeGrid(box: [number, number, number, number], dlon: number, dlat: number): Grid {
  return {
    lon0: box[0],
    lat0: box[1],
    dlon,
    dlat,
    nx: Math.ceil((box[2] - box[0]) / dlon),
    ny: Math.ceil((box[3] - box[1]) / dlat),
  };
}

/** Width of a cell in km on row j (shrinks with latitude). */
export function cellWidthKm(g: Grid, j: number): number {
  const lat = g.lat0 + (j + 0.5) * g.dlat;
  return g.dlon * KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
}

/** Height of a cell in km. */
export function cellHeightKm(g: Grid): number {
  return g.dlat * KM_PER_DEG;
}

/** Index of the cell containing lon/lat, or -1 outside the grid. */
export function cellOf(g: Grid, lon: number, lat: number): number {
  const i = Math.floor((lon - g.lon0) / g.dlon);
  const j = Math.floor((lat - g.lat0) / g.dlat);
  return i < 0 || j < 0 || i >= g.nx || j >= g.ny ? -1 : j * g.nx + i;
}

/** Set mask[c] = value for every cell whose centre lies inside the polygon (even-odd over all rings). */
export function fillPolygon(g: Grid, geom: Polygon | MultiPolygon, mask: Uint8Array | Int32Array, value: number): void {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const rings: Position[][] = polys.flat();
  for (let j = 0; j < g.ny; j++) {
    const y = g.lat0 + (j + 0.5) * g.dlat;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let k = 0, n = ring.length, l = n - 1; k < n; l = k++) {
        const [x1, y1] = ring[l];
        const [x2, y2] = ring[k];
        if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const i0 = Math.max(0, Math.ceil((xs[k] - g.lon0) / g.dlon - 0.5));
      const i1 = Math.min(g.nx - 1, Math.floor((xs[k + 1] - g.lon0) / g.dlon - 0.5));
      for (let i = i0; i <= i1; i++) mask[j * g.nx + i] = value;
    }
  }
}

/**
 * Visit every cell a polyline passes through, as a 4-connected chain (a "supercover" walk), so a
 * line of marked cells cannot be slipped through diagonally.
 */
export function walkLine(g: Grid, coords: Position[], visit: (cell: number) => void): void {
  for (let k = 0; k + 1 < coords.length; k++) {
    let x = (coords[k][0] - g.lon0) / g.dlon;
    let y = (coords[k][1] - g.lat0) / g.dlat;
    const x1 = (coords[k + 1][0] - g.lon0) / g.dlon;
    const y1 = (coords[k + 1][1] - g.lat0) / g.dlat;
    let i = Math.floor(x);
    let j = Math.floor(y);
    const i1 = Math.floor(x1);
    const j1 = Math.floor(y1);
    const dx = x1 - x;
    const dy = y1 - y;
    const si = Math.sign(dx);
    const sj = Math.sign(dy);
    const tdx = si !== 0 ? Math.abs(1 / dx) : Infinity;
    const tdy = sj !== 0 ? Math.abs(1 / dy) : Infinity;
    let tx = si > 0 ? (i + 1 - x) * tdx : si < 0 ? (x - i) * tdx : Infinity;
    let ty = sj > 0 ? (j + 1 - y) * tdy : sj < 0 ? (y - j) * tdy : Infinity;
    const inside = (a: number, b: number) => a >= 0 && b >= 0 && a < g.nx && b < g.ny;
    if (inside(i, j)) visit(j * g.nx + i);
    let guard = Math.abs(i1 - i) + Math.abs(j1 - j) + 2;
    while ((i !== i1 || j !== j1) && guard-- > 0) {
      if (tx < ty) {
        i += si;
        tx += tdx;
      } else {
        j += sj;
        ty += tdy;
      }
      if (inside(i, j)) visit(j * g.nx + i);
    }
    x = x1;
    y = y1;
  }
}

/** Grow a 0/1 mask by r cells (square neighbourhood), in place-safe copy. */
export function dilate(g: Grid, mask: Uint8Array, r: number): Uint8Array {
  const out = new Uint8Array(mask);
  for (let j = 0; j < g.ny; j++) {
    for (let i = 0; i < g.nx; i++) {
      if (!mask[j * g.nx + i]) continue;
      for (let b = Math.max(0, j - r); b <= Math.min(g.ny - 1, j + r); b++)
        for (let a = Math.max(0, i - r); a <= Math.min(g.nx - 1, i + r); a++) out[b * g.nx + a] = 1;
    }
  }
  return out;
}

/** Distance in km from every cell to the nearest marked cell (two-pass chamfer, 3-4 weights). */
export function distanceKm(g: Grid, marked: Uint8Array): Float32Array {
  const d = new Float32Array(g.nx * g.ny).fill(Infinity);
  for (let c = 0; c < d.length; c++) if (marked[c]) d[c] = 0;
  const h = cellHeightKm(g);
  const pass = (forward: boolean) => {
    for (let jj = 0; jj < g.ny; jj++) {
      const j = forward ? jj : g.ny - 1 - jj;
      const w = cellWidthKm(g, j);
      const diag = Math.hypot(w, h);
      const dj = forward ? -1 : 1;
      for (let ii = 0; ii < g.nx; ii++) {
        const i = forward ? ii : g.nx - 1 - ii;
        const c = j * g.nx + i;
        let best = d[c];
        const di = forward ? -1 : 1;
        const pi = i + di;
        const pj = j + dj;
        if (pi >= 0 && pi < g.nx) best = Math.min(best, d[c + di] + w);
        if (pj >= 0 && pj < g.ny) {
          best = Math.min(best, d[pj * g.nx + i] + h);
          if (pi >= 0 && pi < g.nx) best = Math.min(best, d[pj * g.nx + pi] + diag);
          const qi = i - di;
          if (qi >= 0 && qi < g.nx) best = Math.min(best, d[pj * g.nx + qi] + diag);
        }
        d[c] = best;
      }
    }
  };
  pass(true);
  pass(false);
  return d;
}

/** Degrees of longitude per degree of latitude in length at 35°N (for planar distances in the region). */
export const KX35 = Math.cos((35 * Math.PI) / 180);

/** Distance in km from a point to a polyline (planar at 35°N: good to a few percent across the region). */
export function distanceToLineKm(p: Position, line: readonly Position[]): number {
  let best = Infinity;
  for (let k = 0; k + 1 < line.length; k++) {
    const ax = line[k][0] * KX35;
    const ay = line[k][1];
    const dx = line[k + 1][0] * KX35 - ax;
    const dy = line[k + 1][1] - ay;
    const px = p[0] * KX35 - ax;
    const py = p[1] - ay;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best * KM_PER_DEG;
}
