import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { readControlFiles } from '../../scripts/lib/control-data.ts';
import { presenceAt, type Site } from '../../src/model/forces.ts';

const root = resolve(import.meta.dirname, '..', '..');
const sites = readJson<{ sites: Site[] }>(join(root, 'geodata/forces/sites.json')).sites;
const foreign = readJson<{ sites: Site[] }>(join(root, 'geodata/forces/foreign-sites.json')).sites;
const places = new Map(readControlFiles(root).flatMap((f) => f.data.places.map((p) => [p.id, p] as const)));
const site = (id: string) => sites.find((s) => s.id === id)!;
const km = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
  Math.hypot((a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 110.57);

describe('US sites against the reporting', () => {
  it('has Harir in use from 2015, reduced to advisers after the end of the combat mission', () => {
    const harir = site('harir');
    expect(presenceAt(harir, '2016-06-01')?.status).toBe('active');
    expect(presenceAt(harir, '2023-06-01')?.status).toBe('reduced');
    expect(presenceAt(harir, '2026-03-01')?.status).toBe('active');
  });
  it('puts the Manbij outposts and Tabqa at the outposts and the airbase, not the town centres', () => {
    expect(km(site('manbij-outposts'), places.get('sy-manbij')!)).toBeGreaterThan(5);
    expect(km(site('tabqa'), places.get('sy-tabqa')!)).toBeGreaterThan(5);
    expect(km(site('tabqa'), places.get('sy-tabqa-airbase')!)).toBeLessThan(1);
  });
  it('hands al-Tanf over on the day CENTCOM gave, and keeps partner nations in the Kurdistan Region after 2021', () => {
    const tanf = site('al-tanf');
    expect(tanf.presence.find((p) => p.status === 'handed_over')?.from).toBe('2026-02-11');
    const partnersIn2025 = foreign.filter(
      (s) => s.force === 'coalition_partner' && s.country === 'IQ' && presenceAt(s, '2025-12-01'),
    );
    expect(new Set(partnersIn2025.map((s) => s.nation))).toEqual(
      new Set(['United Kingdom', 'Germany', 'Italy', 'France', 'NATO (multinational)']),
    );
  });
});
