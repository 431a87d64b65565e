/** Guards against blank exports: an RGBA buffer that is one colour (or transparent) is not a map. */

/** Number of distinct opaque colours in RGBA data (sampling every `stride`-th pixel). */
export function distinctColours(rgba: ArrayLike<number>, stride = 1): number {
  const seen = new Set<number>();
  for (let i = 0; i + 3 < rgba.length; i += 4 * stride) {
    if (rgba[i + 3] < 8) continue;
    seen.add((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]);
  }
  return seen.size;
}

/** True when the pixels are all transparent or all (nearly) one colour. */
export function looksBlank(rgba: ArrayLike<number>): boolean {
  return distinctColours(rgba) < 3;
}
