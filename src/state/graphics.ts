/**
 * Whether the map can draw: its WebGL context may be lost (GPU reset, memory pressure). A loss
 * the browser repairs within {@link GIVE_UP_MS} is only a notice; one it does not repair is a
 * failure the page explains, with a reload that keeps the view and the user's layers.
 */
import { signal } from '@preact/signals';
import { notify } from './store.ts';
import { saveUnsavedOverlays } from './overlays.ts';
import { localized, type Localized } from '../model/i18n/index.ts';

/** `ok`: drawing; `lost`: waiting for the browser to give the context back; `failed`: it did not. */
export type GraphicsState = 'ok' | 'lost' | 'failed';

/** The map's graphics state. */
export const graphics = signal<GraphicsState>('ok');

/** How long a lost context may take to come back before the page says the map has failed. */
export const GIVE_UP_MS = 5000;

let timer: ReturnType<typeof setTimeout> | undefined;

/** The map's context was lost. */
export function graphicsLost(): void {
  if (graphics.value !== 'ok') return;
  graphics.value = 'lost';
  notify(localized((m) => m.noticeGraphicsLost));
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (graphics.value === 'lost') graphics.value = 'failed';
  }, GIVE_UP_MS);
}

/** The map's context is back and the current date redrawn. */
export function graphicsRestored(): void {
  clearTimeout(timer);
  const was = graphics.value;
  graphics.value = 'ok';
  if (was !== 'ok') notify(localized((m) => m.noticeGraphicsBack));
}

/** Why the page cannot draw maps just now, or null when it can. */
export function graphicsProblem(): Localized | null {
  return graphics.value === 'ok' ? null : localized((m) => m.graphicsProblem);
}

/**
 * Reload the page keeping the user's work: the view goes into the address (`search`, from
 * formatUrlView) and layers not yet saved are saved first. If some cannot be saved the page is
 * not reloaded (unless `force`) and the message saying which is returned.
 */
export async function reloadKeepingWork(search: string, force = false): Promise<Localized | null> {
  history.replaceState(null, '', search);
  const unsaved = await saveUnsavedOverlays();
  if (unsaved.length && !force)
    return localized((m) => m.graphicsUnsaved(unsaved.map((n) => `“${n}”`).join(', '), unsaved.length === 1));
  location.reload();
  return null;
}
