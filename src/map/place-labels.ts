/** Label features for the places layer: cities rank 1, towns 2, everything else 3. */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../model/territory.ts';
import { shortName } from '../model/names.ts';

const RANK: Record<string, number> = { city: 1, town: 2 };

/**
 * Points with name, name_ar and rank, governorate seats first within a rank; a place whose short name
 * repeats one already labelled (a city split into districts) is left unlabelled. Desert anchors are
 * never labelled.
 */
export function placeLabels(places: readonly Place[]): FeatureCollection<Point> {
  const ranked = places
    .filter((p) => p.kind !== 'desert')
    .map((p) => ({ p, rank: RANK[p.kind] ?? 3, seat: isSeat(p) ? 0 : 1 }))
    // MapLibre places labels of one rank in source order: governorate seats (Aleppo, Basra) go first,
    // so a smaller town next to one never takes its place when the map is zoomed out.
    .sort((a, b) => a.rank - b.rank || a.seat - b.seat || a.p.id.localeCompare(b.p.id));
  // A city split into districts ("Aleppo (eastern …)", "Aleppo (western …)") is labelled once, with the
  // Arabic words its districts' names share ("حلب الشرقية", "حلب الغربية" → "حلب").
  const arabic = new Map<string, string>();
  for (const { p } of ranked) {
    const name = shortName(p.name);
    const ar = shortName(p.name_ar);
    const had = arabic.get(name);
    arabic.set(name, had === undefined ? ar : sharedWords(had, ar) || had);
  }
  const seen = new Set<string>();
  const features: FeatureCollection<Point>['features'] = [];
  for (const { p, rank } of ranked) {
    const name = shortName(p.name);
    if (seen.has(name)) continue;
    seen.add(name);
    features.push({
      type: 'Feature',
      // "الموصل - الساحل الأيسر": the city, then the district on a line of its own.
      properties: { id: p.id, name, name_ar: arabic.get(name)!.replace(' - ', '\n'), rank },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** True for a governorate's seat: a place named as its governorate is ("Aleppo" in Aleppo). */
function isSeat(p: Place): boolean {
  return !!p.governorate && shortName(p.name) === p.governorate;
}

/** The leading words two names share ("حلب الشرقية", "حلب الغربية" → "حلب"); "" when none. */
function sharedWords(a: string, b: string): string {
  const x = a.split(' ');
  const y = b.split(' ');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(' ');
}
