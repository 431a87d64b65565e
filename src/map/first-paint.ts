/**
 * Holds a map's first paint until its first view is complete. MapLibre paints a frame whenever a
 * source's tiles arrive, so a map that loads a basemap, the territory and the markers one after the
 * other paints the empty background, the basemap alone, the basemap with half the territory, and so
 * on. With software WebGL each of those frames is a full redraw on the CPU, read back for the page,
 * that competes with the workers still cutting tiles, and no reader needs them: the first view is not
 * the map until the date is on it. While held, MapLibre still loads tiles and places labels (its
 * render loop runs); only the drawing is skipped. Once released, the map paints the first frame in
 * which every source has loaded, and paints normally from then on.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** The longest a first paint is held (ms), whatever happens: a source that never loads cannot leave the map blank. */
export const MAX_HOLD_MS = 10_000;

/** What {@link holdFirstPaint} returns. */
export interface PaintHold {
  /** Paint again from the first frame in which every source has loaded. */
  release(): void;
  /** True until the map has painted its first frame. */
  readonly holding: boolean;
}

type Paint = (...args: unknown[]) => void;

/**
 * Skip the map's paints until {@link PaintHold.release} and then until its sources have loaded, or
 * until `maxMs` after the hold began. A map without a painter is not held.
 */
export function holdFirstPaint(map: MlMap, maxMs = MAX_HOLD_MS): PaintHold {
  const painter = map.painter as { render?: Paint } | undefined;
  const paint = painter?.render;
  if (!painter || typeof paint !== 'function') return { release() {}, holding: false };
  let phase: 'held' | 'waiting' | 'done' = 'held';
  /** Hand painting back to MapLibre: the painter's own method again (the prototype's). */
  const end = () => {
    phase = 'done';
    clearTimeout(timer);
    delete painter.render;
  };
  const timer = setTimeout(() => {
    if (phase === 'done') return;
    end();
    map.triggerRepaint();
  }, maxMs);
  // A map removed while held (an export cancelled as it opened) is not asked to paint later.
  map.once('remove', end);
  painter.render = function (this: unknown, ...args: unknown[]) {
    if (phase === 'held' || (phase === 'waiting' && !map.loaded())) return;
    end();
    paint.apply(this, args);
  };
  return {
    release() {
      if (phase !== 'held') return;
      phase = 'waiting';
      map.triggerRepaint();
    },
    get holding() {
      return phase !== 'done';
    },
  };
}
