/**
 * The user's own data: parse and validate a GeoJSON or CSV file into a clean FeatureCollection the
 * map can draw as an overlay. Pure (no DOM, no MapLibre), so hostile inputs are unit-tested in node.
 *
 * The work is a generator that yields a progress fraction every so often; {@link parseUserData}
 * runs it in time slices so a big file does not freeze the page, {@link parseUserDataSync} runs it
 * straight through. Walkers are iterative or depth-limited: no input can overflow the stack.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { REGION_BOUNDS } from './style-vocab.ts';

/** Largest file accepted, in bytes (checked before reading). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Most vertices (points, line and ring positions) one overlay may hold. */
export const MAX_VERTICES = 200_000;
/** Most features one overlay may hold. */
export const MAX_FEATURES = 100_000;
/** Most rows one CSV may hold: each row is one point, so both limits above apply. */
export const MAX_CSV_ROWS = Math.min(MAX_VERTICES, MAX_FEATURES);
/** Deepest nesting of GeometryCollections accepted. */
export const MAX_GEOMETRY_DEPTH = 4;
/** Longest property value kept, in characters (longer ones are cut with "…"). */
export const MAX_VALUE_CHARS = 2000;
/** Longest overlay name, in characters. */
export const MAX_NAME_CHARS = 80;

/** Default overlay colours: distinct from the atlas's controller palette (Okabe–Ito). */
export const OVERLAY_COLORS = ['#e6007e', '#7b2cbf', '#00a6a6', '#a0522d', '#ff3b30', '#3d5afe'] as const;

/** A property value as kept: flat scalars only (nested values become JSON text). */
export type UserValue = string | number | boolean | null;

/** What parsing returns: the clean data and notes for the user, or one clear error. */
export type UserDataResult = { ok: FeatureCollection; warnings: string[] } | { error: string };

/** The format a file is read as. */
export type UserFormat = 'geojson' | 'csv';

/** Thrown inside the walkers to stop with a message for the user. */
class Reject extends Error {}

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;
const quote = (v: unknown) => {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** Null when `bytes` is an acceptable file size, else the message to show. */
export function checkFileSize(bytes: number, fileName = 'The file'): string | null {
  if (bytes > MAX_FILE_BYTES)
    return `${fileName} is ${(bytes / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
  if (bytes === 0) return `${fileName} is empty.`;
  return null;
}

/** A layer name from a file name: without folder and extension, trimmed, at most {@link MAX_NAME_CHARS}. */
export function nameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return cleanName(base.replace(/\.(geo)?json$|\.csv$|\.txt$/i, ''));
}

/** A usable overlay name: control characters removed, trimmed, capped; "Untitled layer" if empty. */
export function cleanName(name: string): string {
  const s = String(name)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.slice(0, MAX_NAME_CHARS) || 'Untitled layer';
}

/** The first default colour not in `used` (cycling when all are taken). */
export function defaultColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return OVERLAY_COLORS.find((c) => !taken.has(c)) ?? OVERLAY_COLORS[used.length % OVERLAY_COLORS.length];
}

/** True for a `#rrggbb` colour (what `<input type=color>` gives). */
export function isHexColor(c: unknown): c is string {
  return typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c);
}

/** Map source id of an overlay's lines and areas. */
export function overlaySourceId(overlayId: string): string {
  return `overlay-${overlayId}`;
}

/** Map source id of an overlay's points (clustered when there are many). */
export function overlayPointsSourceId(overlayId: string): string {
  return `${overlaySourceId(overlayId)}-points`;
}

/** Map layer ids of an overlay: fill, line, circle, cluster count (bottom to top). */
export function overlayLayerIds(overlayId: string): [string, string, string, string] {
  const s = overlaySourceId(overlayId);
  return [`${s}-fill`, `${s}-line`, `${s}-circle`, `${s}-count`];
}

/** The overlay id behind a map source id (either of its two sources), or null if it is not an overlay's. */
export function overlayIdFromSource(sourceId: string): string | null {
  const m = /^overlay-([a-z0-9]+)(?:-points)?$/i.exec(sourceId);
  return m ? m[1] : null;
}

/** Which reader a file needs: by extension, else by its first non-blank character. */
export function detectFormat(fileName: string, text: string): UserFormat {
  if (/\.csv$|\.tsv$/i.test(fileName)) return 'csv';
  if (/\.(geo)?json$/i.test(fileName)) return 'geojson';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'geojson' : 'csv';
}

/** Parse synchronously (tests, small inputs). */
export function parseUserDataSync(text: string, fileName = 'data.geojson'): UserDataResult {
  const steps = parseSteps(text, fileName);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Options of {@link parseUserData}. */
export interface ParseOptions {
  /** Called with 0…1 as work proceeds. */
  onProgress?: (fraction: number) => void;
  /** Milliseconds of work between pauses (default 30). */
  sliceMs?: number;
  /** How to pause (default: a zero-delay timeout, letting the page paint and respond). */
  pause?: () => Promise<void>;
}

/** Parse in time slices, yielding to the event loop so the UI stays responsive. */
export async function parseUserData(text: string, fileName: string, opts: ParseOptions = {}): Promise<UserDataResult> {
  const slice = opts.sliceMs ?? 30;
  const pause = opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const steps = parseSteps(text, fileName);
  let start = Date.now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      opts.onProgress?.(1);
      return r.value;
    }
    if (Date.now() - start > slice) {
      opts.onProgress?.(r.value);
      await pause();
      start = Date.now();
    }
  }
}

