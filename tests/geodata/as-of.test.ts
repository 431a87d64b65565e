import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_AS_OF, DATA_CHECKED } from '../../src/model/data-as-of.ts';
import { parseDay } from '../../src/model/dates.ts';

const geodata = resolve(import.meta.dirname, '..', '..', 'geodata');

/**
 * Every `from` or `date` value (a dated fact or a source's publication date) in a JSON tree, with its path.
 * Planned troop levels are skipped: their date is an announced target, not a fact of that day.
 */
function datedValues(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(node)) node.forEach((v, i) => datedValues(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object' && (node as { kind?: unknown }).kind === 'planned') return out;
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'from' || k === 'date') && typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)) out.push([`${path}.${k}`, v]);
      else datedValues(v, `${path}.${k}`, out);
    }
  return out;
}

describe('geodata/meta.json data_as_of', () => {
  it('is a real day, and no fact or source in geodata is dated after it', () => {
    expect(parseDay(DATA_AS_OF)).toBe(DATA_AS_OF);
    expect(parseDay(DATA_CHECKED)).toBe(DATA_CHECKED);
    expect(DATA_CHECKED >= DATA_AS_OF).toBe(true);
    const files = [
      ...readdirSync(join(geodata, 'control')).map((f) => join('control', f)),
      ...readdirSync(join(geodata, 'forces')).map((f) => join('forces', f)),
      'events.json',
    ].filter((f) => f.endsWith('.json'));
    const late = files.flatMap((f) =>
      datedValues(JSON.parse(readFileSync(join(geodata, f), 'utf8')), f, []).filter(([, d]) => d > DATA_AS_OF),
    );
    expect(late).toEqual([]);
  });
});
