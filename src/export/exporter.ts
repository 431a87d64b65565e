/**
 * The exporter: checks what is asked, then renders the current view again, off screen and tile by
 * tile, at the requested resolution (see render-session.ts and tiled-map.ts), and encodes PNG (with
 * text metadata), JPEG, WebP, GIF or WebM. The on-screen map is never touched.
 */
import type { LabelLang, LayerId } from '../model/layers.ts';
import type { AtlasMapOptions } from '../map/atlas-map.ts';
import { parseDay, type IsoDay } from '../model/dates.ts';
import type { TerritoryData } from '../model/territory.ts';
import type { ForcesData } from '../model/forces.ts';
import type { WarEvent } from '../model/events.ts';
import type { OverlaySpec } from '../map/overlay-layer.ts';
import { resolveFurniture, type FurnitureFlags } from './furniture.ts';
import { sizeProblem, MAX_ANIMATION_SIDE, MAX_EXPORT_SIDE, type Size } from './size.ts';
import { defaultTitle } from './metadata.ts';
import { baseUrlProblem, permalinkBase } from './public-url.ts';
import { placeForView } from '../model/view-place.ts';
import { frameDates, parseStep, type FrameStep } from './frames.ts';
import { localized, LocalizedError, type Localized } from '../model/i18n/index.ts';

/** The drawing side of exports loads on first use, so the app's first load does not carry it. */
const session = () => import('./render-session.ts');

/** The view to export, as the app shows it. */
export interface ExportView {
  day: IsoDay;
  center: [number, number];
  zoom: number;
  layers: readonly LayerId[];
  lang: LabelLang;
  /** Permalink of the view (its public address), or null when the atlas has none to give. */
  href: string | null;
  /** The view as a query string (`?date=…&center=…`), for a permalink on another base address. */
  search: string;
  /** CSS size of the on-screen map. */
  screen: Size;
  /** The screen's device pixel ratio. */
  dpr: number;
}

/** What the exporter needs from the app. */
export interface ExporterDeps {
  mapOptions: Pick<AtlasMapOptions, 'basemapUrl' | 'fonts' | 'maxZoom'>;
  /** Why the page cannot draw maps just now (the GPU is gone), or null when it can. */
  graphicsProblem?: () => Localized | null;
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
  /** The public address permalinks start with instead of the page's own; null: print no permalink. */
  baseUrl?: string | null;
  /** Told after each tile of the image is drawn. */
  onProgress?: (p: { done: number; total: number }) => void;
  /** Cancels the export (it rejects with an AbortError). */
  signal?: AbortSignal;
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
  /** As in {@link ImageExportOptions.baseUrl}. */
  baseUrl?: string | null;
  onProgress?: (p: ExportProgress) => void;
  /** Receives every frame as a PNG with text metadata (awaited before the next frame). */
  onFrame?: (png: Blob, p: ExportProgress) => void | Promise<void>;
  /** Cancels the export (it rejects with an AbortError). */
  signal?: AbortSignal;
}

const MIME = new Map<ImageFormat, string>([
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['webp', 'image/webp'],
]);

/** Renders views off screen; one export at a time. */
export class Exporter {
  private busy = false;
  /** The maps being opened ahead of an image export ({@link prepareImage}), and what for. */
  private preparing: { key: string; done: Promise<void>; abort: AbortController; opened: boolean } | null = null;

  constructor(private readonly deps: ExporterDeps) {}

  /** Largest side of an image export (images are drawn in tiles, so the GPU does not limit it). */
  maxSide(): number {
    return MAX_EXPORT_SIDE;
  }

