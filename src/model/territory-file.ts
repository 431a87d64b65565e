/**
 * The on-disk form of the territory, in two files written by scripts/build-territory.ts:
 * - geodata/build/territory.json: what the first view needs — cells and edges as one quantised
 *   TopoJSON topology (shared borders stored once) and each place with its dated controllers;
 * - geodata/build/territory-details.json: what a reader asks for after — the sources and notes of
 *   every place and period, loaded once the map is drawn and merged in by {@link mergeTerritoryDetails}.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { bbox } from '@turf/turf';
import type { CellProps, ControlPeriod, Place, TerritoryData } from './territory.ts';
import type { SourceTable } from './sources.ts';
import { rememberTopology } from './territory-topology.ts';

/** A period as stored in territory.json: no sources or note (those are in the details file). */
export type SlimPeriod = Omit<ControlPeriod, 'sources' | 'note'>;

/** A place as stored in territory.json. */
export type SlimPlace = Omit<Place, 'source' | 'history'> & { history: SlimPeriod[] };

/** territory.json. */
export interface TerritoryFile {
  places: SlimPlace[];
  topology: Topology;
}

/** territory-details.json: per place (same order as territory.json), its sources and each period's sources and note. */
export interface TerritoryDetailsFile {
  places: { id: string; source: string[]; periods: { sources: string[]; note?: string }[] }[];
  sources: SourceTable;
}

/** Split full places into the two files' shapes. */
export function splitTerritory(
  places: readonly Place[],
  sources: SourceTable,
): {
  places: SlimPlace[];
  details: TerritoryDetailsFile;
} {
  const slim = places.map(({ source: _source, history, ...rest }) => ({
    ...rest,
    history: history.map(({ sources: _s, note: _n, ...p }) => p),
  }));
  const details: TerritoryDetailsFile = {
    places: places.map((p) => ({
      id: p.id,
      source: p.source,
      periods: p.history.map((h) => (h.note ? { sources: h.sources, note: h.note } : { sources: h.sources })),
    })),
    sources,
  };
  return { places: slim, details };
}

/** Decode territory.json into the model's shapes (cells with bboxes for fast point look-ups); sources come later. */
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
  const places: Place[] = file.places.map((p) => ({
    ...p,
    source: [],
    history: p.history.map((h) => ({ ...h, sources: [] })),
  }));
  const data: TerritoryData = { places, cells, edges, sources: {} };
  rememberTopology(data, file.topology);
  return data;
}

/**
 * Fill in the sources and notes of `data`'s places from the details file, in place. Throws if the
 * two files do not belong together (different places), so a stale cache cannot mix them silently.
 */
export function mergeTerritoryDetails(data: TerritoryData, details: TerritoryDetailsFile): void {
  if (details.places.length !== data.places.length) throw new Error('territory details do not match the territory');
  details.places.forEach((d, i) => {
    const p = data.places[i];
    if (p.id !== d.id || p.history.length !== d.periods.length) {
      throw new Error(`territory details do not match the territory at ${p.id}`);
    }
    p.source = d.source;
    p.history.forEach((h, k) => {
      h.sources = d.periods[k].sources;
      if (d.periods[k].note) h.note = d.periods[k].note;
    });
  });
  data.sources = details.sources;
}
