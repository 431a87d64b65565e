/**
 * Population figures (geodata/population.json, loaded after the first view) and the people under each
 * force in Syria and in Iraq on the current date.
 */
import { computed, signal } from '@preact/signals';
import { basisLine, peopleAt, type PeopleAt, type PopulationFile } from '../model/population.ts';
import { countryAreasFromTally } from '../model/territory.ts';
import type { ControllerId } from '../model/controllers.ts';
import { territory } from './data.ts';
import { date, lang } from './store.ts';
import { groundToday } from './derived.ts';

/** Population figures once loaded. */
export const population = signal<PopulationFile | null>(null);

/** People and ground per force in one country on the current date. */
export interface CountryPeople extends PeopleAt {
  /** km² per force in that country (held and dominated). */
  km2: Record<ControllerId, number>;
}

/** People under each force in Syria and Iraq on the current date, or null before the data loads. */
export const peopleToday = computed<{ SY: CountryPeople; IQ: CountryPeople } | null>(() => {
  const t = territory.value;
  const p = population.value;
  const g = groundToday.value;
  if (!t || !p || !g) return null;
  const day = date.value;
  // The km² come from the day's one tally of the ground (state/derived), not from another pass over the cells.
  const one = (c: 'SY' | 'IQ') => ({ ...peopleAt(t.places, p, day, c), km2: countryAreasFromTally(g, c) });
  return { SY: one('SY'), IQ: one('IQ') };
});

/** What the figures of each country measure, in the interface language (not per date: a date step leaves it alone). */
export const populationBasis = computed<{ SY: string; IQ: string } | null>(() => {
  const p = population.value;
  return p ? { SY: basisLine(p, 'SY', lang.value), IQ: basisLine(p, 'IQ', lang.value) } : null;
});
