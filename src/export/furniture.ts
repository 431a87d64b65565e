/**
 * Map furniture drawn around the exported map: title band, date, legend, scale bar, north arrow and
 * a caption with sources, attribution and permalink. Pure 2D-canvas drawing against a small
 * context interface, so it is unit-tested with a recording fake.
 */
import { CONTROLLERS, type ControllerId } from '../model/controllers.ts';
import { FORCES, type ForceId } from '../model/force-kinds.ts';
import { isHollow, shapePolygon, type MarkerShape } from '../model/marker-shapes.ts';
import { BASE, DOMINATED_SAMPLE, INK, MARKER, territoryColour } from '../model/style-vocab.ts';
import type { ScaleBar } from './scale-bar.ts';
import type { Size } from './size.ts';

/** The part of CanvasRenderingContext2D the furniture uses. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
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
export const ATTRIBUTION = 'Basemap: Natural Earth; © OpenStreetMap contributors (ODbL). Atlas data CC BY 4.0.';
/** The short source line. */
export const SOURCE_LINE =
  'Sources: the atlas’s compilation of cited reports; every area, site and event lists its sources at the permalink.';

/** What the furniture says. */
export interface FurnitureContent {
  title: string;
  dateWords: string;
  legend: readonly LegendItem[];
  scaleBar: ScaleBar | null;
  permalink: string;
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
}): LegendItem[] {
  const items: LegendItem[] = [];
  if (opts.territory) {
    for (const c of CONTROLLERS) {
      if (!opts.controllers.includes(c.id)) continue;
      items.push({
        label: c.label,
        kind: c.id === 'contested' ? 'hatch' : 'fill',
        color: territoryColour(c.id, false),
      });
    }
    if (items.length)
      items.push({
        label: 'Lighter shade: open ground held less firmly',
        kind: 'fill',
        color: DOMINATED_SAMPLE,
      });
  }
  if (opts.fronts) items.push({ label: 'Front line', kind: 'line', color: BASE.front });
  if (opts.bases) {
    items.push({ label: 'US/coalition site', kind: 'dot', color: MARKER.usSite, stroke: MARKER.siteStroke });
    items.push({
      label: 'US/coalition site, reduced',
      kind: 'dot',
      color: MARKER.usSiteReduced,
      stroke: MARKER.siteStroke,
    });
    items.push({
      label: 'Site recently handed over',
      kind: 'dot',
      color: MARKER.siteClosedFill,
      stroke: MARKER.siteClosedStroke,
    });
  }
  for (const f of FORCES) {
    if (f.id === 'us' || !opts.forces?.includes(f.id)) continue;
    items.push({ label: `${f.label} site`, kind: 'shape', color: f.color, shape: f.shape });
  }
  if (opts.events) items.push({ label: 'Event', kind: 'dot', color: MARKER.eventFill, stroke: MARKER.event });
  return items;
}

/** Furniture scale: 1 at 1280 × 720, proportional above and below. */
export function furnitureScale(size: Size): number {
  return Math.max(0.55, Math.min(size.width / 1280, size.height / 720));
}

/** Heights of the title band (top) and caption band (bottom) in image pixels. */
export function bandHeights(size: Size, flags: FurnitureFlags): { top: number; bottom: number } {
  const f = furnitureScale(size);
  const lines = captionLines(flags, { title: '', dateWords: '', legend: [], scaleBar: null, permalink: '' }).length;
  return {
    top: flags.title || flags.date ? Math.round(52 * f) : 0,
    bottom: lines ? Math.round((10 + 17 * lines) * f) : 0,
  };
}

/** The caption's lines (each a list of parts joined with " · "). */
export function captionLines(flags: FurnitureFlags, c: FurnitureContent): string[] {
  const asOf =
    c.asOf && flags.source ? `${c.asOf.words}${c.asOf.stale ? ' (later dates repeat the last known state)' : ''}` : '';
  const first = [flags.date ? `Situation on ${c.dateWords}` : '', asOf, flags.source ? SOURCE_LINE : ''].filter(
    Boolean,
  );
  const second = [flags.attribution ? ATTRIBUTION : '', flags.permalink ? c.permalink : ''].filter(Boolean);
  return [first.join(' · '), second.join(' · ')].filter(Boolean);
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
  const bands = bandHeights(size, flags);
  const pad = 14 * f;
  ctx.save();
  if (bands.top) drawTitleBand(ctx, size, bands.top, flags, c, f, pad);
  if (bands.bottom) drawCaption(ctx, size, bands.bottom, flags, c, f, pad);
  ctx.beginPath();
  ctx.rect(mapRect.x, mapRect.y, mapRect.width, mapRect.height);
  ctx.clip();
  if (flags.legend && c.legend.length) drawLegend(ctx, mapRect, c.legend, f);
  if (flags.scaleBar && c.scaleBar) drawScaleBar(ctx, mapRect, c.scaleBar, f);
  if (flags.northArrow) drawNorthArrow(ctx, mapRect, f);
  ctx.restore();
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
  if (showDate) {
    ctx.font = font(20 * f, 600);
    ctx.textAlign = 'right';
    ctx.fillStyle = INK.accent;
    ctx.fillText(c.dateWords, size.width - pad, h / 2);
    dateWidth = ctx.measureText(c.dateWords).width + 2 * pad;
  }
  if (flags.title && c.title) {
    ctx.font = font(22 * f, 600);
    ctx.textAlign = 'left';
    ctx.fillStyle = INK.text;
    ctx.fillText(fitText(ctx, c.title, size.width - 2 * pad - dateWidth), pad, h / 2);
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
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#444444';
  captionLines(flags, c).forEach((line, i) => {
    ctx.fillText(fitText(ctx, line, size.width - 2 * pad), pad, top + (5 + 17 * i + 8.5) * f);
  });
}

function drawLegend(
  ctx: Ctx2D,
  r: { x: number; y: number; height: number },
  items: readonly LegendItem[],
  f: number,
): void {
  const row = 17 * f;
  const sw = 13 * f;
  const inner = 9 * f;
  ctx.font = font(11.5 * f);
  const textW = Math.max(...items.map((i) => ctx.measureText(i.label).width));
  ctx.font = font(11.5 * f, 600);
  const headW = ctx.measureText('Who held the ground').width;
  const w = Math.max(textW + sw + 7 * f, headW) + 2 * inner;
  const h = row * (items.length + 1) + 2 * inner - 2 * f;
  const x = r.x + 12 * f;
  const y = r.y + r.height - h - 12 * f;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = Math.max(1, f);
  ctx.strokeRect(x, y, w, h);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK.text;
  ctx.fillText('Who held the ground', x + inner, y + inner + row / 2 - f);
  ctx.font = font(11.5 * f);
  items.forEach((it, i) => {
    const cy = y + inner + row * (i + 1) + row / 2 - f;
    const sx = x + inner;
    drawSwatch(ctx, it, sx, cy - sw / 2, sw, f);
    ctx.fillStyle = INK.text;
    ctx.fillText(it.label, sx + sw + 7 * f, cy);
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
): void {
  const x1 = r.x + r.width - 16 * f;
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

function drawNorthArrow(ctx: Ctx2D, r: { x: number; y: number; width: number }, f: number): void {
  const cx = r.x + r.width - 28 * f;
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
  ctx.fillText('N', cx, top - f);
}
