/**
 * One export's drawing: the tiled off-screen map (tiled-map.ts) and the canvas the image is
 * composed on, with the furniture painted over the map and the checks that it is not blank. Kept
 * for every frame of an animation. Loaded on first export.
 */
import { timed } from './phase-timing.ts';
import { regionLngLatBounds } from '../model/style-vocab.ts';
import { asOfWords, isStale } from '../model/data-as-of.ts';
import { formatDayLong, type IsoDay } from '../model/dates.ts';
import type { ControllerId } from '../model/controllers.ts';
import {
  bandHeights,
  drawFurniture,
  furnitureScale,
  legendItems,
  FURNITURE_FONT,
  type FurnitureFlags,
} from './furniture.ts';
import { planMap, type MapPlan, type Size } from './size.ts';
import { metresPerCssPixel, pickScaleBar } from './scale-bar.ts';
import { TiledMap, type TileProgress } from './tiled-map.ts';
import { constrainView } from './tile-plan.ts';
import { StripPainter } from './strips.ts';
import { encodeCanvas } from './encode.ts';
import { looksBlank } from './pixels.ts';
import { controllersInView } from './legend-scope.ts';
import { insertTextChunks } from './png-text.ts';
import { permalinkFor, pngTextEntries } from './metadata.ts';
import type { ExportView, ExporterDeps } from './exporter.ts';
import { FORCES } from '../model/force-kinds.ts';

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
    readsFrames: boolean,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = size.width;
    this.canvas.height = size.height;
    // Stills stay on the GPU (tiles are copied without a read-back); animations read every frame.
    this.ctx = this.canvas.getContext('2d', { willReadFrequently: readsFrames })!;
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
    if (!territory) throw new Error('The territory data has not loaded yet; try again in a moment.');
    const plan = planMap(size, view.screen, bandHeights(size, flags));
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
      await Promise.all(
        ['400', '600'].map((w) => document.fonts.load(`${w} 16px ${FURNITURE_FONT}`, 'Iraq Syria 0123456789')),
      );
      return new RenderSession(tiled, plan, shown, size, flags, view, controllers, opts.readsFrames === true);
    } catch (e) {
      tiled.close();
      throw e;
    }
  }

  /** Draw `day` fully (tile by tile), check it is not blank, and compose the furniture. */
  async draw(day: IsoDay, title: string, opts: { signal?: AbortSignal; onTile?: TileProgress } = {}): Promise<void> {
    const { ctx, size, plan, flags, view } = this;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    await this.tiled.draw(day, ctx, plan.rect, opts);
    const { x, y, width, height } = plan.rect;
    this.probe.clearRect(0, 0, 96, 64);
    this.probe.drawImage(this.canvas, x, y, width, height, 0, 0, 96, 64);
    if (looksBlank(this.probe.getImageData(0, 0, 96, 64).data))
      throw new Error(`The map for ${day} came out blank (WebGL drew nothing); the export was stopped.`);
    const f = furnitureScale(size);
    const content = {
      title,
      dateWords: formatDayLong(day),
      asOf: { words: asOfWords(), stale: isStale(day) },
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
    const tagged = insertTextChunks(png, pngTextEntries({ title, day, permalink }));
    return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }

  /** Ground metres per image pixel at the centre of the view. */
  private metresPerImagePixel(): number {
    return metresPerCssPixel(this.shown.center[1], this.shown.zoom) / this.plan.pixelRatio;
  }

  /** Remove the off-screen maps. */
  close(): void {
    this.tiled.close();
  }
}
