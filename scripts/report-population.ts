/**
 * Prints the population comparison as a Markdown table (geodata/README.md, "Population"): each
 * published estimate beside the atlas's placed people and whole-country estimate; then the share of
 * each country's people the atlas cannot place.
 *
 *   npm run report:population
 */
import { join, resolve } from 'node:path';
import { readJson } from './lib/geo-io.ts';
import { loadTerritory } from './lib/territory-load.ts';
import { peopleAt, type PopulationFile } from '../src/model/population.ts';
import { populationRows, type PublishedPopulationFile } from '../src/model/population-calibration.ts';
import { formatSource } from '../src/model/sources.ts';

const root = resolve(import.meta.dirname, '..');
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const pop = readJson<PopulationFile>(join(root, 'geodata', 'population.json'));
const published = readJson<PublishedPopulationFile>(join(root, 'geodata', 'published-population.json'));
const m = (n: number) => `${(n / 1e6).toFixed(2)} M`;
const lines = [
  '| date | force | where | published | atlas: placed | atlas: estimate | error | tested | source |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const r of populationRows(territory, pop, published)) {
  const f = r.figure;
  const pub = f.low && f.high ? `${m(f.low)}–${m(f.high)}` : m(f.value);
  const err = `${r.error >= 0 ? '+' : ''}${Math.round(r.error * 100)}%`;
  lines.push(
    `| ${f.date} | ${f.controller} | ${f.country} | ${pub} | ${m(r.placed)} | ${m(r.estimate)} | ${err} | ${f.tested ? 'yes' : `no: ${f.reason}`} | ${formatSource(published.sources[f.source])} |`,
  );
}
lines.push(
  '',
  "| country | people in the figures' year | placed | unplaced | inhabited places without a figure |",
  '|---|---|---|---|---|',
);
for (const c of ['SY', 'IQ'] as const) {
  const at = peopleAt(territory.places, pop, '2014-01-01', c);
  lines.push(
    `| ${c} | ${at.total.toLocaleString('en-US')} (${pop.countries[c].basis} ${pop.countries[c].year}) | ${at.placed.toLocaleString('en-US')} | ${at.unplaced.toLocaleString('en-US')} (${((at.unplaced / at.total) * 100).toFixed(1)}%) | ${at.missing} |`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
