import type { EventsData, WarEvent } from '../model/events.ts';
import { day as inWords, t } from '../state/i18n.ts';
import { SourceList } from './SourceList.tsx';
import { sourcesLoaded } from '../state/data.ts';

/**
 * One event: title, date (with precision), place, text and sources. The recorded texts are in English;
 * `dir="auto"` and `<bdi>` keep them in their own direction on an Arabic page.
 */
export function EventCard(props: { data: EventsData; event: WarEvent }) {
  const { data, event } = props;
  return (
    <div class="place-card event-card">
      <h3 dir="auto">{event.title}</h3>
      <p class="meta">
        {inWords(event.date)}
        {event.precision && event.precision !== 'day'
          ? ` (${t.value.precision[event.precision] ?? event.precision})`
          : ''}
        {t.value.partSep}
        <bdi>{event.place}</bdi>, {event.country === 'IQ' ? t.value.iraq : t.value.syria}
      </p>
      {sourcesLoaded.value ? (
        <>
          <p dir="auto">{event.text}</p>
          <SourceList ids={event.source} table={data.sources} />
        </>
      ) : (
        <p class="note">{t.value.loadingSources}</p>
      )}
    </div>
  );
}