/** The parse as a generator of progress fractions returning the result. */
function* parseSteps(text: string, fileName: string): Generator<number, UserDataResult> {
  if (typeof text !== 'string') return { error: 'The data is not text.' };
  if (text.length > MAX_FILE_BYTES)
    return { error: `The data is over ${MAX_FILE_BYTES / 1024 / 1024} MB; that is the limit.` };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { error: 'The file is empty.' };
  try {
    const format = detectFormat(fileName, body);
    const r = format === 'csv' ? yield* csvSteps(body) : yield* geojsonSteps(body);
    if ('ok' in r) {
      const out = outsideRegionWarning(r.ok);
      if (out) r.warnings.push(out);
    }
    return r;
  } catch (err) {
    if (err instanceof Reject) return { error: err.message };
    if (err instanceof RangeError) return { error: 'The file is nested too deeply or too large to read.' };
    return { error: `The file could not be read: ${(err as Error).message}` };
  }
}

// ---------------------------------------------------------------- GeoJSON

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function* geojsonSteps(text: string): Generator<number, UserDataResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message.replace(/^JSON\.parse: /, '');
    return { error: `This is not valid JSON (${msg.length > 120 ? msg.slice(0, 117) + '…' : msg}).` };
  }
  yield 0.2;
  let features: unknown[];
  if (!isObject(json)) {
    return {
      error: `This is JSON but not GeoJSON: expected a FeatureCollection, Feature or geometry object, found ${Array.isArray(json) ? 'an array' : `a ${json === null ? 'null' : typeof json}`}.`,
    };
  }
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features))
      return { error: 'This FeatureCollection has no "features" array, so it is not valid GeoJSON.' };
    features = json.features;
  } else if (json.type === 'Feature') features = [json];
  else if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type))
    features = [{ type: 'Feature', properties: {}, geometry: json }];
  else
    return {
      error: `This is JSON but not GeoJSON: expected "type" to be FeatureCollection, Feature or a geometry type, found ${json.type === undefined ? 'no "type"' : quote(json.type)}.`,
    };
  if (features.length > MAX_FEATURES)
    return { error: `Too many features: ${fmt(features.length)}; the limit is ${fmt(MAX_FEATURES)}.` };
  if (features.length === 0) return { error: 'The file contains no features.' };

  const ctx: WalkContext = { vertices: 0, closedRings: [], feature: '' };
  const out: Feature[] = [];
  let noGeometry = 0;
  for (let i = 0; i < features.length; i++) {
    if (i % 500 === 499) yield 0.2 + (0.8 * i) / features.length;
    const f = features[i];
    ctx.feature = featureLabel(f, i, features.length);
    if (!isObject(f) || f.type !== 'Feature')
      throw new Reject(
        `${cap(ctx.feature)} is not a GeoJSON Feature (its "type" is ${quote(isObject(f) ? f.type : f)}).`,
      );
    if (f.geometry === null || f.geometry === undefined) {
      noGeometry++;
      continue;
    }
    let geometry: Geometry;
    try {
      geometry = cleanGeometry(f.geometry, ctx, 0);
    } catch (err) {
      if (err instanceof TooMany) {
        const total = countVertices(features);
        return { error: `Too many points: the file has ${fmt(total)} vertices; the limit is ${fmt(MAX_VERTICES)}.` };
      }
      throw err;
    }
    if (f.properties !== null && f.properties !== undefined && !isObject(f.properties))
      throw new Reject(`${cap(ctx.feature)} has "properties" that are not an object.`);
    out.push({ type: 'Feature', properties: cleanProperties(f.properties ?? {}), geometry });
  }
  const warnings: string[] = [];
  if (noGeometry) warnings.push(`Skipped ${plural(noGeometry, 'feature')} without geometry.`);
  if (ctx.closedRings.length) {
    const shown = ctx.closedRings.slice(0, 3).join('; ');
    const more = ctx.closedRings.length > 3 ? ` and ${fmt(ctx.closedRings.length - 3)} more` : '';
    warnings.push(`Closed unclosed polygon rings automatically: ${shown}${more}.`);
  }
  if (out.length === 0) return { error: 'None of the features has a geometry to draw.' };
  return { ok: { type: 'FeatureCollection', features: out }, warnings };
}

