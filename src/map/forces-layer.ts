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

  constructor(private readonly forces: ForcesData) {}

  /** Set each site's state for `day`. */
  apply(map: MlMap, day: IsoDay): number {
    return this.sync.sync(
      map,
      this.forces.sites.map((s) => siteState(s, day)),
    );
  }

  /** Forget applied state (after the map's style was rebuilt, e.g. a lost WebGL context). */
  reset(): void {
    this.sync.reset();
  }
}
