/** A place's short name: without a parenthetical qualifier ("Deir ez-Zor (west)" → "Deir ez-Zor"). */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim() || name;
}

/** Fold a name for matching: lower case, no diacritics, no "al-" prefix, no punctuation. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u02b0-\u02ff'’`]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ar|as|ad|ash)[-\s]/g, '')
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, ' ')
    .trim();
}

/**
 * A name as a map label, its qualifier on a line of its own: "الموصل - الساحل الأيسر" and
 * "قاعدة زليكان (بعشيقة)" become two lines, with no brackets (MapLibre lays out right-to-left text
 * without mirroring brackets, so an Arabic "(…)" would read ")…(").
 */
export function twoLineName(name: string): string {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  const split = m && m[1] ? `${m[1]}\n${m[2]}` : name;
  return split.replace(' - ', '\n');
}
