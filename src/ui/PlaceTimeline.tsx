import { Fragment } from 'preact';
import { ATLAS_END, ATLAS_START, dayIndex, type IsoDay } from '../model/dates.ts';
import { controllerInfo } from '../model/controllers.ts';
import { placeTimeline } from '../model/change-steps.ts';
import type { Place } from '../model/territory.ts';
import type { SourceTable } from '../model/sources.ts';
import { formatSource } from '../model/sources.ts';
import { date, lang } from '../state/store.ts';
import { day as inWords, month, num, t } from '../state/i18n.ts';

const START = dayIndex(ATLAS_START);
const SPAN = dayIndex(ATLAS_END) + 1 - START;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Aug 2016" in English; the month in words in Arabic (its month names are short already). */
const monthYear = (d: IsoDay) =>
  lang.value === 'en' ? `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}` : month(d);

/**
 * A place's whole history as a strip, 2014 to 2026: one coloured segment per period of control, each a
 * button that jumps to the day it began, named (controller, dates, sources) for screen readers and
 * tooltips. A tick marks the date shown.
 */
export function PlaceTimeline(props: { place: Place; day: IsoDay; sources: SourceTable }) {
  const { place, day, sources } = props;
  const segs = placeTimeline(place);
  const at = ((dayIndex(day) - START) / SPAN) * 100;
  const m = t.value;
  const touch = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;
  const name = lang.value === 'ar' && place.name_ar ? place.name_ar : place.name;
  return (
    <div class="place-timeline">
      <p class="fineprint" id={`tl-${place.id}`}>
        {m.timelineIntro(name, num(segs.length), segs.length === 1, touch)}
      </p>
      <div class="tl-strip" role="list" aria-labelledby={`tl-${place.id}`}>
        {segs.map((s) => {
          const info = controllerInfo(s.controller);
          const left = ((dayIndex(s.from) - START) / SPAN) * 100;
          const width = ((dayIndex(s.until) + 1 - dayIndex(s.from)) / SPAN) * 100;
          const cited = s.sources
            .map((id) => sources[id])
            .filter(Boolean)
            .map(formatSource);
          const label =
            m.timelineSegment(m.controllers[s.controller].label, inWords(s.from), inWords(s.until)) +
            `${s.precision ? (m.timelinePrecision[s.precision] ?? '') : ''}${s.uncertain ? `, ${m.sourcesDisagree}` : ''}` +
            (cited.length ? m.timelineSources(cited.join('; ')) : '');
          const current = s.from <= day && day <= s.until;
          return (
            <span role="listitem" key={s.from} class="tl-item" style={{ left: `${left}%`, width: `${width}%` }}>
              <button
                type="button"
                class={`tl-seg${s.uncertain ? ' uncertain' : ''}`}
                style={{ background: info.color }}
                aria-label={label}
                aria-current={current ? 'time' : undefined}
                title={label}
                onClick={() => (date.value = s.from)}
              />
            </span>
          );
        })}
        <span class="tl-now" style={{ left: `${at}%` }} aria-hidden="true" />
      </div>
      <div class="tl-years" aria-hidden="true">
        <span>2014</span>
        <span>2020</span>
        <span>2026</span>
      </div>
      <p class="tl-legend" aria-hidden="true">
        {segs.map((s, i) => (
          <Fragment key={s.from}>
            {i > 0 ? m.partSep : ''}
            <span>
              <span class="swatch" style={{ background: controllerInfo(s.controller).color }} />{' '}
              {m.controllers[s.controller].short} {monthYear(s.from)}
            </span>
          </Fragment>
        ))}
      </p>
    </div>
  );
}
