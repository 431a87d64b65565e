import { TimeSlider } from './TimeSlider.tsx';
import { timebarClass } from './time-card.ts';
import { ExportButton } from './ExportButton.tsx';
import type { Exporter } from '../export/exporter.ts';
import { Legend } from './Legend.tsx';
import { Notices } from './Notices.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { ForcesPanel } from './ForcesPanel.tsx';
import { PopulationPanel } from './PopulationPanel.tsx';
import { ForeignForcesPanel } from './ForeignForcesPanel.tsx';
import { ChangesPanel } from './ChangesPanel.tsx';
import { EventsPanel } from './EventsPanel.tsx';
import { Announcer } from './Announcer.tsx';
import { OverlayDropZone, OverlayPanel } from './OverlayPanel.tsx';
import { useState } from 'preact/hooks';
import { PlaceSearch } from './PlaceSearch.tsx';
import { GraphicsFailure } from './GraphicsFailure.tsx';
import { DATA_AS_OF } from '../model/data-as-of.ts';
import { day, switchLanguage, t } from '../state/i18n.ts';
import { lang } from '../state/store.ts';
import { CompareControl } from './CompareControl.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { CompareLabels } from './CompareLabels.tsx';
import { DataTools } from './DataTools.tsx';
import { EmbedApp } from './EmbedApp.tsx';
import { embedMode } from '../state/embed.ts';

/** The atlas's chrome around the map: title, panel and time slider. */
export function App(props: {
  onResetView: () => void;
  onGo?: (lon: number, lat: number, zoom: number) => void;
  exporter?: Exporter;
  /** The current view as a query string (for a reload that keeps it). */
  viewSearch?: () => string;
}) {
  // On narrow screens the panel is folded away behind a button; on wide screens it is always shown.
  const [panelOpen, setPanelOpen] = useState(false);
  const m = t.value;
  if (embedMode.value && props.viewSearch) return <EmbedApp viewSearch={props.viewSearch} />;
  return (
    <>
      <header class="title">
        <h1>{m.appTitle}</h1>
        <p>{m.appSubtitle}</p>
        {props.exporter && <ExportButton exporter={props.exporter} />}
        <button
          type="button"
          class="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="atlas-panel"
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? m.panelHide : m.panelShow}
        </button>
      </header>
      <aside id="atlas-panel" class={`panel${panelOpen ? ' open' : ''}`} aria-label={m.panelLabel}>
        {props.onGo && <PlaceSearch onGo={props.onGo} />}
        <p class="as-of" title={m.asOfTitle}>
          {m.dataAsOf(day(DATA_AS_OF))}
        </p>
        <ComparePanel />
        <Legend />
        <PopulationPanel />
        <ForcesPanel />
        <ForeignForcesPanel />
        <EventsPanel />
        <ChangesPanel />
        <LayerToggles />
        <OverlayPanel />
        {props.viewSearch && <DataTools viewSearch={props.viewSearch} />}
        <button type="button" class="reset" onClick={props.onResetView}>
          {m.resetView}
        </button>
        <button
          type="button"
          class="reset lang-switch"
          lang={lang.value === 'ar' ? 'en' : 'ar'}
          title={m.languageTitle}
          onClick={() => switchLanguage(lang.value === 'ar' ? 'en' : 'ar')}
        >
          {m.language}
        </button>
      </aside>
      <footer class={timebarClass()}>
        <TimeSlider />
        <CompareControl />
      </footer>
      <CompareLabels />
      <Notices />
      {props.viewSearch && <GraphicsFailure search={props.viewSearch} />}
      <Announcer />
      <OverlayDropZone />
    </>
  );
}
