import type { SourceTable } from '../model/sources.ts';
import { t } from '../state/i18n.ts';

/** A list of citations; links open in a new tab and never carry the page's referrer. */
export function SourceList(props: { ids: string[]; table: SourceTable; title?: string }) {
  const items = props.ids.map((id) => ({ id, s: props.table[id] })).filter((x) => x.s);
  if (items.length === 0) return null;
  return (
    <div class="sources">
      <h4>{props.title ?? t.value.sources}</h4>
      <ul>
        {items.map(({ id, s }) => (
          <li key={id} dir="auto">
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {' — '}
            {s.publisher}, {s.date ?? t.value.noDate}
          </li>
        ))}
      </ul>
    </div>
  );
}
