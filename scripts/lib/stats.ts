/** Small statistics and seeded randomness shared by the benchmark scripts. */

/** Nearest-rank percentile of `xs` (0 < p ≤ 100). */
export function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Median of `xs`. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Round to one decimal. */
export const r1 = (x: number): number => Math.round(x * 10) / 10;
/** Round to two decimals. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Count, median and 95th percentile, rounded. */
export const stats = (xs: readonly number[]) => ({ n: xs.length, median: r1(median(xs)), p95: r1(pct(xs, 95)) });

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded shuffle of `xs`. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  const rand = rng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** First day of every month 2014-01 … 2026-12. */
export function months(): string[] {
  const out: string[] = [];
  for (let y = 2014; y <= 2026; y++) for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}-01`);
  return out;
}
