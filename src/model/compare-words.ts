/** Comparisons in words: one sentence for screen readers and panels, and lines for image captions. */
import { CONTROLLERS } from './controllers.ts';
import type { CompareSummary } from './compare.ts';
import { formatDay, formatNumber, messages, type Lang } from './i18n/index.ts';

/**
 * "From 1 June 2015 to 31 December 2017: ISIS lost 221,794 km² net; …; 210 changes of control." in
 * `lang` (English by default), naming at most `top` forces.
 */
export function compareSentence(s: CompareSummary, top = 3, lang: Lang = 'en'): string {
  const m = messages(lang);
  const moves = CONTROLLERS.filter((c) => s.km2[c.id] && s.km2[c.id]!.net !== 0)
    .sort((x, y) => Math.abs(s.km2[y.id]!.net) - Math.abs(s.km2[x.id]!.net))
    .slice(0, top)
    .map((c) =>
      m.compareMove(m.controllers[c.id].short, s.km2[c.id]!.net > 0, formatNumber(Math.abs(s.km2[c.id]!.net), lang)),
    );
  const span = m.compareSpan(formatDay(s.from, lang), formatDay(s.to, lang));
  return moves.length
    ? m.compareSentence(span, moves.join(m.listSep), formatNumber(s.places.length, lang), s.places.length === 1)
    : m.compareNothing(span);
}

/**
 * One caption line per force that gained or lost ground, in `lang` (English by default):
 * "ISIS: +350 / −222,144 km² (net −221,794)".
 */
export function compareLines(s: CompareSummary, lang: Lang = 'en'): string[] {
  const m = messages(lang);
  const fmt = (n: number) => formatNumber(n, lang);
  return CONTROLLERS.filter((c) => s.km2[c.id]).map((c) => {
    const ch = s.km2[c.id]!;
    const net = ch.net === 0 ? fmt(0) : `${ch.net > 0 ? '+' : '−'}${fmt(Math.abs(ch.net))}`;
    return m.compareLine(m.controllers[c.id].short, fmt(ch.gained), fmt(ch.lost), net);
  });
}
