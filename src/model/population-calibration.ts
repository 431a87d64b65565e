/**
 * The atlas's people under a force set beside published, dated estimates
 * (geodata/published-population.json): the people of the places the force held, and the rough
 * whole-country estimate of {@link estimatedPeople}.
 */
import type { PublishedPopulation, PublishedPopulationFile } from './geodata-schema.ts';
import { estimatedPeople, peopleAt, type PopulationFile } from './population.ts';
import { areaByController, type TerritoryData } from './territory.ts';

// The record types are inferred from the schemas (src/model/geodata-schema.ts), type-only.
export type { PublishedPopulation, PublishedPopulationFile } from './geodata-schema.ts';

/** A published figure with the atlas's. */
export interface PopulationRow {
  figure: PublishedPopulation;
  /** People of the places the force held. */
  placed: number;
  /** Placed people plus the force's part of the unplaced people, by held ground. */
  estimate: number;
  /** estimate ÷ the published value (or the nearer end of its range) − 1; 0 inside a range. */
  error: number;
}

/** The atlas's figures beside each published one. */
export function populationRows(
  data: TerritoryData,
  pop: PopulationFile,
  published: PublishedPopulationFile,
): PopulationRow[] {
  return published.figures.map((figure) => {
    const countries = figure.country === 'SY+IQ' ? (['SY', 'IQ'] as const) : ([figure.country] as const);
    let placed = 0;
    let estimate = 0;
    for (const c of countries) {
      const at = peopleAt(data.places, pop, figure.date, c);
      placed += at.people[figure.controller] ?? 0;
      estimate +=
        estimatedPeople(at, areaByController(data, figure.date, { country: c, heldOnly: true }))[figure.controller] ??
        0;
    }
    const low = figure.low ?? figure.value;
    const high = figure.high ?? figure.value;
    const error = estimate < low ? estimate / low - 1 : estimate > high ? estimate / high - 1 : 0;
    return { figure, placed, estimate, error };
  });
}
