import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES, type UserDataResult } from '../../src/model/user-data-limits.ts';
import {
  overlayIdFromSource,
  overlayLayerIds,
  overlayPointsSourceId,
  overlaySourceId,
} from '../../src/model/overlay-ids.ts';
import { OVERLAY_COLORS, cleanName, defaultColor, nameFromFile } from '../../src/model/user-data.ts';
import { checkFileSize, detectFormat, parseUserData, parseUserDataSync } from '../../src/model/parse-user-data.ts';
import type { Lang } from '../../src/model/i18n/index.ts';
import { ar, en } from '../../src/model/i18n/user-data-text.ts';
import { featureIndexOf, overlayDrawData } from '../../src/model/overlay-draw-data.ts';

/** The data and the warnings in `lang` (English by default). */
const ok = (r: UserDataResult, lang: Lang = 'en'): { ok: FeatureCollection; warnings: string[] } => {
  if ('error' in r) throw new Error(`expected ok, got error: ${r.error('en')}`);
  return { ok: r.ok, warnings: r.warnings.map((w) => w(lang)) };
};
/** The error in `lang` (English by default). */
const err = (r: UserDataResult, lang: Lang = 'en'): string => {
  if (!('error' in r)) throw new Error('expected an error');
  return r.error(lang);
};
const geo = (v: unknown) => parseUserDataSync(JSON.stringify(v), 'x.geojson');
const point = (coordinates: unknown, properties: unknown = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

describe('GeoJSON overlays', () => {
  it('accepts a FeatureCollection, a Feature and a bare geometry', () => {
    const fc = ok(geo({ type: 'FeatureCollection', features: [point([43.1, 36.3], { name: 'Mosul' })] }));
    expect(fc.ok.features).toHaveLength(1);
    expect(fc.ok.features[0].properties).toEqual({ name: 'Mosul' });
    expect(fc.warnings).toEqual([]);
    expect(ok(geo(point([40, 35]))).ok.features).toHaveLength(1);
    const bare = ok(
      geo({
        type: 'LineString',
        coordinates: [
          [40, 35],
          [41, 36, 250],
        ],
      }),
    );
    expect(bare.ok.features[0].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [40, 35],
        [41, 36],
      ],
    });
    const gc = ok(geo({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [40, 35] }] }));
    expect(gc.ok.features[0].geometry.type).toBe('GeometryCollection');
  });

  it('rejects text that is not JSON, and JSON that is not GeoJSON, saying which', () => {
    expect(err(parseUserDataSync('{"type": "FeatureCollection", ', 'a.geojson'))).toMatch(/not valid JSON/);
    expect(err(parseUserDataSync('\u0000\u0001PK\u0003garbage', 'a.json'))).toMatch(/not valid JSON/);
    expect(err(geo([1, 2, 3]))).toMatch(/JSON but not GeoJSON.*an array/);
    expect(err(geo({ hello: 'world' }))).toMatch(/JSON but not GeoJSON.*no "type"/);
    expect(err(geo({ type: 'Topology', objects: {} }))).toMatch(/"Topology"/);
    expect(err(geo({ type: 'FeatureCollection' }))).toMatch(/no "features" array/);
    expect(err(geo({ type: 'FeatureCollection', features: [] }))).toMatch(/no features/);
    expect(err(geo({ type: 'FeatureCollection', features: [{ type: 'Banana' }] }))).toMatch(/not a GeoJSON Feature/);
    expect(err(geo(point([40, 35], 'props')))).toMatch(/"properties" that are not an object/);
    expect(err(geo({ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } }))).toMatch(
      /unknown geometry type "Circle"/,
    );
    expect(err(parseUserDataSync('   ', 'a.geojson'))).toMatch(/empty/);
  });

  it('rejects invalid or out-of-range coordinates, naming the feature', () => {
    const fc = (...f: unknown[]) => ({ type: 'FeatureCollection', features: f });
    expect(err(geo(fc(point([40, 35]), point([200, 10], { name: 'Far' }))))).toBe(
      'Feature 2 ("Far") has longitude 200, outside −180…180.',
    );
    expect(err(geo(point([40, -91])))).toMatch(/latitude -91, outside −90…90/);
    expect(err(geo(point(['44.1', 36])))).toMatch(/longitude that is a string \("44.1"\), not a number/);
    expect(err(parseUserDataSync('{"type":"Point","coordinates":[NaN, 1]}', 'a.geojson'))).toMatch(/not valid JSON/);
    expect(err(geo(point([null, 36])))).toMatch(/longitude that is null, not a number/);
    expect(err(geo(point([1e400, 36])))).toMatch(/not a finite number|not a number/);
    expect(err(geo(point([40])))).toMatch(/not \[longitude, latitude\]/);
    expect(err(geo({ type: 'LineString', coordinates: [[40, 35]] }))).toMatch(
      /line with 1 position; it needs at least 2/,
    );
    expect(err(geo({ type: 'Polygon', coordinates: 'x' }))).toMatch(/polygon without rings/);
  });

  it('closes unclosed polygon rings with a notice naming the feature, and rejects degenerate ones', () => {
    const r = ok(
      geo({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Open field' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [40, 35],
                  [41, 35],
                  [41, 36],
                  [40, 36],
                ],
              ],
            },
          },
        ],
      }),
    );
    const ring = (r.ok.features[0].geometry as Polygon).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual([40, 35]);
    expect(r.warnings.join(' ')).toContain('the feature ("Open field"), outer ring');
    expect(
      err(
        geo({
          type: 'Polygon',
          coordinates: [
            [
              [40, 35],
              [41, 35],
            ],
          ],
        }),
      ),
    ).toMatch(/too few positions/);
  });

  it('limits vertices and features, reporting the count', () => {
    const n = MAX_VERTICES + 5;
    const coords: [number, number][] = [];
    for (let i = 0; i < n; i++) coords.push([40 + (i % 1000) / 1000, 35]);
    expect(err(geo({ type: 'MultiPoint', coordinates: coords }))).toBe(
      `Too many points: the file has ${n.toLocaleString('en-US')} vertices; the limit is 200,000.`,
    );
    const million = '{"type":"MultiPoint","coordinates":[' + Array(1_000_000).fill('[40.1,35.2]').join(',') + ']}';
    expect(err(parseUserDataSync(million, 'm.geojson'))).toBe(
      'Too many points: the file has 1,000,000 vertices; the limit is 200,000.',
    );
    const many = Array(MAX_FEATURES + 1).fill('{"type":"Feature","properties":{},"geometry":null}');
    expect(err(parseUserDataSync(`{"type":"FeatureCollection","features":[${many.join(',')}]}`, 'f.geojson'))).toBe(
      `Too many features: 100,001; the limit is ${MAX_FEATURES.toLocaleString('en-US')}.`,
    );
  });

  it('survives deeply nested objects and GeometryCollections without overflowing the stack', () => {
    const depth = 100_000;
    const deepProps =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[40,35]},"properties":{"a":' +
      '{"b":'.repeat(depth) +
      '1' +
      '}'.repeat(depth) +
      '}}';
    let r: UserDataResult;
    try {
      r = parseUserDataSync(deepProps, 'deep.geojson');
    } catch (e) {
      throw new Error(`threw ${(e as Error).message}`);
    }
    // V8 parses this; the kept value is cut to a few levels.
    expect(String(ok(r).ok.features[0].properties!.a)).toBe('{"b": {"b": {"b": {…}}}}');
    let g: unknown = { type: 'Point', coordinates: [40, 35] };
    for (let i = 0; i < 50; i++) g = { type: 'GeometryCollection', geometries: [g] };
    expect(err(geo(g))).toMatch(/nests GeometryCollections more than 4 deep/);
    const deepArray = '{"type":"Point","coordinates":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
    expect(err(parseUserDataSync(deepArray, 'a.geojson'))).toMatch(/not \[longitude, latitude\]|nested too deeply/);
  });

  it('keeps HTML and script in properties as inert text, flattening nested values', () => {
    const html = '<img src=x onerror="window.pwned=1"><script>alert(1)</script>';
    const r = ok(geo(point([40, 35], { name: html, nested: { a: [1, { b: '<b>' }] }, n: 3, t: true, z: null })));
    const p = r.ok.features[0].properties!;
    expect(p.name).toBe(html);
    expect(p.nested).toBe('{"a": [1, {"b": "<b>"}]}');
    expect(p).toMatchObject({ n: 3, t: true, z: null });
    expect(String(ok(geo(point([40, 35], { long: 'x'.repeat(10_000) }))).ok.features[0].properties!.long)).toHaveLength(
      2001,
    );
  });

  it('skips features without geometry with a notice and warns when nothing is in the atlas area', () => {
    const r = ok(
      geo({
        type: 'FeatureCollection',
        features: [point([2.35, 48.85]), { type: 'Feature', properties: {}, geometry: null }],
      }),
    );
    expect(r.warnings.join(' ')).toMatch(/Skipped 1 feature without geometry/);
    expect(r.warnings.join(' ')).toMatch(/None of it lies within the atlas area/);
  });
});

