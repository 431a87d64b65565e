/**
 * Compare mode: the earlier date the map is compared with (`?compare=A`; the date shown is B), how
 * the two are shown, and the summary of what changed, computed once per pair of dates.
 */
import { computed, signal } from '@preact/signals';
import { parseDay, ATLAS_START, ATLAS_END, type IsoDay } from '../model/dates.ts';
import { compareDates, type CompareSummary } from '../model/compare.ts';
import { sourcesLoaded, territory } from './data.ts';
import { date } from './store.ts';
import { localized, type Localized } from '../model/i18n/index.ts';

/** How two dates are shown: the two maps (side by side, or a swipe on narrow screens), or the changes on one map. */
export type CompareLayout = 'split' | 'change';

/** The date compared with (A), or null when compare mode is off. */
export const compareDate = signal<IsoDay | null>(null);
/** How the comparison is shown. */
export const compareLayout = signal<CompareLayout>('split');

/** What changed from A to B (B the date shown), or null when compare mode is off or the data is loading. */
export const compareSummary = computed<CompareSummary | null>(() => {
  const a = compareDate.value;
  const t = territory.value;
  // Computed again once the sources arrive (merged into the territory after the first view): it cites them.
  void sourcesLoaded.value;
  return a && t ? compareDates(t, a, date.value) : null;
});

/** Compare-mode settings as the address bar carries them. */
export interface CompareParams {
  compare?: IsoDay;
  layout?: CompareLayout;
  embed?: boolean;
}

/** Read `compare`, `cmp` (layout) and `embed` from a query string, with notices for values that make no sense. */
export function parseCompareParams(search: string): { params: CompareParams; notices: Localized[] } {
  const notices: Localized[] = [];
  const params: CompareParams = {};
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { params, notices };
  }
  const compare = q.get('compare');
  if (compare !== null) {
    const d = compare.length <= 40 ? parseDay(compare) : null;
    if (!d) notices.push(localized((m) => m.noticeBadCompareDate(compare.slice(0, 40))));
    else params.compare = d < ATLAS_START ? ATLAS_START : d > ATLAS_END ? ATLAS_END : d;
  }
  const layout = q.get('cmp');
  if (layout === 'change' || layout === 'split') params.layout = layout;
  else if (layout !== null) notices.push(localized((m) => m.noticeBadCompareView(layout.slice(0, 40))));
  const embed = q.get('embed');
  if (embed === '1' || embed === 'true') params.embed = true;
  return { params, notices };
}

/** Query-string suffix (`&compare=…&cmp=…&embed=1`) for the compare settings given. */
export function formatCompareParams(p: CompareParams): string {
  let s = '';
  if (p.compare) s += `&compare=${p.compare}`;
  if (p.compare && p.layout === 'change') s += '&cmp=change';
  if (p.embed) s += '&embed=1';
  return s;
}

/** Where the swipe line stands, as a share of the map's width (the earlier date is left of it). */
export const swipeAt = signal(0.5);
