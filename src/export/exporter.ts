/**
 * The exporter: renders the current view again, off screen, at the requested resolution with a
 * second {@link AtlasMap}, composes it with furniture on a 2D canvas and encodes PNG (with text
 * metadata), JPEG, WebP, GIF or WebM.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { AtlasMap, type AtlasMapOptions } from '../map/atlas-map.ts';
import { formatDayLong, parseDay, type IsoDay } from '../model/dates.ts';
import type { TerritoryData } from '../model/territory.ts';
import { FORCES } from '../model/force-kinds.ts';
import type { ForcesData } from '../model/forces.ts';
import type { WarEvent } from '../model/events.ts';
import type { OverlaySpec } from '../map/overlay-layer.ts';
import type { ControllerId } from '../model/controllers.ts';
import {
  bandHeights,
  drawFurniture,
  furnitureScale,
  legendItems,
  resolveFurniture,
  FURNITURE_FONT,
  type FurnitureFlags,
} from './furniture.ts';
import { clampSize, glMaxSide, planMap, sizeProblem, MAPLIBRE_MAX_CANVAS, type MapPlan, type Size } from './size.ts';
import { pickScaleBar } from './scale-bar.ts';
import { looksBlank } from './pixels.ts';
import { controllersInView } from './legend-scope.ts';
import { insertTextChunks } from './png-text.ts';
import { defaultTitle, permalinkFor, pngTextEntries } from './metadata.ts';
import { frameDates, parseStep, type FrameStep } from './frames.ts';

/** The view to export, as the app shows it. */
export interface ExportView {
  day: IsoDay;
  center: [number, number];
  zoom: number;
  layers: readonly string[];
  lang: 'en' | 'ar';
  /** Permalink of the view. */
  href: string;
  /** CSS size of the on-screen map. */
  screen: Size;
  /** The screen's device pixel ratio. */
  dpr: number;
}

/** What the exporter needs from the app. */
export interface ExporterDeps {
  mapOptions: Pick<AtlasMapOptions, 'basemapUrl' | 'fonts' | 'maxZoom'>;
  /** The on-screen map (its WebGL context tells the size limits). */
  mainMap: MlMap;
  view(): ExportView;
  data(): {
    territory: TerritoryData | null;
    forces: ForcesData | null;
    events?: readonly WarEvent[] | null;
    /** The user's own layers, drawn into exports as on screen. */
    overlays?: readonly OverlaySpec[];
  };
}

/** Still image formats. */
export type ImageFormat = 'png' | 'jpeg' | 'webp';
/** Furniture switch: all, none, or some pieces. */
export type FurnitureOption = boolean | Partial<FurnitureFlags>;

/** Options of {@link Exporter.exportImage}. */
export interface ImageExportOptions {
  /** Multiple of the on-screen map size (ignored when width and height are given). */
  scale?: number;
  width?: number;
  height?: number;
  format?: ImageFormat;
  furniture?: FurnitureOption;
  title?: string;
}

/** Progress of an animation export. */
export interface ExportProgress {
  done: number;
  total: number;
  day: IsoDay;
}

/** Options of {@link Exporter.exportAnimation}. */
export interface AnimationExportOptions {
  from: string;
  to: string;
  /** "1m", "1w", "Nd" or a parsed step. */
  step: string | FrameStep;
  fps: number;
  /** 'frames' writes no file: each frame only goes to `onFrame`. */
  format: 'gif' | 'webm' | 'frames';
  width?: number;
  height?: number;
  scale?: number;
  furniture?: FurnitureOption;
  title?: string;
  onProgress?: (p: ExportProgress) => void;
  /** Receives every frame as a PNG with text metadata (awaited before the next frame). */
  onFrame?: (png: Blob, p: ExportProgress) => void | Promise<void>;
  /** Cancels the export (it rejects with an AbortError). */
  signal?: AbortSignal;
}

const MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** Renders views off screen; one export at a time. */
export class Exporter {
  private busy = false;

  constructor(private readonly deps: ExporterDeps) {}

  /** Largest side this browser's WebGL can draw. */
  maxSide(): number {
    const gl = this.deps.mainMap.getCanvas().getContext('webgl2');
    return gl ? glMaxSide(gl) : MAPLIBRE_MAX_CANVAS;
  }

