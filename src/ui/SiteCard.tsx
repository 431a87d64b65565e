import type { ForcesData, Presence, Site } from '../model/forces.ts';
import { day as inWords, t } from '../state/i18n.ts';
import { presenceAt, siteState } from '../model/forces.ts';
import { forceKind } from '../model/force-kinds.ts';
import { type IsoDay } from '../model/dates.ts';
import { SourceList } from './SourceList.tsx';
import { lang } from '../state/store.ts';
import { MarkerSwatch } from './MarkerSwatch.tsx';
import { sourcesLoaded } from '../state/data.ts';

function when(day: IsoDay | undefined, precision: string | undefined): string {
  const m = t.value;
  if (!day) return m.present;
  const p = precision && precision !== 'day' ? (m.precision[precision] ?? precision) : '';
  return `${inWords(day)}${p ? ` (${p})` : ''}`;
}

/** One line of a site's history. */
function historyLine(p: Presence): string {
  const m = t.value;
  if (p.status === 'handed_over') return m.handedOver(when(p.from, p.precision_from));
  if (p.status === 'struck') return m.struck(when(p.from, p.precision_from));
  const from = when(p.from, p.precision_from);
  const to = when(p.to, p.precision_to);
  return p.status === 'reduced' ? m.reducedFromTo(from, to) : m.presentFromTo(from, to);
}

/** What the site's state on a day means, in words, for its force. */
function stateLine(site: Site, state: ReturnType<typeof siteState>): string {
  const m = t.value;
  const who = m.forces[site.force].presentAs;
  if (state === 'active') return m.stateActive(who);
  if (state === 'reduced') return m.stateReduced(who);
  if (state === 'closed') return m.stateClosed(who);
  return m.stateNone(who);
}

/** A site's history: its force and nation, role, state on `day`, every presence period and the sources. */
export function SiteCard(props: { data: ForcesData; site: Site; day: IsoDay }) {
  const { data, site, day } = props;
  const kind = forceKind(site.force);
  const state = siteState(site, day);
  const now = presenceAt(site, day);
  const ids = [...new Set([...site.source, ...site.presence.flatMap((p) => p.source)])];
  const m = t.value;
  const ar = lang.value === 'ar';
  return (
    <div class="place-card site-card">
      <h3>
        {ar && site.name_ar ? site.name_ar : site.name}{' '}
        {site.name_ar && (
          <span lang={ar ? 'en' : 'ar'} dir={ar ? 'ltr' : 'rtl'}>
            {ar ? site.name : site.name_ar}
          </span>
        )}
      </h3>
      <p class="meta">
        <MarkerSwatch force={kind} />{' '}
        {site.force === 'us' ? m.forces[kind.id].label : `${m.forces[kind.id].label} — ${site.nation}`}
        {m.partSep}
        <bdi>{site.role}</bdi> — {site.country === 'IQ' ? m.iraq : m.syria}
      </p>
      <p class="now">
        <strong>{stateLine(site, state)}</strong> {m.heldOn(inWords(day))}
        {now?.forces ? `: ${now.forces}` : ''}
      </p>
      <ol class="history">
        {site.presence.map((p) => (
          <li key={`${p.from}-${p.status}`}>
            {historyLine(p)}
            {p.uncertain ? ` ${m.datesUncertain}` : ''}
            {p.note ? ` — ${p.note}` : ''}
          </li>
        ))}
      </ol>
      {sourcesLoaded.value ? <SourceList ids={ids} table={data.sources} /> : <p class="note">{m.loadingSources}</p>}
    </div>
  );
}
