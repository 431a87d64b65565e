import { beforeAll, describe, expect, it } from 'vitest';
import { metresPerCssPixel, niceNumber, pickScaleBar } from '../../src/export/scale-bar.ts';
import { clampSize, maxSideFromLimits, parseSize, planMap, sizeProblem } from '../../src/export/size.ts';
import { exportFileName, frameFileName } from '../../src/export/file-name.ts';
import { frameDates, parseRange, parseStep } from '../../src/export/frames.ts';
import { defaultTitle, permalinkFor, pngTextEntries } from '../../src/export/metadata.ts';
import { BLANK_BELOW, SAMPLES_PER_TILE, distinctColours, sampleStride } from '../../src/export/pixels.ts';
import { flipRows } from '../../src/export/gpu-readback.ts';
import { controllersInView } from '../../src/export/legend-scope.ts';
import { StripPainter, STRIP_PX } from '../../src/export/strips.ts';
import { loadMessages } from '../../src/model/i18n/index.ts';

beforeAll(() => loadMessages('ar'));

describe('scale bar', () => {
  it('picks 1, 2 or 5 × 10ⁿ not above the maximum', () => {
    expect([0.7, 1, 1.9, 2, 4.99, 5, 9.9, 10, 230, 999_999].map(niceNumber)).toEqual([
      0.5, 1, 1, 2, 2, 5, 5, 10, 200, 500_000,
    ]);
    expect(() => niceNumber(0)).toThrow(RangeError);
  });
  it('sizes the bar in pixels and labels it', () => {
    const bar = pickScaleBar(1000, 150); // 1 km per pixel, at most 150 px
    expect(bar).toEqual({ metres: 100_000, px: 100, label: '100 km' });
    expect(pickScaleBar(2, 150).label).toBe('200 m');
    expect(metresPerCssPixel(0, 0)).toBeCloseTo(78_271.5, 0);
  });
});

