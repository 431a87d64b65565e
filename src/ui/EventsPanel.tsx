import { events, forces } from '../state/data.ts';
import { day as inWords, month as monthWords, num, t } from '../state/i18n.ts';
import { date } from '../state/store.ts';
import { selection } from '../state/selection.ts';
import { addDays, addMonths, monthStart } from '../model/dates.ts';
import { eventsBetween } from '../model/events.ts';

/** Events and US milestones of the current month; each jumps to its date (and opens the event). */
export function EventsPanel() {
  const ev = events.value;
  const f = forces.value;
  const start = monthStart(date.value);
  const end = addDays(addMonths(start, 1), -1);
  const list = ev ? eventsBetween(ev.events, start, end) : [];
  const miles = (f?.milestones ?? []).filter((m) => m.date >= start && m.date <= end);
  const tr = t.value;
  return (
    <section class="changes" aria-label={tr.eventsIn(monthWords(start))}>
      <h2>{tr.eventsIn(monthWords(start))}</h2>
      {list.length + miles.length === 0 ? (
        <p class="fineprint">{tr.noEvents}</p>
      ) : (
        <ul>
          {list.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class="linkish"
                title={tr.goToEvent(inWords(e.date))}
                onClick={() => {
                  date.value = e.date;
                  selection.value = { kind: 'event', index: ev!.events.indexOf(e), lon: e.lon, lat: e.lat };
                }}
              >
                {num(Number(e.date.slice(8)))}
              </button>{' '}
              <span class="ev-dot" aria-hidden="true" /> {e.title}
            </li>
          ))}
          {miles.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                class="linkish"
                title={tr.goTo(inWords(m.date))}
                onClick={() => (date.value = m.date)}
              >
                {num(Number(m.date.slice(8)))}
              </button>{' '}
              <span class="ms-dot" aria-hidden="true" /> <span title={m.text}>{m.title}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
