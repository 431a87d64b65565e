/**
 * "Cite this map": a citation of the view on screen in plain text, BibTeX and CSL-JSON, naming the
 * title, the date shown, the data version, the permalink and the day it was accessed.
 */
import { formatDayLong, type IsoDay } from './dates.ts';
import { en } from './i18n/en.ts';
import { formatDay, messages, type Lang } from './i18n/index.ts';

/** What a citation needs. */
export interface CitationInput {
  /** The map's title (with the date shown, or the compared dates). */
  title: string;
  /** The date shown (the later date when comparing). */
  day: IsoDay;
  /** The earlier date when comparing. */
  compare?: IsoDay | null;
  /** Software version and the day the data is current to. */
  version: string;
  dataAsOf: IsoDay;
  permalink: string;
  /** The day the reader accessed the map (today, UTC). */
  accessed: IsoDay;
}

const AUTHOR = en.citeAuthor;
const CONTAINER = en.citeContainer;

function shown(c: CitationInput): string {
  return c.compare ? `${formatDayLong(c.compare)} compared with ${formatDayLong(c.day)}` : formatDayLong(c.day);
}

/** A plain-text citation (one paragraph) in `lang` (English by default). */
export function citationText(c: CitationInput, lang: Lang = 'en'): string {
  const m = messages(lang);
  const day = (d: IsoDay) => formatDay(d, lang);
  return m.citeText(
    m.citeAuthor,
    c.title,
    c.compare ? m.citeCompared(day(c.compare), day(c.day)) : day(c.day),
    m.citeContainer,
    c.version,
    c.dataAsOf,
    c.permalink,
    day(c.accessed),
  );
}

/** Escape BibTeX's special characters in a field value. */
function bib(s: string): string {
  return s.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/([&%$#_])/g, '\\$1');
}

/** A BibTeX `@misc` entry (biblatex-compatible fields: url, urldate, version). */
export function citationBibtex(c: CitationInput): string {
  const key = `iraqsyriaatlas${c.compare ? `${c.compare.replace(/-/g, '')}_` : ''}${c.day.replace(/-/g, '')}`;
  const fields: [string, string][] = [
    ['author', `{${bib(AUTHOR)}}`],
    ['title', `{${bib(c.title)}}`],
    ['howpublished', `{${bib(CONTAINER)}, interactive map}`],
    ['note', `{Map date ${shown(c)}; data as of ${c.dataAsOf}}`],
    ['version', `{${bib(c.version)}}`],
    ['year', `{${c.accessed.slice(0, 4)}}`],
    ['url', `{${c.permalink.replace(/[{}]/g, '')}}`],
    ['urldate', `{${c.accessed}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** A CSL-JSON item (type "map"), as Zotero and citeproc read it. */
export function citationCsl(c: CitationInput): Record<string, unknown> {
  const parts = (d: IsoDay) => [[Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))]];
  return {
    id: `iraq-syria-atlas-${c.compare ? `${c.compare}_` : ''}${c.day}`,
    type: 'map',
    title: c.title,
    author: [{ literal: AUTHOR }],
    'container-title': CONTAINER,
    version: c.version,
    note: `Map date ${shown(c)}; data as of ${c.dataAsOf}`,
    issued: { 'date-parts': parts(c.dataAsOf) },
    accessed: { 'date-parts': parts(c.accessed) },
    URL: c.permalink,
  };
}
