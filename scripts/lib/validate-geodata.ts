/**
 * Checks on the hand-written geodata: schema, sources, dates, histories, coordinates. Returns a list
 * of human-readable problems (empty when all is well). Used by tests and by `npm run validate`.
 */
import { join } from 'node:path';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { CONTROLLER_IDS } from '../../src/model/controllers.ts';
import { isForceId } from '../../src/model/force-kinds.ts';
import { parseDay } from '../../src/model/dates.ts';
import type { Source, SourceTable } from '../../src/model/sources.ts';
import { sourceIds } from '../../src/model/sources.ts';
import { readJson } from './geo-io.ts';
import type { TroopPoint } from '../../src/model/forces.ts';
import { riseProblems } from '../../src/model/troop-rises.ts';
import { readControlFiles } from './control-data.ts';
import { ControlFileSchema, GEODATA_FILE_SCHEMAS, schemaProblems } from '../../src/model/geodata-schema.ts';

/** Last day any record may carry (today, for this data release). */
export const DATA_AS_OF = '2026-11-28';
const KINDS = ['city', 'town', 'village', 'oilfield', 'dam', 'border_crossing', 'military_base', 'site', 'desert'];
const PRECISIONS = ['day', 'week', 'month', 'year'];

/** True when a source's date is YYYY-MM-DD, YYYY-MM or YYYY. */
function validSourceDate(d: unknown): boolean {
  return typeof d === 'string' && (/^\d{4}$/.test(d) || /^\d{4}-\d{2}$/.test(d) || parseDay(d) === d);
}

/** Problems with one source record. */
export function checkSource(id: string, s: Partial<Source> | undefined, where: string): string[] {
  const out: string[] = [];
  if (!s) return [`${where}: source ${id} is not defined`];
  if (typeof s.title !== 'string' || s.title.trim().length < 3) out.push(`${where}: source ${id} has no title`);
  if (typeof s.publisher !== 'string' || s.publisher.trim().length < 2)
    out.push(`${where}: source ${id} has no publisher`);
  // An undated source is accepted only when it is a findable web page (a reference work such as an encyclopedia entry).
  const reference = s.url !== undefined || /wikipedia/i.test(s.publisher ?? '');
  if (s.date === undefined ? !reference : !validSourceDate(s.date)) {
    out.push(`${where}: source ${id} has a missing or malformed date ${JSON.stringify(s.date)}`);
  }
  if (s.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(s.url))
    out.push(`${where}: source ${id} has a malformed url`);
  return out;
}

/** Check that every referenced id exists, and every source in the table is well-formed. */
export function checkRefs(ids: string[], table: SourceTable, where: string): string[] {
  if (ids.length === 0) return [`${where}: no source`];
  return ids.flatMap((id) => (table[id] ? [] : [`${where}: source ${id} is not defined`]));
}

/**
 * Every hand-written file against its schema (src/model/geodata-schema.ts): field names, types, ids,
 * ranges, dates. The checks below add what one record cannot say alone (references, order, places).
 */
export function validateSchemas(root: string): string[] {
  const out: string[] = [];
  for (const [file, schema] of Object.entries(GEODATA_FILE_SCHEMAS))
    out.push(...schemaProblems(schema, readJson(join(root, 'geodata', file)), `geodata/${file}`));
  for (const { file, data } of readControlFiles(root)) out.push(...schemaProblems(ControlFileSchema, data, file));
  return out;
}

/** The country outlines used for coordinate checks. */
export function loadOutlines(root: string): Map<string, Feature<Polygon | MultiPolygon>> {
  const fc = readJson<FeatureCollection<Polygon | MultiPolygon, { country: string }>>(
    join(root, 'geodata', 'build', 'outlines.json'),
  );
  return new Map(fc.features.map((f) => [f.properties.country, f]));
}

/**
 * Border tolerance: the 1:10m outline can be off by a few km, and towns such as Tal Abyad or
 * Kobani sit on the border line itself.
 */
export const BORDER_TOLERANCE_KM = 5;

/** True when a point is inside the outline or within {@link BORDER_TOLERANCE_KM} of it. */
export function insideCountry(pt: [number, number], outline: Feature<Polygon | MultiPolygon>): boolean {
  if (booleanPointInPolygon(pt, outline)) return true;
  return pointToPolygonDistance(pt, outline, { units: 'kilometers' }) <= BORDER_TOLERANCE_KM;
}

