/** The atlas's user-facing words for what can be shown: the layer switches and the label languages. */

/** Layers a user can toggle (`bases` are the US/coalition sites; each foreign force has its own). */
export const LAYER_IDS = [
  'territory',
  'fronts',
  'bases',
  'russia',
  'turkey',
  'iran',
  'israel',
  'partners',
  'events',
  'labels',
] as const;
/** One of {@link LAYER_IDS}. */
export type LayerId = (typeof LAYER_IDS)[number];

/** True when `v` is one of {@link LAYER_IDS}. */
export function isLayerId(v: unknown): v is LayerId {
  return typeof v === 'string' && (LAYER_IDS as readonly string[]).includes(v);
}

/** Label languages: English names, or Arabic names where the data has them. */
export const LABEL_LANGS = ['en', 'ar'] as const;
/** One of {@link LABEL_LANGS}. */
export type LabelLang = (typeof LABEL_LANGS)[number];
