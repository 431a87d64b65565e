/** Words and citations for troop figures, shared by the forces panels. */
import { isRange, troopHigh, troopLow, type TroopPoint } from '../model/forces.ts';
import type { SourceTable } from '../model/sources.ts';

/** Thousands-separated counts. */
export const countFormat = new Intl.NumberFormat('en-GB');

/** The sources of a figure as one line for a tooltip. */
export function citeLine(ids: string[], table: SourceTable): string {
  return ids
    .map((id) => table[id])
    .filter(Boolean)
    .map((s) => `${s.publisher}, “${s.title}”${s.date ? `, ${s.date}` : ''}`)
    .join('; ');
}

/** A figure as text: its count, or its range where the sources differ ("900–2,000"). */
export function figureText(p: TroopPoint, format: (n: number) => string = (n) => countFormat.format(n)): string {
  return isRange(p) ? `${format(troopLow(p))}–${format(troopHigh(p))}` : format(p.count);
}
