/** Links to the view on screen: the permalink, the full atlas from an embed, and the embed's iframe snippet. */
import { formatDayLong } from '../model/dates.ts';
import { compareDate } from '../state/compare.ts';
import { date } from '../state/store.ts';

/** The page's address without its query, e.g. `https://example.org/atlas/`. */
export function pageBase(): string {
  return location.origin + location.pathname;
}

/** `search` without the `embed` parameter (the full atlas at the same view). */
export function withoutEmbed(search: string): string {
  const q = new URLSearchParams(search);
  q.delete('embed');
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** `search` with `embed=1`. */
export function withEmbed(search: string): string {
  const q = new URLSearchParams(withoutEmbed(search));
  q.set('embed', '1');
  return `?${q.toString().replace(/%2C/g, ',')}`;
}

/** Escape text for an HTML attribute value. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The iframe snippet for the view `search`, `height` pixels tall and as wide as its column. */
export function iframeSnippet(search: string, height: number): string {
  const a = compareDate.value;
  const title = a
    ? `Map of Iraq and Syria: ${formatDayLong(a)} compared with ${formatDayLong(date.value)}`
    : `Map of Iraq and Syria on ${formatDayLong(date.value)}`;
  return `<iframe src="${attr(pageBase() + withEmbed(search))}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`;
}
