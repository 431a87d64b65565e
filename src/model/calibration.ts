/**
 * Published, dated shares of a country held by a force (geodata/published-shares.json) set beside the
 * atlas's own figure for the same date, country and forces. Pure: used by the calibration report,
 * the tests and the time track.
 */
import type { ControllerId } from './controllers.ts';
import type { IsoDay } from './dates.ts';
import type { SourceTable } from './sources.ts';
import { sharesAt, type CountryCode, type TerritoryData } from './territory.ts';

/** One published figure. */
export interface PublishedShare {
  date: IsoDay;
  country: CountryCode;
  /** Atlas controllers the publisher's category covers (their shares are summed). */
  controllers: ControllerId[];
  /** Percent of the country, as published. */
  percent?: number;
  area_km2?: number;
  publisher: string;
  /** whole: the publisher's shares partition the whole country; populated: populated areas only. */
  measure: 'whole' | 'populated' | 'unknown';
  precision?: 'day' | 'week' | 'month';
  uncertain?: boolean;
  source: string[];
  note?: string;
}

/** geodata/published-shares.json. */
export interface PublishedSharesFile {
  note: string;
  sources: SourceTable;
  figures: PublishedShare[];
}

/** A published figure with the atlas's figure for it. */
export interface CalibrationRow {
  figure: PublishedShare;
  published: number;
  computed: number;
  /** computed − published, percentage points. */
  error: number;
}

/** The atlas's percent of `country` held by `controllers` on `day` (all ground; held only for "populated" figures). */
export function computedShare(
  data: TerritoryData,
  day: IsoDay,
  country: CountryCode,
  controllers: readonly ControllerId[],
  heldOnly = false,
): number {
  const s = sharesAt(data, day, country);
  const table = heldOnly ? s.held_percent : s.percent;
  return Math.round(controllers.reduce((a, c) => a + table[c], 0) * 100) / 100;
}

/** Rows for every figure with a percent; figures of populated areas only are set against held ground. Uncertain figures included (filter on `figure.uncertain` to leave them out). */
export function calibrationRows(data: TerritoryData, file: PublishedSharesFile): CalibrationRow[] {
  return file.figures
    .filter((f) => typeof f.percent === 'number')
    .map((figure) => {
      const computed = computedShare(
        data,
        figure.date,
        figure.country,
        figure.controllers,
        figure.measure === 'populated',
      );
      const published = figure.percent!;
      return { figure, published, computed, error: Math.round((computed - published) * 100) / 100 };
    });
}

/** Median of absolute errors, and the fraction within `within` points. */
export function errorSummary(
  rows: readonly CalibrationRow[],
  within = 5,
): { median: number; withinShare: number; n: number } {
  const abs = rows.map((r) => Math.abs(r.error)).sort((a, b) => a - b);
  const n = abs.length;
  const median = n === 0 ? 0 : n % 2 ? abs[(n - 1) / 2] : (abs[n / 2 - 1] + abs[n / 2]) / 2;
  return { median: Math.round(median * 100) / 100, withinShare: n ? abs.filter((e) => e <= within).length / n : 1, n };
}
