/** What an export says about itself: default title, permalink per date, PNG text entries. */
import { version } from '../../package.json';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import { ATTRIBUTION, SOURCE_LINE } from './furniture.ts';
import type { PngText } from './png-text.ts';
import { DATA_AS_OF, isStale } from '../model/data-as-of.ts';

/** The atlas's version (package.json). */
export const ATLAS_VERSION: string = version;

/** Default title of a still image ("Iraq and Syria: who held the ground, 10 June 2014"); no date for animations. */
export function defaultTitle(day?: IsoDay): string {
  const base = 'Iraq and Syria: who held the ground';
  return day ? `${base}, ${formatDayLong(day)}` : base;
}

/** The permalink `href` with its `date` parameter set to `day`. */
export function permalinkFor(href: string, day: IsoDay): string {
  const [main, hash = ''] = href.split('#', 2);
  const [path, query = ''] = main.split('?', 2);
  const parts = query ? query.split('&').filter((p) => !p.startsWith('date=')) : [];
  const out = `${path}?${[`date=${day}`, ...parts].join('&')}`;
  return hash ? `${out}#${hash}` : out;
}

/** Text chunks a PNG of `day` carries. */
export function pngTextEntries(o: { title: string; day: IsoDay; permalink: string }): PngText[] {
  return [
    { keyword: 'Title', text: o.title },
    {
      keyword: 'Description',
      text: `Map of Iraq and Syria: who held the ground on ${formatDayLong(o.day)} (${o.day}). ${SOURCE_LINE}`,
    },
    { keyword: 'Source', text: o.permalink },
    { keyword: 'URL', text: o.permalink },
    { keyword: 'Copyright', text: ATTRIBUTION },
    {
      keyword: 'Data version',
      text: `atlas ${ATLAS_VERSION}, data as of ${DATA_AS_OF}, map date ${o.day}${isStale(o.day) ? ' (after the data: last known state)' : ''}`,
    },
    { keyword: 'Software', text: `Iraq & Syria 2014-2026 atlas ${ATLAS_VERSION} (MapLibre GL JS)` },
  ];
}
