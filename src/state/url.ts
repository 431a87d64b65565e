/**
 * The address bar carries the view: parsing never throws, and anything that makes no sense is
 * dropped with a notice for the user.
 */
import { ATLAS_END, ATLAS_START, parseDay, type IsoDay } from '../model/dates.ts';
import { LABEL_LANGS, isLayerId, type LabelLang, type LayerId } from '../model/layers.ts';
import { REGION_BOUNDS } from '../model/style-vocab.ts';

/** The view as the URL describes it. */
export interface UrlView {
  date?: IsoDay;
  center?: [number, number];
  zoom?: number;
  layers?: LayerId[];
  lang?: LabelLang;
}

/**
 * Zoom range the map allows. The low end lets a portrait phone (360 px wide) show all of Iraq and
 * Syria with the names of the border cities (Aleppo, Basra) whole.
 */
export const MIN_ZOOM = 3.5;
export const MAX_ZOOM = 12;

const MAX_PARAM_LENGTH = 200;

function firstValue(params: URLSearchParams, key: string, notices: string[]): string | null {
  const all = params.getAll(key);
  if (all.length === 0) return null;
  if (all.length > 1) notices.push(`The address gave “${key}” ${all.length} times; the first was used.`);
  const v = all[0];
  if (v.length > MAX_PARAM_LENGTH) {
    notices.push(`The “${key}” value in the address was too long and was ignored.`);
    return null;
  }
  return v;
}

function quote(v: string): string {
  const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
  return `“${shown}”`;
}

/** Parse a query string into a view and a list of plain-language notices. Never throws. */
export function parseUrlView(search: string): { view: UrlView; notices: string[] } {
  const notices: string[] = [];
  const view: UrlView = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, notices: ['The address could not be read; the default view is shown.'] };
  }
  const date = firstValue(params, 'date', notices);
  if (date !== null) {
    const d = parseDay(date);
    if (!d) notices.push(`The date ${quote(date)} is not a calendar date (use YYYY-MM-DD); the default date is shown.`);
    else if (d < ATLAS_START || d > ATLAS_END) {
      view.date = d < ATLAS_START ? ATLAS_START : ATLAS_END;
      notices.push(`The atlas covers ${ATLAS_START} to ${ATLAS_END}; ${d} was moved to ${view.date}.`);
    } else view.date = d;
  }
  const center = firstValue(params, 'center', notices);
  if (center !== null) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(center);
    const lon = m ? Number(m[1]) : NaN;
    const lat = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      notices.push(`The centre ${quote(center)} is not “longitude,latitude”; the default view is shown.`);
    } else if (lon < REGION_BOUNDS[0] || lon > REGION_BOUNDS[2] || lat < REGION_BOUNDS[1] || lat > REGION_BOUNDS[3]) {
      notices.push(`The centre ${quote(center)} is outside the region this atlas maps; the default view is shown.`);
    } else view.center = [lon, lat];
  }
  const zoom = firstValue(params, 'zoom', notices);
  if (zoom !== null) {
    const z = /^\s*-?\d+(?:\.\d+)?\s*$/.test(zoom) ? Number(zoom) : NaN;
    if (!Number.isFinite(z)) notices.push(`The zoom ${quote(zoom)} is not a number; the default zoom is used.`);
    else {
      view.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
      if (view.zoom !== z) notices.push(`Zoom ${z} is outside ${MIN_ZOOM}–${MAX_ZOOM}; ${view.zoom} is used.`);
    }
  }
  const layers = firstValue(params, 'layers', notices);
  if (layers !== null) {
    const asked = layers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const known = asked.filter(isLayerId);
    const unknown = asked.filter((l) => !isLayerId(l));
    if (unknown.length) notices.push(`Unknown layer(s) ${unknown.map(quote).join(', ')} were ignored.`);
    view.layers = [...new Set(known)];
  }
  const lang = firstValue(params, 'lang', notices);
  if (lang !== null) {
    if ((LABEL_LANGS as readonly string[]).includes(lang)) view.lang = lang as LabelLang;
    else notices.push(`Label language ${quote(lang)} is not available (use en or ar).`);
  }
  return { view, notices };
}

/** Serialise a complete view to a query string (stable parameter order, fixed precision). */
export function formatUrlView(v: Required<UrlView>): string {
  const p = new URLSearchParams();
  p.set('date', v.date);
  p.set('center', `${v.center[0].toFixed(4)},${v.center[1].toFixed(4)}`);
  p.set('zoom', String(Math.round(v.zoom * 100) / 100));
  p.set('layers', v.layers.join(','));
  if (v.lang !== 'en') p.set('lang', v.lang);
  return `?${p.toString().replace(/%2C/g, ',')}`;
}
