import { useMemo } from 'preact/hooks';
import { forces, territory, events } from '../state/data.ts';
import { date } from '../state/store.ts';
import { formatDayLong } from '../model/dates.ts';
import { isisSeries, rangePath, stepPath, trackX, troopTrack, type TroopTrack } from './track-series.ts';
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

/** The highest value a country's troop track draws. */
function trackMax(t: TroopTrack | null): number {
  if (!t) return 0;
  return Math.max(0, ...[...t.counts, ...t.caps, ...t.combined].map(([, v]) => v), ...t.ranges.map((r) => r.high));
}

/**
 * One country's US troops: ranges (sources differ) as a band, head counts as the line, authorised caps
 * as a fainter line, US-and-coalition totals as short ticks off the US line.
 */
function TroopMarks(props: { t: TroopTrack; cls: string; max: number }) {
  const { t, cls, max } = props;
  return (
    <g>
      <path class={`troop-range ${cls}`} d={rangePath(t.ranges, W, H, max)} />
      <path class={`troop-caps ${cls}`} d={stepPath(t.caps, W, H, max, false)} />
      <path class={`troops ${cls}`} d={stepPath(t.counts, W, H, max, false)} />
      <path
        class={`troops-combined ${cls}`}
        d={t.combined
          .map(([x, v]) => {
            const y = H - (Math.min(v, max) / max) * H;
            return `M${(x * W).toFixed(1)},${(y - 3).toFixed(1)}V${(y + 3).toFixed(1)}`;
          })
          .join('')}
      />
    </g>
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
  const iq = useMemo(() => (f ? troopTrack(f, 'Iraq') : null), [f]);
  const sy = useMemo(() => (f ? troopTrack(f, 'Syria') : null), [f]);
  const maxArea = Math.max(1, ...isis.map(([, v]) => v));
  const maxTroops = Math.max(1, ...[iq, sy].map(trackMax));
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
        {iq && <TroopMarks t={iq} cls="iq" max={maxTroops} />}
        {sy && <TroopMarks t={sy} cls="sy" max={maxTroops} />}
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
