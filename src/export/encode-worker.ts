/**
 * Encodes an image off the main thread: receives an ImageBitmap, draws it on an OffscreenCanvas of
 * the same kind as the page's (in memory or on the GPU) and answers with the encoded Blob (or an
 * error message). See encode.ts.
 */

/** What the page sends. */
export interface EncodeRequest {
  bitmap: ImageBitmap;
  type: string;
  quality: number;
  /** The page's canvas lives in memory: so does this one, and the pixels never go through the GPU. */
  inMemory: boolean;
}

/** What the worker answers. */
export type EncodeReply = { blob: Blob } | { error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EncodeRequest>) => void) | null;
  postMessage(reply: EncodeReply): void;
};

scope.onmessage = async (e) => {
  const { bitmap, type, quality, inMemory } = e.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d', { willReadFrequently: inMemory })!.drawImage(bitmap, 0, 0);
    bitmap.close();
    scope.postMessage({ blob: await canvas.convertToBlob({ type, quality }) });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
