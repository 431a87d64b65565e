/**
 * A small keep-alive pool for the export's off-screen maps: opening one costs most of an export
 * (a new WebGL context, the style, the data, every shader), so after an export they wait here for
 * the next one. They are freed after a quiet spell, on demand (the page hides) and whenever they
 * can no longer draw (a lost WebGL context); the pool never holds more than `max` of them, so
 * exports of any number and size never pile up WebGL contexts (browsers cap them, then drop the
 * oldest — possibly the map on screen).
 *
 * Generic over what is kept, so its rules are tested without a browser.
 */

import type { MapPart } from '../map/map-part.ts';
import type { TiledMapSpec } from './tiled-map.ts';

/** What an off-screen map was made for: a kept map serves only exports that match it. */
export type PassOrigin = { part: MapPart } & ReuseSpec;

/** The parts of an export's map spec a kept map must match. */
export type ReuseSpec = Pick<
  TiledMapSpec,
  | 'mapOptions'
  | 'territory'
  | 'forces'
  | 'events'
  | 'center'
  | 'zoom'
  | 'image'
  | 'pixelRatio'
  | 'lang'
  | 'layers'
  | 'overlays'
>;

/**
 * Whether a kept map made as `origin` can draw `part` of `spec`: everything but the date must be
 * the same — the part of the style, map options and data (by identity: loaded data is never changed
 * in place), view, size, language, layers and overlays. MapLibre places labels partly from where it
 * placed them last, so a map that drew another view, size, language or set of layers could place a
 * label differently from a new map (a layer change did, in the browser tests); a new date only
 * changes feature-state, and the browser tests check that it comes out as from a new map.
 */
export function canReuse(origin: PassOrigin, part: MapPart, spec: ReuseSpec): boolean {
  const same = <T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = Object.is) =>
    a.length === b.length && a.every((x, i) => eq(x, b[i]));
  return (
    origin.part === part &&
    origin.mapOptions === spec.mapOptions &&
    origin.territory === spec.territory &&
    origin.forces === spec.forces &&
    origin.events === spec.events &&
    same(origin.center, spec.center) &&
    origin.zoom === spec.zoom &&
    origin.image.width === spec.image.width &&
    origin.image.height === spec.image.height &&
    origin.pixelRatio === spec.pixelRatio &&
    origin.lang === spec.lang &&
    same(origin.layers, spec.layers) &&
    same(
      origin.overlays,
      spec.overlays,
      (a, b) => a.id === b.id && a.data === b.data && a.color === b.color && a.visible === b.visible,
    )
  );
}

/** How the pool treats what it keeps. */
export interface KeptMapsOptions<T> {
  /** Free `item` for good (remove the map, its WebGL context and its element). */
  dispose(item: T): void;
  /** Whether `item` can still draw (false once its WebGL context is lost). */
  alive(item: T): boolean;
  /** Items are freed after this many milliseconds without an export. */
  idleMs: number;
  /** The most items kept at once (the oldest goes first). */
  max: number;
}

/** See the module note. */
export class KeptMaps<T> {
  private items: T[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly o: KeptMapsOptions<T>) {}

  /** How many items wait in the pool. */
  get size(): number {
    return this.items.length;
  }

  /**
   * Take out the first kept item that `fits` and still draws (it is no longer the pool's to free),
   * or null. Items found dead on the way are freed.
   */
  take(fits: (item: T) => boolean): T | null {
    this.dropDead();
    const i = this.items.findIndex(fits);
    if (i < 0) return null;
    const [item] = this.items.splice(i, 1);
    if (this.items.length === 0) this.stopTimer();
    return item;
  }

  /** Keep exactly `items` (an export's maps) for the next export, freeing whatever else waits. */
  keepOnly(items: readonly T[]): void {
    for (const item of this.items.filter((x) => !items.includes(x))) this.drop(item);
    items.forEach((item) => this.put(item));
  }

  /**
   * Keep `item` for the next export (freed at once if it can no longer draw), freeing the oldest
   * items beyond `max`, and restart the quiet-spell clock.
   */
  put(item: T): void {
    if (!this.o.alive(item)) {
      this.o.dispose(item);
      return;
    }
    this.items = [...this.items.filter((x) => x !== item), item];
    while (this.items.length > this.o.max) this.o.dispose(this.items.shift()!);
    this.stopTimer();
    this.timer = setTimeout(() => this.clear(), this.o.idleMs);
  }

  /** Free `item` now if the pool holds it (its context was lost while it waited). */
  drop(item: T): void {
    const i = this.items.indexOf(item);
    if (i < 0) return;
    this.items.splice(i, 1);
    this.o.dispose(item);
    if (this.items.length === 0) this.stopTimer();
  }

  /** Free everything kept. */
  clear(): void {
    this.stopTimer();
    const items = this.items;
    this.items = [];
    items.forEach((item) => this.o.dispose(item));
  }

  private dropDead(): void {
    for (const item of this.items.filter((x) => !this.o.alive(x))) this.drop(item);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
