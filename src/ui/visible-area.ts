/**
 * The part of the map the reader can actually see: the window less the chrome floating over it
 * (title, panel, time slider). MapLibre's padding is set to it, so the first view, "Reset view" and
 * every centre fit that part rather than disappearing under the panel or the slider.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** Padding on each side of the map, in CSS pixels. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Iraq and Syria, west/south/east/north: what the first view shows whole. */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [35.6, 29.0],
  [48.7, 37.4],
];

/** Space kept free of the chrome, in CSS pixels. */
const GAP = 12;
/**
 * Space kept free at the map's own left and right edges: room for the names of border towns (Basra,
 * Latakia, Aleppo in Arabic). A narrow map is drawn at a lower zoom, where those towns lie fewer pixels
 * inside the region box while their names keep their width, so it keeps more.
 */
const EDGE = 40;
const EDGE_NARROW = 56;
/** Maps narrower than this (phones) keep {@link EDGE_NARROW}. */
const NARROW = 760;

/**
 * Padding of `map` that leaves out each visible chrome element: one on the left or right side
 * (a panel) pads that side, one along the top or bottom (the title, the slider) pads that edge.
 */
export function chromePadding(mapEl: HTMLElement, chrome: readonly Element[]): Padding {
  const m = mapEl.getBoundingClientRect();
  const edge = m.width < NARROW ? EDGE_NARROW : EDGE;
  const pad: Padding = { top: GAP, bottom: GAP, left: edge, right: edge };
  for (const el of chrome) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).display === 'none') continue;
    const tall = r.height > m.height * 0.45 && r.width < m.width * 0.45;
    if (tall) {
      // A side panel.
      if (r.left + r.width / 2 < m.left + m.width / 2) pad.left = Math.max(pad.left, r.right - m.left + edge);
      else pad.right = Math.max(pad.right, m.right - r.left + edge);
    } else if (r.top + r.height / 2 < m.top + m.height / 2) pad.top = Math.max(pad.top, r.bottom - m.top + GAP);
    else pad.bottom = Math.max(pad.bottom, m.bottom - r.top + GAP);
  }
  // Never pad away more than two thirds of either side of the map.
  const fit = (a: number, b: number, total: number) => {
    const k = Math.min(1, (total * 2) / 3 / Math.max(1, a + b));
    return [Math.floor(a * k), Math.floor(b * k)];
  };
  [pad.left, pad.right] = fit(pad.left, pad.right, m.width);
  [pad.top, pad.bottom] = fit(pad.top, pad.bottom, m.height);
  return pad;
}

/** Keep the map's padding in step with the chrome; `fitFirst`: show the whole region in the free part. */
export function followChrome(map: MlMap, mapEl: HTMLElement, chrome: () => Element[], fitFirst: boolean): () => void {
  const update = () => map.setPadding(chromePadding(mapEl, chrome()));
  update();
  // The map's own padding is where fitBounds fits the region; the chrome has its size once laid out.
  if (fitFirst)
    requestAnimationFrame(() => {
      update();
      map.fitBounds(REGION_BOUNDS, { animate: false });
    });
  const observer = new ResizeObserver(update);
  observer.observe(mapEl);
  for (const el of chrome()) observer.observe(el);
  /** Fly back to the whole region, in the free part of the map. */
  return () => {
    update();
    map.fitBounds(REGION_BOUNDS, { essential: true });
  };
}
