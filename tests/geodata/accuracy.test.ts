import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { areaByController, cellAt, periodAt } from '../../src/model/territory.ts';
import { decodeTerritory, type TerritoryFile } from '../../src/model/territory-file.ts';

const root = resolve(import.meta.dirname, '..', '..');
const territory = decodeTerritory(readJson<TerritoryFile>(join(root, 'geodata', 'build', 'territory.json')));

interface Estimate {
  date: string;
  area_km2?: number;
  scope: string;
  estimator: string;
}
interface Check {
  town: string;
  lon: number;
  lat: number;
  date: string;
  controller: string;
}

describe('accuracy against published sources', () => {
  const estimates = readJson<{ estimates: Estimate[] }>(join(root, 'geodata', 'area-estimates.json')).estimates;
  const series = estimates.filter((e) => e.scope === 'iraq+syria' && e.area_km2 !== undefined && e.area_km2 > 0);

  it('has the published area series to compare with', () => {
    expect(series.length).toBeGreaterThanOrEqual(6);
  });

  it.each(series.map((e) => [e.date, e.area_km2!, e.estimator] as const))(
    'ISIS-held area on %s is within ±25%% of the published %d km² (%s)',
    (date, published) => {
      const computed = areaByController(territory, date).isis;
      expect(Math.abs(computed / published - 1)).toBeLessThanOrEqual(0.25);
    },
  );

  it('shows no ISIS territory after the fall of Baghuz (23 March 2019)', () => {
    for (const d of ['2019-03-23', '2020-01-01', '2024-12-31', '2026-06-01']) expect(areaByController(territory, d).isis).toBe(0);
  });

  const checks = readJson<{ checks: Check[] }>(join(root, 'geodata', 'checks', 'town-control.json')).checks;
  it.each(checks.map((c) => [c.town, c.date, c.controller, c.lon, c.lat] as const))(
    '%s on %s is held by %s',
    (_town, date, controller, lon, lat) => {
      const hit = cellAt(territory, lon, lat);
      expect(hit ? periodAt(hit.place, date)?.controller : 'none').toBe(controller);
    },
  );
});
