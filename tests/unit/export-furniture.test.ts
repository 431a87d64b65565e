import { describe, expect, it } from 'vitest';
import { blend } from '../../src/model/style-vocab.ts';
import {
  bandHeights,
  captionLines,
  drawFurniture,
  fitText,
  legendItems,
  resolveFurniture,
  DEFAULT_FURNITURE,
  type FurnitureContent,
} from '../../src/export/furniture.ts';
import { recorder } from '../helpers/canvas-recorder.ts';

const content: FurnitureContent = {
  title: 'Iraq and Syria: who held the ground',
  dateWords: '1 June 2015',
  legend: legendItems({
    controllers: ['isis', 'iraq_gov', 'contested'],
    territory: true,
    fronts: true,
    bases: true,
    events: false,
  }),
  scaleBar: { metres: 100_000, px: 120, label: '100 km' },
  permalink: 'http://h/?date=2015-06-01',
};

describe('furniture', () => {
  it('resolves flags', () => {
    expect(resolveFurniture(undefined)).toEqual(DEFAULT_FURNITURE);
    expect(Object.values(resolveFurniture(false)).every((v) => !v)).toBe(true);
    expect(resolveFurniture({ legend: false })).toEqual({ ...DEFAULT_FURNITURE, legend: false });
  });

  it('lists visible layers in the legend with map-like colours', () => {
    const labels = content.legend.map((i) => i.label);
    expect(labels.slice(0, 3)).toEqual([
      'Islamic State (ISIS)',
      'Iraqi government (incl. PMF)',
      'Contested or divided',
    ]);
    expect(labels).toContain('Front line');
    expect(labels).toContain('US/coalition site');
    expect(labels).not.toContain('Event');
    expect(
      legendItems({ controllers: ['isis'], territory: false, fronts: false, bases: false, events: false }),
    ).toEqual([]);
    expect(blend('#000000', 0.5, '#ffffff')).toBe('#808080');
  });

  it('draws title, date, legend, scale bar, north arrow and caption', () => {
    const { ctx, texts } = recorder();
    const size = { width: 1280, height: 720 };
    const bands = bandHeights(size, DEFAULT_FURNITURE);
    expect(bands.top).toBeGreaterThan(0);
    expect(bands.bottom).toBeGreaterThan(0);
    const rect = { x: 0, y: bands.top, width: 1280, height: 720 - bands.top - bands.bottom };
    drawFurniture(ctx, size, rect, DEFAULT_FURNITURE, content);
    const all = texts.map((t) => t.text);
    expect(all).toContain('Iraq and Syria: who held the ground');
    expect(all).toContain('1 June 2015');
    expect(all).toContain('Who held the ground');
    expect(all).toContain('100 km');
    expect(all).toContain('N');
    expect(all.some((t) => t.includes('OpenStreetMap') && t.includes('http://h/?date=2015-06-01'))).toBe(true);
    expect(texts.every((t) => t.x >= 0 && t.x <= 1280 && t.y >= 0 && t.y <= 720)).toBe(true);
  });

  it('does not repeat the date when the title has it, and draws nothing when all is off', () => {
    const { ctx, texts } = recorder();
    const size = { width: 1280, height: 720 };
    drawFurniture(ctx, size, { x: 0, y: 52, width: 1280, height: 600 }, DEFAULT_FURNITURE, {
      ...content,
      title: 'Iraq and Syria: who held the ground, 1 June 2015',
    });
    expect(texts.filter((t) => t.text === '1 June 2015')).toHaveLength(0);
    const off = recorder();
    const none = resolveFurniture(false);
    expect(bandHeights(size, none)).toEqual({ top: 0, bottom: 0 });
    drawFurniture(off.ctx, size, { x: 0, y: 0, width: 1280, height: 720 }, none, content);
    expect(off.texts).toEqual([]);
    expect(off.fills).toEqual([]);
  });

  it('cuts long text with an ellipsis and builds caption lines from the flags', () => {
    const { ctx } = recorder();
    expect(fitText(ctx, 'abcdefghij', 60)).toBe('abcdefghij');
    expect(fitText(ctx, 'abcdefghij', 30)).toBe('abcd…');
    expect(
      captionLines({ ...DEFAULT_FURNITURE, source: false, attribution: false, permalink: false }, content),
    ).toEqual(['Situation on 1 June 2015']);
  });
});
