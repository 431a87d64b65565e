/**
 * Image exports in compare mode: the view rendered at both dates (each half with its own furniture)
 * side by side, over a strip that says what changed — the title with both dates, each force's km²
 * gained and lost, the number of changes of control, the permalink. PNGs carry the same in their
 * text chunks. Outside compare mode, and for animations, it is the plain {@link Exporter}.
 */
import type { CompareSummary } from '../model/compare.ts';
import { compareLines, compareSentence } from '../model/compare-words.ts';
import type { IsoDay } from '../model/dates.ts';
import { Exporter, type ExporterDeps, type ImageExportOptions } from './exporter.ts';
import { encodeCanvas } from './encode.ts';
import { ATTRIBUTION, FURNITURE_FONT } from './furniture.ts';
import { ATLAS_VERSION, permalinkFor } from './metadata.ts';
import { insertTextChunks } from './png-text.ts';
import { formatDay, messages, type Lang } from '../model/i18n/index.ts';

/** The comparison on screen, or null outside compare mode. */
export type CompareState = () => { a: IsoDay; summary: CompareSummary } | null;

const MIME: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** The title of a comparison image, in `lang` (English by default). */
export function compareTitle(a: IsoDay, b: IsoDay, lang: Lang = 'en'): string {
  return messages(lang).compareTitle(formatDay(a, lang), formatDay(b, lang));
}

async function bitmap(blob: Blob): Promise<ImageBitmap> {
  return createImageBitmap(blob);
}

/** See the module note. */
export class CompareExporter extends Exporter {
  constructor(
    private readonly base: ExporterDeps,
    private readonly compare: CompareState,
  ) {
    super(base);
  }

  /** Maps are opened ahead only for a single-date export (a comparison draws its two halves with maps of their own). */
  override prepareImage(o: Parameters<Exporter['prepareImage']>[0] = {}): void {
    if (!this.compare()) super.prepareImage(o);
  }

  override async exportImage(o: ImageExportOptions = {}): Promise<Blob> {
    const c = this.compare();
    if (!c) return super.exportImage(o);
    const format = o.format ?? 'png';
    const mime = MIME[format];
    if (!mime) throw new TypeError(`format must be png, jpeg or webp, got ${JSON.stringify(String(format))}.`);
    const size = this.resolveSize(o);
    // The permalink on the public address when one is given (the CLI's --base-url), as for one date.
    const view = this.viewFor(o.baseUrl);
    const lines = compareLines(c.summary, view.lang);
    const m = messages(view.lang);
    const rtl = view.lang === 'ar';
    const unit = Math.max(1, size.width / 1600);
    const lineH = Math.round(17 * unit);
    const perRow = 3;
    const strip = Math.round(lineH * (4.4 + Math.ceil(lines.length / perRow)));
    const half = { width: Math.floor(size.width / 2), height: Math.max(1, size.height - strip) };
    const total = { done: 0, total: 0 };
    const part = (day: IsoDay, offset: number) => {
      const href = permalinkFor(view.href, day);
      const ex = new Exporter({ ...this.base, view: () => ({ ...view, day, href }) });
      return ex.exportImage({
        width: half.width,
        height: half.height,
        format: 'png',
        furniture: o.furniture,
        title: formatDay(day, view.lang),
        signal: o.signal,
        onProgress: (p) => {
          total.total = p.total * 2;
          total.done = offset * p.total + p.done;
          o.onProgress?.({ ...total });
        },
      });
    };
    const imgA = await bitmap(await part(c.a, 0));
    const imgB = await bitmap(await part(view.day, 1));
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    // In memory: the two images are decoded files, and the encoder then needs no copy back from the GPU.
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(imgA, 0, 0);
    ctx.drawImage(imgB, size.width - half.width, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(half.width - Math.round(unit), 0, Math.max(2, Math.round(2 * unit)), half.height);
    // The strip: title, what changed per force, the permalink.
    const pad = Math.round(12 * unit);
    // Arabic runs from the right edge.
    const x0 = rtl ? size.width - pad : pad;
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textAlign = 'start';
    let y = half.height + pad + lineH * 0.8;
    ctx.fillStyle = '#222';
    ctx.font = `600 ${Math.round(16 * unit)}px ${FURNITURE_FONT}`;
    const title = o.title ?? compareTitle(c.a, view.day, view.lang);
    ctx.fillText(title, x0, y);
    ctx.font = `400 ${Math.round(13 * unit)}px ${FURNITURE_FONT}`;
    y += lineH;
    ctx.fillText(`${compareSentence(c.summary, 2, view.lang)} ${m.comparePerForce}`, x0, y);
    const colW = (size.width - 2 * pad) / perRow;
    lines.forEach((line, i) => {
      if (i % perRow === 0) y += lineH;
      ctx.fillText(line, x0 + (rtl ? -1 : 1) * (i % perRow) * colW, y);
    });
    ctx.fillStyle = '#5d5d5d';
    ctx.font = `400 ${Math.round(11 * unit)}px ${FURNITURE_FONT}`;
    y += lineH;
    // Without a public address there is no link to give (never a loopback one).
    const link = view.href === null ? null : `${permalinkFor(view.href, view.day)}&compare=${c.a}`;
    ctx.fillText(link ? `${link} · ${m.attribution}` : m.attribution, x0, Math.min(y, size.height - 4));
    const blob = await encodeCanvas(canvas, mime);
    if (format !== 'png') return blob;
    const png = insertTextChunks(new Uint8Array(await blob.arrayBuffer()), [
      { keyword: 'Title', text: title },
      {
        keyword: 'Description',
        text: `${compareSentence(c.summary, 9, view.lang)} ${lines.join(m.listSep)}.`,
      },
      ...(link
        ? [
            { keyword: 'Source', text: link },
            { keyword: 'URL', text: link },
          ]
        : []),
      { keyword: 'Copyright', text: ATTRIBUTION },
      { keyword: 'Data version', text: `atlas ${ATLAS_VERSION}, map dates ${c.a} and ${view.day}` },
      { keyword: 'Software', text: `Iraq & Syria 2014-2026 atlas ${ATLAS_VERSION} (MapLibre GL JS)` },
    ]);
    return new Blob([png as BlobPart], { type: 'image/png' });
  }
}
