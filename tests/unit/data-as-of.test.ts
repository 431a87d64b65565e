import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DATA_AS_OF, isStale, staleWords } from '../../src/model/data-as-of.ts';
import { addDays } from '../../src/model/dates.ts';
import { captionLines, DEFAULT_FURNITURE, type FurnitureContent } from '../../src/export/furniture.ts';

const root = resolve(import.meta.dirname, '..', '..');
const query = (...args: string[]) =>
  JSON.parse(
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', ...args], { cwd: root, encoding: 'utf8' })
      .stdout,
  ) as Record<string, unknown>;

describe('data as of', () => {
  const after = addDays(DATA_AS_OF, 1);
  it('calls only the days after the check date stale', () => {
    expect(isStale(DATA_AS_OF)).toBe(false);
    expect(isStale(after)).toBe(true);
    expect(staleWords(after)).toMatch(/last known state/);
  });

  it('is in every CLI answer, with stale only for dates after it', () => {
    const before = query('share', '--date', DATA_AS_OF, '--country', 'SY');
    expect(before).toMatchObject({ data_as_of: DATA_AS_OF, stale: false });
    expect(query('troops', '--date', after)).toMatchObject({ data_as_of: DATA_AS_OF, stale: true });
    expect(query('control', '--date', after, '--at', '43.13,36.34')).toMatchObject({ stale: true });
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
