/** A place's short name: without a parenthetical qualifier ("Deir ez-Zor (west)" → "Deir ez-Zor"). */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim() || name;
}
