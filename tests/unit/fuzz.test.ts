import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { runQuery } from '../helpers/query-cli.ts';
import { answer, QueryError } from '../../scripts/lib/query-engine.ts';
import { forcesQueries } from '../../scripts/lib/forces-queries.ts';
import { parseDay } from '../../src/model/dates.ts';
import { parseUrlView } from '../../src/state/url.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { parseUserDataSync } from '../../src/model/parse-user-data.ts';
import { overlayDrawData } from '../../src/model/overlay-draw-data.ts';
import { readLines } from '../../scripts/lib/line-reader.ts';

const root = resolve(import.meta.dirname, '..', '..');
const data = {
  territory: loadTerritory(join(root, 'geodata', 'build', 'territory.json')),
  extra: forcesQueries(root),
};

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const EDGE_DATES = [
  '2014-01-01',
  '2026-12-31',
  '2013-12-31',
  '2027-01-01',
  '2016-02-29',
  '2015-02-29',
  '0000-01-01',
  '9999-12-31',
  '2014-1-1',
  ' 2015-01-01',
  '2015-01-01T00:00',
  '',
  '２０１５-01-01',
];
const EDGE_VALUES = [null, 0, -1, 1e308, NaN, [], {}, '<script>', 'x'.repeat(5000), true];
/** Names that are members of Object.prototype (or special to it): as data they must stay data. */
const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
];

