import { describe, expect, it } from 'vitest';
import { area, polygon } from '@turf/turf';
import { makeGrid, walkLine, distanceKm, cellOf } from '../../scripts/lib/ground/grid.ts';
import { allocate, type Seed } from '../../scripts/lib/ground/allocate.ts';
import { traceLabels } from '../../scripts/lib/ground/trace.ts';
import { chaikin, simplifyLine } from '../../scripts/lib/ground/arcs.ts';

// A 40 × 20 grid of 0.01° cells near the equator-ish latitude of the region.
const g = makeGrid([40, 35, 40.4, 35.2], 0.01, 0.01);
const all = () => new Uint8Array(g.nx * g.ny).fill(1);
const flat = () => new Float32Array(g.nx * g.ny).fill(1);
const seed = (lon: number, lat: number, extra: Partial<Seed> = {}): Seed => ({
  cell: cellOf(g, lon, lat),
  headStart: 0,
  openFactor: 1,
  ownKm: 0,
  ...extra,
});
const ownerAt = (owner: Int32Array, lon: number, lat: number) => owner[cellOf(g, lon, lat)];

describe('cost-distance allocation', () => {
  it('splits flat ground half-way between two places', () => {
    const { owner } = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), [seed(40.05, 35.1), seed(40.35, 35.1)]);
    expect(ownerAt(owner, 40.185, 35.1)).toBe(0);
    expect(ownerAt(owner, 40.215, 35.1)).toBe(1);
    expect([...owner].every((k) => k === 0 || k === 1)).toBe(true);
  });

  it('gives a head start more ground', () => {
    const { owner } = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), [
      seed(40.05, 35.1, { headStart: 6 }),
      seed(40.35, 35.1),
    ]);
    expect(ownerAt(owner, 40.215, 35.1)).toBe(0);
  });

  it('does not cross a barrier line, even diagonally, and keeps a bank for the place on it', () => {
    const passable = all();
    // A diagonal "river" from the bottom-left to the top-right.
    walkLine(
      g,
      [
        [40.1, 35.0],
        [40.3, 35.2],
      ],
      (c) => (passable[c] = 0),
    );
    // Place 0 sits just left of the river, far from place 1, which is on the same side far away.
    const { owner } = allocate(g, passable, flat(), new Uint8Array(g.nx * g.ny), [
      seed(40.16, 35.1),
      seed(40.39, 35.01),
    ]);
    // Right across the river from place 0 is nearer to it, but belongs to place 1.
    expect(ownerAt(owner, 40.225, 35.1)).toBe(1);
    expect(ownerAt(owner, 40.12, 35.1)).toBe(0);
  });

  it('keeps an enclave its footprint next to a larger neighbour', () => {
    const seeds = [seed(40.2, 35.1, { headStart: 20 }), seed(40.215, 35.1, { ownKm: 1.2 })];
    const { owner } = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), seeds);
    expect(ownerAt(owner, 40.225, 35.1)).toBe(1);
    const without = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), [seeds[0], { ...seeds[1], ownKm: 0 }]);
    // Without a footprint the enclave keeps only its own cell.
    expect(ownerAt(without.owner, 40.225, 35.1)).toBe(0);
    expect(ownerAt(without.owner, 40.215, 35.1)).toBe(1);
  });

  it('is deterministic', () => {
    const seeds = [seed(40.05, 35.05), seed(40.35, 35.15), seed(40.2, 35.02)];
    const a = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), seeds);
    const b = allocate(g, all(), flat(), new Uint8Array(g.nx * g.ny), seeds);
    expect(Buffer.from(a.owner.buffer).equals(Buffer.from(b.owner.buffer))).toBe(true);
  });
});

describe('grid helpers', () => {
  it('measures distance in km to marked cells', () => {
    const marked = new Uint8Array(g.nx * g.ny);
    marked[cellOf(g, 40.005, 35.105)] = 1;
    const d = distanceKm(g, marked);
    const km = d[cellOf(g, 40.105, 35.105)];
    // 0.1° of longitude at 35.1°N is about 9.1 km; the chamfer metric is within a few percent.
    expect(km).toBeGreaterThan(8.8);
    expect(km).toBeLessThan(9.4);
  });
});

describe('tracing labels into polygons', () => {
  it('covers each label exactly, with holes, and neighbours share their edges', () => {
    const labels = new Int32Array(g.nx * g.ny).fill(0);
    // Label 1: a 10 × 6 block with a 2 × 2 hole of label 0 inside; label 2: a block touching label 1.
    for (let j = 4; j < 10; j++) for (let i = 5; i < 15; i++) labels[j * g.nx + i] = 1;
    for (let j = 6; j < 8; j++) for (let i = 8; i < 10; i++) labels[j * g.nx + i] = 0;
    for (let j = 4; j < 10; j++) for (let i = 15; i < 20; i++) labels[j * g.nx + i] = 2;
    const polys = traceLabels(g, labels);
    const cellKm2 = (lat: number) =>
      area(
        polygon([
          [
            [40, lat],
            [40.01, lat],
            [40.01, lat + 0.01],
            [40, lat + 0.01],
            [40, lat],
          ],
        ]),
      ) / 1e6;
    const one = polys.get(1)!;
    expect(one).toHaveLength(1);
    expect(one[0]).toHaveLength(2); // outer ring and one hole
    const a1 = area(polygon(one[0])) / 1e6;
    expect(a1 / cellKm2(35.07)).toBeCloseTo(56, 0);
    const a2 = area(polygon(polys.get(2)![0])) / 1e6;
    expect(a2 / cellKm2(35.07)).toBeCloseTo(30, 0);
    // The shared edge at lon 40.15 appears in both rings.
    const hasEdge = (ring: number[][]) => ring.some(([x]) => Math.abs(x - 40.15) < 1e-9);
    expect(hasEdge(one[0][0])).toBe(true);
    expect(hasEdge(polys.get(2)![0][0])).toBe(true);
  });
});

describe('arc generalisation', () => {
  const stairs = Array.from({ length: 21 }, (_, k) => [k % 2 === 0 ? k / 2 : (k + 1) / 2, Math.floor(k / 2)]);
  it('simplifies a staircase and keeps its ends', () => {
    const s = simplifyLine(stairs, 0.8);
    expect(s.length).toBeLessThan(stairs.length / 2);
    expect(s[0]).toEqual(stairs[0]);
    expect(s[s.length - 1]).toEqual(stairs[stairs.length - 1]);
  });
  it('smooths corners and keeps its ends', () => {
    const line = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const s = chaikin(line, 2);
    expect(s[0]).toEqual([0, 0]);
    expect(s[s.length - 1]).toEqual([1, 1]);
    expect(s.some(([x, y]) => x === 1 && y === 0)).toBe(false);
    expect(s.length).toBeGreaterThan(3);
  });
});
