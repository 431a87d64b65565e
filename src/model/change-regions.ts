/**
 * The ground that changed hands between two dates as map regions: one dissolved multipolygon per
 * pair of forces (who gained it, who lost it), for the compare mode's change view.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { CONTROLLER_IDS, type ControllerId } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import { periodAt, type TerritoryData } from './territory.ts';
import { cellTopology } from './territory-topology.ts';
import { dissolveCells } from './territory-geojson.ts';

/** Properties of a change region. `gainer`/`loser` are null where no source accounts for the ground on that day. */
export interface ChangeRegionProps {
  gainer: ControllerId | null;
  loser: ControllerId | null;
  area_km2: number;
}

const order = (c: ControllerId | null) => (c === null ? -1 : CONTROLLER_IDS.indexOf(c));

/** Regions that changed controller from `from` to `to` (empty when nothing did, or without a topology). */
export function changeRegions(
  data: TerritoryData,
  from: IsoDay,
  to: IsoDay,
): FeatureCollection<MultiPolygon, ChangeRegionProps> {
  const topo = cellTopology(data);
  const groups = new Map<
    string,
    { gainer: ControllerId | null; loser: ControllerId | null; geoms: GeometryObject[]; km2: number }
  >();
  for (const g of topo?.cells.geometries ?? []) {
    const place = data.places[(g.id as number) >> 1];
    const loser = periodAt(place, from)?.controller ?? null;
    const gainer = periodAt(place, to)?.controller ?? null;
    if (gainer === loser) continue;
    const key = `${gainer}|${loser}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { gainer, loser, geoms: [], km2: 0 }));
    group.geoms.push(g);
    group.km2 += (g.properties as { area_km2: number }).area_km2;
  }
  const list = [...groups.values()].sort(
    (a, b) => order(a.gainer) - order(b.gainer) || order(a.loser) - order(b.loser),
  );
  return {
    type: 'FeatureCollection',
    features: list.map((g) => ({
      type: 'Feature',
      properties: { gainer: g.gainer, loser: g.loser, area_km2: Math.round(g.km2) },
      geometry: { type: 'MultiPolygon', coordinates: dissolveCells(data, g.geoms) },
    })),
  };
}
