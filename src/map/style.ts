/**
 * Pure style builder: given the data URLs and options, returns the MapLibre style. No DOM access,
 * so it is unit-tested directly. Fonts come from `font-faces` (bundled files, no glyph server).
 */
import type { LabelLang } from '../model/layers.ts';
import type { ExpressionSpecification, StyleSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CONTROLLERS } from '../model/controllers.ts';
import { FORCES } from '../model/force-kinds.ts';
import { markerImageId } from './marker-icons.ts';
import { FONT_BOLD, FONT_REGULAR, fontFaces, type FontUrls } from './fonts.ts';
import { countryLabels } from './country-labels.ts';
import { perFeature, perFeatureAndZoom } from './shared-programs.ts';
import { messages, type Lang } from '../model/i18n/index.ts';
import {
  BASE,
  MAP_LAYER as L,
  MARKER,
  PATTERN_OPACITY,
  SOURCE,
  STATE_KEY,
  TERRITORY_OPACITY as O,
  siteLabelLayerId,
  siteLayerId,
} from '../model/style-vocab.ts';

/** Inputs of {@link buildStyle}. */
export interface StyleInputs {
  /** The basemap's GeoJSON (a URL or the features); the atlas passes none and sets it once decoded (see AtlasMap). */
  basemap?: string | FeatureCollection;
  fonts: FontUrls;
  lang: LabelLang;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Paint expression: the colour of the controller held in feature-state `controller`. */
function controllerColorExpression(): ExpressionSpecification {
  const pairs: string[] = [];
  for (const c of CONTROLLERS) pairs.push(c.id, c.color);
  return [
    'match',
    ['coalesce', ['feature-state', STATE_KEY.controller], ''],
    ...pairs,
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;
}

/** Room (px) kept clear around each place and site name, so neighbouring names never run together. */
const LABEL_PADDING = 4;

const US_SITES: ExpressionSpecification = ['all', ['==', ['get', 'k'], 'site'], ['==', ['get', 'f'], 'us']];

/** Opacity by a site's state: present, reduced, recently left, absent. */
function bySiteState(active: number, reduced: number, closed: number): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', STATE_KEY.site], ''],
    'active',
    active,
    'reduced',
    reduced,
    'closed',
    closed,
    0,
  ];
}

/**
 * One symbol layer per foreign force: its marker, quieter than the US circles; lesser posts (rank 2)
 * appear from zoom 5, names from zoom 7. Partners' markers sit beside the US bases they share.
 */
function foreignSitesLayer(f: (typeof FORCES)[number]): LayerSpecification {
  const size = (major: number, minor: number): ExpressionSpecification => ['match', ['get', 'r'], 2, minor, major];
  return {
    id: siteLayerId(f.id),
    type: 'symbol',
    source: SOURCE.markers,
    filter: ['all', ['==', ['get', 'k'], 'site'], ['==', ['get', 'f'], f.id]],
    layout: {
      'icon-image': markerImageId(f.id),
      'icon-allow-overlap': true,
      // Absent sites keep their (invisible) markers: they must not take room from any name.
      'icon-ignore-placement': true,
      'icon-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        size(0.6, 0),
        4.99,
        size(0.65, 0),
        5,
        size(0.65, 0.42),
        6,
        size(0.75, 0.55),
        9,
        size(1, 0.85),
      ],
      'icon-offset': f.id === 'coalition_partner' ? [16, -16] : [0, 0],
    },
    paint: {
      'icon-opacity': bySiteState(0.9, 0.6, 0.3),
    },
  } as LayerSpecification;
}

/**
 * Names of a force's sites present on the date: the US from zoom 5.8, the others from 7. They
 * never overlap another label, and they sit below the place names, which are placed first.
 */
function siteLabelsLayer(f: (typeof FORCES)[number], nameField: ExpressionSpecification): LayerSpecification {
  const us = f.id === 'us';
  return {
    id: siteLabelLayerId(f.id),
    type: 'symbol',
    source: SOURCE.siteLabels,
    filter: ['==', ['get', 'f'], f.id],
    minzoom: us ? 5.8 : 7,
    layout: {
      'text-field': nameField,
      'text-font': [FONT_REGULAR],
      'text-size': us ? 10.5 : 10,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': us ? 0.7 : 0.9,
      'text-max-width': 9,
      'text-padding': LABEL_PADDING,
      'symbol-sort-key': ['get', 'r'],
    },
    paint: {
      'text-color': us ? MARKER.usSite : f.color,
      'text-opacity': ['match', ['get', 'st'], 'closed', us ? 0.6 : 0.5, us ? 1 : 0.9],
      'text-halo-color': BASE.labelHalo,
      'text-halo-width': 1.3,
    },
  } as LayerSpecification;
}

