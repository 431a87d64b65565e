/**
 * How current the territory data is, read through one function so the rest of the atlas does not
 * care where the figure comes from. Until the data carries its own `data_as_of`, it is the newest
 * `from` date of any period in the data (the last change of control the sources record).
 */
import type { IsoDay } from './dates.ts';
import type { TerritoryData } from './territory.ts';

const cache = new WeakMap<TerritoryData, IsoDay>();

/** The day the territory data is current to (see the module note). */
export function dataAsOf(data: TerritoryData): IsoDay {
  let day = cache.get(data);
  if (day === undefined) {
    day = '';
    for (const p of data.places) for (const h of p.history) if (h.from > day) day = h.from;
    cache.set(data, day);
  }
  return day;
}
