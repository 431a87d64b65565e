/**
 * The user's own layers before any file is read: names from file names, default colours. Checking
 * a file's size and reading it is parse-user-data.ts (loaded on the first import, with its readers in
 * geojson-walk.ts and csv-points.ts and its texts in i18n/user-data-text.ts); the limits are in
 * user-data-limits.ts; the overlay's map ids in overlay-ids.ts.
 */
import { MAX_NAME_CHARS } from './user-data-limits.ts';

/** Default overlay colours: distinct from the atlas's controller palette (Okabe–Ito). */
export const OVERLAY_COLORS = ['#e6007e', '#7b2cbf', '#00a6a6', '#a0522d', '#ff3b30', '#3d5afe'] as const;

/**
 * A layer name from a file name: without folder and extension, trimmed, at most {@link MAX_NAME_CHARS};
 * `untitled` if that leaves nothing.
 */
export function nameFromFile(fileName: string, untitled?: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return cleanName(base.replace(/\.(geo)?json$|\.csv$|\.txt$/i, ''), untitled);
}

/**
 * A usable overlay name: control characters removed, trimmed, capped; `untitled` (by default
 * "Untitled layer") if empty.
 */
export function cleanName(name: string, untitled = 'Untitled layer'): string {
  const s = String(name)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.slice(0, MAX_NAME_CHARS) || untitled;
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
