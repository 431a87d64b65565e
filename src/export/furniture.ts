/**
 * Map furniture drawn around the exported map: title band, date, legend, scale bar, north arrow and
 * a caption with sources, attribution and permalink. Pure 2D-canvas drawing against a small
 * context interface, so it is unit-tested with a recording fake.
 */
import { CONTROLLERS, type ControllerId } from '../model/controllers.ts';
import { FORCES, type ForceId } from '../model/force-kinds.ts';
import { isHollow, shapePolygon, type MarkerShape } from '../model/marker-shapes.ts';
import { BASE, DOMINATED_SAMPLE, INK, MARKER, territoryColour } from '../model/style-vocab.ts';
import { en, type Messages } from '../model/i18n/en.ts';
import type { ScaleBar } from './scale-bar.ts';
import type { Size } from './size.ts';

/** The strings the furniture draws, in the export's language (see src/model/i18n). */
export type FurnitureText = Pick<
  Messages,
  | 'controllers'
  | 'forces'
  | 'legendHeading'
  | 'legendDominated'
  | 'legendFront'
  | 'legendUsSite'
  | 'legendUsReduced'
  | 'legendHandedOver'
  | 'legendForceSite'
  | 'legendEvent'
  | 'situationOn'
  | 'partSep'
  | 'dataAsOf'
  | 'asOfStaleNote'
  | 'sourceLine'
  | 'sourceLineNoLink'
  | 'attribution'
  | 'north'
>;

/** The part of CanvasRenderingContext2D the furniture uses. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  /** Writing direction of text (right to left for Arabic); absent in test fakes. */
  direction?: CanvasDirection;
  save(): void;
  restore(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  clip(): void;
  fill(): void;
  stroke(): void;
}

/** Which pieces of furniture to draw. */
export interface FurnitureFlags {
  title: boolean;
  date: boolean;
  legend: boolean;
  scaleBar: boolean;
  northArrow: boolean;
  attribution: boolean;
  source: boolean;
  permalink: boolean;
  /** Draw the legend in a band beside the map instead of over its emptiest corner. */
  legendOutside: boolean;
}

/** Everything on by default: a publishable image in one click. */
export const DEFAULT_FURNITURE: FurnitureFlags = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  attribution: true,
  source: true,
  permalink: true,
  legendOutside: false,
};

/** Nothing drawn but the map. */
export const NO_FURNITURE: FurnitureFlags = Object.fromEntries(
  Object.keys(DEFAULT_FURNITURE).map((k) => [k, false]),
) as unknown as FurnitureFlags;

/** `true`/`false`/partial flags → full flags. */
export function resolveFurniture(f: boolean | Partial<FurnitureFlags> | undefined): FurnitureFlags {
  if (f === false) return { ...NO_FURNITURE };
  if (f === true || f === undefined) return { ...DEFAULT_FURNITURE };
  return { ...DEFAULT_FURNITURE, ...f };
}

/** One legend row (`shape` rows draw a force's map symbol). */
export interface LegendItem {
  label: string;
  kind: 'fill' | 'hatch' | 'line' | 'dot' | 'shape';
  color: string;
  stroke?: string;
  shape?: MarkerShape;
}

/** Attribution the basemap and data require. */
export const ATTRIBUTION = en.attribution;

/** A corner of the map: bottom-left, top-left, bottom-right, top-right. */
export type Corner = 'bl' | 'tl' | 'br' | 'tr';

/** What the furniture says. */
export interface FurnitureContent {
  title: string;
  dateWords: string;
  legend: readonly LegendItem[];
  scaleBar: ScaleBar | null;
  /** The view's public address, or null when the image has none (the caption then says so). */
  permalink: string | null;
  /** Strings in the export's language (default English). */
  text?: FurnitureText;
  /** Right-to-left furniture (Arabic): title and caption from the right, legend mirrored. */
  rtl?: boolean;
  /**
   * How much the map shows at an image point (land, towns): the legend goes over the corner where
   * this sums least. Without it the legend sits bottom-left.
   */
  weigh?: (x: number, y: number) => number;
  /** How current the data is ("Data as of 30 November 2026"), and whether the map date is after it. */
  asOf?: { words: string; stale: boolean };
}

