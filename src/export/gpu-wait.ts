/**
 * Waiting for the GPU without blocking the page. Reading a WebGL canvas (drawImage, toBlob,
 * getImageData) stalls the main thread until every queued draw has finished; a WebGL2 fence lets
 * the page poll for that moment between tasks instead, so a slow (software) GPU never freezes it.
 */

/** How often the fence is polled, in milliseconds. */
const POLL_MS = 8;

/**
 * Resolve once the GPU has finished everything issued so far on `gl`. Rejects with `signal`'s
 * reason when aborted, and when the context is lost while waiting.
 */
export async function gpuFinished(gl: WebGL2RenderingContext | WebGLRenderingContext, signal?: AbortSignal) {
  if (!('fenceSync' in gl)) return; // WebGL 1: nothing to poll; the read that follows waits instead.
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return;
  gl.flush();
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (gl.isContextLost()) throw new Error('The graphics context was lost while drawing.');
      if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    gl.deleteSync(sync);
  }
}
