import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBasemap } from '../../scripts/build-basemap.ts';
import { buildTerritory } from '../../scripts/build-territory.ts';
import { buildFacts } from '../../scripts/build-facts.ts';
import { buildRivers, hasGmt } from '../../scripts/build-rivers.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('derived data in geodata/build', () => {
  it('is byte-identical to a fresh build from its inputs (run `npm run build:data` after editing geodata)', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-build-'));
    try {
      for (const f of buildBasemap(root, out)) {
        const name = f.slice(out.length + 1);
        expect(readFileSync(f).equals(readFileSync(join(root, 'geodata', 'build', name))), `${name} is stale`).toBe(true);
      }
      for (const f of buildFacts(root, out)) {
        const name = f.slice(out.length + 1);
        expect(readFileSync(f).equals(readFileSync(join(root, 'geodata', 'build', name))), `${name} is stale`).toBe(true);
      }
      const t = buildTerritory(root, out);
      expect(readFileSync(t).equals(readFileSync(join(root, 'geodata', 'build', 'territory.json'))), 'territory.json is stale').toBe(true);
      const details = join(out, 'territory-details.json');
      expect(
        readFileSync(details).equals(readFileSync(join(root, 'geodata', 'build', 'territory-details.json'))),
        'territory-details.json is stale',
      ).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  // The river lines come from Debian's GMT and GSHHG packages, which .ci/run installs.
  it.skipIf(!hasGmt())('rivers-wdbii.json is byte-identical to a fresh dump from GSHHG (run `npx tsx scripts/build-rivers.ts`)', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-rivers-'));
    try {
      const f = buildRivers(out);
      expect(readFileSync(f).equals(readFileSync(join(root, 'geodata', 'basemap', 'rivers-wdbii.json')))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
