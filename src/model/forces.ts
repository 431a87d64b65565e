/**
 * Foreign forces on the ground — the US and coalition, Russia, Turkey, Iran and its partners,
 * Israel: sites with presence intervals, troop-level series, milestones and the phases of the
 * September 2024 transition plan. Pure functions over the derived forces file.
 */
import type { IsoDay } from './dates.ts';
import { addDays, dayIndex } from './dates.ts';
import type { SourceTable } from './sources.ts';
import type { ForceId } from './force-kinds.ts';
import type { RawForeignSite, RawMilestone, RawPlanPhase, RawPresence, RawTroopFigure } from './geodata-schema.ts';

/** A record of the hand-written files as the derived file holds it: its `source` always a list of ids. */
type Sourced<T extends { source: unknown }> = Omit<T, 'source'> & { source: string[] };

/**
 * A period of presence at a site: `from <= day < to` (to absent = still present). `handed_over`
 * and `struck` are zero-length marks (the day a site was handed over, or hit by a strike).
 */
export type Presence = Sourced<RawPresence>;

/**
 * A base or outpost: the record of forces/sites.json or forces/foreign-sites.json (their schemas in
 * geodata-schema.ts) with its sources as a list, and the force and nation US sites get in the build.
 * `nation`: for Iran's partners the militia's home country, for coalition partners the partner;
 * `rank` 1 is drawn from region zoom, 2 (a lesser post) from zoom 5.
 */
export type Site = Omit<Sourced<RawForeignSite>, 'presence'> & { presence: Presence[] };

/**
 * One troop-level figure (a US figure when `force` is absent). Where sources differ, `min`/`max`
 * bound the range (`min <= count <= max`) and `count` is the figure the line draws.
 */
export type TroopPoint = Sourced<RawTroopFigure>;

/** The lowest figure of a point (its `min`, else its count). */
export function troopLow(p: TroopPoint): number {
  return p.min ?? p.count;
}

/** The highest figure of a point (its `max`, else its count). */
export function troopHigh(p: TroopPoint): number {
  return p.max ?? p.count;
}

/** True when a point's sources differ and it carries a range. */
export function isRange(p: TroopPoint): boolean {
  return troopLow(p) !== troopHigh(p);
}

/** A decision or announcement (forces/milestones.json). */
export type Milestone = Sourced<RawMilestone>;

/** A phase of the 2024 US–Iraq transition plan (forces/milestones.json). */
export type PlanPhase = Sourced<RawPlanPhase>;

/** The derived forces file (geodata/build/forces.json). */
export interface ForcesData {
  sites: Site[];
  troops: TroopPoint[];
  milestones: Milestone[];
  phases: PlanPhase[];
  sources: SourceTable;
}

/** How long a site stays on the map, greyed, after US forces left or handed it over. */
export const RECENTLY_CLOSED_DAYS = 120;

/** A site's state on a day: present (active/reduced), recently closed/handed over, or absent. */
export type SiteState = 'active' | 'reduced' | 'closed' | null;

/** True for the zero-length marks (handover, strike) that are not periods of presence. */
export function isMark(p: Presence): boolean {
  return p.status === 'handed_over' || p.status === 'struck';
}

/** The presence interval in force at a site on `day`, if any (zero-length marks excluded). */
export function presenceAt(site: Site, day: IsoDay): Presence | null {
  for (const p of site.presence) {
    if (isMark(p)) continue;
    if (p.from <= day && (p.to === undefined || day < p.to)) return p;
  }
  return null;
}

/** The end of the site's last presence before `day`, if its forces had left by then. */
export function lastDeparture(site: Site, day: IsoDay): IsoDay | null {
  let last: IsoDay | null = null;
  for (const p of site.presence) {
    if (p.status === 'struck') continue;
    const end = p.status === 'handed_over' ? p.from : p.to;
    if (end !== undefined && end <= day && (last === null || end > last)) last = end;
  }
  return last;
}

/** The site's state on `day`. */
export function siteState(site: Site, day: IsoDay): SiteState {
  const p = presenceAt(site, day);
  if (p) return p.status === 'reduced' ? 'reduced' : 'active';
  const left = lastDeparture(site, day);
  return left !== null && day < addDays(left, RECENTLY_CLOSED_DAYS) ? 'closed' : null;
}

/** Sites with presence on `day` (of one force, or of every force), with the interval in force. */
export function sitesAt(sites: readonly Site[], day: IsoDay, force?: ForceId): { site: Site; presence: Presence }[] {
  const out: { site: Site; presence: Presence }[] = [];
  for (const site of sites) {
    if (force !== undefined && site.force !== force) continue;
    const p = presenceAt(site, day);
    if (p) out.push({ site, presence: p });
  }
  return out;
}

