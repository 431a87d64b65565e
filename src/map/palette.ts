/** Basemap colours: a calm, light reference palette that leaves room for territory colours. */
export const BASE = {
  sea: '#c8d8e2',
  neighbour: '#e9e6df',
  focus: '#f8f6f1',
  water: '#a9c6d8',
  river: '#7fa9c4',
  admin: '#b9b1a3',
  border: '#8a8172',
  borderFocus: '#5f574b',
  label: '#2b2b2b',
  labelHalo: 'rgba(255,255,255,0.9)',
  countryLabel: '#8c857a',
  front: '#202020',
} as const;

/** Fill opacities of territory: held ground solid, dominated ground light; ISIS's black a little stronger. */
export const TERRITORY_OPACITY = {
  held: 0.55,
  heldIsis: 0.66,
  heldContested: 0.35,
  dominated: 0.24,
  dominatedIsis: 0.34,
  dominatedContested: 0.2,
} as const;
