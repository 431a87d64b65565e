/**
 * The golden views: small renders of the production build that together exercise every kind of thing
 * the map draws. Each is compared with tests/golden/<id>.png by tests/browser/golden.test.ts;
 * `npm run golden:update` renders them all again and overwrites the PNGs (after a deliberate change to
 * the style or the data).
 */

/** One golden view: the query string the atlas opens with, and what it is there to catch. */
export interface GoldenView {
  id: string;
  query: string;
  exercises: string;
}

/** Size of every golden render in CSS pixels (device pixel ratio 1). */
export const GOLDEN_SIZE = { width: 640, height: 400 } as const;

/**
 * Pixels may differ by a YIQ colour distance up to this (pixelmatch's `threshold`, 0–1) without counting,
 * which absorbs antialiasing noise of software WebGL.
 */
export const PIXEL_THRESHOLD = 0.1;
/** A view fails when more than this share of its pixels differ (0.2 % = 512 of 256,000 pixels). */
export const MAX_DIFF_SHARE = 0.002;

const ALL = 'territory,fronts,bases,russia,turkey,iran,israel,partners,events,labels';

/** The views, each a date and a zoom chosen for what it shows. */
export const GOLDEN_VIEWS: readonly GoldenView[] = [
  {
    id: 'region-2014-06-01',
    query: `?date=2014-06-01&center=41.2,34.6&zoom=4.8&layers=${ALL}`,
    exercises: 'the whole region on the eve of the fall of Mosul: held and dominated ground, fronts, country names',
  },
  {
    id: 'region-2015-06-01',
    query: `?date=2015-06-01&center=41.2,34.6&zoom=5.2&layers=${ALL}`,
    exercises: 'ISIS at its height: territory, uncertain dots, US sites, events, place labels',
  },
  {
    id: 'mosul-2017-03-15',
    query: `?date=2017-03-15&center=43.13,36.34&zoom=9&layers=${ALL}`,
    exercises: 'west Mosul fought over: the contested hatch, a river front, street-level labels',
  },
  {
    id: 'euphrates-2018-06-01-ar',
    query: `?date=2018-06-01&center=40.4,35.1&zoom=7&layers=${ALL}&lang=ar`,
    exercises: 'the Euphrates front in Deir ez-Zor with Arabic labels, Russian and Iranian sites',
  },
  {
    id: 'north-syria-2019-11-01',
    query: `?date=2019-11-01&center=38.8,36.5&zoom=7&layers=${ALL}`,
    exercises: 'after the Turkish incursion: Turkish and partner sites, SDF and Assad ground',
  },
  {
    id: 'syria-2025-03-01-ar',
    query: `?date=2025-03-01&center=38.5,35&zoom=6&layers=${ALL}&lang=ar`,
    exercises: 'Syria after Assad in Arabic: the new government, Israeli sites in the south',
  },
  {
    id: 'iraq-2016-10-20-no-labels',
    query: '?date=2016-10-20&center=43.5,35.4&zoom=6.5&layers=territory,fronts,bases,events',
    exercises: 'the Mosul offensive begins: events and US sites with labels switched off',
  },
];
