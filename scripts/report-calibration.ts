/**
 * Prints the published-vs-computed table of ISIS-held area (markdown) and the town-check summary,
 * from the derived territory and geodata/area-estimates.json. Used to write geodata/README.md.
 *
 *   npx tsx scripts/report-calibration.ts
 */
import { join, resolve } from 'node:path';
import { readJson } from './lib/geo-io.ts';
import { decodeTerritory, type TerritoryFile } from '../src/model/territory-file.ts';
import { areaByController, cellAt, periodAt } from '../src/model/territory.ts';
import type { SourceTable } from '../src/model/sources.ts';
import { sourceIds } from '../src/model/sources.ts';

const root = resolve(import.meta.dirname, '..');
const t = decodeTerritory(readJson<TerritoryFile>(join(root, 'geodata', 'build', 'territory.json')));
const est = readJson<{
  sources: SourceTable;
  estimates: { date: string; area_km2?: number; scope: string; estimator: string; source: string | string[] }[];
}>(join(root, 'geodata', 'area-estimates.json'));
const fmt = new Intl.NumberFormat('en-GB');
console.log('| date | published (km²) | estimator | computed (km²) | difference | source |');
console.log('|---|---:|---|---:|---:|---|');
for (const e of est.estimates) {
  if (e.scope !== 'iraq+syria' || e.area_km2 === undefined) continue;
  const c = areaByController(t, e.date).isis;
  const diff =
    e.area_km2 > 0
      ? `${c >= e.area_km2 ? '+' : ''}${Math.round((c / e.area_km2 - 1) * 100)}%`
      : c === 0
        ? 'exact'
        : 'n/a';
  const src = sourceIds(e.source)
    .map((id) => est.sources[id])
    .filter(Boolean)
    .map((s) => `${s.publisher}, “${s.title}”${s.date ? ` (${s.date})` : ''}`)
    .join('; ');
  console.log(`| ${e.date} | ${fmt.format(e.area_km2)} | ${e.estimator} | ${fmt.format(c)} | ${diff} | ${src} |`);
}
const checks = readJson<{ checks: { town: string; lon: number; lat: number; date: string; controller: string }[] }>(
  join(root, 'geodata', 'checks', 'town-control.json'),
).checks;
const ok = checks.filter((c) => {
  const hit = cellAt(t, c.lon, c.lat);
  return (hit ? periodAt(hit.place, c.date)?.controller : 'none') === c.controller;
}).length;
console.log(`\nTown checks: ${ok} of ${checks.length} agree (${new Set(checks.map((c) => c.town)).size} towns).`);