describe('fuzzing the model, the query engine and the URL parser', () => {
  it('answers or refuses cleanly for random and edge-case dates and points', () => {
    const r = rng(20141);
    for (let i = 0; i < 1500; i++) {
      const pick = r();
      const date =
        pick < 0.2
          ? EDGE_DATES[Math.floor(r() * EDGE_DATES.length)]
          : pick < 0.3
            ? EDGE_VALUES[Math.floor(r() * EDGE_VALUES.length)]
            : `${2010 + Math.floor(r() * 20)}-${String(1 + Math.floor(r() * 13)).padStart(2, '0')}-${String(1 + Math.floor(r() * 32)).padStart(2, '0')}`;
      const at = r() < 0.1 ? EDGE_VALUES[Math.floor(r() * EDGE_VALUES.length)] : [r() * 400 - 200, r() * 200 - 100];
      const q = ['control', 'area', 'troops', 'bases', 'nope', 42][Math.floor(r() * 6)];
      try {
        const out = answer(data, { q, date, at } as Record<string, unknown>);
        // Whatever was answered is for a real day in range, with a known controller.
        expect(parseDay(String(out.date))).toBe(out.date);
        if (q === 'control') expect(typeof out.controller).toBe('string');
      } catch (e) {
        expect(e, `${q} ${String(date)} threw a non-refusal`).toBeInstanceOf(QueryError);
        expect((e as Error).message.length).toBeLessThan(200);
      }
    }
  });

  it('answers or refuses cleanly when names and values are prototype members', () => {
    const r = rng(31);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    for (let i = 0; i < 600; i++) {
      const q: Record<string, unknown> = JSON.parse(
        JSON.stringify({
          q: pick([...PROTO_NAMES, 'control', 'area', 'share', 'troops', 'bases']),
          date: pick([...PROTO_NAMES, '2015-06-01']),
          at: pick([...PROTO_NAMES, [43.13, 36.34]]),
          country: pick([...PROTO_NAMES, 'SY', undefined]),
        }).replace('{', `{"${pick(PROTO_NAMES)}":{"q":"area"},`),
      );
      try {
        const out = answer(data, q);
        expect(parseDay(String(out.date))).toBe(out.date);
      } catch (e) {
        expect(e, JSON.stringify(q)).toBeInstanceOf(QueryError);
      }
    }
  });

  it('parses any query string into a valid view', () => {
    const r = rng(7);
    const chars = 'date=center,zoom&layers%3C>"\'2014-0.1-9x ;#?/\\\u0000é';
    const words = [...PROTO_NAMES, 'date', 'layers', 'lang', 'zoom', 'center', '=', '&', ','];
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(r() * 60) }, () =>
        r() < 0.2 ? words[Math.floor(r() * words.length)] : chars[Math.floor(r() * chars.length)],
      ).join('');
      const { view } = parseUrlView(s);
      if (view.date !== undefined) expect(parseDay(view.date)).toBe(view.date);
      if (view.zoom !== undefined) expect(Number.isFinite(view.zoom)).toBe(true);
      if (view.center !== undefined) expect(view.center.every(Number.isFinite)).toBe(true);
      if (view.layers !== undefined) for (const l of view.layers) expect(PROTO_NAMES).not.toContain(l);
    }
    const { view, notices } = parseUrlView(
      `?__proto__=1&constructor=2&layers=${PROTO_NAMES.join(',')},territory&lang=toString&date=valueOf`,
    );
    expect(view).toEqual({ layers: ['territory'] });
    const text = notices.map((n) => n('en')).join(' ');
    expect(text).toContain('“__proto__”');
    expect(text).toContain('Label language “toString”');
  });

  it('keeps overlay properties of any name as data, and draws every feature by index', () => {
    const r = rng(4242);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const value = (): unknown =>
      pick([
        () => pick(PROTO_NAMES),
        () => r() * 100,
        () => null,
        () => ({ [pick(PROTO_NAMES)]: pick(PROTO_NAMES) }),
        () => [pick(PROTO_NAMES)],
      ])();
    for (let round = 0; round < 60; round++) {
      const features = Array.from({ length: 1 + Math.floor(r() * 20) }, () => {
        const entries = Array.from({ length: Math.floor(r() * 6) }, () => [
          pick([...PROTO_NAMES, `k${Math.floor(r() * 5)}`]),
          value(),
        ]);
        // Written as JSON text so "__proto__" arrives as a plain key, as from a file.
        const props = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
        const expected = JSON.parse(props) as Record<string, unknown>;
        const geometry = pick([
          { type: 'Point', coordinates: [40 + r(), 35 + r()] },
          {
            type: 'LineString',
            coordinates: [
              [40, 35],
              [41 + r(), 36],
            ],
          },
          {
            type: 'MultiPoint',
            coordinates: [
              [40, 35],
              [41, 36],
            ],
          },
        ]);
        return { text: `{"type":"Feature","properties":${props},"geometry":${JSON.stringify(geometry)}}`, expected };
      });
      const text = `{"type":"FeatureCollection","features":[${features.map((f) => f.text).join(',')}]}`;
      const result = parseUserDataSync(text, 'fuzz.geojson');
      if ('error' in result) throw new Error(result.error('en'));
      result.ok.features.forEach((f, i) => {
        const want = features[i].expected;
        expect(Object.keys(f.properties!).sort()).toEqual(Object.keys(want).sort());
        for (const [k, v] of Object.entries(want)) {
          const got = Object.entries(f.properties!).find(([key]) => key === k)![1];
          if (v === null || typeof v !== 'object') expect(got).toBe(v);
          else expect(typeof got).toBe('string');
        }
      });
      const drawn = overlayDrawData(result.ok);
      for (const f of [...drawn.points.features, ...drawn.shapes.features])
        expect(Object.keys(f.properties!)).toEqual(['i']);
      expect(new Set([...drawn.points.features, ...drawn.shapes.features].map((f) => f.properties!.i)).size).toBe(
        result.ok.features.length,
      );
    }
  });

  it('keeps the batch CLI answering line by line under hostile input', async () => {
    const lines = [
      '{"q":"control","date":"2015-06-01","at":[43.13,36.34]}',
      '[1,2]',
      'null',
      '{"q":"area","date":{"$gt":""}}',
      '{'.repeat(5000),
      '"\\u0000"',
      '{"q":"area","date":"2015-01-01","country":"constructor"}',
      '{"__proto__":{"q":"area"},"date":"2015-01-01"}',
      `{"q":"area","date":"${'9'.repeat(20_000)}"}`,
      '{"q":"bases","date":"2020-01-01"}',
    ];
    const r = await runQuery(['batch'], lines.join('\n'));
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out[0].controller).toBe('isis');
    expect(out.slice(1, 9).every((o) => typeof o.error === 'string')).toBe(true);
    expect(out[8].error).toMatch(/longer than 10000 characters/);
    expect(Array.isArray(out[9].bases)).toBe(true);
  });
});

describe('reading batch lines', () => {
  it('yields every line and reports, without keeping, the ones that are too long', async () => {
    async function* chunks() {
      yield Buffer.from('{"a":1}\r\nsecond');
      yield ' half\n' + 'x'.repeat(30);
      yield 'y'.repeat(30) + '\n\n';
      yield Buffer.from([0xe2, 0x82]); // a character split across chunks
      yield Buffer.from([0xac]);
    }
    const got = [];
    for await (const l of readLines(chunks(), 50)) got.push(l);
    expect(got).toEqual([{ line: '{"a":1}' }, { line: 'second half' }, { tooLong: 60 }, { line: '' }, { line: '€' }]);
  });
});
