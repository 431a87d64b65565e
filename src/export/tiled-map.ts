/**
 * Draws an export map of any size offered without freezing the page or touching the on-screen map.
 * An image up to the largest preset size is drawn by one off-screen map in one go; a larger one by two
 * (one for everything below the labels, one for the labels on a transparent background), tile by tile.
 * Each tile is read only once the GPU has finished it (see gpu-wait.ts); a still's single map is read
 * into memory through a GPU buffer (gpu-readback.ts), so the page never waits for the copy; and the
 * page gets the main thread back between tiles.
 *
 * Labels are drawn in a separate pass with a wide gutter so a label near a seam is placed the same
 * way in both tiles; the pass below them needs only a narrow gutter (markers near the edge), which
 * keeps the expensive part of the drawing close to the image's own size.
 *
 * Opening these maps is most of an export's cost, so after an export they are kept (shrunk, see
 * kept-maps.ts) and the next export of the same view at the same size reuses them for its own date
 * (see {@link canReuse} for why nothing else may differ); a kept map whose WebGL context was lost is
 * never reused.
 */
import type { LabelLang, LayerId } from '../model/layers.ts';
import { AtlasMap, type AtlasMapOptions } from '../map/atlas-map.ts';
import type { MapPart } from '../map/map-part.ts';
import type { IsoDay } from '../model/dates.ts';
import type { TerritoryData } from '../model/territory.ts';
import type { ForcesData } from '../model/forces.ts';
import type { WarEvent } from '../model/events.ts';
import type { OverlaySpec } from '../map/overlay-layer.ts';
import { fitsOneTile, planTiles, type TileGrid } from './tile-plan.ts';
import { gpuFinished } from './gpu-wait.ts';
import { canReadAsync, readPixelsAsync } from './gpu-readback.ts';
import { distinctColours, sampleStride } from './pixels.ts';
import { timed } from './phase-timing.ts';
import { formatDigits, localized, LocalizedError, type Localized } from '../model/i18n/index.ts';
import { glMaxSide, type Size } from './size.ts';
import { canReuse, KeptMaps, type PassOrigin } from './kept-maps.ts';

/**
 * The most image pixels one map draws in one go: the largest preset, A4 at 300 dpi (3508 × 2480). A software
 * GPU draws that in about a second, during which the page's own frames wait; one map is faster than two
 * passes (the labels are not drawn over a second full-size canvas). Larger images are drawn in two passes.
 */
export const SINGLE_MAP_MAX_PX = 3508 * 2480;
/** The largest tile side of a single map drawing the whole image. */
export const SINGLE_TILE_PX = 4096;
/** The largest tile side of the pass below the labels, in device pixels (about a second of software GPU work). */
export const BASE_TILE_PX = 2048;
/** The largest tile side of the label pass (cheap to draw: glyphs on a cleared background). */
export const LABEL_TILE_PX = 4096;
/** Gutters in CSS pixels: markers (radius ≤ 9 px) and labels (half a long name). */
const BASE_GUTTER_CSS = 16;
const LABEL_GUTTER_CSS = 96;
/** A tile that takes longer than this to draw stops the export. */
const TILE_TIMEOUT_MS = 120_000;

/** Everything the off-screen maps draw. */
export interface TiledMapSpec {
  mapOptions: Pick<AtlasMapOptions, 'basemapUrl' | 'fonts' | 'maxZoom'>;
  center: [number, number];
  zoom: number;
  lang: LabelLang;
  layers: readonly LayerId[];
  /** Size of the map in image pixels. */
  image: Size;
  /** Image pixels per CSS pixel (a multiple of 1/8). */
  pixelRatio: number;
  territory: TerritoryData;
  forces: ForcesData | null;
  events: readonly WarEvent[] | null;
  overlays: readonly OverlaySpec[];
}

/** Progress of one drawn image: tiles done of all tiles (both passes). */
export type TileProgress = (done: number, total: number) => void;

