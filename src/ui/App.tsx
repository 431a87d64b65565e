import { TimeSlider } from './TimeSlider.tsx';
import { Legend } from './Legend.tsx';
import { Notices } from './Notices.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { ForcesPanel } from './ForcesPanel.tsx';
import { ChangesPanel } from './ChangesPanel.tsx';

/** The atlas's chrome around the map: title, panel and time slider. */
export function App(props: { onResetView: () => void }) {
  return (
    <>
      <header class="title">
        <h1>Iraq &amp; Syria 2014–2026</h1>
        <p>ISIS territory, who took it back, and US forces — day by day, with sources.</p>
      </header>
      <aside class="panel" aria-label="Map information">
        <Legend />
        <ForcesPanel />
        <ChangesPanel />
        <LayerToggles />
        <button type="button" class="reset" onClick={props.onResetView}>
          Reset view
        </button>
      </aside>
      <footer class="timebar">
        <TimeSlider />
      </footer>
      <Notices />
    </>
  );
}
