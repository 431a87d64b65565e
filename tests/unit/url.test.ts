import { describe, expect, it } from 'vitest';
import { formatUrlView, parseUrlView } from '../../src/state/url.ts';

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
    expect(r.notices.join(' ')).toContain('“nope”');
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
