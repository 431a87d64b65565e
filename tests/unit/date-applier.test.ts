import { describe, expect, it } from 'vitest';
import { DateApplier } from '../../src/map/date-applier.ts';

describe('latest-wins date applier', () => {
  it('draws the first request, skips superseded ones, and resolves every promise once the newest is drawn', async () => {
    const gates: (() => void)[] = [];
    const applier = new DateApplier((day) => new Promise<void>((r) => gates.push(() => r(void day))));
    const resolved: string[] = [];
    const ps = ['2014-01-01', '2014-02-01', '2014-03-01', '2014-04-01'].map((d) =>
      applier.request(d).then(() => resolved.push(d)),
    );
    await Promise.resolve();
    gates.shift()!(); // first draw (2014-01-01) finishes; 02 and 03 were replaced by 04
    await new Promise((r) => setTimeout(r, 0));
    expect(applier.drawn).toEqual(['2014-01-01']);
    gates.shift()!();
    await Promise.all(ps);
    expect(applier.drawn).toEqual(['2014-01-01', '2014-04-01']);
    expect(resolved.sort()).toEqual(['2014-01-01', '2014-02-01', '2014-03-01', '2014-04-01']);
  });
});

describe('latest-wins date applier, repeated requests', () => {
  it('does not draw a day twice when it is asked for again while being drawn', async () => {
    const gates: (() => void)[] = [];
    const applier = new DateApplier(() => new Promise<void>((r) => gates.push(r)));
    const a = applier.request('2015-01-01');
    await Promise.resolve();
    const b = applier.request('2015-01-01');
    gates.shift()!();
    await Promise.all([a, b]);
    expect(applier.drawn).toEqual(['2015-01-01']);
    expect(gates).toHaveLength(0);
  });
});

describe('latest-wins date applier, redraws', () => {
  it('draws the same day again when asked to redraw while it is being drawn', async () => {
    const gates: (() => void)[] = [];
    const applier = new DateApplier(() => new Promise<void>((r) => gates.push(r)));
    const a = applier.request('2015-01-01');
    await Promise.resolve();
    let bDone = false;
    const b = applier.request('2015-01-01', true).then(() => (bDone = true));
    gates.shift()!();
    await a;
    // The redraw is not served by the draw that was under way when it was asked for.
    expect(bDone).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    gates.shift()!();
    await b;
    expect(applier.drawn).toEqual(['2015-01-01', '2015-01-01']);
  });
});

describe('latest-wins date applier, failed draws', () => {
  it('rejects the requests a failed draw would have served, and draws later ones', async () => {
    let fail = true;
    const applier = new DateApplier(async () => {
      if (fail) throw new Error('The map cannot draw: its graphics (WebGL) context was lost');
    });
    const a = applier.request('2015-01-01');
    const b = applier.request('2015-01-01');
    await expect(a).rejects.toThrow(/context was lost/);
    await expect(b).rejects.toThrow(/context was lost/);
    expect(applier.drawn).toEqual([]);
    fail = false;
    await expect(applier.request('2015-02-01')).resolves.toBeUndefined();
    expect(applier.drawn).toEqual(['2015-02-01']);
  });

  it('rejects a request whose own draw failed while a newer one is drawn as usual', async () => {
    const gates: ((ok: boolean) => void)[] = [];
    const applier = new DateApplier(
      () => new Promise<void>((resolve, reject) => gates.push((ok) => (ok ? resolve() : reject(new Error('lost'))))),
    );
    const first = applier.request('2015-01-01').then(
      () => 'drawn',
      (e: Error) => e.message,
    );
    await Promise.resolve();
    const newer = applier.request('2016-01-01');
    gates.shift()!(false);
    expect(await first).toBe('lost');
    await new Promise((r) => setTimeout(r, 0));
    gates.shift()!(true);
    await expect(newer).resolves.toBeUndefined();
    expect(applier.drawn).toEqual(['2016-01-01']);
  });
});
