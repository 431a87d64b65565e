/**
 * The atlas's visual vocabulary, in one place: the region it maps, the MapLibre source and layer ids,
 * the feature-state keys a date sets, and every colour and opacity the map draws. The style builder
 * (map/style.ts), the screen legend, the export furniture and the page's CSS (custom properties set
 * from {@link cssCustomProperties} at start-up) all read it, so a legend always shows what the map
 * draws. Plain data and pure functions; it lives in model/ because every layer may import it.
 */
import { CONTROLLERS, type ControllerId } from './controllers.ts';
import { FORCES, forceKind, type ForceId } from './force-kinds.ts';
import type { LayerId } from './layers.ts';

/**
 * The region the atlas maps, with a margin: [west, south, east, north] in degrees. The map cannot be
 * panned out of it, a URL centre outside it is refused, and an overlay wholly outside it is warned about.
 */
export const REGION_BOUNDS: readonly [number, number, number, number] = [29, 25, 54, 42];

/**
 * How far the interactive map may be panned, [west, south, east, north]: the region box with 3° more
 * to the north and south. MapLibre keeps the whole visible area inside these bounds, so on a portrait
 * phone, whose visible area is much taller than wide, the bare region box would force a zoom that cuts
 * the names of the border cities at the sides; the extra latitude lets the first view fit the region's
 * width instead. The basemap's neighbouring land covers all of it, so no view shows a cut-off coast.
 */
export const PAN_BOUNDS: readonly [number, number, number, number] = [
  REGION_BOUNDS[0],
  REGION_BOUNDS[1] - 3,
  REGION_BOUNDS[2],
  REGION_BOUNDS[3] + 3,
];

