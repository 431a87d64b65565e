/**
 * The source-mix report: the kinds of publication the atlas's facts cite (encyclopedia, aggregator, wire,
 * newspaper/broadcaster, official, research, other; rule in scripts/lib/source-kind.ts), by file, as
 * markdown, with the share of records citing only encyclopedia pages and every day-precision change of
 * control that cites no article-level report.
 *
 *   npm run report:sources                      print the report
 *   npm run report:sources -- --write-baseline  also rewrite geodata/checks/source-mix.json
 *   npm run report:sources -- --root DIR        report on the geodata/ of another checkout (e.g. an older commit)
 */
import { resolve, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { baselineOf, BASELINE_PATH, controlMix, fileMix, readMixFiles, type FileMix } from './lib/source-mix.ts';
import { sourceKind, SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from './lib/source-kind.ts';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : resolve(import.meta.dirname, '..');
const files = readMixFiles(root);
const mixes = files.map(fileMix);
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const short = (f: string) => f.replace(/^geodata\//, '');

function sum(ms: FileMix[]): FileMix {
  const citations = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  for (const m of ms) for (const k of SOURCE_KINDS) citations[k] += m.citations[k];
  return {
    file: 'total',
    records: ms.reduce((a, m) => a + m.records, 0),
    citations,
    withArticle: ms.reduce((a, m) => a + m.withArticle, 0),
    encyclopediaOnly: ms.reduce((a, m) => a + m.encyclopediaOnly, 0),
    withAggregator: ms.reduce((a, m) => a + m.withAggregator, 0),
    dayWithoutArticle: ms.flatMap((m) => m.dayWithoutArticle),
  };
}

function recordTable(title: string, ms: FileMix[]): void {
  console.log(`\n### ${title}\n`);
  console.log(
    '| file | records | cite an article-level report | encyclopedia only | cite an aggregator copy | day precision, no article-level report |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const m of [...ms, sum(ms)]) {
    console.log(
      `| ${short(m.file)} | ${m.records} | ${m.withArticle} (${pct(m.withArticle, m.records)}) | ${m.encyclopediaOnly} (${pct(m.encyclopediaOnly, m.records)}) | ${m.withAggregator} (${pct(m.withAggregator, m.records)}) | ${m.dayWithoutArticle.length} |`,
    );
  }
}

function kindTable(title: string, ms: FileMix[]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| file | ${SOURCE_KINDS.join(' | ')} |`);
  console.log(`|---|${SOURCE_KINDS.map(() => '---:').join('|')}|`);
  for (const m of [...ms, sum(ms)]) {
    const total = SOURCE_KINDS.reduce((a, k) => a + m.citations[k], 0);
    console.log(
      `| ${short(m.file)} | ${SOURCE_KINDS.map((k) => `${m.citations[k]} (${pct(m.citations[k], total)})`).join(' | ')} |`,
    );
  }
}

const controlFiles = files.filter((f) => f.file.includes('/control/'));
const control = controlFiles.map((f) => controlMix(f, 'changes'));
const starts = controlFiles.map((f) => controlMix(f, 'starts'));
const others = mixes.filter((m) => !m.file.includes('/control/'));

console.log('## Source mix\n');
console.log('Kinds: ' + SOURCE_KINDS.map((k) => `\`${k}\` = ${SOURCE_KIND_LABELS[k]}`).join('; ') + '.');
console.log('Article-level: wire, newspaper, official, research.');
recordTable('Changes of control (every history entry after the 1 Jan 2014 starting state)', control);
kindTable('Changes of control: citations by kind', control);
recordTable('Starting states (each place on 1 Jan 2014)', starts);
recordTable('Forces and events (every record with a source)', others);
kindTable('Forces and events: citations by kind', others);

// Publishers by kind, for the classes a reader should see: aggregators and unclassified.
const byKind = new Map<SourceKind, Map<string, number>>();
for (const f of files) {
  for (const s of Object.values(f.data.sources ?? {})) {
    const k = sourceKind(s);
    if (k !== 'aggregator' && k !== 'other') continue;
    const m = byKind.get(k) ?? new Map<string, number>();
    m.set(s.publisher, (m.get(s.publisher) ?? 0) + 1);
    byKind.set(k, m);
  }
}
for (const k of ['aggregator', 'other'] as const) {
  const m = byKind.get(k) ?? new Map<string, number>();
  const list = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\n### Publishers classed as ${SOURCE_KIND_LABELS[k]} (${list.length}, sources in the tables)\n`);
  console.log(list.map(([p, n]) => `${p} (${n})`).join('; ') || '(none)');
}

console.log('\n### Day-precision changes of control citing no article-level report\n');
for (const m of control) {
  console.log(
    `- ${short(m.file)} (${m.dayWithoutArticle.length}): ${m.dayWithoutArticle.map((r) => r.label).join('; ') || 'none'}`,
  );
}

if (process.argv.includes('--write-baseline')) {
  const path = join(root, BASELINE_PATH);
  writeFileSync(path, JSON.stringify(baselineOf(mixes), null, 2) + '\n');
  console.log(`\nWrote ${BASELINE_PATH}.`);
}
