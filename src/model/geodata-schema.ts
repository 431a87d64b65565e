/**
 * The single definition of every hand-written geodata record (valibot schemas): sources, control
 * files, sites and foreign sites, troop figures, milestones and plan phases, events, roads, barrier
 * rivers, published shares and the territory model's parameters. The raw record types are inferred
 * from them. `scripts/lib/validate-geodata.ts` runs them before its cross-record checks (references,
 * order of histories, coordinates inside a country); tests/fixtures/invalid/ holds a record breaking
 * each rule. Only the scripts and tests run the schemas, so none of valibot ships to the browser.
 */
import * as v from 'valibot';
import { CONTROLLER_IDS } from './controllers.ts';
import { FORCE_IDS } from './force-kinds.ts';
import { parseDay } from './dates.ts';

/** A UTC calendar day `YYYY-MM-DD` that exists. */
export const DaySchema = v.pipe(
  v.string(),
  v.check((d) => parseDay(d) === d, 'must be a calendar day YYYY-MM-DD'),
);
/** A day, month (`YYYY-MM`) or year (`YYYY`), as sources are dated. */
export const LooseDateSchema = v.pipe(
  v.string(),
  v.check(
    (d) => /^\d{4}$/.test(d) || /^\d{4}-(0[1-9]|1[0-2])$/.test(d) || parseDay(d) === d,
    'must be YYYY-MM-DD, YYYY-MM or YYYY',
  ),
);
const text = (min: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(min, `${what} is empty or too short`));
const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
/** One source id or a non-empty list of them. */
export const SourceRefSchema = v.union([
  text(1, 'source id'),
  v.pipe(v.array(text(1, 'source id')), v.minLength(1, 'cites no source')),
]);
const Precision = v.picklist(['day', 'week', 'month', 'year']);
const Controller = v.picklist(CONTROLLER_IDS, 'is not a known controller id');
const Force = v.picklist(FORCE_IDS, 'is not a known force id');
const CountryCode = v.picklist(['IQ', 'SY']);

/** A cited publication: title and publisher required, a date unless it is an undated reference page. */
export const SourceSchema = v.pipe(
  v.strictObject({
    title: text(3, 'title'),
    publisher: text(2, 'publisher'),
    date: v.optional(LooseDateSchema),
    url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'is not an http(s) URL'))),
    note: v.optional(v.string()),
  }),
  v.check(
    (s) => s.date !== undefined || s.url !== undefined || /wikipedia/i.test(s.publisher),
    'an undated source must be a findable reference page (give its url)',
  ),
);
/** A file's table of sources by id. */
export const SourceTableSchema = v.record(v.string(), SourceSchema);

/** One period of a place's control history (from its `from` day to the next entry's). */
export const ControlEntrySchema = v.strictObject({
  from: DaySchema,
  controller: Controller,
  source: SourceRefSchema,
  note: v.optional(v.string()),
  precision: v.optional(Precision),
  uncertain: v.optional(v.boolean()),
});
/** A place whose share of the land forms its ground. */
export const PlaceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^(iq|sy)-[a-z0-9-]+$/, 'must be iq-… or sy-… in lower-case kebab')),
  name: text(2, 'name'),
  name_ar: text(2, 'name_ar'),
  country: CountryCode,
  governorate: v.optional(v.string()),
  kind: v.picklist([
    'city',
    'town',
    'village',
    'oilfield',
    'dam',
    'border_crossing',
    'military_base',
    'site',
    'desert',
  ]),
  lon: Longitude,
  lat: Latitude,
  radius_km: v.optional(v.pipe(v.number(), v.minValue(0))),
  source: SourceRefSchema,
  history: v.pipe(v.array(ControlEntrySchema), v.minLength(1, 'has no history')),
});
/** A control file (geodata/control/*.json). */
export const ControlFileSchema = v.strictObject({
  region: v.string(),
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  places: v.array(PlaceSchema),
});

