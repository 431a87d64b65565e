/**
 * The MapLibre adapter: creates the map from the pure style, loads territory geometry once, and
 * applies dates through feature-state with latest-wins scheduling.
 */
import type { LabelLang, LayerId } from '../model/layers.ts';
import { Map as MlMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, IControl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Place, TerritoryData } from '../model/territory.ts';
import type { IsoDay } from '../model/dates.ts';
import { buildStyle, sourceCredits } from './style.ts';
import { loadBasemap } from './basemap-loader.ts';
import type { FontUrls } from './fonts.ts';
import { dotsImage, hatchImage } from './hatch.ts';
import { MAX_CANVAS_SIDE } from './limits.ts';
import { DateApplier } from './date-applier.ts';
import { TerritoryLayer } from './territory-layer.ts';
import { placeLabels } from './place-labels.ts';
import { EDGE_ID_BASE, tagged } from './sources.ts';
import { LAYER_GROUPS, NAMED_LAYERS, PAN_BOUNDS, SOURCE } from '../model/style-vocab.ts';
import { ForcesLayer, siteFeatures } from './forces-layer.ts';
import type { ForcesData } from '../model/forces.ts';
import type { WarEvent } from '../model/events.ts';
import { EventsLayer, eventFeatures } from './events-layer.ts';
import type { OverlaySpec } from './overlay-layer.ts';
import { markerImages } from './marker-icons.ts';
import { holdFirstPaint, type PaintHold } from './first-paint.ts';
import { kindsDrawn, ofKinds, partLayers, sourcesRead, type MapPart } from './map-part.ts';
import { messages, type Lang } from '../model/i18n/index.ts';

/** MapLibre's own interface strings (its control tooltips, scale units, the canvas's name) in `lang`. */
function mapUiStrings(lang: Lang): Record<string, string> {
  const m = messages(lang);
  return {
    'Map.Title': m.mapTitle,
    'NavigationControl.ZoomIn': m.zoomIn,
    'NavigationControl.ZoomOut': m.zoomOut,
    'AttributionControl.ToggleAttribution': m.attributionToggle,
    'Popup.Close': m.popupClose,
    'ScaleControl.Kilometers': m.kmUnit,
    'ScaleControl.Meters': m.mUnit,
  };
}

setWorkerUrl(workerUrl);
// MapLibre's one worker (outside Safari). A second one was tried: on two cores it made the first view and a first
// export slower (its own copy of the worker code to compile, its own copy of the style to parse, and no free
// core to cut tiles on while the page, the GPU process and V8's compilers keep both busy); docs/benchmarks.md.

/** Options for {@link AtlasMap}. */
export interface AtlasMapOptions {
  container: HTMLElement;
  center: [number, number];
  zoom: number;
  lang: LabelLang;
  /** URL of geodata/build/basemap.topo.json. */
  basemapUrl: string;
  fonts: FontUrls;
  minZoom: number;
  maxZoom: number;
  /** Device pixel ratio to render at (exports render above screen resolution). */
  pixelRatio?: number;
  /** False for off-screen export maps: no controls, no user interaction. */
  interactive?: boolean;
  /** Visible user-facing layers (default: all). */
  layers?: readonly LayerId[];
  /** Told when the WebGL context is lost and when the map has recovered. */
  onContextChange?: (state: 'lost' | 'restored') => void;
  /** False lets the view leave the region (export maps draw pieces of a view near its edge). Default true. */
  bounded?: boolean;
  /** Told when the basemap could not be loaded (the map goes on without it). */
  onBasemapError?: (err: Error) => void;
  /** The part of the style drawn (an export draws the labels in a pass of their own). Default all. */
  part?: MapPart;
}

/** How long a date waits for a lost WebGL context to come back before it is refused. */
export const CONTEXT_WAIT_MS = 5000;

/** Why a date could not be drawn: the map has no working WebGL context. */
export class ContextLostError extends Error {
  constructor() {
    super(
      'The map cannot draw: its graphics (WebGL) context was lost (GPU reset or memory pressure) and has not come back.',
    );
    this.name = 'ContextLostError';
  }
}

/** {@link PAN_BOUNDS} as MapLibre's `[[west, south], [east, north]]`. */
function panBounds(): [[number, number], [number, number]] {
  const [w, s, e, n] = PAN_BOUNDS;
  return [
    [w, s],
    [e, n],
  ];
}

