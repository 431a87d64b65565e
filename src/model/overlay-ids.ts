/**
 * MapLibre ids of a user overlay's sources and layers, and the way back from a source id to the
 * overlay. Shared by the map adapter (which adds them) and the popups (which hit-test them).
 */

/** Map source id of an overlay's lines and areas. */
export function overlaySourceId(overlayId: string): string {
  return `overlay-${overlayId}`;
}

/** Map source id of an overlay's points (clustered when there are many). */
export function overlayPointsSourceId(overlayId: string): string {
  return `${overlaySourceId(overlayId)}-points`;
}

/** Map layer ids of an overlay: fill, line, circle, cluster count (bottom to top). */
export function overlayLayerIds(overlayId: string): [string, string, string, string] {
  const s = overlaySourceId(overlayId);
  return [`${s}-fill`, `${s}-line`, `${s}-circle`, `${s}-count`];
}

/** The overlay id behind a map source id (either of its two sources), or null if it is not an overlay's. */
export function overlayIdFromSource(sourceId: string): string | null {
  const m = /^overlay-([a-z0-9]+)(?:-points)?$/i.exec(sourceId);
  return m ? m[1] : null;
}