/** A period of presence at a site, or a zero-length mark (handed over, struck). */
export const PresenceSchema = v.pipe(
  v.strictObject({
    from: DaySchema,
    to: v.optional(DaySchema),
    status: v.picklist(['active', 'reduced', 'handed_over', 'struck']),
    forces: v.optional(v.string()),
    precision_from: v.optional(Precision),
    precision_to: v.optional(Precision),
    uncertain: v.optional(v.boolean()),
    source: SourceRefSchema,
    note: v.optional(v.string()),
  }),
  v.check((p) => p.to === undefined || p.to >= p.from, 'ends before it begins'),
);
/** A US/coalition base or outpost (forces/sites.json). */
export const SiteSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case kebab')),
  name: text(2, 'name'),
  name_ar: v.optional(v.string()),
  country: CountryCode,
  lon: Longitude,
  lat: Latitude,
  role: text(3, 'role'),
  source: SourceRefSchema,
  presence: v.pipe(v.array(PresenceSchema), v.minLength(1, 'has no presence')),
});
/** Another force's site (forces/foreign-sites.json): a site plus force, nation and rank. */
export const ForeignSiteSchema = v.strictObject({
  ...SiteSchema.entries,
  force: Force,
  nation: text(2, 'nation'),
  rank: v.optional(v.picklist([1, 2])),
});
/** forces/sites.json */
export const SitesFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  sites: v.array(SiteSchema),
});
/** forces/foreign-sites.json */
export const ForeignSitesFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  sites: v.array(ForeignSiteSchema),
});

/** One troop figure (US when `force` is absent); `min`–`max` is the range the sources give, around `count`. */
export const TroopFigureSchema = v.pipe(
  v.strictObject({
    force: v.optional(Force),
    nation: v.optional(v.string()),
    country: v.picklist(['Iraq', 'Syria']),
    date: DaySchema,
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
    min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    kind: v.picklist(['reported', 'authorized', 'estimated', 'planned']),
    scope: v.optional(v.picklist(['us_and_partners'], 'is not a known scope (us_and_partners)')),
    increase: v.optional(text(3, 'increase')),
    precision: v.optional(Precision),
    announced: v.optional(DaySchema),
    source: SourceRefSchema,
    note: v.optional(v.string()),
  }),
  v.check(
    (t) => (t.min ?? t.count) <= t.count && t.count <= (t.max ?? t.count),
    'count lies outside its min–max range',
  ),
);
/** forces/troops.json */
export const TroopsFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  series: v.array(TroopFigureSchema),
});

/** A decision or announcement. */
export const MilestoneSchema = v.strictObject({
  id: text(3, 'id'),
  date: DaySchema,
  precision: v.optional(Precision),
  country: v.picklist(['IQ', 'SY', 'both']),
  force: v.optional(Force),
  title: text(3, 'title'),
  text: text(3, 'text'),
  source: SourceRefSchema,
  note: v.optional(v.string()),
});
/** A phase of the 2024 US–Iraq transition plan. */
export const PlanPhaseSchema = v.pipe(
  v.strictObject({
    id: text(2, 'id'),
    from: v.optional(DaySchema),
    to: DaySchema,
    label: text(3, 'label'),
    source: SourceRefSchema,
    note: v.optional(v.string()),
  }),
  v.check((p) => p.from === undefined || p.from < p.to, 'ends before it begins'),
);
/** forces/milestones.json */
export const MilestonesFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  milestones: v.array(MilestoneSchema),
  plan_phases: v.array(PlanPhaseSchema),
});

/** A key event of the war. */
export const EventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'must be the date then a kebab slug')),
  date: DaySchema,
  precision: v.optional(Precision),
  country: CountryCode,
  place: text(2, 'place'),
  lon: Longitude,
  lat: Latitude,
  kind: v.picklist(['capture', 'liberation', 'offensive', 'massacre', 'attack', 'announcement', 'other']),
  title: text(3, 'title'),
  text: text(3, 'text'),
  source: SourceRefSchema,
});
/** events.json */
export const EventsFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  events: v.array(EventSchema),
});

/** A main road as the places it passes through, in order. */
export const RoadSchema = v.strictObject({
  id: text(2, 'id'),
  name: text(2, 'name'),
  via: v.pipe(v.array(v.string()), v.minLength(2, 'passes through fewer than two places')),
  source: SourceRefSchema,
  note: v.optional(v.string()),
});
/** ground/roads.json */
export const RoadsFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  roads: v.array(RoadSchema),
});

/** A river stretch that was a line between forces, over a period. */
export const BarrierSchema = v.pipe(
  v.strictObject({
    id: text(2, 'id'),
    name: text(2, 'name'),
    note: v.optional(v.string()),
    guide: v.pipe(v.array(v.tuple([Longitude, Latitude])), v.minLength(2, 'guide has fewer than two points')),
    width_km: v.pipe(v.number(), v.gtValue(0)),
    from: DaySchema,
    to: v.optional(v.nullable(DaySchema)),
    source: SourceRefSchema,
  }),
  v.check((b) => b.to == null || b.from < b.to, 'ends before it begins'),
);
/** ground/barriers.json */
export const BarriersFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  barriers: v.array(BarrierSchema),
});

