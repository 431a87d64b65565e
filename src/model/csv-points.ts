/**
 * The CSV reader of the user's own data: points from a header naming longitude and latitude columns.
 * A small hand-written RFC 4180 splitter rather than a library: it runs inside the parse generator, so
 * a 50 MB file is read in time slices with progress, and it counts rows past the limit without keeping
 * them. (Papa Parse 5.5 was measured as the alternative: 7.1 KB gzip, but its string parser runs a whole
 * input in one call, so the page would freeze on a big file.)
 */
import type { Feature } from 'geojson';
import { cleanProperties } from './geojson-walk.ts';
import { quote, say, type BadCell } from './i18n/user-data-text.ts';
import { LAT_NAMES, LON_NAMES, MAX_CSV_ROWS, Reject, type UserDataResult } from './user-data-limits.ts';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The delimiter of the header line: comma, semicolon or tab, whichever occurs most outside quotes. */
function detectDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
}

/** A row that is only an empty line (skipped, and not counted). */
const isBlankRow = (r: string[]) => r.length === 1 && r[0].trim() === '';

/**
 * Split CSV text into rows of fields (RFC 4180 quoting, CRLF or LF), yielding progress. Keeps at
 * most `keep` rows; the rest are read only to be counted, so a refusal can say how many there are.
 * Returns the number of non-blank rows not kept.
 */
function* csvRows(text: string, delim: string, rows: string[][], keep: number): Generator<number, number> {
  let field = '';
  let row: string[] = [];
  let i = 0;
  let more = 0;
  const add = (r: string[]) => {
    if (rows.length < keep) rows.push(r);
    else if (!isBlankRow(r)) more++;
  };
  const n = text.length;
  let nextYield = 200_000;
  while (i < n) {
    if (i >= nextYield) {
      nextYield += 200_000;
      yield (0.8 * i) / n;
    }
    const ch = text[i];
    if (ch === '"' && field === '') {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      let j = i + 1;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          const row = rows.length + 1;
          throw new Reject(say((t) => t.unclosedQuote(row)));
        }
        buf += text.slice(j, q);
        if (text[q + 1] === '"') {
          buf += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      field = buf;
      i = j;
      // Anything between the closing quote and the delimiter is kept as text.
      while (i < n && text[i] !== delim && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (ch === delim) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      add(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < n) {
        const c = text[end];
        if (c === delim || c === '\n' || c === '\r') break;
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    add(row);
  }
  return more;
}

/** Read CSV text (a header with longitude and latitude columns) into point features, yielding progress. */
export function* csvSteps(text: string): Generator<number, UserDataResult> {
  const delim = detectDelimiter(text);
  const rows: string[][] = [];
  // The header and one row over the limit are kept; rows beyond are only counted.
  const more = yield* csvRows(text, delim, rows, MAX_CSV_ROWS + 2);
  const header = (rows.shift() ?? []).map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const lonCol = lower.findIndex((h) => LON_NAMES.includes(h));
  const latCol = lower.findIndex((h) => LAT_NAMES.includes(h));
  if (lonCol < 0 || latCol < 0) {
    // Header cells are quoted as strings (never arrays); enough of them for the 200 characters shown.
    const found = header.slice(0, 100).map((h) => quote(h) as string);
    return { error: say((t) => t.noCoordinateColumns(lonCol < 0, latCol < 0, found)) };
  }
  const dataRows = rows.filter((r) => !isBlankRow(r));
  const total = dataRows.length + more;
  if (total > MAX_CSV_ROWS) return { error: say((t) => t.tooManyRows(total, MAX_CSV_ROWS)) };
  if (dataRows.length === 0) return { error: say((t) => t.headerOnly) };
  const num = (s: string | undefined) => {
    if (s === undefined) return NaN;
    let t = s.trim();
    if (delim !== ',' && /^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
    return NUMBER.test(t) ? Number(t) : NaN;
  };
  const features: Feature[] = [];
  let skipped = 0;
  let firstBad: BadCell | undefined;
  for (let r = 0; r < dataRows.length; r++) {
    if (r % 5000 === 4999) yield 0.8 + (0.2 * r) / dataRows.length;
    const row = dataRows[r];
    const lon = num(row[lonCol]);
    const lat = num(row[latCol]);
    const bad = Number.isNaN(lon) || Number.isNaN(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90;
    if (bad) {
      skipped++;
      firstBad ??= badCell(r + 2, lon, lat, row[lonCol], row[latCol]);
      continue;
    }
    const props: Record<string, unknown> = Object.create(null);
    header.forEach((h, c) => {
      if (c !== lonCol && c !== latCol) props[h || `column ${c + 1}`] = row[c] ?? '';
    });
    features.push({
      type: 'Feature',
      properties: cleanProperties(props),
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  const rowCount = dataRows.length;
  const first = firstBad;
  if (!first) return { ok: { type: 'FeatureCollection', features }, warnings: [] };
  if (features.length === 0) return { error: say((t) => t.noUsableRows(rowCount, first)) };
  return {
    ok: { type: 'FeatureCollection', features },
    warnings: [say((t) => t.skippedRows(skipped, rowCount, first))],
  };
}

/** What is wrong with the coordinates of row `row` (numbered as in the file): the first bad one. */
function badCell(row: number, lon: number, lat: number, lonText = '', latText = ''): BadCell {
  if (Number.isNaN(lon)) return { row, axis: 'longitude', value: quote(lonText) };
  if (Number.isNaN(lat)) return { row, axis: 'latitude', value: quote(latText) };
  return Math.abs(lon) > 180 ? { row, axis: 'longitude', outside: lon } : { row, axis: 'latitude', outside: lat };
}
