/**
 * Derives geodata/basemap/rivers-wdbii.json from the WDBII river lines in the full-resolution GSHHG
 * data that Debian packages for GMT (`apt-get install gmt gmt-gshhg-full`). The territory model uses
 * them for its river-valley friction and its barrier rivers. The output is committed, so a fresh clone
 * needs neither package; tests/geodata/derived.test.ts rebuilds it when `gmt` is on the PATH.
 *
 *   npx tsx scripts/build-rivers.ts [outDir]
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { writeJson } from './lib/geo-io.ts';

/** The region dumped: west/east/south/north in degrees. */
export const RIVER_REGION = '35.3/49/29/37.8';

/** WDBII levels kept: 1 double-lined, 2 permanent major, 3 additional major, 4 additional, 6 intermittent major. */
const KEEP = new Set([1, 2, 3, 4, 6]);

/** One river polyline with its WDBII level. */
export interface RiverLine {
  level: number;
  coords: [number, number][];
}

/** The derived river file. */
export interface RiverFile {
  note: string;
  source: { title: string; publisher: string; url: string; date: string; licence: string };
  rivers: RiverLine[];
}

/** True when GMT with the full GSHHG data is installed here. */
export function hasGmt(): boolean {
  try {
    execFileSync('gmt', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Parse `gmt pscoast -M` output into river lines, rounded to 4 decimals (about 10 m). */
export function parseGmtRivers(text: string): RiverLine[] {
  const out: RiverLine[] = [];
  let cur: RiverLine | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const level = Number(/Level\s+(\d+)/.exec(line)?.[1] ?? NaN);
      cur = { level, coords: [] };
      out.push(cur);
    } else if (cur && line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      const p: [number, number] = [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
      const last = cur.coords[cur.coords.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) cur.coords.push(p);
    }
  }
  return out.filter((r) => KEEP.has(r.level) && r.coords.length >= 2);
}

/** Dump, parse and write the river file into outDir; returns its path. */
export function buildRivers(outDir: string): string {
  const text = execFileSync('gmt', ['pscoast', `-R${RIVER_REGION}`, '-Df', '-Ia', '-M'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const data: RiverFile = {
    note: 'River centre lines from the World Data Bank II (WDBII) rivers in GSHHG 2.3.7, full resolution, as dumped by `gmt pscoast -Df -Ia -M` for the region; levels: 1 double-lined, 2 permanent major, 3 additional major, 4 additional, 6 intermittent major.',
    source: {
      title:
        'GSHHG - A Global Self-consistent, Hierarchical, High-resolution Geography Database, version 2.3.7 (WDBII rivers)',
      publisher: 'Wessel & Smith, SOEST, University of Hawaii; Debian package gmt-gshhg-full',
      url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
      date: '2017-06-15',
      licence: 'LGPL-3.0',
    },
    rivers: parseGmtRivers(text),
  };
  const out = join(outDir, 'rivers-wdbii.json');
  writeJson(out, data);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  console.log(`wrote ${buildRivers(resolve(process.argv[2] ?? join(root, 'geodata', 'basemap')))}`);
}
