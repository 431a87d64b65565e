import { forces, sourcesLoaded } from '../state/data.ts';
import { date } from '../state/store.ts';
import { capAt, planAt, phaseAt, troopsAt, type TroopPoint } from '../model/forces.ts';
import { sitesToday } from '../state/derived.ts';
import { formatDayLong } from '../model/dates.ts';
import type { SourceTable } from '../model/sources.ts';
import { citeLine as cite, countFormat as fmt, figureText, KIND_WORDS as KIND } from './troop-text.ts';

function TroopLine(props: { country: 'Iraq' | 'Syria'; day: string; series: TroopPoint[]; sources: SourceTable }) {
  const { country, day, series, sources } = props;
  const best = troopsAt(series, country, day);
  const cap = capAt(series, country, day);
  const plan = planAt(series, country, day);
  const together = troopsAt(series, country, day, { scope: 'us_and_partners' });
  return (
    <li>
      <span class="country">{country}</span>
      {best ? (
        <span class="figure" title={cite(best.source, sources)}>
          <strong>{figureText(best)}</strong>{' '}
          <span class="kind">
            {KIND[best.kind]}, as of {formatDayLong(best.date)}
          </span>
          {cap && cap !== best && best.kind !== 'authorized' && (
            <span class="kind"> · cap {fmt.format(cap.count)}</span>
          )}
          {plan && (
            <span class="kind">
              {' '}
              · planned: {fmt.format(plan.count)}
              {plan.announced ? ` by ${formatDayLong(plan.date)}` : ` (announced ${formatDayLong(plan.date)})`}
            </span>
          )}
        </span>
      ) : (
        <span class="figure kind">no US troops reported deployed</span>
      )}
      {together && (
        <span class="figure together kind" title={cite(together.source, sources)}>
          US and coalition together: {figureText(together)}, as of {formatDayLong(together.date)}
        </span>
      )}
    </li>
  );
}

/** US troops in Iraq and Syria on the current date, active sites, and the 2024 plan phase. */
export function ForcesPanel() {
  const f = forces.value;
  // Source titles in the tooltips arrive after the first view.
  void sourcesLoaded.value;
  if (!f) return null;
  const day = date.value;
  const phase = phaseAt(f.phases, day);
  const active = sitesToday.value.filter((s) => s.site.force === 'us');
  return (
    <section class="forces" aria-label="US forces on this date">
      <h2>US forces</h2>
      <ul class="troops">
        <TroopLine country="Iraq" day={day} series={f.troops} sources={f.sources} />
        <TroopLine country="Syria" day={day} series={f.troops} sources={f.sources} />
      </ul>
      <p class="fineprint">
        {active.length} site{active.length === 1 ? '' : 's'} with US or coalition presence. Hover a figure for its
        source.
      </p>
      {phase && (
        <p class="phase" title={cite(phase.source, f.sources)}>
          <strong>2024 transition plan:</strong> {phase.label}
        </p>
      )}
    </section>
  );
}
