/**
 * Reading a WebGL2 canvas's pixels without blocking the page. Copying a large map canvas into a 2D
 * canvas (drawImage) is cheap to ask for, but the copy itself is done by the GPU and the page waits
 * for it, in one task, the first time the 2D canvas is read: with a software GPU about 0.6 s for a
 * 4K image. Here the pixels are read into a GPU-side buffer, a fence (gpu-wait.ts) tells when that
 * is done, and only then are they copied into memory, so the page keeps its main thread meanwhile.
 */
import { gpuFinished } from './gpu-wait.ts';

/** A rectangle of the canvas in device pixels, measured from its top-left corner. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when `gl` can read pixels into a buffer (WebGL2). */
export function canReadAsync(gl: WebGLRenderingContext | WebGL2RenderingContext): gl is WebGL2RenderingContext {
  return typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext;
}

/**
 * The pixels of `rect` of the drawing buffer of `gl` (its default framebuffer), top row first, as
 * RGBA. The drawing buffer must be preserved (`preserveDrawingBuffer`) and hold a finished frame.
 * The GL bindings it touches are put back as they were (MapLibre caches them). Rejects with
 * `signal`'s reason when aborted, and when the context is lost while waiting.
 */
export async function readPixelsAsync(
  gl: WebGL2RenderingContext,
  rect: PixelRect,
  signal?: AbortSignal,
): Promise<ImageData> {
  const { x, y, width, height } = rect;
  const bytes = width * height * 4;
  const framebuffer = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  const packBuffer = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null;
  const packAlignment = gl.getParameter(gl.PACK_ALIGNMENT) as number;
  const buffer = gl.createBuffer();
  try {
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    gl.bufferData(gl.PIXEL_PACK_BUFFER, bytes, gl.STREAM_READ);
    gl.pixelStorei(gl.PACK_ALIGNMENT, 4);
    // GL counts rows from the bottom.
    gl.readPixels(x, gl.drawingBufferHeight - y - height, width, height, gl.RGBA, gl.UNSIGNED_BYTE, 0);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer);
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.pixelStorei(gl.PACK_ALIGNMENT, packAlignment);
    await gpuFinished(gl, signal);
    const pixels = new Uint8ClampedArray(bytes);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, pixels);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer);
    flipRows(pixels, width * 4, height);
    return new ImageData(pixels, width, height);
  } finally {
    gl.deleteBuffer(buffer);
  }
}

/** Turn rows of `rowBytes` bytes upside down in place. */
export function flipRows(pixels: Uint8ClampedArray, rowBytes: number, rows: number): void {
  const row = new Uint8ClampedArray(rowBytes);
  for (let top = 0, bottom = rows - 1; top < bottom; top++, bottom--) {
    const a = top * rowBytes;
    const b = bottom * rowBytes;
    row.set(pixels.subarray(a, a + rowBytes));
    pixels.copyWithin(a, b, b + rowBytes);
    pixels.set(row, b);
  }
}