const KIND_RANK: Record<TroopPoint['kind'], number> = { reported: 0, estimated: 1, authorized: 2, planned: 3 };

/** Which series a figure belongs to: a force, optionally one nation of it, or US-and-partner totals. */
export interface SeriesFilter {
  force?: ForceId;
  nation?: string;
  /** Select the US-and-coalition totals instead of the force's own figures. */
  scope?: TroopPoint['scope'];
}

/** True when `p` belongs to the series `f` names (US figures carry no force; combined totals only when asked). */
export function inSeries(p: TroopPoint, f: SeriesFilter = {}): boolean {
  return (
    (p.force ?? 'us') === (f.force ?? 'us') && (f.nation === undefined || p.nation === f.nation) && p.scope === f.scope
  );
}

/**
 * The best troop figure in force on `day` for a country: the latest figure dated on or before the
 * day that is not a plan; on the same date a reported count beats an estimate, which beats a cap.
 * Figures of the US unless `filter` names another force (and nation).
 */
export function troopsAt(
  series: readonly TroopPoint[],
  country: TroopPoint['country'],
  day: IsoDay,
  filter: SeriesFilter = {},
): TroopPoint | null {
  let best: TroopPoint | null = null;
  for (const p of series) {
    if (p.country !== country || p.kind === 'planned' || p.date > day || !inSeries(p, filter)) continue;
    if (!best || p.date > best.date || (p.date === best.date && KIND_RANK[p.kind] < KIND_RANK[best.kind])) best = p;
  }
  return best;
}

/** How long an authorised cap is shown as "in force" without a newer one (they were revised often). */
export const CAP_SHOWN_DAYS = 730;

/** The latest authorised cap set on or before `day`, if set within {@link CAP_SHOWN_DAYS}. */
export function capAt(
  series: readonly TroopPoint[],
  country: TroopPoint['country'],
  day: IsoDay,
  filter: SeriesFilter = {},
): TroopPoint | null {
  let cap: TroopPoint | null = null;
  for (const p of series) {
    if (!inSeries(p, filter)) continue;
    if (p.country === country && p.kind === 'authorized' && p.date <= day && (!cap || p.date >= cap.date)) cap = p;
  }
  return cap && dayIndex(day) - dayIndex(cap.date) <= CAP_SHOWN_DAYS ? cap : null;
}

/** How long a plan without a separate target date stays "in force" in the panel. */
export const PLAN_SHOWN_DAYS = 180;

/**
 * The plan in force on `day`: announced on or before the day and not yet due (a plan dated on its
 * announcement day, with no separate target, counts for {@link PLAN_SHOWN_DAYS}).
 */
export function planAt(series: readonly TroopPoint[], country: TroopPoint['country'], day: IsoDay): TroopPoint | null {
  let best: TroopPoint | null = null;
  for (const p of series) {
    if (p.country !== country || p.kind !== 'planned' || !inSeries(p)) continue;
    const announced = p.announced ?? p.date;
    const until = p.announced ? p.date : addDays(p.date, PLAN_SHOWN_DAYS);
    if (announced <= day && day < until && (!best || announced > (best.announced ?? best.date))) best = p;
  }
  return best;
}

/** The transition-plan phase in force on `day`, if any. */
export function phaseAt(phases: readonly PlanPhase[], day: IsoDay): PlanPhase | null {
  let prevEnd: IsoDay | null = null;
  for (const ph of phases) {
    const from = ph.from ?? prevEnd;
    if (from !== null && from <= day && day <= ph.to) return ph;
    prevEnd = ph.to;
  }
  return null;
}

/** One troop series other than the US's: a force (and nation) in a country. */
export interface SeriesKey {
  force: ForceId;
  nation?: string;
  country: TroopPoint['country'];
}

/** The non-US series that have a figure dated on or before `day`, in first-figure order. */
export function foreignSeriesAt(series: readonly TroopPoint[], day: IsoDay): SeriesKey[] {
  const seen = new Map<string, SeriesKey>();
  for (const p of [...series].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!p.force || p.force === 'us' || p.kind === 'planned' || p.date > day) continue;
    const key = `${p.force}|${p.nation ?? ''}|${p.country}`;
    if (!seen.has(key)) seen.set(key, { force: p.force, nation: p.nation, country: p.country });
  }
  return [...seen.values()];
}
