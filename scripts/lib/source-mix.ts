/**
 * The source mix of the atlas's data: which kinds of publication (scripts/lib/source-kind.ts) the facts
 * cite, per file, and the regression check against the committed baseline (geodata/checks/source-mix.json).
 *
 * A *record* is one cited fact: every history entry of a control file (a change of control, including
 * the state on 1 Jan 2014), and in the forces and events files every object that carries a `source` field
 * (an event, a site, a presence interval, a troop figure, a milestone…). A record is day-precision unless
 * its `precision` (or `precision_from`) says otherwise.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceMixBaseline } from '../../src/model/geodata-schema.ts';
import type { SourceTable } from '../../src/model/sources.ts';
import { sourceIds } from '../../src/model/sources.ts';
import { readJson } from './geo-io.ts';
import { isArticleLevel, sourceKind, SOURCE_KINDS, type SourceKind } from './source-kind.ts';

/** One data file as read: its path (relative to the repository) and parsed content. */
export interface DataFile {
  file: string;
  data: { sources: SourceTable } & Record<string, unknown>;
}

/** One cited fact. */
export interface MixRecord {
  /** Where it is: `place-id 2015-03-31 iraq_gov` for control, `key[index]…` path otherwise. */
  label: string;
  precision: string;
  kinds: SourceKind[];
  /** A control file's first entry dated 1 Jan 2014: the state the atlas starts from, not a change of control. */
  start?: boolean;
}

/** The mix of one file. */
export interface FileMix {
  file: string;
  records: number;
  /** Citations by the kind of the cited source (a source cited by two records counts twice). */
  citations: Record<SourceKind, number>;
  /** Records citing at least one article-level source. */
  withArticle: number;
  /** Records whose every source is an encyclopedia page. */
  encyclopediaOnly: number;
  /** Day-precision records citing no article-level source. */
  dayWithoutArticle: MixRecord[];
  /** Records citing an aggregator or content-farm copy. */
  withAggregator: number;
}

/** The committed baseline: per file, the counts that must not grow (type inferred from its schema). */
export type { SourceMixBaseline } from '../../src/model/geodata-schema.ts';

/** Path of the committed baseline. */
export const BASELINE_PATH = join('geodata', 'checks', 'source-mix.json');

/** The data files the mix covers, in a stable order: control files, then events, then forces. */
export function readMixFiles(root: string): DataFile[] {
  const out: DataFile[] = [];
  const listDir = (dir: string) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
  const files = [...listDir('geodata/control'), 'geodata/events.json', ...listDir('geodata/forces')];
  for (const file of files) {
    if (existsSync(join(root, file))) out.push({ file, data: readJson(join(root, file)) });
  }
  return out;
}

function isControl(f: DataFile): boolean {
  return f.file.includes('/control/') || Array.isArray((f.data as { places?: unknown }).places);
}

/** Every cited record of a file (see the module comment). Unknown source ids count as kind `other`. */
export function mixRecords(f: DataFile): MixRecord[] {
  const table = f.data.sources ?? {};
  const kindsOf = (field: unknown): SourceKind[] =>
    sourceIds(field as string | string[]).map((id) => (table[id] ? sourceKind(table[id]) : 'other'));
  const out: MixRecord[] = [];
  if (isControl(f)) {
    const places = (f.data as { places?: { id: string; history?: Record<string, unknown>[] }[] }).places ?? [];
    for (const p of places) {
      (p.history ?? []).forEach((e, i) => {
        out.push({
          label: `${p.id} ${String(e.from)} ${String(e.controller)}`,
          precision: (e.precision as string | undefined) ?? 'day',
          kinds: kindsOf(e.source),
          ...(i === 0 && String(e.from) <= '2014-01-01' ? { start: true } : {}),
        });
      });
    }
    return out;
  }
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.source === 'string' || Array.isArray(o.source)) {
      const name = typeof o.id === 'string' ? o.id : path;
      const when = (o.date ?? o.from) as string | undefined;
      out.push({
        label: when ? `${name} ${when}` : name,
        precision: ((o.precision ?? o.precision_from) as string | undefined) ?? 'day',
        kinds: kindsOf(o.source),
      });
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'source') walk(x, path ? `${path}.${k}` : k);
  };
  for (const [k, v] of Object.entries(f.data)) if (k !== 'sources') walk(v, k);
  return out;
}

/** The mix of one file. */
export function fileMix(f: DataFile): FileMix {
  return mixOf(f.file, mixRecords(f));
}

/** The mix of a control file's changes of control alone (without each place's 1 Jan 2014 starting state), or of its starting states alone. */
export function controlMix(f: DataFile, which: 'changes' | 'starts'): FileMix {
  return mixOf(
    f.file,
    mixRecords(f).filter((r) => (which === 'starts') === (r.start === true)),
  );
}

function mixOf(file: string, records: MixRecord[]): FileMix {
  const citations = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  let withArticle = 0;
  let encyclopediaOnly = 0;
  let withAggregator = 0;
  const dayWithoutArticle: MixRecord[] = [];
  for (const r of records) {
    for (const k of r.kinds) citations[k]++;
    const article = r.kinds.some(isArticleLevel);
    if (article) withArticle++;
    else if (r.precision === 'day') dayWithoutArticle.push(r);
    if (r.kinds.length > 0 && r.kinds.every((k) => k === 'encyclopedia')) encyclopediaOnly++;
    if (r.kinds.includes('aggregator')) withAggregator++;
  }
  return {
    file,
    records: records.length,
    citations,
    withArticle,
    encyclopediaOnly,
    dayWithoutArticle,
    withAggregator,
  };
}

/** The baseline that the given mixes would write. */
export function baselineOf(mixes: FileMix[]): SourceMixBaseline {
  return {
    note: 'Per data file, the counts the data audit (tests/geodata/source-mix.test.ts) does not let grow: records citing only encyclopedia pages, and day-precision records citing no article-level report. Rewrite with `npm run report:sources -- --write-baseline`.',
    files: Object.fromEntries(
      mixes.map((m) => [
        m.file,
        { records: m.records, encyclopediaOnly: m.encyclopediaOnly, dayWithoutArticle: m.dayWithoutArticle.length },
      ]),
    ),
  };
}

/** Regressions of the mixes against a baseline, as readable messages (empty when none). */
export function regressions(mixes: FileMix[], baseline: SourceMixBaseline): string[] {
  const out: string[] = [];
  for (const m of mixes) {
    const b = baseline.files[m.file];
    if (!b) {
      out.push(`${m.file}: not in the source-mix baseline (run npm run report:sources -- --write-baseline)`);
      continue;
    }
    if (m.encyclopediaOnly > b.encyclopediaOnly) {
      out.push(
        `${m.file}: ${m.encyclopediaOnly} records cite only encyclopedia pages (baseline ${b.encyclopediaOnly})`,
      );
    }
    if (m.dayWithoutArticle.length > b.dayWithoutArticle) {
      const labels = m.dayWithoutArticle.map((r) => r.label).join('; ');
      out.push(
        `${m.file}: ${m.dayWithoutArticle.length} day-precision records cite no article-level report (baseline ${b.dayWithoutArticle}): ${labels}`,
      );
    }
  }
  return out;
}
