/**
 * One export's drawing: the tiled off-screen map (tiled-map.ts) and the canvas the image is
 * composed on, with the furniture painted over the map and the checks that it is not blank. Kept
 * for every frame of an animation; its maps are kept for the next export when they drew. Loaded on
 * first export.
 */
import { timed } from './phase-timing.ts';
import { regionLngLatBounds } from '../model/style-vocab.ts';
import { DATA_AS_OF, isStale } from '../model/data-as-of.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import type { ControllerId } from '../model/controllers.ts';
import {
  bandHeights,
  drawFurniture,
  furnitureScale,
  legendItems,
  sideBand,
  FURNITURE_FONT,
  type FurnitureFlags,
} from './furniture.ts';
import { formatDay, formatNumber, localized, LocalizedError, messages, type Lang } from '../model/i18n/index.ts';
import { cellAt, type TerritoryData } from '../model/territory.ts';
import { fromUnit, toUnit } from './tile-plan.ts';
import { planMap, type MapPlan, type Size } from './size.ts';
import { metresPerCssPixel, pickScaleBar, type ScaleBar } from './scale-bar.ts';
import { TiledMap, type TileProgress } from './tiled-map.ts';
import { constrainView } from './tile-plan.ts';
import { StripPainter } from './strips.ts';
import { encodeCanvas } from './encode.ts';
import { BLANK_BELOW, distinctColours } from './pixels.ts';
import { controllersInView } from './legend-scope.ts';
import { insertTextChunks } from './png-text.ts';
import { permalinkFor, pngTextEntries } from './metadata.ts';
import type { ExportView, ExporterDeps } from './exporter.ts';
import { FORCES, type ForceId } from '../model/force-kinds.ts';
import { sitesAt, type ForcesData } from '../model/forces.ts';

/** The tiled off-screen map and the composition canvas, kept for every frame of an export. */
export class RenderSession {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  private readonly probe: CanvasRenderingContext2D;
  private readonly strips = new StripPainter();

  private constructor(
    private readonly tiled: TiledMap,
    private readonly plan: MapPlan,
    /** Centre and zoom of the export map (the view, kept inside the region). */
    private readonly shown: { center: [number, number]; zoom: number },
    private readonly size: Size,
    private readonly flags: FurnitureFlags,
    private readonly view: ExportView,
    private readonly controllers: ControllerId[],
    /** Forces with a site in view on some frame: only they get a legend row. */
    private readonly forcesShown: ReadonlySet<ForceId>,
    private readonly territory: TerritoryData,
    private readonly readsFrames: boolean,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = size.width;
    this.canvas.height = size.height;
    // In memory when its pixels come from memory (a still's single map) or are read for every frame (an
    // animation): such a canvas is encoded without a copy back from the GPU. A still drawn in two passes
    // stays on the GPU, where its tiles are copied without a read-back.
    this.ctx = this.canvas.getContext('2d', { willReadFrequently: readsFrames || tiled.readsInMemory })!;
    const probe = document.createElement('canvas');
    probe.width = 96;
    probe.height = 64;
    // Not read often: it stays on the GPU like the image, so shrinking the image into it copies nothing back.
    this.probe = probe.getContext('2d')!;
  }

  static async open(
    deps: ExporterDeps,
    view: ExportView,
    size: Size,
    flags: FurnitureFlags,
    days: readonly IsoDay[],
    opts: { signal?: AbortSignal; readsFrames?: boolean },
  ): Promise<RenderSession> {
    const { territory, forces, events, overlays } = deps.data();
    if (!territory) throw new LocalizedError(localized((m) => m.exportNoTerritory));
    const legendRows = flags.legend ? 12 : 0;
    const side = { width: sideBand(size, flags, legendRows), left: view.lang === 'ar' };
    const probe = document.createElement('canvas').getContext('2d')!;
    const caption = { title: '', dateWords: formatDayLong(days[0]), legend: [], scaleBar: null };
    const measure = {
      ctx: probe,
      content: { ...caption, permalink: permalinkFor(view.href, days[0]), text: messages(view.lang) },
    };
    const plan = planMap(size, view.screen, bandHeights(size, flags, view.href !== null, measure), side);
    const shown = constrainView(view.center, view.zoom + plan.zoomDelta, plan.css, regionLngLatBounds());
    const tiled = await timed('open', () =>
      TiledMap.open(
        {
          mapOptions: deps.mapOptions,
          center: shown.center,
          zoom: shown.zoom,
          lang: view.lang,
          layers: view.layers,
          image: { width: plan.rect.width, height: plan.rect.height },
          pixelRatio: plan.pixelRatio,
          territory,
          forces,
          events: events ?? null,
          overlays: overlays ?? [],
        },
        days[0],
        opts.signal,
      ),
    );
    try {
      const controllers = controllersInView(territory.places, days, tiled.bounds);
      const forcesShown = forcesInView(forces, days, tiled.bounds);
      await Promise.all(
        ['400', '600'].map((w) =>
          document.fonts.load(
            `${w} 16px ${FURNITURE_FONT}`,
            view.lang === 'ar' ? 'العراق ٠١٢ Iraq' : 'Iraq Syria 0123456789',
          ),
        ),
      );
      return new RenderSession(
        tiled,
        plan,
        shown,
        size,
        flags,
        view,
        controllers,
        forcesShown,
        territory,
        opts.readsFrames === true,
      );
    } catch (e) {
      tiled.close();
      throw e;
    }
  }

