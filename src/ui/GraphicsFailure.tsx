/**
 * Shown over the map when its graphics (WebGL) context was lost and the browser has not given it
 * back: what happened, and a reload that keeps the view and the user's layers.
 */
import { useState } from 'preact/hooks';
import { graphics, reloadKeepingWork } from '../state/graphics.ts';
import { lang } from '../state/store.ts';
import { t } from '../state/i18n.ts';
import { localize, type Localized } from '../model/i18n/index.ts';

/** See the module note; `search` gives the current view as a query string for the reload. */
export function GraphicsFailure(props: { search: () => string }) {
  const [problem, setProblem] = useState<Localized | null>(null);
  const [busy, setBusy] = useState(false);
  if (graphics.value !== 'failed') return null;
  const reload = async (force: boolean) => {
    setBusy(true);
    setProblem(await reloadKeepingWork(props.search(), force));
    setBusy(false);
  };
  return (
    <div class="graphics-failure" role="alert">
      <h2>{t.value.graphicsStopped}</h2>
      <p>{t.value.graphicsStoppedText}</p>
      {problem && <p class="graphics-failure-problem">{localize(problem, lang.value)}</p>}
      <button type="button" class="primary" disabled={busy} onClick={() => void reload(problem !== null)}>
        {problem ? t.value.graphicsReloadAnyway : t.value.graphicsReload}
      </button>
    </div>
  );
}
