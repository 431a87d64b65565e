/**
 * Headless snapshots of the atlas: serves the production build, opens it in Chromium at the view
 * asked for and writes what `window.atlas.exportImage` / `exportAnimation` return.
 *
 *   npm run snapshot -- --date 2015-06-01 --out map.png [--size 1920x1080] [--scale 2]
 *        [--center 43.1,36.3 --zoom 7] [--layers territory,labels] [--title "…"] [--no-furniture] [--lang ar]
 *   npm run snapshot -- --from 2014-01-01 --to 2019-12-01 --every 1m [--out frames/] [--gif a.gif] [--video a.webm] [--fps 4]
 *
 * Bad arguments (checked before the browser starts): the problem and the usage on stderr, exit
 * code 2. Other failures: one line on stderr, exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { servePreview } from './lib/preview-server.ts';
import { parseDay } from '../src/model/dates.ts';
import { parseUrlView } from '../src/state/url.ts';
import { MAX_ANIMATION_SIDE, MAX_EXPORT_SIDE, parseSize, sizeProblem, type Size } from '../src/export/size.ts';
import { parseRange } from '../src/export/frames.ts';
import { frameFileName } from '../src/export/file-name.ts';
import { baseUrlProblem } from '../src/export/public-url.ts';
import type { AnimationExportOptions, ImageExportOptions } from '../src/export/exporter.ts';
import type { CliOutput } from './lib/cli-output.ts';

/** A bad command line: reported with the usage and exit code 2. */
export class UsageError extends Error {}

/** How to call the CLI, printed after any argument error. */
export const USAGE = `usage: npm run snapshot -- --date YYYY-MM-DD --out FILE.png|.jpg|.webp [--size WxH] [--scale N] [--center LON,LAT --zoom Z] [--layers L,…] [--lang en|ar] [--title TEXT] [--no-furniture] [--legend-outside] [--base-url URL] [--compare YYYY-MM-DD]
       npm run snapshot -- --from YYYY-MM-DD --to YYYY-MM-DD --every 1m|1w|Nd [--out DIR/] [--gif FILE.gif] [--video FILE.webm] [--fps N] [same view options]`;

/** The full help (`--help`): the usage and what each option does. */
export const HELP = `${USAGE}

Renders the atlas headlessly (the production build in Chromium) and writes what its Export dialog would.

  --date YYYY-MM-DD        the day shown (a still image)
  --out FILE               the image: .png (with text metadata), .jpg or .webp; with a range, a folder of PNG frames
  --size WxH               image size in pixels (default 1920x1080; at most 8192 a side, animations 1920)
  --scale N                render a window of size / N at N × pixel density (0.25–8)
  --center LON,LAT         map centre, longitude first (with --zoom)
  --zoom Z                 zoom level, 4–12
  --layers L,…             territory, fronts, bases, russia, turkey, iran, israel, partners, events, labels
  --lang en|ar             label (and interface) language
  --title TEXT             the image's title (default: the area shown and the date)
  --no-furniture           the bare map: no title, legend, scale or caption
  --legend-outside         the legend in a band beside the map (default: over the map's emptiest corner)
  --base-url URL           the atlas's public address (also ATLAS_BASE_URL), e.g. https://example.org/atlas/:
                           the caption and the PNG's URL/Source metadata link the view there. Without it the
                           image carries no link (the caption says so): the CLI's own server is this machine only.
  --from D --to D --every S   a range of dates (S: 1m, 1w or Nd) for --gif, --video or --out DIR/
  --gif FILE.gif, --video FILE.webm, --fps N   animations (default 4 frames a second)
  -h, --help               this help

Exit codes: 0 done, 2 bad arguments (checked before the browser starts), 1 any other failure.`;

/** Largest side of the browser window the atlas is opened in (its own map is drawn at that size). */
export const MAX_WINDOW_SIDE = 3840;
/** Smallest side of that window (a narrower one is widened). */
export const MIN_WINDOW_SIDE = 64;

/** What the command line asks for. */
export interface SnapshotJob {
  query: string;
  viewport: Size;
  size: Size;
  furniture: boolean;
  title?: string;
  format: 'png' | 'jpeg' | 'webp';
  out?: string;
  range?: { from: string; to: string; every: string; frames: number };
  gif?: string;
  video?: string;
  fps: number;
  /** The public address permalinks start with; null: print no permalink. */
  baseUrl: string | null;
  legendOutside: boolean;
}

