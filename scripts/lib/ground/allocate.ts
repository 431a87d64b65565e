/**
 * Multi-source cost-distance allocation on the grid: every passable cell goes to the source it is
 * cheapest to reach over the friction surface (16-neighbour moves, so straight lines cost within ~3%
 * of their true length in any direction). Each source may start with a head start (a negative initial
 * cost), so a city reaches further than a hamlet, and may pay more than others to cross open land, so
 * the desert goes to the places that stand for it rather than to the nearest oasis town. With such
 * per-source costs the territories grow as competing fronts (a cell is claimed by whoever reaches it
 * first, and only its claimant grows on from it). Ties go to the lower source index: deterministic.
 */
import { cellHeightKm, cellWidthKm, type Grid } from './grid.ts';

/**
 * A source: its seed cell, its head start in friction-km, its cost factor on open (unsettled) land, and
 * the radius in km of its own footprint, which no other source can take (an enclave keeps its ground
 * next to a larger neighbour); where footprints overlap, each cell goes to the nearer seed.
 */
export interface Seed {
  cell: number;
  headStart: number;
  openFactor: number;
  ownKm: number;
}

/** Result: owner source index per cell (-1 where unreached) and the cost from the owner's seed (without head start). */
export interface Allocation {
  owner: Int32Array;
  cost: Float32Array;
}

/** A binary min-heap of (priority, id, tie) with typed arrays; ties break on `tie` then insertion. */
class Heap {
  private pri = new Float64Array(1024);
  private ids = new Int32Array(1024);
  private ties = new Int32Array(1024);
  size = 0;
  push(p: number, id: number, tie: number): void {
    if (this.size === this.pri.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.pri = grow(this.pri);
      this.ids = grow(this.ids);
      this.ties = grow(this.ties);
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (this.less(parent, p, tie)) break;
      this.pri[k] = this.pri[parent];
      this.ids[k] = this.ids[parent];
      this.ties[k] = this.ties[parent];
      k = parent;
    }
    this.pri[k] = p;
    this.ids[k] = id;
    this.ties[k] = tie;
  }
  private less(k: number, p: number, tie: number): boolean {
    return this.pri[k] < p || (this.pri[k] === p && this.ties[k] <= tie);
  }
  /** Pop the minimum; returns its id, and its priority in `lastPri`, its tie in `lastTie`. */
  lastPri = 0;
  lastTie = 0;
  pop(): number {
    const id = this.ids[0];
    this.lastPri = this.pri[0];
    this.lastTie = this.ties[0];
    const n = --this.size;
    if (n > 0) {
      const p = this.pri[n];
      const i = this.ids[n];
      const t = this.ties[n];
      let k = 0;
      for (;;) {
        let c = 2 * k + 1;
        if (c >= n) break;
        if (
          c + 1 < n &&
          (this.pri[c + 1] < this.pri[c] || (this.pri[c + 1] === this.pri[c] && this.ties[c + 1] < this.ties[c]))
        )
          c++;
        if (p < this.pri[c] || (p === this.pri[c] && t <= this.ties[c])) break;
        this.pri[k] = this.pri[c];
        this.ids[k] = this.ids[c];
        this.ties[k] = this.ties[c];
        k = c;
      }
      this.pri[k] = p;
      this.ids[k] = i;
      this.ties[k] = t;
    }
    return id;
  }
}

/** Moves (di, dj) of the 16-neighbourhood, with the cells a move passes through (which must be passable). */
const MOVES: [number, number, [number, number][]][] = [
  [1, 0, []],
  [-1, 0, []],
  [0, 1, []],
  [0, -1, []],
  [
    1,
    1,
    [
      [1, 0],
      [0, 1],
    ],
  ],
  [
    1,
    -1,
    [
      [1, 0],
      [0, -1],
    ],
  ],
  [
    -1,
    1,
    [
      [-1, 0],
      [0, 1],
    ],
  ],
  [
    -1,
    -1,
    [
      [-1, 0],
      [0, -1],
    ],
  ],
  [
    2,
    1,
    [
      [1, 0],
      [1, 1],
    ],
  ],
  [
    2,
    -1,
    [
      [1, 0],
      [1, -1],
    ],
  ],
  [
    -2,
    1,
    [
      [-1, 0],
      [-1, 1],
    ],
  ],
  [
    -2,
    -1,
    [
      [-1, 0],
      [-1, -1],
    ],
  ],
  [
    1,
    2,
    [
      [0, 1],
      [1, 1],
    ],
  ],
  [
    -1,
    2,
    [
      [0, 1],
      [-1, 1],
    ],
  ],
  [
    1,
    -2,
    [
      [0, -1],
      [1, -1],
    ],
  ],
  [
    -1,
    -2,
    [
      [0, -1],
      [-1, -1],
    ],
  ],
];

