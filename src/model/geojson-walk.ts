/**
 * The GeoJSON reader of the user's own data: a walker that checks every position, ring and nesting
 * level (iteratively or depth-limited, so no input can overflow the stack), flattens properties to
 * scalars, and says what it refused and why.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Localized } from './i18n/index.ts';
import { quote, say, type Axis, type FeatureRef, type RingRef, type UserDataText } from './i18n/user-data-text.ts';
import { REGION_BOUNDS } from './style-vocab.ts';
import {
  MAX_FEATURES,
  MAX_GEOMETRY_DEPTH,
  MAX_VALUE_CHARS,
  MAX_VERTICES,
  Reject,
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
    const why = msg.length > 120 ? msg.slice(0, 117) + '…' : msg;
    return { error: say((t) => t.notJson(why)) };
  }
  yield 0.2;
  let features: unknown[];
  if (!isObject(json)) {
    const kind = Array.isArray(json)
      ? 'array'
      : json === null
        ? 'null'
        : (typeof json as 'string' | 'number' | 'boolean');
    return { error: say((t) => t.notGeoJsonValue(kind)) };
  }
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return { error: say((t) => t.noFeaturesArray) };
    features = json.features;
  } else if (json.type === 'Feature') features = [json];
  else if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type))
    features = [{ type: 'Feature', properties: {}, geometry: json }];
  else {
    const found = json.type === undefined ? null : quote(json.type);
    return { error: say((t) => t.notGeoJsonType(found)) };
  }
  const count = features.length;
  if (count > MAX_FEATURES) return { error: say((t) => t.tooManyFeatures(count, MAX_FEATURES)) };
  if (count === 0) return { error: say((t) => t.noFeatures) };

  const ctx: WalkContext = { vertices: 0, closedRings: [], feature: { index: 0, count } };
  const out: Feature[] = [];
  let noGeometry = 0;
  for (let i = 0; i < features.length; i++) {
    if (i % 500 === 499) yield 0.2 + (0.8 * i) / features.length;
    const f = features[i];
    ctx.feature = featureRef(f, i, count);
    if (!isObject(f) || f.type !== 'Feature') {
      const type = quote(isObject(f) ? f.type : f);
      reject(ctx, (t, feature) => t.notFeature(feature, type));
    }
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
        return { error: say((t) => t.tooManyVertices(total, MAX_VERTICES)) };
      }
      throw err;
    }
    if (f.properties !== null && f.properties !== undefined && !isObject(f.properties))
      reject(ctx, (t, feature) => t.propertiesNotObject(feature));
    out.push({ type: 'Feature', properties: cleanProperties(f.properties ?? {}), geometry });
  }
  const warnings: Localized[] = [];
  if (noGeometry) warnings.push(say((t) => t.skippedNoGeometry(noGeometry)));
  if (ctx.closedRings.length) {
    const shown = ctx.closedRings.slice(0, 3);
    const more = ctx.closedRings.length - shown.length;
    warnings.push(say((t) => t.closedRings(shown, more)));
  }
  if (out.length === 0) return { error: say((t) => t.nothingToDraw) };
  return { ok: { type: 'FeatureCollection', features: out }, warnings };
}

interface WalkContext {
  vertices: number;
  closedRings: RingRef[];
  /** The feature being read (a new object for each, so a message keeps the one it was about). */
  feature: FeatureRef;
}

class TooMany extends Error {}

/** Which feature `f` is, for messages: its place among `count` and its name if it has one. */
function featureRef(f: unknown, index: number, count: number): FeatureRef {
  if (!isObject(f) || !isObject(f.properties)) return { index, count };
  const name = f.properties.name ?? f.properties.NAME ?? f.properties.title;
  return typeof name === 'string' && name.trim()
    ? { index, count, name: quote(name.trim()) as string }
    : { index, count };
}

/** Stop reading with a message about the current feature. */
function reject(ctx: WalkContext, pick: (text: UserDataText, feature: FeatureRef) => string): never {
  const feature = ctx.feature;
  throw new Reject(say((t) => pick(t, feature)));
}

