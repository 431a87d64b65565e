import type { ForcesData, Site } from '../model/forces.ts';
import { presenceAt, siteState } from '../model/forces.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';

const STATE: Record<string, string> = {
  active: 'US/coalition forces present',
  reduced: 'US/coalition presence reduced',
  closed: 'US/coalition forces had left or handed it over',
};

function when(day: IsoDay | undefined, precision: string | undefined): string {
  if (!day) return 'present';
  return `${formatDayLong(day)}${precision && precision !== 'day' ? ` (${precision} only)` : ''}`;
}

/** A base's history: its role, state on `day`, every presence period and the sources. */
export function SiteCard(props: { data: ForcesData; site: Site; day: IsoDay }) {
  const { data, site, day } = props;
  const state = siteState(site, day);
  const now = presenceAt(site, day);
  const ids = [...new Set([...site.source, ...site.presence.flatMap((p) => p.source)])];
  return (
    <div class="place-card site-card">
      <h3>
        {site.name}{' '}
        {site.name_ar && (
          <span lang="ar" dir="rtl">
            {site.name_ar}
          </span>
        )}
      </h3>
      <p class="meta">
        {site.role} — {site.country === 'IQ' ? 'Iraq' : 'Syria'}
      </p>
      <p class="now">
        <strong>{state ? STATE[state] : 'No US/coalition presence reported'}</strong> on {formatDayLong(day)}
        {now?.forces ? `: ${now.forces}` : ''}
      </p>
      <ol class="history">
        {site.presence.map((p) => (
          <li key={`${p.from}-${p.status}`}>
            {p.status === 'handed_over'
              ? `Handed over ${when(p.from, p.precision_from)}`
              : `${p.status === 'reduced' ? 'Reduced presence' : 'Present'} from ${when(p.from, p.precision_from)} to ${when(p.to, p.precision_to)}`}
            {p.uncertain ? ' (dates uncertain)' : ''}
            {p.note ? ` — ${p.note}` : ''}
          </li>
        ))}
      </ol>
      <SourceList ids={ids} table={data.sources} />
    </div>
  );
}
