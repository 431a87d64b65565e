/**
 * The query CLI: `npm run --silent query -- <command> [options]`. See README, "Query CLI".
 * Prints one JSON object per answer; bad arguments exit 2 with a one-line error on stderr.
 */
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answer, QueryError, type QueryData } from './lib/query-engine.ts';
import { forcesQueries } from './lib/forces-queries.ts';
import { loadTerritory } from './lib/territory-load.ts';

const USAGE = `usage: query control --date YYYY-MM-DD --at LON,LAT
       query area --date YYYY-MM-DD [--country SY|IQ]
       query share --date YYYY-MM-DD --country SY|IQ
       query troops --date YYYY-MM-DD
       query bases --date YYYY-MM-DD
       query forces --date YYYY-MM-DD [--force us|russia|turkey|iran|israel|coalition_partner]
       query batch < queries.jsonl   (one {"q": …} object per line)`;

function fail(message: string): never {
  process.stderr.write(`query: ${message}\n`);
  process.exit(2);
}

function load(): QueryData {
  const root = resolve(import.meta.dirname, '..');
  const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
  return { territory, extra: forcesQueries(root) };
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    if (!command) process.exit(2);
    return;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: {
        date: { type: 'string' },
        at: { type: 'string' },
        country: { type: 'string' },
        force: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const data = load();
  if (command === 'batch') {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      let out: Record<string, unknown>;
      try {
        if (line.length > 10_000) throw new QueryError('query line longer than 10000 characters');
        let q: unknown;
        try {
          q = JSON.parse(line);
        } catch {
          throw new QueryError('line is not valid JSON');
        }
        out = answer(data, q as Record<string, unknown>);
      } catch (err) {
        if (!(err instanceof QueryError)) throw err;
        out = { error: err.message };
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return;
  }
  try {
    const q: Record<string, unknown> = { q: command, date: values.date };
    if (values.at !== undefined) q.at = values.at;
    if (values.country !== undefined) q.country = values.country;
    if (values.force !== undefined) q.force = values.force;
    process.stdout.write(`${JSON.stringify(answer(data, q))}\n`);
  } catch (err) {
    if (err instanceof QueryError) fail(err.message);
    throw err;
  }
}

await main();
