/**
 * What the atlas accepts as the user's own data (limits checked before and during parsing), the types
 * a parse returns, and the helpers its readers share to phrase a refusal.
 */
import type { FeatureCollection } from 'geojson';

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

/** A property value as kept: flat scalars only (nested values become JSON text). */
export type UserValue = string | number | boolean | null;

/** What parsing returns: the clean data and notes for the user, or one clear error. */
export type UserDataResult = { ok: FeatureCollection; warnings: string[] } | { error: string };

/** The format a file is read as. */
export type UserFormat = 'geojson' | 'csv';

/** Thrown inside the walkers to stop with a message for the user. */
export class Reject extends Error {}

/** A count in words' digits (1,234). */
export const fmt = (n: number) => n.toLocaleString('en-US');
/** `n` and a noun in the right number. */
export const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;
/** A short, quoted rendering of a value for a message. */
export const quote = (v: unknown) => {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};