const IMAGE_EXT = new Map<string, SnapshotJob['format']>([
  ['png', 'png'],
  ['jpg', 'jpeg'],
  ['jpeg', 'jpeg'],
  ['webp', 'webp'],
]);

/** Parse and check the arguments; throws {@link UsageError}. */
export function parseSnapshotArgs(argv: string[], env: Record<string, string | undefined> = {}): SnapshotJob {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        date: { type: 'string' },
        out: { type: 'string' },
        size: { type: 'string' },
        scale: { type: 'string' },
        center: { type: 'string' },
        zoom: { type: 'string' },
        layers: { type: 'string' },
        title: { type: 'string' },
        'no-furniture': { type: 'boolean' },
        'legend-outside': { type: 'boolean' },
        'base-url': { type: 'string' },
        lang: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        every: { type: 'string' },
        gif: { type: 'string' },
        video: { type: 'string' },
        fps: { type: 'string' },
        compare: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const ranged = values.from !== undefined || values.to !== undefined;
  if (ranged && values.date) throw new UsageError('Give either --date or --from/--to, not both.');
  if (!ranged && !values.date) throw new UsageError('Give --date YYYY-MM-DD (or a range with --from, --to, --every).');
  const size = values.size ? parseSize(values.size) : { width: 1920, height: 1080 };
  if (!size) throw new UsageError(`--size ${JSON.stringify(values.size)} is not WIDTHxHEIGHT (e.g. 1920x1080).`);
  const tooBig = ranged
    ? sizeProblem(size, MAX_ANIMATION_SIDE, 'An animation frame')
    : sizeProblem(size, MAX_EXPORT_SIDE, 'An image');
  if (tooBig) throw new UsageError(`--size ${size.width}x${size.height}: ${tooBig}`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale >= 0.25 && scale <= 8)) throw new UsageError(`--scale must be a number from 0.25 to 8.`);
  const fps = values.fps === undefined ? 4 : Number(values.fps);
  if (!(fps > 0 && fps <= 60)) throw new UsageError('--fps must be a number above 0 and at most 60.');
  if ((values.center === undefined) !== (values.zoom === undefined) && values.center !== undefined)
    throw new UsageError('--center needs --zoom too.');

  const baseUrl = values['base-url'] ?? (env.ATLAS_BASE_URL?.trim() || undefined);
  const badBase = baseUrl === undefined ? null : baseUrlProblem(baseUrl);
  if (badBase)
    throw new UsageError(`${values['base-url'] !== undefined ? '--base-url' : 'ATLAS_BASE_URL'}: ${badBase}`);

  const params = new URLSearchParams();
  const first = ranged ? values.from : values.date;
  if (first !== undefined) {
    if (!parseDay(first)) throw new UsageError(`${JSON.stringify(first)} is not a calendar date (use YYYY-MM-DD).`);
    params.set('date', first);
  }
  if (values.center !== undefined) params.set('center', values.center);
  if (values.zoom !== undefined) params.set('zoom', values.zoom);
  if (values.layers !== undefined) params.set('layers', values.layers);
  if (values.lang !== undefined) params.set('lang', values.lang);
  if (values.compare !== undefined) {
    // Compare mode: the image shows both dates side by side over the summary of what changed.
    if (ranged) throw new UsageError('--compare goes with --date (an image of two dates), not with a range.');
    if (!parseDay(values.compare))
      throw new UsageError(`--compare ${JSON.stringify(values.compare)} is not a calendar date (use YYYY-MM-DD).`);
    params.set('compare', values.compare);
  }
  const query = `?${params.toString().replace(/%2C/g, ',')}`;
  const { notices } = parseUrlView(query);
  if (notices.length) throw new UsageError(notices[0]('en'));

  const job: SnapshotJob = {
    query,
    // The extent shown is that of a 1280-pixel-wide window of the image's shape; --scale instead
    // makes the window size/scale, i.e. renders it at N × pixel density.
    viewport: windowFor(size, values.scale === undefined ? undefined : scale),
    size,
    furniture: !values['no-furniture'],
    title: values.title,
    format: 'png',
    out: values.out,
    fps,
    baseUrl: baseUrl ?? null,
    legendOutside: values['legend-outside'] === true,
  };
  if (ranged) {
    if (!values.from || !values.to || !values.every) throw new UsageError('A range needs --from, --to and --every.');
    const frames = parseRange(values.from, values.to, values.every);
    if (typeof frames === 'string') throw new UsageError(frames);
    if (!values.out && !values.gif && !values.video)
      throw new UsageError('A range needs --out DIR/, --gif or --video.');
    if (values.gif && !values.gif.endsWith('.gif')) throw new UsageError('--gif must name a .gif file.');
    if (values.video && !values.video.endsWith('.webm')) throw new UsageError('--video must name a .webm file.');
    job.range = { from: values.from, to: values.to, every: values.every, frames: frames.length };
    job.gif = values.gif;
    job.video = values.video;
  } else {
    if (!values.out) throw new UsageError('Give --out FILE.png (or .jpg, .webp).');
    const format = IMAGE_EXT.get(values.out.split('.').pop()!.toLowerCase());
    if (!format) throw new UsageError(`--out must end in .png, .jpg or .webp, got ${JSON.stringify(values.out)}.`);
    job.format = format;
  }
  return job;
}

