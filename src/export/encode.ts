/**
 * Image encoding that does not freeze the page: a large PNG takes seconds to compress, so the
 * composed canvas is handed to a worker as an ImageBitmap and encoded there. Where workers or
 * OffscreenCanvas are missing (or the worker fails), the canvas's own `toBlob` does it.
 */
import type { EncodeReply, EncodeRequest } from './encode-worker.ts';

/** Quality of JPEG and WebP exports. */
export const QUALITY = 0.92;

/** Encode `canvas` as `type` (image/png, image/jpeg, image/webp). */
export async function encodeCanvas(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined') {
    try {
      return await inWorker(await createImageBitmap(canvas), type);
    } catch {
      // Fall back to encoding here.
    }
  }
  return canvasToBlob(canvas, type);
}

function inWorker(bitmap: ImageBitmap, type: string): Promise<Blob> {
  const worker = new Worker(new URL('./encode-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<EncodeReply>) => {
      if ('blob' in e.data && e.data.blob.type === type) resolve(e.data.blob);
      else reject(new Error('error' in e.data ? e.data.error : `the worker could not encode ${type}`));
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the encoding worker failed'));
    const request: EncodeRequest = { bitmap, type, quality: QUALITY };
    worker.postMessage(request, [bitmap]);
  }).finally(() => worker.terminate());
}

/** The canvas's own encoder (on the main thread). */
export function canvasToBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`The browser could not encode ${type}.`))), type, QUALITY),
  );
}
