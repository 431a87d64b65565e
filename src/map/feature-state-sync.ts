/**
 * Keeps one feature-state key of a source in step with an array of values (index = feature id),
 * touching only the features whose value changed since the last sync.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** Value types feature-state can hold here. */
export type StateValue = string | number | boolean | null;

/** See the module note. */
export class FeatureStateSync {
  private last = new Map<number, StateValue>();

  constructor(
    private readonly source: string,
    private readonly key: string,
  ) {}

  /** Apply `values` (feature id → value); returns how many features changed. */
  sync(map: MlMap, values: ReadonlyMap<number, StateValue> | readonly StateValue[]): number {
    let n = 0;
    const entries: Iterable<[number, StateValue]> = Array.isArray(values)
      ? (values as StateValue[]).entries()
      : (values as ReadonlyMap<number, StateValue>);
    for (const [id, v] of entries) {
      if (this.last.has(id) && this.last.get(id) === v) continue;
      map.setFeatureState({ source: this.source, id }, { [this.key]: v });
      this.last.set(id, v);
      n++;
    }
    return n;
  }

  /** Forget what was applied (after the source was reloaded). */
  reset(): void {
    this.last.clear();
  }
}
