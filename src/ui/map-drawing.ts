/**
 * "Drawing the map…" over the map until its first view is drawn: the map paints nothing before it is
 * complete (map/first-paint.ts), so without a word the reader would see only the sea for a moment.
 */

/** Show `text` over `mapEl` (and mark the map busy); the function returned takes it away. */
export function showMapDrawing(mapEl: HTMLElement, text: string): () => void {
  const note = document.createElement('div');
  note.className = 'map-drawing';
  note.setAttribute('role', 'status');
  note.textContent = text;
  mapEl.after(note);
  mapEl.setAttribute('aria-busy', 'true');
  return () => {
    note.remove();
    mapEl.removeAttribute('aria-busy');
  };
}