/** The atlas's map; see the module note. */
export class AtlasMap {
  readonly map: MlMap;
  /**
   * Resolves once the style is parsed ('style.load'): sources take data, feature-state and images can
   * be set. The basemap may still be loading; await {@link idle} for drawn pixels. Data set from here
   * on is tiled while the basemap loads, instead of after it.
   */
  readonly loaded: Promise<void>;
  /** Resolves once the basemap has been given to the map (or could not be loaded): no date is drawn before. */
  private readonly basemapSet: Promise<void>;
  private territory: TerritoryLayer | null = null;
  private forces: ForcesLayer | null = null;
  /** The places of the territory (once loaded): site names give way to a place on the same spot. */
  private places: readonly Place[] = [];
  private events: EventsLayer | null = null;
  private readonly markers: { sites: Feature[]; events: Feature[] } = { sites: [], events: [] };
  private readonly applier: DateApplier;
  private currentDay: IsoDay | null = null;
  /** Counts the changes of data that call for a redraw; {@link drawn} says which the map shows. */
  private dataVersion = 0;
  /** The day last drawn, and the data it was drawn with. */
  private drawn: { day: IsoDay; version: number } | null = null;
  private lost = false;
  /** No frame is painted before the first {@link idle} (the first date drawn), and then not before every source has loaded. */
  private readonly paintHold: PaintHold;
  /** The sources the map's layers read (a map of one part of the style reads only some). */
  private readonly reads: ReadonlySet<string>;

  constructor(opts: AtlasMapOptions) {
    const part = opts.part ?? 'all';
    const style = buildStyle({ fonts: opts.fonts, lang: opts.lang });
    style.layers = partLayers(style.layers, part);
    this.reads = sourcesRead(style.layers);
    // The whole style draws every kind: the screen map takes the basemap as it is.
    const basemapKinds = part === 'all' ? null : kindsDrawn(style.layers, SOURCE.basemap);
    this.map = new MlMap({
      container: opts.container,
      style,
      center: opts.center,
      zoom: opts.zoom,
      minZoom: opts.minZoom,
      maxZoom: opts.maxZoom,
      maxBounds: (opts.bounded ?? true) ? panBounds() : undefined,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: mapUiStrings(opts.lang),
      dragRotate: false,
      pitchWithRotate: false,
      interactive: opts.interactive ?? true,
      pixelRatio: opts.pixelRatio,
      maxCanvasSize: [MAX_CANVAS_SIDE, MAX_CANVAS_SIDE],
    });
    this.paintHold = holdFirstPaint(this.map);
    this.uiLang = opts.lang;
    if (opts.interactive ?? true) {
      this.map.touchZoomRotate.disableRotation();
      this.map.keyboard.disableRotation();
      this.addControls();
      this.foldAttribution();
    }
    const basemap = loadBasemap(opts.basemapUrl);
    const styleLoaded = new Promise<void>((resolve) => this.map.once('style.load', () => resolve()));
    this.loaded = styleLoaded.then(() => {
      this.addPatterns();
      if (opts.layers) this.setLayers(opts.layers);
      this.map.once('idle', () => this.foldAttribution());
    });
    // The basemap goes in as soon as it is decoded, the atlas's own data as soon as the style is parsed,
    // so the worker starts tiling each while the rest loads; a basemap that cannot be loaded leaves the
    // sea and the atlas's own layers, and says so.
    this.basemapSet = Promise.all([basemap, styleLoaded]).then(
      ([b]) => this.feed(SOURCE.basemap, () => ofKinds(b, basemapKinds)),
      (err: unknown) => void opts.onBasemapError?.(err as Error),
    );
    this.map.on('styleimagemissing', (e) => {
      if (e.id === 'hatch' || e.id === 'dots' || e.id.startsWith('marker-')) this.addPatterns();
    });
    this.applier = new DateApplier((day) => this.draw(day));
    // A lost WebGL context (GPU reset, too many tabs): MapLibre rebuilds the style from a snapshot
    // on restore, which drops feature-state; re-apply the current date once it is back.
    this.map.on('webglcontextlost', () => {
      this.lost = true;
      opts.onContextChange?.('lost');
    });
    this.map.on('webglcontextrestored', () => {
      this.lost = false;
      // The rebuilt style loads asynchronously; feature-state can only be set once it has.
      this.map.once('idle', () => {
        this.addPatterns();
        for (const layer of [this.territory, this.forces, this.events]) layer?.reset();
        if (this.currentDay) void this.redraw().then(() => opts.onContextChange?.('restored'));
      });
    });
  }

