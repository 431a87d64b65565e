/**
 * The query CLI's whole run, apart from the process: arguments in, text out, an exit code back.
 * `scripts/query.ts` runs it on the process's streams; the tests run it in-process.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answer, QueryError, queryDate, type QueryData } from './query-engine.ts';
import { forcesQueries } from './forces-queries.ts';
import { loadTerritory } from './territory-load.ts';
import { readLines } from './line-reader.ts';
import { readJson } from './geo-io.ts';
import type { PopulationFile } from '../../src/model/population.ts';
import type { CliOutput } from './cli-output.ts';

/** Where one run of the query CLI reads and writes. */
export interface CliIo extends CliOutput {
  /** Standard input (read by `batch` only). */
  input: AsyncIterable<Buffer | string>;
}

/** Longest batch line answered; longer ones get an error (and are never held in memory). */
const MAX_LINE_CHARS = 10_000;

const USAGE = `usage: query control --date YYYY-MM-DD --at LON,LAT
       query area --date YYYY-MM-DD [--country SY|IQ]
       query share --date YYYY-MM-DD --country SY|IQ
       query population --date YYYY-MM-DD [--country SY|IQ]
       query history --place NAME
       query troops --date YYYY-MM-DD
       query bases --date YYYY-MM-DD
       query forces --date YYYY-MM-DD [--force us|russia|turkey|iran|israel|coalition_partner]
       query diff --from YYYY-MM-DD --to YYYY-MM-DD [--country SY|IQ]
       query geojson --date YYYY-MM-DD   (the day's territory as a GeoJSON file)
       query places --date YYYY-MM-DD    (every place and its controller, as CSV)
       query batch < queries.jsonl   (one {"q": …} object per line)`;

/** The full help (`--help`): the usage and what the answers hold. */
const HELP = `${USAGE}

Answers from the same model code the atlas uses; one JSON object per answer on stdout.
  --date YYYY-MM-DD   a UTC calendar day, 2014-01-01 … 2026-12-31
  --at LON,LAT        a point, longitude first (Mosul is 43.13,36.34); points outside the region are refused
  --country SY|IQ     Syria or Iraq
  --force F           one mapped force
  --place NAME        a place's English or Arabic name (history)
Every answer that cites lists "sources": [{"title", "publisher", "date", "url"}] (null where unknown).
Exit codes: 0 answered, 2 bad arguments (the problem on stderr, then the usage), 1 any other failure.`;

/** A bad argument: the run ends with exit code 2, the message and the usage on stderr. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** The answer to one batch line: never throws. */
function answerLine(data: QueryData, line: string): Record<string, unknown> {
  let q: unknown;
  try {
    q = JSON.parse(line);
  } catch {
    return { error: 'line is not valid JSON' };
  }
  try {
    return answer(data, q as Record<string, unknown>);
  } catch (err) {
    if (err instanceof QueryError) return { error: err.message };
    return { error: `the query could not be answered (${String((err as Error)?.message ?? err).slice(0, 120)})` };
  }
}

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The forces queries read their data on first use, so naming them costs nothing. */
const EXTRA = forcesQueries(ROOT);
/** Every command there is (checked before any data is read). */
const COMMANDS = [
  'control',
  'area',
  'share',
  'population',
  'history',
  'diff',
  'geojson',
  'places',
  'batch',
  ...Object.keys(EXTRA),
];

let loaded: QueryData | undefined;
/** The data every answer reads, loaded on the first run that needs it (the files do not change during a run). */
function load(): QueryData {
  loaded ??= {
    territory: loadTerritory(join(ROOT, 'geodata', 'build', 'territory.json')),
    extra: EXTRA,
    population: readJson<PopulationFile>(join(ROOT, 'geodata', 'population.json')),
  };
  return loaded;
}

/** Answer one command line (`argv` without the program) on `io`; resolves to the exit code. */
export async function runQueryCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof QueryError) {
      io.err(`query: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`query: ${String((err as Error)?.message ?? err)}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<void> {
  const [command, ...rest] = argv;
  if (argv.includes('--help') || argv.includes('-h') || command === 'help') {
    io.out(`${HELP}\n`);
    return;
  }
  if (!command) fail('give a command');
  if (!COMMANDS.includes(command))
    fail(`unknown command ${JSON.stringify(command.slice(0, 40))}: use ${COMMANDS.join(', ')}`);
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: {
        date: { type: 'string' },
        at: { type: 'string' },
        country: { type: 'string' },
        force: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        place: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    fail((err as Error).message.split('\n')[0]);
  }
  const data = load();
  if (command === 'batch') {
    for await (const input of readLines(io.input, MAX_LINE_CHARS)) {
      if ('line' in input && input.line.trim() === '') continue;
      const out =
        'line' in input
          ? answerLine(data, input.line)
          : { error: `query line longer than ${MAX_LINE_CHARS} characters (${input.tooLong})` };
      io.out(`${JSON.stringify(out)}\n`);
    }
    return;
  }
  if (command === 'geojson' || command === 'places') {
    const day = queryDate(values.date);
    // Loaded only for these commands: the others start faster without them.
    const text =
      command === 'geojson'
        ? (await import('../../src/model/territory-geojson.ts')).territoryGeoJsonText(data.territory, day)
        : (await import('../../src/model/places-csv.ts')).placesCsv(data.territory, day);
    io.out(text);
    return;
  }
  const q: Record<string, unknown> =
    command === 'diff' ? { q: command, from: values.from, to: values.to } : { q: command, date: values.date };
  if (values.at !== undefined) q.at = values.at;
  if (values.country !== undefined) q.country = values.country;
  if (values.force !== undefined) q.force = values.force;
  if (values.place !== undefined) q.place = values.place;
  io.out(`${JSON.stringify(answer(data, q))}\n`);
}
