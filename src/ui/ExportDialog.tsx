/**
 * The export dialog: still images (PNG, JPEG, WebP) and animations (GIF, WebM) of the current view
 * at a chosen size, with the furniture a published map needs. Opened by ExportButton.tsx; the form's
 * state and the export run are in export-form.ts, this is the view.
 */
import { useRef } from 'preact/hooks';
import { day as inWords, digits, num, t } from '../state/i18n.ts';
import { useExportForm, type PresetId } from './export-form.ts';
import { ATLAS_END, ATLAS_START } from '../model/dates.ts';
import type { Exporter, ImageFormat } from '../export/exporter.ts';
import type { FurnitureFlags } from '../export/furniture.ts';
import { SIZE_PRESETS, clampSize } from '../export/size.ts';

/** The furniture switches, in dialog order. */
const FURNITURE_KEYS: (keyof FurnitureFlags)[] = [
  'title',
  'date',
  'legend',
  'scaleBar',
  'northArrow',
  'source',
  'attribution',
  'permalink',
  'legendOutside',
];

/** The export dialog (native modal `<dialog>`: Escape closes, focus stays inside). */
export function ExportDialog(props: { exporter: Exporter; onClose: () => void }) {
  const { exporter } = props;
  const {
    day,
    kind,
    setKind,
    preset,
    setPreset,
    custom,
    setCustom,
    format,
    setFormat,
    animFormat,
    setAnimFormat,
    setTitle,
    flags,
    setFlags,
    from,
    setFrom,
    to,
    setTo,
    step,
    setStep,
    stepDays,
    setStepDays,
    fps,
    setFps,
    progress,
    status,
    error,
    abort,
    size,
    viewSize,
    maxSide,
    problem,
    issue,
    shownTitle,
    frames,
    rangeProblem,
    busy,
    run,
  } = useExportForm(exporter);
  const m = t.value;

  const dialogEl = useRef<HTMLDialogElement | null>(null);
  const dialogRef = (el: HTMLDialogElement | null) => {
    dialogEl.current = el;
    if (el && !el.open) el.showModal();
  };

  const close = () => {
    abort.current?.abort();
    dialogEl.current?.close(); // the browser hands focus back to the Export button
    props.onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      class="export-dialog"
      aria-labelledby="export-heading"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <h2 id="export-heading">{m.exportHeading}</h2>
        <fieldset class="export-kind">
          <legend>{m.exportWhat}</legend>
          <label>
            <input type="radio" name="kind" checked={kind === 'image'} onChange={() => setKind('image')} />{' '}
            {m.exportImageOf(inWords(day))}
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'animation'} onChange={() => setKind('animation')} />{' '}
            {m.exportAnimation}
          </label>
        </fieldset>

        <div class="export-grid">
          <label for="export-size">{m.exportSize}</label>
          <select id="export-size" value={preset} onChange={(e) => setPreset(e.currentTarget.value as PresetId)}>
            {SIZE_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === 'view'
                  ? `${m.sizePresets.view} (${digits(viewSize.width)} × ${digits(viewSize.height)})`
                  : (m.sizePresets[p.id] ?? p.label)}
              </option>
            ))}
          </select>
          {preset === 'custom' && (
            <>
              <label for="export-w">{m.widthPx}</label>
              <input
                id="export-w"
                type="number"
                min={16}
                step={1}
                value={custom.width}
                onInput={(e) => setCustom({ ...custom, width: Number(e.currentTarget.value) })}
              />
              <label for="export-h">{m.heightPx}</label>
              <input
                id="export-h"
                type="number"
                min={16}
                step={1}
                value={custom.height}
                onInput={(e) => setCustom({ ...custom, height: Number(e.currentTarget.value) })}
              />
            </>
          )}
          {kind === 'image' ? (
            <>
              <label for="export-format">{m.exportFormat}</label>
              <select
                id="export-format"
                value={format}
                onChange={(e) => setFormat(e.currentTarget.value as ImageFormat)}
              >
                <option value="png">{m.pngWithMetadata}</option>
                <option value="jpeg">JPEG</option>
                <option value="webp">WebP</option>
              </select>
            </>
          ) : (
            <>
              <label for="export-aformat">{m.exportFormat}</label>
              <select
                id="export-aformat"
                value={animFormat}
                onChange={(e) => setAnimFormat(e.currentTarget.value as 'gif' | 'webm')}
              >
                <option value="gif">{m.animatedGif}</option>
                <option value="webm">{m.webmVideo}</option>
              </select>
              <label for="export-from">{m.from}</label>
              <input
                id="export-from"
                type="date"
                min={ATLAS_START}
                max={ATLAS_END}
                value={from}
                onInput={(e) => setFrom(e.currentTarget.value)}
              />
              <label for="export-to">{m.to}</label>
              <input
                id="export-to"
                type="date"
                min={ATLAS_START}
                max={ATLAS_END}
                value={to}
                onInput={(e) => setTo(e.currentTarget.value)}
              />
              <label for="export-step">{m.step}</label>
              <select id="export-step" value={step} onChange={(e) => setStep(e.currentTarget.value)}>
                <option value="1m">{m.stepOptions['1m']}</option>
                <option value="1w">{m.stepOptions['1w']}</option>
                <option value="nd">{m.stepOptions.nd}</option>
              </select>
              {step === 'nd' && (
                <>
                  <label for="export-ndays">{m.daysPerStep}</label>
                  <input
                    id="export-ndays"
                    type="number"
                    min={1}
                    max={365}
                    value={stepDays}
                    onInput={(e) => setStepDays(Number(e.currentTarget.value))}
                  />
                </>
              )}
              <label for="export-fps">{m.framesPerSecond}</label>
              <input
                id="export-fps"
                type="number"
                min={1}
                max={30}
                value={fps}
                onInput={(e) => setFps(Number(e.currentTarget.value))}
              />
            </>
          )}
        </div>
        {problem && (
          <p class="export-warning" role="alert">
            {problem}{' '}
            {issue?.kind === 'too-big' && (
              <button
                type="button"
                onClick={() => {
                  setCustom(clampSize(size, maxSide));
                  setPreset('custom');
                }}
              >
                {m.useLargest}
              </button>
            )}
          </p>
        )}
        {kind === 'animation' && (
          <p class="export-note" role={rangeProblem ? 'alert' : undefined}>
            {rangeProblem ||
              m.framesSummary(num((frames as string[]).length), num((frames as string[]).length / fps, 1))}
          </p>
        )}

        <fieldset class="export-furniture">
          <legend>{m.drawOnMap}</legend>
          {FURNITURE_KEYS.map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={flags[key]}
                onChange={(e) => setFlags({ ...flags, [key]: e.currentTarget.checked })}
              />{' '}
              {m.furniture[key] ?? key}
            </label>
          ))}
        </fieldset>
        <label class="export-title" for="export-title">
          {m.titleLabel}
        </label>
        <input
          id="export-title"
          type="text"
          value={shownTitle}
          disabled={!flags.title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />

        {/* A bar for work in several parts (tiles, frames); one tile has the status line alone. */}
        {progress && progress.total > 1 && (
          <div class="export-progress">
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={m.exportProgress}
              aria-valuetext={m.progressOf(num(progress.done), num(progress.total), kind === 'image')}
            />
            <span>{m.progressShort(num(progress.done), num(progress.total), kind === 'image')}</span>
          </div>
        )}
        <p class="export-status" role="status" aria-live="polite">
          {status}
        </p>
        {error && (
          <p class="export-error" role="alert">
            {error}
          </p>
        )}
        <div class="export-actions">
          {busy ? (
            <button type="button" onClick={() => abort.current?.abort()}>
              {m.cancelExport}
            </button>
          ) : (
            <button type="submit" class="primary" disabled={!!problem || !!rangeProblem || busy}>
              {m.exportButton}
            </button>
          )}
          <button type="button" onClick={close}>
            {m.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
