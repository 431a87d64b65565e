/** What the user clicked: a point on the map, answered from the model for the current date. */
import { signal } from '@preact/signals';

/** The clicked location, or null. */
export const selection = signal<{ lon: number; lat: number } | null>(null);
