/** Key events of the war: dated, placed, described and sourced. */
import type { IsoDay } from './dates.ts';
import type { SourceTable } from './sources.ts';

/** One event. */
export interface WarEvent {
  id: string;
  date: IsoDay;
  precision?: string;
  country: 'IQ' | 'SY';
  place: string;
  lon: number;
  lat: number;
  kind: string;
  title: string;
  text: string;
  source: string[];
}

/** The derived events file (geodata/build/events.json). */
export interface EventsData {
  events: WarEvent[];
  sources: SourceTable;
}

/** Events dated within [from, to], in date order. */
export function eventsBetween(events: readonly WarEvent[], from: IsoDay, to: IsoDay): WarEvent[] {
  return events.filter((e) => e.date >= from && e.date <= to);
}
