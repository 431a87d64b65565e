/** A citation: every fact in the atlas points at one or more of these. */
export interface Source {
  title: string;
  publisher: string;
  url?: string;
  /** Publication date: YYYY-MM-DD, YYYY-MM or YYYY; absent only for undated reference pages with a URL. */
  date?: string;
}

/** Sources keyed by id. */
export type SourceTable = Record<string, Source>;

/** A one-line citation: `Publisher, "Title", date`. */
export function formatSource(s: Source): string {
  return `${s.publisher}, “${s.title}”, ${s.date ?? 'n.d.'}`;
}

/** A citation as the CLIs print it: every key present, `null` where the source does not say. */
export interface SourceRecord {
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
}

/** The {@link SourceRecord}s of source ids in `table` (ids missing from the table are left out). */
export function sourceRecords(ids: readonly string[], table: SourceTable): SourceRecord[] {
  return ids
    .map((id) => table[id])
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ title: s.title, publisher: s.publisher, date: s.date ?? null, url: s.url ?? null }));
}

/** Normalise a `source` field (one id or several) to a list of ids. */
export function sourceIds(field: string | string[] | undefined): string[] {
  if (field === undefined) return [];
  return Array.isArray(field) ? field : [field];
}
