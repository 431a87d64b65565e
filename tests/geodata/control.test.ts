import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { validateControl } from '../../scripts/lib/validate-geodata.ts';
import { readControlFiles } from '../../scripts/lib/control-data.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('geodata/control', () => {
  it('has at least 300 places across Iraq and Syria', () => {
    const places = readControlFiles(root).flatMap((f) => f.data.places);
    expect(places.filter((p) => p.country === 'IQ').length).toBeGreaterThan(100);
    expect(places.filter((p) => p.country === 'SY').length).toBeGreaterThan(100);
    expect(places.length).toBeGreaterThanOrEqual(300);
  });

  it('passes every schema, source, date and coordinate check', () => {
    expect(validateControl(root)).toEqual([]);
  });
});
