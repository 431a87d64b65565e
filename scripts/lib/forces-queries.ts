/** `troops`, `bases` and `forces` queries for the query CLI, answered from src/model/forces.ts. */
import { join } from 'node:path';
import type { ForcesData, TroopPoint } from '../../src/model/forces.ts';
import { sitesAt, troopsAt } from '../../src/model/forces.ts';
import { FORCE_IDS, isForceId, type ForceId } from '../../src/model/force-kinds.ts';
import { sourceRecords, type SourceTable } from '../../src/model/sources.ts';
import { readJson } from './geo-io.ts';
import { QueryError, type QueryData } from './query-engine.ts';
import {
  expandForces,
  mergeForcesDetails,
  type ForcesDetailsFile,
  type SlimForcesFile,
} from '../../src/model/facts-file.ts';

/** Validate an optional force argument (one of the force ids, any case). */
export function queryForce(v: unknown): ForceId | undefined {
  if (v === undefined || v === null) return undefined;
  const f = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (!isForceId(f))
    throw new QueryError(`force must be one of ${FORCE_IDS.join(', ')}, not ${JSON.stringify(String(v).slice(0, 30))}`);
  return f;
}

function troopEntry(p: TroopPoint | null, table: SourceTable): Record<string, unknown> | null {
  if (!p) return null;
  const out: Record<string, unknown> = {
    count: p.count,
    kind: p.kind,
    asOf: p.date,
    sources: sourceRecords(p.source, table),
  };
  if (p.min !== undefined) out.min = p.min;
  if (p.max !== undefined) out.max = p.max;
  if (p.note) out.note = p.note;
  return out;
}

/** Extra query kinds keyed by name, reading geodata/build/forces.json and its details file. */
export function forcesQueries(root: string, data?: ForcesData): NonNullable<QueryData['extra']> {
  let forces = data;
  const load = () => {
    if (!forces) {
      forces = expandForces(readJson<SlimForcesFile>(join(root, 'geodata', 'build', 'forces.json')));
      mergeForcesDetails(forces, readJson<ForcesDetailsFile>(join(root, 'geodata', 'build', 'forces-details.json')));
    }
    return forces;
  };
  return {
    troops: (_q, date) => {
      const f = load();
      return {
        date,
        troops: {
          Iraq: troopEntry(troopsAt(f.troops, 'Iraq', date), f.sources),
          Syria: troopEntry(troopsAt(f.troops, 'Syria', date), f.sources),
        },
        us_and_coalition: {
          Iraq: troopEntry(troopsAt(f.troops, 'Iraq', date, { scope: 'us_and_partners' }), f.sources),
          Syria: troopEntry(troopsAt(f.troops, 'Syria', date, { scope: 'us_and_partners' }), f.sources),
        },
      };
    },
    bases: (_q, date) => {
      const f = load();
      return {
        date,
        bases: sitesAt(f.sites, date, 'us').map(({ site, presence }) => ({
          name: site.name,
          lon: site.lon,
          lat: site.lat,
          country: site.country,
          since: presence.from,
          status: presence.status,
          sources: sourceRecords(presence.source, f.sources),
        })),
      };
    },
    forces: (q, date) => {
      const force = queryForce(q.force);
      const f = load();
      return {
        date,
        sites: sitesAt(f.sites, date, force).map(({ site, presence }) => ({
          name: site.name,
          force: site.force,
          nation: site.nation,
          lon: site.lon,
          lat: site.lat,
          status: presence.status,
          since: presence.from,
          sources: sourceRecords(presence.source, f.sources),
        })),
      };
    },
  };
}
