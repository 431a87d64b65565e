import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification } from 'maplibre-gl';
import { buildStyle } from '../../src/map/style.ts';
import { CONTROLLERS } from '../../src/model/controllers.ts';
import {
  LAYER_GROUPS,
  MAP_LAYER,
  REGION_BOUNDS,
  STATE_KEY,
  cssCustomProperties,
  territoryColour,
  territoryOpacity,
} from '../../src/model/style-vocab.ts';
import { LAYER_IDS } from '../../src/model/layers.ts';
import { parseUrlView } from '../../src/state/url.ts';

const fonts = { latin: 'l', latinExt: 'le', arabic: 'a', latinBold: 'lb', arabicBold: 'ab' };
const style = buildStyle({ basemap: './b.json', fonts, lang: 'en' });

/** Evaluate a paint property of the style for one feature and its feature-state. */
function paint(layerId: string, prop: string, properties: Record<string, unknown>, state: Record<string, unknown>) {
  const index = style.layers.findIndex((l) => l.id === layerId);
  const layer = style.layers[index] as FillLayerSpecification;
  const value = (layer.paint as Record<string, unknown>)[prop];
  const parsed = createExpression(value, `layers[${index}].paint.${prop}`);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const feature = { type: 'Polygon', properties, id: 0 } as never;
  return parsed.value.evaluate({ zoom: 6 }, feature, state);
}

describe('style vocabulary', () => {
  it('gives legends the opacity the style draws each controller’s held and dominated ground with', () => {
    for (const c of CONTROLLERS) {
      for (const dominated of [false, true]) {
        const props = dominated ? { dominated: true } : {};
        const drawn = paint(MAP_LAYER.territoryFill, 'fill-opacity', props, { [STATE_KEY.controller]: c.id });
        expect(drawn, `${c.id} dominated=${dominated}`).toBe(territoryOpacity(c.id, dominated));
        const colour = paint(MAP_LAYER.territoryFill, 'fill-color', props, { [STATE_KEY.controller]: c.id });
        expect(String(colour), c.id).toBe(c.color);
      }
    }
    expect(territoryColour('isis', false)).not.toBe(territoryColour('isis', true));
  });
  it('names only layers the style has, and groups every user-facing layer', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const id of Object.values(MAP_LAYER)) expect(ids, id).toContain(id);
    for (const l of LAYER_IDS) {
      expect(LAYER_GROUPS[l].length, l).toBeGreaterThan(0);
      for (const id of LAYER_GROUPS[l]) expect(ids, `${l}: ${id}`).toContain(id);
    }
  });
  it('reads feature-state only by the vocabulary’s keys', () => {
    const keys = new Set([...JSON.stringify(style.layers).matchAll(/\["feature-state","([^"]+)"\]/g)].map((m) => m[1]));
    expect([...keys].sort()).toEqual(Object.values(STATE_KEY).sort());
  });
  it('uses one region box for the map’s bounds and the URL’s centre check', () => {
    const [w, s, e, n] = REGION_BOUNDS;
    expect(parseUrlView(`?center=${w + 0.1},${s + 0.1}`).view.center).toEqual([w + 0.1, s + 0.1]);
    expect(parseUrlView(`?center=${e + 0.1},${n - 1}`).view.center).toBeUndefined();
  });
  it('gives the page a custom property per controller shade, as the map draws it', () => {
    const css = cssCustomProperties();
    for (const c of CONTROLLERS) {
      expect(css[`--ground-${c.id}`]).toBe(territoryColour(c.id, false));
      expect(css[`--ground-${c.id}-light`]).toBe(territoryColour(c.id, true));
    }
    for (const v of Object.values(css)) expect(v).toMatch(/^#[0-9a-f]{6}$/);
  });
});
