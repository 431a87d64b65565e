/** What an export says about itself: default title, permalink per date, PNG text entries. */
import { version } from '../../package.json';
import type { IsoDay } from '../model/dates.ts';
import { formatDay, messages, type Lang } from '../model/i18n/index.ts';
import type { PlaceName } from '../model/view-place.ts';
import type { PngText } from './png-text.ts';
import { DATA_AS_OF, isStale } from '../model/data-as-of.ts';

/** The atlas's version (package.json). */
export const ATLAS_VERSION: string = version;

/**
 * Default title of a still image ("Iraq and Syria: who held the ground, 10 June 2014"); no date for
 * animations. With `place` (the place a zoomed-in view is of) it names that place instead
 * ("Mosul: who held the ground, 10 July 2017"); with `lang` it is in that language.
 */
export function defaultTitle(day?: IsoDay, opts: { place?: PlaceName | null; lang?: Lang } = {}): string {
  const lang = opts.lang ?? 'en';
  const t = messages(lang);
  const base = opts.place ? t.exportTitlePlace(opts.place[lang]) : t.exportTitleRegion;
  return day ? `${base}${lang === 'ar' ? '، ' : ', '}${formatDay(day, lang)}` : base;
}

/** The permalink `href` with its `date` parameter set to `day`; null stays null (no public address). */
export function permalinkFor(href: string, day: IsoDay): string;
export function permalinkFor(href: string | null, day: IsoDay): string | null;
export function permalinkFor(href: string | null, day: IsoDay): string | null {
  if (href === null) return null;
  const [main, hash = ''] = href.split('#', 2);
  const [path, query = ''] = main.split('?', 2);
  const parts = query ? query.split('&').filter((p) => !p.startsWith('date=')) : [];
  const out = `${path}?${[`date=${day}`, ...parts].join('&')}`;
  return hash ? `${out}#${hash}` : out;
}

/**
 * Text chunks a PNG of `day` carries; without a permalink (no public address was given) the
 * `Source` and `URL` chunks are left out rather than pointing at an address nobody else can open.
 * The description is in the image's language (`lang`, English by default).
 */
export function pngTextEntries(o: { title: string; day: IsoDay; permalink: string | null; lang?: Lang }): PngText[] {
  const m = messages(o.lang ?? 'en');
  const link = o.permalink
    ? [
        { keyword: 'Source', text: o.permalink },
        { keyword: 'URL', text: o.permalink },
      ]
    : [];
  // Text in the image's language carries its language tag (iTXt); links and names stay untagged.
  const tag = o.lang === 'ar' ? { lang: 'ar' } : {};
  return [
    { keyword: 'Title', text: o.title, ...tag },
    {
      keyword: 'Description',
      text: m.pngDescription(formatDay(o.day, o.lang ?? 'en'), o.day, o.permalink ? m.sourceLine : m.sourceLineNoLink),
      ...tag,
    },
    ...link,
    { keyword: 'Copyright', text: m.attribution, ...tag },
    { keyword: 'Data version', text: m.pngDataVersion(ATLAS_VERSION, DATA_AS_OF, o.day, isStale(o.day)), ...tag },
    { keyword: 'Software', text: `Iraq & Syria 2014-2026 atlas ${ATLAS_VERSION} (MapLibre GL JS)` },
  ];
}
