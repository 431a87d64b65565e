/**
 * The forces that held ground, with the colours the map and legend use. Colours follow the
 * Okabe–Ito colour-blind-safe palette; ISIS is black, as on most war maps. HTS, a tenth force the
 * eight Okabe–Ito hues cannot cover, is a dark aubergine chosen to stay apart from its neighbours on
 * the map (the other rebels' blue, the Turkish-backed green, the Assad government's vermillion) in
 * normal, protan, deutan and tritan vision, held and dominated.
 */

/** Controller ids used throughout geodata/ and the model. */
export const CONTROLLER_IDS = [
  'isis',
  'iraq_gov',
  'krg',
  'syria_gov',
  'syria_interim',
  'sdf',
  'tfsa',
  'opposition',
  'hts',
  'contested',
] as const;

/** One of {@link CONTROLLER_IDS}. */
export type ControllerId = (typeof CONTROLLER_IDS)[number];

/** Display facts about a controller. */
export interface ControllerInfo {
  id: ControllerId;
  label: string;
  short: string;
  color: string;
}

/** Controllers in legend order. */
export const CONTROLLERS: readonly ControllerInfo[] = [
  { id: 'isis', label: 'Islamic State (ISIS)', short: 'ISIS', color: '#1a1a1a' },
  { id: 'iraq_gov', label: 'Iraqi government (incl. PMF)', short: 'Iraq', color: '#cc79a7' },
  { id: 'krg', label: 'Kurdistan Region (Peshmerga)', short: 'KRG', color: '#e69f00' },
  { id: 'syria_gov', label: 'Syrian government (Assad, to Dec 2024)', short: 'Assad govt', color: '#d55e00' },
  { id: 'syria_interim', label: 'Syrian government (from Dec 2024)', short: 'Syria (new)', color: '#56b4e9' },
  { id: 'sdf', label: 'SDF / YPG', short: 'SDF', color: '#f0e442' },
  { id: 'tfsa', label: 'Turkey and Turkish-backed forces', short: 'Turkey/SNA', color: '#009e73' },
  { id: 'opposition', label: 'Syrian armed opposition (other than HTS)', short: 'Opposition', color: '#0072b2' },
  { id: 'hts', label: 'Hayat Tahrir al-Sham (HTS, earlier al-Nusra)', short: 'HTS', color: '#40004b' },
  { id: 'contested', label: 'Contested or divided', short: 'Contested', color: '#9a9a9a' },
];

const BY_ID = new Map(CONTROLLERS.map((c) => [c.id, c]));

/** True when `id` is a known controller id. */
export function isControllerId(id: string): id is ControllerId {
  return BY_ID.has(id as ControllerId);
}

/** Display facts for a controller id. */
export function controllerInfo(id: ControllerId): ControllerInfo {
  return BY_ID.get(id)!;
}
