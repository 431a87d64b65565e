/**
 * The panel's data tools: download the day's territory (GeoJSON) and places (CSV), cite this map
 * (plain text, BibTeX, CSL-JSON), and embed it (the iframe snippet for the current view).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { territory, sourcesLoaded } from '../state/data.ts';
import { compareDate } from '../state/compare.ts';
import { placesCsv } from '../model/places-csv.ts';
import { DATA_AS_OF } from '../model/data-as-of.ts';
import { citationBibtex, citationCsl, citationText } from '../model/citation.ts';
import { day as inWords, digits, t } from '../state/i18n.ts';
import { date, lang } from '../state/store.ts';
import { ATLAS_VERSION, defaultTitle } from '../export/metadata.ts';
import { copyText, saveFile } from './save-file.ts';
import { iframeSnippet, pageBase, withoutEmbed } from './view-links.ts';
import { ToolDialog } from './ToolDialog.tsx';

type Open = 'cite' | 'embed' | null;

function CopyBlock(props: { label: string; text: string }) {
  const [said, setSaid] = useState('');
  const m = t.value;
  return (
    <div class="copy-block">
      <label>
        {props.label}
        <textarea readOnly rows={Math.min(10, props.text.split('\n').length + 1)} value={props.text} />
      </label>
      <button type="button" onClick={async () => setSaid((await copyText(props.text)) ? m.copied : m.copyRefused)}>
        {m.copyThe(props.label)}
      </button>{' '}
      <span role="status">{said}</span>
    </div>
  );
}

function CiteDialog(props: { search: string; onClose: () => void }) {
  const a = compareDate.value;
  const m = t.value;
  const c = {
    title: a
      ? m.comparedWith(defaultTitle(undefined, { lang: lang.value }), inWords(a), inWords(date.value))
      : defaultTitle(date.value, { lang: lang.value }),
    day: date.value,
    compare: a,
    version: ATLAS_VERSION,
    dataAsOf: DATA_AS_OF,
    permalink: pageBase() + withoutEmbed(props.search),
    accessed: new Date().toISOString().slice(0, 10),
  };
  return (
    <ToolDialog title={m.citeTitle} onClose={props.onClose}>
      <CopyBlock label={m.citation} text={citationText(c, lang.value)} />
      <CopyBlock label="BibTeX" text={citationBibtex(c)} />
      <CopyBlock label="CSL-JSON" text={JSON.stringify(citationCsl(c), null, 2)} />
    </ToolDialog>
  );
}

function EmbedDialog(props: { search: string; onClose: () => void }) {
  const [height, setHeight] = useState(480);
  const m = t.value;
  return (
    <ToolDialog title={m.embedTitle} onClose={props.onClose}>
      <p class="fineprint">{m.embedNote(compareDate.value !== null)}</p>
      <label class="small">
        {m.embedHeight}{' '}
        <select value={height} onChange={(e) => setHeight(Number((e.target as HTMLSelectElement).value))}>
          {[360, 480, 600, 720].map((h) => (
            <option key={h} value={h}>
              {m.px(digits(h))}
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
  const m = t.value;
  const [busy, setBusy] = useState(false);
  const download = async (format: 'geojson' | 'csv') => {
    const t = territory.value;
    if (!t) return setError(m.notLoaded);
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
      setError(m.fileFailed((err as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const show = (which: Open) => (e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setOpen(which);
  };
  return (
    <section class="data-tools" aria-label={m.dataToolsLabel}>
      <h2>{m.dataToolsHeading}</h2>
      <div class="data-buttons">
        <button type="button" disabled={!sourcesLoaded.value || busy} onClick={() => void download('geojson')}>
          {m.territoryFile}
        </button>
        <button type="button" disabled={!sourcesLoaded.value || busy} onClick={() => void download('csv')}>
          {m.placesFile}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={show('cite')}>
          {m.citeOpen}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={show('embed')}>
          {m.embedOpen}
        </button>
      </div>
      <p class="fineprint">{m.filesOf(inWords(day))}</p>
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
