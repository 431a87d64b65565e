import { events, sourcesLoaded } from '../state/data.ts';
import { day as inWords, month as monthWords, num, t } from '../state/i18n.ts';
import { eventsThisMonth, milestonesThisMonth, monthToday } from '../state/derived.ts';
import { date } from '../state/store.ts';
import { selection } from '../state/selection.ts';

/** Events and US milestones of the current month; each jumps to its date (and opens the event). */
export function EventsPanel() {
  const ev = events.value;
  const { start } = monthToday.value;
  const list = eventsThisMonth.value;
  const miles = milestonesThisMonth.value;
  const tr = t.value;
  // The milestones' texts (their tooltips) arrive with the sources, after the first view.
  void sourcesLoaded.value;
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
              <span class="ms-dot" aria-hidden="true" /> <span title={m.text || undefined}>{m.title}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
