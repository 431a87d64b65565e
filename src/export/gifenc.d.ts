/** Types for the parts of npm `gifenc` the atlas uses (the package ships none). */
declare module 'gifenc' {
  /** An RGB or RGBA palette. */
  export type Palette = number[][];
  /** Reduce RGBA pixels to at most `maxColors` colours. */
  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, options?: object): Palette;
  /** Map each pixel to its nearest palette index. */
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: string): Uint8Array;
  /** A GIF stream. */
  export interface GifStream {
    writeFrame(
      index: Uint8Array,
      width: number,
      height: number,
      opts?: { palette?: Palette; delay?: number; repeat?: number; transparent?: boolean; dispose?: number },
    ): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  /** Create a GIF stream. */
  export function GIFEncoder(opts?: { auto?: boolean; initialCapacity?: number }): GifStream;
}
