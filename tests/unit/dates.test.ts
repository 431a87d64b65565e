import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  clampDay,
  dayFromIndex,
  dayIndex,
  formatDayLong,
  monthsBetween,
  parseDay,
} from '../../src/model/dates.ts';

describe('dates', () => {
  it('parses full days and months, rejects impossible dates', () => {
    expect(parseDay('2014-06-10')).toBe('2014-06-10');
    expect(parseDay('2014-06')).toBe('2014-06-01');
    expect(parseDay('2015-02-29')).toBeNull();
    expect(parseDay('2016-02-29')).toBe('2016-02-29');
    expect(parseDay('2014-13-01')).toBeNull();
    expect(parseDay('10/06/2014')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
  it('does day and month arithmetic in UTC', () => {
    expect(dayFromIndex(dayIndex('2014-06-10'))).toBe('2014-06-10');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2014-12-31', 1)).toBe('2015-01-01');
    expect(addMonths('2015-01-31', 1)).toBe('2015-02-28');
    expect(addMonths('2015-01-15', -1)).toBe('2014-12-15');
    expect(addMonths('2014-11-01', 14)).toBe('2016-01-01');
  });
  it('formats and clamps', () => {
    expect(formatDayLong('2014-06-10')).toBe('10 June 2014');
    expect(clampDay('2010-01-01')).toBe('2014-01-01');
    expect(clampDay('2030-01-01')).toBe('2026-12-31');
    expect(monthsBetween('2014-01-15', '2014-04-01')).toEqual(['2014-01-01', '2014-02-01', '2014-03-01', '2014-04-01']);
    expect(monthsBetween('2014-01-01', '2026-12-31')).toHaveLength(156);
  });
});
