import { CONTROLLERS } from '../model/controllers.ts';
import { formatDecimal } from '../model/i18n/index.ts';
import { peopleToday, populationBasis, type CountryPeople } from '../state/population-data.ts';
import { lang } from '../state/store.ts';
import { num, percent, t } from '../state/i18n.ts';

/** People in words: "1.14 M", "220,488" ("١٫١٤ مليون", "٢٢٠٬٤٨٨"). */
function people(n: number): string {
  return n >= 1e6 ? t.value.millions(formatDecimal(n / 1e6, lang.value, 2)) : num(n);
}

function CountryTable(props: { name: string; at: CountryPeople }) {
  const { name, at } = props;
  const m = t.value;
  const rows = CONTROLLERS.filter((c) => (at.people[c.id] ?? 0) > 0 || at.km2[c.id] > 0);
  const pct = (n: number) => percent((n / at.total) * 100, 1);
  return (
    <table class="people-table">
      <caption>{name}</caption>
      <thead>
        <tr>
          <th scope="col">{m.legendForce}</th>
          <th scope="col">{m.people}</th>
          <th scope="col">{m.km2}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <span class="swatch" style={{ background: c.color }} aria-hidden="true" /> {m.controllers[c.id].short}
            </th>
            <td title={m.peopleShare(pct(at.people[c.id] ?? 0))}>{people(at.people[c.id] ?? 0)}</td>
            <td>{num(at.km2[c.id])}</td>
          </tr>
        ))}
        {(at.people.none ?? 0) > 0 && (
          <tr>
            <th scope="row">{m.noRecordRow}</th>
            <td>{people(at.people.none ?? 0)}</td>
            <td />
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} class="fineprint">
            {m.peopleUnplaced(people(at.unplaced), pct(at.unplaced), num(at.missing))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** People under each force in Syria and Iraq on the current date, beside the ground each held, with what the figures measure. */
export function PopulationPanel() {
  const p = peopleToday.value;
  const basis = populationBasis.value;
  if (!p || !basis) return null;
  const m = t.value;
  return (
    <section class="people" aria-label={m.peopleLabel}>
      <h2>{m.peopleHeading}</h2>
      <CountryTable name={m.syria} at={p.SY} />
      <CountryTable name={m.iraq} at={p.IQ} />
      <p class="fineprint">
        {basis.SY}. {basis.IQ}. {m.peopleRule}
      </p>
    </section>
  );
}
