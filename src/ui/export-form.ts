/**
 * The export dialog's form: what to export, at which size, with which furniture; what that implies
 * (the size in pixels, the frames, any problem with them); and running the export with progress and
 * cancelling it. The view is ExportDialog.tsx.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { date, lang } from '../state/store.ts';
import { LocalizedError } from '../model/i18n/index.ts';
import { digits, num, t } from '../state/i18n.ts';
import { addMonths, ATLAS_END } from '../model/dates.ts';
import type { Exporter, ImageFormat } from '../export/exporter.ts';
import { DEFAULT_FURNITURE, type FurnitureFlags } from '../export/furniture.ts';
import { SIZE_PRESETS, sizeIssue, type Size } from '../export/size.ts';
import { exportFileName } from '../export/file-name.ts';
import { parseRange } from '../export/frames.ts';
import { saveFile } from './save-file.ts';

/** How long the dialog's choices must stay unchanged before the export's maps are opened ahead (ms). */
const PREPARE_AFTER_MS = 400;

/** A size preset id, or `view` / `custom`. */
export type PresetId = (typeof SIZE_PRESETS)[number]['id'];
/** A still image or an animation. */
export type ExportKind = 'image' | 'animation';

/** The form's state, what follows from it, and its actions; see the module note. */
export function useExportForm(exporter: Exporter) {
  const day = date.value;
  const m = t.value;
  const [kind, setKind] = useState<ExportKind>('image');
  const [preset, setPreset] = useState<PresetId>('hd');
  const [custom, setCustom] = useState<Size>({ width: 2400, height: 1600 });
  const [format, setFormat] = useState<ImageFormat>('png');
  const [animFormat, setAnimFormat] = useState<'gif' | 'webm'>('gif');
  const [title, setTitle] = useState<string | null>(null);
  const [flags, setFlags] = useState<FurnitureFlags>({ ...DEFAULT_FURNITURE });
  const [from, setFrom] = useState(day < '2019-01-01' ? day : '2014-01-01');
  const [to, setTo] = useState(() => {
    const t = addMonths(day < '2019-01-01' ? day : '2014-01-01', 24);
    return t > ATLAS_END ? ATLAS_END : t;
  });
  const [step, setStep] = useState('1m');
  const [stepDays, setStepDays] = useState(14);
  const [fps, setFps] = useState(4);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const abort = useRef<AbortController | null>(null);

  const size: Size =
    preset === 'view'
      ? exporter.resolveSize({})
      : preset === 'custom'
        ? custom
        : (() => {
            const p = SIZE_PRESETS.find((x) => x.id === preset) as { width: number; height: number };
            return { width: p.width, height: p.height };
          })();
  const maxSide = kind === 'image' ? exporter.maxSide() : exporter.maxAnimationSide();
  const issue = sizeIssue(size, maxSide);
  const problem = !issue
    ? null
    : issue.kind === 'whole'
      ? m.sizeWhole(digits(issue.min))
      : m.sizeTooBig(kind === 'animation', digits(issue.max), digits(issue.fit.width), digits(issue.fit.height));
  const shownTitle = title ?? exporter.defaultTitle(kind === 'image');
  // The size "Current view" stands for: the map on screen at this screen's pixel density.
  const viewSize = exporter.resolveSize({});
  const stepText = step === 'nd' ? `${stepDays}d` : step;
  const frames = kind === 'animation' ? parseRange(from, to, stepText, lang.value) : [];
  const rangeProblem = typeof frames === 'string' ? frames : '';
  const busy = progress !== null;

  // While the reader chooses, the maps of the image as chosen so far open in the background, so that
  // the export itself only draws (a change of size or furniture opens them again, once it settles).
  const flagsKey = JSON.stringify(flags);
  const canPrepare = kind === 'image' && !issue && !busy;
  useEffect(() => {
    if (!canPrepare) return;
    const timer = setTimeout(() => exporter.prepareImage({ ...size, furniture: flags }), PREPARE_AFTER_MS);
    return () => clearTimeout(timer);
    // `size` and `flags` are new objects on every render: their values are the dependencies.
  }, [canPrepare, size.width, size.height, flagsKey, exporter]);
  // A dialog closed without exporting stops opening maps for it.
  useEffect(() => () => exporter.cancelPrepare(), [exporter]);

  const run = async () => {
    setError('');
    setStatus('');
    const furniture = { ...flags };
    try {
      if (kind === 'image') {
        abort.current = new AbortController();
        // The tile count is known after the first tile (an image up to the largest preset is one tile).
        setProgress({ done: 0, total: 0 });
        setStatus(m.rendering);
        const blob = await exporter.exportImage({
          ...size,
          format,
          furniture,
          title: shownTitle,
          signal: abort.current.signal,
          onProgress: (p) => {
            setProgress({ done: p.done, total: p.total });
            if (p.done === p.total) setStatus(m.writingFile);
          },
        });
        const name = exportFileName(format === 'jpeg' ? 'jpg' : format, day);
        saveFile(blob, name);
        setStatus(m.saved(name, num(Math.round(blob.size / 1024))));
      } else {
        if (typeof frames === 'string') return;
        abort.current = new AbortController();
        setProgress({ done: 0, total: frames.length });
        setStatus(m.renderingFrames);
        const blob = await exporter.exportAnimation({
          from,
          to,
          step: stepText,
          fps,
          format: animFormat,
          ...size,
          furniture,
          title: shownTitle,
          signal: abort.current.signal,
          onProgress: (p) => setProgress({ done: p.done, total: p.total }),
        });
        const name = exportFileName(animFormat, frames[0], frames[frames.length - 1]);
        saveFile(blob, name);
        setStatus(m.saved(name, num(Math.round(blob.size / 1024))));
      }
    } catch (e) {
      const err = e as Error;
      if (err.name === 'AbortError') setStatus(m.cancelled);
      else setError(err instanceof LocalizedError ? err.text(lang.value) : err.message);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return {
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
    title,
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
    setProgress,
    status,
    setStatus,
    error,
    setError,
    abort,
    size,
    viewSize,
    maxSide,
    problem,
    issue,
    shownTitle,
    stepText,
    frames,
    rangeProblem,
    busy,
    run,
  };
}
