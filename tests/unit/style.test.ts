import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../src/map/style.ts';

const fonts = {
  latin: './l.woff2',
  latinExt: './le.woff2',
  arabic: './a.woff2',
  latinBold: './lb.woff2',
  arabicBold: './ab.woff2',
};

describe('style builder', () => {
  it('builds a valid MapLibre style with no remote resources', () => {
    const style = buildStyle({ basemap: './basemap.json', fonts, lang: 'en' });
    expect(validateStyleMin(style)).toEqual([]);
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
  it('switches label language', () => {
    const ar = buildStyle({ basemap: './b.json', fonts, lang: 'ar' });
    const labels = ar.layers.find((l) => l.id === 'place-labels')!;
    expect(JSON.stringify(labels.layout)).toContain('name_ar');
  });
});
