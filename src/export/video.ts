/**
 * WebM video from a canvas: WebCodecs through npm `mediabunny` (VP9, else VP8) when the browser
 * has it, else MediaRecorder on the canvas's capture stream (real time, so slower).
 */
import { BufferTarget, CanvasSource, Output, QUALITY_HIGH, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import { localized, LocalizedError } from '../model/i18n/index.ts';

/** Receives frames drawn on one canvas and returns a WebM file. */
export interface VideoWriter {
  /** Capture the canvas as the next frame. */
  add(): Promise<void>;
  /** Finish; returns the file. */
  finish(): Promise<Blob>;
  /** Abandon the file. */
  cancel(): Promise<void>;
}

/** Open a writer for `canvas` at `fps` frames per second. */
export async function openVideoWriter(canvas: HTMLCanvasElement, fps: number): Promise<VideoWriter> {
  const size = { width: canvas.width, height: canvas.height };
  const hasWebCodecs = typeof VideoEncoder !== 'undefined';
  const codec = !hasWebCodecs
    ? null
    : (await canEncodeVideo('vp9', size))
      ? ('vp9' as const)
      : (await canEncodeVideo('vp8', size))
        ? ('vp8' as const)
        : null;
  if (codec) return mediabunnyWriter(canvas, fps, codec);
  if (typeof MediaRecorder !== 'undefined') return recorderWriter(canvas, fps);
  throw new LocalizedError(localized((m) => m.exportNoVideo));
}

async function mediabunnyWriter(canvas: HTMLCanvasElement, fps: number, codec: 'vp9' | 'vp8'): Promise<VideoWriter> {
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  let n = 0;
  return {
    add: async () => {
      await source.add(n / fps, 1 / fps);
      n++;
    },
    finish: async () => {
      await output.finalize();
      return new Blob([target.buffer!], { type: 'video/webm' });
    },
    cancel: () => output.cancel(),
  };
}

function recorderWriter(canvas: HTMLCanvasElement, fps: number): VideoWriter {
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
    MediaRecorder.isTypeSupported(t),
  );
  const rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
  const parts: Blob[] = [];
  rec.ondataavailable = (e) => parts.push(e.data);
  rec.start();
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  return {
    add: async () => {
      track.requestFrame();
      await wait(1000 / fps);
    },
    finish: () =>
      new Promise<Blob>((resolve) => {
        rec.onstop = () => resolve(new Blob(parts, { type: 'video/webm' }));
        rec.stop();
        track.stop();
      }),
    cancel: async () => {
      rec.stop();
      track.stop();
    },
  };
}
