/**
 * The user's own layers on the map: one GeoJSON source and three layers (fill, line, circle) per
 * overlay, drawn above territory and atlas markers and below the labels. {@link syncOverlays} makes
 * the map match a list, touching only what changed, so it can be called as often as you like.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { overlayLayerIds, overlaySourceId } from '../model/user-data.ts';

/** What the map needs to draw one overlay. */
export interface OverlaySpec {
  /** Stable id (letters and digits), used in source and layer ids. */
  id: string;
  /** `#rrggbb`. */
  color: string;
  visible: boolean;
  data: FeatureCollection;
}

/** Overlays are inserted below this layer (the first label layer). */
export const OVERLAY_BEFORE_ID = 'river-labels';

interface Applied {
  data: FeatureCollection;
  color: string;
  visible: boolean;
}

const applied = new WeakMap<MlMap, Map<string, Applied>>();
const orders = new WeakMap<MlMap, string>();

const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
const isLine = ['match', ['geometry-type'], ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'], true, false];
const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false] as const;

function addOverlay(map: MlMap, o: OverlaySpec, beforeId: string | undefined): void {
  const source = overlaySourceId(o.id);
  const [fill, line, circle] = overlayLayerIds(o.id);
  const visibility = o.visible ? 'visible' : 'none';
  map.addSource(source, { type: 'geojson', data: o.data, generateId: true });
  map.addLayer(
    {
      id: fill,
      type: 'fill',
      source,
      filter: isPolygon as never,
      layout: { visibility },
      paint: { 'fill-color': o.color, 'fill-opacity': 0.45 },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: line,
      type: 'line',
      source,
      filter: isLine as never,
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': o.color, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 10, 3] },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: circle,
      type: 'circle',
      source,
      filter: isPoint as never,
      layout: { visibility },
      paint: {
        'circle-color': o.color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 4, 10, 7],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    beforeId,
  );
}

function removeOverlay(map: MlMap, id: string): void {
  for (const l of overlayLayerIds(id)) if (map.getLayer(l)) map.removeLayer(l);
  if (map.getSource(overlaySourceId(id))) map.removeSource(overlaySourceId(id));
}

/**
 * Make the map show exactly `list` (in order, first at the bottom). Idempotent: unchanged overlays
 * are left alone; new data, colour or visibility is applied in place; missing ones are removed.
 * Call it once the style has loaded.
 */
export function syncOverlays(map: MlMap, list: readonly OverlaySpec[]): void {
  let state = applied.get(map);
  if (!state) applied.set(map, (state = new Map()));
  const beforeId = map.getLayer(OVERLAY_BEFORE_ID) ? OVERLAY_BEFORE_ID : undefined;
  const wanted = new Set(list.map((o) => o.id));
  for (const id of [...state.keys()]) {
    if (!wanted.has(id)) {
      removeOverlay(map, id);
      state.delete(id);
    }
  }
  for (const o of list) {
    const prev = state.get(o.id);
    const ids = overlayLayerIds(o.id);
    if (!prev || !map.getSource(overlaySourceId(o.id))) {
      removeOverlay(map, o.id);
      addOverlay(map, o, beforeId);
    } else {
      if (prev.data !== o.data) (map.getSource(overlaySourceId(o.id)) as GeoJSONSource).setData(o.data);
      if (prev.color !== o.color) {
        map.setPaintProperty(ids[0], 'fill-color', o.color);
        map.setPaintProperty(ids[1], 'line-color', o.color);
        map.setPaintProperty(ids[2], 'circle-color', o.color);
      }
      if (prev.visible !== o.visible)
        for (const l of ids) map.setLayoutProperty(l, 'visibility', o.visible ? 'visible' : 'none');
    }
    state.set(o.id, { data: o.data, color: o.color, visible: o.visible });
  }
  // Keep list order (later overlays above earlier ones) when it changed.
  const order = list.map((o) => o.id).join(',');
  if (orders.get(map) !== order) {
    for (const o of list) for (const l of overlayLayerIds(o.id)) map.moveLayer(l, beforeId);
    orders.set(map, order);
  }
}
