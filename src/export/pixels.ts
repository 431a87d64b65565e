/** Guards against blank exports: an RGBA buffer that is one colour (or transparent) is not a map. */

/** Colours a blank check looks at in one tile read into memory: enough to tell a map from a blank. */
export const SAMPLES_PER_TILE = 10_007;

/**
 * Number of distinct opaque colours in RGBA data (sampling every `stride`-th pixel), counted into
 * `seen` (pass one set to count over several buffers).
 */
export function distinctColours(rgba: ArrayLike<number>, stride = 1, seen = new Set<number>()): number {
  for (let i = 0; i + 3 < rgba.length; i += 4 * stride) {
    if (rgba[i + 3] < 8) continue;
    seen.add((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]);
  }
  return seen.size;
}

/**
 * The stride that samples about {@link SAMPLES_PER_TILE} pixels of a `width` × `height` image, never a
 * multiple of its width (which would sample one column).
 */
export function sampleStride(width: number, height: number): number {
  const stride = Math.max(1, Math.floor((width * height) / SAMPLES_PER_TILE));
  return stride > 1 && stride % width === 0 ? stride + 1 : stride;
}

/** An image with fewer distinct opaque colours than this is blank (one colour, or transparent): not a map. */
export const BLANK_BELOW = 3;