/** Font stack for furniture text (the app's bundled Noto Sans). */
export const FURNITURE_FONT = '"Atlas Sans", "Noto Sans", system-ui, sans-serif';

/** Legend rows for the visible layers: controllers (in legend order), fronts, sites of each force, events. */
export function legendItems(opts: {
  controllers: readonly ControllerId[];
  territory: boolean;
  fronts: boolean;
  bases: boolean;
  events: boolean;
  /** Foreign forces whose site layers are visible. */
  forces?: readonly ForceId[];
  text?: FurnitureText;
}): LegendItem[] {
  const t = opts.text ?? en;
  const items: LegendItem[] = [];
  if (opts.territory) {
    for (const c of CONTROLLERS) {
      if (!opts.controllers.includes(c.id)) continue;
      items.push({
        label: t.controllers[c.id].label,
        kind: c.id === 'contested' ? 'hatch' : 'fill',
        color: territoryColour(c.id, false),
      });
    }
    if (items.length)
      items.push({
        label: t.legendDominated,
        kind: 'fill',
        color: DOMINATED_SAMPLE,
      });
  }
  if (opts.fronts) items.push({ label: t.legendFront, kind: 'line', color: BASE.front });
  if (opts.bases) {
    items.push({ label: t.legendUsSite, kind: 'dot', color: MARKER.usSite, stroke: MARKER.siteStroke });
    items.push({ label: t.legendUsReduced, kind: 'dot', color: MARKER.usSiteReduced, stroke: MARKER.siteStroke });
    items.push({
      label: t.legendHandedOver,
      kind: 'dot',
      color: MARKER.siteClosedFill,
      stroke: MARKER.siteClosedStroke,
    });
  }
  for (const f of FORCES) {
    if (f.id === 'us' || !opts.forces?.includes(f.id)) continue;
    items.push({ label: t.legendForceSite(t.forces[f.id].label), kind: 'shape', color: f.color, shape: f.shape });
  }
  if (opts.events) items.push({ label: t.legendEvent, kind: 'dot', color: MARKER.eventFill, stroke: MARKER.event });
  return items;
}

/** Furniture scale: 1 at 1280 × 720, proportional above and below. */
export function furnitureScale(size: Size): number {
  return Math.max(0.55, Math.min(size.width / 1280, size.height / 720));
}

/**
 * Heights of the title band (top) and caption band (bottom) in image pixels; `hasLink`: whether
 * the image has a permalink to print.
 */
export function bandHeights(
  size: Size,
  flags: FurnitureFlags,
  hasLink = true,
  /** With the context the caption is drawn with and the permalink, long lines are measured (see captionLines). */
  measure?: { ctx: Pick<Ctx2D, 'measureText' | 'font'>; content: FurnitureContent },
): { top: number; bottom: number } {
  const f = furnitureScale(size);
  const blank = { title: '', dateWords: '', legend: [], scaleBar: null, permalink: hasLink ? 'x' : null };
  const lines = measure
    ? captionLines(flags, measure.content, captionFits(measure.ctx, size)).length
    : captionLines(flags, blank).length;
  return {
    top: flags.title || flags.date ? Math.round(52 * f) : 0,
    bottom: lines ? Math.round((10 + 17 * lines) * f) : 0,
  };
}

/** Width of the band beside the map that holds the legend when it is drawn outside (0 otherwise). */
export function sideBand(size: Size, flags: FurnitureFlags, legendRows: number): number {
  if (!flags.legend || !flags.legendOutside || legendRows === 0) return 0;
  return Math.round(300 * furnitureScale(size));
}

/**
 * The caption's lines (each a list of parts joined with the language's `partSep`, " · " in English). Without a permalink the source
 * line says the image has no public address instead of pointing at one.
 */
