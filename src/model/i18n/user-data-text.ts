/**
 * What the reader of the user's own data (GeoJSON or CSV) tells the user, in English and Arabic: its
 * refusals, its warnings and the import notices. A module of its own, loaded with the reader on the
 * first import, so the first view carries none of it. Both tables have the type {@link UserDataText}:
 * a text missing in Arabic, or one with other parameters, fails the type check.
 *
 * The readers pass facts (counts, which feature, the value found); each table words them, with its
 * own digits. Values from the file are shown as they are, quoted as JSON strings (and in Arabic text
 * isolated, as ar.ts does, so their own direction cannot reorder the sentence).
 */
import { LAT_NAMES, LON_NAMES } from '../user-data-limits.ts';
import { formatNumber, type Lang, type Localized } from './index.ts';

/** Which feature a message is about: its place in the file (0-based), how many the file has, its name. */
export interface FeatureRef {
  index: number;
  count: number;
  /** Its name (`name`, `NAME` or `title` property) already {@link quote}d, if it has one. */
  name?: string;
}

/** A polygon ring: of which feature, in which polygon of a MultiPolygon (1-based), which ring (0: outer). */
export interface RingRef {
  feature: FeatureRef;
  polygon?: number;
  hole: number;
}

/** The two coordinates of a position. */
export type Axis = 'longitude' | 'latitude';

/** The first bad coordinate in a CSV: its row (as numbered in the file, header = 1) and what is wrong. */
export type BadCell = { row: number; axis: Axis } & ({ value: Quoted } | { outside: number });

/** A value from the file as a message shows it: JSON-like text (at most 40 characters), or {@link ARRAY}. */
export type Quoted = string | typeof ARRAY;
/** An array, which a message names in words rather than printing. */
export const ARRAY: unique symbol = Symbol('array');

/** What a JSON document is when it is not an object. */
export type JsonKind = 'array' | 'null' | 'string' | 'number' | 'boolean';

/** Longest coordinate (in degrees) each axis allows. */
const LIMIT: Record<Axis, number> = { longitude: 180, latitude: 90 };

/** Every text of the reader and the import, as functions of the facts. */
export interface UserDataText {
  // The whole input
  notText: string;
  overLimit: (mb: number) => string;
  empty: string;
  tooDeep: string;
  unreadable: (why: string) => string;
  // GeoJSON structure
  notJson: (why: string) => string;
  notGeoJsonValue: (kind: JsonKind) => string;
  noFeaturesArray: string;
  notGeoJsonType: (found: Quoted | null) => string;
  tooManyFeatures: (n: number, max: number) => string;
  noFeatures: string;
  notFeature: (f: FeatureRef, type: Quoted) => string;
  tooManyVertices: (n: number, max: number) => string;
  propertiesNotObject: (f: FeatureRef) => string;
  nothingToDraw: string;
  // GeoJSON geometry
  positionNotPair: (f: FeatureRef, value: Quoted) => string;
  notNumber: (f: FeatureRef, axis: Axis, value: Quoted, isString: boolean) => string;
  notFinite: (f: FeatureRef, axis: Axis) => string;
  outOfRange: (f: FeatureRef, axis: Axis, value: number) => string;
  lineNotArray: (f: FeatureRef) => string;
  lineTooShort: (f: FeatureRef, positions: number, min: number) => string;
  ringNotArray: (f: FeatureRef) => string;
  ringTooShort: (ring: RingRef) => string;
  polygonNoRings: (f: FeatureRef) => string;
  coordinatesNotArray: (f: FeatureRef, type: string) => string;
  geometryNotObject: (f: FeatureRef) => string;
  nestedTooDeep: (f: FeatureRef, max: number) => string;
  noGeometries: (f: FeatureRef) => string;
  unknownGeometry: (f: FeatureRef, type: Quoted) => string;
  // GeoJSON warnings
  skippedNoGeometry: (n: number) => string;
  closedRings: (rings: RingRef[], more: number) => string;
  outsideRegion: string;
  // CSV
  unclosedQuote: (row: number) => string;
  noCoordinateColumns: (lonMissing: boolean, latMissing: boolean, found: string[]) => string;
  tooManyRows: (n: number, max: number) => string;
  headerOnly: string;
  noUsableRows: (rows: number, first: BadCell) => string;
  skippedRows: (skipped: number, rows: number, first: BadCell) => string;
  // Before reading, and the import notices
  fileTooBig: (name: string | null, mb: number, maxMb: number) => string;
  fileEmpty: (name: string | null) => string;
  couldNotAdd: (name: string, why: string) => string;
  couldNotRead: (name: string, why: string) => string;
  added: (name: string, features: number) => string;
  /** The name of a layer whose file name gives none (kept as chosen when the layer is added). */
  untitled: string;
}

