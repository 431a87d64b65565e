/**
 * The calibration report: the territory model against published figures, as markdown for
 * geodata/README.md. Prints (1) ISIS's held ground against the IHS Conflict Monitor series, (2) every
 * published share of Syria or Iraq (geodata/published-shares.json) against the computed share, with a
 * summary, (3) the same summary and the Euphrates bank checks for the plain nearest-place division
 * (the baseline), (4) the share of each country no source accounts for, per year.
 *
 *   npx tsx scripts/report-calibration.ts [--rows]   (--rows: the full table of shares)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readJson } from './lib/geo-io.ts';
import { baselineModel, buildTerritory, type TerritoryModel } from './build-territory.ts';
import { areaByController, groundAt, sharesAt, type TerritoryData } from '../src/model/territory.ts';
import { calibrationRows, errorSummary, type PublishedSharesFile } from '../src/model/calibration.ts';
import { controllerInfo } from '../src/model/controllers.ts';
import { monthsBetween } from '../src/model/dates.ts';
import { loadTerritory } from './lib/territory-load.ts';
import type { RiverBankChecks } from '../src/model/geodata-schema.ts';

const root = resolve(import.meta.dirname, '..');
const fmt = new Intl.NumberFormat('en-GB');
const load = (path: string) => loadTerritory(path);
const t = load(join(root, 'geodata', 'build', 'territory.json'));
const shares = readJson<PublishedSharesFile>(join(root, 'geodata', 'published-shares.json'));
const showRows = process.argv.includes('--rows');

function ihsTable(data: TerritoryData): void {
  const est = readJson<{ estimates: { date: string; area_km2?: number; scope: string; estimator: string }[] }>(
    join(root, 'geodata', 'area-estimates.json'),
  ).estimates.filter((e) => e.scope === 'iraq+syria' && (e.area_km2 ?? 0) > 0);
  console.log('| date | published km² (IHS) | atlas: ISIS held km² | difference | atlas: held + dominated km² |');
  console.log('|---|---:|---:|---:|---:|');
  for (const e of est) {
    const held = areaByController(data, e.date, { heldOnly: true }).isis;
    const all = areaByController(data, e.date).isis;
    const d = Math.round((held / e.area_km2! - 1) * 100);
    console.log(
      `| ${e.date} | ${fmt.format(e.area_km2!)} | ${fmt.format(held)} | ${d >= 0 ? '+' : ''}${d}% | ${fmt.format(all)} |`,
    );
  }
}

function summaryLine(label: string, data: TerritoryData): void {
  const rows = calibrationRows(data, shares);
  const all = errorSummary(rows);
  const certain = errorSummary(rows.filter((r) => !r.figure.uncertain));
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  console.log(
    `| ${label} | ${all.n} | ${all.median.toFixed(2)} | ${pct(all.withinShare)} | ${certain.n} | ${certain.median.toFixed(2)} | ${pct(certain.withinShare)} | ${bankScore(data)} |`,
  );
}

function bankScore(data: TerritoryData): string {
  const c = readJson<RiverBankChecks>(join(root, 'geodata', 'checks', 'river-banks.json'));
  let ok = 0;
  let n = 0;
  for (const d of c.dates)
    for (const p of c.points) {
      n++;
      if (groundAt(data, p.lon, p.lat, d).controller === c.expected[p.bank]) ok++;
    }
  return `${ok}/${n}`;
}

console.log('### ISIS: held ground against the IHS Conflict Monitor\n');
ihsTable(t);

console.log('\n### Shares of each country: summary\n');
console.log(
  '| division | figures | median error (points) | within 5 points | certain figures | median | within 5 | Euphrates bank checks |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
summaryLine('atlas model', t);
const dir = mkdtempSync(join(tmpdir(), 'atlas-baseline-'));
try {
  const model = readJson<TerritoryModel>(join(root, 'geodata', 'territory-model.json'));
  summaryLine(
    'plain nearest place (baseline)',
    load(buildTerritory(root, dir, { model: baselineModel(model), barriers: false })),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows = calibrationRows(t, shares);
console.log('\n### Shares of each country: by publisher\n');
console.log('| publisher | figures | median error (points) | within 5 points |');
console.log('|---|---:|---:|---:|');
for (const pub of [...new Set(rows.map((r) => r.figure.publisher))].sort()) {
  const s = errorSummary(rows.filter((r) => r.figure.publisher === pub));
  console.log(`| ${pub} | ${s.n} | ${s.median.toFixed(2)} | ${Math.round(s.withinShare * 100)}% |`);
}
const misses = rows.filter((r) => Math.abs(r.error) > 5);
console.log(
  `\n### Shares of each country: ${showRows ? 'every figure' : `the ${misses.length} figures missed by more than 5 points`}\n`,
);
console.log('| date | country | forces | publisher | published % | atlas % | error (points) |');
console.log('|---|---|---|---|---:|---:|---:|');
for (const r of showRows ? rows : misses) {
  const f = r.figure;
  console.log(
    `| ${f.date} | ${f.country} | ${f.controllers.map((c) => controllerInfo(c).short).join(' + ')} | ${f.publisher}${
      f.uncertain ? ' (uncertain)' : ''
    } | ${r.published} | ${r.computed.toFixed(1)} | ${r.error >= 0 ? '+' : ''}${r.error.toFixed(1)} |`,
  );
}

console.log('\n### Land no source accounts for (largest monthly share per year, %)\n');
const years = Array.from({ length: 13 }, (_, i) => String(2014 + i));
console.log(`| country | ${years.join(' | ')} |`);
console.log(`|---|${years.map(() => '---:').join('|')}|`);
for (const c of ['SY', 'IQ'] as const) {
  const worst = years.map((y) =>
    Math.max(...monthsBetween(`${y}-01-01`, `${y}-12-01`).map((m) => sharesAt(t, m, c).none)),
  );
  console.log(`| ${c} | ${worst.map((v) => v.toFixed(1)).join(' | ')} |`);
}
