/**
 * Parse and validate the user's GeoJSON or CSV into a clean FeatureCollection the map can draw as an
 * overlay. Pure (no DOM, no MapLibre), so hostile inputs are unit-tested in node; the app loads it on
 * the first import, so the first view does not carry it.
 *
 * The work is a generator that yields a progress fraction every so often; {@link parseUserData}
 * runs it in time slices so a big file does not freeze the page, {@link parseUserDataSync} runs it
 * straight through.
 */
import { csvSteps } from './csv-points.ts';
import { geojsonSteps, outsideRegionWarning } from './geojson-walk.ts';
import type { Localized } from './i18n/index.ts';
import { say } from './i18n/user-data-text.ts';
import { MAX_FILE_BYTES, Reject, type UserDataResult, type UserFormat } from './user-data-limits.ts';

const MB = 1024 * 1024;

/** Null when `bytes` is an acceptable file size, else the message to show (naming `fileName` if given). */
export function checkFileSize(bytes: number, fileName?: string): Localized | null {
  const name = fileName ?? null;
  if (bytes > MAX_FILE_BYTES) return say((t) => t.fileTooBig(name, bytes / MB, MAX_FILE_BYTES / MB));
  if (bytes === 0) return say((t) => t.fileEmpty(name));
  return null;
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
  if (typeof text !== 'string') return { error: say((t) => t.notText) };
  if (text.length > MAX_FILE_BYTES) return { error: say((t) => t.overLimit(MAX_FILE_BYTES / MB)) };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { error: say((t) => t.empty) };
  try {
    const format = detectFormat(fileName, body);
    const r = format === 'csv' ? yield* csvSteps(body) : yield* geojsonSteps(body);
    if ('ok' in r) {
      const out = outsideRegionWarning(r.ok);
      if (out) r.warnings.push(out);
    }
    return r;
  } catch (err) {
    if (err instanceof Reject) return { error: err.text };
    if (err instanceof RangeError) return { error: say((t) => t.tooDeep) };
    const why = String((err as Error)?.message ?? err);
    return { error: say((t) => t.unreadable(why)) };
  }
}
