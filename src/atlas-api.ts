/**
 * `window.atlas`: the documented scripting handle used by tests, CLIs and embedders.
 */
import { stepToChange } from './state/change-steps.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { parseDay, clampDay, type IsoDay } from './model/dates.ts';
import { center, date, layers, zoom } from './state/store.ts';
import type { AnimationExportOptions, Exporter, ImageExportOptions } from './export/exporter.ts';
import { importOverlayText, type ImportResult } from './state/overlays.ts';
import { nameFromFile } from './model/user-data.ts';
import { DATA_AS_OF, isStale } from './model/data-as-of.ts';

/** The state `getState()` reports. */
export interface AtlasState {
  date: IsoDay;
  center: [number, number];
  zoom: number;
  layers: string[];
  /** The latest day the sources were checked to. */
  dataAsOf: IsoDay;
  /** True when `date` is after {@link AtlasState.dataAsOf}: the map repeats the last known state. */
  stale: boolean;
}

/** The scripting handle. */
export interface AtlasApi {
  /** Resolves once the first full render (basemap and territory for the start date) is done. */
  ready: Promise<void>;
  getState(): AtlasState;
  /** Set the date; resolves when that date is drawn. Rejects a value that is not a date. */
  setDate(day: string): Promise<void>;
  /**
   * Step the date to the next change of control (`direction` 1) or the previous one (-1), anywhere
   * (`scope` 'all') or within the map's view ('view'; default: the scope chosen in the slider); resolves
   * with the new date once it is drawn, or null when there is no change that way.
   */
  stepChange(direction?: 1 | -1, scope?: 'all' | 'view'): Promise<string | null>;
  /** The MapLibre map. */
  map: MlMap;
  /** Render the current view again at the requested size as PNG (with text metadata), JPEG or WebP. */
  exportImage(opts?: ImageExportOptions): Promise<Blob>;
  /** Render a date range as an animated GIF or a WebM video. */
  exportAnimation(opts: AnimationExportOptions): Promise<Blob>;
  /**
   * Add GeoJSON or CSV text as the user's own layer named `name` (a name ending .csv or .geojson
   * picks the reader, else the content does), validated exactly like a file; resolves once the layer is
   * on the map. Never rejects.
   */
  addOverlay(name: string, text: string): Promise<ImportResult>;
}

/** Build the handle from the app's pieces. */
export function createAtlasApi(
  map: MlMap,
  ready: Promise<void>,
  drawDate: (d: IsoDay) => Promise<void>,
  exporter?: Exporter,
  /** Resolves once the map shows the current user overlays (their drawing code loads with the first one). */
  overlaysShown: () => Promise<void> = () => Promise.resolve(),
): AtlasApi {
  const noExporter = () => Promise.reject(new Error('Export is not available on this page.'));
  return {
    exportImage: (opts) => (exporter ? exporter.exportImage(opts) : noExporter()),
    exportAnimation: (opts) => (exporter ? exporter.exportAnimation(opts) : noExporter()),
    ready,
    map,
    addOverlay: (name, text) =>
      typeof text === 'string'
        ? importOverlayText(nameFromFile(String(name ?? '')), text, String(name ?? '')).then(async (result) => {
            // Resolve once the layer is on the map, so a script can look at it straight away.
            if (result.ok) await overlaysShown().catch(() => undefined);
            return result;
          })
        : Promise.resolve({ ok: false, message: 'atlas.addOverlay: expected the data as a string.' }),
    getState: () => ({
      date: date.value,
      center: [Number(center.value[0].toFixed(5)), Number(center.value[1].toFixed(5))],
      zoom: Number(zoom.value.toFixed(3)),
      layers: [...layers.value],
      dataAsOf: DATA_AS_OF,
      stale: isStale(date.value),
    }),
    stepChange: async (direction = 1, scope) => {
      if (direction !== 1 && direction !== -1) throw new TypeError('atlas.stepChange: direction must be 1 or -1');
      if (scope !== undefined && scope !== 'all' && scope !== 'view')
        throw new TypeError("atlas.stepChange: scope must be 'all' or 'view'");
      const to = stepToChange(direction, scope);
      if (to) await drawDate(to);
      return to;
    },
    setDate: async (day: string) => {
      const d = typeof day === 'string' ? parseDay(day) : null;
      if (!d)
        throw new TypeError(`atlas.setDate: expected YYYY-MM-DD, got ${JSON.stringify(String(day).slice(0, 40))}`);
      const clamped = clampDay(d);
      date.value = clamped;
      await drawDate(clamped);
    },
  };
}
