import { CONTROLLERS } from '../model/controllers.ts';
import { areasToday, sharesToday } from '../state/derived.ts';

const fmt = new Intl.NumberFormat('en-GB');

function pct(v: number | undefined): string {
  if (!v) return '—';
  return v < 1 ? '<1%' : `${Math.round(v)}%`;
}

/** Legend of controllers with each one's area and share of Syria and of Iraq on the current date. */
export function Legend() {
  const areas = areasToday.value;
  const shares = sharesToday.value;
  return (
    <section class="legend" aria-label="Legend: who held the ground">
      <h2>Who held the ground</h2>
      <table class="legend-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Force</span>
            </th>
            <th scope="col" class="num" title="Area held and dominated, km²">
              km²
            </th>
            <th scope="col" class="num" title="Share of Syria's land">
              Syria
            </th>
            <th scope="col" class="num" title="Share of Iraq's land">
              Iraq
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
                  <span class="name">{c.label}</span>
                </th>
                <td class="num">{areas ? (km2 > 0 ? fmt.format(Math.round(km2 / 100) * 100) : '—') : ''}</td>
                <td class="num">{shares ? pct(shares.SY.percent[c.id]) : ''}</td>
                <td class="num">{shares ? pct(shares.IQ.percent[c.id]) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="fineprint">
        <strong>Solid</strong>: held — towns, villages, farmland, valleys and the roads between them.{' '}
        <strong>Light</strong>: dominated — open desert and steppe that no settlement stands for, counted with the force
        holding the nearest places over the land, as published control maps count it. Dots mark control the sources
        disagree on. Shares are of each country’s whole land, held and dominated together; every place carries its
        sources (click the map).
      </p>
    </section>
  );
}
