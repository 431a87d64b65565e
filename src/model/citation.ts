/**
 * "Cite this map": a citation of the view on screen in plain text, BibTeX and CSL-JSON, naming the
 * title, the date shown, the data version, the permalink and the day it was accessed.
 */
import { formatDayLong, type IsoDay } from './dates.ts';

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

const AUTHOR = 'Iraq & Syria 2014–2026 atlas contributors';
const CONTAINER = 'Iraq & Syria 2014–2026: an atlas of the war with ISIS';

function shown(c: CitationInput): string {
  return c.compare ? `${formatDayLong(c.compare)} compared with ${formatDayLong(c.day)}` : formatDayLong(c.day);
}

/** A plain-text citation (one paragraph). */
export function citationText(c: CitationInput): string {
  return (
    `${AUTHOR}. “${c.title}” [map; ${shown(c)}]. ${CONTAINER}, version ${c.version}, data as of ${c.dataAsOf}. ` +
    `${c.permalink} (accessed ${formatDayLong(c.accessed)}).`
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
