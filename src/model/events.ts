/** Key events of the war: dated, placed, described and sourced. */
import type { IsoDay } from './dates.ts';
import type { SourceTable } from './sources.ts';
import type { RawEvent } from './geodata-schema.ts';

/** One event: the record of geodata/events.json (its schema in geodata-schema.ts) with its sources as a list. */
export type WarEvent = Omit<RawEvent, 'source'> & { source: string[] };

/** The derived events file (geodata/build/events.json). */
export interface EventsData {
  events: WarEvent[];
  sources: SourceTable;
}

/** Events dated within [from, to], in date order. */
export function eventsBetween(events: readonly WarEvent[], from: IsoDay, to: IsoDay): WarEvent[] {
  return events.filter((e) => e.date >= from && e.date <= to);
}
