/**
 * Small helpers shared by the build scripts: deterministic JSON output and coordinate rounding.
 */
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Geometry } from 'geojson';

/**
 * Round every number of a coordinate array (nested to any depth) to `digits` decimals (byte-stable
 * output). A geometry object is returned unchanged: round its `coordinates`, or use {@link roundGeometry}.
 */
export function roundCoords<T>(value: T, digits = 4): T {
  const f = 10 ** digits;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Math.round(v * f) / f;
    if (Array.isArray(v)) return v.map(walk);
    return v;
  };
  return walk(value) as T;
}

/** A GeoJSON geometry with every coordinate rounded to `digits` decimals (collections included). */
export function roundGeometry<T extends Geometry>(g: T, digits = 4): T {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => roundGeometry(x, digits)) };
  return { ...g, coordinates: roundCoords(g.coordinates, digits) };
}

/** Write JSON compactly with a trailing newline, creating folders as needed. */
export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value) + '\n');
}

/** Read and parse a JSON file. */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
