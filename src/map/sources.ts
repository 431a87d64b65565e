/**
 * The two time-varying map sources. Each step of the date touches every source that holds
 * feature-state, and MapLibre updates paint arrays per source, so the dated features share two
 * sources: `territory` (cells and front-line edges) and `markers` (every force's sites and events). Feature
 * ids are offset so the kinds do not collide; the `k` property tells layers which kind a feature is.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** First feature id of front-line edges in the territory source. */
export const EDGE_ID_BASE = 100_000;
/** First feature id of events in the markers source. */
export const EVENT_ID_BASE = 100_000;

/** A copy of a collection's features with a kind tag `k` and ids offset by `base`. */
export function tagged(fc: FeatureCollection, k: string, base: number): Feature<Geometry>[] {
  return fc.features.map((f, i) => ({
    ...f,
    id: base + (typeof f.id === 'number' ? f.id : i),
    properties: { ...f.properties, k },
  }));
}
