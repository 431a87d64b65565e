import { useMemo } from 'preact/hooks';
import { forces, territory, events } from '../state/data.ts';
import { date } from '../state/store.ts';
import { formatDayLong } from '../model/dates.ts';
import { isisSeries, stepPath, trackX, troopSeries } from './track-series.ts';
import { PeopleTrackLine } from './PeopleTrackLine.tsx';

const W = 1000;
const H = 44;

/**
 * The current-date line over a chart: its own component, so a date step re-renders it alone; and its own
 * compositing layer, moved by a transform, so the chart under it is not painted again on every step.
 */
export function NowLine() {
  return (
    <div
      class="now-line"
      aria-hidden="true"
      style={{ transform: `translateX(${(trackX(date.value) * 100).toFixed(3)}%)` }}
    >
      <span />
    </div>
  );
}

/**
 * The informative track behind the slider: ISIS-held area, US troops in Iraq and Syria, the 2024
 * plan's phases as bands, and marks for milestones and key events that jump the date on click.
 */
export function TimeTrack() {
  const t = territory.value;
  const f = forces.value;
  const ev = events.value;
  const isis = useMemo(() => (t ? isisSeries(t) : []), [t]);
  const iq = useMemo(() => (f ? troopSeries(f, 'Iraq') : []), [f]);
  const sy = useMemo(() => (f ? troopSeries(f, 'Syria') : []), [f]);
  const maxArea = Math.max(1, ...isis.map(([, v]) => v));
  const maxTroops = Math.max(1, ...iq.map(([, v]) => v), ...sy.map(([, v]) => v));
  const marks = [
    ...(f?.milestones ?? []).map((m) => ({ day: m.date, title: m.title, kind: 'milestone' })),
    ...(ev?.events ?? []).map((e) => ({ day: e.date, title: e.title, kind: 'event' })),
  ];
  return (
    <div class="track" aria-hidden="true">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" class="track-chart">
        {(f?.phases ?? []).map((p, i, all) => {
          const from = p.from ?? all[i - 1]?.to;
          if (!from) return null;
          return (
            <rect
              key={p.id}
              class={`band band-${i}`}
              x={trackX(from) * W}
              y={0}
              width={(trackX(p.to) - trackX(from)) * W}
              height={H}
            />
          );
        })}
        <path class="isis-area" d={stepPath(isis, W, H, maxArea, true)} />
        <path class="troops iq" d={stepPath(iq, W, H, maxTroops, false)} />
        <path class="troops sy" d={stepPath(sy, W, H, maxTroops, false)} />
      </svg>
      <PeopleTrackLine />
      <NowLine />
      <div class="marks">
        {marks.map((m) => (
          <span
            key={`${m.kind}-${m.day}-${m.title}`}
            class={`mark ${m.kind}`}
            style={{ left: `${trackX(m.day) * 100}%` }}
            title={`${formatDayLong(m.day)}: ${m.title}`}
            onClick={() => (date.value = m.day)}
          />
        ))}
      </div>
    </div>
  );
}