  /** Give source `id` its data, made only if one of the map's layers reads it (see map-part.ts). */
  private feed(id: string, data: () => GeoJSON.GeoJSON): void {
    if (this.reads.has(id)) (this.map.getSource(id) as GeoJSONSource).setData(data());
  }

  /** Register the images the style uses (contested hatch, uncertain dots, site markers) where missing. */
  private addPatterns(): void {
    if (!this.map.hasImage('hatch')) this.map.addImage('hatch', hatchImage());
    if (!this.map.hasImage('dots')) this.map.addImage('dots', dotsImage());
    for (const [id, img] of markerImages()) if (!this.map.hasImage(id)) this.map.addImage(id, img, { pixelRatio: 2 });
  }

  /** Load the territory geometry once; later dates only change feature-state. */
  async setTerritory(data: TerritoryData): Promise<void> {
    await this.loaded;
    this.feed(SOURCE.territory, () => ({
      type: 'FeatureCollection',
      features: [...tagged(data.cells, 'cell', 0), ...tagged(data.edges, 'edge', EDGE_ID_BASE)],
    }));
    this.feed(SOURCE.places, () => placeLabels(data.places));
    this.places = data.places;
    this.forces?.setPlaces(data.places);
    // A map that draws no territory (an export's label pass) sets no state on it either.
    this.territory = this.reads.has(SOURCE.territory) ? new TerritoryLayer(data) : null;
    await this.redraw();
  }

  /** Load the sites once; later dates only change feature-state. */
  async setForces(data: ForcesData): Promise<void> {
    await this.loaded;
    this.markers.sites = siteFeatures(data).features;
    this.updateMarkers();
    this.forces = new ForcesLayer(data);
    this.forces.setPlaces(this.places);
    await this.redraw();
  }

  /** Load the event markers once; later dates only change feature-state. */
  async setEvents(events: readonly WarEvent[]): Promise<void> {
    await this.loaded;
    this.markers.events = eventFeatures(events).features;
    this.updateMarkers();
    this.events = new EventsLayer(events);
    await this.redraw();
  }

  private updateMarkers(): void {
    this.feed(SOURCE.markers, () => ({
      type: 'FeatureCollection',
      features: [...this.markers.sites, ...this.markers.events],
    }));
    // New data drops the features' state: apply the date afresh.
    this.forces?.reset();
    this.events?.reset();
  }

  /**
   * Draw the current date afresh after its data changed (never merged with a draw under way). A
   * failed draw (lost context) is not the data's fault: the date is drawn again once the context is back.
   */
  private redraw(): Promise<void> {
    this.dataVersion++;
    return this.currentDay ? this.applier.request(this.currentDay, true).catch(() => undefined) : Promise.resolve();
  }

  /**
   * Draw `day`; resolves once it (or a newer requested date) is on screen. While the WebGL context
   * is lost it waits up to {@link CONTEXT_WAIT_MS} for it, then rejects with {@link ContextLostError}.
   */
  setDate(day: IsoDay): Promise<void> {
    this.currentDay = day;
    // Asked for, a date is drawn even when it is the one on screen (the caller may have moved the map).
    this.drawn = null;
    return this.applier.request(day);
  }

  private async draw(day: IsoDay): Promise<void> {
    await this.loaded;
    await this.basemapSet;
    if (this.lost) await this.contextBack(CONTEXT_WAIT_MS);
    // A redraw asked for while the previous draw of this day waited to begin drew nothing new: that
    // draw applied the new data already (each redraw costs a full paint).
    const version = this.dataVersion;
    if (this.drawn?.day === day && this.drawn.version === version) return;
    this.territory?.apply(this.map, day);
    this.forces?.apply(this.map, day, (labels) => this.feed(SOURCE.siteLabels, labels));
    this.events?.apply(this.map, day);
    await this.idle();
    this.drawn = { day, version };
  }

  /** True while the WebGL context is lost (nothing can be drawn). */
  get contextLost(): boolean {
    return this.lost;
  }

