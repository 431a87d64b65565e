/**
 * What the atlas accepts as the user's own data (limits checked before and during parsing) and the
 * types a parse returns. What the readers say is worded in i18n/user-data-text.ts.
 */
import type { FeatureCollection } from 'geojson';
import { LocalizedError, type Localized } from './i18n/index.ts';

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

/** The longitude and latitude column names a CSV header may use (compared in lower case). */
export const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x'];
export const LAT_NAMES = ['lat', 'latitude', 'y'];

/** A property value as kept: flat scalars only (nested values become JSON text). */
export type UserValue = string | number | boolean | null;

/**
 * What parsing returns: the clean data and notes for the user, or one clear error; both are
 * {@link Localized}, worded in the language they are shown in.
 */
export type UserDataResult = { ok: FeatureCollection; warnings: Localized[] } | { error: Localized };

/** The format a file is read as. */
export type UserFormat = 'geojson' | 'csv';

/** Thrown inside the walkers to stop with a message for the user. */
export class Reject extends LocalizedError {}
