/**
 * The day's places and who held each, as CSV (RFC 4180: comma-separated, double-quoted where needed,
 * CRLF line ends, UTF-8). One row per place, in the data's order; byte-stable for a date and dataset.
 */
import { controllerInfo } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import { formatSource } from './sources.ts';
import { periodAt, type TerritoryData } from './territory.ts';
import { DATA_AS_OF } from './data-as-of.ts';

/** Column names, in order. */
export const PLACE_COLUMNS = [
  'id',
  'name',
  'name_ar',
  'country',
  'kind',
  'lon',
  'lat',
  'date',
  'controller',
  'controller_label',
  'since',
  'uncertain',
  'sources',
  'data_as_of',
  'license',
] as const;

/** Quote a CSV field when it holds a comma, quote, or line break; neutralise a leading formula sign. */
export function csvField(v: string | number | boolean | null): string {
  let s = v === null ? '' : String(v);
  // A field a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP's advice).
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every place with its controller on `day`, as CSV text. */
export function placesCsv(data: TerritoryData, day: IsoDay): string {
  const asOf = DATA_AS_OF;
  const rows = [PLACE_COLUMNS.join(',')];
  for (const p of data.places) {
    const period = periodAt(p, day);
    const sources = (period?.sources ?? []).map((id) => (data.sources[id] ? formatSource(data.sources[id]) : id));
    const cells = [
      p.id,
      p.name,
      p.name_ar,
      p.country,
      p.kind,
      p.lon,
      p.lat,
      day,
      period?.controller ?? 'none',
      period ? controllerInfo(period.controller).label : 'no source',
      period?.from ?? null,
      period?.uncertain === true,
      sources.join(' | '),
      asOf,
      'CC BY 4.0',
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
