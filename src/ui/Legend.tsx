import { CONTROLLERS } from '../model/controllers.ts';
import { areaByController } from '../model/territory.ts';
import { territory } from '../state/data.ts';
import { date } from '../state/store.ts';

const fmt = new Intl.NumberFormat('en-GB');

/** Legend of controllers with the area each holds on the current date. */
export function Legend() {
  const data = territory.value;
  const areas = data ? areaByController(data, date.value) : null;
  const total = areas ? Object.values(areas).reduce((a, b) => a + b, 0) : 0;
  return (
    <section class="legend" aria-label="Legend: who held the ground">
      <h2>Who held the ground</h2>
      <ul>
        {CONTROLLERS.map((c) => {
          const km2 = areas?.[c.id] ?? 0;
          return (
            <li key={c.id} class={areas && km2 === 0 ? 'zero' : ''}>
              <span
                class={`swatch${c.id === 'contested' ? ' hatch' : ''}`}
                style={{ background: c.id === 'contested' ? undefined : c.color }}
              />
              <span class="name">{c.label}</span>
              {areas && (
                <span class="area" title={`${fmt.format(km2)} km²`}>
                  {km2 > 0
                    ? `${fmt.format(Math.round(km2 / 100) * 100)} km² · ${Math.round((km2 / Math.max(total, 1)) * 100)}%`
                    : '—'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="fineprint">
        Areas are computed from the atlas’s cells of ground around each sourced place; blank ground is unclaimed desert
        or outside the modelled places.
      </p>
    </section>
  );
}