/**
 * The land, water and rivers under everything. Their constant colours and opacities are given per
 * feature ({@link perFeature}) so that they share the fill and line programs of the territory and the
 * fronts (see shared-programs.ts).
 */
function basemapLayers(): LayerSpecification[] {
  const layer = (l: string): ExpressionSpecification => ['==', ['get', 'layer'], l];
  return [
    { id: L.sea, type: 'background', paint: { 'background-color': BASE.sea } },
    {
      id: L.landNeighbour,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['all', layer('land'), ['==', ['get', 'kind'], 'neighbour']],
      paint: { 'fill-color': perFeature(BASE.neighbour), 'fill-opacity': perFeature(1) },
    },
    {
      id: L.landFocus,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['all', layer('land'), ['==', ['get', 'kind'], 'focus']],
      paint: { 'fill-color': perFeature(BASE.focus), 'fill-opacity': perFeature(1) },
    },
    {
      id: L.lakes,
      type: 'fill',
      source: SOURCE.basemap,
      filter: layer('lake'),
      paint: { 'fill-color': perFeature(BASE.water), 'fill-opacity': perFeature(1) },
    },
    {
      id: L.rivers,
      type: 'line',
      source: SOURCE.basemap,
      filter: layer('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': perFeature(BASE.river),
        'line-opacity': perFeature(1),
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['match', ['get', 'rank'], 1, 1.2, 0.7],
          8,
          ['match', ['get', 'rank'], 1, 3, 1.8],
        ],
      },
    },
  ];
}

/** Who held the ground: fills, the uncertain dot screen and the contested hatch. */
function territoryLayers(): LayerSpecification[] {
  return [
    {
      id: L.territoryFill,
      type: 'fill',
      source: SOURCE.territory,
      filter: ['==', ['get', 'k'], 'cell'],
      paint: {
        // Cells tile the land; antialiased edges of neighbouring translucent fills would blend twice
        // and draw light seams between them.
        'fill-antialias': false,
        'fill-color': controllerColorExpression(),
        // Held ground solid, dominated ground (open land a place's controller holds less firmly) light.
        'fill-opacity': [
          'case',
          ['has', 'dominated'],
          [
            'match',
            ['coalesce', ['feature-state', STATE_KEY.controller], ''],
            'isis',
            O.dominatedIsis,
            'contested',
            O.dominatedContested,
            '',
            0,
            O.dominated,
          ],
          [
            'match',
            ['coalesce', ['feature-state', STATE_KEY.controller], ''],
            'isis',
            O.heldIsis,
            'contested',
            O.heldContested,
            '',
            0,
            O.held,
          ],
        ],
      },
    },
    {
      id: L.territoryUncertain,
      type: 'fill',
      source: SOURCE.territory,
      // Ground whose period in force is marked uncertain in the data carries a dot screen; a static filter
      // keeps only the cells that are ever uncertain, so a date step touches fewer pattern features.
      filter: ['all', ['==', ['get', 'k'], 'cell'], ['has', 'uncertainable']],
      paint: {
        'fill-antialias': false,
        'fill-pattern': 'dots',
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', STATE_KEY.uncertain], false],
          PATTERN_OPACITY.uncertain,
          0,
        ],
      },
    },
    {
      id: L.territoryContested,
      type: 'fill',
      source: SOURCE.territory,
      // Static filter: only cells that were ever contested carry the hatch, so a date step updates a
      // handful of pattern features instead of all of them.
      filter: ['all', ['==', ['get', 'k'], 'cell'], ['has', 'contestable']],
      paint: {
        'fill-pattern': 'hatch',
        'fill-opacity': [
          'case',
          ['==', ['feature-state', STATE_KEY.controller], 'contested'],
          PATTERN_OPACITY.contested,
          0,
        ],
      },
    },
  ];
}

/**
 * Main roads (schematic: straight between the places each passes through), over the territory fills
 * and under the front lines and labels; they fade in from zoom 5.5 and widen from zoom 9.
 */
function roadLayers(): LayerSpecification[] {
  const filter: ExpressionSpecification = ['==', ['get', 'layer'], 'road'];
  const fadeIn: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5.5, 0, 6.5, 1];
  return [
    {
      id: L.roadCasing,
      type: 'line',
      source: SOURCE.basemap,
      filter,
      minzoom: 7,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': BASE.roadCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 9, 3, 12, 5.5],
      },
    },
    {
      id: L.roads,
      type: 'line',
      source: SOURCE.basemap,
      filter,
      minzoom: 5.5,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': BASE.road,
        'line-opacity': fadeIn,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 9, 1.3, 12, 2.8],
      },
    },
  ];
}

