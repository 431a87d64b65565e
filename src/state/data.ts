/**
 * The atlas's loaded datasets, as signals. Loading is by `fetch` from the page's own origin.
 */
import { signal } from '@preact/signals';
import type { TerritoryData } from '../model/territory.ts';
import type { ForcesData } from '../model/forces.ts';
import type { EventsData } from '../model/events.ts';

/** Territory data once loaded. */
export const territory = signal<TerritoryData | null>(null);
/** True once the sources and notes of the territory and the forces (loaded after the first view) are merged in. */
export const sourcesLoaded = signal(false);
/** Forces data once loaded. */
export const forces = signal<ForcesData | null>(null);
/** Events once loaded. */
export const events = signal<EventsData | null>(null);

/** Fetch and parse a JSON file from the app's own origin, with a clear error on failure. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}).`);
  return (await res.json()) as T;
}
