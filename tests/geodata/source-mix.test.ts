import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { readJson } from '../../scripts/lib/geo-io.ts';
import {
  BASELINE_PATH,
  baselineOf,
  controlMix,
  fileMix,
  readMixFiles,
  regressions,
  type DataFile,
  type SourceMixBaseline,
} from '../../scripts/lib/source-mix.ts';
import { isArticleLevel, outletKind, seenOutlet, sourceKind } from '../../scripts/lib/source-kind.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('source kinds', () => {
  it('classes an encyclopedia page or mirror as encyclopedia wherever it is seen', () => {
    expect(sourceKind({ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Fall_of_Mosul' })).toBe('encyclopedia');
    expect(sourceKind({ publisher: 'WikiMili (Wikipedia mirror)', url: 'https://wikimili.com/en/X' })).toBe('encyclopedia');
    expect(sourceKind({ publisher: 'Marefa (Arabic online encyclopedia)' })).toBe('encyclopedia');
  });

  it('classes by the host the text was read at before the publisher line', () => {
    expect(sourceKind({ publisher: 'Devdiscourse (Reuters)', url: 'https://www.devdiscourse.com/article/x' })).toBe('aggregator');
    expect(sourceKind({ publisher: 'The Hindu (Reuters)', url: 'https://www.thehindu.com/news/x' })).toBe('newspaper');
    expect(sourceKind({ publisher: 'Reuters', url: 'https://in.reuters.com/article/x' })).toBe('wire');
    expect(sourceKind({ publisher: 'Institute for the Study of War (copy at docslib.org)', url: 'https://docslib.org/doc/1' })).toBe('aggregator');
    expect(sourceKind({ publisher: 'ISW', url: 'https://www.understandingwar.org/backgrounder/x' })).toBe('research');
    expect(sourceKind({ publisher: 'U.S. Department of Defense', url: 'https://www.defense.gov/News/x' })).toBe('official');
  });

  it('without a URL, classes the outlet the publisher line says the copy was read at', () => {
    expect(seenOutlet('Reuters (via Newsmax)')).toBe('Newsmax');
    expect(seenOutlet('CNN (copy at GantNews)')).toBe('GantNews');
    expect(seenOutlet('Devdiscourse (Reuters)')).toBe('Devdiscourse');
    expect(sourceKind({ publisher: 'Reuters (via Newsmax)' })).toBe('newspaper');
    expect(sourceKind({ publisher: 'Rudaw (republished by Dinar Detectives)' })).toBe('aggregator');
    expect(sourceKind({ publisher: 'Associated Press' })).toBe('wire');
    expect(sourceKind({ publisher: 'Institute for the Study of War' })).toBe('research');
    expect(sourceKind({ publisher: 'Kurdistan Regional Government (Cabinet)' })).toBe('official');
    expect(sourceKind({ publisher: 'Some Blog Nobody Listed' })).toBe('other');
  });

  it('matches a listed outlet only as a whole name, not as the start of another word', () => {
    expect(outletKind('AP')).toBe('wire');
    expect(outletKind('Apple Daily')).toBeUndefined();
    expect(outletKind('The National Context')).toBe('aggregator');
    expect(outletKind('The National')).toBe('newspaper');
  });

  it('counts wire, newspaper, official and research as article-level, and nothing else', () => {
    expect(['wire', 'newspaper', 'official', 'research'].every((k) => isArticleLevel(k as never))).toBe(true);
    expect(['encyclopedia', 'aggregator', 'other'].some((k) => isArticleLevel(k as never))).toBe(false);
  });
});

describe('source mix against the committed baseline', () => {
  const files = readMixFiles(root);
  const baseline = readJson<SourceMixBaseline>(join(root, BASELINE_PATH));

  it('covers every control, events and forces file', () => {
    const names = files.map((f) => f.file);
    expect(names).toContain('geodata/control/iraq-north.json');
    expect(names).toContain('geodata/events.json');
    expect(names).toContain('geodata/forces/troops.json');
    for (const n of names) expect(Object.keys(baseline.files)).toContain(n);
  });

  it('has no file with more encyclopedia-only or unsupported day-precision records than the baseline', () => {
    expect(regressions(files.map(fileMix), baseline)).toEqual([]);
  });

  // The in-memory cases are held against a baseline of today's counts, so they do not depend on any slack
  // in the committed file.
  const today = baselineOf(files.map(fileMix));

  it('fails a file that gains an encyclopedia-only, day-precision change', () => {
    const north = files.find((f) => f.file === 'geodata/control/iraq-north.json')!;
    const bad = structuredClone(north) as DataFile & {
      data: { places: { id: string; history: Record<string, unknown>[] }[] };
    };
    bad.data.sources['iqn-test-wiki'] = { title: 'Some battle', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/X' };
    bad.data.places[0].history.push({ from: '2026-11-30', controller: 'isis', source: 'iqn-test-wiki' });
    const problems = regressions([fileMix(bad)], today);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/iraq-north\.json: \d+ records cite only encyclopedia pages/);
    expect(problems[1]).toMatch(/2026-11-30 isis/);
  });

  it('accepts the same change once it also cites an article-level report', () => {
    const north = files.find((f) => f.file === 'geodata/control/iraq-north.json')!;
    const ok = structuredClone(north) as DataFile & {
      data: { places: { id: string; history: Record<string, unknown>[] }[] };
    };
    ok.data.sources['iqn-test-wiki'] = { title: 'Some battle', publisher: 'Wikipedia' };
    ok.data.sources['iqn-test-ap'] = { title: 'Report', publisher: 'Associated Press', date: '2026-11-30' };
    ok.data.places[0].history.push({ from: '2026-11-30', controller: 'isis', source: ['iqn-test-wiki', 'iqn-test-ap'] });
    expect(regressions([fileMix(ok)], today)).toEqual([]);
  });

  it('keeps encyclopedia-only changes of control (not counting the 1 Jan 2014 starting states) at 10% or less', () => {
    const changes = files.filter((f) => f.file.includes('/control/')).map((f) => controlMix(f, 'changes'));
    const total = changes.reduce((a, m) => a + m.records, 0);
    const encyclopediaOnly = changes.reduce((a, m) => a + m.encyclopediaOnly, 0);
    expect(total).toBeGreaterThan(700);
    expect(encyclopediaOnly / total).toBeLessThanOrEqual(0.1);
  });

  it('has every day-precision change of control cite at least one article-level report', () => {
    const changes = files.filter((f) => f.file.includes('/control/')).map((f) => controlMix(f, 'changes'));
    expect(changes.flatMap((m) => m.dayWithoutArticle.map((r) => `${m.file}: ${r.label}`))).toEqual([]);
  });

  it('fails a data file missing from the baseline', () => {
    const mix = fileMix(files[0]);
    expect(regressions([{ ...mix, file: 'geodata/control/new.json' }], baselineOf([]))).toHaveLength(1);
  });
});
