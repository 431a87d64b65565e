import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/model/i18n/index.ts';
import { join, resolve } from 'node:path';
import {
  bandHeights,
  captionFits,
  captionLines,
  cornerBox,
  drawFurniture,
  legendCorner,
  legendItems,
  sideBand,
  DEFAULT_FURNITURE,
} from '../../src/export/furniture.ts';
import { defaultTitle, permalinkFor, pngTextEntries } from '../../src/export/metadata.ts';
import { baseUrlProblem, isLoopbackHost, permalinkBase } from '../../src/export/public-url.ts';
import { placeForView } from '../../src/model/view-place.ts';
import { planMap } from '../../src/export/size.ts';
import { messages } from '../../src/model/i18n/index.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';

import { recorder } from '../helpers/canvas-recorder.ts';

// The Arabic strings load on demand in the app (their own chunk); these tests read them.
beforeAll(() => loadMessages('ar'));

const root = resolve(import.meta.dirname, '..', '..');
const places = loadTerritory(join(root, 'geodata', 'build', 'territory.json')).places;

describe('the place a view is of', () => {
  it('names the city at the centre of a zoomed-in view, as a whole city, in both scripts', () => {
    // Mosul's Old City (43.13, 36.34) at zoom 10, and a little off it.
    expect(placeForView(places, [43.13, 36.34], 10)).toEqual({ en: 'Mosul', ar: 'الموصل' });
    expect(placeForView(places, [43.16, 36.36], 9)).toEqual({ en: 'Mosul', ar: 'الموصل' });
    expect(placeForView(places, [40.14, 35.335], 9)).toEqual({ en: 'Deir ez-Zor', ar: 'دير الزور' });
    // Dora is a district of Baghdad: the view is of Baghdad.
    expect(placeForView(places, [44.39, 33.26], 11)).toEqual({ en: 'Baghdad', ar: 'بغداد' });
    expect(placeForView(places, [37.15, 36.2], 10)).toEqual({ en: 'Aleppo', ar: 'حلب' });
    expect(placeForView(places, [38.273, 34.556], 9)?.en).toBe('Palmyra');
  });
  it('names no place when zoomed out or far from any town', () => {
    expect(placeForView(places, [43.13, 36.34], 5.6)).toBeNull();
    // The empty desert between Rutba and the Saudi border.
    expect(placeForView(places, [41.0, 31.6], 9)).toBeNull();
  });
  it('puts the place in the default title, in the view’s language', () => {
    const mosul = { en: 'Mosul', ar: 'الموصل' };
    expect(defaultTitle('2017-07-10', { place: mosul })).toBe('Mosul: who held the ground, 10 July 2017');
    expect(defaultTitle(undefined, { place: mosul })).toBe('Mosul: who held the ground');
    expect(defaultTitle('2017-07-10', { place: mosul, lang: 'ar' })).toBe('الموصل: من يسيطر على الأرض، ١٠ تموز ٢٠١٧');
    expect(defaultTitle('2014-06-10', { lang: 'ar' })).toBe('العراق وسوريا: من يسيطر على الأرض، ١٠ حزيران ٢٠١٤');
  });
});

