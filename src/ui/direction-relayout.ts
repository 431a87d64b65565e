/**
 * Chromium keeps the bidi order of text it has already laid out when only the page's direction
 * changes: after a switch from Arabic to English, text nodes the switch did not rewrite (": " between a
 * force's name and its count) stayed in right-to-left order (" :4 sites"). Rebuilding the layout of the
 * interface once, before the next paint, puts them right; focus and scroll positions are kept.
 */

/** Lay `root` out afresh (no paint in between), keeping the focused element and every scroll position. */
export function relayout(root: HTMLElement): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scrolled = [root, ...root.querySelectorAll<HTMLElement>('*')]
    .filter((el) => el.scrollTop !== 0 || el.scrollLeft !== 0)
    .map((el) => ({ el, top: el.scrollTop, left: el.scrollLeft }));
  const display = root.style.display;
  root.style.display = 'none';
  void root.offsetHeight;
  root.style.display = display;
  for (const s of scrolled) {
    s.el.scrollTop = s.top;
    s.el.scrollLeft = s.left;
  }
  if (focused && root.contains(focused)) focused.focus({ preventScroll: true });
}
