/**
 * The user's own layers on the map: per overlay, a source of lines and areas (fill and line layers)
 * and a source of points (a circle layer, and a count layer when they are clustered), drawn above
 * territory and atlas markers and below the labels. {@link syncOverlays} makes the map match a
 * list, touching only what changed, so it can be called as often as you like.
 *
 * MapLibre only ever sees geometry and each feature's index (see model/overlay-draw-data.ts). An
 * overlay with more than {@link CLUSTER_MIN_POINTS} points is clustered below the highest zoom, and
 * one with more than {@link SIMPLIFY_MIN_VERTICES} line and area positions is simplified to the
 * pixel, so an overlay at the import limits costs about as much to draw as a small one.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MlMap } from 'maplibre-gl';
import { overlayLayerIds, overlayPointsSourceId, overlaySourceId } from '../model/overlay-ids.ts';
import { overlayDrawData, type OverlayDrawData } from '../model/overlay-draw-data.ts';
import { FONT_BOLD } from './fonts.ts';
import { OVERLAY_BEFORE_ID } from '../model/style-vocab.ts';

/** What the map needs to draw one overlay. */
export interface OverlaySpec {
  /** Stable id (letters and digits), used in source and layer ids. */
  id: string;
  /** `#rrggbb`. */
  color: string;
  visible: boolean;
  data: FeatureCollection;
}

/** Overlays with more points than this are clustered below {@link CLUSTER_MAX_ZOOM}. */
export const CLUSTER_MIN_POINTS = 2000;
/** Highest zoom at which points are still clustered (the atlas zooms to 12). */
export const CLUSTER_MAX_ZOOM = 11;
/** Overlays whose lines and areas have more positions than this are simplified to the pixel. */
export const SIMPLIFY_MIN_VERTICES = 20_000;
/**
 * Simplification of such overlays, in CSS pixels at each zoom (MapLibre's default is 0.375):
 * detail under 3 pixels is left out, and comes back as the map zooms in.
 */
export const SIMPLIFY_TOLERANCE = 3;
/**
 * Tile margin of such overlays (MapLibre's default is 128 of 512): lines at most 3 px wide need
 * little, and every position in a margin is drawn again by the neighbouring tile.
 */
export const SIMPLIFIED_BUFFER = 16;

interface Applied {
  data: FeatureCollection;
  color: string;
  visible: boolean;
}

const applied = new WeakMap<MlMap, Map<string, Applied>>();
const orders = new WeakMap<MlMap, string>();
const drawData = new WeakMap<FeatureCollection, OverlayDrawData>();

/** The drawable form of an overlay's data, computed once per data object. */
function drawable(data: FeatureCollection): OverlayDrawData {
  let d = drawData.get(data);
  if (!d) drawData.set(data, (d = overlayDrawData(data)));
  return d;
}

const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
const isCluster = ['has', 'point_count'] as const;

function addOverlay(map: MlMap, o: OverlaySpec, beforeId: string | undefined): void {
  const [fill, line, circle, count] = overlayLayerIds(o.id);
  const visibility = o.visible ? 'visible' : 'none';
  const { shapes, points, shapeVertices } = drawable(o.data);
  const clustered = points.features.length > CLUSTER_MIN_POINTS;
  const simplified = shapeVertices > SIMPLIFY_MIN_VERTICES;
  map.addSource(overlaySourceId(o.id), {
    type: 'geojson',
    data: shapes,
    ...(simplified ? { tolerance: SIMPLIFY_TOLERANCE, buffer: SIMPLIFIED_BUFFER } : {}),
  });
  map.addSource(overlayPointsSourceId(o.id), {
    type: 'geojson',
    data: points,
    ...(clustered ? { cluster: true, clusterRadius: 40, clusterMaxZoom: CLUSTER_MAX_ZOOM } : {}),
  });
  map.addLayer(
    {
      id: fill,
      type: 'fill',
      source: overlaySourceId(o.id),
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
      source: overlaySourceId(o.id),
      // Round joins and caps cost several triangles a vertex: big overlays get plain ones.
      layout: simplified ? { visibility } : { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': o.color, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 10, 3] },
    },
    beforeId,
  );
  // A cluster's size grows with the number of points it stands for (zoom must stay outermost).
  const radius = (single: number) =>
    clustered ? ['case', isCluster, ['step', ['get', 'point_count'], 9, 100, 12, 1000, 16, 10000, 20], single] : single;
  map.addLayer(
    {
      id: circle,
      type: 'circle',
      source: overlayPointsSourceId(o.id),
      layout: { visibility },
      paint: {
        'circle-color': o.color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, radius(4), 10, radius(7)] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    beforeId,
  );
  if (clustered)
    map.addLayer(
      {
        id: count,
        type: 'symbol',
        source: overlayPointsSourceId(o.id),
        filter: isCluster as never,
        layout: {
          visibility,
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': [FONT_BOLD],
          'text-size': 10,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      beforeId,
    );
}

function removeOverlay(map: MlMap, id: string): void {
  for (const l of overlayLayerIds(id)) if (map.getLayer(l)) map.removeLayer(l);
  for (const s of [overlaySourceId(id), overlayPointsSourceId(id)]) if (map.getSource(s)) map.removeSource(s);
}

/**
 * Make the map show exactly `list` (in order, first at the bottom). Idempotent: unchanged overlays
 * are left alone; new data, colour or visibility is applied in place; missing ones are removed.
 * Call it once the style has loaded. Throws if the map refuses an overlay's layers.
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
    const ids = overlayLayerIds(o.id).filter((l) => map.getLayer(l));
    if (!prev || prev.data !== o.data || !map.getSource(overlaySourceId(o.id))) {
      // New data may need clustering where the old did not: build the overlay afresh.
      removeOverlay(map, o.id);
      addOverlay(map, o, beforeId);
      orders.delete(map);
      // MapLibre reports a layer it refuses only as an event: make it an error the app can show.
      if (!map.getLayer(overlayLayerIds(o.id)[2])) throw new Error('the map refused to draw it');
    } else {
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
    for (const o of list) for (const l of overlayLayerIds(o.id)) if (map.getLayer(l)) map.moveLayer(l, beforeId);
    orders.set(map, order);
  }
}
