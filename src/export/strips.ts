/**
 * Painting onto a very large canvas through small ones. Headless Chromium was seen to drop the
 * whole contents of an 8192 × 8192 2D canvas (a "lost" context) while the legend's clipped hatch
 * swatch was stroked on it directly, while copying images onto it is always fine.
 * {@link StripPainter} runs the same drawing on a strip canvas moved down the image and copies
 * each strip over. A canvas in memory (willReadFrequently) is drawn on directly.
 */
import type { Size } from './size.ts';

/** Rows per strip. */
export const STRIP_PX = 1024;

/** Reusable strip canvases, one per target width. */
export class StripPainter {
  private strip: CanvasRenderingContext2D | null = null;

  /**
   * Draw `paint` (in image coordinates) over `target`, strip by strip; on a target in memory, directly:
   * it has no GPU context to lose, and copying GPU strips onto it would read each back from the GPU.
   */
  paint(target: CanvasRenderingContext2D, size: Size, paint: (ctx: CanvasRenderingContext2D) => void): void {
    if (target.getContextAttributes().willReadFrequently === true) {
      target.save();
      paint(target);
      target.restore();
      return;
    }
    const rows = Math.min(STRIP_PX, size.height);
    if (!this.strip || this.strip.canvas.width !== size.width || this.strip.canvas.height !== rows) {
      const c = document.createElement('canvas');
      c.width = size.width;
      c.height = rows;
      this.strip = c.getContext('2d')!;
    }
    const ctx = this.strip;
    for (let y = 0; y < size.height; y += rows) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, size.width, rows);
      ctx.translate(0, -y);
      ctx.save();
      paint(ctx);
      ctx.restore();
      target.drawImage(ctx.canvas, 0, y);
    }
  }
}
