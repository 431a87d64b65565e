import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBasemap } from '../../scripts/build-basemap.ts';
import { buildTerritory } from '../../scripts/build-territory.ts';
import { buildFacts } from '../../scripts/build-facts.ts';

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
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