/** Front lines: the edges between cells whose controllers differ on the date (feature-state). */
function frontLayers(): LayerSpecification[] {
  return [
    {
      id: L.fronts,
      type: 'line',
      source: SOURCE.territory,
      filter: ['==', ['get', 'k'], 'edge'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(BASE.front),
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, perFeature(0.8), 9, perFeature(2.2)],
        'line-opacity': ['case', ['boolean', ['feature-state', STATE_KEY.front], false], 0.85, 0],
      },
    },
  ];
}

/** Governorate and country boundaries, drawn over the territory. */
function boundaryLayers(): LayerSpecification[] {
  const layer = (l: string): ExpressionSpecification => ['==', ['get', 'layer'], l];
  return [
    {
      id: L.admin1,
      type: 'line',
      source: SOURCE.basemap,
      filter: layer('admin1'),
      paint: { 'line-color': BASE.admin, 'line-width': 0.7, 'line-dasharray': [3, 2] },
    },
    {
      id: L.borders,
      type: 'line',
      source: SOURCE.basemap,
      filter: layer('border'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['get', 'focus'], BASE.borderFocus, BASE.border],
        'line-opacity': perFeature(1),
        'line-width': perFeatureAndZoom(['case', ['get', 'focus'], 1.6, 0.9]),
      },
    },
  ];
}

/**
 * Events and US/coalition sites (the foreign forces' symbols sit with the labels). Every circle layer,
 * the place dots too, gives colour, opacity and stroke per feature and the radius per feature and zoom:
 * one circle program.
 */
function markerLayers(): LayerSpecification[] {
  return [
    {
      id: L.events,
      type: 'circle',
      source: SOURCE.markers,
      filter: ['==', ['get', 'k'], 'event'],
      paint: {
        'circle-color': perFeature(MARKER.eventFill),
        'circle-stroke-color': perFeature(MARKER.event),
        'circle-stroke-width': perFeature(2),
        'circle-opacity': ['coalesce', ['feature-state', STATE_KEY.eventOpacity], 0],
        'circle-stroke-opacity': ['coalesce', ['feature-state', STATE_KEY.eventOpacity], 0],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', ['>', ['coalesce', ['feature-state', STATE_KEY.eventOpacity], 0], 0], 4, 0],
          9,
          ['case', ['>', ['coalesce', ['feature-state', STATE_KEY.eventOpacity], 0], 0], 7, 0],
        ],
      },
    },
    {
      id: L.usSites,
      type: 'circle',
      source: SOURCE.markers,
      filter: US_SITES,
      paint: {
        'circle-radius': perFeatureAndZoom([
          'match',
          ['coalesce', ['feature-state', STATE_KEY.site], ''],
          'active',
          6,
          'reduced',
          5,
          'closed',
          4.5,
          0,
        ]),
        'circle-opacity': perFeature(1),
        'circle-stroke-opacity': perFeature(1),
        'circle-color': [
          'match',
          ['coalesce', ['feature-state', STATE_KEY.site], ''],
          'active',
          MARKER.usSite,
          'reduced',
          MARKER.usSiteReduced,
          MARKER.siteClosedFill,
        ],
        'circle-stroke-color': [
          'match',
          ['coalesce', ['feature-state', STATE_KEY.site], ''],
          'closed',
          MARKER.siteClosedStroke,
          MARKER.siteStroke,
        ],
        'circle-stroke-width': ['match', ['coalesce', ['feature-state', STATE_KEY.site], ''], '', 0, 1.8],
      },
    },
  ];
}

/**
 * Paint of a layer of names: its colour on a white halo, fully opaque. The opacity is per feature,
 * as the site names' is (closed sites are fainter), so every layer of names shares one text program.
 */
function namePaint(color: string, haloWidth: number): Record<string, unknown> {
  return {
    'text-color': color,
    'text-opacity': perFeature(1),
    'text-halo-color': BASE.labelHalo,
    'text-halo-width': haloWidth,
  };
}

