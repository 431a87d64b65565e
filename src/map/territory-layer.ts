/**
 * Pushes a date into the territory layers by feature-state: each cell's controller (`c`) and each
 * edge's `front` flag. Only features whose value changed are touched.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { TerritoryData } from '../model/territory.ts';
import { controllersAt } from '../model/territory.ts';
import type { IsoDay } from '../model/dates.ts';
import { FeatureStateSync } from './feature-state-sync.ts';
import { EDGE_ID_BASE, TERRITORY_SOURCE } from './sources.ts';

/** See the module note. */
export class TerritoryLayer {
  private readonly cells = new FeatureStateSync(TERRITORY_SOURCE, 'c');
  private readonly edges = new FeatureStateSync(TERRITORY_SOURCE, 'front');

  constructor(private readonly data: TerritoryData) {}

  /** Set feature-state for `day`. Returns how many features were updated. */
  apply(map: MlMap, day: IsoDay): number {
    const now = controllersAt(this.data.places, day);
    const cellValues = new Map(this.data.cells.features.map((f) => [f.id as number, now[f.id as number]]));
    const edgeValues = new Map(
      this.data.edges.features.map((e) => {
        const a = now[e.properties.a];
        const b = now[e.properties.b];
        return [EDGE_ID_BASE + (e.id as number), a !== b && a !== null && b !== null];
      }),
    );
    return this.cells.sync(map, cellValues) + this.edges.sync(map, edgeValues);
  }

  /** Forget applied state (after the map's style was rebuilt, e.g. a lost WebGL context). */
  reset(): void {
    this.cells.reset();
    this.edges.reset();
  }
}
