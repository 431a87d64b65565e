import { forces, sourcesLoaded } from '../state/data.ts';
import { date } from '../state/store.ts';
import { foreignSeriesAt, troopsAt, type ForcesData, type SeriesKey } from '../model/forces.ts';
import { FORCES, type ForceKind } from '../model/force-kinds.ts';
import { sitesToday } from '../state/derived.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import { citeLine, figureText, KIND_WORDS } from './troop-text.ts';
import { MarkerSwatch } from './MarkerSwatch.tsx';

/** The latest figure of one series, e.g. "Syria: 2,954 reported, as of 18 March 2018". */
function SeriesFigure(props: { data: ForcesData; day: IsoDay; series: SeriesKey; kind: ForceKind }) {
  const { data, day, series, kind } = props;
  const p = troopsAt(data.troops, series.country, day, series);
  if (!p) return null;
  const who =
    kind.id === 'coalition_partner' && series.nation ? `${series.nation} in ${series.country}` : series.country;
  return (
    <span class="figure" title={citeLine(p.source, data.sources)}>
      {' '}
      · {who}: <strong>{figureText(p)}</strong>{' '}
      <span class="kind">
        {KIND_WORDS[p.kind]}, as of {formatDayLong(p.date)}
      </span>
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
  return (
    <section class="foreign-forces" aria-label="Other foreign forces on this date">
      <h2>Other foreign forces</h2>
      <ul>
        {FORCES.filter((k) => k.id !== 'us').map((kind) => {
          const n = sitesToday.value.filter((s) => s.site.force === kind.id).length;
          return (
            <li key={kind.id} data-force={kind.id}>
              <MarkerSwatch force={kind} /> <strong>{kind.label}</strong>: {n} site{n === 1 ? '' : 's'}
              {series
                .filter((s) => s.force === kind.id)
                .map((s) => (
                  <SeriesFigure key={`${s.nation}-${s.country}`} data={data} day={day} series={s} kind={kind} />
                ))}
            </li>
          );
        })}
      </ul>
      <p class="fineprint">
        Troop figures appear only where a source reports one (hover for the source); sites count those with a presence
        on this date.
      </p>
    </section>
  );
}
