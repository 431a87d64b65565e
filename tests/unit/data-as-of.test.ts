import { describe, expect, it } from 'vitest';
import { DATA_AS_OF, isStale, staleWords } from '../../src/model/data-as-of.ts';
import { addDays } from '../../src/model/dates.ts';
import { runQuery } from '../helpers/query-cli.ts';
import { captionLines, DEFAULT_FURNITURE, type FurnitureContent } from '../../src/export/furniture.ts';

const query = async (...args: string[]) => JSON.parse((await runQuery(args)).stdout) as Record<string, unknown>;

describe('data as of', () => {
  const after = addDays(DATA_AS_OF, 1);
  it('calls only the days after the check date stale', () => {
    expect(isStale(DATA_AS_OF)).toBe(false);
    expect(isStale(after)).toBe(true);
    expect(staleWords(after)).toMatch(/last known state/);
  });

  it('is in every CLI answer, with stale only for dates after it', async () => {
    const before = await query('share', '--date', DATA_AS_OF, '--country', 'SY');
    expect(before).toMatchObject({ data_as_of: DATA_AS_OF, stale: false });
    expect(await query('troops', '--date', after)).toMatchObject({ data_as_of: DATA_AS_OF, stale: true });
    expect(await query('control', '--date', after, '--at', '43.13,36.34')).toMatchObject({ stale: true });
  });

  it('is in the export caption, which says when the map date is after it', () => {
    const c: FurnitureContent = {
      title: 't',
      dateWords: 'x',
      legend: [],
      scaleBar: null,
      permalink: 'http://h/',
      asOf: { words: 'Data as of 30 November 2026', stale: false },
    };
    expect(captionLines(DEFAULT_FURNITURE, c)[0]).toContain('Data as of 30 November 2026');
    expect(captionLines(DEFAULT_FURNITURE, c)[0]).not.toContain('last known state');
    expect(captionLines(DEFAULT_FURNITURE, { ...c, asOf: { words: 'w', stale: true } })[0]).toContain(
      'last known state',
    );
  });
});
