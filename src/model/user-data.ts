/**
 * The user's own layers before any file is read: file sizes accepted, names from file names, default
 * colours. Reading a file is parse-user-data.ts (loaded on the first import, with its readers in
 * geojson-walk.ts and csv-points.ts); the limits are in user-data-limits.ts; the overlay's map ids in
 * overlay-ids.ts.
 */
import { MAX_FILE_BYTES, MAX_NAME_CHARS } from './user-data-limits.ts';

/** Default overlay colours: distinct from the atlas's controller palette (Okabe–Ito). */
export const OVERLAY_COLORS = ['#e6007e', '#7b2cbf', '#00a6a6', '#a0522d', '#ff3b30', '#3d5afe'] as const;

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
