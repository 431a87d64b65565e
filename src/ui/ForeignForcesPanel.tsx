import { forces, sourcesLoaded } from '../state/data.ts';
import { day as inWords, num, t } from '../state/i18n.ts';
import { date } from '../state/store.ts';
import { foreignSeriesAt, troopsAt, type ForcesData, type SeriesKey } from '../model/forces.ts';
import { FORCES, type ForceKind } from '../model/force-kinds.ts';
import { sitesToday } from '../state/derived.ts';
import { type IsoDay } from '../model/dates.ts';
import { citeLine, figureText } from './troop-text.ts';
import { MarkerSwatch } from './MarkerSwatch.tsx';

/** The latest figure of one series, e.g. "Syria: 2,954 reported, as of 18 March 2018". */
function SeriesFigure(props: { data: ForcesData; day: IsoDay; series: SeriesKey; kind: ForceKind }) {
  const { data, day, series, kind } = props;
  const p = troopsAt(data.troops, series.country, day, series);
  if (!p) return null;
  const m = t.value;
  const country = series.country === 'Iraq' ? m.iraq : series.country === 'Syria' ? m.syria : series.country;
  const who = kind.id === 'coalition_partner' && series.nation ? m.nationIn(series.nation, country) : country;
  return (
    <span class="figure" title={citeLine(p.source, data.sources)}>
      {m.partSep}
      {who}: <strong>{figureText(p, num)}</strong>{' '}
      <span class="kind">{m.asOf(m.troopKinds[p.kind], inWords(p.date))}</span>
    </span>
  );
}

/** Russia, Turkey, Iran and its partners, Israel and the coalition partners on the current date. */
export function ForeignForcesPanel() {
  const data = forces.value;
  // Source titles in the tooltips arrive after the first view.
  void sourcesLoaded.value;
  if (!data) return null;
  const day = date.value;
  const series = foreignSeriesAt(data.troops, day);
  const m = t.value;
  const touch = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;
  return (
    <section class="foreign-forces" aria-label={m.foreignLabel}>
      <h2>{m.foreignHeading}</h2>
      <ul>
        {FORCES.filter((k) => k.id !== 'us').map((kind) => {
          const n = sitesToday.value.filter((s) => s.site.force === kind.id).length;
          return (
            <li key={kind.id} data-force={kind.id}>
              <MarkerSwatch force={kind} /> <strong>{m.forces[kind.id].label}</strong>: {m.siteCount(num(n), n === 1)}
              {series
                .filter((s) => s.force === kind.id)
                .map((s) => (
                  <SeriesFigure key={`${s.nation}-${s.country}`} data={data} day={day} series={s} kind={kind} />
                ))}
            </li>
          );
        })}
      </ul>
      <p class="fineprint">{touch ? m.foreignNoteTouch : m.foreignNote}</p>
    </section>
  );
}