/** One pass: an off-screen map showing one part of the style, and its tiles. */
interface Pass {
  atlas: AtlasMap;
  container: HTMLElement;
  /** The tiles of the export it is drawing (planned again when it is reused). */
  grid: TileGrid;
  origin: PassOrigin;
  /** The GPU's largest canvas side, read once while it was idle. */
  maxSide: number;
  /** Whether the canvas has the size of {@link grid}'s tiles (it takes it just before the first tile). */
  sized: boolean;
}

/** Kept maps are freed after this long without an export. */
export const KEEP_MAPS_MS = 60_000;

/** The maps of the last export: its two passes or its single map. */
const kept = new KeptMaps<Pass>({
  dispose: closePass,
  alive: (p) => !p.atlas.contextLost && !glOf(p.atlas).isContextLost(),
  idleMs: KEEP_MAPS_MS,
  max: 2,
});
// A hidden page gives the GPU memory back at once.
if (typeof document !== 'undefined')
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') kept.clear();
  });

/** See the module note. */
export class TiledMap {
  private constructor(
    private readonly passes: Pass[],
    /** The whole map's extent: west, south, east, north. */
    readonly bounds: [number, number, number, number],
  ) {}

  /**
   * Create the off-screen maps and load the data into them (drawing `firstDay`): one map when the
   * image fits one tile of {@link SINGLE_TILE_PX} and has at most {@link SINGLE_MAP_MAX_PX} pixels (and
   * `split` is not set), else one for each pass. Rejects (cleaning up) on failure.
   */
  static async open(spec: TiledMapSpec, firstDay: IsoDay, signal?: AbortSignal, split = false): Promise<TiledMap> {
    const passes: Pass[] = [];
    const single = !split && fitsOneTile(spec, SINGLE_TILE_PX, SINGLE_MAP_MAX_PX);
    const parts: MapPart[] = single ? ['all'] : ['base', 'labels'];
    const found = parts.map((part) => kept.take((p) => canReuse(p.origin, part, spec)));
    // Kept maps this export cannot use go before a new one opens (never more than two at a time).
    kept.clear();
    // New maps load their data and draw a first small frame side by side: one map's workers and GPU
    // are seldom busy at once. Each takes its tile size just before its first tile is drawn.
    const opened = await Promise.allSettled(
      parts.map((part, i) => {
        const reusable = found[i];
        found[i] = null;
        return (reusable ? Promise.resolve(reusable) : openPass(spec, part, firstDay)).then((p) => (passes[i] = p));
      }),
    );
    try {
      const failed = opened.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      signal?.throwIfAborted();
      for (const p of passes) p.grid = gridFor(spec, p.origin.part, Math.min(tileLimit(p.origin.part), p.maxSide));
    } catch (e) {
      passes.forEach(closePass);
      throw e;
    }
    // A GPU whose canvases are smaller than the image: a single map would cut labels at its seams.
    if (single && passes[0].grid.tiles.length > 1) {
      passes.forEach(closePass);
      return TiledMap.open(spec, firstDay, signal, true);
    }
    return new TiledMap(passes, passes[0].grid.bounds);
  }

  /**
   * True when {@link draw} can read the whole map into memory (one map drawing everything, on WebGL2):
   * the image it is drawn into can then live in memory too, and nothing has to be read back from the GPU.
   */
  get readsInMemory(): boolean {
    const [pass, ...more] = this.passes;
    return more.length === 0 && pass.origin.part === 'all' && canReadAsync(glOf(pass.atlas));
  }

  /** Tiles drawn per image (both passes). */
  get tileCount(): number {
    return this.passes.reduce((n, p) => n + p.grid.tiles.length, 0);
  }

