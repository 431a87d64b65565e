import { describe, expect, it } from 'vitest';
import { formatUrlView, parseUrlView } from '../../src/state/url.ts';
import { loadMessages } from '../../src/model/i18n/index.ts';

describe('URL view', () => {
  it('reads a full view', () => {
    const { view, notices } = parseUrlView('?date=2015-06-01&center=43.1,36.3&zoom=7&layers=territory,labels&lang=ar');
    expect(view).toEqual({
      date: '2015-06-01',
      center: [43.1, 36.3],
      zoom: 7,
      layers: ['territory', 'labels'],
      lang: 'ar',
    });
    expect(notices).toEqual([]);
  });
  it('accepts YYYY-MM and clamps dates and zooms out of range with a notice', () => {
    expect(parseUrlView('?date=2017-10').view.date).toBe('2017-10-01');
    const r = parseUrlView('?date=2030-01-01&zoom=40');
    expect(r.view.date).toBe('2026-12-31');
    expect(r.view.zoom).toBe(12);
    expect(r.notices).toHaveLength(2);
    expect(r.notices.map((n) => n('en'))).toEqual([
      'The atlas covers 2014-01-01 to 2026-12-31; 2030-01-01 was moved to 2026-12-31.',
      'Zoom 40 is outside 3.5–12; 12 is used.',
    ]);
  });
  it('writes its notices in the reader’s language, numbers in Arabic-Indic digits', async () => {
    await loadMessages('ar');
    // (Values typed in the address are isolated from the Arabic around them: U+2066–U+2069.)
    const [moved, zoomed] = parseUrlView('?date=2030-01-01&zoom=40').notices.map((n) =>
      n('ar').replace(/[\u2066-\u2069]/g, ''),
    );
    expect(moved).toBe('يغطي الأطلس المدة من 2014-01-01 إلى 2026-12-31؛ فنُقل 2030-01-01 إلى 2026-12-31.');
    expect(zoomed).toContain('٤٠');
    expect(zoomed).toContain('٣٫٥');
    const [repeated] = parseUrlView('?zoom=5&zoom=6').notices.map((n) => n('ar'));
    expect(repeated).toContain('«\u2068zoom\u2069»');
    expect(repeated).toContain('(٢)');
  });
  it('ignores nonsense, duplicates and huge values with notices, never throwing', () => {
    const r = parseUrlView(
      `?date=nope&date=2015-01-01&zoom=NaN&center=1e400,2&layers=<script>&lang=xx&center=${'9'.repeat(500)}`,
    );
    expect(r.view.date).toBeUndefined();
    expect(r.view.zoom).toBeUndefined();
    expect(r.view.center).toBeUndefined();
    expect(r.view.layers).toEqual([]);
    expect(r.notices.length).toBeGreaterThanOrEqual(5);
    expect(r.notices.map((n) => n('en')).join(' ')).toContain('“nope”');
  });
  it('round-trips a complete view', () => {
    const q = formatUrlView({
      date: '2016-03-05',
      center: [43.123456, 36.3],
      zoom: 7.456,
      layers: ['territory', 'fronts'],
      lang: 'en',
    });
    expect(q).toBe('?date=2016-03-05&center=43.1235,36.3000&zoom=7.46&layers=territory,fronts');
    expect(parseUrlView(q).view).toEqual({
      date: '2016-03-05',
      center: [43.1235, 36.3],
      zoom: 7.46,
      layers: ['territory', 'fronts'],
    });
  });
});
