/**
 * The main roads of geodata/ground/roads.json as lines through their places' coordinates (a regional
 * approximation of each route: straight between the places it passes through). Read by the territory
 * build (cheap travel along roads) and the basemap build (the road layer).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import type { RawPlace } from '../../src/model/geodata-schema.ts';
import { readJson } from './geo-io.ts';

/** One road: its id, name and the coordinates of the places it passes through, in order. */
export interface RoadLine {
  id: string;
  name: string;
  coords: Position[];
}

/** Every road of geodata/ground/roads.json (none if the file is missing); throws on a place it does not know. */
export function roadLines(root: string, places: readonly RawPlace[]): RoadLine[] {
  const path = join(root, 'geodata', 'ground', 'roads.json');
  if (!existsSync(path)) return [];
  const byId = new Map(places.map((p) => [p.id, p]));
  return readJson<{ roads: { id: string; name: string; via: string[] }[] }>(path).roads.map((r) => ({
    id: r.id,
    name: r.name,
    coords: r.via.map((id) => {
      const p = byId.get(id);
      if (!p) throw new Error(`road ${r.id}: unknown place ${id}`);
      return [p.lon, p.lat];
    }),
  }));
}
