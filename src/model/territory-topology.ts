/**
 * The quantised topology a territory was decoded from, kept beside the decoded data so that whole
 * regions can be dissolved exactly along their shared borders (topojson `merge`) without a polygon union.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TerritoryData } from './territory.ts';

const topologies = new WeakMap<TerritoryData, Topology>();

/** Remember the topology `data` was decoded from. */
export function rememberTopology(data: TerritoryData, topology: Topology): void {
  topologies.set(data, topology);
}

/** The topology and its cells object, or null when `data` was not decoded from one. */
export function cellTopology(data: TerritoryData): { topology: Topology; cells: GeometryCollection } | null {
  const topology = topologies.get(data);
  const cells = topology?.objects.cells as GeometryCollection | undefined;
  return topology && cells ? { topology, cells } : null;
}
