/**
 * Label features for the places layer: cities rank 1, towns 2, other settlements and sites 3, open
 * ground (desert anchors) 4, drawn as quieter area names.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../model/territory.ts';
import { shortName, twoLineName } from '../model/names.ts';

const RANK: Record<string, number> = { city: 1, town: 2, desert: 4 };

/** The zoom from which a divided city is named by its parts rather than once for the whole. */
export const DISTRICT_ZOOM = 9;

/** Parts of one city further apart than this (km) are not taken for one city. */
const CITY_PARTS_KM = 15;

/** The city a part of a divided city belongs to: "East Mosul", "Mosul Old City" and "Mosul" all give "Mosul". */
function cityKey(p: Place): string {
  return shortName(p.name)
    .replace(/^(East|West|North|South) /, '')
    .replace(/ Old City$/, '');
}

const COMPASS: Record<string, string> = {
  western: 'west',
  eastern: 'east',
  northern: 'north',
  southern: 'south',
  central: 'centre',
};

/**
 * A part's own name where it has one ("West Mosul"); otherwise the city's name and the quarters its
 * qualifier names: "Aleppo (western, government-held districts)" → "Aleppo (west)".
 */
function districtName(p: Place, city: string): string {
  const own = shortName(p.name);
  if (own !== city) return own;
  const qualifier = /\((.*)\)\s*$/.exec(p.name)?.[1] ?? '';
  if (qualifier.length <= 20) return qualifier ? `${city} (${qualifier})` : city;
  const words = [...qualifier.matchAll(/\b(western|eastern|northern|southern|central)\b/g)].map((m) => COMPASS[m[1]]);
  return words.length ? `${city} (${words.join(' and ')})` : p.name;
}

/** The words every Arabic name of a city's parts starts with ("حلب الغربية", "حلب الشرقية" → "حلب"). */
function commonArabicStem(names: readonly string[]): string {
  const split = names.map((n) => shortName(n).split(' - ')[0].split(/\s+/));
  const out: string[] = [];
  for (let i = 0; split.every((w) => w[i] !== undefined && w[i] === split[0][i]); i++) out.push(split[0][i]);
  return out.join(' ') || shortName(names[0]);
}

const km = (a: Place, b: Place): number =>
  Math.hypot((a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 110.57);

function point(properties: Record<string, string | number>, lon: number, lat: number): Feature<Point> {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

/**
 * Points with `name`, `name_ar` and `rank`, governorate seats first within a rank. A city divided into parts (East and West Mosul, the
 * government and opposition halves of Aleppo) is named once, at the middle of its parts, below
 * {@link DISTRICT_ZOOM} (`until`), and from there on by each part with its own name (`from`), so
 * one spot never carries two names. Desert anchors are named as areas (rank 4).
 */
export function placeLabels(places: readonly Place[]): FeatureCollection<Point> {
  const ranked = places
    .map((p) => ({ p, rank: RANK[p.kind] ?? 3, seat: isSeat(p) ? 0 : 1 }))
    // MapLibre places labels of one rank in source order: governorate seats (Aleppo, Basra) go first,
    // so a smaller town next to one never takes its place when the map is zoomed out.
    .sort((a, b) => a.rank - b.rank || a.seat - b.seat || a.p.id.localeCompare(b.p.id));
  const cities = new Map<string, Place[]>();
  for (const { p } of ranked) {
    if (p.kind !== 'city') continue;
    const key = cityKey(p);
    const parts = cities.get(key) ?? [];
    if (parts.every((q) => km(p, q) <= CITY_PARTS_KM)) cities.set(key, [...parts, p]);
  }
  const features: Feature<Point>[] = [];
  const named = new Set<string>();
  for (const { p, rank } of ranked) {
    const key = p.kind === 'city' ? cityKey(p) : '';
    const parts = cities.get(key) ?? [];
    if (parts.length > 1 && parts.includes(p)) {
      if (!named.has(key)) {
        named.add(key);
        const lon = parts.reduce((s, q) => s + q.lon, 0) / parts.length;
        const lat = parts.reduce((s, q) => s + q.lat, 0) / parts.length;
        const ar = commonArabicStem(parts.map((q) => q.name_ar));
        features.push(point({ id: `city:${key}`, name: key, name_ar: ar, rank, until: DISTRICT_ZOOM }, lon, lat));
      }
      features.push(
        point(
          { id: p.id, name: districtName(p, key), name_ar: twoLineName(p.name_ar), rank, from: DISTRICT_ZOOM },
          p.lon,
          p.lat,
        ),
      );
      continue;
    }
    // "الموصل - الساحل الأيسر": the city, then the district on a line of its own.
    const name_ar = rank === 4 ? shortName(p.name_ar) : shortName(p.name_ar).replace(' - ', '\n');
    features.push(point({ id: p.id, name: shortName(p.name), name_ar, rank }, p.lon, p.lat));
  }
  return { type: 'FeatureCollection', features };
}

/** True for a governorate's seat: a place named as its governorate is ("Aleppo" in Aleppo). */
function isSeat(p: Place): boolean {
  return !!p.governorate && shortName(p.name) === p.governorate;
}
