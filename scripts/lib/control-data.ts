/**
 * Reads the hand-written control files (geodata/control/*.json) into the model's shapes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Place, ControlPeriod } from '../../src/model/territory.ts';
import type { ControllerId } from '../../src/model/controllers.ts';
import { sourceIds } from '../../src/model/sources.ts';
import { readJson } from './geo-io.ts';
import type { RawControlFile, RawPlace } from '../../src/model/geodata-schema.ts';

/** Every control file, sorted by file name, with the file it came from. */
export function readControlFiles(root: string): { file: string; data: RawControlFile }[] {
  const dir = join(root, 'geodata', 'control');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `geodata/control/${f}`, data: readJson<RawControlFile>(join(dir, f)) }));
}

/** Convert a raw place to the model's Place (history with half-open `to`). */
export function toPlace(raw: RawPlace): Place {
  const history: ControlPeriod[] = raw.history.map((e, i) => {
    const p: ControlPeriod = {
      from: e.from,
      to: i + 1 < raw.history.length ? raw.history[i + 1].from : null,
      controller: e.controller as ControllerId,
      sources: sourceIds(e.source),
    };
    if (e.note) p.note = e.note;
    if (e.precision && e.precision !== 'day') p.precision = e.precision;
    if (e.uncertain) p.uncertain = true;
    return p;
  });
  const place: Place = {
    id: raw.id,
    name: raw.name,
    name_ar: raw.name_ar,
    country: raw.country as 'IQ' | 'SY',
    kind: raw.kind,
    lon: raw.lon,
    lat: raw.lat,
    source: sourceIds(raw.source),
    history,
  };
  if (raw.governorate) place.governorate = raw.governorate;
  return place;
}
