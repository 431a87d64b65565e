import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { validateEventsAndChecks, validateForces } from '../../scripts/lib/validate-geodata.ts';
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
});