describe('CSV overlays', () => {
  it('reads comma- and semicolon-separated points with common header names', () => {
    const a = ok(parseUserDataSync('name,Longitude,LATITUDE\nMosul,43.13,36.34\nRaqqa,39.01,35.95\n', 'p.csv'));
    expect(a.ok.features.map((f) => (f.geometry as Point).coordinates)).toEqual([
      [43.13, 36.34],
      [39.01, 35.95],
    ]);
    expect(a.ok.features[0].properties).toEqual({ name: 'Mosul' });
    const b = ok(parseUserDataSync('\uFEFFY;X;label\r\n36,34;43,13;a\r\n', 'p.csv'));
    expect((b.ok.features[0].geometry as Point).coordinates).toEqual([43.13, 36.34]);
    for (const [lon, lat] of [
      ['lng', 'lat'],
      ['long', 'latitude'],
      ['lon', 'y'],
    ]) {
      expect(ok(parseUserDataSync(`${lon},${lat}\n40,35`, 'p.csv')).ok.features).toHaveLength(1);
    }
  });

  it('handles quoted fields with embedded delimiters, quotes and newlines', () => {
    const text = 'lat,lon,note\n35,40,"a, b ""quoted""\nsecond line"\n36,41,plain\n';
    const r = ok(parseUserDataSync(text, 'q.csv'));
    expect(r.ok.features).toHaveLength(2);
    expect(r.ok.features[0].properties!.note).toBe('a, b "quoted"\nsecond line');
    expect(err(parseUserDataSync('lat,lon,note\n35,40,"never closed\n', 'q.csv'))).toMatch(
      /quoted field that never ends/,
    );
  });

  it('rejects a CSV without lon/lat columns, naming what it found', () => {
    expect(err(parseUserDataSync('city,country\nMosul,Iraq\n', 'c.csv'))).toBe(
      'This does not look like GeoJSON or a CSV of points: no longitude (lon/lng/long/longitude/x) and latitude (lat/latitude/y) column in the header; found "city", "country".',
    );
    expect(err(parseUserDataSync('lat,name\n1,a', 'c.csv'))).toMatch(/no longitude/);
    expect(err(parseUserDataSync('lat,lon\n', 'c.csv'))).toMatch(/header but no rows/);
  });

  it('skips non-numeric and out-of-range rows with a count, or rejects when none is valid', () => {
    const r = ok(parseUserDataSync('lon,lat\n40,35\nabc,35\n200,10\n41,\n42,36\n', 'c.csv'));
    expect(r.ok.features).toHaveLength(2);
    expect(r.warnings[0]).toBe(
      'Skipped 3 of 5 rows with missing, non-numeric or out-of-range coordinates (first: row 3: longitude "abc" is not a number).',
    );
    expect(err(parseUserDataSync('lon,lat\nNaN,1\n1e999,2\n', 'c.csv'))).toMatch(
      /None of the 2 rows has usable coordinates/,
    );
  });

  it('rejects a million points with the count', () => {
    const rows = ['lon,lat'];
    for (let i = 0; i < 1_000_000; i++) rows.push('40.1,35.2');
    expect(err(parseUserDataSync(rows.join('\n'), 'm.csv'))).toBe(
      'Too many points: the CSV has 1,000,000 rows; the limit is 100,000.',
    );
    // Blank lines are not rows; quoted newlines do not end one.
    const quoted = ['lon,lat,note', ...Array(100_001).fill('40,35,"a\nb"'), '', ''].join('\r\n');
    expect(err(parseUserDataSync(quoted, 'q.csv'))).toBe(
      'Too many points: the CSV has 100,001 rows; the limit is 100,000.',
    );
  });
});

