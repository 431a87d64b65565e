/** Animated GIF encoding with npm `gifenc` (quantize → applyPalette → writeFrame → finish). */
import { GIFEncoder, applyPalette, quantize } from 'gifenc';

/** Collects frames and returns the GIF bytes. Each frame gets its own 256-colour palette. */
export class GifWriter {
  private readonly gif = GIFEncoder();
  private frames = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly fps: number,
  ) {}

  /** Add one RGBA frame of the writer's size. */
  add(rgba: Uint8Array | Uint8ClampedArray): void {
    if (rgba.length !== this.width * this.height * 4) throw new RangeError('GIF frame has the wrong size.');
    const palette = quantize(rgba, 256);
    const index = applyPalette(rgba, palette);
    this.gif.writeFrame(index, this.width, this.height, {
      palette,
      delay: Math.round(1000 / this.fps),
      repeat: 0,
    });
    this.frames++;
  }

  /** Finish the stream; returns the file. */
  finish(): Blob {
    if (!this.frames) throw new Error('A GIF needs at least one frame.');
    this.gif.finish();
    return new Blob([this.gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
  }
}
