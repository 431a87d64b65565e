import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseSnapshotArgs, snapshotCli, type SnapshotJob } from '../../scripts/snapshot.ts';

const root = resolve(import.meta.dirname, '..', '..');
/** The real entry point as a child process. */
const spawnSnapshot = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/snapshot.ts', ...args], { cwd: root, encoding: 'utf8' });
/** The CLI in-process; `make` stands in for making the file (no browser), and records the job it was given. */
async function run(args: string[], env: Record<string, string | undefined> = {}, make?: () => Promise<void>) {
  let stdout = '';
  let stderr = '';
  const jobs: SnapshotJob[] = [];
  const status = await snapshotCli(
    args,
    env,
    { out: (t) => void (stdout += t), err: (t) => void (stderr += t) },
    async (job) => {
      jobs.push(job);
      await make?.();
    },
  );
  return { status, stdout, stderr, jobs };
}

describe('snapshot CLI arguments', () => {
  it('prints its help on stdout and exits 0 without starting a browser', async () => {
    for (const args of [['--help'], ['-h'], ['--date', '2015-06-01', '--help']]) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('usage: npm run snapshot');
      expect(r.stdout).toContain('--center LON,LAT');
      expect(r.stderr).toBe('');
      expect(r.jobs).toEqual([]);
    }
  });
  it('exits 2 with the problem and the usage on a bad argument, as a process too', async () => {
    const r = await run(['--date', '2015-06-01']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^snapshot: Give --out/);
    expect(r.stderr).toContain('usage: npm run snapshot');
    expect(r.jobs).toEqual([]);
    const p = spawnSnapshot(['--date', '2015-06-01']);
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr.split('\n')[0]).toMatch(/^snapshot: Give --out/);
  }, 60_000);
  it('makes the file it was asked for, and names a failure in one line with exit code 1', async () => {
    const ok = await run(['--date', '2015-06-01', '--out', 'x.png', '--size', '800x600']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.jobs).toHaveLength(1);
    expect(ok.jobs[0]).toMatchObject({ out: 'x.png', format: 'png', size: { width: 800, height: 600 } });
    expect(ok.jobs[0].query).toContain('date=2015-06-01');
    const failed = await run(['--date', '2015-06-01', '--out', 'x.png'], {}, async () => {
      throw new Error('page.evaluate: The map drew nothing\n    at stack line');
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('snapshot: The map drew nothing\n');
  });
  it('takes the public base address from --base-url or ATLAS_BASE_URL, never a loopback one', async () => {
    const args = ['--date', '2015-06-01', '--out', 'x.png'];
    expect(parseSnapshotArgs(args).baseUrl).toBeNull();
    expect(parseSnapshotArgs([...args, '--base-url', 'https://atlas.example.org/']).baseUrl).toBe(
      'https://atlas.example.org/',
    );
    expect(parseSnapshotArgs(args, { ATLAS_BASE_URL: 'https://e.org/atlas/' }).baseUrl).toBe('https://e.org/atlas/');
    expect(() => parseSnapshotArgs([...args, '--base-url', 'http://127.0.0.1:4173/'])).toThrow(/loopback/);
    expect(() => parseSnapshotArgs(args, { ATLAS_BASE_URL: 'http://localhost/' })).toThrow(/ATLAS_BASE_URL.*loopback/);
    const r = await run([...args, '--base-url', 'http://127.0.0.1:9/']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^snapshot: --base-url: .*loopback/);
    expect(r.jobs).toEqual([]);
    expect(parseSnapshotArgs([...args, '--legend-outside']).legendOutside).toBe(true);
  });
});
