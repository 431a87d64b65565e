/**
 * Pushes a date into the territory layers by feature-state: each cell's controller (`c`) and each
 * edge's `front` flag. Only cells whose controller changed are touched.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { TerritoryData } from '../model/territory.ts';
import { controllersAt } from '../model/territory.ts';
import type { IsoDay } from '../model/dates.ts';

/** Keeps the last applied state so a step only touches what changed. */
export class TerritoryLayer {
  private last: (string | null)[] = [];
  private lastFront: boolean[] = [];

  constructor(private readonly data: TerritoryData) {}

  /** Set feature-state for `day`. Returns how many features were updated. */
  apply(map: MlMap, day: IsoDay): number {
    const now = controllersAt(this.data.places, day);
    let n = 0;
    for (const cell of this.data.cells.features) {
      const i = cell.id as number;
      if (this.last[i] !== now[i]) {
        map.setFeatureState({ source: 'cells', id: i }, { c: now[i] });
        n++;
      }
    }
    for (const e of this.data.edges.features) {
      const ca = now[e.properties.a];
      const cb = now[e.properties.b];
      const front = ca !== cb && ca !== null && cb !== null;
      const id = e.id as number;
      if (this.lastFront[id] !== front) {
        map.setFeatureState({ source: 'edges', id }, { front });
        this.lastFront[id] = front;
        n++;
      }
    }
    this.last = now;
    return n;
  }

  /** Forget applied state (after the style was replaced). */
  reset(): void {
    this.last = [];
    this.lastFront = [];
  }
}
