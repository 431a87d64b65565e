/**
 * The published shares (geodata/build/shares.json) the time track sets beside the atlas's own, and
 * which country's chart is shown. Loaded once from the page's own origin.
 */
import { signal } from '@preact/signals';
import type { PublishedSharesFile } from '../model/calibration.ts';
import type { CountryCode } from '../model/territory.ts';

/** Published shares once loaded. */
export const publishedShares = signal<PublishedSharesFile | null>(null);
/** The country whose shares the chart shows, or null when the chart is folded. */
export const sharesCountry = signal<CountryCode | null>(null);
