/**
 * The compare mode's change view on one map: the ground that changed hands between two dates,
 * hatched and outlined in the colour of the force that gained it, over a veil that fades the
 * ground that did not change. Its own small source: set once per pair of dates, not per repaint.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { CONTROLLERS } from '../model/controllers.ts';
import type { ChangeRegionProps } from '../model/change-regions.ts';
import { OVERLAY_BEFORE_ID, SOURCE } from '../model/style-vocab.ts';

/** Source id of the change regions. */
export const CHANGE_SOURCE = 'change';
/** Layer ids of the change view, bottom to top. */
export const CHANGE_LAYERS = ['change-veil', 'change-hatch', 'change-line'] as const;
/** Colour of ground that no source accounts for on one of the two days. */
export const NO_SOURCE_COLOR = '#7a7a7a';

/** A diagonal hatch of `color` on a transparent ground (RGBA pixels for `map.addImage`). */
export function colorHatch(color: string, size = 10): { width: number; height: number; data: Uint8Array } {
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x - y + size) % size < 4;
      const i = (y * size + x) * 4;
      data.set(on ? [r, g, b, 235] : [255, 255, 255, 60], i);
    }
  }
  return { width: size, height: size, data };
}

function gainerColor(): ExpressionSpecification {
  const pairs = CONTROLLERS.flatMap((c) => [c.id, c.color]);
  return [
    'match',
    ['coalesce', ['get', 'gainer'], ''],
    ...pairs,
    NO_SOURCE_COLOR,
  ] as unknown as ExpressionSpecification;
}

/** See the module note. */
export class ChangeLayer {
  constructor(private readonly map: MlMap) {}

  private ensure(): void {
    const map = this.map;
    for (const c of [
      ...CONTROLLERS.map((x) => ({ id: x.id, color: x.color })),
      { id: 'none', color: NO_SOURCE_COLOR },
    ]) {
      const id = `change-hatch-${c.id}`;
      if (!map.hasImage(id)) map.addImage(id, colorHatch(c.color));
    }
    if (map.getSource(CHANGE_SOURCE)) return;
    map.addSource(CHANGE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    const before = map.getLayer(OVERLAY_BEFORE_ID) ? OVERLAY_BEFORE_ID : undefined;
    map.addLayer(
      {
        id: 'change-veil',
        type: 'fill',
        source: SOURCE.territory,
        filter: ['==', ['get', 'k'], 'cell'],
        paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.62, 'fill-antialias': false },
      },
      before,
    );
    map.addLayer(
      {
        id: 'change-hatch',
        type: 'fill',
        source: CHANGE_SOURCE,
        paint: { 'fill-pattern': ['concat', 'change-hatch-', ['coalesce', ['get', 'gainer'], 'none']] },
      },
      before,
    );
    map.addLayer(
      {
        id: 'change-line',
        type: 'line',
        source: CHANGE_SOURCE,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': gainerColor(),
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.4, 9, 3],
        },
      },
      before,
    );
  }

  /** Show these regions (null hides the change view). */
  set(regions: FeatureCollection<MultiPolygon, ChangeRegionProps> | null): void {
    if (!regions && !this.map.getSource(CHANGE_SOURCE)) return;
    this.ensure();
    (this.map.getSource(CHANGE_SOURCE) as GeoJSONSource).setData(
      regions ?? { type: 'FeatureCollection', features: [] },
    );
    for (const id of CHANGE_LAYERS) this.map.setLayoutProperty(id, 'visibility', regions ? 'visible' : 'none');
  }
}