interface WalkContext {
  vertices: number;
  closedRings: string[];
  feature: string;
}

class TooMany extends Error {}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function featureLabel(f: unknown, i: number, n: number): string {
  const base = n === 1 ? 'the feature' : `feature ${fmt(i + 1)}`;
  if (!isObject(f) || !isObject(f.properties)) return base;
  const name = f.properties.name ?? f.properties.NAME ?? f.properties.title;
  return typeof name === 'string' && name.trim() ? `${base} (${quote(name.trim())})` : base;
}

/** A position as [lon, lat], or a Reject naming the problem. */
function cleanPosition(p: unknown, ctx: WalkContext): Position {
  if (!Array.isArray(p) || p.length < 2)
    throw new Reject(`${cap(ctx.feature)} has a position that is not [longitude, latitude]: ${quote(p)}.`);
  const [lon, lat] = p;
  for (const [v, what] of [
    [lon, 'longitude'],
    [lat, 'latitude'],
  ] as const) {
    if (typeof v !== 'number')
      throw new Reject(
        `${cap(ctx.feature)} has a ${what} that is ${typeof v === 'string' ? `a string (${quote(v)})` : quote(v)}, not a number.`,
      );
    if (!Number.isFinite(v)) throw new Reject(`${cap(ctx.feature)} has a ${what} that is not a finite number.`);
  }
  if ((lon as number) < -180 || (lon as number) > 180)
    throw new Reject(`${cap(ctx.feature)} has longitude ${lon}, outside −180…180.`);
  if ((lat as number) < -90 || (lat as number) > 90)
    throw new Reject(`${cap(ctx.feature)} has latitude ${lat}, outside −90…90.`);
  if (++ctx.vertices > MAX_VERTICES) throw new TooMany();
  return [lon as number, lat as number];
}

function cleanLine(coords: unknown, ctx: WalkContext, min: number, what: string): Position[] {
  if (!Array.isArray(coords)) throw new Reject(`${cap(ctx.feature)} has ${what} coordinates that are not an array.`);
  if (coords.length < min)
    throw new Reject(
      `${cap(ctx.feature)} has a ${what} with ${plural(coords.length, 'position')}; it needs at least ${min}.`,
    );
  return coords.map((p) => cleanPosition(p, ctx));
}

function cleanRing(coords: unknown, ctx: WalkContext, label: string): Position[] {
  if (!Array.isArray(coords)) throw new Reject(`${cap(ctx.feature)} has a polygon ring that is not an array.`);
  const ring = coords.map((p) => cleanPosition(p, ctx));
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1];
  if (!closed && ring.length >= 3) {
    ring.push([first[0], first[1]]);
    ctx.closedRings.push(`${ctx.feature}, ${label}`);
  }
  if (ring.length < 4)
    throw new Reject(`${cap(ctx.feature)} has a polygon ring (${label}) with too few positions to enclose an area.`);
  return ring;
}

