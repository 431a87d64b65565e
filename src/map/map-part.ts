/**
 * The parts of the style an export draws in separate passes (see export/tiled-map.ts), and the data
 * each part needs: a map of one part is given only the sources its layers read, and of the basemap
 * only the kinds of feature they draw (the label pass reads the basemap for river names alone).
 * Data a map never draws would still be indexed and cut into tiles by the map's workers.
 */
import type { FeatureCollection } from 'geojson';
import { OVERLAY_BEFORE_ID } from '../model/style-vocab.ts';

/** A part of the style: all of it, everything below the labels, or the labels (and place dots) alone. */
export type MapPart = 'all' | 'base' | 'labels';

/** The layers of `part`: all, those below {@link OVERLAY_BEFORE_ID}, or it and those above it. */
export function partLayers<L extends { id: string }>(layers: readonly L[], part: MapPart): L[] {
  const split = layers.findIndex((l) => l.id === OVERLAY_BEFORE_ID);
  if (part === 'all' || split < 0) return [...layers];
  return part === 'base' ? layers.slice(0, split) : layers.slice(split);
}

/** A style layer as far as this module reads it. */
interface LayerLike {
  id: string;
  source?: unknown;
  filter?: unknown;
}

/** The sources the layers read. */
export function sourcesRead(layers: readonly LayerLike[]): Set<string> {
  return new Set(layers.flatMap((l) => (typeof l.source === 'string' ? [l.source] : [])));
}

/**
 * The feature kinds (their `layer` property) that the layers reading `source` draw, or null when one
 * of them is not limited to named kinds (every feature is then needed).
 */
export function kindsDrawn(layers: readonly LayerLike[], source: string): Set<string> | null {
  const kinds = new Set<string>();
  for (const l of layers) {
    if (l.source !== source) continue;
    const k = kindOf(l.filter);
    if (k === null) return null;
    kinds.add(k);
  }
  return kinds;
}

/** The kind a filter requires: `['==', ['get', 'layer'], kind]`, alone or as a term of an `all`. */
function kindOf(filter: unknown): string | null {
  if (!Array.isArray(filter)) return null;
  const [op, a, b] = filter as unknown[];
  if (op === '==' && Array.isArray(a) && a[0] === 'get' && a[1] === 'layer' && typeof b === 'string') return b;
  if (op !== 'all') return null;
  for (const term of filter.slice(1)) {
    const k = kindOf(term);
    if (k !== null) return k;
  }
  return null;
}

/** The features of `fc` of the given kinds (all of them when `kinds` is null). */
export function ofKinds(fc: FeatureCollection, kinds: ReadonlySet<string> | null): FeatureCollection {
  if (!kinds) return fc;
  return { ...fc, features: fc.features.filter((f) => kinds.has(String(f.properties?.layer))) };
}
