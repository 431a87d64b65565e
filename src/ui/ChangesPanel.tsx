import { day as inWords, month as monthWords, num, t } from '../state/i18n.ts';
import { date, lang } from '../state/store.ts';
import { changesThisMonth, monthToday } from '../state/derived.ts';
import { controllerInfo } from '../model/controllers.ts';
import { shortName } from '../model/names.ts';

/** What changed hands in the current month, newest last; each entry jumps the date to the change. */
export function ChangesPanel() {
  const changes = changesThisMonth.value;
  if (!changes) return null;
  const { start } = monthToday.value;
  const m = t.value;
  return (
    <section class="changes" aria-label={m.changesLabel(monthWords(start))}>
      <h2>{m.changesIn(monthWords(start))}</h2>
      {changes.length === 0 ? (
        <p class="fineprint">{m.noChanges}</p>
      ) : (
        <ul>
          {changes.slice(0, 40).map((c) => (
            <li key={`${c.place.id}-${c.period.from}`}>
              <button
                type="button"
                class="linkish"
                onClick={() => (date.value = c.period.from)}
                title={m.goTo(inWords(c.period.from))}
              >
                {num(Number(c.period.from.slice(8)))}
              </button>{' '}
              <strong>{shortName(lang.value === 'ar' ? c.place.name_ar : c.place.name)}</strong>:{' '}
              {c.previous ? m.controllers[c.previous].short : '?'} {lang.value === 'ar' ? '←' : '→'}{' '}
              <span class="swatch small" style={{ background: controllerInfo(c.period.controller).color }} />
              {m.controllers[c.period.controller].short}
              {c.period.uncertain ? ` ${m.uncertain}` : ''}
            </li>
          ))}
          {changes.length > 40 && <li class="fineprint">{m.andMore(num(changes.length - 40))}</li>}
        </ul>
      )}
    </section>
  );
}
