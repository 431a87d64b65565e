/**
 * The on-disk form of the forces and the events, two files each (written by scripts/build-facts.ts):
 * - forces.json / events.json: what the first view needs — places, dates, statuses, counts, titles;
 * - forces-details.json / events-details.json: what a reader asks for after — roles, texts, notes,
 *   the source ids of every record and the sources table — loaded once the map is drawn and merged
 *   in by {@link mergeForcesDetails} / {@link mergeEventsDetails}.
 * Until the merge, the first-view records carry empty texts and source lists (the cards say the
 * sources are loading meanwhile).
 */
import type { ForcesData, Milestone, PlanPhase, Presence, Site, TroopPoint } from './forces.ts';
import type { EventsData, WarEvent } from './events.ts';
import type { SourceTable } from './sources.ts';

type SiteDetail = Pick<Site, 'role' | 'source'> & { presence: Pick<Presence, 'forces' | 'note' | 'source'>[] };
type TroopDetail = Pick<TroopPoint, 'note' | 'increase' | 'source'>;
type MilestoneDetail = Pick<Milestone, 'text' | 'source' | 'note'>;
type PhaseDetail = Pick<PlanPhase, 'note' | 'source'>;
type EventDetail = Pick<WarEvent, 'text' | 'source'>;

/** forces-details.json: per record (same order as forces.json), its texts and source ids; and the sources table. */
export interface ForcesDetailsFile {
  sites: SiteDetail[];
  troops: TroopDetail[];
  milestones: MilestoneDetail[];
  phases: PhaseDetail[];
  sources: SourceTable;
}

/** events-details.json: per event (same order as events.json), its text and source ids; and the sources table. */
export interface EventsDetailsFile {
  events: EventDetail[];
  sources: SourceTable;
}

/** forces.json as the first view reads it: the records without their detail fields. */
export interface SlimForcesFile {
  sites: (Omit<Site, 'role' | 'source' | 'presence'> & { presence: Omit<Presence, 'forces' | 'note' | 'source'>[] })[];
  troops: Omit<TroopPoint, 'note' | 'increase' | 'source'>[];
  milestones: Omit<Milestone, 'text' | 'source' | 'note'>[];
  phases: Omit<PlanPhase, 'note' | 'source'>[];
}

/** events.json as the first view reads it. */
export interface SlimEventsFile {
  events: Omit<WarEvent, 'text' | 'source'>[];
}

/** Only the keys of `o` whose value is defined (so JSON output carries no `"note": undefined`). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Split the full forces into the two files' shapes. */
export function splitForces(f: ForcesData): { first: SlimForcesFile; details: ForcesDetailsFile } {
  const first: SlimForcesFile = {
    sites: f.sites.map(({ role: _r, source: _s, presence, ...rest }) => ({
      ...rest,
      presence: presence.map(({ forces: _f, note: _n, source: _ps, ...p }) => p),
    })),
    troops: f.troops.map(({ note: _n, increase: _i, source: _s, ...rest }) => rest),
    milestones: f.milestones.map(({ text: _t, source: _s, note: _n, ...rest }) => rest),
    phases: f.phases.map(({ note: _n, source: _s, ...rest }) => rest),
  };
  const details: ForcesDetailsFile = {
    sites: f.sites.map((s) => ({
      role: s.role,
      source: s.source,
      presence: s.presence.map((p) => defined({ forces: p.forces, note: p.note, source: p.source })),
    })),
    troops: f.troops.map((t) => defined({ note: t.note, increase: t.increase, source: t.source })),
    milestones: f.milestones.map((m) => defined({ text: m.text, source: m.source, note: m.note })),
    phases: f.phases.map((p) => defined({ note: p.note, source: p.source })),
    sources: f.sources,
  };
  return { first, details };
}

/** The first-view forces as the model's shape: empty roles, texts and source lists until {@link mergeForcesDetails}. */
export function expandForces(file: SlimForcesFile): ForcesData {
  return {
    sites: file.sites.map((s) => ({
      ...s,
      role: '',
      source: [],
      presence: s.presence.map((p) => ({ ...p, source: [] })),
    })),
    troops: file.troops.map((t) => ({ ...t, source: [] })),
    milestones: file.milestones.map((m) => ({ ...m, text: '', source: [] })),
    phases: file.phases.map((p) => ({ ...p, source: [] })),
    sources: {},
  };
}

/** Throw unless `details` has one entry per record, so a stale cache cannot mix two builds silently. */
function sameLength(what: string, records: readonly unknown[], details: readonly unknown[]): void {
  if (records.length !== details.length) throw new Error(`${what} details do not match the ${what}`);
}

/** Fill in the texts, notes and sources of `data` from the details file, in place. */
export function mergeForcesDetails(data: ForcesData, d: ForcesDetailsFile): void {
  sameLength('sites', data.sites, d.sites);
  sameLength('troops', data.troops, d.troops);
  sameLength('milestones', data.milestones, d.milestones);
  sameLength('phases', data.phases, d.phases);
  data.sites.forEach((s, i) => {
    const sd = d.sites[i];
    if (sd.presence.length !== s.presence.length) throw new Error(`site details do not match the sites at ${s.id}`);
    s.role = sd.role;
    s.source = sd.source;
    s.presence.forEach((p, k) => Object.assign(p, sd.presence[k]));
  });
  data.troops.forEach((t, i) => Object.assign(t, d.troops[i]));
  data.milestones.forEach((m, i) => Object.assign(m, d.milestones[i]));
  data.phases.forEach((p, i) => Object.assign(p, d.phases[i]));
  data.sources = d.sources;
}

/** Split the full events into the two files' shapes. */
export function splitEvents(e: EventsData): { first: SlimEventsFile; details: EventsDetailsFile } {
  return {
    first: { events: e.events.map(({ text: _t, source: _s, ...rest }) => rest) },
    details: { events: e.events.map((ev) => ({ text: ev.text, source: ev.source })), sources: e.sources },
  };
}

/** The first-view events as the model's shape: empty texts and source lists until {@link mergeEventsDetails}. */
export function expandEvents(file: SlimEventsFile): EventsData {
  return { events: file.events.map((ev) => ({ ...ev, text: '', source: [] })), sources: {} };
}

/** Fill in the texts and sources of `data` from the details file, in place. */
export function mergeEventsDetails(data: EventsData, d: EventsDetailsFile): void {
  sameLength('events', data.events, d.events);
  data.events.forEach((ev, i) => Object.assign(ev, d.events[i]));
  data.sources = d.sources;
}
