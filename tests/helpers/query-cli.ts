/**
 * Runs the query CLI in the test's own process (`runQueryCli`, the code `scripts/query.ts` runs), with
 * the answer shaped like a child process's: exit status, standard output and standard error. The CLI's
 * data is loaded once per test file instead of once per command; `query-cli.test.ts` also starts the real
 * entry point as a process.
 */
import { runQueryCli } from '../../scripts/lib/query-cli.ts';

/** What one run printed and how it ended. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run `query <args>` with `input` on standard input. */
export async function runQuery(args: string[], input = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runQueryCli(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    input: (async function* () {
      yield input;
    })(),
  });
  return { status, stdout, stderr };
}