/** Validate geodata/control/*.json. */
export function validateControl(root: string): string[] {
  const problems: string[] = [];
  const outlines = loadOutlines(root);
  const seen = new Map<string, string>();
  for (const { file, data } of readControlFiles(root)) {
    for (const [id, s] of Object.entries(data.sources ?? {})) problems.push(...checkSource(id, s, file));
    for (const p of data.places ?? []) {
      const where = `${file} ${p.id}`;
      if (!/^(iq|sy)-[a-z0-9-]+$/.test(p.id)) problems.push(`${where}: id must be iq-/sy- and lowercase`);
      if (seen.has(p.id)) problems.push(`${where}: duplicate id (also in ${seen.get(p.id)})`);
      seen.set(p.id, file);
      if (!p.name || !p.name_ar) problems.push(`${where}: needs name and name_ar`);
      if (p.name_ar && !/[\u0600-\u06FF]/.test(p.name_ar)) problems.push(`${where}: name_ar is not Arabic script`);
      if (!KINDS.includes(p.kind)) problems.push(`${where}: unknown kind ${p.kind}`);
      if (p.country !== 'IQ' && p.country !== 'SY') problems.push(`${where}: country must be IQ or SY`);
      if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) problems.push(`${where}: bad coordinates`);
      else if (outlines.has(p.country) && !insideCountry([p.lon, p.lat], outlines.get(p.country)!)) {
        problems.push(`${where}: ${p.lon},${p.lat} is not inside ${p.country}`);
      }
      if (p.radius_km !== undefined && !(p.radius_km > 0 && p.radius_km <= 100))
        problems.push(`${where}: radius_km out of range`);
      problems.push(...checkRefs(sourceIds(p.source), data.sources, where));
      const h = p.history ?? [];
      if (h.length === 0) problems.push(`${where}: empty history`);
      else if (h[0].from !== '2014-01-01') problems.push(`${where}: history must start on 2014-01-01`);
      h.forEach((e, i) => {
        const w = `${where} @${e.from}`;
        if (parseDay(e.from) !== e.from) problems.push(`${w}: malformed date`);
        if (e.from > DATA_AS_OF) problems.push(`${w}: date after ${DATA_AS_OF}`);
        if (i > 0 && e.from <= h[i - 1].from) problems.push(`${w}: dates not strictly increasing`);
        if (i > 0 && e.controller === h[i - 1].controller) problems.push(`${w}: same controller as the previous entry`);
        if (!(CONTROLLER_IDS as readonly string[]).includes(e.controller))
          problems.push(`${w}: unknown controller ${e.controller}`);
        if (e.precision !== undefined && !PRECISIONS.includes(e.precision)) problems.push(`${w}: unknown precision`);
        if (e.controller === 'syria_interim' && e.from < '2024-12-08')
          problems.push(`${w}: syria_interim before 8 Dec 2024`);
        if (e.controller === 'syria_gov' && e.from >= '2024-12-09')
          problems.push(`${w}: syria_gov after the fall of Assad`);
        if (e.controller === 'hts' && e.from >= '2024-12-08')
          problems.push(`${w}: hts after 8 Dec 2024 (the HTS-led command became the government)`);
        if (
          p.country === 'IQ' &&
          ['syria_gov', 'syria_interim', 'sdf', 'tfsa', 'opposition', 'hts'].includes(e.controller)
        ) {
          problems.push(`${w}: Syrian controller in Iraq`);
        }
        if (p.country === 'SY' && ['iraq_gov', 'krg'].includes(e.controller))
          problems.push(`${w}: Iraqi controller in Syria`);
        problems.push(...checkRefs(sourceIds(e.source), data.sources, w));
      });
    }
  }
  return problems;
}

type Rec = Record<string, unknown>;

function checkTable(file: string, data: Rec): { table: SourceTable; problems: string[] } {
  const table = (data.sources ?? {}) as SourceTable;
  const problems = Object.entries(table).flatMap(([id, s]) => checkSource(id, s, file));
  return { table, problems };
}

function checkPoint(
  where: string,
  country: unknown,
  lon: unknown,
  lat: unknown,
  outlines: Map<string, Feature<Polygon | MultiPolygon>>,
): string[] {
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return [`${where}: bad coordinates`];
  const outline = outlines.get(String(country));
  if (!outline) return [`${where}: country must be IQ or SY`];
  return insideCountry([lon, lat], outline) ? [] : [`${where}: ${lon},${lat} is not inside ${String(country)}`];
}

function checkDay(where: string, d: unknown, field = 'date'): string[] {
  if (typeof d !== 'string' || parseDay(d) !== d) return [`${where}: malformed ${field} ${JSON.stringify(d)}`];
  return d > DATA_AS_OF && field !== 'to' ? [`${where}: ${field} after ${DATA_AS_OF}`] : [];
}

