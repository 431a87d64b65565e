/**
 * Export sizes: presets, the largest size WebGL can draw, and how the export map is laid out so it
 * shows the same view as the screen at the requested resolution.
 */

import { MAX_CANVAS_SIDE } from '../map/limits.ts';

/** A size in image pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Size presets offered in the dialog (`view` is the map as it is on screen). */
export const SIZE_PRESETS = [
  { id: 'view', label: 'Current view' },
  { id: 'hd', label: '1920 × 1080 (Full HD)', width: 1920, height: 1080 },
  { id: 'uhd', label: '3840 × 2160 (4K)', width: 3840, height: 2160 },
  { id: 'a4', label: 'A4 landscape, 300 dpi (3508 × 2480)', width: 3508, height: 2480 },
  { id: 'custom', label: 'Custom' },
] as const;

/** The canvas cap the atlas's maps are created with (`maxCanvasSize`). */
export const MAPLIBRE_MAX_CANVAS = MAX_CANVAS_SIDE;

/** Smallest side an export may have. */
export const MIN_SIDE = 16;

/**
 * Largest side of an image export. Images are drawn in tiles, so the GPU's own limit does not
 * bound them; this keeps the composed image (8192² × 4 bytes = 256 MB) within what a browser tab
 * can hold and encode.
 */
export const MAX_EXPORT_SIDE = 8192;

/** Largest side of an animation frame: every frame is encoded on the page, so they stay smaller. */
export const MAX_ANIMATION_SIDE = 1920;

/** Largest side the GPU can draw: the smaller of the WebGL limits and MapLibre's canvas cap. */
export function maxSideFromLimits(limits: { renderbuffer: number; texture: number; viewport?: number }): number {
  return Math.min(limits.renderbuffer, limits.texture, limits.viewport ?? Infinity, MAPLIBRE_MAX_CANVAS);
}

/** Read the drawing limits of a WebGL context. */
export function glMaxSide(gl: WebGLRenderingContext | WebGL2RenderingContext): number {
  const vp = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  return maxSideFromLimits({
    renderbuffer: gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    texture: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    viewport: vp ? Math.min(vp[0], vp[1]) : undefined,
  });
}

/** The largest size with the same aspect ratio whose sides are at most `maxSide`; `size` if it fits. */
export function clampSize(size: Size, maxSide: number): Size {
  const { width, height } = size;
  if (width <= maxSide && height <= maxSide) return { width, height };
  const k = maxSide / Math.max(width, height);
  return { width: Math.max(1, Math.floor(width * k)), height: Math.max(1, Math.floor(height * k)) };
}

/** Why `size` cannot be exported: sides not whole or too small, or too big (with the largest that fits). */
export type SizeIssue = { kind: 'whole'; min: number } | { kind: 'too-big'; max: number; fit: Size };

/** What is wrong with `size` as an export of sides at most `maxSide`, or null when it can be exported. */
export function sizeIssue(size: Size, maxSide: number = MAX_EXPORT_SIDE): SizeIssue | null {
  const { width, height } = size;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < MIN_SIDE || height < MIN_SIDE)
    return { kind: 'whole', min: MIN_SIDE };
  if (width > maxSide || height > maxSide) return { kind: 'too-big', max: maxSide, fit: clampSize(size, maxSide) };
  return null;
}

/** A plain-language reason why `size` cannot be exported, or null when it can. */
export function sizeProblem(size: Size, maxSide: number = MAX_EXPORT_SIDE, what = 'An export'): string | null {
  const issue = sizeIssue(size, maxSide);
  if (!issue) return null;
  if (issue.kind === 'whole') return `Width and height must be whole numbers of at least ${issue.min} pixels.`;
  return `${what} can be at most ${issue.max} pixels a side; the largest export of this shape is ${issue.fit.width} × ${issue.fit.height}.`;
}

/** Parse "1920x1080" (x, X or ×); null when malformed. */
export function parseSize(text: string): Size | null {
  const m = /^\s*(\d{1,5})\s*[x×X]\s*(\d{1,5})\s*$/.exec(text);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
}

/** Where and how big the export map is drawn. */
export interface MapPlan {
  /** The map's rectangle within the image, in image pixels. */
  rect: { x: number; y: number; width: number; height: number };
  /** CSS size of the whole export map (it is drawn in tiles, so it need not be whole pixels). */
  css: Size;
  /** Pixel ratio the export map renders at (≥ 1, a multiple of 1/8 so tiles meet on whole pixels). */
  pixelRatio: number;
  /** Zoom change so the on-screen extent still fits (negative when the export is smaller than the screen). */
  zoomDelta: number;
}

/**
 * Plan the export map: the screen's view (`screen`, CSS px) must fit inside the map rectangle. At or
 * above screen size the map renders at a higher pixel ratio (same zoom, sharper); below it, the
 * zoom drops instead, so labels stay legible. The ratio is rounded down to an eighth, which shows
 * a little more around the view rather than less.
 */
export function planMap(
  image: Size,
  screen: Size,
  bands: { top: number; bottom: number },
  /** A band beside the map (the legend drawn outside it): its width, and whether it is on the left. */
  side: { width: number; left: boolean } = { width: 0, left: false },
): MapPlan {
  const rect = {
    x: side.left ? side.width : 0,
    y: bands.top,
    width: Math.max(1, image.width - side.width),
    height: Math.max(1, image.height - bands.top - bands.bottom),
  };
  const u = Math.min(rect.width / Math.max(1, screen.width), rect.height / Math.max(1, screen.height));
  const ratio = Math.max(1, Math.floor(u * 8) / 8);
  const css = { width: rect.width / ratio, height: rect.height / ratio };
  return { rect, css, pixelRatio: ratio, zoomDelta: u < 1 ? Math.log2(u) : 0 };
}
