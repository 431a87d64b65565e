import { events } from '../state/data.ts';
import { eventsThisMonth, milestonesThisMonth, monthToday } from '../state/derived.ts';
import { date } from '../state/store.ts';
import { selection } from '../state/selection.ts';
import { formatDayLong, formatMonth } from '../model/dates.ts';

/** Events and US milestones of the current month; each jumps to its date (and opens the event). */
export function EventsPanel() {
  const ev = events.value;
  const { start } = monthToday.value;
  const list = eventsThisMonth.value;
  const miles = milestonesThisMonth.value;
  return (
    <section class="changes" aria-label={`Events in ${formatMonth(start)}`}>
      <h2>Events in {formatMonth(start)}</h2>
      {list.length + miles.length === 0 ? (
        <p class="fineprint">No key event recorded this month.</p>
      ) : (
        <ul>
          {list.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class="linkish"
                title={`Go to ${formatDayLong(e.date)} and show the event`}
                onClick={() => {
                  date.value = e.date;
                  selection.value = { kind: 'event', index: ev!.events.indexOf(e), lon: e.lon, lat: e.lat };
                }}
              >
                {e.date.slice(8)}
              </button>{' '}
              <span class="ev-dot" aria-hidden="true" /> {e.title}
            </li>
          ))}
          {miles.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                class="linkish"
                title={`Go to ${formatDayLong(m.date)}`}
                onClick={() => (date.value = m.date)}
              >
                {m.date.slice(8)}
              </button>{' '}
              <span class="ms-dot" aria-hidden="true" /> <span title={m.text}>{m.title}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
