/**
 * Line generalisation for the shared arcs of a topology: each arc is simplified and smoothed once,
 * with its end points pinned, so neighbouring polygons keep identical edges (no slivers, no overlaps).
 */
import type { Position } from 'geojson';

/** Douglas–Peucker simplification with the end points kept; `tol` in coordinate units (x scaled by kx). */
export function simplifyLine(pts: Position[], tol: number, kx = 1): Position[] {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  const tol2 = tol * tol;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const ax = pts[a][0] * kx;
    const ay = pts[a][1];
    const dx = pts[b][0] * kx - ax;
    const dy = pts[b][1] - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let k = a + 1; k < b; k++) {
      const px = pts[k][0] * kx - ax;
      const py = pts[k][1] - ay;
      let d2: number;
      if (len2 === 0) d2 = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        const ex = px - t * dx;
        const ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > worstD) {
        worstD = d2;
        worst = k;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}

/** Chaikin corner cutting, `iterations` times, end points kept (a closed arc keeps its start corner). */
export function chaikin(pts: Position[], iterations: number): Position[] {
  let cur = pts;
  for (let it = 0; it < iterations && cur.length > 2; it++) {
    const next: Position[] = [cur[0]];
    for (let k = 0; k + 1 < cur.length; k++) {
      const [x0, y0] = cur[k];
      const [x1, y1] = cur[k + 1];
      if (k > 0) next.push([0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1]);
      if (k + 2 < cur.length) next.push([0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1]);
    }
    next.push(cur[cur.length - 1]);
    cur = next;
  }
  return cur;
}
