/**
 * Sites of every mapped force on the map: point features loaded once; a date sets each site's state
 * (`active`, `reduced`, `closed` for a while after handover, or null) by feature-state.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ForcesData } from '../model/forces.ts';
import { siteState } from '../model/forces.ts';
import type { IsoDay } from '../model/dates.ts';
import { FeatureStateSync } from './feature-state-sync.ts';
import { SOURCE, STATE_KEY } from '../model/style-vocab.ts';
import type { Place } from '../model/territory.ts';
import { twoLineName } from '../model/names.ts';

/** A site this close to a labelled place (km) takes the place's label instead of its own. */
const SAME_SPOT_KM = 1.5;

/**
 * For each site, whether a labelled place (anything but a desert anchor) stands on the same spot:
 * the place's name then labels it, so one spot never carries two names (Ain al-Asad).
 */
export function sitesAtPlaces(forces: ForcesData, places: readonly Place[]): boolean[] {
  const spots = places.filter((p) => p.kind !== 'desert');
  return forces.sites.map((s) => spots.some((p) => spotKm(s, p) <= SAME_SPOT_KM));
}

/** Distance in km between two nearby points (flat-earth approximation, good to a few km). */
function spotKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dx = (a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, (a.lat - b.lat) * 110.57);
}

/** Point features for the sites (feature id = index in `forces.sites`). */
export function siteFeatures(forces: ForcesData): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: forces.sites.map((s, i) => ({
      type: 'Feature',
      id: i,
      properties: { k: 'site', f: s.force, r: s.rank ?? 1, id: s.id, name: s.name, name_ar: s.name_ar ?? s.name },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    })),
  };
}

/** See the module note. */
export class ForcesLayer {
  private readonly sync = new FeatureStateSync(SOURCE.markers, STATE_KEY.site);
  private labelsKey: string | null = null;
  private atPlace: readonly boolean[] = [];

  constructor(private readonly forces: ForcesData) {}

  /** The places on the map: sites on the same spot as one are named by it (see {@link sitesAtPlaces}). */
  setPlaces(places: readonly Place[]): void {
    this.atPlace = sitesAtPlaces(this.forces, places);
    this.labelsKey = null;
  }

  /**
   * Set each site's state for `day`, and hand `setLabels` the names of the sites present when they change
   * (it makes them only if the map draws them).
   */
  apply(map: MlMap, day: IsoDay, setLabels: (labels: () => FeatureCollection<Point>) => void): number {
    const states = this.forces.sites.map((s) => siteState(s, day));
    const key = states.map((st, i) => (st && !this.atPlace[i] ? st : '')).join('|');
    if (key !== this.labelsKey) {
      this.labelsKey = key;
      setLabels(() => this.labels(states));
    }
    return this.sync.sync(map, states);
  }

  /**
   * Names of the sites present: none where a place names the spot, and one per spot where sites of
   * several forces share it (Besmaya: the US range and the Spanish base), the US site's (else the
   * first listed) name.
   */
  private labels(states: readonly (string | null)[]): FeatureCollection<Point> {
    const features: FeatureCollection<Point>['features'] = [];
    const present = this.forces.sites
      .map((s, i) => ({ s, i }))
      .filter(({ i }) => states[i] && !this.atPlace[i])
      .sort((a, b) => Number(b.s.force === 'us') - Number(a.s.force === 'us') || a.i - b.i);
    const named: { lon: number; lat: number }[] = [];
    for (const { s, i } of present) {
      const st = states[i];
      if (named.some((n) => spotKm(n, s) <= SAME_SPOT_KM)) continue;
      named.push(s);
      features.push({
        type: 'Feature',
        properties: { f: s.force, r: s.rank ?? 1, st, name: s.name, name_ar: twoLineName(s.name_ar ?? s.name) },
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      });
    }
    return { type: 'FeatureCollection', features };
  }

  /** Forget applied state (after the map's style was rebuilt, e.g. a lost WebGL context). */
  reset(): void {
    this.sync.reset();
    this.labelsKey = null;
  }
}
