import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { peopleAt, type PopulationFile } from '../../src/model/population.ts';
import { runQuery } from '../helpers/query-cli.ts';

const root = resolve(import.meta.dirname, '..', '..');
const run = runQuery;
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const pop = readJson<PopulationFile>(join(root, 'geodata', 'population.json'));

// The CLI runs in-process (tests/helpers/query-cli.ts); its data loads once for the file.
describe('query population and history', () => {
  it('answers population for one country with the model’s figures, and for both together', async () => {
    const r = await run(['population', '--date', '2015-06-01', '--country', 'IQ']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const iq = peopleAt(territory.places, pop, '2015-06-01', 'IQ');
    expect(out).toMatchObject({ date: '2015-06-01', country: 'IQ', unplaced: iq.unplaced, placed: iq.placed });
    expect(out.people.isis).toBe(iq.people.isis);
    expect(out.basis).toMatch(/Iraq: pre-war figures/);
    const both = JSON.parse((await run(['population', '--date', '2015-06-01'])).stdout);
    const sy = peopleAt(territory.places, pop, '2015-06-01', 'SY');
    expect(both.country).toBe('SY+IQ');
    expect(both.people.isis).toBe((iq.people.isis ?? 0) + (sy.people.isis ?? 0));
    expect(both.unplaced).toBe(iq.unplaced + sy.unplaced);
    expect(both.total).toBe(pop.countries.SY.total + pop.countries.IQ.total);
  });

  it('answers history for a place by its English or Arabic name, with sources', async () => {
    const r = await run(['history', '--place', 'Manbij']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('sy-manbij');
    const controllers = out.history.map((h: { controller: string }) => h.controller);
    expect(controllers).toEqual(expect.arrayContaining(['isis', 'sdf']));
    const sdf = out.history.find((h: { controller: string }) => h.controller === 'sdf');
    expect(sdf.from).toBe('2016-08-12');
    for (const h of out.history) expect(h.sources.length).toBeGreaterThan(0);
    const ar = JSON.parse((await run(['history', '--place', 'منبج'])).stdout);
    expect(ar.id).toBe('sy-manbij');
  });

  it('refuses a missing or unknown place and a bad date with exit code 2, and answers both in batch', async () => {
    expect((await run(['history'])).status).toBe(2);
    const unknown = await run(['history', '--place', 'Atlantis']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no place called "Atlantis"/);
    expect((await run(['population', '--date', '2015-13-01'])).status).toBe(2);
    expect((await run(['population', '--date', '2015-06-01', '--country', 'TR'])).status).toBe(2);
    const lines = (
      await run(
        ['batch'],
        '{"q":"population","date":"2017-07-10","country":"SY"}\n{"q":"history","place":"Raqqa"}\n{"q":"history"}\n',
      )
    ).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].country).toBe('SY');
    expect(lines[1].id).toBe('sy-raqqa');
    expect(lines[2].error).toMatch(/--place/);
  });
});
