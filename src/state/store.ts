/**
 * App state as signals: the date, the view, the visible layers, the label language and user-facing
 * notices. Other state has its own module beside this one (selection, overlays, playback, graphics), and
 * what follows from it is computed in derived.ts.
 */
import { signal } from '@preact/signals';
import type { IsoDay } from '../model/dates.ts';
import type { Localized } from '../model/i18n/index.ts';
import { LAYER_IDS, type LabelLang, type LayerId } from '../model/layers.ts';

/** Default view: the whole of Iraq and Syria. */
export const DEFAULT_CENTER: [number, number] = [41.2, 34.6];
export const DEFAULT_ZOOM = 5.6;
/** Default date: the eve of the fall of Mosul, 2014. */
export const DEFAULT_DATE: IsoDay = '2014-06-01';

/** The date the map shows. */
export const date = signal<IsoDay>(DEFAULT_DATE);
/** Map centre [lon, lat]. */
export const center = signal<[number, number]>(DEFAULT_CENTER);
/** Map zoom. */
export const zoom = signal<number>(DEFAULT_ZOOM);
/** Visible layers. */
export const layers = signal<LayerId[]>([...LAYER_IDS]);
/** Label language. */
export const lang = signal<LabelLang>('en');
/** Messages for the user (bad URL values, errors); newest last. */
export const notices = signal<{ id: number; text: string | Localized; kind: 'info' | 'error' }[]>([]);

let noticeSeq = 0;
/** Show a message to the user: a {@link Localized} text follows the interface language. */
export function notify(text: string | Localized, kind: 'info' | 'error' = 'info'): void {
  notices.value = [...notices.value, { id: ++noticeSeq, text, kind }].slice(-5);
}
/** Dismiss a message. */
export function dismissNotice(id: number): void {
  notices.value = notices.value.filter((n) => n.id !== id);
}
