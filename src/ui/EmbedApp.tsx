/**
 * The compact atlas for an iframe (`?embed=1`): the map, the time slider, a small legend of who
 * held the ground, and a link back to the full atlas at the same view. No panel, export or overlays.
 */
import { CONTROLLERS } from '../model/controllers.ts';
import { areasToday } from '../state/derived.ts';
import { TimeSlider } from './TimeSlider.tsx';
import { timebarClass } from './time-card.ts';
import { Notices } from './Notices.tsx';
import { Announcer } from './Announcer.tsx';
import { CompareLabels } from './CompareLabels.tsx';
import { pageBase, withoutEmbed } from './view-links.ts';
import { t } from '../state/i18n.ts';

/** See the module note. */
export function EmbedApp(props: { viewSearch: () => string }) {
  const areas = areasToday.value;
  const shown = CONTROLLERS.filter((c) => !areas || areas[c.id] > 0);
  const m = t.value;
  return (
    <>
      <header class="embed-bar">
        <a class="embed-link" href={pageBase() + withoutEmbed(props.viewSearch())} target="_blank" rel="noopener">
          {m.embedLink} <span aria-hidden="true">↗</span>
          <span class="visually-hidden">{m.embedOpensFull}</span>
        </a>
      </header>
      <ul class="embed-legend" aria-label={m.legendHeading}>
        {shown.map((c) => (
          <li key={c.id}>
            <span class={`swatch small${c.id === 'contested' ? ' hatch' : ''}`} style={{ background: c.color }} />
            {m.controllers[c.id].short}
          </li>
        ))}
      </ul>
      <footer class={timebarClass()}>
        <TimeSlider />
      </footer>
      <CompareLabels />
      <Notices />
      <Announcer />
    </>
  );
}
