import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canReuse, KeptMaps, type PassOrigin, type ReuseSpec } from '../../src/export/kept-maps.ts';
import type { OverlaySpec } from '../../src/map/overlay-layer.ts';
import type { TerritoryData } from '../../src/model/territory.ts';
import type { ForcesData } from '../../src/model/forces.ts';

/** A stand-in for an off-screen map: a name and whether its WebGL context still draws. */
interface FakeMap {
  name: string;
  alive: boolean;
}

function pool(max = 2, idleMs = 1000) {
  const disposed: string[] = [];
  const kept = new KeptMaps<FakeMap>({ dispose: (m) => disposed.push(m.name), alive: (m) => m.alive, idleMs, max });
  return { kept, disposed };
}

const map = (name: string): FakeMap => ({ name, alive: true });

describe('KeptMaps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a kept map back to the next export that fits it, once', () => {
    const { kept, disposed } = pool();
    const base = map('base');
    const labels = map('labels');
    kept.put(base);
    kept.put(labels);
    expect(kept.take((m) => m.name === 'labels')).toBe(labels);
    expect(kept.take((m) => m.name === 'labels')).toBeNull();
    expect(kept.take((m) => m.name === 'base')).toBe(base);
    expect(kept.size).toBe(0);
    expect(disposed).toEqual([]);
  });

  it('never keeps more than max maps: the oldest is freed first', () => {
    const { kept, disposed } = pool(2);
    for (let i = 0; i < 20; i++) kept.put(map(`m${i}`));
    expect(kept.size).toBe(2);
    expect(disposed).toEqual(Array.from({ length: 18 }, (_, i) => `m${i}`));
    expect(kept.take(() => true)?.name).toBe('m18');
  });

  it('keeps only the maps of the last export', () => {
    const { kept, disposed } = pool(2);
    const [base, labels, single] = [map('base'), map('labels'), map('single')];
    kept.keepOnly([base, labels]);
    expect(kept.take((m) => m === single)).toBeNull();
    kept.keepOnly([single]);
    expect(disposed).toEqual(['base', 'labels']);
    expect(kept.size).toBe(1);
    expect(kept.take(() => true)).toBe(single);
  });

  it('frees everything after a quiet spell, and each export restarts the clock', () => {
    const { kept, disposed } = pool(2, 1000);
    kept.put(map('a'));
    vi.advanceTimersByTime(900);
    kept.put(map('b'));
    vi.advanceTimersByTime(900);
    expect(disposed).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(disposed).toEqual(['a', 'b']);
    expect(kept.size).toBe(0);
  });

  it('does not free a map that was taken out before the quiet spell ended', () => {
    const { kept, disposed } = pool(2, 1000);
    const a = map('a');
    kept.put(a);
    expect(kept.take(() => true)).toBe(a);
    vi.advanceTimersByTime(5000);
    expect(disposed).toEqual([]);
  });

  it('frees everything on demand (the page hides)', () => {
    const { kept, disposed } = pool();
    kept.put(map('a'));
    kept.put(map('b'));
    kept.clear();
    expect(disposed).toEqual(['a', 'b']);
    expect(kept.take(() => true)).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(disposed).toEqual(['a', 'b']);
  });

  it('never hands out a map whose context was lost, and frees it', () => {
    const { kept, disposed } = pool();
    const a = map('a');
    const b = map('b');
    kept.put(a);
    kept.put(b);
    a.alive = false;
    expect(kept.take(() => true)).toBe(b);
    expect(disposed).toEqual(['a']);
  });

  it('frees a map that comes back without a context instead of keeping it', () => {
    const { kept, disposed } = pool();
    kept.put({ name: 'lost', alive: false });
    expect(kept.size).toBe(0);
    expect(disposed).toEqual(['lost']);
  });

  it('drops a kept map whose context is lost while it waits, and ignores maps it does not hold', () => {
    const { kept, disposed } = pool();
    const a = map('a');
    kept.put(a);
    kept.drop(map('other'));
    expect(disposed).toEqual([]);
    kept.drop(a);
    expect(disposed).toEqual(['a']);
    kept.drop(a);
    expect(disposed).toEqual(['a']);
  });
});

describe('canReuse', () => {
  const territory = { cells: [] } as unknown as TerritoryData;
  const forces = { sites: [] } as unknown as ForcesData;
  const mapOptions = { basemapUrl: '/basemap.pmtiles', fonts: {} } as ReuseSpec['mapOptions'];
  const data = { type: 'FeatureCollection', features: [] } as OverlaySpec['data'];
  const overlay: OverlaySpec = { id: 'o1', color: '#112233', visible: true, data };
  const spec: ReuseSpec = {
    mapOptions,
    territory,
    forces,
    events: null,
    center: [41.2, 34.6],
    zoom: 6.1,
    image: { width: 3600, height: 1900 },
    pixelRatio: 2.5,
    lang: 'en',
    layers: ['territory', 'labels'],
    overlays: [overlay],
  };
  const origin: PassOrigin = { ...spec, part: 'base' };

  it('reuses a map made for the same part, data, view, size, language, layers and overlays', () => {
    // Equal values in new arrays and objects (each export builds its spec afresh).
    const again: ReuseSpec = {
      ...spec,
      center: [41.2, 34.6],
      image: { width: 3600, height: 1900 },
      layers: ['territory', 'labels'],
      overlays: [{ ...overlay }],
    };
    expect(canReuse(origin, 'base', again)).toBe(true);
  });

  it('opens a new map for another part of the style', () => {
    expect(canReuse(origin, 'labels', spec)).toBe(false);
    expect(canReuse(origin, 'all', spec)).toBe(false);
  });

  it('opens a new map when the data or map options are not the ones it loaded', () => {
    expect(canReuse(origin, 'base', { ...spec, territory: { ...territory } })).toBe(false);
    expect(canReuse(origin, 'base', { ...spec, forces: null })).toBe(false);
    expect(canReuse(origin, 'base', { ...spec, events: [] })).toBe(false);
    expect(canReuse(origin, 'base', { ...spec, mapOptions: { ...mapOptions } })).toBe(false);
  });

  it('opens a new map for another view, size, language, set of layers or overlays (labels could be placed otherwise)', () => {
    const changed: Partial<ReuseSpec>[] = [
      { center: [41.2, 34.7] },
      { zoom: 6.2 },
      { image: { width: 3600, height: 1901 } },
      { pixelRatio: 2 },
      { lang: 'ar' },
      { layers: ['territory'] },
      { layers: ['labels', 'territory'] },
      { overlays: [] },
      { overlays: [{ ...overlay, color: '#445566' }] },
      { overlays: [{ ...overlay, visible: false }] },
      { overlays: [{ ...overlay, data: { ...data } }] },
    ];
    for (const c of changed) expect(canReuse(origin, 'base', { ...spec, ...c }), JSON.stringify(c)).toBe(false);
  });
});
