import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { holdFirstPaint } from '../../src/map/first-paint.ts';

/** A painter whose paints are counted (its `render` lives on the prototype, as MapLibre's does). */
class CountingPainter {
  paints = 0;
  render(): void {
    this.paints++;
  }
}

/** The parts of a MapLibre map the hold uses: its painter, whether its sources have loaded, repaint requests. */
function fakeMap() {
  const painter = new CountingPainter();
  const state = { loaded: false, repaints: 0 };
  const onRemove: (() => void)[] = [];
  const map = {
    painter,
    loaded: () => state.loaded,
    triggerRepaint: () => void state.repaints++,
    once: (event: string, f: () => void) => void (event === 'remove' && onRemove.push(f)),
  };
  /** What MapLibre's `remove()` tells its listeners. */
  const remove = () => onRemove.splice(0).forEach((f) => f());
  /** What MapLibre's render loop does each frame: ask the painter to paint. */
  const frame = () => (map.painter as { render(): void }).render();
  return { map: map as unknown as MlMap, painter, state, frame, remove };
}

afterEach(() => vi.useRealTimers());

describe('first-paint hold', () => {
  it('paints nothing until released, then only once every source has loaded', () => {
    const { map, painter, state, frame } = fakeMap();
    const hold = holdFirstPaint(map);
    state.loaded = true;
    frame();
    frame();
    expect(painter.paints).toBe(0);
    expect(hold.holding).toBe(true);

    state.loaded = false;
    hold.release();
    expect(state.repaints).toBe(1);
    frame();
    expect(painter.paints).toBe(0);

    state.loaded = true;
    frame();
    expect(painter.paints).toBe(1);
    expect(hold.holding).toBe(false);
    // From then on every frame paints, loaded or not: the painter's own method is back.
    state.loaded = false;
    frame();
    expect(painter.paints).toBe(2);
    expect(Object.hasOwn(painter, 'render')).toBe(false);
  });

  it('paints at once when released with everything loaded, and a second release changes nothing', () => {
    const { map, painter, state, frame } = fakeMap();
    const hold = holdFirstPaint(map);
    state.loaded = true;
    hold.release();
    frame();
    hold.release();
    frame();
    expect(painter.paints).toBe(2);
    expect(state.repaints).toBe(1);
  });

  it('gives up holding after its limit, so a source that never loads cannot leave the map blank', () => {
    vi.useFakeTimers();
    const { map, painter, state, frame } = fakeMap();
    const hold = holdFirstPaint(map, 5_000);
    hold.release();
    frame();
    vi.advanceTimersByTime(4_999);
    frame();
    expect(painter.paints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hold.holding).toBe(false);
    expect(state.repaints).toBe(2);
    frame();
    expect(painter.paints).toBe(1);
  });

  it('asks a map removed while held for no paint when its limit comes', () => {
    vi.useFakeTimers();
    const { map, state, remove } = fakeMap();
    const hold = holdFirstPaint(map, 5_000);
    remove();
    expect(hold.holding).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(state.repaints).toBe(0);
  });

  it('holds nothing on a map without a painter', () => {
    const map = { loaded: () => false, triggerRepaint: () => undefined, once: () => undefined } as unknown as MlMap;
    const hold = holdFirstPaint(map);
    expect(hold.holding).toBe(false);
    expect(() => hold.release()).not.toThrow();
  });
});
