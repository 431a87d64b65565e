/**
 * Turns a label raster into polygons by tracing cell edges: every boundary between two labels is
 * emitted once per side, on the same grid vertices, so the polygons tile the labelled cells exactly
 * (a coverage with shared edges, ready for a topology).
 */
import type { Position } from 'geojson';
import type { Grid } from './grid.ts';

/** Rings of one label: each polygon is [outer, ...holes], in lon/lat, outer rings counter-clockwise. */
export type LabelPolygons = Map<number, Position[][][]>;

function ringArea(r: Position[]): number {
  let s = 0;
  for (let k = 0, l = r.length - 1; k < r.length; l = k++) s += (r[l][0] - r[k][0]) * (r[l][1] + r[k][1]);
  return s / 2;
}

function inRing(x: number, y: number, r: Position[]): boolean {
  let inside = false;
  for (let k = 0, l = r.length - 1; k < r.length; l = k++) {
    const [xi, yi] = r[k];
    const [xj, yj] = r[l];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Remove diagonal-only contacts (2 × 2 blocks where a label touches itself only across a corner), which
 * would make polygons that meet at a single point: the block's lower-right cell joins the diagonal pair.
 * Changes `labels` in place; returns how many cells changed.
 */
export function removeSaddles(g: Grid, labels: Int32Array): number {
  let changed = 0;
  for (let pass = 0; pass < 8; pass++) {
    let n = 0;
    for (let j = 0; j + 1 < g.ny; j++) {
      for (let i = 0; i + 1 < g.nx; i++) {
        const a = j * g.nx + i; // lower left
        const b = a + 1; // lower right
        const c = a + g.nx; // upper left
        const d = c + 1; // upper right
        if (
          labels[a] === labels[d] &&
          labels[a] !== labels[b] &&
          labels[a] !== labels[c] &&
          labels[a] >= 0 &&
          labels[b] >= 0
        ) {
          labels[b] = labels[a];
          n++;
        } else if (
          labels[b] === labels[c] &&
          labels[b] !== labels[a] &&
          labels[b] !== labels[d] &&
          labels[b] >= 0 &&
          labels[a] >= 0
        ) {
          labels[a] = labels[b];
          n++;
        }
      }
    }
    changed += n;
    if (n === 0) break;
  }
  return changed;
}

/** Trace every label ≥ 0 of `labels` into polygons (grid vertices converted to lon/lat). */
export function traceLabels(g: Grid, labels: Int32Array): LabelPolygons {
  const vx = g.nx + 1;
  const labelAt = (i: number, j: number) => (i < 0 || j < 0 || i >= g.nx || j >= g.ny ? -1 : labels[j * g.nx + i]);
  // Directed boundary edges, label on the left: from/to vertex ids.
  const from: number[] = [];
  const to: number[] = [];
  const lab: number[] = [];
  const out = new Map<number, number[]>();
  const add = (a: number, b: number, l: number) => {
    const e = from.length;
    from.push(a);
    to.push(b);
    lab.push(l);
    const key = a * 4096 + l;
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  };
  for (let j = 0; j < g.ny; j++) {
    for (let i = 0; i < g.nx; i++) {
      const l = labels[j * g.nx + i];
      if (l < 0) continue;
      const v00 = j * vx + i;
      const v10 = v00 + 1;
      const v01 = v00 + vx;
      const v11 = v01 + 1;
      if (labelAt(i, j - 1) !== l) add(v00, v10, l);
      if (labelAt(i + 1, j) !== l) add(v10, v11, l);
      if (labelAt(i, j + 1) !== l) add(v11, v01, l);
      if (labelAt(i - 1, j) !== l) add(v01, v00, l);
    }
  }
  const used = new Uint8Array(from.length);
  const ringsByLabel = new Map<number, Position[][]>();
  const dirOf = (a: number, b: number): number => {
    const d = b - a;
    return d === 1 ? 0 : d === vx ? 1 : d === -1 ? 2 : 3; // E, N, W, S
  };
  for (let e0 = 0; e0 < from.length; e0++) {
    if (used[e0]) continue;
    const l = lab[e0];
    const verts: number[] = [];
    let e = e0;
    for (;;) {
      used[e] = 1;
      verts.push(from[e]);
      const cands = out.get(to[e] * 4096 + l)!.filter((x) => !used[x] || x === e0);
      let next = cands[0];
      if (cands.length > 1) {
        // A saddle: take the left-most turn relative to the incoming direction.
        const din = dirOf(from[e], to[e]);
        let bestRank = 9;
        for (const c of cands) {
          const rank = (dirOf(from[c], to[c]) - din + 4) % 4; // 1 = left, 0 = straight, 3 = right
          const order = rank === 1 ? 0 : rank === 0 ? 1 : 2;
          if (order < bestRank) {
            bestRank = order;
            next = c;
          }
        }
      }
      if (next === e0 || next === undefined) break;
      e = next;
    }
    // Keep corners only.
    const ring: Position[] = [];
    const n = verts.length;
    for (let k = 0; k < n; k++) {
      const a = verts[(k + n - 1) % n];
      const b = verts[k];
      const c = verts[(k + 1) % n];
      if (b - a === c - b) continue;
      const i = b % vx;
      const jj = (b - i) / vx;
      ring.push([g.lon0 + i * g.dlon, g.lat0 + jj * g.dlat]);
    }
    ring.push([ring[0][0], ring[0][1]]);
    const list = ringsByLabel.get(l);
    if (list) list.push(ring);
    else ringsByLabel.set(l, [ring]);
  }
  const result: LabelPolygons = new Map();
  for (const [l, rings] of [...ringsByLabel].sort((a, b) => a[0] - b[0])) {
    const outers = rings.filter((r) => ringArea(r) > 0).map((r) => ({ r, a: ringArea(r), holes: [] as Position[][] }));
    outers.sort((x, y) => x.a - y.a);
    for (const h of rings.filter((r) => ringArea(r) < 0)) {
      // A point just inside the label next to the hole's first edge (label on the left of the edge).
      const [x0, y0] = h[0];
      const [x1, y1] = h[1];
      const mx = (x0 + x1) / 2 - ((y1 - y0) / Math.hypot(x1 - x0, y1 - y0)) * g.dlon * 0.25;
      const my = (y0 + y1) / 2 + ((x1 - x0) / Math.hypot(x1 - x0, y1 - y0)) * g.dlat * 0.25;
      const host = outers.find((o) => inRing(mx, my, o.r));
      if (host) host.holes.push(h);
    }
    result.set(
      l,
      outers.sort((x, y) => y.a - x.a).map((o) => [o.r, ...o.holes]),
    );
  }
  return result;
}