export function captionLines(flags: FurnitureFlags, c: FurnitureContent, fits?: (line: string) => boolean): string[] {
  const t = c.text ?? en;
  const link = flags.permalink && c.permalink ? c.permalink : '';
  const source = flags.permalink && !c.permalink ? t.sourceLineNoLink : t.sourceLine;
  const asOf = c.asOf && flags.source ? `${c.asOf.words}${c.asOf.stale ? t.asOfStaleNote : ''}` : '';
  const first = [flags.date ? t.situationOn(c.dateWords) : '', asOf, flags.source ? source : ''].filter(Boolean);
  const second = [flags.attribution ? t.attribution : '', link].filter(Boolean);
  // A permalink is never cut short: when it does not fit beside the attribution it gets its own line.
  const lines =
    fits && second.length === 2 && !fits(second.join(t.partSep))
      ? [first.join(t.partSep), ...second]
      : [first.join(t.partSep), second.join(t.partSep)];
  return lines.filter(Boolean);
}

/** Whether a caption line fits across an image of `size` (measured in the caption's font). */
export function captionFits(ctx: Pick<Ctx2D, 'measureText' | 'font'>, size: Size): (line: string) => boolean {
  const f = furnitureScale(size);
  return (line) => {
    ctx.font = font(11.5 * f);
    return ctx.measureText(line).width <= size.width - 2 * 14 * f;
  };
}

/** `text` cut with an ellipsis so it is at most `max` wide. */
export function fitText(ctx: Pick<Ctx2D, 'measureText'>, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

const font = (px: number, weight = 400) => `${weight} ${Math.max(1, Math.round(px * 10) / 10)}px ${FURNITURE_FONT}`;

/** Draw all enabled furniture around/over a map already drawn in `mapRect`. */
export function drawFurniture(
  ctx: Ctx2D,
  size: Size,
  mapRect: { x: number; y: number; width: number; height: number },
  flags: FurnitureFlags,
  c: FurnitureContent,
): void {
  const f = furnitureScale(size);
  // The bands are what the map leaves free above and below it (their height was planned with the map).
  const bands = { top: mapRect.y, bottom: size.height - mapRect.y - mapRect.height };
  const pad = 14 * f;
  ctx.save();
  if (c.rtl) ctx.direction = 'rtl';
  if (bands.top) drawTitleBand(ctx, size, bands.top, flags, c, f, pad);
  if (bands.bottom) drawCaption(ctx, size, bands.bottom, flags, c, f, pad);
  const legend = flags.legend && c.legend.length ? legendBox(ctx, c, f) : null;
  if (legend && flags.legendOutside) {
    // The band beside the map (right in English, left in Arabic).
    const band = { x: c.rtl ? 0 : mapRect.x + mapRect.width, y: mapRect.y, width: size.width - mapRect.width };
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(band.x, band.y, band.width, mapRect.height);
    drawLegend(ctx, { x: band.x + 12 * f, y: mapRect.y + 12 * f, ...legend }, c, f);
  }
  ctx.beginPath();
  ctx.rect(mapRect.x, mapRect.y, mapRect.width, mapRect.height);
  ctx.clip();
  const corner = legend && !flags.legendOutside ? legendCorner(mapRect, legend, f, c.weigh) : null;
  if (legend && corner) drawLegend(ctx, cornerBox(mapRect, legend, f, corner), c, f);
  // The scale bar and north arrow keep to the right unless the legend took that corner.
  if (flags.scaleBar && c.scaleBar) drawScaleBar(ctx, mapRect, c.scaleBar, f, corner === 'br');
  if (flags.northArrow) drawNorthArrow(ctx, mapRect, f, corner === 'tr', (c.text ?? en).north);
  ctx.restore();
}

/** A rectangle in image pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The legend's size for its rows and heading. */
function legendBox(ctx: Ctx2D, c: FurnitureContent, f: number): { width: number; height: number } {
  const t = c.text ?? en;
  ctx.font = font(11.5 * f);
  const textW = Math.max(...c.legend.map((i) => ctx.measureText(i.label).width));
  ctx.font = font(11.5 * f, 600);
  const headW = ctx.measureText(t.legendHeading).width;
  const inner = 9 * f;
  return {
    width: Math.max(textW + 13 * f + 7 * f, headW) + 2 * inner,
    height: 17 * f * (c.legend.length + 1) + 2 * inner - 2 * f,
  };
}

/** Where a legend of `size` goes in `corner` of the map, 12 px in from its edges. */
export function cornerBox(r: Box, size: { width: number; height: number }, f: number, corner: Corner): Box {
  const m = 12 * f;
  const x = corner === 'bl' || corner === 'tl' ? r.x + m : r.x + r.width - size.width - m;
  // The right-hand corners leave room for the north arrow (top) and the scale bar (bottom).
  const y = corner === 'tl' || corner === 'tr' ? r.y + m : r.y + r.height - size.height - m;
  return { x, y, ...size };
}

/**
 * The corner whose legend would cover the least of what the map shows, by `weigh` summed over a
 * grid of points under the legend; bottom-left when there is nothing to weigh or on a tie.
 */
export function legendCorner(
  r: Box,
  size: { width: number; height: number },
  f: number,
  weigh?: (x: number, y: number) => number,
): Corner {
  const corners: Corner[] = ['bl', 'tl', 'br', 'tr'];
  if (!weigh) return 'bl';
  let best: Corner = 'bl';
  let least = Infinity;
  for (const corner of corners) {
    const b = cornerBox(r, size, f, corner);
    let sum = 0;
    const n = 8;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) sum += weigh(b.x + ((i + 0.5) * b.width) / n, b.y + ((j + 0.5) * b.height) / n);
    if (sum < least - 1e-9) {
      least = sum;
      best = corner;
    }
  }
  return best;
}

