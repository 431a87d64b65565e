import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/snapshot.ts', ...args], { cwd: root, encoding: 'utf8' });

// Each test starts the CLI (tsx) at least once: a busy machine needs more than the default 30 s.
describe('snapshot CLI arguments', { timeout: 90_000 }, () => {
  it('prints its help on stdout and exits 0 without starting a browser', () => {
    for (const args of [['--help'], ['-h'], ['--date', '2015-06-01', '--help']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('usage: npm run snapshot');
      expect(r.stdout).toContain('--center LON,LAT');
      expect(r.stderr).toBe('');
    }
  });
  it('exits 2 with the problem and the usage on a bad argument', () => {
    const r = run(['--date', '2015-06-01']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^snapshot: Give --out/);
    expect(r.stderr).toContain('usage: npm run snapshot');
  });
});
