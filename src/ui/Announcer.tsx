import { useEffect, useState } from 'preact/hooks';
import { day as inWords, num, t as strings } from '../state/i18n.ts';
import { date } from '../state/store.ts';
import { territory } from '../state/data.ts';
import { areasToday, changesThisMonth } from '../state/derived.ts';

/**
 * A polite live region: once the date has settled for a moment, screen readers hear it in words
 * with ISIS's area and how many places changed hands that month.
 */
export function Announcer() {
  const [text, setText] = useState('');
  const day = date.value;
  const data = territory.value;
  useEffect(() => {
    const t = setTimeout(() => {
      if (!data) return setText(inWords(day));
      const isis = areasToday.value?.isis ?? 0;
      const n = changesThisMonth.value?.length ?? 0;
      setText(strings.value.announce(inWords(day), num(Math.round(isis / 100) * 100), num(n), n === 1));
    }, 600);
    return () => clearTimeout(t);
  }, [day, data]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
