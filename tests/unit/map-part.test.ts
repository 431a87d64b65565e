import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildStyle } from '../../src/map/style.ts';
import { kindsDrawn, ofKinds, partLayers, sourcesRead } from '../../src/map/map-part.ts';
import { OVERLAY_BEFORE_ID, SOURCE } from '../../src/model/style-vocab.ts';

const style = buildStyle({ fonts: { latin: '', latinExt: '', arabic: '', latinBold: '', arabicBold: '' }, lang: 'en' });
const base = partLayers(style.layers, 'base');
const labels = partLayers(style.layers, 'labels');

describe('the parts of the style an export draws in two passes', () => {
  it('splits the real style at the first label layer, every layer in exactly one part, in order', () => {
    expect(labels[0].id).toBe(OVERLAY_BEFORE_ID);
    expect([...base, ...labels].map((l) => l.id)).toEqual(style.layers.map((l) => l.id));
    expect(base.some((l) => l.type === 'symbol')).toBe(false);
    expect(partLayers(style.layers, 'all')).toEqual(style.layers);
  });

  it('gives the label pass no territory and the pass below the labels no place names', () => {
    const labelSources = sourcesRead(labels);
    const baseSources = sourcesRead(base);
    expect(labelSources.has(SOURCE.territory)).toBe(false);
    expect(baseSources.has(SOURCE.territory)).toBe(true);
    expect(baseSources.has(SOURCE.places)).toBe(false);
    expect(labelSources.has(SOURCE.places)).toBe(true);
    // Both draw markers (dots below the labels, foreign sites' symbols among them) and read the basemap.
    for (const s of [SOURCE.markers, SOURCE.basemap]) {
      expect(labelSources.has(s)).toBe(true);
      expect(baseSources.has(s)).toBe(true);
    }
  });

  it('names the basemap kinds each part draws: rivers alone for the labels, every drawn kind below them', () => {
    expect([...kindsDrawn(labels, SOURCE.basemap)!]).toEqual(['river']);
    expect([...kindsDrawn(base, SOURCE.basemap)!].sort()).toEqual(
      ['admin1', 'border', 'lake', 'land', 'river', 'road'].sort(),
    );
  });

  it('needs every feature when a layer of the source is not limited to named kinds', () => {
    const layers = [
      { id: 'a', source: 'b', filter: ['==', ['get', 'layer'], 'river'] },
      { id: 'c', source: 'b', filter: ['==', ['get', 'kind'], 'focus'] },
    ];
    expect(kindsDrawn(layers, 'b')).toBeNull();
    expect(kindsDrawn([{ id: 'd', source: 'b' }], 'b')).toBeNull();
    expect([...kindsDrawn([layers[0], { id: 'e', source: 'other' }], 'b')!]).toEqual(['river']);
  });

  it('keeps the features of the kinds asked for, or all of them', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: ['river', 'land', 'river', 'road'].map((layer, i) => ({
        type: 'Feature',
        id: i,
        properties: { layer },
        geometry: { type: 'Point', coordinates: [i, i] },
      })),
    };
    expect(ofKinds(fc, new Set(['river'])).features.map((f) => f.id)).toEqual([0, 2]);
    expect(ofKinds(fc, new Set())).toEqual({ type: 'FeatureCollection', features: [] });
    expect(ofKinds(fc, null)).toBe(fc);
  });
});