describe('messages in Arabic', () => {
  const fc = (...f: unknown[]) => ({ type: 'FeatureCollection', features: f });
  /** Values from the file or the user, isolated inside the Arabic (first strong / left-to-right). */
  const iso = (v: string) => `\u2068${v}\u2069`;
  const ltr = (v: string) => `\u2066${v}\u2069`;
  /** Words of the English texts that an Arabic text must not contain (technical terms and file values aside). */
  const ENGLISH =
    /\b(The|This|Too|None|Skipped|Closed|the|is|not|has|with|and|of|or|an?|found|feature|features|row|rows|limit|longitude|latitude)\b/;
  const arabic = (s: string) => {
    expect(s).toMatch(/[\u0621-\u064a]/);
    // Values from the file are quoted; the column names a CSV may use are listed as they are.
    expect(s.replace(/"[^"]*"|\(\u2066[a-z/]+\u2069\)/g, '')).not.toMatch(ENGLISH);
    return s;
  };

  it('words the refusals in Arabic, with Arabic-Indic digits and the user’s values as they are', () => {
    // The reason in brackets is the browser's own.
    expect(err(parseUserDataSync('{"type": "FeatureCollection", ', 'a.geojson'), 'ar')).toMatch(
      /^هذا ليس JSON صالحًا \(.+\)\.$/,
    );
    const many = Array(MAX_FEATURES + 1).fill('{"type":"Feature","properties":{},"geometry":null}');
    expect(
      err(parseUserDataSync(`{"type":"FeatureCollection","features":[${many.join(',')}]}`, 'f.geojson'), 'ar'),
    ).toBe('المعالم أكثر من اللازم: عددها ١٠٠٬٠٠١، والحد الأقصى ١٠٠٬٠٠٠.');
    expect(err(parseUserDataSync('city,country\nMosul,Iraq\n', 'c.csv'), 'ar')).toBe(
      `لا يبدو هذا ملف GeoJSON ولا ملف CSV لنقاط: ليس في سطر العناوين عمود لخط الطول (${ltr('lon/lng/long/longitude/x')}) ولا عمود لدائرة العرض (${ltr('lat/latitude/y')})؛ والموجود: ${iso('"city"')}، ${iso('"country"')}.`,
    );
    expect(err(geo(fc(point([40, 35]), point([40, -91.25], { name: 'Far' }))), 'ar')).toBe(
      `قيمة دائرة العرض في المعلم رقم ٢ (${iso('"Far"')}) هي \u061c-٩١٫٢٥، وهي خارج المدى من \u061c-٩٠ إلى ٩٠.`,
    );
    expect(err(geo(point(['44.1', 36])), 'ar')).toBe(`قيمة خط الطول في المعلم نص (${iso('"44.1"')}) وليست عددًا.`);
    expect(arabic(err(geo([1, 2, 3]), 'ar'))).toContain('والموجود مصفوفة');
    expect(checkFileSize(200 * 1024 * 1024, 'huge.geojson')?.('ar')).toBe(
      `حجم الملف «${iso('huge.geojson')}» ٢٠٠ ميغابايت، والحد الأقصى ٥٠ ميغابايت.`,
    );
    // Every other refusal is Arabic too, whatever the input.
    let deep: unknown = { type: 'Point', coordinates: [40, 35] };
    for (let i = 0; i < 10; i++) deep = { type: 'GeometryCollection', geometries: [deep] };
    for (const [text, file] of [
      ['   ', 'a.geojson'],
      ['null', 'a.geojson'],
      ['{"hello":1}', 'a.geojson'],
      ['{"type":"FeatureCollection"}', 'a.geojson'],
      ['{"type":"FeatureCollection","features":[]}', 'a.geojson'],
      ['{"type":"FeatureCollection","features":[{"type":"Banana"}]}', 'a.geojson'],
      ['{"type":"Feature","properties":[1],"geometry":{"type":"Point","coordinates":[40,35]}}', 'a.geojson'],
      ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}', 'a.geojson'],
      ['{"type":"Point","coordinates":[40]}', 'a.geojson'],
      ['{"type":"Point","coordinates":[null,35]}', 'a.geojson'],
      ['{"type":"Point","coordinates":[1e999,35]}', 'a.geojson'],
      ['{"type":"LineString","coordinates":[[40,35]]}', 'a.geojson'],
      ['{"type":"LineString","coordinates":7}', 'a.geojson'],
      ['{"type":"Polygon","coordinates":[]}', 'a.geojson'],
      ['{"type":"Polygon","coordinates":[7]}', 'a.geojson'],
      ['{"type":"MultiPolygon","coordinates":[[[[40,35],[41,35],[41,36],[40,35]]],[[[40,35],[41,35]]]]}', 'a.geojson'],
      ['{"type":"MultiPoint","coordinates":7}', 'a.geojson'],
      ['{"type":"GeometryCollection"}', 'a.geojson'],
      ['{"type":"Circle","coordinates":[1,2]}', 'a.geojson'],
      ['{"type":"Feature","geometry":7}', 'a.geojson'],
      [JSON.stringify(deep), 'a.geojson'],
      ['lat,lon\n35,40,"never closed\n', 'a.csv'],
      ['lat,lon\n', 'a.csv'],
      [',\n1,2\n', 'a.csv'],
      ['lon,lat\nNaN,1\n1e999,2\n', 'a.csv'],
    ])
      arabic(err(parseUserDataSync(text, file), 'ar'));
    arabic(checkFileSize(0, 'x.csv')!('ar'));
  });

  it('words the warnings in Arabic', () => {
    const rows = ok(parseUserDataSync('lon,lat\n40,35\nabc,35\n200,10\n41,\n42,36\n', 'c.csv'), 'ar');
    expect(rows.warnings).toEqual([
      `تُركت صفوف إحداثياتها ناقصة أو غير عددية أو خارج المدى: ٣ من أصل ٥ (أولها في الصف ٣: قيمة خط الطول ${iso('"abc"')} ليست عددًا).`,
    ]);
    const far = ok(
      geo(
        fc(
          point([2.35, 48.85]),
          { type: 'Feature', properties: {}, geometry: null },
          {
            type: 'Feature',
            properties: { name: 'Open field' },
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                [
                  [
                    [2, 48],
                    [3, 48],
                    [3, 49],
                  ],
                ],
              ],
            },
          },
        ),
      ),
      'ar',
    );
    expect(far.warnings).toEqual([
      'عدد المعالم التي تُركت لأنها بلا هندسة: ١.',
      `أُغلقت تلقائيًّا حلقات مضلعات لم تكن مغلقة: المعلم رقم ٣ (${iso('"Open field"')})، المضلع ١، الحلقة الخارجية.`,
      'لا يقع شيء منها داخل منطقة الأطلس (العراق وسوريا وما حولهما)، فقد لا تراها على الخريطة.',
    ]);
    for (const w of far.warnings) arabic(w);
  });

  it('has every English text in Arabic, and the import notices in both', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    expect(en.added('My sites', 1)).toBe('Added your layer "My sites" (1 feature).');
    expect(en.added('My sites', 1234)).toBe('Added your layer "My sites" (1,234 features).');
    expect(ar.added('My sites', 1234)).toBe(`أُضيفت طبقتك «${iso('My sites')}» (عدد المعالم: ١٬٢٣٤).`);
    expect(ar.couldNotAdd('far', 'x')).toBe(`تعذّرت إضافة «${iso('far')}»: x`);
    expect(nameFromFile('.csv', ar.untitled)).toBe('طبقة بلا اسم');
  });
});