  /** Resolve once a lost context is back and the style rebuilt; reject with {@link ContextLostError} after `ms`. */
  private contextBack(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.map.off('webglcontextrestored', back);
        reject(new ContextLostError());
      }, ms);
      const back = () => {
        clearTimeout(timer);
        this.map.once('idle', () => resolve());
      };
      this.map.once('webglcontextrestored', back);
    });
  }

  /**
   * Resolve at the next `idle` (everything loaded and drawn); reject with {@link ContextLostError}
   * if the WebGL context is lost first, since a lost map never draws.
   */
  idle(): Promise<void> {
    if (this.lost) return Promise.reject(new ContextLostError());
    // Waiting for drawn pixels ends the first-paint hold: the next paint with every source loaded is the first.
    this.paintHold.release();
    return new Promise((resolve, reject) => {
      const done = () => {
        this.map.off('webglcontextlost', lost);
        resolve();
      };
      const lost = () => {
        this.map.off('idle', done);
        reject(new ContextLostError());
      };
      this.map.once('idle', done);
      this.map.once('webglcontextlost', lost);
      this.map.triggerRepaint();
    });
  }

  /** Show labels in English or Arabic. */
  setLang(lang: LabelLang): void {
    this.setUiLang(lang);
    const field: ExpressionSpecification =
      lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name']] : ['get', 'name'];
    for (const id of NAMED_LAYERS) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', field);
    }
  }

  /** The language of MapLibre's own controls. */
  private uiLang: Lang;
  private controls: IControl[] = [];

  /** The zoom buttons, the attribution and the scale bar, in the strings of {@link uiLang}. */
  private addControls(): void {
    this.controls = [
      new NavigationControl({ showCompass: false }),
      new AttributionControl({ compact: true, customAttribution: messages(this.uiLang).mapAttribution }),
    ];
    for (const c of this.controls) this.map.addControl(c, 'top-right');
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 140 });
    this.map.addControl(scale, 'bottom-right');
    this.controls.push(scale);
  }

  /**
   * Put MapLibre's own strings in `lang`: controls take their strings when added, so they are added
   * again (MapLibre has no public way to change its locale after the map is made).
   */
  private setUiLang(lang: Lang): void {
    if (lang === this.uiLang) return;
    this.uiLang = lang;
    this.map._locale = { ...this.map._locale, ...mapUiStrings(lang) };
    this.map.getCanvas().setAttribute('aria-label', messages(lang).mapTitle);
    if (this.controls.length === 0) return;
    for (const [id, text] of Object.entries(sourceCredits(lang))) {
      const source = this.map.getSource(id) as { attribution?: string } | undefined;
      if (source) source.attribution = text;
    }
    for (const c of this.controls) this.map.removeControl(c);
    this.addControls();
    this.foldAttribution();
  }

  /** Fold the attribution (an (i) button opens it) so it does not cover the map's top edge. */
  private foldAttribution(): void {
    const attrib = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
    attrib?.classList.remove('maplibregl-compact-show');
    attrib?.removeAttribute('open');
  }

  private overlays: readonly OverlaySpec[] = [];
  /** The overlay drawing code, loaded with the first overlay (the first view does not carry it). */
  private overlayCode: Promise<typeof import('./overlay-layer.ts')> | null = null;

  /**
   * Show exactly these user overlays (list order, last on top; above territory, below labels).
   * Idempotent and cheap to repeat; resolves once applied (await {@link idle} for drawn pixels).
   */
  async setOverlays(list: readonly OverlaySpec[]): Promise<void> {
    this.overlays = list;
    await this.loaded;
    if (list.length === 0 && !this.overlayCode) return;
    this.overlayCode ??= import('./overlay-layer.ts');
    const { syncOverlays } = await this.overlayCode;
    syncOverlays(this.map, this.overlays);
  }

  /** Show exactly the given user-facing layers. */
  setLayers(visible: readonly LayerId[]): void {
    for (const [group, ids] of Object.entries(LAYER_GROUPS) as [LayerId, readonly string[]][]) {
      for (const id of ids) {
        if (this.map.getLayer(id))
          this.map.setLayoutProperty(id, 'visibility', visible.includes(group) ? 'visible' : 'none');
      }
    }
  }
}
