/**
 * The panel's data tools: download the day's territory (GeoJSON) and places (CSV), cite this map
 * (plain text, BibTeX, CSL-JSON), and embed it (the iframe snippet for the current view).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { territory, sourcesLoaded } from '../state/data.ts';
import { date } from '../state/store.ts';
import { compareDate } from '../state/compare.ts';
import { placesCsv } from '../model/places-csv.ts';
import { DATA_AS_OF } from '../model/data-as-of.ts';
import { citationBibtex, citationCsl, citationText } from '../model/citation.ts';
import { formatDayLong } from '../model/dates.ts';
import { ATLAS_VERSION, defaultTitle } from '../export/metadata.ts';
import { copyText, saveFile } from './save-file.ts';
import { iframeSnippet, pageBase, withoutEmbed } from './view-links.ts';
import { ToolDialog } from './ToolDialog.tsx';

type Open = 'cite' | 'embed' | null;

function CopyBlock(props: { label: string; text: string }) {
  const [said, setSaid] = useState('');
  return (
    <div class="copy-block">
      <label>
        {props.label}
        <textarea readOnly rows={Math.min(10, props.text.split('\n').length + 1)} value={props.text} />
      </label>
      <button
        type="button"
        onClick={async () =>
          setSaid(
            (await copyText(props.text)) ? 'Copied.' : 'The browser did not allow copying: select the text above.',
          )
        }
      >
        Copy {props.label.toLowerCase()}
      </button>{' '}
      <span role="status">{said}</span>
    </div>
  );
}

function CiteDialog(props: { search: string; onClose: () => void }) {
  const a = compareDate.value;
  const c = {
    title: a
      ? `Iraq and Syria: who held the ground, ${formatDayLong(a)} compared with ${formatDayLong(date.value)}`
      : defaultTitle(date.value),
    day: date.value,
    compare: a,
    version: ATLAS_VERSION,
    dataAsOf: DATA_AS_OF,
    permalink: pageBase() + withoutEmbed(props.search),
    accessed: new Date().toISOString().slice(0, 10),
  };
  return (
    <ToolDialog title="Cite this map" onClose={props.onClose}>
      <CopyBlock label="Citation" text={citationText(c)} />
      <CopyBlock label="BibTeX" text={citationBibtex(c)} />
      <CopyBlock label="CSL-JSON" text={JSON.stringify(citationCsl(c), null, 2)} />
    </ToolDialog>
  );
}

function EmbedDialog(props: { search: string; onClose: () => void }) {
  const [height, setHeight] = useState(480);
  return (
    <ToolDialog title="Embed this map" onClose={props.onClose}>
      <p class="fineprint">
        Paste this into a web page: a compact atlas (map, slider, small legend, a link back here) at the view on screen
        {compareDate.value ? ', comparing the two dates' : ''}. It loads everything from this site and nothing from
        elsewhere.
      </p>
      <label class="small">
        Height{' '}
        <select value={height} onChange={(e) => setHeight(Number((e.target as HTMLSelectElement).value))}>
          {[360, 480, 600, 720].map((h) => (
            <option key={h} value={h}>
              {h} px
            </option>
          ))}
        </select>
      </label>
      <CopyBlock label="HTML" text={iframeSnippet(props.search, height)} />
    </ToolDialog>
  );
}

/** See the module note. */
export function DataTools(props: { viewSearch: () => string }) {
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);
  const wasOpen = useRef<Open>(null);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const day = date.value;
  const [busy, setBusy] = useState(false);
  const download = async (format: 'geojson' | 'csv') => {
    const t = territory.value;
    if (!t) return setError('The territory data has not loaded yet.');
    setError('');
    setBusy(true);
    // Let the "making the file" note paint: dissolving a day's ground takes a moment.
    await new Promise((r) => setTimeout(r, 30));
    try {
      if (format === 'geojson') {
        // The dissolving code (and its polygon library) loads with the first GeoJSON download.
        const { territoryGeoJsonText } = await import('../model/territory-geojson.ts');
        saveFile(
          new Blob([territoryGeoJsonText(t, day)], { type: 'application/geo+json' }),
          `iraq-syria-territory-${day}.geojson`,
        );
      } else
        saveFile(new Blob([placesCsv(t, day)], { type: 'text/csv;charset=utf-8' }), `iraq-syria-places-${day}.csv`);
    } catch (err) {
      setError(`The file could not be made: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const show = (which: Open) => (e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setOpen(which);
  };
  return (
    <section class="data-tools" aria-label="Data, citation and embedding">
      <h2>Data &amp; citation</h2>
      <div class="data-buttons">
        <button type="button" disabled={!sourcesLoaded.value || busy} onClick={() => void download('geojson')}>
          Territory (GeoJSON)
        </button>
        <button type="button" disabled={!sourcesLoaded.value || busy} onClick={() => void download('csv')}>
          Places (CSV)
        </button>
        <button type="button" aria-haspopup="dialog" onClick={show('cite')}>
          Cite this map
        </button>
        <button type="button" aria-haspopup="dialog" onClick={show('embed')}>
          Embed
        </button>
      </div>
      <p class="fineprint">Files of {formatDayLong(day)}; data CC BY 4.0, with the sources in every feature and row.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {open === 'cite' && <CiteDialog search={props.viewSearch()} onClose={() => setOpen(null)} />}
      {open === 'embed' && <EmbedDialog search={props.viewSearch()} onClose={() => setOpen(null)} />}
    </section>
  );
}