  /**
   * Open the off-screen maps an export of this view, size and furniture would draw with, and keep them
   * for it (see tiled-map.ts), then draw each once at its tile size: what the export dialog does while
   * the reader chooses, so that the export itself only draws. `opened` is told once the maps are open;
   * an abort after that only stops the drawing (the maps are kept). Rejects as {@link open} does.
   */
  static async prepare(
    deps: ExporterDeps,
    view: ExportView,
    size: Size,
    flags: FurnitureFlags,
    signal: AbortSignal,
    opened?: () => void,
  ): Promise<void> {
    const s = await RenderSession.open(deps, view, size, flags, [view.day], { signal });
    opened?.();
    try {
      await timed('warm', () => s.tiled.warm(signal));
    } catch (e) {
      if (signal.aborted) return;
      s.mapFailed = true;
      throw e;
    } finally {
      s.close();
    }
  }

  /**
   * Distinct colours of the map's part of the image, shrunk to 96 × 64: for tiles copied on the GPU.
   * Reading the shrunk copy makes the page wait, in one task, for the GPU to finish every copy.
   */
  private probeColours(): number {
    const { x, y, width, height } = this.plan.rect;
    this.probe.clearRect(0, 0, 96, 64);
    this.probe.drawImage(this.canvas, x, y, width, height, 0, 0, 96, 64);
    return distinctColours(this.probe.getImageData(0, 0, 96, 64).data);
  }

  /** Draw `day` fully (tile by tile), check it is not blank, and compose the furniture. */
  async draw(day: IsoDay, title: string, opts: { signal?: AbortSignal; onTile?: TileProgress } = {}): Promise<void> {
    const { ctx, size, plan, flags, view } = this;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    // Until the map is drawn and checked, a failure (or cancel) leaves maps not worth keeping.
    this.mapFailed = true;
    // A still's map is read into memory without blocking the page; an animation's frames are copied
    // straight into its CPU-side canvas, which is quicker per frame.
    const sampled = await this.tiled.draw(day, ctx, plan.rect, { ...opts, readInMemory: !this.readsFrames });
    if ((sampled ?? this.probeColours()) < BLANK_BELOW)
      throw new LocalizedError(localized((m, l) => m.exportBlank(formatDay(day, l))));
    this.mapFailed = false;
    const f = furnitureScale(size);
    const text = messages(view.lang);
    const content = {
      title,
      dateWords: view.lang === 'en' ? formatDayLong(day) : formatDay(day, view.lang),
      text,
      rtl: view.lang === 'ar',
      weigh: this.weigh,
      asOf: { words: text.dataAsOf(formatDay(DATA_AS_OF, view.lang)), stale: isStale(day) },
      legend: legendItems({
        text,
        controllers: this.controllers,
        territory: view.layers.includes('territory'),
        fronts: view.layers.includes('fronts'),
        bases: view.layers.includes('bases') && this.forcesShown.has('us'),
        events: view.layers.includes('events'),
        forces: FORCES.filter((f) => f.id !== 'us' && view.layers.includes(f.layer) && this.forcesShown.has(f.id)).map(
          (f) => f.id,
        ),
      }),
      scaleBar: localScaleBar(pickScaleBar(this.metresPerImagePixel(), 150 * f), view.lang),
      permalink: permalinkFor(view.href, day),
    };
    await timed('furniture', () =>
      this.strips.paint(ctx, size, (c) => drawFurniture(c, size, plan.rect, flags, content)),
    );
  }

