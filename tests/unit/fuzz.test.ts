import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { answer, QueryError } from '../../scripts/lib/query-engine.ts';
import { forcesQueries } from '../../scripts/lib/forces-queries.ts';
import { parseDay } from '../../src/model/dates.ts';
import { parseUrlView } from '../../src/state/url.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';

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

  it('parses any query string into a valid view', () => {
    const r = rng(7);
    const chars = 'date=center,zoom&layers%3C>"\'2014-0.1-9x ;#?/\\\u0000é';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(r() * 60) }, () => chars[Math.floor(r() * chars.length)]).join('');
      const { view } = parseUrlView(s);
      if (view.date !== undefined) expect(parseDay(view.date)).toBe(view.date);
      if (view.zoom !== undefined) expect(Number.isFinite(view.zoom)).toBe(true);
      if (view.center !== undefined) expect(view.center.every(Number.isFinite)).toBe(true);
    }
  });

  it('keeps the batch CLI answering line by line under hostile input', () => {
    const lines = [
      '{"q":"control","date":"2015-06-01","at":[43.13,36.34]}',
      '[1,2]',
      'null',
      '{"q":"area","date":{"$gt":""}}',
      '{'.repeat(5000),
      '"\\u0000"',
      '{"q":"bases","date":"2020-01-01"}',
    ];
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', 'batch'], {
      cwd: root,
      input: lines.join('\n'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out[0].controller).toBe('isis');
    expect(out.slice(1, 6).every((o) => typeof o.error === 'string')).toBe(true);
    expect(Array.isArray(out[6].bases)).toBe(true);
  });
});