describe('permalinks', () => {
  it('start at the configured public address, else at the page’s own', () => {
    expect(permalinkBase('https://atlas.example.org/iq-sy/', 'http://localhost:4173', '/')).toBe(
      'https://atlas.example.org/iq-sy/',
    );
    expect(permalinkBase('https://atlas.example.org/a/?x=1#h', 'http://x', '/')).toBe('https://atlas.example.org/a/');
    expect(permalinkBase(undefined, 'https://maps.example.org', '/atlas/')).toBe('https://maps.example.org/atlas/');
    // Someone running the atlas on their own machine has only that address.
    expect(permalinkBase('', 'http://localhost:4173', '/')).toBe('http://localhost:4173/');
    expect(permalinkFor(null, '2015-01-01')).toBeNull();
  });
  it('refuse loopback and non-web base addresses', () => {
    for (const h of ['localhost', '127.0.0.1', '127.4.5.6', '[::1]', '::1', '0.0.0.0', 'atlas.localhost'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['example.org', '10.0.0.2', '128.0.0.1', 'localhost.example.org'])
      expect(isLoopbackHost(h), h).toBe(false);
    expect(baseUrlProblem('https://example.org/atlas/')).toBeNull();
    expect(baseUrlProblem('http://127.0.0.1:41234/')).toMatch(/loopback/);
    expect(baseUrlProblem('http://localhost:4173/')).toMatch(/loopback/);
    expect(baseUrlProblem('ftp://example.org/')).toMatch(/https/);
    expect(baseUrlProblem('example.org')).toMatch(/not a URL/);
  });
  it('leaves the link out of the metadata and says so in the caption when there is none', () => {
    const keys = pngTextEntries({ title: 'T', day: '2015-06-01', permalink: null }).map((e) => e.keyword);
    expect(keys).not.toContain('URL');
    expect(keys).not.toContain('Source');
    const desc = pngTextEntries({ title: 'T', day: '2015-06-01', permalink: null }).find(
      (e) => e.keyword === 'Description',
    )!.text;
    expect(desc).toMatch(/no public address/);
    const base = { title: 'T', dateWords: '1 June 2015', legend: [], scaleBar: null };
    const without = captionLines(DEFAULT_FURNITURE, { ...base, permalink: null }).join('\n');
    expect(without).toMatch(/no public address was set/);
    expect(without).not.toMatch(/http/);
    const withLink = captionLines(DEFAULT_FURNITURE, { ...base, permalink: 'https://e.org/?date=2015-06-01' });
    expect(withLink.join('\n')).toContain('https://e.org/?date=2015-06-01');
  });
});

describe('caption', () => {
  it('never cuts a long permalink: it gets a line of its own', () => {
    const { ctx, texts } = recorder();
    const link = `https://atlas.example.org/iraq-syria/?date=2017-03-15&center=43.1300,36.3400&zoom=10&layers=${'territory,'.repeat(8)}labels`;
    const size = { width: 1280, height: 720 };
    const content = { title: 'T', dateWords: '15 March 2017', legend: [], scaleBar: null, permalink: link };
    const lines = captionLines(DEFAULT_FURNITURE, content, captionFits(ctx, size));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(link);
    drawFurniture(ctx, size, { x: 0, y: 52, width: 1280, height: 600 }, DEFAULT_FURNITURE, content);
    expect(texts.map((t) => t.text)).toContain(link);
    expect(bandHeights(size, DEFAULT_FURNITURE, true, { ctx, content }).bottom).toBeGreaterThan(
      bandHeights(size, DEFAULT_FURNITURE).bottom,
    );
  });
});

describe('legend placement', () => {
  const rect = { x: 0, y: 50, width: 1280, height: 600 };
  const size = { width: 300, height: 200 };
  it('goes over the corner that covers least of the map', () => {
    // Land everywhere except the top right.
    const weigh = (x: number, y: number) => (x > 640 && y < 350 ? 0 : 1);
    expect(legendCorner(rect, size, 1, weigh)).toBe('tr');
    const onlyBottomLeftBusy = (x: number, y: number) => (x < 640 && y > 350 ? 5 : 1);
    expect(legendCorner(rect, size, 1, onlyBottomLeftBusy)).not.toBe('bl');
    expect(legendCorner(rect, size, 1)).toBe('bl');
    expect(legendCorner(rect, size, 1, () => 1)).toBe('bl');
    const box = cornerBox(rect, size, 1, 'tr');
    expect(box.x + box.width).toBeLessThanOrEqual(rect.width);
    expect(box.y).toBeGreaterThanOrEqual(rect.y);
  });
  it('draws the legend in the emptiest corner and moves the north arrow out of its way', () => {
    const { ctx, texts } = recorder();
    const legend = legendItems({ controllers: ['isis'], territory: true, fronts: false, bases: false, events: false });
    drawFurniture(ctx, { width: 1280, height: 720 }, rect, DEFAULT_FURNITURE, {
      title: 'T',
      dateWords: 'D',
      legend,
      scaleBar: null,
      permalink: null,
      weigh: (x, y) => (x > 640 && y < 350 ? 0 : 1),
    });
    const head = texts.find((t) => t.text === 'Who held the ground')!;
    expect(head.x).toBeGreaterThan(640);
    expect(head.y).toBeLessThan(350);
    const north = texts.find((t) => t.text === 'N')!;
    expect(north.x).toBeLessThan(640);
  });
  it('can go beside the map, in a band the map leaves free', () => {
    const flags = { ...DEFAULT_FURNITURE, legendOutside: true };
    const side = sideBand({ width: 1280, height: 720 }, flags, 5);
    expect(side).toBeGreaterThan(0);
    expect(sideBand({ width: 1280, height: 720 }, DEFAULT_FURNITURE, 5)).toBe(0);
    const plan = planMap(
      { width: 1280, height: 720 },
      { width: 1280, height: 720 },
      { top: 52, bottom: 44 },
      {
        width: side,
        left: false,
      },
    );
    expect(plan.rect.width).toBe(1280 - side);
    const { ctx, texts } = recorder();
    const legend = legendItems({ controllers: ['isis'], territory: true, fronts: false, bases: false, events: false });
    drawFurniture(ctx, { width: 1280, height: 720 }, plan.rect, flags, {
      title: 'T',
      dateWords: 'D',
      legend,
      scaleBar: null,
      permalink: null,
    });
    const head = texts.find((t) => t.text === 'Who held the ground')!;
    expect(head.x).toBeGreaterThanOrEqual(plan.rect.width);
  });
  it('draws Arabic furniture right to left, in Arabic', () => {
    const { ctx, texts } = recorder();
    const text = messages('ar');
    const legend = legendItems({
      controllers: ['isis'],
      territory: true,
      fronts: true,
      bases: false,
      events: false,
      text,
    });
    expect(legend[0].label).toBe('تنظيم الدولة الإسلامية (داعش)');
    drawFurniture(ctx, { width: 1280, height: 720 }, rect, DEFAULT_FURNITURE, {
      title: 'الموصل: من يسيطر على الأرض',
      dateWords: '١٠ تموز ٢٠١٧',
      legend,
      scaleBar: null,
      permalink: 'https://e.org/?date=2017-07-10',
      text,
      rtl: true,
    });
    const title = texts.find((t) => t.text.startsWith('الموصل'))!;
    expect(title.align).toBe('right');
    expect(title.x).toBeGreaterThan(1200);
    expect(texts.some((t) => t.text.includes('الوضع في ١٠ تموز ٢٠١٧'))).toBe(true);
    expect(texts.some((t) => t.text === 'من يسيطر على الأرض')).toBe(true);
    expect(texts.some((t) => t.text === 'ش')).toBe(true);
  });
});
