/** Date ranges for animations: steps of months, weeks or days. */
import { addDays, addMonths, clampDay, parseDay, type IsoDay } from '../model/dates.ts';
import { formatNumber, localized, LocalizedError, type Lang } from '../model/i18n/index.ts';

/** A step between frames. */
export type FrameStep = { unit: 'month'; n: number } | { unit: 'day'; n: number };

/** Most frames one animation may have. */
export const MAX_FRAMES = 1000;

/** Parse "1m", "3m", "1w", "2w", "10d" (also "month", "week"); null when malformed. */
export function parseStep(text: string): FrameStep | null {
  const t = text.trim().toLowerCase();
  if (t === 'month') return { unit: 'month', n: 1 };
  if (t === 'week') return { unit: 'day', n: 7 };
  const m = /^(\d{1,4})\s*(m|w|d)$/.exec(t);
  if (!m || Number(m[1]) < 1) return null;
  const n = Number(m[1]);
  return m[2] === 'm' ? { unit: 'month', n } : { unit: 'day', n: m[2] === 'w' ? 7 * n : n };
}

/** Every frame day from `from` to `to` inclusive (both clamped to the atlas's range). */
export function frameDates(from: IsoDay, to: IsoDay, step: FrameStep): IsoDay[] {
  const a = clampDay(from);
  const b = clampDay(to);
  if (a > b)
    throw new LocalizedError(
      localized((m) => m.rangeBackwards(a, b)),
      'RangeError',
    );
  const out: IsoDay[] = [];
  for (let i = 0; ; i++) {
    const d = step.unit === 'month' ? addMonths(a, i * step.n) : addDays(a, i * step.n);
    if (d > b) break;
    out.push(d);
    if (out.length > MAX_FRAMES)
      throw new LocalizedError(
        localized((m, l) => m.rangeTooMany(formatNumber(MAX_FRAMES, l))),
        'RangeError',
      );
  }
  return out;
}

/** Validate a range given as text; returns the frame days or a plain-language error in `lang`. */
export function parseRange(from: string, to: string, step: string, lang: Lang = 'en'): IsoDay[] | string {
  const a = parseDay(from);
  const b = parseDay(to);
  const s = parseStep(step);
  const say = (pick: Parameters<typeof localized>[0]) => localized(pick)(lang);
  if (!a) return say((m) => m.rangeNotDate(from));
  if (!b) return say((m) => m.rangeNotDate(to));
  if (!s) return say((m) => m.rangeNotStep(step));
  try {
    return frameDates(a, b, s);
  } catch (e) {
    return e instanceof LocalizedError ? e.text(lang) : (e as Error).message;
  }
}
