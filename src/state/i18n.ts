/**
 * The interface language as state: the strings, date and number formats of the current `lang`.
 * Components read `t.value.someKey`; reading it subscribes them, so switching language re-renders.
 */
import { computed } from '@preact/signals';
import {
  formatDay,
  formatDigits,
  formatMonthOf,
  formatNumber,
  formatPercent,
  loadMessages,
  localized,
  messages,
  type Lang,
  type Messages,
} from '../model/i18n/index.ts';
import type { IsoDay } from '../model/dates.ts';
import { lang, notify } from './store.ts';

/** The strings of the current interface language. */
export const t = computed<Messages>(() => messages(lang.value));

/**
 * Switch the interface to `next` once its strings are loaded (Arabic's load on first use), so the
 * page never shows a mix; if they cannot be loaded, say so and stay in the current language.
 */
export async function switchLanguage(next: Lang): Promise<void> {
  try {
    await loadMessages(next);
    lang.value = next;
  } catch (err) {
    const why = (err as Error).message;
    notify(
      localized((m) => m.noticeLanguageFailed(next === 'ar', why)),
      'error',
    );
  }
}

/** A day in words in the current language. */
export function day(d: IsoDay): string {
  return formatDay(d, lang.value);
}

/** A day's month in words in the current language. */
export function month(d: IsoDay): string {
  return formatMonthOf(d, lang.value);
}

/** A percentage (0–100) in the current language (at most `digits` decimals). */
export function percent(p: number, digits = 0): string {
  return formatPercent(p, lang.value, digits);
}

/** A number in the current language's digits (at most `digits` decimals). */
export function num(n: number, digits = 0): string {
  return formatNumber(n, lang.value, digits);
}

/** A whole number in the current language's digits, without grouping (pixel sizes). */
export function digits(n: number): string {
  return formatDigits(n, lang.value);
}