/** Names: rivers, countries, places, foreign forces' sites and US sites (the labels pass of an export). */
function labelLayers(nameField: ExpressionSpecification): LayerSpecification[] {
  const layer = (l: string): ExpressionSpecification => ['==', ['get', 'layer'], l];
  // Cities from the first zoom, towns from 6, the rest from 8; a divided city is named once below
  // DISTRICT_ZOOM (`until`) and by its parts from there (`from`), see place-labels.ts.
  const placeFilter: ExpressionSpecification = [
    'all',
    ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 8, 3]],
    ['<', ['zoom'], ['coalesce', ['get', 'until'], 99]],
    ['>=', ['zoom'], ['coalesce', ['get', 'from'], 0]],
  ];
  return [
    {
      id: L.riverLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: layer('river'),
      minzoom: 5.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': nameField,
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-letter-spacing': 0.05,
        'symbol-spacing': 350,
      },
      paint: namePaint(BASE.riverLabel, 1.2),
    },
    {
      id: L.countryLabels,
      type: 'symbol',
      source: SOURCE.countries,
      layout: {
        'text-field': nameField,
        'text-font': [FONT_BOLD],
        'text-size': ['case', ['get', 'focus'], 15, 12],
        'text-letter-spacing': 0.15,
        'text-allow-overlap': false,
      },
      paint: namePaint(BASE.countryLabel, 1),
    },
    ...FORCES.map((f) => siteLabelsLayer(f, nameField)),
    {
      id: L.areaLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['==', ['get', 'rank'], 4],
      minzoom: 8,
      layout: {
        'text-field': nameField,
        'text-font': [FONT_REGULAR],
        'text-size': 10,
        'text-letter-spacing': 0.04,
        'text-max-width': 8,
        'text-padding': LABEL_PADDING,
      },
      paint: namePaint(BASE.areaLabel, 1.2),
    },
    {
      id: L.placeDots,
      type: 'circle',
      source: SOURCE.places,
      filter: placeFilter,
      paint: {
        'circle-radius': perFeatureAndZoom(['match', ['get', 'rank'], 1, 3.2, 2, 2.4, 1.8]),
        'circle-color': perFeature(BASE.placeDot),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': perFeature(BASE.placeDotStroke),
        'circle-stroke-width': perFeature(1.1),
        'circle-stroke-opacity': perFeature(1),
      },
    },
    // The foreign forces' markers: above the place dots, below the place names (which stay readable).
    ...FORCES.filter((f) => f.id !== 'us').map((f) => foreignSitesLayer(f)),
    {
      id: L.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: placeFilter,
      layout: {
        'text-field': nameField,
        'text-font': ['match', ['get', 'rank'], 1, ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['match', ['get', 'rank'], 1, 13, 2, 11.5, 10.5],
        'text-variable-anchor': [
          'left',
          'right',
          'top',
          'bottom',
          'top-left',
          'top-right',
          'bottom-left',
          'bottom-right',
        ],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'text-padding': LABEL_PADDING,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: namePaint(BASE.label, 1.4),
    },
  ];
}

/** The credit line of each source that has one (the map's attribution), in `lang`. */
export function sourceCredits(lang: Lang): Record<string, string> {
  const m = messages(lang);
  return {
    [SOURCE.basemap]: m.creditBasemap,
    [SOURCE.territory]: m.creditTerritory,
    [SOURCE.markers]: m.creditForces,
  };
}

/** Build the complete style. */
export function buildStyle(inp: StyleInputs): StyleSpecification {
  const credits = sourceCredits(inp.lang);
  const nameField: ExpressionSpecification =
    inp.lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name']] : ['get', 'name'];
  const layers: LayerSpecification[] = [
    ...basemapLayers(),
    ...territoryLayers(),
    ...roadLayers(),
    ...frontLayers(),
    ...boundaryLayers(),
    ...markerLayers(),
    ...labelLayers(nameField),
  ];
  return {
    version: 8,
    name: 'Iraq–Syria atlas',
    transition: { duration: 0, delay: 0 },
    'font-faces': fontFaces(inp.fonts),
    sources: {
      [SOURCE.basemap]: {
        type: 'geojson',
        data: inp.basemap ?? EMPTY,
        attribution: credits[SOURCE.basemap],
      },
      [SOURCE.territory]: {
        type: 'geojson',
        data: EMPTY,
        attribution: credits[SOURCE.territory],
      },
      [SOURCE.countries]: { type: 'geojson', data: countryLabels() },
      [SOURCE.places]: { type: 'geojson', data: EMPTY },
      [SOURCE.siteLabels]: { type: 'geojson', data: EMPTY },
      [SOURCE.markers]: {
        type: 'geojson',
        data: EMPTY,
        attribution: credits[SOURCE.markers],
      },
    },
    layers,
  } as StyleSpecification;
}
