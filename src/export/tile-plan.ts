/**
 * Tiled rendering plan: a large export map is drawn piece by piece on a small off-screen map and
 * stitched. Pure Web-Mercator arithmetic (MapLibre's 512-pixel world), so it is unit-tested in node.
 *
 * Every tile is drawn with a gutter of map around the piece that is kept, so labels and markers
 * near a seam are laid out from the same neighbourhood in both tiles; tiles start on whole image
 * pixels, so neighbouring pieces line up exactly.
 */
import type { Size } from './size.ts';

/** A point of the Web-Mercator unit square (x east, y south, both 0…1). */
export interface UnitPoint {
  x: number;
  y: number;
}

/** Longitude/latitude → Web-Mercator unit square. */
export function toUnit(lon: number, lat: number): UnitPoint {
  const s = Math.sin((Math.max(-85.051129, Math.min(85.051129, lat)) * Math.PI) / 180);
  return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
}

/** Web-Mercator unit square → [longitude, latitude]. */
export function fromUnit(p: UnitPoint): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * p.y))) * 180) / Math.PI;
  return [p.x * 360 - 180, lat];
}

/** One piece of the image. */
export interface Tile {
  /** The kept piece, in image pixels relative to the map rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the off-screen map when it draws this piece. */
  center: [number, number];
}

/** How the map rectangle is cut up and what the off-screen map must look like. */
export interface TileGrid {
  /** CSS size of the off-screen map (whole CSS pixels). */
  mapCss: Size;
  /** Gutter drawn around each kept piece, in CSS pixels. */
  gutterCss: number;
  /** Pixel ratio of the off-screen map. */
  pixelRatio: number;
  tiles: Tile[];
  /** The whole map's extent: west, south, east, north. */
  bounds: [number, number, number, number];
}

/** What {@link planTiles} needs. */
export interface TileRequest {
  /** Size of the map rectangle in image pixels. */
  image: Size;
  /** Image pixels per CSS pixel; a multiple of 1/8 so tiles of whole CSS pixels start on whole image pixels. */
  pixelRatio: number;
  center: [number, number];
  zoom: number;
  /** Largest side of the off-screen map in device pixels (gutter included). */
  maxTilePx: number;
  /** Gutter in CSS pixels (rounded up to a multiple of 8). */
  gutterCss: number;
}

/** Cut the map rectangle into as few tiles as fit `maxTilePx`, each as equal as whole pixels allow. */
export function planTiles(r: TileRequest): TileGrid {
  const s = r.pixelRatio;
  if (!(s > 0) || Math.abs(s * 8 - Math.round(s * 8)) > 1e-9)
    throw new RangeError(`The pixel ratio must be a positive multiple of 1/8, got ${s}.`);
  const gutterCss = Math.ceil(r.gutterCss / 8) * 8;
  const gutterPx = gutterCss * s;
  // Pieces are a whole number of 8-CSS-pixel cells, so every tile edge is a whole image pixel.
  const cellPx = 8 * s;
  const maxInnerCells = Math.max(1, Math.floor((r.maxTilePx - 2 * gutterPx) / cellPx));
  const split = (total: number) => {
    const cells = Math.ceil(total / cellPx);
    const n = Math.ceil(cells / maxInnerCells);
    return { n, cells: Math.ceil(cells / n) };
  };
  const cols = split(r.image.width);
  const rows = split(r.image.height);
  const mapCss = { width: cols.cells * 8 + 2 * gutterCss, height: rows.cells * 8 + 2 * gutterCss };
  const world = 512 * 2 ** r.zoom;
  const c = toUnit(r.center[0], r.center[1]);
  // Top-left of the whole map in world CSS pixels.
  const left = c.x * world - r.image.width / s / 2;
  const top = c.y * world - r.image.height / s / 2;
  const tiles: Tile[] = [];
  const innerW = cols.cells * cellPx;
  const innerH = rows.cells * cellPx;
  for (let j = 0; j < rows.n; j++) {
    for (let i = 0; i < cols.n; i++) {
      const x = i * innerW;
      const y = j * innerH;
      if (x >= r.image.width || y >= r.image.height) continue;
      const cx = left + x / s - gutterCss + mapCss.width / 2;
      const cy = top + y / s - gutterCss + mapCss.height / 2;
      tiles.push({
        x,
        y,
        width: Math.min(innerW, r.image.width - x),
        height: Math.min(innerH, r.image.height - y),
        center: fromUnit({ x: cx / world, y: cy / world }),
      });
    }
  }
  const [west, north] = fromUnit({ x: left / world, y: top / world });
  const [east, south] = fromUnit({ x: (left + r.image.width / s) / world, y: (top + r.image.height / s) / world });
  return { mapCss, gutterCss, pixelRatio: s, tiles, bounds: [west, south, east, north] };
}

/**
 * The centre and zoom MapLibre would show for a view of `css` CSS pixels kept inside `bounds`
 * ([[west, south], [east, north]]): zoomed in until the view fits, then moved inside. The export
 * maps are unbounded (their tiles look beyond the edge), so the whole view is bounded here, as the
 * on-screen map is.
 */
export function constrainView(
  center: [number, number],
  zoom: number,
  css: Size,
  bounds: [[number, number], [number, number]],
): { center: [number, number]; zoom: number } {
  const nw = toUnit(bounds[0][0], bounds[1][1]);
  const se = toUnit(bounds[1][0], bounds[0][1]);
  let world = 512 * 2 ** zoom;
  const fit = Math.max(css.width / ((se.x - nw.x) * world), css.height / ((se.y - nw.y) * world));
  if (fit > 1) {
    zoom += Math.log2(fit);
    world = 512 * 2 ** zoom;
  }
  const c = toUnit(center[0], center[1]);
  const halfW = css.width / 2 / world;
  const halfH = css.height / 2 / world;
  const x = Math.min(Math.max(c.x, nw.x + halfW), se.x - halfW);
  const y = Math.min(Math.max(c.y, nw.y + halfH), se.y - halfH);
  return { center: fromUnit({ x, y }), zoom };
}

/**
 * Whether one map draws the whole map rectangle of `r` in a single tile of at most `maxTilePx` a side (no
 * gutter: there is no seam) with no more than `maxPixels` image pixels.
 */
export function fitsOneTile(
  r: Omit<TileRequest, 'maxTilePx' | 'gutterCss'>,
  maxTilePx: number,
  maxPixels: number,
): boolean {
  if (r.image.width * r.image.height > maxPixels) return false;
  return planTiles({ ...r, maxTilePx, gutterCss: 0 }).tiles.length === 1;
}