/** A position as [lon, lat], or a Reject naming the problem. */
function cleanPosition(p: unknown, ctx: WalkContext): Position {
  if (!Array.isArray(p) || p.length < 2) {
    const value = quote(p);
    reject(ctx, (t, f) => t.positionNotPair(f, value));
  }
  const [lon, lat] = p;
  for (const [v, axis] of [
    [lon, 'longitude'],
    [lat, 'latitude'],
  ] as [unknown, Axis][]) {
    if (typeof v !== 'number') {
      const value = quote(v);
      const isString = typeof v === 'string';
      reject(ctx, (t, f) => t.notNumber(f, axis, value, isString));
    }
    if (!Number.isFinite(v)) reject(ctx, (t, f) => t.notFinite(f, axis));
  }
  if (lon < -180 || lon > 180) reject(ctx, (t, f) => t.outOfRange(f, 'longitude', lon as number));
  if (lat < -90 || lat > 90) reject(ctx, (t, f) => t.outOfRange(f, 'latitude', lat as number));
  if (++ctx.vertices > MAX_VERTICES) throw new TooMany();
  return [lon as number, lat as number];
}

function cleanLine(coords: unknown, ctx: WalkContext): Position[] {
  if (!Array.isArray(coords)) reject(ctx, (t, f) => t.lineNotArray(f));
  const n = coords.length;
  if (n < 2) reject(ctx, (t, f) => t.lineTooShort(f, n, 2));
  return coords.map((p) => cleanPosition(p, ctx));
}

function cleanRing(coords: unknown, ctx: WalkContext, polygon: number | undefined, hole: number): Position[] {
  if (!Array.isArray(coords)) reject(ctx, (t, f) => t.ringNotArray(f));
  const ring = coords.map((p) => cleanPosition(p, ctx));
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1];
  const ref: RingRef = { feature: ctx.feature, polygon, hole };
  if (!closed && ring.length >= 3) {
    ring.push([first[0], first[1]]);
    ctx.closedRings.push(ref);
  }
  if (ring.length < 4) throw new Reject(say((t) => t.ringTooShort(ref)));
  return ring;
}

/** A polygon's rings; `polygon` is its number (from 1) within a MultiPolygon. */
function cleanPolygon(coords: unknown, ctx: WalkContext, polygon?: number): Position[][] {
  if (!Array.isArray(coords) || coords.length === 0) reject(ctx, (t, f) => t.polygonNoRings(f));
  return coords.map((r, i) => cleanRing(r, ctx, polygon, i));
}

function cleanArray(coords: unknown, ctx: WalkContext, type: string): unknown[] {
  if (!Array.isArray(coords)) reject(ctx, (t, f) => t.coordinatesNotArray(f, type));
  return coords;
}

/** A clean copy of a geometry; GeometryCollections nest at most {@link MAX_GEOMETRY_DEPTH} deep. */
function cleanGeometry(g: unknown, ctx: WalkContext, depth: number): Geometry {
  if (!isObject(g)) reject(ctx, (t, f) => t.geometryNotObject(f));
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: cleanPosition(c, ctx) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: cleanArray(c, ctx, 'MultiPoint').map((p) => cleanPosition(p, ctx)) };
    case 'LineString':
      return { type: 'LineString', coordinates: cleanLine(c, ctx) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: cleanArray(c, ctx, 'MultiLineString').map((l) => cleanLine(l, ctx)),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: cleanPolygon(c, ctx) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: cleanArray(c, ctx, 'MultiPolygon').map((p, i) => cleanPolygon(p, ctx, i + 1)),
      };
    case 'GeometryCollection': {
      if (depth >= MAX_GEOMETRY_DEPTH) reject(ctx, (t, f) => t.nestedTooDeep(f, MAX_GEOMETRY_DEPTH));
      if (!Array.isArray(g.geometries)) reject(ctx, (t, f) => t.noGeometries(f));
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => cleanGeometry(x, ctx, depth + 1)) };
    }
    default: {
      const type = quote(g.type);
      return reject(ctx, (t, f) => t.unknownGeometry(f, type));
    }
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
export function outsideRegionWarning(fc: FeatureCollection): Localized | null {
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
  return say((t) => t.outsideRegion);
}
