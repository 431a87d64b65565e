import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { validateSchemas } from '../../scripts/lib/validate-geodata.ts';

describe('geodata schemas', () => {
  it('every hand-written geodata file satisfies its schema', () => {
    expect(validateSchemas(resolve(import.meta.dirname, '..', '..'))).toEqual([]);
  });
});
