import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  expandEvents,
  expandForces,
  mergeEventsDetails,
  mergeForcesDetails,
  splitEvents,
  splitForces,
  type EventsDetailsFile,
  type ForcesDetailsFile,
  type SlimEventsFile,
  type SlimForcesFile,
} from '../../src/model/facts-file.ts';

const build = join(resolve(import.meta.dirname, '../..'), 'geodata', 'build');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(build, f), 'utf8')) as T;

describe('forces and events in two files each (first view, details after)', () => {
  it('leaves texts and sources out of the first-view files and merges them back whole', () => {
    const first = read<SlimForcesFile>('forces.json');
    const details = read<ForcesDetailsFile>('forces-details.json');
    expect(JSON.stringify(first)).not.toMatch(/"(role|note|increase|source|sources)":/);
    const f = expandForces(first);
    const asad = () => f.sites.find((s) => s.id === 'ain-al-asad')!;
    expect(asad().role).toBe('');
    expect(asad().presence[0].source).toEqual([]);
    mergeForcesDetails(f, details);
    expect(asad().role).toMatch(/air base/i);
    expect(asad().presence[0].source.length).toBeGreaterThan(0);
    for (const id of asad().presence[0].source) expect(f.sources[id]?.title).toBeTruthy();
    // Splitting the merged data again gives back the two files exactly.
    const again = splitForces(f);
    expect(again.first).toEqual(first);
    expect(again.details).toEqual(details);
  });

  it('does the same for the events', () => {
    const first = read<SlimEventsFile>('events.json');
    const details = read<EventsDetailsFile>('events-details.json');
    const e = expandEvents(first);
    const tikrit = () => e.events.find((ev) => ev.id === '2014-06-11-tikrit-falls')!;
    expect(tikrit().text).toBe('');
    mergeEventsDetails(e, details);
    expect(tikrit().text).toMatch(/Tikrit/);
    expect(tikrit().source.every((id) => e.sources[id])).toBe(true);
    const again = splitEvents(e);
    expect(again.first).toEqual(first);
    expect(again.details).toEqual(details);
  });

  it('refuses details that belong to another build', () => {
    const f = expandForces(read<SlimForcesFile>('forces.json'));
    const details = read<ForcesDetailsFile>('forces-details.json');
    expect(() => mergeForcesDetails(f, { ...details, sites: details.sites.slice(1) })).toThrow(/do not match/);
    const e = expandEvents(read<SlimEventsFile>('events.json'));
    const ed = read<EventsDetailsFile>('events-details.json');
    expect(() => mergeEventsDetails(e, { ...ed, events: ed.events.slice(0, -1) })).toThrow(/do not match/);
  });
});
