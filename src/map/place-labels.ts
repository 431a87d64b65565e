/** Label features for the places layer: cities rank 1, towns 2, everything else 3. */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../model/territory.ts';
import { shortName } from '../model/names.ts';

const RANK: Record<string, number> = { city: 1, town: 2 };

/**
 * Points with name, name_ar and rank; a place whose short name repeats one already labelled (a city
 * split into districts) is left unlabelled. Desert anchors are never labelled.
 */
export function placeLabels(places: readonly Place[]): FeatureCollection<Point> {
  const ranked = places
    .filter((p) => p.kind !== 'desert')
    .map((p) => ({ p, rank: RANK[p.kind] ?? 3 }))
    .sort((a, b) => a.rank - b.rank || a.p.id.localeCompare(b.p.id));
  const seen = new Set<string>();
  const features: FeatureCollection<Point>['features'] = [];
  for (const { p, rank } of ranked) {
    const name = shortName(p.name);
    if (seen.has(name)) continue;
    seen.add(name);
    features.push({
      type: 'Feature',
      // "الموصل - الساحل الأيسر": the city, then the district on a line of its own.
      properties: { id: p.id, name, name_ar: shortName(p.name_ar).replace(' - ', '\n'), rank },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
