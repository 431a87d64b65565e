/**
 * What MapLibre is given of a user overlay: the geometry and each feature's index, never the
 * user's properties. Property names are data (a column may be called `constructor` or
 * `__proto__`), and MapLibre's tile encoder looks names up in plain objects; the popup reads the
 * properties from the overlay itself by index instead. Points are split from lines and areas so a
 * large set of points can be clustered at low zoom.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

/** The property MapLibre features of an overlay carry: the index of the feature in the overlay. */
export const FEATURE_INDEX = 'i';

/** An overlay split for drawing: lines and areas, and single points. */
export interface OverlayDrawData {
  shapes: FeatureCollection;
  points: FeatureCollection<Point>;
  /** Positions in the lines and areas (what drawing them costs). */
  shapeVertices: number;
}

/** Split `fc` into lines/areas and single points (multi-points and collections taken apart), tagged by index. */
export function overlayDrawData(fc: FeatureCollection): OverlayDrawData {
  const shapes: Feature[] = [];
  const points: Feature<Point>[] = [];
  let shapeVertices = 0;
  fc.features.forEach((f, i) => {
    const properties = { [FEATURE_INDEX]: i };
    // Geometry collections nest at most a few levels (checked on import); walk them with a stack.
    const stack: (Geometry | null)[] = [f.geometry];
    while (stack.length) {
      const g = stack.pop();
      if (!g) continue;
      if (g.type === 'GeometryCollection') stack.push(...g.geometries);
      else if (g.type === 'Point') points.push({ type: 'Feature', properties, geometry: g });
      else if (g.type === 'MultiPoint')
        for (const coordinates of g.coordinates)
          points.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
      else {
        shapes.push({ type: 'Feature', properties, geometry: g });
        shapeVertices += g.coordinates.flat(3).length / 2;
      }
    }
  });
  return {
    shapes: { type: 'FeatureCollection', features: shapes },
    points: { type: 'FeatureCollection', features: points },
    shapeVertices,
  };
}

/** The overlay feature behind a drawn feature's properties, or null when they name none. */
export function featureIndexOf(properties: Record<string, unknown> | null | undefined): number | null {
  const i = properties?.[FEATURE_INDEX];
  return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : null;
}