  /** Largest side of an animation frame. */
  maxAnimationSide(): number {
    return MAX_ANIMATION_SIDE;
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

  /**
   * The default title of an export of the current view: the place a zoomed-in view is of, or the
   * whole region, in the view's language; a still image's title carries its date.
   */
  defaultTitle(still: boolean): string {
    return this.titleFor(this.deps.view(), still);
  }

  private titleFor(view: ExportView, still: boolean): string {
    const places = this.deps.data().territory?.places ?? [];
    const place = placeForView(places, view.center, view.zoom);
    return defaultTitle(still ? view.day : undefined, { place, lang: view.lang });
  }

  /** The view to export, its permalink on `baseUrl` when one is given (checked: http(s), not loopback). */
  protected viewFor(baseUrl: string | null | undefined): ExportView {
    const view = this.deps.view();
    if (baseUrl === undefined) return view;
    if (baseUrl === null) return { ...view, href: null };
    const problem = baseUrlProblem(baseUrl);
    if (problem) throw new TypeError(problem);
    return { ...view, href: permalinkBase(baseUrl, '', '') + view.search };
  }

  /**
   * Open the off-screen maps an image export of the current view with these options would use, ahead
   * of it: the export dialog asks while the reader chooses, and the export then only draws. A newer
   * call replaces an older one; nothing is said of a failure (the export itself will say it).
   */
  prepareImage(o: Pick<ImageExportOptions, 'width' | 'height' | 'scale' | 'furniture' | 'baseUrl'> = {}): void {
    if (this.busy || this.deps.graphicsProblem?.()) return;
    let view: ExportView;
    let size: Size;
    try {
      view = this.viewFor(o.baseUrl);
      size = this.checkedSize(o, MAX_EXPORT_SIDE);
    } catch {
      return;
    }
    const flags = resolveFurniture(o.furniture);
    const key = prepareKey(view, size, flags);
    // Asked again for the same (the dialog re-rendered, or opened again): the maps are open or opening.
    const last = this.preparing;
    if (last?.key === key && (last.opened || !last.abort.signal.aborted)) return;
    last?.abort.abort();
    const next = { key, done: Promise.resolve(), abort: new AbortController(), opened: false };
    next.done = (last?.done ?? Promise.resolve())
      .then(async () => {
        if (next.abort.signal.aborted || this.busy) return;
        const { RenderSession } = await session();
        await RenderSession.prepare(this.deps, view, size, flags, next.abort.signal, () => (next.opened = true));
      })
      .catch(() => undefined);
    this.preparing = next;
  }

  /** Stop opening maps ahead (the dialog closed); maps already open stay kept for a while (see tiled-map.ts). */
  cancelPrepare(): void {
    if (!this.preparing?.opened) this.preparing?.abort.abort();
  }

  /**
   * Let maps being opened ahead for `key` finish opening (the export uses them; once open, they are not
   * drawn ahead any further: the export draws them), or stop those opened for another export.
   */
  private async settlePreparing(key: string): Promise<void> {
    const p = this.preparing;
    if (!p) return;
    if (p.key === key) {
      if (p.opened) p.abort.abort();
      return p.done;
    }
    p.abort.abort();
    await p.done;
    if (this.preparing === p) this.preparing = null;
  }

  /** Export the current view as one image. */
  async exportImage(o: ImageExportOptions = {}): Promise<Blob> {
    const format = o.format ?? 'png';
    const mime = MIME.get(format);
    if (!mime) throw new TypeError(`format must be png, jpeg or webp, got ${JSON.stringify(String(format))}.`);
    const view = this.viewFor(o.baseUrl);
    const size = this.checkedSize(o, MAX_EXPORT_SIDE);
    const flags = resolveFurniture(o.furniture);
    return this.exclusive(async () => {
      await this.settlePreparing(prepareKey(view, size, flags));
      const { RenderSession } = await session();
      const s = await RenderSession.open(this.deps, view, size, flags, [view.day], { signal: o.signal });
      try {
        const title = o.title ?? this.titleFor(view, true);
        await s.draw(view.day, title, { signal: o.signal, onTile: (done, total) => o.onProgress?.({ done, total }) });
        // A cancel during the last tile stops the export before the file is made.
        o.signal?.throwIfAborted();
        return format === 'png' ? await s.png(title, view.day) : await s.encode(mime);
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
    const view = this.viewFor(o.baseUrl);
    let size = this.checkedSize(o, MAX_ANIMATION_SIDE, 'An animation frame');
    if (o.format === 'webm') size = { width: size.width & ~1, height: size.height & ~1 };
    return this.exclusive(async () => {
      await this.settlePreparing('');
      const { RenderSession } = await session();
      const s = await RenderSession.open(this.deps, view, size, resolveFurniture(o.furniture), days, {
        signal: o.signal,
        readsFrames: o.format === 'gif',
      });
      try {
        const title = o.title ?? this.titleFor(view, false);
        // The encoders load on first use, so the app's first load does not carry them.
        const gif =
          o.format === 'gif' ? new (await import('./gif.ts')).GifWriter(size.width, size.height, o.fps) : null;
        const video = o.format === 'webm' ? await (await import('./video.ts')).openVideoWriter(s.canvas, o.fps) : null;
        try {
          for (const [i, day] of days.entries()) {
            if (o.signal?.aborted) throw cancelled();
            await s.draw(day, title, { signal: o.signal });
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

  private checkedSize(o: { width?: number; height?: number; scale?: number }, max: number, what?: string): Size {
    const size = this.resolveSize(o);
    const problem = sizeProblem(size, max, what);
    if (problem) throw new RangeError(problem);
    return size;
  }

  private async exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (this.busy) throw new LocalizedError(localized((m) => m.exportBusy));
    const gpu = this.deps.graphicsProblem?.();
    if (gpu) throw new LocalizedError(localized((m, l) => m.exportNoGraphics(gpu(l))));
    this.busy = true;
    try {
      return await run().catch((e: unknown) => {
        // An aborted signal's own reason says nothing to a user; say what happened.
        throw (e as Error)?.name === 'AbortError' ? cancelled() : e;
      });
    } finally {
      this.busy = false;
    }
  }
}

/**
 * What decides which off-screen maps an image export draws with: the view, its permalink (its length can
 * change the furniture's bands), the size and the furniture (its bands change the map's size).
 */
function prepareKey(view: ExportView, size: Size, flags: FurnitureFlags): string {
  const { center, zoom, layers, lang, href, screen } = view;
  return JSON.stringify([center, zoom, layers, lang, href, screen, size, flags]);
}

/** The error a cancelled export rejects with. */
function cancelled(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}
