import type { ForcesData, Presence, Site } from '../model/forces.ts';
import { presenceAt, siteState } from '../model/forces.ts';
import { forceKind } from '../model/force-kinds.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';
import { MarkerSwatch } from './MarkerSwatch.tsx';
import { sourcesLoaded } from '../state/data.ts';

function when(day: IsoDay | undefined, precision: string | undefined): string {
  if (!day) return 'present';
  return `${formatDayLong(day)}${precision && precision !== 'day' ? ` (${precision} only)` : ''}`;
}

/** One line of a site's history. */
function historyLine(p: Presence): string {
  if (p.status === 'handed_over') return `Handed over ${when(p.from, p.precision_from)}`;
  if (p.status === 'struck') return `Struck ${when(p.from, p.precision_from)}`;
  const what = p.status === 'reduced' ? 'Reduced presence' : 'Present';
  return `${what} from ${when(p.from, p.precision_from)} to ${when(p.to, p.precision_to)}`;
}

/** What the site's state on a day means, in words, for its force. */
function stateLine(site: Site, state: ReturnType<typeof siteState>): string {
  const who = forceKind(site.force).presentAs;
  if (state === 'active') return `${who} present`;
  if (state === 'reduced') return `${who}: presence reduced`;
  if (state === 'closed') return `${who} had left or handed it over`;
  return `No presence of ${who} reported`;
}

/** A site's history: its force and nation, role, state on `day`, every presence period and the sources. */
export function SiteCard(props: { data: ForcesData; site: Site; day: IsoDay }) {
  const { data, site, day } = props;
  const kind = forceKind(site.force);
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
        <MarkerSwatch force={kind} /> {site.force === 'us' ? kind.label : `${kind.label} — ${site.nation}`} ·{' '}
        {site.role} — {site.country === 'IQ' ? 'Iraq' : 'Syria'}
      </p>
      <p class="now">
        <strong>{stateLine(site, state)}</strong> on {formatDayLong(day)}
        {now?.forces ? `: ${now.forces}` : ''}
      </p>
      <ol class="history">
        {site.presence.map((p) => (
          <li key={`${p.from}-${p.status}`}>
            {historyLine(p)}
            {p.uncertain ? ' (dates uncertain)' : ''}
            {p.note ? ` — ${p.note}` : ''}
          </li>
        ))}
      </ol>
      {sourcesLoaded.value ? <SourceList ids={ids} table={data.sources} /> : <p class="note">Loading sources…</p>}
    </div>
  );
}
