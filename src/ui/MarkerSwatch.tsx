import type { ForceKind } from '../model/force-kinds.ts';
import { isHollow, shapePolygon } from '../model/marker-shapes.ts';
import { MARKER } from '../model/style-vocab.ts';

/** A force's map symbol as a small inline SVG (decorative: the label beside it names the force). */
export function MarkerSwatch(props: { force: ForceKind; size?: number }) {
  const { force } = props;
  const size = props.size ?? 12;
  const points = shapePolygon(force.shape)
    .map(([x, y]) => `${(x * size).toFixed(2)},${(y * size).toFixed(2)}`)
    .join(' ');
  const hollow = isHollow(force.shape);
  return (
    <svg class="marker-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <polygon
        points={points}
        fill={hollow ? MARKER.siteStroke : force.color}
        stroke={hollow ? force.color : MARKER.siteStroke}
        stroke-width={hollow ? size * 0.16 : 1}
      />
    </svg>
  );
}