  /**
   * Draw `day` into `ctx` with the map's top-left at `at`, tile by tile; with `readInMemory`, a single
   * map's tiles are read into memory without blocking the page. Resolves with the number of distinct
   * colours sampled from the tiles when every tile was read into memory (see pixels.ts), or null when
   * they were copied by drawImage and only a read of `ctx` can tell.
   */
  async draw(
    day: IsoDay,
    ctx: CanvasRenderingContext2D,
    at: { x: number; y: number },
    opts: { signal?: AbortSignal; onTile?: TileProgress; readInMemory?: boolean } = {},
  ): Promise<number | null> {
    const total = this.tileCount;
    let done = 0;
    const colours = new Set<number>();
    let everyTileRead = true;
    for (const pass of this.passes) {
      const { atlas, grid } = pass;
      const map = atlas.map;
      const gl = glOf(atlas);
      if (!pass.sized) toTileSize(pass);
      const g = grid.gutterCss * grid.pixelRatio;
      for (const [i, t] of grid.tiles.entries()) {
        opts.signal?.throwIfAborted();
        map.jumpTo({ center: t.center });
        // The first tile is drawn with the new date in the same frame.
        await timed('render', () =>
          withTimeout(
            i === 0 ? atlas.setDate(day) : atlas.idle(),
            TILE_TIMEOUT_MS,
            localized((m) => m.exportTileSlow),
          ),
        );
        if (atlas.contextLost || gl.isContextLost()) throw contextLost();
        await timed('gpu-wait', () => gpuFinished(gl, opts.signal));
        // A single map's tile is read without blocking the page (gpu-readback.ts) and put in place. Two
        // passes copy on the GPU: the label pass's transparent tiles must be blended over the image, which
        // drawImage does, and the check for a blank image then reads the whole image anyway.
        if (opts.readInMemory && pass.origin.part === 'all' && canReadAsync(gl)) {
          const rect = { x: g, y: g, width: t.width, height: t.height };
          const pixels = await timed('readback', () => readPixelsAsync(gl, rect, opts.signal));
          ctx.putImageData(pixels, at.x + t.x, at.y + t.y);
          distinctColours(pixels.data, sampleStride(t.width, t.height), colours);
        } else {
          everyTileRead = false;
          await timed('readback', () =>
            ctx.drawImage(map.getCanvas(), g, g, t.width, t.height, at.x + t.x, at.y + t.y, t.width, t.height),
          );
        }
        opts.onTile?.(++done, total);
        // Hand the main thread back to the page between tiles.
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    return everyTileRead ? colours.size : null;
  }

  /**
   * Draw each map once at its tile size, one after the other: a map's first drawing at that size
   * costs the GPU more than its later ones (the export dialog does this while the reader chooses).
   */
  async warm(signal?: AbortSignal): Promise<void> {
    for (const pass of this.passes) {
      signal?.throwIfAborted();
      if (!pass.sized) toTileSize(pass);
      pass.atlas.map.jumpTo({ center: pass.grid.tiles[0].center });
      await pass.atlas.idle();
      await gpuFinished(glOf(pass.atlas), signal);
    }
  }

  /** Keep the off-screen maps, shrunk, for the next export (see the module note). */
  release(): void {
    this.passes.forEach(shrink);
    kept.keepOnly(this.passes);
  }

  /** Remove the off-screen maps and free their GPU memory (after a failed or cancelled drawing). */
  close(): void {
    this.passes.forEach(closePass);
  }
}

/** The WebGL context of an off-screen map (checked when the map was opened). */
function glOf(atlas: AtlasMap): WebGL2RenderingContext | WebGLRenderingContext {
  const canvas = atlas.map.getCanvas();
  return (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
}

/**
 * Give a map the size of its tiles (its first drawing at that size is the export's first tile, so
 * a map opened or kept for an export paints no full tile ahead of it).
 */
function toTileSize(p: Pass): void {
  const map = p.atlas.map;
  setCssSize(p.container, p.grid.mapCss);
  map.setPixelRatio(p.grid.pixelRatio);
  map.resize();
  p.sized = true;
  checkDrawnSize(p.atlas, p.grid, p.grid.pixelRatio);
}

/** Shrink a kept map's canvas to the warm-up size, so it holds little GPU memory while it waits. */
function shrink(p: Pass): void {
  const css = p.grid.mapCss;
  p.atlas.map.setPixelRatio(warmUpRatio(css));
  p.atlas.map.resize();
  p.sized = false;
}

/** What the user is told when the GPU dropped the export map. */
const contextLost = () => new LocalizedError(localized((m) => m.exportContextLost));

/** The tiles of one pass (a single map drawing everything needs no gutter). */
function gridFor(spec: TiledMapSpec, part: MapPart, maxTilePx: number): TileGrid {
  return planTiles({
    image: spec.image,
    pixelRatio: spec.pixelRatio,
    center: spec.center,
    zoom: spec.zoom,
    maxTilePx,
    gutterCss: part === 'all' ? 0 : part === 'base' ? BASE_GUTTER_CSS : LABEL_GUTTER_CSS,
  });
}

/** Side of the warm-up canvas in device pixels. */
const WARM_UP_PX = 256;

/** The pixel ratio that draws a map of CSS size `css` at most {@link WARM_UP_PX} a side. */
function warmUpRatio(css: Size): number {
  return Math.min(1, WARM_UP_PX / Math.max(css.width, css.height));
}

/** The largest tile side of a pass. */
function tileLimit(part: MapPart): number {
  return part === 'labels' ? LABEL_TILE_PX : part === 'all' ? SINGLE_TILE_PX : BASE_TILE_PX;
}

function setCssSize(container: HTMLElement, css: Size): void {
  Object.assign(container.style, { width: `${css.width}px`, height: `${css.height}px` });
}

/** Throw when the map's canvas did not take the tile size (the browser refused so large a canvas). */
function checkDrawnSize(atlas: AtlasMap, grid: TileGrid, pixelRatio: number): void {
  const drawn = atlas.map.getCanvas();
  const want = { width: grid.mapCss.width * pixelRatio, height: grid.mapCss.height * pixelRatio };
  if (drawn.width !== want.width || drawn.height !== want.height)
    throw new LocalizedError(
      localized((m, l) =>
        m.exportCanvasRefused(
          `${formatDigits(drawn.width, l)} × ${formatDigits(drawn.height, l)}`,
          `${formatDigits(want.width, l)} × ${formatDigits(want.height, l)}`,
        ),
      ),
    );
}

/**
 * Open one pass's map. It first draws the whole view on a tiny canvas: MapLibre compiles each
 * shader the first time it is used and then waits for the GPU to confirm it, and on a big tile
 * that wait would sit behind seconds of drawing. The map takes its tile size later
 * ({@link toTileSize}), once every shader is ready and the GPU idle.
 */
async function openPass(spec: TiledMapSpec, part: MapPart, firstDay: IsoDay): Promise<Pass> {
  const whole = {
    width: Math.ceil(spec.image.width / spec.pixelRatio),
    height: Math.ceil(spec.image.height / spec.pixelRatio),
  };
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0', pointerEvents: 'none' });
  setCssSize(container, whole);
  document.body.append(container);
  let atlas: AtlasMap | null = null;
  try {
    atlas = new AtlasMap({
      ...spec.mapOptions,
      container,
      center: spec.center,
      zoom: spec.zoom,
      minZoom: 0,
      lang: spec.lang,
      pixelRatio: warmUpRatio(whole),
      interactive: false,
      bounded: false,
      layers: spec.layers,
      part,
    });
    const map = atlas.map;
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    if (!gl || gl.isContextLost()) throw contextLost();
    await atlas.loaded;
    atlas.setLayers(spec.layers);
    atlas.setLang(spec.lang);
    await atlas.setTerritory(spec.territory);
    if (spec.forces) await atlas.setForces(spec.forces);
    if (spec.events) await atlas.setEvents(spec.events);
    if (part !== 'labels' && spec.overlays.length) await atlas.setOverlays(spec.overlays);
    await atlas.setDate(firstDay);
    await gpuFinished(gl);
    // A GPU with a smaller limit than the tile: plan within it (read while the GPU is idle).
    const maxSide = glMaxSide(gl);
    const grid = gridFor(spec, part, Math.min(tileLimit(part), maxSide));
    const pass: Pass = { atlas, container, grid, maxSide, origin: { ...spec, part }, sized: false };
    // A kept map that loses its context is freed at once (a lost map never draws again here).
    map.on('webglcontextlost', () => kept.drop(pass));
    return pass;
  } catch (e) {
    atlas?.map.remove();
    container.remove();
    throw e;
  }
}

function closePass(p: Pass): void {
  p.atlas.map.remove();
  p.container.remove();
}

function withTimeout<T>(p: Promise<T>, ms: number, message: Localized): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new LocalizedError(message)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
