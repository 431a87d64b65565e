import type { TroopPoint } from '../../src/model/forces.ts';

/** A troop figure for Iraq with a dummy source, for tests of the series logic. */
export const pt = (
  date: string,
  count: number,
  kind: TroopPoint['kind'],
  extra: Partial<TroopPoint> = {},
): TroopPoint => ({
  country: 'Iraq',
  date,
  count,
  kind,
  source: ['s'],
  ...extra,
});
