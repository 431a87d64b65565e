/**
 * Wires compare mode into the running atlas: the second map (made with the app's own options and
 * data), the change regions, the layout on screen, and the `atlas.compare` / `atlas.exportData`
 * members of the scripting handle.
 */
import { effect, signal } from '@preact/signals';
import type { Map as MlMap } from 'maplibre-gl';
import type { AtlasMap } from './map/atlas-map.ts';
import { CompareView } from './map/compare-view.ts';
import { compareDates, type CompareSummary } from './model/compare.ts';
import { clampDay, parseDay, type IsoDay } from './model/dates.ts';
import { placesCsv } from './model/places-csv.ts';
import { compareDate, compareLayout, swipeAt } from './state/compare.ts';
import { events, forces, sourcesLoaded, territory } from './state/data.ts';
import { date, lang, layers } from './state/store.ts';

/** Narrow screens swipe between the two dates; wide ones show them side by side. */
export const NARROW_QUERY = '(max-width: 760px)';

/** `atlas.compare` and `atlas.exportData`. */
export interface CompareApi {
  /**
   * Compare the date `a` with `b` (default: the date shown): the atlas switches to compare mode
   * (`a` null leaves it) and resolves, once both are drawn, with what changed from `a` to `b`.
   */
  compare(a: string | null, b?: string): Promise<CompareSummary | null>;
  /** The territory of `date` (default: the date shown) as GeoJSON, or its places as CSV, in a Blob. */
  exportData(opts?: { date?: string; format?: 'geojson' | 'csv' }): Promise<Blob>;
  /** The MapLibre map of the earlier date while two maps are shown, else null. */
  earlierMap(): MlMap | null;
}

function day(v: unknown, what: string): IsoDay {
  const d = typeof v === 'string' ? parseDay(v) : null;
  if (!d) throw new TypeError(`${what}: expected YYYY-MM-DD, got ${JSON.stringify(String(v).slice(0, 40))}`);
  return clampDay(d);
}

/** Resolves once `test` (reading signals) is true. */
function whenTrue(test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = effect(() => {
      if (test()) {
        queueMicrotask(() => stop());
        resolve();
      }
    });
  });
}

/** Start compare mode's machinery; returns what `ready` must wait for and the API members. */
export function setupCompare(opts: {
  main: AtlasMap;
  mainEl: HTMLElement;
  /** Make a map like the main one in `container` (no data yet). */
  makeMap: (container: HTMLElement) => AtlasMap;
  ready: Promise<void>;
  drawDate: (d: IsoDay) => Promise<void>;
}): { settled: () => Promise<void>; api: CompareApi } {
  const other = signal<AtlasMap | null>(null);
  const otherData: Promise<void>[] = [];
  const view = new CompareView(opts.main, opts.mainEl, (container) => {
    const m = opts.makeMap(container);
    other.value = m;
    return m;
  });
  effect(() => {
    const m = other.value;
    const t = territory.value;
    if (m && t) otherData.push(m.setTerritory(t));
  });
  effect(() => {
    const m = other.value;
    const f = forces.value;
    if (m && f) otherData.push(m.setForces(f));
  });
  effect(() => {
    const m = other.value;
    const e = events.value;
    if (m && e) otherData.push(m.setEvents(e.events));
  });
  effect(() => {
    const m = other.value;
    const visible = layers.value;
    if (m) void m.loaded.then(() => m.setLayers(visible));
  });
  effect(() => {
    const m = other.value;
    const l = lang.value;
    if (m) void m.loaded.then(() => m.setLang(l));
  });

  const narrow = signal(window.matchMedia(NARROW_QUERY).matches);
  window.matchMedia(NARROW_QUERY).addEventListener('change', (e) => (narrow.value = e.matches));
  let shown: Promise<void> = Promise.resolve();
  let sceneSeq = 0;
  effect(() => {
    const a = compareDate.value;
    const t = territory.value;
    const b = date.value;
    const layout = compareLayout.value;
    const scene = { a: t ? a : null, layout, narrow: narrow.value, swipe: swipeAt.value };
    // The change view's regions are dissolved cells: that code (and its polygon library) loads on first use.
    const regions =
      t && a && layout === 'change'
        ? import('./model/change-regions.ts').then((m) => m.changeRegions(t, a, b))
        : Promise.resolve(null);
    const seq = ++sceneSeq;
    shown = Promise.all([opts.main.loaded, regions]).then(([, r]) =>
      // A newer scene (the date moved on meanwhile) is shown by its own effect run.
      seq === sceneSeq ? view.show({ ...scene, regions: r }) : undefined,
    );
  });

  const settled = async () => {
    await shown.catch(() => undefined);
    const m = view.earlierMap;
    // Each dataset's arrival redraws the second map's date: once they are in, it has drawn everything.
    if (m) await Promise.all(otherData);
  };

  const api: CompareApi = {
    compare: async (a, b) => {
      const from = a === null ? null : day(a, 'atlas.compare');
      const to = b === undefined ? date.value : day(b, 'atlas.compare');
      await opts.ready;
      compareDate.value = from;
      date.value = to;
      await opts.drawDate(to);
      await settled();
      // The summary cites each change's sources, which load after the first view.
      await whenTrue(() => sourcesLoaded.value);
      const t = territory.value;
      return from && t ? compareDates(t, from, to) : null;
    },
    earlierMap: () => view.earlierMap?.map ?? null,
    exportData: async (o = {}) => {
      const d = o.date === undefined ? date.value : day(o.date, 'atlas.exportData');
      const format = o.format ?? 'geojson';
      if (format !== 'geojson' && format !== 'csv')
        throw new TypeError(`atlas.exportData: format must be "geojson" or "csv", not ${JSON.stringify(format)}`);
      await opts.ready;
      await whenTrue(() => sourcesLoaded.value);
      const t = territory.value;
      if (!t) throw new Error('The territory data could not be loaded.');
      return format === 'geojson'
        ? new Blob([(await import('./model/territory-geojson.ts')).territoryGeoJsonText(t, d)], {
            type: 'application/geo+json',
          })
        : new Blob([placesCsv(t, d)], { type: 'text/csv;charset=utf-8' });
    },
  };
  return { settled, api };
}
