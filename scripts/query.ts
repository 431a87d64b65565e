/**
 * The query CLI: `npm run --silent query -- <command> [options]`. See README, "Query CLI", and
 * `scripts/lib/query-cli.ts` for the commands. Prints one JSON object per answer; bad arguments exit 2
 * with a one-line error and the usage on stderr. In `batch`, no line can stop the run: each bad line is
 * answered `{"error": …}`.
 */
import { runQueryCli } from './lib/query-cli.ts';

// A reader that went away (e.g. `| head`) ends the run quietly.
process.stdout.on('error', () => process.exit(0));
process.exitCode = await runQueryCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  // Touched only by `batch`: a command that reads nothing never opens standard input.
  get input() {
    return process.stdin;
  },
});
