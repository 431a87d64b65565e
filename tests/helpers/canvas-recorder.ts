import type { Ctx2D } from '../../src/export/furniture.ts';

/** A 2D context that records text (with font and alignment) and filled rectangles; text is 6 px per character. */
export function recorder() {
  const texts: { text: string; x: number; y: number; font: string; align: string }[] = [];
  const fills: { x: number; y: number; w: number; h: number; style: string }[] = [];
  const ctx: Ctx2D = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    save() {},
    restore() {},
    fillRect(x, y, w, h) {
      fills.push({ x, y, w, h, style: String(this.fillStyle) });
    },
    strokeRect() {},
    fillText(text, x, y) {
      texts.push({ text, x, y, font: this.font, align: this.textAlign });
    },
    measureText: (t) => ({ width: t.length * 6 }),
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    arc() {},
    rect() {},
    clip() {},
    fill() {},
    stroke() {},
  };
  return { ctx, texts, fills };
}