describe('limits, names, colours and progress', () => {
  it('rejects a 200 MB file by size before reading', () => {
    expect(checkFileSize(200 * 1024 * 1024, 'huge.geojson')?.('en')).toBe(
      '"huge.geojson" is 200 MB; the limit is 50 MB.',
    );
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(0)?.('en')).toBe('The file is empty.');
  });

  it('derives names, colours, format and map ids', () => {
    expect(nameFromFile('C:\\data\\My sites.geojson')).toBe('My sites');
    expect(nameFromFile('.csv')).toBe('Untitled layer');
    expect(cleanName('a\u0000b  c' + 'x'.repeat(200))).toHaveLength(80);
    expect(defaultColor([])).toBe(OVERLAY_COLORS[0]);
    expect(defaultColor([OVERLAY_COLORS[0]])).toBe(OVERLAY_COLORS[1]);
    expect(OVERLAY_COLORS).toContain(defaultColor([...OVERLAY_COLORS]));
    expect(detectFormat('a.txt', ' {"type":"Point"}')).toBe('geojson');
    expect(detectFormat('a.txt', 'lon,lat')).toBe('csv');
    expect(overlayLayerIds('u1')).toEqual([
      'overlay-u1-fill',
      'overlay-u1-line',
      'overlay-u1-circle',
      'overlay-u1-count',
    ]);
    expect(overlayIdFromSource(overlaySourceId('u1'))).toBe('u1');
    expect(overlayIdFromSource(overlayPointsSourceId('u1'))).toBe('u1');
    expect(overlayIdFromSource('cells')).toBeNull();
    expect(overlayIdFromSource('overlay-u1-fill')).toBeNull();
  });

  it('parses in slices with progress, giving the same result as the synchronous parse', async () => {
    const features = Array.from({ length: 20_000 }, (_, i) => point([40 + i / 1e5, 35], { i }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const seen: number[] = [];
    let pauses = 0;
    const r = await parseUserData(text, 'big.geojson', {
      sliceMs: 0,
      onProgress: (f) => seen.push(f),
      pause: async () => void pauses++,
    });
    expect(ok(r).ok.features).toHaveLength(20_000);
    expect(pauses).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    expect(r).toEqual(parseUserDataSync(text, 'big.geojson'));
  });
});

/** Property names that are also members of Object.prototype (or special to it). */
const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
];

