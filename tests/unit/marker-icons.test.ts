import { describe, expect, it } from 'vitest';
import { insideRow, rowCrossings, shapePolygon } from '../../src/model/marker-shapes.ts';
import { markerImage, markerImages } from '../../src/map/marker-icons.ts';
import { FORCES } from '../../src/model/force-kinds.ts';

/** RGBA of pixel (x, y) of a marker image. */
const pixel = (img: ReturnType<typeof markerImage>, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('row crossings (even-odd rule by scanline)', () => {
  it('finds a square inside, outside and in its concave neighbour', () => {
    const square = shapePolygon('square');
    const row = rowCrossings(square, 0.5);
    expect([...row].sort()).toEqual([0.14, 0.86]);
    expect(insideRow(row, 0.5)).toBe(true);
    expect(insideRow(row, 0.1)).toBe(false);
    expect(insideRow(row, 0.9)).toBe(false);
    expect(rowCrossings(square, 0.9)).toEqual([]);
  });

  it('follows a concave outline: the notch of a U is outside', () => {
    const u: [number, number][] = [
      [0, 0],
      [0.3, 0],
      [0.3, 0.6],
      [0.7, 0.6],
      [0.7, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const high = rowCrossings(u, 0.3);
    expect(insideRow(high, 0.15)).toBe(true);
    expect(insideRow(high, 0.5)).toBe(false);
    expect(insideRow(high, 0.85)).toBe(true);
    expect(insideRow(rowCrossings(u, 0.8), 0.5)).toBe(true);
  });

  it('places the triangle apex row narrower than its base row', () => {
    const tri = shapePolygon('triangle');
    const width = (y: number) => {
      const [a, b] = rowCrossings(tri, y);
      return Math.abs(a - b);
    };
    expect(width(0.2)).toBeLessThan(width(0.8));
    expect(insideRow(rowCrossings(tri, 0.2), 0.5)).toBe(true);
    expect(insideRow(rowCrossings(tri, 0.2), 0.2)).toBe(false);
  });
});

describe('marker images', () => {
  it('draws each force in its colour, rimmed in white, transparent outside', () => {
    for (const f of FORCES.filter((k) => k.id !== 'us')) {
      const img = markerImage(f.shape, f.color);
      expect(img.width * img.height * 4).toBe(img.data.length);
      expect(pixel(img, 0, 0)[3]).toBe(0);
      expect(pixel(img, img.width - 1, img.height - 1)[3]).toBe(0);
      const centre = pixel(img, img.width / 2, Math.round(img.height * 0.6));
      // A ring's centre is its hole: opaque white; every other shape is filled with its colour there.
      expect(centre).toEqual(f.shape === 'ring' ? [255, 255, 255, 255] : [...rgb(f.color), 255]);
    }
  });

  it('antialiases the outline: partly covered pixels on the edge', () => {
    const img = markerImage('circle', '#000000');
    const row = Array.from({ length: img.width }, (_, x) => pixel(img, x, img.height / 2)[3]);
    expect(row.some((a) => a > 0 && a < 255)).toBe(true);
    expect(row.filter((a) => a === 255).length).toBeGreaterThan(img.width / 2);
  });

  it('draws the set once per page and names every force but the US', () => {
    const a = markerImages();
    expect(markerImages()).toBe(a);
    expect(a.map(([id]) => id)).toEqual(FORCES.filter((f) => f.id !== 'us').map((f) => `marker-${f.id}`));
  });
});
