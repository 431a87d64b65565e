/**
 * The interface's languages: one string table per language (en.ts, ar.ts) and the number and date
 * formats their readers expect. English is the default; Arabic is written right to left.
 */
import { formatDayLong, formatMonth, type IsoDay } from '../dates.ts';
import { en, type Messages } from './en.ts';

export type { Messages } from './en.ts';

/** The interface languages. */
export type Lang = 'en' | 'ar';

/**
 * A text that is written in whichever language the reader has chosen when it is shown (a notice
 * raised before a language switch reads in the new language afterwards).
 */
export type Localized = (lang: Lang) => string;

/** A {@link Localized} text picked from the string tables: `localized((m) => m.someNotice)`. */
export function localized(pick: (m: Messages, lang: Lang) => string): Localized {
  return (lang) => pick(messages(lang), lang);
}

/** `text` in `lang`: plain strings (messages from the browser or the system) are shown as they are. */
export function localize(text: string | Localized, lang: Lang): string {
  return typeof text === 'function' ? text(lang) : text;
}

/**
 * An error whose message is a {@link Localized} text: `message` is the English (for logs and the
 * command-line tools), `text` gives it in the reader's language.
 */
export class LocalizedError extends Error {
  constructor(
    readonly text: Localized,
    name = 'Error',
  ) {
    super(text('en'));
    this.name = name;
  }
}

/** The loaded string tables: English is built in; Arabic is a chunk of its own, loaded when first chosen. */
const TABLES: Partial<Record<Lang, Messages>> = { en };

/** Load the strings of `lang` (a no-op once loaded); rejects when the file cannot be fetched. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (!TABLES[lang] && lang === 'ar') TABLES.ar = (await import('./ar.ts')).ar;
}

/** True when the strings of `lang` are loaded ({@link messages} would otherwise give English). */
export function hasMessages(lang: Lang): boolean {
  return TABLES[lang] !== undefined;
}

/**
 * The locale each language formats with. Arabic uses Iraq's conventions: Arabic-Indic digits and
 * the month names used in Iraq and Syria (حزيران, not يونيو).
 */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-IQ' };

/** The strings of `lang`, once loaded ({@link loadMessages}); English until then. */
export function messages(lang: Lang): Messages {
  return TABLES[lang] ?? en;
}

/** The writing direction of `lang`. */
export function textDirection(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `n` with the digits and separators of `lang` (at most `digits` decimals, default 0). */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits })));
  return f.format(n);
}

/** `n` with exactly `digits` decimals in the digits of `lang` ("1.10", "١٫١٠"). */
export function formatDecimal(n: number, lang: Lang, digits: number): string {
  const key = `${lang}:=${digits}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return f.format(n);
}

/** A whole number in the digits of `lang` without grouping, as pixel sizes are written ("1920", "١٩٢٠"). */
export function formatDigits(n: number, lang: Lang): string {
  const key = `${lang}:plain`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0, useGrouping: false })),
    );
  return f.format(n);
}

function dateFormat(lang: Lang, month: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${month}`;
  let f = dateFormats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = month
      ? { timeZone: 'UTC', month: 'long', year: 'numeric' }
      : { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
    dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], opts)));
  }
  return f;
}

/** `percent` (0–100) as a percentage in `lang` ("24%", "٢٤٪"), with at most `digits` decimals (default 0). */
export function formatPercent(percent: number, lang: Lang, digits = 0): string {
  const key = `${lang}:%${digits}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: digits })),
    );
  return f.format(percent / 100);
}

/** A UTC calendar day in words: "10 June 2014", "١٠ حزيران ٢٠١٤". */
export function formatDay(day: IsoDay, lang: Lang): string {
  if (lang === 'en') return formatDayLong(day);
  return dateFormat(lang, false).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** A day's month in words: "June 2014", "حزيران ٢٠١٤". */
export function formatMonthOf(day: IsoDay, lang: Lang): string {
  if (lang === 'en') return formatMonth(day);
  return dateFormat(lang, true).format(new Date(`${day.slice(0, 7)}-01T00:00:00Z`));
}
