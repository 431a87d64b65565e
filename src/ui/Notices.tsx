import { dismissNotice, notices } from '../state/store.ts';

/** User-facing messages (bad URL values, load errors), each dismissable. */
export function Notices() {
  if (notices.value.length === 0) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
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
