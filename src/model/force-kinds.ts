/**
 * The foreign forces the atlas maps, each with its label, its user-facing layer id, its colour and
 * the marker shape that draws it (one symbol family per force).
 */
import type { LayerId } from './layers.ts';
import type { MarkerShape } from './marker-shapes.ts';

/** Ids of the forces whose sites are mapped. */
export const FORCE_IDS = ['us', 'russia', 'turkey', 'iran', 'israel', 'coalition_partner'] as const;
/** One of {@link FORCE_IDS}. */
export type ForceId = (typeof FORCE_IDS)[number];

/** How a force is shown. */
export interface ForceKind {
  id: ForceId;
  /** Short label for switches and legends. */
  label: string;
  /** What its sites are, in a sentence ("Russian forces present"). */
  presentAs: string;
  /** User-facing layer id (URL `layers`) that shows its sites. */
  layer: LayerId;
  color: string;
  shape: MarkerShape;
}

/** Every mapped force, US first (the default emphasis). */
export const FORCES: readonly ForceKind[] = [
  {
    id: 'us',
    label: 'US/coalition sites',
    presentAs: 'US/coalition forces',
    layer: 'bases',
    color: '#1f3a93',
    shape: 'circle',
  },
  {
    id: 'russia',
    label: 'Russia',
    presentAs: 'Russian forces',
    layer: 'russia',
    color: '#b3261e',
    shape: 'square',
  },
  {
    id: 'turkey',
    label: 'Turkey',
    presentAs: 'Turkish forces',
    layer: 'turkey',
    color: '#c2185b',
    shape: 'triangle',
  },
  {
    id: 'iran',
    label: 'Iran and partner militias',
    presentAs: 'Iran’s IRGC or the militias it backs',
    layer: 'iran',
    color: '#2e7d32',
    shape: 'diamond',
  },
  {
    id: 'israel',
    label: 'Israel',
    presentAs: 'Israeli forces',
    layer: 'israel',
    color: '#0277bd',
    shape: 'hexagon',
  },
  {
    id: 'coalition_partner',
    label: 'Coalition partners',
    presentAs: 'coalition partner forces',
    layer: 'partners',
    color: '#5c6bc0',
    shape: 'ring',
  },
];

/** The kind record of a force id. */
export function forceKind(id: ForceId): ForceKind {
  return FORCES.find((f) => f.id === id)!;
}

/** True when `v` is a force id. */
export function isForceId(v: unknown): v is ForceId {
  return typeof v === 'string' && (FORCE_IDS as readonly string[]).includes(v);
}
