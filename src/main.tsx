/**
 * Boot: read the URL, render the chrome, create the map, load the territory and keep map, state
 * and address bar in step. Exposes `window.atlas`.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { render } from 'preact';
import { effect } from '@preact/signals';
import basemapUrl from '../geodata/build/basemap.topo.json?url';
import territoryUrl from '../geodata/build/territory.json?url';
import territoryDetailsUrl from '../geodata/build/territory-details.json?url';
import forcesUrl from '../geodata/build/forces.json?url';
import forcesDetailsUrl from '../geodata/build/forces-details.json?url';
import eventsDetailsUrl from '../geodata/build/events-details.json?url';
import eventsUrl from '../geodata/build/events.json?url';
import sharesUrl from '../geodata/build/shares.json?url';
import populationUrl from '../geodata/population.json?url';
import { population } from './state/population-data.ts';
import type { PopulationFile } from './model/population.ts';
import { viewBox } from './state/change-steps.ts';
import { publishedShares, sharesCountry } from './state/shares-data.ts';
import type { PublishedSharesFile } from './model/calibration.ts';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';
import { App } from './ui/App.tsx';
import { AtlasMap } from './map/atlas-map.ts';
import { createAtlasApi, type AtlasApi } from './atlas-api.ts';
import { CompareExporter } from './export/compare-exporter.ts';
import { permalinkBase } from './export/public-url.ts';
import { parseUrlView, formatUrlView, MIN_ZOOM, MAX_ZOOM } from './state/url.ts';
import { center, date, zoom, layers, lang, notify, DEFAULT_CENTER, DEFAULT_ZOOM } from './state/store.ts';
import { territory, sourcesLoaded, forces, events, fetchJson } from './state/data.ts';
import type { EventsData } from './model/events.ts';
import {
  expandEvents,
  expandForces,
  mergeEventsDetails,
  mergeForcesDetails,
  type EventsDetailsFile,
  type ForcesDetailsFile,
  type SlimEventsFile,
  type SlimForcesFile,
} from './model/facts-file.ts';
import { setDrawWaiter } from './state/playback.ts';
import type { ForcesData } from './model/forces.ts';
import type { TerritoryData } from './model/territory.ts';
import {
  decodeTerritory,
  mergeTerritoryDetails,
  type TerritoryDetailsFile,
  type TerritoryFile,
} from './model/territory-file.ts';
import { showWebGlError } from './ui/webgl-error.ts';
import { showMapDrawing } from './ui/map-drawing.ts';
import { followChrome } from './ui/visible-area.ts';
import { applyCssVocabulary } from './ui/css-vocabulary.ts';
import { relayout } from './ui/direction-relayout.ts';
import { loadArabicFont } from './ui/arabic-font.ts';
import { hasMessages, loadMessages, localized, messages, textDirection, type Messages } from './model/i18n/index.ts';

/** The data files the page loads, by their key in the strings' `dataFiles`. */
type DataFile = keyof Messages['dataFiles'];
import { attachPlacePopup } from './ui/place-popup.tsx';
import { listenToOtherTabs, loadStoredOverlays, overlays } from './state/overlays.ts';
import { bindStateToMap } from './bind-state-to-map.ts';
import { graphicsLost, graphicsProblem, graphicsRestored } from './state/graphics.ts';
import { setupCompare, type CompareApi } from './compare-setup.ts';
import {
  compareDate,
  compareLayout,
  compareSummary,
  formatCompareParams,
  parseCompareParams,
} from './state/compare.ts';
import { embedMode } from './state/embed.ts';

declare global {
  interface Window {
    atlas?: AtlasApi & CompareApi;
  }
}