describe('sizes', () => {
  it('parses, checks and clamps keeping the aspect ratio', () => {
    expect(parseSize('1920x1080')).toEqual({ width: 1920, height: 1080 });
    expect(parseSize('3508 × 2480')).toEqual({ width: 3508, height: 2480 });
    expect(parseSize('big')).toBeNull();
    expect(maxSideFromLimits({ renderbuffer: 8192, texture: 16384 })).toBe(8192);
    expect(maxSideFromLimits({ renderbuffer: 32768, texture: 32768 })).toBe(16384);
    expect(maxSideFromLimits({ renderbuffer: 2048, texture: 16384 })).toBe(2048);
    expect(clampSize({ width: 8000, height: 4000 }, 4096)).toEqual({ width: 4096, height: 2048 });
    expect(clampSize({ width: 100, height: 50 }, 4096)).toEqual({ width: 100, height: 50 });
    expect(sizeProblem({ width: 3840, height: 2160 }, 4096)).toBeNull();
    expect(sizeProblem({ width: 8000, height: 4000 }, 4096)).toMatch(/4096 × 2048/);
    expect(sizeProblem({ width: 0, height: 10 }, 4096)).toMatch(/at least/);
  });
  it('renders larger exports at a higher pixel ratio and smaller ones at a lower zoom', () => {
    const big = planMap({ width: 2560, height: 1600 }, { width: 1280, height: 800 }, { top: 0, bottom: 0 });
    expect(big).toMatchObject({ css: { width: 1280, height: 800 }, pixelRatio: 2, zoomDelta: 0 });
    const small = planMap({ width: 640, height: 400 }, { width: 1280, height: 800 }, { top: 0, bottom: 0 });
    expect(small).toMatchObject({ css: { width: 640, height: 400 }, pixelRatio: 1, zoomDelta: -1 });
    const banded = planMap({ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { top: 78, bottom: 66 });
    expect(banded.rect).toEqual({ x: 0, y: 78, width: 1920, height: 936 });
    expect(banded.css.height * banded.pixelRatio).toBeCloseTo(936, -1);
    expect(banded.css.width).toBeGreaterThanOrEqual(1280);
  });
});

describe('file names and ranges', () => {
  it('says what a file is', () => {
    expect(exportFileName('png', '2015-06-01')).toBe('iraq-syria-2015-06-01.png');
    expect(exportFileName('gif', '2014-01-01', '2019-12-01')).toBe('iraq-syria-2014-01-01_2019-12-01.gif');
    expect(frameFileName(0)).toBe('frame-0001.png');
  });
  it('steps by months, weeks and days', () => {
    expect(parseStep('1m')).toEqual({ unit: 'month', n: 1 });
    expect(parseStep('2w')).toEqual({ unit: 'day', n: 14 });
    expect(parseStep('10d')).toEqual({ unit: 'day', n: 10 });
    expect(parseStep('0d')).toBeNull();
    expect(parseStep('often')).toBeNull();
    expect(frameDates('2014-01-31', '2014-04-30', { unit: 'month', n: 1 })).toEqual([
      '2014-01-31',
      '2014-02-28',
      '2014-03-31',
      '2014-04-30',
    ]);
    expect(frameDates('2014-01-01', '2019-12-01', { unit: 'month', n: 1 })).toHaveLength(72);
    expect(frameDates('2015-01-01', '2015-01-15', { unit: 'day', n: 7 })).toEqual([
      '2015-01-01',
      '2015-01-08',
      '2015-01-15',
    ]);
    expect(parseRange('2015-01-01', '2014-01-01', '1m')).toMatch(/after it ends/);
    expect(parseRange('2015-02-30', '2016-01-01', '1m')).toMatch(/not a date/);
    // In Arabic for an Arabic reader (the dialog passes the interface language).
    expect(parseRange('2015-01-01', '2014-01-01', '1m', 'ar')).toMatch(/^يبدأ المدى/);
    expect(parseRange('2014-01-01', '2026-01-01', '1d', 'ar')).toMatch(/عدد الإطارات أكثر من ١٬?٠٠٠/);
    expect(parseRange('2014-01-01', '2015-01-01', 'often', 'ar')).toMatch(/ليست خطوة صحيحة/);
  });
});

describe('metadata', () => {
  it('defaults a title and sets the date in a permalink', () => {
    expect(defaultTitle('2014-06-10')).toBe('Iraq and Syria: who held the ground, 10 June 2014');
    expect(permalinkFor('http://h/atlas/?date=2014-06-01&zoom=5', '2015-01-01')).toBe(
      'http://h/atlas/?date=2015-01-01&zoom=5',
    );
    expect(permalinkFor('http://h/', '2015-01-01')).toBe('http://h/?date=2015-01-01');
    const entries = pngTextEntries({ title: 'T', day: '2015-06-01', permalink: 'http://h/?date=2015-06-01' });
    const byKey = Object.fromEntries(entries.map((e) => [e.keyword, e.text]));
    expect(byKey.URL).toBe('http://h/?date=2015-06-01');
    expect(byKey.Description).toMatch(/1 June 2015/);
    expect(byKey['Data version']).toMatch(/^atlas \d+\.\d+\.\d+, data as of \d{4}-\d\d-\d\d, map date 2015-06-01$/);
    const late = pngTextEntries({ title: 'T', day: '2026-12-31', permalink: 'http://h/?date=2026-12-31' });
    expect(late.find((e) => e.keyword === 'Data version')?.text).toMatch(/after the data: last known state/);
    expect(byKey.Copyright).toMatch(/Atlas data CC BY 4\.0/);
  });
  it('writes an Arabic image’s metadata in Arabic (keywords stay the PNG standard’s)', async () => {
    await loadMessages('ar');
    const entries = pngTextEntries({ title: 'T', day: '2015-06-01', permalink: null, lang: 'ar' });
    const byKey = Object.fromEntries(entries.map((e) => [e.keyword, e.text]));
    expect(Object.keys(byKey)).toEqual(['Title', 'Description', 'Copyright', 'Data version', 'Software']);
    expect(byKey.Description).toMatch(/حزيران/);
    expect(byKey.Copyright).toMatch(/بيانات الأطلس/);
    expect(entries.filter((e) => e.lang === 'ar').map((e) => e.keyword)).toEqual([
      'Title',
      'Description',
      'Copyright',
      'Data version',
    ]);
    expect(byKey['Data version']).toMatch(
      /^الأطلس \d+\.\d+\.\d+، البيانات حتى \d{4}-\d\d-\d\d، تاريخ الخريطة 2015-06-01$/,
    );
  });
  it('calls one colour blank', () => {
    const one = new Uint8Array(400).fill(255);
    expect(distinctColours(one)).toBeLessThan(BLANK_BELOW);
    expect(distinctColours(new Uint8Array(400))).toBe(0); // transparent
    const mixed = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    expect(distinctColours(mixed)).toBeGreaterThan(BLANK_BELOW);
  });
  it('counts colours over several tiles into one set, sampling a large tile', () => {
    // Two one-colour tiles of different colours: neither alone is a map, together they have two colours.
    const red = Uint8Array.from({ length: 400 }, (_, i) => [255, 0, 0, 255][i % 4]);
    const blue = Uint8Array.from({ length: 400 }, (_, i) => [0, 0, 255, 255][i % 4]);
    const seen = new Set<number>();
    expect(distinctColours(red, 1, seen)).toBe(1);
    expect(distinctColours(blue, 1, seen)).toBe(2);
    // A 4K tile is sampled about 10,000 times, not 8 million.
    const stride = sampleStride(3840, 2160);
    expect(Math.ceil((3840 * 2160) / stride)).toBeGreaterThanOrEqual(SAMPLES_PER_TILE);
    expect(Math.ceil((3840 * 2160) / stride)).toBeLessThan(SAMPLES_PER_TILE + 100);
    expect(sampleStride(10, 10)).toBe(1);
    // A stride that is a multiple of the width would sample one column of a striped tile.
    expect(sampleStride(1000, 20_014) % 1000).not.toBe(0);
  });
  it('turns read-back rows upside down (GL counts rows from the bottom)', () => {
    const rows = Uint8ClampedArray.from([1, 1, 2, 2, 3, 3]);
    flipRows(rows, 2, 3);
    expect([...rows]).toEqual([3, 3, 2, 2, 1, 1]);
    const four = Uint8ClampedArray.from([1, 2, 3, 4]);
    flipRows(four, 1, 4);
    expect([...four]).toEqual([4, 3, 2, 1]);
  });
});

describe('legend scope', () => {
  it('lists the controllers of places in or near the view on any frame day', () => {
    const place = (id: string, lon: number, controller: string, from = '2014-01-01') =>
      ({
        id,
        name: id,
        name_ar: id,
        country: 'IQ',
        kind: 'town',
        lon,
        lat: 35,
        source: [],
        history: [{ from, to: null, controller, source: [] }],
      }) as never;
    const places = [place('a', 40, 'isis'), place('b', 44, 'krg'), place('c', 50, 'iraq_gov', '2016-01-01')];
    expect(controllersInView(places, ['2015-01-01'], [39, 34, 45, 36])).toEqual(['isis', 'krg']);
    expect(controllersInView(places, ['2015-01-01'], [39, 34, 41, 36])).toEqual(['isis']);
    expect(controllersInView(places, ['2015-01-01', '2017-01-01'], [39, 34, 49, 36]).sort()).toEqual([
      'iraq_gov',
      'isis',
      'krg',
    ]);
  });
});

describe('strip painter', () => {
  /** A stand-in 2D context that records what is done to it. */
  function fakeContext(width: number, height: number, willReadFrequently: boolean) {
    const calls: string[] = [];
    const ctx = {
      canvas: { width, height },
      calls,
      getContextAttributes: () => ({ willReadFrequently }),
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      setTransform: () => calls.push('setTransform'),
      clearRect: () => calls.push('clearRect'),
      translate: (_x: number, y: number) => calls.push(`translate ${y}`),
      drawImage: (_src: unknown, _x: number, y: number) => calls.push(`drawImage at ${y}`),
    };
    return ctx as unknown as CanvasRenderingContext2D & { calls: string[] };
  }

  it('draws on a canvas in memory directly, once, and on a GPU canvas through strips copied over it', () => {
    const size = { width: 3840, height: 2160 };
    const inMemory = fakeContext(size.width, size.height, true);
    const drawnOn: unknown[] = [];
    new StripPainter().paint(inMemory, size, (c) => drawnOn.push(c));
    expect(drawnOn).toEqual([inMemory]);
    expect(inMemory.calls).toEqual(['save', 'restore']);

    const strips: ReturnType<typeof fakeContext>[] = [];
    const doc = globalThis as { document?: unknown };
    const had = 'document' in doc;
    const before = doc.document;
    doc.document = {
      createElement: () => {
        const canvas = { width: 0, height: 0, getContext: () => strip };
        const strip = fakeContext(0, 0, false);
        (strip as unknown as { canvas: unknown }).canvas = canvas;
        strips.push(strip);
        return canvas;
      },
    };
    try {
      const onGpu = fakeContext(size.width, size.height, false);
      const painted: unknown[] = [];
      new StripPainter().paint(onGpu, size, (c) => painted.push(c));
      expect(strips).toHaveLength(1);
      // Three strips of 1024 rows cover 2160: the drawing runs on the strip each time, moved up.
      expect(painted).toEqual([strips[0], strips[0], strips[0]]);
      expect(strips[0].calls.filter((c) => c.startsWith('translate'))).toEqual([
        'translate 0',
        `translate -${STRIP_PX}`,
        `translate -${2 * STRIP_PX}`,
      ]);
      expect(onGpu.calls).toEqual(['drawImage at 0', `drawImage at ${STRIP_PX}`, `drawImage at ${2 * STRIP_PX}`]);
    } finally {
      if (had) doc.document = before;
      else delete doc.document;
    }
  });
});