function cleanPolygon(coords: unknown, ctx: WalkContext, prefix = ''): Position[][] {
  if (!Array.isArray(coords) || coords.length === 0)
    throw new Reject(`${cap(ctx.feature)} has a polygon without rings.`);
  return coords.map((r, i) => cleanRing(r, ctx, `${prefix}${i === 0 ? 'outer ring' : `hole ${i}`}`));
}

function cleanArray(coords: unknown, ctx: WalkContext, type: string): unknown[] {
  if (!Array.isArray(coords)) throw new Reject(`${cap(ctx.feature)} has a ${type} whose coordinates are not an array.`);
  return coords;
}

/** A clean copy of a geometry; GeometryCollections nest at most {@link MAX_GEOMETRY_DEPTH} deep. */
function cleanGeometry(g: unknown, ctx: WalkContext, depth: number): Geometry {
  if (!isObject(g)) throw new Reject(`${cap(ctx.feature)} has a geometry that is not an object.`);
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: cleanPosition(c, ctx) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: cleanArray(c, ctx, 'MultiPoint').map((p) => cleanPosition(p, ctx)) };
    case 'LineString':
      return { type: 'LineString', coordinates: cleanLine(c, ctx, 2, 'line') };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: cleanArray(c, ctx, 'MultiLineString').map((l) => cleanLine(l, ctx, 2, 'line')),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: cleanPolygon(c, ctx) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: cleanArray(c, ctx, 'MultiPolygon').map((p, i) => cleanPolygon(p, ctx, `polygon ${i + 1} `)),
      };
    case 'GeometryCollection': {
      if (depth >= MAX_GEOMETRY_DEPTH)
        throw new Reject(`${cap(ctx.feature)} nests GeometryCollections more than ${MAX_GEOMETRY_DEPTH} deep.`);
      if (!Array.isArray(g.geometries))
        throw new Reject(`${cap(ctx.feature)} has a GeometryCollection without a "geometries" array.`);
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => cleanGeometry(x, ctx, depth + 1)) };
    }
    default:
      throw new Reject(`${cap(ctx.feature)} has an unknown geometry type ${quote(g.type)}.`);
  }
}

/** Count numeric positions in the features (iteratively), for the "too many" message. */
function countVertices(features: unknown[]): number {
  let n = 0;
  const stack: unknown[] = [features];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (v.length >= 2 && typeof v[0] === 'number') n++;
      else for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
    } else if (isObject(v)) {
      if (isObject(v.geometry)) stack.push(v.geometry);
      if (Array.isArray(v.coordinates)) stack.push(v.coordinates);
      if (Array.isArray(v.geometries)) stack.push(v.geometries);
    }
  }
  return n;
}

/**
 * Flatten properties to scalars; nested values become (depth-limited) JSON-like text. The result
 * has no prototype, so every name is kept as data (`__proto__`, `constructor`, `toString` …).
 */
export function cleanProperties(props: Record<string, unknown>): Record<string, UserValue> {
  const out: Record<string, UserValue> = Object.create(null);
  let n = 0;
  for (const [k, v] of Object.entries(props)) {
    if (++n > 200) break;
    const key = k.length > 200 ? k.slice(0, 200) : k;
    if (v === null || typeof v === 'boolean') out[key] = v;
    else if (typeof v === 'number') out[key] = Number.isFinite(v) ? v : String(v);
    else if (typeof v === 'string') out[key] = v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) + '…' : v;
    else if (v !== undefined) {
      const s = shallowText(v, 3);
      out[key] = s.length > MAX_VALUE_CHARS ? s.slice(0, MAX_VALUE_CHARS) + '…' : s;
    }
  }
  return out;
}