function drawTitleBand(
  ctx: Ctx2D,
  size: Size,
  h: number,
  flags: FurnitureFlags,
  c: FurnitureContent,
  f: number,
  pad: number,
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, h);
  ctx.fillStyle = INK.rule;
  ctx.fillRect(0, h - Math.max(1, f), size.width, Math.max(1, f));
  ctx.textBaseline = 'middle';
  let dateWidth = 0;
  const showDate = flags.date && !(flags.title && c.title.includes(c.dateWords));
  // English: title from the left, date on the right; Arabic mirrors both.
  const rtl = c.rtl === true;
  if (showDate) {
    ctx.font = font(20 * f, 600);
    ctx.textAlign = rtl ? 'left' : 'right';
    ctx.fillStyle = INK.accent;
    ctx.fillText(c.dateWords, rtl ? pad : size.width - pad, h / 2);
    dateWidth = ctx.measureText(c.dateWords).width + 2 * pad;
  }
  if (flags.title && c.title) {
    ctx.font = font(22 * f, 600);
    ctx.textAlign = rtl ? 'right' : 'left';
    ctx.fillStyle = INK.text;
    ctx.fillText(fitText(ctx, c.title, size.width - 2 * pad - dateWidth), rtl ? size.width - pad : pad, h / 2);
  }
}

function drawCaption(
  ctx: Ctx2D,
  size: Size,
  h: number,
  flags: FurnitureFlags,
  c: FurnitureContent,
  f: number,
  pad: number,
): void {
  const top = size.height - h;
  ctx.fillStyle = '#f4f2ee';
  ctx.fillRect(0, top, size.width, h);
  ctx.fillStyle = INK.rule;
  ctx.fillRect(0, top, size.width, Math.max(1, f));
  ctx.font = font(11.5 * f);
  ctx.textAlign = c.rtl ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#444444';
  const x = c.rtl ? size.width - pad : pad;
  captionLines(flags, c, captionFits(ctx, size)).forEach((line, i) => {
    ctx.font = font(11.5 * f);
    ctx.fillText(fitText(ctx, line, size.width - 2 * pad), x, top + (5 + 17 * i + 8.5) * f);
  });
}

