import { forces, sourcesLoaded } from '../state/data.ts';
import { day as inWords, num, t } from '../state/i18n.ts';
import { date } from '../state/store.ts';
import { capAt, planAt, phaseAt, troopsAt, type TroopPoint } from '../model/forces.ts';
import { sitesToday } from '../state/derived.ts';
import type { SourceTable } from '../model/sources.ts';
import { citeLine as cite, figureText } from './troop-text.ts';

function TroopLine(props: { country: 'Iraq' | 'Syria'; day: string; series: TroopPoint[]; sources: SourceTable }) {
  const { country, day, series, sources } = props;
  const best = troopsAt(series, country, day);
  const cap = capAt(series, country, day);
  const plan = planAt(series, country, day);
  const m = t.value;
  const together = troopsAt(series, country, day, { scope: 'us_and_partners' });
  return (
    <li>
      <span class="country">{country === 'Iraq' ? m.iraq : m.syria}</span>
      {best ? (
        <span class="figure" title={cite(best.source, sources)}>
          <strong>{figureText(best, num)}</strong>{' '}
          <span class="kind">{m.asOf(m.troopKinds[best.kind], inWords(best.date))}</span>
          {cap && cap !== best && best.kind !== 'authorized' && (
            <span class="kind">
              {m.partSep}
              {m.cap(num(cap.count))}
            </span>
          )}
          {plan && (
            <span class="kind">
              {m.partSep}
              {plan.announced
                ? m.plannedBy(num(plan.count), inWords(plan.date))
                : m.plannedAnnounced(num(plan.count), inWords(plan.date))}
            </span>
          )}
        </span>
      ) : (
        <span class="figure kind">{m.noUsTroops}</span>
      )}
      {together && (
        <span class="figure together kind" title={cite(together.source, sources)}>
          {m.usAndCoalition(figureText(together, num), inWords(together.date))}
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
  const m = t.value;
  const touch = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;
  return (
    <section class="forces" aria-label={m.usForcesLabel}>
      <h2>{m.usForcesHeading}</h2>
      <ul class="troops">
        <TroopLine country="Iraq" day={day} series={f.troops} sources={f.sources} />
        <TroopLine country="Syria" day={day} series={f.troops} sources={f.sources} />
      </ul>
      <p class="fineprint">
        {m.usSites(num(active.length), active.length === 1)} {touch ? m.tapForSource : m.hoverForSource}
      </p>
      {phase && (
        <p class="phase" title={cite(phase.source, f.sources)}>
          <strong>{m.transitionPlan}</strong> {phase.label}
        </p>
      )}
    </section>
  );
}
