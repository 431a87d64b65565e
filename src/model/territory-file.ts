/**
 * The on-disk form of the territory (geodata/build/territory.json): cells and edges as one
 * quantised TopoJSON topology (shared borders stored once), decoded here into {@link TerritoryData}.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { bbox } from '@turf/turf';
import type { CellProps, Place, TerritoryData } from './territory.ts';
import type { SourceTable } from './sources.ts';

/** territory.json as written by scripts/build-territory.ts. */
export interface TerritoryFile {
  places: Place[];
  topology: Topology;
  sources: SourceTable;
}

/** Decode the file into the model's shapes (cells with bboxes for fast point look-ups). */
export function decodeTerritory(file: TerritoryFile): TerritoryData {
  const cells = feature(
    file.topology,
    file.topology.objects.cells as GeometryCollection,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, CellProps>;
  for (const c of cells.features) c.bbox = bbox(c);
  const edges = feature(
    file.topology,
    file.topology.objects.edges as GeometryCollection,
  ) as unknown as FeatureCollection<LineString, { a: number; b: number }>;
  return { places: file.places, cells, edges, sources: file.sources };
}
