/**
 * The query CLI's `population` and `history` answers: people under each force on a day (from
 * geodata/population.json), and one place's whole control history with its sources.
 */
import { CONTROLLER_IDS } from '../../src/model/controllers.ts';
import { peopleAt, type PopulationFile } from '../../src/model/population.ts';
import { findPlaces, placeTimeline } from '../../src/model/change-steps.ts';
import type { CountryCode, TerritoryData } from '../../src/model/territory.ts';
import { sourceRecords } from '../../src/model/sources.ts';

/** A refusal the caller can fix (the engine turns it into its own error type). */
export type Refuse = (message: string) => never;

/** `{"date","country","people":{force:n},"unplaced":n,"basis":"…"}` for one country or both together. */
export function populationAnswer(
  territory: TerritoryData,
  file: PopulationFile,
  date: string,
  country: CountryCode | undefined,
): Record<string, unknown> {
  const parts = (country ? [country] : (['SY', 'IQ'] as const)).map((c) => peopleAt(territory.places, file, date, c));
  const people: Record<string, number> = {};
  for (const part of parts) for (const [c, n] of Object.entries(part.people)) if (n) people[c] = (people[c] ?? 0) + n;
  const order = [...CONTROLLER_IDS, 'none'] as string[];
  const sorted = Object.fromEntries(Object.entries(people).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])));
  const placed = parts.reduce((a, p) => a + p.placed, 0);
  const total = parts.reduce((a, p) => a + p.total, 0);
  const unplaced = parts.reduce((a, p) => a + p.unplaced, 0);
  return {
    date,
    country: country ?? 'SY+IQ',
    people: sorted,
    placed,
    unplaced,
    unplaced_percent: Math.round((unplaced / total) * 1000) / 10,
    total,
    places_without_figure: parts.reduce((a, p) => a + p.missing, 0),
    basis: parts.map((p) => p.basis).join('; '),
  };
}

/** `{"place","id","country","history":[{"from","until","controller",…,"sources":[{title, publisher, date, url}]}]}`; `matches` lists other places of that name. */
export function historyAnswer(territory: TerritoryData, name: unknown, refuse: Refuse): Record<string, unknown> {
  if (typeof name !== 'string' || !name.trim()) refuse('history needs --place NAME');
  const hits = findPlaces(territory.places, name.slice(0, 80));
  if (!hits.length) refuse(`no place called ${JSON.stringify(name.slice(0, 40))} in the atlas`);
  const place = hits[0];
  return {
    place: place.name,
    id: place.id,
    country: place.country,
    lon: place.lon,
    lat: place.lat,
    history: placeTimeline(place).map((s) => ({
      ...s,
      sources: sourceRecords(s.sources, territory.sources),
    })),
    ...(hits.length > 1 ? { matches: hits.slice(1, 10).map((p) => p.name) } : {}),
  };
}
