import { describe, expect, it } from 'vitest';
import { formatCompareParams, parseCompareParams } from '../../src/state/compare.ts';
import { parseSnapshotArgs, UsageError } from '../../scripts/snapshot.ts';
import { citationBibtex, citationCsl, citationText } from '../../src/model/citation.ts';
import { loadMessages } from '../../src/model/i18n/index.ts';

describe('compare parameters in the address', () => {
  it('reads compare, cmp and embed, and writes them back', () => {
    const { params, notices } = parseCompareParams('?date=2017-12-31&compare=2015-06-01&cmp=change&embed=1');
    expect(params).toEqual({ compare: '2015-06-01', layout: 'change', embed: true });
    expect(notices).toEqual([]);
    expect(formatCompareParams(params)).toBe('&compare=2015-06-01&cmp=change&embed=1');
    expect(formatCompareParams({ layout: 'change' })).toBe('');
  });
  it('explains a bad compare date or layout and clamps to the atlas’s years', () => {
    const bad = parseCompareParams('?compare=2015-02-30&cmp=sideways');
    expect(bad.params).toEqual({});
    expect(bad.notices.map((n) => n('en'))).toEqual([
      'The compare date “2015-02-30” is not a calendar date (use YYYY-MM-DD).',
      'The compare view “sideways” is not known (use split or change).',
    ]);
    expect(parseCompareParams('?compare=2010-01-01').params.compare).toBe('2014-01-01');
    expect(parseCompareParams(`?compare=${'9'.repeat(5000)}`).notices).toHaveLength(1);
  });
});

describe('snapshot --compare', () => {
  it('opens the atlas in compare mode for an image', () => {
    const job = parseSnapshotArgs(['--date', '2017-12-31', '--compare', '2015-06-01', '--out', 'x.png']);
    expect(job.query).toContain('date=2017-12-31');
    expect(job.query).toContain('compare=2015-06-01');
  });
  it('refuses a bad date or a range', () => {
    expect(() => parseSnapshotArgs(['--date', '2017-12-31', '--compare', 'soon', '--out', 'x.png'])).toThrow(
      UsageError,
    );
    expect(() =>
      parseSnapshotArgs([
        '--from',
        '2015-01-01',
        '--to',
        '2016-01-01',
        '--every',
        '1m',
        '--gif',
        'a.gif',
        '--compare',
        '2014-01-01',
      ]),
    ).toThrow(/--compare goes with --date/);
  });
});

describe('citations', () => {
  const c = {
    title: 'Iraq and Syria: who held the ground, 1 June 2015',
    day: '2015-06-01',
    compare: null,
    version: '0.1.0',
    dataAsOf: '2026-02-12',
    permalink: 'https://example.org/atlas/?date=2015-06-01&center=41.2,34.6&zoom=5.6',
    accessed: '2026-12-01',
  };
  it('names the title, date shown, data version, permalink and access date in each form', () => {
    const text = citationText(c);
    for (const part of [
      c.title,
      '1 June 2015',
      'version 0.1.0',
      'data as of 2026-02-12',
      c.permalink,
      '1 December 2026',
    ])
      expect(text).toContain(part);
    const bib = citationBibtex(c);
    expect(bib).toMatch(/^@misc\{iraqsyriaatlas20150601,\n/);
    expect(bib).toContain('urldate = {2026-12-01}');
    expect(bib).toContain(`url = {${c.permalink}}`);
    expect(bib).toContain('Iraq \\& Syria');
    const csl = citationCsl(c);
    expect(csl).toMatchObject({ type: 'map', title: c.title, URL: c.permalink, version: '0.1.0' });
    expect(csl.accessed).toEqual({ 'date-parts': [[2026, 12, 1]] });
  });
  it('names both dates when comparing', () => {
    expect(citationText({ ...c, compare: '2014-06-01' })).toContain('1 June 2014 compared with 1 June 2015');
  });
  it('writes the plain-text citation in Arabic for an Arabic reader', async () => {
    await loadMessages('ar');
    const text = citationText({ ...c, title: 'العراق وسوريا: من يسيطر على الأرض، ١ حزيران ٢٠١٥' }, 'ar');
    for (const part of [
      '«العراق وسوريا: من يسيطر على الأرض، ١ حزيران ٢٠١٥»',
      '[خريطة؛ ١ حزيران ٢٠١٥]',
      'الإصدار',
      c.permalink,
    ])
      expect(text).toContain(part);
    expect(text).toContain('تاريخ الاطلاع: ١ كانون الأول ٢٠٢٦');
    expect(text).not.toMatch(/\b(version|accessed|map)\b/);
  });
});
