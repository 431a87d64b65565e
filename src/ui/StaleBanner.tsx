import { date } from '../state/store.ts';
import { DATA_AS_OF, DATA_CHECKED, isStale } from '../model/data-as-of.ts';
import { day as inWords, t } from '../state/i18n.ts';

/** A banner over the map for dates after the data: the map is the last known state, not that day's. */
export function StaleBanner() {
  const day = date.value;
  if (!isStale(day)) return null;
  return (
    <div class="notice stale-banner">
      <strong>{t.value.noDataHeading}</strong>{' '}
      {t.value.staleText(inWords(day), inWords(DATA_AS_OF), inWords(DATA_CHECKED))}
    </div>
  );
}
