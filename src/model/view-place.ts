/**
 * The place a zoomed-in view is "of", for default export titles ("Mosul: who held the ground"):
 * the nearest city to the view's centre (else the nearest town), named as the whole city rather
 * than the district the atlas splits it into ("Mosul", not "Mosul Old City").
 */
import type { Place } from './territory.ts';
import { shortName } from './names.ts';

/** Zoom from which a view is taken to be of one place. */
export const PLACE_TITLE_ZOOM = 7.5;
/** How far from the centre a city (km) or a town may be to name the view. */
const REACH_KM = { city: 60, town: 25 } as const;

/** A place's name in both scripts. */
export interface PlaceName {
  en: string;
  ar: string;
}

/** Great-circle distance in km. */
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** "East Mosul (left bank)" → "Mosul", "Dora (Baghdad)" → "Baghdad" (when a city of that name exists). */
function cityNameEn(p: Place, cities: ReadonlySet<string>): string {
  const inner = /\(([^()]+)\)\s*$/.exec(p.name)?.[1]?.trim();
  if (inner && cities.has(inner)) return inner;
  return shortName(p.name)
    .replace(/^(East|West|North|South|Eastern|Western)\s+/, '')
    .replace(/\s+Old City$/, '');
}

/** "الموصل - الساحل الأيسر" → "الموصل", "حلب الشرقية" → "حلب", "دير الزور (…)" → "دير الزور". */
function cityNameAr(nameAr: string): string {
  return shortName(nameAr)
    .split(' - ')[0]
    .replace(/\s+(الشرقية|الغربية|القديمة|الجديدة)$/, '')
    .trim();
}

/** The place a view centred on `center` at `zoom` is of, or null (zoomed out, or nothing near). */
export function placeForView(places: readonly Place[], center: [number, number], zoom: number): PlaceName | null {
  if (zoom < PLACE_TITLE_ZOOM) return null;
  const cities = places.filter((p) => p.kind === 'city');
  const names = new Set(cities.map((p) => shortName(p.name)));
  for (const kind of ['city', 'town'] as const) {
    let best: Place | null = null;
    let bestKm: number = REACH_KM[kind];
    for (const p of places) {
      if (p.kind !== kind) continue;
      const d = km(center, [p.lon, p.lat]);
      if (d <= bestKm) {
        bestKm = d;
        best = p;
      }
    }
    if (!best) continue;
    const en = cityNameEn(best, names);
    // The Arabic of the city itself where the atlas has it ("Dora (Baghdad)" → بغداد).
    const same = cities.find((c) => shortName(c.name) === en);
    return { en, ar: cityNameAr(same ? same.name_ar : best.name_ar) };
  }
  return null;
}