/** A value from the file, shortened, for a message (arrays are named in words by the table). */
export function quote(v: unknown): Quoted {
  if (Array.isArray(v)) return ARRAY;
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

// ---------------------------------------------------------------- English

const n = (x: number) => formatNumber(x, 'en');
const v = (q: Quoted) => (q === ARRAY ? 'an array' : q);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const plural = (x: number, one: string) => `${n(x)} ${x === 1 ? one : `${one}s`}`;
/** "the feature", "feature 3 ("Mosul")". */
const feature = (f: FeatureRef) =>
  `${f.count === 1 ? 'the feature' : `feature ${n(f.index + 1)}`}${f.name === undefined ? '' : ` (${f.name})`}`;
const Feature = (f: FeatureRef) => cap(feature(f));
const ringLabel = (r: RingRef) =>
  `${r.polygon === undefined ? '' : `polygon ${n(r.polygon)} `}${r.hole ? `hole ${n(r.hole)}` : 'outer ring'}`;
const cell = (c: BadCell) =>
  `row ${n(c.row)}: ${c.axis} ${'value' in c ? `${v(c.value)} is not a number` : `${c.outside} is outside −${LIMIT[c.axis]}…${LIMIT[c.axis]}`}`;

/** The English texts. */
export const en: UserDataText = {
  notText: 'The data is not text.',
  overLimit: (mb) => `The data is over ${n(mb)} MB; that is the limit.`,
  empty: 'The file is empty.',
  tooDeep: 'The file is nested too deeply or too large to read.',
  unreadable: (why) => `The file could not be read: ${why}`,
  notJson: (why) => `This is not valid JSON (${why}).`,
  notGeoJsonValue: (kind) =>
    `This is JSON but not GeoJSON: expected a FeatureCollection, Feature or geometry object, found ${kind === 'array' ? 'an array' : `a ${kind}`}.`,
  noFeaturesArray: 'This FeatureCollection has no "features" array, so it is not valid GeoJSON.',
  notGeoJsonType: (found) =>
    `This is JSON but not GeoJSON: expected "type" to be FeatureCollection, Feature or a geometry type, found ${found === null ? 'no "type"' : v(found)}.`,
  tooManyFeatures: (x, max) => `Too many features: ${n(x)}; the limit is ${n(max)}.`,
  noFeatures: 'The file contains no features.',
  notFeature: (f, type) => `${Feature(f)} is not a GeoJSON Feature (its "type" is ${v(type)}).`,
  tooManyVertices: (x, max) => `Too many points: the file has ${n(x)} vertices; the limit is ${n(max)}.`,
  propertiesNotObject: (f) => `${Feature(f)} has "properties" that are not an object.`,
  nothingToDraw: 'None of the features has a geometry to draw.',
  positionNotPair: (f, value) => `${Feature(f)} has a position that is not [longitude, latitude]: ${v(value)}.`,
  notNumber: (f, axis, value, isString) =>
    `${Feature(f)} has a ${axis} that is ${isString ? `a string (${v(value)})` : v(value)}, not a number.`,
  notFinite: (f, axis) => `${Feature(f)} has a ${axis} that is not a finite number.`,
  outOfRange: (f, axis, value) => `${Feature(f)} has ${axis} ${value}, outside −${LIMIT[axis]}…${LIMIT[axis]}.`,
  lineNotArray: (f) => `${Feature(f)} has line coordinates that are not an array.`,
  lineTooShort: (f, x, min) => `${Feature(f)} has a line with ${plural(x, 'position')}; it needs at least ${n(min)}.`,
  ringNotArray: (f) => `${Feature(f)} has a polygon ring that is not an array.`,
  ringTooShort: (r) =>
    `${Feature(r.feature)} has a polygon ring (${ringLabel(r)}) with too few positions to enclose an area.`,
  polygonNoRings: (f) => `${Feature(f)} has a polygon without rings.`,
  coordinatesNotArray: (f, type) => `${Feature(f)} has a ${type} whose coordinates are not an array.`,
  geometryNotObject: (f) => `${Feature(f)} has a geometry that is not an object.`,
  nestedTooDeep: (f, max) => `${Feature(f)} nests GeometryCollections more than ${n(max)} deep.`,
  noGeometries: (f) => `${Feature(f)} has a GeometryCollection without a "geometries" array.`,
  unknownGeometry: (f, type) => `${Feature(f)} has an unknown geometry type ${v(type)}.`,
  skippedNoGeometry: (x) => `Skipped ${plural(x, 'feature')} without geometry.`,
  closedRings: (rings, more) =>
    `Closed unclosed polygon rings automatically: ${rings.map((r) => `${feature(r.feature)}, ${ringLabel(r)}`).join('; ')}${more ? ` and ${n(more)} more` : ''}.`,
  outsideRegion: 'None of it lies within the atlas area (Iraq, Syria and around), so you may not see it on the map.',
  unclosedQuote: (row) => `The CSV has a quoted field that never ends (row ${n(row)}).`,
  noCoordinateColumns: (lonMissing, latMissing, found) => {
    const missing = [
      lonMissing ? `longitude (${LON_NAMES.join('/')})` : '',
      latMissing ? `latitude (${LAT_NAMES.join('/')})` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const list = found.length ? found.join(', ') : 'no columns';
    return `This does not look like GeoJSON or a CSV of points: no ${missing} column in the header; found ${list.length > 200 ? list.slice(0, 200) + '…' : list}.`;
  },
  tooManyRows: (x, max) => `Too many points: the CSV has ${n(x)} rows; the limit is ${n(max)}.`,
  headerOnly: 'The CSV has a header but no rows.',
  noUsableRows: (rows, first) =>
    `None of the ${plural(rows, 'row')} has usable coordinates (first problem: ${cell(first)}).`,
  skippedRows: (skipped, rows, first) =>
    `Skipped ${n(skipped)} of ${plural(rows, 'row')} with missing, non-numeric or out-of-range coordinates (first: ${cell(first)}).`,
  fileTooBig: (name, mb, maxMb) =>
    `${name === null ? 'The file' : `"${name}"`} is ${n(mb)} MB; the limit is ${n(maxMb)} MB.`,
  fileEmpty: (name) => `${name === null ? 'The file' : `"${name}"`} is empty.`,
  couldNotAdd: (name, why) => `Could not add "${name}": ${why}`,
  couldNotRead: (name, why) => `Could not read "${name}": ${why}`,
  added: (name, x) => `Added your layer "${name}" (${plural(x, 'feature')}).`,
  untitled: 'Untitled layer',
};

// ---------------------------------------------------------------- Arabic

const a = (x: number) => formatNumber(x, 'ar');
/** A value of unknown direction (from the file or the browser) isolated, so it cannot reorder the Arabic around it. */
const iso = (v: string) => `\u2068${v}\u2069`;
/** A run in Latin script isolated inside Arabic text. */
const ltr = (v: string) => `\u2066${v}\u2069`;
/** A layer's or a file's name in «», isolated. */
const named = (v: string) => `«${iso(v)}»`;
const av = (q: Quoted) => (q === ARRAY ? 'مصفوفة' : iso(q));
/** A coordinate as found, in Arabic-Indic digits (huge values in scientific notation, as English shows them). */
const coord = (x: number) =>
  Math.abs(x) < 1e9
    ? formatNumber(x, 'ar', 10)
    : new Intl.NumberFormat('ar-IQ', { notation: 'scientific', maximumFractionDigits: 6 }).format(x);
/** "The value of the longitude": one feminine subject for both axes, so the sentences agree with either. */
const AXIS: Record<Axis, string> = { longitude: 'قيمة خط الطول', latitude: 'قيمة دائرة العرض' };
const range = (axis: Axis) => `خارج المدى من ${a(-LIMIT[axis])} إلى ${a(LIMIT[axis])}`;
/** "المعلم"، "المعلم رقم ٣ ("Mosul")". */
const ma = (f: FeatureRef) =>
  `${f.count === 1 ? 'المعلم' : `المعلم رقم ${a(f.index + 1)}`}${f.name === undefined ? '' : ` (${iso(f.name)})`}`;
const ringAr = (r: RingRef) =>
  `${r.polygon === undefined ? '' : `المضلع ${a(r.polygon)}، `}${r.hole ? `الثقب ${a(r.hole)}` : 'الحلقة الخارجية'}`;
const cellAr = (c: BadCell) =>
  `الصف ${a(c.row)}: ${AXIS[c.axis]} ${'value' in c ? `${av(c.value)} ليست عددًا` : `${coord(c.outside)} ${range(c.axis)}`}`;
const JSON_KIND: Record<JsonKind, string> = {
  array: 'مصفوفة',
  null: 'القيمة null',
  string: 'نص',
  number: 'عدد',
  boolean: 'قيمة منطقية',
};
const fileAr = (name: string | null) => (name === null ? 'الملف' : `الملف ${named(name)}`);
/** The header's column names, isolated one by one, whole names up to about 200 characters. */
const columnsAr = (found: string[]) => {
  if (!found.length) return 'لا أعمدة';
  const kept: string[] = [];
  let length = 0;
  for (const c of found) {
    if (kept.length && length + c.length > 200) break;
    kept.push(iso(c));
    length += c.length + 2;
  }
  return kept.join('، ') + (kept.length < found.length ? '، …' : '');
};

/** The Arabic texts. */
export const ar: UserDataText = {
  notText: 'البيانات ليست نصًّا.',
  overLimit: (mb) => `حجم البيانات يتجاوز ${a(mb)} ميغابايت، وهو الحد الأقصى.`,
  empty: 'الملف فارغ.',
  tooDeep: 'تعذّرت قراءة الملف: بنيته متداخلة أكثر مما ينبغي أو حجمه أكبر من أن يُقرأ.',
  unreadable: (why) => `تعذّرت قراءة الملف: ${iso(why)}`,
  notJson: (why) => `هذا ليس JSON صالحًا (${iso(why)}).`,
  notGeoJsonValue: (kind) =>
    `هذا JSON لكنه ليس GeoJSON: المتوقَّع كائن FeatureCollection أو Feature أو كائن هندسي، والموجود ${JSON_KIND[kind]}.`,
  noFeaturesArray: 'ليس في كائن FeatureCollection هذا مصفوفة "features"، فهو ليس GeoJSON صالحًا.',
  notGeoJsonType: (found) =>
    `هذا JSON لكنه ليس GeoJSON: المتوقَّع أن تكون قيمة "type" هي FeatureCollection أو Feature أو نوعًا هندسيًّا، ${found === null ? 'ولا يوجد فيه الحقل "type"' : `والموجود ${av(found)}`}.`,
  tooManyFeatures: (x, max) => `المعالم أكثر من اللازم: عددها ${a(x)}، والحد الأقصى ${a(max)}.`,
  noFeatures: 'لا يحتوي الملف على أي معلم.',
  notFeature: (f, type) => `${ma(f)} ليس كائن Feature صالحًا في GeoJSON (قيمة "type" فيه ${av(type)}).`,
  tooManyVertices: (x, max) => `النقاط أكثر من اللازم: عدد النقاط الإحداثية في الملف ${a(x)}، والحد الأقصى ${a(max)}.`,
  propertiesNotObject: (f) => `قيمة "properties" في ${ma(f)} ليست كائنًا.`,
  nothingToDraw: 'ليس لأيٍّ من المعالم هندسة يمكن رسمها.',
  positionNotPair: (f, value) => `في ${ma(f)} نقطة إحداثية ليست على صورة [خط الطول، دائرة العرض]: ${av(value)}.`,
  notNumber: (f, axis, value, isString) =>
    `${AXIS[axis]} في ${ma(f)} ${isString ? `نص (${av(value)})` : av(value)} وليست عددًا.`,
  notFinite: (f, axis) => `${AXIS[axis]} في ${ma(f)} ليست عددًا منتهيًا.`,
  outOfRange: (f, axis, value) => `${AXIS[axis]} في ${ma(f)} هي ${coord(value)}، وهي ${range(axis)}.`,
  lineNotArray: (f) => `إحداثيات الخط في ${ma(f)} ليست مصفوفة.`,
  lineTooShort: (f, x, min) => `في ${ma(f)} خط عدد نقاطه الإحداثية ${a(x)}، والحد الأدنى ${a(min)}.`,
  ringNotArray: (f) => `في ${ma(f)} حلقة مضلع ليست مصفوفة.`,
  ringTooShort: (r) => `في ${ma(r.feature)} حلقة مضلع (${ringAr(r)}) نقاطها الإحداثية أقل من أن تحيط بمساحة.`,
  polygonNoRings: (f) => `في ${ma(f)} مضلع بلا حلقات.`,
  coordinatesNotArray: (f, type) => `في ${ma(f)} كائن ${type} إحداثياته ليست مصفوفة.`,
  geometryNotObject: (f) => `هندسة ${ma(f)} ليست كائنًا.`,
  nestedTooDeep: (f, max) => `في ${ma(f)} كائنات GeometryCollection يتجاوز عمق تداخلها الحد الأقصى (${a(max)}).`,
  noGeometries: (f) => `في ${ma(f)} كائن GeometryCollection بلا مصفوفة "geometries".`,
  unknownGeometry: (f, type) => `في ${ma(f)} نوع هندسي غير معروف: ${av(type)}.`,
  skippedNoGeometry: (x) => `عدد المعالم التي تُركت لأنها بلا هندسة: ${a(x)}.`,
  closedRings: (rings, more) =>
    `أُغلقت تلقائيًّا حلقات مضلعات لم تكن مغلقة: ${rings.map((r) => `${ma(r.feature)}، ${ringAr(r)}`).join('؛ ')}${more ? `؛ وحلقات أخرى عددها ${a(more)}` : ''}.`,
  outsideRegion: 'لا يقع شيء منها داخل منطقة الأطلس (العراق وسوريا وما حولهما)، فقد لا تراها على الخريطة.',
  unclosedQuote: (row) => `في ملف CSV حقل يبدأ بعلامة تنصيص لا تُغلق (الصف ${a(row)}).`,
  noCoordinateColumns: (lonMissing, latMissing, found) => {
    const missing = [
      lonMissing ? `لخط الطول (${ltr(LON_NAMES.join('/'))})` : '',
      latMissing ? `لدائرة العرض (${ltr(LAT_NAMES.join('/'))})` : '',
    ]
      .filter(Boolean)
      .join(' ولا عمود ');
    return `لا يبدو هذا ملف GeoJSON ولا ملف CSV لنقاط: ليس في سطر العناوين عمود ${missing}؛ والموجود: ${columnsAr(found)}.`;
  },
  tooManyRows: (x, max) => `النقاط أكثر من اللازم: عدد صفوف ملف CSV هو ${a(x)}، والحد الأقصى ${a(max)}.`,
  headerOnly: 'في ملف CSV سطر عناوين ولكن لا صفوف بعده.',
  noUsableRows: (rows, first) =>
    `ليس في أيٍّ من الصفوف إحداثيات صالحة (عدد الصفوف: ${a(rows)}؛ أول مشكلة في ${cellAr(first)}).`,
  skippedRows: (skipped, rows, first) =>
    `تُركت صفوف إحداثياتها ناقصة أو غير عددية أو خارج المدى: ${a(skipped)} من أصل ${a(rows)} (أولها في ${cellAr(first)}).`,
  fileTooBig: (name, mb, maxMb) => `حجم ${fileAr(name)} ${a(mb)} ميغابايت، والحد الأقصى ${a(maxMb)} ميغابايت.`,
  fileEmpty: (name) => `${fileAr(name)} فارغ.`,
  couldNotAdd: (name, why) => `تعذّرت إضافة ${named(name)}: ${why}`,
  couldNotRead: (name, why) => `تعذّرت قراءة ${named(name)}: ${iso(why)}`,
  added: (name, x) => `أُضيفت طبقتك ${named(name)} (عدد المعالم: ${a(x)}).`,
  untitled: 'طبقة بلا اسم',
};

/** The tables by language. */
export const USER_DATA_TEXT: Record<Lang, UserDataText> = { en, ar };

/** A {@link Localized} text worded by `pick` from the table of the language it is shown in. */
export function say(pick: (text: UserDataText, lang: Lang) => string): Localized {
  return (lang) => pick(USER_DATA_TEXT[lang], lang);
}
