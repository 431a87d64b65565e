import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { calibrationRows, errorSummary, type PublishedSharesFile } from '../../src/model/calibration.ts';
import { isControllerId } from '../../src/model/controllers.ts';
import { parseDay } from '../../src/model/dates.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
const file = readJson<PublishedSharesFile>(join(root, 'geodata', 'published-shares.json'));

describe('published shares (geodata/published-shares.json)', () => {
  it('holds at least 30 dated figures from at least three publishers, each with its sources', () => {
    expect(file.figures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(file.figures.map((f) => f.publisher)).size).toBeGreaterThanOrEqual(3);
    for (const f of file.figures) {
      expect(parseDay(f.date), f.date).toBe(f.date);
      expect(['SY', 'IQ']).toContain(f.country);
      expect(f.controllers.length).toBeGreaterThan(0);
      for (const c of f.controllers) expect(isControllerId(c), c).toBe(true);
      expect(typeof f.percent === 'number' || typeof f.area_km2 === 'number').toBe(true);
      expect(['whole', 'populated', 'unknown']).toContain(f.measure);
      expect(f.source.length).toBeGreaterThan(0);
      for (const s of f.source) expect(file.sources[s], `${f.date} ${s}`).toBeDefined();
    }
    for (const [id, s] of Object.entries(file.sources)) {
      expect(s.title, id).toBeTruthy();
      expect(s.publisher, id).toBeTruthy();
    }
  });
});

// The tolerance stated in geodata/README.md ("Calibration"): across all published figures the median
// absolute error is at most 2 percentage points and at least 90% of figures are within 5 points.
describe('computed shares against the published ones', () => {
  const rows = calibrationRows(territory, file);
  it('meets the stated tolerance over all figures', () => {
    const s = errorSummary(rows, 5);
    expect(s.n).toBeGreaterThanOrEqual(30);
    expect(s.median).toBeLessThanOrEqual(2);
    expect(s.withinShare).toBeGreaterThanOrEqual(0.9);
  });
  it('meets it for Syria alone and for Jusoor, the largest series, alone', () => {
    for (const pick of [
      (r: (typeof rows)[number]) => r.figure.country === 'SY',
      (r: (typeof rows)[number]) => r.figure.publisher === 'Jusoor for Studies',
    ]) {
      const s = errorSummary(rows.filter(pick), 5);
      expect(s.median).toBeLessThanOrEqual(2);
      expect(s.withinShare).toBeGreaterThanOrEqual(0.9);
    }
  });
});
