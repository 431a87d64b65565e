import { CONTROLLERS } from '../model/controllers.ts';
import { areasToday, sharesToday } from '../state/derived.ts';
import { num, percent, t } from '../state/i18n.ts';

function pct(v: number | undefined): string {
  if (!v) return '—';
  return v < 1 ? `<${percent(1)}` : percent(Math.round(v));
}

const touch = () => typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;

/** Legend of controllers with each one's area and share of Syria and of Iraq on the current date. */
export function Legend() {
  const areas = areasToday.value;
  const shares = sharesToday.value;
  const m = t.value;
  return (
    <section class="legend" aria-label={m.legendLabel}>
      <h2>{m.legendHeading}</h2>
      <table class="legend-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{m.legendForce}</span>
            </th>
            <th scope="col" class="num" title={m.legendAreaTitle}>
              {m.km2}
            </th>
            <th scope="col" class="num" title={m.shareOfSyria}>
              {m.syria}
            </th>
            <th scope="col" class="num" title={m.shareOfIraq}>
              {m.iraq}
            </th>
          </tr>
        </thead>
        <tbody>
          {CONTROLLERS.map((c) => {
            const km2 = areas?.[c.id] ?? 0;
            return (
              <tr key={c.id} class={areas && km2 === 0 ? 'zero' : ''}>
                <th scope="row">
                  <span class="swatch-pair" aria-hidden="true">
                    {/* The shades the map draws (held, dominated): CSS properties set from the style vocabulary. */}
                    <span
                      class={`swatch${c.id === 'contested' ? ' hatch' : ''}`}
                      style={{ background: c.id === 'contested' ? undefined : `var(--ground-${c.id})` }}
                    />
                    <span class="swatch" style={{ background: `var(--ground-${c.id}-light)` }} />
                  </span>
                  <span class="name">{m.controllers[c.id].label}</span>
                </th>
                <td class="num">{areas ? (km2 > 0 ? num(Math.round(km2 / 100) * 100) : '—') : ''}</td>
                <td class="num">{shares ? pct(shares.SY.percent[c.id]) : ''}</td>
                <td class="num">{shares ? pct(shares.IQ.percent[c.id]) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="fineprint">{touch() ? m.legendNoteTouch : m.legendNote}</p>
    </section>
  );
}
