/** Scale-bar maths: pick a round length (1, 2 or 5 × 10ⁿ metres) that fits a maximum width. */

/** The largest 1/2/5 × 10ⁿ not above `max` (for max > 0). */
export function niceNumber(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) throw new RangeError(`niceNumber: ${max}`);
  const pow = 10 ** Math.floor(Math.log10(max));
  const f = max / pow;
  // Guard against floating error just below an exact 1, 2 or 5.
  const steps = [5, 2, 1];
  const m = steps.find((s) => f >= s - 1e-9) ?? 1;
  return m * pow;
}

/** A scale bar: its length in metres and in image pixels, and its label. */
export interface ScaleBar {
  metres: number;
  px: number;
  label: string;
}

/** Choose a scale bar no wider than `maxPx` for a map at `metresPerPx` (per image pixel). */
export function pickScaleBar(metresPerPx: number, maxPx: number): ScaleBar {
  const metres = niceNumber(metresPerPx * maxPx);
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, px: metres / metresPerPx, label };
}

/** Ground metres per CSS pixel of a Web-Mercator map (512 px tiles) at `lat` and `zoom`. */
export function metresPerCssPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