  /** The image size for the given options: explicit, a multiple of the screen, or the screen at its pixel ratio. */
  resolveSize(o: { width?: number; height?: number; scale?: number }): Size {
    const { screen, dpr } = this.deps.view();
    if (o.width !== undefined || o.height !== undefined) {
      const w = o.width ?? Math.round(((o.height ?? 0) * screen.width) / screen.height);
      const h = o.height ?? Math.round(((o.width ?? 0) * screen.height) / screen.width);
      return { width: w, height: h };
    }
    const k = o.scale ?? dpr;
    if (!(k > 0) || !Number.isFinite(k)) throw new RangeError(`scale must be a positive number, got ${o.scale}.`);
    return { width: Math.round(screen.width * k), height: Math.round(screen.height * k) };
  }

  /** Export the current view as one image. */
  async exportImage(o: ImageExportOptions = {}): Promise<Blob> {
    const format = o.format ?? 'png';
    if (!(format in MIME)) throw new TypeError(`format must be png, jpeg or webp, got ${JSON.stringify(format)}.`);
    const view = this.deps.view();
    const size = this.checkedSize(o);
    return this.exclusive(async () => {
      const s = await RenderSession.open(this.deps, view, size, resolveFurniture(o.furniture), [view.day]);
      try {
        const title = o.title ?? defaultTitle(view.day);
        await s.draw(view.day, title);
        return format === 'png' ? await s.png(title, view.day) : await toBlob(s.canvas, MIME[format]);
      } finally {
        s.close();
      }
    });
  }

  /** Export a date range as an animated GIF or a WebM video. */
  async exportAnimation(o: AnimationExportOptions): Promise<Blob> {
    const from = parseDay(String(o.from));
    const to = parseDay(String(o.to));
    if (!from || !to) throw new TypeError('from and to must be dates (YYYY-MM-DD).');
    const step = typeof o.step === 'string' ? parseStep(o.step) : o.step;
    if (!step) throw new TypeError(`step must be 1m, 1w or Nd, got ${JSON.stringify(o.step)}.`);
    if (!(o.fps > 0 && o.fps <= 60)) throw new RangeError('fps must be between 0 and 60.');
    if (!['gif', 'webm', 'frames'].includes(o.format)) throw new TypeError('format must be gif, webm or frames.');
    if (o.format === 'frames' && !o.onFrame) throw new TypeError('format "frames" needs an onFrame callback.');
    const days = frameDates(from, to, step);
    const view = this.deps.view();
    let size = this.checkedSize(o);
    if (o.format === 'webm') size = { width: size.width & ~1, height: size.height & ~1 };
    return this.exclusive(async () => {
      const s = await RenderSession.open(this.deps, view, size, resolveFurniture(o.furniture), days);
      try {
        const title = o.title ?? defaultTitle();
        // The encoders load on first use, so the app's first load does not carry them.
        const gif =
          o.format === 'gif' ? new (await import('./gif.ts')).GifWriter(size.width, size.height, o.fps) : null;
        const video = o.format === 'webm' ? await (await import('./video.ts')).openVideoWriter(s.canvas, o.fps) : null;
        try {
          for (const [i, day] of days.entries()) {
            if (o.signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
            await s.draw(day, title);
            if (gif) gif.add(s.ctx.getImageData(0, 0, size.width, size.height).data);
            if (video) await video.add();
            const p = { done: i + 1, total: days.length, day };
            if (o.onFrame) await o.onFrame(await s.png(title, day), p);
            o.onProgress?.(p);
          }
        } catch (e) {
          await video?.cancel();
          throw e;
        }
        return gif ? gif.finish() : video ? await video.finish() : new Blob([]);
      } finally {
        s.close();
      }
    });
  }

  private checkedSize(o: { width?: number; height?: number; scale?: number }): Size {
    const size = this.resolveSize(o);
    const problem = sizeProblem(size, this.maxSide());
    if (problem) throw new RangeError(problem);
    return size;
  }

  private async exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (this.busy) throw new Error('An export is already running.');
    this.busy = true;
    try {
      return await run();
    } finally {
      this.busy = false;
    }
  }
}

/** Largest size this exporter can make with the aspect of `size`. */
export function largestSize(exporter: Exporter, size: Size): Size {
  return clampSize(size, exporter.maxSide());
}

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`The browser could not encode ${type}.`))), type, 0.92),
  );
}

/** One off-screen map and its composition canvas, kept for every frame of an export. */
class RenderSession {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  private readonly probe: CanvasRenderingContext2D;

  private constructor(
    private readonly atlas: AtlasMap,
    private readonly container: HTMLElement,
    private readonly plan: MapPlan,
    private readonly size: Size,
    private readonly flags: FurnitureFlags,
    private readonly view: ExportView,
    private readonly controllers: ControllerId[],
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = size.width;
    this.canvas.height = size.height;
    this.ctx = this.canvas.getContext('2d', { willReadFrequently: true })!;
    const probe = document.createElement('canvas');
    probe.width = 96;
    probe.height = 64;
    this.probe = probe.getContext('2d', { willReadFrequently: true })!;
  }