/**
 * Allocate the cells where `passable` is 1 among the seeds. `friction` is the cost per km of
 * crossing a cell (a move costs its length times the mean friction of the cells it touches, times the
 * source's `openFactor` where the move ends on an `open` cell).
 */
export function allocate(
  g: Grid,
  passable: Uint8Array,
  friction: Float32Array,
  open: Uint8Array,
  seeds: readonly Seed[],
): Allocation {
  const n = g.nx * g.ny;
  const best = new Float64Array(n).fill(Infinity);
  const owner = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new Heap();
  const maxHead = Math.max(0, ...seeds.map((s) => s.headStart));
  const h = cellHeightKm(g);
  const rowLen: Float64Array[] = [];
  for (let j = 0; j < g.ny; j++) {
    const w = cellWidthKm(g, j);
    rowLen.push(Float64Array.from(MOVES, ([di, dj]) => Math.hypot(di * w, dj * h)));
  }
  // Footprints: cells within ownKm of a seed, over passable ground (so not across a barrier), are locked
  // to the nearest such seed.
  const locked = new Uint8Array(n);
  const lockDist = new Float64Array(n).fill(Infinity);
  const local = new Map<number, number>();
  seeds.forEach((s, k) => {
    if (s.cell < 0 || !passable[s.cell]) return;
    local.clear();
    local.set(s.cell, 0);
    let frontier = [s.cell];
    while (frontier.length) {
      const next: number[] = [];
      for (const c of frontier) {
        const dc = local.get(c)!;
        const i = c % g.nx;
        const j = (c - i) / g.nx;
        const lens = rowLen[j];
        for (let m = 0; m < 8; m++) {
          const [di, dj, via] = MOVES[m];
          const a = i + di;
          const b = j + dj;
          if (a < 0 || b < 0 || a >= g.nx || b >= g.ny) continue;
          const t = b * g.nx + a;
          if (!passable[t] || via.some(([vi, vj]) => !passable[(j + vj) * g.nx + (i + vi)])) continue;
          const d = dc + lens[m];
          if (d > s.ownKm || d >= (local.get(t) ?? Infinity)) continue;
          local.set(t, d);
          next.push(t);
        }
      }
      frontier = next;
    }
    for (const [c, d] of local) {
      if (d < lockDist[c] || (d === lockDist[c] && k < owner[c])) {
        lockDist[c] = d;
        owner[c] = k;
        locked[c] = 1;
      }
    }
  });
  for (let c = 0; c < n; c++) {
    if (!locked[c]) continue;
    const k = owner[c];
    const p = maxHead - seeds[k].headStart + lockDist[c] * friction[c];
    best[c] = p;
    heap.push(p, c, k);
  }
  while (heap.size > 0) {
    const c = heap.pop();
    const pc = heap.lastPri;
    const k = heap.lastTie;
    if (done[c] || pc !== best[c] || owner[c] !== k) continue;
    done[c] = 1;
    const i = c % g.nx;
    const j = (c - i) / g.nx;
    const lens = rowLen[j];
    for (let m = 0; m < MOVES.length; m++) {
      const [di, dj, via] = MOVES[m];
      const a = i + di;
      const b = j + dj;
      if (a < 0 || b < 0 || a >= g.nx || b >= g.ny) continue;
      const t = b * g.nx + a;
      if (!passable[t] || done[t] || (locked[t] && owner[t] !== k)) continue;
      let f = friction[c] + friction[t];
      let cnt = 2;
      let blocked = false;
      for (const [vi, vj] of via) {
        const v = (j + vj) * g.nx + (i + vi);
        if (!passable[v]) {
          blocked = true;
          break;
        }
        f += friction[v];
        cnt++;
      }
      if (blocked) continue;
      const p = pc + ((lens[m] * f) / cnt) * (open[t] ? seeds[k].openFactor : 1);
      if (p < best[t] || (p === best[t] && k < owner[t])) {
        best[t] = p;
        owner[t] = k;
        heap.push(p, t, k);
      }
    }
  }
  const cost = new Float32Array(n);
  for (let c = 0; c < n; c++) {
    const k = owner[c];
    cost[c] = k < 0 ? Infinity : best[c] - (maxHead - seeds[k].headStart);
  }
  return { owner, cost };
}
