import { useMemo } from 'preact/hooks';
import { ATLAS_END, ATLAS_START, monthsBetween } from '../model/dates.ts';
import { peopleAt } from '../model/population.ts';
import { territory } from '../state/data.ts';
import { population } from '../state/population-data.ts';
import { linePath, trackX, type Series } from './track-series.ts';

const W = 1000;
const H = 44;

/**
 * People of the places ISIS held (Syria and Iraq together) at each month start, as a line over the time
 * track, scaled to its own peak; drawn once the population figures have loaded.
 */
export function PeopleTrackLine() {
  const t = territory.value;
  const p = population.value;
  const series = useMemo<Series>(() => {
    if (!t || !p) return [];
    return monthsBetween(ATLAS_START, ATLAS_END).map((m) => [
      trackX(m),
      (peopleAt(t.places, p, m, 'SY').people.isis ?? 0) + (peopleAt(t.places, p, m, 'IQ').people.isis ?? 0),
    ]);
  }, [t, p]);
  if (!series.length) return null;
  const max = Math.max(1, ...series.map(([, v]) => v));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" class="track-chart people-line" aria-hidden="true">
      <path d={linePath(series, W, H, max)} />
    </svg>
  );
}
