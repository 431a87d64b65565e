/**
 * Encodes an image off the main thread: receives an ImageBitmap, draws it on an OffscreenCanvas
 * and answers with the encoded Blob (or an error message). See encode.ts.
 */

/** What the page sends. */
export interface EncodeRequest {
  bitmap: ImageBitmap;
  type: string;
  quality: number;
}

/** What the worker answers. */
export type EncodeReply = { blob: Blob } | { error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EncodeRequest>) => void) | null;
  postMessage(reply: EncodeReply): void;
};

scope.onmessage = async (e) => {
  const { bitmap, type, quality } = e.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    scope.postMessage({ blob: await canvas.convertToBlob({ type, quality }) });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
