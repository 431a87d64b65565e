/**
 * Derives geodata/build/forces.json (US and foreign sites, troop levels, milestones, plan phases),
 * geodata/build/events.json and geodata/build/shares.json (published shares) from the hand-written files, normalising `source` fields to lists and
 * keeping only the sources that are cited. Forces and events are split in two (src/model/facts-file.ts): the first
 * view's file and a details file of texts, notes and sources. Deterministic output.
 *
 *   npx tsx scripts/build-facts.ts [outDir]
 */
import { join, resolve } from 'node:path';
import type { SourceTable } from '../src/model/sources.ts';
import { sourceIds } from '../src/model/sources.ts';
import type { ForcesData } from '../src/model/forces.ts';
import type { EventsData } from '../src/model/events.ts';
import type { PublishedShare, PublishedSharesFile } from '../src/model/calibration.ts';
import { readJson, writeJson } from './lib/geo-io.ts';
import { splitEvents, splitForces } from '../src/model/facts-file.ts';

type Raw = Record<string, unknown> & { source?: string | string[] };

function normalise<T>(items: Raw[], cited: Set<string>): T[] {
  return items.map((it) => {
    const out: Raw = { ...it, source: sourceIds(it.source) };
    (out.source as string[]).forEach((s) => cited.add(s));
    if (Array.isArray(it.presence)) out.presence = normalise(it.presence as Raw[], cited);
    return out as unknown as T;
  });
}

function pick(table: SourceTable, cited: Set<string>): SourceTable {
  const out: SourceTable = {};
  for (const id of [...cited].sort()) if (table[id]) out[id] = table[id];
  return out;
}

const byDate = <T extends { date: string; id?: string }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? '').localeCompare(b.id ?? '');

/** Build forces.json and events.json (with their details files, see src/model/facts-file.ts) and shares.json into outDir; returns the paths. */
export function buildFacts(root: string, outDir: string): string[] {
  const g = (f: string) => readJson<Record<string, unknown>>(join(root, 'geodata', f));
  const sites = g('forces/sites.json');
  const foreign = g('forces/foreign-sites.json');
  const troops = g('forces/troops.json');
  const miles = g('forces/milestones.json');
  const cited = new Set<string>();
  // US sites carry no force in their file; foreign sites name theirs. One list, US first.
  const us = (sites.sites as Raw[]).map((s) => ({ ...s, force: 'us', nation: 'United States' }));
  const forces: ForcesData = {
    sites: normalise([...us, ...(foreign.sites as Raw[])], cited),
    troops: normalise<ForcesData['troops'][number]>(troops.series as Raw[], cited).sort((a, b) =>
      a.country !== b.country ? a.country.localeCompare(b.country) : a.date.localeCompare(b.date),
    ),
    milestones: normalise<ForcesData['milestones'][number]>(miles.milestones as Raw[], cited).sort(byDate),
    phases: normalise(miles.plan_phases as Raw[], cited),
    sources: {},
  };
  forces.sources = pick(
    {
      ...(sites.sources as SourceTable),
      ...(foreign.sources as SourceTable),
      ...(troops.sources as SourceTable),
      ...(miles.sources as SourceTable),
    },
    cited,
  );
  const ev = g('events.json');
  const evCited = new Set<string>();
  const events: EventsData = {
    events: normalise<EventsData['events'][number]>(ev.events as Raw[], evCited).sort(byDate),
    sources: {},
  };
  events.sources = pick(ev.sources as SourceTable, evCited);
  const ps = readJson<PublishedSharesFile>(join(root, 'geodata', 'published-shares.json'));
  const psCited = new Set<string>();
  const shares: PublishedSharesFile = {
    note: ps.note,
    figures: normalise<PublishedShare>(ps.figures as unknown as Raw[], psCited).sort(
      (a, b) =>
        byDate(a, b) || a.country.localeCompare(b.country) || a.controllers.join().localeCompare(b.controllers.join()),
    ),
    sources: {},
  };
  shares.sources = pick(ps.sources, psCited);
  const files = [
    join(outDir, 'forces.json'),
    join(outDir, 'events.json'),
    join(outDir, 'shares.json'),
    join(outDir, 'forces-details.json'),
    join(outDir, 'events-details.json'),
  ];
  // The first view needs the facts only; texts, notes and sources load after it (the details files).
  const f = splitForces(forces);
  const e = splitEvents(events);
  writeJson(files[0], f.first);
  writeJson(files[3], f.details);
  writeJson(files[1], e.first);
  writeJson(files[4], e.details);
  writeJson(files[2], shares);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  for (const f of buildFacts(root, resolve(process.argv[2] ?? join(root, 'geodata', 'build'))))
    console.log(`wrote ${f}`);
}