/** JSON-like text of a value, depth-limited ("…" below `depth`), stopping early once long. */
function shallowText(v: unknown, depth: number): string {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  if (depth === 0) return Array.isArray(v) ? '[…]' : '{…}';
  const parts: string[] = [];
  let len = 0;
  const entries = Array.isArray(v) ? v.map((x) => [null, x] as const) : Object.entries(v);
  for (const [k, x] of entries) {
    const s = (k === null ? '' : `${JSON.stringify(k)}: `) + shallowText(x, depth - 1);
    parts.push(s);
    len += s.length;
    if (len > MAX_VALUE_CHARS) {
      parts.push('…');
      break;
    }
  }
  return Array.isArray(v) ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

/** A warning when no part of the data lies in the atlas region, else null. */
function outsideRegionWarning(fc: FeatureCollection): string | null {
  const [w, s, e, n] = REGION_BOUNDS;
  const stack: unknown[] = fc.features.map((f) => f.geometry);
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (typeof v[0] === 'number') {
        if (v[0] >= w && v[0] <= e && v[1] >= s && v[1] <= n) return null;
      } else for (const x of v) stack.push(x);
    } else if (isObject(v)) {
      if (Array.isArray(v.coordinates)) stack.push(v.coordinates);
      if (Array.isArray(v.geometries)) stack.push(...v.geometries);
    }
  }
  return 'None of it lies within the atlas area (Iraq, Syria and around), so you may not see it on the map.';
}

// ---------------------------------------------------------------- CSV

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x'];
const LAT_NAMES = ['lat', 'latitude', 'y'];
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
        if (q < 0) throw new Reject(`The CSV has a quoted field that never ends (row ${fmt(rows.length + 1)}).`);
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

function* csvSteps(text: string): Generator<number, UserDataResult> {
  const delim = detectDelimiter(text);
  const rows: string[][] = [];
  // The header and one row over the limit are kept; rows beyond are only counted.
  const more = yield* csvRows(text, delim, rows, MAX_CSV_ROWS + 2);
  const header = (rows.shift() ?? []).map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const lonCol = lower.findIndex((h) => LON_NAMES.includes(h));
  const latCol = lower.findIndex((h) => LAT_NAMES.includes(h));
  const found = header.length ? header.map((h) => quote(h)).join(', ') : 'no columns';
  if (lonCol < 0 || latCol < 0) {
    const missing = [
      lonCol < 0 ? `longitude (${LON_NAMES.join('/')})` : '',
      latCol < 0 ? `latitude (${LAT_NAMES.join('/')})` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      error: `This does not look like GeoJSON or a CSV of points: no ${missing} column in the header; found ${found.length > 200 ? found.slice(0, 200) + '…' : found}.`,
    };
  }
  const dataRows = rows.filter((r) => !isBlankRow(r));
  if (dataRows.length + more > MAX_CSV_ROWS)
    return {
      error: `Too many points: the CSV has ${fmt(dataRows.length + more)} rows; the limit is ${fmt(MAX_CSV_ROWS)}.`,
    };
  if (dataRows.length === 0) return { error: 'The CSV has a header but no rows.' };
  const num = (s: string | undefined) => {
    if (s === undefined) return NaN;
    let t = s.trim();
    if (delim !== ',' && /^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
    return NUMBER.test(t) ? Number(t) : NaN;
  };
  const features: Feature[] = [];
  let skipped = 0;
  let firstBad = '';
  for (let r = 0; r < dataRows.length; r++) {
    if (r % 5000 === 4999) yield 0.8 + (0.2 * r) / dataRows.length;
    const row = dataRows[r];
    const lon = num(row[lonCol]);
    const lat = num(row[latCol]);
    const bad = Number.isNaN(lon)
      ? `longitude ${quote(row[lonCol] ?? '')} is not a number`
      : Number.isNaN(lat)
        ? `latitude ${quote(row[latCol] ?? '')} is not a number`
        : Math.abs(lon) > 180
          ? `longitude ${lon} is outside −180…180`
          : Math.abs(lat) > 90
            ? `latitude ${lat} is outside −90…90`
            : '';
    if (bad) {
      skipped++;
      if (!firstBad) firstBad = `row ${fmt(r + 2)}: ${bad}`;
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
  if (features.length === 0)
    return {
      error: `None of the ${plural(dataRows.length, 'row')} has usable coordinates (first problem: ${firstBad}).`,
    };
  const warnings = skipped
    ? [
        `Skipped ${fmt(skipped)} of ${plural(dataRows.length, 'row')} with missing, non-numeric or out-of-range coordinates (first: ${firstBad}).`,
      ]
    : [];
  return { ok: { type: 'FeatureCollection', features }, warnings };
}
