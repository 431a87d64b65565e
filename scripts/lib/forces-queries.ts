/** `troops` and `bases` queries (filled in by the forces layer). */
import type { QueryData } from './query-engine.ts';

/** Extra query kinds keyed by name. */
export function forcesQueries(_root: string): NonNullable<QueryData['extra']> {
  return {};
}