const MARKS = ['handed_over', 'struck'];

/**
 * Problems with a site's presence intervals: known statuses, dates in order, zero-length marks
 * (handover, strike) and periods that neither overlap nor run backwards.
 */
export function checkPresence(where: string, pres: Rec[], table: SourceTable, strict = true): string[] {
  const problems: string[] = [];
  if (pres.length === 0) problems.push(`${where}: no presence interval`);
  const periods: { from: string; to: string }[] = [];
  for (const p of pres) {
    const w = `${where} @${String(p.from)}`;
    problems.push(...checkDay(w, p.from, 'from'));
    if (p.to !== undefined) problems.push(...checkDay(w, p.to, 'to'));
    if (typeof p.to === 'string' && typeof p.from === 'string' && p.to < p.from)
      problems.push(`${w}: ends before it starts`);
    if (![...MARKS, 'active', 'reduced'].includes(String(p.status))) problems.push(`${w}: unknown status`);
    else if (MARKS.includes(String(p.status))) {
      if (p.to !== undefined && p.to !== p.from) problems.push(`${w}: a ${String(p.status)} mark has no length`);
    } else if (typeof p.from === 'string') {
      // The US file predates this rule: a few zero-length periods there mark one-day sightings.
      if (strict && p.to === p.from) problems.push(`${w}: a period of presence must last at least a day`);
      periods.push({ from: p.from, to: typeof p.to === 'string' ? p.to : '9999-12-31' });
    }
    problems.push(...checkRefs(sourceIds(p.source as string), table, w));
  }
  periods.forEach((p, i) => {
    if (i > 0 && p.from < periods[i - 1].to)
      problems.push(`${where} @${p.from}: overlaps or precedes the period before`);
  });
  return problems;
}

/** Problems with one file of sites; `foreign` files must name each site's force, nation and rank. */
function checkSites(file: string, data: Rec, foreign: boolean, outlines: Map<string, Feature<Polygon | MultiPolygon>>) {
  const { table, problems } = checkTable(file, data);
  const ids = new Set<string>();
  for (const s of (data.sites ?? []) as Rec[]) {
    const where = `${file} ${String(s.id)}`;
    if (ids.has(String(s.id))) problems.push(`${where}: duplicate id`);
    ids.add(String(s.id));
    if (!s.name || !s.role) problems.push(`${where}: needs name and role`);
    if (foreign) {
      if (!isForceId(s.force) || s.force === 'us') problems.push(`${where}: force must be a foreign force id`);
      if (typeof s.nation !== 'string' || s.nation.length < 2) problems.push(`${where}: needs a nation`);
      if (s.rank !== 1 && s.rank !== 2) problems.push(`${where}: rank must be 1 or 2`);
      if (typeof s.name_ar !== 'string' || !/[\u0600-\u06FF]/.test(s.name_ar))
        problems.push(`${where}: needs an Arabic name`);
    } else if (s.force !== undefined) problems.push(`${where}: US sites carry no force field`);
    problems.push(...checkPoint(where, s.country, s.lon, s.lat, outlines));
    problems.push(...checkRefs(sourceIds(s.source as string), table, where));
    problems.push(...checkPresence(where, (s.presence ?? []) as Rec[], table, foreign));
  }
  return problems;
}

/** Check a troop figure's range, scope and increase note. */
export function checkTroopRange(w: string, t: Rec): string[] {
  const problems: string[] = [];
  const count = t.count as number;
  for (const k of ['min', 'max'] as const)
    if (t[k] !== undefined && !(typeof t[k] === 'number' && Number.isInteger(t[k]) && (t[k] as number) >= 0))
      problems.push(`${w}: bad ${k}`);
  if (typeof t.min === 'number' && t.min > count) problems.push(`${w}: min above count`);
  if (typeof t.max === 'number' && t.max < count) problems.push(`${w}: max below count`);
  if (t.min !== undefined && t.max !== undefined && t.min === t.max) problems.push(`${w}: a range needs min < max`);
  if (t.scope !== undefined && t.scope !== 'us_and_partners') problems.push(`${w}: unknown scope`);
  if (t.scope !== undefined && t.force !== undefined) problems.push(`${w}: US-and-partner totals carry no force`);
  if (t.increase !== undefined && !(typeof t.increase === 'string' && t.increase.trim()))
    problems.push(`${w}: increase must say what the sources report`);
  return problems;
}