  static async open(
    deps: ExporterDeps,
    view: ExportView,
    size: Size,
    flags: FurnitureFlags,
    days: readonly IsoDay[],
  ): Promise<RenderSession> {
    const { territory, forces } = deps.data();
    if (!territory) throw new Error('The territory data has not loaded yet; try again in a moment.');
    const plan = planMap(size, view.screen, bandHeights(size, flags));
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    Object.assign(container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${plan.css.width}px`,
      height: `${plan.css.height}px`,
      pointerEvents: 'none',
    });
    document.body.append(container);
    let atlas: AtlasMap | null = null;
    try {
      atlas = new AtlasMap({
        ...deps.mapOptions,
        container,
        center: view.center,
        zoom: view.zoom + plan.zoomDelta,
        minZoom: 0,
        lang: view.lang,
        pixelRatio: plan.pixelRatio,
        interactive: false,
        layers: view.layers,
      });
      const map = atlas.map;
      if (Math.abs(map.getPixelRatio() - plan.pixelRatio) > 1e-6) map.setPixelRatio(plan.pixelRatio);
      await atlas.loaded;
      atlas.setLayers(view.layers);
      atlas.setLang(view.lang);
      await atlas.setTerritory(territory);
      if (forces) await atlas.setForces(forces);
      const extra = deps.data();
      if (extra.events) await atlas.setEvents(extra.events);
      if (extra.overlays?.length) await atlas.setOverlays(extra.overlays);
      const drawn = map.getCanvas();
      if (Math.abs(drawn.width - plan.rect.width) > 2 || Math.abs(drawn.height - plan.rect.height) > 2)
        throw new Error(
          `The map could only be drawn at ${drawn.width} × ${drawn.height} pixels, not ${plan.rect.width} × ${plan.rect.height}; choose a smaller size.`,
        );
      const b = map.getBounds();
      const controllers = controllersInView(territory.places, days, [
        b.getWest(),
        b.getSouth(),
        b.getEast(),
        b.getNorth(),
      ]);
      await Promise.all(
        ['400', '600'].map((w) => document.fonts.load(`${w} 16px ${FURNITURE_FONT}`, 'Iraq Syria 0123456789')),
      );
      return new RenderSession(atlas, container, plan, size, flags, view, controllers);
    } catch (e) {
      atlas?.map.remove();
      container.remove();
      throw e;
    }
  }

  /** Draw `day` fully, check it is not blank, and compose the furniture. */
  async draw(day: IsoDay, title: string): Promise<void> {
    await this.atlas.setDate(day);
    const src = this.atlas.map.getCanvas();
    this.probe.clearRect(0, 0, 96, 64);
    this.probe.drawImage(src, 0, 0, 96, 64);
    if (looksBlank(this.probe.getImageData(0, 0, 96, 64).data))
      throw new Error(`The map for ${day} came out blank (WebGL drew nothing); the export was stopped.`);
    const { ctx, size, plan, flags, view } = this;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(src, plan.rect.x, plan.rect.y, plan.rect.width, plan.rect.height);
    const f = furnitureScale(size);
    drawFurniture(ctx, size, plan.rect, flags, {
      title,
      dateWords: formatDayLong(day),
      legend: legendItems({
        controllers: this.controllers,
        territory: view.layers.includes('territory'),
        fronts: view.layers.includes('fronts'),
        bases: view.layers.includes('bases'),
        events: view.layers.includes('events'),
        forces: FORCES.filter((f) => f.id !== 'us' && view.layers.includes(f.layer)).map((f) => f.id),
      }),
      scaleBar: pickScaleBar(this.metresPerImagePixel(), 150 * f),
      permalink: permalinkFor(view.href, day),
    });
  }

  /** The composed image as a PNG carrying its title, date, sources and permalink. */
  async png(title: string, day: IsoDay): Promise<Blob> {
    const png = new Uint8Array(await (await toBlob(this.canvas, 'image/png')).arrayBuffer());
    const permalink = permalinkFor(this.view.href, day);
    const tagged = insertTextChunks(png, pngTextEntries({ title, day, permalink }));
    return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }

  private metresPerImagePixel(): number {
    const map = this.atlas.map;
    const { width, height } = this.plan.css;
    const a = map.unproject([width / 2 - 50, height / 2]);
    const b = map.unproject([width / 2 + 50, height / 2]);
    return a.distanceTo(b) / 100 / this.plan.pixelRatio;
  }

  close(): void {
    this.atlas.map.remove();
    this.container.remove();
  }
}
