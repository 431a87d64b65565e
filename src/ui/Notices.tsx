import { date, dismissNotice, notices } from '../state/store.ts';
import { isStale } from '../model/data-as-of.ts';
import { StaleBanner } from './StaleBanner.tsx';

/** User-facing messages (bad URL values, load errors), each dismissable; first, the staleness cue for dates after the data. */
export function Notices() {
  if (notices.value.length === 0 && !isStale(date.value)) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
      <StaleBanner />
      {notices.value.map((n) => (
        <div key={n.id} class={`notice ${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
