import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('query CLI', () => {
  it('answers control, area, troops and bases with one JSON object each', () => {
    const c = run(['control', '--date', '2015-06-01', '--at', '43.13,36.34']);
    expect(c.status).toBe(0);
    const control = JSON.parse(c.stdout);
    expect(control).toMatchObject({ date: '2015-06-01', at: [43.13, 36.34], controller: 'isis' });
    expect(control.place).toMatch(/Mosul/);
    expect(control.sources.length).toBeGreaterThan(0);
    const a = JSON.parse(run(['area', '--date', '2015-06-01']).stdout);
    expect(a.area_km2.isis).toBeGreaterThan(50_000);
    const t = JSON.parse(run(['troops', '--date', '2024-09-30']).stdout);
    expect(t.troops.Iraq).toMatchObject({ count: 2500, kind: 'reported' });
    expect(t.troops.Syria.count).toBe(900);
    const b = JSON.parse(run(['bases', '--date', '2018-06-01']).stdout);
    expect(b.bases.map((x: { name: string }) => x.name).join(' ')).toContain('Ain al-Asad');
  });
  it('answers batch lines in order and refuses bad lines without stopping', () => {
    const r = run(
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
  it('exits 2 with a one-line message on bad arguments', () => {
    for (const args of [
      ['nope', '--date', '2015-01-01'],
      ['control', '--date', '2015-02-30', '--at', '43,36'],
      ['control', '--date', '2015-01-01', '--at', '500,1'],
      ['area', '--when', 'x'],
    ]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^query: /);
    }
  });
});