/**
 * The browser window for an image of `size`: 1280 wide in its shape, or `size / scale`, at least
 * {@link MIN_WINDOW_SIDE} a side; a usage error above {@link MAX_WINDOW_SIDE}.
 */
function windowFor(size: Size, scale?: number): Size {
  const w =
    scale === undefined
      ? { width: 1280, height: Math.round((1280 * size.height) / size.width) }
      : { width: Math.round(size.width / scale), height: Math.round(size.height / scale) };
  if (Math.max(w.width, w.height) > MAX_WINDOW_SIDE)
    throw new UsageError(
      `--size ${size.width}x${size.height} with --scale ${scale} needs a ${w.width} × ${w.height} window; it can be at most ${MAX_WINDOW_SIDE} pixels a side (use a larger --scale).`,
    );
  return { width: Math.max(MIN_WINDOW_SIDE, w.width), height: Math.max(MIN_WINDOW_SIDE, w.height) };
}

/** Open the atlas at `query` with the given viewport and wait until it is ready. */
export async function openAtlas(browser: Browser, url: string, viewport: Size): Promise<Page> {
  const page = await browser.newPage({ viewport });
  // tsx keeps function names with a `__name` helper that evaluated page functions then lack.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page
    .waitForFunction(() => window.atlas !== undefined, undefined, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`The atlas did not start${errors.length ? `: ${errors[0]}` : ''}.`);
    });
  await page.evaluate(() => window.atlas!.ready);
  return page;
}

/** `window.atlas.exportImage` in the page; returns the file's bytes. */
export async function pageExportImage(page: Page, opts: ImageExportOptions): Promise<Buffer> {
  return (await pageExportImageTimed(page, opts)).bytes;
}

/**
 * {@link pageExportImage}, also giving the time the page took from the call to the file (`ms`, measured
 * in the page: what a reader waits for, without the copy of the file's bytes out of the browser).
 */
export async function pageExportImageTimed(
  page: Page,
  opts: ImageExportOptions,
): Promise<{ bytes: Buffer; ms: number }> {
  const { b64, ms } = await page.evaluate(async (o) => {
    const t = performance.now();
    const blob = await window.atlas!.exportImage(o);
    const ms = performance.now() - t;
    const url = await new Promise<string>((res) => {
      const r = new FileReader();
      r.onload = () => res(r.result as string);
      r.readAsDataURL(blob);
    });
    return { b64: url.slice(url.indexOf(',') + 1), ms };
  }, opts);
  return { bytes: Buffer.from(b64, 'base64'), ms };
}

type PageAnimationOptions = Omit<AnimationExportOptions, 'onProgress' | 'onFrame' | 'signal'>;

let exposed = 0;

