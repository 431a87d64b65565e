/**
 * Pushes a date into the territory layers by feature-state: each cell's `controller`, whether
 * the period in force is marked `uncertain` in the data, and each edge's `front` flag. A place's
 * two cells (held, dominated) have ids 2·i and 2·i+1 for place index i. Only features whose value
 * changed are touched.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { TerritoryData } from '../model/territory.ts';
import { periodAt } from '../model/territory.ts';
import type { IsoDay } from '../model/dates.ts';
import { FeatureStateSync } from './feature-state-sync.ts';
import { EDGE_ID_BASE } from './sources.ts';
import { SOURCE, STATE_KEY } from '../model/style-vocab.ts';

/** See the module note. */
export class TerritoryLayer {
  private readonly cells = new FeatureStateSync(SOURCE.territory, STATE_KEY.controller);
  private readonly uncertain = new FeatureStateSync(SOURCE.territory, STATE_KEY.uncertain);
  private readonly edges = new FeatureStateSync(SOURCE.territory, STATE_KEY.front);

  constructor(private readonly data: TerritoryData) {}

  /** Set feature-state for `day`. Returns how many features were updated. */
  apply(map: MlMap, day: IsoDay): number {
    const periods = this.data.places.map((p) => periodAt(p, day));
    const now = periods.map((p) => p?.controller ?? null);
    const cellValues = new Map<number, string | null>();
    const uncertainValues = new Map<number, boolean>();
    for (const f of this.data.cells.features) {
      const id = f.id as number;
      cellValues.set(id, now[id >> 1]);
      if (f.properties.uncertainable) uncertainValues.set(id, periods[id >> 1]?.uncertain === true);
    }
    const edgeValues = new Map(
      this.data.edges.features.map((e) => {
        const a = now[e.properties.a];
        const b = now[e.properties.b];
        return [EDGE_ID_BASE + (e.id as number), a !== b && a !== null && b !== null];
      }),
    );
    return (
      this.cells.sync(map, cellValues) + this.uncertain.sync(map, uncertainValues) + this.edges.sync(map, edgeValues)
    );
  }

  /** Forget applied state (after the map's style was rebuilt, e.g. a lost WebGL context). */
  reset(): void {
    this.cells.reset();
    this.uncertain.reset();
    this.edges.reset();
  }
}
