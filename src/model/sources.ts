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

/** Normalise a `source` field (one id or several) to a list of ids. */
export function sourceIds(field: string | string[] | undefined): string[] {
  if (field === undefined) return [];
  return Array.isArray(field) ? field : [field];
}
