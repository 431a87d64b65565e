/**
 * The user's own layers in the UI: the panel section (open a file, progress, and per overlay a
 * visibility toggle, colour, name and remove button), the drop hint shown while a file is dragged
 * over the page, and the popup card for a clicked overlay feature. Everything the user supplied is
 * rendered as text children: never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  importOverlayFile,
  importProgress,
  overlays,
  removeOverlay,
  updateOverlay,
  type Overlay,
} from '../state/overlays.ts';
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES, type UserValue } from '../model/user-data-limits.ts';
import { num, t } from '../state/i18n.ts';

/** File types the picker offers. */
const ACCEPT = '.geojson,.json,.csv,.tsv,application/geo+json,application/json,text/csv';
/** Most properties a popup lists. */
const MAX_ROWS = 60;

async function importFiles(files: Iterable<File>): Promise<void> {
  for (const f of files) await importOverlayFile(f);
}

function OverlayRow({ overlay: o }: { overlay: Overlay }) {
  const n = o.data.features.length;
  const m = t.value;
  return (
    <li style={{ display: 'flex', alignItems: 'center', gap: '6px', padding: '3px 0' }}>
      <input
        type="checkbox"
        checked={o.visible}
        aria-label={m.overlayShow(o.name)}
        title={m.overlayShowTitle}
        onChange={(e) => updateOverlay(o.id, { visible: (e.target as HTMLInputElement).checked })}
      />
      <input
        type="color"
        value={o.color}
        aria-label={m.overlayColour(o.name)}
        title={m.overlayColourTitle}
        style={{ width: '26px', height: '20px', padding: 0, border: 0, background: 'none' }}
        onInput={(e) => updateOverlay(o.id, { color: (e.target as HTMLInputElement).value })}
      />
      <input
        type="text"
        class="overlay-name"
        value={o.name}
        maxLength={80}
        aria-label={m.overlayName}
        title={m.overlayFeatures(num(n), n === 1, o.persisted)}
        style={{ flex: '1 1 auto', minWidth: 0, font: 'inherit' }}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          updateOverlay(o.id, { name: input.value });
          input.value = overlays.value.find((x) => x.id === o.id)?.name ?? input.value;
        }}
      />
      {!o.persisted && (
        <span class="fineprint" title={m.overlayUnsavedTitle} style={{ margin: 0 }}>
          {m.overlayUnsaved}
        </span>
      )}
      <button
        type="button"
        aria-label={m.overlayRemove(o.name)}
        title={m.overlayRemoveTitle}
        style={{ border: '1px solid var(--line)', background: '#fff', borderRadius: '4px' }}
        onClick={() => void removeOverlay(o.id)}
      >
        ×
      </button>
    </li>
  );
}

/** The "Your layers" section of the side panel. */
export function OverlayPanel() {
  const input = useRef<HTMLInputElement>(null);
  const list = overlays.value;
  const m = t.value;
  return (
    <section
      class="overlay-panel"
      aria-labelledby="overlay-panel-title"
      style={{ borderTop: '1px solid var(--line)', marginTop: '8px', paddingTop: '8px' }}
    >
      <h2 id="overlay-panel-title">{m.overlaysHeading}</h2>
      <p class="fineprint" style={{ marginTop: 0 }}>
        {m.overlaysNote(num(MAX_FILE_BYTES / 1024 / 1024), num(MAX_FEATURES), num(MAX_VERTICES))}
      </p>
      <button type="button" class="reset" style={{ marginTop: 0 }} onClick={() => input.current?.click()}>
        {m.openFile}
      </button>
      <input
        ref={input}
        type="file"
        class="overlay-file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label={m.openFileLabel}
        onChange={(e) => {
          const el = e.target as HTMLInputElement;
          const files = [...(el.files ?? [])];
          el.value = '';
          void importFiles(files);
        }}
      />
      {importProgress.value.map((p) => (
        <div key={p.token} role="status" style={{ marginTop: '4px' }}>
          {p.stage === 'reading' ? m.overlayReading(p.name) : m.overlayChecking(p.name)}{' '}
          <progress max={1} value={p.stage === 'reading' ? undefined : p.fraction} />
        </div>
      ))}
      {list.length > 0 && (
        <ul class="overlay-list" style={{ listStyle: 'none', margin: '6px 0 0', padding: 0 }}>
          {[...list].reverse().map((o) => (
            <OverlayRow key={o.id} overlay={o} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Accepts files dropped anywhere on the page and shows a hint while they are dragged over it. */
export function OverlayDropZone() {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void importFiles([...e.dataTransfer!.files]);
    };
    const handlers = [
      ['dragenter', enter],
      ['dragover', over],
      ['dragleave', leave],
      ['drop', drop],
    ] as const;
    for (const [t, h] of handlers) window.addEventListener(t, h);
    return () => {
      for (const [t, h] of handlers) window.removeEventListener(t, h);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div
      class="overlay-drop-hint"
      aria-hidden="true"
      style={{
        position: 'fixed',
        inset: '0',
        zIndex: 20,
        pointerEvents: 'none',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'rgba(230, 0, 126, 0.12)',
        border: '4px dashed #e6007e',
        fontSize: '20px',
        fontWeight: 600,
        color: '#222',
      }}
    >
      <span style={{ background: '#fff', padding: '10px 16px', borderRadius: '6px' }}>{t.value.overlayDrop}</span>
    </div>
  );
}

const text = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/**
 * Popup card for a clicked overlay feature: "Your layer: NAME" and its properties as plain text
 * (every name, `__proto__` and `constructor` included), or for a cluster, how many points it holds.
 */
export function OverlayCard(props: {
  overlayId: string;
  properties?: Record<string, UserValue | unknown>;
  cluster?: number;
}) {
  const o = overlays.value.find((x) => x.id === props.overlayId);
  const entries = Object.entries(props.properties ?? {});
  const m = t.value;
  return (
    <div class="place-card overlay-card">
      <h3>{m.overlayCardTitle(o?.name ?? m.overlayRemoved)}</h3>
      <p class="fineprint" style={{ marginTop: 0 }}>
        {m.overlayNotAtlas}
      </p>
      {props.cluster !== undefined ? (
        <p>{m.overlayCluster(num(props.cluster))}</p>
      ) : entries.length === 0 ? (
        <p>{m.overlayNoProps}</p>
      ) : (
        <div style={{ maxHeight: '260px', overflow: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', fontSize: '12px', width: '100%' }}>
            <tbody>
              {entries.slice(0, MAX_ROWS).map(([k, v]) => (
                <tr key={k}>
                  <th
                    scope="row"
                    style={{
                      textAlign: 'start',
                      verticalAlign: 'top',
                      paddingRight: '8px',
                      fontWeight: 600,
                      wordBreak: 'break-word',
                    }}
                  >
                    {k}
                  </th>
                  <td style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>{text(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length > MAX_ROWS && <p class="fineprint">{m.overlayMoreProps(num(entries.length - MAX_ROWS))}</p>}
    </div>
  );
}