/** A published, dated share of a country held by one or more forces. */
export const PublishedShareSchema = v.pipe(
  v.strictObject({
    date: DaySchema,
    country: CountryCode,
    controllers: v.pipe(v.array(Controller), v.minLength(1, 'names no controller')),
    percent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    area_km2: v.optional(v.pipe(v.number(), v.gtValue(0))),
    publisher: text(2, 'publisher'),
    measure: v.picklist(['whole', 'unknown']),
    precision: v.optional(Precision),
    uncertain: v.optional(v.boolean()),
    source: SourceRefSchema,
    note: v.optional(v.string()),
  }),
  v.check((f) => f.percent !== undefined || f.area_km2 !== undefined, 'gives neither percent nor area_km2'),
);
/** published-shares.json */
export const PublishedSharesFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  figures: v.array(PublishedShareSchema),
});

const KindTable = v.record(
  v.picklist(['city', 'town', 'village', 'oilfield', 'dam', 'border_crossing', 'military_base', 'site', 'desert']),
  v.pipe(v.number(), v.minValue(0)),
);
const positive = v.pipe(v.number(), v.gtValue(0));
/** territory-model.json: the territory model's global parameters. */
export const TerritoryModelSchema = v.strictObject({
  note: v.optional(v.string()),
  grid: v.strictObject({ dlon: positive, dlat: positive }),
  friction: v.strictObject({
    desert: positive,
    valley: positive,
    valley_km: positive,
    road: positive,
    road_km: positive,
    open_land_factor: positive,
  }),
  settled: v.strictObject({
    valley_km: positive,
    road_km: positive,
    sigma_km: positive,
    density_per_1000km2: positive,
  }),
  head_start_km: KindTable,
  own_km: KindTable,
  held_km: KindTable,
  smoothing: v.strictObject({
    pre_simplify_cells: positive,
    chaikin_iterations: v.pipe(v.number(), v.integer(), v.minValue(0)),
    simplify_km: positive,
  }),
});

/** A source as written. */
export type RawSource = v.InferOutput<typeof SourceSchema>;
/** A control history entry as written. */
export type RawControlEntry = v.InferOutput<typeof ControlEntrySchema>;
/** A place as written. */
export type RawPlace = v.InferOutput<typeof PlaceSchema>;
/** A control file as written. */
export type RawControlFile = v.InferOutput<typeof ControlFileSchema>;
/** A US/coalition site as written. */
export type RawSite = v.InferOutput<typeof SiteSchema>;
/** Another force's site as written. */
export type RawForeignSite = v.InferOutput<typeof ForeignSiteSchema>;
/** A troop figure as written. */
export type RawTroopFigure = v.InferOutput<typeof TroopFigureSchema>;
/** A milestone as written. */
export type RawMilestone = v.InferOutput<typeof MilestoneSchema>;
/** An event as written. */
export type RawEvent = v.InferOutput<typeof EventSchema>;
/** A road as written. */
export type RawRoad = v.InferOutput<typeof RoadSchema>;
/** A barrier river stretch as written. */
export type RawBarrier = v.InferOutput<typeof BarrierSchema>;
/** A published share as written. */
export type RawPublishedShare = v.InferOutput<typeof PublishedShareSchema>;
/** The territory model's parameters as written. */
export type TerritoryModelParams = v.InferOutput<typeof TerritoryModelSchema>;

/** Every hand-written geodata file (path under geodata/, glob-free) with the schema it must satisfy. */
export const GEODATA_FILE_SCHEMAS = {
  'forces/sites.json': SitesFileSchema,
  'forces/foreign-sites.json': ForeignSitesFileSchema,
  'forces/troops.json': TroopsFileSchema,
  'forces/milestones.json': MilestonesFileSchema,
  'events.json': EventsFileSchema,
  'ground/roads.json': RoadsFileSchema,
  'ground/barriers.json': BarriersFileSchema,
  'published-shares.json': PublishedSharesFileSchema,
  'territory-model.json': TerritoryModelSchema,
} as const;

/** Problems of `data` against `schema`, one line each with the path to the offending value. */
export function schemaProblems(schema: v.GenericSchema, data: unknown, where: string): string[] {
  const r = v.safeParse(schema, data);
  if (r.success) return [];
  return r.issues.map((i) => {
    const path = (i.path ?? []).map((p) => String(p.key)).join('.');
    return `${where}${path ? `: ${path}` : ''}: ${i.message}`;
  });
}
