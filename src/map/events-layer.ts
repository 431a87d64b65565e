/**
 * Event markers: loaded once; a date sets each marker's `eventOpacity` by feature-state — full in
 * the weeks around the event, faint for two months after, hidden otherwise.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { WarEvent } from '../model/events.ts';
import { dayIndex, type IsoDay } from '../model/dates.ts';
import { FeatureStateSync } from './feature-state-sync.ts';
import { EVENT_ID_BASE } from './sources.ts';
import { SOURCE, STATE_KEY } from '../model/style-vocab.ts';

/** Days before/after an event during which its marker is fully shown. */
export const EVENT_NEAR_DAYS = 15;
/** Days after an event during which its marker stays, faint. */
export const EVENT_AFTER_DAYS = 75;

/** Marker opacity for an event on `day`: 1 near it, 0.4 for a while after, 0 otherwise. */
export function eventVisibility(eventDay: IsoDay, day: IsoDay): number {
  const d = dayIndex(day) - dayIndex(eventDay);
  if (Math.abs(d) <= EVENT_NEAR_DAYS) return 1;
  if (d > 0 && d <= EVENT_AFTER_DAYS) return 0.4;
  return 0;
}

/** Point features for the events (feature id = {@link EVENT_ID_BASE} + index). */
export function eventFeatures(events: readonly WarEvent[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: events.map((e, i) => ({
      type: 'Feature',
      id: EVENT_ID_BASE + i,
      properties: { k: 'event', i, id: e.id, title: e.title },
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
    })),
  };
}

/** See the module note. */
export class EventsLayer {
  private readonly sync = new FeatureStateSync(SOURCE.markers, STATE_KEY.eventOpacity);

  constructor(private readonly events: readonly WarEvent[]) {}

  /** Set each marker's visibility for `day`. */
  apply(map: MlMap, day: IsoDay): number {
    return this.sync.sync(map, new Map(this.events.map((e, i) => [EVENT_ID_BASE + i, eventVisibility(e.date, day)])));
  }

  /** Forget applied state (after the map's style was rebuilt, e.g. a lost WebGL context). */
  reset(): void {
    this.sync.reset();
  }
}
