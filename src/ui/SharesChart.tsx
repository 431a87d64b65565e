import { useMemo } from 'preact/hooks';
import { territory } from '../state/data.ts';
import { date } from '../state/store.ts';
import { publishedShares, sharesCountry } from '../state/shares-data.ts';
import { computedShare, type PublishedShare } from '../model/calibration.ts';
import { controllerInfo, type ControllerId } from '../model/controllers.ts';
import type { CountryCode } from '../model/territory.ts';
import { linePath, shareSeries, trackX } from './track-series.ts';
import { NowLine } from './TimeTrack.tsx';
import { day as inWords, percent, t as strings } from '../state/i18n.ts';

const W = 1000;
const H = 60;

/** The forces charted per country: a label, the controllers summed, and the colour of the first. */
const GROUPS: Record<CountryCode, { key: string; label: string; controllers: ControllerId[] }[]> = {
  SY: [
    { key: 'syrianGov', label: 'Syrian government', controllers: ['syria_gov', 'syria_interim'] },
    { key: 'isis', label: 'ISIS', controllers: ['isis'] },
    { key: 'sdf', label: 'SDF', controllers: ['sdf'] },
    {
      key: 'oppositionTurkey',
      label: 'Opposition, HTS and Turkish-backed',
      controllers: ['opposition', 'tfsa', 'hts'],
    },
  ],
  IQ: [
    { key: 'iraqiGov', label: 'Iraqi government', controllers: ['iraq_gov'] },
    { key: 'isis', label: 'ISIS', controllers: ['isis'] },
    { key: 'krg', label: 'Kurdistan Region', controllers: ['krg'] },
  ],
};

/** The group a published figure belongs to (by its first controller), or -1. */
function groupOf(country: CountryCode, f: PublishedShare): number {
  return GROUPS[country].findIndex((g) => f.controllers.some((c) => g.controllers.includes(c)));
}

/**
 * Each main force's share of Syria or Iraq as the atlas computes it (lines, by month), with the
 * published figures as points: hover or focus a point for its publisher, date and value; click it
 * to go to its date.
 */
export function SharesChart() {
  const country = sharesCountry.value;
  const t = territory.value;
  const file = publishedShares.value;
  const lines = useMemo(
    () => (t && country ? GROUPS[country].map((g) => shareSeries(t, country, g.controllers)) : []),
    [t, country],
  );
  if (!country) return null;
  const max = country === 'SY' ? 80 : 100;
  const figures = (file?.figures ?? []).filter((f) => f.country === country && typeof f.percent === 'number');
  const m = strings.value;
  const name = country === 'SY' ? m.syria : m.iraq;
  return (
    <div class="shares-chart">
      <div class="shares-head">
        <span class="shares-title">{m.sharesHeading(name)}</span>
        {GROUPS[country].map((g) => (
          <span key={g.label} class="shares-key">
            <span class="key-line" style={{ background: controllerInfo(g.controllers[0]).color }} />
            {m.sharesGroups[g.key] ?? g.label}
          </span>
        ))}
      </div>
      <div class="shares-plot">
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
          {[25, 50, 75]
            .filter((v) => v < max)
            .map((v) => (
              <line key={v} class="grid" x1={0} x2={W} y1={H - (v / max) * H} y2={H - (v / max) * H} />
            ))}
          {lines.map((s, i) => (
            <path
              key={GROUPS[country][i].label}
              class="share-line"
              d={linePath(s, W, H, max)}
              style={{ stroke: controllerInfo(GROUPS[country][i].controllers[0]).color }}
            />
          ))}
        </svg>
        <NowLine />
        <div class="share-points">
          {figures.map((f, i) => {
            const gi = groupOf(country, f);
            const color = gi >= 0 ? controllerInfo(GROUPS[country][gi].controllers[0]).color : '#777';
            const computed = t ? computedShare(t, f.date, country, f.controllers, f.measure === 'populated') : null;
            const who = f.controllers.map((c) => m.controllers[c].short).join(' + ');
            const label = `${m.sharePoint(f.publisher, inWords(f.date), who, percent(f.percent!, 2), name)}${
              computed !== null ? m.shareAtlas(percent(computed, 1)) : ''
            }${f.uncertain ? ` ${m.uncertain}` : ''}`;
            return (
              <button
                type="button"
                key={`${f.date}-${f.publisher}-${f.controllers.join()}-${i}`}
                class={`share-point${f.uncertain ? ' uncertain' : ''}`}
                style={{
                  left: `${trackX(f.date) * 100}%`,
                  bottom: `${(Math.min(f.percent!, max) / max) * 100}%`,
                  borderColor: color,
                }}
                title={label}
                aria-label={label}
                onClick={() => (date.value = f.date)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
