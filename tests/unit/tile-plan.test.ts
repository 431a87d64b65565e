import { describe, expect, it } from 'vitest';
import { constrainView, fitsOneTile, fromUnit, planTiles, toUnit } from '../../src/export/tile-plan.ts';

/** World CSS pixel of a lon/lat at `zoom`. */
const px = (p: [number, number], zoom: number) => {
  const u = toUnit(p[0], p[1]);
  return { x: u.x * 512 * 2 ** zoom, y: u.y * 512 * 2 ** zoom };
};

describe('tiled export plan', () => {
  it('converts to and from Web Mercator', () => {
    for (const p of [
      [0, 0],
      [43.13, 36.34],
      [-179.9, -80],
    ] as [number, number][]) {
      const [lon, lat] = fromUnit(toUnit(p[0], p[1]));
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
    expect(toUnit(0, 0)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('covers the image exactly once, in tiles that start on whole pixels and fit the limit', () => {
    for (const [w, h, s] of [
      [8192, 7660, 6.375],
      [3840, 1990, 3],
      [1920, 936, 1.5],
      [777, 333, 1.125],
    ]) {
      const grid = planTiles({
        image: { width: w, height: h },
        pixelRatio: s,
        center: [41.2, 34.6],
        zoom: 5.6,
        maxTilePx: 2048,
        gutterCss: 16,
      });
      const map = { width: grid.mapCss.width * s, height: grid.mapCss.height * s };
      expect(Number.isInteger(map.width) && Number.isInteger(map.height)).toBe(true);
      expect(Math.max(map.width, map.height)).toBeLessThanOrEqual(2048);
      let area = 0;
      for (const t of grid.tiles) {
        expect([t.x, t.y, t.width, t.height].every(Number.isInteger)).toBe(true);
        expect(t.x + t.width <= w && t.y + t.height <= h).toBe(true);
        // The kept piece lies inside the tile map, after the gutter.
        expect(t.width + 2 * grid.gutterCss * s).toBeLessThanOrEqual(map.width);
        area += t.width * t.height;
      }
      // No two pieces overlap and together they are the whole image: every pixel is drawn once.
      for (const [i, a] of grid.tiles.entries())
        for (const b of grid.tiles.slice(i + 1))
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(
            true,
          );
      expect(area).toBe(w * h);
    }
  });

  it('centres each tile so its pixels line up with its neighbours’', () => {
    const zoom = 5.6;
    const s = 6.375;
    const grid = planTiles({
      image: { width: 8192, height: 8192 },
      pixelRatio: s,
      center: [41.2, 34.6],
      zoom,
      maxTilePx: 2048,
      gutterCss: 16,
    });
    const [a, b] = grid.tiles;
    expect(b.y).toBe(a.y);
    const pa = px(a.center, zoom);
    const pb = px(b.center, zoom);
    // Neighbouring centres are exactly one kept piece apart, in image pixels.
    expect((pb.x - pa.x) * s).toBeCloseTo(b.x - a.x, 6);
    expect(pb.y).toBeCloseTo(pa.y, 6);
    // The image's own centre is the view's centre.
    const mid = px([41.2, 34.6], zoom);
    const first = px(grid.tiles[0].center, zoom);
    const fromTopLeft = (first.x - mid.x) * s + 8192 / 2 - (grid.mapCss.width * s) / 2 + grid.gutterCss * s;
    expect(fromTopLeft).toBeCloseTo(0, 6);
    const [west, south, east, north] = grid.bounds;
    expect(west).toBeLessThan(41.2);
    expect(east).toBeGreaterThan(41.2);
    expect(south).toBeLessThan(34.6);
    expect(north).toBeGreaterThan(34.6);
  });

  it('refuses pixel ratios tiles could not meet on whole pixels', () => {
    expect(() =>
      planTiles({
        image: { width: 100, height: 100 },
        pixelRatio: 1.3,
        center: [0, 0],
        zoom: 1,
        maxTilePx: 2048,
        gutterCss: 0,
      }),
    ).toThrow(RangeError);
  });

  it('keeps the whole view inside the region, zooming in when it is larger', () => {
    const bounds: [[number, number], [number, number]] = [
      [29, 25],
      [54, 42],
    ];
    const inside = constrainView([41.2, 34.6], 5.6, { width: 1280, height: 720 }, bounds);
    expect(inside.zoom).toBe(5.6);
    expect(inside.center[0]).toBeCloseTo(41.2, 9);
    // A view taller than the region (1,416 px at this zoom) zooms in until it fits.
    const tall = constrainView([41.2, 34.6], 5.6, { width: 1280, height: 1600 }, bounds);
    expect(tall.zoom).toBeGreaterThan(5.6);
    const c = px(tall.center, tall.zoom);
    const top = fromUnit({ x: 0, y: (c.y - 1600 / 2) / (512 * 2 ** tall.zoom) })[1];
    const bottom = fromUnit({ x: 0, y: (c.y + 1600 / 2) / (512 * 2 ** tall.zoom) })[1];
    expect(top).toBeLessThanOrEqual(42 + 1e-9);
    expect(bottom).toBeGreaterThanOrEqual(25 - 1e-9);
    // Near an edge, the centre moves in.
    const edge = constrainView([30, 41.5], 7, { width: 1280, height: 720 }, bounds);
    expect(edge.center[0]).toBeGreaterThan(30);
    expect(edge.center[1]).toBeLessThan(41.5);
  });

  it('draws an image in one map only when it fits one tile and the pixel budget', () => {
    const at = (width: number, height: number, pixelRatio: number) => ({
      image: { width, height },
      pixelRatio,
      center: [41.2, 34.6] as [number, number],
      zoom: 5.6,
    });
    const a4 = 3508 * 2480;
    // 4K and A4 at 300 dpi (their map rectangles, under the title band) fit one 4096-pixel tile.
    expect(fitsOneTile(at(3840, 1990, 3), 4096, a4)).toBe(true);
    expect(fitsOneTile(at(3508, 2300, 2.75), 4096, a4)).toBe(true);
    // Wider than a tile, more pixels than the budget, or a GPU whose canvases are smaller: not one map.
    expect(fitsOneTile(at(4200, 1100, 3), 4096, a4)).toBe(false);
    expect(fitsOneTile(at(4000, 2400, 3), 4096, a4)).toBe(false);
    expect(fitsOneTile(at(3840, 1990, 3), 2048, a4)).toBe(false);
  });
});
