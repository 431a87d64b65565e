import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/model/i18n/index.ts';
import { en } from '../../src/model/i18n/en.ts';
import { ar } from '../../src/model/i18n/ar.ts';
import { join, resolve } from 'node:path';
import {
  formatDay,
  formatDigits,
  formatMonthOf,
  formatNumber,
  formatPercent,
  messages,
  textDirection,
} from '../../src/model/i18n/index.ts';
import { compareLines, compareSentence } from '../../src/model/compare-words.ts';
import { compareDates } from '../../src/model/compare.ts';
import { pngTextEntries } from '../../src/export/metadata.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';
import { placeLabels } from '../../src/map/place-labels.ts';
import { CONTROLLER_IDS } from '../../src/model/controllers.ts';
import { FORCE_IDS } from '../../src/model/force-kinds.ts';

// The Arabic strings load on demand in the app (their own chunk); these tests read them.
beforeAll(() => loadMessages('ar'));

type Tree = { [k: string]: unknown };

/** Every leaf of a string table: [path, value]. */
function leaves(t: unknown, path = ''): [string, unknown][] {
  if (typeof t === 'string' || typeof t === 'function') return [[path, t]];
  if (Array.isArray(t)) return t.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(t as Tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Call a message function with sample arguments of the right kinds. */
function sample(f: (...a: never[]) => unknown): unknown {
  const args = Array.from({ length: f.length }, (_, i) => (i === 1 && f.length === 2 ? '٣' : '7'));
  return (f as (...a: unknown[]) => unknown)(...args, false);
}

const ARABIC = /[\u0600-\u06ff]/;
const LATIN_WORD = /\b[A-Za-z]{3,}\b/g;
/** Names and codes Arabic text keeps in Latin letters. */
const KEPT_LATIN = new Set([
  'Natural',
  'Earth',
  'OpenStreetMap',
  'ODbL',
  'English',
  'Show',
  'the',
  'atlas',
  'in',
  'PNG',
  'GIF',
  'WebM',
  'CSV',
  'GeoJSON',
  // Technologies named in error messages, and values typed in the address (`cmp=split`).
  'WebGL',
  'WebCodecs',
  'MediaRecorder',
  'split',
  'change',
]);

describe('interface strings', () => {
  it('has every English key in Arabic, of the same kind', () => {
    const enLeaves = new Map(leaves(en));
    const arLeaves = new Map(leaves(ar));
    expect([...arLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [path, v] of enLeaves) {
      const a = arLeaves.get(path);
      expect(typeof a, path).toBe(typeof v);
      // An Arabic string may ignore an English plural flag, never take more values than English gives.
      if (typeof v === 'function') expect((a as (...x: never[]) => unknown).length, path).toBeLessThanOrEqual(v.length);
    }
  });
  it('names every controller and force in both languages', () => {
    for (const id of CONTROLLER_IDS) {
      expect(en.controllers[id].label).toBeTruthy();
      expect(ar.controllers[id].label).toMatch(ARABIC);
      expect(ar.controllers[id].short).toMatch(ARABIC);
    }
    for (const id of FORCE_IDS) expect(ar.forces[id].label).toMatch(ARABIC);
    expect(ar.controllers.isis.label).toContain('داعش');
    expect(ar.controllers.sdf.label).toContain('قوات سوريا الديمقراطية');
    expect(ar.controllers.hts.label).toContain('هيئة تحرير الشام');
    expect(ar.controllers.hts.label).toContain('جبهة النصرة');
    expect(ar.controllers.krg.label).toContain('إقليم كردستان');
  });
  it('writes Arabic in Arabic: every string has Arabic letters and no stray English words', () => {
    for (const [path, v] of leaves(ar)) {
      const text = typeof v === 'function' ? String(sample(v as (...a: never[]) => unknown)) : String(v);
      // (`quoted` and `partSep` are punctuation only: the quotation marks each script puts around a value the
      // user typed, and what separates the parts of a line.)
      const punctuation = ['quoted', 'partSep'];
      if (
        path === 'language' ||
        path === 'languageTitle' ||
        punctuation.includes(path) ||
        path.startsWith('precision.day')
      )
        continue;
      expect(text, path).toMatch(ARABIC);
      const latin = (text.match(LATIN_WORD) ?? []).filter((w) => !KEPT_LATIN.has(w));
      expect(latin, path).toEqual([]);
    }
    // The switch to the other language is written in that language.
    expect(en.language).toMatch(ARABIC);
    expect(ar.language).toBe('English');
    expect(ar.quoted('x')).toBe('«\u2068x\u2069»');
    expect(en.quoted('x')).toBe('“x”');
  });
  it('formats dates and numbers for each language', () => {
    expect(formatDay('2014-06-10', 'en')).toBe('10 June 2014');
    expect(formatDay('2014-06-10', 'ar')).toBe('١٠ حزيران ٢٠١٤');
    expect(formatMonthOf('2017-07-10', 'ar')).toBe('تموز ٢٠١٧');
    expect(formatMonthOf('2017-07-10', 'en')).toBe('July 2017');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ar')).toBe('١٬٢٣٤٬٥٦٧');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(messages('ar')).toBe(ar);
    expect(messages('en')).toBe(en);
  });
});

describe('Arabic words for comparisons, sizes and image metadata', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const data = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
  const summary = compareDates(data, '2015-06-01', '2017-12-31');
  /** Latin words in `text` that are not names or format codes Arabic keeps. */
  const english = (text: string) => (text.match(LATIN_WORD) ?? []).filter((w) => !KEPT_LATIN.has(w));

  it('says what changed between two dates in Arabic, with Arabic digits and dates', () => {
    const ar = compareSentence(summary, 3, 'ar');
    expect(ar).toMatch(/^من ١ حزيران ٢٠١٥ إلى ٣١ كانون الأول ٢٠١٧: /);
    expect(ar).toContain('صافي خسائر داعش');
    expect(ar).toContain(`عدد تغيّرات السيطرة: ${formatNumber(summary.places.length, 'ar')}`);
    expect(english(ar)).toEqual([]);
    expect(ar).not.toMatch(/[0-9]/);
    for (const line of compareLines(summary, 'ar')) {
      expect(english(line), line).toEqual([]);
      expect(line).toMatch(/كم²/);
    }
    // English keeps its wording.
    expect(compareSentence(summary, 3)).toMatch(/^From 1 June 2015 to 31 December 2017: ISIS lost [\d,]+ km² net; /);
  });
  it('writes the PNG description in the language of the export', () => {
    const desc = (lang: 'en' | 'ar', permalink: string | null) =>
      pngTextEntries({ title: 'T', day: '2015-06-01', permalink, lang }).find((e) => e.keyword === 'Description')!.text;
    const ar = desc('ar', 'https://e.org/?date=2015-06-01');
    expect(ar).toContain('١ حزيران ٢٠١٥');
    expect(english(ar)).toEqual([]);
    expect(desc('ar', null)).toContain(messages('ar').sourceLineNoLink);
    expect(desc('en', null)).toMatch(/^Map of Iraq and Syria: who held the ground on 1 June 2015 \(2015-06-01\)\./);
  });
  it('writes pixel sizes without grouping, in each language’s digits', () => {
    expect(formatDigits(8192, 'en')).toBe('8192');
    expect(formatDigits(8192, 'ar')).toBe('٨١٩٢');
    expect(formatPercent(32.785, 'ar', 2)).toMatch(/^٣٢٫٧٩٪/);
    expect(formatPercent(32.785, 'en', 1)).toBe('32.8%');
  });
});

describe('place labels in Arabic', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const places = loadTerritory(join(root, 'geodata', 'build', 'territory.json')).places;
  const labels = placeLabels(places).features.map((f) => f.properties as { id: string; name: string; name_ar: string });

  it('labels a city split into districts once, by the city’s own Arabic name', () => {
    const aleppo = labels.filter((l) => l.name === 'Aleppo');
    expect(aleppo).toHaveLength(1);
    expect(aleppo[0].name_ar).toBe('حلب');
    // A split whose districts carry their own names keeps them ("الموصل" over its two banks).
    expect(labels.find((l) => l.name === 'East Mosul')!.name_ar).toBe('الموصل\nالساحل الأيسر');
  });
  it('puts governorate seats first among places of one rank, so a neighbour never takes their room', () => {
    const order = labels.map((l) => l.name);
    for (const seat of ['Aleppo', 'Damascus', 'Baghdad', 'Basra'])
      for (const town of ['al-Bab', 'Manbij', 'Kadhimiya']) {
        if (order.includes(town))
          expect(order.indexOf(seat), `${seat} before ${town}`).toBeLessThan(order.indexOf(town));
      }
  });
});
