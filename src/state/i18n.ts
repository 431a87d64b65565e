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
  messages,
  type Messages,
} from '../model/i18n/index.ts';
import type { IsoDay } from '../model/dates.ts';
import { lang } from './store.ts';

/** The strings of the current interface language. */
export const t = computed<Messages>(() => messages(lang.value));

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
