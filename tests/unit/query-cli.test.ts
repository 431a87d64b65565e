import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runQuery } from '../helpers/query-cli.ts';

const root = resolve(import.meta.dirname, '..', '..');
const run = runQuery;
/** The real entry point, `scripts/query.ts`, as a child process. */
const spawnQuery = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', ...args], { cwd: root, input, encoding: 'utf8' });

// The commands run in-process (tests/helpers/query-cli.ts); the last test starts the real entry point three times.
describe('query CLI', { timeout: 60_000 }, () => {
  it('answers control, area, troops and bases with one JSON object each', async () => {
    const c = await run(['control', '--date', '2015-06-01', '--at', '43.13,36.34']);
    expect(c.status).toBe(0);
    const control = JSON.parse(c.stdout);
    expect(control).toMatchObject({ date: '2015-06-01', at: [43.13, 36.34], controller: 'isis' });
    expect(control.place).toMatch(/Mosul/);
    expect(control.sources.length).toBeGreaterThan(0);
    const a = JSON.parse((await run(['area', '--date', '2015-06-01'])).stdout);
    expect(a.area_km2.isis).toBeGreaterThan(50_000);
    const t = JSON.parse((await run(['troops', '--date', '2024-09-30'])).stdout);
    expect(t.troops.Iraq).toMatchObject({ count: 2500, kind: 'reported' });
    expect(t.troops.Syria.count).toBe(900);
    const b = JSON.parse((await run(['bases', '--date', '2018-06-01'])).stdout);
    expect(b.bases.map((x: { name: string }) => x.name).join(' ')).toContain('Ain al-Asad');
  });
  it('answers forces for every mapped force, with well-known facts', async () => {
    const names = async (date: string, force?: string) => {
      const r = await run(['forces', '--date', date, ...(force ? ['--force', force] : [])]);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as {
        date: string;
        sites: { name: string; force: string; sources: unknown[] }[];
      };
      expect(out.date).toBe(date);
      for (const s of out.sites) expect(s.sources.length, s.name).toBeGreaterThan(0);
      return out.sites;
    };
    // The Russian intervention began at Hmeimim on 30 Sep 2015; Tartus was there before.
    expect((await names('2015-09-01', 'russia')).map((s) => s.name)).toEqual(['Tartus naval facility']);
    expect((await names('2015-10-01', 'russia')).map((s) => s.name)).toContain('Hmeimim air base');
    // After the US left north-east Syria in October 2019, Russia moved into Manbij and Tabqa.
    const nov2019 = await names('2019-11-01');
    const ru = nov2019.filter((s) => s.force === 'russia').map((s) => s.name);
    expect(ru).toEqual(expect.arrayContaining(['Manbij (former US outpost)', 'Tabqa air base']));
    expect(nov2019.filter((s) => s.force === 'turkey').map((s) => s.name)).toEqual(
      expect.arrayContaining(['Tal Abyad', 'Ras al-Ain', 'Afrin', 'Zilkan (Bashiqa) base']),
    );
    expect(nov2019.some((s) => s.force === 'us')).toBe(true);
    // Turkey left its Morek observation post in October 2020.
    expect((await names('2020-06-01', 'turkey')).map((s) => s.name)).toContain('Morek observation post');
    expect((await names('2020-12-01', 'turkey')).map((s) => s.name)).not.toContain('Morek observation post');
    // Israel held the Syrian side of Mount Hermon from 8 Dec 2024, not before.
    expect(await names('2024-12-01', 'israel')).toEqual([]);
    expect((await names('2025-02-01', 'israel')).map((s) => s.name)).toContain('Mount Hermon summit (Syrian side)');
    // Iran's forces left Syria in December 2024; its Iraqi partners stayed.
    expect((await names('2024-06-01', 'iran')).map((s) => s.name)).toContain('Imam Ali base, Albu Kamal');
    const iran2025 = await names('2025-02-01', 'iran');
    expect(iran2025.length).toBeGreaterThan(0);
    expect(iran2025.every((s) => !s.name.includes('Albu Kamal'))).toBe(true);
    // `bases` keeps answering for the US alone.
    const b = JSON.parse((await run(['bases', '--date', '2019-11-01'])).stdout);
    expect(b.bases.map((x: { name: string }) => x.name)).not.toContain('Tal Abyad');
    const bad = await run(['forces', '--date', '2019-11-01', '--force', 'martians']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/force must be one of/);
  });
  it('answers every point of the land with how firmly it was held, and shares of each country', async () => {
    // Mosul (held), the open Jazira desert west of it (dominated), a contested city, and outside the map.
    const mosul = JSON.parse((await run(['control', '--date', '2015-06-01', '--at', '43.13,36.34'])).stdout);
    expect(mosul).toMatchObject({ controller: 'isis', kind: 'held' });
    const desert = JSON.parse((await run(['control', '--date', '2015-06-01', '--at', '40.3,34.2'])).stdout);
    expect(desert.kind).toBe('dominated');
    expect(desert.controller).toBe('isis');
    expect(desert.place).toBeTruthy();
    const sea = JSON.parse((await run(['control', '--date', '2015-06-01', '--at', '35.0,34.0'])).stdout);
    expect(sea).toMatchObject({ controller: 'none', kind: 'none', place: null });
    const sy = JSON.parse((await run(['share', '--date', '2019-09-01', '--country', 'SY'])).stdout);
    expect(sy).toMatchObject({ date: '2019-09-01', country: 'SY' });
    const total = Object.values(sy.percent as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(99.9);
    expect(total).toBeLessThan(100.1);
    expect(sy.percent.syria_gov).toBeGreaterThan(sy.held_percent.syria_gov);
    expect(sy.none_percent).toBe(0);
    const iq = JSON.parse((await run(['area', '--date', '2019-09-01', '--country', 'iq'])).stdout);
    expect(iq.country).toBe('IQ');
    expect(iq.area_km2.sdf).toBe(0);
    expect(iq.area_km2.iraq_gov).toBeGreaterThan(iq.held_km2.iraq_gov);
    const bad = await run(['share', '--date', '2019-09-01', '--country', 'TR']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/SY or IQ/);
  });
  it('never treats a query name as a code path (prototype names are unknown queries)', async () => {
    const r = await run(
      ['batch'],
      ['hasOwnProperty', 'valueOf', '__proto__', 'toString', 'constructor']
        .map((q) => JSON.stringify({ q, date: '2015-01-01' }))
        .join('\n') + '\n{"q":"area","date":"2015-01-01"}\n',
    );
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    for (const l of lines.slice(0, 5)) expect(l.error).toMatch(/unknown query/);
    expect(lines[5].area_km2).toBeDefined();
    for (const name of ['constructor', '__proto__', 'toString', 'batch2', '--date', '']) {
      const one = await run([name, '--date', '2015-01-01']);
      expect(one.status, name).toBe(2);
      expect(one.stderr.split('\n')[0], name).toMatch(/^query: /);
      expect(one.stderr, name).toContain('usage: query');
    }
  });
  it('answers batch lines in order and refuses bad lines without stopping', async () => {
    const r = await run(
      ['batch'],
      '{"q":"area","date":"2015-01-01"}\nnot json\n{"q":"control","date":"2015-06-01","at":[43.13,36.34]}\n{"q":"troops","date":"2099-01-01"}\n',
    );
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].area_km2).toBeDefined();
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].controller).toBe('isis');
    expect(lines[3].error).toMatch(/outside/);
  });
  it('exits 2 with a one-line message on bad arguments', async () => {
    for (const args of [
      ['nope', '--date', '2015-01-01'],
      ['control', '--date', '2015-02-30', '--at', '43,36'],
      ['control', '--date', '2015-01-01', '--at', '500,1'],
      ['area', '--when', 'x'],
    ]) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^query: /);
    }
  });
  it('prints its help on stdout and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['control', '--help']]) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('usage: query control');
      expect(r.stdout).toContain('--at LON,LAT');
      expect(r.stderr).toBe('');
    }
  });
  it('refuses a point outside the region with a hint about longitude and latitude order', async () => {
    // Mosul given latitude first.
    const swapped = await run(['control', '--date', '2015-06-01', '--at', '36.34,43.13']);
    expect(swapped.status).toBe(2);
    const first = swapped.stderr.split('\n')[0];
    expect(first).toMatch(/^query: 36.34,43.13 is outside the region/);
    expect(first).toContain('swapped');
    expect(first).toContain('43.13,36.34');
    // Far away, not a swap: still refused, with the order explained.
    const far = await run(['control', '--date', '2015-06-01', '--at', '2.35,48.85']);
    expect(far.status).toBe(2);
    expect(far.stderr.split('\n')[0]).toMatch(/longitude first/);
    // In batch the same line is answered with the error and the run goes on.
    const b = await run(
      ['batch'],
      '{"q":"control","date":"2015-06-01","at":[36.34,43.13]}\n{"q":"area","date":"2015-06-01"}\n',
    );
    const lines = b.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].error).toMatch(/swapped/);
    expect(lines[1].area_km2).toBeDefined();
  });
  it('cites sources in one shape everywhere: an array of {title, publisher, date, url}', async () => {
    const shape = (sources: unknown, what: string) => {
      expect(Array.isArray(sources), what).toBe(true);
      const list = sources as Record<string, unknown>[];
      expect(list.length, what).toBeGreaterThan(0);
      for (const s of list) {
        expect(Object.keys(s).sort(), what).toEqual(['date', 'publisher', 'title', 'url']);
        expect(typeof s.title, what).toBe('string');
        expect(typeof s.publisher, what).toBe('string');
        expect(s.date === null || /^\d{4}(-\d{2}){0,2}$/.test(String(s.date)), what).toBe(true);
        expect(s.url === null || /^https?:\/\//.test(String(s.url)), what).toBe(true);
      }
    };
    const c = JSON.parse((await run(['control', '--date', '2015-06-01', '--at', '43.13,36.34'])).stdout);
    shape(c.sources, 'control');
    const t = JSON.parse((await run(['troops', '--date', '2024-09-30'])).stdout);
    shape(t.troops.Iraq.sources, 'troops Iraq');
    shape(t.troops.Syria.sources, 'troops Syria');
    expect(t.troops.Iraq.source).toBeUndefined();
    const b = JSON.parse((await run(['bases', '--date', '2018-06-01'])).stdout);
    for (const base of b.bases) shape(base.sources, base.name);
    expect(b.bases[0].source).toBeUndefined();
    const f = JSON.parse((await run(['forces', '--date', '2019-11-01'])).stdout);
    for (const site of f.sites) shape(site.sources, site.name);
  });
  it('runs as a process: answers on stdout, reads batch lines from stdin, exits 2 on a bad argument', () => {
    const a = spawnQuery(['control', '--date', '2015-06-01', '--at', '43.13,36.34']);
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ controller: 'isis', kind: 'held' });
    const b = spawnQuery(['batch'], '{"q":"troops","date":"2024-09-30"}\nnot json\n');
    expect(b.status, b.stderr).toBe(0);
    const lines = b.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].troops.Iraq.count).toBe(2500);
    expect(lines[1].error).toMatch(/JSON/);
    const bad = spawnQuery(['area', '--when', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')[0]).toMatch(/^query: /);
    expect(bad.stderr).toContain('usage: query control');
  });
});
