/**
 * Paint values written so that the style's layers of one type share one WebGL program.
 *
 * MapLibre compiles a program for each layer type and each combination of how the layer's paint
 * properties are given: a constant or a zoom function becomes a uniform, a value per feature (from its
 * properties or its feature-state) a vertex attribute, a value per feature and zoom a pair of them. Two
 * circle layers whose `circle-color` is a constant in one and a feature-state `match` in the other compile
 * two programs. Under software WebGL (SwiftShader, which is what many readers without a GPU and every
 * headless browser get) each program costs tens to hundreds of milliseconds before the first view can be
 * drawn, so the style gives each paint property of a layer type the same kind in every layer, wrapping
 * constants with these helpers. The values drawn do not change; the style's tests hold each layer type
 * (as the first view draws it) to one program.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** A paint value: a literal or an expression. */
type PaintValue = number | string | ExpressionSpecification;

/**
 * `value` for every feature, written as a per-feature expression (a vertex attribute rather than a
 * uniform). Both branches are `value`; the test only makes the expression read the feature.
 */
export function perFeature(value: number | string): ExpressionSpecification {
  return ['case', ['has', 'k'], value, value];
}

/**
 * A per-feature value (or a constant, made one) at every zoom, written as a per-feature and zoom
 * expression: the same value at both ends of the zoom range.
 */
export function perFeatureAndZoom(value: PaintValue): ExpressionSpecification {
  const v = typeof value === 'number' || typeof value === 'string' ? perFeature(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];
}
