/**
 * Pure style builder: given the data URLs and options, returns the MapLibre style. No DOM access,
 * so it is unit-tested directly. Fonts come from `font-faces` (bundled files, no glyph server).
 */
import type { ExpressionSpecification, StyleSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CONTROLLERS } from '../model/controllers.ts';
import { FORCES } from '../model/force-kinds.ts';
import { markerImageId } from './marker-icons.ts';
import { BASE, TERRITORY_OPACITY as O } from './palette.ts';
import { MARKERS_SOURCE, SITE_LABELS_SOURCE, TERRITORY_SOURCE } from './sources.ts';

/** Font files the style uses, by role. */
export interface FontUrls {
  latin: string;
  latinExt: string;
  arabic: string;
  latinBold: string;
  arabicBold: string;
}

/** Inputs of {@link buildStyle}. */
export interface StyleInputs {
  basemapUrl: string;
  fonts: FontUrls;
  lang: 'en' | 'ar';
  /** Territory cells, fronts and place labels; empty collections until loaded. */
}

/** Font stack names used in `text-font`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans SemiBold';

const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT = [
  'U+0100-02AF',
  'U+1E00-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const ARABIC = [
  'U+0600-06FF',
  'U+0750-077F',
  'U+0870-089F',
  'U+08A0-08FF',
  'U+200C-200E',
  'U+FB50-FDFF',
  'U+FE70-FEFF',
];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Paint expression: the colour of the controller held in feature-state `c`. */
export function controllerColorExpression(): ExpressionSpecification {
  const pairs: string[] = [];
  for (const c of CONTROLLERS) pairs.push(c.id, c.color);
  return [
    'match',
    ['coalesce', ['feature-state', 'c'], ''],
    ...pairs,
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;
}

/** Country name anchors (cartographic label positions, not data). */
const COUNTRY_LABELS: [string, string, number, number, boolean][] = [
  ['IRAQ', 'العراق', 43.6, 32.6, true],
  ['SYRIA', 'سوريا', 38.6, 34.9, true],
  ['TURKEY', 'تركيا', 38.0, 38.6, false],
  ['IRAN', 'إيران', 47.6, 34.2, false],
  ['JORDAN', 'الأردن', 37.2, 31.0, false],
  ['SAUDI ARABIA', 'السعودية', 42.0, 28.6, false],
  ['LEBANON', 'لبنان', 35.75, 33.95, false],
  ['ISRAEL', 'إسرائيل', 34.85, 31.4, false],
  ['KUWAIT', 'الكويت', 47.6, 29.35, false],
];

/** The country-label layer's data. */
export function countryLabels(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map(([name, name_ar, lon, lat, focus]) => ({
      type: 'Feature',
      properties: { name, name_ar, focus },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}

const US_SITES: ExpressionSpecification = ['all', ['==', ['get', 'k'], 'site'], ['==', ['get', 'f'], 'us']];

/** Opacity by a site's state: present, reduced, recently left, absent. */
function bySiteState(active: number, reduced: number, closed: number): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'st'], ''],
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
 * appear from zoom 6, names from zoom 7. Partners' markers sit beside the US bases they share.
 */
function foreignSitesLayer(f: (typeof FORCES)[number]): LayerSpecification {
  const size = (major: number, minor: number): ExpressionSpecification => ['match', ['get', 'r'], 2, minor, major];
  return {
    id: f.mapLayer,
    type: 'symbol',
    source: MARKERS_SOURCE,
    filter: ['all', ['==', ['get', 'k'], 'site'], ['==', ['get', 'f'], f.id]],
    layout: {
      'icon-image': markerImageId(f.id),
      'icon-allow-overlap': true,
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

/** The map layer naming a force's sites (from the site-labels source: present sites only). */
export function siteLabelsLayerId(f: (typeof FORCES)[number]): string {
  return f.id === 'us' ? 'bases-labels' : `${f.mapLayer}-labels`;
}

/**
 * Names of a force's sites present on the date: the US from zoom 5.8, the others from 7. They
 * never overlap another label, and they sit below the place names, which are placed first.
 */
function siteLabelsLayer(f: (typeof FORCES)[number], nameField: ExpressionSpecification): LayerSpecification {
  const us = f.id === 'us';
  return {
    id: siteLabelsLayerId(f),
    type: 'symbol',
    source: SITE_LABELS_SOURCE,
    filter: ['==', ['get', 'f'], f.id],
    minzoom: us ? 5.8 : 7,
    layout: {
      'text-field': nameField,
      'text-font': [FONT_REGULAR],
      'text-size': us ? 10.5 : 10,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': us ? 0.7 : 0.9,
      'text-max-width': 9,
      'symbol-sort-key': ['get', 'r'],
    },
    paint: {
      'text-color': us ? '#1f3a93' : f.color,
      'text-opacity': ['match', ['get', 'st'], 'closed', us ? 0.6 : 0.5, us ? 1 : 0.9],
      'text-halo-color': BASE.labelHalo,
      'text-halo-width': 1.3,
    },
  } as LayerSpecification;
}

/** Build the complete style. */
export function buildStyle(inp: StyleInputs): StyleSpecification {
  const nameField: ExpressionSpecification =
    inp.lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name']] : ['get', 'name'];
  const layer = (l: string): ExpressionSpecification => ['==', ['get', 'layer'], l];
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
    {
      id: 'land-neighbour',
      type: 'fill',
      source: 'basemap',
      filter: ['all', layer('land'), ['==', ['get', 'kind'], 'neighbour']],
      paint: { 'fill-color': BASE.neighbour },
    },
    {
      id: 'land-focus',
      type: 'fill',
      source: 'basemap',
      filter: ['all', layer('land'), ['==', ['get', 'kind'], 'focus']],
      paint: { 'fill-color': BASE.focus },
    },
    {
      id: 'water-lakes',
      type: 'fill',
      source: 'basemap',
      filter: layer('lake'),
      paint: { 'fill-color': BASE.water },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'basemap',
      filter: layer('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': BASE.river,
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
    {
      id: 'territory-fill',
      type: 'fill',
      source: TERRITORY_SOURCE,
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
            ['coalesce', ['feature-state', 'c'], ''],
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
            ['coalesce', ['feature-state', 'c'], ''],
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
      id: 'territory-uncertain',
      type: 'fill',
      source: TERRITORY_SOURCE,
      // Ground whose period in force is marked uncertain in the data carries a dot screen; a static filter
      // keeps only the cells that are ever uncertain, so a date step touches fewer pattern features.
      filter: ['all', ['==', ['get', 'k'], 'cell'], ['has', 'uncertainable']],
      paint: {
        'fill-antialias': false,
        'fill-pattern': 'dots',
        'fill-opacity': ['case', ['boolean', ['feature-state', 'u'], false], 0.55, 0],
      },
    },
    {
      id: 'territory-contested',
      type: 'fill',
      source: TERRITORY_SOURCE,
      // Static filter: only cells that were ever contested carry the hatch, so a date step updates a
      // handful of pattern features instead of all of them.
      filter: ['all', ['==', ['get', 'k'], 'cell'], ['has', 'contestable']],
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['==', ['feature-state', 'c'], 'contested'], 0.9, 0] },
    },
    {
      id: 'fronts',
      type: 'line',
      source: TERRITORY_SOURCE,
      filter: ['==', ['get', 'k'], 'edge'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': BASE.front,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2.2],
        'line-opacity': ['case', ['boolean', ['feature-state', 'front'], false], 0.85, 0],
      },
    },
    {
      id: 'admin1',
      type: 'line',
      source: 'basemap',
      filter: layer('admin1'),
      paint: { 'line-color': BASE.admin, 'line-width': 0.7, 'line-dasharray': [3, 2] },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'basemap',
      filter: layer('border'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['get', 'focus'], BASE.borderFocus, BASE.border],
        'line-width': ['case', ['get', 'focus'], 1.6, 0.9],
      },
    },
    {
      id: 'events-dots',
      type: 'circle',
      source: MARKERS_SOURCE,
      filter: ['==', ['get', 'k'], 'event'],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': '#b3261e',
        'circle-stroke-width': 2,
        'circle-opacity': ['coalesce', ['feature-state', 'v'], 0],
        'circle-stroke-opacity': ['coalesce', ['feature-state', 'v'], 0],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', ['>', ['coalesce', ['feature-state', 'v'], 0], 0], 4, 0],
          9,
          ['case', ['>', ['coalesce', ['feature-state', 'v'], 0], 0], 7, 0],
        ],
      },
    },
    {
      id: 'bases-dots',
      type: 'circle',
      source: MARKERS_SOURCE,
      filter: US_SITES,
      paint: {
        'circle-radius': [
          'match',
          ['coalesce', ['feature-state', 'st'], ''],
          'active',
          6,
          'reduced',
          5,
          'closed',
          4.5,
          0,
        ],
        'circle-color': [
          'match',
          ['coalesce', ['feature-state', 'st'], ''],
          'active',
          '#1f3a93',
          'reduced',
          '#7d8fc4',
          '#ffffff',
        ],
        'circle-stroke-color': ['match', ['coalesce', ['feature-state', 'st'], ''], 'closed', '#6b6b6b', '#ffffff'],
        'circle-stroke-width': ['match', ['coalesce', ['feature-state', 'st'], ''], '', 0, 1.8],
      },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'basemap',
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
      paint: { 'text-color': '#4d7c99', 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'countries',
      layout: {
        'text-field': nameField,
        'text-font': [FONT_BOLD],
        'text-size': ['case', ['get', 'focus'], 15, 12],
        'text-letter-spacing': 0.15,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': BASE.countryLabel, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1 },
    },
    ...FORCES.map((f) => siteLabelsLayer(f, nameField)),
    {
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 8, 3]],
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 3.2, 2, 2.4, 1.8],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#333333',
        'circle-stroke-width': 1.1,
      },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 8, 3]],
      layout: {
        'text-field': nameField,
        'text-font': ['match', ['get', 'rank'], 1, ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['match', ['get', 'rank'], 1, 13, 2, 11.5, 10.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': BASE.label, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.4 },
    },
    ...FORCES.filter((f) => f.id !== 'us').map((f) => foreignSitesLayer(f)),
  ];
  return {
    version: 8,
    name: 'Iraq–Syria atlas',
    transition: { duration: 0, delay: 0 },
    'font-faces': {
      [FONT_REGULAR]: [
        { url: inp.fonts.latin, 'unicode-range': LATIN },
        { url: inp.fonts.latinExt, 'unicode-range': LATIN_EXT },
        { url: inp.fonts.arabic, 'unicode-range': ARABIC },
      ],
      [FONT_BOLD]: [
        { url: inp.fonts.latinBold, 'unicode-range': LATIN },
        { url: inp.fonts.latinExt, 'unicode-range': LATIN_EXT },
        { url: inp.fonts.arabicBold, 'unicode-range': ARABIC },
      ],
    },
    sources: {
      basemap: {
        type: 'geojson',
        data: inp.basemapUrl,
        attribution: 'Natural Earth; © OpenStreetMap contributors (ODbL)',
      },
      countries: { type: 'geojson', data: countryLabels() },
      [TERRITORY_SOURCE]: {
        type: 'geojson',
        data: EMPTY,
        attribution: 'Territory: atlas control data (sources per area)',
      },
      places: { type: 'geojson', data: EMPTY },
      [SITE_LABELS_SOURCE]: { type: 'geojson', data: EMPTY },
      [MARKERS_SOURCE]: {
        type: 'geojson',
        data: EMPTY,
        attribution: 'Forces: atlas sites and troop data (sources per site)',
      },
    },
    layers,
  } as StyleSpecification;
}
