/** Comparisons in words: one sentence for screen readers and panels, and lines for image captions. */
import { CONTROLLERS } from './controllers.ts';
import { formatDayLong } from './dates.ts';
import type { CompareSummary } from './compare.ts';

const fmt = new Intl.NumberFormat('en-GB');

/** "From 1 June 2015 to 31 December 2017: ISIS lost 221,794 km² net; …; 210 changes of control." */
export function compareSentence(s: CompareSummary, top = 3): string {
  const moves = CONTROLLERS.filter((c) => s.km2[c.id] && s.km2[c.id]!.net !== 0)
    .sort((x, y) => Math.abs(s.km2[y.id]!.net) - Math.abs(s.km2[x.id]!.net))
    .slice(0, top)
    .map(
      (c) => `${c.short} ${s.km2[c.id]!.net > 0 ? 'gained' : 'lost'} ${fmt.format(Math.abs(s.km2[c.id]!.net))} km² net`,
    );
  const head = `From ${formatDayLong(s.from)} to ${formatDayLong(s.to)}`;
  return moves.length
    ? `${head}: ${moves.join('; ')}; ${s.places.length} changes of control.`
    : `${head}: no ground changed hands.`;
}

/** One caption line per force that gained or lost ground: "ISIS: gained 350 km², lost 222,144 km² (net −221,794)". */
export function compareLines(s: CompareSummary): string[] {
  return CONTROLLERS.filter((c) => s.km2[c.id]).map((c) => {
    const ch = s.km2[c.id]!;
    const net = ch.net === 0 ? '0' : `${ch.net > 0 ? '+' : '−'}${fmt.format(Math.abs(ch.net))}`;
    return `${c.short}: +${fmt.format(ch.gained)} / −${fmt.format(ch.lost)} km² (net ${net})`;
  });
}
