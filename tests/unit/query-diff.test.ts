import { describe, expect, it } from 'vitest';
import { runQuery } from '../helpers/query-cli.ts';

const run = runQuery;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed CLI output, checked field by field
const json = async (args: string[]): Promise<Record<string, any>> => {
  const r = await run(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('query diff, geojson and places', () => {
  it('diff agrees with area and share at the two dates, for both countries and overall', async () => {
    const [from, to] = ['2015-06-01', '2017-12-31'];
    const countries = [undefined, 'SY', 'IQ'];
    // One batch run asks every question (the CLI's own batch mode, same engine as the commands).
    const queries = countries.flatMap((country) => [
      { q: 'diff', from, to, country },
      { q: 'area', date: from, country },
      { q: 'area', date: to, country },
      ...(country
        ? [
            { q: 'share', date: from, country },
            { q: 'share', date: to, country },
          ]
        : []),
    ]);
    const r = await run(['batch'], queries.map((q) => JSON.stringify(q)).join('\n'));
    expect(r.status, r.stderr).toBe(0);
    const answers = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.length).toBe(queries.length);
    let i = 0;
    for (const country of countries) {
      const d = answers[i++];
      expect(d).toMatchObject({ from, to });
      const a = answers[i++].area_km2;
      const b = answers[i++].area_km2;
      for (const force of Object.keys(a)) {
        const net = d.km2[force]?.net ?? 0;
        expect(net, `${country} ${force}`).toBe(b[force] - a[force]);
      }
      if (country) {
        const sa = answers[i++].percent;
        const sb = answers[i++].percent;
        for (const force of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
          const net = d.percent[country][force]?.net ?? 0;
          expect(Math.abs(net - ((sb[force] ?? 0) - (sa[force] ?? 0))), force).toBeLessThanOrEqual(0.02);
        }
      }
    }
    // The single command gives the same answer as the batch line.
    expect(await json(['diff', '--from', from, '--to', to])).toEqual(answers[0]);
  });
  it('diff lists the places that changed hands, each with its date and sources', async () => {
    const d = await json(['diff', '--from', '2017-01-01', '--to', '2017-12-31', '--country', 'SY']);
    // Raqqa: fought over from June 2017, taken by the SDF on 17 October 2017.
    const raqqa = d.places.filter((p: { name: string }) => p.name === 'Raqqa');
    expect(raqqa.at(-1)).toMatchObject({ to_controller: 'sdf', date: '2017-10-17' });
    expect(raqqa[0].from_controller).toBe('isis');
    for (const r of raqqa) {
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.sources[0]).toMatchObject({ title: expect.any(String), publisher: expect.any(String) });
    }
    for (const p of d.places) expect(p.country).toBe('SY');
  });
  it('diff refuses a reversed or missing range with exit code 2', async () => {
    expect((await run(['diff', '--from', '2017-12-31', '--to', '2015-06-01'])).status).toBe(2);
    const r = await run(['diff', '--from', '2015-06-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--to/);
    expect((await run(['geojson'])).status).toBe(2);
    expect((await run(['places', '--date', '2015-13-01'])).status).toBe(2);
  });
  it('geojson prints the same bytes twice and a FeatureCollection under 1 MB', async () => {
    const a = await run(['geojson', '--date', '2019-03-23']);
    const b = await run(['geojson', '--date', '2019-03-23']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(Buffer.byteLength(a.stdout)).toBeLessThan(1_000_000);
    const fc = JSON.parse(a.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.license).toMatch(/CC BY 4\.0/);
    const isis = fc.features.filter((f: { properties: { controller: string } }) => f.properties.controller === 'isis');
    // Baghuz fell on 23 March 2019: ISIS held no ground in the atlas after it.
    expect(isis).toEqual([]);
  });
  it('places prints CSV with one row per place', async () => {
    const r = await run(['places', '--date', '2014-07-01']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,name_ar,country/);
    expect(lines.find((l) => l.startsWith('iq-mosul-west,'))).toContain(',isis,');
  });
});
