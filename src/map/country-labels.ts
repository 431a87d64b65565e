/** Country names on the map: cartographic anchors, not data. */
import type { FeatureCollection } from 'geojson';

/** Country name anchors (cartographic label positions, not data). */
const COUNTRY_LABELS: [string, string, number, number, boolean][] = [
  ['IRAQ', 'العراق', 43.6, 32.6, true],
  ['SYRIA', 'سوريا', 38.6, 34.9, true],
  ['TURKEY', 'تركيا', 38.0, 38.6, false],
  ['IRAN', 'إيران', 47.6, 34.2, false],
  ['JORDAN', 'الأردن', 37.2, 31.0, false],
  ['SAUDI ARABIA', 'السعودية', 42.0, 28.6, false],
  ['LEBANON', 'لبنان', 35.75, 33.95, false],
  ['ISRAEL', 'إسرائيل', 34.85, 31.4, false],
  ['KUWAIT', 'الكويت', 47.6, 29.35, false],
];

/** The country-label layer's data. */
export function countryLabels(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map(([name, name_ar, lon, lat, focus]) => ({
      type: 'Feature',
      properties: { name, name_ar, focus },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}