function boot({ view, notices }: ReturnType<typeof parseUrlView>): void {
  applyCssVocabulary(document.documentElement);
  if (view.date) date.value = view.date;
  if (view.center) center.value = view.center;
  if (view.zoom !== undefined) zoom.value = view.zoom;
  if (view.layers) layers.value = view.layers;
  if (view.lang && hasMessages(view.lang)) lang.value = view.lang;
  else if (view.lang)
    notify(
      localized((m) => m.noticeArabicFailed),
      'error',
    );
  notices.forEach((n) => notify(n));
  const { params: cmp, notices: cmpNotices } = parseCompareParams(location.search);
  if (cmp.compare) compareDate.value = cmp.compare;
  if (cmp.layout) compareLayout.value = cmp.layout;
  embedMode.value = cmp.embed === true;
  document.documentElement.classList.toggle('embed', embedMode.value);
  cmpNotices.forEach((n) => notify(n));

  performance.mark('atlas:boot');
  // The first view's data is fetched (and the territory decoded) while the map loads its style and basemap.
  /** Fetch a data file and use it; a failure (fetch, parse or use) is named in a notice. */
  const load = async <T,>(url: string, what: DataFile, use: (d: T) => Promise<void>) => {
    try {
      await use(await fetchJson<T>(url));
    } catch (err) {
      const why = (err as Error).message;
      notify(
        localized((m) => m.noticeLoadFailed(m.dataFiles[what], why)),
        'error',
      );
    }
  };
  /** {@link load}, giving the prepared data (null when it could not be loaded). */
  const fetchFirst = async <T, R>(url: string, what: DataFile, prepare: (d: T) => R): Promise<R | null> => {
    let out: R | null = null;
    await load<T>(url, what, async (d) => void (out = prepare(d)));
    return out;
  };
  const firstData = {
    territory: fetchFirst<TerritoryFile, TerritoryData>(territoryUrl, 'territory', decodeTerritory),
    forces: fetchFirst<SlimForcesFile, ForcesData>(forcesUrl, 'forces', expandForces),
    events: fetchFirst<SlimEventsFile, EventsData>(eventsUrl, 'events', expandEvents),
  };
  void Promise.all(Object.values(firstData)).then(() => performance.mark('atlas:data'));

  const mapEl = document.getElementById('map')!;
  let atlasMap: AtlasMap;
  const mapOptions = (container: HTMLElement) => ({
    container,
    center: center.value,
    zoom: zoom.value,
    lang: lang.value,
    basemapUrl,
    fonts: { latin, latinBold, latinExt, arabic, arabicBold },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    onBasemapError: (err: Error) =>
      notify(
        localized((m) => m.noticeBasemapFailed(err.message)),
        'error',
      ),
  });
  try {
    atlasMap = new AtlasMap({
      ...mapOptions(mapEl),
      onContextChange: (state) => (state === 'lost' ? graphicsLost() : graphicsRestored()),
    });
  } catch (err) {
    showWebGlError(mapEl, err, messages(lang.value));
    document.documentElement.dataset.atlasError = 'webgl';
    return;
  }
  const map = atlasMap.map;
  const drawingShown = showMapDrawing(mapEl, messages(lang.value).mapDrawing);
  // Set once the chrome is rendered (below): fits the whole region into the part of the map left visible.
  let resetView = () => {
    map.flyTo({ center: DEFAULT_CENTER, zoom: DEFAULT_ZOOM, essential: true });
  };
  const exporter = new CompareExporter(
    {
      mapOptions: { basemapUrl, fonts: { latin, latinBold, latinExt, arabic, arabicBold }, maxZoom: MAX_ZOOM },
      graphicsProblem,
      view: () => {
        const c = map.getCenter();
        const v = { date: date.value, center: [c.lng, c.lat] as [number, number], zoom: map.getZoom() };
        const search = formatUrlView({ ...v, layers: layers.value, lang: lang.value });
        const href = permalinkBase(import.meta.env.VITE_PUBLIC_URL, location.origin, location.pathname) + search;
        const screen = { width: mapEl.clientWidth, height: mapEl.clientHeight };
        return {
          ...v,
          day: v.date,
          layers: layers.value,
          lang: lang.value,
          href,
          search,
          screen,
          dpr: devicePixelRatio,
        };
      },
      data: () => ({
        territory: territory.value,
        forces: forces.value,
        events: events.value?.events ?? null,
        overlays: overlays.value,
      }),
    },
    () => {
      const a = compareDate.value;
      const summary = compareSummary.value;
      return a && summary ? { a, summary } : null;
    },
  );
  const goTo = (lon: number, lat: number, z: number) => map.flyTo({ center: [lon, lat], zoom: z, essential: true });
  // The shares chart under the slider opens by default where the screen has room for it.
  if (window.innerWidth >= 1000 && window.innerHeight >= 760) sharesCountry.value = 'SY';
  const viewSearch = () =>
    formatUrlView({
      date: date.value,
      center: center.value,
      zoom: zoom.value,
      layers: layers.value,
      lang: lang.value,
    }) +
    formatCompareParams({
      compare: compareDate.value ?? undefined,
      layout: compareLayout.value,
      embed: embedMode.value,
    });
  render(
    <App onResetView={() => resetView()} onGo={goTo} exporter={exporter} viewSearch={viewSearch} />,
    document.getElementById('ui')!,
  );
  // The first view (unless the address gives one) shows the whole region in the part of the map the
  // title, panel and slider leave free; every later centre refers to that part too.
  const chrome = () => [...document.querySelectorAll('#ui .title, #ui .panel:not(.open), #ui .timebar')];
  resetView = followChrome(map, mapEl, chrome, !view.center && view.zoom === undefined);

  const noteView = () => {
    const b = map.getBounds();
    viewBox.value = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };
  noteView();
  map.on('moveend', () => {
    const c = map.getCenter();
    center.value = [c.lng, c.lat];
    zoom.value = map.getZoom();
    noteView();
  });
  attachPlacePopup(map);

  const ready = (async () => {
    // Each dataset goes to the map as soon as it is decoded and the style parsed, so the map's workers
    // tile it while the rest loads; the interface gets it once the map has it, and computes its figures
    // while the workers cut tiles.
    const toMap = <T,>(data: Promise<T | null>, set: (d: T) => Promise<void>) =>
      data.then(async (d) => {
        if (d) await set(d);
        return d;
      });
    const [t, f, e] = await Promise.all([
      toMap(firstData.territory, (d) => atlasMap.setTerritory(d)),
      toMap(firstData.forces, (d) => atlasMap.setForces(d)),
      toMap(firstData.events, (d) => atlasMap.setEvents(d.events)),
    ]);
    performance.mark('atlas:map-loaded');
    if (t) territory.value = t;
    if (f) forces.value = f;
    if (e) events.value = e;
    // The date reaches the map from here on, so its first draw has every dataset.
    bindStateToMap(atlasMap);
    await atlasMap.setDate(date.value).catch(() => undefined);
    performance.mark('atlas:ready');
  })();
  void ready.finally(drawingShown);
  // What a reader asks for after the first view (sources and notes, published shares) loads once it is drawn
  // and the browser has had a turn.
  const afterFirstView = () =>
    new Promise<void>((resolve) =>
      'requestIdleCallback' in window
        ? requestIdleCallback(() => resolve(), { timeout: 1000 })
        : setTimeout(resolve, 0),
    );
  void ready.then(afterFirstView).then(async () => {
    await Promise.all([
      load<TerritoryDetailsFile>(territoryDetailsUrl, 'territorySources', async (d) => {
        const t = territory.value;
        if (t) mergeTerritoryDetails(t, d);
      }),
      load<ForcesDetailsFile>(forcesDetailsUrl, 'forcesSources', async (d) => {
        const f = forces.value;
        if (f) mergeForcesDetails(f, d);
      }),
      load<EventsDetailsFile>(eventsDetailsUrl, 'eventsSources', async (d) => {
        const e = events.value;
        if (e) mergeEventsDetails(e, d);
      }),
      load<PublishedSharesFile>(sharesUrl, 'shares', async (d) => {
        publishedShares.value = d;
      }),
      load<PopulationFile>(populationUrl, 'population', async (d) => {
        population.value = d;
      }),
    ]);
    // Cards stop waiting either way; a file that failed to load has already said so in a notice.
    sourcesLoaded.value = true;
  });

  // The whole interface follows the language: the document says which, and which way it reads.
  effect(() => {
    const dir = textDirection(lang.value);
    const turned = document.documentElement.dir !== '' && document.documentElement.dir !== dir;
    document.documentElement.lang = lang.value;
    document.documentElement.dir = dir;
    // After the components have re-rendered in the new language, before the next paint.
    const ui = document.getElementById('ui');
    if (turned && ui) requestAnimationFrame(() => relayout(ui));
    document.getElementById('map')?.setAttribute('aria-label', messages(lang.value).mapTitle);
    if (lang.value === 'ar') loadArabicFont();
  });
  // An embed has no overlay panel, and a third-party frame may not open the page's storage at all.
  if (!embedMode.value) {
    void loadStoredOverlays();
    listenToOtherTabs();
  }
  let urlFrame = 0;
  effect(() => {
    const search = viewSearch();
    cancelAnimationFrame(urlFrame);
    urlFrame = requestAnimationFrame(() => history.replaceState(null, '', search));
  });

  setDrawWaiter((d) => atlasMap.setDate(d));
  const compare = setupCompare({
    main: atlasMap,
    mainEl: mapEl,
    makeMap: (container) => new AtlasMap(mapOptions(container)),
    ready,
    drawDate: (d) => atlasMap.setDate(d),
  });
  window.atlas = {
    ...createAtlasApi(
      map,
      ready.then(compare.settled),
      (d) => atlasMap.setDate(d),
      exporter,
      () => atlasMap.setOverlays(overlays.value),
    ),
    ...compare.api,
  };
}

// An address asking for Arabic loads its strings before the first render (English ships in the page).
const fromAddress = parseUrlView(location.search);
void (fromAddress.view.lang === 'ar' ? loadMessages('ar') : Promise.resolve())
  .catch(() => undefined)
  .then(() => boot(fromAddress));
