/**
 * The panel's account of a comparison: ground each force gained and lost between the two dates (km²
 * and share of each country), and every place that changed hands between them, each jumping to its date.
 */
import { compareDate, compareSummary } from '../state/compare.ts';
import { date, lang } from '../state/store.ts';
import { CONTROLLERS, controllerInfo } from '../model/controllers.ts';
import { shortName } from '../model/names.ts';
import { compareSentence } from '../model/compare-words.ts';
import { day as inWords, num, t } from '../state/i18n.ts';
import { territory } from '../state/data.ts';

/** Places listed before "show all". */
const FIRST = 60;

function signed(v: number, unit = ''): string {
  if (v === 0) return num(0);
  return `${v > 0 ? '+' : '−'}${num(Math.abs(v))}${unit}`;
}

function pct(v: number | undefined): string {
  return !v ? '—' : v < 0.1 ? `<${num(0.1, 1)}` : num(v, 1);
}

/** See the module note. */
export function ComparePanel(props: { showAll?: boolean }) {
  const s = compareSummary.value;
  if (!compareDate.value || !s) return null;
  const m = t.value;
  const ar = lang.value === 'ar';
  const rows = CONTROLLERS.filter((c) => s.km2[c.id]);
  const places = props.showAll ? s.places : s.places.slice(0, FIRST);
  // Place names in the interface's language (the comparison carries the English name only).
  const arabic = ar ? new Map(territory.value?.places.map((p) => [p.id, p.name_ar]) ?? []) : null;
  const short = (id: (typeof rows)[number]['id']) => m.controllers[id].short;
  return (
    <section class="compare-panel" aria-label={m.comparePanelLabel}>
      <h2>{m.compared}</h2>
      <p class="compare-sentence" aria-live="polite">
        {compareSentence(s, 3, lang.value)}
      </p>
      {rows.length > 0 && (
        <table class="legend-table compare-table">
          <caption class="visually-hidden">{m.compareKm2Caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{m.legendForce}</span>
              </th>
              <th scope="col" class="num">
                {m.gainedKm2}
              </th>
              <th scope="col" class="num">
                {m.lostKm2}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const ch = s.km2[c.id]!;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <span class="swatch small" style={{ background: c.color }} aria-hidden="true" /> {short(c.id)}
                  </th>
                  <td class="num">{ch.gained ? num(ch.gained) : '—'}</td>
                  <td class="num">{ch.lost ? num(ch.lost) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > 0 && (
        <table class="legend-table compare-table">
          <caption class="compare-caption">{m.compareShareCaption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{m.legendForce}</span>
              </th>
              <th scope="col" class="num" title={m.shareGainedTitle(m.syria)}>
                {m.syria} +
              </th>
              <th scope="col" class="num" title={m.shareLostTitle(m.syria)}>
                {m.syria} −
              </th>
              <th scope="col" class="num" title={m.shareGainedTitle(m.iraq)}>
                {m.iraq} +
              </th>
              <th scope="col" class="num" title={m.shareLostTitle(m.iraq)}>
                {m.iraq} −
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">{short(c.id)}</th>
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
        {m.compareNet(
          rows.map((c) => `${short(c.id)} ${signed(s.km2[c.id]!.net, ` ${m.km2}`)}`).join(m.partSep) || m.compareNoNet,
        )}{' '}
        {m.compareHow(inWords(s.from < s.to ? s.from : s.to))}
      </p>
      <h3 class="compare-h3">{m.changedHands(num(s.places.length))}</h3>
      <ul class="compare-places">
        {places.map((p) => (
          <li key={`${p.id}-${p.date}`}>
            <button
              type="button"
              class="linkish"
              onClick={() => (date.value = p.date)}
              title={m.showDay(inWords(p.date))}
            >
              <bdi>{p.date}</bdi>
            </button>{' '}
            <strong>{shortName(arabic?.get(p.id) || p.name)}</strong>:{' '}
            {p.from_controller ? m.controllers[p.from_controller].short : '?'} {ar ? '←' : '→'}{' '}
            <span class="swatch small" style={{ background: controllerInfo(p.to_controller).color }} />
            {m.controllers[p.to_controller].short}
          </li>
        ))}
      </ul>
      {!props.showAll && s.places.length > FIRST && (
        <p class="fineprint">
          {m.compareMore(num(s.places.length - FIRST))} <code>query diff</code>, <code>atlas.compare</code>{' '}
          {m.compareMoreCsv}
        </p>
      )}
    </section>
  );
}
