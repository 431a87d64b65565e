/**
 * The address bar carries the view: parsing never throws, and anything that makes no sense is
 * dropped with a notice for the user.
 */
import { ATLAS_END, ATLAS_START, parseDay, type IsoDay } from '../model/dates.ts';
import { LABEL_LANGS, isLayerId, type LabelLang, type LayerId } from '../model/layers.ts';
import { REGION_BOUNDS } from '../model/style-vocab.ts';
import { formatNumber, localized, type Localized } from '../model/i18n/index.ts';

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

function firstValue(params: URLSearchParams, key: string, notices: Localized[]): string | null {
  const all = params.getAll(key);
  if (all.length === 0) return null;
  if (all.length > 1) notices.push(localized((m, l) => m.noticeRepeated(key, formatNumber(all.length, l))));
  const v = all[0];
  if (v.length > MAX_PARAM_LENGTH) {
    notices.push(localized((m) => m.noticeTooLong(key)));
    return null;
  }
  return v;
}

/** A value from the address as a notice shows it (the messages quote it in their own script's way). */
function quote(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** Parse a query string into a view and a list of plain-language notices (in the reader's language). Never throws. */
export function parseUrlView(search: string): { view: UrlView; notices: Localized[] } {
  const notices: Localized[] = [];
  const view: UrlView = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, notices: [localized((m) => m.noticeUnreadable)] };
  }
  const date = firstValue(params, 'date', notices);
  if (date !== null) {
    const d = parseDay(date);
    if (!d) notices.push(localized((m) => m.noticeBadDate(quote(date))));
    else if (d < ATLAS_START || d > ATLAS_END) {
      view.date = d < ATLAS_START ? ATLAS_START : ATLAS_END;
      const moved = view.date;
      notices.push(localized((m) => m.noticeDateMoved(ATLAS_START, ATLAS_END, d, moved)));
    } else view.date = d;
  }
  const center = firstValue(params, 'center', notices);
  if (center !== null) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(center);
    const lon = m ? Number(m[1]) : NaN;
    const lat = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      notices.push(localized((m) => m.noticeBadCentre(quote(center))));
    } else if (lon < REGION_BOUNDS[0] || lon > REGION_BOUNDS[2] || lat < REGION_BOUNDS[1] || lat > REGION_BOUNDS[3]) {
      notices.push(localized((m) => m.noticeCentreOutside(quote(center))));
    } else view.center = [lon, lat];
  }
  const zoom = firstValue(params, 'zoom', notices);
  if (zoom !== null) {
    const z = /^\s*-?\d+(?:\.\d+)?\s*$/.test(zoom) ? Number(zoom) : NaN;
    if (!Number.isFinite(z)) notices.push(localized((m) => m.noticeBadZoom(quote(zoom))));
    else {
      const used = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
      view.zoom = used;
      if (used !== z)
        notices.push(
          localized((m, l) =>
            m.noticeZoomClamped(
              formatNumber(z, l, 2),
              formatNumber(MIN_ZOOM, l, 1),
              formatNumber(MAX_ZOOM, l),
              formatNumber(used, l, 1),
            ),
          ),
        );
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
    if (unknown.length)
      notices.push(
        localized((m) =>
          m.noticeUnknownLayers(unknown.map((v) => m.quoted(quote(v))).join(m.listSep), unknown.length === 1),
        ),
      );
    view.layers = [...new Set(known)];
  }
  const lang = firstValue(params, 'lang', notices);
  if (lang !== null) {
    if ((LABEL_LANGS as readonly string[]).includes(lang)) view.lang = lang as LabelLang;
    else notices.push(localized((m) => m.noticeBadLang(quote(lang))));
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
