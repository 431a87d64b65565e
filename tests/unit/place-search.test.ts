import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/model/names.ts';

describe('place-name folding for search', () => {
  it('ignores case, diacritics, the al- article and punctuation', () => {
    expect(foldName('Al-Qāʾim')).toBe(foldName('qaim'));
    expect(foldName('Deir ez-Zor')).toBe('deir ez zor');
    expect(foldName('al-Hasakah')).toBe('hasakah');
    expect(foldName('  MOSUL ')).toBe('mosul');
    expect(foldName('الموصل')).toBe('الموصل');
  });
});
