import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { basisLine, peopleAt, placePopulations, type PopulationFile } from '../../src/model/population.ts';
import { populationRows, type PublishedPopulationFile } from '../../src/model/population-calibration.ts';
import { isControllerId } from '../../src/model/controllers.ts';
import { parseDay } from '../../src/model/dates.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const pop = readJson<PopulationFile>(join(root, 'geodata', 'population.json'));
const published = readJson<PublishedPopulationFile>(join(root, 'geodata', 'published-population.json'));
const byId = new Map(territory.places.map((p) => [p.id, p]));

describe('population figures (geodata/population.json)', () => {
  it('names real inhabited places, each once, with a sourced figure of a stated basis and a pre-war year', () => {
    const ids = [...Object.keys(pop.places), ...pop.groups.flatMap((g) => g.places)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const p = byId.get(id);
      expect(p, id).toBeDefined();
      expect(['city', 'town', 'village'], id).toContain(p!.kind);
    }
    for (const [id, f] of placePopulations(pop)) {
      expect(Number.isInteger(f.value) && f.value > 0, id).toBe(true);
      expect(['census', 'official estimate', 'UN estimate', 'local estimate']).toContain(f.basis);
      // A local estimate (a humanitarian assessment's pre-2014 figure) is always flagged and explained.
      if (f.basis === 'local estimate') {
        expect(f.uncertain, id).toBe(true);
        expect(f.note, id).toBeTruthy();
      }
      expect(f.year, id).toBeLessThanOrEqual(2013);
      expect(f.source.length, id).toBeGreaterThan(0);
      for (const s of f.source) expect(pop.sources[s], `${id} ${s}`).toBeDefined();
    }
    for (const s of Object.values(pop.sources)) expect(s.title && s.publisher).toBeTruthy();
  });

  it('says in each country\'s basis line how many of its figures are marked uncertain', () => {
    const pops = [...placePopulations(pop)];
    for (const c of ['SY', 'IQ'] as const) {
      const n = pops.filter(([id, f]) => id.startsWith(c === 'SY' ? 'sy-' : 'iq-') && f.uncertain).length;
      const line = basisLine(pop, c);
      if (n > 0) expect(line).toContain(`; ${n} marked uncertain;`);
      else expect(line).not.toContain('uncertain');
    }
    expect(basisLine(pop, 'IQ')).toMatch(/; \d+ marked uncertain;/);
  });

  it('splits a divided city into parts that add up to its figure', () => {
    const pops = placePopulations(pop);
    for (const g of pop.groups) expect(g.places.reduce((a, id) => a + pops.get(id)!.value, 0)).toBe(g.value);
  });

  it('gives every counted person to exactly one force, and the rest to the unplaced', () => {
    for (const day of ['2014-01-01', '2015-06-01', '2017-07-10', '2025-03-01'])
      for (const c of ['SY', 'IQ'] as const) {
        const at = peopleAt(territory.places, pop, day, c);
        const sum = Object.values(at.people).reduce((a, n) => a + (n ?? 0), 0);
        expect(sum).toBe(at.placed);
        expect(at.placed + at.unplaced).toBe(pop.countries[c].total);
      }
  });

  it('puts Mosul under ISIS in mid-2015 and Raqqa under the SDF in 2018', () => {
    const isis2015 = peopleAt(territory.places, pop, '2015-06-01', 'IQ').people.isis ?? 0;
    const pops = placePopulations(pop);
    expect(isis2015).toBeGreaterThanOrEqual(pops.get('iq-mosul-east')!.group!.total);
    expect(peopleAt(territory.places, pop, '2018-06-01', 'SY').people.sdf ?? 0).toBeGreaterThanOrEqual(
      pops.get('sy-raqqa')!.value,
    );
    expect(peopleAt(territory.places, pop, '2019-06-01', 'IQ').people.isis ?? 0).toBe(0);
  });
});

// The tolerance stated in geodata/README.md ("Population"): for every published estimate marked
// tested, the atlas's whole-country estimate is within ±35% of it (of the nearer end of a range).
describe('people under a force against published estimates', () => {
  const rows = populationRows(territory, pop, published);
  it('has dated, sourced figures', () => {
    for (const r of rows) {
      expect(parseDay(r.figure.date)).toBe(r.figure.date);
      expect(isControllerId(r.figure.controller)).toBe(true);
      expect(published.sources[r.figure.source], r.figure.source).toBeDefined();
      if (!r.figure.tested) expect(r.figure.reason, r.figure.date).toBeTruthy();
    }
    expect(rows.filter((r) => r.figure.tested).length).toBeGreaterThanOrEqual(3);
  });
  it('meets the stated tolerance on every tested figure', () => {
    for (const r of rows.filter((x) => x.figure.tested))
      expect(Math.abs(r.error), `${r.figure.date} ${r.figure.controller} ${r.figure.country}: ${r.estimate}`).toBeLessThanOrEqual(
        0.35,
      );
  });
});