  /** The composed image as `type` (image/jpeg, image/webp, image/png without metadata). */
  encode(type: string): Promise<Blob> {
    return timed('encode', () => encodeCanvas(this.canvas, type));
  }

  /** The composed image as a PNG carrying its title, date, sources and permalink. */
  async png(title: string, day: IsoDay): Promise<Blob> {
    const blob = await timed('encode', () => encodeCanvas(this.canvas, 'image/png'));
    const png = new Uint8Array(await blob.arrayBuffer());
    const permalink = permalinkFor(this.view.href, day);
    const tagged = insertTextChunks(png, pngTextEntries({ title, day, permalink, lang: this.view.lang }));
    return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }

  /** Cached importance of image points (see {@link mapWeight}), made on first use. */
  private weighFn: ((x: number, y: number) => number) | null = null;

  /** How much the map shows at an image point: its land and its towns (the legend avoids both). */
  private get weigh(): (x: number, y: number) => number {
    const data = this.territory;
    return (this.weighFn ??= mapWeight(data, this.tiled.bounds, this.plan.rect, furnitureScale(this.size)));
  }

  /** Ground metres per image pixel at the centre of the view. */
  private metresPerImagePixel(): number {
    return metresPerCssPixel(this.shown.center[1], this.shown.zoom) / this.plan.pixelRatio;
  }

  /** Whether the last map drawing failed or was cancelled (its maps are then not kept). */
  private mapFailed = false;

  /** Hand the off-screen maps back for the next export, or remove them when their drawing failed. */
  close(): void {
    if (this.mapFailed) this.tiled.close();
    else this.tiled.release();
  }
}

/**
 * Importance of an image point for legend placement: 1 on the land of Iraq and Syria, plus 4 near
 * a city and 2 near a town (their dots and labels), 0 over neighbours and sea.
 */
function mapWeight(
  data: TerritoryData,
  bounds: [number, number, number, number],
  rect: { x: number; y: number; width: number; height: number },
  f: number,
): (x: number, y: number) => number {
  const [w, s, e, n] = bounds;
  const nw = toUnit(w, n);
  const se = toUnit(e, s);
  const toPx = (lon: number, lat: number) => {
    const u = toUnit(lon, lat);
    return [
      rect.x + ((u.x - nw.x) / (se.x - nw.x)) * rect.width,
      rect.y + ((u.y - nw.y) / (se.y - nw.y)) * rect.height,
    ];
  };
  const towns = data.places
    .filter((p) => p.kind === 'city' || p.kind === 'town')
    .map((p) => ({
      at: toPx(p.lon, p.lat),
      weight: p.kind === 'city' ? 4 : 2,
      reach: (p.kind === 'city' ? 40 : 24) * f,
    }));
  return (x, y) => {
    const [lon, lat] = fromUnit({
      x: nw.x + ((x - rect.x) / rect.width) * (se.x - nw.x),
      y: nw.y + ((y - rect.y) / rect.height) * (se.y - nw.y),
    });
    let v = cellAt(data, lon, lat) ? 1 : 0;
    for (const t of towns) if (Math.hypot(t.at[0] - x, t.at[1] - y) <= t.reach) v += t.weight;
    return v;
  };
}

/** The scale bar's label in the export's language ("20 km", "٢٠ كم"). */
function localScaleBar(bar: ScaleBar | null, lang: Lang): ScaleBar | null {
  if (!bar || lang === 'en') return bar;
  const km = bar.metres >= 1000;
  const m = messages(lang);
  return { ...bar, label: `${formatNumber(km ? bar.metres / 1000 : bar.metres, lang)} ${km ? m.kmUnit : m.mUnit}` };
}

/** The forces with a site inside `bounds` (with a 10% margin) on any of `days`. */
function forcesInView(
  forces: ForcesData | null,
  days: readonly IsoDay[],
  bounds: [number, number, number, number],
): Set<ForceId> {
  const found = new Set<ForceId>();
  if (!forces) return found;
  const [w, s, e, n] = bounds;
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  for (const day of days)
    for (const { site } of sitesAt(forces.sites, day))
      if (site.lon >= w - dx && site.lon <= e + dx && site.lat >= s - dy && site.lat <= n + dy) found.add(site.force);
  return found;
}