/** {@link REGION_BOUNDS} as MapLibre's `[[west, south], [east, north]]`. */
export function regionLngLatBounds(): [[number, number], [number, number]] {
  const [w, s, e, n] = REGION_BOUNDS;
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * MapLibre source ids. `territory` holds cells and front-line edges; `markers` holds sites and events;
 * `siteLabels` holds the names of the sites present on the date shown (no feature-state: it is set again
 * only when the set of present sites changes, so an absent site's invisible name never takes the room a
 * town's name needs).
 */
export const SOURCE = {
  basemap: 'basemap',
  countries: 'countries',
  territory: 'territory',
  places: 'places',
  markers: 'markers',
  siteLabels: 'site-labels',
} as const;

/** MapLibre layer ids of the style, bottom to top (the foreign forces' site layers come from {@link siteLayerId}). */
export const MAP_LAYER = {
  sea: 'sea',
  landNeighbour: 'land-neighbour',
  landFocus: 'land-focus',
  lakes: 'water-lakes',
  rivers: 'rivers',
  territoryFill: 'territory-fill',
  territoryUncertain: 'territory-uncertain',
  territoryContested: 'territory-contested',
  roadCasing: 'roads-casing',
  roads: 'roads',
  fronts: 'fronts',
  admin1: 'admin1',
  borders: 'borders',
  events: 'events-dots',
  usSites: 'bases-dots',
  riverLabels: 'river-labels',
  countryLabels: 'country-labels',
  areaLabels: 'area-labels',
  placeDots: 'place-dots',
  placeLabels: 'place-labels',
  usSiteLabels: 'bases-labels',
} as const;

/** User overlays are inserted below this layer (the first label layer); exports split the style here. */
export const OVERLAY_BEFORE_ID: string = MAP_LAYER.riverLabels;

/** The map layer that draws a force's sites (the US has circles of its own, {@link MAP_LAYER}.usSites). */
export function siteLayerId(force: ForceId): string {
  return force === 'us' ? MAP_LAYER.usSites : `sites-${force}`;
}

/**
 * The map layer naming a force's sites (from the {@link SOURCE}.siteLabels source: present sites only;
 * the US names are {@link MAP_LAYER}.usSiteLabels).
 */
export function siteLabelLayerId(force: ForceId): string {
  return force === 'us' ? MAP_LAYER.usSiteLabels : `${siteLayerId(force)}-labels`;
}

/** A foreign force's site layers: its markers and their names. */
function foreignSiteLayers(force: ForceId): readonly string[] {
  return [siteLayerId(force), siteLabelLayerId(force)];
}

/** Map layers grouped under the user-facing layer ids (what each switch shows or hides). */
export const LAYER_GROUPS: Readonly<Record<LayerId, readonly string[]>> = {
  territory: [MAP_LAYER.territoryFill, MAP_LAYER.territoryContested, MAP_LAYER.territoryUncertain],
  fronts: [MAP_LAYER.fronts],
  labels: [MAP_LAYER.placeLabels, MAP_LAYER.placeDots, MAP_LAYER.areaLabels, MAP_LAYER.riverLabels],
  bases: [MAP_LAYER.usSites, MAP_LAYER.usSiteLabels],
  events: [MAP_LAYER.events],
  russia: foreignSiteLayers('russia'),
  turkey: foreignSiteLayers('turkey'),
  iran: foreignSiteLayers('iran'),
  israel: foreignSiteLayers('israel'),
  partners: foreignSiteLayers('coalition_partner'),
};

/** Layers whose `text-field` follows the label language. */
export const NAMED_LAYERS: readonly string[] = [
  MAP_LAYER.placeLabels,
  MAP_LAYER.areaLabels,
  MAP_LAYER.riverLabels,
  MAP_LAYER.countryLabels,
  ...FORCES.map((f) => siteLabelLayerId(f.id)),
];

/**
 * Feature-state keys a date sets (map/*-layer.ts) and the style reads. Territory cells: `controller`
 * (a controller id or null) and `uncertain`; edges: `front`; sites: `site` (a site state); events:
 * `eventOpacity` (0–1 by distance from the event's date).
 */
export const STATE_KEY = {
  controller: 'controller',
  uncertain: 'uncertain',
  front: 'front',
  site: 'site',
  eventOpacity: 'eventOpacity',
} as const;

/** Basemap colours: a calm, light reference palette that leaves room for territory colours. */
export const BASE = {
  sea: '#c8d8e2',
  neighbour: '#e9e6df',
  focus: '#f8f6f1',
  water: '#a9c6d8',
  river: '#7fa9c4',
  riverLabel: '#4d7c99',
  /** Main roads: a thin warm grey line on a faint light casing, quieter than rivers and front lines. */
  road: '#a89a84',
  roadCasing: 'rgba(255,255,255,0.55)',
  admin: '#b9b1a3',
  border: '#8a8172',
  borderFocus: '#5f574b',
  label: '#2b2b2b',
  labelHalo: 'rgba(255,255,255,0.9)',
  countryLabel: '#8c857a',
  /** Names of open ground (desert and steppe anchors): quieter than settlements. */
  areaLabel: '#6e665a',
  front: '#202020',
  placeDot: '#ffffff',
  placeDotStroke: '#333333',
} as const;

/** Marker colours: US/coalition sites by state, and events. */
export const MARKER = {
  usSite: forceKind('us').color,
  usSiteReduced: '#7d8fc4',
  siteStroke: '#ffffff',
  siteClosedFill: '#ffffff',
  siteClosedStroke: '#6b6b6b',
  event: '#b3261e',
  eventFill: '#ffffff',
} as const;

/** Colours of the page around the map (text, rules, links), shared by the CSS and the export furniture. */
export const INK = {
  text: '#222222',
  muted: '#5d5d5d',
  rule: '#d8d4cc',
  accent: '#0b5cab',
} as const;

/** Fill opacities of territory: held ground solid, dominated ground light; ISIS's black a little stronger. */
export const TERRITORY_OPACITY = {
  held: 0.55,
  heldIsis: 0.66,
  heldContested: 0.35,
  dominated: 0.24,
  dominatedIsis: 0.34,
  dominatedContested: 0.2,
} as const;

/** Opacity of the contested hatch and of the uncertain dot screen where they apply. */
export const PATTERN_OPACITY = { contested: 0.9, uncertain: 0.55 } as const;

/** The fill opacity the map gives a controller's held or dominated ground. */
export function territoryOpacity(controller: ControllerId, dominated: boolean): number {
  const O = TERRITORY_OPACITY;
  if (controller === 'isis') return dominated ? O.dominatedIsis : O.heldIsis;
  if (controller === 'contested') return dominated ? O.dominatedContested : O.heldContested;
  return dominated ? O.dominated : O.held;
}

/** Mix `hex` (`#rrggbb`) over `under` at `alpha`, as a map fill of that opacity looks on land. */
export function blend(hex: string, alpha: number, under: string = BASE.focus): string {
  const p = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const a = p(hex);
  const b = p(under);
  return `#${a
    .map((v, i) =>
      Math.round(v * alpha + b[i] * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The colour a controller's held or dominated ground shows on the map (its fill blended over the land). */
export function territoryColour(controller: ControllerId, dominated: boolean): string {
  const c = CONTROLLERS.find((x) => x.id === controller)!;
  return blend(c.color, territoryOpacity(controller, dominated));
}

/** A neutral swatch for "the lighter shade" in legends: grey at the dominated opacity. */
export const DOMINATED_SAMPLE = blend(MARKER.siteClosedStroke, TERRITORY_OPACITY.dominated);

/**
 * CSS custom properties for the page (set on :root at start-up): the page ink, the marker colours and,
 * per controller, `--ground-<id>` and `--ground-<id>-light` as the map draws its held and dominated ground.
 */
export function cssCustomProperties(): Record<string, string> {
  const out: Record<string, string> = {
    '--ink': INK.text,
    '--muted': INK.muted,
    '--line': INK.rule,
    '--accent': INK.accent,
    '--us-site': MARKER.usSite,
    '--us-site-reduced': MARKER.usSiteReduced,
    '--event': MARKER.event,
    '--isis': CONTROLLERS[0].color,
    '--dominated-sample': DOMINATED_SAMPLE,
    '--sea': BASE.sea,
  };
  for (const c of CONTROLLERS) {
    out[`--ground-${c.id}`] = territoryColour(c.id, false);
    out[`--ground-${c.id}-light`] = territoryColour(c.id, true);
  }
  return out;
}
