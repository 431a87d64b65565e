/**
 * Every rule of the geodata schemas and of the user-overlay reader has a fixture under
 * tests/fixtures/invalid/ that breaks it and nothing else: the valid record passes, the broken one
 * fails with the rule's own message, so a rule that stopped working would be caught.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GenericSchema } from 'valibot';
import * as schemas from '../../src/model/geodata-schema.ts';
import { parseUserDataSync } from '../../src/model/parse-user-data.ts';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'invalid');

interface SchemaFixture {
  schema: string;
  rule: string;
  expect: string;
  valid: unknown;
  invalid: unknown;
}

describe('geodata schema rules, each broken by a fixture', () => {
  const dir = join(fixtures, 'geodata');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has fixtures for every record schema', () => {
    const used = new Set(files.map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemaFixture).schema));
    for (const name of [
      'SourceSchema',
      'ControlEntrySchema',
      'PlaceSchema',
      'PresenceSchema',
      'SiteSchema',
      'ForeignSiteSchema',
      'TroopFigureSchema',
      'MilestoneSchema',
      'PlanPhaseSchema',
      'EventSchema',
      'RoadSchema',
      'BarrierSchema',
      'PublishedShareSchema',
      'TerritoryModelSchema',
      'PopulationFigureSchema',
      'PopulationGroupSchema',
      'CountryPopulationSchema',
      'PopulationFileSchema',
      'PublishedPopulationSchema',
      'TownCheckSchema',
      'RiverBankChecksSchema',
      'SourceMixEntrySchema',
      'SourceMixBaselineSchema',
    ])
      expect(used, name).toContain(name);
  });
  for (const f of files) {
    const fx = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemaFixture;
    it(`${f}: ${fx.rule}`, () => {
      const schema = (schemas as unknown as Record<string, GenericSchema>)[fx.schema];
      expect(schema, fx.schema).toBeDefined();
      expect(schemas.schemaProblems(schema, fx.valid, 'valid')).toEqual([]);
      const problems = schemas.schemaProblems(schema, fx.invalid, 'invalid');
      expect(problems.length, `${f} should fail`).toBeGreaterThan(0);
      expect(problems.join('\n')).toContain(fx.expect);
    });
  }
});

describe('user overlay rules, each broken by a fixture', () => {
  const dir = join(fixtures, 'overlays');
  const expected = JSON.parse(readFileSync(join(dir, 'expected-errors.json'), 'utf8')) as Record<string, string>;
  it('has an expected error for every fixture file', () => {
    const files = readdirSync(dir).filter((f) => f !== 'expected-errors.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [file, message] of Object.entries(expected)) {
    it(`${file} is refused: ${message}`, () => {
      const r = parseUserDataSync(readFileSync(join(dir, file), 'utf8'), file);
      expect('error' in r ? r.error('en') : `accepted: ${JSON.stringify(r)}`).toContain(message);
    });
  }
});
