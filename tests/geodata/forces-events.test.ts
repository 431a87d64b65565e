import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { checkPresence, validateEventsAndChecks, validateForces } from '../../scripts/lib/validate-geodata.ts';
import { readJson } from '../../scripts/lib/geo-io.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('geodata/forces, events and checks', () => {
  it('pass every schema, source, date and coordinate check', () => {
    expect(validateForces(root)).toEqual([]);
    expect(validateEventsAndChecks(root)).toEqual([]);
  });
  it('have the coverage the atlas promises', () => {
    const sites = readJson<{ sites: unknown[] }>(join(root, 'geodata/forces/sites.json')).sites;
    const troops = readJson<{ series: { country: string }[] }>(join(root, 'geodata/forces/troops.json')).series;
    const miles = readJson<{ milestones: unknown[] }>(join(root, 'geodata/forces/milestones.json')).milestones;
    const events = readJson<{ events: { date: string }[] }>(join(root, 'geodata/events.json')).events;
    expect(sites.length).toBeGreaterThanOrEqual(25);
    expect(troops.filter((t) => t.country === 'Iraq').length).toBeGreaterThanOrEqual(10);
    expect(troops.filter((t) => t.country === 'Syria').length).toBeGreaterThanOrEqual(10);
    expect(miles.length).toBeGreaterThanOrEqual(25);
    expect(events.length).toBeGreaterThanOrEqual(80);
    const years = new Set(events.map((e) => e.date.slice(0, 4)));
    for (let y = 2014; y <= 2025; y++) expect(years.has(String(y)), `events in ${y}`).toBe(true);
  });
  it('maps at least 60 sites of foreign forces other than the US, every force with its own', () => {
    const foreign = readJson<{ sites: { force: string; presence: { from: string; to?: string; status: string }[] }[] }>(
      join(root, 'geodata/forces/foreign-sites.json'),
    ).sites;
    expect(foreign.length).toBeGreaterThanOrEqual(60);
    for (const f of ['russia', 'turkey', 'iran', 'israel', 'coalition_partner'])
      expect(foreign.filter((s) => s.force === f).length, f).toBeGreaterThanOrEqual(5);
    // Every force is on the map in the years it is known to have been there.
    const presentIn = (force: string, year: number) =>
      foreign.some(
        (s) =>
          s.force === force &&
          s.presence.some((p) => p.status !== 'struck' && p.from <= `${year}-12-31` && (p.to ?? '9999') > `${year}-01-01`),
      );
    for (let y = 2015; y <= 2025; y++) expect(presentIn('russia', y), `russia ${y}`).toBe(true);
    for (let y = 2014; y <= 2025; y++) expect(presentIn('turkey', y), `turkey ${y}`).toBe(true);
    expect(presentIn('israel', 2023)).toBe(false);
    expect(presentIn('israel', 2025)).toBe(true);
  });
  it('gives foreign troop figures and milestones a force', () => {
    const troops = readJson<{ series: { force?: string }[] }>(join(root, 'geodata/forces/troops.json')).series;
    const miles = readJson<{ milestones: { force?: string }[] }>(join(root, 'geodata/forces/milestones.json')).milestones;
    for (const f of ['russia', 'turkey', 'coalition_partner'])
      expect(troops.filter((t) => t.force === f).length, f).toBeGreaterThanOrEqual(2);
    for (const f of ['russia', 'turkey', 'israel', 'iran'])
      expect(miles.filter((m) => m.force === f).length, f).toBeGreaterThanOrEqual(1);
  });
});

describe('the presence audit', () => {
  const table = { s: { title: 'A report', publisher: 'Wire', date: '2020-01-01' } };
  it('refuses overlapping periods, lasting marks, empty periods and unknown statuses', () => {
    const bad = checkPresence(
      'x',
      [
        { from: '2016-01-01', to: '2018-01-01', status: 'active', source: 's' },
        { from: '2017-06-01', to: '2019-01-01', status: 'reduced', source: 's' },
        { from: '2017-07-01', to: '2017-08-01', status: 'struck', source: 's' },
        { from: '2020-01-01', to: '2020-01-01', status: 'active', source: 's' },
        { from: '2021-01-01', status: 'gone', source: 's' },
        { from: '2022-01-01', to: '2021-01-01', status: 'active', source: 'nope' },
      ],
      table,
    );
    expect(bad.join('\n')).toMatch(/2017-06-01: overlaps/);
    expect(bad.join('\n')).toMatch(/struck mark has no length/);
    expect(bad.join('\n')).toMatch(/2020-01-01: a period of presence must last/);
    expect(bad.join('\n')).toMatch(/unknown status/);
    expect(bad.join('\n')).toMatch(/ends before it starts/);
    expect(bad.join('\n')).toMatch(/source nope is not defined/);
  });
  it('accepts ordered periods with marks among them', () => {
    expect(
      checkPresence(
        'x',
        [
          { from: '2016-01-01', to: '2018-01-01', status: 'active', source: 's' },
          { from: '2017-01-01', to: '2017-01-01', status: 'struck', source: 's' },
          { from: '2018-01-01', status: 'reduced', source: 's' },
        ],
        table,
      ),
    ).toEqual([]);
  });
});
