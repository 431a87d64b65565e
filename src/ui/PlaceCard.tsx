import type { Place, TerritoryData } from '../model/territory.ts';
import { periodAt } from '../model/territory.ts';
import { controllerInfo } from '../model/controllers.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';
import { sourcesLoaded } from '../state/data.ts';
import { PlaceTimeline } from './PlaceTimeline.tsx';

const PRECISION: Record<string, string> = { week: 'within a week', month: 'month only', year: 'year only' };

/**
 * What a patch of territory is: its place, controller on `day`, since when, before, and sources.
 * With `dominated`, the patch is open ground that the place's controller is counted as holding.
 */
export function PlaceCard(props: { data: TerritoryData; place: Place; day: IsoDay; dominated?: boolean }) {
  const { data, place, day, dominated } = props;
  const now = periodAt(place, day);
  const past = place.history.filter((h) => h.from <= day);
  const ids = [...new Set(past.flatMap((h) => h.sources))];
  return (
    <div class="place-card">
      {dominated && (
        <p class="ground-kind">
          Open ground (dominated, held less firmly). No settlement stands for it; the atlas counts it with the nearest
          place over the land:
        </p>
      )}
      <h3>
        {place.name}{' '}
        <span lang="ar" dir="rtl">
          {place.name_ar}
        </span>
      </h3>
      <p class="meta">
        {place.kind.replace('_', ' ')}, {place.governorate ? `${place.governorate}, ` : ''}
        {place.country === 'IQ' ? 'Iraq' : 'Syria'}
      </p>
      {now ? (
        <p class="now">
          <span class="swatch" style={{ background: controllerInfo(now.controller).color }} />
          <strong>{controllerInfo(now.controller).label}</strong> on {formatDayLong(day)}
          {place.history[0] !== now && (
            <>
              , since {formatDayLong(now.from)}
              {now.precision ? ` (${PRECISION[now.precision]})` : ''}
            </>
          )}
          {now.uncertain ? ' — sources disagree' : ''}
        </p>
      ) : (
        <p class="now">No record for this date.</p>
      )}
      {now?.note && <p class="note">{now.note}</p>}
      <PlaceTimeline place={place} day={day} sources={data.sources} />
      {past.length > 1 && (
        <details>
          <summary>History to this date ({past.length} periods)</summary>
          <ol class="history">
            {past.map((h) => (
              <li key={h.from}>
                {formatDayLong(h.from)}: {controllerInfo(h.controller).short}
                {h.note ? ` — ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      {sourcesLoaded.value ? <SourceList ids={ids} table={data.sources} /> : <p class="note">Loading sources…</p>}
    </div>
  );
}
