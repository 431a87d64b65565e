import { useEffect, useState } from 'preact/hooks';
import { date } from '../state/store.ts';
import { territory } from '../state/data.ts';
import { areasToday, changesThisMonth } from '../state/derived.ts';
import { formatDayLong } from '../model/dates.ts';

const fmt = new Intl.NumberFormat('en-GB');

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
      if (!data) return setText(formatDayLong(day));
      const isis = areasToday.value?.isis ?? 0;
      const n = changesThisMonth.value?.length ?? 0;
      setText(
        `${formatDayLong(day)}. ISIS holds about ${fmt.format(Math.round(isis / 100) * 100)} square kilometres. ${n} place${n === 1 ? '' : 's'} changed hands this month.`,
      );
    }, 600);
    return () => clearTimeout(t);
  }, [day, data]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
