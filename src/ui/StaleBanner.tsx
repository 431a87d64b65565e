import { date } from '../state/store.ts';
import { isStale, staleWords } from '../model/data-as-of.ts';

/** A banner over the map for dates after the data: the map is the last known state, not that day's. */
export function StaleBanner() {
  const day = date.value;
  if (!isStale(day)) return null;
  return (
    <div class="notice stale-banner">
      <strong>No data yet for this date.</strong> {staleWords(day)}
    </div>
  );
}