describe('property names are data', () => {
  it('keeps every GeoJSON property, whatever its name', () => {
    // JSON.parse makes "__proto__" an ordinary key, as a file would.
    const props = Object.fromEntries(PROTO_NAMES.map((k, i) => [k, `v${i}`]));
    const text = `{"type":"Feature","properties":${JSON.stringify(props).replace('{', '{"__proto__":"p",')},"geometry":{"type":"Point","coordinates":[40,35]}}`;
    const kept = ok(parseUserDataSync(text, 'p.geojson')).ok.features[0].properties!;
    expect(Object.keys(kept).sort()).toEqual([...PROTO_NAMES].sort());
    expect(Object.entries(kept)).toContainEqual(['__proto__', 'v0']);
    expect(kept.constructor).toBe('v1');
    expect(kept.hasOwnProperty).toBe('v3');
    expect(Object.getPrototypeOf(kept)).toBeNull();
  });

  it('keeps every CSV column, whatever its name', () => {
    const csv = `lon,lat,${PROTO_NAMES.join(',')}\n40,35,${PROTO_NAMES.map((_, i) => `v${i}`).join(',')}\n`;
    const kept = ok(parseUserDataSync(csv, 'p.csv')).ok.features[0].properties!;
    expect(Object.entries(kept)).toEqual(PROTO_NAMES.map((k, i) => [k, `v${i}`]));
  });

  it('gives the map only geometry and each feature’s index', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { constructor: 'x' }, geometry: { type: 'Point', coordinates: [40, 35] } },
        {
          type: 'Feature',
          properties: { __proto__: 'y' } as never,
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'MultiPoint',
                coordinates: [
                  [41, 36],
                  [42, 37],
                ],
              },
              {
                type: 'LineString',
                coordinates: [
                  [40, 35],
                  [41, 36],
                ],
              },
            ],
          },
        },
        {
          type: 'Feature',
          properties: null,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [40, 35],
                [41, 35],
                [41, 36],
                [40, 35],
              ],
            ],
          },
        },
      ],
    };
    const d = overlayDrawData(fc);
    expect(d.points.features.map((f) => [f.properties, f.geometry.coordinates])).toEqual([
      [{ i: 0 }, [40, 35]],
      [{ i: 1 }, [41, 36]],
      [{ i: 1 }, [42, 37]],
    ]);
    expect(d.shapes.features.map((f) => [f.properties, f.geometry.type])).toEqual([
      [{ i: 1 }, 'LineString'],
      [{ i: 2 }, 'Polygon'],
    ]);
    expect(d.shapeVertices).toBe(6);
    expect(featureIndexOf(d.points.features[2].properties)).toBe(1);
    expect(featureIndexOf({ point_count: 3 })).toBeNull();
    expect(featureIndexOf({ i: -1 })).toBeNull();
  });
});
