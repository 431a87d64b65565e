/** Label features for the places layer: cities rank 1, towns 2, everything else 3. */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../model/territory.ts';

const RANK: Record<string, number> = { city: 1, town: 2 };

/** Points with name, name_ar and rank for every place. */
export function placeLabels(places: readonly Place[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.kind !== 'desert')
      .map((p) => ({
        type: 'Feature' as const,
        properties: { id: p.id, name: p.name, name_ar: p.name_ar, rank: RANK[p.kind] ?? 3 },
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      })),
  };
}