function drawLegend(ctx: Ctx2D, box: Box, c: FurnitureContent, f: number): void {
  const row = 17 * f;
  const sw = 13 * f;
  const inner = 9 * f;
  const { x, y, width: w, height: h } = box;
  const rtl = c.rtl === true;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = Math.max(1, f);
  ctx.strokeRect(x, y, w, h);
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK.text;
  ctx.font = font(11.5 * f, 600);
  ctx.fillText((c.text ?? en).legendHeading, rtl ? x + w - inner : x + inner, y + inner + row / 2 - f);
  ctx.font = font(11.5 * f);
  c.legend.forEach((it, i) => {
    const cy = y + inner + row * (i + 1) + row / 2 - f;
    const sx = rtl ? x + w - inner - sw : x + inner;
    drawSwatch(ctx, it, sx, cy - sw / 2, sw, f);
    ctx.fillStyle = INK.text;
    ctx.fillText(it.label, rtl ? sx - 7 * f : sx + sw + 7 * f, cy);
  });
}

function drawSwatch(ctx: Ctx2D, it: LegendItem, x: number, y: number, s: number, f: number): void {
  ctx.lineWidth = Math.max(1, f);
  if (it.kind === 'fill' || it.kind === 'hatch') {
    ctx.fillStyle = it.color;
    ctx.fillRect(x, y, s, s);
    if (it.kind === 'hatch') {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, s, s);
      ctx.clip();
      ctx.strokeStyle = '#555555';
      ctx.beginPath();
      for (let d = -s; d < s; d += 4 * f) {
        ctx.moveTo(x + d, y + s);
        ctx.lineTo(x + d + s, y);
      }
      ctx.stroke();
      ctx.restore();
    }
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.strokeRect(x, y, s, s);
  } else if (it.kind === 'shape' && it.shape) {
    const hollow = isHollow(it.shape);
    ctx.fillStyle = hollow ? '#ffffff' : it.color;
    ctx.strokeStyle = hollow ? it.color : '#ffffff';
    ctx.lineWidth = (hollow ? 2.2 : 1.2) * f;
    ctx.beginPath();
    shapePolygon(it.shape).forEach(([px, py], i) =>
      i === 0 ? ctx.moveTo(x + px * s, y + py * s) : ctx.lineTo(x + px * s, y + py * s),
    );
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  } else if (it.kind === 'line') {
    ctx.strokeStyle = it.color;
    ctx.lineWidth = 2 * f;
    ctx.beginPath();
    ctx.moveTo(x, y + s / 2);
    ctx.lineTo(x + s, y + s / 2);
    ctx.stroke();
  } else {
    ctx.fillStyle = it.color;
    ctx.strokeStyle = it.stroke ?? it.color;
    ctx.lineWidth = 1.8 * f;
    ctx.beginPath();
    ctx.arc(x + s / 2, y + s / 2, s * 0.36, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
}

function drawScaleBar(
  ctx: Ctx2D,
  r: { x: number; y: number; width: number; height: number },
  bar: ScaleBar,
  f: number,
  left = false,
): void {
  const x1 = left ? r.x + 16 * f + bar.px : r.x + r.width - 16 * f;
  const x0 = x1 - bar.px;
  const y = r.y + r.height - 16 * f;
  const tick = 6 * f;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x0 - 8 * f, y - 26 * f, bar.px + 16 * f, 32 * f);
  ctx.strokeStyle = INK.text;
  ctx.lineWidth = 1.6 * f;
  ctx.beginPath();
  ctx.moveTo(x0, y - tick);
  ctx.lineTo(x0, y);
  ctx.lineTo(x1, y);
  ctx.lineTo(x1, y - tick);
  ctx.stroke();
  ctx.font = font(11.5 * f);
  ctx.fillStyle = INK.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, (x0 + x1) / 2, y - 4 * f);
}

function drawNorthArrow(
  ctx: Ctx2D,
  r: { x: number; y: number; width: number },
  f: number,
  left: boolean,
  label: string,
): void {
  const cx = left ? r.x + 28 * f : r.x + r.width - 28 * f;
  const top = r.y + 14 * f;
  const h = 30 * f;
  const w = 10 * f;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.arc(cx, top + h / 2 + 4 * f, 17 * f, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = INK.text;
  ctx.beginPath();
  ctx.moveTo(cx, top + 10 * f);
  ctx.lineTo(cx + w / 2, top + h);
  ctx.lineTo(cx, top + h - 6 * f);
  ctx.lineTo(cx - w / 2, top + h);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(11 * f, 600);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(label, cx, top - f);
}
