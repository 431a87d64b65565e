import { CONTROLLERS } from '../model/controllers.ts';
import { peopleToday, type CountryPeople } from '../state/population-data.ts';

const num = new Intl.NumberFormat('en-US');
/** People in words: "1.14 M", "220,488". */
function people(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : num.format(n);
}

function CountryTable(props: { name: string; at: CountryPeople }) {
  const { name, at } = props;
  const rows = CONTROLLERS.filter((c) => (at.people[c.id] ?? 0) > 0 || at.km2[c.id] > 0);
  const pct = (n: number) => `${((n / at.total) * 100).toFixed(1)}%`;
  return (
    <table class="people-table">
      <caption>{name}</caption>
      <thead>
        <tr>
          <th scope="col">Force</th>
          <th scope="col">People</th>
          <th scope="col">km²</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <span class="swatch" style={{ background: c.color }} aria-hidden="true" /> {c.short}
            </th>
            <td title={`${pct(at.people[c.id] ?? 0)} of the country's people`}>{people(at.people[c.id] ?? 0)}</td>
            <td>{num.format(at.km2[c.id])}</td>
          </tr>
        ))}
        {(at.people.none ?? 0) > 0 && (
          <tr>
            <th scope="row">no record</th>
            <td>{people(at.people.none ?? 0)}</td>
            <td />
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} class="fineprint">
            The atlas cannot place {people(at.unplaced)} people ({pct(at.unplaced)}): villages and farms it has no place
            for, and the {at.missing} inhabited places it has no sourced figure for.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** People under each force in Syria and Iraq on the current date, beside the ground each held, with what the figures measure. */
export function PopulationPanel() {
  const p = peopleToday.value;
  if (!p) return null;
  return (
    <section class="people" aria-label="People under each force on this date">
      <h2>People under each force</h2>
      <CountryTable name="Syria" at={p.SY} />
      <CountryTable name="Iraq" at={p.IQ} />
      <p class="fineprint">
        {p.SY.basis}. {p.IQ.basis}. A town's people count for whoever held it; a divided city's figure is split equally
        among its parts.
      </p>
    </section>
  );
}
