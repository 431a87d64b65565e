/**
 * The basemap as the app loads it: geodata/build/basemap.topo.json, one quantised TopoJSON topology
 * (written by scripts/build-basemap.ts) whose single object holds every basemap feature — land,
 * governorates, lakes, rivers and borders, told apart by their `layer` property.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

/** The name of the topology's one object. */
export const BASEMAP_OBJECT = 'basemap';

/** Decode basemap.topo.json into the GeoJSON the map's basemap source takes. */
export function decodeBasemap(topo: Topology): FeatureCollection {
  const obj = topo.objects[BASEMAP_OBJECT] as GeometryCollection | undefined;
  if (!obj) throw new Error(`the basemap file has no "${BASEMAP_OBJECT}" object`);
  return feature(topo, obj) as FeatureCollection;
}
