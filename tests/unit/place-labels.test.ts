import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { placeLabels, DISTRICT_ZOOM } from '../../src/map/place-labels.ts';
import { twoLineName } from '../../src/model/names.ts';
import { readControlFiles, toPlace } from '../../scripts/lib/control-data.ts';

const root = resolve(import.meta.dirname, '..', '..');
const places = readControlFiles(root)
  .flatMap(({ data }) => data.places)
  .map(toPlace);
interface Label {
  id: string;
  until?: number;
  at: number[];
  [prop: string]: unknown;
}
const features: Label[] = placeLabels(places).features.map((f) => ({
  ...(f.properties as { id: string }),
  at: f.geometry.coordinates,
}));
const byId = new Map(features.map((f) => [f.id, f]));

describe('place labels', () => {
  it('give every place one label of its own', () => {
    for (const p of places) expect(byId.has(p.id), p.id).toBe(true);
    const own = features.filter((f) => !String(f.id).startsWith('city:'));
    expect(own.length).toBe(places.length);
  });

  it('name a divided city once below the district zoom, and each part by its own name from there', () => {
    const aleppo = byId.get('city:Aleppo')!;
    expect(aleppo).toMatchObject({ name: 'Aleppo', name_ar: 'حلب', rank: 1, until: DISTRICT_ZOOM });
    // Halfway between the government-held west and the opposition-held east (2012–2016).
    expect(aleppo.at).toEqual([(37.125 + 37.185) / 2, (36.205 + 36.2) / 2]);
    expect(byId.get('sy-aleppo-west')).toMatchObject({ name: 'Aleppo (west)', name_ar: 'حلب الغربية', from: 9 });
    expect(byId.get('sy-aleppo-east')).toMatchObject({ name: 'Aleppo (east)', from: 9 });
    expect(byId.get('city:Mosul')).toMatchObject({ name: 'Mosul', name_ar: 'الموصل' });
    expect(byId.get('iq-mosul-west')).toMatchObject({ name: 'West Mosul', name_ar: 'الموصل\nالساحل الأيمن' });
    expect(byId.get('sy-deir-ez-zor-govt')).toMatchObject({ name: 'Deir ez-Zor (west)' });
    // A town is not a part of a city of the same name elsewhere, and Homs Old City (a site) stays its own label.
    expect(byId.get('sy-homs')).toMatchObject({ name: 'Homs', rank: 1 });
    expect(byId.get('sy-homs')!.until).toBeUndefined();
    expect(byId.get('sy-homs-old-city')).toMatchObject({ name: 'Homs Old City', rank: 3 });
  });

  it('name desert anchors as areas (rank 4), without their bracketed detail', () => {
    expect(byId.get('sy-hajin-pocket')).toMatchObject({ name: 'Hajin–Baghuz pocket', name_ar: 'جيب هجين', rank: 4 });
  });

  it('put an Arabic qualifier on a second line rather than in brackets MapLibre would not mirror', () => {
    expect(twoLineName('قاعدة زليكان (بعشيقة)')).toBe('قاعدة زليكان\nبعشيقة');
    expect(twoLineName('الموصل - الساحل الأيسر')).toBe('الموصل\nالساحل الأيسر');
    expect(twoLineName('حلب الغربية')).toBe('حلب الغربية');
    expect(twoLineName('(x)')).toBe('(x)');
  });
});
