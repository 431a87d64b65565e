/**
 * The single definition of every hand-written geodata record (valibot schemas): sources, control
 * files, sites and foreign sites, troop figures, milestones and plan phases, events, roads, barrier
 * rivers, published shares, the territory model's parameters, population figures and published
 * population estimates, and the check files (town control, river banks, the source-mix baseline). The raw record types are inferred
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

/**
 * How a population figure was arrived at. A `local estimate` is a pre-2014 figure that a humanitarian
 * assessment reports from local officials or key informants; such a figure is always marked `uncertain`.
 */
export const PopulationBasisSchema = v.picklist(
  ['census', 'official estimate', 'UN estimate', 'local estimate'],
  'is not a known basis (census, official estimate, UN estimate, local estimate)',
);
const PopulationYear = v.pipe(
  v.number(),
  v.integer('must be a whole year'),
  v.minValue(1900, 'must be a year'),
  v.maxValue(2013, 'must be a pre-war year (2013 or earlier)'),
);
const People = (what: string) =>
  v.pipe(v.number(), v.integer(`${what} must be a whole number of people`), v.minValue(1, `${what} must be above 0`));
/** Cited source ids of a population figure: a non-empty list. */
const SourceList = v.pipe(v.array(text(1, 'source id')), v.minLength(1, 'cites no source'));
const populationFigureEntries = {
  value: People('value'),
  year: PopulationYear,
  basis: PopulationBasisSchema,
  source: SourceList,
  /** What the figure counts: the town itself unless said otherwise. */
  unit: v.optional(
    v.picklist(
      ['town', 'sub-district', 'district', 'governorate'],
      'is not a known unit (town, sub-district, district, governorate)',
    ),
  ),
  note: v.optional(v.string()),
  /** The figure is rough (a local estimate, a range's lower end, or a year the source gives only as "before 2014"). */
  uncertain: v.optional(v.boolean()),
};
/** A local estimate is flagged uncertain and its note says what it is. */
const localEstimateMarked = (f: { basis: string; uncertain?: boolean; note?: string }) =>
  f.basis !== 'local estimate' || (f.uncertain === true && (f.note ?? '').trim().length > 0);
const LOCAL_ESTIMATE_RULE = 'a local estimate must be marked uncertain and say what it is in a note';
/** One place's pre-war population figure with its year, basis and sources (population.json `places`). */
export const PopulationFigureSchema = v.pipe(
  v.strictObject(populationFigureEntries),
  v.check((f) => localEstimateMarked(f), LOCAL_ESTIMATE_RULE),
);
/** A divided city's figure, shared equally by the atlas's places in it (population.json `groups`). */
export const PopulationGroupSchema = v.pipe(
  v.strictObject({
    name: text(2, 'name'),
    places: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^(iq|sy)-[a-z0-9-]+$/, 'is not a place id'))),
      v.minLength(2, 'a divided city has at least two places'),
    ),
    ...populationFigureEntries,
  }),
  v.check((f) => localEstimateMarked(f), LOCAL_ESTIMATE_RULE),
);
/** A country's whole population in the year of its place figures. */
export const CountryPopulationSchema = v.strictObject({
  total: People('total'),
  year: PopulationYear,
  basis: PopulationBasisSchema,
  source: SourceList,
  note: v.optional(v.string()),
});
/** population.json */
export const PopulationFileSchema = v.strictObject({
  about: text(3, 'about'),
  sources: SourceTableSchema,
  countries: v.strictObject({ SY: CountryPopulationSchema, IQ: CountryPopulationSchema }),
  places: v.record(v.pipe(v.string(), v.regex(/^(iq|sy)-[a-z0-9-]+$/, 'is not a place id')), PopulationFigureSchema),
  groups: v.array(PopulationGroupSchema),
});

/** A published, dated estimate of the people under one force (published-population.json). */
export const PublishedPopulationSchema = v.pipe(
  v.strictObject({
    date: DaySchema,
    controller: Controller,
    country: v.picklist(['SY', 'IQ', 'SY+IQ'], 'is not SY, IQ or SY+IQ'),
    value: People('value'),
    low: v.optional(People('low')),
    high: v.optional(People('high')),
    precision: v.optional(v.picklist(['day', 'week', 'month', 'season', 'year'], 'is not a known precision')),
    tested: v.boolean(),
    reason: v.optional(text(3, 'reason')),
    source: text(1, 'source id'),
    note: v.optional(v.string()),
  }),
  v.check(
    (f) => (f.low ?? f.value) <= f.value && f.value <= (f.high ?? f.value),
    'value lies outside its low–high range',
  ),
  v.check((f) => f.tested || f.reason !== undefined, 'an untested figure must give the reason'),
);
/** published-population.json */
export const PublishedPopulationFileSchema = v.strictObject({
  note: text(3, 'note'),
  sources: SourceTableSchema,
  figures: v.array(PublishedPopulationSchema),
});