/** `window.atlas.exportAnimation` in the page; frames and progress come back through callbacks. */
export async function pageExportAnimation(
  page: Page,
  opts: PageAnimationOptions,
  on: { progress?: (done: number, total: number, day: string) => void; frame?: (png: Buffer, i: number) => void },
): Promise<Buffer> {
  const id = `__snapshot${++exposed}`;
  await page.exposeFunction(`${id}progress`, (d: number, t: number, day: string) => on.progress?.(d, t, day));
  await page.exposeFunction(`${id}frame`, (b64: string, i: number) => on.frame?.(Buffer.from(b64, 'base64'), i));
  const b64 = await page.evaluate(
    async ([o, id, wantFrames]) => {
      const w = window as unknown as Record<string, (...a: unknown[]) => Promise<void>>;
      const toB64 = (blob: Blob) =>
        new Promise<string>((res) => {
          const r = new FileReader();
          r.onload = () => res((r.result as string).split(',')[1] ?? '');
          r.readAsDataURL(blob);
        });
      const blob = await window.atlas!.exportAnimation({
        ...o,
        onProgress: (p) => void w[`${id}progress`](p.done, p.total, p.day),
        onFrame: wantFrames ? async (png, p) => w[`${id}frame`](await toB64(png), p.done - 1) : undefined,
      });
      return toB64(blob);
    },
    [opts, id, !!on.frame] as const,
  );
  return Buffer.from(b64, 'base64');
}

function write(path: string, bytes: Buffer): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`${path}\t${bytes.length} bytes`);
}

function ensureBuild(root: string): void {
  if (existsSync(join(root, 'dist', 'index.html'))) return;
  process.stderr.write('dist/ is missing; building it with `npm run build`…\n');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    throw new Error('`npm run build` failed; run it yourself to see why, then retry.');
  }
}

/** Run a parsed job: serve, open, export, write. */
export async function runSnapshot(job: SnapshotJob): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  ensureBuild(root);
  const browser = await launchChromium();
  const server = await servePreview(root);
  try {
    const page = await openAtlas(browser, server.url + job.query, job.viewport);
    const common = {
      width: job.size.width,
      height: job.size.height,
      furniture: job.furniture ? { legendOutside: job.legendOutside } : false,
      title: job.title,
      baseUrl: job.baseUrl,
    };
    if (!job.baseUrl && job.furniture)
      process.stderr.write('snapshot: no --base-url (or ATLAS_BASE_URL): the image carries no permalink.\n');
    if (!job.range) {
      write(job.out!, await pageExportImage(page, { ...common, format: job.format }));
      return;
    }
    const { from, to, every } = job.range;
    const tty = process.stderr.isTTY;
    const progress = (what: string) => (done: number, total: number, day: string) => {
      const every = Math.max(1, Math.floor(total / 10));
      if (tty) process.stderr.write(`\r${what}: frame ${done}/${total} (${day})${done === total ? '\n' : ''}`);
      else if (done % every === 0 || done === total) process.stderr.write(`${what}: frame ${done}/${total} (${day})\n`);
    };
    const anim = { ...common, from, to, step: every, fps: job.fps };
    if (job.out) {
      const dir = job.out;
      mkdirSync(dir, { recursive: true });
      await pageExportAnimation(
        page,
        { ...anim, format: 'frames' },
        { progress: progress('frames'), frame: (png, i) => write(join(dir, frameFileName(i)), png) },
      );
    }
    if (job.gif)
      write(job.gif, await pageExportAnimation(page, { ...anim, format: 'gif' }, { progress: progress('gif') }));
    if (job.video)
      write(job.video, await pageExportAnimation(page, { ...anim, format: 'webm' }, { progress: progress('webm') }));
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * One run of the CLI on `argv` (without the program): prints the help, refuses a bad argument (exit
 * code 2, the problem and the usage on stderr) or makes the file (1 if that fails). Resolves to the exit code.
 */
export async function snapshotCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliOutput,
  run: (job: SnapshotJob) => Promise<void> = runSnapshot,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${HELP}\n`);
    return 0;
  }
  let job: SnapshotJob;
  try {
    job = parseSnapshotArgs(argv, env);
  } catch (e) {
    io.err(`snapshot: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    await run(job);
    return 0;
  } catch (e) {
    io.err(`snapshot: ${(e as Error).message.split('\n')[0].replace(/^page\.evaluate: /, '')}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = await snapshotCli(process.argv.slice(2), process.env, {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  });
  if (code !== 0) process.exit(code);
}
