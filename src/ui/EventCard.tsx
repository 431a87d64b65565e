import type { EventsData, WarEvent } from '../model/events.ts';
import { formatDayLong } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';

/** One event: title, date (with precision), place, text and sources. */
export function EventCard(props: { data: EventsData; event: WarEvent }) {
  const { data, event } = props;
  return (
    <div class="place-card event-card">
      <h3>{event.title}</h3>
      <p class="meta">
        {formatDayLong(event.date)}
        {event.precision && event.precision !== 'day' ? ` (${event.precision} only)` : ''} · {event.place},{' '}
        {event.country === 'IQ' ? 'Iraq' : 'Syria'}
      </p>
      <p>{event.text}</p>
      <SourceList ids={event.source} table={data.sources} />
    </div>
  );
}
