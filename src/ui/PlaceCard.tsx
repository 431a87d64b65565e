import type { Place, TerritoryData } from '../model/territory.ts';
import { day as inWords, num, t } from '../state/i18n.ts';
import { periodAt } from '../model/territory.ts';
import { controllerInfo } from '../model/controllers.ts';
import { type IsoDay } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';
import { lang } from '../state/store.ts';
import { sourcesLoaded } from '../state/data.ts';
import { PlaceTimeline } from './PlaceTimeline.tsx';

/**
 * What a patch of territory is: its place, controller on `day`, since when, before, and sources.
 * With `dominated`, the patch is open ground that the place's controller is counted as holding.
 */
export function PlaceCard(props: { data: TerritoryData; place: Place; day: IsoDay; dominated?: boolean }) {
  const { data, place, day, dominated } = props;
  const now = periodAt(place, day);
  const past = place.history.filter((h) => h.from <= day);
  const ids = [...new Set(past.flatMap((h) => h.sources))];
  const m = t.value;
  const ar = lang.value === 'ar';
  return (
    <div class="place-card">
      {dominated && <p class="ground-kind">{m.openGround}</p>}
      <h3>
        {ar ? place.name_ar : place.name}{' '}
        <span lang={ar ? 'en' : 'ar'} dir={ar ? 'ltr' : 'rtl'}>
          {ar ? place.name : place.name_ar}
        </span>
      </h3>
      <p class="meta">
        {m.placeKinds[place.kind] ?? place.kind.replace('_', ' ')}
        {ar ? '، ' : ', '}
        {place.governorate ? `${place.governorate}${ar ? '، ' : ', '}` : ''}
        {place.country === 'IQ' ? m.iraq : m.syria}
      </p>
      {now ? (
        <p class="now">
          <span class="swatch" style={{ background: controllerInfo(now.controller).color }} />
          <strong>{m.controllers[now.controller].label}</strong> {m.heldOn(inWords(day))}
          {place.history[0] !== now && (
            <>
              {ar ? '، ' : ', '}
              {m.since(inWords(now.from))}
              {now.precision && m.precision[now.precision] ? ` (${m.precision[now.precision]})` : ''}
            </>
          )}
          {now.uncertain ? ` — ${m.sourcesDisagree}` : ''}
        </p>
      ) : (
        <p class="now">{m.noRecord}</p>
      )}
      {now?.note && (
        <p class="note" dir="auto">
          {now.note}
        </p>
      )}
      <PlaceTimeline place={place} day={day} sources={data.sources} />
      {past.length > 1 && (
        <details>
          <summary>{m.history(num(past.length))}</summary>
          <ol class="history">
            {past.map((h) => (
              <li key={h.from}>
                {inWords(h.from)}: {m.controllers[h.controller].short}
                {h.note ? (
                  <>
                    {' — '}
                    <bdi>{h.note}</bdi>
                  </>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      {sourcesLoaded.value ? <SourceList ids={ids} table={data.sources} /> : <p class="note">{m.loadingSources}</p>}
    </div>
  );
}
