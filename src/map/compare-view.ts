/**
 * Compare mode on screen. `split`: a second map of the earlier date (A) beside the map of the date
 * shown (B) with linked pan and zoom, or on narrow screens on top of it, cut by a swipe line.
 * `change`: one map of B with the ground that changed hands drawn over it ({@link ChangeLayer}).
 * The second map is made when first needed and kept (hidden) while compare mode is off.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { IsoDay } from '../model/dates.ts';
import type { ChangeRegionProps } from '../model/change-regions.ts';
import type { AtlasMap } from './atlas-map.ts';
import { ChangeLayer } from './change-layer.ts';

/** What compare mode should show. */
export interface CompareScene {
  /** The earlier date, or null when compare mode is off. */
  a: IsoDay | null;
  layout: 'split' | 'change';
  /** Narrow screens swipe instead of showing two maps side by side. */
  narrow: boolean;
  /** Share of the width (0–1) the earlier map shows in a swipe. */
  swipe: number;
  /** The change regions from A to B (change layout only). */
  regions: FeatureCollection<MultiPolygon, ChangeRegionProps> | null;
}

/** Classes on the root element that lay the maps out (see app.css). */
export const COMPARE_CLASSES = ['compare-split', 'compare-swipe', 'compare-change'] as const;

/** See the module note. */
export class CompareView {
  private other: AtlasMap | null = null;
  private readonly otherEl: HTMLElement;
  private readonly change: ChangeLayer;
  private syncing = false;
  private pending: Promise<void> = Promise.resolve();
  private mode: string | null = null;
  private narrow: boolean | null = null;

  constructor(
    private readonly main: AtlasMap,
    private readonly mainEl: HTMLElement,
    /** Make the second map in `container`, with the app's data loaded into it. */
    private readonly makeMap: (container: HTMLElement) => AtlasMap,
  ) {
    this.otherEl = document.createElement('div');
    this.otherEl.id = 'map-a';
    this.otherEl.setAttribute('role', 'region');
    this.otherEl.hidden = true;
    mainEl.after(this.otherEl);
    this.change = new ChangeLayer(main.map);
    main.map.on('move', () => this.follow(this.main, this.other));
  }

  /** Keep `to`'s view on `from`'s (linked pan and zoom). */
  private follow(from: AtlasMap | null, to: AtlasMap | null): void {
    if (this.syncing || !from || !to || this.otherEl.hidden) return;
    this.syncing = true;
    to.map.jumpTo({ center: from.map.getCenter(), zoom: from.map.getZoom() });
    this.syncing = false;
  }

  private ensureOther(): AtlasMap {
    if (!this.other) {
      this.otherEl.hidden = false;
      this.other = this.makeMap(this.otherEl);
      const other = this.other;
      other.map.on('move', () => this.follow(other, this.main));
    }
    return this.other;
  }

  /** Show `scene`; resolves when both maps have drawn it. */
  show(scene: CompareScene): Promise<void> {
    const root = document.documentElement;
    const mode = !scene.a
      ? null
      : scene.layout === 'change'
        ? 'compare-change'
        : scene.narrow
          ? 'compare-swipe'
          : 'compare-split';
    for (const c of COMPARE_CLASSES) root.classList.toggle(c, c === mode);
    const split = mode === 'compare-split' || mode === 'compare-swipe';
    this.change.set(mode === 'compare-change' ? scene.regions : null);
    let drawn: Promise<void> = Promise.resolve();
    if (split && scene.a) {
      const other = this.ensureOther();
      this.otherEl.hidden = false;
      this.otherEl.setAttribute('aria-label', `Map of Iraq and Syria on the earlier date, ${scene.a}`);
      this.otherEl.style.clipPath =
        mode === 'compare-swipe' ? `inset(0 ${((1 - scene.swipe) * 100).toFixed(2)}% 0 0)` : '';
      drawn = other.setDate(scene.a);
    } else {
      this.otherEl.hidden = true;
    }
    // When the layout changed, the maps' boxes did: let MapLibre measure them again, then link the views.
    if (mode !== this.mode || scene.narrow !== this.narrow) {
      this.mode = mode;
      this.narrow = scene.narrow;
      this.main.map.resize();
      if (this.other && !this.otherEl.hidden) {
        this.other.map.resize();
        this.follow(this.main, this.other);
      }
    }
    this.pending = drawn.catch(() => undefined);
    return drawn;
  }

  /** Resolves once the second map (if shown) has drawn its date. */
  settled(): Promise<void> {
    return this.pending;
  }

  /** The map of the earlier date, while one is shown. */
  get earlierMap(): AtlasMap | null {
    return this.otherEl.hidden ? null : this.other;
  }

  /** The element of the main map (B). */
  get mainElement(): HTMLElement {
    return this.mainEl;
  }
}
