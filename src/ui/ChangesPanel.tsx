import { date } from '../state/store.ts';
import { changesThisMonth, monthToday } from '../state/derived.ts';
import { controllerInfo } from '../model/controllers.ts';
import { formatDayLong, formatMonth } from '../model/dates.ts';
import { shortName } from '../model/names.ts';

/** What changed hands in the current month, newest last; each entry jumps the date to the change. */
export function ChangesPanel() {
  const changes = changesThisMonth.value;
  if (!changes) return null;
  const { start } = monthToday.value;
  return (
    <section class="changes" aria-label={`Changes of control in ${formatMonth(start)}`}>
      <h2>Changed hands in {formatMonth(start)}</h2>
      {changes.length === 0 ? (
        <p class="fineprint">No recorded change of control this month.</p>
      ) : (
        <ul>
          {changes.slice(0, 40).map((c) => (
            <li key={`${c.place.id}-${c.period.from}`}>
              <button
                type="button"
                class="linkish"
                onClick={() => (date.value = c.period.from)}
                title={`Go to ${formatDayLong(c.period.from)}`}
              >
                {c.period.from.slice(8)}
              </button>{' '}
              <strong>{shortName(c.place.name)}</strong>: {c.previous ? controllerInfo(c.previous).short : '?'} →{' '}
              <span class="swatch small" style={{ background: controllerInfo(c.period.controller).color }} />
              {controllerInfo(c.period.controller).short}
              {c.period.uncertain ? ' (uncertain)' : ''}
            </li>
          ))}
          {changes.length > 40 && <li class="fineprint">… and {changes.length - 40} more</li>}
        </ul>
      )}
    </section>
  );
}
