/**
 * The panel's account of a comparison: ground each force gained and lost between the two dates (km²
 * and share of each country), and every place that changed hands between them, each jumping to its date.
 */
import { compareDate, compareSummary } from '../state/compare.ts';
import { date } from '../state/store.ts';
import { CONTROLLERS, controllerInfo } from '../model/controllers.ts';
import { formatDayLong } from '../model/dates.ts';
import { shortName } from '../model/names.ts';
import { compareSentence } from '../model/compare-words.ts';

const fmt = new Intl.NumberFormat('en-GB');
/** Places listed before "show all". */
const FIRST = 60;

function signed(v: number, unit = ''): string {
  if (v === 0) return '0';
  return `${v > 0 ? '+' : '−'}${fmt.format(Math.abs(v))}${unit}`;
}

function pct(v: number | undefined): string {
  return !v ? '—' : v < 0.1 ? '<0.1' : v.toFixed(1);
}

/** See the module note. */
export function ComparePanel(props: { showAll?: boolean }) {
  const s = compareSummary.value;
  if (!compareDate.value || !s) return null;
  const rows = CONTROLLERS.filter((c) => s.km2[c.id]);
  const places = props.showAll ? s.places : s.places.slice(0, FIRST);
  return (
    <section class="compare-panel" aria-label="What changed between the two dates">
      <h2>Compared</h2>
      <p class="compare-sentence" aria-live="polite">
        {compareSentence(s)}
      </p>
      {rows.length > 0 && (
        <table class="legend-table compare-table">
          <caption class="visually-hidden">Ground gained and lost by each force, km²</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Force</span>
              </th>
              <th scope="col" class="num">
                gained km²
              </th>
              <th scope="col" class="num">
                lost km²
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const ch = s.km2[c.id]!;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <span class="swatch small" style={{ background: c.color }} aria-hidden="true" /> {c.short}
                  </th>
                  <td class="num">{ch.gained ? fmt.format(ch.gained) : '—'}</td>
                  <td class="num">{ch.lost ? fmt.format(ch.lost) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > 0 && (
        <table class="legend-table compare-table">
          <caption class="compare-caption">Share of each country’s land, percent</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Force</span>
              </th>
              <th scope="col" class="num" title="Percent of Syria's land gained">
                Syria +
              </th>
              <th scope="col" class="num" title="Percent of Syria's land lost">
                Syria −
              </th>
              <th scope="col" class="num" title="Percent of Iraq's land gained">
                Iraq +
              </th>
              <th scope="col" class="num" title="Percent of Iraq's land lost">
                Iraq −
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.short}</th>
                <td class="num">{pct(s.percent.SY[c.id]?.gained)}</td>
                <td class="num">{pct(s.percent.SY[c.id]?.lost)}</td>
                <td class="num">{pct(s.percent.IQ[c.id]?.gained)}</td>
                <td class="num">{pct(s.percent.IQ[c.id]?.lost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="fineprint">
        Net: {rows.map((c) => `${c.short} ${signed(s.km2[c.id]!.net, ' km²')}`).join(' · ') || 'no change'}. Ground is
        compared as it stood on each day; places are every change of control dated after{' '}
        {formatDayLong(s.from < s.to ? s.from : s.to)}.
      </p>
      <h3 class="compare-h3">Changed hands ({s.places.length})</h3>
      <ul class="compare-places">
        {places.map((p) => (
          <li key={`${p.id}-${p.date}`}>
            <button
              type="button"
              class="linkish"
              onClick={() => (date.value = p.date)}
              title={`Show ${formatDayLong(p.date)}`}
            >
              {p.date}
            </button>{' '}
            <strong>{shortName(p.name)}</strong>: {p.from_controller ? controllerInfo(p.from_controller).short : '?'} →{' '}
            <span class="swatch small" style={{ background: controllerInfo(p.to_controller).color }} />
            {controllerInfo(p.to_controller).short}
          </li>
        ))}
      </ul>
      {!props.showAll && s.places.length > FIRST && (
        <p class="fineprint">
          … and {s.places.length - FIRST} more (all of them: <code>query diff</code> or <code>atlas.compare</code>, or
          the CSV of each date).
        </p>
      )}
    </section>
  );
}
