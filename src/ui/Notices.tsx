import { date, dismissNotice, lang, notices } from '../state/store.ts';
import { localize } from '../model/i18n/index.ts';
import { isStale } from '../model/data-as-of.ts';
import { StaleBanner } from './StaleBanner.tsx';
import { t } from '../state/i18n.ts';

/** User-facing messages (bad URL values, load errors), each dismissable; first, the staleness cue for dates after the data. */
export function Notices() {
  if (notices.value.length === 0 && !isStale(date.value)) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
      <StaleBanner />
      {notices.value.map((n) => (
        <div key={n.id} class={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          <span>{localize(n.text, lang.value)}</span>
          <button type="button" aria-label={t.value.dismiss} onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
