/**
 * Checks on the hand-written geodata: schema, sources, dates, histories, coordinates. Returns a list
 * of human-readable problems (empty when all is well). Used by tests and by `npm run validate`.
 */
import { join } from 'node:path';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { CONTROLLER_IDS } from '../../src/model/controllers.ts';
import { parseDay } from '../../src/model/dates.ts';
import type { Source, SourceTable } from '../../src/model/sources.ts';
import { sourceIds } from '../../src/model/sources.ts';
import { readJson } from './geo-io.ts';
import { readControlFiles } from './control-data.ts';

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
        if (p.country === 'IQ' && ['syria_gov', 'syria_interim', 'sdf', 'tfsa', 'opposition'].includes(e.controller)) {
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