/** A published statement of who held a town on a day, checked against the model (checks/town-control.json). */
export const TownCheckSchema = v.strictObject({
  town: text(2, 'town'),
  country: CountryCode,
  lon: Longitude,
  lat: Latitude,
  date: DaySchema,
  controller: Controller,
  source: SourceRefSchema,
  note: v.optional(v.string()),
});
/** checks/town-control.json */
export const TownChecksFileSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  checks: v.array(TownCheckSchema),
});

/** checks/river-banks.json: points either side of a river that was the line, and who held each bank. */
export const RiverBankChecksSchema = v.strictObject({
  note: v.optional(v.string()),
  sources: SourceTableSchema,
  dates: v.pipe(v.array(DaySchema), v.minLength(1, 'names no date')),
  expected: v.strictObject({ left: Controller, right: Controller }),
  source: SourceRefSchema,
  points: v.array(
    v.strictObject({
      bank: v.picklist(['left', 'right'], 'is not a bank (left, right)'),
      lon: Longitude,
      lat: Latitude,
      river_km: v.pipe(v.number(), v.minValue(0, 'river_km must not be negative')),
    }),
  ),
});

const RecordCount = (what: string) =>
  v.pipe(v.number(), v.integer(`${what} must be a whole count`), v.minValue(0, `${what} must not be negative`));
/** One data file's line of the source-mix baseline: counts that must not grow. */
export const SourceMixEntrySchema = v.pipe(
  v.strictObject({
    records: RecordCount('records'),
    encyclopediaOnly: RecordCount('encyclopediaOnly'),
    dayWithoutArticle: RecordCount('dayWithoutArticle'),
  }),
  v.check(
    (e) => e.encyclopediaOnly <= e.records && e.dayWithoutArticle <= e.records,
    'counts more records of a kind than the file has',
  ),
);
/** checks/source-mix.json */
export const SourceMixBaselineSchema = v.strictObject({
  note: text(3, 'note'),
  files: v.record(
    v.pipe(v.string(), v.regex(/^geodata\/[a-z0-9/-]+\.json$/, 'is not a geodata file path')),
    SourceMixEntrySchema,
  ),
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
/** A plan phase as written in forces/milestones.json. */
export type RawPlanPhase = v.InferOutput<typeof PlanPhaseSchema>;
/** A period of presence at a site as written in the sites files. */
export type RawPresence = v.InferOutput<typeof PresenceSchema>;
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

/** A place's population figure as written. */
export type PopulationFigure = v.InferOutput<typeof PopulationFigureSchema>;
/** How a population figure was arrived at. */
export type PopulationBasis = v.InferOutput<typeof PopulationBasisSchema>;
/** A divided city's population figure as written. */
export type PopulationGroup = v.InferOutput<typeof PopulationGroupSchema>;
/** geodata/population.json as written. */
export type PopulationFile = v.InferOutput<typeof PopulationFileSchema>;
/** A published estimate of the people under a force as written. */
export type PublishedPopulation = v.InferOutput<typeof PublishedPopulationSchema>;
/** geodata/published-population.json as written. */
export type PublishedPopulationFile = v.InferOutput<typeof PublishedPopulationFileSchema>;
/** A town-control check as written. */
export type TownCheck = v.InferOutput<typeof TownCheckSchema>;
/** geodata/checks/town-control.json as written. */
export type TownChecksFile = v.InferOutput<typeof TownChecksFileSchema>;
/** geodata/checks/river-banks.json as written. */
export type RiverBankChecks = v.InferOutput<typeof RiverBankChecksSchema>;
/** geodata/checks/source-mix.json as written. */
export type SourceMixBaseline = v.InferOutput<typeof SourceMixBaselineSchema>;

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
  'population.json': PopulationFileSchema,
  'published-population.json': PublishedPopulationFileSchema,
  'checks/town-control.json': TownChecksFileSchema,
  'checks/river-banks.json': RiverBankChecksSchema,
  'checks/source-mix.json': SourceMixBaselineSchema,
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
