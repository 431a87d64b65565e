import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import { groundAt } from '../../src/model/territory.ts';
import { loadTerritory } from '../../scripts/lib/territory-load.ts';

const root = resolve(import.meta.dirname, '..', '..');

interface Source {
  title: string;
  publisher: string;
  url?: string;
  date?: string;
}
interface Entry {
  from: string;
  controller: string;
  precision?: string;
  source: string | string[];
}
interface Place {
  id: string;
  lon: number;
  lat: number;
  history: Entry[];
}
interface ControlFile {
  sources: Record<string, Source>;
  places: Place[];
}

const file = readJson<ControlFile>(join(root, 'geodata', 'control', 'syria-east.json'));

/** An encyclopedia page or a copy of one (Wikipedia and its mirrors, Marefa). */
function isEncyclopedia(s: Source): boolean {
  return /wiki|encyclop|marefa|aroundus|kiwix/i.test(`${s.publisher} ${s.url ?? ''}`);
}

/** Every change of control in the file (the first entry of a history is the state on 1 Jan 2014, not a change). */
const changes = file.places.flatMap((p) =>
  p.history.slice(1).map((h) => ({ place: p.id, entry: h, sources: [h.source].flat().map((id) => file.sources[id]) })),
);

describe('syria-east sources', () => {
  it('has changes of control to check', () => {
    expect(changes.length).toBeGreaterThan(200);
  });

  it('cites an article-level report (not only an encyclopedia) for every day-precision change', () => {
    const bare = changes
      .filter((c) => (c.entry.precision ?? 'day') === 'day' && c.sources.every(isEncyclopedia))
      .map((c) => `${c.place} @${c.entry.from}`);
    expect(bare).toEqual([]);
  });

  it('keeps encyclopedia-only changes at 10% or less', () => {
    const encyclopediaOnly = changes.filter((c) => c.sources.every(isEncyclopedia)).length;
    expect(encyclopediaOnly / changes.length).toBeLessThanOrEqual(0.1);
  });
});

// Dated facts from published reports, checked in the built territory at each place's own coordinates.
// Each date lies well inside the period the reports describe.
const facts: [place: string, date: string, controller: string, evidence: string][] = [
  ['sy-kobani', '2014-11-15', 'contested', 'ISIS in the eastern districts from 6 Oct 2014 until expelled on 26 Jan 2015 (Reuters, SOHR)'],
  ['sy-manbij', '2016-07-20', 'contested', 'SDF inside the city from 23 Jun 2016, full control on 12 Aug (Al Jazeera, ISW)'],
  ['sy-raqqa', '2017-08-15', 'contested', 'SDF assault from 6 Jun 2017, victory declared 17 Oct (Reuters)'],
  ['sy-deir-ez-zor-east', '2017-10-15', 'contested', 'army fighting for the ISIS-held districts until 3 Nov 2017 (AP)'],
  ['sy-abu-kamal', '2017-11-15', 'contested', 'ISIS retook the town on 11 Nov; army back in full control on 19 Nov 2017 (AFP, Reuters)'],
  ['sy-hajin', '2018-12-10', 'contested', 'SDF inside Hajin in early Dec 2018, full control 14 Dec (AFP)'],
  ['sy-afrin', '2025-09-01', 'syria_interim', 'all units merged into the Ministry of Defence, 17 May 2025 (AFP, Anadolu)'],
  ['sy-tal-abyad', '2025-09-01', 'syria_interim', 'former SNA factions merged into the army, 17 May 2025 (AFP, Anadolu)'],
  ['sy-raqqa', '2026-03-01', 'syria_interim', 'government forces in Raqqa from 18 Jan 2026'],
];

describe('syria-east facts in the built territory', () => {
  const territory = loadTerritory(join(root, 'geodata', 'build', 'territory.json'));
  const byId = new Map(file.places.map((p) => [p.id, p]));
  it.each(facts)('%s on %s is %s (%s)', (id, date, controller) => {
    const place = byId.get(id);
    expect(place, id).toBeDefined();
    expect(groundAt(territory, place!.lon, place!.lat, date).controller ?? 'none').toBe(controller);
  });
});
