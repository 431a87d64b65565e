/** File names that say what they are: `iraq-syria-2015-06-01.png`, `iraq-syria-2014-01-01_2019-12-01.gif`. */
import type { IsoDay } from '../model/dates.ts';

/** File name stem shared by every export. */
export const FILE_STEM = 'iraq-syria';

/** Name for a still image of `day` or an animation from `day` to `to`. */
export function exportFileName(ext: string, day: IsoDay, to?: IsoDay): string {
  const range = to && to !== day ? `${day}_${to}` : day;
  return `${FILE_STEM}-${range}.${ext.replace(/^\./, '').toLowerCase()}`;
}

/** Name of frame `i` (0-based) in a numbered frame sequence: frame-0001.png, … */
export function frameFileName(i: number, ext = 'png'): string {
  return `frame-${String(i + 1).padStart(4, '0')}.${ext}`;
}