/** Validate geodata/forces/*.json: US and foreign sites, troop series, milestones, plan phases. */
export function validateForces(root: string): string[] {
  const outlines = loadOutlines(root);
  const problems: string[] = [];
  const read = (f: string) => readJson<Rec>(join(root, 'geodata', 'forces', f));
  problems.push(...checkSites('geodata/forces/sites.json', read('sites.json'), false, outlines));
  problems.push(...checkSites('geodata/forces/foreign-sites.json', read('foreign-sites.json'), true, outlines));
  {
    const file = 'geodata/forces/troops.json';
    const data = read('troops.json');
    const { table, problems: p } = checkTable(file, data);
    problems.push(...p);
    for (const t of (data.series ?? []) as Rec[]) {
      const w = `${file} ${String(t.country)} ${String(t.date)}`;
      if (t.country !== 'Iraq' && t.country !== 'Syria') problems.push(`${w}: country must be Iraq or Syria`);
      problems.push(...checkDay(w, t.date, t.kind === 'planned' ? 'to' : 'date'));
      if (!(typeof t.count === 'number' && t.count >= 0 && Number.isInteger(t.count))) problems.push(`${w}: bad count`);
      if (!['reported', 'authorized', 'estimated', 'planned'].includes(String(t.kind)))
        problems.push(`${w}: unknown kind`);
      if (t.force !== undefined && (!isForceId(t.force) || t.force === 'us'))
        problems.push(`${w}: force must be a foreign force id (US figures carry none)`);
      if (t.force === 'coalition_partner' && typeof t.nation !== 'string')
        problems.push(`${w}: partner figures name their nation`);
      problems.push(...checkTroopRange(w, t));
      problems.push(...checkRefs(sourceIds(t.source as string), table, w));
    }
    problems.push(...riseProblems(file, (data.series ?? []) as unknown as TroopPoint[]));
  }
  {
    const file = 'geodata/forces/milestones.json';
    const data = read('milestones.json');
    const { table, problems: p } = checkTable(file, data);
    problems.push(...p);
    for (const m of (data.milestones ?? []) as Rec[]) {
      const w = `${file} ${String(m.id)}`;
      problems.push(...checkDay(w, m.date));
      if (!m.title || !m.text) problems.push(`${w}: needs title and text`);
      if (m.force !== undefined && !isForceId(m.force)) problems.push(`${w}: unknown force`);
      problems.push(...checkRefs(sourceIds(m.source as string), table, w));
    }
    for (const ph of (data.plan_phases ?? []) as Rec[]) {
      const w = `${file} phase ${String(ph.id)}`;
      if (ph.from !== undefined) problems.push(...checkDay(w, ph.from, 'from'));
      problems.push(...checkDay(w, ph.to, 'to'));
      problems.push(...checkRefs(sourceIds(ph.source as string), table, w));
    }
  }
  return problems;
}

/** Validate geodata/events.json and geodata/checks/town-control.json. */
export function validateEventsAndChecks(root: string): string[] {
  const outlines = loadOutlines(root);
  const problems: string[] = [];
  {
    const file = 'geodata/events.json';
    const data = readJson<Rec>(join(root, file));
    const { table, problems: p } = checkTable(file, data);
    problems.push(...p);
    const ids = new Set<string>();
    for (const e of (data.events ?? []) as Rec[]) {
      const w = `${file} ${String(e.id)}`;
      if (ids.has(String(e.id))) problems.push(`${w}: duplicate id`);
      ids.add(String(e.id));
      problems.push(...checkDay(w, e.date));
      problems.push(...checkPoint(w, e.country, e.lon, e.lat, outlines));
      if (!e.title || !e.text || !e.place) problems.push(`${w}: needs title, text and place`);
      problems.push(...checkRefs(sourceIds(e.source as string), table, w));
    }
  }
  {
    const file = 'geodata/checks/town-control.json';
    const data = readJson<Rec>(join(root, file));
    const { table, problems: p } = checkTable(file, data);
    problems.push(...p);
    for (const c of (data.checks ?? []) as Rec[]) {
      const w = `${file} ${String(c.town)} ${String(c.date)}`;
      problems.push(...checkDay(w, c.date));
      problems.push(...checkPoint(w, c.country, c.lon, c.lat, outlines));
      if (!(CONTROLLER_IDS as readonly string[]).includes(String(c.controller)))
        problems.push(`${w}: unknown controller`);
      problems.push(...checkRefs(sourceIds(c.source as string), table, w));
    }
  }
  return problems;
}
