/**
 * The GeoJSON reader of the user's own data: a walker that checks every position, ring and nesting
 * level (iteratively or depth-limited, so no input can overflow the stack), flattens properties to
 * scalars, and says what it refused and why.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { REGION_BOUNDS } from './style-vocab.ts';
import {
  MAX_FEATURES,
  MAX_GEOMETRY_DEPTH,
  MAX_VALUE_CHARS,
  MAX_VERTICES,
  Reject,
  fmt,
  plural,
  quote,
  type UserDataResult,
  type UserValue,
} from './user-data-limits.ts';

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

/** Read GeoJSON text into clean features, yielding progress fractions. */
export function* geojsonSteps(text: string): Generator<number, UserDataResult> {
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
export function outsideRegionWarning(fc: FeatureCollection): string | null {
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
