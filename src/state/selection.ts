/** What the user clicked: a point of ground, a site or an event, answered for the current date. */
import { signal } from '@preact/signals';

/** The current selection, or null. */
export type Selection =
  | { kind: 'ground'; lon: number; lat: number }
  | { kind: 'site'; index: number; lon: number; lat: number }
  | { kind: 'event'; index: number; lon: number; lat: number };

/** The clicked thing, or null. */
export const selection = signal<Selection | null>(null);
