/**
 * Shown over the map when its graphics (WebGL) context was lost and the browser has not given it
 * back: what happened, and a reload that keeps the view and the user's layers.
 */
import { useState } from 'preact/hooks';
import { graphics, reloadKeepingWork } from '../state/graphics.ts';

/** See the module note; `search` gives the current view as a query string for the reload. */
export function GraphicsFailure(props: { search: () => string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (graphics.value !== 'failed') return null;
  const reload = async (force: boolean) => {
    setBusy(true);
    setProblem(await reloadKeepingWork(props.search(), force));
    setBusy(false);
  };
  return (
    <div class="graphics-failure" role="alert">
      <h2>The map has stopped drawing</h2>
      <p>
        Its graphics (WebGL) context was lost — the GPU was reset or ran out of memory — and the browser has not given
        it back, so dates, panning and exports cannot be drawn. Reloading the page starts the map again with the same
        view, date and layers.
      </p>
      {problem && <p class="graphics-failure-problem">{problem}</p>}
      <button type="button" class="primary" disabled={busy} onClick={() => void reload(problem !== null)}>
        {problem ? 'Reload anyway' : 'Reload the map'}
      </button>
    </div>
  );
}
